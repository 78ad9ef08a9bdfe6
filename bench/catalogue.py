"""Measure the catalogue at scale, as issue 9 asks, and write the table into
docs/performance.md.

    .venv/bin/python bench/catalogue.py [--courses 100000] [--seed 1]
        [--database postgres:///nw_bench] [--quick] [--reuse | --regenerate]
        [--no-write]

What it does, in order:

1. ``manage.py migrate``, then ``manage.py generate_catalogue --replace``
   unless the database already holds a generated catalogue of that size
   (``--reuse`` measures whatever it holds, the demo catalogue for instance;
   ``--regenerate`` generates anew all the same), then
   ``collectstatic`` (production settings serve hashed static files).
2. Picks the URLs from the data: the most common education level, theme and
   province among coming courses as filters, a common word ("leren") and a
   rare one from the titles, a few courses spread over the catalogue, the
   provider with the most coming courses.
3. Starts gunicorn with production settings on 127.0.0.1 (DEBUG off, a
   throwaway SECRET_KEY, two workers, worker recycling off, nw/gunicorn.py
   for the rest) and ``BENCH_QUERY_COUNT=1``, so every response says how
   many SQL queries it took (nw/bench.py).
4. Cold latency: a few rounds of "restart gunicorn, request every kind
   once", so each sample is the first request of its kind in fresh workers
   with no cache warm. Warm latency: the same URLs repeated by one client.
5. Throughput: ``wrk`` with 8 connections for a fixed time per kind, and the
   same for /ping (a minimal view), /healthz and a static file served by
   whitenoise; each page's requests/s is also given as a share of /ping's.
6. Each worker's resident memory (from /proc) after warming up and at the
   end, and whether a worker was replaced during the run.
7. On PostgreSQL, ``EXPLAIN (ANALYZE, BUFFERS)`` of every query the list and
   search pages send: time, sequential scans over courses, sessions or
   facets, JIT and sorts that spill to disk.

Every loop is bounded in count and time, all traffic goes to 127.0.0.1,
and gunicorn is stopped whatever happens. Needs ``wrk`` (Debian/Ubuntu:
``apt-get install wrk``; macOS: ``brew install wrk``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import itertools
import json
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
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"
START_MARK = "<!-- bench/catalogue.py: results start -->"
END_MARK = "<!-- bench/catalogue.py: results end -->"
HOST = "127.0.0.1"
CONNECTIONS = 8

# What issue 9 asks of each kind: p95 of a request with no warm cache (ms),
# and requests/s at 8 clients as a share of /ping's (%). None: no target.
# One URL asked again and again is a popular URL with its caches warm (10 %
# for the list's first pages); the "many ..." kinds ask a different URL
# almost every time, so they measure the uncached pages (2 %, 1 %).
TARGETS = {
    "list": (40, 10),
    "list_1": (40, 10),
    "list_3": (40, 2),
    "list_varied": (40, 2),
    "search_common": (100, 0.5),
    "search_rare": (60, None),
    "search_filters": (60, 1),
    "search_varied": (60, 1),
    "page_deep": (60, 2),
    "newest": (40, 2),
    "detail": (15, 15),
    "provider": (40, None),
    "providers": (40, None),
}
# Bounds on the URLs of the "many ..." kinds.
MAX_VARIED = 1000


@dataclass
class Kind:
    key: str
    label: str
    paths: list[str]
    # A different URL for (almost) every request: measures cache misses.
    varied: bool = False
    samples_cold: list[float] = field(default_factory=list)
    samples_warm: list[float] = field(default_factory=list)
    queries_cold: set[int] = field(default_factory=set)
    queries_warm: set[int] = field(default_factory=set)
    sizes: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    rps: float | None = None
    load_p50: float | None = None
    load_errors: str = ""


def log(message):
    print(message, file=sys.stderr, flush=True)


# -- settings shared by this process, the management commands and gunicorn --


def environment(args) -> dict[str, str]:
    return {
        "DATABASE_URL": args.database,
        "DEBUG": "0",
        # Thrown away with the run; nothing signed with it outlives it.
        "SECRET_KEY": "bench-" + os.urandom(24).hex(),
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "0",
        "BENCH_QUERY_COUNT": "1",
        "LOG_LEVEL": "WARNING",
    }


def manage(*command, env, check=True):
    log(f"$ manage.py {' '.join(command)}")
    return subprocess.run(
        [sys.executable, "manage.py", *command],
        cwd=ROOT,
        env={**os.environ, **env},
        check=check,
        timeout=60 * 60,
    )


def setup_django(env):
    os.environ.update(env)
    os.environ["DJANGO_SETTINGS_MODULE"] = "nw.settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


# -- the data ------------------------------------------------------------------


def data_size() -> dict[str, int]:
    from catalogue.models import Course, CourseFacet, Session
    from providers.models import Provider

    published = Course.objects.published()
    return {
        "courses": Course.objects.count(),
        "published": published.count(),
        "coming": published.upcoming().count(),
        "sessions": Session.objects.count(),
        "facets": CourseFacet.objects.count(),
        "providers": Provider.objects.count(),
    }


def ensure_data(args, env):
    manage("migrate", "--noinput", "-v0", env=env)
    from catalogue import generate
    from catalogue.models import Course

    generated = Course.objects.filter(
        provider__in=generate.generated_providers()
    ).count()
    if args.reuse:
        log(f"Measuring the catalogue as it is: {Course.objects.count()} courses.")
    elif generated == args.courses and not args.regenerate:
        log(f"The database already holds {generated} generated courses; reusing them.")
    else:
        manage(
            "generate_catalogue",
            "--courses",
            str(args.courses),
            "--seed",
            str(args.seed),
            "--replace",
            env=env,
        )
    manage("collectstatic", "--noinput", "-v0", env=env)


def top_terms(kind, model, coming, n=1) -> list[str]:
    """The URL values (slugs) of the n terms most coming courses carry."""
    from django.db.models import Count

    from catalogue.models import CourseFacet

    rows = (
        CourseFacet.objects.filter(kind=kind, course__in=coming.values("pk"))
        .values("value")
        .annotate(n=Count("id"))
        .order_by("-n", "value")[:n]
    )
    slugs = dict(model.objects.values_list("pk", "slug"))
    return [slugs[int(row["value"])] for row in rows if int(row["value"]) in slugs]


def title_words(coming, sample=3000) -> Counter:
    """How many of a sample of coming courses have each word in their title."""
    from catalogue.search import tokens

    words = Counter()
    for title in coming.order_by("pk").values_list("title", flat=True)[:sample]:
        words.update({w for w in tokens(title) if len(w) >= 5 and w.isalpha()})
    return words


def rare_word(coming) -> str | None:
    """A word of a course title that few courses contain: the least frequent
    long words of a sample of titles, checked with the catalogue's own search."""
    from catalogue.search import apply_search

    words = title_words(coming)
    long = [w for w in words if len(w) >= 7]
    candidates = sorted(long, key=lambda w: (words[w], w))[:10]
    for word in candidates:
        if 1 <= apply_search(coming, word).count() <= 50:
            return word
    return candidates[0] if candidates else None


