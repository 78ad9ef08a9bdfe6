"""Keep each course's denormalised search and facet keys up to date.

``refresh_course`` is called (through signals) whenever a course, its
sessions, taxonomies, programme or criteria change. ``refresh_dates`` runs
daily from the ``refresh_catalogue`` command, because "the next session"
moves on with the calendar even when nobody edits anything.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager

from django.contrib.postgres.search import SearchVector
from django.db import connections, transaction
from django.db.models import Q, Value
from django.utils import timezone

from .models import Course, CourseCriterion, CourseFacet, EducationLevel, Theme
from .search import TS_CONFIG, search_document

# Facet kinds, stored in CourseFacet.kind.
LEVEL = "level"
THEME = "theme"
ROLE = "role"
METHOD = "method"
FORMAT = "format"
PROVIDER = "provider"
PROVINCE = "province"
MUNICIPALITY = "municipality"
ONLINE = "online"
CRITERION = "criterion"
LANGUAGE = "language"


def facet_keys(course, sessions, today, level_tree, theme_tree) -> set[tuple[str, str]]:
    keys = {(FORMAT, course.format), (PROVIDER, str(course.provider_id))}
    keys.add((LANGUAGE, course.language))
    keys |= {
        (LEVEL, str(i))
        for i in level_tree.with_ancestors(course.education_levels.all())
    }
    keys |= {(THEME, str(i)) for i in theme_tree.with_ancestors(course.themes.all())}
    keys |= {(ROLE, str(r.pk)) for r in course.roles.all()}
    keys |= {(METHOD, str(m.pk)) for m in course.methods.all()}
    keys |= {
        (CRITERION, str(c.criterion_id))
        for c in course.criteria.all()
        if c.answer == CourseCriterion.Answer.YES
    }
    # Where a course takes place is where its coming sessions are; a course
    # with none left is found where it last took place.
    located = [s for s in sessions if s.date >= today] or sessions
    for session in located:
        if session.is_online:
            keys.add((ONLINE, "1"))
        else:
            if session.province_id:
                keys.add((PROVINCE, str(session.province_id)))
            if session.municipality:
                keys.add((MUNICIPALITY, session.municipality.strip()))
    return keys


def document_parts(course) -> dict[str, str]:
    """Text of a course by search weight (A most important)."""
    programme = " ".join(
        " ".join([item.title, *item.contents]) for item in course.programme.all()
    )
    return {
        "A": " ".join([course.title, course.code]),
        "B": " ".join(
            [
                course.summary,
                course.provider.name,
                " ".join(t.name for t in course.themes.all()),
                " ".join(t.name for t in course.trainers.all()),
            ]
        ),
        "C": " ".join([" ".join(course.goals), programme, course.audience_note]),
        "D": course.description,
    }


@transaction.atomic
def refresh_course(course: Course, today=None) -> None:
    today = today or timezone.localdate()
    course = (
        Course.objects.select_related("provider")
        .prefetch_related(
            "education_levels",
            "themes",
            "roles",
            "methods",
            "trainers",
            "programme",
            "criteria",
        )
        .get(pk=course.pk)
    )
    sessions = list(course.sessions.all())
    dates = [s.date for s in sessions]
    parts = document_parts(course)
    fields = {
        "next_session_date": min((d for d in dates if d >= today), default=None),
        "last_session_date": max(dates, default=None),
        "search_text": search_document(" ".join(parts.values())),
    }
    if connections[Course.objects.db].vendor == "postgresql":
        vector = None
        for weight, text in parts.items():
            part = SearchVector(Value(text), weight=weight, config=TS_CONFIG)
            vector = part if vector is None else vector + part
        fields["search_vector"] = vector
    Course.objects.filter(pk=course.pk).update(**fields)

    keys = facet_keys(course, sessions, today, EducationLevel.tree(), Theme.tree())
    existing = set(
        CourseFacet.objects.filter(course=course).values_list("kind", "value")
    )
    stale = existing - keys
    if stale:
        condition = Q()
        for kind, value in stale:
            condition |= Q(kind=kind, value=value)
        CourseFacet.objects.filter(condition, course=course).delete()
    CourseFacet.objects.bulk_create(
        [CourseFacet(course=course, kind=k, value=v) for k, v in keys - existing]
    )


_pending = threading.local()


@contextmanager
def indexing_deferred(run=True):
    """Re-index each touched course once, when the block ends.

    An admin save or an import changes a course, its sessions and its
    taxonomies one row at a time; without this every row re-indexes the
    whole course again. ``run=False`` drops the work instead, for a block
    whose transaction is rolled back anyway (an import's dry run).
    """
    if getattr(_pending, "ids", None) is not None:  # already deferring
        yield
        return
    _pending.ids = set()
    try:
        yield
        ids = _pending.ids
    finally:
        _pending.ids = None
    if run:
        for course in Course.objects.filter(pk__in=ids):
            refresh_course(course)


def schedule(course_id) -> None:
    """Re-index a course now, or at the end of an indexing_deferred() block."""
    ids = getattr(_pending, "ids", None)
    if ids is not None:
        ids.add(course_id)
        return
    course = Course.objects.filter(pk=course_id).first()
    if course is not None:  # gone when the whole course is being deleted
        refresh_course(course)


def refresh_dates(today=None) -> int:
    """Move on courses whose stored next session has passed. Returns how many."""
    today = today or timezone.localdate()
    stale = Course.objects.filter(next_session_date__lt=today)
    count = 0
    for course in stale.iterator():
        refresh_course(course, today)
        count += 1
    return count
