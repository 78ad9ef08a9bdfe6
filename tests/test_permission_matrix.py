"""Every URL of the site, asked by every kind of visitor.

The URL names come from the URL resolver (the admin's included) and from the
admin registry, and each must have a row in ROUTES below: a new view fails
``test_every_url_is_in_the_matrix`` until someone writes down who may use it.
Each row says how to build the URL for the objects it is about, what each
role gets on GET and, for views that change something, what a POST by each
role does: act (write to the database) or be refused without writing.

Two sides, A and B, each with a school, a provider and their people:

* school A has a lokaal comité (its secretary decides on plans); school B has
  none, so its secretary chairs the staff meeting;
* teacher, leader and secretary (or chair) are members of their own school;
* provider staff act for their own provider;
* editors (the Redactie group) manage the whole site.

A row's objects are side A's ("a": a plan of school A, a kijkwijzer of
teacher A, a draft course of provider A ...): side A's roles are their owners,
side B's roles the strangers. School B's pages and plans ("b") are asked too,
where a school without a lokaal comité differs. "a_with_b" is side A's
object holding side B's item (school A's page with a membership id of school
B). To every role that may not see an object, it must not exist: 404, as for
an id nobody has, where the object is private; refused (403, a redirect, a
message) where only the action is not theirs. A page must not show a text of
an object the role may not see (secrets()).

A case where the site is wrong fails its role's test, with every mismatch
listed. (The first run found one: the admin log's user filter listed
superusers' addresses to editors; nw/admin.py LoggedUserFilter fixes it.)
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.http import HttpResponseForbidden, HttpResponseNotFound
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_tasks_db.models import DBTaskResult

from catalogue import cache as catalogue_cache
from catalogue import facetindex, index
from catalogue.models import Course
from nw import urls as site_urls
from nw.accounts import tokens
from planning.models import (
    Activity,
    CourseReflection,
    Decision,
    Invitation,
    Membership,
    Plan,
    Priority,
    QuestionnaireVersion,
    Response,
    SchoolYear,
)
from planning.models import (
    Question as KijkwijzerQuestion,
)
from planning.models import (
    Section as KijkwijzerSection,
)
from providers.access import EDITORS_GROUP
from providers.models import Complaint
from taxonomy.models import Theme

from .helpers import (
    PASSWORD,
    answer_field,
    make_course,
    make_editor,
    make_kijkwijzer,
    make_means,
    make_provider,
    make_school,
    make_trainer,
    make_user,
    provider_staff,
    today,
)

# The roles' rights come from ORM filters with nothing database-specific:
# the matrix runs on the first database only (marker "once").
pytestmark = [pytest.mark.django_db, pytest.mark.once]

LEADERSHIP = "onderwijskundig-leiderschap"  # a theme of make_kijkwijzer's "lead"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
LEADER, MEMBER, SECRETARY = (
    Membership.Role.LEADER,
    Membership.Role.MEMBER,
    Membership.Role.SECRETARY,
)

# -- roles ---------------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    name: str
    side: str | None = None  # "a" or "b": whose school or provider it belongs to
    school_role: str | None = None  # its Membership role at that side's school
    provider: bool = False  # staff of that side's provider
    editor: bool = False  # the Redactie group

    @property
    def anonymous(self) -> bool:
        return self.name == "anonymous"

    @property
    def staff(self) -> bool:
        return self.provider or self.editor

    def role_at(self, side) -> str | None:
        """The role's Membership role at ``side``'s school, None if none."""
        return self.school_role if self.side == side else None

    def works_for(self, side) -> bool:
        return self.provider and self.side == side


ROLES = {
    role.name: role
    for role in [
        Role("anonymous"),
        Role("teacher_a", "a", MEMBER),
        Role("teacher_b", "b", MEMBER),
        Role("staff_a", "a", provider=True),
        Role("staff_b", "b", provider=True),
        Role("leader_a", "a", LEADER),
        Role("leader_b", "b", LEADER),
        # School A's lokaal comité secretary and school B's staff-meeting
        # chair: the same Membership role, at a school with and without a LOC.
        Role("secretary_a", "a", SECRETARY),
        Role("chair_b", "b", SECRETARY),
        Role("editor", editor=True),
    ]
}

# -- outcomes ------------------------------------------------------------------
# A response is its status code, except that redirects say where they go:
# to the site's sign-in page, to the admin's, or anywhere else.

LOGIN = "login"
ADMIN_LOGIN = "admin login"
REDIRECT = "redirect"


@functools.cache
def sign_in_pages() -> dict[str, str]:
    return {reverse("login"): LOGIN, reverse("admin:login"): ADMIN_LOGIN}


def outcome(response):
    if response.status_code in (301, 302):
        path = urlsplit(response["Location"]).path
        return sign_in_pages().get(path, REDIRECT)
    return response.status_code


@dataclass(frozen=True)
class Acts:
    """A POST that does what it asks: it writes to the database."""

    outcome: object = REDIRECT


def expected_post(value) -> tuple[object, bool]:
    """(outcome, writes) for a POST rule's answer: an Acts, or a refusal's
    outcome (which must not write)."""
    if isinstance(value, Acts):
        return value.outcome, True
    return value, False


# -- the world -------------------------------------------------------------------


def build_side(letter: str, word: str, *, local_committee: bool, k, year):
    """One side: a provider with a published and a draft course, a school with
    its people, their kijkwijzers and reflections, and the school's plans
    in every state. ``word`` is unique to the side: SECRETS are built from it."""
    s = SimpleNamespace(letter=letter, word=word)
    s.provider = make_provider(f"{word} Vorming")
    s.staff = provider_staff(s.provider, f"staff.{letter}@example.com")
    s.trainer = make_trainer(s.provider, f"Trainer {word}")
    # Both about what the teachers' kijkwijzers ask for, so a draft would
    # show among their matches if the matching forgot the rule.
    s.published = make_course(
        f"{word} open cursus", provider=s.provider, themes=[LEADERSHIP]
    )
    s.draft = make_course(
        f"{word} verborgen ontwerpcursus",
        provider=s.provider,
        status=Course.Status.DRAFT,
        code=f"{letter.upper()}-1",
        themes=[LEADERSHIP],
    )
    s.draft.trainers.add(s.trainer)
    s.session = s.draft.sessions.get()
    s.complaint = Complaint.objects.create(
        provider=s.provider,
        course=s.published,
        reason=Complaint.Reason.WRONG_INFORMATION,
        description=f"{word} klacht over de datum",
        email=f"melder.{letter}@example.com",
        client_hash="x",
    )

    s.teacher = make_user(f"teacher.{letter}@example.com")
    s.leader = make_user(
        f"leader.{letter}@example.com", first_name="Lea", last_name=word
    )
    s.secretary = make_user(f"secretary.{letter}@example.com")
    s.school = make_school(
        f"School {word}",
        local_committee=local_committee,
        leader=s.leader,
        member=s.teacher,
        secretary=s.secretary,
    )
    s.membership = s.school.memberships.get(user=s.teacher)
    s.means = make_means(s.school, "3000")
    s.means.label = f"{word} geheime middelen"
    s.means.save()
    s.invitation = Invitation.objects.create(
        school=s.school,
        email=f"uitgenodigd.{letter}@example.com",
        role=MEMBER,
        invited_by=s.leader,
    )

    # The teacher's kijkwijzer, reflection, and a second kijkwijzer shared by
    # link (whose page anyone with the link may read).
    s.kijkwijzer = Response.objects.create(
        owner=s.teacher,
        version=k.version,
        title=f"{word} kijkwijzer van de leraar",
        answers={
            str(k.leervraag.pk): f"{word} leervraag in eigen woorden",
            str(k.domein.pk): [k.lead.pk],
        },
        completed_at=timezone.now(),
    )
    s.shared = Response.objects.create(
        owner=s.teacher,
        version=k.version,
        title="Gedeelde kijkwijzer",
        answers={str(k.domein.pk): [k.language.pk]},
        completed_at=timezone.now(),
    )
    s.shared.share()
    s.reflection = CourseReflection.objects.create(
        owner=s.teacher,
        course=s.published,
        course_title=s.published.title,
        applied=f"{word} reflectie na de cursus",
    )

    # Plans: an approved one of last year (new version, evaluation, next
    # year, minutes), a version 2 waiting for the decision on an older year
    # (decide, compare) and a draft for next year (editing, submitting).
    plan = Plan.objects.create
    s.old = plan(school=s.school, year=year.start - 2, status=Plan.Status.APPROVED)
    s.submitted = plan(
        school=s.school,
        year=year.start - 2,
        version=2,
        previous=s.old,
        status=Plan.Status.SUBMITTED,
    )
    s.approved = plan(school=s.school, year=year.start - 1, status=Plan.Status.APPROVED)
    s.decision = Decision.objects.create(
        plan=s.approved,
        outcome=Decision.Outcome.APPROVED,
        body=s.school.body,
        meeting_date=today(),
        recorded_by=s.secretary,
    )
    s.decision.minutes_pdf.save("notulen.pdf", ContentFile(PDF))
    s.approved_activity = Activity.objects.create(
        plan=s.approved,
        kind=Activity.Kind.CATALOGUE,
        title=s.published.title,
        course=s.published,
    )
    s.draft_plan = plan(
        school=s.school,
        year=year.start + 1,
        institution_needs=f"{word} behoeften van de school",
    )
    s.priority = Priority.objects.create(plan=s.draft_plan, title="Samen leren")
    s.activity = Activity.objects.create(
        plan=s.draft_plan,
        kind=Activity.Kind.INTERNAL,
        internal_kind=Activity.Internal.INTERVISION,
        title="Intervisie",
    )
    return s


def build_world():
    k = make_kijkwijzer()
    year = SchoolYear.current()
    w = SimpleNamespace(k=k, year=year)
    w.a = build_side("a", "Alfa", local_committee=True, k=k, year=year)
    w.b = build_side("b", "Bravo", local_committee=False, k=k, year=year)
    # School B invites teacher A: the one invitation a role here may accept.
    w.invitation_for_teacher_a = Invitation.objects.create(
        school=w.b.school, email=w.a.teacher.email, role=MEMBER, invited_by=w.b.leader
    )
    w.inactive_provider = make_provider("Opgeheven Vorming", is_active=False)
    w.editor = make_editor("editor@example.com")
    w.root = make_user("root.geheim@example.com", is_staff=True, is_superuser=True)
    w.newcomer = make_user("nieuw@example.com", email_confirmed=False)
    # Made before anyone signs in (see reset_confirm).
    w.reset_link = reset_link(w.a.teacher)
    w.theme = Theme.objects.order_by("pk").first()

    # The kijkwijzer: a published version (frozen) and a draft of the next.
    w.published_version = k.version
    w.published_section = k.version.sections.order_by("position").first()
    w.published_question = k.leervraag
    w.draft_version = QuestionnaireVersion.objects.create(
        questionnaire=k.version.questionnaire, number=k.version.number + 1
    )
    w.draft_section = KijkwijzerSection.objects.create(
        version=w.draft_version, position=1, title="Nieuw"
    )
    w.draft_question = KijkwijzerQuestion.objects.create(
        section=w.draft_section,
        key="nieuw",
        kind=KijkwijzerQuestion.Kind.TEXT,
        text="Nieuwe vraag?",
    )

    # One row in each admin-only log, so their change pages have an object.
    w.log_entry = LogEntry.objects.log_actions(
        w.a.staff.pk, [w.a.draft], CHANGE, change_message="Gewijzigd."
    )[0]
    w.task_result = DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="catalogue.tasks.refresh",
        backend_name="default",
        run_after=timezone.now(),
    )
    attempt = {
        "user_agent": "test",
        "ip_address": "192.0.2.1",
        "username": "iemand@example.com",
        "http_accept": "*/*",
        "path_info": "/account/aanmelden/",
    }
    w.access_attempt = AccessAttempt.objects.create(
        **attempt, get_data="", post_data="", failures_since_start=1
    )
    w.access_log = AccessLog.objects.create(**attempt)
    w.access_failure = AccessFailureLog.objects.create(**attempt)
    w.users = {
        "anonymous": None,
        "teacher_a": w.a.teacher,
        "teacher_b": w.b.teacher,
        "staff_a": w.a.staff,
        "staff_b": w.b.staff,
        "leader_a": w.a.leader,
        "leader_b": w.b.leader,
        "secretary_a": w.a.secretary,
        "chair_b": w.b.secretary,
        "editor": w.editor,
    }
    return w


# -- texts that must not leak ------------------------------------------------------
# (text, who may see it) per side: any page showing one to anyone else is a
# leak, whatever its status code says.


def secrets(w) -> list[tuple[str, Callable[[Role], bool]]]:
    out = []
    for s in (w.a, w.b):
        side = s.letter
        out += [
            (s.draft.title, lambda r, x=side: r.editor or r.works_for(x)),
            (s.kijkwijzer.title, lambda r, x=side: r.name == f"teacher_{x}"),
            (
                s.kijkwijzer.answers[str(w.k.leervraag.pk)],
                lambda r, x=side: r.name == f"teacher_{x}",
            ),
            # The leader reads the school's reflections next to the year-end
            # follow-up of the course's activity (docs/school-leaders.md).
            (
                s.reflection.applied,
                lambda r, x=side: r.name == f"teacher_{x}" or r.role_at(x) == LEADER,
            ),
            (
                s.draft_plan.institution_needs,
                lambda r, x=side: r.editor or r.role_at(x) is not None,
            ),
            (s.means.label, lambda r, x=side: r.editor or r.role_at(x) == LEADER),
            (s.invitation.email, lambda r, x=side: r.role_at(x) == LEADER),
            (s.complaint.email, lambda r: r.editor),
            (s.trainer.name, lambda r, x=side: r.editor or r.works_for(x)),
            (
                s.complaint.description,
                lambda r, x=side: r.editor or r.works_for(x),
            ),
        ]
    # A superuser's account is out of every editor's reach (nw/accounts/admin.py).
    out.append((w.root.email, lambda r: False))
    return out


# -- rules ---------------------------------------------------------------------------
# A rule is a function (role, target) -> expected outcome; a POST rule may
# answer Acts(...) for a role whose POST does what it asks.

Rule = Callable[[Role, str], object]


def everyone(result) -> Rule:
    return lambda role, target: result


def signed_in(result, anonymous=LOGIN) -> Rule:
    return lambda role, target: anonymous if role.anonymous else result


def course_visible(role: Role, target: str) -> bool:
    """providers.access.course_visibility: published courses for everyone,
    drafts for editors and the course's own provider staff."""
    if target == "published":
        return True
    return role.editor or role.works_for(target.removeprefix("draft_"))


