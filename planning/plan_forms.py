from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from catalogue.models import Session

from .models import Activity, Comment, Decision, Plan, Priority

TEXT_LIMIT = 10000


class RevisionMixin(forms.Form):
    """The plan revision the form was shown at, so a save on top of someone
    else's change is refused (workflow.change)."""

    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


def limit_texts(form):
    for field in form.fields.values():
        if isinstance(field, forms.CharField) and field.max_length is None:
            field.validators.append(MaxLengthValidator(TEXT_LIMIT))


def changes(form) -> dict:
    """What an edit changed, as {"model:field": [before, after]}, for the
    plan's history (PlanEvent.changed_fields labels them)."""
    model = form._meta.model._meta.model_name
    out = {}
    for name in form.changed_data:
        if name == "revision":
            continue
        field = form.fields[name]
        before, after = form.initial.get(name), form.cleaned_data.get(name)
        if isinstance(field, forms.ModelMultipleChoiceField):
            before = ", ".join(
                str(o) for o in field.queryset.filter(pk__in=before or [])
            )
            after = ", ".join(str(o) for o in after or [])
        elif isinstance(field, forms.ModelChoiceField):
            before = str(field.queryset.filter(pk=before).first() or "")
        out[f"{model}:{name}"] = [str(before or "")[:500], str(after or "")[:500]]
    return out


def part_form(part: str):
    """A form for one part of the plan (Plan.PARTS)."""
    _title, fields = Plan.PARTS[part]
    widgets = {
        name: forms.Textarea(attrs={"rows": 6})
        for name in fields
        if name != "needs_themes"
    }
    widgets["needs_themes"] = forms.SelectMultiple(attrs={"size": 8})
    meta = type("Meta", (), {"model": Plan, "fields": fields, "widgets": widgets})
    return type(
        "PartForm",
        (RevisionMixin, forms.ModelForm),
        {"Meta": meta, "__init__": _init_limited},
    )


def _init_limited(self, *args, **kwargs):
    forms.ModelForm.__init__(self, *args, **kwargs)
    limit_texts(self)


class PriorityForm(RevisionMixin, forms.ModelForm):
    class Meta:
        model = Priority
        fields = ["title", "term", "description", "themes", "achieved"]
        widgets = {
            "term": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 4}),
            "themes": forms.SelectMultiple(attrs={"size": 8}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["term"].choices = Priority.Term.choices
        limit_texts(self)


class ActivityForm(RevisionMixin, forms.ModelForm):
    class Meta:
        model = Activity
        fields = [
            "kind",
            "title",
            "internal_kind",
            "organisation",
            "organiser",
            "session",
            "description",
            "participants",
            "participant_count",
            "starts_on",
            "ends_on",
            "cost",
            "priority",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 4}),
            "starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "cost": forms.TextInput(attrs={"inputmode": "decimal"}),
        }

    def __init__(self, *args, plan: Plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.plan = plan
        self.fields["kind"].choices = Activity.Kind.choices
        self.fields["priority"].queryset = plan.priorities.all()
        course = self.instance.course
        if course is None:
            # A catalogue course is added from its page ("add to school plan"),
            # which fills in the course and its fee.
            del self.fields["session"]
            if self.instance.kind != Activity.Kind.CATALOGUE:
                self.fields["kind"].choices = [
                    c for c in Activity.Kind.choices if c[0] != Activity.Kind.CATALOGUE
                ]
        else:
            self.fields["session"].queryset = Session.objects.filter(
                course=course,
                date__gte=plan.school_year.first_day,
                date__lte=plan.school_year.last_day,
            )
            self.fields["session"].required = False
        limit_texts(self)


class FollowUpForm(forms.ModelForm):
    """Year-end: what happened to an activity, also on an approved plan."""

    class Meta:
        model = Activity
        fields = ["done", "effect"]
        widgets = {
            "done": forms.RadioSelect,
            "effect": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["done"].choices = Activity.Done.choices
        limit_texts(self)


class EvaluationForm(forms.ModelForm):
    class Meta:
        model = Plan
        fields = ["evaluation"]
        widgets = {"evaluation": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_texts(self)


class CommentForm(forms.ModelForm):
    class Meta:
        model = Comment
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].validators.append(MaxLengthValidator(4000))


class DecisionForm(forms.ModelForm):
    class Meta:
        model = Decision
        fields = ["outcome", "meeting_date", "reasons", "minutes", "minutes_pdf"]
        widgets = {
            "outcome": forms.RadioSelect,
            "meeting_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "reasons": forms.Textarea(attrs={"rows": 4}),
            "minutes": forms.Textarea(attrs={"rows": 6}),
            "minutes_pdf": forms.ClearableFileInput(
                attrs={"accept": "application/pdf"}
            ),
        }
        help_texts = {
            "reasons": _("Required when the plan is returned: what should change?"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome"].choices = Decision.Outcome.choices
        limit_texts(self)

    def clean_meeting_date(self):
        day = self.cleaned_data["meeting_date"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("Record a meeting that has taken place."))
        return day

    def clean_minutes_pdf(self):
        upload = self.cleaned_data.get("minutes_pdf")
        if not upload:
            return upload
        if upload.size > settings.MINUTES_MAX_BYTES:
            raise forms.ValidationError(
                _("The file is too large: at most %(size)s.")
                % {"size": filesizeformat(settings.MINUTES_MAX_BYTES)}
            )
        start = upload.read(5)
        upload.seek(0)
        if start != b"%PDF-":
            raise forms.ValidationError(_("The minutes must be a PDF file."))
        return upload

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("outcome") == Decision.Outcome.RETURNED
            and not (cleaned.get("reasons") or "").strip()
        ):
            self.add_error(
                "reasons",
                _("Say why the plan is returned, so the leader can act on it."),
            )
        return cleaned


class AddCourseForm(forms.Form):
    """Add a catalogue course to one of the leader's plans."""

    plan = forms.ModelChoiceField(label=_("School plan"), queryset=Plan.objects.none())
    session = forms.ModelChoiceField(
        label=_("Session"), queryset=Session.objects.none(), required=False
    )
    participant_count = forms.IntegerField(
        label=_("Number of participants"), min_value=1, max_value=2000, initial=1
    )

    def __init__(self, *args, plans, course, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"].queryset = plans
        self.fields["plan"].label_from_instance = lambda plan: str(plan)
        if len(plans) == 1:
            # The usual case: a leader with one plan in draft.
            self.fields["plan"].empty_label = None
        self.fields["session"].queryset = course.sessions.filter(
            date__gte=timezone.localdate()
        )
        self.fields["session"].empty_label = _("Not chosen yet")
