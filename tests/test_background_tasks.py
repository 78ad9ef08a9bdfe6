"""Background work: e-mail and big re-indexes go through the task queue, and
the database worker that production runs really processes them."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django_tasks import default_task_backend

from catalogue.models import Course
from catalogue.search import apply_search
from catalogue.tasks import reindex_courses
from nw.mail import send_email

from .helpers import make_course, make_user

pytestmark = pytest.mark.django_db

DUMMY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
DATABASE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@override_settings(TASKS=DUMMY)
def test_password_reset_mail_is_queued_not_sent_in_the_request(client):
    make_user("leraar@school.example")
    response = client.post(
        reverse("password_reset"), {"email": "leraar@school.example"}
    )
    assert response.status_code == 302
    assert mail.outbox == []
    (queued,) = default_task_backend.results
    assert queued.task.name == "send_email"
    queued.task.call(*queued.args, **queued.kwargs)
    (message,) = mail.outbox
    assert message.to == ["leraar@school.example"]
    assert "/account/wachtwoord-herstellen/" in message.body


# The worker closes database connections between tasks, as it should in
# production, so these tests commit for real.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TASKS=DATABASE)
def test_the_database_worker_sends_queued_mail():
    send_email.enqueue("Onderwerp", "Inhoud", ["iemand@school.example"])
    assert mail.outbox == []
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    (message,) = mail.outbox
    assert message.subject == "Onderwerp"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TASKS=DATABASE)
def test_the_database_worker_reindexes_courses():
    course = make_course("Rekenen", summary="Over breuken en kommagetallen.")
    Course.objects.filter(pk=course.pk).update(search_text="", search_vector=None)
    assert not apply_search(Course.objects.all(), "kommagetallen").exists()
    reindex_courses.enqueue([course.pk])
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert apply_search(Course.objects.all(), "kommagetallen").get() == course