def pick_urls(args) -> list[Kind]:
    from django.conf import settings
    from django.contrib.staticfiles.storage import staticfiles_storage
    from django.db.models import Count

    from catalogue import index
    from catalogue.models import Course
    from providers.models import Provider
    from taxonomy.models import EducationLevel, Province, Theme

    coming = Course.objects.published().upcoming()
    levels = top_terms(index.LEVEL, EducationLevel, coming, 5) or [""]
    themes = top_terms(index.THEME, Theme, coming, 20) or [""]
    provinces = top_terms(index.PROVINCE, Province, coming, 10) or [""]
    level, theme, province = levels[0], themes[0], provinces[0]
    rare = rare_word(coming) or "zeldzaamwoord"

    def catalogue(**params):
        return "/cursussen/" + (f"?{urlencode(params)}" if params else "")

    pages = max(1, math.ceil(coming.count() / settings.CATALOGUE_PAGE_SIZE))
    deep = min(200, pages)
    ids = list(coming.order_by("pk").values_list("pk", flat=True))
    spread = [ids[i * len(ids) // 5] for i in range(5)] if ids else []
    details = [
        f"/cursussen/{slug}/"
        for slug in Course.objects.filter(pk__in=spread)
        .order_by("pk")
        .values_list("slug", flat=True)
    ]
    row = (
        coming.filter(provider__in=Provider.objects.active())
        .values("provider__slug")
        .annotate(n=Count("id"))
        .order_by("-n", "provider__slug")
        .first()
    )
    provider = (row["provider__slug"], row["n"]) if row else ("", 0)
    # Many different filter states and searches, in an order that does not
    # follow the cache's, for the uncached pages.
    shuffle = random.Random(args.seed).shuffle
    filter_states = []
    for lv, th, pr in itertools.product(levels, themes, provinces):
        filter_states += [{"theme": th}, {"level": lv, "province": pr}]
        filter_states.append({"level": lv, "theme": th, "province": pr})
    filter_states = [
        dict(t) for t in dict.fromkeys(tuple(f.items()) for f in filter_states)
    ]
    shuffle(filter_states)
    words = title_words(coming)
    common = sorted(words, key=lambda w: (-words[w], w))[:40]
    searches = [
        {"q": w, "level": lv, "province": pr}
        for w, lv, pr in itertools.product(common, levels, provinces[:5])
    ]
    shuffle(searches)
    return [
        Kind("ping", "`/ping` (minimal view)", ["/ping"]),
        Kind("healthz", "`/healthz`", ["/healthz"]),
        Kind(
            "static",
            "static file (whitenoise)",
            [staticfiles_storage.url("css/site.css")],
        ),
        Kind("list", "list, no filter", [catalogue()]),
        Kind("list_1", "list, 1 filter", [catalogue(level=level)]),
        Kind(
            "list_3",
            "list, 3 filters",
            [catalogue(level=level, theme=theme, province=province)],
        ),
        Kind(
            "list_varied",
            f"list, many filter states ({min(len(filter_states), MAX_VARIED)})",
            [catalogue(**f) for f in filter_states[:MAX_VARIED]],
            varied=True,
        ),
        Kind("search_common", "search, common word", [catalogue(q="leren")]),
        Kind("search_rare", "search, rare word", [catalogue(q=rare)]),
        Kind(
            "search_filters",
            "search + 2 filters",
            [catalogue(q="leren", level=level, province=province)],
        ),
        Kind(
            "search_varied",
            f"search + 2 filters, many searches ({min(len(searches), MAX_VARIED)})",
            [catalogue(**f) for f in searches[:MAX_VARIED]],
            varied=True,
        ),
        Kind("page_deep", f"page {deep}", [catalogue(page=deep)]),
        Kind("newest", "sort by newest", [catalogue(sort="newest")]),
        Kind("detail", f"course detail ({len(details)} courses)", details),
        Kind(
            "provider",
            f"provider page ({provider[1]} coming courses)",
            [f"/aanbieders/{provider[0]}/"],
        ),
        Kind("providers", "`/aanbieders/`", ["/aanbieders/"]),
    ]


# -- gunicorn ------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Server:
    """gunicorn with production settings, two workers, no recycling."""

    def __init__(self, env, port, logdir):
        self.env, self.port, self.logdir = env, port, logdir
        self.process = None
        self.starts = 0

    def start(self):
        self.starts += 1
        logfile = open(self.logdir / f"gunicorn-{self.starts}.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "nw/gunicorn.py",
                "--workers",
                "2",
                "--max-requests",
                "0",
                "--bind",
                f"{HOST}:{self.port}",
                "nw.wsgi",
            ],
            cwd=ROOT,
            env={**os.environ, **self.env, "WEB_CONCURRENCY": "2"},
            stdout=logfile,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        logfile.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn stopped; see {logfile.name}")
            try:
                status, *_ = get(self.port, "/healthz", timeout=5)
                if status == 200 and len(self.workers()) == 2:
                    # Most likely both workers have their database connection
                    # open after this; "cold" is about caches, not connecting.
                    for _ in range(4):
                        get(self.port, "/healthz")
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise SystemExit(
            f"gunicorn did not answer /healthz in 60 s; see {logfile.name}"
        )

    def workers(self) -> list[int]:
        if self.process is None:
            return []
        found = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid:
                found.append(int(stat.parent.name))
        return sorted(found)

    def rss(self) -> dict[int, float]:
        """Resident memory of each worker, in MB."""
        out = {}
        for pid in self.workers():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            match = re.search(r"VmRSS:\s+(\d+) kB", status)
            if match:
                out[pid] = int(match.group(1)) / 1024
        return out

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            self.process = None
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None


def get(port, path, timeout=120):
    """One request on a new connection, as a browser's first: (status,
    milliseconds until the whole body is in, body size, X-Query-Count)."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        count = response.getheader("X-Query-Count")
        return (
            response.status,
            elapsed,
            len(body),
            int(count) if count is not None else None,
        )
    finally:
        connection.close()


def record(kind, result, samples, queries):
    status, ms, size, count = result
    if status != 200:
        kind.errors.append(f"HTTP {status}")
        return
    samples.append(ms)
    kind.sizes.append(size)
    if count is not None:
        queries.add(count)


def percentile(values, q):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


# -- the measurements ------------------------------------------------------------


def measure_cold(server, kinds, rounds):
    """Each round restarts gunicorn and asks every kind once, starting at a
    different kind each round so no kind always pays for the first request."""
    for r in range(rounds):
        log(f"cold round {r + 1}/{rounds}")
        server.stop()
        server.start()
        order = kinds[r % len(kinds) :] + kinds[: r % len(kinds)]
        for kind in order:
            path = kind.paths[r % len(kind.paths)]
            record(kind, get(server.port, path), kind.samples_cold, kind.queries_cold)


def measure_warm(server, kinds, count, seconds):
    for kind in kinds:
        if kind.varied:
            # Warm workers, but a URL not asked before: a cache miss.
            paths = kind.paths[-count:]
        else:
            # Untimed: let both workers see each URL (at most five) once.
            for path in kind.paths[:5] * 2:
                get(server.port, path)
            paths = kind.paths
        deadline = time.monotonic() + seconds
        for i in range(count):
            path = paths[i % len(paths)]
            record(kind, get(server.port, path), kind.samples_warm, kind.queries_warm)
            if time.monotonic() > deadline:
                break
        log(f"warm {kind.key}: p50 {percentile(kind.samples_warm, 0.5):.1f} ms")


WRK_SCRIPT = """\
local paths = {%s}
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
"""


def to_ms(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def measure_load(server, kind, seconds, workdir):
    script = workdir / f"{kind.key}.lua"
    script.write_text(WRK_SCRIPT % ", ".join(json.dumps(p) for p in kind.paths))
    result = subprocess.run(
        [
            "wrk",
            "--threads",
            "2",
            "--connections",
            str(CONNECTIONS),
            "--duration",
            f"{seconds}s",
            "--timeout",
            "60s",
            "--latency",
            "--script",
            str(script),
            f"http://{HOST}:{server.port}",
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 120,
    )
    output = result.stdout
    match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    kind.rps = float(match.group(1)) if match else None
    match = re.search(r"^\s+50%\s+(\S+)", output, re.MULTILINE)
    kind.load_p50 = to_ms(match.group(1)) if match else None
    problems = []
    match = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if match:
        problems.append(f"{match.group(1)} non-2xx")
    match = re.search(r"Socket errors: (.*)", output)
    if match:
        problems.append(f"socket errors: {match.group(1)}")
    kind.load_errors = "; ".join(problems)
    log(f"load {kind.key}: {kind.rps} req/s, p50 {kind.load_p50} ms {kind.load_errors}")
    settle(server)


def settle(server, seconds=180):
    """Wait until the workers have finished what wrk left queued: gunicorn
    still answers requests whose client has gone, and the next kind must not
    pay for them."""
    deadline = time.monotonic() + seconds
    quick = 0
    while quick < 4 and time.monotonic() < deadline:
        _status, ms, _size, _count = get(server.port, "/ping")
        quick = quick + 1 if ms < 20 else 0
        if not quick:
            time.sleep(0.2)


def selects_of(client, path) -> list[tuple[str, tuple]]:
    """The SELECT statements (SQL, parameters) one request sends."""
    from django.db import connection

    captured = []

    def capture(execute, sql, params, many, context):
        if not many and sql.lstrip(" \n(").upper().startswith(("SELECT", "WITH")):
            captured.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(capture):
        client.get(path)
    return captured


def explain_pages(kinds) -> list[dict]:
    """EXPLAIN (ANALYZE, BUFFERS) of every query the list and search pages
    send that reads courses, sessions or facets."""
    from django.db import connection
    from django.test import Client

    tables = ("catalogue_course", "catalogue_session", "catalogue_coursefacet")
    client = Client(SERVER_NAME=HOST)
    by_key = {k.key: k for k in kinds}
    out = []
    for key in ("list", "list_3", "search_common", "search_filters"):
        kind = by_key[key]
        captured = selects_of(client, kind.paths[0])
        summary = {
            "kind": kind.label,
            "queries": 0,
            "ms": 0.0,
            "slowest": 0.0,
            "seq": set(),
            "jit": 0.0,
            "disk_sorts": 0,
        }
        for sql, params in captured:
            if not any(t in sql for t in tables):
                continue
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {sql}", params)
                plan = cursor.fetchone()[0]
            plan = json.loads(plan) if isinstance(plan, str) else plan
            top = plan[0]
            summary["queries"] += 1
            summary["ms"] += top["Execution Time"] + top.get("Planning Time", 0)
            summary["slowest"] = max(summary["slowest"], top["Execution Time"])
            summary["jit"] += top.get("JIT", {}).get("Timing", {}).get("Total", 0)
            stack = [top["Plan"]]
            while stack:
                node = stack.pop()
                stack.extend(node.get("Plans", []))
                if (
                    node["Node Type"] == "Seq Scan"
                    and node.get("Relation Name") in tables
                ):
                    summary["seq"].add(node["Relation Name"])
                if node.get("Sort Space Type") == "Disk":
                    summary["disk_sorts"] += 1
        out.append(summary)
        log(f"explain {key}: {summary}")
    return out


# -- the report ----------------------------------------------------------------


def machine() -> dict[str, str]:
    from django.db import connection

    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "?"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())[1])
        memory = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, TypeError):
        pass
    database = connection.vendor
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            settings = []
            for name in ("server_version", "work_mem", "shared_buffers", "jit"):
                cursor.execute(f"SHOW {name}")
                settings.append(f"{name} {cursor.fetchone()[0]}")
        database = "PostgreSQL " + ", ".join(settings)
    revision = subprocess.run(
        ["git", "describe", "--always", "--dirty"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    wrk = subprocess.run(["wrk", "--version"], capture_output=True, text=True)
    import django
    import gunicorn

    return {
        "cpu": f"{os.cpu_count()} cores ({cpu})",
        "memory": memory,
        "database": database,
        "software": (
            f"Python {platform.python_version()}, Django {django.get_version()}, "
            f"gunicorn {gunicorn.__version__}, "
            f"{(wrk.stdout or wrk.stderr).split(' [')[0].strip()}"
        ),
        "revision": revision or "?",
    }


def span(numbers):
    if not numbers:
        return "–"
    low, high = min(numbers), max(numbers)
    return str(low) if low == high else f"{low}–{high}"


def fmt(value, digits=0):
    return "–" if value is None else f"{value:,.{digits}f}"


def verdict(value, limit, below):
    if value is None or limit is None:
        return ""
    return "✓" if (value < limit if below else value >= limit) else "✗"


def table(kinds, ping_rps) -> list[str]:
    lines = [
        "| request | SQL queries cold / warm | KB | cold p50 / p95 ms | warm p50 / p95 ms "
        "| req/s at 8 clients | vs `/ping` | target p95 / vs `/ping` |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for kind in kinds:
        queries = f"{span(kind.queries_cold)} / {span(kind.queries_warm)}"
        size = fmt(max(kind.sizes) / 1024, 1) if kind.sizes else "–"
        cold_p95 = percentile(kind.samples_cold, 0.95)
        cold = f"{fmt(percentile(kind.samples_cold, 0.5), 1)} / {fmt(cold_p95, 1)}"
        warm = (
            f"{fmt(percentile(kind.samples_warm, 0.5), 1)} / "
            f"{fmt(percentile(kind.samples_warm, 0.95), 1)}"
        )
        ratio = kind.rps / ping_rps * 100 if kind.rps and ping_rps else None
        ratio_text = (
            "100 %"
            if kind.key == "ping"
            else (f"{ratio:.2f} %" if ratio is not None else "–")
        )
        target = ""
        if kind.key in TARGETS:
            p95_limit, ratio_limit = TARGETS[kind.key]
            parts = [f"< {p95_limit} ms {verdict(cold_p95, p95_limit, True)}"]
            parts.append(
                f"≥ {ratio_limit} % {verdict(ratio, ratio_limit, False)}"
                if ratio_limit
                else "–"
            )
            target = " / ".join(parts)
        rps = fmt(kind.rps, 0)
        problems = kind.errors[:1] + ([kind.load_errors] if kind.load_errors else [])
        if problems:
            rps += " (" + "; ".join(problems) + ")"
        lines.append(
            f"| {kind.label} | {queries} | {size} | {cold} | {warm} | {rps} "
            f"| {ratio_text} | {target} |"
        )
    return lines


def report(args, kinds, size, host, run, explained, started) -> str:
    by_key = {k.key: k for k in kinds}
    ping = by_key["ping"]
    n_cold = len(ping.samples_cold)
    n_warm = max(len(k.samples_warm) for k in kinds)
    lines = [
        f"Run of {started:%Y-%m-%d %H:%M} "
        f"({'--quick' if args.quick else 'full run'}), revision `{host['revision']}`.",
        "",
        f"- Data: {size['published']:,} published courses of {size['courses']:,} "
        f"({size['coming']:,} with a coming session), {size['sessions']:,} sessions, "
        f"{size['facets']:,} facet rows, {size['providers']:,} providers.",
        f"- Machine: {host['cpu']}, {host['memory']} memory; {host['database']}.",
        f"- Software: {host['software']}; gunicorn with 2 sync workers, "
        "`--max-requests 0`.",
        f"- Cold: {n_cold} samples per kind (a gunicorn restart each); warm: up to "
        f"{n_warm} requests per kind, one client; load: {CONNECTIONS} connections "
        f"for {args.duration} s per kind (`/ping` is the mean of a run at the "
        f"start, {fmt(run['ping'][0])} req/s, and one at the end, "
        f"{fmt(run['ping'][1])} req/s).",
        "",
        *table(kinds, ping.rps),
        "",
        "Worker memory (RSS): "
        + "; ".join(
            f"worker {i + 1}: {before:.0f} MB after warming up, {after:.0f} MB at the end"
            for i, (before, after) in enumerate(run["workers"])
        )
        + (
            ". A worker was replaced during the run."
            if run["replaced"]
            else ". No worker was replaced."
        ),
    ]
    if explained:
        lines += [
            "",
            "`EXPLAIN (ANALYZE, BUFFERS)` of the queries each page sends to courses, "
            "sessions and facets (run once, after the load):",
            "",
            "| page | queries | SQL ms (planning + execution) | slowest ms "
            "| sequential scans | JIT ms | sorts on disk |",
            "| --- | ---: | ---: | ---: | --- | ---: | ---: |",
        ]
        for row in explained:
            lines.append(
                f"| {row['kind']} | {row['queries']} | {row['ms']:.1f} "
                f"| {row['slowest']:.1f} | {', '.join(sorted(row['seq'])) or 'none'} "
                f"| {row['jit']:.0f} | {row['disk_sorts']} |"
            )
    lines += ["", "URLs measured:", ""]
    for kind in kinds:
        shown = ", ".join(f"`{p}`" for p in kind.paths[:3])
        if len(kind.paths) > 3:
            shown += f", … ({len(kind.paths)} in all)"
        lines.append(f"- {kind.label}: {shown}")
    return "\n".join(lines) + "\n"


def write_doc(text):
    doc = DOC.read_text() if DOC.exists() else "# Performance\n"
    block = f"{START_MARK}\n{text}{END_MARK}"
    if START_MARK in doc and END_MARK in doc:
        head, rest = doc.split(START_MARK, 1)
        tail = rest.split(END_MARK, 1)[1]
        doc = head + block + tail
    else:
        doc = doc.rstrip("\n") + "\n\n## Latest results\n\n" + block + "\n"
    DOC.write_text(doc)
    log(f"Wrote the results into {DOC.relative_to(ROOT)}.")


# -- main ----------------------------------------------------------------------


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--courses", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database", default="postgres:///nw_bench")
    parser.add_argument(
        "--quick", action="store_true", help="fewer samples, 3 s of load per kind"
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure the catalogue the database holds; generate nothing",
    )
    parser.add_argument(
        "--regenerate",
        action="store_true",
        help="generate the catalogue anew even when one of this size is there",
    )
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    args = parser.parse_args(argv)
    args.duration = 3 if args.quick else 10
    cold_rounds, warm_count, warm_seconds = (2, 10, 5) if args.quick else (5, 30, 20)

    if shutil.which("wrk") is None:
        raise SystemExit(
            "This benchmark needs wrk, an HTTP load generator: "
            "apt-get install wrk (Debian, Ubuntu) or brew install wrk (macOS)."
        )
    # A `kill` of this script stops gunicorn too (through the finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    started = dt.datetime.now()
    env = environment(args)
    setup_django(env)
    ensure_data(args, env)
    size = data_size()
    kinds = pick_urls(args)
    for kind in kinds:
        log(f"{kind.key}: {' '.join(kind.paths)}")

    with tempfile.TemporaryDirectory(prefix="nw-bench-") as workdir:
        workdir = Path(workdir)
        server = Server(env, free_port(), workdir)
        try:
            measure_cold(server, kinds, cold_rounds)
            # The last server goes on for the rest of the run.
            first_workers = server.workers()
            measure_warm(server, kinds, warm_count, warm_seconds)
            warmed = server.rss()
            ping = kinds[0]
            measure_load(server, ping, args.duration, workdir)
            first_ping = ping.rps
            for kind in kinds[1:]:
                measure_load(server, kind, args.duration, workdir)
            measure_load(server, ping, args.duration, workdir)
            ping_runs = (first_ping, ping.rps)
            if first_ping and ping.rps:
                ping.rps = (first_ping + ping.rps) / 2
            end = server.rss()
            run = {
                "workers": [
                    (warmed[pid], end.get(pid, float("nan"))) for pid in sorted(warmed)
                ],
                "replaced": server.workers() != first_workers,
                "ping": ping_runs,
            }
        except BaseException:
            for path in sorted(workdir.glob("gunicorn-*.log"))[-1:]:
                log(f"--- {path.name} (last 40 lines)")
                log("\n".join(path.read_text().splitlines()[-40:]))
            raise
        finally:
            server.stop()

    from django.db import connection

    explained = explain_pages(kinds) if connection.vendor == "postgresql" else []
    text = report(args, kinds, size, machine(), run, explained, started)
    print(text)
    if not args.no_write:
        write_doc(text)


if __name__ == "__main__":
    main()
