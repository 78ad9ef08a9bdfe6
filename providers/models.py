import os
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import IntegrityError, models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from nw.weblinks import validate_web_url
from taxonomy.models import Method, Province

from .validators import (
    format_iban,
    format_vat,
    normalise_iban,
    normalise_vat,
    validate_iban,
    validate_vat,
)

LOGO_MAX_BYTES = 1024 * 1024
LOGO_MAX_PIXELS = 2000


def validate_logo(image):
    if image.size > LOGO_MAX_BYTES:
        raise ValidationError(
            _("The logo may be at most 1 MB; this file is %(size)s KB.")
            % {"size": image.size // 1024},
            code="too_big",
        )
    width, height = getattr(image, "width", 0), getattr(image, "height", 0)
    if width > LOGO_MAX_PIXELS or height > LOGO_MAX_PIXELS:
        raise ValidationError(
            _("The logo may be at most %(max)s by %(max)s pixels.")
            % {"max": LOGO_MAX_PIXELS},
            code="too_large",
        )


#: Pillow's name of an image format → the extension a logo is stored under.
LOGO_EXTENSIONS = {"PNG": ".png", "JPEG": ".jpg", "WEBP": ".webp"}


def logo_path(provider, filename: str) -> str:
    """A fresh name of our own for every logo: nothing of the uploaded file's
    name reaches the disk or the URL, and the extension follows what Pillow
    found in the content (ImageField puts the opened image on the file)."""
    image = getattr(getattr(provider.logo, "file", None), "image", None)
    extension = LOGO_EXTENSIONS.get(getattr(image, "format", None))
    if extension is None:
        extension = os.path.splitext(filename)[1].lower()
        extension = ".jpg" if extension == ".jpeg" else extension
    slug = provider.slug or "aanbieder"
    return f"logos/{slug}-{secrets.token_hex(6)}{extension}"


class ProviderQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def for_user(self, user):
        """The providers a signed-in user acts for."""
        return self.filter(memberships__user=user)


class Provider(models.Model):
    """An organisation that offers professional development."""

    class Kind(models.TextChoices):
        HIGHER_EDUCATION = "higher_education", _("University or university college")
        PEDAGOGICAL_SUPPORT = "pedagogical_support", _("Pedagogical support service")
        ADULT_EDUCATION = "adult_education", _("Centre for adult education")
        GOVERNMENT = "government", _("Government")
        NON_PROFIT = "non_profit", _("Non-profit organisation")
        PRIVATE = "private", _("Private organisation")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    description = models.TextField(_("short description"), blank=True)
    vision = models.TextField(
        _("vision on professional development"),
        blank=True,
        help_text=_("How the organisation sees professional learning of teachers."),
    )
    methods = models.ManyToManyField(Method, verbose_name=_("methods"), blank=True)
    methods_note = models.TextField(_("more about the methods"), blank=True)
    partners = models.TextField(
        _("partners and experts"),
        blank=True,
        help_text=_("Organisations and experts the provider works with."),
    )
    transfer_support = models.TextField(
        _("support after a course"),
        blank=True,
        help_text=_("How participants are helped to apply what they learnt at school."),
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True, validators=[validate_web_url])
    iban = models.CharField(
        _("IBAN"), max_length=34, blank=True, validators=[validate_iban]
    )
    vat_number = models.CharField(
        _("VAT number"), max_length=20, blank=True, validators=[validate_vat]
    )
    logo = models.ImageField(
        _("logo"),
        upload_to=logo_path,
        blank=True,
        validators=[
            FileExtensionValidator(["png", "jpg", "jpeg", "webp"]),
            validate_logo,
        ],
        help_text=_("PNG, JPEG or WebP, at most 1 MB and 2000 by 2000 pixels."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProviderQuerySet.as_manager()

    class Meta:
        verbose_name = _("provider")
        verbose_name_plural = _("providers")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("providers:detail", args=[self.slug])

    def clean(self):
        # Store the numbers in one canonical form, whatever the spacing typed.
        self.iban = normalise_iban(self.iban)
        self.vat_number = normalise_vat(self.vat_number)

    @property
    def iban_display(self):
        return format_iban(self.iban)

    @property
    def vat_display(self):
        return format_vat(self.vat_number)


class Campus(models.Model):
    provider = models.ForeignKey(
        Provider, on_delete=models.CASCADE, related_name="campuses"
    )
    name = models.CharField(_("name"), max_length=200)
    street = models.CharField(_("street and number"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=10)
    municipality = models.CharField(_("municipality"), max_length=100)
    province = models.ForeignKey(
        Province,
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        editable=False,
    )

    class Meta:
        verbose_name = _("campus")
        verbose_name_plural = _("campuses")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.street}, {self.postcode} {self.municipality}"

    def save(self, *args, **kwargs):
        self.province = Province.objects.for_postcode(self.postcode)
        super().save(*args, **kwargs)


class ProviderMembership(models.Model):
    """A user who maintains a provider's listings."""

    provider = models.ForeignKey(
        Provider, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="provider_memberships",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("provider membership")
        verbose_name_plural = _("provider memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "user"], name="unique_provider_membership"
            )
        ]

    def __str__(self):
        return f"{self.user} @ {self.provider}"


class ComplaintManager(models.Manager):
    def create_within_limit(
        self, complaint, limit: int, period: timedelta = timedelta(hours=1)
    ) -> bool:
        """Store the complaint unless its client sent ``limit`` reports within
        ``period``; False when refused.

        Counting and storing happen while the client's ReportingClient row is
        locked, so simultaneous posts from one client are counted one after
        the other instead of all seeing room for one more.
        """
        client = complaint.client_hash
        now = timezone.now()
        with transaction.atomic():
            # A write comes first: it locks the row on PostgreSQL, and on
            # SQLite it takes the database's write lock, before anything is
            # counted.
            if not ReportingClient.objects.lock(client, now):
                try:
                    with transaction.atomic():
                        ReportingClient.objects.create(client_hash=client, seen_at=now)
                except IntegrityError:
                    # A simultaneous post created it; wait for its lock.
                    ReportingClient.objects.lock(client, now)
            recent = self.filter(client_hash=client, created_at__gte=now - period)
            if recent.count() >= limit:
                return False
            complaint.save()
            return True


class ReportingClientManager(models.Manager):
    def lock(self, client_hash, now) -> bool:
        """Lock the client's row until the transaction ends; False if the
        client has no row yet."""
        return bool(self.filter(client_hash=client_hash).update(seen_at=now))


class ReportingClient(models.Model):
    """One row per client that has sent a report, by the same keyed hash as
    Complaint.client_hash: the lock that makes the report limit atomic."""

    client_hash = models.CharField(max_length=64, unique=True)
    seen_at = models.DateTimeField()

    objects = ReportingClientManager()

    class Meta:
        default_permissions = ()

    def __str__(self):
        return self.client_hash


class Complaint(models.Model):
    """A report about a course or provider, from anyone. The site does not
    check providers' quality, but editors look into every report."""

    class Reason(models.TextChoices):
        WRONG_INFORMATION = "wrong_information", _("The information is wrong")
        DID_NOT_TAKE_PLACE = "did_not_take_place", _("The course did not take place")
        CONTENT_MISMATCH = (
            "content_mismatch",
            _("The content did not match the description"),
        )
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in_progress", _("In progress")
        RESOLVED = "resolved", _("Resolved")
        DISMISSED = "dismissed", _("Dismissed")

    provider = models.ForeignKey(
        Provider,
        verbose_name=_("provider"),
        on_delete=models.CASCADE,
        related_name="complaints",
    )
    course = models.ForeignKey(
        "catalogue.Course",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="complaints",
    )
    reason = models.CharField(_("reason"), max_length=24, choices=Reason.choices)
    description = models.TextField(_("what is wrong"), max_length=5000)
    email = models.EmailField(
        _("your email address"),
        blank=True,
        help_text=_("Only if you want an answer. The provider never sees it."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NEW
    )
    internal_notes = models.TextField(_("internal notes"), blank=True)
    # A keyed hash of the reporter's address: enough to limit how often one
    # client reports, without keeping the address itself.
    client_hash = models.CharField(max_length=64, editable=False, db_index=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ComplaintManager()

    class Meta:
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        ordering = ["-created_at"]

    def __str__(self):
        subject = self.course or self.provider
        return f"{self.get_reason_display()}: {subject}"

    @staticmethod
    def hash_client(address: str) -> str:
        return salted_hmac(
            "providers.Complaint.client", address or "", algorithm="sha256"
        ).hexdigest()
