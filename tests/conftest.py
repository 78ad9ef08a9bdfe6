import os
import shutil
from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import override_settings
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from catalogue import cache as catalogue_cache
from catalogue import facetindex

from . import browser
from .helpers import make_editor, make_provider, make_user, provider_staff

# Hypothesis: the same cases on every run (a seed fixed per test), none
# kept between runs, and no time limit per case (a page takes what it
# takes). Property tests that feed a page or form leave the number of cases
# to the profile: "ci", the default, makes 1,000 per entry point; "quick"
# (HYPOTHESIS_PROFILE=quick) makes 100, for the second database in CI and
# for a quick look.
hypothesis_settings.register_profile(
    "ci",
    max_examples=1000,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
hypothesis_settings.register_profile(
    "quick", hypothesis_settings.get_profile("ci"), max_examples=100
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Transactional tests (the few that need real commits, and the browser
# journeys) use serialized_rollback=True: the tables they empty at their end
# are restored from the migrations' data, instead of post_migrate handlers
# recreating some rows under new ids (which the next restore would clash with).


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


@pytest.fixture(autouse=True)
def empty_cache():
    # Each test's database starts from the same catalogue version, so a
    # cached piece (or facet bitmap) of an earlier test would look current.
    cache.clear()
    catalogue_cache.clear_local()
    facetindex.bitmaps.reset()
    # A transactional test's flush and restore gives content types new ids;
    # the per-process cache would hand out the old ones.
    ContentType.objects.clear_cache()


def _only_test_transactions(connection) -> bool:
    return all(block._from_testcase for block in connection.atomic_blocks)


@pytest.fixture(autouse=True)
def commit_hooks_as_in_production(monkeypatch):
    """Run on_commit callbacks when they would run in production.

    Each test runs inside a transaction that is rolled back at its end, so
    on_commit callbacks (the search index, e-mail) would never run. Treat the
    test's own transaction as autocommit: a callback registered outside any
    atomic block of the code under test runs at once, and one registered
    inside runs when that code's outermost atomic block ends without error.
    """
    original_on_commit = BaseDatabaseWrapper.on_commit
    original_exit = transaction.Atomic.__exit__

    def on_commit(self, func, robust=False):
        if self.in_atomic_block and _only_test_transactions(self):
            func()
        else:
            original_on_commit(self, func, robust)

    def atomic_exit(self, exc_type, exc_value, traceback):
        result = original_exit(self, exc_type, exc_value, traceback)
        connection = transaction.get_connection(self.using)
        if (
            exc_type is None
            and connection.in_atomic_block
            and _only_test_transactions(connection)
            and not connection.needs_rollback
        ):
            callbacks, connection.run_on_commit = connection.run_on_commit, []
            for _savepoints, func, _robust in callbacks:
                func()
        return result

    monkeypatch.setattr(BaseDatabaseWrapper, "on_commit", on_commit)
    monkeypatch.setattr(transaction.Atomic, "__exit__", atomic_exit)


# -- named people ----------------------------------------------------------------
# The same cast in every test file: Anna works for the provider, Bert for a
# competitor, Eva edits the site, Tom is a teacher with no rights at all.


@pytest.fixture
def provider(db):
    return make_provider("Pedagogische begeleidingsdienst Gent", slug="pbd-gent")


@pytest.fixture
def other_provider(db):
    return make_provider("Hogeschool Gent")


@pytest.fixture
def anna(provider):
    """Provider staff of ``provider``."""
    return provider_staff(provider, "anna@pbd-gent.example")


@pytest.fixture
def staff_client(client, anna):
    """A browser signed in as Anna."""
    client.force_login(anna)
    return client


@pytest.fixture
def bert(other_provider):
    """Provider staff of ``other_provider``: the one who must not get in."""
    return provider_staff(other_provider, "bert@hogent.example")


@pytest.fixture
def eva(db):
    """A site editor (the Redactie group), not a superuser."""
    return make_editor("eva@nascholingswijzer.example")


@pytest.fixture
def tom(db):
    """A teacher: signed in, no rights."""
    return make_user("tom@school.example")


@pytest.fixture
def root(db):
    return make_user("root@nascholingswijzer.example", is_superuser=True, is_staff=True)


# The browser journeys (tests/browser.py, tests/test_browser_*.py).


@pytest.fixture
def chromium(transactional_db, live_demo, live_server):
    """Chromium, started after the database is ready: Playwright's sync API
    runs the rest of the test in a greenlet of its own, where Django opens
    database connections of its own too, which would miss the test
    database's restored contents."""
    if not shutil.which(browser.CHROMIUM) and not os.path.exists(browser.CHROMIUM):
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(
                f"Chromium not found at {browser.CHROMIUM}: apt-get install -y chromium"
            )
        pytest.skip(f"Chromium not found at {browser.CHROMIUM}")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the test's own
    # database calls (loading the demo) are still plain synchronous code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=browser.CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield chromium
        chromium.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def live_demo(transactional_db):
    """The demo data, for a journey against the live server."""
    call_command("load_demo", stdout=StringIO())
