"""Provider isolation in the admin, from the attacker's side.

Two providers, A and B, each with staff, a course, a session, a trainer, a
campus and a complaint. Signed in as A's staff we try every way the admin
offers to see, change, delete or create B's data: change lists, search,
typed ids, autocomplete, form choices, list filters, "view on site",
crafted POSTs (including inline formsets), admin actions, import and export.
To A's staff every object of B must behave like an object that does not
exist.
"""

import io
import re
from collections.abc import Callable
from types import SimpleNamespace
from typing import NamedTuple

import pytest
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType

from catalogue.models import Course, Session, Trainer
from providers.models import Campus, Complaint, Provider, ProviderMembership

from .helpers import (
    course_form_data,
    make_course,
    make_provider,
    make_session,
    make_trainer,
    make_user,
    management_form,
    provider_staff,
    session_row,
)

# Scoping in the admin is plain ORM filtering, the same on every database:
# run on the first database only (marker "once").
pytestmark = [pytest.mark.django_db, pytest.mark.once]

# An id no object has: B's ids must answer exactly like this one.
MISSING_PK = 987654


def make_side(letter, word):
    """One provider with everything staff can reach in the admin. ``word``
    is unique to the side, so finding it in a page means a leak."""
    provider = make_provider(f"{word} Vorming")
    course = make_course(
        f"{word}cursus rekenen",
        provider=provider,
        code=f"{letter}-001",
        sessions=(),
        status=Course.Status.DRAFT,
    )
    trainer = make_trainer(provider, f"Trainer {word}man")
    course.trainers.add(trainer)
    return SimpleNamespace(
        provider=provider,
        staff=provider_staff(provider, f"staff.{word.lower()}@example.com"),
        course=course,
        session=make_session(course, municipality=f"{word}gem"),
        trainer=trainer,
        campus=Campus.objects.create(
            provider=provider,
            name=f"Campus {word}",
            street="Schoolstraat 1",
            postcode="2000",
            municipality="Antwerpen",
        ),
        complaint=Complaint.objects.create(
            provider=provider,
            course=course,
            reason=Complaint.Reason.WRONG_INFORMATION,
            description=f"{word}klacht over de datum",
            email=f"melder.{word.lower()}@example.com",
            internal_notes=f"{word}notitie: al gebeld",
            client_hash="x",
        ),
        word=word,
    )


@pytest.fixture
def a():
    return make_side("A", "Alfa")


@pytest.fixture
def b():
    return make_side("B", "Bravo")


@pytest.fixture
def attacker(client, a, b):
    """A client signed in as A's staff, with B's data in the database."""
    client.force_login(a.staff)
    return client


def html_of(response):
    return response.content.decode()


# -- the matrix: per admin model, where it lives, which object of a side it
# -- shows, the text that would show that object in the change list (what
# -- list_display prints) and a search term that matches A's and B's alike.


class Model(NamedTuple):
    url: str
    attr: str
    label: Callable
    shared_term: str


MODELS = {
    "course": Model(
        "/admin/catalogue/course/", "course", lambda s: s.course.title, "cursus rekenen"
    ),
    "session": Model(
        "/admin/catalogue/session/", "session", lambda s: s.course.title, "rekenen"
    ),
    "trainer": Model(
        "/admin/catalogue/trainer/", "trainer", lambda s: s.trainer.name, "Trainer"
    ),
    "provider": Model(
        "/admin/providers/provider/", "provider", lambda s: s.provider.name, "Vorming"
    ),
    "complaint": Model(
        "/admin/providers/complaint/",
        "complaint",
        lambda s: s.course.title,
        "klacht over",
    ),
}


def model_params(*names):
    return pytest.mark.parametrize("model", names or list(MODELS))


@model_params()
def test_other_provider_object_is_absent_from_change_list(attacker, a, b, model):
    url, _attr, label, _term = MODELS[model]
    response = attacker.get(url)
    assert response.status_code == 200
    assert label(a) in html_of(response)
    assert label(b) not in html_of(response)
    assert b.word not in html_of(response)


@model_params()
def test_other_provider_object_is_not_found_by_search(attacker, a, b, model):
    url, _attr, label, shared_term = MODELS[model]
    # A term that fits both objects finds only A's.
    response = attacker.get(url, {"q": shared_term})
    assert response.status_code == 200
    assert response.context["cl"].result_count == 1
    assert label(a) in html_of(response)
    assert b.word not in html_of(response)
    # B's own name finds nothing; "0 results (1 total)" does not count B's.
    response = attacker.get(url, {"q": label(b)})
    cl = response.context["cl"]
    assert (cl.result_count, cl.full_result_count) == (0, 1)
    assert 'id="result_list"' not in html_of(response)


