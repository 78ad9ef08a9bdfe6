"""The catalogue's search: a plain form that validates every parameter of the
list, and a query object that turns what it cleaned into courses, facet
counts, active-filter chips and sort options.

Each filter is defined once, in ``FILTERS`` below: its form field and the
function that applies it. A bad value never empties the page: a malformed
field is reported and left out, an unknown option is reported and ignored,
and every other filter still applies.
"""

from __future__ import annotations

import copy
import functools
import operator
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from django import forms
from django.core.validators import MaxLengthValidator
from django.db.models import Exists, F, OuterRef, QuerySet
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from pyroaring import BitMap

from providers.models import Provider
from taxonomy.models import (
    Criterion,
    EducationLevel,
    Method,
    Province,
    TargetRole,
    Theme,
)

from . import facetindex, index
from .cache import cached, local
from .models import Course, CourseFacet, Session
from .search import apply_search, tokens

MAX_QUERY_LENGTH = 200
MAX_VALUES = 30
EMPTY = (None, "", [], False)


class Taxonomies:
    """Every term the catalogue filters on. Loaded once per catalogue
    version and kept in the cache (``Taxonomies.load``)."""

    @classmethod
    def load(cls, version: int) -> Taxonomies:
        return local("taxonomies", version, cls)

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

    def facet_fields(self) -> tuple[dict, dict]:
        """Per facet filter: its options ({URL value: (key, label, depth)})
        and its form field. Building the fields normalises hundreds of
        choices (providers, municipalities): done once per catalogue version
        and process, not per request."""
        if not hasattr(self, "_facet_fields"):
            options, fields = {}, {}
            for name, (label, facet) in FACETS.items():
                found = facet.options(self)
                options[name] = {
                    url: (key, text, depth) for url, key, text, depth in found
                }
                fields[name] = facet.field(
                    label, [(url, text) for url, _k, text, _d in found]
                )
            self._facet_fields = options, fields
        return self._facet_fields

    def __getstate__(self):
        # Cached (pickled) without the fields: they are rebuilt on first use.
        state = dict(self.__dict__)
        state.pop("_facet_fields", None)
        return state


