"""Spreadsheet import and export of courses and sessions (CSV, XLSX).

Columns have Dutch names: the files are made and read by provider staff.
Every row is checked before anything is written; one bad row and the whole
file is refused. Courses are matched on their course code, sessions on
course, date and start time, so importing the same file twice changes
nothing. Staff import only for the providers they act for.
"""

from __future__ import annotations

import datetime as dt
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

from providers.access import managed_providers
from providers.models import Provider

from .models import Course, EducationLevel, Method, Session, TargetRole, Theme
from .search import normalise

SPLIT = re.compile(r"\s*[;,\n]\s*")


class TermsWidget(widgets.ManyToManyWidget):
    """Taxonomy terms by slug or by name, separated by commas or semicolons."""

    def __init__(self, model, label):
        super().__init__(model, field="slug")
        self.label = label

    def clean(self, value, row=None, **kwargs):
        if not value:
            return []
        terms = list(self.model.objects.all())
        lookup = {t.slug: t for t in terms} | {normalise(t.name): t for t in terms}
        found, unknown = [], []
        for item in SPLIT.split(str(value).strip()):
            if not item:
                continue
            term = lookup.get(item.strip().lower()) or lookup.get(normalise(item))
            (found if term else unknown).append(term or item)
        if unknown:
            raise ValueError(
                _("Unknown %(label)s: %(values)s.")
                % {"label": self.label, "values": ", ".join(unknown)}
            )
        return found

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return ", ".join(term.name for term in value.all())


class ChoiceWidget(widgets.Widget):
    """A choice by its key or its Dutch label, in any case."""

    def __init__(self, choices, label):
        self.choices = list(choices)
        self.label = label

    def clean(self, value, row=None, **kwargs):
        if value in (None, ""):
            return None
        wanted = normalise(str(value))
        for key, text in self.choices:
            if wanted in (normalise(key), normalise(str(text))):
                return key
        raise ValueError(
            _("“%(value)s” is not a valid %(label)s; choose from: %(choices)s.")
            % {
                "value": value,
                "label": self.label,
                "choices": ", ".join(str(text) for _key, text in self.choices),
            }
        )

    def render(self, value, obj=None, **kwargs):
        return str(dict(self.choices).get(value, value or ""))


class ListWidget(widgets.Widget):
    """A list of short texts: one per line, or separated by semicolons."""

    def __init__(self, choices=None, label=""):
        self.choices = choices
        self.label = label

    def clean(self, value, row=None, **kwargs):
        if not value:
            return []
        items = [i.strip(" •-*") for i in re.split(r"\s*[;\n]\s*", str(value))]
        items = [i for i in items if i]
        if self.choices is not None:
            widget = ChoiceWidget(self.choices, self.label)
            return [widget.clean(item) for item in SPLIT.split(";".join(items)) if item]
        return items

    def render(self, value, obj=None, **kwargs):
        if self.choices is not None:
            labels = dict(self.choices)
            return ", ".join(str(labels.get(v, v)) for v in value or [])
        return "\n".join(value or [])


class DateWidget(widgets.Widget):
    FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        for fmt in self.FORMATS:
            try:
                return dt.datetime.strptime(str(value).strip(), fmt).date()
            except ValueError:
                continue
        raise ValueError(
            _("“%(value)s” is not a date; write it as 2027-03-13 or 13/03/2027.")
            % {"value": value}
        )

    def render(self, value, obj=None, **kwargs):
        return value.isoformat() if value else ""


class TimeWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        if isinstance(value, dt.time):
            return value
        if isinstance(value, dt.datetime):
            return value.time()
        match = re.fullmatch(
            r"(\d{1,2})[:hu.](\d{2})(?::\d{2})?u?", str(value or "").strip()
        )
        if match and int(match[1]) < 24 and int(match[2]) < 60:
            return dt.time(int(match[1]), int(match[2]))
        raise ValueError(
            _("“%(value)s” is not a time; write it as 09:15.") % {"value": value}
        )

    def render(self, value, obj=None, **kwargs):
        return value.strftime("%H:%M") if value else ""


