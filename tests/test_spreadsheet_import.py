"""Course and session import and export in the admin (django-import-export).

Provider staff upload a CSV or XLSX file with Dutch column names, check the
dry-run preview and confirm it. One bad row refuses the whole file; the same
file twice changes nothing; staff import and export only for the providers
they act for.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.messages import constants as message_levels
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.validators import MinValueValidator
from django.urls import reverse
from django.utils import translation

from catalogue.models import Course, Session
from providers.models import ProviderMembership

from .helpers import (
    PASSWORD,
    days,
    make_course,
    make_provider,
    make_session,
    make_user,
    provider_staff,
)

pytestmark = pytest.mark.django_db

COURSES, SESSIONS = "course", "session"

# Three new courses, written the way provider staff write them: themes and
# levels by slug or by Dutch name, choices by key or by Dutch label.
THREE_COURSES = [
    {
        "code": "EF-01",
        "titel": "Feedback die werkt",
        "samenvatting": "Gerichte feedback geven en breed evalueren.",
        "vorm": "Studiedag",
        "onderwijsniveaus": "lager-onderwijs",
        "themas": "Evaluatie en feedback",
        "doelstellingen": "Je geeft gerichte feedback; Je evalueert breed",
        "dagen": "1",
        "bijdrage": "95.50",
        "inbegrepen": "lunch; cursusmateriaal",
        "taal": "nl",
        "status": "",
    },
    {
        "code": "LZ-02",
        "titel": "Leesplezier in de eerste graad",
        "samenvatting": "Lezen dat jongeren goesting geeft.",
        "vorm": "Meerdaagse",
        "onderwijsniveaus": "Eerste graad; tweede-graad",
        "themas": "lezen-en-leesbevordering, Taalbeleid en NT2",
        "doelstellingen": "Je kiest boeken op maat",
        "dagen": "2",
        "bijdrage": "0",
        "inbegrepen": "",
        "taal": "Nederlands",
        "status": "Gepubliceerd",
    },
    {
        "code": "WI-03",
        "titel": "Rekenen met begrip",
        "samenvatting": "Wiskundig denken in de lagere school.",
        "vorm": "study_day",
        "onderwijsniveaus": "basisonderwijs",
        "themas": "evaluatie-en-feedback; Wiskunde",
        "doelstellingen": "Je bouwt begrip op; Je automatiseert slim",
        "dagen": "1",
        "bijdrage": "",
        "inbegrepen": "",
        "taal": "nl",
        "status": "published",
    },
]


# -- building files ----------------------------------------------------------


def csv_file(rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def xlsx_file(rows: list[dict]) -> bytes:
    """An XLSX workbook as a spreadsheet program writes it: empty cells are
    empty (None), not empty strings."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(rows[0]))
    for row in rows:
        sheet.append([None if value == "" else value for value in row.values()])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def with_changes(rows: list[dict], index: int, **changes) -> list[dict]:
    changed = [dict(row) for row in rows]
    changed[index].update(changes)
    return changed


# -- the admin's import flow -------------------------------------------------


def format_index(client, model, name) -> str:
    """The value of a file format in the export form's format menu."""
    page = client.get(reverse(f"admin:catalogue_{model}_export"))
    options = {
        label: value
        for value, label in re.findall(
            r'<option value="(\d+)"[^>]*>(\w+)</option>', page.content.decode()
        )
    }
    return options[name]


def upload(client, model, content: bytes, filename="cursussen.csv", fmt=None):
    """Step one: upload the file; the answer is the dry-run preview. The
    type of file is read from its content (``fmt`` is only documentation)."""
    return client.post(
        reverse(f"admin:catalogue_{model}_import"),
        {"import_file": SimpleUploadedFile(filename, content)},
    )


