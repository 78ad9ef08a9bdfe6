"""Two people editing the same course never silently overwrite each other:
a save based on an older copy is refused, with the person's input kept.
(The school plan's parts have the same guard, through their revision: see
test_second_leader_saving_on_a_stale_form_is_refused_and_keeps_their_input
in test_school_plan.py.)"""

import re

import pytest
from django.urls import reverse

from catalogue.models import Course

from .helpers import course_form_data, make_course, make_provider, provider_staff

pytestmark = pytest.mark.django_db


def loaded_version(response) -> str:
    return re.search(
        r'name="loaded_version" value="([^"]+)"', response.content.decode()
    ).group(1)


@pytest.fixture
def setting():
    provider = make_provider("Leesvuur")
    course = make_course("Leesplezier in de klas", provider=provider, fee=100)
    return provider, course, provider_staff(provider), provider_staff(provider)


def test_the_second_of_two_colleagues_to_save_is_told_and_keeps_their_input(
    client, setting
):
    provider, course, anna, bram = setting
    url = reverse("admin:catalogue_course_change", args=[course.pk])

    # Both open the course.
    client.force_login(anna)
    annas_copy = loaded_version(client.get(url))
    client.force_login(bram)
    brams_copy = loaded_version(client.get(url))
    assert annas_copy == brams_copy

    client.force_login(anna)
    saved = client.post(
        url, course_form_data(provider, course, fee="120", loaded_version=annas_copy)
    )
    assert saved.status_code == 302

    client.force_login(bram)
    refused = client.post(
        url,
        course_form_data(
            provider,
            course,
            title="Leesplezier voor iedereen",
            fee="80",
            loaded_version=brams_copy,
        ),
    )
    assert refused.status_code == 200
    html = refused.content.decode()
    assert "Iemand anders heeft deze cursus bewaard" in html
    # Bram's input is still in the form, for him to carry over.
    assert 'value="Leesplezier voor iedereen"' in html
    course.refresh_from_db()
    assert course.fee == 120
    assert course.title == "Leesplezier in de klas"


def test_saving_twice_in_a_row_from_fresh_pages_works(client, setting):
    provider, course, anna, _bram = setting
    url = reverse("admin:catalogue_course_change", args=[course.pk])
    client.force_login(anna)
    for fee in ("110", "115"):
        copy = loaded_version(client.get(url))
        response = client.post(
            url, course_form_data(provider, course, fee=fee, loaded_version=copy)
        )
        assert response.status_code == 302
    assert Course.objects.get(pk=course.pk).fee == 115
