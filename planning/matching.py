"""From a teacher's kijkwijzer to courses.

Every answer that implies something about a course becomes a *wish*: "about
leadership or staff policy", "sessions in Antwerp or online", "the provider
says: learning together with peers". A wish is met when any of its
*options* is; each option is a catalogue query (``?theme=...``), so what
"meets" means is decided by the catalogue's own filters and facet index,
never by a copy of them here.

Practical wishes (subject, level, place, budget, dates) make the link into
the catalogue, where the teacher can loosen them. All wishes rank the best
matches: most wishes met first.
"""

from __future__ import annotations

import functools
import heapq
import operator
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.http import QueryDict
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from pyroaring import BitMap

from catalogue.filters import FACETS, CourseQuery, Taxonomies, option_ids
from catalogue.models import Course, CourseCriterion

from .models import Choice, Question, QuestionnaireVersion

TOP = 10
# Wishes from these catalogue filters make the link into the catalogue.
HARD = {"theme", "level", "province", "max_fee", "dates"}


@dataclass(frozen=True)
class Option:
    """One way to meet a wish. ``reason`` says so, with %s for ``name``: the
    reasons of one kind that a course meets are told together ("works with
    lesson study, intervision")."""

    group: str
    params: tuple[tuple[str, str], ...]
    reason: str
    name: str = ""

    @property
    def text(self) -> str:
        return self.reason % self.name if self.name else self.reason


@dataclass
class Wish:
    label: str
    options: list[Option]
    weight: int = 1

    @property
    def group(self) -> str:
        return self.options[0].group

    @property
    def hard(self) -> bool:
        return self.group in HARD


@dataclass
class Match:
    course: Course
    met: list[tuple[Wish, list[str]]] = field(default_factory=list)
    unmet: list[Wish] = field(default_factory=list)


def _choice_options(choice: Choice, today: date) -> list[Option]:
    options = []
    for theme in choice.themes.all():
        options.append(
            Option("theme", (("theme", theme.slug),), _("about %s"), theme.name)
        )
    for level in choice.levels.all():
        options.append(
            Option("level", (("level", level.slug),), _("for %s"), level.name)
        )
    for province in choice.provinces.all():
        options.append(
            Option(
                "province",
                (("province", province.slug),),
                _("sessions in the province of %s"),
                province.name,
            )
        )
    if choice.online:
        options.append(
            Option("province", (("online", "1"),), _("can be followed online"))
        )
    for role in choice.roles.all():
        options.append(
            Option("role", (("role", role.slug),), _("meant for: %s"), role.name)
        )
    for method in choice.methods.all():
        options.append(
            Option(
                "method", (("method", method.slug),), _("works with %s"), str(method)
            )
        )
    labels = dict(Course.Format.choices)
    for value in choice.formats:
        if value in labels:
            options.append(
                Option(
                    "format", (("format", value),), _("format: %s"), str(labels[value])
                )
            )
    for criterion in choice.criteria.all():
        options.append(
            Option(
                "criteria",
                (("criteria", criterion.key),),
                _("provider says: %s"),
                criterion.label,
            )
        )
    if choice.max_fee is not None:
        fee = choice.max_fee
        reason = _("free") if not fee else _("fee at most %s euro") % f"{fee:.0f}"
        options.append(Option("max_fee", (("max_fee", str(fee)),), reason))
    start, end = choice.dates(today)
    if start and end:
        options.append(
            Option(
                "dates",
                (("date_from", start.isoformat()), ("date_to", end.isoformat())),
                _("a session between %(start)s and %(end)s")
                % {
                    "start": date_format(start, "j F Y"),
                    "end": date_format(end, "j F Y"),
                },
            )
        )
    return options


