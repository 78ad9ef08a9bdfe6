"""What the site holds about a person: the copy they may download, the
erasure of their account, and the purge of data nobody claimed.

One module, so the data export, the account deletion and the privacy page
(templates/privacy.html) name the same things. A new model with personal
data belongs in all three.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import User


def _when(value):
    return value.isoformat() if value else None


def export(user: User) -> dict:
    """Everything the site keeps about ``user``, as plain JSON data."""
    from planning.models import (
        Comment,
        CourseReflection,
        Invitation,
        Membership,
        PlanEvent,
        QuestionnaireVersion,
        Response,
    )
    from providers.models import Complaint, ProviderMembership

    responses = Response.objects.filter(owner=user).prefetch_related(
        "school_shares__school",
        Prefetch("version", queryset=QuestionnaireVersion.objects.with_questions()),
    )
    kijkwijzers = []
    for response in responses:
        questions = response.version.questions()
        answers = []
        for question_id, value in response.answers.items():
            question = (
                questions.get(int(question_id)) if question_id.isdigit() else None
            )
            if question is not None:
                answers.append(
                    {"question": question.text, "answer": question.display(value)}
                )
        kijkwijzers.append(
            {
                "title": response.title,
                "questionnaire_version": response.version.number,
                "created": _when(response.created_at),
                "updated": _when(response.updated_at),
                "completed": _when(response.completed_at),
                "shared_by_link": bool(response.share_token),
                "shared_with_schools": [
                    share.school.name for share in response.school_shares.all()
                ],
                "answers": answers,
            }
        )
    return {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email_confirmed": user.email_confirmed,
            "joined": _when(user.date_joined),
            "last_sign_in": _when(user.last_login),
        },
        "kijkwijzers": kijkwijzers,
        "course_reflections": [
            {
                "course": r.course_title,
                "what_I_applied": r.applied,
                "what_I_shared": r.shared,
                "support_I_need": r.support,
                "effect": r.effect,
                "effect_note": r.effect_note,
                "updated": _when(r.updated_at),
            }
            for r in CourseReflection.objects.filter(owner=user)
        ],
        "schools": [
            {"school": m.school.name, "role": m.get_role_display()}
            for m in Membership.objects.filter(user=user).select_related("school")
        ],
        "providers": [
            m.provider.name
            for m in ProviderMembership.objects.filter(user=user).select_related(
                "provider"
            )
        ],
        "plan_comments": [
            {"plan": str(c.plan), "text": c.text, "written": _when(c.created_at)}
            for c in Comment.objects.filter(author=user).select_related("plan__school")
        ],
        "plan_history": [
            {"plan": str(e.plan), "at": _when(e.at), "what": e.text}
            for e in PlanEvent.objects.filter(actor=user).select_related("plan__school")
        ],
        "invitations_sent": [
            {"email": i.email, "school": i.school.name, "sent": _when(i.created_at)}
            for i in Invitation.objects.filter(invited_by=user).select_related("school")
        ],
        "reports_about_listings": [
            {"about": c.provider.name, "reason": c.reason, "text": c.description}
            for c in Complaint.objects.filter(email__iexact=user.email).select_related(
                "provider"
            )
        ],
    }


def deletion_blockers(user: User) -> list[str]:
    """Why ``user`` cannot delete their own account now (empty: they can)."""
    from planning.models import Membership

    reasons = []
    if user.is_staff or user.is_superuser:
        reasons.append(
            _(
                "This account manages courses or the site. Ask the editors to "
                "remove it, so the organisation keeps access to its listings."
            )
        )
    for membership in Membership.objects.filter(user=user).select_related("school"):
        if membership.is_last_leader():
            reasons.append(
                _(
                    "You are the only leader of %(school)s. Make someone else a "
                    "leader first, so the school keeps access to its plans."
                )
                % {"school": membership.school.name}
            )
    return reasons


@transaction.atomic
def delete_account(user: User) -> None:
    """Erase ``user`` and what is theirs alone.

    Their kijkwijzers (and so every school's view of them), reflections and
    memberships go with the account. What a school's plan keeps (comments,
    its history, decisions) stays, with the author shown as someone no
    longer on the site: those foreign keys are SET_NULL.
    """
    from planning.models import Invitation
    from providers.models import Complaint

    Invitation.objects.filter(email__iexact=user.email).delete()
    Complaint.objects.filter(email__iexact=user.email).update(email="")
    user.delete()


#: How long traces of sign-in attempts and listing reports are kept: long
#: past the 15-minute lock-out and the one-hour report limit they serve.
TRACES_DAYS = 1


def purge(now=None) -> dict[str, int]:
    """Remove what nobody claimed in time: accounts whose address was never
    confirmed, invitations that ran out, and the traces kept to throttle
    sign-ins and reports. Run daily (``manage.py purge_personal_data``)."""
    from axes.models import AccessAttempt

    from planning.models import Invitation
    from providers.models import ReportingClient

    now = now or timezone.now()
    # Twice the confirmation link's life: a late click still finds its
    # account, and gets the "ask for a new link" page.
    unconfirmed_before = now - timedelta(days=2 * settings.EMAIL_CONFIRMATION_DAYS)
    accounts, _rows = User.objects.filter(
        email_confirmed=False,
        date_joined__lt=unconfirmed_before,
        is_staff=False,
        is_superuser=False,
    ).delete()
    invitations_before = now - timedelta(days=2 * settings.INVITATION_DAYS)
    invitations, _rows = Invitation.objects.filter(
        created_at__lt=invitations_before
    ).delete()
    traces_before = now - timedelta(days=TRACES_DAYS)
    attempts, _rows = AccessAttempt.objects.filter(
        attempt_time__lt=traces_before
    ).delete()
    clients, _rows = ReportingClient.objects.filter(seen_at__lt=traces_before).delete()
    return {
        "accounts": accounts,
        "invitations": invitations,
        "sign_in_attempts": attempts,
        "reporting_clients": clients,
    }
