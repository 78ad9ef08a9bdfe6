"""Catalogue work that should not run inside a request."""

from django_tasks import task

from . import index


@task()
def reindex_courses(course_ids: list[int]) -> int:
    """Rebuild the search text and facet keys of many courses at once, e.g.
    after a provider with hundreds of courses was renamed."""
    return index.refresh_courses(course_ids)


@task()
def refresh_catalogue() -> int:
    """Move "first coming session" on; enqueued daily by refresh_catalogue."""
    return index.refresh_dates()
