"""The school plan from draft to approval, tried by every role and from the
wrong side: a teacher submitting, a leader approving their own plan, a
stranger by URL, a stale form, a double submit, bad amounts and files."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from planning import workflow
from planning.models import Activity, Decision, Plan, PlanEvent, Priority, SchoolYear

from .helpers import make_course, make_means, make_school, make_user, today

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def lea(db):
    return make_user("lea@school.example", first_name="Lea", last_name="Leider")


@pytest.fixture
def mo(db):
    return make_user("mo@school.example", first_name="Mo", last_name="Leraar")


@pytest.fixture
def sec(db):
    return make_user("sec@school.example", first_name="Sam", last_name="Secretaris")


@pytest.fixture
def school(lea, mo, sec):
    school = make_school("Sint-Jozef", leader=lea, member=mo, secretary=sec)
    make_means(school, "3000")
    return school


@pytest.fixture
def plan(school, lea):
    return workflow.start_plan(school, lea, SchoolYear.current())


def url(name, plan, *args):
    return reverse(f"planning:{name}", args=[plan.pk, *args])


def signed_in(client, user):
    client.force_login(user)
    return client


def approve(plan, secretary, **fields):
    fields.setdefault("meeting_date", today())
    return workflow.decide(plan, secretary, outcome="approved", **fields)


# -- starting ---------------------------------------------------------------------


def test_leader_starts_the_plan_of_this_school_year(client, school, lea):
    signed_in(client, lea)
    page = client.get(reverse("planning:school_plan"))
    year = str(SchoolYear.current())
    assert f"Start het plan voor {year}" in page.text
    done = client.post(reverse("planning:start_plan", args=[school.pk]), {"year": year})
    plan = Plan.objects.get(school=school)
    assert done.url == url("plan", plan)
    assert plan.status == Plan.Status.DRAFT and plan.version == 1
    assert plan.events.get().action == "created"


@pytest.mark.parametrize("offset", [-3, 2])
def test_no_plan_for_a_year_long_past_or_far_ahead(client, school, lea, offset):
    signed_in(client, lea)
    year = SchoolYear(SchoolYear.current().start + offset)
    page = client.post(
        reverse("planning:start_plan", args=[school.pk]),
        {"year": str(year)},
        follow=True,
    )
    assert not Plan.objects.exists()
    assert "niet voor" in page.text


def test_a_teacher_cannot_start_the_plan(client, school, mo):
    signed_in(client, mo)
    client.post(
        reverse("planning:start_plan", args=[school.pk]),
        {"year": str(SchoolYear.current())},
    )
    assert not Plan.objects.exists()


def test_a_bad_year_is_refused_with_a_message(client, school, lea):
    signed_in(client, lea)
    page = client.post(
        reverse("planning:start_plan", args=[school.pk]),
        {"year": "volgend jaar"},
        follow=True,
    )
    assert "Kies een schooljaar" in page.text
    assert not Plan.objects.exists()


# -- who sees what ------------------------------------------------------------------


def test_a_leader_of_another_school_gets_404_everywhere(client, plan):
    other = make_user("ander@school.example")
    make_school("Andere school", leader=other)
    signed_in(client, other)
    for name in ["plan", "plan_print", "add_priority", "add_activity", "compare"]:
        assert client.get(url(name, plan)).status_code == 404, name
    assert client.get(url("edit_part", plan, "needs")).status_code == 404
    for name in ["submit", "decide", "comment", "new_version", "next_year"]:
        assert client.post(url(name, plan)).status_code == 404, name
    plan.refresh_from_db()
    assert plan.status == Plan.Status.DRAFT


def test_anonymous_visitors_are_sent_to_sign_in(client, plan):
    page = client.get(url("plan", plan))
    assert page.status_code == 302 and reverse("login") in page.url
    assert "Meld je aan" in client.get(reverse("planning:school_plan")).text


# -- editing -------------------------------------------------------------------------


def test_leader_edits_a_part_and_the_history_says_what_changed(client, plan, lea):
    signed_in(client, lea)
    page = client.get(url("edit_part", plan, "needs"))
    assert page.status_code == 200
    done = client.post(
        url("edit_part", plan, "needs"),
        {"revision": plan.revision, "institution_needs": "Meer samen leren."},
    )
    assert done.url == url("plan", plan)
    plan.refresh_from_db()
    assert plan.institution_needs == "Meer samen leren."
    assert plan.revision == 2
    event = plan.events.filter(action="edited").get()
    assert event.actor == lea
    assert list(event.changes.values()) == [["", "Meer samen leren."]]
    history = client.get(url("plan", plan)).text
    assert "Meer samen leren." in history
    assert "Behoefteanalyse gewijzigd" in history


def test_an_unknown_part_is_404(client, plan, lea):
    signed_in(client, lea)
    assert client.get(url("edit_part", plan, "geheim")).status_code == 404


def test_second_leader_saving_on_a_stale_form_is_refused_and_keeps_their_input(
    client, plan, lea, school
):
    second = make_user("tweede@school.example")
    school.memberships.create(user=second, role="leader")
    stale = plan.revision
    signed_in(client, lea)
    client.post(
        url("edit_part", plan, "study_day"),
        {"revision": stale, "study_day": "Evalueren"},
    )
    signed_in(client, second)
    page = client.post(
        url("edit_part", plan, "study_day"),
        {"revision": stale, "study_day": "Differentiëren"},
    )
    assert page.status_code == 409
    assert "Iemand anders wijzigde het plan" in page.text
    assert "Differentiëren" in page.text  # their input stays on the form
    plan.refresh_from_db()
    assert plan.study_day == "Evalueren"


def test_a_teacher_cannot_edit_or_submit(client, plan, mo):
    signed_in(client, mo)
    page = client.post(
        url("edit_part", plan, "needs"),
        {"revision": plan.revision, "institution_needs": "Van de leraar"},
    )
    assert page.status_code == 403
    client.post(url("submit", plan))
    plan.refresh_from_db()
    assert plan.institution_needs == "" and plan.status == Plan.Status.DRAFT


def test_priorities_are_added_changed_and_removed(client, plan, lea):
    signed_in(client, lea)
    client.post(
        url("add_priority", plan),
        {"revision": plan.revision, "title": "Taalbeleid", "term": "long"},
    )
    priority = Priority.objects.get(plan=plan)
    assert priority.term == "long"
    plan.refresh_from_db()
    client.post(
        url("edit_priority", plan, priority.pk),
        {"revision": plan.revision, "title": "Taalbeleid 2.0", "term": "short"},
    )
    priority.refresh_from_db()
    assert priority.title == "Taalbeleid 2.0"
    plan.refresh_from_db()
    assert (
        client.get(url("delete_item", plan, "prioriteit", priority.pk)).status_code
        == 200
    )
    client.post(
        url("delete_item", plan, "prioriteit", priority.pk), {"revision": plan.revision}
    )
    assert not Priority.objects.exists()


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"kind": "internal", "title": "PLG"}, "internal_kind"),
        ({"kind": "on_demand", "title": "Op maat"}, "organisation"),
        (
            {
                "kind": "internal",
                "internal_kind": "community",
                "title": "PLG",
                "cost": "-5",
            },
            "cost",
        ),
        (
            {
                "kind": "internal",
                "internal_kind": "community",
                "title": "PLG",
                "cost": "1e12",
            },
            "cost",
        ),
        (
            {
                "kind": "internal",
                "internal_kind": "community",
                "title": "PLG",
                "starts_on": "2001-01-01",
            },
            "starts_on",
        ),
        (
            {
                "kind": "internal",
                "internal_kind": "community",
                "title": "PLG",
                "participant_count": "0",
            },
            "participant_count",
        ),
        ({"kind": "catalogue", "title": "Zonder cursus"}, "kind"),
    ],
)
def test_bad_activities_are_refused_with_the_field_named(
    client, plan, lea, fields, field
):
    signed_in(client, lea)
    data = {"revision": plan.revision, "participant_count": "1", "cost": "0", **fields}
    page = client.post(url("add_activity", plan), data)
    assert page.status_code == 400
    assert field in page.context["form"].errors
    assert fields["title"] in page.text
    assert not Activity.objects.exists()


def test_course_page_adds_the_course_to_the_plan_with_its_fee(client, plan, lea):
    course = make_course("Leergemeenschappen", fee=Decimal("252"))
    signed_in(client, lea)
    detail = client.get(course.get_absolute_url())
    assert reverse("planning:add_course", args=[course.slug]) in detail.text
    form = client.get(reverse("planning:add_course", args=[course.slug]))
    assert form.status_code == 200
    session = course.sessions.first()
    done = client.post(
        reverse("planning:add_course", args=[course.slug]),
        {"plan": plan.pk, "session": session.pk, "participant_count": 3},
    )
    activity = Activity.objects.get(plan=plan)
    assert done.url == url("edit_activity", plan, activity.pk)
    assert activity.kind == Activity.Kind.CATALOGUE
    assert activity.course == course and activity.session == session
    assert activity.cost == Decimal("756")


def test_a_teacher_has_no_plan_to_add_a_course_to(client, plan, mo):
    course = make_course("Iets")
    signed_in(client, mo)
    page = client.post(
        reverse("planning:add_course", args=[course.slug]),
        {"plan": plan.pk, "participant_count": 1},
    )
    assert page.status_code == 400
    assert not Activity.objects.exists()


def test_the_budget_warns_when_costs_exceed_the_means(client, plan, lea):
    Activity.objects.create(
        plan=plan,
        kind="on_demand",
        organisation="X",
        title="Duur",
        cost=Decimal("3500"),
    )
    make_means(plan.school, "400", kind="reserve")
    signed_in(client, lea)
    page = client.get(url("plan", plan))
    assert "Boven budget" in page.text
    costs = plan.costs()
    assert costs["means"] == Decimal("3400") and costs["left"] == Decimal("-100")


# -- approval ------------------------------------------------------------------------


def test_submit_notifies_the_secretary_and_freezes_the_plan(client, plan, lea, sec):
    signed_in(client, lea)
    client.post(url("submit", plan))
    plan.refresh_from_db()
    assert plan.status == Plan.Status.SUBMITTED
    (message,) = mail.outbox
    assert message.to == [sec.email]
    assert url("plan", plan) in message.body
    page = client.post(
        url("edit_part", plan, "needs"),
        {"revision": plan.revision, "institution_needs": "Te laat"},
    )
    assert page.status_code == 403
    assert "wacht op de beslissing" in page.text


def test_a_double_submit_is_applied_once(client, plan, lea):
    signed_in(client, lea)
    client.post(url("submit", plan))
    page = client.post(url("submit", plan), follow=True)
    assert plan.events.filter(action="submitted").count() == 1
    assert "wacht op de beslissing" in page.text


def test_a_leader_cannot_record_the_decision_on_their_own_plan(client, plan, lea):
    workflow.submit(plan, lea)
    signed_in(client, lea)
    client.post(
        url("decide", plan),
        {"outcome": "approved", "meeting_date": today().isoformat()},
    )
    plan.refresh_from_db()
    assert plan.status == Plan.Status.SUBMITTED
    assert not Decision.objects.exists()
    with pytest.raises(workflow.NotAllowed):
        approve(plan, lea)


def test_return_needs_reasons_then_the_leader_fixes_and_resubmits(
    client, plan, lea, sec
):
    workflow.submit(plan, lea)
    signed_in(client, sec)
    page = client.post(
        url("decide", plan),
        {"outcome": "returned", "meeting_date": today().isoformat()},
    )
    assert page.status_code == 400
    assert "Zeg waarom" in page.text
    client.post(
        url("decide", plan),
        {
            "outcome": "returned",
            "meeting_date": today().isoformat(),
            "reasons": "Het budget ontbreekt.",
        },
    )
    plan.refresh_from_db()
    assert plan.status == Plan.Status.RETURNED
    assert mail.outbox[-1].to == [lea.email]
    assert "Het budget ontbreekt." in mail.outbox[-1].body

    signed_in(client, lea)
    assert "Het budget ontbreekt." in client.get(url("plan", plan)).text
    client.post(
        url("edit_part", plan, "implementation"),
        {"revision": plan.revision, "implementation": "Teamoverleg"},
    )
    plan.refresh_from_db()
    assert plan.status == Plan.Status.DRAFT
    client.post(url("submit", plan))
    plan.refresh_from_db()
    assert plan.status == Plan.Status.SUBMITTED
    actions = list(plan.events.values_list("action", flat=True))
    assert actions == [
        "created",
        "submitted",
        "returned",
        "reopened",
        "edited",
        "submitted",
    ]


def test_the_secretary_approves_with_a_pdf_of_the_minutes(
    client, plan, lea, sec, mo, tmp_path
):
    workflow.submit(plan, lea)
    signed_in(client, sec)
    with override_settings(PRIVATE_MEDIA_ROOT=tmp_path):
        from django.core.files.storage import storages

        storages._storages.pop("private", None)
        client.post(
            url("decide", plan),
            {
                "outcome": "approved",
                "meeting_date": today().isoformat(),
                "minutes": "Unaniem goedgekeurd.",
                "minutes_pdf": SimpleUploadedFile(
                    "notulen.pdf", PDF, "application/pdf"
                ),
            },
        )
        plan.refresh_from_db()
        assert plan.status == Plan.Status.APPROVED
        decision = plan.decisions.get()
        assert decision.get_body_display() == "het lokaal comité"
        signed_in(client, mo)
        download = client.get(url("minutes", plan, decision.pk))
        assert download.status_code == 200
        assert b"".join(download.streaming_content) == PDF
        stranger = make_user("vreemd@school.example")
        signed_in(client, stranger)
        assert client.get(url("minutes", plan, decision.pk)).status_code == 404
        storages._storages.pop("private", None)


@pytest.mark.parametrize(
    "upload, message",
    [
        (SimpleUploadedFile("notulen.pdf", b"MZ\x90\x00 not a pdf"), "pdf-bestand"),
        (SimpleUploadedFile("notulen.pdf", b"%PDF-" + b"x" * 2000), "te groot"),
    ],
)
@override_settings(MINUTES_MAX_BYTES=1000)
def test_minutes_that_are_no_pdf_or_too_large_are_refused(
    client, plan, lea, sec, upload, message
):
    workflow.submit(plan, lea)
    signed_in(client, sec)
    page = client.post(
        url("decide", plan),
        {
            "outcome": "approved",
            "meeting_date": today().isoformat(),
            "minutes_pdf": upload,
        },
    )
    assert page.status_code == 400
    assert message in page.text
    plan.refresh_from_db()
    assert plan.status == Plan.Status.SUBMITTED


def test_a_meeting_in_the_future_is_refused(client, plan, lea, sec):
    workflow.submit(plan, lea)
    signed_in(client, sec)
    tomorrow = today() + dt.timedelta(days=1)
    page = client.post(
        url("decide", plan),
        {"outcome": "approved", "meeting_date": tomorrow.isoformat()},
    )
    assert page.status_code == 400


def test_an_approved_plan_is_frozen_and_a_new_version_goes_through_approval_again(
    client, plan, lea, sec
):
    Priority.objects.create(plan=plan, title="Taal", term="long")
    Activity.objects.create(
        plan=plan, kind="internal", internal_kind="community", title="PLG"
    )
    workflow.submit(plan, lea)
    approve(plan, sec)
    plan.refresh_from_db()
    signed_in(client, lea)
    stale = client.post(
        url("edit_part", plan, "needs"),
        {"revision": plan.revision, "institution_needs": "Na goedkeuring"},
    )
    assert stale.status_code == 403
    assert "goedgekeurd" in stale.text
    assert client.get(url("edit_part", plan, "needs")).status_code == 302

    done = client.post(url("new_version", plan))
    second = Plan.objects.get(version=2)
    assert done.url == url("plan", second)
    assert second.status == Plan.Status.DRAFT and second.previous == plan
    assert second.priorities.get().title == "Taal"
    assert second.activities.get().title == "PLG"
    plan.refresh_from_db()
    assert plan.status == Plan.Status.APPROVED

    client.post(
        url("edit_part", second, "needs"),
        {"revision": second.revision, "institution_needs": "Bijgestuurd"},
    )
    compare = client.get(url("compare", second))
    assert compare.status_code == 200
    assert "Bijgestuurd" in compare.text and "gewijzigd" in compare.text
    # The approved version stays readable, and says a newer one exists.
    old = client.get(url("plan", plan))
    assert "Dit is een eerdere versie" in old.text
    # Only the newest version can get a new version.
    with pytest.raises(workflow.NotAllowed):
        workflow.new_version(plan, lea)


def test_without_a_lokaal_comite_the_staff_meeting_chair_approves(client, lea):
    chair = make_user("voorzitter@school.example")
    school = make_school(
        "De Regenboog", local_committee=False, leader=lea, secretary=chair
    )
    plan = workflow.start_plan(school, lea, SchoolYear.current())
    signed_in(client, lea)
    page = client.get(url("plan", plan))
    assert "Dien in bij de personeelsvergadering" in page.text
    client.post(url("submit", plan))
    signed_in(client, chair)
    client.post(
        url("decide", plan),
        {"outcome": "approved", "meeting_date": today().isoformat()},
    )
    plan.refresh_from_db()
    assert plan.status == Plan.Status.APPROVED
    assert plan.decisions.get().body == "staff_meeting"


def test_next_years_plan_carries_the_open_long_term_priorities(plan, lea, sec):
    Priority.objects.create(plan=plan, title="Lang en open", term="long")
    Priority.objects.create(
        plan=plan, title="Lang en bereikt", term="long", achieved=True
    )
    Priority.objects.create(plan=plan, title="Kort", term="short")
    workflow.submit(plan, lea)
    approve(plan, sec)
    nxt = workflow.start_next_year(plan, lea)
    assert nxt.year == plan.year + 1
    assert [p.title for p in nxt.priorities.all()] == ["Lang en open"]
    with pytest.raises(workflow.NotAllowed):
        workflow.start_next_year(plan, lea)


def test_team_members_comment_and_everyone_sees_it(client, plan, mo, lea):
    signed_in(client, mo)
    bad = client.post(url("comment", plan), {"text": ""})
    assert bad.status_code == 400
    client.post(url("comment", plan), {"text": "Graag ook iets rond STEM."})
    signed_in(client, lea)
    assert "Graag ook iets rond STEM." in client.get(url("plan", plan)).text


def test_the_printable_plan_has_the_approval_record_and_no_edit_links(
    client, plan, lea, sec
):
    workflow.submit(plan, lea)
    approve(plan, sec, minutes="Goedgekeurd.")
    signed_in(client, lea)
    page = client.get(url("plan_print", plan))
    assert page.status_code == 200
    assert "Goedgekeurd." in page.text
    assert url("edit_part", plan, "needs") not in page.text


def test_year_end_follow_up_on_the_approved_plan(client, plan, lea, sec, mo):
    activity = Activity.objects.create(
        plan=plan, kind="internal", internal_kind="community", title="PLG"
    )
    workflow.submit(plan, lea)
    approve(plan, sec)
    signed_in(client, mo)
    assert client.get(url("follow_up", plan, activity.pk)).status_code == 302
    signed_in(client, lea)
    client.post(
        url("follow_up", plan, activity.pk), {"done": "done", "effect": "Meer overleg."}
    )
    activity.refresh_from_db()
    assert activity.done == "done" and activity.effect == "Meer overleg."


def test_every_transition_is_in_the_history(plan, lea, sec):
    workflow.submit(plan, lea)
    approve(plan, sec)
    workflow.new_version(plan, lea)
    assert list(
        PlanEvent.objects.filter(plan=plan).values_list("action", flat=True)
    ) == [
        "created",
        "submitted",
        "approved",
        "new_version",
    ]


def test_the_plan_page_takes_a_bounded_number_of_queries(
    client, plan, lea, django_assert_max_num_queries
):
    for n in range(10):
        Activity.objects.create(
            plan=plan, kind="internal", internal_kind="community", title=f"A{n}"
        )
        Priority.objects.create(plan=plan, title=f"P{n}")
    signed_in(client, lea)
    with django_assert_max_num_queries(30):
        assert client.get(url("plan", plan)).status_code == 200


def test_the_admin_shows_plans_read_only_even_to_superusers(
    client, plan, lea, sec, root
):
    workflow.submit(plan, lea)
    approve(plan, sec)
    client.force_login(root)
    change = reverse("admin:planning_plan_change", args=[plan.pk])
    page = client.get(change)
    assert page.status_code == 200
    assert 'name="institution_needs"' not in page.text
    refused = client.post(
        change, {"institution_needs": "Via de admin", "status": "draft"}
    )
    assert refused.status_code == 403
    plan.refresh_from_db()
    assert plan.status == Plan.Status.APPROVED and plan.institution_needs == ""
    assert (
        client.post(reverse("admin:planning_plan_delete", args=[plan.pk])).status_code
        == 403
    )
    assert Plan.objects.filter(pk=plan.pk).exists()


def test_next_years_needs_analysis_shows_last_years_evaluation(client, plan, lea, sec):
    Activity.objects.create(
        plan=plan,
        kind="internal",
        internal_kind="community",
        title="PLG wiskunde",
        done="partly",
        effect="Lessen worden samen voorbereid.",
    )
    workflow.submit(plan, lea)
    approve(plan, sec)
    Plan.objects.filter(pk=plan.pk).update(evaluation="Het samen leren kwam op gang.")
    nxt = workflow.start_next_year(plan, lea)
    signed_in(client, lea)
    page = client.get(url("plan", nxt))
    assert "Het samen leren kwam op gang." in page.text
    assert "Lessen worden samen voorbereid." in page.text


def test_only_a_leader_writes_the_year_end_evaluation_of_an_approved_plan(
    client, plan, lea, sec, mo
):
    signed_in(client, lea)
    assert client.get(url("evaluate", plan)).status_code == 302  # not approved yet
    workflow.submit(plan, lea)
    approve(plan, sec)
    signed_in(client, mo)
    client.post(url("evaluate", plan), {"evaluation": "Van de leraar"})
    signed_in(client, lea)
    client.post(url("evaluate", plan), {"evaluation": "Een goed jaar."})
    plan.refresh_from_db()
    assert plan.evaluation == "Een goed jaar."
    assert plan.status == Plan.Status.APPROVED
