from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .validators import (
    format_iban,
    format_vat,
    normalise_iban,
    normalise_vat,
    validate_iban,
    validate_vat,
)


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
    methods = models.ManyToManyField(
        "catalogue.Method", verbose_name=_("methods"), blank=True
    )
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
    website = models.URLField(_("website"), blank=True)
    iban = models.CharField(
        _("IBAN"), max_length=34, blank=True, validators=[validate_iban]
    )
    vat_number = models.CharField(
        _("VAT number"), max_length=20, blank=True, validators=[validate_vat]
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

    class Meta:
        verbose_name = _("campus")
        verbose_name_plural = _("campuses")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.street}, {self.postcode} {self.municipality}"


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
