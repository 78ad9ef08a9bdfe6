"""A large, realistic catalogue built from a seed, to measure performance on.

``generate(courses=100_000, seed=1, today=...)`` creates providers (slugs
starting with ``gen-``), their trainers and campuses, and published courses
with sessions, programme, kijkwijzer answers and taxonomy links. The same
seed and day give the same catalogue: every random choice comes from one
``random.Random(seed)`` and every list it picks from has a fixed order.

Speed comes from writing set-based: all rows are built in memory first and
then written per table in one go (``COPY`` on PostgreSQL, ``executemany``
elsewhere), never one ``save()`` per course. No model signals fire, so the
search index is filled here as well, from the same functions
``index.refresh_courses`` uses (``facet_keys`` and ``document_parts``), given
plain objects that look like a prefetched course. The search vectors are
computed by PostgreSQL while the courses are copied in.
"""

from __future__ import annotations

import json
import random
import time
from bisect import bisect
from collections import Counter, namedtuple
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal
from itertools import accumulate

from django.db import connection, transaction
from django.db.models import JSONField
from django.utils import timezone
from django.utils.text import slugify

from providers.models import Campus, Complaint, Provider, ProviderMembership
from taxonomy.models import (
    Criterion,
    EducationLevel,
    Method,
    Province,
    TargetRole,
    Theme,
)

from . import generate_words as words
from . import index
from .management.commands.load_demo import is_school_day
from .models import (
    CatalogueVersion,
    Course,
    CourseCriterion,
    CourseFacet,
    ProgrammeItem,
    Session,
    Trainer,
)
from .search import TS_CONFIG, search_document

#: Generated providers' slugs start with this; --replace removes them.
PREFIX = "gen-"
#: Share of courses with a session today or later.
COMING_SHARE = 0.2
#: Share of courses that answer the kijkwijzer criteria.
KIJKWIJZER_SHARE = 0.9

# Relative weights per taxonomy slug; a term added later gets DEFAULT_WEIGHT.
DEFAULT_WEIGHT = 2
THEME_WEIGHTS = {
    "didactiek-en-evaluatie": 18,
    "leerlingenbegeleiding-en-zorg": 16,
    "taal": 14,
    "schoolbeleid-en-administratie": 12,
    "stem": 10,
    "jonge-kinderen": 6,
    "mens-en-maatschappij": 6,
    "kunst-en-cultuur": 5,
    "beweging-en-gezondheid": 5,
    "beroepsgericht-onderwijs": 4,
}
LEVEL_WEIGHTS = {
    "basisonderwijs": 8,
    "kleuteronderwijs": 12,
    "lager-onderwijs": 22,
    "secundair-onderwijs": 10,
    "eerste-graad": 10,
    "tweede-graad": 8,
    "derde-graad": 8,
    "se-n-se": 1,
    "buitengewoon-onderwijs": 2,
    "buitengewoon-basisonderwijs": 3,
    "buitengewoon-secundair-onderwijs": 3,
    "volwassenenonderwijs": 5,
    "hoger-onderwijs": 3,
    "deeltijds-kunstonderwijs": 2,
}
# Themes for one part of the school pick their levels from that part.
THEME_LEVELS = {
    "jonge-kinderen": ["kleuteronderwijs", "basisonderwijs"],
    "beroepsgericht-onderwijs": ["tweede-graad", "derde-graad", "se-n-se"],
}
ROLE_WEIGHTS = {
    "leraar": 50,
    "beginnende-leraar": 6,
    "directeur": 10,
    "coordinator": 6,
    "pedagogisch-begeleider": 3,
    "zorgcoordinator": 7,
    "leerlingbegeleider": 5,
    "ict-coordinator": 3,
    "mentor": 4,
    "procescoach": 2,
    "beleidsmedewerker": 2,
}
METHOD_WEIGHTS = {
    "workshop": 20,
    "lezing": 10,
    "e-learning": 8,
    "coaching": 8,
    "intervisie": 6,
    "leergemeenschap": 6,
    "praktijkopdracht": 8,
    "casusbespreking": 7,
    "klasobservatie": 4,
    "lesson-study": 3,
    "teacher-design-team": 2,
    "data-team": 2,
}
FORMAT_WEIGHTS = {
    Course.Format.STUDY_DAY: 34,
    Course.Format.MULTI_DAY: 20,
    Course.Format.PROGRAMME: 9,
    Course.Format.SCHOOL_COACHING: 7,
    Course.Format.ONLINE: 13,
    Course.Format.HYBRID: 5,
    Course.Format.LECTURE: 8,
    Course.Format.NETWORK: 4,
}
LANGUAGE_WEIGHTS = {"nl": 960, "en": 20, "fr": 15, "de": 5}
# Formats whose sessions form editions of several meetings.
SERIES = {Course.Format.MULTI_DAY, Course.Format.PROGRAMME, Course.Format.NETWORK}
# (lowest, highest) fee in euro per format, before rounding to 5.
FEES = {
    Course.Format.STUDY_DAY: (60, 250),
    Course.Format.MULTI_DAY: (150, 450),
    Course.Format.PROGRAMME: (250, 900),
    Course.Format.SCHOOL_COACHING: (300, 1200),
    Course.Format.ONLINE: (0, 90),
    Course.Format.HYBRID: (80, 250),
    Course.Format.LECTURE: (0, 40),
    Course.Format.NETWORK: (0, 150),
}
# (start, end) times per format.
TIMES = {
    Course.Format.LECTURE: [("19:00", "21:30"), ("13:30", "16:30")],
    Course.Format.ONLINE: [("15:30", "17:00"), ("19:30", "21:00")],
    Course.Format.NETWORK: [("13:30", "16:30"), ("09:00", "12:00")],
}
DAY_TIMES = [
    ("09:00", "16:00"),
    ("09:30", "16:30"),
    ("09:00", "12:00"),
    ("13:00", "16:00"),
]
SESSION_COUNTS = {1: 20, 2: 20, 3: 25, 4: 20, 5: 15}


