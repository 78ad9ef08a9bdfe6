"""No query string can break the catalogue: a clear message and a 4xx, with
the rest of the search kept."""

import re

import pytest
from django.urls import reverse

from .helpers import make_course

pytestmark = pytest.mark.django_db

LIST = reverse("catalogue:course_list")


@pytest.fixture(autouse=True)
def courses():
    make_course("Wiskunde A", themes=["wiskunde"], levels=["eerste-graad"])
    make_course("Muziek B", themes=["muziek"], levels=["eerste-graad"])


def summary(response) -> str:
    match = re.search(
        r'<div class="error-summary".*?</div>', response.content.decode(), re.S
    )
    return match.group() if match else ""


def test_unknown_option_is_reported_and_the_rest_still_applies(client):
    response = client.get(
        LIST, {"theme": ["wiskunde", "bestaat-niet"], "level": "eerste-graad"}
    )
    assert response.status_code == 400
    assert (
        "“bestaat-niet” is geen bekende keuze voor “Thema” en werd genegeerd."
        in summary(response)
    )
    html = response.content.decode()
    assert "Wiskunde A" in html and "Muziek B" not in html


@pytest.mark.parametrize(
    "params, field, message",
    [
        ({"date_from": "31-02-2025"}, "Vanaf", "Voer een geldige datum in."),
        ({"date_to": "morgen"}, "Tot en met", "Voer een geldige datum in."),
        ({"max_fee": "-5"}, "Maximale bijdrage (euro)", "minstens 0"),
        ({"max_fee": "veel"}, "Maximale bijdrage (euro)", "Voer een getal in."),
        ({"sort": "'; DROP TABLE"}, "Sorteer op", "Selecteer een geldige keuze"),
    ],
)
def test_malformed_values_get_a_message_naming_the_field(
    client, params, field, message
):
    response = client.get(LIST, {**params, "theme": "wiskunde"})
    assert response.status_code == 400
    text = summary(response)
    assert field in text and message in text
    # The valid part of the search still works.
    assert "Wiskunde A" in response.content.decode()
    assert "Muziek B" not in response.content.decode()


def test_end_date_before_start_date_is_refused(client):
    response = client.get(LIST, {"date_from": "2030-05-01", "date_to": "2030-04-01"})
    assert response.status_code == 400
    assert "De einddatum mag niet voor de begindatum liggen." in summary(response)


def test_very_long_search_text_is_refused_but_kept_in_the_box(client):
    text = "leer" * 1250
    response = client.get(LIST, {"q": text, "theme": "muziek"})
    assert response.status_code == 400
    assert "niet meer dan 200 tekens" in summary(response)
    html = response.content.decode()
    assert f'value="{text}"' in html
    assert "Muziek B" in html


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1000000000", "1e3"])
def test_pages_that_do_not_exist_are_404_with_a_way_back(client, page):
    response = client.get(LIST, {"page": page, "theme": "wiskunde"})
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina met resultaten bestaat niet" in html
    assert 'href="/cursussen/?theme=wiskunde"' in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "' OR 1=1 --"},
        {"q": "<script>alert(1)</script>"},
        {"q": "\x00\x01"},
        {"theme": "<b>x</b>"},
        {"level": ["x"] * 500},
        {"criteria": "'; SELECT pg_sleep(10); --"},
        {"online": "banana", "past": "maybe"},
        {"municipality": "Nergenshuizen"},
        {"date_from": "9999-12-31"},
        {"date_from": "0001-01-01", "past": "1"},
        {"max_fee": "1e400"},
        {"unknown": "parameter"},
    ],
)
def test_hostile_query_strings_never_give_a_500(client, params):
    response = client.get(LIST, params)
    assert response.status_code in (200, 400)
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_unknown_course_is_404(client):
    assert client.get("/cursussen/bestaat-niet/").status_code == 404
    assert client.get("/cursussen/bestaat-niet/agenda.ics").status_code == 404


def test_back_parameter_cannot_point_elsewhere(client):
    course = make_course("Veilig")
    response = client.get(
        course.get_absolute_url(), {"terug": "https://evil.example/?x=1"}
    )
    html = response.content.decode()
    assert 'href="https://evil.example' not in html
    assert 'href="/cursussen/?https' in html
