"""Database helpers shared by the apps."""

from django.db import migrations


class PostgresOnlySQL(migrations.RunSQL):
    """RunSQL that only runs on PostgreSQL.

    Full-text configurations and GIN/trigram indexes exist only there; on
    SQLite the simpler search path needs none of them.
    """

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


def is_postgres(using="default") -> bool:
    from django.db import connections

    return connections[using].vendor == "postgresql"