# -- form fields ---------------------------------------------------------------


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the valid options and remembers the unknown ones, so an old
    bookmark with a renamed theme still shows the rest of the search."""

    widget = forms.CheckboxSelectMultiple

    def clean(self, value):
        # An empty value is "no choice" (the select's first option), not an error.
        values = [v for v in dict.fromkeys(self.to_python(value)) if v][:MAX_VALUES]
        self.ignored = [v for v in values if not self.valid_value(v)]
        return [v for v in values if self.valid_value(v)]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


# -- the filters -----------------------------------------------------------------


@dataclass
class Facet:
    """A filter on CourseFacet keys, with counts shown next to its options.

    ``options`` gives (URL value, facet value, label, depth) per option.
    A conjoined facet needs every chosen option (the kijkwijzer criteria);
    the others need any of them.
    """

    kind: str
    options: Callable[[Taxonomies], list[tuple[str, str, str, int]]]
    conjoined: bool = False
    widget: type[forms.Widget] = forms.CheckboxSelectMultiple
    shown: int = 0  # show at most this many options (0: all)

    def field(self, label, choices):
        return LenientMultipleChoiceField(
            label=label, required=False, choices=choices, widget=self.widget
        )

    def apply(self, queryset, keys):
        facets = CourseFacet.objects.filter(kind=self.kind)
        if self.conjoined:
            for key in keys:
                queryset = queryset.filter(
                    pk__in=facets.filter(value=key).values("course_id")
                )
            return queryset
        return queryset.filter(pk__in=facets.filter(value__in=keys).values("course_id"))


def _tree_options(tree):
    return [(n.slug, str(n.pk), n.name, depth) for n, depth in tree.flatten()]


def _term_options(terms):
    return [(t.slug, str(t.pk), str(t), 0) for t in terms]


FACETS = {
    "level": (
        _("Education level"),
        Facet(index.LEVEL, lambda t: _tree_options(t.levels)),
    ),
    "theme": (_("Theme"), Facet(index.THEME, lambda t: _tree_options(t.themes))),
    "role": (_("Target audience"), Facet(index.ROLE, lambda t: _term_options(t.roles))),
    "format": (
        _("Format"),
        Facet(
            index.FORMAT,
            lambda t: [(v, v, label, 0) for v, label in Course.Format.choices],
        ),
    ),
    "method": (_("Method"), Facet(index.METHOD, lambda t: _term_options(t.methods))),
    "province": (
        _("Province"),
        Facet(index.PROVINCE, lambda t: _term_options(t.provinces)),
    ),
    "municipality": (
        _("Municipality"),
        Facet(
            index.MUNICIPALITY,
            lambda t: [(m, m, m, 0) for m in t.municipalities],
            widget=forms.SelectMultiple,
        ),
    ),
    "provider": (
        _("Provider"),
        Facet(index.PROVIDER, lambda t: _term_options(t.providers), shown=15),
    ),
    "criteria": (
        _("Kijkwijzer"),
        Facet(
            index.CRITERION,
            lambda t: [(c.key, str(c.pk), c.label, 0) for c in t.criteria],
            conjoined=True,
        ),
    ),
}


def option_ids(
    taxonomies: Taxonomies, version: int, today, name: str, value: str, past=False
) -> BitMap:
    """The listed courses that one option of one facet filter (``?theme=taal``)
    or the online filter finds: what ``CourseQuery`` finds for that filter
    alone, without building the whole form. Unknown options find nothing."""
    index_bitmaps = facetindex.bitmaps.at(version)
    listed = index_bitmaps.listed(today, past)
    if name == "online":
        return listed & index_bitmaps.get(index.ONLINE, "1")
    _label, facet = FACETS[name]
    keys = local(
        f"facet-keys-{name}",
        version,
        lambda: {url: key for url, key, _t, _d in facet.options(taxonomies)},
    )
    if value not in keys:
        return BitMap()
    return listed & index_bitmaps.get(facet.kind, keys[value])


# Filters the bitmaps cannot answer: the database finds the matching courses.
# (A search is answered once per text and catalogue version: ranked_matches.)
NARROWED_IN_SQL = ("date_from", "date_to", "max_fee")
# Up to this many matches, the page's courses are fetched by id.
FETCH_BY_ID = 5000

SORTS = {
    "date": (
        _("First coming session"),
        [
            F("next_session_date").asc(nulls_last=True),
            F("last_session_date").desc(nulls_last=True),
            "title",
            "pk",
        ],
    ),
    "relevance": (
        _("Relevance"),
        ["-rank", F("next_session_date").asc(nulls_last=True), "pk"],
    ),
    "newest": (_("Newest"), [F("published_at").desc(nulls_last=True), "-pk"]),
    "fee": (_("Fee, lowest first"), [F("fee").asc(nulls_last=True), "title", "pk"]),
    "title": (_("Title"), ["title", "pk"]),
}


class CatalogueForm(forms.Form):
    """Every parameter the list understands. Facet choices come from the
    taxonomies of this request."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        # A validator rather than max_length, so the box takes a longer text
        # (pasted, say) and the message can ask to shorten it.
        validators=[MaxLengthValidator(MAX_QUERY_LENGTH)],
        widget=forms.TextInput(
            attrs={
                "type": "search",
                "maxlength": 5000,
                "placeholder": _("Title, theme, trainer, provider …"),
                "data-hx-preserve": "true",
            }
        ),
    )
    online = forms.BooleanField(label=_("Online only"), required=False)
    date_from = forms.DateField(label=_("From"), widget=DateInput(), required=False)
    date_to = forms.DateField(label=_("Until"), widget=DateInput(), required=False)
    max_fee = forms.DecimalField(
        label=_("Maximum fee (euro)"),
        min_value=0,
        max_value=100000,
        max_digits=8,
        decimal_places=2,
        required=False,
        # A text box with a number keypad (as GOV.UK advises): it keeps
        # whatever was typed, so the error can name it.
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    past = forms.BooleanField(
        label=_("Also show courses without coming sessions"), required=False
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("", "")] + [(key, label) for key, (label, _o) in SORTS.items()],
    )

    def __init__(self, data, *, taxonomies: Taxonomies):
        super().__init__(data)
        self.facet_options, fields = taxonomies.facet_fields()
        for name, shared in fields.items():
            # A copy: cleaning notes ignored values on the field.
            self.fields[name] = copy.copy(shared)

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            widget = self.fields[name].widget if name in self.fields else None
            if getattr(widget, "input_type", None) == "date":
                # A value that is no date stays as typed, in a text box: a
                # date box would drop it (and it is not valid HTML there).
                widget.input_type = "text"

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error(
                "date_to", _("The end date must not be before the start date.")
            )
        return cleaned

    def notices(self):
        """Input that was understood but could not be used, as (field, message)."""
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
        text = (self.cleaned_data.get("q") or "").strip()
        if text and not tokens(text):
            out.append(
                (
                    "q",
                    _(
                        "“%(text)s” has no letters or digits to search for, so all "
                        "courses are shown."
                    )
                    % {"text": text[:50]},
                )
            )
        return out


