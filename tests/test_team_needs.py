"""What the team wants to learn: counts from the kijkwijzers shared with a
school, never small enough to point at someone, for the school's leaders
only."""

import itertools

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from planning.models import KijkwijzerShare, Membership, Response, School
from planning.needs import MIN_GROUP, Count, team_needs
from taxonomy.models import EducationLevel, Method, Theme

from .helpers import make_kijkwijzer, make_user

pytestmark = pytest.mark.django_db

LEADER, MEMBER, SECRETARY = (
    Membership.Role.LEADER,
    Membership.Role.MEMBER,
    Membership.Role.SECRETARY,
)
LEARNING_QUESTION = "Hoe ga ik om met de ruzie tussen Jan en Piet in 3B?"
_seq = itertools.count(1)


# -- factories -------------------------------------------------------------------


def make_school(name="Sint-Jozefscollege", *, leader=None, members=()):
    school = School.objects.create(
        name=name, institution_number=f"{200000 + next(_seq)}"
    )
    if leader is not None:
        Membership.objects.create(school=school, user=leader, role=LEADER)
    for user in members:
        Membership.objects.create(school=school, user=user, role=MEMBER)
    return school


def teacher(school, role=MEMBER):
    user = make_user(f"leraar{next(_seq)}@school.example")
    Membership.objects.create(school=school, user=user, role=role)
    return user


def kijkwijzer(owner, k, *, domain=(), level=(), how=(), title="Mijn vraag"):
    """A saved kijkwijzer with the given choices of ``k`` (by name)."""
    answers = {str(k.leervraag.pk): LEARNING_QUESTION}
    for question, names in ((k.domein, domain), (k.niveau, level), (k.hoe, how)):
        if names:
            answers[str(question.pk)] = [getattr(k, name).pk for name in names]
    return Response.objects.create(
        owner=owner, version=k.version, title=title, answers=answers
    )


def shared(school, owner, k, **choices) -> Response:
    response = kijkwijzer(owner, k, **choices)
    KijkwijzerShare.objects.create(response=response, school=school)
    return response


def theme(slug) -> str:
    return Theme.objects.get(slug=slug).name


def labels(counts: list[Count]) -> dict[str, int]:
    return {count.label: count.teachers for count in counts}


def in_dutch(msgid) -> str:
    with translation.override("nl-be"):
        return gettext(msgid)


@pytest.fixture
def k(db):
    return make_kijkwijzer()


@pytest.fixture
def lea(db):
    return make_user("lea@sintjozef.example")


@pytest.fixture
def school(lea):
    return make_school(leader=lea)


# -- the summary -----------------------------------------------------------------------


def test_a_theme_two_teachers_share_is_not_shown(school, k):
    for _ in range(2):
        shared(school, teacher(school), k, domain=["language"])
    needs = team_needs(school)
    assert needs.teachers == 2
    assert theme("taal") not in labels(needs.themes)
    assert needs.themes == [] and needs.is_empty
    assert needs.left_out


def test_a_theme_three_teachers_share_is_counted(school, k):
    for _ in range(3):
        shared(school, teacher(school), k, domain=["language"])
    shared(school, teacher(school), k, domain=["lead"])
    needs = team_needs(school)
    assert needs.teachers == 4
    assert labels(needs.themes) == {theme("taal"): 3}
    assert needs.left_out  # leadership: one teacher


def test_unshared_kijkwijzers_are_never_counted(school, k):
    for _ in range(2):
        shared(school, teacher(school), k, domain=["language"])
    third = teacher(school)
    kijkwijzer(third, k, domain=["language"])
    # Shared, but with another school.
    elsewhere = make_school("Elders", leader=make_user("baas@elders.example"))
    Membership.objects.create(school=elsewhere, user=third, role=MEMBER)
    shared(elsewhere, third, k, domain=["language"])
    needs = team_needs(school)
    assert needs.teachers == 2
    assert needs.themes == []


def test_each_teacher_counts_once_with_their_latest_shared_kijkwijzer(school, k):
    teachers = [teacher(school) for _ in range(3)]
    for user in teachers:
        shared(school, user, k, domain=["lead"], title="Vorig jaar")
    for user in teachers:
        shared(school, user, k, domain=["language"], title="Dit jaar")
    needs = team_needs(school)
    assert needs.teachers == 3
    assert labels(needs.themes) == {theme("taal"): 3}


