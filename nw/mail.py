"""Outgoing e-mail, sent by a background task.

A slow or unreachable mail server then never holds up a request, and a
failed send is retried by the worker instead of losing the message. Mail is
enqueued when the transaction commits, so nobody is told about a change that
was rolled back.
"""

from __future__ import annotations

from functools import partial

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template import loader
from django_tasks import task


@task()
def send_email(subject: str, body: str, to: list[str], html: str = "") -> None:
    message = EmailMultiAlternatives(subject, body, to=to)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()


def send_later(subject: str, body: str, to: list[str], html: str = "") -> None:
    # One line: a header may not contain line breaks.
    subject = " ".join(subject.split())
    transaction.on_commit(partial(send_email.enqueue, subject, body, list(to), html))


def send_templated(template_prefix: str, context: dict, to: list[str]) -> None:
    """Render ``<prefix>_subject.txt`` and ``<prefix>.txt`` and send them later."""
    subject = loader.render_to_string(f"{template_prefix}_subject.txt", context)
    body = loader.render_to_string(f"{template_prefix}.txt", context)
    send_later(subject, body, to)
