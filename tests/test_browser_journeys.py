"""Journeys through the kijkwijzer and the school plan, in Chromium (see
tests/browser.py for what every visited page is checked for)."""

import json
import re
from pathlib import Path

from .browser import JOURNEY, SEED_COURSE, Person, confirmation_link

pytestmark = JOURNEY


def test_a_teacher_reflects_finds_the_seed_course_compares_signs_up_and_prints(
    live_server, chromium
):
    """Issue 10's walk: learning communities, secondary, near Antwerp."""
    teacher = Person(chromium, live_server.url)
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

    teacher.screenshot("kijkwijzer-result", at=page.locator("#matches"))
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
    page.emulate_media(media="screen")

    # Her data: a copy to download, then the account deleted for good.
    teacher.click("link", "nieuwe.leraar@school.example")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download mijn gegevens (JSON)").click()
    data = json.loads(Path(download.value.path()).read_text())
    assert data["kijkwijzers"][0]["answers"]
    teacher.click("link", "Wat we bewaren, waarom en hoelang")
    teacher.page.go_back()
    page.get_by_label("Je wachtwoord").fill("niet mijn wachtwoord")
    teacher.click("button", "Mijn account definitief verwijderen")
    assert page.get_by_label("Je wachtwoord").get_attribute("aria-invalid") == "true"
    page.get_by_label("Je wachtwoord").fill("groene appels in de herfst")
    teacher.click("button", "Mijn account definitief verwijderen")
    assert "Je account is verwijderd" in teacher.messages()


def test_a_teacher_without_javascript_fills_in_the_kijkwijzer(live_server, chromium):
    teacher = Person(chromium, live_server.url, width=320, javascript=False)
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


def test_a_school_takes_its_plan_from_draft_to_approval(live_server, chromium):
    """Issue 11's walk, at desktop width: the leader adds the seed course, a
    teacher comments, the lokaal comité returns the plan with a reason, the
    leader fixes and resubmits, the secretary approves; the approved plan
    prints and cannot be edited."""
    base = live_server.url
    leader = Person(chromium, base, width=1280)
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

    teacher = Person(chromium, base, width=390)
    teacher.sign_in("an.peeters@sjc-voorbeeld.example")
    teacher.goto(plan_path)
    assert not teacher.page.get_by_role("button", name=re.compile("^Dien in")).count()
    teacher.page.get_by_role("textbox", name="Reactie").fill(
        "Ook tijd om te delen, graag."
    )
    teacher.click("button", "Voeg mijn reactie toe")

    leader.goto(plan_path)
    leader.click("button", "Dien in bij het lokaal comité")

    secretary = Person(chromium, base, width=1280)
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
    leader.screenshot("school-plan")
    assert not leader.page.get_by_role("link", name=re.compile("^Wijzig")).count()
    leader.click("link", "Afdrukbare versie")
    leader.page.emulate_media(media="print")
    assert not leader.page.locator(".site-header").is_visible()
    leader.page.emulate_media(media="screen")
    leader.goto(plan_path)
    leader.click("button", re.compile("nieuwe versie"))
    assert "Versie 2 is een ontwerp" in leader.messages()

    # The school without a lokaal comité: the staff meeting's chair approves.
    other = Person(chromium, base, width=390)
    other.sign_in("directeur@bs-regenboog.example")
    other.goto("/schoolplan/")
    other.click("button", re.compile("^Start het plan voor"))
    other.click("button", "Dien in bij de personeelsvergadering")
    chair = Person(chromium, base, width=390)
    chair.sign_in("voorzitter@bs-regenboog.example")
    chair.goto(other.page.url.removeprefix(base))
    chair.page.get_by_label("Goedgekeurd", exact=True).check()
    chair.page.get_by_label("Datum van de vergadering").fill("2026-11-27")
    chair.click("button", "Registreer de beslissing")
    assert chair.page.locator(".status--approved").count()
