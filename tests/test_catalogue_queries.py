"""A constant number of SQL queries per page, however many courses it shows."""

import pytest
from django.test import override_settings
from django.urls import reverse

from .helpers import days, make_course, make_programme, make_provider, make_trainer

pytestmark = pytest.mark.django_db

LIST = reverse("catalogue:course_list")

# Catalogue version + count + page with its two prefetches + facet counts,
# once the vocabularies are cached; the first request of a catalogue
# version also loads them (8).
LIST_QUERIES = 6
FIRST_LIST_QUERIES = LIST_QUERIES + 8
# Version, course, its terms (one query), trainers, programme, sessions and
# kijkwijzer answers, once the vocabularies are cached.
DETAIL_QUERIES = 8


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
    with django_assert_max_num_queries(FIRST_LIST_QUERIES):
        response = client.get(LIST)
    assert response.content.decode().count('class="course-card"') == n
    with django_assert_max_num_queries(LIST_QUERIES):
        response = client.get(LIST, {"sort": "title"})
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
    client.get(LIST)  # loads the vocabularies into the cache
    # Every facet group is counted in the same single query.
    with django_assert_max_num_queries(LIST_QUERIES):
        response = client.get(LIST, params)
    assert response.status_code == 200


def test_a_repeated_search_reads_its_counts_from_the_cache(
    client, django_assert_max_num_queries
):
    make_many(3)
    client.get(LIST, {"theme": "wiskunde"})
    # Version, the page and its two prefetches: no count, no facets.
    with django_assert_max_num_queries(4):
        response = client.get(LIST, {"theme": "wiskunde", "sort": "title"})
    assert response.content.decode().count('class="course-card"') == 3


def test_an_edit_shows_at_once_despite_the_cache(client):
    make_many(2)
    assert "Robotica in de klas" not in client.get(LIST).content.decode()
    make_course("Robotica in de klas", themes=["wiskunde"])
    html = client.get(LIST).content.decode()
    assert "Robotica in de klas" in html
    assert "3 cursussen" in html


def test_a_new_theme_is_a_known_filter_option_at_once(client):
    from taxonomy.models import Theme

    client.get(LIST)
    Theme.objects.create(name="Robotica", slug="robotica")
    assert client.get(LIST, {"theme": "robotica"}).status_code == 200


@pytest.mark.parametrize("sessions", [1, 30])
def test_detail_query_count_does_not_grow_with_sessions(
    client, django_assert_max_num_queries, sessions
):
    course = make_course(
        "Detail", sessions=tuple(range(1, sessions + 1)), themes=["wiskunde"]
    )
    for day in range(1, 4):
        make_programme(course, day, "morning", "a", "b")
    client.get(LIST)  # loads the vocabularies into the cache
    with django_assert_max_num_queries(DETAIL_QUERIES):
        response = client.get(course.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Wiskunde" in html  # its theme, from the cached vocabulary


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            # Nothing listens on port 9 (discard): every cache call fails.
            "LOCATION": "redis://127.0.0.1:9/0",
        }
    }
)
def test_the_list_works_when_the_cache_is_down(client):
    make_many(2)
    response = client.get(LIST, {"theme": "wiskunde"})
    assert response.status_code == 200
    assert response.content.decode().count('class="course-card"') == 2


def test_anonymous_visitors_share_one_cached_page_per_url(
    client, django_assert_max_num_queries
):
    make_many(2)
    first = client.get(LIST, {"theme": "wiskunde"})
    # Only the catalogue version is read for the second visitor.
    with django_assert_max_num_queries(1):
        second = client.get(LIST, {"theme": "wiskunde"})
    assert second.content == first.content
    assert "csrfmiddlewaretoken" not in second.content.decode()


def test_signed_in_people_get_their_own_page_not_the_shared_one(client, anna):
    make_many(1)
    client.get(LIST)  # the anonymous page is cached now
    client.force_login(anna)
    html = client.get(LIST).content.decode()
    assert "Beheer mijn aanbod" in html
    assert "anna@pbd-gent.example" in html


def test_the_shared_page_follows_the_chosen_language(client):
    make_many(1)
    assert "1 cursus" in client.get(LIST).content.decode()
    client.cookies["django_language"] = "en"
    assert "1 course" in client.get(LIST).content.decode()


def test_the_language_can_be_switched_without_a_csrf_token():
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    response = browser.post(
        reverse("set_language"), {"language": "en", "next": "/cursussen/"}
    )
    assert response.status_code == 302
    assert browser.cookies["django_language"].value == "en"


def test_course_pages_are_shared_between_anonymous_visitors_until_an_edit(
    client, django_assert_max_num_queries
):
    course = make_course("Gedeelde pagina", themes=["wiskunde"])
    client.get(course.get_absolute_url())
    with django_assert_max_num_queries(1):
        assert (
            "Gedeelde pagina" in client.get(course.get_absolute_url()).content.decode()
        )
    course.title = "Nieuwe titel"
    course.save()
    assert "Nieuwe titel" in client.get(course.get_absolute_url()).content.decode()


def test_a_draft_stays_hidden_from_the_shared_page_and_visible_to_its_staff(
    client, provider, anna
):
    draft = make_course("Nog geheim", provider=provider, status="draft")
    assert client.get(draft.get_absolute_url()).status_code == 404
    client.force_login(anna)
    assert client.get(draft.get_absolute_url()).status_code == 200
