"""Two app processes, one PostgreSQL database, one Redis: what one machine
counts or changes, the other one knows.

The site is meant to run as several gunicorn instances behind a load
balancer (docs/deployment.md). Nothing the site promises may depend on
which instance a request lands on:

- the report limit (REPORTS_PER_HOUR per client) counts reports sent to
  either instance;
- a sign-in lock-out (AXES_FAILURE_LIMIT wrong passwords) made of failures
  on both instances holds on both;
- a course changed through one instance shows at once on the other, even
  though the other had the list page in the shared cache;
- a spreadsheet previewed on one instance is confirmed on the other: the
  upload waits in the shared object store (S3, played by moto's server).

The module starts two real gunicorn processes (nw/gunicorn.py, one worker
each, DEBUG=0) on the test database, Redis database 7 and a local S3
server, and the tests talk
to them over HTTP like a browser behind a TLS-terminating proxy.
"""

from __future__ import annotations

import http.cookiejar
import itertools
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse

from catalogue.models import CatalogueVersion, Course
from providers.models import Complaint
from providers.views import REPORTS_PER_HOUR

from .helpers import (
    PASSWORD,
    course_form_data,
    make_course,
    make_provider,
    make_user,
    provider_staff,
)

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.once,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

REDIS_URL = "redis://127.0.0.1:6379/7"
# Behind a load balancer every instance gets the public host name, so a
# page cached by one instance is found by the other (the page cache's key
# contains the absolute URL).
PUBLIC_HOST = "localhost"
STARTUP_SECONDS = 30
GUNICORN = Path(sys.executable).with_name("gunicorn")
# The app's own settings; the environment of whoever runs the tests must not
# leak into the instances.
APP_VARIABLES = {
    "ALLOWED_HOSTS",
    "BENCH_QUERY_COUNT",
    "BIND",
    "CSRF_TRUSTED_ORIGINS",
    "DATABASE_URL",
    "DEBUG",
    "DJANGO_SETTINGS_MODULE",
    "GUNICORN_THREADS",
    "REDIS_URL",
    "S3_ACCESS_KEY_ID",
    "S3_ADDRESSING_STYLE",
    "S3_ENDPOINT_URL",
    "S3_MEDIA_BUCKET",
    "S3_MEDIA_DOMAIN",
    "S3_PRIVATE_BUCKET",
    "S3_REGION",
    "S3_SECRET_ACCESS_KEY",
    "SECRET_KEY",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "TASKS_IMMEDIATE",
    "USE_X_FORWARDED_FOR",
    "WEB_CONCURRENCY",
}
WRONG = "niet het juiste wachtwoord"


# -- Redis -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def redis_client():
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=5)
    try:
        client.ping()
        problem = None
    except redis.RedisError as error:
        problem = error
    if problem is not None:
        # A failure, not a skip: a green run must mean the shared cache was
        # really tested.
        pytest.fail(
            f"Redis at {REDIS_URL} does not answer ({problem}). These tests "
            "need a Redis server on 127.0.0.1:6379 (e.g. `redis-server "
            "--daemonize yes`); they use database 7 and empty it.",
            pytrace=False,
        )
    # Database 7 is ours alone: empty before and after.
    client.flushdb()
    yield client
    client.flushdb()
    client.close()


@pytest.fixture
def shared_redis(redis_client):
    # Each test sees only what its own requests cached.
    redis_client.flushdb()
    yield redis_client
    redis_client.flushdb()


# -- the object store --------------------------------------------------------------


@pytest.fixture(scope="module")
def object_store():
    """An S3 server on loopback (moto) with the site's two buckets; the
    instances' settings for it."""
    import boto3
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    variables = {
        "S3_ENDPOINT_URL": f"http://127.0.0.1:{port}",
        "S3_REGION": "us-east-1",
        "S3_ACCESS_KEY_ID": "test",
        "S3_SECRET_ACCESS_KEY": "test",
        "S3_ADDRESSING_STYLE": "path",
        "S3_MEDIA_BUCKET": "nw-media",
        "S3_PRIVATE_BUCKET": "nw-private",
    }
    client = boto3.client(
        "s3",
        endpoint_url=variables["S3_ENDPOINT_URL"],
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
    )
    for bucket in ("nw-media", "nw-private"):
        client.create_bucket(Bucket=bucket)
    try:
        yield SimpleNamespace(client=client, variables=variables)
    finally:
        server.stop()


# -- the two instances -------------------------------------------------------------


