"""Who may change which account in the admin.

Editors (the "Redactie" group) look after accounts, but only within their
own rights: they never hand out superuser status, groups or permissions, and
a superuser's account is out of their reach. Superusers keep full control.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from nw.accounts.models import User

from .helpers import PASSWORD, make_editor, make_user

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "een ander wachtwoord van 2026"


@pytest.fixture
def editor(client):
    user = make_editor("redacteur@example.com")
    client.force_login(user)
    return user


@pytest.fixture
def superuser():
    return make_user("beheerder@example.com", is_staff=True, is_superuser=True)


@pytest.fixture
def mighty_group():
    # A group with more rights than the editors have.
    group = Group.objects.create(name="Beheer")
    group.permissions.set(Permission.objects.all())
    return group


def change_url(user) -> str:
    return reverse("admin:accounts_user_change", args=[user.pk])


def password_url(user) -> str:
    return reverse("admin:auth_user_password_change", args=[user.pk])


def change_data(user, **overrides) -> dict:
    """The user change form as the admin posts it, unchanged."""
    data = {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined_0": user.date_joined.strftime("%Y-%m-%d"),
        "date_joined_1": user.date_joined.strftime("%H:%M:%S"),
        "last_login_0": "",
        "last_login_1": "",
    }
    if user.is_active:
        data["is_active"] = "on"
    if user.is_staff:
        data["is_staff"] = "on"
    data.update(overrides)
    return data


def privileged_fields(mighty_group) -> dict:
    return {
        "is_superuser": {"is_superuser": "on"},
        "groups": {"groups": [mighty_group.pk]},
        "user_permissions": {
            "user_permissions": list(Permission.objects.values_list("pk", flat=True))
        },
    }


def rights_of(user) -> tuple:
    user.refresh_from_db()
    return (
        user.is_superuser,
        set(user.groups.values_list("name", flat=True)),
        set(user.user_permissions.values_list("codename", flat=True)),
    )


# -- the editor's own account and other ordinary accounts ---------------------


@pytest.mark.parametrize("field", ["is_superuser", "groups", "user_permissions"])
@pytest.mark.parametrize("whose", ["own", "other"])
def test_editor_cannot_grant_rights_through_the_user_form(
    client, editor, mighty_group, field, whose
):
    target = editor if whose == "own" else make_user("leraar@example.com")
    before = rights_of(target)
    forged = privileged_fields(mighty_group)[field]

    response = client.post(
        change_url(target), change_data(target, first_name="Gewijzigd", **forged)
    )

    # The form is accepted (the harmless change is saved) but the privileged
    # field is not part of it.
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.first_name == "Gewijzigd"
    assert rights_of(target) == before


def test_editor_does_not_get_inputs_for_privileged_fields(client, editor):
    body = client.get(change_url(editor)).content.decode()
    assert 'name="first_name"' in body
    for field in ["is_superuser", "groups", "user_permissions"]:
        assert f'name="{field}"' not in body


def test_editor_cannot_leave_their_group_to_hide_it(client, editor, mighty_group):
    # Groups are read-only for editors both ways: an empty list removes nothing.
    response = client.post(change_url(editor), change_data(editor, groups=[]))
    assert response.status_code == 302
    assert rights_of(editor)[1] == {"Redactie"}


def test_editor_may_still_look_after_ordinary_accounts(client, editor):
    teacher = make_user("leraar@example.com")
    response = client.post(
        change_url(teacher),
        change_data(teacher, email="leraar.nieuw@example.com", is_active=""),
    )
    assert response.status_code == 302
    teacher.refresh_from_db()
    assert teacher.email == "leraar.nieuw@example.com"
    assert not teacher.is_active

    response = client.post(
        password_url(teacher),
        {
            "usable_password": "true",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )
    assert response.status_code == 302
    teacher.refresh_from_db()
    assert teacher.check_password(NEW_PASSWORD)


# -- a superuser's account ----------------------------------------------------


def test_editor_cannot_open_a_superusers_password_form(client, editor, superuser):
    assert client.get(password_url(superuser)).status_code == 404

    response = client.post(
        password_url(superuser),
        {
            "usable_password": "true",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )

    assert response.status_code == 404
    superuser.refresh_from_db()
    assert superuser.check_password(PASSWORD)


def test_editor_cannot_open_or_change_a_superusers_account(client, editor, superuser):
    assert client.get(change_url(superuser)).status_code == 404

    response = client.post(
        change_url(superuser),
        change_data(superuser, email="overgenomen@example.com", is_active=""),
    )

    assert response.status_code == 404
    superuser.refresh_from_db()
    assert superuser.email == "beheerder@example.com"
    assert superuser.is_active


def test_editor_cannot_delete_a_superuser_even_with_the_delete_permission(
    client, editor, superuser
):
    editor.user_permissions.add(Permission.objects.get(codename="delete_user"))
    url = reverse("admin:accounts_user_delete", args=[superuser.pk])

    assert client.get(url).status_code == 404
    assert client.post(url, {"post": "yes"}).status_code == 404

    bulk = client.post(
        reverse("admin:accounts_user_changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [superuser.pk],
            "post": "yes",
        },
    )
    assert bulk.status_code in (200, 302)
    assert User.objects.filter(pk=superuser.pk).exists()


def test_editor_cannot_see_a_superusers_history(client, editor, superuser):
    url = reverse("admin:accounts_user_history", args=[superuser.pk])
    assert client.get(url).status_code == 404


def test_superusers_are_not_listed_for_editors(client, editor, superuser):
    response = client.get(reverse("admin:accounts_user_changelist"))
    assert response.status_code == 200
    body = response.content.decode()
    assert editor.email in body
    assert superuser.email not in body


# -- superusers keep full control ---------------------------------------------


def test_superuser_may_grant_every_right(client, superuser, mighty_group):
    client.force_login(superuser)
    editor = make_editor("redacteur@example.com")
    codenames = ["delete_user", "add_user"]
    permissions = Permission.objects.filter(codename__in=codenames)

    response = client.post(
        change_url(editor),
        change_data(
            editor,
            is_superuser="on",
            groups=[mighty_group.pk],
            user_permissions=[p.pk for p in permissions],
        ),
    )

    assert response.status_code == 302
    assert rights_of(editor) == (True, {"Beheer"}, set(codenames))


def test_superuser_may_change_another_superusers_password(client, superuser):
    other = make_user("tweede@example.com", is_staff=True, is_superuser=True)
    client.force_login(superuser)

    response = client.post(
        password_url(other),
        {
            "usable_password": "true",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )

    assert response.status_code == 302
    other.refresh_from_db()
    assert other.check_password(NEW_PASSWORD)
