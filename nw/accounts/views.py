"""A teacher creates their own account and confirms its address by mail.

Until the address is confirmed the account may look around but not save
(User.can_save): otherwise anyone could keep plans under someone else's
address.
"""

from __future__ import annotations

import time
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_POST

from nw.mail import send_templated

from . import privacy, tokens
from .forms import DeleteAccountForm, PasswordResetForm, SignUpForm
from .models import User

# The backend that signs in without a password: the throttled one in front
# of it only guards password checks (settings.AUTHENTICATION_BACKENDS).
BACKEND = "django.contrib.auth.backends.ModelBackend"

# Seconds before a signed-in account may ask for the confirmation mail again.
RESEND_INTERVAL = 60
RESEND_SESSION_KEY = "nw.accounts.confirmation_sent_at"

# Seconds between two "someone tried to sign up with your address" mails to
# one account: the sign-up form must not become a way to flood a mailbox.
EXISTING_NOTICE_INTERVAL = 15 * 60


def _next_url(request) -> str:
    """The page to go on to afterwards, if it is one of ours."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return ""


def _with_next(url: str, next_url: str) -> str:
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def send_confirmation(request, user: User) -> None:
    link = request.build_absolute_uri(
        reverse("confirm_email", args=[tokens.make_token(user)])
    )
    send_templated(
        "registration/confirm_email",
        {"link": link, "days": settings.EMAIL_CONFIRMATION_DAYS},
        [user.email],
    )
    request.session[RESEND_SESSION_KEY] = time.time()


def _tell_owner(request, user: User) -> None:
    """Tell the owner of an existing account that someone used its address
    to sign up, with the ways back in if it was themselves."""
    if not cache.add(
        f"nw.accounts.signup-notice:{user.pk}", 1, EXISTING_NOTICE_INTERVAL
    ):
        return
    send_templated(
        "registration/signup_existing",
        {
            "login_link": request.build_absolute_uri(reverse("login")),
            "reset_link": request.build_absolute_uri(reverse("password_reset")),
        },
        [user.email],
    )


@sensitive_post_parameters("password1", "password2")
@never_cache
@csrf_protect
def signup(request):
    next_url = _next_url(request)
    if request.user.is_authenticated:
        return redirect(next_url or "home")
    # An empty POST is still a post: it must show what is missing.
    form = SignUpForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            user = form.user()
            created = False
            existing = User.objects.filter(email__iexact=user.email).first()
            if existing is None:
                try:
                    with transaction.atomic():
                        user.save()
                    created = True
                except IntegrityError:
                    # The same address signed up a moment ago in another
                    # request: that one made the account.
                    existing = User.objects.filter(email__iexact=user.email).first()
            if created:
                send_confirmation(request, user)
                login(request, user, backend=BACKEND)
            elif existing is not None:
                _tell_owner(request, existing)
            return redirect(_with_next(reverse("signup_done"), next_url))
    return render(
        request,
        "registration/signup.html",
        {"form": form, "next": next_url},
        status=status,
    )


@require_GET
def signup_done(request):
    # Shown after every sign-up, also when the address already had an
    # account and nobody was signed in: it must read right either way.
    return render(
        request,
        "registration/signup_done.html",
        {"next": _next_url(request), "days": settings.EMAIL_CONFIRMATION_DAYS},
    )


@require_POST
@csrf_protect
def resend_confirmation(request):
    next_url = _next_url(request)
    done = _with_next(reverse("signup_done"), next_url)
    user = request.user
    if not user.is_authenticated:
        # After signing in, the page with this button again.
        return redirect_to_login(done)
    if user.email_confirmed:
        messages.info(request, _("Your email address is confirmed already."))
        return redirect(next_url or "home")
    sent_at = request.session.get(RESEND_SESSION_KEY)
    if isinstance(sent_at, (int, float)) and time.time() - sent_at < RESEND_INTERVAL:
        messages.warning(
            request,
            _(
                "We sent you the email less than a minute ago. Give it a few "
                "minutes to arrive and look in your spam folder; after that "
                "you can ask again."
            ),
        )
        return redirect(done)
    send_confirmation(request, user)
    messages.success(request, _("We sent the email again."))
    return redirect(done)


@never_cache
@require_GET
def confirm_email(request, token):
    user = tokens.user_for_token(token)
    if user is None:
        response = render(
            request, "registration/confirm_email_invalid.html", status=400
        )
    else:
        response = _confirm(request, user)
    # The token is in the address: it must not leak to other sites.
    response["Referrer-Policy"] = "no-referrer"
    return response


def _confirm(request, user: User):
    # The update says whether this request confirmed the address, also when
    # the link is opened twice at once.
    confirmed_now = bool(
        User.objects.filter(pk=user.pk, email_confirmed=False).update(
            email_confirmed=True
        )
    )
    current = request.user
    if current.is_authenticated and current.pk != user.pk:
        # Someone else is signed in in this browser (a shared computer at
        # school): do not swap accounts behind their back.
        messages.info(
            request,
            _(
                "The email address %(email)s is confirmed. You are still signed "
                "in with another account; sign out and sign in again to use "
                "the confirmed one."
            )
            % {"email": user.email},
        )
        return redirect("home")
    if not current.is_authenticated:
        if not confirmed_now:
            # The link signs in once, on the click that confirms: a link
            # lying in a mailbox must not open the account for days.
            messages.info(
                request, _("Your email address is confirmed already. Sign in.")
            )
            return redirect_to_login(reverse("planning:mine"))
        login(request, user, backend=BACKEND)
    messages.success(request, _("Your email address is confirmed."))
    return redirect("planning:mine")


class RefusalIs400:
    """A form view that answers a refused form with 400, as every other form
    of the site does (Django's auth views answer 200)."""

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response


class PasswordResetView(RefusalIs400, auth_views.PasswordResetView):
    form_class = PasswordResetForm


class PasswordResetConfirmView(RefusalIs400, auth_views.PasswordResetConfirmView):
    """A reset link reached the account's mailbox: that confirms the address
    too, so whoever signed up with someone else's address and never
    confirmed cannot keep its owner from saving."""

    def form_valid(self, form):
        # The form saves the whole user with the new password.
        form.user.email_confirmed = True
        return super().form_valid(form)


def _account_page(request, form, status=200):
    return render(
        request,
        "registration/account.html",
        {"form": form, "blockers": privacy.deletion_blockers(request.user)},
        status=status,
    )


@login_required
@require_GET
def account(request):
    """What the site holds about the person, and the way out."""
    return _account_page(request, DeleteAccountForm(request.user))


@login_required
@require_GET
@never_cache
def download_my_data(request):
    response = JsonResponse(
        privacy.export(request.user),
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    day = timezone.localdate().isoformat()
    response["Content-Disposition"] = (
        f'attachment; filename="nascholingswijzer-mijn-gegevens-{day}.json"'
    )
    return response


@login_required
@require_POST
@sensitive_post_parameters("password")
def delete_account(request):
    form = DeleteAccountForm(request.user, request.POST)
    if privacy.deletion_blockers(request.user):
        # The page explains what to do first; the button is not shown.
        return _account_page(request, form, status=409)
    if not form.is_valid():
        return _account_page(request, form, status=400)
    privacy.delete_account(request.user)
    logout(request)
    messages.success(
        request,
        _("Your account is deleted, with your kijkwijzers and reflections."),
    )
    return redirect("home")
