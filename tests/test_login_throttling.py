"""Password guessing is throttled, on the site's sign-in and the admin's.

After five wrong passwords for one account from one client address, that
client cannot sign in to it for fifteen minutes, not even with the right
password; one address gets twenty failures over all accounts. The page that
says so is the same whether the account exists or not.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from .helpers import PASSWORD, make_user

pytestmark = pytest.mark.django_db

LIMIT = 5
WRONG = "niet het juiste wachtwoord"
ATTACKER = "203.0.113.7"
SITE_LOGIN = reverse("login")
ADMIN_LOGIN = reverse("admin:login")


@pytest.fixture
def teacher():
    return make_user("leraar@example.com", is_staff=True)


def sign_in(client, email, password, *, url=SITE_LOGIN, address=ATTACKER, **extra):
    return client.post(
        url, {"username": email, "password": password}, REMOTE_ADDR=address, **extra
    )


def guess(client, email, times, **kwargs):
    """Wrong passwords, each answered normally (not yet locked): the site's
    form refuses with 400, Django's admin form with 200."""
    refused = 200 if kwargs.get("url") == ADMIN_LOGIN else 400
    for _n in range(times):
        response = sign_in(client, email, WRONG, **kwargs)
        assert response.status_code == refused, response.status_code


def without_csrf_token(response) -> str:
    # The footer's language form carries a token that differs per request.
    return re.sub(
        r'name="csrfmiddlewaretoken" value="[^"]*"', "", response.content.decode()
    )


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_five_wrong_passwords_then_the_right_one_is_refused(client, teacher):
    guess(client, teacher.email, LIMIT - 1)

    fifth = sign_in(client, teacher.email, WRONG)
    assert fifth.status_code == 429

    right = sign_in(client, teacher.email, PASSWORD)
    assert right.status_code == 429
    assert not signed_in(client)
    # The count lives in the database, which every worker shares.
    assert AccessAttempt.objects.filter(username=teacher.email).exists()


def test_the_admin_login_is_throttled_too(client, teacher):
    guess(client, teacher.email, LIMIT - 1, url=ADMIN_LOGIN)
    assert sign_in(client, teacher.email, WRONG, url=ADMIN_LOGIN).status_code == 429

    right = sign_in(client, teacher.email, PASSWORD, url=ADMIN_LOGIN)
    assert right.status_code == 429
    assert not signed_in(client)


def test_site_and_admin_failures_count_together(client, teacher):
    guess(client, teacher.email, 3)
    guess(client, teacher.email, 1, url=ADMIN_LOGIN)
    assert sign_in(client, teacher.email, WRONG, url=ADMIN_LOGIN).status_code == 429
    assert sign_in(client, teacher.email, PASSWORD).status_code == 429


def test_lock_out_page_is_the_sites_own_in_dutch(client, teacher):
    guess(client, teacher.email, LIMIT - 1)
    response = sign_in(client, teacher.email, WRONG)

    assert response.status_code == 429
    assert response["Retry-After"] == str(15 * 60)
    body = response.content.decode()
    assert '<html lang="nl-BE">' in body
    assert 'class="site-header"' in body
    assert "Te veel pogingen om aan te melden" in body
    assert "15 minuten" in body
    assert reverse("password_reset") in body
    # Nothing of what was typed comes back.
    assert teacher.email not in body


def test_a_made_up_address_gets_the_same_answer(client, teacher):
    guess(client, teacher.email, LIMIT - 1, address="198.51.100.1")
    known = sign_in(client, teacher.email, WRONG, address="198.51.100.1")

    guess(client, "niemand@example.com", LIMIT - 1, address="198.51.100.2")
    unknown = sign_in(client, "niemand@example.com", WRONG, address="198.51.100.2")

    assert known.status_code == unknown.status_code == 429
    assert without_csrf_token(known) == without_csrf_token(unknown)
    assert known["Retry-After"] == unknown["Retry-After"]