def by_course(visible, hidden=404, anonymous=None) -> Rule:
    def rule(role, target):
        if anonymous is not None and role.anonymous:
            return anonymous
        return visible if course_visible(role, target) else hidden

    return rule


def owner(result, anonymous=LOGIN, other=404) -> Rule:
    """A teacher's own kijkwijzer or reflection: to anyone else it does not
    exist."""

    def rule(role, target):
        if role.anonymous:
            return anonymous
        return result if role.name == f"teacher_{target}" else other

    return rule


def school_people(result, *, only=None, refused=404, anonymous=LOGIN) -> Rule:
    """A school's page or plan: the school's members get ``result`` (if
    ``only`` names roles, members in another role get ``refused``); to
    everyone else the school does not exist."""

    def rule(role, target):
        if role.anonymous:
            return anonymous
        school_role = role.role_at(target[:1])  # "a_with_b": school A's page
        if school_role is None:
            return 404
        if only is not None and school_role not in only:
            return refused
        return result

    return rule


# -- admin rules ---------------------------------------------------------------------


ALL_PERMS = frozenset({"view", "add", "change", "delete"})


@dataclass(frozen=True)
class AdminModel:
    """What each kind of staff may do in one model's admin.

    ``targets`` name the objects its object pages are tried with.
    ``staff`` are provider staff's permissions on their own provider's
    objects (another provider's do not exist for them); None: the model is
    for editors only. ``editor`` are the Redactie group's permissions.
    ``refuses(target)`` is what the admin class refuses to everyone
    whatever their permissions (read-only models, published kijkwijzer
    versions; target None: the model as a whole). ``hidden``: targets only
    a superuser finds (a superuser's account), 404 to everyone else.
    """

    targets: dict[str, Callable]
    staff: frozenset | None = None
    editor: frozenset = ALL_PERMS
    refuses: Callable[[str], frozenset] = lambda target: frozenset()
    hidden: frozenset = frozenset()
    extra_views: tuple = ()


