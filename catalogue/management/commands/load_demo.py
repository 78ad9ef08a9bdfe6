"""Load (or refresh) the demo catalogue from the TOML files in demo/.

Every file in the folder describes one provider (its campuses, trainers,
venues and courses), except accounts.toml, which lists the demo accounts, and
schools.toml, the demo schools with their means and plans (loaded by
planning.demo once the accounts are in); demo/README.md explains the keys.
Each file is read and checked before anything is written, and an error names
the file and the key.

Idempotent: providers and courses are matched on slug, trainers and campuses
on (provider, name), accounts on email; a course's sessions, programme and
kijkwijzer answers are replaced on every run. Session dates are relative to
today, so running the command again moves them along.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from catalogue.models import Course, CourseCriterion, ProgrammeItem, Session, Trainer
from planning import demo as school_demo
from providers.models import Campus, Provider, ProviderMembership
from providers.validators import normalise_iban, normalise_vat
from taxonomy.models import (
    Criterion,
    EducationLevel,
    Method,
    Province,
    TargetRole,
    Theme,
)

DEMO_DIR = settings.BASE_DIR / "demo"
ACCOUNTS_FILE = "accounts.toml"

# (first day, last day) as (month, day): no sessions in these school holidays.
HOLIDAYS = [((7, 1), (8, 20)), ((12, 22), (12, 31)), ((1, 1), (1, 3))]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"]


class DemoDataError(CommandError):
    pass


def is_school_day(day: date) -> bool:
    if day.weekday() >= 5:
        return False
    month_day = (day.month, day.day)
    return not any(first <= month_day <= last for first, last in HOLIDAYS)


def session_date(
    today: date, in_days: int, weekday: int | None = None, after: date | None = None
) -> date:
    """The school day ``in_days`` from today.

    A past session moves back to the school day before; a coming one moves
    forward (to ``weekday`` when given, and past the edition's previous
    session, so that a holiday never puts two sessions on one day).
    """
    day = today + timedelta(days=in_days)
    if day < today:
        while not is_school_day(day):
            day -= timedelta(days=1)
        return day
    if after is not None and day <= after:
        day = after + timedelta(days=1)
    while not is_school_day(day) or weekday not in (None, day.weekday()):
        day += timedelta(days=1)
    return day


def unwrap(text: str) -> str:
    """Line breaks inside a paragraph are spaces; a blank line separates
    paragraphs. The files can then wrap long texts at any width."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in paragraphs)


