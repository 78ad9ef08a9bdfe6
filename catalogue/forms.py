from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Course, ProgrammeItem


class LinesField(forms.CharField):
    """A list of short texts, edited as one per line."""

    widget = forms.Textarea(attrs={"rows": 5})

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(value)
        return value

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return [str(v) for v in value]
        text = super().to_python(value) or ""
        return [
            line.strip(" •-*\t") for line in text.splitlines() if line.strip(" •-*\t")
        ]


class CourseAdminForm(forms.ModelForm):
    goals = LinesField(
        label=_("goals"),
        required=False,
        help_text=_("“After the course you …”: one goal per line."),
    )
    fee_includes = forms.MultipleChoiceField(
        label=_("included in the fee"),
        choices=Course.Inclusion.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Course
        # The admin's fieldsets decide which fields show; these need widgets.
        fields = ["goals", "fee_includes"]

    def clean(self):
        cleaned = super().clean()
        provider, trainers = cleaned.get("provider"), cleaned.get("trainers")
        if provider and trainers:
            strangers = [t.name for t in trainers if t.provider_id != provider.pk]
            if strangers:
                self.add_error(
                    "trainers",
                    _("These trainers work for another provider: %(names)s.")
                    % {"names": ", ".join(strangers)},
                )
        return cleaned


class ProgrammeItemForm(forms.ModelForm):
    contents = LinesField(
        label=_("learning contents"), help_text=_("One item per line.")
    )

    class Meta:
        model = ProgrammeItem
        fields = ["day", "part", "title", "contents"]
