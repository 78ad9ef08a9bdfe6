"""Keep each course's denormalised search and facet keys up to date.

``refresh_course`` is called (through signals) whenever a course, its
sessions, taxonomies, programme or criteria change. ``refresh_dates`` runs
daily from the ``refresh_catalogue`` command, because "the next session"
moves on with the calendar even when nobody edits anything.
"""

from __future__ import annotations

from collections import defaultdict

from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.utils import timezone

from taxonomy.models import EducationLevel, Theme

from .models import CatalogueVersion, Course, CourseCriterion, CourseFacet
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


BATCH_SIZE = 500


def _course_batches(ids):
    ids = sorted(set(ids))
    for i in range(0, len(ids), BATCH_SIZE):
        yield (
            Course.objects.filter(pk__in=ids[i : i + BATCH_SIZE])
            .select_related("provider")
            .prefetch_related(
                "education_levels",
                "themes",
                "roles",
                "methods",
                "trainers",
                "programme",
                "criteria",
                "sessions",
            )
        )


@transaction.atomic
def refresh_courses(ids, today=None) -> int:
    """Rebuild the stored dates, search text and facet keys of these courses.

    Works in batches with a fixed number of queries per batch (plus one
    search-vector update per course on PostgreSQL). Ids of courses that no
    longer exist are skipped. Returns how many courses were refreshed.
    """
    today = today or timezone.localdate()
    postgres = connections[Course.objects.db].vendor == "postgresql"
    level_tree, theme_tree = EducationLevel.tree(), Theme.tree()
    version = CatalogueVersion.bump()
    done = 0
    for batch in _course_batches(ids):
        courses = list(batch)
        if not courses:
            continue
        wanted, documents = {}, []
        for course in courses:
            sessions = list(course.sessions.all())
            dates = [s.date for s in sessions]
            parts = document_parts(course)
            course.next_session_date = min(
                (d for d in dates if d >= today), default=None
            )
            course.last_session_date = max(dates, default=None)
            course.search_text = search_document(" ".join(parts.values()))
            course.indexed_version = version
            wanted[course.pk] = facet_keys(
                course, sessions, today, level_tree, theme_tree
            )
            documents.append((course.pk, parts))
        Course.objects.bulk_update(
            courses,
            [
                "next_session_date",
                "last_session_date",
                "search_text",
                "indexed_version",
            ],
        )
        if postgres:
            _update_search_vectors(documents)
        existing = defaultdict(set)
        rows = CourseFacet.objects.filter(course__in=courses).values_list(
            "pk", "course_id", "kind", "value"
        )
        stale_ids = []
        for pk, course_id, kind, value in rows:
            if (kind, value) in wanted[course_id]:
                existing[course_id].add((kind, value))
            else:
                stale_ids.append(pk)
        CourseFacet.objects.filter(pk__in=stale_ids).delete()
        CourseFacet.objects.bulk_create(
            [
                CourseFacet(course_id=course_id, kind=kind, value=value)
                for course_id, keys in wanted.items()
                for kind, value in keys - existing[course_id]
            ]
        )
        done += len(courses)
    return done


def _update_search_vectors(documents) -> None:
    """Store the weighted search vectors of a batch in one UPDATE (PostgreSQL)."""
    weights = "ABCD"
    rows = ", ".join(
        ["(%s::bigint" + ", %s::text" * len(weights) + ")"] * len(documents)
    )
    vector = " || ".join(
        f"setweight(to_tsvector(%s::regconfig, v.{w.lower()}), '{w}')" for w in weights
    )
    params = [TS_CONFIG] * len(weights)
    for pk, parts in documents:
        params += [pk, *(parts[w] for w in weights)]
    columns = ", ".join(w.lower() for w in weights)
    with connections[Course.objects.db].cursor() as cursor:
        cursor.execute(
            f"UPDATE {Course._meta.db_table} AS c SET search_vector = {vector} "
            f"FROM (VALUES {rows}) AS v(id, {columns}) WHERE c.id = v.id",
            params,
        )


def refresh_course(course: Course, today=None) -> None:
    refresh_courses([course.pk], today)


class _Pending:
    """The courses a transaction touched, re-indexed once when it commits.

    An admin save or an import changes a course, its sessions and its
    taxonomies one row at a time; collecting the ids per transaction indexes
    each course once, and a rolled-back transaction (an import's dry run, a
    failed save) discards the work with it.
    """

    def __init__(self):
        self.ids = set()

    def __call__(self):
        ids, self.ids = self.ids, set()
        if ids:
            refresh_courses(ids)


def _pending(using) -> _Pending | None:
    connection = transaction.get_connection(using)
    for _savepoints, callback, _robust in connection.run_on_commit:
        if isinstance(callback, _Pending):
            return callback
    return None


def schedule(course_id, using=DEFAULT_DB_ALIAS) -> None:
    """Re-index a course when the current transaction commits (at once
    outside a transaction). Every writer gets this through the signals."""
    if not transaction.get_connection(using).in_atomic_block:
        refresh_courses([course_id])
        return
    pending = _pending(using)
    if pending is not None:
        pending.ids.add(course_id)
        return
    pending = _Pending()
    pending.ids.add(course_id)
    transaction.on_commit(pending, using=using)


def flush(using=DEFAULT_DB_ALIAS) -> None:
    """Re-index what the current transaction touched now, inside it, so the
    index commits (or rolls back) together with the data: an import is then
    all-or-nothing including its search text and facets."""
    pending = _pending(using)
    if pending is not None:
        pending()


def refresh_dates(today=None) -> int:
    """Move on courses whose stored next session has passed. Returns how many."""
    today = today or timezone.localdate()
    stale = Course.objects.filter(next_session_date__lt=today)
    return refresh_courses(stale.values_list("pk", flat=True), today)
