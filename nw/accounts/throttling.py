"""Throttling of password guessing, on the site's sign-in and the admin's.

django-axes counts failed sign-ins in the database, so every gunicorn worker
sees the same counts. Two limits apply within the cool-off period
(settings.AXES_COOLOFF_TIME):

- AXES_FAILURE_LIMIT failures for one account from one client address;
- LOGIN_FAILURES_PER_CLIENT failures for all accounts together from one
  client address. It is higher because a whole school signs in from one
  address.

There is deliberately no limit per account alone: then anyone could lock a
teacher out by typing their address with a wrong password.

The answer to a locked-out client is the same whether the account exists or
not, because axes counts what was typed, not accounts.
"""

from __future__ import annotations

from datetime import timedelta

from axes.backends import AxesStandaloneBackend
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import (
    get_client_username,
    get_cool_off,
    get_failure_limit,
    get_lockout_parameters,
)
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render


def username_of(request, credentials=None) -> str:
    """The typed email address as the count keys on it: the same address in
    another case or with spaces is the same account (sign-in ignores case)."""
    credentials = credentials or {}
    value = credentials.get("username") or credentials.get("email")
    if value is None and request is not None:
        value = request.POST.get("username")
    return (value or "").strip().lower()[:255]


class ThrottledBackend(AxesStandaloneBackend):
    """Refuses every sign-in of a locked-out client before the password is
    checked; ModelBackend after it does the actual sign-in."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            # Without a request there is no client to count: this is the test
            # client's login() or code in a shell. Django's sign-in views,
            # the site's and the admin's, always pass the request.
            return None
        return super().authenticate(request, username, password, **kwargs)


class LoginThrottle(AxesDatabaseHandler):
    """Axes' database handler with a limit of its own per lock-out parameter."""

    def _limit_for(self, parameter, default: int) -> int:
        if parameter == "ip_address":
            return settings.LOGIN_FAILURES_PER_CLIENT
        return default

    def get_failures(self, request, credentials=None) -> int:
        # Axes compares one number with one limit (AXES_FAILURE_LIMIT). Each
        # count is shifted by the room its own limit gives beyond that one, so
        # "some count reached its own limit" is "the result reached the limit".
        limit = get_failure_limit(request, credentials)
        parameters = get_lockout_parameters(request, credentials)
        worst = 0
        for parameter, attempts in zip(
            parameters, self.get_user_attempts(request, credentials), strict=True
        ):
            failures = attempts.aggregate(total=Sum("failures_since_start"))["total"]
            shifted = (failures or 0) - self._limit_for(parameter, limit) + limit
            worst = max(worst, shifted)
        return worst

    def reset_user_attempts(self, request, credentials=None) -> int:
        # Axes would delete every attempt matching any parameter, the whole
        # client address included: anyone with an account could then wipe
        # their guesses at someone else's password by signing in to their own.
        # A good sign-in forgives only that account's failures from there.
        count, _deleted = AccessAttempt.objects.filter(
            username=get_client_username(request, credentials),
            ip_address=request.axes_ip_address,
        ).delete()
        return count


def locked_out(request, original_response=None, credentials=None):
    """The page a locked-out client gets, in the site's layout.

    It says the same for every typed address, so it does not tell whether
    an account exists.
    """
    cool_off = get_cool_off(request) or timedelta(0)
    minutes = max(1, round(cool_off.total_seconds() / 60))
    response = render(
        request,
        "registration/locked_out.html",
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