class Table:
    """One table of a demo file, read key by key with the expected type.

    Every error names the file, the table and the key; a key nobody reads
    (a typo such as ``fe = 20``) is an error too, instead of being ignored.
    """

    def __init__(self, data: dict, where: str):
        self.data, self.where, self.read = data, where, set()

    def error(self, key: str, problem: str) -> DemoDataError:
        return DemoDataError(f'{self.where}, key "{key}": {problem}')

    def value(self, key, kinds, expected, required=True, default=None):
        self.read.add(key)
        if key not in self.data:
            if required:
                raise self.error(key, "missing")
            return default
        value = self.data[key]
        # TOML booleans are Python ints too; a number is never a boolean.
        if not isinstance(value, kinds) or (
            isinstance(value, bool) and bool not in kinds
        ):
            raise self.error(key, f"expected {expected}, got {value!r}")
        return value

    def text(self, key, required=True) -> str:
        return unwrap(self.value(key, (str,), "text", required, ""))

    def texts(self, key, required=True) -> list[str]:
        values = self.value(key, (list,), "a list of texts", required, [])
        if not all(isinstance(value, str) for value in values):
            raise self.error(key, f"expected a list of texts, got {values!r}")
        return [unwrap(value) for value in values]

    def integer(self, key, required=True, default=None) -> int | None:
        return self.value(key, (int,), "a whole number", required, default)

    def decimal(self, key, required=True) -> Decimal | None:
        value = self.value(key, (Decimal, int), "a number", required)
        return None if value is None else Decimal(value)

    def flag(self, key) -> bool:
        return self.value(key, (bool,), "true or false", False, False)

    def day(self, key, required=True) -> date | None:
        value = self.value(key, (date,), "a date such as 2025-03-13", required)
        if isinstance(value, datetime):
            raise self.error(key, f"expected a date without a time, got {value}")
        return value

    def time(self, key, default: str) -> time:
        value = self.value(key, (str,), 'a time such as "09:30"', False, default)
        try:
            return datetime.strptime(value, "%H:%M").time()
        except ValueError:
            problem = f'expected a time such as "09:30", got {value!r}'
            raise self.error(key, problem) from None

    def weekday(self, key) -> int | None:
        value = self.value(key, (str,), "a weekday", False)
        if value is not None and value not in WEEKDAYS:
            raise self.error(key, f"expected one of {WEEKDAYS}, got {value!r}")
        return None if value is None else WEEKDAYS.index(value)

    def tables(self, key, label: str, required=True, name=None) -> list[Table]:
        """An array of tables (``[[key]]``), each called by the value of its
        ``name`` key when it has one, else by its number (from 1)."""
        values = self.value(key, (list,), f"[[{key}]] tables", required, [])
        if not all(isinstance(value, dict) for value in values):
            raise self.error(key, f"expected [[{key}]] tables")
        tables = []
        for number, value in enumerate(values, start=1):
            called = value.get(name)
            called = f'"{called}"' if isinstance(called, str) else number
            tables.append(Table(value, f"{self.where}, {label} {called}"))
        return tables

    def named_tables(self, key, label: str) -> dict[str, Table]:
        """A table of tables (``[key.name]``), by name."""
        values = self.value(key, (dict,), f"[{key}.<name>] tables", False, {})
        tables = {}
        for name, value in values.items():
            if not isinstance(value, dict):
                raise self.error(f"{key}.{name}", "expected a table")
            tables[name] = Table(value, f'{self.where}, {label} "{name}"')
        return tables

    def done(self) -> None:
        unknown = sorted(set(self.data) - self.read)
        if unknown:
            raise self.error(unknown[0], "unknown key (a typo?)")