def text(attribute, column):
    """A text column; an empty cell (None in XLSX) is an empty text."""
    return fields.Field(
        attribute=attribute,
        column_name=column,
        widget=widgets.CharWidget(allow_blank=True),
    )


class YesNoWidget(widgets.Widget):
    YES = {"1", "ja", "j", "yes", "y", "true", "waar", "x"}
    NO = {"", "0", "nee", "n", "no", "false", "onwaar"}

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            return value
        word = str(value if value is not None else "").strip().lower()
        if word in self.YES:
            return True
        if word in self.NO:
            return False
        raise ValueError(
            _("“%(value)s” is not yes or no; write ja or nee.") % {"value": value}
        )

    def render(self, value, obj=None, **kwargs):
        return _("yes") if value else _("no")


class ScopedResource(resources.ModelResource):
    """Knows who imports, and runs the import with indexing deferred."""

    provider_column = "aanbieder"

    def __init__(self, user=None, **kwargs):
        super().__init__(**kwargs)
        self.user = user
        self.providers = {p.slug: p for p in managed_providers(user)} if user else {}

    def row_provider(self, row) -> Provider:
        slug = str(row.get(self.provider_column) or "").strip()
        if not slug:
            if len(self.providers) == 1:
                return next(iter(self.providers.values()))
            raise ValidationError(
                {
                    "provider": _(
                        "Fill in the column “aanbieder” with the provider's slug."
                    )
                }
            )
        provider = self.providers.get(slug)
        if provider is None:
            raise ValidationError(
                {
                    "provider": _("You cannot import for the provider “%(slug)s”.")
                    % {"slug": slug}
                }
            )
        return provider


class CourseResource(ScopedResource):
    provider = fields.Field(
        attribute="provider",
        column_name="aanbieder",
        widget=widgets.ForeignKeyWidget(Provider, "slug"),
        readonly=True,
    )
    code = text("code", "code")
    title = text("title", "titel")
    summary = text("summary", "samenvatting")
    description = text("description", "beschrijving")
    format = fields.Field(
        attribute="format",
        column_name="vorm",
        widget=ChoiceWidget(Course.Format.choices, "vorm"),
    )
    education_levels = fields.Field(
        attribute="education_levels",
        column_name="onderwijsniveaus",
        widget=TermsWidget(EducationLevel, "onderwijsniveau"),
    )
    themes = fields.Field(
        attribute="themes", column_name="themas", widget=TermsWidget(Theme, "thema")
    )
    roles = fields.Field(
        attribute="roles",
        column_name="doelgroepen",
        widget=TermsWidget(TargetRole, "doelgroep"),
    )
    methods = fields.Field(
        attribute="methods",
        column_name="werkvormen",
        widget=TermsWidget(Method, "werkvorm"),
    )
    audience_note = text("audience_note", "doelgroep_toelichting")
    goals = fields.Field(
        attribute="goals", column_name="doelstellingen", widget=ListWidget()
    )
    duration_days = fields.Field(
        attribute="duration_days", column_name="dagen", widget=widgets.IntegerWidget()
    )
    duration_hours = fields.Field(
        attribute="duration_hours", column_name="uren", widget=widgets.DecimalWidget()
    )
    fee = fields.Field(
        attribute="fee", column_name="bijdrage", widget=widgets.DecimalWidget()
    )
    fee_includes = fields.Field(
        attribute="fee_includes",
        column_name="inbegrepen",
        widget=ListWidget(Course.Inclusion.choices, "inbegrepen"),
    )
    fee_note = text("fee_note", "opmerking_bijdrage")
    what_to_bring = text("what_to_bring", "mee_te_brengen")
    contact_name = text("contact_name", "contactpersoon")
    contact_phone = text("contact_phone", "telefoon")
    contact_email = text("contact_email", "email")
    registration_url = text("registration_url", "inschrijven")
    language = fields.Field(
        attribute="language",
        column_name="taal",
        widget=ChoiceWidget(Course.Language.choices, "taal"),
        saves_null_values=False,
    )
    status = fields.Field(
        attribute="status",
        column_name="status",
        widget=ChoiceWidget(Course.Status.choices, "status"),
        saves_null_values=False,
    )

    class Meta:
        model = Course
        import_id_fields = ["code"]
        fields = [
            "provider",
            "code",
            "title",
            "summary",
            "description",
            "format",
            "education_levels",
            "themes",
            "roles",
            "methods",
            "audience_note",
            "goals",
            "duration_days",
            "duration_hours",
            "fee",
            "fee_includes",
            "fee_note",
            "what_to_bring",
            "contact_name",
            "contact_phone",
            "contact_email",
            "registration_url",
            "language",
            "status",
        ]
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True

    def get_instance(self, instance_loader, row):
        provider = self.row_provider(row)
        code = str(row.get("code") or "").strip()
        if not code:
            raise ValidationError(
                {
                    "code": _(
                        "The course code is required: it finds the course again on the next import."
                    )
                }
            )
        courses = list(Course.objects.filter(code=code).select_related("provider"))
        for course in courses:
            if course.provider_id == provider.pk:
                return course
        if any(c.provider.slug not in self.providers for c in courses):
            raise ValidationError(
                {
                    "code": _(
                        "The course code %(code)s belongs to a course of another provider."
                    )
                    % {"code": code}
                }
            )
        return None

    def init_instance(self, row=None):
        provider = self.row_provider(row)
        title = str(row.get("titel") or "").strip() or str(row.get("code"))
        return Course(
            provider=provider,
            slug=Course.unique_slug(title),
            status=Course.Status.DRAFT,
        )

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        # Many-to-many values are only saved after the course; check them
        # now, so an unknown theme refuses the row instead of failing later.
        for field in self.get_import_fields():
            if (
                isinstance(field.widget, widgets.ManyToManyWidget)
                and field.column_name in row
            ):
                try:
                    field.clean(row)
                except ValueError as error:
                    errors[field.attribute] = [str(error)]
        if errors:
            raise ValidationError(errors)


