"""Property-based tests: no form and no query string of the site gives a 500.

Hypothesis fills every form a person can send — the complaint form, sign-up,
sign-in, the school plan's forms, the school's people and means, the
kijkwijzer's side forms, the spreadsheet import — and the query strings of
the pages that read one. Each field may be missing, sent twice, hold a
plausible value or arbitrary text: control characters, unicode, huge
numbers, 20,000 characters, files of any bytes under any name.

Whatever comes in, the answer is a redirect to a page of this site, a page
(200), or a 4xx that says what was wrong; a form shown again keeps what was
typed. The number of cases comes from the Hypothesis profile
(tests/conftest.py; 1,000 in CI, with a fixed seed): each main entry point
gets them all, as requests or, where a page costs 15-60 ms, against the form
the view binds plus 150 requests (EntryPoint.requests). The other forms get
50 requests.

The catalogue list and the kijkwijzer's steps have their own property tests
(test_catalogue_properties.py, test_kijkwijzer_properties.py).
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.signals import got_request_exception
from django.db import transaction
from django.test import Client, override_settings
from django.urls import reverse
from django.utils.datastructures import MultiValueDict
from django.utils.http import url_has_allowed_host_and_scheme
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from nw.accounts.forms import SignUpForm
from planning import workflow
from planning.models import (
    Activity,
    Decision,
    Means,
    Membership,
    Plan,
    Priority,
    Response,
    SchoolYear,
)
from planning.plan_forms import (
    ActivityForm,
    AddCourseForm,
    CommentForm,
    DecisionForm,
    EvaluationForm,
    FollowUpForm,
    PriorityForm,
    part_form,
)
from providers.forms import ComplaintForm
from providers.models import Complaint
from taxonomy.models import Theme

from .helpers import (
    PASSWORD,
    cases,
    make_course,
    make_kijkwijzer,
    make_school,
    make_user,
    today,
)

pytestmark = pytest.mark.django_db

# -- values -----------------------------------------------------------------------

hostile_text = st.one_of(
    # Any character UTF-8 can carry, control characters included.
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "\r\n",
            "0",
            "-1",
            "1e400",
            "NaN",
            "9" * 40,
            "2026-02-30",
            "31/12/2026",
            "None",
            "on",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "../../etc/passwd",
            "//evil.example/",
            "https://evil.example/",
        ]
    ),
    st.integers(-(10**30), 10**30).map(str),
    st.just("x" * 20_000),
)


def one_of_values(*values) -> st.SearchStrategy:
    return st.sampled_from([str(v) for v in values])


def choices(choice_class) -> st.SearchStrategy:
    return one_of_values(*choice_class.values)


addresses = st.integers(1, 10**6).map(lambda n: f"iemand{n}@school.example")


def days_of(year: SchoolYear) -> st.SearchStrategy:
    return st.dates(year.first_day, year.last_day).map(dt.date.isoformat)


recent_dates = st.integers(-400, 30).map(
    lambda n: (today() + dt.timedelta(n)).isoformat()
)
amounts = st.one_of(
    st.decimals(0, 10**7, places=2, allow_nan=False).map(str),
    st.sampled_from(["1.250,50", "€ 300", "1 000", "12,5", "-5", "0"]),
)
sentences = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]),
    min_size=1,
    max_size=60,
)

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
EXAMPLE_CSV = Path(settings.BASE_DIR) / "docs/import/cursussen-voorbeeld.csv"


def uploads(*plausible: bytes) -> st.SearchStrategy:
    """A file of any bytes under any name, or a plausible one."""
    names = st.one_of(
        st.sampled_from(["notulen.pdf", "cursussen.csv", "cursussen.xlsx", "x.exe"]),
        # Any name a browser could send: the part after the last slash is
        # what it sends, and it has one.
        st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=40).filter(
            lambda name: os.path.basename(name) not in ("", ".", "..")
        ),
    )
    contents = st.one_of(
        st.sampled_from(plausible or [b""]),
        st.binary(max_size=2000),
        st.sampled_from([b"", b"%PDF-", b"PK\x03\x04" + b"\x00" * 40]),
    )
    return st.builds(Upload, names, contents)


@dataclass(frozen=True)
class Upload:
    name: str
    content: bytes

    def file(self) -> SimpleUploadedFile:
        return SimpleUploadedFile(self.name, self.content)


def form_data(fields: dict[str, st.SearchStrategy]) -> st.SearchStrategy:
    """A form as a person fills it in (every field once, plausible values),
    or one where each field is missing, sent once or twice, with a plausible
    or hostile value, plus sometimes a field the form does not know."""
    filled_in = st.fixed_dictionaries(
        {
            name: st.lists(plausible, min_size=1, max_size=1)
            for name, plausible in fields.items()
        }
    )
    per_field = {
        name: st.lists(st.one_of(plausible, hostile_text), max_size=2)
        for name, plausible in fields.items()
    }
    per_field["unknown"] = st.lists(hostile_text, max_size=1)
    mangled = st.fixed_dictionaries(per_field).map(
        lambda data: {name: values for name, values in data.items() if values}
    )
    return st.one_of(filled_in, mangled)


# -- the people and things the forms act on ---------------------------------------


@pytest.fixture
def world(db, provider, anna, tmp_path):
    lea = make_user("lea@sint-jozef.example")
    mo = make_user("mo@sint-jozef.example")
    sec = make_user("sec@sint-jozef.example")
    tom = make_user("tom@sint-jozef.example")
    school = make_school("Sint-Jozef", leader=lea, member=[mo, tom], secretary=sec)
    ann = make_user("ann@sint-anna.example")
    other = make_school("Sint-Anna", leader=ann)
    course = make_course(
        "Samen lezen", provider=provider, code="L-1", sessions=(20, 40)
    )
    year = SchoolYear.current()
    plan = workflow.start_plan(school, lea, year)
    priority = Priority.objects.create(plan=plan, title="Lezen", position=0)
    internal = Activity.objects.create(
        plan=plan,
        kind=Activity.Kind.INTERNAL,
        title="Leesteam",
        priority=priority,
        position=0,
    )
    from_catalogue = Activity.objects.create(
        plan=plan,
        kind=Activity.Kind.CATALOGUE,
        course=course,
        title=course.title,
        position=1,
    )
    # A submitted plan for next year, for the secretary's decision.
    submitted = workflow.start_plan(school, lea, SchoolYear(year.start + 1))
    workflow.submit(submitted, lea)
    # An approved plan at the other school, for the year-end follow-up.
    other.memberships.create(user=sec, role=Membership.Role.SECRETARY)
    approved = workflow.start_plan(other, ann, year)
    approved_activity = Activity.objects.create(
        plan=approved,
        kind=Activity.Kind.INTERNAL,
        internal_kind=Activity.Internal.choices[0][0],
        title="Intervisie",
        position=0,
    )
    workflow.submit(approved, ann)
    workflow.decide(approved, sec, outcome="approved", meeting_date=today())
    k = make_kijkwijzer()
    kijkwijzer = Response.objects.create(
        owner=tom, version=k.version, title="Mijn noden"
    )
    with override_settings(
        MEDIA_ROOT=tmp_path, PRIVATE_MEDIA_ROOT=tmp_path / "private"
    ):
        yield SimpleNamespace(
            anna=anna,
            ann=ann,
            lea=lea,
            mo=mo,
            sec=sec,
            tom=tom,
            school=school,
            other=other,
            course=course,
            year=year,
            plan=plan,
            priority=priority,
            internal=internal,
            from_catalogue=from_catalogue,
            submitted=submitted,
            approved=approved,
            approved_activity=approved_activity,
            kijkwijzer=kijkwijzer,
            mo_membership=Membership.objects.get(school=school, user=mo),
        )


# -- the entry points -------------------------------------------------------------


@dataclass
class EntryPoint:
    role: str | None
    # The URL, given the world and a way to draw (some URLs vary by case).
    url: Callable[[SimpleNamespace, Callable], str]
    fields: Callable[[SimpleNamespace], dict[str, st.SearchStrategy]]
    method: str = "post"
    # A text field whose typed value must come back when the form is refused.
    keeps: str | None = None
    uploads: frozenset[str] = field(default_factory=frozenset)
    # The answer to input the form takes (None: no case is meant to be
    # taken, such as a made-up import token).
    taken: int | None = 302
    # Whether a refusal is a redirect with a message (a button, not a form
    # shown again).
    refuses_by_redirect: bool = False
    # The share of the profile's cases sent as requests (1,000 in CI: see
    # tests/conftest.py). The main entry points (the complaint
    # form, sign-up, the import, the plan's forms) get them all: in
    # requests, or against the form the view binds (``form``) plus a share
    # in requests, where a page costs too much for CI's ten minutes.
    requests: float = 0.05
    # The form the view binds to the input, given the world, the posted
    # data and files and a way to draw.
    form: Callable | None = None


def plan_url(name, *objects):
    def url(w, draw):
        return reverse(f"planning:{name}", args=[w.plan.pk, *(o(w) for o in objects)])

    return url


def revision(w) -> st.SearchStrategy:
    # Another revision is among the hostile values ("0", "-1", big numbers).
    return st.just(str(w.plan.revision))


def themes(w) -> st.SearchStrategy:
    return one_of_values(*Theme.objects.values_list("pk", flat=True)[:3])


def part_url(w, draw):
    part = draw(st.sampled_from([*Plan.PARTS, "unknown"]))
    return reverse("planning:edit_part", args=[w.plan.pk, part])


def part_fields(w):
    texts = {
        name: sentences
        for _title, names in Plan.PARTS.values()
        for name in names
        if name != "needs_themes"
    }
    return {"revision": revision(w), "needs_themes": themes(w), **texts}


def item_url(add, edit, *items):
    """Adding a new item, or changing one of ``items``."""

    def url(w, draw):
        item = draw(st.sampled_from([None, *items]))
        if item is None:
            return reverse(f"planning:{add}", args=[w.plan.pk])
        return reverse(f"planning:{edit}", args=[w.plan.pk, getattr(w, item).pk])

    return url


def part_form_of(w, data, files, draw):
    part = draw(st.sampled_from(list(Plan.PARTS)))
    return part_form(part)(data, instance=w.plan, initial={"revision": w.plan.revision})


def priority_form(w, data, files, draw):
    item = draw(st.sampled_from([Priority(plan=w.plan, position=1), w.priority]))
    return PriorityForm(data, instance=item, initial={"revision": w.plan.revision})


def activity_form(w, data, files, draw):
    new = Activity(plan=w.plan, position=2)
    item = draw(st.sampled_from([new, w.internal, w.from_catalogue]))
    return ActivityForm(
        data, instance=item, plan=w.plan, initial={"revision": w.plan.revision}
    )


def add_course_form(w, data, files, draw):
    plans = Plan.objects.filter(pk=w.plan.pk)
    return AddCourseForm(data, plans=plans, course=w.course)


ENTRY_POINTS = {
    "complaint": EntryPoint(
        requests=0.15,
        form=lambda w, data, files, draw: ComplaintForm(data),
        role=None,
        url=lambda w, draw: reverse("catalogue:course_report", args=[w.course.slug]),
        fields=lambda w: {
            "reason": choices(Complaint.Reason),
            "description": sentences,
            "email": addresses,
            "website": st.just(""),
        },
        keeps="description",
    ),
    "provider_complaint": EntryPoint(
        role=None,
        url=lambda w, draw: reverse("providers:report", args=[w.course.provider.slug]),
        fields=lambda w: {
            "reason": choices(Complaint.Reason),
            "description": sentences,
            "email": addresses,
        },
        keeps="description",
    ),
    "signup": EntryPoint(
        requests=0.15,
        form=lambda w, data, files, draw: SignUpForm(data),
        role=None,
        url=lambda w, draw: reverse("signup"),
        fields=lambda w: {
            "email": addresses,
            "password1": st.just(PASSWORD),
            "password2": st.just(PASSWORD),
            "next": one_of_values("/kijkwijzer/", "https://evil.example/"),
        },
        keeps="email",
    ),
    "sign_in": EntryPoint(
        role=None,
        url=lambda w, draw: reverse("login"),
        fields=lambda w: {
            "username": one_of_values(w.tom.email, "TOM@sint-jozef.example"),
            "password": one_of_values(PASSWORD, "wrong"),
            "next": one_of_values("/schoolplan/", "//evil.example/"),
        },
        keeps="username",
    ),
    "password_reset": EntryPoint(
        role=None,
        url=lambda w, draw: reverse("password_reset"),
        fields=lambda w: {"email": one_of_values(w.tom.email, "nobody@x.example")},
        keeps="email",
    ),
    "delete_account": EntryPoint(
        role="tom",
        url=lambda w, draw: reverse("delete_account"),
        fields=lambda w: {"password": one_of_values(PASSWORD, "wrong")},
    ),
    "start_plan": EntryPoint(
        requests=1,
        role="ann",
        url=lambda w, draw: reverse("planning:start_plan", args=[w.other.pk]),
        fields=lambda w: {
            "year": one_of_values(w.year, w.year.start, w.year.start + 1, "2024-2025")
        },
        refuses_by_redirect=True,
    ),
    "plan_part": EntryPoint(
        requests=0.15,
        form=part_form_of,
        role="lea",
        url=part_url,
        fields=part_fields,
    ),
    "priority": EntryPoint(
        requests=0.15,
        form=priority_form,
        role="lea",
        url=item_url("add_priority", "edit_priority", "priority"),
        fields=lambda w: {
            "revision": revision(w),
            "title": sentences,
            "term": choices(Priority.Term),
            "description": sentences,
            "themes": themes(w),
            "achieved": one_of_values("on", ""),
        },
        keeps="title",
    ),
    "activity": EntryPoint(
        requests=0.15,
        form=activity_form,
        role="lea",
        url=item_url("add_activity", "edit_activity", "internal", "from_catalogue"),
        fields=lambda w: {
            "revision": revision(w),
            "kind": one_of_values(Activity.Kind.INTERNAL, Activity.Kind.ON_DEMAND),
            "title": sentences,
            "internal_kind": choices(Activity.Internal),
            "organisation": sentences,
            "organiser": sentences,
            "session": one_of_values(*w.course.sessions.values_list("pk", flat=True)),
            "description": sentences,
            "participants": sentences,
            "participant_count": st.integers(1, 200).map(str),
            "starts_on": days_of(w.year),
            "ends_on": days_of(w.year),
            "cost": amounts,
            "priority": one_of_values(w.priority.pk, w.priority.pk + 999),
        },
        keeps="title",
    ),
    "follow_up": EntryPoint(
        requests=0.15,
        form=lambda w, data, files, draw: FollowUpForm(
            data, instance=w.approved_activity
        ),
        role="ann",
        url=lambda w, draw: reverse(
            "planning:follow_up", args=[w.approved.pk, w.approved_activity.pk]
        ),
        fields=lambda w: {"done": choices(Activity.Done), "effect": sentences},
        keeps="effect",
    ),
    "evaluation": EntryPoint(
        requests=0.15,
        form=lambda w, data, files, draw: EvaluationForm(data, instance=w.approved),
        role="ann",
        url=lambda w, draw: reverse("planning:evaluate", args=[w.approved.pk]),
        fields=lambda w: {"evaluation": sentences},
        keeps="evaluation",
    ),
    "comment": EntryPoint(
        requests=0.15,
        form=lambda w, data, files, draw: CommentForm(data),
        role="mo",
        url=plan_url("comment"),
        fields=lambda w: {"text": sentences},
        keeps="text",
    ),
    "decision": EntryPoint(
        requests=0.15,
        form=lambda w, data, files, draw: DecisionForm(data, files),
        role="sec",
        url=lambda w, draw: reverse("planning:decide", args=[w.submitted.pk]),
        fields=lambda w: {
            "outcome": choices(Decision.Outcome),
            "meeting_date": recent_dates,
            "reasons": sentences,
            "minutes": sentences,
            "minutes_pdf": uploads(PDF),
        },
        keeps="reasons",
        uploads=frozenset({"minutes_pdf"}),
    ),
    "add_course": EntryPoint(
        requests=0.15,
        form=add_course_form,
        role="lea",
        url=lambda w, draw: reverse("planning:add_course", args=[w.course.slug]),
        fields=lambda w: {
            "plan": one_of_values(w.plan.pk, w.submitted.pk),
            "session": one_of_values(*w.course.sessions.values_list("pk", flat=True)),
            "participant_count": st.integers(-5, 3000).map(str),
        },
    ),
    "invite": EntryPoint(
        role="lea",
        url=lambda w, draw: reverse("planning:school_invite", args=[w.school.pk]),
        fields=lambda w: {
            "invite-email": addresses,
            "invite-role": choices(Membership.Role),
        },
        keeps="invite-email",
    ),
    "change_role": EntryPoint(
        role="lea",
        url=lambda w, draw: reverse(
            "planning:school_change_role", args=[w.school.pk, w.mo_membership.pk]
        ),
        fields=lambda w: {"role": choices(Membership.Role)},
    ),
    "means": EntryPoint(
        role="lea",
        url=lambda w, draw: reverse("planning:school_add_means", args=[w.school.pk]),
        fields=lambda w: {
            "means-year": one_of_values(w.year, w.year.start, "2024-2025"),
            "means-kind": choices(Means.Kind),
            "means-label": sentences,
            "means-amount": amounts,
        },
        keeps="means-label",
    ),
    "share_with_school": EntryPoint(
        role="tom",
        url=lambda w, draw: reverse(
            "planning:share_with_school", args=[w.kijkwijzer.pk]
        ),
        fields=lambda w: {
            "school": one_of_values(w.school.pk, w.other.pk),
            "action": one_of_values("share", "withdraw"),
        },
    ),
    "rename_kijkwijzer": EntryPoint(
        role="tom",
        url=lambda w, draw: reverse("planning:rename", args=[w.kijkwijzer.pk]),
        fields=lambda w: {"title": sentences},
        keeps="title",
    ),
    "reflection": EntryPoint(
        role="tom",
        url=lambda w, draw: reverse("planning:reflect", args=[w.course.slug]),
        fields=lambda w: {
            "applied": sentences,
            "shared": sentences,
            "support": sentences,
            "effect": one_of_values("yes", "partly", "no", "too_early"),
            "effect_note": sentences,
            "kijkwijzer": one_of_values(w.kijkwijzer.pk),
        },
        keeps="applied",
    ),
    "import_upload": EntryPoint(
        requests=1,
        role="anna",
        url=lambda w, draw: reverse(
            draw(
                st.sampled_from(
                    ["admin:catalogue_course_import", "admin:catalogue_session_import"]
                )
            )
        ),
        fields=lambda w: {"import_file": uploads(EXAMPLE_CSV.read_bytes())},
        uploads=frozenset({"import_file"}),
        taken=200,
    ),
    "import_confirm": EntryPoint(
        role="anna",
        url=lambda w, draw: reverse("admin:catalogue_course_process_import"),
        fields=lambda w: {"token": one_of_values("abc", "../../settings.py")},
        taken=None,
    ),
    # Query strings of the pages that read one (the catalogue list has its
    # own test).
    "course_page": EntryPoint(
        role=None,
        method="get",
        taken=200,
        url=lambda w, draw: reverse("catalogue:course_detail", args=[w.course.slug]),
        fields=lambda w: {"terug": one_of_values("q=lezen&page=2", "page=999")},
    ),
    "provider_list": EntryPoint(
        role=None,
        method="get",
        taken=200,
        url=lambda w, draw: reverse("providers:list"),
        fields=lambda w: {
            "q": sentences,
            "kind": sentences,
            "page": st.integers(-2, 50).map(str),
        },
    ),
    "course_check": EntryPoint(
        role="tom",
        method="get",
        taken=200,
        url=lambda w, draw: reverse("planning:course_check", args=[w.course.slug]),
        fields=lambda w: {"kijkwijzer": one_of_values(w.kijkwijzer.pk, 0)},
    ),
    "signup_next": EntryPoint(
        role=None,
        method="get",
        taken=200,
        url=lambda w, draw: reverse(draw(st.sampled_from(["signup", "login"]))),
        fields=lambda w: {"next": one_of_values("/kijkwijzer/", "//evil.example/")},
    ),
}

# -- what every answer must be ------------------------------------------------------

# 403: not allowed now (a plan in the wrong state), 404: not found, 405: a
# form that only takes POST, 409: someone else changed the plan meanwhile,
# 413: a file too large, 429: too many tries.
ANSWERS = {200, 301, 302, 303, 400, 403, 404, 405, 409, 413, 429}
SAYS_WHY = ('class="error-summary"', 'class="messages"', 'class="errorlist', "<h1")


def send(client, entry, url, posted):
    if entry.method == "get":
        return client.get(url, posted)
    data = {
        name: [v.file() if isinstance(v, Upload) else v for v in values]
        for name, values in posted.items()
    }
    return client.post(url, data)


def check(response, entry, posted):
    status = response.status_code
    assert status in ANSWERS, f"{status} for {posted!r}"
    if status in (301, 302, 303):
        assert url_has_allowed_host_and_scheme(
            response["Location"], allowed_hosts={"testserver"}
        ), response["Location"]
        return
    body = response.content.decode()
    if status >= 400:
        assert any(marker in body for marker in SAYS_WHY), body[:2000]
    if status == 400 and entry.keeps and f'name="{entry.keeps}"' in body:
        typed = posted.get(entry.keeps, [""])[-1]
        if typed.strip() and "\x00" not in typed:
            assert kept(body, entry.keeps, typed), f"{typed!r} lost"


def kept(body, name, typed) -> bool:
    """Whether the form shows ``typed`` again in its field ``name``."""
    field = re.search(
        rf'<input[^>]*name="{name}"[^>]*value="([^"]*)"'
        rf'|<textarea[^>]*name="{name}"[^>]*>\n?(.*?)</textarea>',
        body,
        re.S,
    )
    return bool(field) and html.unescape(field.group(1) or field.group(2) or "") in (
        typed,
        typed.strip(),
    )


REFUSALS = {400, 403, 409, 413}


def verdict(response, entry) -> str:
    body = response.content.decode() if response.status_code == 200 else ""
    if response.status_code in REFUSALS or 'class="errorlist' in body:
        return "refused"
    if response.status_code == entry.taken:
        return "taken"
    return "other"


class LeanClient(Client):
    """Django's test client without its record of every template rendered
    and its context (for assertTemplateUsed): a plan page renders hundreds
    of templates, and copying their contexts was a good part of each case.
    A view's exception still reaches the test."""

    def request(self, **request):
        uid = f"request-exception-{id(request)}"
        got_request_exception.connect(self.store_exc_info, dispatch_uid=uid)
        try:
            response = self.handler(self._base_environ(**request))
        finally:
            got_request_exception.disconnect(dispatch_uid=uid)
        self.check_exception(response)
        if response.cookies:
            self.cookies.update(response.cookies)
        return response