def read_file(path: Path) -> Table:
    where = f"{path.parent.name}/{path.name}"
    try:
        with path.open("rb") as file:
            data = tomllib.load(file, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        raise DemoDataError(f"{where}: not valid TOML: {error}") from None
    return Table(data, where)


def read_provider(file: Table) -> dict:
    """A provider file as plain values, checked for shape (not yet against
    the database: unknown taxonomy slugs are found while loading)."""
    provider = {
        "where": file.where,
        "slug": file.value("slug", (str,), "a slug"),
        "fields": {
            "name": file.text("name"),
            "kind": file.text("kind"),
            "email": file.text("email", required=False),
            "phone": file.text("phone", required=False),
            "website": file.text("website", required=False),
            "iban": normalise_iban(file.text("iban", required=False)),
            "vat_number": normalise_vat(file.text("vat_number", required=False)),
            "description": file.text("description", required=False),
            "vision": file.text("vision", required=False),
            "methods_note": file.text("methods_note", required=False),
            "partners": file.text("partners", required=False),
            "transfer_support": file.text("transfer_support", required=False),
            "is_active": True,
        },
        "methods": file.texts("methods", required=False),
        "campuses": [],
        "trainers": {},
        "venues": {},
        "courses": [],
    }
    for table in file.tables("campuses", "campus", required=False):
        provider["campuses"].append(
            {
                key: table.text(key)
                for key in ("name", "street", "postcode", "municipality")
            }
        )
        table.done()
    for table in file.tables("trainers", "trainer", required=False, name="name"):
        provider["trainers"][table.text("name")] = table.text("bio", required=False)
        table.done()
    for key, table in file.named_tables("venues", "venue").items():
        provider["venues"][key] = {
            "venue_name": table.text("name"),
            "street": table.text("street"),
            "postcode": table.text("postcode"),
            "municipality": table.text("municipality"),
            "room": table.text("room", required=False),
        }
        table.done()
    for table in file.tables("courses", "course", name="slug"):
        provider["courses"].append(read_course(table, provider["venues"]))
    file.done()
    return provider


def read_course(table: Table, venues: dict) -> dict:
    slug = table.value("slug", (str,), "a slug")
    fee_includes = table.texts("fee_includes", required=False)
    unknown = sorted(set(fee_includes) - set(Course.Inclusion.values))
    if unknown:
        raise table.error(
            "fee_includes", f"unknown {unknown}; known: {Course.Inclusion.values}"
        )
    course = {
        "where": table.where,
        "slug": slug,
        "fields": {
            "title": table.text("title"),
            "code": table.text("code"),
            "status": table.text("status", required=False) or Course.Status.PUBLISHED,
            "language": table.text("language", required=False) or Course.Language.DUTCH,
            "format": table.text("format"),
            "duration_days": table.integer("duration_days", required=False),
            "duration_hours": table.decimal("duration_hours", required=False),
            "fee": table.decimal("fee", required=False),
            "fee_includes": fee_includes,
            "fee_note": table.text("fee_note", required=False),
            "what_to_bring": table.text("what_to_bring", required=False),
            "contact_name": table.text("contact_name"),
            "contact_phone": table.text("contact_phone", required=False),
            "contact_email": table.text("contact_email", required=False),
            "registration_url": table.text("registration_url", required=False),
            "summary": table.text("summary"),
            "description": table.text("description", required=False),
            "audience_note": table.text("audience_note", required=False),
            "goals": table.texts("goals", required=False),
        },
    }
    for key in ("levels", "themes", "roles", "methods", "trainers"):
        course[key] = table.texts(key, required=False)
    course["programme"] = []
    for part in table.tables("programme", "programme part", required=False):
        course["programme"].append(
            {
                "day": part.integer("day"),
                "part": part.text("part"),
                "title": part.text("title", required=False),
                "contents": part.texts("contents", required=False),
            }
        )
        part.done()
    course["sessions"] = [
        read_session(session, venues)
        for session in table.tables("sessions", "session", required=False)
    ]
    course["kijkwijzer"] = {}
    for key, answer in table.named_tables("kijkwijzer", "kijkwijzer").items():
        course["kijkwijzer"][key] = {
            "where": answer.where,
            "answer": answer.text("answer"),
            "explanation": answer.text("explanation", required=False),
        }
        answer.done()
    table.done()
    return course


def read_session(table: Table, venues: dict) -> dict:
    if ("date" in table.data) == ("in_days" in table.data):
        raise table.error("date", "give either date or in_days (not both)")
    if "date" in table.data and "weekday" in table.data:
        raise table.error("weekday", "only for a session with in_days")
    session = {
        "where": table.where,
        "edition": table.integer("edition", required=False, default=1),
        "date": table.day("date", required=False),
        "in_days": table.integer("in_days", required=False),
        "weekday": table.weekday("weekday"),
        "fields": {
            "start_time": table.time("start", "09:00"),
            "end_time": table.time("end", "16:00"),
            "is_online": table.flag("online"),
        },
    }
    venue_key = table.value("venue", (str,), "a venue name", required=False)
    if session["fields"]["is_online"] == (venue_key is not None):
        raise table.error("venue", "give either a venue or online = true")
    if venue_key is not None:
        if venue_key not in venues:
            raise table.error(
                "venue",
                f"no [venues.{venue_key}] in this file; known: {sorted(venues)}",
            )
        session["fields"].update(venues[venue_key])
        room = table.text("room", required=False)
        if room:
            session["fields"]["room"] = room
    table.done()
    return session


def read_accounts(file: Table) -> list[dict]:
    accounts = []
    for table in file.tables("accounts", "account", name="email"):
        accounts.append(
            {
                "where": table.where,
                "email": table.text("email"),
                "password": table.text("password"),
                "provider": table.text("provider", required=False),
                "role": table.text("role", required=False),
                # Checked and used by planning.demo, with schools.toml.
                "school": table.text("school", required=False),
                "school_role": table.text("school_role", required=False),
                "fields": {
                    "first_name": table.text("first_name", required=False),
                    "last_name": table.text("last_name", required=False),
                    "is_staff": table.flag("is_staff"),
                    "is_superuser": table.flag("is_superuser"),
                    "is_active": True,
                },
            }
        )
        table.done()
    file.done()
    return accounts


def read_folder(folder: Path) -> tuple[list[dict], list[dict], dict]:
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        raise DemoDataError(f"No demo files (*.toml) in {folder}")
    providers, accounts, schools = [], [], {"schools": [], "plans": []}
    for path in paths:
        file = read_file(path)
        if path.name == ACCOUNTS_FILE:
            accounts = read_accounts(file)
        elif path.name == school_demo.FILE_NAME:
            schools = school_demo.read(file)
        else:
            providers.append(read_provider(file))
    courses = [course for provider in providers for course in provider["courses"]]
    for label, values in [
        ("provider slug", [provider["slug"] for provider in providers]),
        ("course slug", [course["slug"] for course in courses]),
        (
            "course code",
            [
                (provider["slug"], course["fields"]["code"])
                for provider in providers
                for course in provider["courses"]
            ],
        ),
    ]:
        doubles = [value for value, n in Counter(values).items() if n > 1]
        if doubles:
            raise DemoDataError(f"Duplicate {label} in {folder}: {doubles}")
    return providers, accounts, schools


# How a model field is called in the files, where the names differ.
KEYS = {
    "start_time": "start",
    "end_time": "end",
    "venue_name": "venue",
    "education_levels": "levels",
}


def validate(instance, where: str, exclude=None) -> None:
    try:
        instance.full_clean(
            exclude=exclude, validate_unique=False, validate_constraints=False
        )
    except ValidationError as error:
        field, messages = next(iter(error.message_dict.items()))
        raise DemoDataError(
            f'{where}, key "{KEYS.get(field, field)}": {" ".join(messages)}'
        ) from error


class Terms:
    """Taxonomy objects by slug; an unknown slug stops the command."""

    def __init__(self):
        self.by_model = {
            model: {term.slug: term for term in model.objects.all()}
            for model in (EducationLevel, Theme, TargetRole, Method)
        }
        self.criteria = {c.key: c for c in Criterion.objects.all()}
        self.provinces = {}

    def province(self, postcode: str) -> Province | None:
        if postcode not in self.provinces:
            self.provinces[postcode] = Province.objects.for_postcode(postcode)
        return self.provinces[postcode]

    def get(self, model, slugs, where: str, key: str) -> list:
        known = self.by_model[model]
        missing = [slug for slug in slugs if slug not in known]
        if missing:
            raise DemoDataError(
                f'{where}, key "{key}": unknown {missing}; known: {sorted(known)}'
            )
        return [known[slug] for slug in slugs]


class Command(BaseCommand):
    help = "Load the demo catalogue from the TOML files in demo/ (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--today",
            type=date.fromisoformat,
            help=(
                "Plan the session dates as if today were this date (YYYY-MM-DD); "
                "the search index still uses the real date."
            ),
        )
        parser.add_argument(
            "--folder",
            type=Path,
            default=DEMO_DIR,
            help="Read the demo files from this folder (default: demo/).",
        )

    def handle(self, *args, today=None, folder=DEMO_DIR, **options):
        today = today or timezone.localdate()
        providers, accounts, schools = read_folder(Path(folder))
        # One transaction: the courses are re-indexed once, when it commits.
        with transaction.atomic():
            self.terms = Terms()
            self.today = today
            self.trainers = {}
            loaded = {data["slug"]: self.load_provider(data) for data in providers}
            for data in providers:
                for course in data["courses"]:
                    self.load_course(course, loaded[data["slug"]])
            logins = [self.load_account(data, loaded) for data in accounts]
            schools = school_demo.load(schools, accounts)
        courses = [course["slug"] for data in providers for course in data["courses"]]
        self.report(today, len(providers), courses, logins, schools)

    def load_provider(self, data: dict) -> Provider:
        where, fields = data["where"], data["fields"]
        validate(Provider(slug=data["slug"], **fields), where)
        provider, _ = Provider.objects.update_or_create(
            slug=data["slug"], defaults=fields
        )
        provider.methods.set(self.terms.get(Method, data["methods"], where, "methods"))
        for campus in data["campuses"]:
            Campus.objects.update_or_create(
                provider=provider, name=campus["name"], defaults=campus
            )
        for name, bio in data["trainers"].items():
            trainer, _ = Trainer.objects.update_or_create(
                provider=provider, name=name, defaults={"bio": bio}
            )
            self.trainers[provider.slug, name] = trainer
        return provider

    def load_course(self, data: dict, provider: Provider) -> None:
        where, fields = data["where"], {"provider": provider, **data["fields"]}
        validate(Course(slug=data["slug"], **fields), where)
        course, _ = Course.objects.update_or_create(slug=data["slug"], defaults=fields)

        get = self.terms.get
        course.education_levels.set(
            get(EducationLevel, data["levels"], where, "levels")
        )
        course.themes.set(get(Theme, data["themes"], where, "themes"))
        course.roles.set(get(TargetRole, data["roles"], where, "roles"))
        course.methods.set(get(Method, data["methods"], where, "methods"))
        missing = [
            n for n in data["trainers"] if (provider.slug, n) not in self.trainers
        ]
        if missing:
            raise DemoDataError(
                f'{where}, key "trainers": no [[trainers]] named {missing} in this file'
            )
        course.trainers.set([self.trainers[provider.slug, n] for n in data["trainers"]])

        # Replace the parts wholesale; the course is re-indexed on commit.
        course.sessions.all().delete()
        course.programme.all().delete()
        course.criteria.all().delete()
        Session.objects.bulk_create(self.sessions(course, data["sessions"]))
        items = []
        for number, part in enumerate(data["programme"], start=1):
            items.append(ProgrammeItem(course=course, **part))
            validate(items[-1], f"{where}, programme part {number}", ["course"])
        ProgrammeItem.objects.bulk_create(items)
        answers = []
        for key, answer in data["kijkwijzer"].items():
            if key not in self.terms.criteria:
                raise DemoDataError(
                    f"{where}: unknown kijkwijzer criterion [kijkwijzer.{key}]; "
                    f"known: {sorted(self.terms.criteria)}"
                )
            answers.append(
                CourseCriterion(
                    course=course,
                    criterion=self.terms.criteria[key],
                    answer=answer["answer"],
                    explanation=answer["explanation"],
                )
            )
            validate(answers[-1], answer["where"], ["course", "criterion"])
        CourseCriterion.objects.bulk_create(answers)

    def sessions(self, course: Course, specs: list[dict]) -> list[Session]:
        sessions, previous = [], {}
        for spec in specs:
            if spec["date"] is not None:
                day = spec["date"]
            else:
                day = session_date(
                    self.today,
                    spec["in_days"],
                    spec["weekday"],
                    previous.get(spec["edition"]),
                )
            previous[spec["edition"]] = day
            session = Session(
                course=course, edition=spec["edition"], date=day, **spec["fields"]
            )
            if not session.is_online:
                session.province = self.terms.province(session.postcode)
            validate(session, spec["where"], exclude=["course"])
            sessions.append(session)
        return sessions

    def load_account(self, data: dict, providers: dict) -> tuple[str, str, str]:
        User = get_user_model()
        user = User.objects.filter(email__iexact=data["email"]).first()
        if user is None:
            user = User.objects.create_user(
                email=data["email"], password=data["password"], **data["fields"]
            )
        else:
            for key, value in data["fields"].items():
                setattr(user, key, value)
            user.set_password(data["password"])
            user.save()
        if data["provider"]:
            if data["provider"] not in providers:
                raise DemoDataError(
                    f'{data["where"]}, key "provider": no demo file for provider '
                    f"{data['provider']!r}"
                )
            ProviderMembership.objects.get_or_create(
                provider=providers[data["provider"]], user=user
            )
        return data["email"], data["password"], data["role"]

    def report(
        self, today: date, providers: int, slugs: list[str], logins, schools
    ) -> None:
        courses = Course.objects.filter(slug__in=slugs)
        sessions = Session.objects.filter(course__in=courses)
        by_status = Counter(courses.values_list("status", flat=True))
        out = self.stdout
        out.write(self.style.SUCCESS("Demo catalogue loaded."))
        out.write(f"  providers: {providers}")
        out.write(
            f"  courses:   {courses.count()} "
            + "("
            + ", ".join(f"{n} {status}" for status, n in sorted(by_status.items()))
            + ")"
        )
        upcoming = sessions.filter(date__gte=today)
        last = upcoming.order_by("-date").values_list("date", flat=True).first()
        out.write(
            f"  sessions:  {sessions.count()} ({upcoming.count()} from today"
            + (f" up to {last:%d/%m/%Y})" if last else ")")
        )
        out.write(f"  trainers:  {len(self.trainers)}")
        if schools:
            out.write(f"  schools:   {len(schools)}")
        if logins:
            out.write("Demo logins:")
        for email, password, role in logins:
            out.write(f"  {email:<36} {password:<16} {role}")
