"""Free-text search: PostgreSQL full-text with trigram, and the SQLite fallback."""

import re

import pytest
from django.db import connection
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from catalogue.models import Course
from catalogue.search import apply_search, headline_html, highlight, normalise

from .helpers import make_course, make_programme, make_provider, make_trainer

pytestmark = pytest.mark.django_db

LIST = reverse("catalogue:course_list")


def found(query) -> list[str]:
    qs = apply_search(Course.objects.published(), query).order_by("title")
    return list(qs.values_list("title", flat=True))


@pytest.fixture
def catalogue():
    leadership = make_course(
        "Onderwijskundig leiderschap met impact",
        summary="Teacher teams als leergemeenschappen in je school.",
        provider=make_provider("Universiteit Antwerpen"),
    )
    make_programme(leadership, 1, "morning", "Lesson study en data teams vergelijken")
    leadership.trainers.add(make_trainer(leadership.provider, "Wouter Schelfhout"))
    make_course(
        "Differentiëren in de klas",
        summary="Hoe je lessen aanpast aan verschillen tussen leerlingen.",
        goals=["Je kan je instructie differentiëren."],
    )
    make_course("Coördinatie van zorg", summary="Zorgbeleid op school.")
    return leadership


def test_normalise_strips_case_and_accents():
    assert normalise("Coördinatie, ÉÉN  ploeg!") == "coordinatie een ploeg"


def test_search_finds_words_in_title_summary_programme_provider_and_trainer(catalogue):
    assert found("leiderschap") == ["Onderwijskundig leiderschap met impact"]
    assert found("teacher teams") == ["Onderwijskundig leiderschap met impact"]
    assert found("lesson study") == ["Onderwijskundig leiderschap met impact"]
    assert found("antwerpen") == ["Onderwijskundig leiderschap met impact"]
    assert found("schelfhout") == ["Onderwijskundig leiderschap met impact"]


def test_search_ignores_case_and_accents(catalogue):
    assert found("COORDINATIE") == ["Coördinatie van zorg"]
    assert found("differentieren") == ["Differentiëren in de klas"]


def test_every_word_must_match(catalogue):
    assert found("leiderschap zorgbeleid") == []


def test_last_word_matches_as_a_prefix_for_search_as_you_type(catalogue):
    assert found("leergem") == ["Onderwijskundig leiderschap met impact"]
    assert found("les") == [
        "Differentiëren in de klas",
        "Onderwijskundig leiderschap met impact",
    ]


def test_search_text_cannot_inject_sql_or_tsquery_syntax(catalogue):
    for query in ["'; DROP TABLE catalogue_course; --", "zzz & | ! :* (", "<script>"]:
        assert found(query) == []
    assert Course.objects.count() == 3


def test_list_highlights_matches_and_escapes_html(client, catalogue):
    html = client.get(LIST, {"q": "leiderschap"}).content.decode()
    assert "<mark>leiderschap</mark>" in html
    html = client.get(LIST, {"q": "<b>x</b>"}).content.decode()
    assert "<b>x</b>" not in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html


def test_highlight_escapes_course_text():
    assert (
        highlight("<i>Lessen</i> & meer", "les")
        == "&lt;i&gt;<mark>Lessen</mark>&lt;/i&gt; &amp; meer"
    )


def test_relevance_is_the_default_sort_when_searching(client, catalogue):
    make_course("Zorg voor leiderschap", summary="Iets anders.")
    response = client.get(LIST, {"q": "leiderschap"})
    html = response.content.decode()
    assert '<option value="" selected>Relevantie</option>' in html
    assert response.context["filterset"].ordering == "relevance"
    # Choosing another order overrides relevance.
    response = client.get(LIST, {"q": "leiderschap", "sort": "date"})
    assert (
        '<option value="date" selected>Eerstvolgende sessie</option>'
        in response.content.decode()
    )


def test_seed_course_is_found_by_leergemeenschap(client, catalogue):
    response = client.get(LIST, {"q": "leergemeenschap"})
    assert response.status_code == 200
    assert "Onderwijskundig leiderschap met impact" in response.content.decode()


@pytest.mark.postgres
def test_postgres_uses_dutch_stemming(catalogue):
    assert connection.vendor == "postgresql"
    make_course("Starten met een leergemeenschap", summary="Samen leren.")
    # The plural is no prefix of the singular: only the stemmer joins them.
    assert found("leergemeenschappen") == [
        "Onderwijskundig leiderschap met impact",
        "Starten met een leergemeenschap",
    ]


@pytest.mark.postgres
def test_postgres_finds_a_title_despite_a_typo(catalogue):
    assert found("leidershap") == ["Onderwijskundig leiderschap met impact"]


@pytest.mark.postgres
def test_postgres_ranks_title_matches_first(catalogue):
    make_course("Zorgbeleid vandaag", summary="Over zorgbeleid en zorgbeleid.")
    qs = apply_search(Course.objects.published(), "zorgbeleid").order_by("-rank")
    assert qs.first().title == "Zorgbeleid vandaag"


@pytest.mark.postgres
def test_postgres_highlights_stemmed_matches_in_the_summary(client, catalogue):
    html = client.get(LIST, {"q": "leergemeenschap"}).content.decode()
    assert re.search(r"<mark>leergemeenschappen</mark>", html)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(["\x02", "\x03", "a", "<", "&", " ", "\x0b"])))
def test_highlighted_headlines_are_always_balanced(text):
    html = headline_html(text)
    depth = 0
    for tag in re.findall(r"</?mark>", html):
        depth += 1 if tag == "<mark>" else -1
        assert depth in (0, 1)  # never nested, never closed before opened
    assert depth == 0
    assert "<" not in html.replace("<mark>", "").replace("</mark>", "")


def _normalise_slowly(text):
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", stripped.casefold()))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalise_drops_accents_and_case_of_any_text(text):
    assert normalise(text) == _normalise_slowly(text)
