from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ProvidersConfig(AppConfig):
    name = "providers"
    verbose_name = _("Providers")

    def ready(self):
        from .access import ensure_editor_group

        # Not limited to this app: the permissions of apps listed after it
        # (admin's log entries) only exist once their post_migrate has run.
        post_migrate.connect(ensure_editor_group, dispatch_uid="ensure_editor_group")
