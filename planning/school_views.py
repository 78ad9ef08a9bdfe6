"""A school's own page: its people, invitations and means; an invitation
as the invited person sees it; sharing a kijkwijzer with a school; and
what the team needs, from the kijkwijzers shared with the school.

A school is always looked up among the signed-in user's own schools, so to
anyone else it does not exist (404). What only leaders may do answers 404
to the school's other people too: there is nothing for them there.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from nw.mail import send_templated
from nw.views import bad_request

from . import needs
from .models import (
    Invitation,
    KijkwijzerShare,
    Means,
    Membership,
    Response,
    School,
    SchoolYear,
)
from .school_forms import (
    InvitationForm,
    MeansForm,
    RoleForm,
    ShareForm,
    role_choices,
)

LEADER = Membership.Role.LEADER


def _school(request, pk) -> tuple[School, str]:
    """One of the user's schools, and their role in it."""
    school = get_object_or_404(School.objects.of(request.user), pk=pk)
    return school, school.role_of(request.user)


def _led_school(request, pk) -> School:
    school, role = _school(request, pk)
    if role != LEADER:
        raise Http404("Only the school's leaders may do this.")
    return school


def _lock(school: School) -> None:
    """Changes to a school's people wait for each other, so the rule "a
    school keeps a leader" holds when two leaders act at once."""
    School.objects.select_for_update().filter(pk=school.pk).first()


def _school_url(school: School, anchor: str = "") -> str:
    url = reverse("planning:school", args=[school.pk])
    return f"{url}#{anchor}" if anchor else url


def _means_by_year(school: School) -> list[dict]:
    years: dict[int, list[Means]] = {}
    for entry in school.means_entries.all():
        years.setdefault(entry.year, []).append(entry)
    return [
        {
            "year": SchoolYear(start),
            "entries": entries,
            "total": sum(entry.amount for entry in entries),
            # Only the years a plan can be made for change.
            "open": SchoolYear(start).is_open_for_planning(),
        }
        for start, entries in sorted(years.items(), reverse=True)
    ]


def _page(request, school, role, *, status=200, failed=None):
    """The school page; ``failed`` is a form that was sent with errors, shown
    with them (and what was typed) instead of an empty one."""
    memberships = list(school.memberships.select_related("user", "school"))
    is_leader = role == LEADER
    people = []
    for membership in memberships:
        form = None
        if is_leader:
            failed_here = isinstance(failed, RoleForm) and (
                failed.membership.pk == membership.pk
            )
            form = failed if failed_here else RoleForm(membership)
        people.append((membership, form))
    mine = next((m for m in memberships if m.user_id == request.user.pk), None)
    context = {
        "school": school,
        "my_role": mine.role_label() if mine else "",
        "people": people,
        "is_leader": is_leader,
        "failed": failed,
    }
    if is_leader:
        labels = dict(role_choices(school))
        context.update(
            invite_form=failed
            if isinstance(failed, InvitationForm)
            else InvitationForm(school, prefix="invite"),
            invitations=[
                (invitation, labels[invitation.role])
                for invitation in Invitation.objects.open().filter(school=school)
            ],
            means_form=failed
            if isinstance(failed, MeansForm)
            else MeansForm(prefix="means"),
            means=_means_by_year(school),
            invitation_days=settings.INVITATION_DAYS,
        )
    return render(request, "planning/school.html", context, status=status)


@login_required
def school(request, pk):
    school, role = _school(request, pk)
    return _page(request, school, role)


# -- people ----------------------------------------------------------------------


def _send_invitation(request, invitation: Invitation) -> None:
    link = request.build_absolute_uri(
        reverse("planning:invitation", args=[invitation.token])
    )
    role = Membership(school=invitation.school, role=invitation.role).role_label()
    send_templated(
        "planning/mail/invitation",
        {
            "school": invitation.school.name,
            "role": role,
            "inviter": str(request.user),
            "email": invitation.email,
            "link": link,
            "days": settings.INVITATION_DAYS,
        },
        [invitation.email],
    )


