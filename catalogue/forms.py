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

    # When the course was last saved, as the person editing loaded it: a save
    # based on an older copy is refused, instead of silently undoing what a
    # colleague saved in between.
    loaded_version = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Course
        # The admin's fieldsets decide which fields show; these need widgets.
        fields = ["goals", "fee_includes"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["loaded_version"] = self.instance.updated_at.isoformat()

    def clean(self):
        cleaned = super().clean()
        loaded = cleaned.get("loaded_version")
        if self.instance.pk and loaded:
            # Locked until the admin's transaction ends, so two saves at the
            # same moment are checked one after the other.
            current = (
                Course.objects.select_for_update()
                .filter(pk=self.instance.pk)
                .values_list("updated_at", flat=True)
                .first()
            )
            if current and current.isoformat() != loaded:
                raise forms.ValidationError(
                    _(
                        "Someone else saved this course after you opened it, so "
                        "your changes are not saved. Open the course in a new tab "
                        "to see the current version, then make your changes there."
                    ),
                    code="stale",
                )
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
