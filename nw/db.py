"""Database helpers shared by the apps."""

from django.db import migrations
from django.db.models.lookups import In


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


class IntegerIn(In):
    """``__in`` on an integer column, leaving out numbers the column cannot
    hold, as Django's own ``exact`` lookup does. Without it a made-up id of
    forty digits in a multiple-choice field (``pk__in``) raised OverflowError
    on SQLite: a 500 where the form should say "not one of the choices"."""

    def process_rhs(self, compiler, connection):
        output_field = getattr(self.lhs, "output_field", None)
        if self.rhs_is_direct_value() and output_field is not None:
            low, high = connection.ops.integer_field_range(
                output_field.get_internal_type()
            )
            self.rhs = [
                value
                for value in self.rhs
                if not isinstance(value, int)
                or ((low is None or value >= low) and (high is None or value <= high))
            ]
        return super().process_rhs(compiler, connection)
