from django.contrib import admin, messages
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportMixin

from providers.access import is_editor, managed_providers
from providers.scoping import ProviderScopedAdmin, ScopedInlineMixin

from .forms import CourseAdminForm, ProgrammeItemForm
from .models import (
    Course,
    CourseCriterion,
    Criterion,
    EducationLevel,
    Method,
    ProgrammeItem,
    Province,
    Session,
    TargetRole,
    Theme,
    Trainer,
)
from .resources import CourseResource, SessionResource

# -- taxonomies: site editors only (Django permissions) ----------------------


@admin.register(EducationLevel, Theme)
class TreeTermAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "position"]
    list_filter = ["parent"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(TargetRole, Method, Province)
class TermAdmin(admin.ModelAdmin):
    list_display = ["name", "position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Criterion)
class CriterionAdmin(admin.ModelAdmin):
    list_display = ["label", "group", "position"]
    list_filter = ["group"]


# -- provider-owned data: scoped to the provider staff act for ---------------


class ImportExportScopedAdmin(ImportExportMixin, ProviderScopedAdmin):
    """Spreadsheet import and export, for whoever may add to this admin."""

    def get_resource_kwargs(self, request, *args, **kwargs):
        return {"user": request.user}

    def get_import_data_kwargs(self, request=None, **kwargs):
        kwargs = super().get_import_data_kwargs(**kwargs)
        # Also on the confirm step: one invalid row writes nothing.
        kwargs["rollback_on_validation_errors"] = True
        return kwargs

    def has_import_permission(self, request):
        return self.has_add_permission(request)

    def process_result(self, result, request):
        # The confirm step re-checks the file; if it no longer passes (the
        # data changed since the preview), everything was rolled back and
        # there is nothing to report as imported or to log.
        if result.has_errors() or result.has_validation_errors():
            messages.error(
                request,
                _(
                    "Nothing was imported: the file no longer passes the checks. "
                    "Upload it again to see which rows are refused."
                ),
            )
            return redirect(
                f"admin:{self.opts.app_label}_{self.opts.model_name}_import"
            )
        return super().process_result(result, request)

    def has_export_permission(self, request):
        return self.has_view_permission(request)

    def get_valid_export_item_pks(self, request):
        # The library's default offers every id in the table.
        return self.get_queryset(request).values_list("pk", flat=True)


@admin.register(Trainer)
class TrainerAdmin(ProviderScopedAdmin):
    list_display = ["name", "provider"]
    list_filter = [("provider", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name"]


class SessionInline(ScopedInlineMixin, admin.TabularInline):
    model = Session
    extra = 0
    # The province follows from a Belgian postcode; it is there for the rest.
    fields = [*Session.FILLED_IN, "province"]


class ProgrammeInline(ScopedInlineMixin, admin.StackedInline):
    model = ProgrammeItem
    form = ProgrammeItemForm
    extra = 0


class CriterionInline(ScopedInlineMixin, admin.TabularInline):
    model = CourseCriterion
    extra = 0
    max_num = 20


@admin.register(Course)
class CourseAdmin(ImportExportScopedAdmin):
    form = CourseAdminForm
    resource_classes = [CourseResource]
    list_display = [
        "title",
        "provider",
        "code",
        "status",
        "next_session_date",
        "updated_at",
    ]
    list_filter = [
        "status",
        "format",
        ("next_session_date", admin.DateFieldListFilter),
        "themes",
        ("provider", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["provider"]
    search_fields = ["title", "code", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["education_levels", "roles", "themes", "methods"]
    autocomplete_fields = ["trainers"]
    inlines = [SessionInline, ProgrammeInline, CriterionInline]
    actions = ["publish", "unpublish", "duplicate"]
    fieldsets = [
        (None, {"fields": ["provider", "title", "slug", "code", "status", "language"]}),
        (_("Content"), {"fields": ["summary", "description", "goals"]}),
        (
            _("Audience and themes"),
            {
                "fields": [
                    "education_levels",
                    "roles",
                    "audience_note",
                    "themes",
                    "methods",
                    "trainers",
                ]
            },
        ),
        (
            _("Practical"),
            {
                "fields": [
                    "format",
                    "duration_days",
                    "duration_hours",
                    "fee",
                    "fee_includes",
                    "fee_note",
                    "what_to_bring",
                    "registration_url",
                ]
            },
        ),
        (_("Contact"), {"fields": ["contact_name", "contact_phone", "contact_email"]}),
    ]

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        providers = list(managed_providers(request.user)[:2])
        if len(providers) == 1 and not is_editor(request.user):
            initial.setdefault("provider", providers[0].pk)
        return initial

    @transaction.atomic
    def _set_status(self, request, queryset, status, message):
        count = 0
        for course in queryset.exclude(status=status):
            course.status = status
            course.save()
            count += 1
        self.message_user(request, message(count) % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Publish the selected courses"))
    def publish(self, request, queryset):
        self._set_status(
            request,
            queryset,
            Course.Status.PUBLISHED,
            lambda n: ngettext(
                "%(count)d course published.", "%(count)d courses published.", n
            ),
        )

    @admin.action(description=_("Unpublish the selected courses (back to draft)"))
    def unpublish(self, request, queryset):
        self._set_status(
            request,
            queryset.filter(status=Course.Status.PUBLISHED),
            Course.Status.DRAFT,
            lambda n: ngettext(
                "%(count)d course taken offline.", "%(count)d courses taken offline.", n
            ),
        )

    @admin.action(description=_("Duplicate as a new edition (draft, without sessions)"))
    def duplicate(self, request, queryset):
        with transaction.atomic():
            copies = [course.duplicate() for course in queryset]
        for copy in copies:
            self.log_addition(request, copy, [{"added": {}}])
        self.message_user(
            request,
            ngettext(
                "%(count)d draft copy made: add its sessions and publish it.",
                "%(count)d draft copies made: add their sessions and publish them.",
                len(copies),
            )
            % {"count": len(copies)},
            messages.SUCCESS,
        )


@admin.register(Session)
class SessionAdmin(ImportExportScopedAdmin):
    """Sessions are edited inline on their course; this list is for finding
    them across courses and for spreadsheet import and export."""

    provider_path = "course__provider"
    resource_classes = [SessionResource]
    list_display = ["course", "edition", "date", "start_time", "end_time", "place"]
    list_filter = [("date", admin.DateFieldListFilter), "is_online", "province"]
    list_select_related = ["course", "course__provider"]
    search_fields = ["course__title", "course__code", "municipality", "venue_name"]
    date_hierarchy = "date"
    autocomplete_fields = ["course"]