@login_required
@require_POST
def invite(request, pk):
    school = _led_school(request, pk)
    form = InvitationForm(school, request.POST, prefix="invite")
    if not form.is_valid():
        return _page(request, school, LEADER, status=400, failed=form)
    email = form.cleaned_data["email"]
    with transaction.atomic():
        # One open invitation per address: a new one replaces the old, whose
        # link stops working.
        school.invitations.filter(
            email__iexact=email, accepted_at__isnull=True
        ).delete()
        invitation = Invitation.objects.create(
            school=school,
            email=email,
            role=form.cleaned_data["role"],
            invited_by=request.user,
        )
        _send_invitation(request, invitation)
    messages.success(
        request,
        _("We sent an invitation to %(email)s. The link works for %(days)s days.")
        % {"email": email, "days": settings.INVITATION_DAYS},
    )
    return redirect(_school_url(school, "invitations"))


@login_required
@require_POST
def withdraw_invitation(request, pk, invitation_pk):
    school = _led_school(request, pk)
    invitation = get_object_or_404(
        school.invitations.filter(accepted_at__isnull=True), pk=invitation_pk
    )
    invitation.delete()
    messages.success(
        request,
        _("The invitation for %(email)s is withdrawn: its link no longer works.")
        % {"email": invitation.email},
    )
    return redirect(_school_url(school, "invitations"))


@login_required
@require_POST
def change_role(request, pk, membership_pk):
    school = _led_school(request, pk)
    with transaction.atomic():
        _lock(school)
        membership = get_object_or_404(
            school.memberships.select_related("user", "school"), pk=membership_pk
        )
        form = RoleForm(membership, request.POST)
        if form.is_valid():
            membership.role = form.cleaned_data["role"]
            membership.save(update_fields=["role"])
    if form.errors:
        return _page(request, school, LEADER, status=400, failed=form)
    messages.success(
        request,
        _("%(person)s is now %(role)s.")
        % {"person": membership.user, "role": membership.role_label().lower()},
    )
    return redirect(_school_url(school, "people"))


@login_required
def remove_member(request, pk, membership_pk):
    school = _led_school(request, pk)
    people = school.memberships.select_related("user", "school")
    membership = get_object_or_404(people, pk=membership_pk)
    if request.method != "POST":
        return render(
            request,
            "planning/school_remove.html",
            {
                "school": school,
                "membership": membership,
                "last_leader": membership.is_last_leader(),
            },
        )
    with transaction.atomic():
        _lock(school)
        membership = get_object_or_404(people, pk=membership_pk)
        last_leader = membership.is_last_leader()
        if not last_leader:
            # What they shared was for a member of the school: it goes too.
            KijkwijzerShare.objects.filter(
                school=school, response__owner=membership.user_id
            ).delete()
            membership.delete()
    if last_leader:
        return render(
            request,
            "planning/school_remove.html",
            {"school": school, "membership": membership, "last_leader": True},
            status=400,
        )
    if membership.user_id == request.user.pk:
        messages.success(
            request,
            _("You are no longer a member of %(school)s.") % {"school": school},
        )
        return redirect("planning:school_plan")
    messages.success(
        request,
        _("%(person)s is no longer a member of the school.")
        % {"person": membership.user},
    )
    return redirect(_school_url(school, "people"))


# -- means -----------------------------------------------------------------------


@login_required
@require_POST
def add_means(request, pk):
    school = _led_school(request, pk)
    form = MeansForm(request.POST, prefix="means")
    if not form.is_valid():
        return _page(request, school, LEADER, status=400, failed=form)
    entry = form.save(school)
    messages.success(
        request,
        _("The means for %(year)s are added.") % {"year": SchoolYear(entry.year)},
    )
    return redirect(_school_url(school, "means"))


@login_required
@require_POST
def delete_means(request, pk, means_pk):
    school = _led_school(request, pk)
    current = SchoolYear.current()
    # Past years' means are what past plans were made with: they stay.
    entries = school.means_entries.filter(year__in=[current.start, current.start + 1])
    entry = get_object_or_404(entries, pk=means_pk)
    entry.delete()
    messages.success(
        request,
        _("The entry “%(entry)s” of € %(amount)s is deleted.")
        % {
            "entry": entry.label or entry.get_kind_display(),
            "amount": number_format(entry.amount, 2, force_grouping=True),
        },
    )
    return redirect(_school_url(school, "means"))


# -- the team's needs --------------------------------------------------------------


