"""The site in a real browser: journeys as teachers and schools take them,
in Chromium, with axe-core checking every page a journey visits.

Each visited page must have no WCAG 2.1 A/AA violation (axe), one h1, a
title, lang="nl-BE", and no sideways scrolling at the journey's width.

These tests need Chromium (Debian: ``apt-get install -y chromium``;
``CHROMIUM`` names another binary). Without it they are skipped, except
when ``REQUIRE_BROWSER=1`` (CI), where a missing browser fails them. They
run once, on the first database of ``./run test``.
"""

from __future__ import annotations

import os
import re
import shutil
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command

# serialized_rollback: a transactional test empties the tables at its end;
# this puts back what the data migrations made (vocabularies, kijkwijzer).
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SEED_COURSE = "onderwijskundig-leiderschap-met-impact"
PASSWORD = "demo-school"


@pytest.fixture
def browser(transactional_db, demo, live_server):
    """Chromium, started after the database is ready: Playwright's sync API
    runs the rest of the test in a greenlet of its own, where Django opens
    database connections of its own too, which would miss the test
    database's restored contents."""
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(
                f"Chromium not found at {CHROMIUM}: apt-get install -y chromium"
            )
        pytest.skip(f"Chromium not found at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the test's own
    # database calls (loading the demo) are still plain synchronous code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield chromium
        chromium.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", stdout=StringIO())


class Person:
    """One person's browser window, checking every page it lands on."""

    def __init__(self, browser, base, width=390, javascript=True):
        self.width = width
        self.context = browser.new_context(
            viewport={"width": width, "height": 844},
            java_script_enabled=javascript,
            locale="nl-BE",
        )
        self.page = self.context.new_page()
        self.base = base
        self.checked = []
        # axe is a script: a page shown without JavaScript is checked as a
        # copy of its HTML in a window that runs scripts.
        self.checker = None
        if not javascript:
            self.checker = browser.new_context(
                viewport={"width": width, "height": 844}, locale="nl-BE"
            ).new_page()

    def goto(self, path):
        self.page.goto(self.base + path)
        self.check()

    def click(self, role, name, **kwargs):
        self.page.get_by_role(role, name=name, **kwargs).first.click()
        self.page.wait_for_load_state()
        self.check()

    def sign_in(self, email, password=PASSWORD):
        self.goto("/account/aanmelden/")
        self.page.get_by_label("E-mailadres").fill(email)
        self.page.get_by_label("Wachtwoord").fill(password)
        self.click("button", "Aanmelden")

    def messages(self) -> str:
        return " ".join(self.page.locator(".messages").all_inner_texts())

    def check(self):
        """The qualities every page keeps (issue 12), on the page shown now."""
        from axe_playwright_python.sync_playwright import Axe

        page, where = self.page, self.page.url
        if self.checker is not None:
            base = f'<base href="{self.base}/">'
            self.checker.set_content(
                page.content().replace("<head>", f"<head>{base}", 1)
            )
            page = self.checker
        assert page.title().strip(), f"{where}: no title"
        assert page.locator("html").get_attribute("lang") == "nl-BE", where
        assert page.locator("h1").count() == 1, f"{where}: not one h1"
        wide = page.evaluate("document.documentElement.scrollWidth")
        assert wide <= self.width, f"{where}: {wide} px wide at {self.width} px"
        results = Axe().run(
            page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}}
        )
        assert results.violations_count == 0, f"{where}\n{results.generate_report()}"
        self.checked.append(where)


def confirmation_link() -> str:
    body = mail.outbox[-1].body
    return re.search(r"https?://\S+/account/bevestigen/\S+", body).group()


def test_a_teacher_reflects_finds_the_seed_course_compares_signs_up_and_prints(
    demo, live_server, browser
):
    """Issue 10's walk: learning communities, secondary, near Antwerp."""
    teacher = Person(browser, live_server.url)
    teacher.goto("/")
    teacher.click("link", "Kijkwijzer", exact=True)
    teacher.click("button", "Start de kijkwijzer")
    page = teacher.page
    assert "Stap 1 van 5" in page.content()

    # A missing learning question: the error summary, focused, links to it.
    teacher.click("button", "Volgende stap")
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    textarea = page.get_by_label(re.compile("Wat wil je leren"))
    assert textarea.get_attribute("aria-invalid") == "true"

    textarea.fill("Hoe zet ik met mijn collega's een leergemeenschap op?")
    page.get_by_label("Samen leren en schoolontwikkeling (leergemeenschappen)").check()
    page.get_by_label("Secundair onderwijs").check()
    page.get_by_label("Samen met collega's, van en met elkaar").check()
    teacher.click("button", "Volgende stap")
    page.get_by_label("Provincie Antwerpen", exact=True).check()
    while not page.get_by_role("button", name="Toon mijn resultaat").count():
        teacher.click("button", "Volgende stap")
    teacher.click("button", "Toon mijn resultaat")

    first = page.locator(".match__title").first.inner_text()
    assert first.startswith("Onderwijskundig leiderschap met impact")
    assert (
        "sessies in de provincie Antwerpen" in page.locator(".match").first.inner_text()
    )

    teacher.click("link", re.compile("^Toets aan mijn kijkwijzer"))
    assert f"/cursussen/{SEED_COURSE}/kijkwijzer/" in page.url
    assert page.locator(".comparison tbody tr").count() == 13

    teacher.goto("/kijkwijzer/invullen/resultaat/")
    teacher.click("link", "Account maken")
    page.get_by_label("E-mailadres").fill("nieuwe.leraar@school.example")
    page.get_by_label("Wachtwoord", exact=True).fill("groene appels in de herfst")
    page.get_by_label("Wachtwoord nog eens").fill("groene appels in de herfst")
    teacher.click("button", "Account maken")
    teacher.goto(re.sub(r"^https?://[^/]+", "", confirmation_link()))
    assert "/mijn-kijkwijzers/" in page.url
    assert "Je e-mailadres is bevestigd." in teacher.messages()

    teacher.click("link", re.compile("^Kijkwijzer van"))
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert page.locator(".match").first.is_visible()


