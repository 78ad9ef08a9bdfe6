from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Complaint


class ComplaintForm(forms.ModelForm):
    # Hidden from people, filled in by form-filling bots.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = Complaint
        fields = ["reason", "description", "email"]
        widgets = {
            "reason": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 6, "maxlength": 5000}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Radio buttons need no "---------" choice.
        self.fields["reason"].choices = Complaint.Reason.choices

    def is_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))
