"""The course list: every filter, facet counts, sorting and paging."""

import re
from decimal import Decimal

import pytest
from django.test import override_settings
from django.urls import reverse

from catalogue.models import Course

from .helpers import days, make_course, make_provider

pytestmark = pytest.mark.django_db

LIST = reverse("catalogue:course_list")


def titles(response) -> list[str]:
    """Course titles on the page, in order."""
    html = response.content.decode()
    return [
        re.sub(r"<[^>]+>", "", t)
        for t in re.findall(
            r'class="course-card__title[^"]*"[^>]*>\s*<a [^>]*>(.*?)</a>', html
        )
    ]


def facet_count(response, name, value) -> int | None:
    html = response.content.decode()
    match = re.search(
        rf'id="f-{name}-{re.escape(value)}"[^>]*>\s*<label[^>]*>.*?<span class="count"[^>]*>\((\d+)\)',
        html,
        re.S,
    )
    return int(match.group(1)) if match else None


def test_lists_published_courses_with_coming_sessions_only(client):
    make_course("Komend")
    make_course("Voorbij", sessions=(-10,))
    make_course("Ontwerp", status=Course.Status.DRAFT)
    make_course("Gearchiveerd", status=Course.Status.ARCHIVED)
    response = client.get(LIST)
    assert response.status_code == 200
    assert titles(response) == ["Komend"]


def test_past_filter_shows_courses_without_coming_sessions(client):
    make_course("Komend")
    make_course("Voorbij", sessions=(-10,))
    response = client.get(LIST, {"past": "1"})
    assert sorted(titles(response)) == ["Komend", "Voorbij"]


def test_result_count_stands_in_heading_and_title(client):
    make_course("Een")
    make_course("Twee")
    html = client.get(LIST).content.decode()
    assert re.search(r"<h1[^>]*>2 cursussen</h1>", html)
    assert "<title>2 cursussen – Nascholingswijzer</title>" in html


def test_level_filter_includes_child_levels(client):
    make_course("Kleuters", levels=["kleuteronderwijs"])
    make_course("Lager", levels=["lager-onderwijs"])
    make_course("Secundair", levels=["secundair-onderwijs"])
    response = client.get(LIST, {"level": "basisonderwijs"})
    assert sorted(titles(response)) == ["Kleuters", "Lager"]
    response = client.get(LIST, {"level": "kleuteronderwijs"})
    assert titles(response) == ["Kleuters"]


def test_parent_theme_includes_its_children(client):
    make_course("Personeel", themes=["personeelsbeleid"])
    make_course("Kwaliteit", themes=["kwaliteitszorg"])
    make_course("Wiskunde", themes=["wiskunde"])
    response = client.get(LIST, {"theme": "schoolbeleid-en-administratie"})
    assert sorted(titles(response)) == ["Kwaliteit", "Personeel"]


def test_several_values_of_one_filter_widen_the_search(client):
    make_course("Personeel", themes=["personeelsbeleid"])
    make_course("Wiskunde", themes=["wiskunde"])
    make_course("Muziek", themes=["muziek"])
    response = client.get(LIST, {"theme": ["personeelsbeleid", "wiskunde"]})
    assert sorted(titles(response)) == ["Personeel", "Wiskunde"]


def test_filters_of_different_groups_narrow_the_search(client):
    make_course("Beide", themes=["wiskunde"], levels=["eerste-graad"])
    make_course("Alleen thema", themes=["wiskunde"], levels=["lager-onderwijs"])
    response = client.get(LIST, {"theme": "wiskunde", "level": "secundair-onderwijs"})
    assert titles(response) == ["Beide"]


def test_role_method_and_format_filters(client):
    make_course(
        "Coaching",
        roles=["directeur"],
        methods=["coaching"],
        format=Course.Format.SCHOOL_COACHING,
    )
    make_course(
        "Studiedag",
        roles=["leraar"],
        methods=["lezing"],
        format=Course.Format.STUDY_DAY,
    )
    assert titles(client.get(LIST, {"role": "directeur"})) == ["Coaching"]
    assert titles(client.get(LIST, {"method": "lezing"})) == ["Studiedag"]
    assert titles(client.get(LIST, {"format": "school_coaching"})) == ["Coaching"]


