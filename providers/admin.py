from django.contrib import admin

from .access import is_editor
from .models import Campus, Complaint, Provider, ProviderMembership
from .scoping import ProviderScopedAdmin, ScopedInlineMixin


class CampusInline(ScopedInlineMixin, admin.TabularInline):
    model = Campus
    extra = 0

    def parent_provider_id(self, obj):
        return obj.pk


class MembershipInline(admin.TabularInline):
    model = ProviderMembership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Provider)
class ProviderAdmin(ProviderScopedAdmin):
    provider_path = ""
    staff_can_add = False
    staff_can_delete = False
    list_display = ["name", "kind", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["methods"]

    def get_inlines(self, request, obj):
        # Only editors decide who acts for a provider.
        if is_editor(request.user):
            return [CampusInline, MembershipInline]
        return [CampusInline]

    def get_readonly_fields(self, request, obj=None):
        if is_editor(request.user):
            return []
        return ["slug", "kind", "is_active"]

    def get_prepopulated_fields(self, request, obj=None):
        return self.prepopulated_fields if is_editor(request.user) else {}


@admin.register(Complaint)
class ComplaintAdmin(ProviderScopedAdmin):
    """Editors triage reports; provider staff read those about their own
    courses and profile, without the reporter's address or our notes."""

    staff_can_add = False
    staff_can_delete = False
    list_display = ["created_at", "reason", "course", "provider", "status"]
    list_filter = ["status", "reason", ("provider", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["course", "provider"]
    search_fields = ["description", "course__title", "provider__name"]
    date_hierarchy = "created_at"

    # What provider staff may not see, they may not filter on either: a
    # ?email__startswith= guess would otherwise reveal the reporter.
    hidden_from_staff = ("email", "internal_notes", "client_hash")

    def lookup_allowed(self, lookup, value, request):
        if (
            not is_editor(request.user)
            and lookup.split("__")[0] in self.hidden_from_staff
        ):
            return False
        return super().lookup_allowed(lookup, value, request)

    def get_fields(self, request, obj=None):
        fields = ["created_at", "provider", "course", "reason", "description", "status"]
        if is_editor(request.user):
            fields += ["email", "internal_notes"]
        return fields

    def get_readonly_fields(self, request, obj=None):
        if is_editor(request.user):
            return [
                "created_at",
                "provider",
                "course",
                "reason",
                "description",
                "email",
            ]
        return self.get_fields(request, obj)

    def has_add_permission(self, request, *args):
        # Complaints come in through the public form only.
        return False

    def has_change_permission(self, request, obj=None):
        if is_editor(request.user):
            return super().has_change_permission(request, obj)
        return False