def test_a_teacher_without_javascript_fills_in_the_kijkwijzer(
    demo, live_server, browser
):
    teacher = Person(browser, live_server.url, width=320, javascript=False)
    teacher.goto("/kijkwijzer/")
    teacher.click("button", "Start de kijkwijzer")
    page = teacher.page
    page.get_by_label(re.compile("Wat wil je leren")).fill("Beter differentiëren")
    teacher.click("button", "Volgende stap")
    teacher.click("button", "Vorige stap")
    assert page.get_by_label(re.compile("Wat wil je leren")).input_value() == (
        "Beter differentiëren"
    )
    while not page.get_by_role("button", name="Toon mijn resultaat").count():
        teacher.click("button", "Volgende stap")
    teacher.click("button", "Toon mijn resultaat")
    assert "Beter differentiëren" in page.content()


def test_a_school_takes_its_plan_from_draft_to_approval(demo, live_server, browser):
    """Issue 11's walk, at desktop width: the leader adds the seed course, a
    teacher comments, the lokaal comité returns the plan with a reason, the
    leader fixes and resubmits, the secretary approves; the approved plan
    prints and cannot be edited."""
    base = live_server.url
    leader = Person(browser, base, width=1280)
    leader.sign_in("directeur@sjc-voorbeeld.example")
    leader.goto("/schoolplan/")
    leader.click("link", re.compile("Plan 2026-2027|Plan 20"))
    plan_path = leader.page.url.removeprefix(base)

    leader.goto(f"/cursussen/{SEED_COURSE}/")
    leader.click("link", "Voeg toe aan schoolplan")
    leader.page.get_by_label("Aantal deelnemers").fill("2")
    leader.click("button", "Voeg toe aan het plan")
    assert "toegevoegd aan het plan" in leader.messages()
    leader.click("button", "Bewaren")

    teacher = Person(browser, base, width=390)
    teacher.sign_in("an.peeters@sjc-voorbeeld.example")
    teacher.goto(plan_path)
    assert not teacher.page.get_by_role("button", name=re.compile("^Dien in")).count()
    teacher.page.get_by_role("textbox", name="Reactie").fill(
        "Ook tijd om te delen, graag."
    )
    teacher.click("button", "Voeg mijn reactie toe")

    leader.goto(plan_path)
    leader.click("button", "Dien in bij het lokaal comité")

    secretary = Person(browser, base, width=1280)
    secretary.sign_in("secretaris.loc@sjc-voorbeeld.example")
    secretary.goto(plan_path)
    secretary.page.get_by_label("Teruggestuurd voor aanpassing").check()
    secretary.page.get_by_label("Datum van de vergadering").fill("2026-11-26")
    secretary.page.get_by_label("Redenen").fill("Het thema van de studiedag ontbreekt.")
    secretary.click("button", "Registreer de beslissing")

    leader.goto(plan_path)
    assert "studiedag ontbreekt" in leader.page.content()
    leader.click("link", re.compile("^Wijzig.*Pedagogische studiedag"))
    leader.page.get_by_label(re.compile("Thema van de pedagogische")).fill("Feedback")
    leader.click("button", "Bewaren")
    leader.click("button", "Dien in bij het lokaal comité")

    secretary.goto(plan_path)
    secretary.page.get_by_label("Goedgekeurd", exact=True).check()
    secretary.page.get_by_label("Datum van de vergadering").fill("2026-11-27")
    secretary.click("button", "Registreer de beslissing")

    leader.goto(plan_path)
    assert leader.page.locator(".status--approved").count()
    assert not leader.page.get_by_role("link", name=re.compile("^Wijzig")).count()
    leader.click("link", "Afdrukbare versie")
    leader.page.emulate_media(media="print")
    assert not leader.page.locator(".site-header").is_visible()
    leader.page.emulate_media(media="screen")
    leader.goto(plan_path)
    leader.click("button", re.compile("nieuwe versie"))
    assert "Versie 2 is een ontwerp" in leader.messages()

    # The school without a lokaal comité: the staff meeting's chair approves.
    other = Person(browser, base, width=390)
    other.sign_in("directeur@bs-regenboog.example")
    other.goto("/schoolplan/")
    other.click("button", re.compile("^Start het plan voor"))
    other.click("button", "Dien in bij de personeelsvergadering")
    chair = Person(browser, base, width=390)
    chair.sign_in("voorzitter@bs-regenboog.example")
    chair.goto(other.page.url.removeprefix(base))
    chair.page.get_by_label("Goedgekeurd", exact=True).check()
    chair.page.get_by_label("Datum van de vergadering").fill("2026-11-27")
    chair.click("button", "Registreer de beslissing")
    assert chair.page.locator(".status--approved").count()
