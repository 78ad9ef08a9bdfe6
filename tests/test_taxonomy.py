"""The shared vocabularies: their own app, and the postcode rule in one place."""

import ast
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from providers.models import Campus
from taxonomy.models import Province

from .helpers import make_course, make_provider

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            modules.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            modules |= {alias.name.split(".")[0] for alias in node.names}
    return modules


@pytest.mark.parametrize(
    "folder, forbidden",
    [
        ("taxonomy", {"catalogue", "providers", "planning"}),
        # Providers' models know the vocabularies, not the catalogue.
        ("providers/models.py", {"catalogue"}),
    ],
)
def test_dependencies_point_one_way(folder, forbidden):
    target = ROOT / folder
    files = [target] if target.is_file() else target.rglob("*.py")
    for path in files:
        if "migrations" in path.parts:
            continue
        assert not imported_modules(path) & forbidden, path


@pytest.mark.django_db
@pytest.mark.parametrize(
    "postcode, slug",
    [
        ("1000", "brussel"),
        ("1500", "vlaams-brabant"),
        ("2018", "antwerpen"),
        (" 3000 ", "vlaams-brabant"),
        ("3500", "limburg"),
        ("8000", "west-vlaanderen"),
        ("9000", "oost-vlaanderen"),
    ],
)
def test_postcode_tells_the_province(postcode, slug):
    assert Province.objects.for_postcode(postcode).slug == slug


@pytest.mark.django_db
@settings(max_examples=60, deadline=None)
@given(st.one_of(st.text(max_size=12), st.integers(-(10**6), 10**6), st.none()))
def test_any_postcode_input_gives_a_province_or_none(postcode):
    result = Province.objects.for_postcode(postcode)
    assert result is None or isinstance(result, Province)


@pytest.mark.django_db
def test_walloon_and_foreign_postcodes_have_no_province():
    assert Province.objects.for_postcode("7000") is None
    assert Province.objects.for_postcode("NL-4811") is None


@pytest.mark.django_db
def test_sessions_and_campuses_take_the_province_of_their_postcode():
    course = make_course(sessions=[{"postcode": "3500", "municipality": "Hasselt"}])
    assert course.sessions.get().province.slug == "limburg"
    campus = Campus.objects.create(
        provider=make_provider(),
        name="Campus Gent",
        street="Kouter 1",
        postcode="9000",
        municipality="Gent",
    )
    assert campus.province.slug == "oost-vlaanderen"


@pytest.mark.django_db
def test_editors_can_add_a_postcode_range_without_a_code_change():
    limburg = Province.objects.get(slug="limburg")
    limburg.postcode_ranges = [*limburg.postcode_ranges, [7000, 7099]]
    limburg.save()
    assert Province.objects.for_postcode("7000") == limburg


@pytest.mark.django_db
def test_courses_located_in_a_province():
    from catalogue.models import Course

    here = make_course(sessions=[{"postcode": "2000", "municipality": "Antwerpen"}])
    make_course(sessions=[{"postcode": "9000", "municipality": "Gent"}])
    antwerpen = Province.objects.get(slug="antwerpen")
    assert list(Course.objects.located_in(antwerpen)) == [here]
