import pytest
from django.db import connection
from django.test import override_settings


def pytest_collection_modifyitems(config, items):
    """PostgreSQL-only tests are deselected on SQLite, never skipped, so a CI
    run on PostgreSQL shows every one of them ran."""
    if connection.vendor == "postgresql":
        return
    keep, drop = [], []
    for item in items:
        (drop if item.get_closest_marker("postgres") else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(autouse=True, scope="session")
def test_settings():
    # Background tasks run at once, inside the test, so their effect can be
    # asserted right after the request that enqueued them.
    with override_settings(
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        TASKS={
            "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
        },
    ):
        yield
