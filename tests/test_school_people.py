"""A school's people, invitations, means and shared kijkwijzers, mostly from
the attacker's side: strangers, members who are not leaders, the holder of
someone else's invitation link, stale and forged requests."""

import datetime as dt
import html
import itertools
import json
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from planning import needs
from planning.models import (
    Invitation,
    KijkwijzerShare,
    Means,
    Membership,
    Response,
    School,
    SchoolYear,
)

from .helpers import error_summary, input_value, make_kijkwijzer, make_user

pytestmark = pytest.mark.django_db

LEADER, MEMBER, SECRETARY = (
    Membership.Role.LEADER,
    Membership.Role.MEMBER,
    Membership.Role.SECRETARY,
)
_numbers = itertools.count(100001)


# -- factories -------------------------------------------------------------------


def make_school(name="Sint-Jozefscollege", *, leader=None, members=(), **fields):
    """A school with ``leader`` (a user) and ``members``: users, or
    (user, role) pairs."""
    fields.setdefault("institution_number", str(next(_numbers)))
    school = School.objects.create(name=name, **fields)
    if leader is not None:
        join(school, leader, LEADER)
    for member in members:
        user, role = member if isinstance(member, tuple) else (member, MEMBER)
        join(school, user, role)
    return school


def join(school, user, role=MEMBER) -> Membership:
    return Membership.objects.create(school=school, user=user, role=role)


def invite(school, email, role=MEMBER, *, days_ago=0) -> Invitation:
    invitation = Invitation.objects.create(school=school, email=email, role=role)
    if days_ago:
        Invitation.objects.filter(pk=invitation.pk).update(
            created_at=timezone.now() - dt.timedelta(days=days_ago)
        )
        invitation.refresh_from_db()
    return invitation


def saved_kijkwijzer(owner, k, title="Mijn vraag") -> Response:
    answers = {
        str(k.leervraag.pk): "Hoe leer ik feedback geven?",
        str(k.domein.pk): [k.lead.pk],
    }
    return Response.objects.create(
        owner=owner, version=k.version, title=title, answers=answers
    )


# -- urls and page helpers ---------------------------------------------------------


def url(name, *args):
    return reverse(f"planning:{name}", args=args)


def school_url(school):
    return url("school", school.pk)


def invitation_url(invitation):
    return url("invitation", invitation.token)


def in_dutch(msgid, **values) -> str:
    """A message as the Dutch site shows it, whether translated yet or not."""
    with translation.override("nl-be"):
        text = gettext(msgid)
    return text % values if values else text


def label(school, role) -> str:
    with translation.override("nl-be"):
        return Membership(school=school, role=role).role_label()


def text(response) -> str:
    return html.unescape(response.content.decode())


