"""Take the database away from the site under load, and check that it copes:
a PostgreSQL restart in the middle of the run, and separately a 10-second
stop. See docs/reliability.md for what it found.

    .venv/bin/python bench/faults.py [--duration 60] [--clients 8]
        [--pg-port 5499] [--pg-bin /usr/lib/postgresql/15/bin] [--keep]
        [--csv requests.csv]

A run takes 1.5-2.5 minutes: 25-80 s of setup (initdb, then migrate,
load_demo and collectstatic on a fresh database) and ``--duration`` seconds
of load (at least 45, default 60). Exit status 0 when every condition below
is met, 1 otherwise (each unmet one is printed with the requests or writes
that broke it), 130 after Ctrl+C.

What it does, in order:

1. Makes a throwaway PostgreSQL cluster of its own (``initdb --auth=trust``
   in a temporary folder, listening on 127.0.0.1:``--pg-port`` only), so no
   other database on the machine is touched. Run as root, every PostgreSQL
   command runs as the ``postgres`` user (``runuser -u postgres --``), which
   owns the folder. ``createdb nw``, then ``manage.py migrate``,
   ``load_demo`` and ``collectstatic`` into a temporary STATIC_ROOT (the
   settings fix STATIC_ROOT, so the run uses a two-line settings module that
   imports nw.settings and only changes that).
2. Starts gunicorn on 127.0.0.1 with production settings: ``DEBUG=0``, a
   throwaway ``SECRET_KEY``, nw/gunicorn.py with 2 sync workers, a 30 s
   worker timeout, and no worker recycling (``--max-requests 0``, so every
   worker restart in the log is the fault's doing; ``--no-control-socket``,
   so it leaves ~/.gunicorn alone). ``USE_X_FORWARDED_FOR=1``
   lets each complaint come from an address of its own, as from many
   visitors: the form allows 5 an hour per address.
3. Load from threads of this process (``--clients``, default 8), a new
   connection per request, a short random pause between requests:
   readers (home, the catalogue with a few searches and filters, course
   pages, /aanbieders/, /healthz), two visitors who report problems with
   listings (the complaint form on a course page), the demo teacher
   An Peeters, who starts kijkwijzers and saves her learning question, and
   the demo school leader, who edits the study-day part of the school plan
   (the form's ``revision`` field makes a save on top of someone else's
   refuse with 409, which is a correct answer, not a lost write). Every write
   carries a marker unique to the run (a started kijkwijzer: its id, from
   the redirect), and whether the site acknowledged it (a redirect) is
   recorded.
4. The schedule, in seconds from the start of the load: 5 s of warming up
   (sign-ins), steady load, ``pg_ctl restart -m fast`` at 15 s, steady
   load, ``pg_ctl stop -m fast`` half-way through the rest, 10 s without a
   database, ``pg_ctl start``, steady load to the end.
5. Looks every write up in the database (psycopg) afterwards: complaints
   by the marker in their text, kijkwijzers by id and the marker in their
   answers, plan edits by the marker in the plan's history (PlanEvent).
   Writes the site did not acknowledge but saved all the same are counted
   too; they are allowed (the database committed, the answer was lost).
6. Prints markdown tables: per phase the requests, their status codes and
   p50/p95/max latency (a request in flight while the database was away
   counts in that fault's phase, any other in the phase it started in);
   per fault the share of maintenance answers, the
   slowest request, the time from the database being back to the first
   success and to the last failure; the writes acknowledged and found. Then
   the conditions of the issue, each met or not.

The conditions (exit status 1 when one is not met, with the reasons):

- during each fault, every request that fails gets the branded 503 page
  (with Retry-After; /healthz answers its own plain 503), none a 500 or a
  broken connection;
- no request that overlaps a fault takes longer than 5 s (the settings'
  database connect timeout; the worker timeout is 30 s) and no worker is
  killed for its timeout;
- the site recovers by itself: the first success and the last failure come
  within 5 s of the database being back (``pg_ctl -w`` returning), and no
  request that ends later fails;
- every acknowledged write is in the database (and the plan holds the text
  of its last saved edit, or of a later attempt the site did not get to
  acknowledge);
- and, so the test means something: no failure in the steady load before
  the first fault, requests during each fault, and at least one
  acknowledged write of every kind.

Everything is torn down at the end, also after an error or Ctrl+C:
gunicorn is stopped, the cluster stopped and its folder removed (``--keep``
keeps the folders with the logs of PostgreSQL and gunicorn for a look;
``--csv FILE`` writes every request with its times and answer).
All traffic stays on 127.0.0.1. No dependency beyond the project's own:
threads and http.client for the load, psycopg for the checks.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import http.client
import itertools
import math
import os
import platform
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
DATABASE = "nw"
SITE_NAME = "Nascholingswijzer"

WORKER_TIMEOUT = 30  # gunicorn --timeout, as in production (nw/gunicorn.py)
CLIENT_TIMEOUT = 60  # longer than the worker timeout, so a hang shows as one
MAX_FAULT_LATENCY = 5.0  # DB_CONNECT_TIMEOUT's default
RECOVERY_SECONDS = 5.0
STOP_SECONDS = 10
WARMUP_SECONDS = 5
RESTART_AT = 15  # seconds of load before the restart (5 warm-up + 10 steady)
MIN_DURATION = 45

TEACHER = ("an.peeters@sjc-voorbeeld.example", "demo-school")
LEADER = ("directeur@sjc-voorbeeld.example", "demo-school")
PLAN_PART = "study_day"

# Variables of nw/settings.py that would make this run depend on the caller's
# shell: a shared Redis, tasks run inside requests, the query-count header.
UNSET = ("REDIS_URL", "TASKS_IMMEDIATE", "BENCH_QUERY_COUNT", "WEB_CONCURRENCY")

SETTINGS_MODULE = '''\
"""nw.settings with the static files collected into the run's own folder."""

