"""Links to other websites that the site stores and shows.

Only http and https: a ``javascript:``, ``data:`` or ``vbscript:`` address in
an ``href`` runs in our page when clicked. Models refuse other schemes
(``validate_web_url``), and templates pass every stored address through
``safe_url`` as well, for rows saved before the check or around it (the ORM
does not validate on save).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

WEB_SCHEMES = ["http", "https"]

validate_web_url = URLValidator(
    schemes=WEB_SCHEMES,
    message=_("Enter a web address that starts with http:// or https://."),
)


def safe_url(value) -> str:
    """The address if a browser would open it as an http(s) page, else ""."""
    if not isinstance(value, str) or not value.strip():
        return ""
    try:
        # urlsplit drops tabs and newlines and leading control characters,
        # as browsers do, so "java\tscript:" is seen as "javascript:".
        parts = urlsplit(value.strip())
    except ValueError:
        return ""
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.netloc:
        return ""
    return value.strip()
