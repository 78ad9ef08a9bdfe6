"""Teachers create their own account and confirm its address by mail.

A new account may look around at once but saves nothing until the link in
the mail is followed. The form never tells whether an address already has an
account: that owner gets a mail instead.
"""

from __future__ import annotations

import html
import re
import time
from urllib.parse import urlencode

import pytest
from django.contrib.auth import password_validation
from django.core import mail, signing
from django.core.exceptions import ValidationError
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext

from nw.accounts import tokens
from nw.accounts.models import User
from nw.accounts.views import RESEND_SESSION_KEY

from .helpers import PASSWORD, error_summary, input_value, make_user

pytestmark = pytest.mark.django_db

SIGNUP = "/account/registreren/"
DONE = "/account/registreren/verzonden/"
RESEND = "/account/bevestigen/opnieuw/"
MINE = "/mijn-kijkwijzers/"  # planning:mine
NEW_PASSWORD = "groene appels in de herfst"
DAY = 24 * 60 * 60


def in_dutch(msgid, **values) -> str:
    """A message as the Dutch site shows it, whether translated yet or not."""
    with translation.override("nl-be"):
        text = gettext(msgid)
    return text % values if values else text


def sign_up(client, email="leraar@school.example", password=NEW_PASSWORD, **extra):
    data = {"email": email, "password1": password, "password2": password, **extra}
    return client.post(SIGNUP, data)


def signed_in_as(client) -> User | None:
    pk = client.session.get("_auth_user_id")
    return User.objects.get(pk=pk) if pk else None