def test_a_teacher_who_left_the_school_is_not_counted(school, k):
    teachers = [teacher(school) for _ in range(3)]
    for user in teachers:
        shared(school, user, k, domain=["language"])
    Membership.objects.filter(school=school, user=teachers[0]).delete()
    needs = team_needs(school)
    assert needs.teachers == 2
    assert needs.themes == []


def test_themes_ways_and_levels_are_counted_per_term_and_sorted(school, lea, k):
    # A choice naming two themes counts for each; the leader's own counts too.
    shared(school, lea, k, domain=["lead"], level=["secondary"], how=["peers"])
    for _ in range(3):
        shared(
            school,
            teacher(school),
            k,
            domain=["lead", "language"],
            level=["secondary", "primary"],
            how=["peers", "in_class"],
        )
    for _ in range(2):
        shared(school, teacher(school), k, domain=["language"], how=["in_class"])
    needs = team_needs(school)
    assert needs.teachers == 6
    assert [(c.label, c.teachers) for c in needs.themes] == [
        (theme("taal"), 5),
        (theme("onderwijskundig-leiderschap"), 4),
        (theme("personeelsbeleid"), 4),
    ]
    assert labels(needs.ways) == {
        Method.objects.get(slug="coaching").name: 5,
        Method.objects.get(slug="leergemeenschap").name: 4,
    }
    assert labels(needs.levels) == {
        EducationLevel.objects.get(slug="secundair-onderwijs").name: 4,
        EducationLevel.objects.get(slug="basisonderwijs").name: 3,
    }
    assert not needs.left_out


def test_the_group_size_can_be_set(school, k):
    for _ in range(2):
        shared(school, teacher(school), k, domain=["language"])
    assert labels(team_needs(school, min_group=2).themes) == {theme("taal"): 2}
    assert MIN_GROUP == 3


def test_learning_questions_never_reach_the_summary(client, school, lea, k):
    for _ in range(3):
        shared(school, teacher(school), k, domain=["language"])
    assert LEARNING_QUESTION not in repr(team_needs(school))
    client.force_login(lea)
    page = client.get(reverse("planning:team_needs", args=[school.pk]))
    assert LEARNING_QUESTION not in page.content.decode()
    assert "Jan en Piet" not in page.content.decode()


def test_the_summary_takes_few_queries(school, k, django_assert_max_num_queries):
    for _ in range(3):
        shared(school, teacher(school), k, domain=["language"], how=["peers"])
    with django_assert_max_num_queries(12):
        team_needs(school)
    for _ in range(10):
        shared(school, teacher(school), k, domain=["lead"], level=["primary"])
    with django_assert_max_num_queries(12):
        team_needs(school)


# -- the page --------------------------------------------------------------------------


def needs_url(school):
    return reverse("planning:team_needs", args=[school.pk])


def test_only_the_schools_leaders_see_the_needs_page(client, school, lea, tom):
    Membership.objects.create(school=school, user=tom, role=MEMBER)
    secretary = teacher(school, SECRETARY)
    stranger = make_user("sam@elders.example")
    make_school("Elders", leader=stranger)
    client.force_login(lea)
    assert client.get(needs_url(school)).status_code == 200
    for user in (tom, secretary, stranger):
        client.force_login(user)
        assert client.get(needs_url(school)).status_code == 404, user
    client.logout()
    assert client.get(needs_url(school)).status_code == 302


def test_the_page_shows_the_counts_and_explains_what_is_left_out(
    client, school, lea, k
):
    for _ in range(3):
        shared(school, teacher(school), k, domain=["language"])
    shared(school, teacher(school), k, domain=["lead"])
    client.force_login(lea)
    page = client.get(needs_url(school))
    assert page.status_code == 200
    body = page.content.decode()
    assert theme("taal") in body
    assert theme("personeelsbeleid") not in body
    assert page.context["needs"].left_out
    assert 'class="callout"' in body and str(MIN_GROUP) in body


def test_the_page_says_so_when_nothing_is_shared(client, school, lea):
    client.force_login(lea)
    page = client.get(needs_url(school))
    assert page.status_code == 200
    assert page.context["needs"].teachers == 0
    assert 'class="callout"' not in page.content.decode()
    assert in_dutch("There is nothing to show yet.") in page.content.decode()
