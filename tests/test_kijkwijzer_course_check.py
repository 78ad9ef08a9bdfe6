"""A course held against the teacher's kijkwijzer, and the reflection after
following it."""

import pytest
from django.urls import reverse

from catalogue.models import CourseCriterion
from planning.models import CourseReflection, Response
from taxonomy.models import Criterion

from .helpers import answer_field, make_course, make_kijkwijzer, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def k(db):
    return make_kijkwijzer()


@pytest.fixture
def course(db):
    """Says yes to evidence, partly to peers, leaves the rest open."""
    course = make_course(
        "Samen sterker in je vakgroep",
        themes=["personeelsbeleid"],
        levels=["secundair-onderwijs"],
        criteria=["evidence"],
    )
    CourseCriterion.objects.create(
        course=course,
        criterion=Criterion.objects.get(key="peers"),
        answer=CourseCriterion.Answer.PARTLY,
        explanation="Er is één intervisiemoment.",
    )
    return course


def saved_kijkwijzer(owner, k, **extra):
    answers = {
        str(k.leervraag.pk): "Samen leren",
        str(k.domein.pk): [k.lead.pk],
        str(k.niveau.pk): [k.secondary.pk],
        str(k.waar.pk): [k.antwerp.pk],
        str(k.belang_peers.pk): 4,
        str(k.belang_evidence.pk): 2,
    }
    return Response.objects.create(
        owner=owner, version=k.version, title="Mijn vraag", answers=answers, **extra
    )


def test_check_puts_mismatches_first_and_lists_the_open_questions(
    client, k, tom, course
):
    saved_kijkwijzer(tom, k)
    client.force_login(tom)
    page = client.get(reverse("planning:course_check", args=[course.slug]))
    assert page.status_code == 200
    rows = page.context["rows"]
    # Peers matters most to Tom and the provider says only "partly".
    assert rows[0].criterion.key == "peers"
    assert rows[0].mismatch
    assert "Heel belangrijk" in page.text
    assert "Er is één intervisiemoment." in page.text
    open_keys = [row.criterion.key for row in page.context["open_questions"]]
    assert open_keys[0] == "peers"
    assert "evidence" not in open_keys  # answered yes
    assert "time" in open_keys  # left open by the provider
    assert Criterion.objects.get(key="time").question in page.text
    # The wishes: subject, level and place are met.
    met = [wish.label for wish, _reasons in page.context["match"].met]
    assert "over leiderschap" in met
    assert "sessies in de provincie Antwerpen" in page.text


def test_check_without_a_kijkwijzer_invites_to_fill_one_in(client, k, course):
    page = client.get(reverse("planning:course_check", args=[course.slug]))
    assert page.status_code == 200
    assert "Vul eerst de kijkwijzer in" in page.text


def test_check_works_from_the_anonymous_session_draft(client, k, course):
    client.post(reverse("planning:start"))
    client.post(
        reverse("planning:draft_step", args=[1]),
        {answer_field(k.leervraag): "x", answer_field(k.domein): [k.lead.pk]},
    )
    page = client.get(reverse("planning:course_check", args=[course.slug]))
    assert "over leiderschap" in [w.label for w, _r in page.context["match"].met]


def test_check_refuses_a_bad_or_foreign_kijkwijzer_choice(client, k, tom, course):
    theirs = saved_kijkwijzer(make_user("ander@school.example"), k)
    client.force_login(tom)
    url = reverse("planning:course_check", args=[course.slug])
    assert client.get(url, {"kijkwijzer": "abc"}).status_code == 400
    assert client.get(url, {"kijkwijzer": theirs.pk}).status_code == 404


def test_check_of_an_unpublished_course_is_404(client, k, course):
    course.status = course.Status.DRAFT
    course.save()
    url = reverse("planning:course_check", args=[course.slug])
    assert client.get(url).status_code == 404


def test_the_course_page_links_to_the_check(client, course):
    page = client.get(course.get_absolute_url())
    assert reverse("planning:course_check", args=[course.slug]) in page.text
    assert "Toets aan mijn kijkwijzer" in page.text


# -- after the course -------------------------------------------------------------


def test_teacher_writes_a_reflection_and_finds_it_under_my_kijkwijzers(
    client, k, tom, course
):
    kijkwijzer = saved_kijkwijzer(tom, k)
    client.force_login(tom)
    url = reverse("planning:reflect", args=[course.slug])
    assert client.get(url).status_code == 200
    done = client.post(
        url,
        {
            "kijkwijzer": kijkwijzer.pk,
            "applied": "Elke maand een lesbespreking.",
            "shared": "Op de vakgroep.",
            "support": "Een coach voor de eerste maanden.",
            "effect": "partly",
            "effect_note": "Meer gesprekken over lessen.",
        },
    )
    assert done.url == reverse("planning:mine")
    reflection = CourseReflection.objects.get(owner=tom)
    assert reflection.course == course
    assert reflection.kijkwijzer == kijkwijzer
    assert reflection.effect == "partly"
    mine = client.get(reverse("planning:mine"))
    assert course.title in mine.text
    assert "Gedeeltelijk" in mine.text

    # The same course again edits the one reflection.
    client.post(url, {"applied": "Nu elke week.", "effect": "yes"})
    reflection.refresh_from_db()
    assert reflection.applied == "Nu elke week."
    assert CourseReflection.objects.count() == 1


def test_a_bad_reflection_keeps_what_was_typed(client, tom, course):
    client.force_login(tom)
    page = client.post(
        reverse("planning:reflect", args=[course.slug]),
        {"applied": "Mijn tekst", "effect": "fantastisch", "kijkwijzer": "999999"},
    )
    assert page.status_code == 400
    assert "Mijn tekst" in page.text
    assert 'class="error-summary"' in page.text
    assert not CourseReflection.objects.exists()


def test_another_teachers_reflection_is_404(client, tom, course):
    other = make_user("ander@school.example")
    theirs = CourseReflection.objects.create(
        owner=other, course=course, course_title=course.title, applied="Geheim"
    )
    client.force_login(tom)
    url = reverse("planning:reflection", args=[theirs.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"applied": "Overschreven"}).status_code == 404
    delete = reverse("planning:delete_reflection", args=[theirs.pk])
    assert client.post(delete).status_code == 404
    theirs.refresh_from_db()
    assert theirs.applied == "Geheim"


def test_reflections_need_an_account(client, course):
    page = client.get(reverse("planning:reflect", args=[course.slug]))
    assert page.status_code == 302
    assert reverse("login") in page.url


def test_an_unconfirmed_account_cannot_save_a_reflection(client, course):
    newcomer = make_user("nieuw@school.example", email_confirmed=False)
    client.force_login(newcomer)
    page = client.post(
        reverse("planning:reflect", args=[course.slug]), {"applied": "Iets"}
    )
    assert page.status_code == 403
    assert "Iets" in page.text
    assert not CourseReflection.objects.exists()


def test_a_reflection_outlives_the_course(client, tom, course):
    reflection = CourseReflection.objects.create(
        owner=tom, course=course, course_title=course.title
    )
    course.delete()
    client.force_login(tom)
    page = client.get(reverse("planning:reflection", args=[reflection.pk]))
    assert page.status_code == 200
    assert "Samen sterker in je vakgroep" in page.text