def confirmation_link(message) -> str:
    match = re.search(r"https?://[^/\s]+(/account/bevestigen/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def page_messages(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def old_token(user, monkeypatch, age_seconds) -> str:
    """A token as it was made ``age_seconds`` ago."""
    made_at = int(time.time()) - age_seconds
    with monkeypatch.context() as patch:
        patch.setattr(
            signing.TimestampSigner,
            "timestamp",
            lambda self: signing.b62_encode(made_at),
        )
        return tokens.make_token(user)


def confirm_url(token) -> str:
    return reverse("confirm_email", args=[token])


# -- signing up -----------------------------------------------------------------


def test_the_urls_are_the_dutch_ones():
    assert reverse("signup") == SIGNUP
    assert reverse("signup_done") == DONE
    assert reverse("resend_confirmation") == RESEND
    assert confirm_url("abc") == "/account/bevestigen/abc/"


def test_new_teacher_gets_confirmation_mail_and_is_signed_in(client):
    response = sign_up(client)
    assert response.status_code == 302
    assert response["Location"] == DONE

    user = User.objects.get(email="leraar@school.example")
    assert user.is_active
    assert not user.email_confirmed
    assert not user.can_save
    assert NEW_PASSWORD not in user.password
    assert user.check_password(NEW_PASSWORD)
    assert signed_in_as(client) == user

    (message,) = mail.outbox
    assert message.to == ["leraar@school.example"]
    assert confirmation_link(message).startswith("/account/bevestigen/")
    with translation.override("nl-be"):
        validity = ngettext(
            "The link works for %(days)s day. Until you confirm, you cannot "
            "save kijkwijzers or plans.",
            "The link works for %(days)s days. Until you confirm, you cannot "
            "save kijkwijzers or plans.",
            3,
        ) % {"days": 3}
    assert validity in message.body

    page = client.get(DONE)
    assert page.status_code == 200
    assert in_dutch("Check your email") in page.content.decode()
    assert f'action="{RESEND}"' in page.content.decode()


@override_settings(EMAIL_CONFIRMATION_DAYS=5)
def test_the_mail_says_how_long_the_link_works(client):
    sign_up(client)
    (message,) = mail.outbox
    assert "5" in message.body


def test_address_is_stored_lower_case(client):
    sign_up(client, email="  Leraar@School.Example ")
    assert User.objects.filter(email="leraar@school.example").exists()


def test_signed_in_visitor_is_sent_home_or_on(client, tom):
    client.force_login(tom)
    assert client.get(SIGNUP)["Location"] == "/"
    assert client.get(SIGNUP, {"next": "/cursussen/"})["Location"] == "/cursussen/"
    assert client.get(SIGNUP, {"next": "https://evil.example/"})["Location"] == "/"
    assert sign_up(client, email="ander@school.example")["Location"] == "/"
    assert not User.objects.filter(email="ander@school.example").exists()


# -- an address that has an account already ---------------------------------------


def test_existing_address_gets_a_mail_and_the_page_tells_nothing(client, tom):
    fresh = Client()
    new_account = sign_up(fresh, email="nieuw@school.example")
    mail.outbox.clear()
    count = User.objects.count()

    response = sign_up(client, email="TOM@School.example")

    assert response.status_code == new_account.status_code == 302
    assert response["Location"] == new_account["Location"]
    assert User.objects.count() == count
    assert signed_in_as(client) is None
    tom.refresh_from_db()
    assert tom.check_password(PASSWORD)
    assert tom.email_confirmed

    (message,) = mail.outbox
    assert message.to == ["tom@school.example"]
    assert "http://testserver/account/aanmelden/" in message.body
    assert "http://testserver/account/wachtwoord-vergeten/" in message.body
    assert "/account/bevestigen/" not in message.body

    # Both see the same "check your mail" text; only the new account, which
    # is signed in, gets the resend button.
    page = client.get(DONE).content.decode()
    other = fresh.get(DONE).content.decode()
    check = in_dutch("Check your email")
    assert check in page and check in other
    assert (
        in_dutch(
            "Until your address is confirmed, you cannot save kijkwijzers or plans."
        )
        in page
    )
    assert f'action="{RESEND}"' not in page


def test_existing_owner_is_not_flooded_with_mail(client, tom):
    for _n in range(3):
        assert sign_up(client, email=tom.email)["Location"] == DONE
    assert len(mail.outbox) == 1


# -- bad input --------------------------------------------------------------------


def test_weak_password_is_refused_with_the_validators_message(client):
    response = sign_up(client, email="leraar@school.example", password="12345678")

    assert response.status_code == 400
    with translation.override("nl-be"), pytest.raises(ValidationError) as refused:
        password_validation.validate_password(
            "12345678", User(email="leraar@school.example")
        )
    summary = error_summary(response)
    assert summary
    for text in refused.value.messages:
        assert html.escape(text) in summary
    assert 'href="#id_password1"' in summary
    assert input_value(response, "email") == "leraar@school.example"
    assert input_value(response, "password1") == ""
    assert "12345678" not in response.content.decode()
    assert not User.objects.exists()
    assert mail.outbox == []
    assert signed_in_as(client) is None


def test_password_like_the_address_is_refused(client):
    response = sign_up(
        client, email="jan.peeters@school.example", password="jan.peeters"
    )
    assert response.status_code == 400
    assert "password1" in response.context["form"].errors


def test_mismatched_passwords_are_refused(client):
    response = client.post(
        SIGNUP,
        {
            "email": "leraar@school.example",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD + "!",
            "next": "/cursussen/",
        },
    )
    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["password2"]
    assert 'href="#id_password2"' in error_summary(response)
    assert input_value(response, "email") == "leraar@school.example"
    assert input_value(response, "next") == "/cursussen/"
    assert not User.objects.exists()


def test_invalid_address_is_refused(client):
    response = sign_up(client, email="geen adres")
    assert response.status_code == 400
    assert 'href="#id_email"' in error_summary(response)
    assert input_value(response, "email") == "geen adres"
    assert not User.objects.exists()


def test_empty_form_is_refused(client):
    response = client.post(SIGNUP, {})
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"email", "password1", "password2"}


def test_the_form_page_has_labelled_fields(client):
    response = client.get(SIGNUP)
    assert response.status_code == 200
    content = response.content.decode()
    for name in ("email", "password1", "password2"):
        assert f'<label for="id_{name}">' in content
    assert 'autocomplete="new-password"' in content


# -- next -------------------------------------------------------------------------


