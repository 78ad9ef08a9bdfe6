"""“Did you mean …?” for a search that finds nothing.

Each unknown word of the query is replaced by the closest word the catalogue
itself uses (difflib over the words of the published courses' search text),
and the respelled search is offered only when it finds courses. Works the
same on every database: the SQLite word-prefix search has no typo tolerance
at all, and PostgreSQL's trigram matching only looks at titles.
"""

from __future__ import annotations

from bisect import bisect_left
from difflib import get_close_matches

from django.db.models import Count, Max

from .models import Course
from .search import apply_search, tokens

# How alike (0–1, difflib's ratio) a known word must be to replace a typo:
# "stdy" → "study" is 0.89, "differntiatie" → "differentiatie" 0.96.
CUTOFF = 0.75
# Shorter words are too ambiguous to respell ("de", "en", "op").
MIN_LENGTH = 3


class Vocabulary:
    """The words of the catalogue's search text, normalised like a query."""

    def __init__(self, texts):
        words = set()
        for text in texts:
            words.update(text.split())
        self.words = sorted(words)
        self.candidates = [
            w for w in self.words if len(w) >= MIN_LENGTH and not w.isdigit()
        ]

    def knows(self, word: str) -> bool:
        # A query word matches the start of a word (search-as-you-type), so
        # "les" is known because "lessen" is.
        i = bisect_left(self.words, word)
        return i < len(self.words) and self.words[i].startswith(word)

    def closest(self, word: str) -> str | None:
        matches = get_close_matches(word, self.candidates, n=1, cutoff=CUTOFF)
        return matches[0] if matches else None


_cached: tuple[tuple, Vocabulary] | None = None


def vocabulary() -> Vocabulary:
    """The vocabulary of the published courses, rebuilt in this process only
    when a course was saved, published or removed since (one cheap aggregate
    query per call, one more to rebuild). A renamed trainer or theme reaches
    it with the next saved course; until then a suggestion may be missed,
    never wrong, since it is checked against the search itself."""
    global _cached
    published = Course.objects.published()
    key = tuple(published.aggregate(Max("updated_at"), Count("pk")).values())
    if _cached is None or _cached[0] != key:
        texts = published.values_list("search_text", flat=True).iterator()
        _cached = (key, Vocabulary(texts))
    return _cached[1]


def suggest(query: str, courses) -> str | None:
    """The query with each unknown word respelled, if that search finds
    any of ``courses`` (the listing's other filters already applied)."""
    words = tokens(query)
    if not words:
        return None
    known = vocabulary()
    respelled = []
    for word in words:
        if len(word) < MIN_LENGTH or word.isdigit() or known.knows(word):
            respelled.append(word)
        else:
            respelled.append(known.closest(word) or word)
    if respelled == words:
        return None
    suggestion = " ".join(respelled)
    return suggestion if apply_search(courses, suggestion).exists() else None
