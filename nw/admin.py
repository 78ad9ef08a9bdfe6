from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _


class LoggedUserFilter(admin.RelatedFieldListFilter):
    """The people who made changes, limited to the accounts the reader may
    see in the user admin: an editor must not find a superuser's address
    here when the user admin hides that account from them."""

    def field_choices(self, field, request, model_admin):
        User = get_user_model()
        user_admin = model_admin.admin_site._registry.get(User)
        if user_admin is None:
            return []
        authors = model_admin.get_queryset(request).values("user")
        users = user_admin.get_queryset(request).filter(pk__in=authors)
        return [(user.pk, str(user)) for user in users]


@admin.register(LogEntry)
class LogEntryAdmin(admin.ModelAdmin):
    """Who changed what, when: every admin change and import, for editors."""

    list_display = [
        "action_time",
        "user",
        "content_type",
        "object_repr",
        "action",
        "message",
    ]
    list_filter = ["action_flag", "content_type", ("user", LoggedUserFilter)]
    search_fields = ["object_repr", "change_message", "user__email"]
    date_hierarchy = "action_time"
    list_select_related = ["user", "content_type"]

    @admin.display(description=_("action"))
    def action(self, entry):
        return entry.get_action_flag_display()

    @admin.display(description=_("what changed"))
    def message(self, entry):
        return entry.get_change_message()

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
