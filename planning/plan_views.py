"""The school plan's pages. What a user may do is ``Plan.allowed``; how the
plan changes is ``planning.workflow``: these views only show and route."""

from __future__ import annotations

from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django.views.decorators.http import require_POST

from catalogue.models import Course

from . import workflow
from .models import (
    Activity,
    Membership,
    Plan,
    School,
    SchoolYear,
)
from .needs import team_needs
from .plan_forms import (
    ActivityForm,
    AddCourseForm,
    CommentForm,
    DecisionForm,
    EvaluationForm,
    FollowUpForm,
    PriorityForm,
    changes,
    part_form,
)


def _plan(request, pk) -> Plan:
    """One of the user's schools' plans; 404 for anyone else."""
    return get_object_or_404(
        Plan.objects.visible_to(request.user).select_related("school"), pk=pk
    )


def _base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def _refused(request, error: workflow.NotAllowed, plan: Plan):
    messages.error(request, str(error))
    return redirect("planning:plan", plan.pk)


# -- the list -------------------------------------------------------------------------


def school_plan(request):
    """Explains the school plan; for members of a school, lists its plans."""
    if not request.user.is_authenticated:
        return render(request, "planning/school_plan.html")
    memberships = (
        Membership.objects.filter(user=request.user)
        .select_related("school")
        .order_by("school__name")
    )
    current = SchoolYear.current()
    schools = []
    for membership in memberships:
        plans = list(
            Plan.objects.filter(school=membership.school).order_by("-year", "-version")
        )
        latest = {}
        for plan in plans:
            latest.setdefault(plan.year, plan)
        years = [
            year
            for year in (current, current.next())
            if year.start not in latest and membership.role == Membership.Role.LEADER
        ]
        schools.append(
            {
                "membership": membership,
                "plans": [
                    (plan, plan.allowed(request.user, membership.role))
                    for plan in latest.values()
                ],
                "can_start": years,
            }
        )
    return render(
        request, "planning/plan_list.html", {"schools": schools, "current": current}
    )


@login_required
@require_POST
def start_plan(request, school_pk):
    school = get_object_or_404(School.objects.of(request.user), pk=school_pk)
    year = SchoolYear.parse(request.POST.get("year", ""))
    if year is None:
        messages.error(request, _("Choose a school year such as 2026-2027."))
        return redirect("planning:school_plan")
    try:
        plan = workflow.start_plan(school, request.user, year)
    except workflow.NotAllowed as error:
        messages.error(request, str(error))
        return redirect("planning:school_plan")
    return redirect("planning:plan", plan.pk)


# -- the plan -------------------------------------------------------------------------


def _plan_context(request, plan: Plan) -> dict:
    role = plan.school.role_of(request.user)
    priorities = plan.priorities.prefetch_related("themes")
    activities = plan.activities.select_related(
        "course__provider", "session", "priority"
    )
    versions = Plan.objects.filter(school=plan.school, year=plan.year).order_by(
        "version"
    )
    return {
        "plan": plan,
        "role": role,
        "allowed": plan.allowed(request.user, role),
        "parts": [
            (name, title, [(plan._meta.get_field(f), getattr(plan, f)) for f in fields])
            for name, (title, fields) in Plan.PARTS.items()
        ],
        "needs_themes": plan.needs_themes.all(),
        "priorities": priorities,
        "activities": activities,
        "costs": plan.costs(),
        "comments": plan.comments.select_related("author"),
        "decisions": list(plan.decisions.select_related("recorded_by")),
        "events": plan.events.select_related("actor"),
        "versions": list(versions),
        "team_needs": team_needs(plan.school),
        "last_year": plan.last_years_plan(),
    }


@login_required
def plan_detail(request, pk):
    plan = _plan(request, pk)
    context = _plan_context(request, plan)
    context["comment_form"] = CommentForm()
    if "decide" in context["allowed"]:
        context["decision_form"] = DecisionForm()
    return render(request, "planning/plan.html", context)


@login_required
def plan_print(request, pk):
    plan = _plan(request, pk)
    return render(request, "planning/plan_print.html", _plan_context(request, plan))


