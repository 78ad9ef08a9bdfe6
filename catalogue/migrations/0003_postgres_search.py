from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

from nw.db import PostgresOnlySQL


class Migration(migrations.Migration):
    """PostgreSQL search: Dutch stemming after unaccent, a GIN index on the
    stored vector and a trigram index for typo-tolerant title matches.
    Nothing here runs on SQLite, whose search needs none of it."""

    dependencies = [("catalogue", "0002_initial")]

    operations = [
        UnaccentExtension(),
        TrigramExtension(),
        PostgresOnlySQL(
            sql=[
                "CREATE TEXT SEARCH CONFIGURATION nw_dutch (COPY = pg_catalog.dutch)",
                "ALTER TEXT SEARCH CONFIGURATION nw_dutch ALTER MAPPING FOR "
                "hword, hword_part, word WITH unaccent, dutch_stem",
            ],
            reverse_sql=["DROP TEXT SEARCH CONFIGURATION nw_dutch"],
        ),
        PostgresOnlySQL(
            sql="CREATE INDEX course_search_vector_idx ON catalogue_course "
            "USING gin (search_vector)",
            reverse_sql="DROP INDEX course_search_vector_idx",
        ),
        PostgresOnlySQL(
            sql="CREATE INDEX course_title_trgm_idx ON catalogue_course "
            "USING gin (title gin_trgm_ops)",
            reverse_sql="DROP INDEX course_title_trgm_idx",
        ),
    ]
