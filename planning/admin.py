"""The kijkwijzer, kept by site editors (Django permissions, as for the
taxonomies).

A published version is frozen: teachers' answers refer to its questions by
id, so its sections, questions and choices can be looked at but not changed
or deleted. Editors change the kijkwijzer by making a new draft from a
version, editing the draft and publishing it.

Response and CourseReflection are deliberately not registered, not even for
superusers: they hold what teachers wrote about themselves, their school
and their colleagues. Only the teacher (and whoever they share a link with)
sees them, on the site.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from catalogue.models import Course

from .models import (
    Choice,
    Means,
    Membership,
    Plan,
    Question,
    Questionnaire,
    QuestionnaireVersion,
    School,
    Section,
)


def change_link(obj, label=None):
    """A link to the object's change page (its view page when frozen)."""
    if obj is None or obj.pk is None:
        return "-"
    url = reverse(
        f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk]
    )
    return format_html('<a href="{}">{}</a>', url, label or obj)


# -- frozen versions: read-only --------------------------------------------------


class FrozenMixin:
    """Objects of a published version may be viewed, not changed or deleted."""

    def version_of(self, obj) -> QuestionnaireVersion | None:
        # Each admin below says where its object's version is: a subclass
        # that forgot would otherwise leave published versions editable.
        raise NotImplementedError

    def is_frozen(self, obj) -> bool:
        version = self.version_of(obj) if obj is not None else None
        return version is not None and version.is_frozen

    def has_change_permission(self, request, obj=None):
        if self.is_frozen(obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if self.is_frozen(obj):
            return False
        return super().has_delete_permission(request, obj)


class FrozenInlineMixin(FrozenMixin):
    """Inline rows follow their parent object: ``obj`` is the parent."""

    def has_add_permission(self, request, obj):
        if self.is_frozen(obj):
            return False
        return super().has_add_permission(request, obj)


# -- questionnaire -----------------------------------------------------------------


class VersionInline(admin.TabularInline):
    """The versions, to look at; they are made and published on their own
    pages."""

    model = QuestionnaireVersion
    fields = ["number", "status", "published_at", "link"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    @admin.display(description=_("version"))
    def link(self, version):
        return change_link(version, _("Open"))

    def has_add_permission(self, request, obj):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Questionnaire)
class QuestionnaireAdmin(admin.ModelAdmin):
    list_display = ["title", "slug"]
    inlines = [VersionInline]

    def get_readonly_fields(self, request, obj=None):
        # The site finds the kijkwijzer by its slug.
        return ["slug"] if obj else []

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj else {"slug": ["title"]}

    def has_delete_permission(self, request, obj=None):
        # Deleting it would take its published versions along.
        if obj is not None and obj.versions.published().exists():
            return False
        return super().has_delete_permission(request, obj)


# -- versions ----------------------------------------------------------------------


class SectionInline(FrozenInlineMixin, admin.TabularInline):
    model = Section
    fields = ["position", "title", "link"]
    readonly_fields = ["link"]
    extra = 0

    def version_of(self, version):
        return version

    @admin.display(description=_("questions"))
    def link(self, section):
        return change_link(section, _("Questions"))


@admin.register(QuestionnaireVersion)
class QuestionnaireVersionAdmin(FrozenMixin, admin.ModelAdmin):
    list_display = [
        "questionnaire",
        "number",
        "status",
        "published_at",
        "response_count",
    ]
    list_filter = ["questionnaire", "status"]
    list_select_related = ["questionnaire"]
    fields = [
        "questionnaire",
        "number",
        "status",
        "intro",
        "created_at",
        "published_at",
        "response_count",
    ]
    inlines = [SectionInline]
    actions = ["make_draft", "publish"]

    def version_of(self, version):
        return version

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(response_count=Count("responses", distinct=True))
        )

    def get_readonly_fields(self, request, obj=None):
        # Status and publication date change through the actions only, so
        # a version is never published without the check in publish().
        readonly = ["status", "created_at", "published_at", "response_count"]
        if obj is not None:
            readonly += ["questionnaire", "number"]
        return readonly

    @admin.display(description=_("filled in"), ordering="response_count")
    def response_count(self, version):
        return getattr(version, "response_count", 0)

    def has_delete_permission(self, request, obj=None):
        # Answers refer to the version's questions (and PROTECT it).
        if obj is not None and (
            getattr(obj, "response_count", None) or obj.responses.exists()
        ):
            return False
        return super().has_delete_permission(request, obj)

    @admin.action(
        description=_("Make a new draft from this version"), permissions=["add"]
    )
    def make_draft(self, request, queryset):
        for version in queryset.select_related("questionnaire"):
            with transaction.atomic():
                draft = version.new_draft()
            self.log_addition(request, draft, [{"added": {}}])
            self.message_user(
                request,
                format_html(
                    str(_("{draft} made from version {number}: {link}")),
                    draft=draft,
                    number=version.number,
                    link=change_link(draft, _("edit the draft")),
                ),
                messages.SUCCESS,
            )

    @admin.action(
        description=_("Publish the selected versions"), permissions=["change"]
    )
    def publish(self, request, queryset):
        published = 0
        for version in queryset.select_related("questionnaire"):
            if version.is_frozen:
                continue
            try:
                version.publish()
            except ValidationError as error:
                self.message_user(
                    request,
                    _("%(version)s was not published: %(reason)s")
                    % {"version": version, "reason": " ".join(error.messages)},
                    messages.ERROR,
                )
                continue
            self.log_change(request, version, [{"changed": {"fields": ["status"]}}])
            published += 1
        if published:
            self.message_user(
                request,
                ngettext(
                    "%(count)d version published.",
                    "%(count)d versions published.",
                    published,
                )
                % {"count": published},
                messages.SUCCESS,
            )