class Weighted:
    """Items with relative weights, drawn with one random number each."""

    def __init__(self, items: Iterable, weights: Iterable[float]):
        self.items = list(items)
        self.cumulative = list(accumulate(weights))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random):
        return self.items[bisect(self.cumulative, rng.random() * self.total)]

    def distinct(self, rng: random.Random, k: int) -> list:
        """Up to k different items (fewer when there are not enough)."""
        chosen = []
        for _attempt in range(k * 8):
            item = self.pick(rng)
            if item not in chosen:
                chosen.append(item)
                if len(chosen) == k:
                    break
        return chosen


def zipf(items: list, exponent: float = 1.05, offset: int = 3) -> Weighted:
    return Weighted(
        items, [1 / (rank + offset) ** exponent for rank in range(len(items))]
    )


def _vocabulary() -> list[str]:
    """Nouns from common to rare: the listed ones, then short compounds
    ("leesangst"), then the rarest, a prefix before a listed noun
    ("leesroutines"). Each group in a fixed shuffled order, the same for
    every seed."""
    order = random.Random(0)
    short = [p + h for p in words.COMPOUND_PREFIXES for h in words.COMPOUND_HEADS]
    order.shuffle(short)
    long = [
        p + n
        for p in words.COMPOUND_PREFIXES
        for n in words.NOUNS
        if n.isalpha() and n.islower() and len(n) <= 10
    ]
    order.shuffle(long)
    return list(dict.fromkeys(words.NOUNS + short + long))


VOCABULARY = _vocabulary()


class Rows(list):
    """A list that answers ``.all()``, as a prefetched relation does."""

    def all(self):
        return self


Answer = namedtuple("Answer", "criterion_id answer explanation")
Part = namedtuple("Part", "day part title contents")
Meeting = namedtuple(
    "Meeting",
    "edition date start_time end_time is_online venue_name room street postcode "
    "municipality province_id",
)


class PlannedCourse:
    """A course before it is written, shaped like a prefetched ``Course`` so
    that ``index.facet_keys`` and ``index.document_parts`` read it."""

    def __init__(self, **fields):
        self.__dict__.update(fields)


COURSE_FIELDS = [
    "id",
    "provider",
    "title",
    "slug",
    "code",
    "summary",
    "description",
    "goals",
    "audience_note",
    "format",
    "duration_days",
    "duration_hours",
    "fee",
    "fee_includes",
    "fee_note",
    "what_to_bring",
    "contact_name",
    "contact_phone",
    "contact_email",
    "registration_url",
    "language",
    "status",
    "published_at",
    "created_at",
    "updated_at",
    "next_session_date",
    "last_session_date",
    "search_text",
    "indexed_version",
]
# Any other column a course has gets its model default.
DEFAULTED = [
    f
    for f in Course._meta.concrete_fields
    if f.name not in {*COURSE_FIELDS, "search_vector"} and f.has_default()
]
COLUMNS = COURSE_FIELDS + [f.name for f in DEFAULTED]
SESSION_FIELDS = ["course", *Meeting._fields[:-1], "province"]
LINKS = {
    # Course many-to-many field: attribute of PlannedCourse holding the terms.
    "education_levels": "education_levels",
    "themes": "themes",
    "roles": "roles",
    "methods": "methods",
    "trainers": "trainers",
}


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return timezone.make_aware(datetime.combine(day, clock(hour, minute)))


