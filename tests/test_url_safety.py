"""Stored links to other websites are http(s) only, on the way in and out.

A ``javascript:`` registration link or provider website would run in our
page when a teacher clicks it. Models refuse such addresses, and pages do
not turn one into a link even when it reached the database some other way
(the ORM does not validate on save).
"""

from __future__ import annotations

import html
import json
import re

import pytest
import tablib
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.utils import translation

from catalogue.models import Course
from catalogue.resources import CourseResource

from .helpers import make_course, make_provider, provider_staff

pytestmark = pytest.mark.django_db

UNSAFE = [
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "\x01javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
]
DUTCH_MESSAGE = "Vul een webadres in dat begint met http:// of https://."


def hrefs(response) -> list[str]:
    """Every href and src of the page, as a browser reads them."""
    values = re.findall(r'(?:href|src)="([^"]*)"', response.content.decode())
    # Browsers drop tabs, newlines and leading control characters.
    return [
        re.sub(r"[\t\n\r]", "", html.unescape(v)).lstrip("\x00\x01 ").lower()
        for v in values
    ]


def unsafe_links(response) -> list[str]:
    return [
        v
        for v in hrefs(response)
        if v.startswith(("javascript:", "data:", "vbscript:"))
    ]


# -- pages ---------------------------------------------------------------------


@pytest.mark.parametrize("url", UNSAFE)
def test_script_registration_link_from_the_database_is_no_link_on_the_course_page(
    client, url
):
    course = make_course("Feedback die werkt", registration_url=url)

    response = client.get(course.get_absolute_url())

    assert response.status_code == 200
    assert unsafe_links(response) == []
    # The teacher is sent to the provider instead of to a dead button.
    body = response.content.decode()
    assert "Register for this course" not in body
    assert "Schrijf je in voor deze cursus" not in body


@pytest.mark.parametrize("url", UNSAFE)
def test_script_website_from_the_database_is_no_link_on_the_provider_page(client, url):
    provider = make_provider("Pedagogische begeleidingsdienst Gent", website=url)
    make_course(provider=provider, registration_url=url)

    response = client.get(provider.get_absolute_url())

    assert response.status_code == 200
    assert unsafe_links(response) == []


def test_web_links_are_still_links(client):
    provider = make_provider(website="https://www.pbd-gent.be/")
    course = make_course(
        provider=provider, registration_url="https://www.pbd-gent.be/inschrijven?c=1"
    )

    course_page = client.get(course.get_absolute_url())
    provider_page = client.get(provider.get_absolute_url())

    assert "https://www.pbd-gent.be/inschrijven?c=1" in hrefs(course_page)
    assert "https://www.pbd-gent.be/" in hrefs(provider_page)


@pytest.mark.parametrize(
    "value, shown",
    [
        ("https://example.be/a?b=1&c=2", "https://example.be/a?b=1&amp;c=2"),
        ("http://example.be", "http://example.be"),
        ("HTTPS://EXAMPLE.BE", "HTTPS://EXAMPLE.BE"),
        ("ftp://example.be/file", ""),
        ("//example.be", ""),
        ("https:example.be", ""),
        ("/cursussen/", ""),
        ("", ""),
        (None, ""),
        *[(url, "") for url in UNSAFE],
    ],
)
def test_safe_url_filter_lets_only_web_addresses_through(value, shown):
    template = Template("{% load nw %}{{ value|safe_url }}")
    assert template.render(Context({"value": value})) == shown


# -- models --------------------------------------------------------------------


@pytest.mark.parametrize("url", [*UNSAFE, "ftp://example.be/inschrijven"])
def test_course_refuses_a_registration_link_that_is_not_http(url):
    course = make_course(registration_url="https://example.be/")
    course.registration_url = url

    with translation.override("nl-be"), pytest.raises(ValidationError) as error:
        course.full_clean()

    assert DUTCH_MESSAGE in error.value.message_dict["registration_url"]


@pytest.mark.parametrize("url", [*UNSAFE, "ftp://example.be/"])
def test_provider_refuses_a_website_that_is_not_http(url):
    provider = make_provider(website=url)

    with translation.override("nl-be"), pytest.raises(ValidationError) as error:
        provider.full_clean()

    assert DUTCH_MESSAGE in error.value.message_dict["website"]


def test_web_addresses_pass_the_models_check():
    provider = make_provider(website="https://www.pbd-gent.be/")
    course = make_course(provider=provider, registration_url="http://pbd-gent.be/in")
    provider.full_clean()
    course.full_clean()


def test_an_imported_script_link_is_refused_and_nothing_is_written():
    provider = make_provider()
    staff = provider_staff(provider)
    dataset = tablib.Dataset(
        headers=["code", "titel", "samenvatting", "vorm", "bijdrage", "inschrijven"]
    )
    dataset.append(
        ["XSS-1", "Kwaadaardig", "Samenvatting.", "studiedag", "0", UNSAFE[0]]
    )

    with translation.override("nl-be"):
        result = CourseResource(user=staff).import_data(dataset, dry_run=False)

    assert result.has_validation_errors()
    errors = result.invalid_rows[0].error_dict
    assert DUTCH_MESSAGE in errors["registration_url"]
    assert not Course.objects.filter(code="XSS-1").exists()


@pytest.mark.parametrize("url", UNSAFE)
def test_script_registration_link_never_reaches_the_structured_data(client, url):
    course = make_course("Feedback die werkt", registration_url=url)
    page = client.get(course.get_absolute_url()).content.decode()
    data = json.loads(
        page.split('type="application/ld+json">')[1].split("</script>")[0]
    )
    assert data["offers"]["url"] == "http://testserver" + course.get_absolute_url()
