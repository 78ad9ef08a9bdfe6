from __future__ import annotations

from decimal import Decimal

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from nw.weblinks import validate_web_url
from providers import access
from taxonomy.models import (
    Criterion,
    EducationLevel,
    Method,
    Province,
    TargetRole,
    Theme,
)

# --------------------------------------------------------------------------
# Courses
# --------------------------------------------------------------------------


class Trainer(models.Model):
    provider = models.ForeignKey(
        "providers.Provider",
        verbose_name=_("provider"),
        on_delete=models.CASCADE,
        related_name="trainers",
    )
    name = models.CharField(_("name"), max_length=200)
    bio = models.TextField(_("short biography"), blank=True)

    class Meta:
        verbose_name = _("trainer")
        verbose_name_plural = _("trainers")
        ordering = ["name"]

    def __str__(self):
        return self.name


class CourseQuerySet(models.QuerySet):
    LONG_COLUMNS = [
        "description",
        "goals",
        "audience_note",
        "what_to_bring",
        "search_text",
        "search_vector",
        "provider__description",
        "provider__vision",
        "provider__methods_note",
        "provider__partners",
        "provider__transfer_support",
    ]

    def published(self):
        return self.filter(status=Course.Status.PUBLISHED)

    def visible_to(self, user):
        """The courses this user may see; the rule is access.course_visibility."""
        return self.filter(access.course_visibility(user))

    def located_in(self, province):
        """Courses with a session in the province: a coming one, or where the
        course last took place when none is coming."""
        from .index import PROVINCE

        facets = CourseFacet.objects.filter(kind=PROVINCE, value=str(province.pk))
        return self.filter(pk__in=facets.values("course_id"))

    def upcoming(self, today=None):
        """Courses with at least one session today or later."""
        return self.filter(last_session_date__gte=today or timezone.localdate())

    def for_listing(self, start=None, end=None):
        """What a result card shows, in a fixed number of queries. The card's
        sessions are the coming ones, or those between start and end."""
        sessions = Session.objects.filter(date__gte=start or timezone.localdate())
        if end:
            sessions = sessions.filter(date__lte=end)
        # A card shows a few columns; the long texts and the search
        # document would multiply what the database sorts and sends.
        return (
            self.select_related("provider")
            .defer(*self.LONG_COLUMNS)
            .prefetch_related(
                "education_levels",
                Prefetch(
                    "sessions",
                    queryset=sessions.select_related("province"),
                    to_attr="upcoming_sessions",
                ),
            )
        )

    def for_detail(self):
        """A course page's data. The vocabulary terms come from
        Course.terms(), in one query for all of them."""
        return self.select_related("provider").prefetch_related(
            "trainers",
            "programme",
            Prefetch("sessions", queryset=Session.objects.select_related("province")),
            Prefetch(
                "criteria", queryset=CourseCriterion.objects.select_related("criterion")
            ),
        )


