"""What the pages show and in which order, for phones, keyboards and screen
readers (issue 7 items 2, 3, 5, 6 and the page parts of 12).

How wide the pages are in a real browser is checked by bench/check_layout.py;
these tests pin down the markup and styles that make that work.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import override_settings
from django.urls import reverse

from catalogue import calendar

from .helpers import days, make_course, make_provider, make_session

pytestmark = pytest.mark.django_db

LIST = reverse("catalogue:course_list")
HTMX = {"HX-Request": "true"}
CSS = Path(settings.BASE_DIR, "static", "css", "site.css").read_text()


def position(html, text):
    assert text in html, text
    return html.index(text)


# -- course page: sessions ----------------------------------------------------


def edition_course():
    course = make_course("Twee edities", sessions=())
    make_session(course, date=days(-40), edition=1)
    make_session(course, date=days(-33), edition=1)
    make_session(course, date=days(20), edition=2)
    make_session(course, date=days(27), edition=2)
    return course


def test_course_page_lists_coming_editions_before_past_ones(client):
    course = edition_course()
    html = client.get(course.get_absolute_url()).content.decode()
    coming = position(html, f'datetime="{days(20).isoformat()}"')
    later = position(html, f'datetime="{days(27).isoformat()}"')
    past = position(html, f'datetime="{days(-40).isoformat()}"')
    assert coming < later < past
    assert position(html, "Editie 2") < position(html, "Editie 1")


def test_an_edition_keeps_its_sessions_together_when_dates_interleave(client):
    course = make_course("Door elkaar", sessions=())
    make_session(course, date=days(10), edition=1)
    make_session(course, date=days(12), edition=2)
    make_session(course, date=days(14), edition=1)
    html = client.get(course.get_absolute_url()).content.decode()
    assert html.count('<table class="sessions">') == 2


def test_sessions_name_each_value_for_the_stacked_phone_layout(client):
    course = make_course("Lezen")
    html = client.get(course.get_absolute_url()).content.decode()
    assert 'data-label="Begin"' in html
    assert 'data-label="Einde"' in html
    assert 'data-label="Plaats"' in html
    assert ".sessions td[data-label]::before" in CSS


def test_calendar_file_lists_coming_sessions_first(client):
    course = edition_course()
    ics = client.get(reverse("catalogue:course_calendar", args=[course.slug]))
    starts = re.findall(r"DTSTART;TZID=Europe/Brussels:(\d{8})", ics.content.decode())
    expected = [days(n).strftime("%Y%m%d") for n in (20, 27, -40, -33)]
    assert starts == expected


def test_coming_first_counts_today_as_coming():
    course = make_course("Vandaag", sessions=(-1, 0, 1))
    dates = [s.date for s in calendar.coming_first(course.sessions.all(), days(0))]
    assert dates == [days(0), days(1), days(-1)]


# -- provider page -----------------------------------------------------------


def test_provider_page_keeps_billing_data_to_the_admin(client):
    provider = make_provider(
        "Universiteit Antwerpen",
        email="nascholing@uantwerpen.example",
        iban="BE34735008129190",
        vat_number="BE0257216482",
    )
    html = client.get(provider.get_absolute_url()).content.decode()
    assert "nascholing@uantwerpen.example" in html
    for hidden in ["BE34 7350", "BE34735008129190", "0257.216.482", "IBAN", "BTW"]:
        assert hidden not in html


# -- course list: filters on a phone -------------------------------------------


def test_result_count_comes_before_the_filters(client):
    make_course("A")
    html = client.get(LIST).content.decode()
    assert position(html, 'id="results-title"') < position(html, 'id="filters-panel"')
    assert position(html, 'id="filters-panel"') < position(html, 'class="course-list"')


def test_filters_sit_behind_a_toggle_that_counts_the_chosen_filters(client):
    make_course("A", themes=["wiskunde", "muziek"], levels=["lager-onderwijs"])
    html = client.get(
        LIST, {"theme": ["wiskunde", "muziek"], "level": "lager-onderwijs"}
    ).content.decode()
    # Open in the HTML, so it works without JavaScript; site.js folds it.
    assert '<details class="filters-panel" id="filters-panel" open>' in html
    assert re.search(r"<summary>Filters <span[^>]*>\(3<", html)


def test_without_javascript_a_link_skips_the_filters(client):
    make_course("A")
    html = client.get(LIST).content.decode()
    assert re.search(r'<a href="#results">[^<]+</a>', html)
    assert 'id="results"' in html


def test_place_filter_counts_what_is_chosen(client):
    make_course("Gent", sessions=({"date": days(5), "postcode": "9000"},))
    make_course("Online", sessions=({"date": days(3), "is_online": True},))
    html = client.get(
        LIST, {"province": "oost-vlaanderen", "online": "1"}
    ).content.decode()
    summary = re.search(r'id="filter-province" open>\s*<summary>(.*?)</summary>', html)
    assert summary
    assert "2 gekozen" in summary.group(1)


def test_facet_counts_are_read_out_as_text(client):
    make_course("A", themes=["wiskunde"])
    make_course("B", themes=["wiskunde"])
    html = client.get(LIST).content.decode()
    label = re.search(r'<label for="f-theme-wiskunde">(.*?)</label>', html, re.S)
    assert label
    assert "aria-label" not in label.group(1)
    assert '<span class="visually-hidden">, 2 cursussen</span>' in label.group(1)


@override_settings(CATALOGUE_PAGE_SIZE=1)
def test_list_uses_only_valid_data_hx_attributes(client):
    for n in range(3):
        make_course(f"Cursus {n}", themes=["wiskunde"])
    html = client.get(LIST, {"theme": "wiskunde"}).content.decode()
    assert not re.search(r"\shx-[a-z]", html)
    assert 'data-hx-get="/cursussen/"' in html
    assert 'data-hx-get="?theme=wiskunde&amp;page=2"' in html


# -- course list: after an htmx swap ----------------------------------------------


def test_results_heading_can_take_focus_after_a_swap(client):
    make_course("A")
    html = client.get(LIST, headers=HTMX).content.decode()
    assert re.search(r'<h1 id="results-title" tabindex="-1"', html)


@override_settings(CATALOGUE_PAGE_SIZE=1)
def test_fragment_title_names_the_page_number(client):
    make_course("A")
    make_course("B")
    html = client.get(LIST, {"page": "2"}, headers=HTMX).content.decode()
    assert html.startswith("<title>2 cursussen – pagina 2 – Nascholingswijzer</title>")
    first = client.get(LIST, headers=HTMX).content.decode()
    assert first.startswith("<title>2 cursussen – Nascholingswijzer</title>")


@override_settings(CATALOGUE_PAGE_SIZE=1)
def test_full_page_title_names_the_page_number(client):
    make_course("A")
    make_course("B")
    html = client.get(LIST, {"page": "2"}).content.decode()
    assert "<title>2 cursussen – pagina 2 – Nascholingswijzer</title>" in html


def test_removing_a_chip_stays_in_htmx(client):
    make_course("A", themes=["wiskunde"])
    html = client.get(LIST, {"theme": "wiskunde"}).content.decode()
    chips = re.search(r'<div class="chips"[^>]*>(.*?)</div>', html, re.S)
    assert 'data-hx-boost="true"' in chips.group(0)
    assert 'data-hx-target="#catalogue"' in chips.group(0)
    assert '<a class="chip" href="/cursussen/?">' in chips.group(1)


# -- report form -------------------------------------------------------------


def test_report_form_with_errors_says_so_in_the_title_and_summary(client):
    course = make_course("Lezen")
    response = client.post(
        reverse("catalogue:course_report", args=[course.slug]),
        {"description": "", "email": "niet-juist"},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "<title>Fout: Meld een probleem" in html
    # site.js moves focus to the summary: it must be focusable.
    assert re.search(r'<div class="error-summary"[^>]*tabindex="-1"', html)


def test_report_form_without_errors_has_a_plain_title(client):
    course = make_course("Lezen")
    html = client.get(
        reverse("catalogue:course_report", args=[course.slug])
    ).content.decode()
    assert "<title>Meld een probleem" in html


# -- favicon and focus ---------------------------------------------------------


def test_favicon_ico_is_served(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/favicon.ico"
    found = finders.find("favicon.ico")
    assert found
    # An ICO file starts with reserved 0, type 1.
    assert Path(found).read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_pages_link_the_svg_icon(client):
    html = client.get("/").content.decode()
    assert 'rel="icon" href="/static/favicon.svg"' in html
    assert finders.find("favicon.svg")


def rules(css):
    """(selectors, declarations) of every rule, in file order, outside @media."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", "", css)
    return re.findall(r"([^{}]+)\{([^{}]*)\}", css)


def test_focused_links_are_dark_on_yellow_whatever_rule_colours_them():
    """A focused link must read dark on yellow. Any rule that colours links
    (header, visited, chips, pagination) must lose to the focus rule: it comes
    later in the file, and the focus colours are marked important."""
    found = rules(CSS)
    focus = [
        i
        for i, (selectors, body) in enumerate(found)
        if "a:focus-visible" in selectors and "background" in body
    ]
    assert focus, "no focus rule for links"
    index = focus[-1]
    body = found[index][1]
    assert re.search(r"color:\s*var\(--ink\)\s*!important", body)
    assert re.search(r"background:\s*var\(--focus\)\s*!important", body)
    for i, (selectors, body) in enumerate(found):
        colours_links = re.search(r"(^|[\s,])a\b|:visited|\.chip|\.button", selectors)
        if colours_links and re.search(r"(^|;|\s)(color|background):", body):
            assert i < index or "focus" in selectors, selectors.strip()
