from django.contrib.auth import forms as auth_forms
from django.template import loader

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
