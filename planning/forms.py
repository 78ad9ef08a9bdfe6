from __future__ import annotations

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from .models import CourseReflection, Question, Response, Section

MAX_TEXT = 2000


def field_name(question: Question) -> str:
    return f"q{question.pk}"


class SectionForm(forms.Form):
    """The questions of one section of the kijkwijzer.

    Answers come in and go out as the stored form: a question id (text)
    mapped to a list of choice ids, a scale point or a text. A choice id
    that is not one of the question's own is refused like any invalid
    choice.
    """

    def __init__(self, section: Section, answers: dict, data=None):
        super().__init__(data)
        self.section = section
        self.questions = list(section.questions.all())
        for question in self.questions:
            self.fields[field_name(question)] = self._field(question)
            stored = answers.get(str(question.pk))
            if stored not in (None, "", []):
                self.initial[field_name(question)] = self._initial(question, stored)

    @staticmethod
    def _field(question: Question) -> forms.Field:
        common = {
            "label": question.text,
            "help_text": question.help_text,
            "required": question.required,
        }
        kind = question.kind
        if kind == Question.Kind.TEXT:
            return forms.CharField(
                max_length=MAX_TEXT,
                widget=forms.Textarea(attrs={"rows": 4}),
                **common,
            )
        if kind == Question.Kind.SCALE:
            return forms.TypedChoiceField(
                choices=Question.SCALE,
                coerce=int,
                widget=forms.RadioSelect,
                **common,
            )
        choices = [(c.pk, c.label) for c in question.choices.all()]
        if kind == Question.Kind.MULTIPLE:
            return forms.TypedMultipleChoiceField(
                choices=choices,
                coerce=int,
                widget=forms.CheckboxSelectMultiple,
                **common,
            )
        return forms.TypedChoiceField(
            choices=choices, coerce=int, widget=forms.RadioSelect, **common
        )

    @staticmethod
    def _initial(question: Question, stored):
        if question.kind == Question.Kind.SINGLE:
            return stored[0] if isinstance(stored, list) and stored else None
        return stored

    def answers(self, *, partial=False) -> dict:
        """The section's answers, to store. ``partial`` (going back) keeps
        every answer that is valid and skips the others instead of refusing
        the whole page."""
        self.is_valid()
        out = {}
        for question in self.questions:
            name = field_name(question)
            if name in self.errors:
                if partial:
                    continue
                raise ValueError("answers() of an invalid form")
            value = self.cleaned_data.get(name)
            if question.kind == Question.Kind.SINGLE and value not in (None, ""):
                value = [value]
            out[str(question.pk)] = value
        return out

    def question_fields(self):
        """(question, bound field, is a group of options) in order, for the
        template: option groups get a fieldset and legend."""
        for question in self.questions:
            yield (
                question,
                self[field_name(question)],
                question.kind != Question.Kind.TEXT,
            )


def merge(answers: dict, section_answers: dict) -> dict:
    """Stored answers updated with one section's; empty answers drop out."""
    merged = dict(answers)
    for key, value in section_answers.items():
        if value in (None, "", []):
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged


class RenameForm(forms.ModelForm):
    class Meta:
        model = Response
        fields = ["title"]


class CourseReflectionForm(forms.ModelForm):
    class Meta:
        model = CourseReflection
        fields = ["applied", "shared", "support", "effect", "effect_note"]
        widgets = {
            "applied": forms.Textarea(attrs={"rows": 4}),
            "shared": forms.Textarea(attrs={"rows": 4}),
            "support": forms.Textarea(attrs={"rows": 3}),
            "effect": forms.RadioSelect,
            "effect_note": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, kijkwijzers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["effect"].choices = list(CourseReflection.Effect.choices)
        for name in ["applied", "shared", "support", "effect_note"]:
            self.fields[name].validators.append(MaxLengthValidator(MAX_TEXT))
        self.fields["kijkwijzer"] = forms.ModelChoiceField(
            label=_("Which kijkwijzer led to this course?"),
            queryset=kijkwijzers
            if kijkwijzers is not None
            else Response.objects.none(),
            required=False,
            empty_label=_("None"),
        )
        if self.instance.pk:
            self.initial["kijkwijzer"] = self.instance.kijkwijzer_id
        self.order_fields(["kijkwijzer"])

    def save(self, commit=True):
        self.instance.kijkwijzer = self.cleaned_data.get("kijkwijzer")
        return super().save(commit)