def test_province_and_municipality_filters_follow_coming_sessions(client):
    make_course(
        "Gent",
        sessions=({"date": days(5), "postcode": "9000", "municipality": "Gent"},),
    )
    make_course(
        "Hasselt",
        sessions=({"date": days(5), "postcode": "3500", "municipality": "Hasselt"},),
    )
    make_course(
        "Verhuisd",
        sessions=(
            {"date": days(-30), "postcode": "9000", "municipality": "Gent"},
            {"date": days(9), "postcode": "3500", "municipality": "Hasselt"},
        ),
    )
    response = client.get(LIST, {"province": "oost-vlaanderen"})
    assert titles(response) == ["Gent"]
    response = client.get(LIST, {"municipality": "Hasselt"})
    assert sorted(titles(response)) == ["Hasselt", "Verhuisd"]


def test_online_only_filter(client):
    make_course("Online", sessions=({"date": days(3), "is_online": True},))
    make_course("Ter plaatse")
    assert titles(client.get(LIST, {"online": "1"})) == ["Online"]


def test_date_range_filter_matches_sessions_between_the_dates(client):
    make_course("Vroeg", sessions=(5,))
    make_course("Laat", sessions=(60,))
    make_course("Beide", sessions=(5, 60))
    response = client.get(
        LIST, {"date_from": days(30).isoformat(), "date_to": days(90).isoformat()}
    )
    assert sorted(titles(response)) == ["Beide", "Laat"]
    response = client.get(LIST, {"date_to": days(10).isoformat()})
    assert sorted(titles(response)) == ["Beide", "Vroeg"]


def test_max_fee_filter(client):
    make_course("Gratis", fee=Decimal("0"))
    make_course("Goedkoop", fee=Decimal("50"))
    make_course("Duur", fee=Decimal("400"))
    make_course("Op aanvraag", fee=None)
    response = client.get(LIST, {"max_fee": "100"})
    assert sorted(titles(response)) == ["Goedkoop", "Gratis"]


def test_provider_filter(client):
    ua = make_provider("Universiteit Antwerpen")
    make_course("Van UA", provider=ua)
    make_course("Van iemand anders")
    assert titles(client.get(LIST, {"provider": "universiteit-antwerpen"})) == [
        "Van UA"
    ]


def test_kijkwijzer_criteria_filter_requires_every_chosen_criterion(client):
    make_course("Beide", criteria=["peers", "follow-up"])
    make_course("Een", criteria=["peers"])
    make_course("Geen")
    assert sorted(titles(client.get(LIST, {"criteria": "peers"}))) == ["Beide", "Een"]
    response = client.get(LIST, {"criteria": ["peers", "follow-up"]})
    assert titles(response) == ["Beide"]


def test_facet_counts_apply_the_other_filters(client):
    make_course("A", themes=["wiskunde"], levels=["lager-onderwijs"])
    make_course("B", themes=["wiskunde"], levels=["eerste-graad"])
    make_course("C", themes=["muziek"], levels=["eerste-graad"])
    response = client.get(LIST, {"level": "secundair-onderwijs"})
    # Theme counts only count secondary courses ...
    assert facet_count(response, "theme", "wiskunde") == 1
    assert facet_count(response, "theme", "muziek") == 1
    assert facet_count(response, "theme", "stem") == 1
    # ... while the level group ignores its own filter, so it can widen.
    assert facet_count(response, "level", "basisonderwijs") == 1
    assert facet_count(response, "level", "secundair-onderwijs") == 2


def test_options_without_courses_are_hidden_unless_selected(client):
    make_course("A", themes=["wiskunde"])
    response = client.get(LIST)
    assert facet_count(response, "theme", "wiskunde") == 1
    assert facet_count(response, "theme", "muziek") is None
    response = client.get(LIST, {"theme": "muziek"})
    assert facet_count(response, "theme", "muziek") == 0


def test_kijkwijzer_counts_narrow_within_the_group(client):
    make_course("Beide", criteria=["peers", "follow-up"])
    make_course("Een", criteria=["peers"])
    response = client.get(LIST, {"criteria": "peers"})
    assert facet_count(response, "criteria", "peers") == 2
    assert facet_count(response, "criteria", "follow-up") == 1


def test_filter_group_summary_shows_how_many_are_selected(client):
    make_course("A", themes=["wiskunde", "muziek"])
    html = client.get(LIST, {"theme": ["wiskunde", "muziek"]}).content.decode()
    assert re.search(r'<details class="facet" id="filter-theme" open>', html)
    assert "2 gekozen" in html


def test_active_filters_have_remove_links_and_clear_all(client):
    make_course("A", themes=["wiskunde"], levels=["lager-onderwijs"])
    html = client.get(
        LIST, {"theme": "wiskunde", "level": "lager-onderwijs"}
    ).content.decode()
    chips = re.findall(r'<a class="chip" href="([^"]+)">([^<]+)', html)
    labels = {label.strip(): href for href, label in chips}
    assert labels["Thema: Wiskunde"] == "/cursussen/?level=lager-onderwijs"
    assert labels["Onderwijsniveau: Lager onderwijs"] == "/cursussen/?theme=wiskunde"
    assert "Wis alle filters" in html


