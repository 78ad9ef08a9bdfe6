"""The catalogue's filters, their validation and their facet counts.

Every parameter in the URL goes through this FilterSet. A bad value never
empties the page: a malformed field is reported and left out, an unknown
option is reported and ignored, and every other filter still applies.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import django_filters
from django import forms
from django.db.models import Count, Exists, F, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from providers.models import Provider

from . import index
from .models import (
    Course,
    CourseFacet,
    Criterion,
    EducationLevel,
    Method,
    Province,
    Session,
    TargetRole,
    Theme,
)
from .search import apply_search

MAX_QUERY_LENGTH = 200
MAX_VALUES = 30


class Taxonomies:
    """Every term the catalogue filters on, loaded once per request."""

    def __init__(self):
        self.levels = EducationLevel.tree()
        self.themes = Theme.tree()
        self.roles = list(TargetRole.objects.all())
        self.methods = list(Method.objects.all())
        self.provinces = list(Province.objects.all())
        self.criteria = list(Criterion.objects.all())
        self.providers = list(Provider.objects.active().only("pk", "name", "slug"))
        self.municipalities = sorted(
            CourseFacet.objects.filter(kind=index.MUNICIPALITY)
            .values_list("value", flat=True)
            .distinct()
        )


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the valid options and remembers the unknown ones, so an old
    bookmark with a renamed theme still shows the rest of the search."""

    def clean(self, value):
        # An empty value is "no choice" (the select's first option), not an error.
        values = [v for v in dict.fromkeys(self.to_python(value)) if v][:MAX_VALUES]
        self.ignored = [v for v in values if not self.valid_value(v)]
        return [v for v in values if self.valid_value(v)]


class FacetFilter(django_filters.MultipleChoiceFilter):
    """Filter on CourseFacet keys. ``options`` maps the URL value to
    (facet value, label, depth); the FilterSet fills it per request."""

    field_class = LenientMultipleChoiceField

    def __init__(self, *args, kind, conjoined=False, **kwargs):
        self.kind = kind
        self.options = {}
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        kwargs.setdefault("choices", [])
        super().__init__(*args, conjoined=conjoined, **kwargs)

    def set_options(self, options):
        options = list(options)
        self.options = {url: (key, label, depth) for url, key, label, depth in options}
        self.extra["choices"] = [(url, label) for url, _key, label, _d in options]

    def filter(self, qs, value):
        if not value:
            return qs
        keys = [self.options[v][0] for v in value if v in self.options]
        facets = CourseFacet.objects.filter(kind=self.kind)
        if self.conjoined:
            for key in keys:
                qs = qs.filter(pk__in=facets.filter(value=key).values("course_id"))
            return qs
        return qs.filter(pk__in=facets.filter(value__in=keys).values("course_id"))


class CheckboxFilter(django_filters.Filter):
    field_class = forms.BooleanField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.CheckboxInput)
        super().__init__(*args, **kwargs)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


class CourseFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error(
                "date_to", _("The end date must not be before the start date.")
            )
        return cleaned

    def notices(self):
        """Unknown options that were ignored, as (field, message) pairs."""
        out = []
        for name, form_field in self.fields.items():
            for value in getattr(form_field, "ignored", [])[:5]:
                out.append(
                    (
                        name,
                        _(
                            "“%(value)s” is not a known option for “%(field)s” and was ignored."
                        )
                        % {"value": value[:50], "field": form_field.label},
                    )
                )
        return out


SORTS = {
    "date": [
        F("next_session_date").asc(nulls_last=True),
        F("last_session_date").desc(nulls_last=True),
        "title",
        "pk",
    ],
    "newest": [F("published_at").desc(nulls_last=True), "-pk"],
    "fee": [F("fee").asc(nulls_last=True), "title", "pk"],
    "title": ["title", "pk"],
    "relevance": ["-rank", F("next_session_date").asc(nulls_last=True), "pk"],
}


class CourseFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"), max_length=MAX_QUERY_LENGTH, method="filter_nothing"
    )
    level = FacetFilter(label=_("Education level"), kind=index.LEVEL)
    theme = FacetFilter(label=_("Theme"), kind=index.THEME)
    role = FacetFilter(label=_("Target audience"), kind=index.ROLE)
    format = FacetFilter(label=_("Format"), kind=index.FORMAT)
    method = FacetFilter(label=_("Method"), kind=index.METHOD)
    province = FacetFilter(label=_("Province"), kind=index.PROVINCE)
    municipality = FacetFilter(
        label=_("Municipality"), kind=index.MUNICIPALITY, widget=forms.SelectMultiple
    )
    online = CheckboxFilter(label=_("Online only"), method="filter_online")
    date_from = django_filters.DateFilter(
        label=_("From"), widget=DateInput(), method="filter_nothing"
    )
    date_to = django_filters.DateFilter(
        label=_("Until"), widget=DateInput(), method="filter_nothing"
    )
    max_fee = django_filters.NumberFilter(
        label=_("Maximum fee (euro)"),
        field_name="fee",
        lookup_expr="lte",
        min_value=0,
        max_value=100000,
        max_digits=8,
        decimal_places=2,
    )
    provider = FacetFilter(label=_("Provider"), kind=index.PROVIDER)
    criteria = FacetFilter(label=_("Kijkwijzer"), kind=index.CRITERION, conjoined=True)
    past = CheckboxFilter(
        label=_("Also show courses without coming sessions"), method="filter_nothing"
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        method="filter_nothing",
        empty_label=None,
        choices=[
            ("date", _("First coming session")),
            ("relevance", _("Relevance")),
            ("newest", _("Newest")),
            ("fee", _("Fee, lowest first")),
            ("title", _("Title")),
        ],
    )

    # Groups whose counts are shown next to their options. Criteria narrow
    # within the group (all must hold), so their counts include themselves.
    facet_names = [
        "level",
        "theme",
        "role",
        "format",
        "method",
        "province",
        "municipality",
        "provider",
        "criteria",
    ]

    class Meta:
        model = Course
        fields = []
        form = CourseFilterForm

    def __init__(self, data=None, *args, taxonomies: Taxonomies, today=None, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.taxonomies = taxonomies
        self.today = today or timezone.localdate()
        t = taxonomies
        self.filters["level"].set_options(
            (n.slug, str(n.pk), n.name, d) for n, d in t.levels.flatten()
        )
        self.filters["theme"].set_options(
            (n.slug, str(n.pk), n.name, d) for n, d in t.themes.flatten()
        )
        for name, terms in [
            ("role", t.roles),
            ("method", t.methods),
            ("province", t.provinces),
            ("provider", t.providers),
        ]:
            self.filters[name].set_options(
                (term.slug, str(term.pk), str(term), 0) for term in terms
            )
        self.filters["criteria"].set_options(
            (c.key, str(c.pk), c.label, 0) for c in t.criteria
        )
        self.filters["format"].set_options(
            (value, value, label, 0) for value, label in Course.Format.choices
        )
        self.filters["municipality"].set_options((m, m, m, 0) for m in t.municipalities)

    # -- filtering ---------------------------------------------------------

    def filter_nothing(self, queryset, name, value):
        # Applied together in filter_queryset (search, dates, "past").
        return queryset

    def filter_online(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(
            pk__in=CourseFacet.objects.filter(kind=index.ONLINE).values("course_id")
        )

    @property
    def cleaned(self):
        self.form.is_valid()  # validates once; invalid fields are left out
        return self.form.cleaned_data

    @property
    def query(self) -> str:
        return self.cleaned.get("q") or ""

    def filter_queryset(self, queryset, exclude=()):
        data = {k: v for k, v in self.cleaned.items() if k not in exclude}
        for name, value in data.items():
            queryset = self.filters[name].filter(queryset, value)
        start, end = data.get("date_from"), data.get("date_to")
        if not data.get("past"):
            queryset = queryset.upcoming(self.today)
            # Only coming sessions count towards a date range too.
            start = max(start or self.today, self.today)
        if start or end:
            sessions = Session.objects.filter(course=OuterRef("pk"))
            if start:
                sessions = sessions.filter(date__gte=start)
            if end:
                sessions = sessions.filter(date__lte=end)
            queryset = queryset.filter(Exists(sessions))
        return apply_search(queryset, data.get("q") or "")

    @property
    def ordering(self) -> str:
        chosen = self.cleaned.get("sort")
        if chosen == "relevance" and not self.query:
            return "date"
        return chosen or ("relevance" if self.query else "date")

    def sort_options(self) -> list[tuple[str, str, bool]]:
        """(value, label, selected) for the sort menu. The default order has
        the empty value, so it stays out of the URL and a new search text
        switches to relevance by itself."""
        default = "relevance" if self.query else "date"
        labels = dict(self.filters["sort"].extra["choices"])
        chosen = self.cleaned.get("sort") or ""
        options = [("", labels[default], chosen in ("", default))]
        for value, label in labels.items():
            if value not in (default, "relevance"):
                options.append((value, label, value == chosen))
        return options

    @property
    def qs(self):
        if not hasattr(self, "_qs"):
            self._qs = self.filter_queryset(self.queryset.all()).order_by(
                *SORTS[self.ordering]
            )
        return self._qs

    # -- what the page shows about the filters -------------------------------

    def active_names(self) -> list[str]:
        return [
            name
            for name, value in self.cleaned.items()
            if value not in (None, "", [], False) and name != "sort"
        ]

    def counts(self) -> dict[str, Counter]:
        """Facet counts per group, each with the other groups' filters applied.

        Groups with no selection share one query; each group with a selection
        needs its own, so a page costs at most one query per group.
        """
        selected = {n for n in self.facet_names if self.cleaned.get(n)}
        shared = [n for n in self.facet_names if n not in selected or n == "criteria"]
        plans = [(shared, ())] + [
            ([n], (n,)) for n in self.facet_names if n in selected and n != "criteria"
        ]
        counts = defaultdict(Counter)
        for names, exclude in plans:
            if not names:
                continue
            kinds = {self.filters[n].kind: n for n in names}
            base = self.filter_queryset(self.queryset.all(), exclude=exclude)
            rows = (
                CourseFacet.objects.filter(
                    kind__in=kinds, course__in=base.order_by().values("pk")
                )
                .values_list("kind", "value")
                .annotate(n=Count("id"))
                .order_by()
            )
            for kind, value, n in rows:
                counts[kinds[kind]][value] = n
        return counts

    def facets(self) -> dict[str, FacetGroup]:
        counts = self.counts()
        groups = {}
        for name in self.facet_names:
            flt = self.filters[name]
            chosen = set(self.cleaned.get(name) or [])
            options = []
            for url, (key, label, depth) in flt.options.items():
                n = counts[name].get(key, 0)
                if n or url in chosen:
                    options.append(FacetOption(url, label, n, url in chosen, depth))
            groups[name] = FacetGroup(
                name, flt.label, options, len(chosen), self.form.errors.get(name, [])
            )
        return groups

    def without(self, name, value=None):
        """The current query string without one filter (or one of its values)."""
        query = self.data.copy()
        query.pop("page", None)
        if value is None:
            query.pop(name, None)
        else:
            query.setlist(name, [v for v in query.getlist(name) if v != value])
        return query

    def chips(self) -> list[tuple[str, object]]:
        """Active filters as (label, query string without it)."""
        chips = []
        for name in self.active_names():
            flt = self.filters[name]
            value = self.cleaned[name]
            if isinstance(flt, FacetFilter):
                for url in value:
                    label = flt.options[url][1]
                    chips.append((f"{flt.label}: {label}", self.without(name, url)))
            elif isinstance(value, bool):
                chips.append((str(flt.label), self.without(name)))
            else:
                shown = (
                    value.strftime("%d/%m/%Y") if hasattr(value, "strftime") else value
                )
                chips.append((f"{flt.label}: {shown}", self.without(name)))
        return chips

    def loosen(self) -> tuple[str, object, int] | None:
        """For an empty result: the one filter whose removal finds the most.

        Costs one count per active filter, and only runs on empty results.
        """
        best = None
        for name in self.active_names():
            if name == "past":
                continue
            n = self.filter_queryset(self.queryset.all(), exclude=(name,)).count()
            if n and (best is None or n > best[2]):
                best = (str(self.filters[name].label), self.without(name), n)
        return best


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    depth: int = 0


@dataclass
class FacetGroup:
    name: str
    label: str
    options: list[FacetOption] = field(default_factory=list)
    selected: int = 0
    errors: list[str] = field(default_factory=list)