def _edit(request, plan, form, summary, template, context, *, save):
    """Save a valid edit form through workflow.change, or show it again
    (400 for bad input, 409 when the plan changed meanwhile, 403 when the
    plan cannot be changed now) with everything typed still in it."""
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                workflow.change(
                    plan,
                    request.user,
                    form.cleaned_data["revision"],
                    save,
                    summary,
                    changes(form),
                )
            except workflow.Conflict as error:
                messages.error(request, str(error))
                status = 409
            except workflow.NotAllowed as error:
                messages.error(request, str(error))
                status = 403
            else:
                messages.success(request, _("Saved."))
                return redirect("planning:plan", plan.pk)
        else:
            status = 400
    elif "edit" not in plan.allowed(request.user):
        return _refused(request, _why_not(request, plan), plan)
    context.update(plan=plan, form=form)
    return render(request, template, context, status=status)


def _why_not(request, plan) -> workflow.NotAllowed:
    try:
        workflow._require(plan, request.user, "edit")
    except workflow.NotAllowed as error:
        return error
    return workflow.NotAllowed(_("The plan cannot be changed now."))


@login_required
def edit_part(request, pk, part):
    plan = _plan(request, pk)
    if part not in Plan.PARTS:
        raise Http404("No such part.")
    title = Plan.PARTS[part][0]
    form = part_form(part)(
        request.POST or None, instance=plan, initial={"revision": plan.revision}
    )
    return _edit(
        request,
        plan,
        form,
        (gettext_noop("%(part)s changed"), {"part": part}),
        "planning/plan_part.html",
        {"title": title},
        save=lambda: _save_part(form, part),
    )


def _save_part(form, part):
    """Write only the part's own columns: the row's status and revision are
    the workflow's, under its lock."""
    plan = form.save(commit=False)
    fields = [
        f for f in Plan.PARTS[part][1] if not Plan._meta.get_field(f).many_to_many
    ]
    plan.save(update_fields=[*fields, "updated_at"])
    form.save_m2m()


def _edit_item(request, pk, item_pk, *, items, form_class, template, noun, **extra):
    """Add (``item_pk`` None) or change a priority or an activity."""
    plan = _plan(request, pk)
    manager = getattr(plan, items)
    item = (
        get_object_or_404(manager.all(), pk=item_pk)
        if item_pk
        else manager.model(plan=plan, position=manager.count())
    )
    form = form_class(
        request.POST or None,
        instance=item,
        initial={"revision": plan.revision},
        **({"plan": plan} if extra.get("needs_plan") else {}),
    )
    if item_pk:
        summary = (noun[1], {"title": item.title})
    else:
        summary = (noun[0], {"title": request.POST.get("title", "")[:100]})
    return _edit(
        request, plan, form, summary, template, {"item": item}, save=lambda: form.save()
    )


@login_required
def edit_priority(request, pk, priority_pk=None):
    return _edit_item(
        request,
        pk,
        priority_pk,
        items="priorities",
        form_class=PriorityForm,
        template="planning/plan_priority.html",
        noun=(
            gettext_noop("Priority “%(title)s” added"),
            gettext_noop("Priority “%(title)s” changed"),
        ),
    )


@login_required
def edit_activity(request, pk, activity_pk=None):
    return _edit_item(
        request,
        pk,
        activity_pk,
        items="activities",
        form_class=ActivityForm,
        template="planning/plan_activity.html",
        noun=(
            gettext_noop("Activity “%(title)s” added"),
            gettext_noop("Activity “%(title)s” changed"),
        ),
        needs_plan=True,
    )


@login_required
def delete_item(request, pk, kind, item_pk):
    """Remove a priority or an activity (with a confirmation page)."""
    plan = _plan(request, pk)
    items = {"prioriteit": plan.priorities, "activiteit": plan.activities}
    if kind not in items:
        raise Http404("No such kind.")
    item = get_object_or_404(items[kind], pk=item_pk)
    if request.method == "POST":
        try:
            revision = int(request.POST.get("revision", ""))
        except ValueError:
            revision = -1
        try:
            workflow.change(
                plan,
                request.user,
                revision,
                item.delete,
                (gettext_noop("“%(title)s” removed"), {"title": item.title}),
            )
        except workflow.NotAllowed as error:
            return _refused(request, error, plan)
        messages.success(request, _("Removed."))
        return redirect("planning:plan", plan.pk)
    if "edit" not in plan.allowed(request.user):
        return _refused(request, _why_not(request, plan), plan)
    return render(request, "planning/plan_delete.html", {"plan": plan, "item": item})


