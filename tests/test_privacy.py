"""A person's data: the copy they download, the account they delete, and
what the site purges by itself (nw/accounts/privacy.py)."""

import datetime as dt
import json
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from nw.accounts.models import User
from planning import workflow
from planning.models import (
    Comment,
    CourseReflection,
    Invitation,
    KijkwijzerShare,
    Membership,
    PlanEvent,
    Response,
    SchoolYear,
)

from .helpers import (
    PASSWORD,
    error_summary,
    make_kijkwijzer,
    make_provider,
    make_school,
    make_user,
    provider_staff,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def kijkwijzer(db):
    return make_kijkwijzer()


@pytest.fixture
def people(kijkwijzer):
    """A school where ``teacher`` shared a kijkwijzer and wrote in the plan."""
    leader = make_user("leider@school.example")
    teacher = make_user("leraar@school.example", first_name="Lien")
    stranger = make_user("ander@school.example")
    school = make_school(leader=leader, member=teacher)
    k = kijkwijzer
    response = Response.objects.create(
        owner=teacher,
        version=k.version,
        title="Mijn kijkwijzer",
        answers={
            str(k.leervraag.pk): "Beter differentiëren",
            str(k.niveau.pk): [k.secondary.pk],
        },
    )
    KijkwijzerShare.objects.create(response=response, school=school)
    Response.objects.create(
        owner=stranger, version=k.version, title="Niet van Lien", answers={}
    )
    CourseReflection.objects.create(
        owner=teacher, course_title="Lesson study", applied="Samen lessen ontwerpen"
    )
    plan = workflow.start_plan(school, leader, SchoolYear.current())
    Comment.objects.create(plan=plan, author=teacher, text="Graag ook tijd om te delen")
    workflow.record(plan, teacher, "commented", "Comment added")
    return SimpleNamespace(
        leader=leader,
        teacher=teacher,
        stranger=stranger,
        school=school,
        plan=plan,
        response=response,
    )


def signed_in(client, user):
    client.force_login(user)
    return client


def test_the_account_page_asks_strangers_to_sign_in(client):
    response = client.get(reverse("account"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_account_page_offers_the_download_and_the_deletion(client, people):
    response = signed_in(client, people.teacher).get(reverse("account"))
    html = response.content.decode()
    assert response.status_code == 200
    assert reverse("my_data") in html
    assert 'action="/account/verwijderen/"' in html


def test_the_download_holds_the_persons_own_data_and_nobody_elses(
    client, people, kijkwijzer
):
    response = signed_in(client, people.teacher).get(reverse("my_data"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    data = json.loads(response.content)
    assert data["account"]["email"] == "leraar@school.example"
    [saved] = data["kijkwijzers"]
    assert saved["title"] == "Mijn kijkwijzer"
    assert saved["shared_with_schools"] == [people.school.name]
    answers = {a["question"]: a["answer"] for a in saved["answers"]}
    assert answers["Wat wil je leren?"] == "Beter differentiëren"
    assert answers[kijkwijzer.niveau.text] == [kijkwijzer.secondary.label]
    assert data["course_reflections"][0]["what_I_applied"] == "Samen lessen ontwerpen"
    assert data["schools"] == [{"school": people.school.name, "role": "Teamlid"}]
    assert data["plan_comments"][0]["text"] == "Graag ook tijd om te delen"
    assert "Niet van Lien" not in response.content.decode()


def test_the_download_takes_a_fixed_number_of_queries(
    client, people, django_assert_max_num_queries
):
    signed_in(client, people.teacher)
    with django_assert_max_num_queries(25):
        client.get(reverse("my_data"))


def test_deleting_the_account_removes_kijkwijzers_and_keeps_the_plan_anonymised(
    client, people
):
    teacher = people.teacher
    response = signed_in(client, teacher).post(
        reverse("delete_account"), {"password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert not User.objects.filter(pk=teacher.pk).exists()
    assert not Response.objects.filter(owner_id=teacher.pk).exists()
    assert not KijkwijzerShare.objects.filter(school=people.school).exists()
    assert not CourseReflection.objects.filter(owner_id=teacher.pk).exists()
    assert not Membership.objects.filter(user_id=teacher.pk).exists()
    # The plan keeps what the teacher wrote, without the name.
    comment = Comment.objects.get(plan=people.plan)
    assert comment.text == "Graag ook tijd om te delen"
    assert comment.author is None
    assert PlanEvent.objects.filter(plan=people.plan, actor=None).count() == 1
    # The other teacher's kijkwijzer is untouched; the session is over.
    assert Response.objects.filter(owner=people.stranger).count() == 1
    assert client.get(reverse("account")).status_code == 302

    home = client.get(reverse("home"))
    assert "Je account is verwijderd" in home.content.decode()

    client.force_login(people.leader)
    plan_page = client.get(
        reverse("planning:plan", args=[people.plan.pk])
    ).content.decode()
    assert "Graag ook tijd om te delen" in plan_page
    assert "Lien" not in plan_page


def test_a_wrong_password_keeps_the_account_and_says_why(client, people):
    response = signed_in(client, people.teacher).post(
        reverse("delete_account"), {"password": "niet mijn wachtwoord"}
    )
    assert response.status_code == 400
    assert "Dit is niet het wachtwoord van deze account" in error_summary(response)
    assert User.objects.filter(pk=people.teacher.pk).exists()
    assert Response.objects.filter(owner=people.teacher).exists()


def test_the_only_leader_must_hand_over_before_deleting(client, people):
    response = signed_in(client, people.leader).post(
        reverse("delete_account"), {"password": PASSWORD}
    )
    assert response.status_code == 409
    assert "enige leider" in response.content.decode()
    assert User.objects.filter(pk=people.leader.pk).exists()


def test_provider_staff_cannot_delete_their_own_account(client, db):
    staff = provider_staff(make_provider())
    response = signed_in(client, staff).post(
        reverse("delete_account"), {"password": PASSWORD}
    )
    assert response.status_code == 409
    assert User.objects.filter(pk=staff.pk).exists()


def test_deleting_needs_a_post(client, people):
    response = signed_in(client, people.teacher).get(reverse("delete_account"))
    assert response.status_code == 405
    assert User.objects.filter(pk=people.teacher.pk).exists()


def test_the_daily_purge_removes_unclaimed_accounts_and_old_invitations(people):
    long_ago = timezone.now() - dt.timedelta(days=30)
    stale = make_user("nooit@bevestigd.example", email_confirmed=False)
    fresh = make_user("net@aangemaakt.example", email_confirmed=False)
    User.objects.filter(pk__in=[stale.pk, people.stranger.pk]).update(
        date_joined=long_ago
    )
    old = Invitation.objects.create(school=people.school, email="oud@x.example")
    new = Invitation.objects.create(school=people.school, email="nieuw@x.example")
    Invitation.objects.filter(pk=old.pk).update(created_at=long_ago)

    call_command("purge_personal_data", verbosity=0)

    assert not User.objects.filter(pk=stale.pk).exists()
    # Young unconfirmed accounts, and confirmed ones of any age, stay.
    assert User.objects.filter(pk__in=[fresh.pk, people.stranger.pk]).count() == 2
    assert list(Invitation.objects.values_list("pk", flat=True)) == [new.pk]


def test_the_privacy_page_names_the_periods(client, settings):
    response = client.get(reverse("privacy"))
    html = response.content.decode()
    assert response.status_code == 200
    assert f"na {2 * settings.EMAIL_CONFIRMATION_DAYS} dagen" in html
    assert f"{2 * settings.INVITATION_DAYS} dagen nadat" in html
    assert reverse("privacy") in client.get(reverse("home")).content.decode()
