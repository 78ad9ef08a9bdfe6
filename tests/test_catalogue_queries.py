"""A constant number of SQL queries per page, however many courses it shows."""

import pytest
from django.test import override_settings
from django.urls import reverse

from .helpers import days, make_course, make_programme, make_provider, make_trainer

pytestmark = pytest.mark.django_db

LIST = reverse("catalogue:course_list")

# Taxonomies (8) + session + count + page with its prefetches (3) + facets.
LIST_QUERIES = 16
DETAIL_QUERIES = 16


def make_many(n):
    for i in range(n):
        provider = make_provider(f"Aanbieder {i}")
        course = make_course(
            f"Cursus {i}",
            provider=provider,
            themes=["wiskunde", "muziek"],
            levels=["eerste-graad", "lager-onderwijs"],
            roles=["leraar"],
            methods=["coaching"],
            criteria=["peers"],
            sessions=(3, 10, {"date": days(20), "is_online": True}),
        )
        course.trainers.add(make_trainer(provider, f"Trainer {i}"))


@override_settings(CATALOGUE_PAGE_SIZE=50)
@pytest.mark.parametrize("n", [2, 25])
def test_list_query_count_does_not_grow_with_results(
    client, django_assert_max_num_queries, n
):
    make_many(n)
    with django_assert_max_num_queries(LIST_QUERIES):
        response = client.get(LIST)
    assert response.content.decode().count('class="course-card"') == n


@override_settings(CATALOGUE_PAGE_SIZE=50)
def test_list_with_every_filter_active_stays_bounded(
    client, django_assert_max_num_queries
):
    make_many(10)
    params = {
        "q": "cursus",
        "theme": "wiskunde",
        "level": "eerste-graad",
        "role": "leraar",
        "method": "coaching",
        "format": "study_day",
        "province": "antwerpen",
        "municipality": "Antwerpen",
        "provider": "aanbieder-1",
        "criteria": "peers",
        "max_fee": "500",
    }
    # Each filtered group counts its own facet in one extra query.
    with django_assert_max_num_queries(LIST_QUERIES + 8):
        response = client.get(LIST, params)
    assert response.status_code == 200


@pytest.mark.parametrize("sessions", [1, 30])
def test_detail_query_count_does_not_grow_with_sessions(
    client, django_assert_max_num_queries, sessions
):
    course = make_course(
        "Detail", sessions=tuple(range(1, sessions + 1)), themes=["wiskunde"]
    )
    for day in range(1, 4):
        make_programme(course, day, "morning", "a", "b")
    with django_assert_max_num_queries(DETAIL_QUERIES):
        response = client.get(course.get_absolute_url())
    assert response.status_code == 200