def confirm_data(preview) -> dict | None:
    """The hidden fields of the preview's confirm form, or None without one."""
    form = re.search(
        r'<form action="[^"]*/process_import/"[^>]*>(.*?)</form>',
        preview.content.decode(),
        re.S,
    )
    if form is None:
        return None
    return {
        name: html.unescape(value)
        for name, value in re.findall(
            r'<input type="hidden" name="(\w+)" value="([^"]*)"', form.group(1)
        )
        if name != "csrfmiddlewaretoken"
    }


def confirm(client, model, preview):
    data = confirm_data(preview)
    assert data is not None, "the preview offers no confirm form"
    assert set(data) == {"token"}
    return client.post(reverse(f"admin:catalogue_{model}_process_import"), data)


def import_file(client, model, content: bytes, **kwargs):
    """Upload and confirm; returns the preview and the confirm response."""
    preview = upload(client, model, content, **kwargs)
    assert preview.status_code == 200
    done = confirm(client, model, preview)
    assert done.status_code == 302
    assert done["Location"] == reverse(f"admin:catalogue_{model}_changelist")
    return preview, done


def upload_and_maybe_confirm(client, model, content):
    """Confirm the file if the preview allows it."""
    preview = upload(client, model, content)
    if confirm_data(preview) is not None:
        confirm(client, model, preview)
    return preview


def row_types(preview) -> list[str]:
    """What the preview will do with each row: new, update, skip, ..."""
    return re.findall(
        r'<tr class="(\w+)">\s*<td class="import-type">', preview.content.decode()
    )


def problems(preview) -> list[tuple[int, str, str]]:
    """Every problem the preview reports: (spreadsheet row, column, sentence)."""
    return [
        (int(row), column, html.unescape(text).strip())
        for row, column, text in re.findall(
            r'<li class="import-problem" data-row="(\d+)" data-column="([^"]*)">'
            r"(.*?)</li>",
            preview.content.decode(),
            re.S,
        )
    ]


def row_errors(preview) -> dict[int, dict[str, list[str]]]:
    """The preview's problems by spreadsheet row (the column names are row
    1), then by Dutch column name."""
    errors = {}
    for row, column, text in problems(preview):
        errors.setdefault(row, {}).setdefault(column, []).append(text)
    return errors


def file_errors(response) -> list[str]:
    """Why the uploaded file as a whole was refused."""
    return [
        html.unescape(text).strip()
        for text in re.findall(
            r'<ul class="errorlist"[^>]*>\s*<li>(.*?)</li>',
            response.content.decode(),
            re.S,
        )
    ]


def success_messages(response) -> list[str]:
    return [
        str(m)
        for m in get_messages(response.wsgi_request)
        if m.level == message_levels.SUCCESS
    ]


def in_dutch(message, **values) -> str:
    """A message as the (Dutch) admin shows it, translated or not yet."""
    with translation.override("nl-be"):
        return str(message) % values


# -- fixtures ----------------------------------------------------------------


def assert_three_courses_imported(provider):
    courses = {c.code: c for c in Course.objects.filter(provider=provider)}
    assert set(courses) == {"EF-01", "LZ-02", "WI-03"}

    feedback = courses["EF-01"]
    assert feedback.title == "Feedback die werkt"
    assert feedback.format == Course.Format.STUDY_DAY
    assert feedback.status == Course.Status.DRAFT  # blank status: a draft
    assert feedback.fee == Decimal("95.50")
    assert feedback.duration_days == 1
    assert feedback.goals == ["Je geeft gerichte feedback", "Je evalueert breed"]
    assert feedback.fee_includes == ["lunch", "material"]
    assert feedback.language == "nl"
    assert {t.slug for t in feedback.themes.all()} == {"evaluatie-en-feedback"}
    assert {lv.slug for lv in feedback.education_levels.all()} == {"lager-onderwijs"}

    reading = courses["LZ-02"]
    assert reading.format == Course.Format.MULTI_DAY
    assert reading.status == Course.Status.PUBLISHED
    assert reading.published_at is not None
    assert reading.fee == Decimal("0") and reading.is_free
    assert reading.goals == ["Je kiest boeken op maat"]
    assert reading.fee_includes == []
    assert {t.slug for t in reading.themes.all()} == {
        "lezen-en-leesbevordering",
        "taalbeleid-en-nt2",
    }
    assert {lv.slug for lv in reading.education_levels.all()} == {
        "eerste-graad",
        "tweede-graad",
    }

    maths = courses["WI-03"]
    assert maths.status == Course.Status.PUBLISHED
    assert maths.fee is None  # blank fee: on request
    assert {t.slug for t in maths.themes.all()} == {"evaluatie-en-feedback", "wiskunde"}
    assert {lv.slug for lv in maths.education_levels.all()} == {"basisonderwijs"}