def test_sort_by_first_coming_session_is_the_default(client):
    make_course("Later", sessions=(40,))
    make_course("Eerst", sessions=(2,))
    make_course("Midden", sessions=(-5, 20))
    assert titles(client.get(LIST)) == ["Eerst", "Midden", "Later"]


def test_other_sorts(client):
    make_course("Beta", fee=Decimal("30"))
    make_course("Alfa", fee=Decimal("90"))
    make_course("Gamma", fee=None)
    assert titles(client.get(LIST, {"sort": "title"})) == ["Alfa", "Beta", "Gamma"]
    assert titles(client.get(LIST, {"sort": "fee"})) == ["Beta", "Alfa", "Gamma"]
    assert titles(client.get(LIST, {"sort": "newest"})) == ["Gamma", "Alfa", "Beta"]


@override_settings(CATALOGUE_PAGE_SIZE=2)
def test_pagination_keeps_the_filters_in_the_page_links(client):
    for i in range(5):
        make_course(f"Cursus {i}", themes=["wiskunde"], sessions=(i + 1,))
    response = client.get(LIST, {"theme": "wiskunde", "page": "2"})
    assert titles(response) == ["Cursus 2", "Cursus 3"]
    html = response.content.decode()
    assert 'href="?theme=wiskunde&amp;page=3" rel="next"' in html
    assert 'aria-current="page"' in html


def input_named(html, name) -> str:
    (tag,) = re.findall(rf'<input[^>]*\bname="{name}"[^>]*>', html)
    return tag


def test_filter_state_round_trips_through_the_url(client):
    make_course("A", themes=["wiskunde"], sessions=(3,))
    query = {"theme": "wiskunde", "q": "cursus", "max_fee": "200", "sort": "title"}
    html = client.get(LIST, query).content.decode()
    assert 'value="wiskunde" id="f-theme-wiskunde" checked' in html
    assert 'value="cursus"' in input_named(html, "q")
    assert 'value="200"' in input_named(html, "max_fee")
    assert '<option value="title" selected>' in html


def test_empty_result_offers_the_search_without_the_most_restrictive_filter(client):
    make_course("Wiskunde", themes=["wiskunde"], levels=["lager-onderwijs"])
    make_course("Muziek", themes=["muziek"], levels=["lager-onderwijs"])
    response = client.get(LIST, {"theme": "wiskunde", "level": "eerste-graad"})
    html = response.content.decode()
    assert titles(response) == []
    assert "Geen cursussen gevonden" in html
    # Dropping the level finds one course; dropping the theme finds none.
    assert "Zonder de filter “Onderwijsniveau” is er 1 cursus." in html
    assert 'href="/cursussen/?theme=wiskunde"' in html


def test_htmx_request_gets_the_results_fragment(client):
    make_course("A")
    response = client.get(LIST, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert "<title>1 cursus – Nascholingswijzer</title>" in html
    assert 'id="filters"' in html
    assert "HX-Request" in response["Vary"]


def test_course_links_carry_the_search_back_to_the_results(client):
    course = make_course("A", themes=["wiskunde"])
    html = client.get(LIST, {"theme": "wiskunde"}).content.decode()
    assert f'href="/cursussen/{course.slug}/?terug=theme%3Dwiskunde"' in html
    detail = client.get(f"/cursussen/{course.slug}/", {"terug": "theme=wiskunde"})
    assert (
        'href="/cursussen/?theme=wiskunde">Terug naar resultaten'
        in detail.content.decode()
    )


def test_empty_fields_of_a_plain_form_submission_are_dropped_from_the_url(client):
    response = client.get(
        LIST, {"q": "", "theme": "wiskunde", "municipality": "", "sort": "date"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/cursussen/?theme=wiskunde&sort=date"
    response = client.get(LIST, {"q": "", "max_fee": ""})
    assert response["Location"] == "/cursussen/"


def test_cards_under_a_date_filter_show_a_session_within_the_dates(client):
    make_course("Twee edities", sessions=(5, 40))
    response = client.get(
        LIST, {"date_from": days(30).isoformat(), "date_to": days(50).isoformat()}
    )
    html = response.content.decode()
    assert titles(response) == ["Twee edities"]
    assert f'datetime="{days(40).isoformat()}"' in html
    assert f'datetime="{days(5).isoformat()}"' not in html