# -- the team ---------------------------------------------------------------------------


@login_required
@require_POST
def comment(request, pk):
    plan = _plan(request, pk)
    form = CommentForm(request.POST)
    if not form.is_valid():
        context = _plan_context(request, plan)
        context["comment_form"] = form
        if "decide" in context["allowed"]:
            context["decision_form"] = DecisionForm()
        return render(request, "planning/plan.html", context, status=400)
    form.instance.plan, form.instance.author = plan, request.user
    form.save()
    workflow.record(plan, request.user, "commented", gettext_noop("Comment added"))
    messages.success(request, _("Your comment is added."))
    return redirect(reverse("planning:plan", args=[plan.pk]) + "#reacties")


# -- approval ---------------------------------------------------------------------------


@login_required
@require_POST
def submit(request, pk):
    plan = _plan(request, pk)
    try:
        workflow.submit(plan, request.user, base_url=_base_url(request))
    except workflow.NotAllowed as error:
        return _refused(request, error, plan)
    messages.success(
        request,
        _("The plan is submitted to %(body)s.") % {"body": plan.school.approving_body},
    )
    return redirect("planning:plan", plan.pk)


@login_required
@require_POST
def decide(request, pk):
    plan = _plan(request, pk)
    form = DecisionForm(request.POST, request.FILES)
    if "decide" not in plan.allowed(request.user):
        return _refused(request, _why_not_decide(request, plan), plan)
    if form.is_valid():
        try:
            workflow.decide(
                plan, request.user, base_url=_base_url(request), **form.cleaned_data
            )
        except workflow.NotAllowed as error:
            return _refused(request, error, plan)
        messages.success(request, _("The decision is recorded."))
        return redirect("planning:plan", plan.pk)
    context = _plan_context(request, plan)
    context.update(comment_form=CommentForm(), decision_form=form)
    return render(request, "planning/plan.html", context, status=400)


def _why_not_decide(request, plan) -> workflow.NotAllowed:
    try:
        workflow._require(plan, request.user, "decide")
    except workflow.NotAllowed as error:
        return error
    return workflow.NotAllowed(_("The decision cannot be recorded now."))


@login_required
@require_POST
def new_version(request, pk):
    plan = _plan(request, pk)
    try:
        copy = workflow.new_version(plan, request.user)
    except workflow.NotAllowed as error:
        return _refused(request, error, plan)
    messages.success(
        request,
        _("Version %(n)s is a draft: change it and submit it again.")
        % {"n": copy.version},
    )
    return redirect("planning:plan", copy.pk)


@login_required
@require_POST
def next_year(request, pk):
    plan = _plan(request, pk)
    try:
        new = workflow.start_next_year(plan, request.user)
    except workflow.NotAllowed as error:
        return _refused(request, error, plan)
    return redirect("planning:plan", new.pk)


@login_required
def compare(request, pk):
    """This version next to the previous one, part by part."""
    plan = _plan(request, pk)
    if plan.previous is None or plan.previous.school_id != plan.school_id:
        raise Http404("No earlier version.")
    old = plan.previous
    rows = []
    for _name, (title, fields) in Plan.PARTS.items():
        for name in fields:
            field = Plan._meta.get_field(name)
            if field.many_to_many:
                before = ", ".join(str(t) for t in getattr(old, name).all())
                after = ", ".join(str(t) for t in getattr(plan, name).all())
            else:
                before, after = getattr(old, name), getattr(plan, name)
            rows.append((title, field.verbose_name, before, after, before != after))
    for label, manager in (
        (_("Priorities"), "priorities"),
        (_("Activities"), "activities"),
    ):
        before = "\n".join(str(i) for i in getattr(old, manager).all())
        after = "\n".join(str(i) for i in getattr(plan, manager).all())
        rows.append((label, label, before, after, before != after))
    return render(
        request, "planning/plan_compare.html", {"plan": plan, "old": old, "rows": rows}
    )