@pytest.fixture(scope="module")
def static_build(tmp_path_factory):
    """collectstatic, as production does, into a folder of the test's own.

    With DEBUG off, pages name static files through whitenoise's manifest,
    which only collectstatic writes. STATIC_ROOT is not an environment
    setting, so the instances run a settings module that is nw.settings with
    only STATIC_ROOT moved out of the checkout."""
    folder = tmp_path_factory.mktemp("two-processes")
    static_root = folder / "static"
    (folder / "twoproc_settings.py").write_text(
        "from nw.settings import *  # noqa: F403\n\n"
        f"STATIC_ROOT = {str(static_root)!r}\n"
    )
    # collectstatic reads no database: none is named.
    env = app_environment(folder, port=0, database=None)
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, f"collectstatic failed:\n{result.stderr}"
    return folder


def app_environment(
    settings_folder: Path, port: int, database: str | None, **extra: str
) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in APP_VARIABLES}
    env.update(extra)
    env.update(
        DJANGO_SETTINGS_MODULE="twoproc_settings",
        PYTHONPATH=os.pathsep.join([str(settings_folder), str(settings.BASE_DIR)]),
        DEBUG="0",
        SECRET_KEY="two-processes-share-this-secret-key-" + "x" * 20,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        REDIS_URL=REDIS_URL,
        # As behind a TLS-terminating proxy (README): the requests say
        # X-Forwarded-Proto: https, so no redirect to HTTPS.
        SECURE_PROXY_SSL_HEADER="1",
        BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="1",
        GUNICORN_THREADS="1",
    )
    if database:
        # The test database: data the test commits is what they read.
        env["DATABASE_URL"] = f"postgres:///{database}"
    return env


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class App:
    name: str
    port: int
    process: subprocess.Popen
    log: Path

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def start(name: str, static_folder: Path, log: Path, **extra: str) -> App:
    port = free_port()
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                str(GUNICORN),
                "-c",
                "nw/gunicorn.py",
                # Both masters would otherwise claim the same default control
                # socket ($XDG_RUNTIME_DIR or ~/.gunicorn), as would a developer's.
                "--no-control-socket",
                "nw.wsgi:application",
            ],
            cwd=settings.BASE_DIR,
            env=app_environment(
                static_folder, port, connection.settings_dict["NAME"], **extra
            ),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    return App(name, port, process, log)


def stop(app: App) -> None:
    # SIGINT is gunicorn's quick shutdown; no request is running by now.
    app.process.send_signal(signal.SIGINT)
    try:
        app.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        app.process.kill()
        app.process.wait()


