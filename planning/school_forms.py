"""Forms for a school's people, invitations, means and shared kijkwijzers."""

from __future__ import annotations

import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .models import Means, Membership, School, SchoolYear
from .models.schools import MAX_AMOUNT


def role_choices(school: School) -> list[tuple[str, str]]:
    """The roles with the names this school uses: the secretary's title
    depends on its approving body."""
    return [
        (value, Membership(school=school, role=value).role_label())
        for value in Membership.Role.values
    ]


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We send the invitation to this address."),
    )
    role = forms.ChoiceField(label=_("Role"))

    def __init__(self, school: School, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.school = school
        self.fields["role"].choices = role_choices(school)
        self.fields["email"].widget.attrs["autocomplete"] = "off"

    def clean_email(self):
        # Accounts are stored lower-case; compare and keep them that way.
        email = self.cleaned_data["email"].strip().lower()
        if self.school.memberships.filter(user__email__iexact=email).exists():
            raise ValidationError(
                _("This person is a member of the school already."),
                code="member",
            )
        return email


class RoleForm(forms.Form):
    """One member's role, on the school page: one form per member, each
    with its own ids."""

    role = forms.ChoiceField()

    def __init__(self, membership: Membership, *args, **kwargs):
        kwargs.setdefault("auto_id", f"id_member{membership.pk}_%s")
        kwargs.setdefault("initial", {"role": membership.role})
        super().__init__(*args, **kwargs)
        self.membership = membership
        field = self.fields["role"]
        field.choices = role_choices(membership.school)
        # Whose role it is goes without saying on the page, not to a screen
        # reader going from field to field.
        field.label = format_html(
            '{}<span class="visually-hidden"> – {}</span>', _("Role"), membership.user
        )

    def clean_role(self):
        role = self.cleaned_data["role"]
        if role != Membership.Role.LEADER and self.membership.is_last_leader():
            raise ValidationError(
                _(
                    "%(person)s is the school's only leader. Make someone else "
                    "school leader first."
                )
                % {"person": self.membership.user},
                code="last_leader",
            )
        return role


class AmountField(forms.DecimalField):
    """An amount in euro as people in Flanders type it: "1.250,50",
    "1250,50", "1250.50" or "€ 1 250"."""

    def to_python(self, value):
        if isinstance(value, str):
            value = re.sub(r"[\s\u00a0\u202f€]", "", value)
            if "," in value:
                # A comma is the decimal sign; dots before it group thousands.
                value = value.replace(".", "").replace(",", ".")
            elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", value):
                # "1.250" or "12.500.000": dots grouping thousands.
                value = value.replace(".", "")
        return super().to_python(value)


class MeansForm(forms.Form):
    year = forms.CharField(
        label=_("School year"),
        max_length=20,
        help_text=_("For example %(year)s: this school year or the next."),
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=Means.Kind.choices)
    label = forms.CharField(
        label=_("Description"),
        max_length=120,
        required=False,
        help_text=_("Optional, for example “first instalment”."),
    )
    amount = AmountField(
        label=_("Amount in euro"),
        max_digits=10,
        decimal_places=2,
        min_value=Decimal("0"),
        max_value=MAX_AMOUNT,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        current = SchoolYear.current()
        self.fields["year"].help_text = self.fields["year"].help_text % {
            "year": current
        }
        self.initial.setdefault("year", str(current))

    def clean_year(self) -> SchoolYear:
        year = SchoolYear.parse(self.cleaned_data["year"])
        if year is None:
            raise ValidationError(
                _("Write the school year as two years, for example %(year)s.")
                % {"year": SchoolYear.current()},
                code="format",
            )
        if not year.is_open_for_planning():
            current = SchoolYear.current()
            raise ValidationError(
                _("Means can be added for %(current)s and %(next)s only.")
                % {"current": current, "next": current.next()},
                code="closed",
            )
        return year

    def save(self, school: School) -> Means:
        data = self.cleaned_data
        return Means.objects.create(
            school=school,
            year=data["year"].start,
            kind=data["kind"],
            label=data["label"],
            amount=data["amount"],
        )


class ShareForm(forms.Form):
    """The buttons of planning/_share_with_school.html."""

    school = forms.IntegerField(min_value=1)
    action = forms.ChoiceField(choices=[("share", "share"), ("withdraw", "withdraw")])