def page_messages(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


# -- people ------------------------------------------------------------------------


@pytest.fixture
def lea(db):
    """Leads the school."""
    return make_user("lea@sintjozef.example", first_name="Lea", last_name="Claes")


@pytest.fixture
def school(lea, tom):
    """Lea leads it, Tom teaches there."""
    return make_school(leader=lea, members=[tom])


@pytest.fixture
def k(db):
    return make_kijkwijzer()


# -- the school page -----------------------------------------------------------------


def test_a_stranger_gets_404_on_the_school_page(client, school):
    client.force_login(make_user("sam@elders.example"))
    assert client.get(school_url(school)).status_code == 404
    assert client.get(url("school", 987654)).status_code == 404


def test_a_visitor_who_is_not_signed_in_is_sent_to_sign_in(client, school):
    page = client.get(school_url(school))
    assert page.status_code == 302
    assert page["Location"].startswith(reverse("login"))


def test_a_member_sees_the_people_with_their_roles_and_nothing_more(
    client, school, lea, tom
):
    client.force_login(tom)
    page = client.get(school_url(school))
    assert page.status_code == 200
    body = text(page)
    assert school.name in body and school.institution_number in body
    assert "Lea Claes" in body and tom.email in body
    assert label(school, LEADER) in body and label(school, MEMBER) in body
    assert school_url(school) + "uitnodigen/" not in body
    assert "/leden/" not in body and "/middelen/" not in body
    assert url("team_needs", school.pk) not in body
    # The leader's address is for leaders to see.
    assert lea.email not in body
    assert url("school_plan") in body


def test_the_secretary_is_named_after_the_approving_body(client, lea):
    secretary = make_user("sec@school.example")
    school = make_school(leader=lea, members=[(secretary, SECRETARY)])
    client.force_login(lea)
    assert label(school, SECRETARY) in text(client.get(school_url(school)))
    School.objects.filter(pk=school.pk).update(has_local_committee=False)
    school.refresh_from_db()
    body = text(client.get(school_url(school)))
    assert label(school, SECRETARY) in body
    assert label(school, SECRETARY) == in_dutch("Chair of the staff meeting")


def test_the_school_page_takes_few_queries_however_many_people(
    client, school, lea, django_assert_max_num_queries
):
    client.force_login(lea)
    Means.objects.create(school=school, year=SchoolYear.current().start, amount=5)
    invite(school, "nieuw@school.example")
    with django_assert_max_num_queries(10):
        assert client.get(school_url(school)).status_code == 200
    for n in range(15):
        join(school, make_user(f"leraar{n}@school.example"))
        invite(school, f"kandidaat{n}@school.example")
        Means.objects.create(school=school, year=SchoolYear.current().start, amount=n)
    with django_assert_max_num_queries(10):
        assert client.get(school_url(school)).status_code == 200


def test_a_member_cannot_invite_remove_change_roles_or_touch_the_means(
    client, school, lea, tom, mailoutbox
):
    other = make_user("an@school.example")
    membership = join(school, other)
    invitation = invite(school, "nieuw@school.example")
    entry = Means.objects.create(
        school=school, year=SchoolYear.current().start, amount=100
    )
    client.force_login(tom)
    attempts = [
        (url("school_invite", school.pk), {"invite-email": "x@y.example"}),
        (url("school_change_role", school.pk, membership.pk), {"role": LEADER}),
        (
            url("school_change_role", school.pk, tom.school_memberships.get().pk),
            {"role": LEADER},
        ),
        (url("school_remove_member", school.pk, membership.pk), {}),
        (url("school_withdraw_invitation", school.pk, invitation.pk), {}),
        (
            url("school_add_means", school.pk),
            {
                "means-year": str(SchoolYear.current()),
                "means-kind": "allocation",
                "means-amount": "1",
            },
        ),
        (url("school_delete_means", school.pk, entry.pk), {}),
    ]
    for address, data in attempts:
        assert client.post(address, data).status_code == 404, address
    assert (
        client.get(url("school_remove_member", school.pk, membership.pk)).status_code
        == 404
    )
    assert sorted(school.memberships.values_list("user__email", "role")) == sorted(
        [(lea.email, LEADER), (tom.email, MEMBER), (other.email, MEMBER)]
    )
    assert list(school.invitations.all()) == [invitation]
    assert list(school.means_entries.all()) == [entry]
    assert mailoutbox == []


def test_a_leader_of_another_school_cannot_touch_this_one(client, school, tom):
    other_leader = make_user("baas@elders.example")
    make_school("Elders", leader=other_leader)
    membership = tom.school_memberships.get()
    client.force_login(other_leader)
    assert (
        client.post(
            url("school_change_role", school.pk, membership.pk), {"role": LEADER}
        ).status_code
        == 404
    )
    assert (
        client.post(url("school_remove_member", school.pk, membership.pk)).status_code
        == 404
    )
    membership.refresh_from_db()
    assert membership.role == MEMBER


def test_a_membership_of_another_school_is_not_found_through_this_one(client, lea):
    school = make_school(leader=lea)
    elsewhere = make_school("Elders", leader=make_user("baas@elders.example"))
    theirs = elsewhere.memberships.get()
    client.force_login(lea)
    assert (
        client.post(
            url("school_change_role", school.pk, theirs.pk), {"role": MEMBER}
        ).status_code
        == 404
    )
    assert (
        client.post(url("school_remove_member", school.pk, theirs.pk)).status_code
        == 404
    )
    theirs.refresh_from_db()
    assert theirs.role == LEADER


# -- roles and removal ----------------------------------------------------------------


def test_the_leader_changes_a_members_role(client, school, lea, tom):
    membership = tom.school_memberships.get()
    client.force_login(lea)
    page = client.post(
        url("school_change_role", school.pk, membership.pk), {"role": SECRETARY}
    )
    assert page.status_code == 302
    membership.refresh_from_db()
    assert membership.role == SECRETARY


def test_the_last_leader_cannot_step_down(client, school, lea):
    mine = lea.school_memberships.get()
    client.force_login(lea)
    page = client.post(url("school_change_role", school.pk, mine.pk), {"role": MEMBER})
    assert page.status_code == 400
    summary = error_summary(page)
    assert f'href="#id_member{mine.pk}_role"' in summary
    assert "Lea Claes" in html.unescape(summary)
    mine.refresh_from_db()
    assert mine.role == LEADER


def test_with_a_second_leader_a_leader_can_step_down(client, school, lea, tom):
    tom.school_memberships.update(role=LEADER)
    mine = lea.school_memberships.get()
    client.force_login(lea)
    page = client.post(url("school_change_role", school.pk, mine.pk), {"role": MEMBER})
    assert page.status_code == 302
    mine.refresh_from_db()
    assert mine.role == MEMBER
    # Now a member: the leader's tools are gone.
    assert client.get(url("team_needs", school.pk)).status_code == 404


def test_an_unknown_role_is_a_bad_request(client, school, lea, tom):
    membership = tom.school_memberships.get()
    client.force_login(lea)
    page = client.post(
        url("school_change_role", school.pk, membership.pk), {"role": "superuser"}
    )
    assert page.status_code == 400
    assert f'href="#id_member{membership.pk}_role"' in error_summary(page)
    membership.refresh_from_db()
    assert membership.role == MEMBER


def test_the_leader_removes_a_member_after_confirming(client, school, lea, tom, k):
    membership = tom.school_memberships.get()
    KijkwijzerShare.objects.create(response=saved_kijkwijzer(tom, k), school=school)
    client.force_login(lea)
    remove = url("school_remove_member", school.pk, membership.pk)
    confirm = client.get(remove)
    assert confirm.status_code == 200
    assert tom.email in text(confirm)
    assert Membership.objects.filter(pk=membership.pk).exists()
    page = client.post(remove)
    assert page.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()
    # What Tom shared was for a member of the school.
    assert not KijkwijzerShare.objects.filter(school=school).exists()
    assert Response.objects.filter(owner=tom).exists()


def test_the_last_leader_cannot_be_removed(client, school, lea):
    mine = lea.school_memberships.get()
    client.force_login(lea)
    remove = url("school_remove_member", school.pk, mine.pk)
    confirm = client.get(remove)
    assert confirm.status_code == 200
    assert '<form method="post">' not in confirm.content.decode()
    page = client.post(remove)
    assert page.status_code == 400
    assert "Lea Claes" in text(page)
    assert Membership.objects.filter(pk=mine.pk).exists()


def test_a_leader_who_leaves_is_sent_to_the_school_plan(client, school, lea, tom):
    tom.school_memberships.update(role=LEADER)
    client.force_login(lea)
    page = client.post(
        url("school_remove_member", school.pk, lea.school_memberships.get().pk)
    )
    assert page.status_code == 302
    assert page["Location"] == url("school_plan")
    assert client.get(school_url(school)).status_code == 404


# -- invitations: sending ---------------------------------------------------------------


def send_invitation(client, school, email, role=MEMBER):
    return client.post(
        url("school_invite", school.pk), {"invite-email": email, "invite-role": role}
    )


def link_in(message) -> str:
    match = re.search(
        r"https?://[^/\s]+(/schoolplan/uitnodiging/[^/\s]+/)", message.body
    )
    assert match, message.body
    return match.group(1)


def test_the_leader_invites_and_a_mail_carries_the_link(client, lea, mailoutbox):
    school = make_school("Sint-Jan & Sint-Pieter", leader=lea)
    client.force_login(lea)
    page = send_invitation(client, school, "Nieuw@School.Example", SECRETARY)
    assert page.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.school, invitation.email, invitation.role) == (
        school,
        "nieuw@school.example",
        SECRETARY,
    )
    assert invitation.invited_by == lea
    [mail] = mailoutbox
    assert mail.to == ["nieuw@school.example"]
    assert link_in(mail) == invitation_url(invitation)
    assert f"http://testserver{invitation_url(invitation)}" in mail.body
    assert str(settings.INVITATION_DAYS) in mail.body
    # Plain text: no HTML escaping of the school's name.
    assert "Sint-Jan & Sint-Pieter" in mail.subject
    assert "Sint-Jan & Sint-Pieter" in mail.body
    assert "Lea Claes" in mail.body
    assert label(school, SECRETARY) in mail.body
    # The leader sees it among the open invitations.
    assert "nieuw@school.example" in text(client.get(school_url(school)))


