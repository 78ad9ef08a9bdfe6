"""Error pages in the site's layout and language, and a quick 503 while the
database is down (issue 7 item 4, issue 8 item 6).

Django shows its own bare pages only with DEBUG on, so every test here runs
with DEBUG off, as production does.
"""

from contextlib import contextmanager
from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError, connections
from django.test import Client, override_settings

from .helpers import make_course, make_provider, make_user

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("tests.failing_urls"),
]


@pytest.fixture
def visitor():
    # A browser sees the error page, not the exception.
    return Client(raise_request_exception=False)


@contextmanager
def database_down(error=OperationalError):
    """Every new query fails as it does when PostgreSQL is unreachable."""
    with mock.patch.object(
        connections["default"],
        "ensure_connection",
        side_effect=error("could not connect to server: Connection refused"),
    ):
        yield


def assert_site_page(response, status, *texts):
    html = response.content.decode()
    assert response.status_code == status
    assert '<html lang="nl-BE">' in html
    assert 'href="/static/css/site.css"' in html
    assert "– Nascholingswijzer</title>" in html
    assert 'class="site-header"' in html and 'class="site-footer"' in html
    for text in texts:
        assert text in html
    # Nothing of Django's own English pages.
    assert "Not Found" not in html and "Server Error" not in html


@override_settings(DEBUG=False)
def test_missing_page_is_a_branded_dutch_404(visitor):
    response = visitor.get("/bestaat-niet/")
    assert_site_page(response, 404, "We vinden deze pagina niet", 'href="/cursussen/"')


@override_settings(DEBUG=False)
def test_unknown_course_is_a_branded_dutch_404(visitor):
    make_course("Bestaat wel")
    response = visitor.get("/cursussen/bestaat-niet/")
    assert_site_page(response, 404, "We vinden deze pagina niet")


@override_settings(DEBUG=False)
def test_forbidden_page_is_a_branded_dutch_403(visitor):
    response = visitor.get("/verboden/")
    assert_site_page(
        response, 403, "Je mag deze pagina niet openen", "redactie@nascholingswijzer.be"
    )


@override_settings(DEBUG=False)
def test_bad_request_is_a_branded_dutch_400(visitor):
    response = visitor.get("/verdacht/")
    assert_site_page(response, 400, "De site begrijpt deze vraag niet")


@override_settings(DEBUG=False, ALLOWED_HOSTS=["testserver"])
def test_unknown_host_gets_the_branded_400(visitor):
    response = visitor.get("/", headers={"host": "aanvaller.example"})
    assert_site_page(response, 400, "De site begrijpt deze vraag niet")


@override_settings(DEBUG=False)
def test_crashing_view_gets_the_branded_dutch_500(visitor):
    response = visitor.get("/kapot/")
    assert_site_page(response, 500, "Er ging bij ons iets mis")
    assert "a bug in a view" not in response.content.decode()


@override_settings(DEBUG=False)
def test_500_page_renders_while_the_database_is_down(visitor):
    user = make_user()
    visitor.force_login(user)
    with database_down():
        response = visitor.get("/kapot/")
    assert_site_page(response, 500, "Er ging bij ons iets mis")
    # No account links: they would need the session, which needs the database.
    assert user.email not in response.content.decode()


@override_settings(DEBUG=False)
def test_static_error_pages_offer_no_forms_that_would_fail_csrf(visitor):
    html = visitor.get("/kapot/").content.decode()
    assert "<form" not in html


# -- database down: 503 -------------------------------------------------------


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/cursussen/",
        "/cursussen/?q=lezen&level=basisonderwijs",
        "/aanbieders/",
        "/kijkwijzer/",
    ],
)
def test_every_page_answers_a_quick_branded_503_when_the_database_is_down(
    visitor, url, error
):
    with database_down(error):
        response = visitor.get(url)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-cache" in response["Cache-Control"]
    assert_site_page(response, 503, "Even onderhoud, probeer het zo opnieuw")


def test_course_page_answers_503_when_the_database_is_down(visitor):
    course = make_course("Lezen")
    with database_down():
        response = visitor.get(course.get_absolute_url())
    assert_site_page(response, 503, "Even onderhoud")
    assert response["Retry-After"] == "30"


def test_a_sent_form_answers_503_when_the_database_is_down(visitor):
    provider = make_provider("Aanbieder")
    with database_down():
        response = visitor.post(
            f"/aanbieders/{provider.slug}/meld-een-probleem/",
            {"reason": "wrong", "description": "Klopt niet."},
        )
    assert_site_page(response, 503, "Even onderhoud")


def test_signing_in_answers_503_when_the_database_is_down(visitor):
    with database_down():
        response = visitor.post(
            "/account/aanmelden/",
            {"username": "leraar@example.com", "password": "geheim"},
        )
    assert_site_page(response, 503, "Even onderhoud")


@override_settings(DEBUG=False)
def test_database_failing_outside_a_view_also_answers_503(visitor):
    # A signed-in visitor on a missing page: the 404 page reads the session,
    # and that query fails after the view has already given up.
    visitor.force_login(make_user())
    with database_down():
        response = visitor.get("/bestaat-niet/")
    assert_site_page(response, 503, "Even onderhoud")
    assert response["Retry-After"] == "30"


def test_healthz_keeps_its_own_plain_503(visitor):
    with database_down():
        response = visitor.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"database unavailable"


def test_other_database_errors_are_not_called_maintenance(visitor):
    from django.db import IntegrityError

    with mock.patch("nw.views.Course.objects.published", side_effect=IntegrityError):
        response = visitor.get("/")
    assert response.status_code == 500


def test_a_refused_form_post_gets_a_dutch_page_that_says_what_to_do():
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post(
        "/account/wachtwoord-vergeten/", {"email": "leraar@school.example"}
    )
    assert response.status_code == 403
    html = response.content.decode()
    assert 'lang="nl-BE"' in html
    assert "Dit formulier kon niet worden verzonden" in html
    assert "CSRF" not in html