def admin_permissions(model: AdminModel, role: Role, target: str | None):
    """(perms, exists): what the role may do with the target (or with the
    model, for target None), and whether the target is in its queryset."""
    refused = model.refuses(target)
    if role.editor:
        return model.editor - refused, target not in model.hidden
    if model.staff is None:
        return frozenset(), target not in model.hidden
    exists = target is None or role.works_for(target)
    return model.staff - refused, exists


def admin_rule(model: AdminModel, view: str, method: str = "get") -> Rule:
    """Django's ModelAdmin views, in the order they check things: a
    change or history page looks the object up first, a change list or add
    page asks only for the permission."""

    def rule(role, target):
        if not role.staff:
            return ADMIN_LOGIN
        target = target or None
        perms, exists = admin_permissions(model, role, target)
        model_perms, _ = admin_permissions(model, role, None)
        seen = perms if exists else model_perms
        if view == "changelist":
            return 200 if perms & {"view", "change"} else 403
        if view == "add":
            needed = "add" in model_perms
            return (Acts(REDIRECT) if method == "post" else 200) if needed else 403
        if view == "change":
            allowed = (
                "change" in seen if method == "post" else seen & {"view", "change"}
            )
            if not allowed:
                return 403
            if not exists:
                return 404
            return Acts(REDIRECT) if method == "post" else 200
        if view == "delete":
            if "delete" not in seen:
                return 403
            if not exists:
                return 404
            return Acts(REDIRECT) if method == "post" else 200
        if view == "history":
            if not exists:
                return 404
            return 200 if perms & {"view", "change"} else 403
        if view in ("import", "export"):
            return 200 if ("add" if view == "import" else "view") in perms else 403
        if view == "process_import":
            return 405 if "add" in perms else 403
        raise AssertionError(view)

    return rule


def one(builder) -> dict:
    return {"obj": builder}


def side_a_object(attr) -> dict:
    return {"a": lambda w: getattr(w.a, attr)}


SCOPED = ALL_PERMS
READ_ONLY = frozenset({"add", "change", "delete"})


def frozen(*targets) -> Callable[[str], frozenset]:
    """Objects of a published kijkwijzer version are read-only."""
    return lambda target: (
        frozenset({"change", "delete"}) if target in targets else frozenset()
    )


def versioned(prefix) -> dict:
    return {
        "published": lambda w: getattr(w, f"published_{prefix}"),
        "draft": lambda w: getattr(w, f"draft_{prefix}"),
    }


ADMIN_MODELS = {
    "admin.logentry": AdminModel(
        one(lambda w: w.log_entry),
        editor=frozenset({"view"}),
        refuses=lambda target: READ_ONLY,
    ),
    "auth.group": AdminModel(
        one(lambda w: Group.objects.get(name=EDITORS_GROUP)), editor=frozenset()
    ),
    "accounts.user": AdminModel(
        {"teacher": lambda w: w.a.teacher, "superuser": lambda w: w.root},
        editor=frozenset({"view", "change"}),
        hidden=frozenset({"superuser"}),
    ),
    **{
        f"taxonomy.{name}": AdminModel(one(getter))
        for name, getter in [
            ("educationlevel", lambda w: _first("taxonomy.EducationLevel")),
            ("theme", lambda w: w.theme),
            ("targetrole", lambda w: _first("taxonomy.TargetRole")),
            ("method", lambda w: _first("taxonomy.Method")),
            ("province", lambda w: _first("taxonomy.Province")),
            ("criterion", lambda w: _first("taxonomy.Criterion")),
        ]
    },
    "catalogue.trainer": AdminModel(side_a_object("trainer"), staff=SCOPED),
    "catalogue.course": AdminModel(
        side_a_object("draft"),
        staff=SCOPED,
        extra_views=("import", "export", "process_import"),
    ),
    "catalogue.session": AdminModel(
        side_a_object("session"),
        staff=SCOPED,
        extra_views=("import", "export", "process_import"),
    ),
    "planning.questionnaire": AdminModel(
        one(lambda w: w.k.version.questionnaire),
        # Deleting it would take its published versions along.
        refuses=lambda target: frozenset({"delete"}) if target else frozenset(),
    ),
    "planning.questionnaireversion": AdminModel(
        versioned("version"), refuses=frozen("published")
    ),
    "planning.section": AdminModel(versioned("section"), refuses=frozen("published")),
    "planning.question": AdminModel(versioned("question"), refuses=frozen("published")),
    "planning.school": AdminModel(side_a_object("school")),
    # Plans are read in the admin, changed on the site only.
    "planning.plan": AdminModel(
        side_a_object("draft_plan"), refuses=lambda target: READ_ONLY
    ),
    "providers.provider": AdminModel(
        side_a_object("provider"), staff=frozenset({"view", "change"})
    ),
    # Complaints come in through the public form; staff read their own.
    "providers.complaint": AdminModel(
        side_a_object("complaint"),
        staff=frozenset({"view"}),
        refuses=lambda target: frozenset({"add"}),
    ),
    "django_tasks_database.dbtaskresult": AdminModel(
        one(lambda w: w.task_result),
        editor=frozenset(),
        refuses=lambda target: READ_ONLY,
    ),
    "axes.accessattempt": AdminModel(
        one(lambda w: w.access_attempt),
        editor=frozenset(),
        refuses=lambda target: frozenset({"add"}),
    ),
    "axes.accesslog": AdminModel(
        one(lambda w: w.access_log),
        editor=frozenset(),
        refuses=lambda target: frozenset({"add"}),
    ),
    "axes.accessfailurelog": AdminModel(
        one(lambda w: w.access_failure),
        editor=frozenset(),
        refuses=lambda target: frozenset({"add"}),
    ),
}


def _first(label):
    from django.apps import apps

    return apps.get_model(label).objects.order_by("pk").first()