def test_inviting_a_member_is_a_form_error(client, school, lea, tom, mailoutbox):
    client.force_login(lea)
    page = send_invitation(client, school, tom.email.upper())
    assert page.status_code == 400
    assert 'href="#id_invite-email"' in error_summary(page)
    assert input_value(page, "invite-email") == tom.email.upper()
    assert not Invitation.objects.exists()
    assert mailoutbox == []


@pytest.mark.parametrize(
    "data, field",
    [
        ({"invite-email": "geen adres", "invite-role": MEMBER}, "email"),
        ({"invite-email": "", "invite-role": MEMBER}, "email"),
        ({"invite-email": "a@b.example", "invite-role": "superuser"}, "role"),
        ({}, "email"),
    ],
)
def test_bad_invitation_input_is_400_and_keeps_what_was_typed(
    client, school, lea, mailoutbox, data, field
):
    client.force_login(lea)
    page = client.post(url("school_invite", school.pk), data)
    assert page.status_code == 400
    assert f'href="#id_invite-{field}"' in error_summary(page)
    if data.get("invite-email"):
        assert input_value(page, "invite-email") == data["invite-email"]
    assert not Invitation.objects.exists()
    assert mailoutbox == []


def test_inviting_the_same_address_again_replaces_the_open_invitation(
    client, school, lea, mailoutbox
):
    client.force_login(lea)
    send_invitation(client, school, "nieuw@school.example")
    send_invitation(client, school, "NIEUW@school.example", SECRETARY)
    [invitation] = Invitation.objects.all()
    assert invitation.role == SECRETARY
    first, second = mailoutbox
    newcomer = make_user("nieuw@school.example")
    client.force_login(newcomer)
    assert client.get(link_in(first)).status_code == 404
    assert client.get(link_in(second)).status_code == 200


