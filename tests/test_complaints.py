"""The public "report a problem" form for courses and providers.

Anyone may report, without an account; the form is guarded against bots
(a honeypot field), floods (a few reports per client per hour) and forged
posts (CSRF). The reporter's email address is for the editors only.
"""

from __future__ import annotations

import html
import re
import threading
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext

from providers.models import Complaint
from providers.views import REPORTS_PER_HOUR

from .helpers import PASSWORD, make_course, make_provider, make_user, provider_staff

pytestmark = pytest.mark.django_db

THANKS = "Thank you. The editors will look into your report."
TOO_MANY = (
    "You have sent %(count)s reports in the last hour. To keep "
    "this form free of abuse, please wait a while or email us at "
    "%(email)s."
)


def in_dutch(msgid, **values) -> str:
    """A message as the Dutch site shows it, whether translated yet or not."""
    with translation.override("nl-be"):
        text = gettext(msgid)
    return text % values if values else text


def report_url(course) -> str:
    return reverse("catalogue:course_report", args=[course.slug])


def valid_report(**fields) -> dict:
    return {
        "reason": Complaint.Reason.WRONG_INFORMATION,
        "description": "De sessie in Gent staat op de verkeerde datum.",
        "email": "",
        **fields,
    }


def error_summary(response) -> str:
    match = re.search(
        r'<div class="error-summary".*?</div>', response.content.decode(), re.S
    )
    return match.group() if match else ""


def textarea(response, name) -> str | None:
    match = re.search(
        rf'<textarea name="{name}"[^>]*>(.*?)</textarea>',
        response.content.decode(),
        re.S,
    )
    return html.unescape(match.group(1)).strip() if match else None


