"""The denormalised keys the catalogue filters and counts on stay current."""

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django_tasks import default_task_backend

from catalogue.index import flush, refresh_courses, refresh_dates
from catalogue.models import Course, CourseFacet
from catalogue.search import apply_search
from catalogue.signals import IN_REQUEST_LIMIT
from taxonomy.models import Theme

from .helpers import days, make_course, make_provider, make_session, make_trainer


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


def found(query):
    return list(apply_search(Course.objects.all(), query))


@pytest.mark.django_db
def test_deleting_a_trainer_removes_their_name_from_the_search():
    course = make_course()
    trainer = make_trainer(course.provider, name="Griet Vandamme")
    course.trainers.add(trainer)
    assert found("vandamme") == [course]
    trainer.delete()
    assert found("vandamme") == []


@pytest.mark.django_db
def test_renaming_a_trainer_makes_the_course_findable_by_the_new_name():
    course = make_course()
    trainer = make_trainer(course.provider, name="Griet Vandamme")
    course.trainers.add(trainer)
    trainer.name = "Griet Verbeke"
    trainer.save()
    assert found("verbeke") == [course]
    assert found("vandamme") == []


@pytest.mark.django_db
def test_renaming_a_theme_makes_its_courses_findable_by_the_new_name():
    course = make_course(themes=["wiskunde"])
    theme = Theme.objects.get(slug="wiskunde")
    theme.name = "Rekenvaardigheid"
    theme.save()
    assert found("rekenvaardigheid") == [course]


@pytest.mark.django_db
def test_deleting_a_theme_drops_its_keys_from_the_courses():
    course = make_course(themes=["wiskunde"])
    theme = Theme.objects.get(slug="wiskunde")
    Theme.objects.filter(parent=theme).update(parent=theme.parent)
    theme.delete()
    assert str(theme.pk) not in keys(course, "theme")


@pytest.mark.django_db
def test_a_rolled_back_change_leaves_the_index_as_it_was():
    course = make_course(sessions=(20,))
    with pytest.raises(RuntimeError), transaction.atomic():
        make_session(course, date=days(4))
        raise RuntimeError("the save failed")
    course.refresh_from_db()
    assert course.next_session_date == days(20)


@pytest.mark.django_db
def test_a_course_changed_many_times_in_a_transaction_is_indexed_at_commit():
    course = make_course(sessions=(20,))
    with transaction.atomic():
        for n in range(5):
            make_session(course, date=days(n + 1))
        # Nothing is re-indexed before the commit ...
        assert Course.objects.get(pk=course.pk).next_session_date == days(20)
    # ... and once after it.
    course.refresh_from_db()
    assert course.next_session_date == days(1)


@pytest.mark.django_db
def test_flush_indexes_inside_the_transaction():
    course = make_course(sessions=(20,))
    with transaction.atomic():
        make_session(course, date=days(3))
        flush()
        assert Course.objects.get(pk=course.pk).next_session_date == days(3)


@pytest.mark.django_db
def test_refreshing_many_courses_costs_a_fixed_number_of_queries(
    django_assert_max_num_queries,
):
    courses = [make_course(themes=["wiskunde"], sessions=(5, 40)) for _ in range(12)]
    CourseFacet.objects.all().delete()
    # Per batch: the two trees, the courses, eight prefetches, the update,
    # the search vectors (PostgreSQL), the facet read, delete and insert.
    with django_assert_max_num_queries(20):
        assert refresh_courses([c.pk for c in courses]) == len(courses)
    assert all(keys(c, "theme") for c in courses)


@pytest.mark.django_db
def test_renaming_a_provider_with_many_courses_reindexes_in_the_background():
    provider = make_provider("Oude naam")
    for _ in range(IN_REQUEST_LIMIT + 1):
        make_course(provider=provider)
    with override_settings(
        TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    ):
        provider.name = "Nieuwe naam"
        provider.save()
        assert found("nieuwe") == []  # not inside the request
        (result,) = default_task_backend.results
        assert result.task.name == "reindex_courses"
        result.task.call(*result.args)
    assert len(found("nieuwe")) == IN_REQUEST_LIMIT + 1
