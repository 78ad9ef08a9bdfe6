"""The demo schools in demo/schools.toml and their people in accounts.toml,
loaded by ``manage.py load_demo`` after the catalogue.

Both schools come with their roles, committee and means; the college has a
draft plan started through the workflow; loading again changes nothing and
leaves a plan someone worked on alone; the school accounts can sign in and
the README lists them.
"""

from __future__ import annotations

import shutil
import tomllib
from decimal import Decimal
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from nw.accounts.models import User
from planning.models import (
    Activity,
    Means,
    Membership,
    Plan,
    PlanEvent,
    Priority,
    School,
    SchoolYear,
)

# Loading the demo (or validating every page) is slow and the same on
# every database: run once (see the "once" marker in pyproject.toml).
pytestmark = [pytest.mark.django_db, pytest.mark.once]

DEMO = settings.BASE_DIR / "demo"
SEED = "onderwijskundig-leiderschap-met-impact"
COLLEGE, PRIMARY = "123456", "654321"


def load(**options) -> str:
    out = StringIO()
    call_command("load_demo", stdout=out, **options)
    return out.getvalue()


def school_accounts() -> list[dict]:
    with (DEMO / "accounts.toml").open("rb") as file:
        accounts = tomllib.load(file)["accounts"]
    return [account for account in accounts if "school" in account]


def roles(school: School) -> dict[str, list[str]]:
    found = {}
    for email, role in school.memberships.values_list("user__email", "role"):
        found.setdefault(role, []).append(email)
    return found


def counts() -> dict[str, int]:
    models = [School, Membership, Means, Plan, Priority, Activity, PlanEvent, User]
    return {model.__name__: model.objects.count() for model in models}


def test_both_schools_come_with_their_people_committee_and_means():
    output = load()

    college = School.objects.get(institution_number=COLLEGE)
    assert college.name == "Sint-Jozefscollege Voorbeeld"
    assert college.has_local_committee
    assert [level.slug for level in college.education_levels.all()] == [
        "secundair-onderwijs"
    ]
    assert roles(college) == {
        "leader": ["directeur@sjc-voorbeeld.example"],
        "member": [
            "an.peeters@sjc-voorbeeld.example",
            "jonas.maes@sjc-voorbeeld.example",
        ],
        "secretary": ["secretaris.loc@sjc-voorbeeld.example"],
    }

    primary = School.objects.get(institution_number=PRIMARY)
    assert primary.name == "Basisschool De Regenboog Voorbeeld"
    assert not primary.has_local_committee
    assert roles(primary) == {
        "leader": ["directeur@bs-regenboog.example"],
        "member": ["sofie.desmet@bs-regenboog.example"],
        "secretary": ["voorzitter@bs-regenboog.example"],
    }
    # Without a lokaal comité, the secretary is the staff meeting's chair.
    chair = primary.memberships.get(role=Membership.Role.SECRETARY)
    secretary = college.memberships.get(role=Membership.Role.SECRETARY)
    assert chair.role_label() != secretary.role_label()
    assert not primary.plans.exists()

    year = SchoolYear.current()
    for school in (college, primary):
        means = school.means_entries.filter(year=year.start)
        kinds = sorted(means.values_list("kind", flat=True))
        assert kinds == ["allocation", "allocation", "reserve"]
        assert Decimal("1000") < school.means(year) < Decimal("10000")

    assert "  schools:   2" in output
    assert "leader, Sint-Jozefscollege Voorbeeld" in output
    assert "staff-meeting chair, Basisschool De Regenboog Voorbeeld" in output


def test_the_college_has_a_draft_plan_started_by_its_leader():
    load()

    college = School.objects.get(institution_number=COLLEGE)
    plan = Plan.objects.get(school=college)
    leader = User.objects.get(email="directeur@sjc-voorbeeld.example")
    assert plan.year == SchoolYear.current().start
    assert (plan.version, plan.status) == (1, Plan.Status.DRAFT)
    assert plan.allowed(leader) >= {"edit", "submit"}
    assert plan.institution_needs
    assert plan.needs_themes.exists()

    short, long = plan.priorities.order_by("position")
    assert short.term == Priority.Term.SHORT
    assert long.term == Priority.Term.LONG
    assert long.themes.count() == 2

    internal, on_demand = plan.activities.order_by("position")
    assert internal.kind == Activity.Kind.INTERNAL
    assert internal.internal_kind == Activity.Internal.LEARNING_COMMUNITY
    assert internal.organiser == "An Peeters"
    assert internal.priority == long
    assert on_demand.kind == Activity.Kind.ON_DEMAND
    assert on_demand.organisation
    assert on_demand.priority == short
    for activity in (internal, on_demand):
        activity.full_clean()  # within the school year, kind complete
        assert activity.course is None
    # The walk-through has the leader add the seed course themselves.
    assert not plan.activities.filter(course__slug=SEED).exists()
    assert not plan.costs()["over"]

    (event,) = plan.events.all()
    assert (event.action, event.actor) == ("created", leader)


def test_loading_twice_creates_nothing_new():
    load()
    before = counts()

    load()

    assert counts() == before


def test_loading_again_leaves_a_plan_someone_worked_on_alone():
    load()
    plan = Plan.objects.get(school__institution_number=COLLEGE)
    plan.institution_needs = "Herschreven door de directeur."
    plan.save()
    plan.activities.first().delete()

    load()

    plan.refresh_from_db()
    assert plan.institution_needs == "Herschreven door de directeur."
    assert plan.activities.count() == 1
    assert Plan.objects.filter(school=plan.school).count() == 1


def test_the_school_accounts_can_sign_in_with_their_roles(client):
    load()  # once: loading the demo takes a second or two

    for account in school_accounts():
        assert account["password"] == "demo-school"
        assert client.login(username=account["email"], password="demo-school")
        user = User.objects.get(email=account["email"])
        assert not user.is_staff
        membership = user.school_memberships.get()
        assert membership.school.institution_number == account["school"]
        assert membership.role == account["school_role"]
        client.logout()


def test_the_readme_lists_every_school_account():
    readme = (settings.BASE_DIR / "README.md").read_text()
    assert len(school_accounts()) == 7
    for account in school_accounts():
        assert f"`{account['email']}` | `{account['password']}`" in readme


def test_an_account_for_a_school_without_a_file_is_refused(tmp_path):
    for name in ("accounts", "universiteit-antwerpen-cno", "pbd-voorbeeld"):
        shutil.copy(DEMO / f"{name}.toml", tmp_path)

    with pytest.raises(CommandError) as error:
        load(folder=tmp_path)

    assert 'account "directeur@sjc-voorbeeld.example", key "school"' in str(error.value)
    assert "no school '123456' in schools.toml" in str(error.value)
    assert not School.objects.exists()
    assert not User.objects.exists()


def test_a_broken_schools_file_names_the_file_and_the_key(tmp_path):
    for name in ("accounts", "universiteit-antwerpen-cno", "pbd-voorbeeld"):
        shutil.copy(DEMO / f"{name}.toml", tmp_path)
    text = (DEMO / "schools.toml").read_text()
    old = 'themes = ["evaluatie-en-feedback"]'
    assert old in text
    (tmp_path / "schools.toml").write_text(text.replace(old, 'themes = ["feedback"]'))

    with pytest.raises(CommandError) as error:
        load(folder=tmp_path)

    assert str(error.value).startswith(
        f'{tmp_path.name}/schools.toml, plan "123456", priority 1, key "themes": '
        "unknown ['feedback']"
    )
    assert not School.objects.exists()
    assert not Plan.objects.exists()