def test_another_case_of_the_address_does_not_dodge_the_count(client, teacher):
    for email in ["Leraar@example.com", "LERAAR@EXAMPLE.COM", " leraar@Example.com"]:
        guess(client, email, 1)
    guess(client, teacher.email, 1)
    assert sign_in(client, "LeRaAr@example.com", WRONG).status_code == 429
    assert sign_in(client, teacher.email, PASSWORD).status_code == 429


def test_after_the_cool_off_the_right_password_works(client, teacher):
    guess(client, teacher.email, LIMIT - 1)
    assert sign_in(client, teacher.email, WRONG).status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))

    response = sign_in(client, teacher.email, PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def test_within_the_cool_off_the_lock_holds(client, teacher):
    guess(client, teacher.email, LIMIT - 1)
    assert sign_in(client, teacher.email, WRONG).status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=14))

    assert sign_in(client, teacher.email, PASSWORD).status_code == 429


def test_the_owner_at_another_address_can_still_sign_in(client, teacher):
    # Otherwise anyone could lock a teacher out by guessing badly.
    guess(client, teacher.email, LIMIT - 1)
    assert sign_in(client, teacher.email, WRONG).status_code == 429

    response = sign_in(client, teacher.email, PASSWORD, address="192.0.2.10")
    assert response.status_code == 302


def test_a_successful_sign_in_resets_the_count(client, teacher):
    guess(client, teacher.email, LIMIT - 1)
    assert sign_in(client, teacher.email, PASSWORD).status_code == 302
    client.logout()

    guess(client, teacher.email, LIMIT - 1)
    assert sign_in(client, teacher.email, WRONG).status_code == 429


def test_signing_in_to_ones_own_account_does_not_wipe_guesses_at_another(
    client, teacher
):
    attacker = make_user("aanvaller@example.com")
    guess(client, teacher.email, LIMIT - 1)

    assert sign_in(client, attacker.email, PASSWORD).status_code == 302
    client.logout()

    assert sign_in(client, teacher.email, WRONG).status_code == 429
    assert sign_in(client, teacher.email, PASSWORD).status_code == 429


@override_settings(LOGIN_FAILURES_PER_CLIENT=8)
def test_one_client_guessing_at_many_accounts_is_locked_out(client, teacher):
    guess(client, "een@example.com", 4)
    guess(client, "twee@example.com", 3)

    # The eighth failure from this address, for yet another account.
    assert sign_in(client, "drie@example.com", WRONG).status_code == 429
    assert sign_in(client, teacher.email, PASSWORD).status_code == 429

    # Other clients are not held back.
    assert (
        sign_in(client, teacher.email, PASSWORD, address="192.0.2.10").status_code
        == 302
    )


def test_a_school_behind_one_address_is_not_locked_out_by_a_few_typos(client, teacher):
    for n in range(6):
        guess(client, f"collega{n}@example.com", 2)
    assert sign_in(client, teacher.email, PASSWORD).status_code == 302


@override_settings(USE_X_FORWARDED_FOR=True)
def test_behind_a_proxy_the_count_keys_on_the_address_the_proxy_added(client, teacher):
    proxy = "10.0.0.254"
    for n in range(LIMIT - 1):
        guess(
            client,
            teacher.email,
            1,
            address=proxy,
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, {ATTACKER}",
        )
    # Made-up addresses in front do not dodge the count.
    fifth = sign_in(
        client,
        teacher.email,
        WRONG,
        address=proxy,
        HTTP_X_FORWARDED_FOR=f"192.0.2.98, {ATTACKER}",
    )
    assert fifth.status_code == 429
    locked = sign_in(
        client,
        teacher.email,
        PASSWORD,
        address=proxy,
        HTTP_X_FORWARDED_FOR=f"192.0.2.99, {ATTACKER}",
    )
    assert locked.status_code == 429

    # Another visitor behind the same proxy is not held back.
    other = sign_in(
        client,
        teacher.email,
        PASSWORD,
        address=proxy,
        HTTP_X_FORWARDED_FOR="192.0.2.50",
    )
    assert other.status_code == 302


def test_the_test_clients_login_still_works(client, teacher):
    assert client.login(email=teacher.email, password=PASSWORD)
    assert signed_in(client)
    assert not client.login(email=teacher.email, password=WRONG)
