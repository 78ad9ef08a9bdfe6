"""Time a spreadsheet import of N new courses through the admin, as provider
staff would: the preview (dry run), then the confirm.

    DATABASE_URL=postgres:///nascholing_bench .venv/bin/python bench/import_timing.py 1000

It needs a migrated database (the demo catalogue is not needed) and leaves
the imported courses behind under a provider of its own, "bench-import".
"""

import csv
import io
import os
import re
import sys
import time
from html import unescape

import django

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nw.settings")
os.environ.setdefault("TASKS_IMMEDIATE", "1")
django.setup()

from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402

from nw.accounts.models import User  # noqa: E402
from providers.models import Provider, ProviderMembership  # noqa: E402


def rows(n, run):
    for i in range(n):
        yield {
            "code": f"B{run}-{i:05d}",
            "titel": f"Leren in teams {i}",
            "samenvatting": "Samen lesgeven, samen leren: een traject voor schoolteams.",
            "vorm": "study_day",
            "onderwijsniveaus": "secundair-onderwijs; eerste-graad",
            "themas": "evaluatie-en-feedback; Wiskunde",
            "doelstellingen": "Je plant samen; Je observeert elkaars les",
            "dagen": "1",
            "bijdrage": "95,50",
            "inbegrepen": "",
            "taal": "nl",
            "status": "published",
        }


def main(n):
    setup_test_environment()
    provider, _ = Provider.objects.get_or_create(
        slug="bench-import", defaults={"name": "Bench import"}
    )
    user, created = User.objects.get_or_create(
        email="bench-import@example.com", defaults={"is_staff": True}
    )
    ProviderMembership.objects.get_or_create(provider=provider, user=user)
    client = Client()
    client.force_login(user)
    out = io.StringIO()
    data = list(rows(n, int(time.time())))
    writer = csv.DictWriter(out, fieldnames=list(data[0]))
    writer.writeheader()
    writer.writerows(data)
    upload = SimpleUploadedFile("cursussen.csv", out.getvalue().encode())

    started = time.perf_counter()
    preview = client.post(
        reverse("admin:catalogue_course_import"), {"import_file": upload}
    )
    previewed = time.perf_counter()
    token = re.search(r'name="token" value="([^"]*)"', preview.content.decode())
    if preview.status_code != 200 or token is None:
        sys.exit(f"preview failed: {preview.status_code}")
    done = client.post(
        reverse("admin:catalogue_course_process_import"),
        {"token": unescape(token.group(1))},
    )
    confirmed = time.perf_counter()
    print(
        f"{n} rows on {connection.vendor}: preview {previewed - started:.1f} s, "
        f"confirm {confirmed - previewed:.1f} s (status {done.status_code})"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
