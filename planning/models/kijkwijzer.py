"""The kijkwijzer: a versioned questionnaire, teachers' answers to it, and
their reflections after a course.

A questionnaire is data that site editors keep in the admin. A published
version is frozen: answers refer to its questions by id, so an answer keeps
the meaning it had when it was given. Editors change the kijkwijzer by
making a new draft version (a copy) and publishing it.
"""

from __future__ import annotations

import secrets
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from catalogue.models import Course
from taxonomy.models import (
    Criterion,
    EducationLevel,
    Method,
    Province,
    TargetRole,
    Theme,
)

KIJKWIJZER = "kijkwijzer"
# The question whose answer is the teacher's learning question, in their words.
LEARNING_QUESTION = "leervraag"


def school_year_start(day: date) -> date:
    """1 September of the school year ``day`` falls in."""
    return date(day.year if day.month >= 9 else day.year - 1, 9, 1)


class QuestionnaireQuerySet(models.QuerySet):
    def kijkwijzer(self) -> Questionnaire:
        return self.get(slug=KIJKWIJZER)


class Questionnaire(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    title = models.CharField(_("title"), max_length=120)

    objects = QuestionnaireQuerySet.as_manager()

    class Meta:
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")

    def __str__(self):
        return self.title

    def current_version(self) -> QuestionnaireVersion | None:
        """The newest published version: the one new answers are given to."""
        return self.versions.published().order_by("-number").first()


class VersionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=QuestionnaireVersion.Status.PUBLISHED)

    def with_questions(self):
        """Sections, questions, choices and what the choices imply: nine
        queries, however long the questionnaire."""
        return self.prefetch_related(
            Prefetch(
                "sections",
                queryset=Section.objects.prefetch_related(
                    Prefetch(
                        "questions",
                        queryset=Question.objects.select_related(
                            "criterion"
                        ).prefetch_related(
                            Prefetch(
                                "choices",
                                queryset=Choice.objects.prefetch_related(*Choice.LINKS),
                            )
                        ),
                    )
                ),
            )
        )


