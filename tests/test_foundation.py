import os
import re
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.db import DatabaseError
from django.urls import reverse

from .helpers import PASSWORD, make_user

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECRET_KEY")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.django_db
def test_home_page_explains_the_three_things_the_site_does(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("catalogue:course_list") in html
    assert reverse("planning:kijkwijzer") in html
    assert reverse("planning:school_plan") in html
    assert "Zoek een cursus" in html


@pytest.mark.django_db
def test_base_layout_has_landmarks_skip_link_and_flemish_language(client):
    html = client.get("/").content.decode()
    assert '<html lang="nl-BE">' in html
    assert '<a class="skip-link" href="#inhoud">Naar de inhoud</a>' in html
    assert '<main id="inhoud"' in html
    assert "<header" in html and "<footer" in html
    assert 'aria-label="Hoofdnavigatie"' in html
    for label in ["Cursussen", "Kijkwijzer", "Schoolplan", "Aanbieders"]:
        assert f">{label}</a>" in html


@pytest.mark.django_db
def test_english_is_available_as_second_language(client):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    html = client.get("/").content.decode()
    assert '<html lang="en">' in html
    assert ">Courses</a>" in html


@pytest.mark.django_db
def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


@pytest.mark.django_db
def test_healthz_answers_503_without_details_when_the_database_fails(client):
    with mock.patch("nw.views.connection.cursor", side_effect=DatabaseError("boom")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert b"boom" not in response.content
    assert b"Traceback" not in response.content


def test_settings_refuse_to_start_without_secret_key_when_debug_is_off():
    result = run_manage("check", DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_check_deploy_is_clean_with_production_environment():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY="k" * 20 + "-production-like-secret-" + "x1y2z3" * 5,
        ALLOWED_HOSTS="nascholingswijzer.example",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
def test_sign_in_page_renders(client):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    assert "<h1>Aanmelden</h1>" in response.content.decode()


@pytest.mark.django_db
def test_bad_credentials_give_a_dutch_error_not_a_500(client):
    make_user("leraar@school.example")
    response = client.post(
        reverse("login"), {"username": "leraar@school.example", "password": "fout"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Er is een probleem" in html
    assert "Voer een juist e-mailadres en wachtwoord in" in html
    # What the user typed stays in the form.
    assert 'value="leraar@school.example"' in html


@pytest.mark.django_db
def test_sign_in_works_with_email_in_any_case(client):
    make_user("leraar@school.example")
    response = client.post(
        reverse("login"), {"username": "Leraar@School.example", "password": PASSWORD}
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_interface_is_dutch_whatever_the_browser_asks(client):
    html = client.get(
        "/", headers={"Accept-Language": "en-US,en;q=0.9"}
    ).content.decode()
    assert '<html lang="nl-BE">' in html


@pytest.mark.django_db
def test_pages_carry_a_strict_content_security_policy(client):
    policy = client.get("/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy


@pytest.mark.django_db
def test_password_reset_mails_a_link_that_sets_a_new_password(client, mailoutbox):
    make_user("leraar@school.example")
    response = client.post(
        reverse("password_reset"), {"email": "Leraar@school.example"}
    )
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    link = re.search(
        r"https?://[^/]+(/account/wachtwoord-herstellen/\S+)", mailoutbox[0].body
    )
    page = client.get(link.group(1), follow=True)
    assert "Kies een nieuw wachtwoord" in page.content.decode()
    done = client.post(
        page.redirect_chain[-1][0],
        {
            "new_password1": "een nieuw lang wachtwoord",
            "new_password2": "een nieuw lang wachtwoord",
        },
    )
    assert done.status_code == 302
    assert client.login(
        username="leraar@school.example", password="een nieuw lang wachtwoord"
    )


@pytest.mark.django_db
def test_password_reset_does_not_tell_whether_an_address_exists(client, mailoutbox):
    response = client.post(
        reverse("password_reset"), {"email": "niemand@school.example"}
    )
    assert response.status_code == 302
    assert mailoutbox == []