# -- the matrix ----------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    """One URL name: the objects it is tried with (target name → URL
    kwargs), what GET gives each role, and for a view that changes
    something, what a valid POST by each role does."""

    targets: dict[str, Callable] = field(default_factory=lambda: {"": lambda w: {}})
    get: Rule = everyone(200)
    post: Rule | None = None
    data: Callable | None = None  # (world, target) -> POST data
    query: Callable | None = None  # (world, target) -> GET parameters
    get_writes: bool = False  # a link that does what it says (confirms)
    # A page the same for everyone, showing nothing personal (see cases()):
    # True, or the names of the targets for which it is.
    public: bool | frozenset = False


def side_a(build) -> dict:
    """The route's object on side A: its owner, or the owner's school or
    provider, may see it; side B's roles are the strangers."""
    return {"a": lambda w: build(w.a)}


def sided(build) -> dict:
    """The route's object on side A and on side B: for a school's pages,
    where school B differs (no lokaal comité: its chair decides)."""
    return {"a": lambda w: build(w.a), "b": lambda w: build(w.b)}


def side_a_and_mixed(build) -> dict:
    """Side A's object, and side A's object holding side B's item
    ("a_with_b": school A's page with school B's membership id): an item is
    looked up under its own container, so to everyone that is 404."""
    return {
        "a": lambda w: build(w.a, w.a),
        "a_with_b": lambda w: build(w.a, w.b),
    }


NOT_FOUND_WHEN_SIGNED_IN = signed_in(404)


def or_mixed(rule: Rule, mixed: Rule = NOT_FOUND_WHEN_SIGNED_IN) -> Rule:
    """``rule`` for side A's object, ``mixed`` for "a_with_b"."""
    return lambda role, target: (mixed if target == "a_with_b" else rule)(role, target)


COURSES = {
    "published": lambda w: {"slug": w.a.published.slug},
    "draft_a": lambda w: {"slug": w.a.draft.slug},
}


def side_of(w, target):
    """The side whose object the target is ("a_with_b": side A's)."""
    return getattr(w, target[0])


def revision(w, target, plan="draft_plan"):
    return getattr(side_of(w, target), plan).revision


LEADER_ONLY = (LEADER,)

# Plan views refuse a member whose role may not do it with a message on the
# plan page (planning.plan_views._refused); strangers get 404.
plan_leader_get = school_people(200, only=LEADER_ONLY, refused=REDIRECT)
plan_leader_post = school_people(Acts(), only=LEADER_ONLY, refused=REDIRECT)
# An edit form that was filled in: workflow.change refuses it with 403.
plan_edit_post = school_people(Acts(), only=LEADER_ONLY, refused=403)
# A view that takes POST only answers a GET with 405 before it runs (after
# sending an anonymous visitor to sign in, where it asks for an account).
post_only = signed_in(405)
everyone_405 = everyone(405)


def reset_link(user) -> dict:
    return {
        "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
        "token": default_token_generator.make_token(user),
    }


def reset_confirm(role, target):
    """The link is the key: a valid one works for whoever holds it, until
    its account signs in again (the token covers the last sign-in)."""
    if target == "teacher_a" and role.name != "teacher_a":
        return REDIRECT
    return 200


def add_course_post(role, target):
    if role.anonymous:
        return LOGIN
    if not course_visible(role, target):
        return 404
    # The form offers only the plans the role leads: school A's plan id is
    # a form error to anyone but school A's leader.
    return Acts() if role.name == "leader_a" else 400


def delete_account_post(role, target):
    """Anyone may delete their own account, with its password; not staff
    (the editors remove those) nor a school's last leader (409)."""
    if role.anonymous:
        return LOGIN
    if role.staff or role.school_role == LEADER:
        return 409
    return Acts()


def reflect_post(role, target):
    if role.anonymous:
        return LOGIN
    if target == "teacher_b_kijkwijzer":
        # Another's kijkwijzer is no choice of the form.
        return Acts() if role.name == "teacher_b" else 400
    return Acts() if course_visible(role, target) else 404


def invitation_get(role, target):
    if target == "outsider":
        return 200 if role.anonymous else 403
    return 200 if role.name in ("anonymous", "teacher_a") else 403


def invitation_post(role, target):
    if role.anonymous:
        return LOGIN
    if target == "teacher_a" and role.name == "teacher_a":
        return Acts()
    return 403


def start_plan_post(role, target):
    if role.anonymous:
        return LOGIN
    school_role = role.role_at(target)
    if school_role is None:
        return 404
    # A member who is no leader is refused by the workflow, with a message.
    return Acts() if school_role == LEADER else REDIRECT


# A page for everyone, the same whoever asks.
PUBLIC = Route(public=True)

