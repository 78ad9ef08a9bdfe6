"""The demo schools in demo/schools.toml, loaded by ``manage.py load_demo``
after the catalogue and the accounts.

The file holds the schools with their means for the current school year, and
plans; the people are accounts in accounts.toml with a ``school`` (an
institution number) and a ``school_role``. demo/README.md explains the keys.

Idempotent: schools are matched on institution number, memberships on
(school, person), means on (school, year, label). A plan is started with
``workflow.start_plan`` (so its history says who started it) only when the
school has no plan for the year yet: a demo plan someone has worked on is
left alone.

Errors are CommandErrors that name the file, the table and the key, like
those of load_demo (which hands its reader, ``Table``, to ``read``).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError

from taxonomy.models import EducationLevel, Theme

from . import workflow
from .models import Activity, Means, Membership, Plan, Priority, School, SchoolYear

if TYPE_CHECKING:
    from catalogue.management.commands.load_demo import Table

FILE_NAME = "schools.toml"
PLAN_TEXTS = [
    "institution_needs",
    "onboarding",
    "mentors",
    "study_day",
    "implementation",
    "consultation",
]
ACTIVITY_TEXTS = [
    "internal_kind",
    "organisation",
    "organiser",
    "description",
    "participants",
]


def read(file: Table) -> dict:
    """schools.toml as plain values, checked for shape."""
    schools, plans = [], []
    for table in file.tables("schools", "school", name="name"):
        schools.append(
            {
                "where": table.where,
                "institution_number": table.text("institution_number"),
                "fields": {
                    "name": table.text("name"),
                    "has_local_committee": table.value(
                        "has_local_committee", (bool,), "true or false"
                    ),
                },
                "levels": table.texts("levels", required=False),
                "means": [
                    read_means(means)
                    for means in table.tables("means", "means", required=False)
                ],
            }
        )
        table.done()
    numbers = [school["institution_number"] for school in schools]
    for table in file.tables("plans", "plan", required=False, name="school"):
        plan = {
            "where": table.where,
            "school": table.text("school"),
            "fields": {key: table.text(key, required=False) for key in PLAN_TEXTS},
            "needs_themes": table.texts("needs_themes", required=False),
            "priorities": [],
            "activities": [],
        }
        if plan["school"] not in numbers:
            raise table.error("school", f"no [[schools]] with it; known: {numbers}")
        if plan["school"] in [other["school"] for other in plans]:
            raise table.error("school", "a second plan for this school")
        for part in table.tables("priorities", "priority", required=False):
            plan["priorities"].append(
                {
                    "where": part.where,
                    "title": part.text("title"),
                    "description": part.text("description", required=False),
                    "term": part.text("term"),
                    "themes": part.texts("themes", required=False),
                }
            )
            part.done()
        titles = [priority["title"] for priority in plan["priorities"]]
        for part in table.tables("activities", "activity", required=False):
            activity = {
                "where": part.where,
                "fields": {
                    "kind": part.text("kind"),
                    "title": part.text("title"),
                    **{key: part.text(key, required=False) for key in ACTIVITY_TEXTS},
                    "participant_count": part.integer(
                        "participant_count", required=False, default=1
                    ),
                    "cost": part.decimal("cost", required=False) or Decimal("0"),
                },
                "starts_on": part.text("starts_on", required=False),
                "ends_on": part.text("ends_on", required=False),
                "priority": part.text("priority", required=False),
            }
            for key in ("starts_on", "ends_on"):
                if activity[key] and not re.fullmatch(r"\d\d-\d\d", activity[key]):
                    raise part.error(
                        key, f'expected a day such as "01-15", got {activity[key]!r}'
                    )
            if activity["priority"] and activity["priority"] not in titles:
                raise part.error(
                    "priority", f"no priority with this title; known: {titles}"
                )
            plan["activities"].append(activity)
            part.done()
        plans.append(plan)
        table.done()
    file.done()
    return {"schools": schools, "plans": plans}


def read_means(table: Table) -> dict:
    means = {
        "where": table.where,
        "label": table.text("label"),
        "kind": table.text("kind"),
        "amount": table.decimal("amount"),
    }
    table.done()
    return means


def error(where: str, key: str, problem: str) -> CommandError:
    return CommandError(f'{where}, key "{key}": {problem}')


def validate(instance, where: str, exclude=None) -> None:
    try:
        instance.full_clean(
            exclude=exclude, validate_unique=False, validate_constraints=False
        )
    except ValidationError as problem:
        field, messages = next(iter(problem.message_dict.items()))
        key = "levels" if field == "education_levels" else field
        raise error(where, key, " ".join(messages)) from problem


def terms(model, slugs: list[str], where: str, key: str) -> list:
    known = {term.slug: term for term in model.objects.filter(slug__in=slugs)}
    missing = [slug for slug in slugs if slug not in known]
    if missing:
        raise error(where, key, f"unknown {missing}")
    return [known[slug] for slug in slugs]


def day_in(year: SchoolYear, month_day: str, where: str, key: str) -> date | None:
    """ "MM-DD" as a day of the school year: September to December in its
    first calendar year, January to August in the second."""
    if not month_day:
        return None
    month, day = (int(part) for part in month_day.split("-"))
    try:
        return date(year.start if month >= 9 else year.start + 1, month, day)
    except ValueError:
        raise error(where, key, f"no such day: {month_day!r}") from None


def load(data: dict, accounts: list[dict]) -> list[School]:
    """Load what ``read`` gave, and make the accounts with a ``school``
    members of it. Call inside the command's transaction."""
    year = SchoolYear.current()
    schools = {}
    for spec in data["schools"]:
        number, where = spec["institution_number"], spec["where"]
        validate(School(institution_number=number, **spec["fields"]), where)
        school, _ = School.objects.update_or_create(
            institution_number=number, defaults=spec["fields"]
        )
        school.education_levels.set(
            terms(EducationLevel, spec["levels"], where, "levels")
        )
        for means in spec["means"]:
            fields = {"kind": means["kind"], "amount": means["amount"]}
            validate(
                Means(school=school, year=year.start, label=means["label"], **fields),
                means["where"],
            )
            Means.objects.update_or_create(
                school=school, year=year.start, label=means["label"], defaults=fields
            )
        schools[number] = school

    leaders = {}
    for account in accounts:
        leader = join(account, schools)
        if leader is not None:
            leaders.setdefault(account["school"], leader)

    for spec in data["plans"]:
        school = schools[spec["school"]]
        if Plan.objects.filter(school=school, year=year.start).exists():
            continue
        if spec["school"] not in leaders:
            raise error(
                spec["where"],
                "school",
                "no account in accounts.toml is leader of this school "
                '(school_role = "leader"), and a leader starts the plan',
            )
        load_plan(spec, workflow.start_plan(school, leaders[spec["school"]], year))
    return list(schools.values())


