"""Uploaded files: stored under names of our own, and served in production
as images that cannot run anything (nw/media.py). Checks of type and size
at upload are in test_provider_profiles.py (logos), test_school_plan.py
(minutes) and test_spreadsheet_safety.py (imports)."""

import io

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image

from providers.models import Provider

from .helpers import make_provider

pytestmark = pytest.mark.django_db


def image_upload(name, fmt="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), "teal").save(buffer, fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def media(tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path, DEBUG=False):
        yield tmp_path


def upload_logo(provider, upload):
    form_class = forms.modelform_factory(Provider, fields=["logo"])
    form = form_class(files={"logo": upload}, instance=provider)
    assert form.is_valid(), form.errors
    return form.save()


def test_a_logo_is_stored_under_a_name_of_our_own(media):
    provider = upload_logo(
        make_provider("Leesvuur"), image_upload("../../<script>mijn logo.png")
    )
    name = provider.logo.name
    assert name.startswith("logos/leesvuur-")
    assert name.endswith(".png")
    assert "script" not in name and ".." not in name
    assert (media / name).exists()


def test_the_extension_follows_the_content_not_the_uploaded_name(media):
    provider = upload_logo(make_provider(), image_upload("logo.png", fmt="JPEG"))
    assert provider.logo.name.endswith(".jpg")


def test_logos_are_served_with_debug_off_as_images_that_run_nothing(client, media):
    provider = upload_logo(make_provider(), image_upload("logo.png"))
    response = client.get(provider.logo.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["Content-Disposition"].startswith("inline; filename=")
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def test_the_providers_page_shows_the_logo_from_a_url_that_answers(client, media):
    provider = upload_logo(make_provider(), image_upload("logo.png"))
    page = client.get(provider.get_absolute_url()).content.decode()
    assert provider.logo.url in page
    assert client.get(provider.logo.url).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/media/logos/bestaat-niet.png",
        "/media/logos/aanval.html",
        "/media/logos/aanval.svg",
        "/media/notulen/1/1-abc.pdf",
        "/media/logos/../../nw/settings.py",
        "/media/logos/%2e%2e/%2e%2e/manage.py",
        "/media/andere/logo.png",
    ],
)
def test_nothing_but_logos_is_served_from_media(client, media, path):
    (media / "logos").mkdir()
    (media / "logos" / "aanval.html").write_text("<script>alert(1)</script>")
    (media / "logos" / "aanval.svg").write_text("<svg onload='alert(1)'/>")
    (media / "andere").mkdir()
    (media / "andere" / "logo.png").write_bytes(b"\x89PNG")
    assert client.get(path).status_code == 404


def test_uploads_cannot_be_written_through_the_media_url(client, media):
    assert client.post("/media/logos/x.png", {"a": "b"}).status_code == 405
