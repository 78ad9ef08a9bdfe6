"""Signing in and the way into the admin (issue 7 items 7 and 8, and the
Dutch of the sign-in error from item 12)."""

import pytest
from django.test import override_settings

from .helpers import PASSWORD, make_editor, make_provider, make_user, provider_staff

pytestmark = pytest.mark.django_db

LOGIN = "/account/aanmelden/"
MANAGE = 'href="/admin/"'


def sign_in(client, user, **extra):
    return client.post(LOGIN, {"username": user.email, "password": PASSWORD, **extra})


def test_login_page_title_names_the_site_not_the_host(client):
    html = client.get(LOGIN, headers={"host": "127.0.0.1"}).content.decode()
    assert "<title>Aanmelden – Nascholingswijzer</title>" in html
    assert "127.0.0.1" not in html.split("</header>")[0]


@override_settings(ALLOWED_HOSTS=["nascholing.example"])
def test_login_page_header_shows_the_site_name_whatever_the_host(client):
    html = client.get(LOGIN, headers={"host": "nascholing.example"}).content.decode()
    assert '<a class="site-name" href="/">Nascholingswijzer</a>' in html


def test_wrong_password_says_so_in_correct_dutch(client):
    user = make_user("leraar@example.com")
    response = client.post(LOGIN, {"username": user.email, "password": "fout"})
    html = response.content.decode()
    assert "een juist e-mailadres en wachtwoord" in html
    assert "juiste e-mailadres" not in html
    assert "<title>Fout: Aanmelden – Nascholingswijzer</title>" in html


def test_provider_staff_see_the_way_into_the_admin(client):
    client.force_login(provider_staff(make_provider("Universiteit Antwerpen")))
    html = client.get("/cursussen/").content.decode()
    assert MANAGE in html
    assert "Beheer mijn aanbod" in html


def test_editors_see_the_way_into_the_admin(client):
    client.force_login(make_editor())
    html = client.get("/").content.decode()
    assert MANAGE in html
    assert "Beheer de site" in html


def test_superuser_sees_the_way_into_the_admin(client):
    client.force_login(make_user(is_staff=True, is_superuser=True))
    assert MANAGE in client.get("/").content.decode()


@pytest.mark.parametrize(
    "make",
    [
        lambda: make_user(),  # a teacher
        lambda: make_user(is_staff=True),  # staff flag, but nothing to manage
    ],
    ids=["teacher", "staff-without-provider"],
)
def test_others_see_no_way_into_the_admin(client, make):
    client.force_login(make())
    html = client.get("/").content.decode()
    assert MANAGE not in html
    assert "Beheer" not in html


def test_anonymous_visitors_see_no_way_into_the_admin(client):
    assert MANAGE not in client.get("/").content.decode()


def test_former_provider_staff_whose_account_is_no_staff_see_no_admin_link(client):
    user = provider_staff(make_provider())
    user.is_staff = False
    user.save()
    client.force_login(user)
    assert MANAGE not in client.get("/").content.decode()


def test_provider_staff_land_in_the_admin_after_signing_in(client):
    user = provider_staff(make_provider())
    response = sign_in(client, user)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_editors_land_in_the_admin_after_signing_in(client):
    response = sign_in(client, make_editor())
    assert response["Location"] == "/admin/"


def test_provider_staff_with_a_next_go_there(client):
    user = provider_staff(make_provider())
    response = sign_in(client, user, next="/cursussen/?q=lezen")
    assert response["Location"] == "/cursussen/?q=lezen"


def test_teachers_land_on_the_home_page_as_before(client):
    response = sign_in(client, make_user())
    assert response["Location"] == "/"


def test_teachers_with_a_next_go_there(client):
    response = sign_in(client, make_user(), next="/kijkwijzer/")
    assert response["Location"] == "/kijkwijzer/"


def test_sign_in_link_comes_back_to_the_page_but_not_to_home(client):
    assert 'href="/account/aanmelden/?next=/kijkwijzer/"' in (
        client.get("/kijkwijzer/").content.decode()
    )
    assert 'href="/account/aanmelden/"' in client.get("/").content.decode()