# Staff may not delete providers or complaints at all; Django checks the
# delete permission before it looks the object up, so these answer 403 for
# every id. That still says nothing about B: what matters is that B's id
# answers exactly like an id that does not exist.
NO_DELETE = {"provider", "complaint"}
# Staff only read complaints; a POST to a change page needs change permission,
# which Django also checks before the lookup.
NO_CHANGE = {"complaint"}


def expected_status(model, method, view):
    if view == "delete" and model in NO_DELETE:
        return 403
    if view == "change" and method == "post" and model in NO_CHANGE:
        return 403
    return 404


@model_params()
@pytest.mark.parametrize(
    "method, view",
    [("get", "change"), ("get", "delete"), ("get", "history"), ("post", "change")],
)
def test_other_provider_object_urls_answer_as_if_it_did_not_exist(
    attacker, b, model, method, view
):
    url, attr, _label, _term = MODELS[model]
    obj = getattr(b, attr)
    status = expected_status(model, method, view)
    request = getattr(attacker, method)
    response = request(f"{url}{obj.pk}/{view}/")
    assert response.status_code == status
    assert b.word not in html_of(response)
    assert request(f"{url}{MISSING_PK}/{view}/").status_code == status


@model_params()
def test_other_provider_object_survives_post_to_delete_url(attacker, b, model):
    url, attr, _label, _term = MODELS[model]
    obj = getattr(b, attr)
    response = attacker.post(f"{url}{obj.pk}/delete/", {"post": "yes"})
    assert response.status_code == expected_status(model, "post", "delete")
    assert type(obj).objects.filter(pk=obj.pk).exists()


@model_params("course", "session", "trainer")
def test_own_objects_urls_work_so_the_404s_mean_something(attacker, a, model):
    url, attr, _label, _term = MODELS[model]
    obj = getattr(a, attr)
    for view in ("change", "delete", "history"):
        assert attacker.get(f"{url}{obj.pk}/{view}/").status_code == 200


# -- autocomplete: Django's autocomplete view answers for any foreign key
# -- whose target has a searchable admin, not only for autocomplete_fields.

AUTOCOMPLETE = [
    # source app, model, field; the side's object it would list; search term
    ("catalogue", "session", "course", "course", lambda s: f"{s.word}cursus"),
    ("catalogue", "course", "trainers", "trainer", lambda s: f"{s.word}man"),
    ("catalogue", "course", "provider", "provider", lambda s: s.word),
    ("catalogue", "trainer", "provider", "provider", lambda s: s.word),
    ("providers", "complaint", "course", "course", lambda s: f"{s.word}cursus"),
]


def autocomplete(client, app_label, model_name, field_name, term):
    return client.get(
        "/admin/autocomplete/",
        {
            "app_label": app_label,
            "model_name": model_name,
            "field_name": field_name,
            "term": term,
        },
    )


def result_ids(response):
    assert response.status_code == 200
    return {int(r["id"]) for r in response.json()["results"]}


@pytest.mark.parametrize(
    "app_label, model_name, field_name, attr, term",
    AUTOCOMPLETE,
    ids=[f"{m}.{f}" for _app, m, f, _a, _t in AUTOCOMPLETE],
)
def test_other_provider_object_is_absent_from_autocomplete(
    attacker, a, b, app_label, model_name, field_name, attr, term
):
    theirs, ours = getattr(b, attr), getattr(a, attr)
    source = (app_label, model_name, field_name)
    assert theirs.pk not in result_ids(autocomplete(attacker, *source, term(b)))
    # An empty term lists everything the user may see: still not B's.
    assert result_ids(autocomplete(attacker, *source, "")) == {ours.pk}
    assert result_ids(autocomplete(attacker, *source, term(a))) == {ours.pk}


def test_staff_cannot_list_users_through_autocomplete(attacker):
    # Membership rows point at users; the user admin is for editors only.
    response = autocomplete(
        attacker, "providers", "providermembership", "user", "example"
    )
    assert response.status_code == 403
    assert b"staff.bravo" not in response.content


# -- foreign-key and many-to-many choices


def form_of(response):
    return response.context["adminform"].form