# -- importing courses -------------------------------------------------------


def test_export_form_offers_csv_and_xlsx_only(staff_client):
    page = staff_client.get(reverse("admin:catalogue_course_export"))
    assert page.status_code == 200
    formats = re.findall(
        r'<option value="\d+"[^>]*>(\w+)</option>', page.content.decode()
    )
    assert formats == ["csv", "xlsx"]


def test_staff_without_a_provider_cannot_import(client):
    # is_staff alone gives no provider to import for.
    user = make_user(is_staff=True)
    client.login(email=user.email, password=PASSWORD)
    assert client.get(reverse("admin:catalogue_course_import")).status_code == 403


def test_csv_preview_lists_three_new_rows_and_writes_nothing(staff_client):
    preview = upload(staff_client, COURSES, csv_file(THREE_COURSES))
    assert preview.status_code == 200
    assert row_types(preview) == ["new", "new", "new"]
    assert row_errors(preview) == {}
    assert confirm_data(preview) is not None
    # The preview is a dry run, rolled back.
    assert Course.objects.count() == 0


def test_confirming_the_csv_creates_the_courses_for_the_staff_users_provider(
    staff_client, provider
):
    _preview, done = import_file(staff_client, COURSES, csv_file(THREE_COURSES))
    assert Course.objects.count() == 3
    assert_three_courses_imported(provider)
    assert success_messages(done)


def test_the_same_courses_import_from_an_xlsx_file(staff_client, provider):
    # Numbers as numbers, as a spreadsheet program stores them.
    rows = [dict(row, dagen=int(row["dagen"])) for row in THREE_COURSES]
    rows[0]["bijdrage"], rows[1]["bijdrage"] = 95.5, 0
    preview, _done = import_file(
        staff_client, COURSES, xlsx_file(rows), filename="cursussen.xlsx", fmt="xlsx"
    )
    assert row_types(preview) == ["new", "new", "new"]
    assert_three_courses_imported(provider)


BAD_VALUES = [
    # A negative fee fails the model's validator, with Django's own message.
    pytest.param(
        "bijdrage",
        "-5",
        "bijdrage",
        lambda: in_dutch(MinValueValidator.message, limit_value=0),
        id="negative-fee",
    ),
    pytest.param(
        "themas", "Toverdrankkunde", "themas", lambda: "Toverdrankkunde", id="theme"
    ),
    pytest.param("vorm", "Kampvuuravond", "vorm", lambda: "Kampvuuravond", id="format"),
]


@pytest.mark.parametrize("column, value, field, mentioned", BAD_VALUES)
def test_one_bad_row_refuses_the_whole_file(
    staff_client, column, value, field, mentioned
):
    rows = with_changes(THREE_COURSES, 1, **{column: value})
    preview = upload(staff_client, COURSES, csv_file(rows))

    assert preview.status_code == 200
    errors = row_errors(preview)
    assert list(errors) == [3], "only the second row (spreadsheet row 3) is wrong"
    assert list(errors[3]) == [field]
    assert any(mentioned() in message for message in errors[3][field])
    # No way to confirm a file with errors, and nothing was written.
    assert confirm_data(preview) is None
    assert Course.objects.count() == 0


