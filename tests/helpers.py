"""Plain factory functions and named users for the tests."""

from __future__ import annotations

import datetime as dt
import html
import itertools
import re
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify

from catalogue.models import Course, CourseCriterion, ProgrammeItem, Session, Trainer
from nw.accounts.models import User
from providers.models import Provider, ProviderMembership
from taxonomy.models import (
    Criterion,
    EducationLevel,
    Method,
    Province,
    TargetRole,
    Theme,
)

_seq = itertools.count(1)
PASSWORD = "correct horse battery staple"


def today():
    return timezone.localdate()


def days(n: int) -> dt.date:
    return today() + dt.timedelta(days=n)


def make_user(email=None, **fields) -> User:
    email = email or f"user{next(_seq)}@example.com"
    return User.objects.create_user(email=email, password=PASSWORD, **fields)


def make_provider(name=None, **fields) -> Provider:
    name = name or f"Aanbieder {next(_seq)}"
    fields.setdefault("kind", Provider.Kind.PEDAGOGICAL_SUPPORT)
    fields.setdefault("slug", slugify(name))
    return Provider.objects.create(name=name, **fields)


def provider_staff(provider: Provider, email=None) -> User:
    user = make_user(email, is_staff=True)
    ProviderMembership.objects.create(provider=provider, user=user)
    return user


def make_course(
    title=None,
    *,
    provider=None,
    sessions=(30,),
    levels=(),
    themes=(),
    roles=(),
    methods=(),
    criteria=(),
    status=Course.Status.PUBLISHED,
    **fields,
) -> Course:
    """A published course with one session per entry of ``sessions``: an int
    is days from today (negative is past), a dict gives Session fields."""
    title = title or f"Cursus {next(_seq)}"
    fields.setdefault("slug", f"{slugify(title)}-{next(_seq)}")
    fields.setdefault("summary", f"Samenvatting van {title}.")
    fields.setdefault("format", Course.Format.STUDY_DAY)
    fields.setdefault("fee", Decimal("100.00"))
    course = Course.objects.create(
        provider=provider or make_provider(), title=title, status=status, **fields
    )
    course.education_levels.set(EducationLevel.objects.filter(slug__in=levels))
    course.themes.set(Theme.objects.filter(slug__in=themes))
    course.roles.set(TargetRole.objects.filter(slug__in=roles))
    course.methods.set(Method.objects.filter(slug__in=methods))
    for key in criteria:
        CourseCriterion.objects.create(
            course=course,
            criterion=Criterion.objects.get(key=key),
            answer=CourseCriterion.Answer.YES,
        )
    for spec in sessions:
        if isinstance(spec, int):
            spec = {"date": days(spec)}
        make_session(course, **spec)
    course.refresh_from_db()
    return course


def make_session(course, **fields) -> Session:
    fields.setdefault("date", days(30))
    fields.setdefault("start_time", dt.time(9, 0))
    fields.setdefault("end_time", dt.time(16, 0))
    if not fields.get("is_online"):
        fields.setdefault("venue_name", "Congrescentrum")
        fields.setdefault("street", "Kerkstraat 1")
        fields.setdefault("postcode", "2000")
        fields.setdefault("municipality", "Antwerpen")
    return Session.objects.create(course=course, **fields)


def make_programme(course, day, part, *contents) -> ProgrammeItem:
    return ProgrammeItem.objects.create(
        course=course, day=day, part=part, contents=list(contents)
    )


def make_trainer(provider, name="Wouter Schelfhout", bio="") -> Trainer:
    return Trainer.objects.create(provider=provider, name=name, bio=bio)


def province(slug) -> Province:
    return Province.objects.get(slug=slug)


# -- admin form posts ---------------------------------------------------------


def management_form(prefix, rows, initial=0):
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for i, row in enumerate(rows):
        data.update({f"{prefix}-{i}-{key}": value for key, value in row.items()})
    return data


