from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import password_validation
from django.template import loader
from django.utils.functional import lazy
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from nw.mail import send_later

from .models import User


class AdminUserCreationForm(auth_forms.AdminUserCreationForm):
    class Meta:
        model = User
        fields = ["email"]


class AdminUserChangeForm(auth_forms.UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Sends the reset link through the background mail task."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        html = ""
        if html_email_template_name:
            html = loader.render_to_string(html_email_template_name, context)
        send_later(
            loader.render_to_string(subject_template_name, context),
            loader.render_to_string(email_template_name, context),
            [to_email],
            html,
        )


class SignUpForm(forms.Form):
    """A teacher's own account: an address and a password, nothing more.

    It does not look up whether the address is taken: saying so on the page
    would tell anyone which addresses have an account (see
    nw.accounts.views.signup).
    """

    email = forms.EmailField(
        label=capfirst(User._meta.get_field("email").verbose_name),
        max_length=User._meta.get_field("email").max_length,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=lazy(
            lambda: " ".join(password_validation.password_validators_help_texts()),
            str,
        )(),
    )
    password2 = forms.CharField(
        label=_("Password confirmation"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Enter the same password as before, for verification."),
    )

    def clean_email(self):
        # Stored lower-case (UserManager), so compare lower-case too.
        return User.objects.normalize_email(self.cleaned_data["email"]).lower()

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error(
                "password2",
                forms.ValidationError(
                    _("The two password fields didn’t match."),
                    code="password_mismatch",
                ),
            )
        elif password1:
            # With the address filled in, the similarity check can compare
            # the password with it.
            user = User(email=cleaned.get("email", ""))
            try:
                password_validation.validate_password(password1, user)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned

    def full_clean(self):
        super().full_clean()
        # _field.html gives every error of a field the same id, so two
        # errors (a password both common and all digits) would make the page
        # invalid HTML: one message per field that says everything.
        for name, errors in list(self._errors.items()):
            if len(errors) > 1:
                self._errors[name] = self.error_class(
                    [" ".join(errors)], renderer=self.renderer
                )

    def user(self) -> User:
        """An unsaved account for the cleaned data, its password hashed."""
        user = User(email=self.cleaned_data["email"], email_confirmed=False)
        user.set_password(self.cleaned_data["password1"])
        return user


class DeleteAccountForm(forms.Form):
    """Deleting an account asks for its password: a session left open on a
    shared computer must not be enough to erase someone's work."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("This is not the password of this account."), code="wrong"
            )
        return password
