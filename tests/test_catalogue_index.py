"""The denormalised keys the catalogue filters and counts on stay current."""

import pytest
from django.core.management import call_command

from catalogue.index import refresh_dates
from catalogue.models import Course, CourseFacet, Theme
from catalogue.search import apply_search

from .helpers import days, make_course, make_session


def keys(course, kind):
    return set(
        CourseFacet.objects.filter(course=course, kind=kind).values_list(
            "value", flat=True
        )
    )


@pytest.mark.django_db
def test_theme_keys_include_ancestors_and_follow_changes():
    course = make_course(themes=["personeelsbeleid"])
    child = Theme.objects.get(slug="personeelsbeleid")
    assert keys(course, "theme") == {str(child.pk), str(child.parent_id)}
    course.themes.clear()
    assert keys(course, "theme") == set()


@pytest.mark.django_db
def test_moving_a_theme_re_keys_its_courses():
    course = make_course(themes=["wiskunde"])
    theme = Theme.objects.get(slug="wiskunde")
    new_parent = Theme.objects.get(slug="didactiek-en-evaluatie")
    theme.parent = new_parent
    theme.save()
    assert keys(course, "theme") == {str(theme.pk), str(new_parent.pk)}


@pytest.mark.django_db
def test_session_dates_are_stored_and_move_on_daily():
    course = make_course(sessions=(2, 9))
    assert (course.next_session_date, course.last_session_date) == (days(2), days(9))
    # Three days later the first session has passed.
    assert refresh_dates(today=days(3)) == 1
    course.refresh_from_db()
    assert course.next_session_date == days(9)


@pytest.mark.django_db
def test_adding_a_session_updates_the_course():
    course = make_course(sessions=(20,))
    make_session(course, date=days(4))
    course.refresh_from_db()
    assert course.next_session_date == days(4)


@pytest.mark.django_db
def test_renaming_the_provider_makes_courses_findable_by_the_new_name():
    course = make_course()
    course.provider.name = "Hogeschool Gent"
    course.provider.save()
    assert apply_search(Course.objects.all(), "hogeschool").get() == course


@pytest.mark.django_db
def test_refresh_catalogue_command_rebuilds_every_course(capsys):
    course = make_course(themes=["wiskunde"])
    CourseFacet.objects.all().delete()
    call_command("refresh_catalogue", "--all")
    assert keys(course, "theme")
    assert "Re-indexed 1 course(s)." in capsys.readouterr().out
