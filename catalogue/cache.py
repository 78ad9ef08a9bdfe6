"""Caching of catalogue pieces that are costly to compute and rarely change.

Every key carries the catalogue version (CatalogueVersion), so a change to a
course, a provider or a vocabulary makes every worker compute afresh on its
next request; stale entries are never read again and age out. The cache is
local memory per process by default and Redis when REDIS_URL is set.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import zlib
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers

T = TypeVar("T")
logger = logging.getLogger(__name__)
TIMEOUT = 60 * 60 * 24


_local: dict[str, object] = {}
_local_version: int | None = None


def clear_local() -> None:
    global _local_version
    _local.clear()
    _local_version = None


def local(name: str, version: int, compute: Callable[[], T]) -> T:
    """Like ``cached`` but also kept in this process for the current catalogue
    version, for what nearly every request needs (reading it from the cache
    means unpickling it every time)."""
    global _local_version
    if version != _local_version:
        _local.clear()
        _local_version = version
    if name not in _local:
        _local[name] = cached(name, version, compute)
    return _local[name]


def _key(name: str, version: int, parts: tuple) -> str:
    detail = hashlib.sha256(repr(parts).encode()).hexdigest()[:24] if parts else ""
    return f"catalogue:{name}:{version}:{detail}"


def _get(key: str):
    try:
        return cache.get(key)
    except Exception:
        # A cache that is down (Redis restarting) makes pages slower, not
        # broken.
        logger.warning("cache unavailable", exc_info=True)
        return None


def _set(key: str, value) -> None:
    try:
        cache.set(key, value, TIMEOUT)
    except Exception:
        logger.warning("cache unavailable", exc_info=True)


def cached(name: str, version: int, compute: Callable[[], T], *parts) -> T:
    key = _key(name, version, parts)
    value = _get(key)
    if value is None:
        value = compute()
        _set(key, value)
    return value


SHAREABLE_STATUS = (200, 400, 404)


def version_for(request) -> int:
    """The catalogue version, read once per request."""
    if not hasattr(request, "catalogue_version"):
        from .models import CatalogueVersion

        request.catalogue_version = CatalogueVersion.current()
    return request.catalogue_version


def shared_page(view):
    """Cache a page that is the same for everyone without a session (so no
    user and no flash messages): per catalogue version, day, language, URL
    and htmx or not. The next anonymous visitor costs one query. Pages are
    stored compressed: a tenth of the room."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        personal = {settings.SESSION_COOKIE_NAME, "messages"} & request.COOKIES.keys()
        if request.method != "GET" or personal:
            return view(request, *args, **kwargs)
        key = _key(
            "page",
            version_for(request),
            (
                timezone.localdate(),
                translation.get_language(),
                request.headers.get("HX-Request", ""),
                # Absolute links (structured data, feeds) name the host.
                request.build_absolute_uri(),
            ),
        )
        entry = _get(key)
        if entry is not None:
            status, content_type, body = entry
            response = HttpResponse(
                zlib.decompress(body), status=status, content_type=content_type
            )
        else:
            response = view(request, *args, **kwargs)
            if response.status_code in SHAREABLE_STATUS and not response.streaming:
                body = zlib.compress(response.content, 1)
                _set(key, (response.status_code, response["Content-Type"], body))
        patch_vary_headers(response, ["HX-Request"])
        return response

    return wrapper
