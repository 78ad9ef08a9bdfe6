"""What bench/catalogue.py relies on in the site: the minimal /ping view and
the X-Query-Count header, which only BENCH_QUERY_COUNT=1 switches on."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from .helpers import make_course

ROOT = Path(__file__).resolve().parent.parent
COUNTER = "nw.bench.QueryCountMiddleware"


def middleware_with_env(**env):
    """MIDDLEWARE as a fresh process reads it from the given environment."""
    ignored = ("BENCH_QUERY_COUNT", "DEBUG", "SECRET_KEY")
    clean = {k: v for k, v in os.environ.items() if k not in ignored}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from nw import settings; print(','.join(settings.MIDDLEWARE))",
        ],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().split(",")


def test_the_counter_is_installed_only_when_the_environment_asks():
    assert COUNTER not in middleware_with_env()
    assert COUNTER not in middleware_with_env(BENCH_QUERY_COUNT="0")
    counted = middleware_with_env(BENCH_QUERY_COUNT="1")
    # First, so it sees the queries of every other middleware too.
    assert counted[0] == COUNTER
    assert counted[1:] == middleware_with_env()


counting = override_settings(MIDDLEWARE=[COUNTER, *settings.MIDDLEWARE])


@pytest.mark.django_db
def test_without_the_counter_no_header(client):
    assert COUNTER not in settings.MIDDLEWARE
    response = client.get("/cursussen/")
    assert response.status_code == 200
    assert "X-Query-Count" not in response


@pytest.mark.django_db
@counting
def test_ping_answers_pong_without_a_query(client):
    response = client.get("/ping")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert response.content == b"pong"
    assert response["X-Query-Count"] == "0"
    assert "Set-Cookie" not in response


@pytest.mark.django_db
@counting
def test_the_header_counts_the_queries_of_a_page(client):
    course = make_course(title="Samen leren in de klas")
    # The header must agree with Django's own count of the same request.
    with CaptureQueriesContext(connection) as captured:
        response = client.get(course.get_absolute_url())
    assert response.status_code == 200
    assert int(response["X-Query-Count"]) == len(captured) > 0


@pytest.mark.django_db
@counting
def test_healthz_counts_its_own_select(client):
    response = client.get("/healthz")
    assert response["X-Query-Count"] == "1"