SITE_ROUTES = {
    "home": PUBLIC,
    "healthz": PUBLIC,
    "ping": PUBLIC,
    "favicon": Route(get=everyone(REDIRECT), public=True),
    "login": PUBLIC,
    # Signing out is a POST (Django's LogoutView).
    "logout": Route(get=everyone_405),
    "password_reset": PUBLIC,
    "password_reset_done": PUBLIC,
    "privacy": PUBLIC,
    # One's own account: its page, a copy of one's data, deleting it.
    "account": Route(get=signed_in(200)),
    "my_data": Route(get=signed_in(200)),
    "delete_account": Route(
        get=post_only,
        post=delete_account_post,
        data=lambda w, target: {"password": PASSWORD},
    ),
    # Public uploads: provider logos only, never anything else under the
    # media folder (minutes PDFs are in private storage, not there at all).
    "media": Route(
        public=True,
        targets={
            "logo": lambda w: {"path": w.logo},
            "minutes": lambda w: {"path": w.a.decision.minutes_pdf.name},
        },
        get=lambda role, target: 200 if target == "logo" else 404,
    ),
    "password_reset_confirm": Route(
        targets={
            "teacher_a": lambda w: w.reset_link,
            "forged": lambda w: {"uidb64": "MTIzNDU2", "token": "abc-0123456789abcdef"},
        },
        get=reset_confirm,
    ),
    "password_reset_complete": PUBLIC,
    "signup": Route(get=lambda role, target: 200 if role.anonymous else REDIRECT),
    "signup_done": PUBLIC,
    "resend_confirmation": Route(
        get=everyone_405,
        post=lambda role, target: LOGIN if role.anonymous else REDIRECT,
    ),
    "confirm_email": Route(
        targets={
            "newcomer": lambda w: {"token": tokens.make_token(w.newcomer)},
            "forged": lambda w: {"token": "niet-echt"},
        },
        get=lambda role, target: REDIRECT if target == "newcomer" else 400,
        get_writes=True,
        public=True,
    ),
    "set_language": Route(get=everyone(REDIRECT), public=True),
    # -- the catalogue and providers
    "catalogue:course_list": PUBLIC,
    "catalogue:feed": PUBLIC,
    "catalogue:course_detail": Route(
        targets=COURSES, get=by_course(200), public=frozenset({"published"})
    ),
    "catalogue:course_calendar": Route(
        targets=COURSES, get=by_course(200), public=frozenset({"published"})
    ),
    # Reports are about published courses only, whoever asks.
    "catalogue:course_report": Route(
        public=True,
        targets=COURSES,
        get=lambda role, target: 200 if target == "published" else 404,
        post=lambda role, target: Acts() if target == "published" else 404,
        data=lambda w, target: {
            "reason": Complaint.Reason.WRONG_INFORMATION,
            "description": "De datum klopt niet.",
            "email": "melder@example.com",
        },
    ),
    "providers:list": PUBLIC,
    "providers:detail": Route(
        public=True,
        targets={
            "a": lambda w: {"slug": w.a.provider.slug},
            "inactive": lambda w: {"slug": w.inactive_provider.slug},
        },
        get=lambda role, target: 200 if target == "a" else 404,
    ),
    "providers:report": Route(
        public=True,
        targets={
            "a": lambda w: {"slug": w.a.provider.slug},
            "inactive": lambda w: {"slug": w.inactive_provider.slug},
        },
        get=lambda role, target: 200 if target == "a" else 404,
        post=lambda role, target: Acts() if target == "a" else 404,
        data=lambda w, target: {
            "reason": Complaint.Reason.WRONG_INFORMATION,
            "description": "Het adres klopt niet.",
            "email": "melder@example.com",
        },
    ),
    # -- the kijkwijzer
    "planning:kijkwijzer": Route(),
    # Anyone may start one: in the database when signed in, else in the
    # session (which is no write this test counts).
    "planning:start": Route(
        get=everyone_405,
        post=lambda role, target: REDIRECT if role.anonymous else Acts(),
    ),
    # Without a kijkwijzer in the session, both send to the start page.
    "planning:draft_step": Route(
        targets={"": lambda w: {"number": 1}}, get=everyone(REDIRECT)
    ),
    "planning:draft_result": Route(get=everyone(REDIRECT)),
    "planning:save_draft": Route(get=signed_in(REDIRECT), post=signed_in(REDIRECT)),
    # A teacher's kijkwijzer: 404 to anyone else, signed in or not.
    "planning:result": Route(
        targets=side_a(lambda s: {"pk": s.kijkwijzer.pk}), get=owner(200, 404)
    ),
    "planning:step": Route(
        targets=side_a(lambda s: {"pk": s.kijkwijzer.pk, "number": 1}),
        get=owner(200, 404),
        post=owner(Acts(), 404),
        data=lambda w, target: {
            answer_field(w.k.leervraag): "Een nieuwe leervraag",
            answer_field(w.k.domein): [w.k.language.pk],
        },
    ),
    "planning:rename": Route(
        targets=side_a(lambda s: {"pk": s.kijkwijzer.pk}),
        get=owner(200),
        post=owner(Acts()),
        data=lambda w, target: {"title": "Hernoemd"},
    ),
    "planning:duplicate": Route(
        targets=side_a(lambda s: {"pk": s.kijkwijzer.pk}),
        get=post_only,
        post=owner(Acts()),
    ),
    "planning:delete": Route(
        targets=side_a(lambda s: {"pk": s.kijkwijzer.pk}),
        get=owner(200),
        post=owner(Acts()),
    ),
    "planning:share": Route(
        targets=side_a(lambda s: {"pk": s.kijkwijzer.pk}),
        get=post_only,
        post=owner(Acts()),
        data=lambda w, target: {"share": "on"},
    ),
    # The share link is the key; a revoked or made-up one is nothing.
    "planning:shared": Route(
        public=True,
        targets={
            "a": lambda w: {"token": w.a.shared.share_token},
            "revoked": lambda w: {"token": "ingetrokken-" + "x" * 30},
        },
        get=lambda role, target: 200 if target == "a" else 404,
    ),
    "planning:mine": Route(get=signed_in(200)),
    "planning:reflection": Route(
        targets=side_a(lambda s: {"pk": s.reflection.pk}),
        get=owner(200),
        post=owner(Acts()),
        data=lambda w, target: {"applied": "Meer", "effect": "yes"},
    ),
    "planning:delete_reflection": Route(
        targets=side_a(lambda s: {"pk": s.reflection.pk}),
        get=owner(200),
        post=owner(Acts()),
    ),
    # A course held against one's own kijkwijzer; asking for teacher B's by
    # its id is 404 to anyone but teacher B.
    "planning:course_check": Route(
        targets={**COURSES, "teacher_b_kijkwijzer": COURSES["published"]},
        get=lambda role, target: (
            (200 if role.name == "teacher_b" else 404)
            if target == "teacher_b_kijkwijzer"
            else by_course(200)(role, target)
        ),
        query=lambda w, target: (
            {"kijkwijzer": w.b.kijkwijzer.pk}
            if target == "teacher_b_kijkwijzer"
            else {}
        ),
    ),
    # A reflection on any course the role may see is the role's own; it may
    # name one of one's own kijkwijzers only.
    "planning:reflect": Route(
        targets={**COURSES, "teacher_b_kijkwijzer": COURSES["published"]},
        get=lambda role, target: by_course(200, anonymous=LOGIN)(
            role, "published" if target == "teacher_b_kijkwijzer" else target
        ),
        post=reflect_post,
        data=lambda w, target: {
            "applied": "Veel",
            "effect": "partly",
            **(
                {"kijkwijzer": w.b.kijkwijzer.pk}
                if target == "teacher_b_kijkwijzer"
                else {}
            ),
        },
    ),
    # -- schools
    "planning:school": Route(
        targets=sided(lambda s: {"pk": s.school.pk}), get=school_people(200)
    ),
    # What only leaders may do answers 404 to the school's other people too.
    "planning:school_invite": Route(
        targets=side_a(lambda s: {"pk": s.school.pk}),
        get=post_only,
        post=school_people(Acts(), only=LEADER_ONLY),
        data=lambda w, target: {
            "invite-email": "nieuwe.collega@example.com",
            "invite-role": MEMBER,
        },
    ),
    "planning:school_withdraw_invitation": Route(
        targets=side_a_and_mixed(
            lambda s, item: {"pk": s.school.pk, "invitation_pk": item.invitation.pk}
        ),
        get=post_only,
        post=or_mixed(school_people(Acts(), only=LEADER_ONLY)),
    ),
    "planning:school_change_role": Route(
        targets=side_a_and_mixed(
            lambda s, item: {"pk": s.school.pk, "membership_pk": item.membership.pk}
        ),
        get=post_only,
        post=or_mixed(school_people(Acts(), only=LEADER_ONLY)),
        data=lambda w, target: {"role": LEADER},
    ),
    "planning:school_remove_member": Route(
        targets=side_a_and_mixed(
            lambda s, item: {"pk": s.school.pk, "membership_pk": item.membership.pk}
        ),
        get=or_mixed(school_people(200, only=LEADER_ONLY)),
        post=or_mixed(school_people(Acts(), only=LEADER_ONLY)),
    ),
    "planning:school_add_means": Route(
        targets=side_a(lambda s: {"pk": s.school.pk}),
        get=post_only,
        post=school_people(Acts(), only=LEADER_ONLY),
        data=lambda w, target: {
            "means-year": str(w.year),
            "means-kind": "allocation",
            "means-amount": "500",
        },
    ),
    "planning:school_delete_means": Route(
        targets=side_a_and_mixed(
            lambda s, item: {"pk": s.school.pk, "means_pk": item.means.pk}
        ),
        get=post_only,
        post=or_mixed(school_people(Acts(), only=LEADER_ONLY)),
    ),
    "planning:team_needs": Route(
        targets=side_a(lambda s: {"pk": s.school.pk}),
        get=school_people(200, only=LEADER_ONLY),
    ),
    # The invitation link is the key, but only for its own address.
    "planning:invitation": Route(
        targets={
            "outsider": lambda w: {"token": w.a.invitation.token},
            "teacher_a": lambda w: {"token": w.invitation_for_teacher_a.token},
        },
        get=invitation_get,
        post=invitation_post,
    ),
    # One's own kijkwijzer, with one's own school only.
    "planning:share_with_school": Route(
        targets={
            **side_a(lambda s: {"pk": s.kijkwijzer.pk}),
            "a_with_b": lambda w: {"pk": w.a.kijkwijzer.pk},
        },
        get=post_only,
        post=or_mixed(owner(Acts())),
        data=lambda w, target: {
            "school": getattr(w, target[-1]).school.pk,
            "action": "share",
        },
    ),
    # -- the school plan
    "planning:school_plan": Route(),
    "planning:start_plan": Route(
        targets=side_a(lambda s: {"school_pk": s.school.pk}),
        get=post_only,
        post=start_plan_post,
        data=lambda w, target: {"year": str(w.year)},
    ),
    "planning:plan": Route(
        targets=sided(lambda s: {"pk": s.draft_plan.pk}), get=school_people(200)
    ),
    "planning:plan_print": Route(
        targets=sided(lambda s: {"pk": s.draft_plan.pk}), get=school_people(200)
    ),
    "planning:edit_part": Route(
        targets=side_a(lambda s: {"pk": s.draft_plan.pk, "part": "needs"}),
        get=plan_leader_get,
        post=plan_edit_post,
        data=lambda w, target: {
            "revision": revision(w, target),
            "institution_needs": "Meer samen leren.",
        },
    ),
    "planning:add_priority": Route(
        targets=side_a(lambda s: {"pk": s.draft_plan.pk}),
        get=plan_leader_get,
        post=plan_edit_post,
        data=lambda w, target: {
            "revision": revision(w, target),
            "title": "Nieuwe prioriteit",
            "term": "short",
        },
    ),
    "planning:edit_priority": Route(
        targets=side_a_and_mixed(
            lambda s, item: {"pk": s.draft_plan.pk, "priority_pk": item.priority.pk}
        ),
        get=or_mixed(plan_leader_get),
        post=or_mixed(plan_edit_post),
        data=lambda w, target: {
            "revision": revision(w, target),
            "title": "Anders",
            "term": "long",
        },
    ),
    "planning:add_activity": Route(
        targets=side_a(lambda s: {"pk": s.draft_plan.pk}),
        get=plan_leader_get,
        post=plan_edit_post,
        data=lambda w, target: {
            "revision": revision(w, target),
            "kind": Activity.Kind.INTERNAL,
            "internal_kind": Activity.Internal.LESSON_STUDY,
            "title": "Lesson study",
            "participant_count": 4,
            "cost": "0",
        },
    ),
    "planning:edit_activity": Route(
        targets=side_a_and_mixed(
            lambda s, item: {"pk": s.draft_plan.pk, "activity_pk": item.activity.pk}
        ),
        get=or_mixed(plan_leader_get),
        post=or_mixed(plan_edit_post),
        data=lambda w, target: {
            "revision": revision(w, target),
            "kind": Activity.Kind.INTERNAL,
            "internal_kind": Activity.Internal.INTERVISION,
            "title": "Intervisie, anders",
            "participant_count": 6,
            "cost": "0",
        },
    ),
    # The year-end follow-up, on the approved plan. Who may write it is
    # asked before the activity is looked up.
    "planning:follow_up": Route(
        targets=side_a_and_mixed(
            lambda s, item: {
                "pk": s.approved.pk,
                "activity_pk": item.approved_activity.pk,
            }
        ),
        get=or_mixed(
            plan_leader_get, school_people(404, only=LEADER_ONLY, refused=REDIRECT)
        ),
        post=or_mixed(
            plan_leader_post, school_people(404, only=LEADER_ONLY, refused=REDIRECT)
        ),
        data=lambda w, target: {"done": "done", "effect": "Goed."},
    ),
    "planning:delete_item": Route(
        targets=side_a_and_mixed(
            lambda s, item: {
                "pk": s.draft_plan.pk,
                "kind": "prioriteit",
                "item_pk": item.priority.pk,
            }
        ),
        get=or_mixed(plan_leader_get),
        post=or_mixed(plan_leader_post),
        data=lambda w, target: {"revision": revision(w, target)},
    ),
    # Every member may comment.
    "planning:comment": Route(
        targets=sided(lambda s: {"pk": s.draft_plan.pk}),
        get=post_only,
        post=school_people(Acts()),
        data=lambda w, target: {"text": "Goed plan."},
    ),
    "planning:submit": Route(
        targets=sided(lambda s: {"pk": s.draft_plan.pk}),
        get=post_only,
        post=plan_leader_post,
    ),
    # The secretary of the LOC (school A) or the chair of the staff meeting
    # (school B) decides; a leader may not approve their own plan.
    "planning:decide": Route(
        targets=sided(lambda s: {"pk": s.submitted.pk}),
        get=post_only,
        post=school_people(Acts(), only=(SECRETARY,), refused=REDIRECT),
        data=lambda w, target: {
            "outcome": Decision.Outcome.APPROVED,
            "meeting_date": today().isoformat(),
        },
    ),
    "planning:new_version": Route(
        targets=side_a(lambda s: {"pk": s.approved.pk}),
        get=post_only,
        post=plan_leader_post,
    ),
    "planning:next_year": Route(
        targets=side_a(lambda s: {"pk": s.approved.pk}),
        get=post_only,
        post=plan_leader_post,
    ),
    "planning:compare": Route(
        targets=sided(lambda s: {"pk": s.submitted.pk}), get=school_people(200)
    ),
    "planning:minutes": Route(
        targets={
            **side_a_and_mixed(
                lambda s, item: {"pk": s.approved.pk, "decision_pk": item.decision.pk}
            ),
            "b": lambda w: {"pk": w.b.approved.pk, "decision_pk": w.b.decision.pk},
        },
        get=or_mixed(school_people(200)),
    ),
    "planning:evaluate": Route(
        targets=side_a(lambda s: {"pk": s.approved.pk}),
        get=plan_leader_get,
        post=plan_leader_post,
        data=lambda w, target: {"evaluation": "Een goed jaar."},
    ),
    "planning:add_course": Route(
        targets=COURSES,
        get=by_course(200, anonymous=LOGIN),
        post=add_course_post,
        data=lambda w, target: {"plan": w.a.draft_plan.pk, "participant_count": 2},
    ),
}