def page_messages(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


@pytest.fixture
def course(provider):
    return make_course("Feedback die werkt", provider=provider)


def send_reports(client, url, count, **extra):
    for n in range(count):
        response = client.post(
            url, valid_report(description=f"Melding {n + 1}."), **extra
        )
        assert response.status_code == 302, response.status_code


# -- the form ----------------------------------------------------------------


def test_course_page_links_to_the_report_form(client, course):
    page = client.get(course.get_absolute_url())
    assert f'href="{report_url(course)}"' in page.content.decode()

    form = client.get(report_url(course))
    assert form.status_code == 200
    body = form.content.decode()
    for reason in Complaint.Reason.values:
        assert f'value="{reason}"' in body
    assert '<textarea name="description"' in body
    assert 'name="website"' in body  # the honeypot, hidden by CSS
    assert 'name="csrfmiddlewaretoken"' in body


def test_anonymous_visitor_reports_a_course_and_is_thanked(client, course, provider):
    # No account, no login: the default test client is anonymous.
    response = client.post(report_url(course), valid_report(email="melder@example.org"))

    assert response.status_code == 302
    assert response["Location"] == course.get_absolute_url()
    complaint = Complaint.objects.get()
    assert (complaint.provider, complaint.course) == (provider, course)
    assert complaint.reason == Complaint.Reason.WRONG_INFORMATION
    assert complaint.description == "De sessie in Gent staat op de verkeerde datum."
    assert complaint.email == "melder@example.org"
    assert complaint.status == Complaint.Status.NEW

    page = client.get(response["Location"])
    assert in_dutch(THANKS) in page_messages(page)
    assert in_dutch(THANKS) in page.content.decode()


def test_email_is_optional(client, course):
    response = client.post(report_url(course), valid_report())
    assert response.status_code == 302
    assert Complaint.objects.get().email == ""


def test_report_about_a_provider_has_no_course(client, provider):
    url = reverse("providers:report", args=[provider.slug])
    assert client.get(url).status_code == 200

    response = client.post(url, valid_report(reason=Complaint.Reason.OTHER))

    assert response.status_code == 302
    assert response["Location"] == provider.get_absolute_url()
    complaint = Complaint.objects.get()
    assert (complaint.provider, complaint.course) == (provider, None)


def test_client_address_is_stored_only_as_a_keyed_hash(client, course):
    client.post(report_url(course), valid_report(), REMOTE_ADDR="10.0.0.1")
    stored = Complaint.objects.get().client_hash
    assert stored and "10.0.0.1" not in stored
    assert stored == Complaint.hash_client("10.0.0.1")


def test_client_hash_is_djangos_salted_hmac_keyed_by_the_secret_key():
    expected = salted_hmac(
        "providers.Complaint.client", "10.0.0.1", algorithm="sha256"
    ).hexdigest()
    assert Complaint.hash_client("10.0.0.1") == expected
    # Without the secret key nobody can tell which address sent a report.
    with override_settings(SECRET_KEY="another-secret-key-entirely"):
        assert Complaint.hash_client("10.0.0.1") != expected


# -- invalid reports ---------------------------------------------------------


@pytest.mark.parametrize(
    "missing, kept",
    [
        ("reason", "Het adres klopt niet meer."),
        ("description", ""),
    ],
)
def test_missing_reason_or_description_is_refused_and_the_text_kept(
    client, course, missing, kept
):
    data = valid_report(description="Het adres klopt niet meer.")
    data[missing] = ""

    response = client.post(report_url(course), data)

    assert response.status_code == 400
    summary = error_summary(response)
    assert "Er is een probleem" in summary
    assert summary.count("<li>") == 1
    # Whatever the visitor typed is still there to correct.
    assert textarea(response, "description") == kept
    assert not Complaint.objects.exists()


@pytest.mark.parametrize(
    "missing",
    [
        "reason",
        "description",
    ],
)
def test_error_summary_links_to_the_field_in_trouble(client, course, missing):
    # Keyboard and screen-reader users jump from the summary to the field.
    data = valid_report()
    data[missing] = ""
    response = client.post(report_url(course), data)
    assert f'href="#id_{missing}"' in error_summary(response)
    assert f'id="id_{missing}"' in response.content.decode()


def test_description_may_be_5000_characters_but_no_more(client, course):
    too_long = client.post(report_url(course), valid_report(description="x" * 5001))
    assert too_long.status_code == 400
    assert 'href="#id_description"' in error_summary(too_long)
    assert not Complaint.objects.exists()

    just_right = client.post(report_url(course), valid_report(description="x" * 5000))
    assert just_right.status_code == 302
    assert len(Complaint.objects.get().description) == 5000


def test_unknown_reason_is_refused(client, course):
    response = client.post(report_url(course), valid_report(reason="spam"))
    assert response.status_code == 400
    assert not Complaint.objects.exists()


# -- abuse -------------------------------------------------------------------


def test_sixth_report_within_an_hour_from_one_client_is_refused(client, course):
    url = report_url(course)
    send_reports(client, url, REPORTS_PER_HOUR, REMOTE_ADDR="10.0.0.1")

    response = client.post(url, valid_report(), REMOTE_ADDR="10.0.0.1")

    assert response.status_code == 429
    message = in_dutch(TOO_MANY, count=REPORTS_PER_HOUR, email=settings.SUPPORT_EMAIL)
    assert message in html.unescape(error_summary(response))
    assert textarea(response, "description") == valid_report()["description"]
    assert Complaint.objects.count() == REPORTS_PER_HOUR

    # Someone else is not held back by it.
    other = client.post(url, valid_report(), REMOTE_ADDR="10.0.0.2")
    assert other.status_code == 302
    assert Complaint.objects.count() == REPORTS_PER_HOUR + 1


def test_limit_counts_reports_about_every_course_and_provider_together(
    client, course, provider
):
    other_course = make_course(provider=make_provider())
    send_reports(client, report_url(course), 2, REMOTE_ADDR="10.0.0.1")
    send_reports(client, report_url(other_course), 2, REMOTE_ADDR="10.0.0.1")
    send_reports(
        client,
        reverse("providers:report", args=[provider.slug]),
        1,
        REMOTE_ADDR="10.0.0.1",
    )

    response = client.post(
        report_url(other_course), valid_report(), REMOTE_ADDR="10.0.0.1"
    )
    assert response.status_code == 429


def test_reports_older_than_an_hour_do_not_count(client, course):
    url = report_url(course)
    send_reports(client, url, REPORTS_PER_HOUR, REMOTE_ADDR="10.0.0.1")
    Complaint.objects.update(created_at=timezone.now() - timedelta(hours=1, minutes=1))

    response = client.post(url, valid_report(), REMOTE_ADDR="10.0.0.1")

    assert response.status_code == 302
    assert Complaint.objects.count() == REPORTS_PER_HOUR + 1


def test_filled_in_honeypot_looks_like_success_but_saves_nothing(client, course):
    response = client.post(
        report_url(course), valid_report(website="https://spam.example")
    )

    assert response.status_code == 302
    assert response["Location"] == course.get_absolute_url()
    assert not Complaint.objects.exists()


def test_post_without_csrf_token_is_forbidden(course):
    client = Client(enforce_csrf_checks=True)
    response = client.post(report_url(course), valid_report())
    assert response.status_code == 403
    assert not Complaint.objects.exists()

    # With the token from the form, as a browser sends it, it goes through.
    client.get(report_url(course))
    token = client.cookies[settings.CSRF_COOKIE_NAME].value
    response = client.post(report_url(course), valid_report(csrfmiddlewaretoken=token))
    assert response.status_code == 302
    assert Complaint.objects.count() == 1


@override_settings(USE_X_FORWARDED_FOR=True)
def test_behind_a_proxy_the_limit_keys_on_the_address_the_proxy_added(client, course):
    url = report_url(course)
    # The proxy's own address is the same for every visitor; it appends the
    # visitor's address to X-Forwarded-For, after anything the visitor sent.
    proxy = {"REMOTE_ADDR": "10.0.0.254"}
    for n in range(REPORTS_PER_HOUR):
        client.post(
            url,
            valid_report(),
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 203.0.113.7",
            **proxy,
        )

    # Made-up addresses in front do not dodge the limit.
    refused = client.post(
        url, valid_report(), HTTP_X_FORWARDED_FOR="192.0.2.99, 203.0.113.7", **proxy
    )
    assert refused.status_code == 429

    # Another visitor behind the same proxy may still report.
    other = client.post(
        url, valid_report(), HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy
    )
    assert other.status_code == 302
    assert Complaint.objects.latest("created_at").client_hash == (
        Complaint.hash_client("198.51.100.2")
    )


def test_without_a_proxy_the_forwarded_header_is_ignored(client, course):
    # Otherwise anyone could dodge the limit with a made-up header.
    url = report_url(course)
    for n in range(REPORTS_PER_HOUR):
        client.post(
            url,
            valid_report(),
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}",
        )

    response = client.post(
        url, valid_report(), REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.99"
    )
    assert response.status_code == 429


