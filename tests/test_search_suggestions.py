"""“Bedoelde je …?”: a search with a typo that finds nothing offers the
search respelled from the catalogue's own words, on both databases."""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from catalogue.models import Course
from catalogue.suggest import suggest

from .helpers import make_course

pytestmark = pytest.mark.django_db

LIST = reverse("catalogue:course_list")
SUGGESTION = re.compile(r'<p class="suggestion">(.*?)<a href="([^"]*)">([^<]*)</a>')


@pytest.fixture
def catalogue():
    # No typo below is close to a title word, so PostgreSQL's trigram
    # matching on titles does not find these courses either.
    make_course(
        "Samen leren in de klas",
        summary="Met lesson study onderzoek je samen met collega's een les.",
        levels=["secundair-onderwijs"],
    )
    make_course(
        "Omgaan met verschillen",
        summary="Differentiatie in een klas met sterke en zwakke lezers.",
        levels=["basisonderwijs"],
    )


def suggestion(response) -> tuple[str, str] | None:
    """(text, link) of the suggestion on the page, or None."""
    match = SUGGESTION.search(response.content.decode())
    return (unescape(match[3]), unescape(match[2])) if match else None


def titles(response) -> list[str]:
    return [c.title for c in response.context["page"].object_list]


def search(client, **params):
    response = client.get(LIST, params)
    assert response.status_code == 200
    return response


def test_a_typo_suggests_the_catalogues_word_and_the_link_finds_the_course(
    client, catalogue
):
    response = search(client, q="lesson stdy")

    assert titles(response) == []
    assert "Bedoelde je" in response.content.decode()
    text, link = suggestion(response)
    assert text == "lesson study"
    assert titles(client.get(link)) == ["Samen leren in de klas"]


def test_a_misspelt_dutch_word_is_respelled(client, catalogue):
    response = search(client, q="differntiatie")

    text, link = suggestion(response)
    assert text == "differentiatie"
    assert titles(client.get(link)) == ["Omgaan met verschillen"]


def test_a_nonsense_word_suggests_nothing(client, catalogue):
    response = search(client, q="xqzvwk")

    assert titles(response) == []
    assert suggestion(response) is None
    assert "Bedoelde je" not in response.content.decode()


def test_a_correct_search_emptied_by_a_filter_gets_no_spelling_suggestion(
    client, catalogue
):
    response = search(client, q="lesson study", level="basisonderwijs")

    assert titles(response) == []
    assert suggestion(response) is None


def test_no_suggestion_when_the_respelled_search_finds_nothing_under_the_filters(
    client, catalogue
):
    response = search(client, q="lesson stdy", level="basisonderwijs")

    assert titles(response) == []
    assert suggestion(response) is None


def test_the_suggestion_link_keeps_the_other_filters(client, catalogue):
    response = search(
        client, q="lesson stdy", level="secundair-onderwijs", sort="title"
    )

    text, link = suggestion(response)
    path, _, query = link.partition("?")
    assert path == LIST
    params = QueryDict(query)
    assert params.getlist("level") == ["secundair-onderwijs"]
    assert params["sort"] == "title"
    assert params["q"] == "lesson study"
    assert "page" not in params
    assert titles(client.get(link)) == ["Samen leren in de klas"]


def test_a_search_that_finds_courses_gets_no_suggestion(client, catalogue):
    response = search(client, q="lesson study")

    assert titles(response) == ["Samen leren in de klas"]
    assert suggestion(response) is None


def test_the_htmx_fragment_shows_the_suggestion_too(client, catalogue):
    response = client.get(LIST, {"q": "lesson stdy"}, headers={"HX-Request": "true"})

    assert suggestion(response)[0] == "lesson study"


def test_the_vocabulary_follows_new_courses(catalogue):
    published = Course.objects.published()
    assert suggest("consultatei", published) is None

    make_course("Leren van elkaar", summary="Collegiale consultatie en feedback.")

    assert suggest("consultatei", published) == "consultatie"


def queries(client, q) -> int:
    with CaptureQueriesContext(connection) as context:
        search(client, q=q)
    return len(context.captured_queries)


def test_suggestions_cost_a_few_queries_whatever_the_number_of_words(
    client, catalogue, django_assert_max_num_queries
):
    for n in range(30):
        make_course(f"Cursus {n}", summary=f"Woorden{n} in samenvatting{n}.")
    # A search that finds courses computes no suggestion at all.
    without = queries(client, "lesson study")

    # At most: the vocabulary's key, rebuilding it, and checking the
    # respelled search.
    with django_assert_max_num_queries(without + 3):
        response = search(client, q="lesson stdy")
    assert suggestion(response)[0] == "lesson study"
    with django_assert_max_num_queries(without + 2):
        response = search(client, q="lesson stdy samenvating differntiatie woordn")
    assert titles(response) == []