def test_the_leader_withdraws_an_invitation_and_its_link_stops_working(
    client, school, lea
):
    invitation = invite(school, "nieuw@school.example")
    client.force_login(lea)
    page = client.post(url("school_withdraw_invitation", school.pk, invitation.pk))
    assert page.status_code == 302
    assert not Invitation.objects.exists()
    client.force_login(make_user("nieuw@school.example"))
    assert client.get(invitation_url(invitation)).status_code == 404
    assert client.post(invitation_url(invitation)).status_code == 404
    assert school.memberships.count() == 2


def test_an_invitation_of_another_school_cannot_be_withdrawn(client, lea):
    school = make_school(leader=lea)
    elsewhere = make_school("Elders", leader=make_user("baas@elders.example"))
    theirs = invite(elsewhere, "nieuw@school.example")
    client.force_login(lea)
    assert (
        client.post(url("school_withdraw_invitation", school.pk, theirs.pk)).status_code
        == 404
    )
    assert Invitation.objects.filter(pk=theirs.pk).exists()


# -- invitations: accepting ----------------------------------------------------------------


def test_accepting_with_the_right_account_creates_the_membership(client, school):
    invitation = invite(school, "nieuw@school.example", SECRETARY)
    newcomer = make_user("nieuw@school.example")
    client.force_login(newcomer)
    page = client.get(invitation_url(invitation))
    assert page.status_code == 200
    assert school.name in text(page)
    assert label(school, SECRETARY) in text(page)
    assert page["Referrer-Policy"] == "no-referrer"
    assert not school.memberships.filter(user=newcomer).exists()
    page = client.post(invitation_url(invitation))
    assert page.status_code == 302
    assert page["Location"] == school_url(school)
    assert school.memberships.get(user=newcomer).role == SECRETARY
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None
    assert client.get(school_url(school)).status_code == 200


