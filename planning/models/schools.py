"""Schools, their people and means, and the yearly professionalisation plan.

Who may do what with a plan is decided in one place, ``Plan.allowed``;
how a plan moves from draft to approved is ``planning.workflow``.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from catalogue.models import Course, Session
from taxonomy.models import EducationLevel, Theme

from .kijkwijzer import Response

# Who approves a plan: the school's lokaal comité or, without one, the
# general staff meeting. The labels carry their article for the sentences
# they appear in ("submit to the lokaal comité").
BODIES = [
    ("loc", _("the lokaal comité")),
    ("staff_meeting", _("the staff meeting")),
]
MAX_AMOUNT = Decimal("10000000")  # ten million euro: more is a typo
amount_validators = [MinValueValidator(Decimal("0")), MaxValueValidator(MAX_AMOUNT)]


@dataclass(frozen=True, order=True)
class SchoolYear:
    """A school year, 1 September to 31 August, written "2026-2027"."""

    start: int

    @classmethod
    def of(cls, day: date) -> SchoolYear:
        return cls(day.year if day.month >= 9 else day.year - 1)

    @classmethod
    def current(cls) -> SchoolYear:
        return cls.of(timezone.localdate())

    @classmethod
    def parse(cls, text: str) -> SchoolYear | None:
        match = re.fullmatch(r"(\d{4})-(\d{4})", str(text).strip())
        if not match or int(match[2]) != int(match[1]) + 1:
            return None
        return cls(int(match[1]))

    def __str__(self):
        return f"{self.start}-{self.start + 1}"

    @property
    def first_day(self) -> date:
        return date(self.start, 9, 1)

    @property
    def last_day(self) -> date:
        return date(self.start + 1, 8, 31)

    def next(self) -> SchoolYear:
        return SchoolYear(self.start + 1)

    def is_open_for_planning(self, today: date | None = None) -> bool:
        """A plan can be made for the current school year and the next one:
        not for a year long past, nor for one far ahead."""
        current = SchoolYear.of(today or timezone.localdate())
        return current.start <= self.start <= current.start + 1


# -- schools and their people --------------------------------------------------------


class SchoolQuerySet(models.QuerySet):
    def of(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(memberships__user=user).distinct()


class School(models.Model):
    name = models.CharField(_("name"), max_length=200)
    institution_number = models.CharField(
        _("institution number"),
        max_length=6,
        unique=True,
        help_text=_("The school's number with the Flemish education department."),
    )
    education_levels = models.ManyToManyField(
        EducationLevel, verbose_name=_("education levels"), blank=True, related_name="+"
    )
    has_local_committee = models.BooleanField(
        _("has a lokaal comité"),
        default=True,
        help_text=_(
            "The lokaal comité approves the plan; without one, the staff meeting does."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = SchoolQuerySet.as_manager()

    class Meta:
        verbose_name = _("school")
        verbose_name_plural = _("schools")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        if not re.fullmatch(r"\d{5,6}", self.institution_number or ""):
            raise ValidationError(
                {
                    "institution_number": _(
                        "An institution number has five or six digits."
                    )
                }
            )

    @property
    def body(self) -> str:
        """Who approves the plan (Decision.Body)."""
        return "loc" if self.has_local_committee else "staff_meeting"

    @property
    def approving_body(self) -> str:
        """The approving body, as the text shows it ("the lokaal comité")."""
        return str(dict(BODIES)[self.body])

    def role_of(self, user) -> str | None:
        if not user.is_authenticated:
            return None
        return self.memberships.filter(user=user).values_list("role", flat=True).first()

    def people(self, role: str):
        from nw.accounts.models import User

        return User.objects.filter(
            school_memberships__school=self, school_memberships__role=role
        )

    def means(self, year: SchoolYear) -> Decimal:
        total = self.means_entries.filter(year=year.start).aggregate(s=Sum("amount"))
        return total["s"] or Decimal("0")


class Membership(models.Model):
    class Role(models.TextChoices):
        LEADER = "leader", _("School leader")
        MEMBER = "member", _("Team member")
        SECRETARY = "secretary", _("Secretary of the approving body")

    school = models.ForeignKey(
        School,
        verbose_name=_("school"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="school_memberships",
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)

    class Meta:
        verbose_name = _("school membership")
        verbose_name_plural = _("school memberships")
        ordering = ["school", "role", "user__email"]
        constraints = [
            models.UniqueConstraint(
                fields=["school", "user"], name="one_role_per_school"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.school} ({self.get_role_display()})"

    def is_last_leader(self) -> bool:
        """Whether taking this membership away (or its leader role) would
        leave the school without a leader, who alone can invite anyone again.

        Call it inside a transaction that has locked the school's row (see
        school_views.locked_school): two leaders demoting each other at once
        must not both succeed."""
        if self.role != self.Role.LEADER:
            return False
        others = Membership.objects.filter(
            school=self.school_id, role=self.Role.LEADER
        ).exclude(pk=self.pk)
        return not others.exists()

    def role_label(self) -> str:
        """The secretary's title depends on the school's approving body."""
        if self.role == self.Role.SECRETARY and not self.school.has_local_committee:
            return str(_("Chair of the staff meeting"))
        if self.role == self.Role.SECRETARY:
            return str(_("Secretary of the lokaal comité"))
        return self.get_role_display()


def new_token() -> str:
    return secrets.token_urlsafe(32)


class InvitationQuerySet(models.QuerySet):
    def open(self):
        since = timezone.now() - timedelta(days=settings.INVITATION_DAYS)
        return self.filter(accepted_at__isnull=True, created_at__gte=since)


class Invitation(models.Model):
    school = models.ForeignKey(
        School, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("email address"))
    role = models.CharField(_("role"), max_length=10, choices=Membership.Role.choices)
    token = models.CharField(max_length=64, unique=True, default=new_token)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

    @property
    def expires_at(self):
        return self.created_at + timedelta(days=settings.INVITATION_DAYS)

    @property
    def is_open(self) -> bool:
        return self.accepted_at is None and timezone.now() < self.expires_at


class Means(models.Model):
    """Money for professional development in one school year: the
    allocation (often in instalments) and the reserve carried over."""

    class Kind(models.TextChoices):
        ALLOCATION = "allocation", _("Allocation")
        RESERVE = "reserve", _("Reserve from last year")

    school = models.ForeignKey(
        School, on_delete=models.CASCADE, related_name="means_entries"
    )
    year = models.PositiveSmallIntegerField(_("school year"))
    kind = models.CharField(
        _("kind"), max_length=10, choices=Kind.choices, default=Kind.ALLOCATION
    )
    label = models.CharField(_("description"), max_length=120, blank=True)
    amount = models.DecimalField(
        _("amount (euro)"),
        max_digits=10,
        decimal_places=2,
        validators=amount_validators,
    )

    class Meta:
        verbose_name = _("professionalisation means")
        verbose_name_plural = _("professionalisation means")
        ordering = ["year", "kind", "pk"]

    def __str__(self):
        return f"{self.label or self.get_kind_display()}: {self.amount}"


class KijkwijzerShare(models.Model):
    """A teacher's kijkwijzer, shared with one of their schools. The school
    sees only what is shared, for as long as it is."""

    response = models.ForeignKey(
        Response, on_delete=models.CASCADE, related_name="school_shares"
    )
    school = models.ForeignKey(
        School, on_delete=models.CASCADE, related_name="kijkwijzer_shares"
    )
    shared_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["response", "school"], name="share_once_per_school"
            )
        ]

    def __str__(self):
        return f"{self.response} → {self.school}"


# -- the plan ------------------------------------------------------------------------


class PlanQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Plans of the user's schools: anyone else gets a 404."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(school__memberships__user=user).distinct()

    def latest_versions(self):
        newer = Plan.objects.filter(
            school=models.OuterRef("school"),
            year=models.OuterRef("year"),
            version__gt=models.OuterRef("version"),
        )
        return self.exclude(models.Exists(newer))


class Plan(models.Model):
    """One version of a school's plan for one school year."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted for approval")
        RETURNED = "returned", _("Returned")
        APPROVED = "approved", _("Approved")

    # The parts a leader edits one at a time: name → (title, fields).
    PARTS = {
        "needs": (_("Needs analysis"), ["institution_needs", "needs_themes"]),
        "onboarding": (_("Onboarding of starting teachers"), ["onboarding", "mentors"]),
        "study_day": (_("Pedagogical study day"), ["study_day"]),
        "implementation": (_("Implementation and sharing"), ["implementation"]),
        "consultation": (_("Team involvement"), ["consultation"]),
    }

    school = models.ForeignKey(
        School, verbose_name=_("school"), on_delete=models.CASCADE, related_name="plans"
    )
    year = models.PositiveSmallIntegerField(_("school year"))
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    previous = models.ForeignKey(
        "self",
        verbose_name=_("previous version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    institution_needs = models.TextField(
        _("Needs of the school"),
        blank=True,
        help_text=_(
            "What the school as a whole needs to learn, from its goals, its "
            "self-evaluation and the team's questions."
        ),
    )
    needs_themes = models.ManyToManyField(
        Theme, verbose_name=_("Themes of these needs"), blank=True, related_name="+"
    )
    onboarding = models.TextField(
        _("Initiatives for starting teachers"),
        blank=True,
        help_text=_("Introduction days, coaching, a network of starters …"),
    )
    mentors = models.TextField(
        _("Mentors"), blank=True, help_text=_("Who mentors whom, or which group.")
    )
    study_day = models.TextField(
        _("Theme of the pedagogical study day(s)"),
        blank=True,
        help_text=_("The theme the whole team works on, and when."),
    )
    implementation = models.TextField(
        _("How implementation and sharing are encouraged"),
        blank=True,
        help_text=_(
            "Time to try out and share what was learnt: team meetings, "
            "class visits, a follow-up moment …"
        ),
    )
    consultation = models.TextField(
        _("How and when the team was consulted"), blank=True
    )
    evaluation = models.TextField(
        _("Year-end evaluation"),
        blank=True,
        help_text=_("What the year brought, as input for next year's needs analysis."),
    )
    # Raised on every change: a form based on an older revision is refused.
    revision = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PlanQuerySet.as_manager()

    class Meta:
        verbose_name = _("plan")
        verbose_name_plural = _("plans")
        ordering = ["school", "-year", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["school", "year", "version"], name="one_plan_version"
            )
        ]

    def __str__(self):
        return _("Plan %(year)s of %(school)s, version %(version)s") % {
            "year": self.school_year,
            "school": self.school,
            "version": self.version,
        }

    @property
    def school_year(self) -> SchoolYear:
        return SchoolYear(self.year)

    @property
    def is_frozen(self) -> bool:
        """Submitted plans wait for their decision; approved ones are final."""
        return self.status in (self.Status.SUBMITTED, self.Status.APPROVED)

    def is_latest(self) -> bool:
        return not Plan.objects.filter(
            school=self.school_id, year=self.year, version__gt=self.version
        ).exists()

    def allowed(self, user, role: str | None = None) -> set[str]:
        """What ``user`` may do with this plan now. The one rule used by the
        views, the templates and the admin."""
        role = role if role is not None else self.school.role_of(user)
        if role is None:
            return set()
        can = {"view", "comment"}
        Role, Status = Membership.Role, self.Status
        latest = self.is_latest()
        if role == Role.LEADER:
            if self.status in (Status.DRAFT, Status.RETURNED) and latest:
                can |= {"edit", "submit"}
            if self.status == Status.APPROVED and latest:
                can |= {"new_version", "evaluate"}
            if self.status == Status.APPROVED:
                can.add("next_year")
        if role == Role.SECRETARY and self.status == Status.SUBMITTED:
            can.add("decide")
        return can

    def last_years_plan(self) -> Plan | None:
        """Last school year's approved plan: its evaluation and the effects
        of its activities feed this year's needs analysis."""
        return (
            Plan.objects.filter(
                school=self.school_id, year=self.year - 1, status=self.Status.APPROVED
            )
            .order_by("-version")
            .first()
        )

    # -- the budget ------------------------------------------------------------

    def costs(self) -> dict:
        """Costs per activity kind and per priority, the total, the means
        and what is left (negative when over)."""
        activities = list(self.activities.select_related("priority"))
        per_kind, per_priority = {}, {}
        for activity in activities:
            kind = activity.get_kind_display()
            per_kind[kind] = per_kind.get(kind, Decimal("0")) + activity.cost
            priority = (
                activity.priority.title if activity.priority else _("No priority")
            )
            per_priority[str(priority)] = (
                per_priority.get(str(priority), Decimal("0")) + activity.cost
            )
        total = sum((a.cost for a in activities), Decimal("0"))
        means = self.school.means(self.school_year)
        return {
            "per_kind": per_kind,
            "per_priority": per_priority,
            "total": total,
            "means": means,
            "left": means - total,
            "over": total > means,
        }