def signed_in_as(user) -> str:
    """A session for ``user``, made once per test: each case then costs
    only its own request."""
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


@pytest.mark.parametrize("name", ENTRY_POINTS)
def test_no_input_gives_a_server_error(world, name):
    entry = ENTRY_POINTS[name]
    session = signed_in_as(getattr(world, entry.role)) if entry.role else None
    verdicts = Counter()
    posts = form_data(entry.fields(world))

    @hypothesis_settings(max_examples=cases(entry.requests))
    @given(data=st.data())
    def case(data):
        url = entry.url(world, data.draw)
        posted = data.draw(posts, label="sent")
        # Every case starts from the same state: nothing an earlier case
        # saved (or deleted: its own account), and no rate limit or
        # lock-out it earned.
        cache.clear()
        client = LeanClient()
        if session:
            client.cookies[settings.SESSION_COOKIE_NAME] = session
        with transaction.atomic():
            response = send(client, entry, url, posted)
            transaction.set_rollback(True)
        check(response, entry, posted)
        verdicts[verdict(response, entry)] += 1

    case()
    # The cases reached the form: some were taken, some refused with a
    # reason (not all turned away at the door, by a 404 or a 403).
    if entry.taken:
        assert verdicts["taken"], verdicts
    if entry.method == "post" and not entry.refuses_by_redirect:
        assert verdicts["refused"], verdicts