def test_the_address_is_compared_without_case(client, school):
    invitation = invite(school, "Nieuw@School.Example")
    client.force_login(make_user("nieuw@school.example"))
    assert client.post(invitation_url(invitation)).status_code == 302
    assert school.memberships.filter(user__email="nieuw@school.example").exists()


def test_another_account_gets_403_and_nothing_is_created(client, school):
    invitation = invite(school, "nieuw@school.example", LEADER)
    intruder = make_user("indringer@elders.example")
    client.force_login(intruder)
    for page in (
        client.get(invitation_url(invitation)),
        client.post(invitation_url(invitation)),
    ):
        assert page.status_code == 403
        body = text(page)
        assert in_dutch("This invitation is for another address") in body
        # It names nothing: not the school, not the role, not the address.
        assert school.name not in body
        assert "nieuw@school.example" not in body
        assert label(school, LEADER) not in body
    assert not school.memberships.filter(user=intruder).exists()
    invitation.refresh_from_db()
    assert invitation.is_open


def test_a_signed_out_visitor_is_asked_to_sign_in_or_create_an_account(client, school):
    invitation = invite(school, "nieuw@school.example")
    path = invitation_url(invitation)
    page = client.get(path)
    assert page.status_code == 200
    body = page.content.decode()
    assert f'href="{reverse("login")}?next={path}"' in body
    assert f'href="{reverse("signup")}?next={path}"' in body
    posted = client.post(path)
    assert posted.status_code == 302
    assert posted["Location"].startswith(reverse("login"))
    assert school.memberships.count() == 2


@pytest.mark.parametrize(
    "days_ago, setting",
    [(15, 14), (3, 2), (1, 0)],
)
def test_an_expired_invitation_is_refused(client, school, days_ago, setting):
    with override_settings(INVITATION_DAYS=setting):
        invitation = invite(school, "nieuw@school.example", days_ago=days_ago)
        newcomer = make_user("nieuw@school.example")
        client.force_login(newcomer)
        assert client.get(invitation_url(invitation)).status_code == 404
        assert client.post(invitation_url(invitation)).status_code == 404
    assert not school.memberships.filter(user=newcomer).exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_an_invitation_a_day_before_it_expires_still_works(client, school):
    invitation = invite(
        school, "nieuw@school.example", days_ago=settings.INVITATION_DAYS - 1
    )
    client.force_login(make_user("nieuw@school.example"))
    assert client.post(invitation_url(invitation)).status_code == 302


def test_an_unknown_token_is_404(client, school):
    client.force_login(make_user("nieuw@school.example"))
    page = client.get(url("invitation", "x" * 43))
    assert page.status_code == 404
    assert page["Referrer-Policy"] == "no-referrer"


def test_accepting_twice_is_harmless(client, school):
    invitation = invite(school, "nieuw@school.example")
    newcomer = make_user("nieuw@school.example")
    client.force_login(newcomer)
    client.post(invitation_url(invitation))
    invitation.refresh_from_db()
    accepted_at = invitation.accepted_at
    again = client.post(invitation_url(invitation))
    assert again.status_code == 302
    assert again["Location"] == school_url(school)
    assert school.memberships.filter(user=newcomer).count() == 1
    invitation.refresh_from_db()
    assert invitation.accepted_at == accepted_at
    # Someone else holding the used link learns nothing from it.
    client.force_login(make_user("ander@school.example"))
    assert client.get(invitation_url(invitation)).status_code == 404


def test_an_unconfirmed_account_cannot_accept(client, school):
    invitation = invite(school, "nieuw@school.example")
    newcomer = make_user("nieuw@school.example", email_confirmed=False)
    client.force_login(newcomer)
    page = client.get(invitation_url(invitation))
    assert page.status_code == 200
    assert reverse("resend_confirmation") in page.content.decode()
    assert 'action=""' not in page.content.decode()
    posted = client.post(invitation_url(invitation))
    assert posted.status_code == 403
    assert not school.memberships.filter(user=newcomer).exists()
    invitation.refresh_from_db()
    assert invitation.is_open


def test_a_member_accepting_another_invitation_keeps_their_role(client, school, tom):
    invitation = invite(school, tom.email, LEADER)
    client.force_login(tom)
    page = client.post(invitation_url(invitation), follow=True)
    assert page.status_code == 200
    assert tom.school_memberships.get().role == MEMBER
    assert any(school.name in message for message in page_messages(page))
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None