# -- what can be reported ----------------------------------------------------


@pytest.mark.parametrize("status", ["draft", "archived"])
def test_unpublished_course_cannot_be_reported(client, provider, status):
    course = make_course(provider=provider, status=status)
    assert client.get(report_url(course)).status_code == 404
    assert client.post(report_url(course), valid_report()).status_code == 404
    assert not Complaint.objects.exists()


def test_inactive_provider_cannot_be_reported(client):
    provider = make_provider(is_active=False)
    url = reverse("providers:report", args=[provider.slug])
    assert client.post(url, valid_report()).status_code == 404
    assert not Complaint.objects.exists()


# -- who reads the reports ---------------------------------------------------


@pytest.fixture
def complaint(client, course):
    client.post(report_url(course), valid_report(email="melder@example.org"))
    return Complaint.objects.get()


def change_url(complaint) -> str:
    return reverse("admin:providers_complaint_change", args=[complaint.pk])


def test_provider_staff_read_the_report_without_the_reporters_email(
    client, complaint, provider
):
    staff = provider_staff(provider)
    client.login(email=staff.email, password=PASSWORD)

    page = client.get(change_url(complaint))

    assert page.status_code == 200
    body = page.content.decode()
    assert complaint.description in body
    assert "melder@example.org" not in body


def test_superuser_sees_the_reporters_email(client, complaint):
    admin = make_user(is_staff=True, is_superuser=True)
    client.login(email=admin.email, password=PASSWORD)

    page = client.get(change_url(complaint))

    assert page.status_code == 200
    assert "melder@example.org" in page.content.decode()


def test_staff_of_another_provider_cannot_open_the_report(client, complaint):
    stranger = provider_staff(make_provider())
    client.login(email=stranger.email, password=PASSWORD)
    assert client.get(change_url(complaint)).status_code == 404


# -- simultaneous posts ------------------------------------------------------


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_simultaneous_posts_cannot_exceed_the_limit(course):
    # An attacker fires many reports at once, hoping each sees room for one
    # more before any is stored. Real threads, each with its own connection.
    posts = 20
    url = report_url(course)
    start = threading.Barrier(posts)
    statuses = []

    def post(n):
        try:
            start.wait()
            response = Client().post(
                url, valid_report(description=f"Tegelijk {n}."), REMOTE_ADDR="10.0.0.9"
            )
            statuses.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(n,)) for n in range(posts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert Complaint.objects.count() == REPORTS_PER_HOUR
    assert sorted(statuses) == [302] * REPORTS_PER_HOUR + [429] * (
        posts - REPORTS_PER_HOUR
    )
