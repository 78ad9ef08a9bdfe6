"""Where a kijkwijzer being filled in lives.

A teacher whose account may save (signed in, address confirmed) fills in a
``Response`` in the database. Anyone else fills in a draft kept in their
browser session, with the same attributes, until they sign in or confirm
their address: then it becomes a ``Response`` of theirs (``claim``).
"""

from __future__ import annotations

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import QuestionnaireVersion, Response

SESSION_KEY = "kijkwijzer"


def default_title() -> str:
    return _("Kijkwijzer of %s") % date_format(timezone.localdate(), "j F Y")


class SessionDraft:
    """A kijkwijzer in the browser session."""

    pk = None
    share_token = None

    def __init__(
        self, request, version: QuestionnaireVersion, answers=None, done=False
    ):
        self.request, self.version = request, version
        self.answers = answers or {}
        self.completed_at = timezone.now() if done else None
        self.title = default_title()

    @classmethod
    def load(cls, request) -> SessionDraft | None:
        data = request.session.get(SESSION_KEY)
        if not isinstance(data, dict):
            return None
        version = (
            QuestionnaireVersion.objects.with_questions()
            .filter(pk=data.get("version"))
            .first()
        )
        if version is None:  # removed since (an unpublished draft version)
            return None
        return cls(request, version, data.get("answers"), data.get("completed"))

    @classmethod
    def start(cls, request, version: QuestionnaireVersion) -> SessionDraft:
        draft = cls(request, version)
        draft.save()
        return draft

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None

    def save(self, **kwargs) -> None:
        self.request.session[SESSION_KEY] = {
            "version": self.version.pk,
            "answers": self.answers,
            "completed": self.is_complete,
        }

    def clear(self) -> None:
        self.request.session.pop(SESSION_KEY, None)


def claim(request) -> Response | None:
    """Keep the session's kijkwijzer for the signed-in teacher, once their
    account may save."""
    user = getattr(request, "user", None)
    if not getattr(user, "can_save", False) or SESSION_KEY not in request.session:
        return None
    draft = SessionDraft.load(request)
    if draft is None or not draft.answers:
        request.session.pop(SESSION_KEY, None)
        return None
    response = Response.objects.create(
        owner=user,
        version=draft.version,
        title=draft.title,
        answers=draft.answers,
        completed_at=draft.completed_at,
    )
    draft.clear()
    return response


@receiver(user_logged_in, dispatch_uid="planning.claim_kijkwijzer")
def claim_on_sign_in(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        claim(request)