# -- means ---------------------------------------------------------------------------


def add_means(client, school, amount, year=None, kind="allocation", label=""):
    return client.post(
        url("school_add_means", school.pk),
        {
            "means-year": str(SchoolYear.current() if year is None else year),
            "means-kind": kind,
            "means-label": label,
            "means-amount": amount,
        },
    )


def test_means_are_listed_per_school_year_with_their_total(client, school, lea):
    this_year, next_year = SchoolYear.current(), SchoolYear.current().next()
    client.force_login(lea)
    assert (
        add_means(client, school, "1.250,50", label="eerste schijf").status_code == 302
    )
    assert add_means(client, school, "749.50", kind="reserve").status_code == 302
    assert add_means(client, school, "€ 3 000", year=next_year).status_code == 302
    assert school.means(this_year) == Decimal("2000.00")
    assert school.means(next_year) == Decimal("3000.00")
    page = client.get(school_url(school))
    assert [(y["year"], y["total"]) for y in page.context["means"]] == [
        (next_year, Decimal("3000.00")),
        (this_year, Decimal("2000.00")),
    ]
    body = text(page)
    assert "2.000,00" in body and "3.000,00" in body and "eerste schijf" in body


@pytest.mark.parametrize(
    "amount", ["-1", "-0,01", "10000000,01", "99999999999", "1e9", "NaN", "veel", ""]
)
def test_a_negative_or_absurd_amount_is_400_and_keeps_the_input(
    client, school, lea, amount
):
    client.force_login(lea)
    page = add_means(client, school, amount)
    assert page.status_code == 400
    assert 'href="#id_means-amount"' in error_summary(page)
    assert input_value(page, "means-amount") == amount
    assert not Means.objects.exists()


@pytest.mark.parametrize(
    "year",
    ["2026/2027", "2026-2028", "volgend jaar", "20262027", "", "９０２６-９０２７"],
)
def test_a_badly_written_school_year_is_400(client, school, lea, year):
    client.force_login(lea)
    page = add_means(client, school, "100", year=year)
    assert page.status_code == 400
    assert 'href="#id_means-year"' in error_summary(page)
    assert input_value(page, "means-year") == year
    assert not Means.objects.exists()


def test_only_this_school_year_and_the_next_can_be_given_means(client, school, lea):
    current = SchoolYear.current()
    client.force_login(lea)
    for year in (
        SchoolYear(2001),
        SchoolYear(current.start - 1),
        SchoolYear(current.start + 2),
    ):
        page = add_means(client, school, "100", year=year)
        assert page.status_code == 400, year
        assert 'href="#id_means-year"' in error_summary(page)
    assert not Means.objects.exists()
    assert add_means(client, school, "100", year=current.next()).status_code == 302


def test_the_leader_deletes_an_entry_but_not_one_of_a_past_year(client, school, lea):
    current = SchoolYear.current()
    entry = Means.objects.create(school=school, year=current.start, amount=10)
    old = Means.objects.create(school=school, year=current.start - 1, amount=20)
    elsewhere = make_school("Elders", leader=make_user("baas@elders.example"))
    theirs = Means.objects.create(school=elsewhere, year=current.start, amount=30)
    client.force_login(lea)
    assert (
        client.post(url("school_delete_means", school.pk, entry.pk)).status_code == 302
    )
    assert client.post(url("school_delete_means", school.pk, old.pk)).status_code == 404
    assert (
        client.post(url("school_delete_means", school.pk, theirs.pk)).status_code == 404
    )
    assert list(Means.objects.order_by("pk")) == [old, theirs]


# -- sharing a kijkwijzer with the school -----------------------------------------------


def share(client, response, school_pk, action="share"):
    return client.post(
        url("share_with_school", response.pk), {"school": school_pk, "action": action}
    )


def test_a_teacher_shares_a_kijkwijzer_and_withdraws_it(client, school, tom, k):
    response = saved_kijkwijzer(tom, k)
    client.force_login(tom)
    page = share(client, response, school.pk)
    assert page.status_code == 302
    assert page["Location"] == url("result", response.pk)
    assert KijkwijzerShare.objects.filter(response=response, school=school).exists()
    assert share(client, response, school.pk).status_code == 302  # twice: harmless
    assert KijkwijzerShare.objects.count() == 1
    assert share(client, response, school.pk, "withdraw").status_code == 302
    assert not KijkwijzerShare.objects.exists()