def test_reimporting_the_same_file_skips_every_row_and_changes_nothing(staff_client):
    content = csv_file(THREE_COURSES)
    import_file(staff_client, COURSES, content)
    before = {c.code: c.updated_at for c in Course.objects.all()}

    preview, _done = import_file(staff_client, COURSES, content)
    assert row_types(preview) == ["skip", "skip", "skip"]
    assert Course.objects.count() == 3
    for course in Course.objects.all():
        course.refresh_from_db()
        assert course.updated_at == before[course.code]


def test_changing_the_title_in_the_file_updates_only_that_course(
    staff_client, provider
):
    import_file(staff_client, COURSES, csv_file(THREE_COURSES))
    before = {c.code: (c.updated_at, c.slug) for c in Course.objects.all()}

    rows = with_changes(THREE_COURSES, 1, titel="Leesplezier voor iedereen")
    preview, _done = import_file(staff_client, COURSES, csv_file(rows))

    assert row_types(preview) == ["skip", "update", "skip"]
    assert Course.objects.count() == 3
    changed = Course.objects.get(code="LZ-02")
    assert changed.title == "Leesplezier voor iedereen"
    assert changed.updated_at > before["LZ-02"][0]
    # The address of the course stays; links to it keep working.
    assert changed.slug == before["LZ-02"][1]
    for code in ("EF-01", "WI-03"):
        assert Course.objects.get(code=code).updated_at == before[code][0]


def test_course_code_of_another_provider_is_neither_touched_nor_revealed(
    staff_client, provider
):
    # Codes belong to a provider (unique per provider in the database). A
    # code another provider uses, even on a draft, must make no difference to
    # what this provider's import says or does: anything else would tell
    # them the other course exists.
    preview_without = upload(staff_client, COURSES, csv_file(THREE_COURSES))
    other = make_course(
        "Niet van jou",
        provider=make_provider("Andere dienst"),
        code="LZ-02",
        status=Course.Status.DRAFT,
    )
    before = (other.title, other.summary, other.updated_at)

    preview = upload(staff_client, COURSES, csv_file(THREE_COURSES))

    assert row_errors(preview) == row_errors(preview_without) == {}
    assert row_types(preview) == row_types(preview_without) == ["new"] * 3
    assert "Niet van jou" not in preview.content.decode()
    confirm(staff_client, COURSES, preview)
    assert Course.objects.filter(provider=provider, code="LZ-02").exists()
    other.refresh_from_db()
    assert (other.title, other.summary, other.updated_at) == before


def test_cannot_import_for_a_provider_one_does_not_act_for(staff_client):
    make_provider("Andere dienst", slug="andere-dienst")
    rows = [{"aanbieder": "andere-dienst"} | row for row in THREE_COURSES]
    preview = upload(staff_client, COURSES, csv_file(rows))

    errors = row_errors(preview)
    assert list(errors) == [2, 3, 4]
    assert all("andere-dienst" in errors[n]["aanbieder"][0] for n in errors)
    assert Course.objects.count() == 0


@pytest.fixture
def two_provider_client(client, provider):
    second = make_provider("Hogeschool Brugge", slug="hs-brugge")
    user = provider_staff(provider)
    ProviderMembership.objects.create(provider=second, user=user)
    client.login(email=user.email, password=PASSWORD)
    return client


def test_user_of_two_providers_must_fill_in_the_provider_column(two_provider_client):
    rows = [
        {"aanbieder": "pbd-gent"} | THREE_COURSES[0],
        {"aanbieder": ""} | THREE_COURSES[1],
        {"aanbieder": "hs-brugge"} | THREE_COURSES[2],
    ]
    preview = upload(two_provider_client, COURSES, csv_file(rows))

    errors = row_errors(preview)
    assert list(errors) == [3]
    assert any("aanbieder" in message for message in errors[3]["aanbieder"])
    assert confirm_data(preview) is None
    assert Course.objects.count() == 0


