"""What provider staff do with their courses in the admin: edit, bulk
actions, and the change log editors read."""

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.urls import reverse

from catalogue.models import Course, CourseCriterion
from taxonomy.models import Criterion

from .helpers import (
    course_form_data,
    make_course,
    make_programme,
    make_provider,
    make_trainer,
    make_user,
)

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:catalogue_course_changelist")


@pytest.fixture
def staff(client, anna):
    client.force_login(anna)
    return anna


def run_action(client, action, *courses):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [c.pk for c in courses]},
        follow=True,
    )


def test_publish_and_unpublish_actions(client, provider, staff):
    draft = make_course("Ontwerp", provider=provider, status=Course.Status.DRAFT)
    run_action(client, "publish", draft)
    draft.refresh_from_db()
    assert draft.status == Course.Status.PUBLISHED
    assert draft.published_at is not None
    assert client.get(draft.get_absolute_url()).status_code == 200

    run_action(client, "unpublish", draft)
    draft.refresh_from_db()
    assert draft.status == Course.Status.DRAFT
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_duplicate_makes_a_draft_edition_without_sessions(client, provider, staff):
    course = make_course(
        "Leiderschap",
        provider=provider,
        code="24/DR/278A",
        themes=["personeelsbeleid"],
        sessions=(5, 12),
    )
    make_programme(course, 1, "morning", "Kennismaken")
    course.trainers.add(make_trainer(provider))
    CourseCriterion.objects.create(
        course=course, criterion=Criterion.objects.get(key="peers"), answer="yes"
    )

    response = run_action(client, "duplicate", course)
    assert response.status_code == 200
    copy = Course.objects.exclude(pk=course.pk).get(title="Leiderschap")
    assert copy.status == Course.Status.DRAFT
    assert copy.code == ""
    assert copy.slug != course.slug
    assert copy.sessions.count() == 0
    assert list(copy.programme.values_list("contents", flat=True)) == [["Kennismaken"]]
    assert copy.criteria.get().criterion.key == "peers"
    assert list(copy.themes.values_list("slug", flat=True)) == ["personeelsbeleid"]
    assert copy.trainers.count() == 1
    # The original is untouched.
    assert course.sessions.count() == 2


def test_actions_only_touch_the_staff_members_own_courses(client, provider, staff):
    other = make_course(
        "Van een ander", provider=make_provider("Ander"), status=Course.Status.DRAFT
    )
    run_action(client, "publish", other)
    other.refresh_from_db()
    assert other.status == Course.Status.DRAFT


def test_staff_can_edit_their_course_and_the_change_is_logged(client, provider, staff):
    course = make_course("Oude titel", provider=provider, sessions=())
    page = client.get(reverse("admin:catalogue_course_change", args=[course.pk]))
    assert page.status_code == 200
    data = course_form_data(
        provider,
        course,
        title="Nieuwe titel",
        status="published",
        fee="100",
        goals="Doel een\nDoel twee",
    )
    response = client.post(
        reverse("admin:catalogue_course_change", args=[course.pk]), data
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    course.refresh_from_db()
    assert course.title == "Nieuwe titel"
    assert course.goals == ["Doel een", "Doel twee"]

    entry = LogEntry.objects.get(object_id=str(course.pk), action_flag=CHANGE)
    assert entry.user == staff
    # Editors see who changed what in the log.
    client.force_login(make_user(is_staff=True, is_superuser=True))
    html = client.get(reverse("admin:admin_logentry_changelist")).content.decode()
    assert "Nieuwe titel" in html
    assert "anna@pbd-gent.example" in html


def test_trainers_of_another_provider_are_refused_even_for_editors(client, provider):
    client.force_login(make_user(is_staff=True, is_superuser=True))
    course = make_course("Cursus", provider=provider, sessions=())
    stranger = make_trainer(make_provider("Ander"), "Vreemde Lesgever")
    data = course_form_data(provider, course, trainers=[stranger.pk])
    response = client.post(
        reverse("admin:catalogue_course_change", args=[course.pk]), data
    )
    assert response.status_code == 200
    assert "Vreemde Lesgever" in str(response.context["adminform"].form.errors)
    assert course.trainers.count() == 0


def test_draft_preview_link_works_for_its_provider(client, provider, staff):
    course = make_course("Ontwerp", provider=provider, status=Course.Status.DRAFT)
    response = client.get(course.get_absolute_url())
    assert response.status_code == 200


def test_editors_group_gets_the_permissions_it_needs():
    from django.contrib.auth.models import Group

    group = Group.objects.get(name="Redactie")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {
        "change_theme",
        "change_complaint",
        "view_logentry",
        "change_course",
    } <= codenames
