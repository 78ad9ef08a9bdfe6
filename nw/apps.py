from django.apps import AppConfig


class NwConfig(AppConfig):
    """The project package doubles as an app for its template tags."""

    name = "nw"
    default = True
