"""The kijkwijzer as shipped (the data migration) on the demo catalogue: the
teacher of the issue, who wants to learn with colleagues in learning
communities, in secondary education, near Antwerp."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from catalogue.models import Course
from planning.models import Questionnaire, Response

from .helpers import PASSWORD, make_user

# Loading the demo (or validating every page) is slow and the same on
# every database: run once (see the "once" marker in pyproject.toml).
pytestmark = [pytest.mark.django_db, pytest.mark.once]

SEED_COURSE = "onderwijskundig-leiderschap-met-impact"


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=StringIO())


def shipped_version():
    version = Questionnaire.objects.kijkwijzer().current_version()
    return version, {q.key: q for q in version.questions().values()}


def choice(question, label):
    return question.choices.get(label=label).pk


def answer_like_the_issue(client):
    """Post every step of the shipped kijkwijzer with the issue's answers;
    the steps without them are passed with nothing filled in."""
    version, q = shipped_version()
    answers = {
        "leervraag": "Hoe zet ik met mijn collega's een leergemeenschap op?",
        "domeinen": [
            choice(
                q["domeinen"], "Samen leren en schoolontwikkeling (leergemeenschappen)"
            )
        ],
        "onderwijsniveau": [choice(q["onderwijsniveau"], "Secundair onderwijs")],
        "leerwijze": [choice(q["leerwijze"], "Samen met collega's, van en met elkaar")],
        "waar": [choice(q["waar"], "Provincie Antwerpen")],
        "belang-peers": 4,
    }
    sections = version.sections_in_order()
    client.post(reverse("planning:start"))
    for number, section in enumerate(sections, 1):
        data = {
            f"q{question.pk}": answers[question.key]
            for question in section.questions.all()
            if question.key in answers
        }
        done = client.post(reverse("planning:draft_step", args=[number]), data)
        assert done.status_code == 302, done.context["form"].errors
    return done


def test_the_issues_teacher_finds_the_seed_course_among_the_first_matches(client, demo):
    done = answer_like_the_issue(client)
    page = client.get(done.url)
    matches = page.context["matches"]
    first = [m.course.slug for m in matches[:3]]
    assert SEED_COURSE in first
    seed = next(m for m in matches if m.course.slug == SEED_COURSE)
    reasons = [r for _wish, rs in seed.met for r in rs]
    assert any(
        r.startswith("werkt met") and "Professionele leergemeenschap" in r
        for r in reasons
    )
    assert "sessies in de provincie Antwerpen" in reasons
    # The link into the catalogue lists it too.
    listing = client.get(page.context["catalogue_link"])
    assert Course.objects.get(slug=SEED_COURSE).title in listing.text


def test_the_teacher_compares_the_course_signs_up_and_keeps_the_result(
    client, demo, mailoutbox
):
    answer_like_the_issue(client)
    check = client.get(reverse("planning:course_check", args=[SEED_COURSE]))
    assert check.status_code == 200
    assert check.context["rows"], "the criteria are compared"

    client.post(
        reverse("signup"),
        {
            "email": "leerkracht@school.example",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    link = next(
        line
        for line in mailoutbox[-1].body.splitlines()
        if "/account/bevestigen/" in line
    )
    # Until the address is confirmed, nothing is saved.
    assert not Response.objects.exists()
    mine = client.get(link.strip().removeprefix("http://testserver"), follow=True)
    saved = Response.objects.get(owner__email="leerkracht@school.example")
    assert saved.is_complete
    assert saved.title in mine.text
    result = client.get(reverse("planning:result", args=[saved.pk]))
    assert "Hoe zet ik met mijn collega" in result.text
    assert "data-print" in result.text


def test_a_returning_teacher_signs_in_and_finds_the_anonymous_result(client, demo):
    teacher = make_user("terug@school.example")
    answer_like_the_issue(client)
    client.post(reverse("login"), {"username": teacher.email, "password": PASSWORD})
    assert Response.objects.filter(owner=teacher).count() == 1
