"""The demo catalogue in demo/*.toml, loaded by ``manage.py load_demo``.

Every file loads, loading again changes nothing, a broken file stops the load
with an error that names the file and the key, and the README's demo accounts
can sign in.
"""

from __future__ import annotations

import shutil
import tomllib
from datetime import date, timedelta
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.forms.models import model_to_dict
from django.urls import reverse

from catalogue.management.commands.load_demo import is_school_day
from catalogue.models import (
    Course,
    CourseCriterion,
    ProgrammeItem,
    Session,
    Trainer,
)
from nw.accounts.models import User
from providers.models import Campus, Provider, ProviderMembership

from .helpers import days

# Loading the demo (or validating every page) is slow and the same on
# every database: run once (see the "once" marker in pyproject.toml).
pytestmark = [pytest.mark.django_db, pytest.mark.once]

DEMO = settings.BASE_DIR / "demo"
# Every file but the accounts and the schools describes one provider.
PROVIDER_FILES = sorted(
    p for p in DEMO.glob("*.toml") if p.name not in ("accounts.toml", "schools.toml")
)
SEED = "onderwijskundig-leiderschap-met-impact"


def load(**options) -> str:
    out = StringIO()
    call_command("load_demo", stdout=out, **options)
    return out.getvalue()


def read(path) -> dict:
    with path.open("rb") as file:
        return tomllib.load(file)


def counts() -> dict[str, int]:
    models = [Provider, Campus, Trainer, Course, Session, ProgrammeItem]
    models += [CourseCriterion, ProviderMembership, User]
    return {model.__name__: model.objects.count() for model in models}


def snapshot(slug: str) -> dict:
    course = Course.objects.get(slug=slug)
    fields = model_to_dict(course, exclude=["id", "search_vector"])
    fields["search_text"] = course.search_text
    fields["next_session_date"] = course.next_session_date
    for name in ("education_levels", "themes", "roles", "methods", "trainers"):
        fields[name] = sorted(str(term) for term in fields[name])
    fields["sessions"] = list(
        course.sessions.order_by("date").values(
            "edition", "date", "start_time", "end_time", "venue_name", "province"
        )
    )
    fields["programme"] = list(course.programme.values("day", "part", "contents"))
    fields["kijkwijzer"] = sorted(
        course.criteria.values_list("criterion__key", "answer", "explanation")
    )
    return fields


def broken_copy(tmp_path, old: str, new: str, name="universiteit-antwerpen-cno"):
    """A folder with one provider file in which ``old`` became ``new``."""
    text = (DEMO / f"{name}.toml").read_text()
    assert old in text
    (tmp_path / f"{name}.toml").write_text(text.replace(old, new, 1))
    return tmp_path


def test_the_demo_loads_what_its_files_describe():
    output = load()

    files = [read(path) for path in PROVIDER_FILES]
    courses = [course for file in files for course in file["courses"]]
    assert Provider.objects.count() == len(files) == 14
    assert Course.objects.count() == len(courses) == 57
    sessions = sum(len(course.get("sessions", [])) for course in courses)
    assert Session.objects.count() == sessions == 194
    assert "Demo catalogue loaded." in output
    assert "courses:   57 (1 archived, 2 draft, 54 published)" in output


@pytest.mark.parametrize("path", PROVIDER_FILES, ids=lambda path: path.stem)
def test_each_provider_file_loads_on_its_own(path, tmp_path):
    shutil.copy(path, tmp_path)
    load(folder=tmp_path)

    data = read(path)
    provider = Provider.objects.get(slug=data["slug"])
    assert provider.name == data["name"]
    assert sorted(provider.courses.values_list("slug", flat=True)) == sorted(
        course["slug"] for course in data["courses"]
    )


def test_loading_twice_changes_nothing():
    load()
    before, course = counts(), snapshot(SEED)

    load()

    assert counts() == before
    assert snapshot(SEED) == course


def test_the_seed_course_keeps_its_past_edition_and_gets_a_coming_one(client):
    load()

    course = Course.objects.get(slug=SEED)
    assert course.code == "24/DR/278A"
    assert course.provider.slug == "universiteit-antwerpen-cno"
    past = course.sessions.filter(edition=1).order_by("date")
    assert [s.date for s in past] == [date(2025, 3, 13), date(2025, 3, 24)]
    coming = list(course.sessions.filter(edition=2).order_by("date"))
    assert len(coming) == 2
    assert all(days(21) <= s.date <= days(45) for s in coming)
    assert course.programme.count() == 4
    assert course.criteria.count() == 13

    # What the CI smoke test of `./run serve` looks for.
    response = client.get(reverse("catalogue:course_list"), {"q": "leergemeenschap"})
    assert "Onderwijskundig leiderschap met impact" in response.content.decode()


