"""Journeys through the catalogue, in Chromium: by keyboard alone, without
JavaScript, and on a phone (see tests/browser.py for what every visited
page is checked for)."""

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from django.test import override_settings
from icalendar import Calendar

from catalogue.models import Course

from .browser import JOURNEY, Person

pytestmark = JOURNEY

# With one course per page, "lesson study" in secondary education (two
# demo courses) has a second page to go to.
one_per_page = override_settings(CATALOGUE_PAGE_SIZE=1)


def filters_of(person) -> dict:
    return parse_qs(urlsplit(person.page.url).query)


def assert_calendar_lists_the_sessions(download, course):
    calendar = Calendar.from_ical(Path(download.path()).read_bytes())
    events = calendar.walk("VEVENT")
    assert events, "the calendar file has no events"
    assert len(events) == course.sessions.count()
    assert all(str(e["SUMMARY"]).startswith(course.title) for e in events)


@one_per_page
def test_a_teacher_finds_a_course_by_keyboard_alone(live_server, chromium):
    teacher = Person(chromium, live_server.url, width=1280)
    page = teacher.page
    teacher.goto("/")

    teacher.tab_to(page.locator("#home-q"))
    page.keyboard.type("lesson study")
    teacher.follow("Enter")
    assert page.title().startswith("2 cursussen voor “lesson study”")

    # Ticking a filter keeps the focus on it, so the next can follow.
    teacher.tab_to(page.locator("#filter-level > summary"))
    teacher.press("Enter")
    teacher.tab_to(page.locator("#f-level-secundair-onderwijs"))
    with teacher.swap():
        teacher.press("Space")
    assert page.title().startswith("2 cursussen voor “lesson study”")
    assert teacher.focused().startswith("input#f-level-secundair-onderwijs")
    assert filters_of(teacher)["level"] == ["secundair-onderwijs"]
    teacher.screenshot("catalogue-list")

    # Another page of results: the focus lands on the results' heading.
    teacher.tab_to(page.locator("a[rel=next]"))
    with teacher.swap():
        teacher.press("Enter")
    assert "pagina 2" in page.title()
    assert teacher.focused().startswith("h1#results-title")
    # ... and is scrolled into view, not left below the fold.
    top = page.evaluate(
        "document.getElementById('results-title').getBoundingClientRect().top"
    )
    assert 0 <= top < page.viewport_size["height"] / 2

    # The place filter is folded away: open it, tick a province.
    teacher.tab_to(page.locator("#filter-province > summary"))
    teacher.press("Enter")
    teacher.tab_to(page.locator("#f-province-antwerpen"))
    with teacher.swap():
        teacher.press("Space")
    assert page.title().startswith("1 cursus voor “lesson study”")
    assert filters_of(teacher)["province"] == ["antwerpen"]
    listed = page.url

    title = page.locator(".course-card__title a").first
    course = Course.objects.get(title=title.inner_text())
    teacher.tab_to(title)
    teacher.follow("Enter")
    assert page.locator("h1").inner_text() == course.title
    teacher.screenshot("course-page")

    calendar_link = page.get_by_role("link", name=re.compile(r"\.ics"))
    teacher.tab_to(calendar_link)
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert_calendar_lists_the_sessions(download.value, course)

    teacher.tab_to(page.get_by_role("link", name="Terug naar resultaten"))
    teacher.follow("Enter")
    assert filters_of(teacher) == parse_qs(urlsplit(listed).query)
    assert page.locator("#id_q").input_value() == "lesson study"
    assert page.locator("#f-level-secundair-onderwijs").is_checked()
    assert page.locator("#f-province-antwerpen").is_checked()


@one_per_page
def test_a_teacher_without_javascript_finds_a_course_through_the_buttons(
    live_server, chromium
):
    teacher = Person(chromium, live_server.url, width=1280, javascript=False)
    page = teacher.page
    teacher.goto("/")
    page.get_by_role("searchbox").fill("lesson study")
    teacher.click("button", "Zoeken")
    assert page.title().startswith("2 cursussen voor “lesson study”")

    page.locator("#filter-level > summary").click()
    page.locator("#f-level-secundair-onderwijs").check()
    teacher.click("button", "Pas filters toe")
    teacher.click("link", "Volgende pagina")
    assert "pagina 2" in page.title()

    page.locator("#filter-province > summary").click()
    page.locator("#f-province-antwerpen").check()
    teacher.click("button", "Pas filters toe")
    assert page.title().startswith("1 cursus voor “lesson study”")
    listed = filters_of(teacher)

    title = page.locator(".course-card__title a").first
    course = Course.objects.get(title=title.inner_text())
    title.click()
    teacher.check()
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile(r"\.ics")).click()
    assert_calendar_lists_the_sessions(download.value, course)

    teacher.click("link", "Terug naar resultaten")
    assert filters_of(teacher) == listed
    assert page.locator("#f-province-antwerpen").is_checked()

    # A fee that is not a number: said at the top, linked to the field,
    # marked on it; the rest of the search still applies and stays filled in.
    page.locator("#filter-max_fee > summary").click()
    page.locator("#id_max_fee").fill("veel")
    teacher.click("button", "Pas filters toe")
    summary = page.locator(".error-summary")
    assert "Maximale bijdrage" in summary.inner_text()
    assert summary.locator("a[href='#filter-max_fee']").count()
    assert page.locator("#id_max_fee").get_attribute("aria-invalid") == "true"
    assert page.locator("#id_max_fee").input_value() == "veel"
    assert page.title().startswith("1 cursus voor “lesson study”")

    # A sort without JavaScript goes through its own button.
    page.get_by_label("Sorteer op").select_option(index=1)
    teacher.click("button", "Sorteer")
    assert "sort" in filters_of(teacher)


def test_a_teacher_on_a_phone_finds_the_filters_behind_their_toggle(
    live_server, chromium
):
    for width in (390, 320):
        teacher = Person(chromium, live_server.url, width=width)
        page = teacher.page
        teacher.goto("/cursussen/")
        filters = page.locator("#filters-panel")
        # The count and the results come first; the filters wait behind
        # their toggle.
        assert not filters.evaluate("(panel) => panel.open")
        assert page.locator(".course-card").first.is_visible()
        page.locator("#filters-panel > summary").click()
        assert filters.evaluate("(panel) => panel.open")
        page.locator("#filter-level > summary").click()
        with teacher.swap():
            page.locator("#f-level-secundair-onderwijs").check()
        assert filters_of(teacher)["level"] == ["secundair-onderwijs"]
        # Still open after the update: the visitor was choosing filters.
        assert filters.evaluate("(panel) => panel.open")
        if width == 390:
            teacher.screenshot("phone-catalogue")

        page.locator(".course-card__title a").first.click()
        teacher.check()
        teacher.goto("/kijkwijzer/")
        teacher.click("button", "Start de kijkwijzer")
        assert len(teacher.checked) == 5
