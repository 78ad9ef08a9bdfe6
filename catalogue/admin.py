from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from import_export.admin import ImportExportMixin
from import_export.formats import base_formats
from import_export.forms import SelectableFieldsExportForm
from import_export.results import RowResult

from nw.text import typed_data
from providers.access import is_editor, managed_providers
from providers.scoping import ProviderScopedAdmin, ScopedInlineMixin

from . import index
from .forms import CourseAdminForm, ProgrammeItemForm
from .models import Course, CourseCriterion, ProgrammeItem, Session, Trainer
from .resources import (
    BadPreview,
    CourseResource,
    SessionResource,
    UnreadableFile,
    load_preview,
    preview_storage,
    read_spreadsheet,
    save_preview,
)

# -- provider-owned data: scoped to the provider staff act for ---------------


class XmlSafeFormMixin:
    """Drops the characters XML forbids (nw.text) from everything typed
    into a form, before it is validated or stored: one pasted vertical tab
    would otherwise break every XLSX export of the course. Line endings
    become newlines, which an XLSX export keeps."""

    def full_clean(self):
        if self.is_bound:
            self.data = typed_data(self.data)
        super().full_clean()


class XmlSafeModelForm(XmlSafeFormMixin, forms.ModelForm):
    pass


class XmlSafeCourseForm(XmlSafeFormMixin, CourseAdminForm):
    pass


class XmlSafeProgrammeItemForm(XmlSafeFormMixin, ProgrammeItemForm):
    pass


class SpreadsheetImportForm(forms.Form):
    import_file = forms.FileField(
        label=_("Spreadsheet (CSV or XLSX)"),
        help_text=_(
            "The first row names the columns. Nothing is saved until you "
            "confirm the preview."
        ),
    )


class ColumnsExportForm(SelectableFieldsExportForm):
    """The export form, with each field labelled by its spreadsheet column."""

    def _get_field_label(self, resource, field_name):
        field = resource.fields.get(field_name)
        return field.column_name if field else field_name


