from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class NwConfig(AppConfig):
    """The project package doubles as an app for its template tags."""

    name = "nw"
    default = True

    def ready(self):
        from django.db.models import IntegerField

        from .db import IntegerIn

        IntegerField.register_lookup(IntegerIn)


class AdminConfig(admin_apps.AdminConfig):
    """Django's admin, with our site (scoped "view on site", Dutch titles)."""

    default = False
    default_site = "nw.admin_site.SiteAdmin"