def test_add_course_form_offers_only_own_provider_and_trainers(attacker, a, b):
    response = attacker.get("/admin/catalogue/course/add/")
    assert response.status_code == 200
    form = form_of(response)
    assert list(form.fields["provider"].queryset) == [a.provider]
    assert list(form.fields["trainers"].queryset) == [a.trainer]
    # The provider select is rendered with its options: only A's.
    select = re.search(r'<select name="provider".*?</select>', html_of(response), re.S)
    options = re.findall(r'<option value="(\d+)"', select[0])
    assert options == [str(a.provider.pk)]
    assert b.word not in html_of(response)


def test_add_session_form_offers_only_own_courses(attacker, a, b):
    response = attacker.get("/admin/catalogue/session/add/")
    assert response.status_code == 200
    # The course field is an autocomplete (tested above) without options in
    # the page; its queryset is what a POST is checked against.
    assert list(form_of(response).fields["course"].queryset) == [a.course]
    assert b.word not in html_of(response)


def test_add_trainer_form_offers_only_own_provider(attacker, a, b):
    response = attacker.get("/admin/catalogue/trainer/add/")
    assert list(form_of(response).fields["provider"].queryset) == [a.provider]
    assert b.word not in html_of(response)


@model_params("course", "trainer", "complaint")
def test_provider_list_filter_does_not_name_other_provider(attacker, a, b, model):
    # Django hides a related filter with a single choice, so A's staff act
    # for a second provider here: the filter then shows and must list
    # exactly their two providers.
    second = make_side("C", "Charlie")
    ProviderMembership.objects.create(provider=second.provider, user=a.staff)
    url = MODELS[model].url
    response = attacker.get(url)
    [provider_filter] = [
        spec
        for spec in response.context["cl"].filter_specs
        if isinstance(spec, admin.RelatedOnlyFieldListFilter)
    ]
    assert sorted(provider_filter.lookup_choices) == sorted(
        (side.provider.pk, side.provider.name) for side in (a, second)
    )
    assert second.provider.name in html_of(response)
    assert b.provider.name not in html_of(response)


# -- "view on site"


@pytest.mark.parametrize("attr", ["course", "provider"])
def test_view_on_site_redirect_is_404_for_other_provider_object(attacker, a, b, attr):
    content_type = ContentType.objects.get_for_model(getattr(b, attr))
    for pk in (getattr(b, attr).pk, MISSING_PK):
        assert attacker.get(f"/admin/r/{content_type.pk}/{pk}/").status_code == 404
    own = getattr(a, attr)
    response = attacker.get(f"/admin/r/{content_type.pk}/{own.pk}/")
    assert response.status_code == 302
    assert response["Location"] == own.get_absolute_url()


def test_view_on_site_redirect_is_404_for_unknown_content_type_or_junk_id(attacker, b):
    content_type = ContentType.objects.get_for_model(Course)
    assert attacker.get(f"/admin/r/{MISSING_PK}/{b.course.pk}/").status_code == 404
    assert attacker.get(f"/admin/r/{content_type.pk}/not-a-number/").status_code == 404


# -- crafted POSTs: the add and change forms with their inline formsets


def test_course_form_inline_prefixes_are_the_ones_posted(attacker):
    html = html_of(attacker.get("/admin/catalogue/course/add/"))
    prefixes = re.findall(r'name="([\w-]+)-TOTAL_FORMS"', html)
    assert prefixes == ["sessions", "programme", "criteria"]


def test_creating_a_course_for_other_provider_is_refused(attacker, a, b):
    before = Course.objects.count()
    response = attacker.post(
        "/admin/catalogue/course/add/", course_form_data(b.provider)
    )
    assert response.status_code == 200
    assert "provider" in form_of(response).errors
    assert Course.objects.count() == before
    assert not Course.objects.filter(slug="nieuwe-alfacursus").exists()


def test_creating_a_course_for_own_provider_succeeds_with_the_same_post(attacker, a):
    # Proves the POST above is valid apart from the provider.
    response = attacker.post(
        "/admin/catalogue/course/add/", course_form_data(a.provider)
    )
    assert response.status_code == 302
    assert Course.objects.get(slug="nieuwe-alfacursus").provider == a.provider