def wait_until_healthy(apps: list[App]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    waiting = list(apps)
    while waiting:
        for app in list(waiting):
            if app.process.poll() is not None:
                pytest.fail(
                    f"instance {app.name} exited with {app.process.returncode}:\n"
                    f"{app.output()}"
                )
            try:
                if Browser(cookies=False).get(app, "/healthz").status == 200:
                    waiting.remove(app)
            except OSError:
                pass  # not listening yet
        if waiting and time.monotonic() > deadline:
            logs = "\n".join(f"--- {a.name}:\n{a.output()}" for a in waiting)
            pytest.fail(f"no 200 from /healthz within {STARTUP_SECONDS} s:\n{logs}")
        if waiting:
            time.sleep(0.2)


@pytest.fixture(scope="module")
def running_apps(
    django_db_setup, static_build, redis_client, object_store, tmp_path_factory
):
    """Instances A and B, started once for the module (starting one takes
    seconds) on the test database, stopped whatever happens."""
    logs = tmp_path_factory.mktemp("gunicorn-logs")
    started: list[App] = []
    try:
        for name in ("A", "B"):
            started.append(
                start(
                    name,
                    static_build,
                    logs / f"{name}.log",
                    **object_store.variables,
                )
            )
        wait_until_healthy(started)
        yield started
    finally:
        for app in started:
            stop(app)


_versions = itertools.count(1)


@pytest.fixture
def apps(running_apps, transactional_db, shared_redis):
    """The running instances, with a catalogue version they never saw.

    Each test's database starts from the same catalogue version, and the
    instances keep per-process pieces (facet bitmaps, vocabularies) per
    version: a number reached in an earlier test would make them look
    current. Production never goes back to an earlier number."""
    CatalogueVersion.objects.update_or_create(
        pk=1, defaults={"number": next(_versions) * 1_000_000}
    )
    offsets = {app.name: len(app.output()) for app in running_apps}
    yield running_apps
    # What the instances logged during this test; pytest shows it only when
    # the test failed.
    for app in running_apps:
        print(f"--- gunicorn {app.name} (port {app.port}) ---")
        print(app.output()[offsets[app.name] :])


# -- a browser -----------------------------------------------------------------------


class NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer to check (302 after a good post), not to follow."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class SecureCookiesOverPlainHTTP(http.cookiejar.DefaultCookiePolicy):
    """The instances believe the proxy spoke HTTPS, so they set Secure
    cookies; the proxy we play talks plain HTTP to them."""

    def return_ok_secure(self, cookie, request):
        return True


@dataclass
class Response:
    status: int
    headers: object
    body: str

    def field(self, name: str) -> str:
        match = re.search(rf'name="{name}" value="([^"]*)"', self.body)
        assert match, f"no {name} field in the page ({self.status})"
        return match.group(1)


class Browser:
    """One visitor: a cookie jar shared by both instances, as one browser
    sees one site whichever machine answers."""

    def __init__(self, cookies: bool = True):
        self.jar = http.cookiejar.CookieJar(policy=SecureCookiesOverPlainHTTP())
        handlers = [NoRedirects()]
        if cookies:
            handlers.append(urllib.request.HTTPCookieProcessor(self.jar))
        self.opener = urllib.request.build_opener(*handlers)

    def _send(
        self, app: App, path: str, data: dict | None, multipart: bool = False
    ) -> Response:
        headers = {"Host": PUBLIC_HOST, "X-Forwarded-Proto": "https"}
        body = None
        if multipart:
            body = encode_multipart(BOUNDARY, data)
            headers["Content-Type"] = MULTIPART_CONTENT
        elif data is not None:
            body = urllib.parse.urlencode(data, doseq=True).encode()
        if data is not None:
            # Over HTTPS Django's CSRF check wants a same-origin Referer.
            headers["Referer"] = f"https://{PUBLIC_HOST}{path}"
        request = urllib.request.Request(app.url(path), data=body, headers=headers)
        try:
            with self.opener.open(request, timeout=30) as answer:
                return Response(answer.status, answer.headers, answer.read().decode())
        except urllib.error.HTTPError as answer:
            return Response(answer.code, answer.headers, answer.read().decode())

    def get(self, app: App, path: str) -> Response:
        return self._send(app, path, None)

    def post(self, app: App, path: str, data: dict) -> Response:
        return self._send(app, path, data)

    def upload(self, app: App, path: str, data: dict) -> Response:
        """A form with a file, as multipart/form-data."""
        return self._send(app, path, data, multipart=True)

    def has_cookie(self, name: str) -> bool:
        return any(cookie.name == name for cookie in self.jar)


def with_production_hash(user):
    """The tests hash passwords with MD5, which the instances (production
    settings) cannot check. A PBKDF2 hash they can, at any iteration count;
    few iterations keep making it quick here (the instances still spend the
    full work on every check, and re-hash at full strength on a sign-in)."""
    hasher = PBKDF2PasswordHasher()
    user.password = hasher.encode(PASSWORD, hasher.salt(), iterations=1000)
    user.save(update_fields=["password"])
    return user


def sign_in(browser: Browser, app: App, email: str, password: str) -> Response:
    """The site's sign-in form, filled in on ``app``."""
    login = reverse("login")
    token = browser.get(app, login).field("csrfmiddlewaretoken")
    return browser.post(
        app,
        login,
        {"csrfmiddlewaretoken": token, "username": email, "password": password},
    )


def alternating(apps: list[App], count: int) -> list[App]:
    return [apps[n % 2] for n in range(count)]


# -- a. the report limit -------------------------------------------------------------


def test_report_limit_counts_reports_sent_to_either_instance(apps):
    a, b = apps
    course = make_course("Feedback die werkt", provider=make_provider())
    url = reverse("catalogue:course_report", args=[course.slug])
    visitor = Browser()
    token = visitor.get(a, url).field("csrfmiddlewaretoken")

    answers = []
    for n, app in enumerate(alternating(apps, REPORTS_PER_HOUR + 2)):
        response = visitor.post(
            app,
            url,
            {
                "csrfmiddlewaretoken": token,
                "reason": Complaint.Reason.WRONG_INFORMATION,
                "description": f"Melding {n + 1}: de datum klopt niet.",
                "email": "",
                "website": "",  # the honeypot, left empty as a person does
            },
        )
        answers.append((app.name, response.status))

    # A, B, A, B, A are accepted; the sixth (on B) and seventh (on A) are
    # refused, whichever instance counted the earlier ones.
    expected = [
        (app.name, 302 if n < REPORTS_PER_HOUR else 429)
        for n, app in enumerate(alternating(apps, REPORTS_PER_HOUR + 2))
    ]
    assert answers == expected
    assert Complaint.objects.filter(course=course).count() == REPORTS_PER_HOUR


# -- b. the sign-in lock-out ---------------------------------------------------------


def test_wrong_passwords_on_both_instances_lock_the_account_on_both(apps):
    a, b = apps
    teacher = with_production_hash(make_user("leraar@example.com"))
    colleague = with_production_hash(make_user("collega@example.com"))
    limit = settings.AXES_FAILURE_LIMIT
    guesser = Browser()

    # Failures alternate A, B, A, B: each instance saw only half of them.
    for app in alternating(apps, limit - 1):
        assert sign_in(guesser, app, teacher.email, WRONG).status == 400
    last = alternating(apps, limit)[-1]
    assert sign_in(guesser, last, teacher.email, WRONG).status == 429
    # One count in the database, fed by both instances.
    attempt = AccessAttempt.objects.get(username=teacher.email)
    assert attempt.failures_since_start == limit

    # The right password is refused on the other instance too, and on this one.
    other = b if last is a else a
    for app in (other, last):
        refused = sign_in(guesser, app, teacher.email, PASSWORD)
        assert refused.status == 429, (app.name, refused.status)
    assert not guesser.has_cookie(settings.SESSION_COOKIE_NAME)

    # The refusal is the lock-out, not a password the instances cannot
    # check: another account from the same address still signs in.
    colleague_browser = Browser()
    signed_in = sign_in(colleague_browser, other, colleague.email, PASSWORD)
    assert signed_in.status == 302, signed_in.status
    assert colleague_browser.has_cookie(settings.SESSION_COOKIE_NAME)


# -- c. cache invalidation -----------------------------------------------------------


def test_course_changed_through_one_instance_shows_on_the_other(apps, shared_redis):
    a, b = apps
    provider = make_provider("Pedagogische begeleidingsdienst Gent", slug="pbd-gent")
    anna = with_production_hash(provider_staff(provider, "anna@pbd-gent.example"))
    old, unseen, new = (
        "Klasmanagement in de eerste graad",
        "Klasmanagement stilletjes hernoemd",
        "Klasmanagement in de tweede graad",
    )
    course = make_course(old, provider=provider, summary="Rust en regels in de klas.")
    listing = reverse("catalogue:course_list")
    visitor = Browser(cookies=False)  # anonymous: gets the shared page

    first = visitor.get(b, listing)
    assert first.status == 200
    assert old in first.body
    assert shared_redis.keys("*catalogue:page:*"), "B did not cache the page"

    # A title changed behind the app's back (no signal, no version bump):
    # an instance that shows the old title is reading the shared cache. A
    # never rendered this page itself, so it reads what B stored.
    Course.objects.filter(pk=course.pk).update(title=unseen)
    from_cache = visitor.get(a, listing)
    assert old in from_cache.body
    assert unseen not in from_cache.body

    # Anna signs in on A and saves the course in the admin there.
    anna_browser = Browser()
    signed_in = sign_in(anna_browser, a, anna.email, PASSWORD)
    assert signed_in.status == 302, signed_in.status
    change = reverse("admin:catalogue_course_change", args=[course.pk])
    form = anna_browser.get(a, change)
    assert form.status == 200, form.status
    course.refresh_from_db()
    saved = anna_browser.post(
        a,
        change,
        course_form_data(
            provider,
            course,
            title=new,
            csrfmiddlewaretoken=form.field("csrfmiddlewaretoken"),
            loaded_version=form.field("loaded_version"),
        ),
    )
    assert saved.status == 302, re.findall(
        r'class="errorlist[^"]*">.*?</ul>', saved.body, re.S
    )

    # B shows the change at once: the save raised the catalogue version in
    # the database, so B's next request looks under a new cache key.
    after = visitor.get(b, listing)
    assert after.status == 200
    assert new in after.body
    assert old not in after.body
    assert unseen not in after.body


# -- d. uploads in the shared object store --------------------------------------------


def test_a_spreadsheet_previewed_on_one_instance_is_imported_on_the_other(
    apps, object_store
):
    a, b = apps
    provider = make_provider("Pedagogische begeleidingsdienst Gent", slug="pbd-gent")
    anna = with_production_hash(provider_staff(provider, "anna@pbd-gent.example"))
    browser = Browser()
    assert sign_in(browser, a, anna.email, PASSWORD).status == 302

    # The upload goes to A, which shows the preview...
    url = reverse("admin:catalogue_course_import")
    form = browser.get(a, url)
    example = settings.BASE_DIR / "docs/import/cursussen-voorbeeld.csv"
    preview = browser.upload(
        a,
        url,
        {
            "csrfmiddlewaretoken": form.field("csrfmiddlewaretoken"),
            "import_file": SimpleUploadedFile(example.name, example.read_bytes()),
        },
    )
    assert preview.status == 200, preview.status
    stored = object_store.client.list_objects_v2(
        Bucket="nw-private", Prefix="import-previews/"
    )
    assert stored["KeyCount"] == 1

    # ...and the confirmation lands on B, which finds the upload.
    done = browser.post(
        b,
        reverse("admin:catalogue_course_process_import"),
        {
            "csrfmiddlewaretoken": preview.field("csrfmiddlewaretoken"),
            "token": preview.field("token"),
        },
    )
    assert done.status == 302, done.status
    assert Course.objects.filter(provider=provider).count() == 3
    left = object_store.client.list_objects_v2(
        Bucket="nw-private", Prefix="import-previews/"
    )
    assert left["KeyCount"] == 0