def test_sharing_someone_elses_kijkwijzer_is_404(client, school, lea, tom, k):
    response = saved_kijkwijzer(tom, k)
    client.force_login(lea)
    assert share(client, response, school.pk).status_code == 404
    assert not KijkwijzerShare.objects.exists()
    KijkwijzerShare.objects.create(response=response, school=school)
    assert share(client, response, school.pk, "withdraw").status_code == 404
    assert KijkwijzerShare.objects.count() == 1


def test_sharing_with_a_school_you_are_not_in_is_404(client, school, tom, k):
    elsewhere = make_school("Elders", leader=make_user("baas@elders.example"))
    response = saved_kijkwijzer(tom, k)
    client.force_login(tom)
    assert share(client, response, elsewhere.pk).status_code == 404
    assert share(client, response, 987654).status_code == 404
    assert share(client, response, elsewhere.pk, "withdraw").status_code == 404
    assert not KijkwijzerShare.objects.exists()


@pytest.mark.parametrize(
    "data",
    [{}, {"school": "x", "action": "share"}, {"school": "1", "action": "publish"}],
)
def test_a_forged_share_request_is_400(client, school, tom, k, data):
    response = saved_kijkwijzer(tom, k)
    client.force_login(tom)
    assert client.post(url("share_with_school", response.pk), data).status_code == 400
    assert not KijkwijzerShare.objects.exists()


def test_sharing_is_post_only(client, school, tom, k):
    response = saved_kijkwijzer(tom, k)
    client.force_login(tom)
    assert client.get(url("share_with_school", response.pk)).status_code == 405


def render_share_include(user, draft) -> str:
    request = RequestFactory().get(url("result", draft.pk))
    request.user = user
    context = {
        "draft": draft,
        "school_options": draft.sharing_options(),
        "min_group": needs.MIN_GROUP,
    }
    return html.unescape(
        render_to_string("planning/_share_with_school.html", context, request=request)
    )


def test_the_include_offers_to_share_or_stop_sharing_per_school(school, tom, k):
    elsewhere = make_school("Sint-Ursula", leader=make_user("baas@ursula.example"))
    join(elsewhere, tom)
    left = make_school("Vroeger", leader=make_user("baas@vroeger.example"))
    response = saved_kijkwijzer(tom, k)
    KijkwijzerShare.objects.create(response=response, school=school)
    KijkwijzerShare.objects.create(response=response, school=left)
    with translation.override("nl-be"):
        body = render_share_include(tom, response)
    action = url("share_with_school", response.pk)
    assert body.count(f'action="{action}"') == 3
    assert in_dutch("Stop sharing with %(school)s", school=school.name) in body
    assert in_dutch("Share with %(school)s", school=elsewhere.name) in body
    assert in_dutch("Share with %(school)s", school=school.name) not in body
    # A school Tom has left: he can still stop sharing with it.
    assert in_dutch("Stop sharing with %(school)s", school=left.name) in body
    assert str(needs.MIN_GROUP) in body


def test_the_include_shows_nothing_without_schools_and_the_page_only_to_its_owner(
    client, school, lea, k
):
    loner = make_user("alleen@school.example")
    response = saved_kijkwijzer(loner, k)
    assert "<form" not in render_share_include(loner, response)
    client.force_login(lea)
    assert client.get(url("result", response.pk)).status_code == 404


def test_the_owners_result_page_offers_sharing_with_their_school(
    client, school, tom, k
):
    response = saved_kijkwijzer(tom, k)
    client.force_login(tom)
    page = client.get(url("result", response.pk))
    assert url("share_with_school", response.pk) in page.text


# -- valid HTML ----------------------------------------------------------------------------