def test_user_of_two_providers_imports_for_either_by_slug(two_provider_client):
    rows = [
        {"aanbieder": "pbd-gent"} | THREE_COURSES[0],
        {"aanbieder": "hs-brugge"} | THREE_COURSES[1],
        {"aanbieder": "hs-brugge"} | THREE_COURSES[2],
    ]
    import_file(two_provider_client, COURSES, csv_file(rows))

    owners = dict(Course.objects.values_list("code", "provider__slug"))
    assert owners == {"EF-01": "pbd-gent", "LZ-02": "hs-brugge", "WI-03": "hs-brugge"}


def remove_theme(slug):
    """An editor removes a theme from the vocabulary."""
    Course._meta.get_field("themes").related_model.objects.filter(slug=slug).delete()


def test_rows_that_became_invalid_before_confirming_write_nothing(staff_client):
    # Between the preview and the confirm an editor removes a theme the last
    # row uses: the confirm step checks the file again and writes nothing.
    preview = upload(staff_client, COURSES, csv_file(THREE_COURSES))
    assert row_types(preview) == ["new", "new", "new"]
    remove_theme("wiskunde")

    confirm(staff_client, COURSES, preview)

    assert Course.objects.count() == 0


def test_rows_that_became_invalid_before_confirming_are_not_reported_as_imported(
    staff_client,
):
    preview = upload(staff_client, COURSES, csv_file(THREE_COURSES))
    remove_theme("wiskunde")

    done = confirm(staff_client, COURSES, preview)

    assert not LogEntry.objects.filter(object_repr="Feedback die werkt").exists()
    assert success_messages(done) == []


def test_imported_published_course_is_found_by_catalogue_search(client, anna):
    client.login(email=anna.email, password=PASSWORD)
    import_file(client, COURSES, csv_file(THREE_COURSES))
    client.logout()

    # No sessions yet, so "past" is needed to list them at all; the search
    # only finds them when the import re-indexed the courses.
    listing = client.get(
        reverse("catalogue:course_list"), {"q": "leesplezier", "past": "1"}
    )
    assert [c.code for c in listing.context["page"].object_list] == ["LZ-02"]
    listing = client.get(reverse("catalogue:course_list"), {"q": "begrip", "past": "1"})
    assert [c.code for c in listing.context["page"].object_list] == ["WI-03"]
    # A draft is imported but not public.
    listing = client.get(
        reverse("catalogue:course_list"), {"q": "feedback", "past": "1"}
    )
    assert "EF-01" not in [c.code for c in listing.context["page"].object_list]


# -- importing sessions ------------------------------------------------------


SESSION_ROWS = [
    {
        "cursuscode": "LZ-02",
        "editie": "1",
        "datum": "2027-03-13",
        "begin": "09:15",
        "einde": "16:00",
        "online": "0",
        "locatie": "Het Pand",
        "lokaal": "Refter",
        "straat": "Onderbergen 1",
        "postcode": "9000",
        "gemeente": "Gent",
    },
    {
        "cursuscode": "LZ-02",
        "editie": "1",
        "datum": "20/03/2027",
        "begin": "9:15",
        "einde": "12:30",
        "online": "0",
        "locatie": "Campus Brugge",
        "lokaal": "",
        "straat": "Spoorwegstraat 12",
        "postcode": "8200",
        "gemeente": "Brugge",
    },
    {
        "cursuscode": "EF-01",
        "editie": "2",
        "datum": "13/03/2027",
        "begin": "13:00",
        "einde": "16:00",
        "online": "1",
        "locatie": "",
        "lokaal": "",
        "straat": "",
        "postcode": "",
        "gemeente": "",
    },
]


@pytest.fixture
def courses(provider):
    return {
        code: make_course(provider=provider, code=code, sessions=())
        for code in ("LZ-02", "EF-01")
    }