@login_required
def minutes(request, pk, decision_pk):
    """The minutes PDF of a decision, for the school's people only."""
    plan = _plan(request, pk)
    decision = get_object_or_404(plan.decisions.exclude(minutes_pdf=""), pk=decision_pk)
    response = FileResponse(
        decision.minutes_pdf.open("rb"),
        content_type="application/pdf",
        filename=f"notulen-{plan.school_year}-v{plan.version}.pdf",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


# -- the year end ----------------------------------------------------------------------


@login_required
def follow_up(request, pk, activity_pk):
    plan = _plan(request, pk)
    if "evaluate" not in plan.allowed(request.user):
        return _refused(
            request,
            workflow.NotAllowed(
                _(
                    "The year-end follow-up is written by a leader, on the approved plan."
                )
            ),
            plan,
        )
    activity = get_object_or_404(plan.activities, pk=activity_pk)
    form = FollowUpForm(request.POST or None, instance=activity)
    if request.method == "POST" and form.is_valid():
        form.save()
        workflow.record(
            plan,
            request.user,
            "evaluated",
            gettext_noop("Follow-up of “%(title)s” written"),
            {"title": activity.title},
            changes(form),
        )
        messages.success(request, _("Saved."))
        return redirect(reverse("planning:plan", args=[plan.pk]) + "#opvolging")
    reflections = activity.reflections().select_related("owner")
    return render(
        request,
        "planning/plan_follow_up.html",
        {"plan": plan, "activity": activity, "form": form, "reflections": reflections},
        status=400 if form.errors else 200,
    )


@login_required
def evaluate(request, pk):
    plan = _plan(request, pk)
    if "evaluate" not in plan.allowed(request.user):
        return _refused(
            request,
            workflow.NotAllowed(
                _(
                    "The year-end follow-up is written by a leader, on the approved plan."
                )
            ),
            plan,
        )
    form = EvaluationForm(request.POST or None, instance=plan)
    if request.method == "POST" and form.is_valid():
        form.save(commit=False).save(update_fields=["evaluation", "updated_at"])
        workflow.record(
            plan, request.user, "evaluated", gettext_noop("Year-end evaluation written")
        )
        messages.success(request, _("Saved."))
        return redirect(reverse("planning:plan", args=[plan.pk]) + "#opvolging")
    return render(
        request,
        "planning/plan_part.html",
        {"plan": plan, "form": form, "title": _("Year-end evaluation")},
        status=400 if form.errors else 200,
    )


# -- from the catalogue -----------------------------------------------------------------


@login_required
def add_course(request, slug):
    """ "Add to the school plan" on a course page."""
    course = get_object_or_404(Course.objects.visible_to(request.user), slug=slug)
    plans = (
        Plan.objects.filter(
            school__memberships__user=request.user,
            school__memberships__role=Membership.Role.LEADER,
            status__in=[Plan.Status.DRAFT, Plan.Status.RETURNED],
        )
        .latest_versions()
        .select_related("school")
    )
    form = AddCourseForm(request.POST or None, plans=plans, course=course)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            plan = form.cleaned_data["plan"]
            session = form.cleaned_data["session"]
            count = form.cleaned_data["participant_count"]
            activity = Activity(
                plan=plan,
                kind=Activity.Kind.CATALOGUE,
                title=course.title[:300],
                course=course,
                session=session,
                organisation=course.provider.name,
                participant_count=count,
                cost=(course.fee or Decimal("0")) * count,
                starts_on=session.date if session else None,
                position=plan.activities.count(),
            )
            try:
                workflow.change(
                    plan,
                    request.user,
                    plan.revision,
                    activity.save,
                    (
                        gettext_noop("Activity “%(title)s” added from the catalogue"),
                        {"title": course.title[:100]},
                    ),
                )
            except workflow.NotAllowed as error:
                return _refused(request, error, plan)
            messages.success(
                request,
                _("“%(title)s” is added to the plan. Check the participants and cost.")
                % {"title": course.title},
            )
            return redirect("planning:edit_activity", plan.pk, activity.pk)
        status = 400
    return render(
        request,
        "planning/add_course.html",
        {"course": course, "form": form, "plans": plans},
        status=status,
    )