def _school_day(day: date, today: date) -> date:
    """The nearest school day, without crossing today: a coming date moves
    forward, a past one back."""
    step = timedelta(days=1 if day >= today else -1)
    while not is_school_day(day):
        day += step
    return day


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


class Terms:
    """The taxonomies, loaded once, with the weighted draws over them."""

    def __init__(self):
        self.level_tree = EducationLevel.tree()
        self.theme_tree = Theme.tree()
        self.criteria = list(Criterion.objects.order_by("position", "pk"))
        self.provinces = list(Province.objects.exclude(postcode_ranges=[]))

        levels = sorted(self.level_tree, key=lambda n: n.pk)
        self.levels = Weighted(
            levels, [LEVEL_WEIGHTS.get(n.slug, DEFAULT_WEIGHT) for n in levels]
        )
        self.levels_by_slug = {n.slug: n for n in levels}

        # Courses are labelled with the most specific themes (the leaves);
        # a leaf's weight is its top-level theme's, shared among its leaves.
        theme_nodes = sorted(self.theme_tree, key=lambda n: n.pk)
        leaves = [n for n in theme_nodes if not self.theme_tree.children(n)]
        self.top_of = {n.pk: self.theme_tree.path(n)[0] for n in leaves}
        share = Counter(self.top_of[n.pk].pk for n in leaves)
        self.themes = Weighted(
            leaves,
            [
                THEME_WEIGHTS.get(self.top_of[n.pk].slug, DEFAULT_WEIGHT)
                / share[self.top_of[n.pk].pk]
                for n in leaves
            ],
        )
        self.siblings = {
            n.pk: [m for m in leaves if self.top_of[m.pk] == self.top_of[n.pk]]
            for n in leaves
        }

        roles = list(TargetRole.objects.order_by("pk"))
        self.roles = Weighted(
            roles, [ROLE_WEIGHTS.get(r.slug, DEFAULT_WEIGHT) for r in roles]
        )
        methods = list(Method.objects.order_by("pk"))
        self.method_list = methods
        self.methods = Weighted(
            methods, [METHOD_WEIGHTS.get(m.slug, DEFAULT_WEIGHT) for m in methods]
        )

    def province_id(self, postcode: str) -> int | None:
        """As ``Province.objects.for_postcode``, without a query per session."""
        number = int(postcode)
        for province in self.provinces:
            if any(low <= number <= high for low, high in province.postcode_ranges):
                return province.pk
        return None


