"""Provider staff and site editors in the Django admin, in Chromium: the
pages our configuration shapes (the course form with its inlines, the import
and export pages, the plan's admin) hold to the same accessibility rule as
the public site (see tests/browser.py).

What remains of the admin's own markup, and why, is listed in
docs/accessibility.md."""

import datetime
import re
from pathlib import Path

from catalogue.models import Course, Session
from nw.templatetags.nw import euro
from planning.models import Plan

from .browser import JOURNEY, SEED_COURSE, Person

pytestmark = JOURNEY

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "import"
STAFF = "staff@uantwerpen.example"
EDITOR = "redactie@nascholingswijzer.example"


def test_provider_staff_update_a_course_import_a_spreadsheet_and_stay_in_their_lane(
    live_server, chromium
):
    staff = Person(chromium, live_server.url, width=1280)
    page = staff.page
    staff.sign_in(STAFF, password="demo-aanbieder")
    staff.goto("/")
    staff.click("link", "Beheer mijn aanbod")
    assert staff.path == "/admin/"

    # The fee and a new session, in the course form.
    staff.click("link", "Cursussen")
    staff.click("link", re.compile("^Onderwijskundig leiderschap met impact"))
    staff.screenshot("provider-admin-course")
    page.get_by_label("Bijdrage in euro").fill("95")
    sessions_before = Session.objects.filter(course__slug=SEED_COURSE).count()
    page.get_by_role(
        "button", name=re.compile("Nog een sessie toevoegen", re.I)
    ).click()
    row = page.locator("#sessions-group .dynamic-sessions").last
    when = datetime.date.today() + datetime.timedelta(days=120)
    row.get_by_label("Datum").fill(when.isoformat())
    row.get_by_label("Beginuur").fill("09:00")
    row.get_by_label("Einduur").fill("16:00")
    row.get_by_label("Locatie").fill("Stadscampus")
    row.get_by_label("Straat en huisnummer").fill("Prinsstraat 13")
    row.get_by_label("Postcode").fill("2000")
    row.get_by_label("Gemeente").fill("Antwerpen")
    staff.check()
    staff.click("button", "Bewaren", exact=True)
    assert "gewijzigd" in page.locator(".messagelist").inner_text()
    assert Session.objects.filter(course__slug=SEED_COURSE).count() == (
        sessions_before + 1
    )

    staff.goto(f"/cursussen/{SEED_COURSE}/")
    assert euro(95) in page.locator(".course__facts, main").first.inner_text()
    assert page.locator(f"time[datetime='{when.isoformat()}']").count()

    # The example spreadsheet: a preview first, then the courses as drafts.
    staff.goto("/admin/catalogue/course/import/")
    page.locator("input[type=file]").set_input_files(
        EXAMPLES / "cursussen-voorbeeld.csv"
    )
    staff.click("button", "Controleer het bestand")
    assert page.locator(".import-preview tbody tr.new").count() == 3
    staff.screenshot("provider-admin-import")
    staff.click("button", "Bevestig de import")
    imported = Course.objects.filter(code__startswith="25/VB/")
    assert imported.count() == 3
    assert {c.status for c in imported} == {Course.Status.DRAFT}

    staff.goto("/admin/catalogue/course/export/")

    # Another provider's course, by URL: not found, not forbidden.
    other = Course.objects.exclude(provider__slug="universiteit-antwerpen-cno").first()
    response = page.goto(f"{live_server.url}/admin/catalogue/course/{other.pk}/change/")
    assert response.status == 404
    staff.check()


def test_the_editors_admin_pages_pass_axe_on_desktop_and_phone(live_server, chromium):
    plan = Plan.objects.first()
    course = Course.objects.get(slug=SEED_COURSE)
    # The provider journey above saw the course form, import and export on
    # a desktop; here they are seen on a phone, with the editors' pages.
    everywhere = [
        "/admin/",
        "/admin/planning/plan/",
        f"/admin/planning/plan/{plan.pk}/change/",
        "/admin/planning/school/",
        "/admin/planning/questionnaire/",
        "/admin/catalogue/session/import/",
    ]
    on_a_phone = [
        "/admin/catalogue/course/",
        "/admin/catalogue/course/add/",
        f"/admin/catalogue/course/{course.pk}/change/",
        "/admin/catalogue/course/import/",
        "/admin/catalogue/course/export/",
    ]
    for width, paths in [(1280, everywhere), (390, everywhere + on_a_phone)]:
        editor = Person(chromium, live_server.url, width=width)
        editor.sign_in(EDITOR, password="demo-redactie")
        for path in paths:
            editor.goto(path)
        # The sign-in page and the page after it, then each admin page.
        assert len(editor.checked) == 2 + len(paths)