def draft_versions():
    return QuestionnaireVersion.objects.filter(
        status=QuestionnaireVersion.Status.DRAFT
    ).select_related("questionnaire")


# -- sections and questions --------------------------------------------------------


class QuestionForm(forms.ModelForm):
    """A question's key is unique within its version: answers are compared
    across versions by key."""

    def clean(self):
        cleaned = super().clean()
        key, section = cleaned.get("key"), cleaned.get("section")
        if key and section is not None and section.version_id:
            taken = (
                Question.objects.filter(section__version_id=section.version_id, key=key)
                .exclude(pk=self.instance.pk)
                .exists()
            )
            if taken:
                self.add_error(
                    "key", _("Another question of this version has this key.")
                )
        return cleaned


class QuestionFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            if not form.has_changed() and not form.instance.pk:
                continue
            if self.can_delete and self._should_delete_form(form):
                continue
            key = form.cleaned_data.get("key")
            if key in seen:
                raise ValidationError(
                    _(
                        "Each question of a version needs its own key: %(key)s is used twice."
                    )
                    % {"key": key}
                )
            if key:
                seen.add(key)


class QuestionInline(FrozenInlineMixin, admin.TabularInline):
    model = Question
    form = QuestionForm
    formset = QuestionFormSet
    fields = ["position", "key", "kind", "text", "required", "criterion", "link"]
    readonly_fields = ["link"]
    extra = 0

    def version_of(self, section):
        return section.version

    @admin.display(description=_("choices"))
    def link(self, question):
        return change_link(question, _("Details"))


@admin.register(Section)
class SectionAdmin(FrozenMixin, admin.ModelAdmin):
    list_display = ["title", "version", "position", "question_count"]
    list_filter = ["version"]
    list_select_related = ["version__questionnaire"]
    search_fields = ["title"]
    fields = ["version", "position", "title", "intro"]
    inlines = [QuestionInline]

    def version_of(self, section):
        return section.version

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("version__questionnaire")
            .annotate(question_count=Count("questions", distinct=True))
        )

    @admin.display(description=_("questions"), ordering="question_count")
    def question_count(self, section):
        return getattr(section, "question_count", 0)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # Sections are added to and moved between drafts only.
        if db_field.name == "version":
            kwargs["queryset"] = draft_versions()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class ChoiceForm(forms.ModelForm):
    formats = forms.MultipleChoiceField(
        label=_("formats"),
        choices=Course.Format.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Courses in one of these formats fit this choice."),
    )

    class Meta:
        model = Choice
        fields = [
            "label",
            "wish",
            "position",
            *Choice.LINKS,
            "formats",
            "online",
            "max_fee",
            "period",
        ]


class ChoiceInline(FrozenInlineMixin, admin.StackedInline):
    model = Choice
    form = ChoiceForm
    extra = 0
    fields = [
        ("label", "position"),
        "wish",
        "themes",
        "levels",
        "roles",
        "methods",
        "criteria",
        "provinces",
        "formats",
        ("online", "max_fee", "period"),
    ]
    autocomplete_fields = ["themes", "levels", "roles", "methods", "provinces"]
    filter_horizontal = ["criteria"]

    def version_of(self, question):
        return question.section.version


@admin.register(Question)
class QuestionAdmin(FrozenMixin, admin.ModelAdmin):
    form = QuestionForm
    list_display = ["text", "key", "kind", "required", "section", "version"]
    list_filter = ["section__version", "kind"]
    list_select_related = ["section__version__questionnaire", "criterion"]
    search_fields = ["text", "key"]
    fields = [
        "section",
        "position",
        "key",
        "kind",
        "text",
        "help_text",
        "required",
        "criterion",
    ]
    inlines = [ChoiceInline]

    def version_of(self, question):
        return question.section.version

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("section__version__questionnaire", "criterion")
        )

    @admin.display(description=_("version"), ordering="section__version__number")
    def version(self, question):
        return question.section.version

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # Questions are added to and moved between drafts' sections only.
        if db_field.name == "section":
            kwargs["queryset"] = Section.objects.filter(
                version__status=QuestionnaireVersion.Status.DRAFT
            ).select_related("version__questionnaire")
            field = super().formfield_for_foreignkey(db_field, request, **kwargs)
            field.label_from_instance = lambda section: (
                f"{section.version} › {section.title}"
            )
            return field
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


# -- schools ---------------------------------------------------------------------
# Editors create schools and can set their people and means; leaders manage
# both on the site. Invitations and shared kijkwijzers are not registered:
# who was invited and what a teacher shared are personal.


class MembershipInline(admin.TabularInline):
    model = Membership
    fields = ["user", "role"]
    autocomplete_fields = ["user"]
    extra = 0


class MeansForm(forms.ModelForm):
    class Meta:
        model = Means
        fields = ["year", "kind", "label", "amount"]
        help_texts = {"year": _("The year it starts: 2026 for 2026-2027.")}


class MeansInline(admin.TabularInline):
    model = Means
    form = MeansForm
    extra = 0


@admin.register(School)
class SchoolAdmin(admin.ModelAdmin):
    list_display = ["name", "institution_number", "has_local_committee"]
    list_filter = ["has_local_committee"]
    search_fields = ["name", "institution_number"]
    fields = ["name", "institution_number", "education_levels", "has_local_committee"]
    autocomplete_fields = ["education_levels"]
    inlines = [MembershipInline, MeansInline]


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    """Plans are read here, never changed: the site applies the rules of who
    may edit, submit and approve (planning.workflow), and an approved plan is
    frozen. Editors can see a plan to help a school."""

    list_display = ["school", "year", "version", "status", "updated_at"]
    list_filter = ["status", "year"]
    list_select_related = ["school"]
    search_fields = ["school__name", "school__institution_number"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
