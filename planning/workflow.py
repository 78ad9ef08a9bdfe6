"""How a school plan moves, and how it changes: each transition is one
function here, used alike by the views, the admin and the tests.

    draft ──submit──▶ submitted ──decide(approved)──▶ approved ──new_version──▶ draft (v+1)
      ▲                   │
      └──(first edit)── returned ◀──decide(returned)──┘

Every function locks the plan's row, checks ``Plan.allowed`` for the user
at that moment (so a double submit or a stale page is refused, not applied
twice), records the step in the plan's history and tells the people
concerned by mail.
"""

from __future__ import annotations

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from nw.mail import send_templated

from .models import (
    Activity,
    Decision,
    Membership,
    Plan,
    PlanEvent,
    Priority,
    SchoolYear,
)


class NotAllowed(Exception):
    """A step that is not possible now; the message says why, to the user."""


class Conflict(NotAllowed):
    """The plan changed since the form was shown."""


STATUS_MESSAGES = {
    Plan.Status.SUBMITTED: gettext_lazy(
        "The plan is waiting for the decision of %(body)s."
    ),
    Plan.Status.APPROVED: gettext_lazy(
        "The plan is approved: start a new version to change it."
    ),
}


def _locked(plan: Plan) -> Plan:
    return Plan.objects.select_for_update().select_related("school").get(pk=plan.pk)


def _require(plan: Plan, user, action: str) -> None:
    if action in plan.allowed(user):
        return
    role = plan.school.role_of(user)
    if role is None:
        raise NotAllowed(_("You are not part of this school."))
    if not plan.is_latest():
        raise NotAllowed(_("A newer version of this plan exists: work on that one."))
    if action in ("edit", "submit") and role == Membership.Role.LEADER:
        message = STATUS_MESSAGES.get(plan.status) or _(
            "The plan cannot be changed now."
        )
        raise NotAllowed(str(message) % {"body": plan.school.approving_body})
    if action == "decide" and role == Membership.Role.SECRETARY:
        raise NotAllowed(_("Only a submitted plan can be approved or returned."))
    raise NotAllowed(_("Your role in this school does not allow this."))


def record(
    plan: Plan, user, action: str, summary: str, params=None, changes=None
) -> PlanEvent:
    """Add a step to the plan's history. ``summary`` is an untranslated
    message (gettext_noop) with %(name)s placeholders for ``params``: the
    history reads in the language of whoever looks at it."""
    return PlanEvent.objects.create(
        plan=plan,
        actor=user,
        action=action,
        summary=summary[:300],
        params=params or {},
        changes=changes or {},
    )


def _notify(plan: Plan, role: str, template: str, base_url: str, **context) -> None:
    """Mail the people of ``role``; ``base_url`` ("https://host") makes the
    link in the mail absolute."""
    emails = list(plan.school.people(role).values_list("email", flat=True))
    if emails:
        context.update(
            plan=plan,
            base_url=base_url,
            path=reverse("planning:plan", args=[plan.pk]),
            body=plan.school.approving_body,
        )
        send_templated(f"planning/mail/{template}", context, emails)


# -- creating plans -------------------------------------------------------------------


@transaction.atomic
def start_plan(school, user, year: SchoolYear) -> Plan:
    if school.role_of(user) != Membership.Role.LEADER:
        raise NotAllowed(_("Only a school leader starts the school's plan."))
    if not year.is_open_for_planning():
        raise NotAllowed(
            _("A plan can be made for this school year and the next, not for %(year)s.")
            % {"year": year}
        )
    if Plan.objects.filter(school=school, year=year.start).exists():
        raise NotAllowed(
            _("The school already has a plan for %(year)s.") % {"year": year}
        )
    plan = Plan.objects.create(school=school, year=year.start)
    record(plan, user, "created", gettext_noop("Plan started"))
    return plan


def _copy(plan: Plan, **fields) -> Plan:
    """A copy of the plan with its priorities and activities."""
    themes = list(plan.needs_themes.all())
    priorities = list(plan.priorities.prefetch_related("themes"))
    activities = list(plan.activities.all())
    copy = Plan.objects.get(pk=plan.pk)
    copy.pk = None
    copy.status, copy.revision = Plan.Status.DRAFT, 1
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    copy.needs_themes.set(themes)
    mapping = {}
    for priority in priorities:
        priority_themes = list(priority.themes.all())
        old = priority.pk
        priority.pk, priority.plan = None, copy
        priority.save()
        priority.themes.set(priority_themes)
        mapping[old] = priority
    for activity in activities:
        activity.pk, activity.plan = None, copy
        activity.priority = mapping.get(activity.priority_id)
        activity.done, activity.effect = "", ""
    Activity.objects.bulk_create(activities)
    return copy