# -- the admin's own pages ---------------------------------------------------------


def admin_page(staff=200, editor=200, non_staff=ADMIN_LOGIN) -> Rule:
    def rule(role, target):
        if role.editor:
            return editor
        if role.provider:
            return staff
        return non_staff

    return rule


def content_type_route(w, target):
    course = side_of(w, target.removeprefix("draft_")).draft
    return {
        "content_type_id": ContentType.objects.get_for_model(Course).pk,
        "object_id": course.pk,
    }


def view_on_site(role, target):
    """The admin's "view on site" finds only what the role may see in the
    admin (nw.admin_site)."""
    if not role.staff:
        return ADMIN_LOGIN
    return REDIRECT if course_visible(role, target) else 404


def app_index(role, target):
    """An app's admin page lists the models the role may use; an app
    without any answers 404."""
    if not role.staff:
        return ADMIN_LOGIN
    usable = [
        label
        for label, model in ADMIN_MODELS.items()
        if label.split(".")[0] == target
        and (model.editor if role.editor else model.staff)
    ]
    return 200 if usable else 404


AUTOCOMPLETE = {
    # A course's trainers: provider staff see their own provider's only.
    "trainers": {
        "app_label": "catalogue",
        "model_name": "course",
        "field_name": "trainers",
    },
    # People to add to a provider: editors only.
    "users": {
        "app_label": "providers",
        "model_name": "providermembership",
        "field_name": "user",
    },
}


