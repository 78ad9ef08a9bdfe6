"""The shared vocabularies: education levels, themes, target roles,
methods, provinces and the kijkwijzer criteria.

The catalogue labels courses with them, providers locate campuses with them
and the kijkwijzer asks about them, so they live in an app of their own that
depends on nothing else of ours. Site editors keep them in the admin.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .trees import Tree


class Term(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=140, unique=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class TreeTerm(Term):
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )

    class Meta(Term.Meta):
        abstract = True

    @classmethod
    def tree(cls) -> Tree:
        return Tree(cls.objects.all())

    def clean(self):
        node, seen = self.parent, set()
        while node is not None and node.pk not in seen:
            if node.pk == self.pk:
                raise ValidationError({"parent": _("A term cannot be its own parent.")})
            seen.add(node.pk)
            node = node.parent


class EducationLevel(TreeTerm):
    """Flemish education structure: basisonderwijs › kleuter, lager, ..."""

    class Meta(TreeTerm.Meta):
        verbose_name = _("education level")
        verbose_name_plural = _("education levels")


class Theme(TreeTerm):
    class Meta(TreeTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class TargetRole(Term):
    class Meta(Term.Meta):
        verbose_name = _("target role")
        verbose_name_plural = _("target roles")


class Method(Term):
    class Meta(Term.Meta):
        verbose_name = _("method")
        verbose_name_plural = _("methods")


class ProvinceQuerySet(models.QuerySet):
    def for_postcode(self, postcode):
        """The province a Belgian postcode lies in, or None (abroad, typos)."""
        try:
            number = int(str(postcode or "").strip())
        except ValueError:
            return None
        for province in self.exclude(postcode_ranges=[]):
            if any(low <= number <= high for low, high in province.postcode_ranges):
                return province
        return None


class Province(Term):
    postcode_ranges = models.JSONField(
        _("postcode ranges"),
        default=list,
        blank=True,
        help_text=_("Belgian postcodes in this province, as [from, to] pairs."),
    )

    objects = ProvinceQuerySet.as_manager()

    class Meta(Term.Meta):
        verbose_name = _("province")
        verbose_name_plural = _("provinces")


class Criterion(models.Model):
    """A kijkwijzer criterion a provider declares for each course."""

    class Group(models.TextChoices):
        CONTENT = "content", _("Content")
        APPROACH = "approach", _("Approach")

    key = models.SlugField(_("key"), max_length=60, unique=True)
    group = models.CharField(_("group"), max_length=10, choices=Group.choices)
    label = models.CharField(_("label"), max_length=120)
    question = models.TextField(
        _("question"), help_text=_("The question a teacher asks of a course.")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("kijkwijzer criterion")
        verbose_name_plural = _("kijkwijzer criteria")
        ordering = ["position"]

    def __str__(self):
        return self.label