def test_other_provider_trainer_cannot_be_put_on_own_course(attacker, a, b):
    data = course_form_data(a.provider, a.course, trainers=[b.trainer.pk])
    response = attacker.post(f"/admin/catalogue/course/{a.course.pk}/change/", data)
    assert response.status_code == 200
    assert "trainers" in form_of(response).errors
    assert list(a.course.trainers.all()) == [a.trainer]


def test_moving_own_course_to_other_provider_is_refused(attacker, a, b):
    url = f"/admin/catalogue/course/{a.course.pk}/change/"
    response = attacker.post(url, course_form_data(b.provider, a.course))
    assert response.status_code == 200
    assert "provider" in form_of(response).errors
    a.course.refresh_from_db()
    assert a.course.provider == a.provider
    # The same POST with A as provider saves: the form was otherwise valid.
    data = course_form_data(a.provider, a.course, title="Alfacursus rekenen 2")
    assert attacker.post(url, data).status_code == 302
    a.course.refresh_from_db()
    assert a.course.title == "Alfacursus rekenen 2"


@pytest.mark.parametrize("how", ["edit", "delete"])
def test_other_provider_session_cannot_be_taken_over_through_own_course_inline(
    attacker, a, b, how
):
    # An inline row names B's session by id, as if it belonged to A's course.
    # Django looks the id up among A's course's sessions only, finds nothing
    # and drops the row: the save goes through (302) without touching B.
    row = session_row(b.session, course=a.course) | {"municipality": "Overgenomen"}
    if how == "delete":
        row["DELETE"] = "on"
    rows = [session_row(a.session), row]
    data = course_form_data(a.provider, a.course, sessions=rows)
    response = attacker.post(f"/admin/catalogue/course/{a.course.pk}/change/", data)
    assert response.status_code == 302
    assert list(a.course.sessions.all()) == [a.session]
    b.session.refresh_from_db()
    assert b.session.course == b.course
    assert b.session.municipality == "Bravogem"
    assert Session.objects.filter(municipality="Overgenomen").count() == 0


def test_creating_a_session_for_other_provider_course_is_refused(attacker, a, b):
    row = session_row(b.session)
    data = {k: v for k, v in row.items() if k != "id"} | {"municipality": "Nieuw"}
    response = attacker.post("/admin/catalogue/session/add/", data)
    assert response.status_code == 200
    assert "course" in form_of(response).errors
    assert not Session.objects.filter(municipality="Nieuw").exists()
    # Same POST for A's course is accepted.
    data["course"] = a.course.pk
    assert attacker.post("/admin/catalogue/session/add/", data).status_code == 302
    assert Session.objects.get(municipality="Nieuw").course == a.course


def test_creating_a_trainer_for_other_provider_is_refused(attacker, a, b):
    data = {"provider": b.provider.pk, "name": "Sluiptrainer", "bio": ""}
    response = attacker.post("/admin/catalogue/trainer/add/", data)
    assert response.status_code == 200
    assert "provider" in form_of(response).errors
    assert not Trainer.objects.filter(name="Sluiptrainer").exists()
    data["provider"] = a.provider.pk
    assert attacker.post("/admin/catalogue/trainer/add/", data).status_code == 302
    assert Trainer.objects.get(name="Sluiptrainer").provider == a.provider


def provider_form_data(provider, campuses, **overrides):
    data = {
        "name": provider.name,
        "description": provider.description,
        "email": provider.email,
    }
    rows = [
        {
            "id": c.pk,
            "provider": provider.pk,
            "name": c.name,
            "street": c.street,
            "postcode": c.postcode,
            "municipality": c.municipality,
        }
        for c in campuses
    ]
    data.update(management_form("campuses", rows, initial=len(rows)))
    data.update(overrides)
    return data


def test_own_provider_form_saves_so_the_refusals_below_mean_something(attacker, a):
    data = provider_form_data(a.provider, [a.campus], description="Wij vormen.")
    response = attacker.post(f"/admin/providers/provider/{a.provider.pk}/change/", data)
    assert response.status_code == 302
    a.provider.refresh_from_db()
    assert a.provider.description == "Wij vormen."


@pytest.mark.parametrize("how", ["edit", "delete"])
def test_other_provider_campus_cannot_be_taken_over_through_own_provider_inline(
    attacker, a, b, how
):
    data = provider_form_data(a.provider, [a.campus, b.campus])
    data["campuses-1-name"] = "Overgenomen campus"
    if how == "delete":
        data["campuses-1-DELETE"] = "on"
    # As with sessions above: the foreign row is dropped, the rest is saved.
    response = attacker.post(f"/admin/providers/provider/{a.provider.pk}/change/", data)
    assert response.status_code == 302
    assert list(a.provider.campuses.all()) == [a.campus]
    b.campus.refresh_from_db()
    assert b.campus.provider == b.provider
    assert b.campus.name == "Campus Bravo"


