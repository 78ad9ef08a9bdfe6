"""Facet counts from in-process bitmaps.

Counting the catalogue's facets in SQL is a GROUP BY over every facet row of
every matching course: at 100,000 courses about half a million rows per
list page. Here each web worker keeps, per facet key, a compressed bitmap
(pyroaring) of the courses that have it, so a count is the size of the
intersection of two bitmaps: microseconds.

The bitmaps follow the catalogue version. A worker builds them once (or at
start, see nw/gunicorn.py), and when the version has moved on it re-reads
only the courses re-indexed since (``Course.indexed_version``). Which
courses are listed at all (published, and coming unless past ones are
asked for) is read per version and day, and intersected at count time, so
courses deleted or taken offline drop out without a rebuild.
"""

from __future__ import annotations

import threading
from collections import defaultdict

from pyroaring import BitMap

from .models import Course, CourseFacet

EMPTY = BitMap()


class FacetBitmaps:
    def __init__(self):
        self.version: int | None = None
        self.keys: dict[tuple[str, str], BitMap] = {}
        self._listed: dict[tuple, BitMap] = {}
        self._lock = threading.Lock()

    def reset(self) -> None:
        with self._lock:
            self.version, self.keys, self._listed = None, {}, {}

    def at(self, version: int) -> FacetBitmaps:
        """The bitmaps, brought up to the given catalogue version."""
        if self.version != version:
            with self._lock:
                if self.version is None:
                    self._build()
                elif self.version != version:
                    self._patch(self.version)
                # Data read after ``version`` was: at least that recent. A
                # change committed meanwhile raises the version again.
                self.version = version
                self._listed = {}
        return self

    def _build(self) -> None:
        ids = defaultdict(list)
        rows = CourseFacet.objects.values_list("kind", "value", "course_id")
        for kind, value, course_id in rows.iterator(chunk_size=20000):
            ids[kind, value].append(course_id)
        self.keys = {key: BitMap(course_ids) for key, course_ids in ids.items()}

    def _patch(self, since: int) -> None:
        changed = BitMap(
            Course.objects.filter(indexed_version__gt=since).values_list(
                "pk", flat=True
            )
        )
        if not changed:
            return
        for bitmap in self.keys.values():
            bitmap.difference_update(changed)
        rows = CourseFacet.objects.filter(course_id__in=list(changed)).values_list(
            "kind", "value", "course_id"
        )
        for kind, value, course_id in rows.iterator(chunk_size=20000):
            self.keys.setdefault((kind, value), BitMap()).add(course_id)

    def listed(self, today, past: bool) -> BitMap:
        """Published courses, coming ones only unless ``past``."""
        key = (today, past)
        if key not in self._listed:
            courses = Course.objects.published()
            if not past:
                courses = courses.upcoming(today)
            self._listed[key] = BitMap(courses.values_list("pk", flat=True))
        return self._listed[key]

    def get(self, kind: str, value: str) -> BitMap:
        return self.keys.get((kind, value), EMPTY)


bitmaps = FacetBitmaps()


# Compiled once per process by the cached template loader: at start rather
# than in the first visitor's request.
PAGE_TEMPLATES = [
    "catalogue/course_list.html",
    "catalogue/_results.html",
    "catalogue/course_detail.html",
    "providers/provider_detail.html",
    "providers/provider_list.html",
    "home.html",
]


def warm() -> None:
    """Bring this process's bitmaps, vocabularies and templates up to date
    (at start)."""
    from django.template.loader import get_template
    from django.utils import timezone

    from .filters import Taxonomies
    from .models import CatalogueVersion

    version = CatalogueVersion.current()
    bitmaps.at(version).listed(timezone.localdate(), past=False)
    Taxonomies.load(version)
    for name in PAGE_TEMPLATES:
        get_template(name)
