from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .forms import CourseAdminForm, ProgrammeItemForm
from .index import indexing_deferred
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


@admin.register(Trainer)
class TrainerAdmin(admin.ModelAdmin):
    list_display = ["name", "provider"]
    list_filter = ["provider"]
    search_fields = ["name"]


class SessionInline(admin.TabularInline):
    model = Session
    extra = 0
    fields = [
        "edition",
        "date",
        "start_time",
        "end_time",
        "is_online",
        "venue_name",
        "room",
        "street",
        "postcode",
        "municipality",
        "province",
    ]


class ProgrammeInline(admin.StackedInline):
    model = ProgrammeItem
    form = ProgrammeItemForm
    extra = 0


class CriterionInline(admin.TabularInline):
    model = CourseCriterion
    extra = 0
    max_num = 20


@admin.register(Course)
class CourseAdmin(admin.ModelAdmin):
    form = CourseAdminForm
    list_display = [
        "title",
        "provider",
        "code",
        "status",
        "next_session_date",
        "updated_at",
    ]
    list_filter = ["status", "format", "themes", "provider"]
    search_fields = ["title", "code", "summary"]
    date_hierarchy = "next_session_date"
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["education_levels", "roles", "themes", "methods", "trainers"]
    inlines = [SessionInline, ProgrammeInline, CriterionInline]
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

    # One save touches the course, its inlines and its many-to-manys: index
    # the course once at the end rather than once per row.
    def changeform_view(self, *args, **kwargs):
        with indexing_deferred():
            return super().changeform_view(*args, **kwargs)

    def delete_view(self, *args, **kwargs):
        with indexing_deferred():
            return super().delete_view(*args, **kwargs)