def test_next_survives_the_flow(client):
    page = client.get(SIGNUP, {"next": "/cursussen/?thema=taal"})
    assert input_value(page, "next") == "/cursussen/?thema=taal"

    response = sign_up(client, next="/cursussen/?thema=taal")
    expected = DONE + "?" + urlencode({"next": "/cursussen/?thema=taal"})
    assert response["Location"] == expected
    done = client.get(response["Location"]).content.decode()
    assert 'href="/cursussen/?thema=taal"' in done
    assert (
        input_value(client.get(response["Location"]), "next")
        == "/cursussen/?thema=taal"
    )


def test_an_external_next_is_ignored(client):
    page = client.get(SIGNUP, {"next": "https://evil.example/"})
    assert input_value(page, "next") == ""
    response = sign_up(client, next="https://evil.example/")
    assert response["Location"] == DONE
    done = client.get(DONE, {"next": "//evil.example/"}).content.decode()
    assert 'href="//evil.example/"' not in done
    assert in_dutch("Continue") in done


def test_sign_in_page_links_to_sign_up_keeping_next(client):
    content = client.get(reverse("login"), {"next": "/cursussen/"}).content.decode()
    assert f'href="{SIGNUP}?next=/cursussen/"' in content
    assert f'href="{SIGNUP}"' in client.get(reverse("login")).content.decode()


# -- the confirmation link ----------------------------------------------------------


def test_following_the_link_confirms_and_signs_in(client):
    sign_up(client)
    link = confirmation_link(mail.outbox[0])
    user = User.objects.get()

    browser = Client()  # the mail is often read on another device
    response = browser.get(link)

    assert response.status_code == 302
    assert response["Location"] == MINE
    assert response["Referrer-Policy"] == "no-referrer"
    user.refresh_from_db()
    assert user.email_confirmed
    assert user.can_save
    assert signed_in_as(browser) == user
    # Read on the home page: the message waits for whichever page comes next.
    assert in_dutch("Your email address is confirmed.") in page_messages(
        browser.get("/")
    )


def test_following_the_link_in_the_signed_in_browser(client):
    sign_up(client)
    response = client.get(confirmation_link(mail.outbox[0]))
    assert response["Location"] == MINE
    user = User.objects.get()
    assert user.can_save
    assert signed_in_as(client) == user


def test_the_link_signs_in_only_once(client):
    sign_up(client)
    link = confirmation_link(mail.outbox[0])
    assert Client().get(link)["Location"] == MINE

    later = Client()
    response = later.get(link)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert signed_in_as(later) is None
    assert User.objects.get().email_confirmed


def test_another_signed_in_user_is_not_switched(client, tom):
    sign_up(Client())
    link = confirmation_link(mail.outbox[0])
    client.force_login(tom)

    response = client.get(link)

    assert response.status_code == 302
    assert signed_in_as(client) == tom
    assert User.objects.get(email="leraar@school.example").email_confirmed
    assert page_messages(client.get("/"))


def test_a_link_a_few_days_old_still_works(client, monkeypatch):
    user = make_user("leraar@school.example", email_confirmed=False)
    token = old_token(user, monkeypatch, 2 * DAY)
    assert client.get(confirm_url(token))["Location"] == MINE
    user.refresh_from_db()
    assert user.email_confirmed


def test_expired_link_is_refused(client, monkeypatch):
    user = make_user("leraar@school.example", email_confirmed=False)
    token = old_token(user, monkeypatch, 3 * DAY + 60)

    response = client.get(confirm_url(token))

    assert response.status_code == 400
    assert response["Referrer-Policy"] == "no-referrer"
    user.refresh_from_db()
    assert not user.email_confirmed
    assert signed_in_as(client) is None
    assert 'href="/account/aanmelden/?next=' in response.content.decode()


@override_settings(EMAIL_CONFIRMATION_DAYS=7)
def test_the_validity_follows_the_setting(client, monkeypatch):
    user = make_user("leraar@school.example", email_confirmed=False)
    token = old_token(user, monkeypatch, 5 * DAY)
    assert client.get(confirm_url(token)).status_code == 302


@pytest.mark.parametrize(
    "mangle",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),
        lambda token: "x" + token,
        lambda token: "niet-een-token",
        lambda token: signing.dumps({"user": 1, "email": "x"}, salt="other"),
    ],
    ids=["signature", "payload", "garbage", "other-salt"],
)
def test_tampered_link_is_refused(client, mangle):
    user = make_user("leraar@school.example", email_confirmed=False)
    response = client.get(confirm_url(mangle(tokens.make_token(user))))
    assert response.status_code == 400
    user.refresh_from_db()
    assert not user.email_confirmed


