"""The generated catalogue the performance work measures on (issue 9):
deterministic, spread like a real one, and indexed exactly as the index
itself would index it."""

import datetime as dt
import io
import re
from collections import Counter
from statistics import mean

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse

from catalogue import index
from catalogue.generate import PREFIX, VOCABULARY
from catalogue.models import Course, CourseFacet, Session
from providers.models import Provider
from taxonomy.models import Criterion, Province, Theme

from .helpers import make_course, today

pytestmark = pytest.mark.django_db

COURSES = 300
LIST = reverse("catalogue:course_list")


def generate(**options) -> str:
    options.setdefault("courses", COURSES)
    options.setdefault("providers", 8)
    out = io.StringIO()
    call_command("generate_catalogue", stdout=out, **options)
    return out.getvalue()


def generated_courses():
    return Course.objects.filter(provider__slug__startswith=PREFIX)


def catalogue_snapshot():
    """What a visitor could see of the generated catalogue, without the
    database ids (they differ from run to run)."""
    providers = dict(Provider.objects.values_list("pk", "slug"))
    courses = sorted(
        generated_courses().values_list(
            "provider__slug", "slug", "title", "code", "summary", "fee", "format"
        )
    )
    sessions = sorted(
        Session.objects.filter(course__in=generated_courses()).values_list(
            "course__slug", "date", "start_time", "municipality", "is_online"
        )
    )
    facets = Counter(
        (kind, providers[int(value)] if kind == index.PROVIDER else value)
        for kind, value in CourseFacet.objects.filter(
            course__in=generated_courses()
        ).values_list("kind", "value")
    )
    return courses, sessions, facets


def index_snapshot():
    courses = generated_courses()
    facets = set(
        CourseFacet.objects.filter(course__in=courses).values_list(
            "course_id", "kind", "value"
        )
    )
    stored = set(
        courses.values_list(
            "pk", "search_text", "next_session_date", "last_session_date"
        )
    )
    vectors = set()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT id, search_vector::text FROM catalogue_course "
                "WHERE id = ANY(%s)",
                [list(courses.values_list("pk", flat=True))],
            )
            vectors = set(cursor.fetchall())
    return facets, stored, vectors


def heading(response) -> str:
    match = re.search(r'<h1 id="results-title"[^>]*>(.*?)</h1>', response.text, re.S)
    return match.group(1).strip()


def result_count(response) -> int:
    return int(re.match(r"\d+", heading(response)).group())


def facet_counts(response, name) -> dict[str, int]:
    return {
        value: int(count)
        for value, count in re.findall(
            rf'id="f-{name}-([^"]+)"[^>]*>\s*<label[^>]*>[^<]*'
            r'<span class="count"[^>]*>\((\d+)\)',
            response.text,
        )
    }


def test_the_same_seed_and_day_give_the_same_catalogue():
    day = dt.date(2026, 11, 27)
    generate(seed=7, today=day)
    first = catalogue_snapshot()

    generate(seed=7, today=day, replace=True)
    assert catalogue_snapshot() == first
    assert generated_courses().count() == COURSES  # replaced, not doubled

    generate(seed=8, today=day, replace=True)
    assert catalogue_snapshot()[0] != first[0]


def test_a_second_run_needs_replace_and_leaves_other_courses_alone():
    own = make_course("Eigen cursus")
    generate()
    with pytest.raises(CommandError, match="--replace"):
        generate()
    generate(replace=True)
    assert generated_courses().count() == COURSES
    assert Course.objects.filter(pk=own.pk).exists()