import os
from pathlib import Path

from nw.settings import *  # noqa: F403

STATIC_ROOT = Path(os.environ["FAULTS_STATIC_ROOT"])
'''


def log(message):
    stamp = time.strftime("%H:%M:%S")
    print(f"[{stamp}] {message}", file=sys.stderr, flush=True)


def percentile(values, q):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def port_in_use(port) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex((HOST, port)) == 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


# -- the throwaway PostgreSQL cluster -----------------------------------------------


class Cluster:
    """A PostgreSQL cluster in a temporary folder, on 127.0.0.1:port only."""

    def __init__(self, bindir: Path, port: int):
        self.bindir, self.port = bindir, port
        self.as_postgres = os.geteuid() == 0
        self.dir = Path(tempfile.mkdtemp(prefix="nw-faults-pg-"))
        if self.as_postgres:
            # PostgreSQL refuses to run as root; its user owns the folder.
            shutil.chown(self.dir, "postgres", "postgres")
        self.data = self.dir / "data"
        self.logfile = self.dir / "postgresql.log"
        self.url = f"postgres://postgres@{HOST}:{port}/{DATABASE}"

    def run(self, tool, *args, timeout=120):
        command = [str(self.bindir / tool), *map(str, args)]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(
            command,
            cwd=self.dir,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"{tool} {' '.join(map(str, args))} failed ({result.returncode}):\n"
                f"{result.stdout}{result.stderr}"
            )
        return result

    def pg_ctl(self, action, *extra):
        options = f"-p {self.port} -k {self.dir} -c listen_addresses={HOST}"
        args = ["-D", self.data, "-l", self.logfile, "-w", "-t", "60", *extra]
        if action in ("start", "restart"):
            args += ["-o", options]
        return self.run("pg_ctl", *args, action)

    def create(self):
        self.run(
            "initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8"
        )
        self.pg_ctl("start")
        self.run("createdb", "-h", HOST, "-p", self.port, "-U", "postgres", DATABASE)

    def start(self):
        self.pg_ctl("start")

    def stop(self):
        self.pg_ctl("stop", "-m", "fast")

    def restart(self):
        self.pg_ctl("restart", "-m", "fast")

    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def destroy(self, keep=False):
        if self.running():
            try:
                self.pg_ctl("stop", "-m", "fast")
            except (RuntimeError, subprocess.TimeoutExpired) as error:
                log(f"pg_ctl stop failed, stopping it at once: {error}")
                self.pg_ctl("stop", "-m", "immediate")
        if keep:
            log(f"Kept the cluster's folder (log: {self.logfile}).")
        else:
            shutil.rmtree(self.dir, ignore_errors=True)


# -- the site --------------------------------------------------------------------------


def environment(cluster: Cluster, workdir: Path) -> dict[str, str]:
    return {
        "DJANGO_SETTINGS_MODULE": "faults_settings",
        "PYTHONPATH": os.pathsep.join([str(workdir), str(ROOT)]),
        "FAULTS_STATIC_ROOT": str(workdir / "static"),
        "DATABASE_URL": cluster.url,
        "DEBUG": "0",
        # Thrown away with the run; nothing signed with it outlives it.
        "SECRET_KEY": "faults-" + os.urandom(24).hex(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "USE_X_FORWARDED_FOR": "1",
        "LOG_LEVEL": "WARNING",
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "private"),
        "IMPORT_PREVIEW_DIR": str(workdir / "previews"),
    }


def child_env(env) -> dict[str, str]:
    inherited = {k: v for k, v in os.environ.items() if k not in UNSET}
    return {**inherited, **env}


def manage(env, *command):
    log(f"$ manage.py {' '.join(command)}")
    subprocess.run(
        [sys.executable, "manage.py", *command],
        cwd=ROOT,
        env=child_env(env),
        check=True,
        timeout=30 * 60,
        stdout=subprocess.DEVNULL,
    )


class Server:
    """gunicorn with production settings, 2 workers, no recycling."""

    def __init__(self, env, port, logfile: Path):
        self.env, self.port, self.logfile = env, port, logfile
        self.process = None

    def start(self):
        with open(self.logfile, "w") as out:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "-c",
                    "nw/gunicorn.py",
                    "nw.wsgi:application",
                    "--bind",
                    f"{HOST}:{self.port}",
                    "--workers",
                    "2",
                    "--timeout",
                    str(WORKER_TIMEOUT),
                    "--max-requests",
                    "0",
                    # Not the control socket in ~/.gunicorn, which another
                    # gunicorn of the same user may be using.
                    "--no-control-socket",
                ],
                cwd=ROOT,
                env=child_env(self.env),
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped; see {self.logfile}")
            try:
                connection = http.client.HTTPConnection(HOST, self.port, timeout=5)
                connection.request("GET", "/healthz")
                if connection.getresponse().status == 200:
                    return
            except OSError:
                pass
            finally:
                connection.close()
            time.sleep(0.3)
        raise RuntimeError(
            f"gunicorn did not answer /healthz in 90 s; see {self.logfile}"
        )

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def log_counts(self) -> dict[str, int]:
        text = self.logfile.read_text(errors="replace") if self.logfile.exists() else ""
        return {
            "worker timeouts": text.count("WORKER TIMEOUT"),
            "workers booted": text.count("Booting worker"),
            "database errors logged": text.count("Database unavailable for"),
        }


# -- the load ----------------------------------------------------------------------------


@dataclass
class Result:
    client: str
    kind: str
    method: str
    path: str
    start: float  # seconds since the load started
    end: float
    status: int | None
    ok: bool
    error: str = ""
    # A 503 that is the site's maintenance answer: the branded page with
    # Retry-After, or /healthz's own plain one.
    maintenance: bool = False

    @property
    def seconds(self) -> float:
        return self.end - self.start

    @property
    def code(self) -> str:
        return str(self.status) if self.status is not None else self.error


@dataclass
class Write:
    kind: str
    marker: str
    client: str
    start: float
    end: float
    status: int | None
    acknowledged: bool
    refused: bool = False  # 409: the plan changed since the form was shown
    ref: int | None = None  # the kijkwijzer's id
    found: bool | None = None


@dataclass
class Run:
    port: int
    t0: float
    run_id: str
    stop: threading.Event = field(default_factory=threading.Event)
    results: list[Result] = field(default_factory=list)
    writes: list[Write] = field(default_factory=list)
    courses: list[str] = field(default_factory=list)
    read_paths: list[str] = field(default_factory=list)
    plan_pk: int | None = None
    responses_before: int = 0
    counter: itertools.count = field(default_factory=itertools.count)
    client_errors: list[str] = field(default_factory=list)

    def now(self) -> float:
        return time.monotonic() - self.t0

    def marker(self, tag: str) -> str:
        return f"faults-{self.run_id}-{tag}{next(self.counter)}"


TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
REVISION = re.compile(r'name="revision" value="(\d+)"')
TEXTAREA = re.compile(r'<textarea name="(q\d+)"')
KIJKWIJZER_STEP = re.compile(r"/kijkwijzer/(\d+)/stap/1/$")


class Browser:
    """One visitor: a cookie jar and a new connection per request."""

    def __init__(self, run: Run, name: str):
        self.run, self.name = run, name
        self.cookies: dict[str, str] = {}

    def _keep_cookies(self, headers):
        for header in headers:
            pair, _, attributes = header.partition(";")
            name, _, value = pair.partition("=")
            name, value = name.strip(), value.strip()
            if value in ("", '""') or "max-age=0" in attributes.lower():
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value

    def request(self, method, path, kind, *, form=None, forwarded_for=None, ok=(200,)):
        """(Result, body, Location) of one request."""
        headers = {}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if forwarded_for:
            headers["X-Forwarded-For"] = forwarded_for
        status, error, text, location, maintenance = None, "", "", "", False
        start = self.run.now()
        connection = http.client.HTTPConnection(
            HOST, self.run.port, timeout=CLIENT_TIMEOUT
        )
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
            status = response.status
            self._keep_cookies(response.headers.get_all("Set-Cookie") or [])
            location = response.getheader("Location", "")
            text = data.decode("utf-8", "replace")
            if status == 503:
                content_type = response.getheader("Content-Type", "")
                maintenance = (
                    path == "/healthz" and text == "database unavailable"
                ) or (
                    "text/html" in content_type
                    and response.getheader("Retry-After") is not None
                    and SITE_NAME in text
                )
        except (OSError, http.client.HTTPException) as exc:
            error = type(exc).__name__
        finally:
            connection.close()
        # Sent to the sign-in page: the session is lost, a failure too.
        signed_out = location.startswith("/account/aanmelden/") and kind != "sign-in"
        result = Result(
            self.name,
            kind,
            method,
            path,
            start,
            self.run.now(),
            status,
            status in ok and not signed_out,
            error,
            maintenance,
        )
        self.run.results.append(result)
        return result, text, location

    def get(self, path, kind="read", ok=(200,)):
        return self.request("GET", path, kind, ok=ok)

    def token(self) -> str:
        return self.cookies.get("csrftoken", "")

    def sign_in(self, email, password) -> bool:
        result, text, _ = self.get("/account/aanmelden/", "sign-in")
        match = TOKEN.search(text)
        if not result.ok or not match:
            return False
        result, _, location = self.request(
            "POST",
            "/account/aanmelden/",
            "sign-in",
            form={
                "csrfmiddlewaretoken": match.group(1),
                "username": email,
                "password": password,
            },
            ok=(302,),
        )
        return result.ok and "sessionid" in self.cookies


def pause(rng, run: Run, low=0.05, high=0.25):
    run.stop.wait(rng.uniform(low, high))


def reader(run: Run, name: str, rng: random.Random):
    browser = Browser(run, name)
    while not run.stop.is_set():
        browser.get(rng.choice(run.read_paths))
        pause(rng, run)


def reporter(run: Run, name: str, rng: random.Random, number: int):
    """Looks at a course, reports a problem with it, follows the redirect."""
    browser = Browser(run, name)
    addresses = (f"10.{number}.{i // 250}.{i % 250 + 1}" for i in itertools.count())
    while not run.stop.is_set():
        slug = rng.choice(run.courses)
        report = f"/cursussen/{slug}/meld-een-probleem/"
        if not browser.token():
            browser.get(report)
            pause(rng, run)
            continue
        browser.get(f"/cursussen/{slug}/")
        pause(rng, run)
        marker = run.marker("c")
        result, _, location = browser.request(
            "POST",
            report,
            "write: complaint",
            form={
                "csrfmiddlewaretoken": browser.token(),
                "reason": "wrong_information",
                "description": f"Automatische fouttest {marker}: klopt de datum?",
                "email": "",
                "website": "",
            },
            forwarded_for=next(addresses),
            ok=(302,),
        )
        # Acknowledged: "thank you", back on the course's page.
        acknowledged = result.ok and location == f"/cursussen/{slug}/"
        run.writes.append(
            Write(
                "complaint",
                marker,
                name,
                result.start,
                result.end,
                result.status,
                acknowledged,
            )
        )
        if acknowledged:
            browser.get(location)
        pause(rng, run)


def teacher(run: Run, name: str, rng: random.Random):
    """Starts a kijkwijzer (a row of hers at once) and saves step 1, whose
    learning question carries the marker."""
    browser = Browser(run, name)
    field_name = None
    while not run.stop.is_set():
        if "sessionid" not in browser.cookies:
            if not browser.sign_in(*TEACHER):
                pause(rng, run, 0.5, 1)
            continue
        browser.get("/kijkwijzer/")
        pause(rng, run)
        if not browser.token():
            continue
        result, _, location = browser.request(
            "POST",
            "/kijkwijzer/starten/",
            "write: kijkwijzer",
            form={"csrfmiddlewaretoken": browser.token()},
            ok=(302,),
        )
        match = KIJKWIJZER_STEP.search(location)
        acknowledged = result.ok and match is not None
        start = Write(
            "kijkwijzer started",
            "",
            name,
            result.start,
            result.end,
            result.status,
            acknowledged,
            ref=int(match.group(1)) if match else None,
        )
        run.writes.append(start)
        if not acknowledged:
            if result.status == 302 and "aanmelden" in location:
                browser.cookies.pop("sessionid", None)
            pause(rng, run)
            continue
        result, text, _ = browser.get(location)
        found = TEXTAREA.search(text)
        field_name = found.group(1) if found else field_name
        pause(rng, run)
        if field_name is None:
            continue
        marker = run.marker("k")
        result, _, next_step = browser.request(
            "POST",
            location,
            "write: kijkwijzer",
            form={
                "csrfmiddlewaretoken": browser.token(),
                field_name: f"Wat leer ik uit de fouttest {marker}?",
            },
            ok=(302,),
        )
        run.writes.append(
            Write(
                "kijkwijzer answer",
                marker,
                name,
                result.start,
                result.end,
                result.status,
                # Acknowledged: on to step 2.
                result.ok and next_step.endswith("/stap/2/"),
                ref=start.ref,
            )
        )
        pause(rng, run)
        browser.get("/mijn-kijkwijzers/")
        pause(rng, run)


def leader(run: Run, name: str, rng: random.Random):
    """Edits the study-day part of the school plan: form with the plan's
    revision, then the save; 409 is the plan's own refusal."""
    browser = Browser(run, name)
    while not run.stop.is_set():
        if "sessionid" not in browser.cookies:
            if not browser.sign_in(*LEADER):
                pause(rng, run, 0.5, 1)
            continue
        if run.plan_pk is None:
            result, text, _ = browser.get("/schoolplan/")
            match = re.search(r"/schoolplan/plannen/(\d+)/", text)
            if match:
                run.plan_pk = int(match.group(1))
            elif result.ok:
                run.client_errors.append("the demo leader sees no plan to edit")
                return
            pause(rng, run)
            continue
        plan = f"/schoolplan/plannen/{run.plan_pk}/"
        form_path = f"{plan}deel/{PLAN_PART}/"
        result, text, location = browser.get(form_path)
        if result.status == 302 and "aanmelden" in location:
            browser.cookies.pop("sessionid", None)
            continue
        revision, token = REVISION.search(text), TOKEN.search(text)
        pause(rng, run)
        if not (result.ok and revision and token):
            continue
        marker = run.marker("p")
        result, _, saved = browser.request(
            "POST",
            form_path,
            "write: plan edit",
            form={
                "csrfmiddlewaretoken": token.group(1),
                "revision": revision.group(1),
                PLAN_PART: f"Studiedag volgens fouttest {marker}.",
            },
            ok=(302, 409),
        )
        run.writes.append(
            Write(
                "plan edit",
                marker,
                name,
                result.start,
                result.end,
                result.status,
                # Acknowledged: "Saved.", back on the plan's page.
                result.status == 302 and saved == plan,
                refused=result.status == 409,
            )
        )
        pause(rng, run)
        browser.get(plan)
        pause(rng, run)


def guarded(function, run: Run, name: str, *args):
    """A client that stops with an error reports it instead of vanishing."""
    try:
        function(run, name, *args)
    except Exception as error:  # noqa: BLE001
        run.client_errors.append(f"{name}: {type(error).__name__}: {error}")


def prepare(cluster: Cluster, run: Run):
    """The published courses' slugs, the readers' URLs, and the last
    kijkwijzer before the load (to find those saved without acknowledgement)."""
    import psycopg

    with psycopg.connect(conninfo(cluster)) as connection:
        slugs = [
            row[0]
            for row in connection.execute(
                "SELECT slug FROM catalogue_course WHERE status = 'published' "
                "ORDER BY id"
            )
        ]
        levels = [
            row[0]
            for row in connection.execute(
                "SELECT slug FROM taxonomy_educationlevel ORDER BY id LIMIT 3"
            )
        ]
        (run.responses_before,) = connection.execute(
            "SELECT coalesce(max(id), 0) FROM planning_response"
        ).fetchone()
    paths = ["/", "/healthz", "/aanbieders/", "/cursussen/", "/cursussen/?page=2"]
    paths += [
        "/cursussen/?q=lezen",
        "/cursussen/?q=digitaal",
        "/cursussen/?sort=newest",
    ]
    paths += [f"/cursussen/?level={level}" for level in levels]
    paths += [f"/cursussen/{slug}/" for slug in slugs[:: max(1, len(slugs) // 10)]]
    run.courses, run.read_paths = slugs, paths


def conninfo(cluster: Cluster) -> str:
    return (
        f"host={HOST} port={cluster.port} user=postgres dbname={DATABASE} "
        "connect_timeout=5"
    )


# -- the faults --------------------------------------------------------------------------


@dataclass
class Fault:
    name: str
    begin: float  # the pg_ctl command was started
    back: float | None = None  # pg_ctl -w returned: the database accepts connections


def load_and_faults(cluster: Cluster, run: Run, clients: int, duration: float):
    roles = [("teacher", teacher, ()), ("leader", leader, ())]
    roles += [(f"reporter-{i}", reporter, (i,)) for i in (1, 2)]
    roles += [(f"reader-{i}", reader, ()) for i in range(1, clients - 3)]
    threads = [
        threading.Thread(
            target=guarded,
            args=(function, run, name, random.Random(n), *args),
            name=name,
            daemon=True,
        )
        for n, (name, function, args) in enumerate(roles)
    ]
    for thread in threads:
        thread.start()
    faults = []
    stop_at = RESTART_AT + (duration - RESTART_AT - STOP_SECONDS) / 2
    try:
        run.stop.wait(max(0, RESTART_AT - run.now()))
        fault = Fault("restart", run.now())
        log("pg_ctl restart -m fast")
        cluster.restart()
        fault.back = run.now()
        faults.append(fault)
        log(f"database back after {fault.back - fault.begin:.1f} s")

        run.stop.wait(max(0, stop_at - run.now()))
        fault = Fault(f"stop for {STOP_SECONDS} s", run.now())
        faults.append(fault)
        log("pg_ctl stop -m fast")
        cluster.stop()
        run.stop.wait(STOP_SECONDS)
        log("pg_ctl start")
        cluster.start()
        fault.back = run.now()
        log(f"database back after {fault.back - fault.begin:.1f} s")

        run.stop.wait(max(0, duration - run.now()))
    finally:
        run.stop.set()
        for thread in threads:
            thread.join(timeout=CLIENT_TIMEOUT + 5)
    return faults


# -- the checks --------------------------------------------------------------------------


def verify_writes(cluster: Cluster, run: Run) -> dict:
    """Mark every write found or not; returns what the plan holds now."""
    import psycopg

    pattern = re.compile(rf"faults-{run.run_id}-[a-z]\d+")
    like = f"%faults-{run.run_id}-%"
    with psycopg.connect(conninfo(cluster)) as connection:
        complaints = set()
        for (text,) in connection.execute(
            "SELECT description FROM providers_complaint WHERE description LIKE %s",
            (like,),
        ):
            complaints.update(pattern.findall(text))
        ids = [w.ref for w in run.writes if w.ref is not None]
        answers = dict(
            connection.execute(
                "SELECT id, answers::text FROM planning_response WHERE id = ANY(%s)",
                (ids,),
            ).fetchall()
        )
        # Kijkwijzers of the teacher's that no acknowledged start accounts for.
        started = {w.ref for w in run.writes if w.kind == "kijkwijzer started"}
        unacknowledged = [
            pk
            for (pk,) in connection.execute(
                "SELECT r.id FROM planning_response r "
                "JOIN accounts_user u ON u.id = r.owner_id "
                "WHERE r.id > %s AND u.email = %s",
                (run.responses_before, TEACHER[0]),
            )
            if pk not in started
        ]
        edits, final = set(), ""
        if run.plan_pk is not None:
            for (text,) in connection.execute(
                "SELECT changes::text FROM planning_planevent WHERE plan_id = %s",
                (run.plan_pk,),
            ):
                edits.update(pattern.findall(text))
            row = connection.execute(
                f"SELECT {PLAN_PART} FROM planning_plan WHERE id = %s", (run.plan_pk,)
            ).fetchone()
            final = row[0] if row else ""
    for write in run.writes:
        if write.kind == "complaint":
            write.found = write.marker in complaints
        elif write.kind == "kijkwijzer started":
            write.found = write.ref in answers
        elif write.kind == "kijkwijzer answer":
            write.found = write.marker in answers.get(write.ref, "")
        elif write.kind == "plan edit":
            write.found = write.marker in edits
    # The plan's text must be that of its last acknowledged edit, or of a
    # later attempt that was saved without the site getting to say so.
    edits_in_order = sorted(
        (w for w in run.writes if w.kind == "plan edit"), key=lambda w: w.start
    )
    last_ack = max(
        (i for i, w in enumerate(edits_in_order) if w.acknowledged), default=None
    )
    allowed = (
        {w.marker for w in edits_in_order[last_ack:]} if last_ack is not None else set()
    )
    holds = pattern.findall(final or "")
    return {
        "text": final,
        "ok": last_ack is None or bool(holds and holds[0] in allowed),
        "kijkwijzers saved unacknowledged": len(unacknowledged),
    }


def phases(faults) -> list[tuple[str, float, float, bool]]:
    """(name, from, to, is a fault) in order."""
    restart, stop = faults
    return [
        ("warm-up (sign-ins)", 0, WARMUP_SECONDS, False),
        ("steady load", WARMUP_SECONDS, restart.begin, False),
        ("restart (database away)", restart.begin, restart.back, True),
        ("after the restart", restart.back, stop.begin, False),
        (f"stop for {STOP_SECONDS} s (database away)", stop.begin, stop.back, True),
        ("after the stop", stop.back, math.inf, False),
    ]


def phase_of(result: Result, faults) -> str:
    """A request in flight while the database was away counts in that
    fault's phase; any other in the phase in which it started."""
    rows = phases(faults)
    for name, begin, end, fault in rows:
        if fault and result.start < end and result.end > begin:
            return name
    for name, begin, end, _fault in rows:
        if begin <= result.start < end:
            return name
    return rows[-1][0]


def status_counts(results) -> str:
    counts = Counter(r.code for r in results)
    return ", ".join(f"{code} × {n}" for code, n in sorted(counts.items()))


def ms(seconds):
    return "–" if seconds is None else f"{seconds * 1000:,.0f}"


def fault_figures(fault: Fault, results, next_begin: float) -> dict:
    """The requests in flight while the database was away, and those that
    ended after it was back (and before the next fault began)."""
    during = [r for r in results if r.start < fault.back and r.end > fault.begin]
    after = [r for r in results if fault.back < r.end <= next_begin]
    first_success = min(
        (r.end for r in after if r.ok and r.start >= fault.back), default=None
    )
    last_failure = max((r.end for r in after if not r.ok), default=None)
    late = [r for r in after if not r.ok and r.end > fault.back + RECOVERY_SECONDS]
    return {
        "during": during,
        "maintenance": [r for r in during if r.maintenance],
        "other failures": [r for r in during if not r.ok and not r.maintenance],
        "slowest": max(during, key=lambda r: r.seconds, default=None),
        "first success": None if first_success is None else first_success - fault.back,
        "last failure": None if last_failure is None else last_failure - fault.back,
        "late failures": late,
    }


def describe(results, limit=5) -> str:
    shown = [
        f"{r.method} {r.path} → {r.code} at {r.start:.1f}–{r.end:.1f} s ({r.client})"
        for r in results[:limit]
    ]
    more = f" and {len(results) - limit} more" if len(results) > limit else ""
    return "; ".join(shown) + more


def report(run: Run, faults, server_log: dict, plan_state: dict, info: dict):
    results = sorted(run.results, key=lambda r: r.start)
    lines = [
        f"Run of {info['started']:%Y-%m-%d %H:%M}: {info['duration']:.0f} s of load "
        f"from {info['clients']} clients, gunicorn with 2 sync workers "
        f"(timeout {WORKER_TIMEOUT} s), {info['postgres']}.",
        f"Machine: {os.cpu_count()} cores, load average {info['load_before']} "
        f"before the run and {info['load_after']} after it; Python "
        f"{platform.python_version()}.",
        "",
        "| phase | seconds | requests | status codes | p50 ms | p95 ms | max ms |",
        "| --- | --- | ---: | --- | ---: | ---: | ---: |",
    ]
    by_phase = {}
    for result in results:
        by_phase.setdefault(phase_of(result, faults), []).append(result)
    for name, begin, end, _fault in phases(faults):
        inside = by_phase.get(name, [])
        times = [r.seconds for r in inside]
        end_text = f"{end:.1f}" if end != math.inf else f"{info['duration']:.1f}"
        lines.append(
            f"| {name} | {begin:.1f}–{end_text} | {len(inside):,} "
            f"| {status_counts(inside)} | {ms(percentile(times, 0.5))} "
            f"| {ms(percentile(times, 0.95))} | {ms(max(times, default=None))} |"
        )
    lines += [
        "",
        "| fault | database away | requests | maintenance 503 | other failures "
        "| slowest request | first success after | last failure after "
        f"| failures later than {RECOVERY_SECONDS:.0f} s |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    figures = {}
    for fault, following in zip(faults, [*faults[1:], None], strict=True):
        next_begin = following.begin if following else math.inf
        f = figures[fault.name] = fault_figures(fault, results, next_begin)
        share = len(f["maintenance"]) / len(f["during"]) if f["during"] else 0
        slowest = f["slowest"]
        lines.append(
            f"| {fault.name} | {fault.back - fault.begin:.1f} s "
            f"| {len(f['during'])} | {len(f['maintenance'])} ({share:.0%}) "
            f"| {len(f['other failures'])} "
            f"| {ms(slowest.seconds if slowest else None)} ms "
            f"| {_seconds(f['first success'])} | {_seconds(f['last failure'])} "
            f"| {len(f['late failures'])} |"
        )
    lines += [
        "",
        "| write | attempted | acknowledged | acknowledged and found "
        "| refused (409) | not acknowledged but saved |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    kinds = dict.fromkeys(
        ["complaint", "kijkwijzer started", "kijkwijzer answer", "plan edit"]
    )
    for kind in kinds:
        writes = [w for w in run.writes if w.kind == kind]
        acked = [w for w in writes if w.acknowledged]
        saved_anyway = sum(1 for w in writes if not w.acknowledged and w.found)
        if kind == "kijkwijzer started":
            saved_anyway = plan_state["kijkwijzers saved unacknowledged"]
        lines.append(
            f"| {kind} | {len(writes)} | {len(acked)} "
            f"| {sum(1 for w in acked if w.found)} "
            f"| {sum(1 for w in writes if w.refused)} "
            f"| {saved_anyway} |"
        )
    lines += [
        "",
        "gunicorn's log: "
        + ", ".join(f"{name} {n}" for name, n in server_log.items())
        + ".",
    ]

    conditions = []

    def check(label, met, why=""):
        conditions.append((label, met, why))

    steady = [
        r for r in results if r.start >= WARMUP_SECONDS and r.end <= faults[0].begin
    ]
    bad = [r for r in steady if not r.ok]
    check("no failure under steady load before the faults", not bad, describe(bad))
    for fault in faults:
        f = figures[fault.name]
        check(
            f"{fault.name}: requests were made while the database was away",
            bool(f["during"]),
        )
        check(
            f"{fault.name}: every failure is the branded 503",
            not f["other failures"],
            describe(f["other failures"]),
        )
        slowest = f["slowest"]
        check(
            f"{fault.name}: no request slower than {MAX_FAULT_LATENCY:.0f} s",
            slowest is None or slowest.seconds <= MAX_FAULT_LATENCY,
            describe([slowest]) if slowest else "",
        )
        check(
            f"{fault.name}: first success within {RECOVERY_SECONDS:.0f} s",
            f["first success"] is not None and f["first success"] <= RECOVERY_SECONDS,
            _seconds(f["first success"]),
        )
        check(
            f"{fault.name}: no failure later than {RECOVERY_SECONDS:.0f} s "
            "after the database is back",
            not f["late failures"],
            describe(f["late failures"]),
        )
    check(
        "no worker killed for its timeout",
        server_log["worker timeouts"] == 0,
        f"{server_log['worker timeouts']} WORKER TIMEOUT lines",
    )
    for kind in kinds:
        acked = [w for w in run.writes if w.kind == kind and w.acknowledged]
        missing = [w for w in acked if not w.found]
        check(f"{kind}: at least one write acknowledged", bool(acked))
        check(
            f"{kind}: every acknowledged write is in the database",
            not missing,
            "; ".join(
                f"{w.marker or w.ref} acknowledged at {w.end:.1f} s"
                for w in missing[:5]
            ),
        )
    check(
        "the plan holds its last saved text",
        plan_state["ok"],
        repr(plan_state["text"][:80]),
    )
    check(
        "no load client stopped with an error",
        not run.client_errors,
        "; ".join(run.client_errors),
    )

    lines += ["", "Conditions:", ""]
    for label, met, why in conditions:
        mark = "✓" if met else "✗"
        lines.append(f"- {mark} {label}" + ("" if met or not why else f": {why}"))
    return "\n".join(lines), [c for c in conditions if not c[1]]


def _seconds(value):
    return "never" if value is None else f"{value:.2f} s"


# -- main ----------------------------------------------------------------------------


def pg_bindir(given) -> Path:
    if given:
        return Path(given)
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "pg_ctl").exists():
            return candidate
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    raise SystemExit("No PostgreSQL server binaries found; give --pg-bin.")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--duration", type=float, default=60, help="seconds of load (at least 45)"
    )
    parser.add_argument(
        "--clients", type=int, default=8, help="concurrent clients (at least 5)"
    )
    parser.add_argument("--pg-port", type=int, default=5499)
    parser.add_argument("--pg-bin", help="folder of initdb and pg_ctl")
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary folders and logs"
    )
    parser.add_argument(
        "--csv", type=Path, help="also write every request to this CSV file"
    )
    args = parser.parse_args(argv)
    if args.duration < MIN_DURATION:
        parser.error(f"--duration must be at least {MIN_DURATION} s")
    if args.clients < 5:
        parser.error("--clients must be at least 5")
    if port_in_use(args.pg_port):
        raise SystemExit(
            f"Something already listens on {HOST}:{args.pg_port}; "
            "choose another --pg-port."
        )
    # Ctrl+C (even when started in the background, where the shell ignores
    # it) and a `kill` tear down too, through the finally below.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    started = dt.datetime.now()
    load_before = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    bindir = pg_bindir(args.pg_bin)
    workdir = Path(tempfile.mkdtemp(prefix="nw-faults-"))
    (workdir / "faults_settings.py").write_text(SETTINGS_MODULE)
    cluster = Cluster(bindir, args.pg_port)
    server = None
    try:
        log(f"PostgreSQL cluster in {cluster.dir}, port {args.pg_port}")
        cluster.create()
        postgres = cluster.run("postgres", "--version").stdout.strip()
        env = environment(cluster, workdir)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo")
        manage(env, "collectstatic", "--noinput", "-v0")
        server = Server(env, free_port(), workdir / "gunicorn.log")
        run = Run(server.port, time.monotonic(), os.urandom(3).hex())
        prepare(cluster, run)
        log(f"gunicorn on {HOST}:{server.port}")
        server.start()
        run.t0 = time.monotonic()
        log(f"load for {args.duration:.0f} s from {args.clients} clients")
        faults = load_and_faults(cluster, run, args.clients, args.duration)
        server.stop()
        plan_state = verify_writes(cluster, run)
        text, failed = report(
            run,
            faults,
            server.log_counts(),
            plan_state,
            {
                "started": started,
                "duration": args.duration,
                "clients": args.clients,
                "postgres": postgres.replace("postgres (PostgreSQL)", "PostgreSQL"),
                "load_before": load_before,
                "load_after": " / ".join(f"{x:.1f}" for x in os.getloadavg()),
            },
        )
        print(text)
        if args.csv:
            write_csv(args.csv, run, faults)
        if failed:
            print(f"\n{len(failed)} condition(s) not met:", file=sys.stderr)
            for label, _met, why in failed:
                print(f"  - {label}" + (f": {why}" if why else ""), file=sys.stderr)
            return 1
        return 0
    except KeyboardInterrupt:
        log("Interrupted; tearing down.")
        return 130
    except Exception:
        log_tail(workdir / "gunicorn.log")
        log_tail(cluster.logfile)
        raise
    finally:
        if server is not None:
            server.stop()
        cluster.destroy(keep=args.keep)
        if args.keep:
            log(f"Kept {workdir} (gunicorn.log).")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def write_csv(path: Path, run: Run, faults):
    """Every request, for a closer look at a failure: seconds from the start
    of the load, phase, client, request, answer."""
    with open(path, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(
            ["start", "end", "phase", "client", "kind", "method", "path"]
            + ["status", "ok", "maintenance"]
        )
        for r in sorted(run.results, key=lambda r: r.start):
            writer.writerow(
                [f"{r.start:.3f}", f"{r.end:.3f}", phase_of(r, faults), r.client]
                + [r.kind, r.method, r.path, r.code, int(r.ok), int(r.maintenance)]
            )
    log(f"Wrote {len(run.results)} requests to {path}.")


def log_tail(path: Path, lines=30):
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return
    log(f"--- {path} (last {lines} lines)")
    log("\n".join(text.splitlines()[-lines:]))


if __name__ == "__main__":
    sys.exit(main())
