"""Facet counts come from in-process bitmaps; they must equal what the
database would count, and follow every change at once."""

from collections import Counter

import pytest
from django.db.models import Count
from django.http import QueryDict
from django.urls import reverse

from catalogue import index
from catalogue.filters import FACETS, CourseQuery, Taxonomies
from catalogue.models import CatalogueVersion, Course, CourseFacet
from taxonomy.models import Theme

from .helpers import days, make_course, make_provider

pytestmark = pytest.mark.django_db

LIST = reverse("catalogue:course_list")


def counts_in_sql(query: CourseQuery, name: str) -> Counter:
    """The count the way SQL would do it: a GROUP BY over the facet rows of
    the courses matching every other filter."""
    # The kijkwijzer criteria all must hold, so they narrow their own
    # group's counts too.
    exclude = () if FACETS[name][1].conjoined else (name,)
    courses = query.filter(Course.objects.published(), exclude=exclude)
    rows = (
        CourseFacet.objects.filter(
            kind=FACETS[name][1].kind, course__in=courses.order_by().values("pk")
        )
        .values_list("value")
        .annotate(n=Count("id"))
        .order_by()
    )
    return Counter(dict(rows))


def query(params: str) -> CourseQuery:
    version = CatalogueVersion.current()
    return CourseQuery(
        QueryDict(params), taxonomies=Taxonomies.load(version), version=version
    )


@pytest.fixture
def catalogue():
    north, south = make_provider("Noord"), make_provider("Zuid")
    make_course(
        "A",
        provider=north,
        themes=["wiskunde"],
        levels=["eerste-graad"],
        criteria=["peers", "follow-up"],
        methods=["coaching"],
    )
    make_course(
        "B",
        provider=north,
        themes=["wiskunde", "muziek"],
        levels=["lager-onderwijs"],
        criteria=["peers"],
        sessions=({"date": days(8), "postcode": "3500", "municipality": "Hasselt"},),
    )
    make_course("C", provider=south, themes=["muziek"], sessions=(-10,))
    make_course(
        "D",
        provider=south,
        themes=["personeelsbeleid"],
        levels=["eerste-graad"],
        sessions=({"date": days(4), "is_online": True},),
    )
    make_course("E", provider=south, status=Course.Status.DRAFT, themes=["muziek"])


@pytest.mark.parametrize(
    "params",
    [
        "",
        "theme=wiskunde",
        "theme=wiskunde&level=eerste-graad",
        "criteria=peers&criteria=follow-up",
        "province=limburg&theme=muziek",
        "online=1",
        "past=1&theme=muziek",
        "q=cursus&theme=wiskunde",
        f"date_from={days(5).isoformat()}",
        "max_fee=100&method=coaching",
    ],
)
def test_bitmap_counts_equal_the_databases_counts(catalogue, params):
    q = query(params)
    courses = Course.objects.published()
    for name in FACETS:
        expected = counts_in_sql(q, name)
        assert q.counts(courses)[name] == expected, name
    assert q.total(courses) == q.filter(courses).count()


def test_counts_follow_a_change_to_a_course_at_once(client, catalogue):
    assert client.get(LIST, {"theme": "muziek"}).status_code == 200
    course = Course.objects.get(title="A")
    course.themes.add(Theme.objects.get(slug="muziek"))
    q = query("theme=muziek")
    assert q.total(Course.objects.published()) == 2
    html = client.get(LIST, {"theme": "muziek"}).content.decode()
    assert "2 cursussen" in html


def test_a_deleted_or_unpublished_course_drops_out_of_the_counts(client, catalogue):
    client.get(LIST)
    Course.objects.get(title="A").delete()
    course = Course.objects.get(title="B")
    course.status = Course.Status.DRAFT
    course.save()
    q = query("")
    assert q.total(Course.objects.published()) == 1
    assert q.counts(Course.objects.published())["provider"] == Counter(
        {str(Course.objects.get(title="D").provider_id): 1}
    )


def test_a_worker_re_reads_only_the_courses_indexed_since_it_built(
    catalogue, django_assert_max_num_queries
):
    from catalogue.facetindex import bitmaps

    bitmaps.at(CatalogueVersion.current())
    course = Course.objects.get(title="D")
    index.refresh_courses([course.pk])
    version = CatalogueVersion.current()
    # The changed ids, then their facet rows.
    with django_assert_max_num_queries(2):
        bitmaps.at(version)
    assert course.pk in bitmaps.get(index.ONLINE, "1")


def test_warming_at_worker_start_builds_what_the_first_request_needs(
    client, catalogue, django_assert_max_num_queries
):
    from catalogue.facetindex import warm

    warm()
    client.get(LIST, {"sort": "title"})  # the listed courses of today
    # Version, the page and its two prefetches; nothing left to build.
    with django_assert_max_num_queries(4):
        client.get(LIST, {"theme": "muziek"})
