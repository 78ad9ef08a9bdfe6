"""Caching of catalogue pieces that are costly to compute and rarely change.

Every key carries the catalogue version (CatalogueVersion), so a change to a
course, a provider or a vocabulary makes every worker compute afresh on its
next request; stale entries are never read again and age out. The cache is
local memory per process by default and Redis when REDIS_URL is set.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache

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


def cached(name: str, version: int, compute: Callable[[], T], *parts) -> T:
    detail = hashlib.sha256(repr(parts).encode()).hexdigest()[:24] if parts else ""
    key = f"catalogue:{name}:{version}:{detail}"
    try:
        value = cache.get(key)
    except Exception:
        # A cache that is down (Redis restarting) makes pages slower, not
        # broken.
        logger.warning("cache unavailable", exc_info=True)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, TIMEOUT)
        except Exception:
            logger.warning("cache unavailable", exc_info=True)
    return value
