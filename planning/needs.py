"""What a school's team wants to learn, from the kijkwijzers its members
shared with the school.

Only counts leave this module, and only counts that at least ``min_group``
teachers share: a wish fewer people have would point at someone. Learning
questions and other written answers stay with the teacher: they are never
read here.

Wishes are counted by the term they name (the theme, the education level,
the method or course format), not by the wording of the choice: one choice
can name two themes, one answer can merge several choices into one wish,
and a newer kijkwijzer version may word its choices differently. The terms
are the catalogue's, and the plan's needs are tagged with them too.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.utils import timezone

from . import matching
from .models import KijkwijzerShare, QuestionnaireVersion, Response, School

MIN_GROUP = 3

# The wish groups a team summary shows, and where each is counted.
GROUPS = {"theme": "themes", "method": "ways", "format": "ways", "level": "levels"}


@dataclass(frozen=True)
class Count:
    label: str
    teachers: int


@dataclass(frozen=True)
class TeamNeeds:
    teachers: int  # how many members shared a kijkwijzer with the school
    themes: list[Count]
    ways: list[Count]  # ways of learning: methods and course formats
    levels: list[Count]
    min_group: int
    left_out: bool  # some wishes were had by fewer than min_group teachers

    @property
    def is_empty(self) -> bool:
        return not (self.themes or self.ways or self.levels)


def latest_shared(school: School) -> list[Response]:
    """Per member of the school, the kijkwijzer they shared with it last.

    A share by someone who is no longer a member does not count: the
    school has no business with their wishes any more."""
    shares = (
        KijkwijzerShare.objects.filter(
            school=school, response__owner__school_memberships__school=school
        )
        .select_related("response")
        .order_by("response__owner_id", "-shared_at", "-pk")
    )
    latest: dict[int, Response] = {}
    for share in shares:
        latest.setdefault(share.response.owner_id, share.response)
    return list(latest.values())


def _visible(counter: Counter, min_group: int) -> list[Count]:
    counts = [Count(label, n) for label, n in counter.items() if n >= min_group]
    return sorted(counts, key=lambda c: (-c.teachers, c.label.casefold()))


def team_needs(school: School, min_group: int = MIN_GROUP) -> TeamNeeds:
    min_group = max(min_group, 1)
    responses = latest_shared(school)
    versions = QuestionnaireVersion.objects.with_questions().in_bulk(
        {r.version_id for r in responses}
    )
    today = timezone.localdate()
    counters = {key: Counter() for key in set(GROUPS.values())}
    for response in responses:
        # A set per teacher: whoever names a theme twice still counts once.
        named = {key: set() for key in counters}
        wishes = matching.wishes(versions[response.version_id], response.answers, today)
        for wish in wishes:
            for option in wish.options:
                key = GROUPS.get(option.group)
                if key and option.name:
                    named[key].add(str(option.name))
        for key, names in named.items():
            counters[key].update(names)
    return TeamNeeds(
        teachers=len(responses),
        themes=_visible(counters["themes"], min_group),
        ways=_visible(counters["ways"], min_group),
        levels=_visible(counters["levels"], min_group),
        min_group=min_group,
        left_out=any(
            n < min_group for counter in counters.values() for n in counter.values()
        ),
    )