def test_staff_cannot_add_members_or_change_locked_fields_of_own_provider(
    attacker, a, b
):
    # Only editors decide who acts for a provider; the membership inline is
    # not in the staff form, so posting its rows must do nothing.
    data = provider_form_data(
        a.provider,
        [a.campus],
        slug="gekaapt",
        is_active="",
        **management_form("memberships", [{"user": b.staff.pk}]),
    )
    response = attacker.post(f"/admin/providers/provider/{a.provider.pk}/change/", data)
    assert response.status_code == 302
    a.provider.refresh_from_db()
    assert a.provider.slug == "alfa-vorming"
    assert a.provider.is_active
    assert not ProviderMembership.objects.filter(
        provider=a.provider, user=b.staff
    ).exists()


# -- admin actions and export


@pytest.mark.parametrize("action", ["publish", "duplicate"])
def test_actions_ignore_other_provider_course_ids(attacker, a, b, action):
    # A's id is selected too: the action runs, but only on A's course.
    before = Course.objects.count()
    response = attacker.post(
        "/admin/catalogue/course/",
        {"action": action, "_selected_action": [a.course.pk, b.course.pk]},
    )
    assert response.status_code == 302
    b.course.refresh_from_db()
    assert b.course.status == Course.Status.DRAFT
    assert not Course.objects.filter(title=b.course.title).exclude(pk=b.course.pk)
    if action == "publish":
        a.course.refresh_from_db()
        assert a.course.status == Course.Status.PUBLISHED
    else:
        assert Course.objects.count() == before + 1
        assert Course.objects.filter(title=a.course.title).count() == 2


def test_export_contains_only_own_courses_even_when_asked_for_others(attacker, a, b):
    def export(ids):
        return attacker.post(
            "/admin/catalogue/course/export/",
            {
                "format": "0",
                "resource": "0",
                "courseresource_title": "on",
                "courseresource_code": "on",
                "export_items": ids,
            },
        )

    # Asking for B's id is refused: the form comes back, with no export.
    refused = export([a.course.pk, b.course.pk])
    assert refused.status_code == 200
    assert refused["Content-Type"].startswith("text/html")
    assert b.course.title not in html_of(refused)
    # Asking for A's own course exports it.
    own = export([a.course.pk])
    assert own["Content-Type"].startswith("text/csv")
    assert a.course.title in html_of(own)
    assert b.course.title not in html_of(own)


# -- complaints: read-only for staff, without the reporter or our notes


def test_staff_read_own_complaint_without_reporter_address_or_notes(attacker, a):
    response = attacker.get(f"/admin/providers/complaint/{a.complaint.pk}/change/")
    assert response.status_code == 200
    html = html_of(response)
    assert a.complaint.description in html
    assert a.complaint.email not in html
    assert a.complaint.internal_notes not in html
    assert 'name="_save"' not in html
    assert 'name="_continue"' not in html


def test_staff_cannot_change_own_complaint_by_post(attacker, a):
    url = f"/admin/providers/complaint/{a.complaint.pk}/change/"
    response = attacker.post(url, {"status": Complaint.Status.DISMISSED})
    assert response.status_code == 403
    a.complaint.refresh_from_db()
    assert a.complaint.status == Complaint.Status.NEW


def test_complaint_list_never_shows_reporter_address_or_notes(attacker, a):
    for query in ({}, {"q": "melder"}, {"q": a.word}):
        html = html_of(attacker.get("/admin/providers/complaint/", query))
        assert a.complaint.email not in html
        assert a.complaint.internal_notes not in html


@pytest.mark.parametrize(
    "field, right, wrong",
    [
        ("email__startswith", "melder.alfa@", "iemand.anders@"),
        ("internal_notes__icontains", "gebeld", "nooit gebeld"),
    ],
)
def test_complaint_list_cannot_be_filtered_on_hidden_fields(
    attacker, a, field, right, wrong
):
    # If the list answered differently to a right and a wrong guess, staff
    # could read the hidden field by guessing.
    def shown(value):
        response = attacker.get("/admin/providers/complaint/", {field: value})
        return response.status_code, a.course.title in html_of(response)

    assert shown(right) == shown(wrong)
    # The lookup is refused outright, as Django refuses any disallowed one.
    assert shown(right)[0] == 400


