"""Provider profiles: validation of their numbers and logo, and the public pages."""

import io

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from catalogue.models import Course
from providers.models import Campus, Provider
from providers.validators import format_iban, format_vat, validate_iban, validate_vat

from .helpers import days, make_course, make_provider

LIST = reverse("providers:list")


@pytest.mark.parametrize(
    "iban",
    [
        "BE34 7350 0812 9190",
        "BE68539007547034",
        "be68 5390 0754 7034",
        "NL91ABNA0417164300",
    ],
)
def test_real_ibans_pass(iban):
    validate_iban(iban)


@pytest.mark.parametrize(
    "iban",
    [
        "BE35 7350 0812 9190",  # one digit off
        "BE34 7350 0812 919",  # too short for Belgium
        "BE347350081291900",  # too long
        "7350 0812 9190",  # no country
        "BE34-7350-0812-919X",
        "",
    ],
)
def test_wrong_ibans_fail(iban):
    with pytest.raises(ValidationError):
        validate_iban(iban)


@pytest.mark.parametrize(
    "vat", ["BE 0257.216.482", "BE0257216482", "0257216482", "be0257.216.482"]
)
def test_real_vat_numbers_pass(vat):
    validate_vat(vat)


@pytest.mark.parametrize(
    "vat", ["BE 0257.216.483", "BE 2257.216.482", "BE025721648", "FR0257216482", "x"]
)
def test_wrong_vat_numbers_fail(vat):
    with pytest.raises(ValidationError):
        validate_vat(vat)


def test_numbers_are_shown_in_their_usual_form():
    assert format_iban("be34735008129190") == "BE34 7350 0812 9190"
    assert format_vat("0257216482") == "BE 0257.216.482"