FORMS = [name for name, entry in ENTRY_POINTS.items() if entry.form]


@pytest.mark.parametrize("name", FORMS)
def test_no_input_breaks_the_form_behind_an_entry_point(world, name):
    """The profile's full number of cases against the form the view binds:
    it parses every byte of the input, at a fraction of a page's cost."""
    entry = ENTRY_POINTS[name]
    posts = form_data(entry.fields(world))
    verdicts = Counter()

    @hypothesis_settings(max_examples=cases())
    @given(data=st.data())
    def case(data):
        posted = data.draw(posts, label="sent")
        values, files = MultiValueDict(), MultiValueDict()
        for key, items in posted.items():
            for item in items:
                if isinstance(item, Upload):
                    files.appendlist(key, item.file())
                else:
                    values.appendlist(key, item)
        form = entry.form(world, values, files, data.draw)
        valid = form.is_valid()
        # A refusal always says what is wrong. (How the page shows the form
        # again is left to the requests above.)
        assert valid or form.errors
        verdicts[valid] += 1

    case()
    assert verdicts[True] and verdicts[False], verdicts


# -- what the cases found ------------------------------------------------------------


def test_a_forty_digit_theme_id_is_refused_not_a_server_error(world, client):
    client.force_login(world.lea)
    response = client.post(
        reverse("planning:add_priority", args=[world.plan.pk]),
        {
            "revision": world.plan.revision,
            "title": "Lezen",
            "term": Priority.Term.values[0],
            "themes": "9" * 40,
        },
    )
    assert response.status_code == 400
    assert "geen beschikbare keuze" in response.content.decode()
    assert not world.plan.priorities.filter(title="Lezen").exclude(pk=world.priority.pk)


@pytest.mark.parametrize("value", ["abc", "²", "-1", ""])
def test_a_mangled_kijkwijzer_link_shows_the_course_check_with_a_message(
    world, client, value
):
    client.force_login(world.tom)
    response = client.get(
        reverse("planning:course_check", args=[world.course.slug]),
        {"kijkwijzer": value},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Die link wijst niet naar een kijkwijzer" in html
    assert world.course.title in html