def test_session_rows_create_sessions_with_province_from_postcode(
    staff_client, courses
):
    preview, _done = import_file(staff_client, SESSIONS, csv_file(SESSION_ROWS))
    assert row_types(preview) == ["new", "new", "new"]

    ghent, bruges = Session.objects.filter(course=courses["LZ-02"]).order_by("date")
    assert (ghent.date, ghent.start_time, ghent.end_time) == (
        dt.date(2027, 3, 13),
        dt.time(9, 15),
        dt.time(16, 0),
    )
    assert ghent.province.slug == "oost-vlaanderen"
    assert (ghent.venue_name, ghent.room, ghent.municipality) == (
        "Het Pand",
        "Refter",
        "Gent",
    )
    assert bruges.date == dt.date(2027, 3, 20)  # 20/03/2027: day first
    assert bruges.province.slug == "west-vlaanderen"

    online = Session.objects.get(course=courses["EF-01"])
    assert (online.date, online.edition, online.is_online) == (
        dt.date(2027, 3, 13),
        2,
        True,
    )
    assert online.province is None


def test_sessions_from_an_xlsx_file_with_real_date_and_time_cells(
    staff_client, courses
):
    rows = [
        row
        | {
            "datum": dt.date(2027, 3, 13),
            "begin": dt.time(9, 15),
            "einde": dt.time(16, 0),
        }
        for row in SESSION_ROWS[:1]
    ]
    import_file(
        staff_client, SESSIONS, xlsx_file(rows), filename="sessies.xlsx", fmt="xlsx"
    )
    session = Session.objects.get()
    assert (session.date, session.start_time) == (dt.date(2027, 3, 13), dt.time(9, 15))


def test_imported_sessions_put_the_course_in_the_catalogue(client, anna, courses):
    courses["LZ-02"].status = Course.Status.PUBLISHED
    courses["LZ-02"].save()
    rows = [SESSION_ROWS[0] | {"datum": days(30).isoformat()}]
    client.login(email=anna.email, password=PASSWORD)
    import_file(client, SESSIONS, csv_file(rows))
    client.logout()

    # Without "past" the catalogue lists only courses with a coming session.
    listing = client.get(reverse("catalogue:course_list"))
    assert [c.code for c in listing.context["page"].object_list] == ["LZ-02"]
    courses["LZ-02"].refresh_from_db()
    assert courses["LZ-02"].next_session_date == days(30)


BAD_SESSION_VALUES = [
    pytest.param({"datum": "31/02/2027"}, "datum", "31/02/2027", id="no-such-date"),
    pytest.param({"begin": "25:00"}, "begin", "25:00", id="no-such-time"),
    pytest.param({"cursuscode": "XX-99"}, "cursuscode", "XX-99", id="unknown-course"),
]


@pytest.mark.parametrize("change, field, mentioned", BAD_SESSION_VALUES)
def test_bad_session_row_refuses_the_file(
    staff_client, courses, change, field, mentioned
):
    rows = with_changes(SESSION_ROWS, 1, **change)
    preview = upload(staff_client, SESSIONS, csv_file(rows))

    errors = row_errors(preview)
    assert list(errors) == [3]
    assert any(mentioned in message for message in errors[3][field])
    assert confirm_data(preview) is None
    assert Session.objects.count() == 0


def test_session_of_another_providers_course_is_refused(staff_client, courses):
    make_course(provider=make_provider("Andere dienst"), code="AN-01", sessions=())
    rows = with_changes(SESSION_ROWS, 0, cursuscode="AN-01")
    preview = upload(staff_client, SESSIONS, csv_file(rows))

    assert list(row_errors(preview)) == [2]
    assert Session.objects.count() == 0


def test_reimporting_sessions_skips_every_row(staff_client, courses):
    content = csv_file(SESSION_ROWS)
    import_file(staff_client, SESSIONS, content)
    ids = set(Session.objects.values_list("pk", flat=True))

    preview, _done = import_file(staff_client, SESSIONS, content)

    assert row_types(preview) == ["skip", "skip", "skip"]
    assert set(Session.objects.values_list("pk", flat=True)) == ids