def session_row(session, course=None):
    row = {
        "id": session.pk,
        "course": (course or session.course).pk,
        "edition": session.edition,
        "date": session.date.isoformat(),
        "start_time": session.start_time.strftime("%H:%M"),
        "end_time": session.end_time.strftime("%H:%M"),
        "venue_name": session.venue_name,
        "room": session.room,
        "street": session.street,
        "postcode": session.postcode,
        "municipality": session.municipality,
        "province": session.province_id or "",
    }
    if session.is_online:
        row["is_online"] = "on"
    return row


def course_form_data(provider, course=None, sessions=None, **overrides):
    """A complete POST for the course add or change page. The inline
    prefixes are those of the rendered page (sessions, programme, criteria,
    see test_course_form_inline_prefixes_are_the_ones_posted)."""
    data = {
        "provider": provider.pk,
        "title": course.title if course else "Nieuwe Alfacursus",
        "slug": course.slug if course else "nieuwe-alfacursus",
        "code": course.code if course else "A-NEW",
        "status": course.status if course else Course.Status.DRAFT,
        "language": course.language if course else Course.Language.DUTCH,
        "summary": course.summary if course else "Twee zinnen over de cursus.",
        "format": course.format if course else Course.Format.STUDY_DAY,
        "fee": str(course.fee) if course else "0",
        "trainers": [t.pk for t in course.trainers.all()] if course else [],
    }
    if sessions is None:
        sessions = [session_row(s) for s in course.sessions.all()] if course else []
    initial = sum(1 for row in sessions if row.get("id"))
    data.update(management_form("sessions", sessions, initial))
    data.update(management_form("programme", []))
    data.update(management_form("criteria", []))
    data.update(overrides)
    return data


def make_editor(email=None, **fields) -> User:
    """A site editor: staff in the "Redactie" group, not a superuser."""
    from django.contrib.auth.models import Group

    from providers.access import EDITORS_GROUP

    user = make_user(email, is_staff=True, **fields)
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


# -- kijkwijzer -----------------------------------------------------------------