class SessionResource(ScopedResource):
    provider = fields.Field(column_name="aanbieder", readonly=True)
    course = fields.Field(
        attribute="course",
        column_name="cursuscode",
        widget=widgets.ForeignKeyWidget(Course, "code"),
        readonly=True,
    )
    edition = fields.Field(
        attribute="edition", column_name="editie", widget=widgets.IntegerWidget()
    )
    date = fields.Field(
        attribute="date", column_name="datum", widget=DateWidget(), readonly=True
    )
    start_time = fields.Field(
        attribute="start_time", column_name="begin", widget=TimeWidget(), readonly=True
    )
    end_time = fields.Field(
        attribute="end_time", column_name="einde", widget=TimeWidget()
    )
    is_online = fields.Field(
        attribute="is_online", column_name="online", widget=YesNoWidget()
    )
    venue_name = text("venue_name", "locatie")
    room = text("room", "lokaal")
    street = text("street", "straat")
    postcode = text("postcode", "postcode")
    municipality = text("municipality", "gemeente")

    class Meta:
        model = Session
        import_id_fields = []
        fields = ["provider", "course", *Session.FILLED_IN]
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True

    def dehydrate_provider(self, session):
        return session.course.provider.slug

    def key(self, row):
        """The course, date and start time a row is about, or a ValidationError."""
        provider = self.row_provider(row)
        code = str(row.get("cursuscode") or "").strip()
        course = Course.objects.filter(provider=provider, code=code).first()
        errors = {}
        if course is None:
            errors["course"] = _(
                "There is no course with code “%(code)s” for %(provider)s; import the course first."
            ) % {"code": code, "provider": provider.name}
        try:
            day = DateWidget().clean(row.get("datum"))
        except ValueError as error:
            errors["date"], day = str(error), None
        try:
            start = TimeWidget().clean(row.get("begin"))
        except ValueError as error:
            errors["start_time"], start = str(error), None
        if errors:
            raise ValidationError(errors)
        return course, day, start

    def get_instance(self, instance_loader, row):
        course, day, start = self.key(row)
        return Session.objects.filter(course=course, date=day, start_time=start).first()

    def init_instance(self, row=None):
        course, day, start = self.key(row)
        return Session(course=course, date=day, start_time=start)