class ImportExportScopedAdmin(ImportExportMixin, ProviderScopedAdmin):
    """Spreadsheet import and export, for whoever may add to this admin.

    The library's import views are replaced: ours read any file provider
    staff produce (``read_spreadsheet``), explain every refusal in a
    sentence, bind the confirmation to the preview with a signed token, and
    write the import, its log entries and its search index in one
    transaction.
    """

    formats = [base_formats.CSV, base_formats.XLSX]
    export_form_class = ColumnsExportForm
    # Excel opens a UTF-8 CSV as Windows-1252 unless it starts with a BOM.
    to_encoding = "utf-8-sig"
    import_template_name = "admin/import_export/import.html"

    def get_resource_kwargs(self, request, *args, **kwargs):
        return {"user": request.user}

    def has_import_permission(self, request):
        return self.has_add_permission(request)

    def has_export_permission(self, request):
        return self.has_view_permission(request)

    def get_valid_export_item_pks(self, request):
        # The library's default offers every id in the table.
        return self.get_queryset(request).values_list("pk", flat=True)

    def get_export_filename(self, request, queryset, file_format):
        name = slugify(str(self.opts.verbose_name_plural))
        day = timezone.localdate().isoformat()
        return f"{name}-{day}.{file_format.get_extension()}"

    def import_resource(self, request):
        resource_class = self.get_import_resource_classes(request)[0]
        return resource_class(**self.get_import_resource_kwargs(request))

    def import_render(self, request, context, status=200):
        resource = context.get("resource") or self.import_resource(request)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Import %(things)s") % {"things": self.opts.verbose_name_plural},
            "opts": self.opts,
            "columns": resource.columns(),
            "max_rows": settings.IMPORT_MAX_ROWS,
            **context,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(
            request, self.import_template_name, context, status=status
        )

    def import_action(self, request, **kwargs):
        """Upload a file and see what importing it would do (a dry run)."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        form = SpreadsheetImportForm(request.POST or None, request.FILES or None)
        if request.method != "POST":
            return self.import_render(request, {"form": form})
        if not form.is_valid():
            return self.import_render(request, {"form": form}, status=400)
        upload = form.cleaned_data["import_file"]
        resource = self.import_resource(request)
        try:
            if upload.size > settings.IMPORT_MAX_FILE_SIZE:
                raise UnreadableFile(
                    _(
                        "The file is larger than %(size)s MB. Split it into "
                        "several files and import them one by one."
                    )
                    % {"size": settings.IMPORT_MAX_FILE_SIZE // (1024 * 1024)}
                )
            content = upload.read()
            sheet = read_spreadsheet(content, upload.name)
            resource.check_columns(sheet.headers)
        except UnreadableFile as error:
            form.add_error("import_file", str(error))
            return self.import_render(request, {"form": form}, status=400)

        result = resource.import_data(
            sheet,
            dry_run=True,
            raise_errors=False,
            use_transactions=True,
            user=request.user,
            file_name=upload.name,
        )
        context = {
            "form": SpreadsheetImportForm(),
            "resource": resource,
            "result": result,
            "file_name": upload.name,
            "problems": resource.problems(result, sheet.headers),
        }
        if not context["problems"]:
            context["token"] = save_preview(
                content, upload.name, request.user, self.opts.label
            )
        return self.import_render(request, context)

    @method_decorator(require_POST)
    def process_import(self, request, **kwargs):
        """Import a previewed file: all of it, with its index, or nothing."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        try:
            content, file_name, stored = load_preview(
                request.POST.get("token", ""), request.user, self.opts.label
            )
        except BadPreview:
            return self.import_render(
                request,
                {
                    "form": SpreadsheetImportForm(),
                    "bad_preview": True,
                },
                status=400,
            )
        resource = self.import_resource(request)
        try:
            sheet = read_spreadsheet(content, file_name)
            resource.check_columns(sheet.headers)
        except UnreadableFile:
            result = None  # the limits changed since the preview
        else:
            with transaction.atomic():
                result = resource.import_data(
                    sheet,
                    dry_run=False,
                    raise_errors=False,
                    use_transactions=True,
                    rollback_on_validation_errors=True,
                    retain_instance_in_row_result=True,
                    user=request.user,
                    file_name=file_name,
                )
                if result.has_errors() or result.has_validation_errors():
                    transaction.set_rollback(True)
                    result = None
                else:
                    self.log_import(request, result, file_name)
                    # Index inside the transaction: a worker killed now
                    # leaves nothing half-imported.
                    index.flush()
        if result is None:
            # The data changed since the preview (another provider took a
            # code, a theme was removed): nothing was written.
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
        preview_storage().delete(stored)
        totals = result.totals
        messages.success(
            request,
            _(
                "Import done: %(new)s new, %(changed)s changed, %(same)s "
                "unchanged %(things)s."
            )
            % {
                "new": totals[RowResult.IMPORT_TYPE_NEW],
                "changed": totals[RowResult.IMPORT_TYPE_UPDATE],
                "same": totals[RowResult.IMPORT_TYPE_SKIP],
                "things": self.opts.verbose_name_plural,
            },
        )
        return redirect(
            f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist"
        )

    def log_import(self, request, result, file_name):
        message = _("Imported from %(file)s.") % {"file": file_name}
        for import_type, flag in (
            (RowResult.IMPORT_TYPE_NEW, ADDITION),
            (RowResult.IMPORT_TYPE_UPDATE, CHANGE),
        ):
            instances = [r.instance for r in result if r.import_type == import_type]
            if instances:
                LogEntry.objects.log_actions(
                    request.user.pk, instances, flag, change_message=message
                )


@admin.register(Trainer)
class TrainerAdmin(ProviderScopedAdmin):
    list_display = ["name", "provider"]
    list_filter = [("provider", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name"]


# Stacked, not tabular: each field keeps its label (a table of sessions was
# 2,600 px wide, with unlabelled fields for assistive technology).
class SessionInline(ScopedInlineMixin, admin.StackedInline):
    model = Session
    form = XmlSafeModelForm
    extra = 0
    # The province follows from a Belgian postcode; it is there for the rest.
    fields = [*Session.FILLED_IN, "province"]


class ProgrammeInline(ScopedInlineMixin, admin.StackedInline):
    model = ProgrammeItem
    form = XmlSafeProgrammeItemForm
    extra = 0


class CriterionInline(ScopedInlineMixin, admin.StackedInline):
    model = CourseCriterion
    extra = 0
    max_num = 20


@admin.register(Course)
class CourseAdmin(ImportExportScopedAdmin):
    form = XmlSafeCourseForm
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
        (
            None,
            {
                "fields": [
                    "provider",
                    "title",
                    "slug",
                    "code",
                    "status",
                    "language",
                    "loaded_version",
                ]
            },
        ),
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
    form = XmlSafeModelForm
    resource_classes = [SessionResource]
    list_display = ["course", "edition", "date", "start_time", "end_time", "place"]
    list_filter = [("date", admin.DateFieldListFilter), "is_online", "province"]
    list_select_related = ["course", "course__provider"]
    search_fields = ["course__title", "course__code", "municipality", "venue_name"]
    date_hierarchy = "date"
    autocomplete_fields = ["course"]