class Course(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        ARCHIVED = "archived", _("Archived")

    class Format(models.TextChoices):
        STUDY_DAY = "study_day", _("Study day")
        MULTI_DAY = "multi_day", _("Multi-day course")
        PROGRAMME = "programme", _("Learning programme")
        SCHOOL_COACHING = "school_coaching", _("Coaching at school")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")
        LECTURE = "lecture", _("Lecture")
        NETWORK = "network", _("Learning network")

    class Language(models.TextChoices):
        DUTCH = "nl", _("Dutch")
        ENGLISH = "en", _("English")
        FRENCH = "fr", _("French")
        GERMAN = "de", _("German")

    class Inclusion(models.TextChoices):
        MATERIAL = "material", _("course material")
        LUNCH = "lunch", _("lunch")
        REFRESHMENTS = "refreshments", _("coffee and refreshments")
        CERTIFICATE = "certificate", _("certificate of attendance")
        FOLLOW_UP = "follow_up", _("follow-up session")

    provider = models.ForeignKey(
        "providers.Provider",
        verbose_name=_("provider"),
        on_delete=models.PROTECT,
        related_name="courses",
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    code = models.CharField(
        _("course code"),
        max_length=40,
        blank=True,
        help_text=_("The provider's own code, e.g. 24/DR/278A."),
    )
    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("Two or three sentences.")
    )
    description = models.TextField(_("description"), blank=True)
    goals = models.JSONField(
        _("goals"),
        default=list,
        blank=True,
        help_text=_("What participants can do after the course; one per line."),
    )
    education_levels = models.ManyToManyField(
        EducationLevel, verbose_name=_("education levels"), blank=True
    )
    roles = models.ManyToManyField(
        TargetRole, verbose_name=_("target roles"), blank=True
    )
    audience_note = models.TextField(_("more about the audience"), blank=True)
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), blank=True)
    methods = models.ManyToManyField(Method, verbose_name=_("methods"), blank=True)
    trainers = models.ManyToManyField(
        Trainer, verbose_name=_("trainers"), blank=True, related_name="courses"
    )
    format = models.CharField(_("format"), max_length=20, choices=Format.choices)
    duration_days = models.PositiveSmallIntegerField(
        _("number of days"), null=True, blank=True
    )
    duration_hours = models.DecimalField(
        _("number of hours"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
    )
    fee = models.DecimalField(
        _("fee in euro"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Leave empty when the fee is on request; 0 for free."),
    )
    fee_includes = models.JSONField(_("included in the fee"), default=list, blank=True)
    fee_note = models.CharField(_("about the fee"), max_length=200, blank=True)
    what_to_bring = models.TextField(_("what to bring"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        validators=[validate_web_url],
        help_text=_("Leave empty when teachers register by contacting you."),
    )
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.DUTCH
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    # Kept up to date by index.refresh_course(); the catalogue filters, sorts
    # and counts on these instead of joining sessions and taxonomies.
    next_session_date = models.DateField(
        _("next session"), null=True, blank=True, editable=False
    )
    last_session_date = models.DateField(
        _("last session"), null=True, blank=True, editable=False
    )
    search_text = models.TextField(blank=True, editable=False)
    # The catalogue version of the last re-index: the facet bitmaps of each
    # web worker re-read only the courses indexed since they were built.
    indexed_version = models.BigIntegerField(default=0, editable=False, db_index=True)
    search_vector = SearchVectorField(null=True, editable=False)

    objects = CourseQuerySet.as_manager()

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")
        ordering = ["title"]
        indexes = [
            models.Index(
                fields=["status", "last_session_date"], name="course_listed_idx"
            ),
            models.Index(fields=["next_session_date"], name="course_next_idx"),
            models.Index(fields=["published_at"], name="course_published_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "code"],
                condition=~models.Q(code=""),
                name="unique_course_code_per_provider",
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("catalogue:course_detail", args=[self.slug])

    @property
    def is_public(self):
        return self.status == self.Status.PUBLISHED

    @property
    def is_free(self):
        return self.fee is not None and self.fee == 0

    def terms(self, taxonomies) -> dict[str, list]:
        """The course's levels, roles, themes and methods and its provider's
        methods, read in one query and taken from the (cached) vocabularies.
        ``taxonomies`` is catalogue.filters.Taxonomies."""
        links = [
            (
                "levels",
                Course.education_levels.through,
                "course_id",
                "educationlevel_id",
            ),
            ("roles", Course.roles.through, "course_id", "targetrole_id"),
            ("themes", Course.themes.through, "course_id", "theme_id"),
            ("methods", Course.methods.through, "course_id", "method_id"),
            (
                "provider_methods",
                self.provider.methods.through,
                "provider_id",
                "method_id",
            ),
        ]
        owners = {"course_id": self.pk, "provider_id": self.provider_id}
        parts = [
            through.objects.filter(**{owner: owners[owner]}).values_list(
                models.Value(name), term
            )
            for name, through, owner, term in links
        ]
        by_id = {
            "levels": taxonomies.levels.by_id,
            "themes": taxonomies.themes.by_id,
            "roles": {t.pk: t for t in taxonomies.roles},
            "methods": {t.pk: t for t in taxonomies.methods},
        }
        by_id["provider_methods"] = by_id["methods"]
        found = {name: [] for name, *_rest in links}
        for name, pk in parts[0].union(*parts[1:], all=True):
            if pk in by_id[name]:
                found[name].append(by_id[name][pk])
        return {
            name: sorted(terms, key=lambda t: (t.position, t.name))
            for name, terms in found.items()
        }

    def fee_includes_labels(self):
        labels = dict(self.Inclusion.choices)
        return [labels[key] for key in self.fee_includes if key in labels]

    def registration_is_external(self):
        return bool(self.registration_url)

    @staticmethod
    def unique_slug(text: str) -> str:
        base = slugify(text)[:200] or "cursus"
        # One query, however many courses share the title.
        taken = set(
            Course.objects.filter(slug__startswith=base).values_list("slug", flat=True)
        )
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        return slug

    def duplicate(self) -> Course:
        """A draft copy for a new edition: same content, programme and
        kijkwijzer answers; no sessions, no course code yet."""
        copy = Course.objects.get(pk=self.pk)
        copy.pk = None
        copy._state.adding = True
        copy.slug, copy.code = Course.unique_slug(f"{self.title} kopie"), ""
        copy.status, copy.published_at = Course.Status.DRAFT, None
        copy.save()
        for field in ("education_levels", "roles", "themes", "methods", "trainers"):
            getattr(copy, field).set(getattr(self, field).all())
        for item in self.programme.all():
            item.pk, item.course = None, copy
            item.save()
        for answer in self.criteria.all():
            answer.pk, answer.course = None, copy
            answer.save()
        return copy


class SessionQuerySet(models.QuerySet):
    def upcoming(self, today=None):
        return self.filter(date__gte=today or timezone.localdate())


class Session(models.Model):
    """One dated meeting of a course. Sessions that belong together form an
    edition: a two-day course run twice a year has two editions of two."""

    course = models.ForeignKey(
        Course,
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="sessions",
    )
    edition = models.PositiveSmallIntegerField(
        _("edition"),
        default=1,
        help_text=_("Sessions with the same number form one run of the course."),
    )
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("start time"))
    end_time = models.TimeField(_("end time"))
    is_online = models.BooleanField(_("online"), default=False)
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    room = models.CharField(_("room"), max_length=200, blank=True)
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    municipality = models.CharField(_("municipality"), max_length=100, blank=True)
    province = models.ForeignKey(
        Province,
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )

    objects = SessionQuerySet.as_manager()

    #: What a provider fills in for a session, in the order they think of it;
    #: shared by the admin inline and the spreadsheet columns.
    FILLED_IN = [
        "edition",
        "date",
        "start_time",
        "end_time",
        "is_online",
        "venue_name",
        "room",
        "street",
        "postcode",
        "municipality",
    ]

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["date", "start_time"]
        indexes = [
            models.Index(fields=["course", "date"], name="session_course_date_idx")
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_time__gt=models.F("start_time")),
                name="session_ends_after_start",
            )
        ]

    def __str__(self):
        return f"{self.course} – {self.date:%d/%m/%Y}"

    def save(self, *args, **kwargs):
        # A Belgian postcode tells the province, so it cannot disagree with
        # it; the province field only matters where the postcode says nothing.
        located = Province.objects.for_postcode(self.postcode)
        if located is not None:
            self.province = located
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = _("The session must end after it starts.")
        if not self.is_online and not self.municipality:
            errors["municipality"] = _(
                "Give the municipality, or mark the session as online."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def place(self):
        """Short place for a list: municipality, or 'online'."""
        if self.is_online:
            return _("Online")
        return self.municipality

    def address_lines(self):
        lines = [self.venue_name, self.street, f"{self.postcode} {self.municipality}"]
        return [line.strip() for line in lines if line and line.strip()]


class ProgrammeItem(models.Model):
    """One part (morning, afternoon, ...) of one day of the programme."""

    class Part(models.TextChoices):
        MORNING = "morning", _("Morning")
        AFTERNOON = "afternoon", _("Afternoon")
        EVENING = "evening", _("Evening")
        FULL_DAY = "full_day", _("Whole day")

    course = models.ForeignKey(
        Course, on_delete=models.CASCADE, related_name="programme"
    )
    day = models.PositiveSmallIntegerField(_("day"), default=1)
    part = models.CharField(_("part of the day"), max_length=10, choices=Part.choices)
    title = models.CharField(_("title"), max_length=200, blank=True)
    contents = models.JSONField(
        _("learning contents"), default=list, help_text=_("One item per line.")
    )

    class Meta:
        verbose_name = _("programme part")
        verbose_name_plural = _("programme")
        ordering = ["day", "id"]

    def __str__(self):
        return f"{self.course} – {self.day} {self.get_part_display()}"


class CourseCriterion(models.Model):
    class Answer(models.TextChoices):
        YES = "yes", _("Yes")
        PARTLY = "partly", _("Partly")
        NO = "no", _("No")

    course = models.ForeignKey(
        Course, on_delete=models.CASCADE, related_name="criteria"
    )
    criterion = models.ForeignKey(
        Criterion, verbose_name=_("criterion"), on_delete=models.CASCADE
    )
    answer = models.CharField(_("answer"), max_length=6, choices=Answer.choices)
    explanation = models.TextField(_("explanation"), blank=True)

    class Meta:
        verbose_name = _("kijkwijzer answer")
        verbose_name_plural = _("kijkwijzer answers")
        ordering = ["criterion__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["course", "criterion"], name="unique_course_criterion"
            )
        ]

    def __str__(self):
        return f"{self.criterion}: {self.get_answer_display()}"


class CourseFacet(models.Model):
    """One (kind, value) key of a course, for filtering and counting.

    Counting a facet is then a GROUP BY over this narrow table instead of a
    COUNT(DISTINCT) over several many-to-many joins. Theme and level keys
    include every ancestor, so a parent counts and matches its children.
    """

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="facets")
    kind = models.CharField(max_length=16)
    value = models.CharField(max_length=120)

    class Meta:
        indexes = [
            models.Index(fields=["kind", "value", "course"], name="facet_lookup_idx")
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["course", "kind", "value"], name="unique_course_facet"
            )
        ]

    def __str__(self):
        return f"{self.kind}={self.value}"


class CatalogueVersion(models.Model):
    """A number that goes up with every change to what the catalogue shows.

    Cached pieces of the catalogue (taxonomies, facet counts, provider
    counts) carry it in their keys, so an edit shows at once in every
    worker, whatever cache they use: a stale entry is simply never asked
    for again. It lives in the database, so web workers and the task worker
    agree on it without a shared cache.
    """

    number = models.BigIntegerField(default=1)

    def __str__(self):
        return str(self.number)

    @classmethod
    def current(cls) -> int:
        number = cls.objects.filter(pk=1).values_list("number", flat=True).first()
        if number is None:  # a database emptied by hand (or by a test)
            number = cls.objects.get_or_create(pk=1)[0].number
        return number

    @classmethod
    def bump(cls) -> int:
        """Raise the version; returns the new number (inside the caller's
        transaction, so others see it when that commits)."""
        if not cls.objects.filter(pk=1).update(number=models.F("number") + 1):
            cls.objects.get_or_create(pk=1, defaults={"number": 2})
        return cls.objects.filter(pk=1).values_list("number", flat=True).get()
