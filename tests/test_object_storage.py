"""Uploaded files in S3-compatible object storage (django-storages), as the
site runs on several machines: logos in a public bucket on a host of their
own, minutes and import previews in a private bucket that only the site's
views read. moto stands in for the object store, in this process.

That another app process sees what one stored is in test_two_processes.py.
"""

import boto3
import pytest
from django.conf import settings
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from moto import mock_aws

from catalogue.models import Course
from nw.settings import s3_storages
from planning import workflow
from planning.models import Decision, SchoolYear

from .helpers import make_provider, make_school, make_user, today
from .test_foundation import run_manage
from .test_spreadsheet_import import COURSES, confirm, row_types, upload
from .test_uploads import image_upload, upload_logo

pytestmark = pytest.mark.django_db

REGION = "eu-west-1"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def keys(s3, bucket) -> list[str]:
    return [o["Key"] for o in s3.list_objects_v2(Bucket=bucket).get("Contents", [])]


@pytest.fixture
def s3(monkeypatch):
    with mock_aws():
        client = boto3.client("s3", region_name=REGION)
        for bucket in ("nw-media", "nw-private"):
            client.create_bucket(
                Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": REGION}
            )
        buckets = s3_storages(
            "nw-media",
            "nw-private",
            "media.nascholingswijzer.example",
            region_name=REGION,
            access_key="test",
            secret_key="test",
        )
        with override_settings(STORAGES={**settings.STORAGES, **buckets}):
            # The minutes field takes its storage when the model loads, as it
            # does in production with the S3 settings in place.
            field = Decision._meta.get_field("minutes_pdf")
            monkeypatch.setattr(field, "storage", storages["private"])
            yield client


def test_a_logo_goes_to_the_public_bucket_and_the_page_links_its_host(client, s3):
    provider = upload_logo(make_provider("Leesvuur"), image_upload("logo.png"))
    (key,) = keys(s3, "nw-media")
    assert key == provider.logo.name and key.startswith("logos/leesvuur-")
    head = s3.head_object(Bucket="nw-media", Key=key)
    assert head["CacheControl"] == "public, max-age=31536000"
    assert keys(s3, "nw-private") == []

    page = client.get(reverse("providers:detail", args=[provider.slug]))
    assert f'src="https://media.nascholingswijzer.example/{key}"' in page.text


@pytest.fixture
def decided(s3):
    leader, secretary, member = (
        make_user("lea@school.example"),
        make_user("sec@school.example"),
        make_user("mo@school.example"),
    )
    school = make_school(leader=leader, secretary=secretary, member=member)
    plan = workflow.start_plan(school, leader, SchoolYear.current())
    workflow.submit(plan, leader)
    decision = workflow.decide(
        plan,
        secretary,
        outcome="approved",
        meeting_date=today(),
        minutes_pdf=SimpleUploadedFile("notulen.pdf", PDF),
    )
    return plan, decision, member


def test_minutes_go_to_the_private_bucket_and_reach_members_through_the_site(
    client, s3, decided
):
    plan, decision, member = decided
    (key,) = keys(s3, "nw-private")
    assert key == decision.minutes_pdf.name and key.startswith("notulen/")
    assert keys(s3, "nw-media") == []

    client.force_login(member)
    url = reverse("planning:minutes", args=[plan.pk, decision.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    # The page links the site's view, never the bucket.
    page = client.get(reverse("planning:plan", args=[plan.pk]))
    assert url in page.text and "nw-private" not in page.text


def test_a_stranger_cannot_fetch_minutes_from_the_private_bucket(client, s3, decided):
    plan, decision, _member = decided
    client.force_login(make_user("stranger@elders.example"))
    response = client.get(reverse("planning:minutes", args=[plan.pk, decision.pk]))
    assert response.status_code == 404


def test_an_import_preview_waits_in_the_private_bucket_until_confirmed(
    staff_client, provider, s3
):
    content = (settings.BASE_DIR / "docs/import/cursussen-voorbeeld.csv").read_bytes()
    preview = upload(staff_client, COURSES, content)
    assert row_types(preview) == ["new", "new", "new"]
    (key,) = keys(s3, "nw-private")
    assert key.startswith("import-previews/") and key.endswith(".upload")

    done = confirm(staff_client, COURSES, preview)

    assert done.status_code == 302
    assert Course.objects.filter(provider=provider).count() == 3
    assert keys(s3, "nw-private") == []


# -- the settings --------------------------------------------------------------------

S3_ENVIRONMENT = {
    "S3_MEDIA_BUCKET": "nw-media",
    "S3_PRIVATE_BUCKET": "nw-private",
    "S3_MEDIA_DOMAIN": "media.nascholingswijzer.example",
    "S3_ENDPOINT_URL": "http://127.0.0.1:9000",
}
SHOW_STORAGES = (
    "from django.core.files.storage import storages as s; "
    "print(*[f'{n}:{type(s[n]).__name__}:{s[n].bucket_name}:{s[n].location}' "
    "for n in ('default', 'private', 'imports')])"
)


def test_the_s3_settings_put_each_kind_of_file_in_its_bucket():
    result = run_manage("shell", "--no-imports", "-c", SHOW_STORAGES, **S3_ENVIRONMENT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "default:S3Storage:nw-media:",
        "private:S3Storage:nw-private:",
        "imports:S3Storage:nw-private:import-previews",
    ]


def test_a_media_bucket_without_a_private_one_is_refused_at_start():
    environment = {**S3_ENVIRONMENT, "S3_PRIVATE_BUCKET": ""}
    result = run_manage("check", **environment)
    assert result.returncode != 0
    assert "S3_PRIVATE_BUCKET" in result.stderr


def test_the_daily_clean_up_removes_old_previews_from_the_bucket(
    staff_client, provider, s3
):
    content = (settings.BASE_DIR / "docs/import/cursussen-voorbeeld.csv").read_bytes()
    upload(staff_client, COURSES, content)
    assert len(keys(s3, "nw-private")) == 1

    # A day is the default; a fresh preview stays.
    call_command("clean_import_previews", verbosity=0)
    assert len(keys(s3, "nw-private")) == 1

    with override_settings(IMPORT_PREVIEW_MAX_AGE=0):
        call_command("clean_import_previews", verbosity=0)
    assert keys(s3, "nw-private") == []
