"""Load (or refresh) the demo catalogue from catalogue/demo_data.py.

Idempotent: providers and courses are matched on slug, trainers on
(provider, name), campuses on (provider, name); a course's sessions,
programme and kijkwijzer answers are replaced on every run. Session dates
are relative to today, so running the command again moves them along.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from catalogue import demo_data
from catalogue.models import (
    Course,
    CourseCriterion,
    Criterion,
    EducationLevel,
    Method,
    ProgrammeItem,
    Province,
    Session,
    TargetRole,
    Theme,
    Trainer,
)
from providers.models import Campus, Provider, ProviderMembership
from providers.validators import normalise_iban, normalise_vat

# (first day, last day) as (month, day): no sessions in these school holidays.
HOLIDAYS = [((7, 1), (8, 20)), ((12, 22), (12, 31)), ((1, 1), (1, 3))]


def is_school_day(day: date) -> bool:
    if day.weekday() >= 5:
        return False
    month_day = (day.month, day.day)
    return not any(first <= month_day <= last for first, last in HOLIDAYS)


class Planner:
    """Turns the relative edition specs of the demo data into dates.

    Upcoming sessions fall between next week and the end of the next school
    year (school years run 1 September - 31 August), on school days.
    """

    def __init__(self, today: date):
        self.today = today
        self.end = date(today.year + (2 if today.month >= 9 else 1), 8, 31)
        day, self.days = today + timedelta(days=7), []
        while day <= self.end:
            if is_school_day(day):
                self.days.append(day)
            day += timedelta(days=1)

    @staticmethod
    def forward(day: date, weekday: int | None = None) -> date:
        while not is_school_day(day) or weekday not in (None, day.weekday()):
            day += timedelta(days=1)
        return day

    @staticmethod
    def backward(day: date) -> date:
        while not is_school_day(day):
            day -= timedelta(days=1)
        return day

    def dates(self, spec: dict) -> list[date]:
        count, every = spec.get("count", 1), spec.get("every", 7)
        weekday = spec.get("weekday")
        if "dates" in spec:
            return [date.fromisoformat(value) for value in spec["dates"]]
        if "ago" in spec:
            # A run that started in the past (and may still be going on).
            first = self.today - timedelta(days=spec["ago"])
            days = [first + timedelta(days=every * i) for i in range(count)]
            return [
                self.backward(day) if day < self.today else self.forward(day, weekday)
                for day in days
            ]
        if "in_days" in spec:
            return [
                self.forward(self.today + timedelta(days=offset), weekday)
                for offset in spec["in_days"]
            ]
        days = [
            self.forward(self.days[round(spec["at"] * (len(self.days) - 1))], weekday)
        ]
        while len(days) < count:
            days.append(self.forward(days[-1] + timedelta(days=every), weekday))
        return days


class Terms:
    """Taxonomy objects by slug; an unknown slug stops the command."""

    def __init__(self):
        self.by_model = {
            model: {term.slug: term for term in model.objects.all()}
            for model in (EducationLevel, Theme, TargetRole, Method, Province)
        }
        self.criteria = {c.key: c for c in Criterion.objects.all()}

    def get(self, model, slugs, where: str) -> list:
        known = self.by_model[model]
        missing = [slug for slug in slugs if slug not in known]
        if missing:
            raise CommandError(
                f"{where}: unknown {model.__name__} slug(s) {missing}; "
                f"known: {sorted(known)}"
            )
        return [known[slug] for slug in slugs]


def parse_time(value: str) -> time:
    return datetime.strptime(value, "%H:%M").time()


def validate(instance, where: str, exclude=None) -> None:
    try:
        instance.full_clean(
            exclude=exclude, validate_unique=False, validate_constraints=False
        )
    except ValidationError as error:
        raise CommandError(f"{where}: {error.message_dict}") from error


class Command(BaseCommand):
    help = "Load a demo catalogue of Flemish professional development (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--today",
            type=date.fromisoformat,
            help=(
                "Plan the session dates as if today were this date (YYYY-MM-DD); "
                "the search index still uses the real date."
            ),
        )

    def handle(self, *args, today=None, **options):
        today = today or timezone.localdate()
        self.check_data()
        with transaction.atomic():
            self.terms = Terms()
            self.planner = Planner(today)
            self.trainers = {}
            providers = {
                data["slug"]: self.load_provider(data) for data in demo_data.PROVIDERS
            }
            for data in demo_data.COURSES:
                self.load_course(data, providers[data["provider"]])
            logins = [self.load_user(data, providers) for data in demo_data.USERS]
        self.report(today, logins)

    def check_data(self):
        for label, values in [
            ("provider slug", [p["slug"] for p in demo_data.PROVIDERS]),
            ("course slug", [c["slug"] for c in demo_data.COURSES]),
            ("course code", [(c["provider"], c["code"]) for c in demo_data.COURSES]),
        ]:
            doubles = [value for value, n in Counter(values).items() if n > 1]
            if doubles:
                raise CommandError(f"Duplicate {label} in the demo data: {doubles}")

    def load_provider(self, data: dict) -> Provider:
        where = f"provider {data['slug']}"
        fields = {
            key: data.get(key, "")
            for key in (
                "name",
                "kind",
                "description",
                "vision",
                "methods_note",
                "partners",
                "transfer_support",
                "email",
                "phone",
                "website",
            )
        }
        fields["iban"] = normalise_iban(data.get("iban", ""))
        fields["vat_number"] = normalise_vat(data.get("vat_number", ""))
        fields["is_active"] = True
        validate(Provider(slug=data["slug"], **fields), where)
        provider, _ = Provider.objects.update_or_create(
            slug=data["slug"], defaults=fields
        )
        provider.methods.set(self.terms.get(Method, data["methods"], where))
        for name, street, postcode, municipality in data.get("campuses", []):
            Campus.objects.update_or_create(
                provider=provider,
                name=name,
                defaults={
                    "street": street,
                    "postcode": postcode,
                    "municipality": municipality,
                },
            )
        for name, bio in data["trainers"].items():
            trainer, _ = Trainer.objects.update_or_create(
                provider=provider, name=name, defaults={"bio": bio}
            )
            self.trainers[provider.slug, name] = trainer
        return provider

    def load_course(self, data: dict, provider: Provider) -> None:
        where = f"course {data['slug']}"
        contact_name, contact_phone, contact_email = data["contact"]
        fields = {
            "provider": provider,
            "title": data["title"],
            "code": data["code"],
            "summary": data["summary"],
            "description": data.get("description", ""),
            "goals": data["goals"],
            "audience_note": data.get("audience_note", ""),
            "format": data["format"],
            "duration_days": data.get("duration_days"),
            "duration_hours": data.get("duration_hours"),
            "fee": data["fee"],
            "fee_includes": data.get("fee_includes", []),
            "fee_note": data.get("fee_note", ""),
            "what_to_bring": data.get("what_to_bring", ""),
            "contact_name": contact_name,
            "contact_phone": contact_phone,
            "contact_email": contact_email,
            "registration_url": data.get("registration_url", ""),
            "language": data.get("language", Course.Language.DUTCH),
            "status": data.get("status", Course.Status.PUBLISHED),
        }
        unknown = set(fields["fee_includes"]) - set(Course.Inclusion.values)
        if unknown:
            raise CommandError(f"{where}: unknown fee_includes {sorted(unknown)}")
        validate(Course(slug=data["slug"], **fields), where)
        course, _ = Course.objects.update_or_create(slug=data["slug"], defaults=fields)

        terms = self.terms
        course.education_levels.set(terms.get(EducationLevel, data["levels"], where))
        course.themes.set(terms.get(Theme, data["themes"], where))
        course.roles.set(terms.get(TargetRole, data["roles"], where))
        course.methods.set(terms.get(Method, data["methods"], where))
        try:
            course.trainers.set(
                [self.trainers[provider.slug, n] for n in data["trainers"]]
            )
        except KeyError as error:
            raise CommandError(
                f"{where}: no trainer {error} at {provider.slug}"
            ) from None

        # Replace the parts wholesale; the course is re-indexed at the end.
        course.sessions.all().delete()
        course.programme.all().delete()
        course.criteria.all().delete()
        Session.objects.bulk_create(self.sessions(course, data["editions"], where))
        items = [
            ProgrammeItem(
                course=course, day=day, part=part, title=title, contents=contents
            )
            for day, part, title, contents in data["programme"]
        ]
        for item in items:
            validate(item, where, exclude=["course"])
        ProgrammeItem.objects.bulk_create(items)
        answers = []
        for key, answer, explanation in data["criteria"]:
            if key not in terms.criteria:
                raise CommandError(f"{where}: unknown kijkwijzer criterion {key!r}")
            answers.append(
                CourseCriterion(
                    course=course,
                    criterion=terms.criteria[key],
                    answer=answer,
                    explanation=explanation,
                )
            )
            validate(answers[-1], where, exclude=["course", "criterion"])
        CourseCriterion.objects.bulk_create(answers)

    def sessions(
        self, course: Course, editions: list[dict], where: str
    ) -> list[Session]:
        sessions = []
        for number, spec in enumerate(editions, start=1):
            days = self.planner.dates(spec)
            venues = spec.get("venues") or [spec["venue"]] * len(days)
            default_time = spec.get("time", ("09:00", "16:00"))
            times = spec.get("times") or [default_time] * len(days)
            if not len(venues) == len(times) == len(days):
                raise CommandError(f"{where}: edition {number} has mismatched lists")
            for day, venue_key, (start, end) in zip(days, venues, times, strict=True):
                session = Session(
                    course=course,
                    edition=number,
                    date=day,
                    start_time=parse_time(start),
                    end_time=parse_time(end),
                )
                if venue_key == "online":
                    session.is_online = True
                else:
                    try:
                        venue = demo_data.VENUES[venue_key]
                    except KeyError:
                        raise CommandError(
                            f"{where}: unknown venue {venue_key!r}"
                        ) from None
                    session.venue_name = venue["name"]
                    session.room = spec.get("room", venue.get("room", ""))
                    session.street = venue["street"]
                    session.postcode = venue["postcode"]
                    session.municipality = venue["municipality"]
                    slug = Province.slug_for_postcode(venue["postcode"])
                    session.province = self.terms.get(Province, [slug], where)[0]
                validate(session, where, exclude=["course"])
                sessions.append(session)
        return sessions

    def load_user(self, data: dict, providers: dict) -> tuple[str, str, str]:
        User = get_user_model()
        flags = {
            "is_staff": data.get("is_staff", False),
            "is_superuser": data.get("is_superuser", False),
            "is_active": True,
            "first_name": data.get("first_name", ""),
            "last_name": data.get("last_name", ""),
        }
        user = User.objects.filter(email__iexact=data["email"]).first()
        if user is None:
            user = User.objects.create_user(
                email=data["email"], password=data["password"], **flags
            )
        else:
            for key, value in flags.items():
                setattr(user, key, value)
            user.set_password(data["password"])
            user.save()
        provider_slug = data.get("provider")
        if provider_slug:
            ProviderMembership.objects.get_or_create(
                provider=providers[provider_slug], user=user
            )
        return data["email"], data["password"], data["role"]

    def report(self, today: date, logins) -> None:
        courses = Course.objects.filter(slug__in=[c["slug"] for c in demo_data.COURSES])
        sessions = Session.objects.filter(course__in=courses)
        by_status = Counter(courses.values_list("status", flat=True))
        out = self.stdout
        out.write(self.style.SUCCESS("Demo catalogue loaded."))
        out.write(f"  providers: {len(demo_data.PROVIDERS)}")
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
        out.write("Demo logins:")
        for email, password, role in logins:
            out.write(f"  {email:<36} {password:<16} {role}")