def wishes(version: QuestionnaireVersion, answers: dict, today: date) -> list[Wish]:
    """The wishes a teacher's answers express, in questionnaire order.

    The options one multiple-choice question gives for the same filter
    (two education levels, a province or online) form one wish: a course
    can only meet one of them. Choices that each describe a way of
    learning stay wishes of their own.
    """
    out = []
    for question in version.questions().values():
        value = answers.get(str(question.pk))
        if value in (None, "", []):
            continue
        if question.kind == Question.Kind.SCALE:
            if question.criterion and value >= Question.IMPORTANT:
                criterion = question.criterion
                option = Option(
                    "criteria",
                    (("criteria", criterion.key),),
                    _("provider says: %s"),
                    criterion.label,
                )
                weight = 2 if value > Question.IMPORTANT else 1
                out.append(Wish(criterion.label, [option], weight))
            continue
        if question.kind == Question.Kind.TEXT:
            continue
        chosen = [c for c in question.choices.all() if c.pk in set(value)]
        per_choice = [(c, _choice_options(c, today)) for c in chosen]
        per_choice = [(c, options) for c, options in per_choice if options]
        groups = {o.group for _c, options in per_choice for o in options}
        if len(groups) == 1:
            group = groups.pop()
            # Subject and level are what a course is about: they weigh more.
            weight = 2 if group in {"theme", "level"} else 1
            label = ", ".join(c.wish_label for c, _o in per_choice)
            merged = [o for _c, options in per_choice for o in options]
            out.append(Wish(label, list(dict.fromkeys(merged)), weight))
        else:
            out.extend(Wish(c.wish_label, options) for c, options in per_choice)
    return out


class Matcher:
    """Answers questions about courses and wishes against one catalogue
    version and day, with the catalogue's own queries."""

    def __init__(self, version: int, today: date):
        self.version, self.today = version, today
        self.taxonomies = Taxonomies.load(version)
        self._ids: dict[tuple, BitMap] = {}

    def query(self, params) -> CourseQuery:
        data = QueryDict(mutable=True)
        for key, value in params:
            data.appendlist(key, value)
        return CourseQuery(
            data, taxonomies=self.taxonomies, version=self.version, today=self.today
        )

    def ids(self, params) -> BitMap:
        params = tuple(params)
        if params not in self._ids:
            self._ids[params] = self._find(params)
        return self._ids[params]

    def _find(self, params) -> BitMap:
        names = [name for name, _v in params if name != "past"]
        if len(names) == 1 and (names[0] in FACETS or names[0] == "online"):
            # One facet option: straight from the catalogue's facet index.
            (value,) = [v for n, v in params if n == names[0]]
            past = any(name == "past" for name, _v in params)
            return option_ids(
                self.taxonomies, self.version, self.today, names[0], value, past
            )
        return self.query(params).matching(Course.objects.published())

    def wish_ids(self, wish: Wish, past=False) -> BitMap:
        extra = (("past", "1"),) if past else ()
        return functools.reduce(
            operator.or_, (self.ids(o.params + extra) for o in wish.options), BitMap()
        )

    # -- the link into the catalogue ------------------------------------------

    @staticmethod
    def catalogue_params(wishes: list[Wish]) -> list[tuple[str, str]]:
        """The catalogue query of the practical wishes. Online is not a
        place the catalogue can offer as an alternative to a province, so
        it stays out of the link (it still ranks)."""
        params = []
        for wish in wishes:
            if wish.hard:
                params += [
                    p for o in wish.options for p in o.params if p[0] != "online"
                ]
        return list(dict.fromkeys(params))

    def catalogue_link(self, wishes: list[Wish]) -> tuple[str, int]:
        params = self.catalogue_params(wishes)
        return _link(params), len(self.ids(params))

    def loosen(self, wishes: list[Wish]) -> list[tuple[Wish, str, int]]:
        """For a catalogue link that finds nothing: per practical wish, the
        link without it and how many courses that finds, most first."""
        hard = [w for w in wishes if w.hard]
        out = []
        for wish in hard:
            params = self.catalogue_params([w for w in hard if w is not wish])
            count = len(self.ids(params))
            if count:
                out.append((wish, _link(params), count))
        return sorted(out, key=lambda item: -item[2])

    # -- ranking ---------------------------------------------------------------

    def rank(self, wishes: list[Wish], limit=TOP) -> list[Match]:
        """The coming courses that meet the most wishes, best first (then
        the weightiest wishes, then the soonest session)."""
        if not wishes:
            return []
        met_by = [self.wish_ids(w) for w in wishes]
        # at_least[k]: the courses that meet k wishes or more, built up one
        # wish at a time with bitmap operations (no loop over courses).
        at_least = [functools.reduce(operator.or_, met_by, BitMap())]
        for ids in met_by:
            at_least.append(BitMap())
            for k in range(len(at_least) - 1, 0, -1):
                at_least[k] |= at_least[k - 1] & ids
        best = BitMap()
        for k in range(len(at_least) - 1, 0, -1):
            best |= at_least[k]
            if len(best) >= limit * 5:
                break
        best = list(best)[:5000]  # ties beyond this are rare and far down
        score = Counter({pk: sum(pk in ids for ids in met_by) for pk in best})
        weight = Counter(
            {
                pk: sum(
                    w.weight for w, ids in zip(wishes, met_by, strict=True) if pk in ids
                )
                for pk in best
            }
        )
        best = heapq.nlargest(limit * 5, best, key=lambda pk: (score[pk], weight[pk]))
        courses = Course.objects.filter(pk__in=best).for_listing(self.today)
        far = date.max
        courses = sorted(
            courses,
            key=lambda c: (
                -score[c.pk],
                -weight[c.pk],
                c.next_session_date or far,
                c.pk,
            ),
        )[:limit]
        return [self.explain(c, wishes, met_by) for c in courses]

    def explain(self, course: Course, wishes: list[Wish], met_by=None) -> Match:
        """Which wishes the course meets, with the reasons, and which not."""
        if met_by is None:
            # A single course may have no coming session: ask about it as
            # the catalogue does with "also past courses".
            met_by = [self.wish_ids(w, past=True) for w in wishes]
        match = Match(course)
        told = set()
        for wish, ids in zip(wishes, met_by, strict=True):
            if course.pk not in ids:
                match.unmet.append(wish)
                continue
            met = [o for o in wish.options if course.pk in self._option(o)]
            # Two wishes can share a reason (a way of learning and a
            # criterion's importance): tell it once.
            reasons = [r for r in _told_together(met) or [wish.label] if r not in told]
            told.update(reasons)
            match.met.append((wish, reasons))
        return match

    def _option(self, option: Option) -> BitMap:
        return self.ids(option.params + (("past", "1"),))