def test_the_catalogue_is_spread_like_a_real_one():
    day = dt.date(2026, 11, 27)
    output = generate(today=day)
    courses = list(generated_courses().prefetch_related("themes", "sessions"))
    assert len(courses) == COURSES
    assert "300 courses" in output

    tree = Theme.tree()
    leaves = {t.pk for t in tree if not tree.children(t)}
    used_tops = set()
    for course in courses:
        themes = list(course.themes.all())
        assert 1 <= len(themes) <= 3
        assert {t.pk for t in themes} <= leaves
        used_tops |= {tree.path(t)[0].pk for t in themes}
    assert used_tops == {t.pk for t in tree.children()}

    per_course = [len(course.sessions.all()) for course in courses]
    assert set(per_course) == {1, 2, 3, 4, 5}
    assert 2.5 <= mean(per_course) <= 3.5
    coming = sum(c.last_session_date >= day for c in courses)
    assert 0.13 <= coming / COURSES <= 0.27
    assert all(s.date.weekday() < 5 for c in courses for s in c.sessions.all())

    fees = [c.fee for c in courses]
    assert 0.03 <= fees.count(None) / COURSES <= 0.25  # on request
    assert 0 in fees
    priced = [f for f in fees if f is not None]
    assert sum(f <= 400 for f in priced) / len(priced) >= 0.75

    facets = Counter(
        CourseFacet.objects.filter(course__in=courses).values_list("kind", flat=True)
    )
    assert 15 <= sum(facets.values()) / COURSES <= 35
    for kind in (index.FORMAT, index.LEVEL, index.ROLE, index.METHOD):
        assert facets[kind] >= COURSES
    used = set(
        CourseFacet.objects.filter(course__in=courses).values_list("kind", "value")
    )
    assert {(index.FORMAT, f) for f in Course.Format.values} <= used
    assert {(index.CRITERION, str(c.pk)) for c in Criterion.objects.all()} <= used
    provinces = {(index.PROVINCE, str(p.pk)) for p in Province.objects.all()}
    assert provinces <= used


def test_session_postcodes_lie_in_the_session_province():
    generate(courses=100)
    sessions = Session.objects.filter(course__in=generated_courses(), is_online=False)
    places = set(sessions.values_list("postcode", "province_id"))
    assert len(places) > 20
    for postcode, province_id in places:
        assert Province.objects.for_postcode(postcode).pk == province_id


def test_generated_index_is_what_refresh_courses_builds():
    day = dt.date(2026, 11, 27)
    generate(today=day)
    generated = index_snapshot()
    assert all(generated[:2])
    assert bool(generated[2]) == (connection.vendor == "postgresql")

    ids = list(generated_courses().values_list("pk", flat=True))
    assert index.refresh_courses(ids, day) == COURSES
    assert index_snapshot() == generated


def test_list_page_counts_match_the_generated_courses(client):
    generate(today=today())
    coming = generated_courses().filter(sessions__date__gte=today()).distinct()

    response = client.get(LIST)
    assert response.status_code == 200
    assert result_count(response) == coming.count()

    tree = Theme.tree()
    shown = facet_counts(response, "theme")
    assert shown
    for theme in tree:
        below = {t.pk for t, _d in tree.flatten() if theme in tree.path(t)}
        expected = coming.filter(themes__in=below).distinct().count()
        assert shown.get(theme.slug, 0) == expected, theme.slug

    provinces = facet_counts(response, "province")
    for province in Province.objects.all():
        expected = (
            coming.filter(sessions__date__gte=today(), sessions__province=province)
            .distinct()
            .count()
        )
        assert provinces.get(province.slug, 0) == expected, province.slug


def test_a_common_word_finds_most_courses_and_a_rare_word_few(client):
    generate(today=today())
    texts = generated_courses().values_list("search_text", flat=True)
    in_courses = Counter(word for text in texts for word in set(text.split()))
    frequency = {word: in_courses[word] for word in ["leren", *VOCABULARY]}
    # A Zipf-like spread: a few words in most courses, most words in few.
    assert frequency["leren"] >= 0.6 * COURSES
    ranked = sorted(frequency.values(), reverse=True)
    assert ranked[10] >= 0.2 * COURSES
    assert ranked[len(ranked) // 2] <= 0.01 * COURSES

    everything = result_count(client.get(LIST, {"past": "1"}))
    common = result_count(client.get(LIST, {"past": "1", "q": "leren"}))
    assert common >= 0.6 * everything

    rare = next(
        word for word in reversed(VOCABULARY) if frequency[word] == 1 and len(word) > 8
    )
    found = result_count(client.get(LIST, {"past": "1", "q": rare}))
    assert 1 <= found <= 0.02 * everything
