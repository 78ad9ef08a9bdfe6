"""Property-based tests: no query string breaks the catalogue list.

Hypothesis builds query strings from every parameter the list knows (and
some it does not) with arbitrary values: punctuation, emoji, control
characters, huge numbers, repeated keys. Whatever comes in, the answer is a
page (200), a page with a message (400), a redirect to a cleaner URL (302)
or "no such page" (404) — never a server error.
"""

import re

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .helpers import make_course

pytestmark = pytest.mark.django_db

LIST = reverse("catalogue:course_list")
PARAMETERS = [
    "q",
    "level",
    "theme",
    "role",
    "format",
    "method",
    "province",
    "municipality",
    "provider",
    "criteria",
    "online",
    "past",
    "date_from",
    "date_to",
    "max_fee",
    "sort",
    "page",
    "terug",
    "unknown",
]

hostile_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=12),
    # Punctuation and symbols only: nothing left to search for.
    st.text(alphabet="+*%()[]{}<>!?&|:\"'~^-.,;/\\@#$€_=`", min_size=1, max_size=8),
    st.sampled_from(
        ["wiskunde", "secundair-onderwijs", "relevance", "1", "2026-12-01"]
    ),
    st.integers(-(10**30), 10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.just("leer" * 300),
)
query_strings = st.lists(
    st.tuples(st.sampled_from(PARAMETERS), hostile_text), max_size=6
)

# As many cases as the Hypothesis profile says (tests/conftest.py).
SETTINGS = settings(
    deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(autouse=True)
def courses():
    make_course("Wiskunde A", themes=["wiskunde"], levels=["eerste-graad"])
    make_course("Muziek B", themes=["muziek"], sessions=(-30,))


@SETTINGS
@given(pairs=query_strings, htmx=st.booleans())
def test_no_query_string_gives_a_server_error(client, pairs, htmx):
    data = {}
    for key, value in pairs:
        data.setdefault(key, []).append(value)
    headers = {"HX-Request": "true"} if htmx else {}
    response = client.get(LIST, data, headers=headers)
    assert response.status_code in (200, 302, 400, 404)
    if response.status_code == 400:
        # A 400 always says what was wrong.
        assert 'class="error-summary"' in response.content.decode()


@pytest.mark.parametrize("text", ["+", "*", "%", "()", "[]", "🙂🙂🙂", "--", "…"])
def test_search_without_letters_or_digits_shows_all_courses_and_says_so(client, text):
    response = client.get(LIST, {"q": text})
    assert response.status_code == 400
    html = response.content.decode()
    assert "bevat geen letters of cijfers" in html
    assert "Wiskunde A" in html
    # The text stays in the search box.
    assert re.search(r'<input type="search" name="q"[^>]*>', html)


def test_relevance_sort_without_search_words_falls_back_to_date(client):
    response = client.get(LIST, {"q": "+", "sort": "relevance"})
    assert response.status_code == 400
    assert "Wiskunde A" in response.content.decode()