@login_required
def team_needs(request, pk):
    school = _led_school(request, pk)
    summary = needs.team_needs(school)
    groups = [
        (_("Themes"), summary.themes),
        (_("Ways of learning"), summary.ways),
        (_("Education levels"), summary.levels),
    ]
    return render(
        request,
        "planning/school_needs.html",
        {"school": school, "needs": summary, "groups": groups},
    )


# -- an invitation, as the invited person sees it ----------------------------------


def _private(response):
    # The token is in the address: it must not leak to other sites, nor
    # end up in a search engine.
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _not_usable(request):
    return render(
        request,
        "planning/invitation_invalid.html",
        {"days": settings.INVITATION_DAYS},
        status=404,
    )


@never_cache
def invitation(request, token):
    return _private(_invitation(request, token))


def _invitation(request, token):
    invitation = Invitation.objects.select_related("school").filter(token=token).first()
    user = request.user
    if invitation is None or not invitation.is_open:
        if invitation is not None and invitation.school.role_of(user):
            # The link opened again (or Accept pressed twice): nothing to do.
            messages.info(
                request,
                _("You are a member of %(school)s.") % {"school": invitation.school},
            )
            return redirect("planning:school", invitation.school_id)
        return _not_usable(request)
    if user.is_authenticated and user.email.lower() != invitation.email.lower():
        # Name nothing: whoever holds someone else's link learns nothing.
        return render(request, "planning/invitation_other_address.html", status=403)
    status = 200
    if request.method == "POST":
        if not user.is_authenticated:
            return redirect_to_login(request.path)
        if user.can_save:
            return _accept(request, invitation)
        status = 403
    return render(
        request,
        "planning/invitation.html",
        {
            "invitation": invitation,
            "role": Membership(
                school=invitation.school, role=invitation.role
            ).role_label(),
            "member_already": invitation.school.role_of(user) is not None,
        },
        status=status,
    )


def _accept(request, invitation: Invitation):
    school, user = invitation.school, request.user
    with transaction.atomic():
        # The update decides, also when Accept is pressed twice at once or
        # the leader withdraws the invitation in the meantime.
        claimed = (
            Invitation.objects.open()
            .filter(pk=invitation.pk)
            .update(accepted_at=timezone.now())
        )
        membership = school.memberships.filter(user=user).first()
        created = False
        if claimed and membership is None:
            membership, created = Membership.objects.get_or_create(
                school=school, user=user, defaults={"role": invitation.role}
            )
        if claimed:
            # Other open invitations to this address are used up with it.
            school.invitations.filter(
                email__iexact=invitation.email, accepted_at__isnull=True
            ).delete()
    if membership is None:
        return _not_usable(request)
    membership.school = school
    if created:
        messages.success(
            request,
            _("Welcome: you are now %(role)s at %(school)s.")
            % {"role": membership.role_label().lower(), "school": school},
        )
    else:
        messages.info(
            request,
            _("You were a member of %(school)s already, as %(role)s: nothing changed.")
            % {"role": membership.role_label().lower(), "school": school},
        )
    return redirect("planning:school", school.pk)


# -- a kijkwijzer shared with a school ---------------------------------------------


@login_required
@require_POST
def share_with_school(request, pk):
    response = get_object_or_404(Response.objects.owned_by(request.user), pk=pk)
    form = ShareForm(request.POST)
    if not form.is_valid():
        # Only a forged or broken form gets here: the buttons send both.
        return bad_request(request, None)
    school_pk = form.cleaned_data["school"]
    if form.cleaned_data["action"] == "share":
        school = get_object_or_404(School.objects.of(request.user), pk=school_pk)
        KijkwijzerShare.objects.get_or_create(response=response, school=school)
        messages.success(
            request,
            _(
                "“%(title)s” is shared with %(school)s. Its leaders see only what "
                "at least %(min)s teachers wish for, counted together."
            )
            % {"title": response.title, "school": school, "min": needs.MIN_GROUP},
        )
    else:
        share = response.school_shares.select_related("school").filter(school=school_pk)
        share = share.first()
        if share is None:
            school = get_object_or_404(School.objects.of(request.user), pk=school_pk)
            messages.info(
                request,
                _("“%(title)s” was not shared with %(school)s.")
                % {"title": response.title, "school": school},
            )
        else:
            share.delete()
            messages.success(
                request,
                _("%(school)s no longer sees “%(title)s”.")
                % {"title": response.title, "school": share.school},
            )
    return redirect("planning:result", response.pk)
