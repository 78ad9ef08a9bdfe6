"""The token in the link that confirms a new account's email address.

A signed value rather than a stored one: nothing to clean up, and the
address is part of it, so a link sent to an old address stops working once
the account's address changes.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core import signing

from .models import User

SALT = "nw.accounts.confirm-email"


def make_token(user: User) -> str:
    return signing.dumps({"user": user.pk, "email": user.email}, salt=SALT)


def user_for_token(token: str) -> User | None:
    """The account the token was made for, or None when the token is
    tampered with, expired, or no longer matches an active account."""
    try:
        payload = signing.loads(
            token,
            salt=SALT,
            max_age=timedelta(days=settings.EMAIL_CONFIRMATION_DAYS),
        )
    except signing.BadSignature:
        return None
    # A valid signature means we made it, but be strict anyway: a malformed
    # payload must be an invalid link, never an error page.
    if not isinstance(payload, dict):
        return None
    pk, email = payload.get("user"), payload.get("email")
    if not isinstance(pk, int) or not isinstance(email, str):
        return None
    user = User.objects.filter(pk=pk, is_active=True).first()
    if user is None or user.email.lower() != email.lower():
        return None
    return user