def test_sessions_move_along_with_today_onto_school_days():
    load(today=date(2027, 12, 1))

    course = Course.objects.get(slug=SEED)
    # in_days = 21 and 35: 22 December and 5 January fall in the Christmas
    # holiday and move to the first school day after it.
    coming = course.sessions.filter(edition=2).order_by("date")
    assert [s.date for s in coming] == [date(2028, 1, 4), date(2028, 1, 5)]
    relative = Session.objects.filter(date__gte=date(2027, 12, 1))
    assert relative.count() > 150
    assert all(is_school_day(day) for day in relative.values_list("date", flat=True))


def test_the_demo_accounts_can_sign_in(client):
    load()  # once: loading the demo takes a second or two

    for account in read(DEMO / "accounts.toml")["accounts"]:
        response = client.post(
            reverse("login"),
            {"username": account["email"], "password": account["password"]},
            REMOTE_ADDR="192.0.2.10",
        )
        assert response.status_code == 302, account["email"]
        assert "_auth_user_id" in client.session
        user = User.objects.get(email=account["email"])
        if "provider" in account:
            assert user.is_staff
            assert user.provider_memberships.get().provider.slug == account["provider"]
        client.logout()


def test_the_readme_lists_the_demo_accounts():
    readme = (settings.BASE_DIR / "README.md").read_text()
    for account in read(DEMO / "accounts.toml")["accounts"]:
        assert f"`{account['email']}` | `{account['password']}`" in readme


@pytest.mark.parametrize(
    "old, new, message",
    [
        (
            "in_days = 21",
            'in_days = "veertig"',
            'course "onderwijskundig-leiderschap-met-impact", session 3, '
            "key \"in_days\": expected a whole number, got 'veertig'",
        ),
        (
            "fee = 252.00",
            "fe = 252.00",
            'course "onderwijskundig-leiderschap-met-impact", key "fe": '
            "unknown key (a typo?)",
        ),
        (
            'venue = "ua-stad"',
            'venue = "ua-stadscampus"',
            'session 1, key "venue": no [venues.ua-stadscampus] in this file',
        ),
        (
            'start = "09:15"',
            'start = "9u15"',
            'key "start": expected a time such as "09:30", got \'9u15\'',
        ),
        (
            'answer = "yes"',
            'answer = "ja"',
            # Django's own message, in the active language.
            'kijkwijzer "subject-content", key "answer": Waarde \'ja\' ',
        ),
        (
            'themes = ["personeelsbeleid"',
            'themes = ["personeelsbeleidd"',
            'course "onderwijskundig-leiderschap-met-impact", key "themes": '
            "unknown ['personeelsbeleidd']; known: [",
        ),
        (
            'name = "Universiteit Antwerpen – Centrum',
            "name = Universiteit Antwerpen – Centrum",
            "not valid TOML: Invalid value (at line 6, column 8)",
        ),
    ],
)
def test_a_broken_file_names_the_file_and_the_key_and_loads_nothing(
    tmp_path, old, new, message
):
    folder = broken_copy(tmp_path, old, new)

    with pytest.raises(CommandError) as error:
        load(folder=folder)

    assert str(error.value).startswith(f"{folder.name}/universiteit-antwerpen-cno.toml")
    assert message in str(error.value)
    assert not Provider.objects.exists()
    assert not Course.objects.exists()


def test_an_account_for_a_provider_without_a_file_is_refused(tmp_path):
    shutil.copy(DEMO / "accounts.toml", tmp_path)
    shutil.copy(DEMO / "universiteit-antwerpen-cno.toml", tmp_path)

    with pytest.raises(CommandError) as error:
        load(folder=tmp_path)

    assert 'account "staff@pbd-voorbeeld.example", key "provider"' in str(error.value)
    assert "'pbd-voorbeeld'" in str(error.value)
    assert not User.objects.exists()


def test_past_sessions_stay_in_the_past():
    today = date(2027, 3, 10)
    load(today=today)

    # Lezingenreeks: a run of four evenings that started 45 days ago.
    course = Course.objects.get(slug="lezingenreeks-wat-werkt-in-onderwijs")
    first = course.sessions.filter(edition=1).order_by("date").first()
    # 45 days back is Sunday 24 January; the session moves back to Friday.
    assert first.date == today - timedelta(days=47)
    assert is_school_day(first.date)