def test_the_school_pages_are_valid_html(tmp_path, school, lea, tom, k):
    from .test_html_validity import unnamed_labels, vnu_command

    KijkwijzerShare.objects.create(response=saved_kijkwijzer(tom, k), school=school)
    Means.objects.create(school=school, year=SchoolYear.current().start, amount=5)
    invitation = invite(school, "nieuw@school.example")
    leader, member, guest = Client(), Client(), Client()
    leader.force_login(lea)
    member.force_login(tom)
    membership = tom.school_memberships.get()
    pages = {
        "school-leader": leader.get(school_url(school)),
        "school-member": member.get(school_url(school)),
        "school-invite-errors": leader.post(
            url("school_invite", school.pk), {"invite-email": tom.email}
        ),
        "school-means-errors": add_means(leader, school, "-5", year="gisteren"),
        "school-role-errors": leader.post(
            url("school_change_role", school.pk, lea.school_memberships.get().pk),
            {"role": MEMBER},
        ),
        "school-remove": leader.get(
            url("school_remove_member", school.pk, membership.pk)
        ),
        "school-remove-last-leader": leader.post(
            url("school_remove_member", school.pk, lea.school_memberships.get().pk)
        ),
        "school-needs": leader.get(url("team_needs", school.pk)),
        "invitation-signed-out": guest.get(invitation_url(invitation)),
        "invitation-other-address": member.get(invitation_url(invitation)),
        "invitation-invalid": guest.get(url("invitation", "nope")),
    }
    newcomer = Client()
    newcomer.force_login(make_user("nieuw@school.example"))
    pages["invitation"] = newcomer.get(invitation_url(invitation))
    unconfirmed = Client()
    invite(school, "later@school.example")
    unconfirmed.force_login(make_user("later@school.example", email_confirmed=False))
    pages["invitation-unconfirmed"] = unconfirmed.get(
        invitation_url(Invitation.objects.get(email="later@school.example"))
    )
    problems = []
    for name, response in pages.items():
        assert response.status_code in (200, 400, 403, 404), name
        (tmp_path / f"{name}.html").write_bytes(response.content)
        problems += [f"{name} {p}" for p in unnamed_labels(response.content.decode())]
    # The include, inside a page of its own.
    with translation.override("nl-be"):
        fragment = render_share_include(tom, Response.objects.get(owner=tom))
    (tmp_path / "share-include.html").write_text(
        f'<!doctype html><html lang="nl"><head><title>x</title></head><body><main>{fragment}</main></body></html>'
    )
    result = subprocess.run(
        [*vnu_command(), "--errors-only", "--format", "json", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    problems += [
        f"{Path(m.get('url', '?')).stem} line {m.get('lastLine', '?')}: {m['message']}"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]
    assert not problems, "\n".join(problems)


# -- the admin -------------------------------------------------------------------------


def test_editors_create_schools_with_their_people_and_means_in_the_admin(
    client, eva, lea
):
    from django.contrib import admin

    from planning.models import Invitation as InvitationModel

    client.force_login(eva)
    assert client.get(reverse("admin:planning_school_changelist")).status_code == 200
    assert client.get(reverse("admin:planning_school_add")).status_code == 200
    data = {
        "name": "Sint-Ursula",
        "institution_number": "123456",
        "has_local_committee": "on",
        "memberships-TOTAL_FORMS": "1",
        "memberships-INITIAL_FORMS": "0",
        "memberships-0-user": str(lea.pk),
        "memberships-0-role": LEADER,
        "means_entries-TOTAL_FORMS": "1",
        "means_entries-INITIAL_FORMS": "0",
        "means_entries-0-year": str(SchoolYear.current().start),
        "means_entries-0-kind": "allocation",
        "means_entries-0-amount": "1500",
    }
    page = client.post(reverse("admin:planning_school_add"), data)
    assert page.status_code == 302, page.content.decode()[:2000]
    school = School.objects.get(name="Sint-Ursula")
    assert school.role_of(lea) == LEADER
    assert school.means(SchoolYear.current()) == Decimal("1500")
    found = client.get(reverse("admin:planning_school_changelist"), {"q": "123456"})
    assert "Sint-Ursula" in found.content.decode()
    # Who was invited and what teachers shared stay out of the admin.
    assert not admin.site.is_registered(InvitationModel)
    assert not admin.site.is_registered(KijkwijzerShare)


def test_teachers_and_provider_staff_do_not_get_the_school_admin(client, tom, anna):
    for user in (tom, anna):
        client.force_login(user)
        page = client.get(reverse("admin:planning_school_changelist"))
        assert page.status_code in (302, 403, 404), user
