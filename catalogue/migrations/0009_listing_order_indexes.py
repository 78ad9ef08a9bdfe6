from django.db import migrations

from nw.db import PostgresOnlySQL


class Migration(migrations.Migration):
    """Indexes in the list's default order ("first coming session") and for
    "newest", over published courses: page one reads 20 index entries instead
    of sorting every match. PostgreSQL only: SQLite has no NULLS LAST in an
    index (and the embedded catalogue is small)."""

    dependencies = [("catalogue", "0008_catalogue_version")]

    operations = [
        PostgresOnlySQL(
            """
            CREATE INDEX course_date_order_idx ON catalogue_course (
                next_session_date ASC NULLS LAST,
                last_session_date DESC NULLS LAST,
                title, id
            ) WHERE status = 'published'
            """,
            "DROP INDEX course_date_order_idx",
        ),
        PostgresOnlySQL(
            """
            CREATE INDEX course_newest_order_idx ON catalogue_course (
                published_at DESC NULLS LAST, id DESC
            ) WHERE status = 'published'
            """,
            "DROP INDEX course_newest_order_idx",
        ),
    ]