def join(account: dict, schools: dict[str, School]):
    """Make the account a member of its school; the user if a leader."""
    number, role, where = account["school"], account["school_role"], account["where"]
    if not number and not role:
        return None
    if not number or not role:
        key = "school" if not number else "school_role"
        raise error(where, key, "give both school and school_role")
    if number not in schools:
        raise error(
            where,
            "school",
            f"no school {number!r} in {FILE_NAME}; known: {list(schools)}",
        )
    if role not in Membership.Role.values:
        raise error(
            where,
            "school_role",
            f"expected one of {Membership.Role.values}, got {role!r}",
        )
    user = get_user_model().objects.get(email__iexact=account["email"])
    Membership.objects.update_or_create(
        school=schools[number], user=user, defaults={"role": role}
    )
    return user if role == Membership.Role.LEADER else None


def load_plan(spec: dict, plan: Plan) -> None:
    where = spec["where"]
    for name, value in spec["fields"].items():
        setattr(plan, name, value)
    plan.save()
    plan.needs_themes.set(terms(Theme, spec["needs_themes"], where, "needs_themes"))
    priorities = {}
    for position, part in enumerate(spec["priorities"]):
        priority = Priority(
            plan=plan,
            title=part["title"],
            description=part["description"],
            term=part["term"],
            position=position,
        )
        validate(priority, part["where"], exclude=["plan"])
        priority.save()
        priority.themes.set(terms(Theme, part["themes"], part["where"], "themes"))
        priorities[priority.title] = priority
    for position, part in enumerate(spec["activities"]):
        where = part["where"]
        activity = Activity(
            plan=plan,
            position=position,
            priority=priorities.get(part["priority"]),
            starts_on=day_in(plan.school_year, part["starts_on"], where, "starts_on"),
            ends_on=day_in(plan.school_year, part["ends_on"], where, "ends_on"),
            **part["fields"],
        )
        validate(activity, where, exclude=["plan"])
        activity.save()