class QuestionnaireVersion(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    questionnaire = models.ForeignKey(
        Questionnaire,
        verbose_name=_("questionnaire"),
        on_delete=models.CASCADE,
        related_name="versions",
    )
    number = models.PositiveIntegerField(_("version"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    intro = models.TextField(_("introduction"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    objects = VersionQuerySet.as_manager()

    class Meta:
        verbose_name = _("questionnaire version")
        verbose_name_plural = _("questionnaire versions")
        ordering = ["questionnaire", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "number"], name="unique_version_number"
            )
        ]

    def __str__(self):
        return _("%(questionnaire)s, version %(number)s") % {
            "questionnaire": self.questionnaire,
            "number": self.number,
        }

    @property
    def is_frozen(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def publish(self) -> None:
        if self.is_frozen:
            return
        if not Question.objects.filter(section__version=self).exists():
            raise ValidationError(_("A version without questions cannot be published."))
        self.status = self.Status.PUBLISHED
        self.published_at = timezone.now()
        self.save(update_fields=["status", "published_at"])

    @transaction.atomic
    def new_draft(self) -> QuestionnaireVersion:
        """A draft copy of this version, with the next number, to edit."""
        latest = self.questionnaire.versions.order_by("-number").first()
        draft = QuestionnaireVersion.objects.create(
            questionnaire=self.questionnaire,
            number=latest.number + 1,
            intro=self.intro,
        )
        for section in self.sections.all():
            questions = list(section.questions.all())
            section.pk, section.version = None, draft
            section.save()
            for question in questions:
                choices = list(question.choices.all())
                question.pk, question.section = None, section
                question.save()
                for choice in choices:
                    links = {
                        name: list(getattr(choice, name).all()) for name in Choice.LINKS
                    }
                    choice.pk, choice.question = None, question
                    choice.save()
                    for name, terms in links.items():
                        getattr(choice, name).set(terms)
        return draft

    def sections_in_order(self) -> list[Section]:
        """Sections with questions and choices (prefetched when loaded
        ``with_questions``)."""
        return list(self.sections.all())

    def questions(self) -> dict[int, Question]:
        return {q.pk: q for s in self.sections.all() for q in s.questions.all()}


class Section(models.Model):
    version = models.ForeignKey(
        QuestionnaireVersion,
        verbose_name=_("version"),
        on_delete=models.CASCADE,
        related_name="sections",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True)

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title


class Question(models.Model):
    class Kind(models.TextChoices):
        SINGLE = "single", _("One choice")
        MULTIPLE = "multiple", _("Several choices")
        SCALE = "scale", _("Scale: how important is this to me")
        TEXT = "text", _("Free text")

    # The scale's points; a wish counts from IMPORTANT up.
    SCALE = [
        (1, _("Not important")),
        (2, _("Somewhat important")),
        (3, _("Important")),
        (4, _("Very important")),
    ]
    IMPORTANT = 3

    section = models.ForeignKey(
        Section,
        verbose_name=_("section"),
        on_delete=models.CASCADE,
        related_name="questions",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    key = models.SlugField(
        _("key"),
        max_length=60,
        help_text=_(
            "Stays the same in every version, so answers can be compared "
            "across versions."
        ),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    text = models.CharField(_("question"), max_length=300)
    help_text = models.TextField(_("help text"), blank=True)
    required = models.BooleanField(_("required"), default=False)
    criterion = models.ForeignKey(
        Criterion,
        verbose_name=_("kijkwijzer criterion"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "For a scale question: how important this criterion is. Courses "
            "whose provider answers “yes” to it then rank higher."
        ),
    )

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.text

    def clean(self):
        if self.criterion_id and self.kind != self.Kind.SCALE:
            raise ValidationError(
                {"criterion": _("Only a scale question can be about a criterion.")}
            )

    def display(self, value) -> str | list[str]:
        """An answer as the teacher gave it, for reading back."""
        if value in (None, "", []):
            return ""
        if self.kind == self.Kind.TEXT:
            return str(value)
        if self.kind == self.Kind.SCALE:
            return str(dict(self.SCALE).get(value, ""))
        chosen = set(value)
        return [c.label for c in self.choices.all() if c.pk in chosen]


class Choice(models.Model):
    """An option of a choice question, with the catalogue filters it implies."""

    class Period(models.TextChoices):
        SOON = "soon", _("Within three months")
        THIS_YEAR = "this_year", _("This school year")
        NEXT_YEAR = "next_year", _("Next school year")

    LINKS = ["themes", "levels", "roles", "methods", "criteria", "provinces"]

    question = models.ForeignKey(
        Question,
        verbose_name=_("question"),
        on_delete=models.CASCADE,
        related_name="choices",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    label = models.CharField(_("label"), max_length=200)
    wish = models.CharField(
        _("wish"),
        max_length=120,
        blank=True,
        help_text=_(
            "How the result page names this wish, e.g. “learning together with "
            "colleagues”. Empty: the label."
        ),
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="+"
    )
    levels = models.ManyToManyField(
        EducationLevel, verbose_name=_("education levels"), blank=True, related_name="+"
    )
    roles = models.ManyToManyField(
        TargetRole, verbose_name=_("target roles"), blank=True, related_name="+"
    )
    methods = models.ManyToManyField(
        Method, verbose_name=_("methods"), blank=True, related_name="+"
    )
    criteria = models.ManyToManyField(
        Criterion, verbose_name=_("kijkwijzer criteria"), blank=True, related_name="+"
    )
    provinces = models.ManyToManyField(
        Province, verbose_name=_("provinces"), blank=True, related_name="+"
    )
    formats = models.JSONField(
        _("formats"),
        default=list,
        blank=True,
        help_text=_("Course formats, by their code (study_day, programme, …)."),
    )
    online = models.BooleanField(_("online courses fit"), default=False)
    max_fee = models.DecimalField(
        _("maximum fee (euro)"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
    )
    period = models.CharField(
        _("when"), max_length=10, choices=Period.choices, blank=True
    )

    class Meta:
        verbose_name = _("choice")
        verbose_name_plural = _("choices")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.label

    def clean(self):
        known = set(Course.Format.values)
        unknown = [f for f in self.formats or [] if f not in known]
        if not isinstance(self.formats, list) or unknown:
            raise ValidationError(
                {
                    "formats": _("Known formats are: %(known)s.")
                    % {"known": ", ".join(sorted(known))}
                }
            )

    @property
    def wish_label(self) -> str:
        return self.wish or self.label

    def dates(self, today: date) -> tuple[date | None, date | None]:
        """The session dates this choice asks for."""
        start = school_year_start(today)
        if self.period == self.Period.SOON:
            return today, today + timedelta(days=91)
        if self.period == self.Period.THIS_YEAR:
            return today, date(start.year + 1, 8, 31)
        if self.period == self.Period.NEXT_YEAR:
            return date(start.year + 1, 9, 1), date(start.year + 2, 8, 31)
        return None, None


# -- a teacher's answers --------------------------------------------------------


class ResponseQuerySet(models.QuerySet):
    def owned_by(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(owner=user)


def new_share_token() -> str:
    # 32 random bytes: 256 bits, far beyond guessing.
    return secrets.token_urlsafe(32)


class Response(models.Model):
    """A teacher's filled-in kijkwijzer.

    ``answers`` maps a question id (as text) of ``version`` to the answer:
    a list of choice ids, a scale point, or text. Only the owner sees it,
    and whoever has the share link while it is on.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="kijkwijzers",
    )
    version = models.ForeignKey(
        QuestionnaireVersion, on_delete=models.PROTECT, related_name="responses"
    )
    title = models.CharField(_("name"), max_length=120)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    share_token = models.CharField(max_length=64, unique=True, null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ResponseQuerySet.as_manager()

    class Meta:
        verbose_name = _("kijkwijzer")
        verbose_name_plural = _("kijkwijzers")
        ordering = ["-updated_at", "-pk"]

    def __str__(self):
        return self.title

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None

    def share(self) -> str:
        if not self.share_token:
            self.share_token = new_share_token()
            self.save(update_fields=["share_token", "updated_at"])
        return self.share_token

    def stop_sharing(self) -> None:
        self.share_token = None
        self.save(update_fields=["share_token", "updated_at"])

    def sharing_options(self) -> list[tuple]:
        """(school, share or None, owner is a member) for each of the owner's
        schools and each school it is still shared with, by name."""
        from .schools import Membership

        shares = {s.school_id: s for s in self.school_shares.select_related("school")}
        schools = {
            m.school_id: m.school
            for m in Membership.objects.filter(user=self.owner_id).select_related(
                "school"
            )
        }
        rows = [
            (schools.get(pk) or shares[pk].school, shares.get(pk), pk in schools)
            for pk in set(schools) | set(shares)
        ]
        return sorted(rows, key=lambda row: row[0].name.casefold())

    def duplicate(self, title: str) -> Response:
        """A copy to start the next school year from; never shared."""
        return Response.objects.create(
            owner=self.owner,
            version=self.version,
            title=title,
            answers=dict(self.answers),
        )


class CourseReflection(models.Model):
    """Looking back on a course a teacher followed."""

    class Effect(models.TextChoices):
        YES = "yes", _("Yes, the effect I wanted")
        PARTLY = "partly", _("Partly")
        NO = "no", _("No")
        TOO_EARLY = "too_early", _("Too early to tell")

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="course_reflections",
    )
    # The course may be removed from the catalogue later; the title stays.
    course = models.ForeignKey(
        Course,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    course_title = models.CharField(_("course"), max_length=300)
    kijkwijzer = models.ForeignKey(
        Response,
        verbose_name=_("kijkwijzer"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="course_reflections",
    )
    applied = models.TextField(_("What did I take into my class?"), blank=True)
    shared = models.TextField(_("What did I share with colleagues?"), blank=True)
    support = models.TextField(_("What support do I still need?"), blank=True)
    effect = models.CharField(
        _("Did it have the effect I wanted?"),
        max_length=10,
        choices=Effect.choices,
        blank=True,
    )
    effect_note = models.TextField(_("How do I see that?"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ResponseQuerySet.as_manager()

    class Meta:
        verbose_name = _("course reflection")
        verbose_name_plural = _("course reflections")
        ordering = ["-updated_at", "-pk"]

    def __str__(self):
        return self.course_title