# -- the query -------------------------------------------------------------------


class CourseQuery:
    """What a visitor asked the catalogue, and the courses that answer it."""

    def __init__(
        self, data: QueryDict, *, taxonomies: Taxonomies, version: int, today=None
    ):
        self.data = data
        self.version = version
        self.today = today or timezone.localdate()
        self.form = CatalogueForm(data, taxonomies=taxonomies)
        self.form.is_valid()  # invalid fields are reported and left out
        self.cleaned = {
            k: v for k, v in self.form.cleaned_data.items() if v not in EMPTY
        }

    @property
    def query(self) -> str:
        """The search text, when it has anything to search for."""
        text = self.cleaned.get("q", "")
        return text if tokens(text) else ""

    def session_range(self) -> tuple[date | None, date | None]:
        """The dates a shown session must fall in: from today unless past
        courses are asked for, narrowed by the date filter."""
        start, end = self.cleaned.get("date_from"), self.cleaned.get("date_to")
        if not self.cleaned.get("past"):
            start = max(start or self.today, self.today)
        return start, end

    def filter(self, queryset: QuerySet, exclude=()) -> QuerySet:
        """Apply every chosen filter except those named in ``exclude``."""
        chosen = {k: v for k, v in self.cleaned.items() if k not in exclude}
        for name, (_label, facet) in FACETS.items():
            if name in chosen:
                options = self.form.facet_options[name]
                queryset = facet.apply(queryset, [options[v][0] for v in chosen[name]])
        if "online" in chosen:
            online = CourseFacet.objects.filter(kind=index.ONLINE)
            queryset = queryset.filter(pk__in=online.values("course_id"))
        if "max_fee" in chosen:
            queryset = queryset.filter(fee__lte=chosen["max_fee"])
        if "past" not in chosen:
            queryset = queryset.upcoming(self.today)
        if "date_from" in chosen or "date_to" in chosen:
            # Only then ask the sessions: "upcoming" alone is answered by the
            # stored last session date.
            start, end = self.session_range()
            sessions = Session.objects.filter(course=OuterRef("pk"))
            if start:
                sessions = sessions.filter(date__gte=start)
            if end:
                sessions = sessions.filter(date__lte=end)
            queryset = queryset.filter(Exists(sessions))
        if "q" in chosen:
            queryset = apply_search(queryset, chosen["q"])
        return queryset

    @property
    def ordering(self) -> str:
        chosen = self.cleaned.get("sort")
        if chosen == "relevance" and not self.query:
            return "date"
        return chosen or ("relevance" if self.query else "date")

    def results(self, queryset: QuerySet, listing=lambda qs: qs):
        """The matching courses in the chosen order, for the paginator.
        ``listing`` adds what a page of them shows (``for_listing``)."""
        _total, _counts, everything = self._summary(queryset)
        if self.ordering == "relevance":
            ranked = [pk for pk in self.ranked_matches(queryset) if pk in everything]
            return RankedCourses(ranked, listing(queryset), self.query)
        if len(everything) <= FETCH_BY_ID and not self._narrowed_in_sql():
            # A narrow choice of facets: fetch the few matching courses by id
            # rather than test every listed course against each facet.
            queryset = queryset.filter(pk__in=list(everything))
        else:
            queryset = self.filter(queryset)
        return listing(queryset.order_by(*SORTS[self.ordering][1]))

    def ranked_matches(self, queryset: QuerySet) -> list[int]:
        """Ids of the listed courses that match the search text, best first.

        One query per catalogue version, day and text: every filter, count
        and page of the same search is then answered from it.
        """
        if hasattr(self, "_ranked"):
            return self._ranked
        past = "past" in self.cleaned

        def rank():
            listed = queryset if past else queryset.upcoming(self.today)
            found = apply_search(listed, self.query).order_by(*SORTS["relevance"][1])
            return list(found.values_list("pk", flat=True))

        self._ranked = cached(
            "search", self.version, rank, self.today, past, self.query
        )
        return self._ranked

    def _narrowed_in_sql(self) -> list[str]:
        return [n for n in NARROWED_IN_SQL if n in self.cleaned]

    def sort_options(self) -> list[tuple[str, str, bool]]:
        """(value, label, selected) for the sort menu. The default order has
        the empty value, so it stays out of the URL and a new search text
        switches to relevance by itself."""
        default = "relevance" if self.query else "date"
        chosen = self.cleaned.get("sort", "")
        options = [("", SORTS[default][0], chosen in ("", default))]
        for value, (label, _order) in SORTS.items():
            if value not in (default, "relevance"):
                options.append((value, label, value == chosen))
        return options

    # -- what the page shows about the filters ---------------------------------

    def active_names(self) -> list[str]:
        return [name for name in self.cleaned if name != "sort"]

    def cache_key(self) -> tuple:
        """What the results depend on, apart from order and page."""
        return (
            self.today,
            tuple(
                (name, repr(value))
                for name, value in sorted(self.cleaned.items())
                if name != "sort"
            ),
        )

    def total(self, queryset: QuerySet) -> int:
        return self._summary(queryset)[0]

    def matching(self, queryset: QuerySet) -> BitMap:
        """The ids of every course that answers the query (kijkwijzer
        matching ranks within them)."""
        return self._summary(queryset)[2]

    def counts(self, queryset: QuerySet) -> dict[str, Counter]:
        """Facet counts per group, each with the other groups' filters applied
        (the kijkwijzer criteria narrow within their own group too)."""
        return self._summary(queryset)[1]

    def _summary(self, queryset: QuerySet) -> tuple[int, dict, BitMap]:
        if not hasattr(self, "_summary_cache"):
            self._summary_cache = cached(
                "summary",
                self.version,
                lambda: self._count(queryset),
                self.cache_key(),
            )
        return self._summary_cache

    def _count(self, queryset: QuerySet) -> tuple[int, dict, BitMap]:
        """Count with the facet bitmaps (catalogue/facetindex.py); only a
        search, dates or a fee ask the database which courses match."""
        index_bitmaps = facetindex.bitmaps.at(self.version)
        base = index_bitmaps.listed(self.today, "past" in self.cleaned)
        if self.query:
            base = base & BitMap(self.ranked_matches(queryset))
        narrowing = self._narrowed_in_sql()
        if narrowing:
            others = [n for n in self.cleaned if n not in narrowing and n != "past"]
            matching = self.filter(queryset, exclude=others).order_by()
            base = base & BitMap(matching.values_list("pk", flat=True))
        if "online" in self.cleaned:
            base = base & index_bitmaps.get(index.ONLINE, "1")
        chosen = {}
        for name, (_label, facet) in FACETS.items():
            if name in self.cleaned:
                options = self.form.facet_options[name]
                sets = [
                    index_bitmaps.get(facet.kind, options[v][0])
                    for v in self.cleaned[name]
                ]
                combine = operator.and_ if facet.conjoined else operator.or_
                chosen[name] = functools.reduce(combine, sets)
        everything = functools.reduce(operator.and_, chosen.values(), base)
        counts = {}
        for name, (_label, facet) in FACETS.items():
            within = everything
            if name in chosen and not facet.conjoined:
                within = functools.reduce(
                    operator.and_, (s for n, s in chosen.items() if n != name), base
                )
            group = Counter()
            for key, _text, _depth in self.form.facet_options[name].values():
                n = within.intersection_cardinality(index_bitmaps.get(facet.kind, key))
                if n:
                    group[key] = n
            counts[name] = group
        return len(everything), counts, everything

    def facets(self, queryset: QuerySet) -> dict[str, FacetGroup]:
        counts = defaultdict(Counter, self.counts(queryset))
        groups = {}
        for name, (label, facet) in FACETS.items():
            chosen = set(self.cleaned.get(name, []))
            options = [
                FacetOption(url, text, counts[name].get(key, 0), url in chosen, depth)
                for url, (key, text, depth) in self.form.facet_options[name].items()
                if counts[name].get(key) or url in chosen
            ]
            hidden = 0
            if facet.shown and len(options) > facet.shown:
                # Hundreds of providers would bury the other filters (and
                # take longer to render than the rest of the page): show the
                # largest ones and every chosen one, in their usual order.
                keep = sorted(options, key=lambda o: -o.count)[: facet.shown]
                keep = {o.value for o in keep} | chosen
                hidden = len(options) - len(keep)
                options = [o for o in options if o.value in keep]
            groups[name] = FacetGroup(
                name,
                label,
                options,
                len(chosen),
                self.form.errors.get(name, []),
                hidden,
            )
        return groups

    def without(self, name, value=None) -> QueryDict:
        """The current query string without one filter (or one of its values)."""
        query = self.data.copy()
        query.pop("page", None)
        if value is None:
            query.pop(name, None)
        else:
            query.setlist(name, [v for v in query.getlist(name) if v != value])
        return query

    def chips(self) -> list[tuple[str, QueryDict]]:
        """Active filters as (label, query string without it)."""
        chips = []
        for name in self.active_names():
            label, value = self.form.fields[name].label, self.cleaned[name]
            if name in FACETS:
                options = self.form.facet_options[name]
                for url in value:
                    chips.append(
                        (f"{label}: {options[url][1]}", self.without(name, url))
                    )
            elif isinstance(value, bool):
                chips.append((str(label), self.without(name)))
            else:
                shown = value.strftime("%d/%m/%Y") if isinstance(value, date) else value
                chips.append((f"{label}: {shown}", self.without(name)))
        return chips

    def loosen(self, queryset: QuerySet) -> tuple[str, QueryDict, int] | None:
        """For an empty result: the one filter whose removal finds the most.

        Costs one count per active filter, and only runs on empty results.
        """
        best = None
        for name in self.active_names():
            if name == "past":
                continue
            n = self.filter(queryset, exclude=(name,)).count()
            if n and (best is None or n > best[2]):
                best = (str(self.form.fields[name].label), self.without(name), n)
        return best


class RankedCourses:
    """Courses in a given order of ids, for the paginator: a page fetches
    only its own courses (with their search highlights)."""

    def __init__(self, ids: list[int], listing: QuerySet, query: str):
        self.ids, self.listing, self.query = ids, listing, query

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, index):
        ids = self.ids[index]
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        courses = apply_search(self.listing.filter(pk__in=ids), self.query)
        position = {pk: n for n, pk in enumerate(ids)}
        return sorted(courses, key=lambda course: position[course.pk])


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    depth: int = 0

    @property
    def count_text(self) -> str:
        # For screen readers; formatted here, once, rather than by a
        # blocktranslate per option in the template.
        return ngettext("%(count)s course", "%(count)s courses", self.count) % {
            "count": self.count
        }


@dataclass
class FacetGroup:
    name: str
    label: str
    options: list[FacetOption] = field(default_factory=list)
    selected: int = 0
    errors: list[str] = field(default_factory=list)
    hidden: int = 0  # options left out of a long list
