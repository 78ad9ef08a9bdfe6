"""Who may see which course on the site: one rule, every role, every status."""

import pytest
from django.urls import reverse

from catalogue.models import Course
from providers.access import course_visibility

from .helpers import make_course, make_editor, make_provider, make_user, provider_staff

pytestmark = pytest.mark.django_db

Status = Course.Status


@pytest.fixture
def own(provider):
    return provider


@pytest.fixture
def courses(own):
    return {
        status: make_course(f"Cursus {status}", provider=own, status=status)
        for status in Status
    }


def anonymous(client, own):
    return None


def teacher(client, own):
    return make_user("leraar@example.com")


def own_staff(client, own):
    return provider_staff(own, "staff@eigen.example")


def other_staff(client, own):
    return provider_staff(make_provider("Andere aanbieder"), "staff@ander.example")


def member_without_staff_status(client, own):
    user = provider_staff(own, "lid@eigen.example")
    user.is_staff = False
    user.save()
    return user


def group_editor(client, own):
    return make_editor("redactie@example.com")


def superuser(client, own):
    return make_user("admin@example.com", is_superuser=True, is_staff=True)


def inactive_editor(client, own):
    return make_editor("weg@example.com", is_active=False)


ALL = set(Status)
PUBLISHED = {Status.PUBLISHED}
EXPECTED = [
    (anonymous, PUBLISHED),
    (teacher, PUBLISHED),
    (other_staff, PUBLISHED),
    (member_without_staff_status, PUBLISHED),
    (inactive_editor, PUBLISHED),
    (own_staff, ALL),
    (group_editor, ALL),
    (superuser, ALL),
]


@pytest.mark.parametrize(
    "role, sees", EXPECTED, ids=[role.__name__ for role, _ in EXPECTED]
)
@pytest.mark.parametrize("status", list(Status))
def test_course_page_and_calendar_follow_the_visibility_rule(
    client, own, courses, role, sees, status
):
    user = role(client, own)
    if user is not None:
        client.force_login(user)
    course = courses[status]
    expected = 200 if status in sees else 404
    assert client.get(course.get_absolute_url()).status_code == expected
    calendar = reverse("catalogue:course_calendar", args=[course.slug])
    assert client.get(calendar).status_code == expected


@pytest.mark.parametrize(
    "role, sees", EXPECTED, ids=[role.__name__ for role, _ in EXPECTED]
)
def test_queryset_and_rule_agree(client, own, courses, role, sees):
    from django.contrib.auth.models import AnonymousUser

    user = role(client, own) or AnonymousUser()
    visible = set(Course.objects.visible_to(user).values_list("status", flat=True))
    assert visible == sees
    assert Course.objects.filter(course_visibility(user)).count() == len(sees)


def test_editor_from_the_group_can_open_a_draft_from_the_admin_view_on_site(
    client, courses
):
    client.force_login(make_editor("redactie@example.com"))
    draft = courses[Status.DRAFT]
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert draft.title in response.content.decode()