def test_online_ja_is_not_imported_as_an_in_person_session(staff_client, courses):
    rows = [SESSION_ROWS[0] | {"online": "ja"}]
    upload_and_maybe_confirm(staff_client, SESSIONS, csv_file(rows))
    # Either refused or online; never quietly in person.
    assert not Session.objects.filter(is_online=False).exists()


def test_blank_online_cell_means_in_person(staff_client, courses):
    rows = [SESSION_ROWS[0] | {"online": ""}]
    preview = upload(staff_client, SESSIONS, csv_file(rows))
    assert row_errors(preview) == {}
    confirm(staff_client, SESSIONS, preview)
    assert Session.objects.get().is_online is False


# -- exporting ---------------------------------------------------------------


def export(client, model, fmt="csv"):
    """Post the export form the way a browser does: every field ticked."""
    url = reverse(f"admin:catalogue_{model}_export")
    page = client.get(url)
    assert page.status_code == 200
    fields = re.findall(
        r'<input type="checkbox" name="(\w+resource_\w+)"[^>]*checked',
        page.content.decode(),
    )
    assert fields, "the export form lists the fields to export"
    data = dict.fromkeys(fields, "on")
    data |= {"format": format_index(client, model, fmt), "resource": "0"}
    return client.post(url, data)


def test_course_export_holds_own_courses_only(staff_client, provider):
    make_course("Eigen cursus", provider=provider, code="EIGEN-1")
    make_course("Eigen concept", provider=provider, code="EIGEN-2", status="draft")
    make_course("Andermans cursus", provider=make_provider("Andere"), code="ANDER-1")

    response = export(staff_client, COURSES)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert sorted(row["code"] for row in rows) == ["EIGEN-1", "EIGEN-2"]
    assert {row["aanbieder"] for row in rows} == {"pbd-gent"}


def test_session_export_holds_own_sessions_only(staff_client, provider):
    own = make_course(provider=provider, code="EIGEN-1", sessions=())
    make_session(own, date=dt.date(2027, 3, 13))
    make_course(provider=make_provider("Andere"), code="ANDER-1")

    response = export(staff_client, SESSIONS)

    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(row["cursuscode"], row["datum"]) for row in rows] == [
        ("EIGEN-1", "2027-03-13")
    ]


def test_exported_csv_imports_back_without_changes(staff_client):
    import_file(staff_client, COURSES, csv_file(THREE_COURSES))
    before = dict(Course.objects.values_list("code", "updated_at"))

    exported = export(staff_client, COURSES).content
    preview, _done = import_file(staff_client, COURSES, exported)

    assert row_types(preview) == ["skip", "skip", "skip"]
    assert dict(Course.objects.values_list("code", "updated_at")) == before


def test_exported_xlsx_imports_back_without_changes(staff_client):
    import_file(staff_client, COURSES, csv_file(THREE_COURSES))

    exported = export(staff_client, COURSES, fmt="xlsx").content
    preview = upload(
        staff_client, COURSES, exported, filename="cursussen.xlsx", fmt="xlsx"
    )

    assert problems(preview) == []
    assert row_types(preview) == ["skip", "skip", "skip"]


def test_the_example_files_in_the_docs_import_as_documented(staff_client, provider):
    # docs/import/ is what providers start from; it must keep working.
    docs = Path(__file__).resolve().parent.parent / "docs" / "import"
    import_file(staff_client, "course", (docs / "cursussen-voorbeeld.csv").read_bytes())
    import_file(staff_client, "session", (docs / "sessies-voorbeeld.csv").read_bytes())
    courses = Course.objects.filter(provider=provider)
    assert courses.count() == 3
    assert Session.objects.filter(course__in=courses).count() == 4
    online = Session.objects.get(course__code="25/VB/003")
    assert online.is_online
    assert (
        Session.objects.filter(course__code="25/VB/001").get().province.slug
        == "oost-vlaanderen"
    )