class Priority(models.Model):
    class Term(models.TextChoices):
        SHORT = "short", _("Short term (this school year)")
        LONG = "long", _("Long term (several years)")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="priorities")
    title = models.CharField(_("priority"), max_length=200)
    description = models.TextField(_("goals it serves"), blank=True)
    term = models.CharField(
        _("term"), max_length=5, choices=Term.choices, default=Term.SHORT
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="+"
    )
    achieved = models.BooleanField(
        _("achieved"),
        default=False,
        help_text=_("Achieved priorities are not carried to next year."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("priority")
        verbose_name_plural = _("priorities")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title


class Activity(models.Model):
    class Kind(models.TextChoices):
        CATALOGUE = "catalogue", _("Existing offer (aanbodgestuurd)")
        ON_DEMAND = "on_demand", _("Made to measure (vraaggestuurd)")
        INTERNAL = "internal", _("Internal: learning from colleagues")

    class Internal(models.TextChoices):
        LEARNING_COMMUNITY = "community", _("Professional learning community")
        CLASS_OBSERVATION = "observation", _("Class observation with feedback")
        LESSON_STUDY = "lesson_study", _("Lesson study")
        INTERVISION = "intervision", _("Intervision")
        STUDY_DAY = "study_day", _("Study day")

    class Done(models.TextChoices):
        DONE = "done", _("Done")
        PARTLY = "partly", _("Partly done")
        NOT_DONE = "not_done", _("Not done")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="activities")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    internal_kind = models.CharField(
        _("form"), max_length=12, choices=Internal.choices, blank=True
    )
    title = models.CharField(_("title"), max_length=300)
    course = models.ForeignKey(
        Course,
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    session = models.ForeignKey(
        Session,
        verbose_name=_("session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    organiser = models.CharField(_("organiser in the team"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    participants = models.CharField(
        _("participants"),
        max_length=300,
        blank=True,
        help_text=_("People or groups: “the whole team”, “maths department” …"),
    )
    participant_count = models.PositiveSmallIntegerField(
        _("number of participants"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(2000)],
    )
    starts_on = models.DateField(_("from"), null=True, blank=True)
    ends_on = models.DateField(_("until"), null=True, blank=True)
    cost = models.DecimalField(
        _("cost (euro)"),
        max_digits=10,
        decimal_places=2,
        default=Decimal("0"),
        validators=amount_validators,
    )
    priority = models.ForeignKey(
        Priority,
        verbose_name=_("priority it serves"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="activities",
    )
    # Year-end follow-up: filled in after the activity, also on an approved plan.
    done = models.CharField(
        _("carried out"), max_length=10, choices=Done.choices, blank=True
    )
    effect = models.TextField(_("effect observed"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["position", "starts_on", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        if self.kind == self.Kind.CATALOGUE and not self.course_id:
            errors["course"] = _("Choose the course from the catalogue.")
        if self.kind == self.Kind.ON_DEMAND and not self.organisation:
            errors["organisation"] = _("Name the organisation that makes it.")
        if self.kind == self.Kind.INTERNAL and not self.internal_kind:
            errors["internal_kind"] = _("Choose the form of this internal activity.")
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The end date must not be before the start date.")
        year = SchoolYear(self.plan.year) if self.plan_id else None
        for name in ("starts_on", "ends_on"):
            day = getattr(self, name)
            if year and day and not year.first_day <= day <= year.last_day:
                errors[name] = _("Choose a date in the school year %(year)s.") % {
                    "year": year
                }
        if errors:
            raise ValidationError(errors)

    def reflections(self):
        """Participants' after-course reflections on this activity's course."""
        from .kijkwijzer import CourseReflection

        if not self.course_id:
            return CourseReflection.objects.none()
        members = self.plan.school.memberships.values("user")
        return CourseReflection.objects.filter(course=self.course_id, owner__in=members)


class Comment(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    text = models.TextField(_("comment"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text[:60]


def private_storage():
    from django.core.files.storage import storages

    return storages["private"]


def minutes_path(decision, filename):
    return f"notulen/{decision.plan.school_id}/{decision.plan_id}-{secrets.token_hex(8)}.pdf"


class Decision(models.Model):
    class Outcome(models.TextChoices):
        APPROVED = "approved", _("Approved")
        RETURNED = "returned", _("Returned for changes")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="decisions")
    outcome = models.CharField(_("decision"), max_length=10, choices=Outcome.choices)
    body = models.CharField(_("body"), max_length=20, choices=BODIES)
    meeting_date = models.DateField(_("meeting date"))
    reasons = models.TextField(_("reasons"), blank=True)
    minutes = models.TextField(_("minutes"), blank=True)
    minutes_pdf = models.FileField(
        _("minutes (PDF)"), upload_to=minutes_path, storage=private_storage, blank=True
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["recorded_at", "pk"]

    def __str__(self):
        return f"{self.get_outcome_display()} {self.meeting_date}"


class PlanEvent(models.Model):
    """The plan's history: every transition and every edit."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    action = models.CharField(max_length=20)
    # An untranslated message with %(name)s placeholders filled from
    # ``params``, so the history reads in the reader's language.
    summary = models.CharField(max_length=300)
    params = models.JSONField(default=dict, blank=True)
    # {"model:field": [before, after]} for edits.
    changes = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["plan", "at"])]

    def __str__(self):
        return self.text

    @property
    def text(self) -> str:
        params = dict(self.params)
        if params.get("part") in Plan.PARTS:
            params["part"] = Plan.PARTS[params["part"]][0]
        if "body" in params:
            params["body"] = dict(BODIES).get(params["body"], params["body"])
        try:
            return gettext(self.summary) % params
        except (KeyError, TypeError, ValueError):
            return self.summary

    def changed_fields(self) -> list[tuple[str, str, str]]:
        """(label, before, after) per changed field, labels in the reader's
        language."""
        models_by_name = {
            "plan": Plan,
            "priority": Priority,
            "activity": Activity,
            "decision": Decision,
        }
        out = []
        for key, values in self.changes.items():
            model_name, _sep, field_name = key.partition(":")
            label = key
            model = models_by_name.get(model_name)
            if model is not None:
                try:
                    label = str(model._meta.get_field(field_name).verbose_name)
                except Exception:
                    label = field_name
            before, after = (
                (list(values) + ["", ""])[:2]
                if isinstance(values, list)
                else ("", values)
            )
            out.append((label, before, after))
        return out
