"""Free-text search over courses.

PostgreSQL: Dutch full-text search (stemming, unaccent) over a stored,
GIN-indexed vector, prefix matching on the last word, and trigram word
similarity on the title so a typo still finds the course.

Elsewhere (SQLite): every word of the query must start a word of the
course's normalised text, ignoring case and accents. Simpler, but correct.
"""

from __future__ import annotations

import re
import unicodedata

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    TrigramWordSimilarity,
)
from django.db import connections
from django.db.models import Case, F, Q, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe

# The text search configuration made by migration 0003: Dutch stemming after
# unaccent, so "coördinator" and "coordinator" are the same word.
TS_CONFIG = "nw_dutch"
MAX_TOKENS = 8
# Marks ts_headline puts around matches; never present in course text.
START, STOP = "\x02", "\x03"

_word = re.compile(r"\w+", re.UNICODE)


class _CombiningMarks(dict):
    """A str.translate table that drops combining marks (accents), filled
    as characters are met: much faster than testing each character."""

    def __missing__(self, code):
        self[code] = None if unicodedata.combining(chr(code)) else code
        return self[code]


_without_marks = _CombiningMarks()


def normalise(text: str) -> str:
    """Lower-case, accent-free, words separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = decomposed.translate(_without_marks)
    return " ".join(_word.findall(stripped.casefold()))


def tokens(query: str) -> list[str]:
    return normalise(query).split()[:MAX_TOKENS]


def search_document(text: str) -> str:
    # Surrounding spaces let " word" match at the start of any word.
    return f" {normalise(text)} "


def apply_search(queryset, query: str):
    """Filter a course queryset on the query and annotate ``rank``."""
    words = tokens(query)
    if not words:
        return queryset
    if connections[queryset.db].vendor == "postgresql":
        return _postgres_search(queryset, words)
    return _simple_search(queryset, words)


def _tsquery(words: list[str]) -> SearchQuery:
    # Words are alphanumeric after normalise(), so no tsquery syntax can slip
    # through. The last word is a prefix: search-as-you-type, and "les"
    # still finds "lessen" although Dutch stemming splits them.
    terms = [f"'{w}'" for w in words[:-1]] + [f"'{words[-1]}':*"]
    return SearchQuery(" & ".join(terms), search_type="raw", config=TS_CONFIG)


def _postgres_search(queryset, words):
    query = _tsquery(words)
    phrase = " ".join(words)
    return queryset.filter(
        Q(search_vector=query) | Q(title__trigram_word_similar=phrase)
    ).annotate(
        rank=SearchRank(F("search_vector"), query)
        + TrigramWordSimilarity(phrase, "title"),
        headline=SearchHeadline(
            "summary",
            query,
            config=TS_CONFIG,
            start_sel=START,
            stop_sel=STOP,
            highlight_all=True,
        ),
    )


def _simple_search(queryset, words):
    for word in words:
        queryset = queryset.filter(search_text__contains=f" {word}")
    # Rank: how many of the words occur in the title.
    title_hits = [
        Case(When(title__icontains=word, then=Value(1)), default=Value(0))
        for word in words
    ]
    return queryset.annotate(rank=sum(title_hits[1:], title_hits[0]))


def highlight(text: str, query: str) -> str:
    """Escape text and wrap words starting with a query word in <mark>."""
    words = tokens(query)
    if not words:
        return escape(text)
    out, last = [], 0
    for match in _word.finditer(text):
        if any(normalise(match.group()).startswith(w) for w in words):
            out.append(escape(text[last : match.start()]))
            out.append(f"<mark>{escape(match.group())}</mark>")
            last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))


_marks = re.compile(f"([{START}{STOP}])")


def headline_html(headline: str) -> str:
    """Turn ts_headline output, marked with control characters, into safe HTML.

    The marks are balanced whatever the text holds: a course text that itself
    contains the marker characters cannot open a <mark> that never closes.
    """
    out, is_open = [], False
    for piece in _marks.split(headline):
        if piece == START:
            if not is_open:
                out.append("<mark>")
            is_open = True
        elif piece == STOP:
            if is_open:
                out.append("</mark>")
            is_open = False
        else:
            out.append(escape(piece))
    if is_open:
        out.append("</mark>")
    return mark_safe("".join(out))