def image_file(name="logo.png", size=(200, 100), fmt="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, fmt)
    return SimpleUploadedFile(
        name, buffer.getvalue(), content_type=f"image/{fmt.lower()}"
    )


@pytest.mark.django_db
def test_provider_clean_normalises_and_checks_numbers():
    provider = Provider(
        name="UA",
        slug="ua",
        kind="higher_education",
        iban="be34 7350 0812 9190",
        vat_number="0257.216.482",
    )
    provider.full_clean()
    assert provider.iban == "BE34735008129190"
    assert provider.vat_number == "BE0257216482"
    provider.iban = "BE35 7350 0812 9190"
    with pytest.raises(ValidationError) as error:
        provider.full_clean()
    assert "iban" in error.value.message_dict


@pytest.mark.django_db
@pytest.mark.parametrize(
    "upload, ok",
    [
        (image_file(), True),
        (image_file("logo.jpg", fmt="JPEG"), True),
        (image_file("huge.png", size=(2500, 100)), False),
        (
            SimpleUploadedFile(
                "logo.svg", b"<svg onload='alert(1)'/>", "image/svg+xml"
            ),
            False,
        ),
        (SimpleUploadedFile("logo.png", b"not an image", "image/png"), False),
    ],
)
def test_logo_upload_checks_type_and_size(upload, ok, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    form_class = forms.modelform_factory(Provider, fields=["logo"])
    form = form_class(files={"logo": upload})
    assert form.is_valid() is ok, form.errors


@pytest.mark.django_db
def test_logo_over_one_megabyte_is_refused():
    provider = Provider(name="X", slug="x", kind="private")
    provider.logo = SimpleUploadedFile("big.png", b"0" * (1024 * 1024 + 1), "image/png")
    with pytest.raises(ValidationError) as error:
        provider.full_clean()
    assert "logo" in error.value.message_dict


@pytest.mark.django_db
def test_provider_list_counts_coming_courses(client):
    provider = make_provider("Pedagogische Begeleidingsdienst Gent")
    make_course(provider=provider)
    make_course(provider=provider)
    make_course(provider=provider, sessions=(-5,))
    make_course(provider=provider, status=Course.Status.DRAFT)
    html = client.get(LIST).content.decode()
    assert "Pedagogische Begeleidingsdienst Gent" in html
    assert "2 cursussen met komende sessies" in html


@pytest.mark.django_db
def test_provider_list_search_and_kind_filter(client):
    make_provider("Universiteit Gent", kind=Provider.Kind.HIGHER_EDUCATION)
    make_provider("PBD Antwerpen", kind=Provider.Kind.PEDAGOGICAL_SUPPORT)
    make_provider("Slapende vzw", kind=Provider.Kind.NON_PROFIT, is_active=False)
    html = client.get(LIST, {"q": "gent"}).content.decode()
    assert "Universiteit Gent" in html and "PBD Antwerpen" not in html
    html = client.get(LIST, {"kind": "pedagogical_support"}).content.decode()
    assert "PBD Antwerpen" in html and "Universiteit Gent" not in html
    assert "Slapende vzw" not in client.get(LIST).content.decode()


@pytest.mark.django_db
def test_provider_list_links_to_the_pedagogical_support_services(client):
    html = client.get(LIST).content.decode()
    assert 'href="/aanbieders/?kind=pedagogical_support"' in html


@pytest.mark.django_db
def test_provider_list_province_filter_uses_campuses_and_coming_sessions(client):
    with_campus = make_provider("Campus Hasselt")
    Campus.objects.create(
        provider=with_campus,
        name="Campus",
        street="Martelarenlaan 42",
        postcode="3500",
        municipality="Hasselt",
    )
    with_course = make_provider("Cursus in Gent")
    make_course(
        provider=with_course,
        sessions=({"date": days(4), "postcode": "9000", "municipality": "Gent"},),
    )
    elsewhere = make_provider("Elders")
    make_course(provider=elsewhere)
    html = client.get(LIST, {"province": "limburg"}).content.decode()
    assert (
        "Campus Hasselt" in html
        and "Cursus in Gent" not in html
        and "Elders" not in html
    )
    html = client.get(LIST, {"province": "oost-vlaanderen"}).content.decode()
    assert "Cursus in Gent" in html and "Campus Hasselt" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params", [{"kind": "sekte"}, {"province": "atlantis"}, {"q": "x" * 500}]
)
def test_provider_list_bad_input_is_400_with_a_message(client, params):
    response = client.get(LIST, params)
    assert response.status_code == 400
    assert "Er is een probleem" in response.content.decode()


@pytest.mark.django_db
def test_provider_page_shows_profile_and_hides_inactive_providers(client):
    provider = make_provider(
        "Universiteit Antwerpen",
        vision="Leren gebeurt samen.",
        transfer_support="We komen terug naar je school.",
        iban="BE34735008129190",
        vat_number="BE0257216482",
    )
    html = client.get(provider.get_absolute_url()).content.decode()
    for text in ["Leren gebeurt samen.", "We komen terug naar je school."]:
        assert text in html
    # Billing data stays in the admin (tests/test_page_layout.py).
    assert "BE34 7350 0812 9190" not in html
    assert reverse("providers:report", args=[provider.slug]) in html
    provider.is_active = False
    provider.save()
    assert client.get(provider.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_provider_list_count_follows_a_new_course_at_once(client):
    provider = make_provider("Pedagogische Begeleidingsdienst Gent")
    make_course(provider=provider)
    assert "1 cursus met komende sessies" in client.get(LIST).content.decode()
    make_course(provider=provider)
    assert "2 cursussen met komende sessies" in client.get(LIST).content.decode()


@pytest.mark.django_db
def test_provider_page_shows_the_first_courses_and_links_to_all(
    client, django_assert_max_num_queries
):
    provider = make_provider("Grote aanbieder")
    for i in range(23):
        make_course(f"Cursus {i:02d}", provider=provider, sessions=(i + 1,))
    with django_assert_max_num_queries(8):
        html = client.get(provider.get_absolute_url()).content.decode()
    assert html.count('class="course-card"') == 20
    assert "Cursus 00" in html and "Cursus 22" not in html
    assert "Bekijk alle 23 cursussen in de catalogus" in html
    assert f"/cursussen/?provider={provider.slug}" in html


@pytest.mark.django_db
def test_provider_list_is_paged_and_keeps_the_search_in_page_links(client):
    for i in range(55):
        make_provider(f"Aanbieder {i:02d}")
    html = client.get(LIST, {"kind": "pedagogical_support"}).content.decode()
    assert "55 aanbieders" in html
    assert "Aanbieder 49" in html and "Aanbieder 50" not in html
    assert 'href="?kind=pedagogical_support&amp;page=2" rel="next"' in html
    assert "data-hx-get" not in html  # plain links: no htmx target here
    page_two = client.get(LIST, {"kind": "pedagogical_support", "page": "2"})
    assert "Aanbieder 54" in page_two.content.decode()
    assert client.get(LIST, {"page": "9"}).status_code == 404