def make_kijkwijzer():
    """A small published kijkwijzer version (it becomes the current one), in
    three steps, with the question and choice objects by name:

    1. leervraag (text, required), domein (leadership → two themes, or
       language), niveau (secondary or primary);
    2. hoe (with colleagues → learning community + peers criterion, or in
       my class → coaching), waar (Antwerp, or online), budget (free, up to
       250 euro, or no limit);
    3. belang-peers and belang-evidence: scales about two criteria.
    """
    from types import SimpleNamespace

    from django.db.models import Max

    from planning.models import (
        Choice,
        Question,
        Questionnaire,
        QuestionnaireVersion,
        Section,
    )

    questionnaire, _created = Questionnaire.objects.get_or_create(
        slug="kijkwijzer", defaults={"title": "Kijkwijzer"}
    )
    number = (questionnaire.versions.aggregate(n=Max("number"))["n"] or 0) + 1
    version = QuestionnaireVersion.objects.create(
        questionnaire=questionnaire, number=number
    )
    k = SimpleNamespace(version=version)

    def section(position, title):
        return Section.objects.create(version=version, position=position, title=title)

    def question(section, key, kind, text, **fields):
        q = Question.objects.create(
            section=section, key=key, kind=kind, text=text, **fields
        )
        setattr(k, key.replace("-", "_"), q)
        return q

    def choice(question, name, label, links=None, **fields):
        c = Choice.objects.create(question=question, label=label, **fields)
        for relation, slugs in (links or {}).items():
            model = getattr(Choice, relation).field.related_model
            lookup = "key" if relation == "criteria" else "slug"
            getattr(c, relation).set(model.objects.filter(**{f"{lookup}__in": slugs}))
        setattr(k, name, c)
        return c

    s1 = section(1, "Wat heb ik nodig?")
    question(s1, "leervraag", Question.Kind.TEXT, "Wat wil je leren?", required=True)
    domain = question(s1, "domein", Question.Kind.MULTIPLE, "Over welk domein?")
    choice(
        domain,
        "lead",
        "Leiderschap en personeel",
        {"themes": ["onderwijskundig-leiderschap", "personeelsbeleid"]},
        wish="over leiderschap",
    )
    choice(domain, "language", "Taal", {"themes": ["taal"]})
    level = question(s1, "niveau", Question.Kind.MULTIPLE, "In welk onderwijs?")
    choice(level, "secondary", "Secundair", {"levels": ["secundair-onderwijs"]})
    choice(level, "primary", "Basis", {"levels": ["basisonderwijs"]})

    s2 = section(2, "Hoe en waar")
    how = question(s2, "hoe", Question.Kind.MULTIPLE, "Hoe leer je het best?")
    choice(
        how,
        "peers",
        "Met collega's",
        {"methods": ["leergemeenschap"], "criteria": ["peers"]},
        wish="samen leren met collega's",
    )
    choice(how, "in_class", "In mijn klas", {"methods": ["coaching"]})
    where = question(s2, "waar", Question.Kind.MULTIPLE, "Waar?")
    choice(where, "antwerp", "Antwerpen", {"provinces": ["antwerpen"]})
    choice(where, "online", "Online", online=True)
    budget = question(s2, "budget", Question.Kind.SINGLE, "Hoeveel mag het kosten?")
    choice(budget, "free", "Gratis", max_fee=0)
    choice(budget, "up_to_250", "Tot 250 euro", max_fee=250)
    choice(budget, "any_fee", "Maakt niet uit")

    s3 = section(3, "Inhoud en aanpak")
    question(
        s3,
        "belang-peers",
        Question.Kind.SCALE,
        "Samen leren?",
        criterion=Criterion.objects.get(key="peers"),
    )
    question(
        s3,
        "belang-evidence",
        Question.Kind.SCALE,
        "Onderbouwd?",
        criterion=Criterion.objects.get(key="evidence"),
    )
    version.publish()
    return k


def answer_field(question) -> str:
    return f"q{question.pk}"


# -- schools and plans --------------------------------------------------------------


def make_school(name=None, *, local_committee=True, **people):
    """A school with people by role: ``make_school(leader=lea, member=[mo],
    secretary=sec)``. A role takes one user or a list."""
    from planning.models import Membership, School

    name = name or f"School {next(_seq)}"
    school = School.objects.create(
        name=name,
        institution_number=str(100000 + next(_seq)),
        has_local_committee=local_committee,
    )
    for role, users in people.items():
        for user in users if isinstance(users, list | tuple) else [users]:
            Membership.objects.create(school=school, user=user, role=role)
    return school


def make_means(school, amount, year=None, kind="allocation"):
    from planning.models import Means, SchoolYear

    year = year or SchoolYear.current()
    return Means.objects.create(
        school=school, year=year.start, kind=kind, amount=Decimal(amount)
    )


# -- reading pages ------------------------------------------------------------------


def error_summary(response) -> str:
    """The page's error summary (GOV.UK style), or "" when there is none."""
    match = re.search(
        r'<div class="error-summary".*?</div>', response.content.decode(), re.S
    )
    return match.group() if match else ""


def input_value(response, name) -> str | None:
    """The value the page's input ``name`` shows, None without that input."""
    match = re.search(rf'<input[^>]*name="{name}"[^>]*>', response.content.decode())
    if not match:
        return None
    value = re.search(r'value="([^"]*)"', match.group())
    return html.unescape(value.group(1)) if value else ""


# -- property tests -------------------------------------------------------------------


def cases(share: float = 1.0) -> int:
    """How many cases a property test makes: a share of the Hypothesis
    profile's number (tests/conftest.py), at least ten."""
    from hypothesis import settings

    return max(10, round(settings.default.max_examples * share))