def autocomplete(role, target):
    if not role.staff:
        return ADMIN_LOGIN
    if target == "users":
        return 200 if role.editor else 403
    return 200


ADMIN_SITE_ROUTES = {
    "admin:index": Route(get=admin_page(non_staff=ADMIN_LOGIN)),
    # Signed in without staff status, the sign-in page says so (200);
    # staff are sent on to the index.
    "admin:login": Route(
        get=admin_page(staff=REDIRECT, editor=REDIRECT, non_staff=200)
    ),
    # Signing out is a POST; a GET by staff is refused, anyone else is
    # sent to the admin's index (which sends them to sign in).
    "admin:logout": Route(get=admin_page(staff=405, editor=405, non_staff=REDIRECT)),
    "admin:password_change": Route(get=admin_page()),
    "admin:password_change_done": Route(get=admin_page()),
    "admin:jsi18n": Route(get=admin_page()),
    "admin:autocomplete": Route(
        targets={"trainers": lambda w: {}, "users": lambda w: {}},
        get=autocomplete,
        query=lambda w, target: {**AUTOCOMPLETE[target], "term": ""},
    ),
    "admin:view_on_site": Route(
        targets={
            "draft_a": lambda w: content_type_route(w, "draft_a"),
        },
        get=view_on_site,
    ),
    # An app staff use, one for editors, one for nobody but superusers.
    "admin:app_list": Route(
        targets={
            app: (lambda w, app=app: {"app_label": app})
            for app in ("catalogue", "taxonomy", "accounts", "auth")
        },
        get=app_index,
    ),
    # A user's password, changed by whoever may change the user.
    "admin:auth_user_password_change": Route(
        targets={
            "teacher": lambda w: {"id": w.a.teacher.pk},
            "superuser": lambda w: {"id": w.root.pk},
        },
        get=admin_rule(ADMIN_MODELS["accounts.user"], "change"),
    ),
}


# URL name -> its AdminModel, for the model routes.
ADMIN_ROUTE_MODELS: dict[str, AdminModel] = {}


def admin_model_routes() -> dict[str, Route]:
    """Each registered model's admin URLs, built from ADMIN_MODELS."""
    routes = {}
    for label, model in ADMIN_MODELS.items():
        prefix = "admin:" + label.replace(".", "_")
        for view in ("changelist", "add", "change", "delete", "history"):
            ADMIN_ROUTE_MODELS[f"{prefix}_{view}"] = model
        routes[f"{prefix}_changelist"] = Route(get=admin_rule(model, "changelist"))
        routes[f"{prefix}_add"] = Route(
            get=admin_rule(model, "add"),
            post=_refusals_only(admin_rule(model, "add", "post")),
        )
        object_targets = {
            name: (lambda w, build=build: {"object_id": build(w).pk})
            for name, build in model.targets.items()
        }
        for view in ("change", "delete", "history"):
            post = None
            if view in ("change", "delete"):
                post = _refusals_only(admin_rule(model, view, "post"))
            routes[f"{prefix}_{view}"] = Route(
                targets=object_targets, get=admin_rule(model, view), post=post
            )
        for view in model.extra_views:
            routes[f"{prefix}_{view}"] = Route(get=admin_rule(model, view))
    return routes


def _refusals_only(rule: Rule) -> Rule:
    """Admin POSTs are tried by the roles that may not act only: what a
    valid admin form is, is the admin tests' business. None: not tried."""

    def only_refusals(role, target):
        expected = rule(role, target)
        return None if isinstance(expected, Acts) else expected

    return only_refusals


ROUTES: dict[str, Route] = {
    **SITE_ROUTES,
    **ADMIN_SITE_ROUTES,
    **admin_model_routes(),
}


# -- running the matrix --------------------------------------------------------------