# -- pages for editors only


@pytest.mark.parametrize(
    "url, statuses",
    [
        ("/admin/taxonomy/theme/", {403}),
        ("/admin/accounts/user/", {403}),
        ("/admin/admin/logentry/", {403, 404}),
        ("/admin/auth/group/", {403}),
        ("/admin/providers/provider/add/", {403}),
        ("/admin/providers/complaint/add/", {403}),
    ],
)
def test_staff_cannot_reach_editor_only_pages(attacker, url, statuses):
    assert attacker.get(url).status_code in statuses


def test_staff_cannot_add_or_delete_providers(attacker, a):
    html = html_of(attacker.get("/admin/providers/provider/"))
    assert "/admin/providers/provider/add/" not in html
    url = f"/admin/providers/provider/{a.provider.pk}/delete/"
    assert attacker.post(url, {"post": "yes"}).status_code == 403
    assert Provider.objects.filter(pk=a.provider.pk).exists()


# -- import


def import_csv(client, *rows):
    lines = ["aanbieder,code,titel,samenvatting,vorm", *rows]
    upload = io.BytesIO("\n".join(lines).encode())
    upload.name = "cursussen.csv"
    return client.post(
        "/admin/catalogue/course/import/",
        {"format": "0", "resource": "0", "import_file": upload},
    )


def test_import_refuses_row_for_other_provider(attacker, a, b):
    before = Course.objects.count()
    response = import_csv(
        attacker, f"{b.provider.slug},B-777,Ingesmokkeld,Samenvatting.,study_day"
    )
    assert response.status_code == 200
    html = html_of(response)
    assert 'class="import-problem"' in html
    assert f"“{b.provider.slug}”" in html
    assert 'name="token"' not in html  # no confirm step offered
    assert Course.objects.count() == before


def test_import_never_finds_other_provider_course_by_its_code(attacker, a, b):
    # Courses are matched on their code within the importer's own providers:
    # B's code is a new code for A, and B's course is neither changed nor
    # mentioned (not even that it exists).
    response = import_csv(
        attacker, f"{a.provider.slug},{b.course.code},Overschreven,Tekst.,study_day"
    )
    html = html_of(response)
    assert 'class="import-problem"' not in html
    assert "Bravocursus rekenen" not in html
    b.course.refresh_from_db()
    assert b.course.title == "Bravocursus rekenen"


def test_import_accepts_the_same_row_for_own_provider(attacker, a):
    # Proves the refusals above are about the provider, not the CSV.
    response = import_csv(
        attacker, f"{a.provider.slug},A-777,Ingevoerd,Samenvatting.,study_day"
    )
    html = html_of(response)
    assert 'class="import-problem"' not in html
    assert 'name="token"' in html


# -- other kinds of user


@pytest.mark.parametrize(
    "url",
    [
        "/admin/catalogue/course/",
        "/admin/catalogue/session/",
        "/admin/catalogue/trainer/",
    ],
)
def test_staff_without_provider_is_refused_provider_data(client, b, url):
    client.force_login(make_user(is_staff=True))
    response = client.get(url)
    # The code refuses outright (no module permission) rather than showing
    # an empty list.
    assert response.status_code == 403
    assert b.word not in html_of(response)


def test_staff_without_provider_gets_nothing_from_autocomplete_or_view_on_site(
    client, b
):
    client.force_login(make_user(is_staff=True))
    response = autocomplete(client, "catalogue", "session", "course", "")
    assert response.status_code == 403
    content_type = ContentType.objects.get_for_model(Course)
    assert client.get(f"/admin/r/{content_type.pk}/{b.course.pk}/").status_code == 404


def test_editor_sees_courses_of_all_providers(client, a, b):
    client.force_login(make_user(is_superuser=True, is_staff=True))
    html = html_of(client.get("/admin/catalogue/course/"))
    assert a.course.title in html
    assert b.course.title in html
    # The URLs that are 404 for A's staff exist: the 404s are the scoping.
    for view in ("change", "delete", "history"):
        url = f"/admin/catalogue/course/{b.course.pk}/{view}/"
        assert client.get(url).status_code == 200


def test_anonymous_user_is_sent_to_admin_login(client, b):
    response = client.get("/admin/catalogue/course/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=/admin/catalogue/course/"