class Generator:
    """Plans a catalogue in memory; ``write`` then stores it."""

    def __init__(self, *, courses: int, providers: int, seed: int, today: date):
        self.n_courses, self.n_providers = courses, providers
        self.today, self.rng = today, random.Random(seed)
        self.terms = Terms()
        self.nouns = zipf(VOCABULARY)
        self.formats = Weighted(FORMAT_WEIGHTS, FORMAT_WEIGHTS.values())
        self.languages = Weighted(LANGUAGE_WEIGHTS, LANGUAGE_WEIGHTS.values())
        self.session_counts = Weighted(SESSION_COUNTS, SESSION_COUNTS.values())
        self.kinds = Weighted(
            [(kind, names) for kind, _share, names in words.PROVIDER_KINDS],
            [share for _kind, share, _names in words.PROVIDER_KINDS],
        )
        places = [
            (name, postcode, self.terms.province_id(postcode))
            for name, postcode, _weight in words.MUNICIPALITIES
        ]
        weights = [weight for _n, _p, weight in words.MUNICIPALITIES]
        self.places = Weighted(places, weights)
        self.places_in = {
            province: Weighted(
                [p for p in places if p[2] == province],
                [w for p, w in zip(places, weights, strict=True) if p[2] == province],
            )
            for province in {p[2] for p in places}
        }
        self.providers: list[Provider] = []
        self.campus_of: dict[int, tuple] = {}
        self.trainers_of: dict[int, list[Trainer]] = {}
        self.courses: list[PlannedCourse] = []
        #: The catalogue version the courses are indexed as of.
        self.version = 0

    # -- providers ---------------------------------------------------------------

    def plan_providers(self) -> None:
        rng, taken = self.rng, set()
        for number in range(1, self.n_providers + 1):
            kind, patterns = self.kinds.pick(rng)
            for _attempt in range(20):
                name = rng.choice(patterns).format(
                    r=rng.choice(words.PROVIDER_REGIONS).replace("-", " "),
                    w=rng.choice(words.PROVIDER_NAME_PARTS[0])
                    + rng.choice(words.PROVIDER_NAME_PARTS[1]),
                )
                if name not in taken:
                    break
            else:
                name = f"{name} {number}"
            taken.add(name)
            slug = f"{PREFIX}{number:04d}-{slugify(name)}"[:200]
            site = slug.removeprefix(PREFIX)
            provider = Provider(
                name=name,
                slug=slug,
                kind=kind,
                description=f"{name} biedt professionalisering aan voor leraren "
                "en schoolteams.",
                vision=rng.choice(words.PROVIDER_VISIONS),
                email=f"info@{site}.example",
                phone=f"0{rng.randint(2, 9)} {rng.randint(100, 999)} "
                f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
                website=f"https://www.{site}.example",
                is_active=True,
            )
            provider.home = self.places.pick(rng)
            provider.abbreviation = "".join(
                w[0] for w in slugify(name).split("-") if w
            )[:3].upper()
            self.providers.append(provider)

    def write_providers(self) -> None:
        Provider.objects.bulk_create(self.providers)
        rng, methods = self.rng, self.terms.methods
        links, campuses, trainers = [], [], []
        through = Provider.methods.through
        for provider in self.providers:
            for method in methods.distinct(rng, rng.randint(1, 4)):
                links.append(through(provider_id=provider.pk, method_id=method.pk))
            name, postcode, province_id = provider.home
            campuses.append(
                Campus(
                    provider=provider,
                    name=f"Campus {name}",
                    street=f"{rng.choice(words.STREETS)} {rng.randint(1, 120)}",
                    postcode=postcode,
                    municipality=name,
                    province_id=province_id,
                )
            )
        through.objects.bulk_create(links)
        Campus.objects.bulk_create(campuses)
        # Bigger providers have more trainers: sized on their share of courses.
        self.provider_weights = Weighted(
            self.providers, [1 / (rank + 10) for rank in range(len(self.providers))]
        )
        total = self.provider_weights.total
        for rank, provider in enumerate(self.providers):
            expected = self.n_courses / (rank + 10) / total
            names = set()
            for _n in range(min(60, 1 + int(expected // 8))):
                names.add(
                    f"{rng.choice(words.FIRST_NAMES)} {rng.choice(words.LAST_NAMES)}"
                )
            for name in sorted(names):
                trainers.append(
                    Trainer(
                        provider=provider,
                        name=name,
                        bio=rng.choice(words.TRAINER_BIOS).format(
                            t=rng.choice(words.DEFAULT_TOPICS), lvl="het onderwijs"
                        )
                        if rng.random() < 0.5
                        else "",
                    )
                )
        Trainer.objects.bulk_create(trainers, batch_size=2000)
        for trainer in trainers:
            self.trainers_of.setdefault(trainer.provider_id, []).append(trainer)

    # -- courses -------------------------------------------------------------------

    def _fill(self, template: str, slots: dict) -> str:
        n1, n2, n3 = (self.nouns.pick(self.rng) for _ in range(3))
        return template.format(n1=n1, n2=n2, n3=n3, **slots)

    def plan_courses(self, ids: list[int]) -> None:
        rng, terms, today = self.rng, self.terms, self.today
        code_numbers = Counter()
        for number in range(self.n_courses):
            provider = self.provider_weights.pick(rng)
            fmt = self.formats.pick(rng)

            first = terms.themes.pick(rng)
            themes = [first]
            for _n in range(rng.choices((0, 1, 2), (45, 40, 15))[0]):
                # A second theme mostly comes from the same part of the tree.
                pool = terms.siblings[first.pk] if rng.random() < 0.6 else None
                extra = rng.choice(pool) if pool else terms.themes.pick(rng)
                if extra not in themes:
                    themes.append(extra)
            top = terms.top_of[first.pk].slug
            if top in THEME_LEVELS:
                levels = [
                    terms.levels_by_slug[s]
                    for s in THEME_LEVELS[top]
                    if s in terms.levels_by_slug
                ][: rng.randint(1, 2)]
            else:
                levels = terms.levels.distinct(
                    rng, rng.choices((1, 2, 3), (50, 35, 15))[0]
                )
            roles = terms.roles.distinct(rng, rng.choices((1, 2, 3), (40, 35, 25))[0])
            methods = terms.methods.distinct(
                rng, rng.choices((1, 2, 3), (35, 40, 25))[0]
            )

            topic = rng.choice(words.TOPICS.get(first.slug, words.DEFAULT_TOPICS))
            slots = {
                "t": topic,
                "fw": words.FORMAT_WORDS[fmt],
                "lvl": words.LEVEL_PLACES.get(levels[0].slug, "je school")
                if levels
                else "je school",
                "ctx": rng.choice(words.CONTEXTS),
                "adj": rng.choice(words.ADJECTIVES),
            }
            title = self._title(topic, slots)
            summary = " ".join(
                [
                    self._fill(rng.choice(words.OPENINGS), slots),
                    self._fill(rng.choice(words.MIDDLES), slots),
                    *(
                        [self._fill(rng.choice(words.CLOSINGS), slots)]
                        if rng.random() < 0.7
                        else []
                    ),
                ]
            )
            description = "\n\n".join(
                " ".join(
                    self._fill(sentence, slots)
                    for sentence in rng.sample(
                        words.DESCRIPTION_SENTENCES, rng.randint(2, 4)
                    )
                )
                for _paragraph in range(rng.randint(1, 3))
            )
            goals = [
                self._fill(goal, slots)
                for goal in rng.sample(words.GOALS, rng.randint(2, 4))
            ]

            meetings = self._sessions(fmt, provider, rng.random() < COMING_SHARE)
            dates = [m.date for m in meetings]
            days = {
                Course.Format.STUDY_DAY: 1,
                Course.Format.MULTI_DAY: rng.randint(2, 4),
                Course.Format.PROGRAMME: rng.randint(4, 8),
                Course.Format.NETWORK: rng.randint(3, 5),
                Course.Format.HYBRID: rng.randint(1, 3),
            }.get(fmt)
            hours = {
                Course.Format.LECTURE: Decimal("2.5"),
                Course.Format.ONLINE: Decimal("1.5"),
                Course.Format.SCHOOL_COACHING: Decimal(rng.randint(4, 20)),
            }.get(fmt, Decimal(6 * days) if days else None)
            fee, fee_note, fee_includes = self._fee(fmt)
            # Published a while before the first session, and never after today.
            published = _at(
                min(
                    min(dates) - timedelta(days=rng.randint(30, 200)),
                    today - timedelta(days=rng.randint(1, 60)),
                ),
                rng.randint(8, 17),
                rng.choice((0, 15, 30, 45)),
            )
            updated = min(
                published
                + timedelta(days=rng.randint(0, 400), hours=rng.randint(0, 8)),
                _at(today, 8),
            )
            code_numbers[provider.pk] += 1
            trainers = self.trainers_of.get(provider.pk, [])
            chosen_trainers = (
                rng.sample(
                    trainers,
                    min(len(trainers), rng.choices((0, 1, 2), (15, 60, 25))[0]),
                )
                if trainers
                else []
            )
            course = PlannedCourse(
                id=ids[number],
                provider=provider,
                provider_id=provider.pk,
                title=title,
                slug=f"{slugify(title)[:200]}-g{number + 1}",
                code=f"{min(dates).year % 100:02d}/{provider.abbreviation}/"
                f"{code_numbers[provider.pk]:03d}",
                summary=summary,
                description=description,
                goals=goals,
                audience_note=self._fill(rng.choice(words.AUDIENCE_NOTES), slots)
                if rng.random() < 0.3
                else "",
                format=fmt,
                duration_days=days,
                duration_hours=hours,
                fee=fee,
                fee_includes=fee_includes,
                fee_note=fee_note,
                what_to_bring=rng.choice(words.WHAT_TO_BRING)
                if rng.random() < 0.3
                else "",
                contact_name=f"{rng.choice(words.FIRST_NAMES)} {rng.choice(words.LAST_NAMES)}",
                contact_phone=provider.phone,
                contact_email=provider.email,
                registration_url=f"{provider.website}/inschrijven/{number + 1}"
                if rng.random() < 0.6
                else "",
                language=self.languages.pick(rng),
                status=Course.Status.PUBLISHED,
                published_at=published,
                created_at=published - timedelta(days=rng.randint(0, 20)),
                updated_at=updated,
                next_session_date=min((d for d in dates if d >= today), default=None),
                last_session_date=max(dates),
                # Sorted as the database returns them (the models' orderings).
                education_levels=Rows(
                    sorted(levels, key=lambda n: (n.position, n.name))
                ),
                themes=Rows(sorted(themes, key=lambda n: (n.position, n.name))),
                roles=Rows(sorted(roles, key=lambda n: (n.position, n.name))),
                methods=Rows(sorted(methods, key=lambda n: (n.position, n.name))),
                trainers=Rows(sorted(chosen_trainers, key=lambda t: t.name)),
                programme=Rows(self._programme(fmt, days or 1, slots)),
                criteria=Rows(self._answers()),
                sessions=meetings,
            )
            parts = index.document_parts(course)
            course.documents = parts
            course.search_text = search_document(" ".join(parts.values()))
            course.indexed_version = self.version
            course.facets = sorted(
                index.facet_keys(
                    course, meetings, today, terms.level_tree, terms.theme_tree
                )
            )
            self.courses.append(course)

    def _title(self, topic: str, slots: dict) -> str:
        rng = self.rng
        shape = rng.random()
        if shape < 0.3:
            return _capitalise(topic)
        if shape < 0.6:
            return f"{_capitalise(topic)}: {rng.choice(words.TITLE_TAILS)}"
        if shape < 0.85:
            return f"{rng.choice(words.TITLE_HEADS)} {topic}"
        return f"{_capitalise(topic)} in {slots['lvl']}"

    def _fee(self, fmt) -> tuple[Decimal | None, str, list[str]]:
        rng = self.rng
        draw = rng.random()
        if draw < 0.08 or (fmt == Course.Format.SCHOOL_COACHING and draw < 0.5):
            return None, rng.choice(words.FEE_NOTES_ON_REQUEST), []
        if draw < 0.2:
            note = rng.choice(words.FEE_NOTES_FREE) if rng.random() < 0.5 else ""
            return Decimal(0), note, []
        low, high = FEES[fmt]
        fee = Decimal(
            max(5, round(rng.triangular(low, high, low + (high - low) / 3) / 5) * 5)
        )
        includes = [
            value
            for value, chance in (
                (Course.Inclusion.MATERIAL, 0.6),
                (Course.Inclusion.LUNCH, 0.4 if fmt != Course.Format.ONLINE else 0),
                (
                    Course.Inclusion.REFRESHMENTS,
                    0.5 if fmt != Course.Format.ONLINE else 0,
                ),
                (Course.Inclusion.CERTIFICATE, 0.5),
                (Course.Inclusion.FOLLOW_UP, 0.1),
            )
            if rng.random() < chance
        ]
        return fee, "", [str(value) for value in includes]

    def _programme(self, fmt, days: int, slots: dict) -> list[Part]:
        rng = self.rng
        if fmt not in SERIES and rng.random() < 0.5:
            return []
        parts = []
        for day in range(1, min(days, 4) + 1):
            for part in (
                [ProgrammeItem.Part.MORNING, ProgrammeItem.Part.AFTERNOON]
                if rng.random() < 0.6
                else [ProgrammeItem.Part.FULL_DAY]
            ):
                contents = [
                    _capitalise(self.nouns.pick(rng)) for _n in range(rng.randint(1, 3))
                ]
                parts.append(
                    Part(day, str(part), rng.choice(words.PROGRAMME_TITLES), contents)
                )
        return parts

    def _answers(self) -> list[Answer]:
        rng = self.rng
        if rng.random() >= KIJKWIJZER_SHARE:
            return []
        # Some providers claim more than others.
        yes = rng.uniform(0.4, 0.95)
        answers = []
        for criterion in self.terms.criteria:
            draw = rng.random()
            answer = "yes" if draw < yes else "partly" if draw < yes + 0.2 else "no"
            explanation = (
                rng.choice(words.CRITERION_EXPLANATIONS[answer])
                if rng.random() < 0.2
                else ""
            )
            answers.append(Answer(criterion.pk, answer, explanation))
        return answers

    def _sessions(self, fmt, provider, coming: bool) -> list[Meeting]:
        rng, today = self.rng, self.today
        count = self.session_counts.pick(rng)
        # Back from the last session: within a year ahead for a coming
        # course, within three school years back for a past one.
        day = today + timedelta(
            days=rng.randint(0, 330) if coming else -rng.randint(1, 3 * 365)
        )
        dates = []
        for _n in range(count):
            dates.append(_school_day(day, today))
            day -= timedelta(
                days=rng.randint(7, 35) if fmt in SERIES else rng.randint(14, 150)
            )
        dates = sorted(set(dates))
        per_edition = 3 if fmt in SERIES else 1
        home = provider.home
        times = TIMES.get(fmt, DAY_TIMES)
        meetings = []
        place = home if rng.random() < 0.55 else self._place(home)
        for n, day in enumerate(dates):
            online = fmt == Course.Format.ONLINE or rng.random() < (
                0.5 if fmt == Course.Format.HYBRID else 0.04
            )
            start, end = rng.choice(times)
            if online:
                location = ("", "", "", "", "", None)
            else:
                if rng.random() < 0.4:
                    place = self._place(home)
                name, postcode, province_id = place
                location = (
                    rng.choice(words.VENUE_NAMES).format(m=name),
                    rng.choice(words.ROOMS) if rng.random() < 0.3 else "",
                    f"{rng.choice(words.STREETS)} {rng.randint(1, 150)}",
                    postcode,
                    name,
                    province_id,
                )
            meetings.append(
                Meeting(
                    1 + n // per_edition,
                    day,
                    clock.fromisoformat(start),
                    clock.fromisoformat(end),
                    online,
                    *location,
                )
            )
        return meetings

    def _place(self, home):
        """Mostly somewhere in the provider's own province, else anywhere."""
        if self.rng.random() < 0.6 and home[2] in self.places_in:
            return self.places_in[home[2]].pick(self.rng)
        return self.places.pick(self.rng)

    # -- writing -------------------------------------------------------------------

    def course_rows(self):
        defaults = [f.get_default() for f in DEFAULTED]
        for course in self.courses:
            row = [getattr(course, name) for name in COURSE_FIELDS]
            row[1] = course.provider_id
            yield row + defaults

    def link_rows(self, attribute: str):
        for course in self.courses:
            for term in getattr(course, attribute):
                yield (course.id, term.pk)

    def session_rows(self):
        for course in self.courses:
            for meeting in course.sessions:
                yield (course.id, *meeting)

    def programme_rows(self):
        for course in self.courses:
            for part in course.programme:
                yield (course.id, *part)

    def answer_rows(self):
        for course in self.courses:
            for answer in course.criteria:
                yield (course.id, *answer)

    def facet_rows(self):
        for course in self.courses:
            for kind, value in course.facets:
                yield (course.id, kind, value)


# -- the database side -------------------------------------------------------------


def _postgres() -> bool:
    return connection.vendor == "postgresql"


def _new_course_ids(count: int) -> list[int]:
    """Ids for ``count`` new courses, so that sessions and links can point
    at them before they are written."""
    table = Course._meta.db_table
    with connection.cursor() as cursor:
        if _postgres():
            # From the sequence, so courses saved meanwhile never collide.
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) "
                "FROM generate_series(1, %s) ORDER BY 1",
                [table, count],
            )
            return [row[0] for row in cursor.fetchall()]
        cursor.execute(
            f"SELECT COALESCE(MAX(id), 0) FROM {connection.ops.quote_name(table)}"
        )
        first = cursor.fetchone()[0] + 1
        return list(range(first, first + count))


def insert(
    model, names: list[str], rows: Iterable, *, table: str | None = None, extra=()
) -> int:
    """Insert plain rows (values in the order of the field ``names``, then
    any ``extra`` text columns) into the model's table. Returns the count."""
    fields = [model._meta.get_field(name) for name in names]
    quote = connection.ops.quote_name
    columns = ", ".join([quote(f.column) for f in fields] + [quote(c) for c in extra])
    table = quote(table or model._meta.db_table)
    count = 0
    with connection.cursor() as cursor:
        if _postgres():
            jsons = [i for i, f in enumerate(fields) if isinstance(f, JSONField)]
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    if jsons:
                        row = list(row)
                        for i in jsons:
                            row[i] = json.dumps(row[i])
                    copy.write_row(row)
                    count += 1
            return count
        prepare = [f.get_db_prep_save for f in fields]
        placeholders = ", ".join(["%s"] * (len(fields) + len(extra)))
        sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"
        batch = []
        for row in rows:
            batch.append(
                [
                    p(v, connection)
                    for p, v in zip(prepare, row[: len(fields)], strict=True)
                ]
                + list(row[len(fields) :])
            )
            if len(batch) == 10_000:
                cursor.executemany(sql, batch)
                count, batch = count + len(batch), []
        if batch:
            cursor.executemany(sql, batch)
            count += len(batch)
    return count


def _insert_courses(generator: Generator) -> int:
    if not _postgres():
        return insert(Course, COLUMNS, generator.course_rows())
    # Through a temporary table holding each course's weighted text, so that
    # PostgreSQL computes the search vectors as it inserts the courses
    # (one write per row instead of an insert and an update).
    quote = connection.ops.quote_name
    table = quote(Course._meta.db_table)
    staging = "generated_course"
    documents = [f"document_{weight.lower()}" for weight in "ABCD"]
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {staging}")
        cursor.execute(f"CREATE TEMPORARY TABLE {staging} (LIKE {table})")
        cursor.execute(
            f"ALTER TABLE {staging} "
            + ", ".join(f"ADD COLUMN {column} text" for column in documents)
        )
    rows = (
        [*row, *(course.documents[w] for w in "ABCD")]
        for row, course in zip(generator.course_rows(), generator.courses, strict=True)
    )
    count = insert(Course, COLUMNS, rows, table=staging, extra=documents)
    columns = ", ".join(quote(Course._meta.get_field(n).column) for n in COLUMNS)
    vector = " || ".join(
        f"setweight(to_tsvector(%s::regconfig, {column}), '{weight}')"
        for column, weight in zip(documents, "ABCD", strict=True)
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({columns}, search_vector) "
            f"SELECT {columns}, {vector} FROM {staging} ORDER BY id",
            [TS_CONFIG] * 4,
        )
        cursor.execute(f"DROP TABLE {staging}")
    return count


def generated_providers():
    return Provider.objects.filter(slug__startswith=PREFIX)


def remove_generated() -> int:
    """Delete what an earlier run generated. Returns the number of courses.

    Raw deletes, table by table: the ORM would load every session and answer
    to send its delete signal, and the signals would re-index each deleted
    course. Complaints about generated courses keep their text.
    """
    providers = generated_providers()
    courses = Course.objects.filter(provider__in=providers)
    using = courses.db
    Complaint.objects.filter(course__in=courses).update(course=None)
    Complaint.objects.filter(provider__in=providers).delete()
    for model in (CourseFacet, Session, ProgrammeItem, CourseCriterion):
        model.objects.filter(course__in=courses)._raw_delete(using)
    for name in LINKS:
        through = Course._meta.get_field(name).remote_field.through
        through.objects.filter(course__in=courses)._raw_delete(using)
    removed = courses._raw_delete(using)
    for queryset in (
        Trainer.objects.filter(provider__in=providers),
        Campus.objects.filter(provider__in=providers),
        ProviderMembership.objects.filter(provider__in=providers),
        Provider.methods.through.objects.filter(provider__in=providers),
    ):
        queryset._raw_delete(using)
    providers._raw_delete(using)
    return removed


def default_providers(courses: int) -> int:
    return max(5, round(courses / 250))


class AlreadyGenerated(Exception):
    pass


Progress = Callable[[str, float, str], None]


def generate(
    *,
    courses: int = 100_000,
    providers: int | None = None,
    seed: int = 1,
    today: date | None = None,
    replace: bool = False,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Generate the catalogue in one transaction; returns row counts.

    ``progress(phase, seconds, detail)`` is told when each phase ends.
    """
    today = today or timezone.localdate()
    providers = providers or default_providers(courses)
    report = progress or (lambda phase, seconds, detail: None)
    counts = {}
    clock_start = [time.perf_counter()]

    def done(phase, detail=""):
        now = time.perf_counter()
        report(phase, now - clock_start[0], detail)
        clock_start[0] = now

    with transaction.atomic():
        if generated_providers().exists():
            if not replace:
                raise AlreadyGenerated(
                    "A generated catalogue is already there; replace it with --replace."
                )
            done("remove earlier run", f"{remove_generated():,} courses")
        generator = Generator(
            courses=courses, providers=providers, seed=seed, today=today
        )
        generator.plan_providers()
        generator.write_providers()
        counts["providers"] = len(generator.providers)
        done("providers", f"{counts['providers']:,} providers")

        # The courses are indexed as of this version: nothing below sends a
        # signal, and the cached catalogue pieces must be rebuilt.
        generator.version = CatalogueVersion.bump()
        generator.plan_courses(_new_course_ids(courses))
        done("plan courses", f"{courses:,} courses in memory")

        counts["courses"] = _insert_courses(generator)
        done(
            "courses" + (" + search vectors" if _postgres() else ""),
            f"{counts['courses']:,}",
        )

        counts["links"] = 0
        for name, attribute in LINKS.items():
            field = Course._meta.get_field(name)
            counts["links"] += insert(
                field.remote_field.through,
                [field.m2m_field_name(), field.m2m_reverse_field_name()],
                generator.link_rows(attribute),
            )
        counts["answers"] = insert(
            CourseCriterion,
            ["course", "criterion", "answer", "explanation"],
            generator.answer_rows(),
        )
        counts["programme"] = insert(
            ProgrammeItem,
            ["course", "day", "part", "title", "contents"],
            generator.programme_rows(),
        )
        done(
            "links, answers, programme",
            f"{counts['links']:,} + {counts['answers']:,} + {counts['programme']:,}",
        )
        counts["sessions"] = insert(Session, SESSION_FIELDS, generator.session_rows())
        done("sessions", f"{counts['sessions']:,}")
        counts["facets"] = insert(
            CourseFacet, ["course", "kind", "value"], generator.facet_rows()
        )
        done("facets", f"{counts['facets']:,}")
    done("commit")
    counts["coming"] = sum(c.last_session_date >= today for c in generator.courses)
    if _postgres() and not connection.in_atomic_block:
        # Fresh statistics for the planner, and a visibility map so counts
        # can be index-only scans, as on a database that has been running.
        with connection.cursor() as cursor:
            for model in (Course, Session, CourseFacet, CourseCriterion):
                cursor.execute(
                    f"VACUUM (ANALYZE) {connection.ops.quote_name(model._meta.db_table)}"
                )
            for name in LINKS:
                through = Course._meta.get_field(name).remote_field.through
                cursor.execute(
                    f"VACUUM (ANALYZE) {connection.ops.quote_name(through._meta.db_table)}"
                )
        done("vacuum and analyze")
    return counts