# Rows the site writes on any request: not a change a POST asked for.
BOOKKEEPING_TABLES = {"django_session"}
WRITE = re.compile(r'\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.I)


class TablesWritten(set):
    """The tables the statements run meanwhile write to. An execute wrapper
    sees each statement before it runs, without formatting its parameters
    as Django's query log does (which costs a query of its own on SQLite)."""

    def __call__(self, execute, sql, params, many, context):
        match = WRITE.match(sql)
        if match and match[1] not in BOOKKEEPING_TABLES:
            self.add(match[1])
        return execute(sql, params, many, context)


class PlainClient(Client):
    """The test client without what it records for assertions on templates
    and contexts, which the matrix does not read: copying every template's
    context is a fifth of the time of an admin page. Exceptions become the
    500 page (raise_request_exception=False)."""

    def __init__(self):
        super().__init__(raise_request_exception=False)

    def request(self, **request):
        response = self.handler(self._base_environ(**request))
        if response.cookies:
            self.cookies.update(response.cookies)
        return response


class Visitor:
    """A browser signed in as one role. A request that should write runs in
    a savepoint that is rolled back, so every request meets the same world,
    and the browser's cookies are put back after each (a message, a new
    session)."""

    def __init__(self, world, role: Role):
        self.world, self.role = world, role
        self.client = PlainClient()
        user = world.users[role.name]
        if user is not None:
            # A copy: signing in sets last_login on the object it is given,
            # and the world's objects are shared by the module's tests
            # (a password reset token depends on last_login).
            self.client.force_login(type(user).objects.get(pk=user.pk))
        self.cookies = self.client.cookies
        self.secrets = [text for text, may in secrets(world) if not may(role)]

    def request(self, method, url, data=None, *, rollback=True):
        self.client.cookies = type(self.cookies)(self.cookies)
        written = TablesWritten()
        with connection.execute_wrapper(written):
            if rollback:
                with transaction.atomic():
                    response = getattr(self.client, method)(url, data or {})
                    transaction.set_rollback(True)
            else:
                response = getattr(self.client, method)(url, data or {})
        # Reading a streamed file to its end closes it the way the test
        # client expects (closing it directly would close the connection).
        content = (
            b"".join(response.streaming_content)
            if response.streaming
            else response.content
        )
        body = content.decode(errors="replace")
        leaks = [text for text in self.secrets if text in body]
        return outcome(response), written, leaks

    def check(self, name, route, target, method) -> list[str]:
        """What differs from the matrix for one case, as sentences."""
        w, role = self.world, self.role
        url = w.urls.get((name, target))
        if url is None:
            url = w.urls[name, target] = reverse(name, kwargs=route.targets[target](w))
        where = f"{method.upper()} {name} [{target or '-'}] {url}"
        if method == "get":
            # A GET changes nothing, except following a link that confirms
            # an address; only those need the savepoint.
            expected = route.get(role, target)
            expect_writes = None if route.get_writes else False
            data = route.query(w, target) if route.query else None
        else:
            expected, expect_writes = expected_post(route.post(role, target))
            data = route.data(w, target) if route.data else None
        # Only what should write runs in a savepoint that is rolled back; a
        # refusal that writes anyway is reported, and the test's own
        # savepoint undoes it before the next role.
        rollback = expect_writes is not False
        got, written, leaks = self.request(method, url, data, rollback=rollback)
        problems = []
        if got != expected:
            problems.append(f"{where}: expected {expected!r}, got {got!r}")
        if expect_writes is True and not written:
            problems.append(f"{where}: should act, wrote nothing")
        if expect_writes is False and written:
            problems.append(
                f"{where}: changed nothing asked, yet wrote to {sorted(written)}"
            )
        if leaks:
            problems.append(f"{where}: shows {leaks}")
        return problems


# Some answers cannot depend on who asks, by how the site is built. Those
# URLs are asked by one role of each kind (REPRESENTATIVES) rather than by
# all ten, which keeps the matrix within its time:
# * the admin's gate (AdminSite.admin_view) lets in active staff accounts
#   only, before any admin view runs and whatever the method, and reads
#   nothing else about the person. Anonymous visitors are asked every admin
#   URL by GET and POST; the school roles, the admin's own pages and each
#   model's change list;
# * a page for everyone (Route.public) shows nothing personal: one role per
#   kind of header (none, a provider's, an editor's) asks it;
# * a view that takes POST only answers GET with 405 before it runs;
# * an admin add or delete page refused on GET (403) is refused on POST by
#   the same permission check, made before the view looks at the method;
# * a POST that acts is asked of the first role (in ROLES) that may act on
#   that object, which shows the data sent is what the view takes; every
#   role that may not act is asked whether it is refused.
REPRESENTATIVES = {"anonymous", "teacher_a", "staff_a", "editor"}


def first_to_act(route: Route, target: str) -> str | None:
    for role in ROLES.values():
        if isinstance(route.post(role, target), Acts):
            return role.name
    return None


def cases(name: str, route: Route, role: Role):
    """The (target, method) pairs a role is asked about.

    A role of neither side (anonymous, the editor) sees side A's and side
    B's objects alike: it is asked about side A's only. "a_with_b" is asked
    by side A's roles: to anyone else school A's page itself is not there.
    """
    representative = role.name in REPRESENTATIVES
    ask_get = representative or route.get not in (post_only, everyone_405)
    ask_post = route.post is not None
    if name.startswith("admin:") and not role.staff:
        ask_post = ask_post and role.anonymous
        if not role.anonymous and not (
            name in ADMIN_SITE_ROUTES or name.endswith("_changelist")
        ):
            return
    # The editors' own models check Django's model permissions, which no
    # provider staff have, and never look at the provider: staff A is asked
    # all their URLs, staff B their change lists.
    model = ADMIN_ROUTE_MODELS.get(name)
    if (
        role.name == "staff_b"
        and model is not None
        and model.staff is None
        and not name.endswith("_changelist")
    ):
        return
    for target in route.targets:
        if role.side is None and target.removeprefix("draft_") == "b":
            continue
        if target == "a_with_b" and role.side != "a":
            continue
        public = route.public is True or target in (route.public or ())
        if ask_get and (representative or not public):
            yield target, "get"
        answer = route.post(role, target) if ask_post else None
        if answer is None:
            continue
        if name.endswith(("_add", "_delete")) and route.get(role, target) == 403:
            continue
        if not isinstance(answer, Acts) or first_to_act(route, target) == role.name:
            yield target, "post"


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """One world for all the module's tests: building it costs more than
    asking for a role's pages. It lives in a transaction of its own that is
    rolled back after the module; each test runs in a savepoint inside it."""
    private = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": tmp_path_factory.mktemp("private"), "base_url": None},
    }
    media = tmp_path_factory.mktemp("media")
    (media / "logos").mkdir()
    (media / "logos" / "alfa-vorming.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    # Minutes PDFs and logos go to folders of the module's own.
    clear_caches()
    with (
        override_settings(
            STORAGES={**settings.STORAGES, "private": private}, MEDIA_ROOT=media
        ),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        world = build_world()
        world.logo = "logos/alfa-vorming.png"
        world.urls = {}  # (URL name, target) -> URL, built once
        # The search index is refreshed when a transaction commits, which
        # this one never does.
        index.flush()
        yield world
        transaction.set_rollback(True)
    # The next module's database starts from the catalogue version this
    # one started from: nothing cached here may look current there.
    clear_caches()


def clear_caches():
    # Content type ids are cached per process; a transactional test's flush
    # on the same test process (xdist) gives them new ids.
    ContentType.objects.clear_cache()
    cache.clear()
    catalogue_cache.clear_local()
    facetindex.bitmaps.reset()


@pytest.fixture(autouse=True)
def empty_cache():
    """Replaces conftest's: the caches are emptied once for the module (in
    ``world``), not before each role. Every role sees the same world at the
    same catalogue version, so what one role's pages cached holds for the
    next, and computing the facets again for each is seconds of the run."""


# -- plain refusals --------------------------------------------------------------
# The role tests run on the site's own URLs with plain 403 and 404 pages
# (pytest.mark.urls): rendering the site's layout for the thousands of
# refusals here would be most of the matrix's time, and says nothing about
# who may see what. test_error_pages.py checks those pages themselves.

urlpatterns = site_urls.urlpatterns
handler400 = site_urls.handler400
handler500 = site_urls.handler500


def handler403(request, exception=None):
    return HttpResponseForbidden("403")


def handler404(request, exception=None):
    return HttpResponseNotFound("404")


with_plain_refusals = pytest.mark.urls(__name__)


@pytest.fixture
def quiet_request_log():
    """Every 403 and 404 is logged, with a traceback for a 403: thousands of
    them are most of the matrix's time. Errors (a 500) are still logged."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.ERROR)
    yield
    logger.setLevel(level)


@pytest.fixture
def cookie_sessions(settings):
    """Sessions in a signed cookie: one query less on every request, and
    where a session is kept plays no part in who may see what."""
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"


@with_plain_refusals
@pytest.mark.parametrize("role_name", list(ROLES))
def test_each_role_gets_what_the_matrix_says_on_every_url(
    db, world, quiet_request_log, cookie_sessions, role_name
):
    visitor = Visitor(world, ROLES[role_name])
    problems = []
    for name, route in ROUTES.items():
        for target, method in cases(name, route, visitor.role):
            problems += visitor.check(name, route, target, method)
    assert not problems, f"{len(problems)} cases differ for {role_name}:\n" + "\n".join(
        problems
    )


# -- every URL is in the matrix -------------------------------------------------------

# URL patterns without a name, which need no row, and why.
UNNAMED = {
    # Django's old address of an admin object: a redirect to its change page
    # (in the matrix), behind the same admin gate; it looks nothing up.
    r"admin/\w+/\w+/<path:object_id>/",
    # The admin's catch-all: adds a slash or answers 404; it shows nothing.
    r"admin/\(\?P<url>\.\*\)\$",
    # DEBUG only: the static error pages, for checking their layout.
    r"fouten/<int:code>/",
}


def walk(resolver, prefix="", namespace=""):
    """(URL name or None, route) of every pattern, included ones too."""
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = (
                f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            )
            yield from walk(pattern, route, inner)
        elif isinstance(pattern, URLPattern):
            yield (f"{namespace}{pattern.name}" if pattern.name else None), route


def test_every_url_is_in_the_matrix():
    found, unexplained = set(), []
    for name, route in walk(get_resolver()):
        if name is not None:
            found.add(name)
        elif not any(re.fullmatch(allowed, route) for allowed in UNNAMED):
            unexplained.append(route)
    assert not unexplained, f"URL patterns without a name or a reason: {unexplained}"
    assert sorted(found - ROUTES.keys()) == [], "URL names the matrix does not list"
    assert sorted(ROUTES.keys() - found) == [], "matrix rows for URLs that are gone"


def test_every_admin_model_is_in_the_matrix():
    registered = {model._meta.label_lower for model in admin.site._registry}
    assert registered == set(ADMIN_MODELS)
    for model in admin.site._registry:
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        for view in ("changelist", "add", "change", "delete", "history"):
            assert f"{prefix}_{view}" in ROUTES