@transaction.atomic
def new_version(plan: Plan, user) -> Plan:
    """Change an approved plan: a copy that goes through approval again."""
    plan = _locked(plan)
    _require(plan, user, "new_version")
    copy = _copy(plan, version=plan.version + 1, previous=plan, evaluation="")
    record(
        copy,
        user,
        "new_version",
        gettext_noop("Version %(n)s started from the approved version %(old)s"),
        {"n": copy.version, "old": plan.version},
    )
    record(
        plan,
        user,
        "new_version",
        gettext_noop("Version %(n)s started"),
        {"n": copy.version},
    )
    return copy


@transaction.atomic
def start_next_year(plan: Plan, user) -> Plan:
    """Next school year's plan, with this plan's open long-term priorities."""
    plan = _locked(plan)
    _require(plan, user, "next_year")
    year = plan.school_year.next()
    if Plan.objects.filter(school=plan.school, year=year.start).exists():
        raise NotAllowed(
            _("The school already has a plan for %(year)s.") % {"year": year}
        )
    if not year.is_open_for_planning():
        raise NotAllowed(
            _("A plan can be made for this school year and the next, not for %(year)s.")
            % {"year": year}
        )
    new = Plan.objects.create(school=plan.school, year=year.start)
    carried = plan.priorities.filter(term=Priority.Term.LONG, achieved=False)
    for priority in carried.prefetch_related("themes"):
        themes = list(priority.themes.all())
        priority.pk, priority.plan = None, new
        priority.save()
        priority.themes.set(themes)
    record(
        new,
        user,
        "created",
        gettext_noop(
            "Plan started from %(year)s, with %(n)s open long-term priorities"
        ),
        {"year": str(plan.school_year), "n": carried.count()},
    )
    return new


# -- editing --------------------------------------------------------------------------


@transaction.atomic
def change(
    plan: Plan, user, base_revision: int, apply, summary: tuple, changes=None
) -> Plan:
    """Apply one edit (a part, a priority, an activity) to the plan.

    ``apply()`` saves the edit; ``summary`` is (message, params) for the
    history (see ``record``). It runs only if the user may edit now and
    nobody changed the plan since the form was shown (``base_revision``);
    otherwise nothing is written and Conflict or NotAllowed says why.
    """
    plan = _locked(plan)
    _require(plan, user, "edit")
    if base_revision != plan.revision:
        raise Conflict(
            _(
                "Someone else changed the plan while you were editing. Your "
                "input is still below: compare it with the plan and save again."
            )
        )
    apply()
    if plan.status == Plan.Status.RETURNED:
        plan.status = Plan.Status.DRAFT
        record(
            plan,
            user,
            "reopened",
            gettext_noop("Taken back into draft to process the remarks"),
        )
    plan.revision += 1
    plan.save(update_fields=["status", "revision", "updated_at"])
    message, params = summary
    record(plan, user, "edited", message, params, changes)
    return plan


# -- approval -------------------------------------------------------------------------


@transaction.atomic
def submit(plan: Plan, user, base_url: str = "") -> Plan:
    plan = _locked(plan)
    _require(plan, user, "submit")
    plan.status = Plan.Status.SUBMITTED
    plan.revision += 1
    plan.save(update_fields=["status", "revision", "updated_at"])
    record(
        plan,
        user,
        "submitted",
        gettext_noop("Submitted to %(body)s"),
        {"body": plan.school.body},
    )
    _notify(plan, Membership.Role.SECRETARY, "submitted", base_url, actor=user)
    return plan


@transaction.atomic
def decide(
    plan: Plan,
    user,
    *,
    outcome: str,
    meeting_date,
    reasons: str = "",
    minutes: str = "",
    minutes_pdf=None,
    base_url: str = "",
) -> Decision:
    plan = _locked(plan)
    _require(plan, user, "decide")
    if outcome == Decision.Outcome.RETURNED and not reasons.strip():
        raise NotAllowed(
            _("Say why the plan is returned, so the leader can act on it.")
        )
    decision = Decision.objects.create(
        plan=plan,
        outcome=outcome,
        body=plan.school.body,
        meeting_date=meeting_date,
        reasons=reasons,
        minutes=minutes,
        minutes_pdf=minutes_pdf or "",
        recorded_by=user,
    )
    approved = outcome == Decision.Outcome.APPROVED
    plan.status = Plan.Status.APPROVED if approved else Plan.Status.RETURNED
    plan.revision += 1
    plan.save(update_fields=["status", "revision", "updated_at"])
    if approved:
        summary = gettext_noop("Approved by %(body)s on %(day)s")
    else:
        summary = gettext_noop("Returned by %(body)s on %(day)s")
    record(
        plan,
        user,
        outcome,
        summary,
        {"body": decision.body, "day": meeting_date.strftime("%d/%m/%Y")},
        {"decision:reasons": ["", reasons]} if reasons else None,
    )
    _notify(
        plan,
        Membership.Role.LEADER,
        "approved" if approved else "returned",
        base_url,
        decision=decision,
    )
    return decision
