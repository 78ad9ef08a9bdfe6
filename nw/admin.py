from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.utils.translation import gettext_lazy as _


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
    list_filter = ["action_flag", "content_type", "user"]
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