def test_odd_payloads_are_refused_not_errors(client):
    user = make_user("leraar@school.example", email_confirmed=False)
    for payload in (
        [user.pk, user.email],
        {"user": str(user.pk), "email": user.email},
        {"user": user.pk},
        {"user": user.pk + 1000, "email": user.email},
    ):
        token = signing.dumps(payload, salt=tokens.SALT)
        assert client.get(confirm_url(token)).status_code == 400
    user.refresh_from_db()
    assert not user.email_confirmed


def test_link_for_a_changed_address_is_refused(client):
    user = make_user("leraar@school.example", email_confirmed=False)
    token = tokens.make_token(user)
    user.email = "nieuw@school.example"
    user.save()
    assert client.get(confirm_url(token)).status_code == 400
    user.refresh_from_db()
    assert not user.email_confirmed


def test_link_for_a_deactivated_account_is_refused(client):
    user = make_user("leraar@school.example", email_confirmed=False, is_active=False)
    assert client.get(confirm_url(tokens.make_token(user))).status_code == 400


def test_invalid_link_offers_a_new_one_to_the_unconfirmed_account(client):
    user = make_user("leraar@school.example", email_confirmed=False)
    client.force_login(user)
    response = client.get(confirm_url("kapot"))
    assert response.status_code == 400
    assert f'action="{RESEND}"' in response.content.decode()


def test_confirm_page_only_answers_get(client):
    user = make_user("leraar@school.example", email_confirmed=False)
    assert client.post(confirm_url(tokens.make_token(user))).status_code == 405
    user.refresh_from_db()
    assert not user.email_confirmed


# -- sending the mail again -----------------------------------------------------------


def test_resend_is_throttled_then_works(client):
    sign_up(client)
    mail.outbox.clear()

    too_early = client.post(RESEND, follow=True)
    assert too_early.status_code == 200
    assert mail.outbox == []
    assert page_messages(too_early)

    session = client.session
    session[RESEND_SESSION_KEY] = time.time() - 61
    session.save()
    response = client.post(RESEND, {"next": "/cursussen/"})
    assert response.status_code == 302
    assert response["Location"] == DONE + "?next=%2Fcursussen%2F"
    (message,) = mail.outbox
    assert message.to == ["leraar@school.example"]
    # The new link works.
    assert Client().get(confirmation_link(message))["Location"] == MINE

    assert client.post(RESEND).status_code == 302
    assert len(mail.outbox) == 1


def test_resend_is_refused_for_a_confirmed_account(client, tom):
    client.force_login(tom)
    response = client.post(RESEND, follow=True)
    assert response.status_code == 200
    assert mail.outbox == []
    assert page_messages(response)


def test_resend_needs_a_signed_in_account(client):
    response = client.post(RESEND)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert mail.outbox == []


def test_resend_only_answers_post(client):
    user = make_user("leraar@school.example", email_confirmed=False)
    client.force_login(user)
    assert client.get(RESEND).status_code == 405
    assert mail.outbox == []


def test_resend_needs_the_csrf_token(tom):
    user = make_user("leraar@school.example", email_confirmed=False)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    assert browser.post(RESEND).status_code == 403
    assert mail.outbox == []


def test_a_password_reset_confirms_the_address(client):
    """Whoever reads the reset mail owns the mailbox: after the reset the
    account may save, also when someone else signed up with the address."""
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    squatted = make_user("eigenaar@school.example", email_confirmed=False)
    uid = urlsafe_base64_encode(force_bytes(squatted.pk))
    token = default_token_generator.make_token(squatted)
    form = client.get(reverse("password_reset_confirm", args=[uid, token]), follow=True)
    new = "een heel ander lang wachtwoord"
    done = client.post(
        form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
    )
    assert done.status_code == 302, done.context["form"].errors
    squatted.refresh_from_db()
    assert squatted.check_password(new)
    assert squatted.can_save