def _told_together(options: list[Option]) -> list[str]:
    names = {}
    for option in options:
        names.setdefault(option.reason, []).append(option.name)
    return [
        reason % ", ".join(n for n in found if n) if any(found) else reason
        for reason, found in names.items()
    ]


def _link(params) -> str:
    data = QueryDict(mutable=True)
    for key, value in params:
        data.appendlist(key, value)
    url = reverse("catalogue:course_list")
    return f"{url}?{data.urlencode()}" if data else url


# -- the kijkwijzer against one course ----------------------------------------


@dataclass
class CriterionRow:
    criterion: object
    importance: int | None
    importance_label: str
    answer: CourseCriterion | None

    @property
    def mismatch(self) -> bool:
        important = (self.importance or 0) >= Question.IMPORTANT
        return important and (self.answer is None or self.answer.answer != "yes")

    @property
    def open_question(self) -> bool:
        """The provider left it open or answered "partly": ask them."""
        return self.answer is None or self.answer.answer == "partly"


SEVERITY = {None: 0, "no": 0, "partly": 1, "yes": 2}


def importance(version: QuestionnaireVersion, answers: dict) -> dict[int, int]:
    """How important each kijkwijzer criterion is to the teacher (criterion
    id → scale point), from the scale questions about criteria."""
    out = {}
    for question in version.questions().values():
        value = answers.get(str(question.pk))
        if question.criterion_id and isinstance(value, int):
            out[question.criterion_id] = value
    return out


def criteria_rows(
    course: Course, criteria, weights: dict[int, int]
) -> list[CriterionRow]:
    """Every criterion with the teacher's importance and the provider's
    answer; mismatches first, the most important first."""
    answers = {a.criterion_id: a for a in course.criteria.all()}
    labels = dict(Question.SCALE)
    rows = [
        CriterionRow(
            c,
            weights.get(c.pk),
            str(labels.get(weights.get(c.pk), "")),
            answers.get(c.pk),
        )
        for c in criteria
    ]

    def order(row):
        answer = row.answer.answer if row.answer else None
        return (not row.mismatch, -(row.importance or 0), SEVERITY[answer])

    return sorted(rows, key=order)
