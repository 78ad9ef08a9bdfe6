"""The course page, its calendar export, structured data and the feed."""

import json
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from icalendar import Calendar

from catalogue.models import Course, CourseCriterion
from taxonomy.models import Criterion

from .helpers import (
    days,
    make_course,
    make_programme,
    make_provider,
    make_trainer,
    make_user,
    provider_staff,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    provider = make_provider(
        "Universiteit Antwerpen",
        vision="Professioneel leren gebeurt samen, in de school.",
        email="cno@uantwerpen.example",
    )
    course = make_course(
        "Onderwijskundig leiderschap met impact",
        provider=provider,
        code="24/DR/278A",
        fee=Decimal("252.00"),
        fee_includes=["material", "lunch"],
        what_to_bring="Opgeladen laptop",
        contact_name="Reinhilde Mampuys",
        contact_phone="03 265 46 82",
        goals=["Je benoemt de essentie van onderwijskundig beleid."],
        themes=["personeelsbeleid"],
        levels=["secundair-onderwijs"],
        registration_url="https://www.uantwerpen.example/inschrijven",
        format=Course.Format.MULTI_DAY,
        duration_days=2,
        sessions=(
            {"date": days(-200), "edition": 1, "room": "lokaal 202"},
            {"date": days(20), "edition": 2, "room": "lokaal 202"},
            {"date": days(31), "edition": 2, "room": "lokaal 202"},
        ),
    )
    make_programme(course, 1, "morning", "Vormen van leergemeenschappen kennen")
    make_programme(course, 1, "afternoon", "De werking van leergemeenschappen")
    course.trainers.add(make_trainer(provider, "Wouter Schelfhout", "Lerarenopleider."))
    CourseCriterion.objects.create(
        course=course,
        criterion=Criterion.objects.get(key="peers"),
        answer="yes",
        explanation="Je werkt in kleine groepen.",
    )
    return course


def test_detail_page_shows_what_a_teacher_needs_to_decide(client, course):
    response = client.get(course.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    for text in [
        '<h1 id="course-title">Onderwijskundig leiderschap met impact</h1>',
        "Dag 1",
        "Voormiddag",
        "Vormen van leergemeenschappen kennen",
        "Je benoemt de essentie van onderwijskundig beleid.",
        "Wouter Schelfhout",
        "€ 252",
        "cursusmateriaal, lunch",
        "Opgeladen laptop",
        "Reinhilde Mampuys",
        "24/DR/278A",
        "lokaal 202",
        "Editie 2",
        "Professioneel leren gebeurt samen, in de school.",
        "Je werkt in kleine groepen.",
        "Niet ingevuld",
        "https://www.uantwerpen.example/inschrijven",
        "Meld een probleem",
    ]:
        assert text in html, text


def test_breadcrumb_follows_the_theme_tree(client, course):
    html = client.get(course.get_absolute_url()).content.decode()
    crumbs = re.search(r'<nav class="breadcrumb".*?</nav>', html, re.S).group()
    assert crumbs.index("Schoolbeleid en -administratie") < crumbs.index(
        "Personeelsbeleid"
    )
    assert 'href="/cursussen/?theme=personeelsbeleid"' in crumbs


def test_past_sessions_are_marked(client, course):
    html = client.get(course.get_absolute_url()).content.decode()
    assert html.count('class="is-past"') == 1


def test_unpublished_course_is_404_for_the_public(client, course):
    for status in (Course.Status.DRAFT, Course.Status.ARCHIVED):
        course.status = status
        course.save()
        assert client.get(course.get_absolute_url()).status_code == 404
        assert (
            client.get(
                reverse("catalogue:course_calendar", args=[course.slug])
            ).status_code
            == 404
        )


def test_draft_is_visible_to_its_own_provider_staff_only(client, course):
    course.status = Course.Status.DRAFT
    course.save()
    client.force_login(provider_staff(course.provider))
    response = client.get(course.get_absolute_url())
    assert response.status_code == 200
    assert "niet publiek" in response.content.decode()

    client.force_login(provider_staff(make_provider("Andere aanbieder")))
    assert client.get(course.get_absolute_url()).status_code == 404
    client.force_login(make_user())
    assert client.get(course.get_absolute_url()).status_code == 404


def test_calendar_export_has_every_session_in_brussels_time(client, course):
    response = client.get(reverse("catalogue:course_calendar", args=[course.slug]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    cal = Calendar.from_ical(response.content)
    events = cal.walk("VEVENT")
    assert len(events) == 3
    assert {str(e["uid"]) for e in events} == {
        f"session-{s.pk}@testserver" for s in course.sessions.all()
    }
    first = sorted(events, key=lambda e: e.decoded("dtstart"))[0]
    assert first.decoded("dtstart").date() == days(-200)
    assert first["dtstart"].params["TZID"] == "Europe/Brussels"
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Brussels"]
    assert "lokaal 202" in str(first["location"])
    assert response.content.startswith(b"BEGIN:VCALENDAR\r\n")


def test_detail_links_to_the_calendar(client, course):
    html = client.get(course.get_absolute_url()).content.decode()
    assert reverse("catalogue:course_calendar", args=[course.slug]) in html


def test_json_ld_describes_course_instances_and_offer(client, course):
    html = client.get(course.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(block.group(1))
    assert data["@type"] == "Course"
    assert data["name"] == course.title
    assert data["courseCode"] == "24/DR/278A"
    assert data["provider"]["name"] == "Universiteit Antwerpen"
    instances = data["hasCourseInstance"]
    assert len(instances) == 2
    coming = instances[1]
    assert coming["startDate"].startswith(days(20).isoformat())
    assert coming["location"]["address"]["addressLocality"] == "Antwerpen"
    assert coming["offers"] == {
        "@type": "Offer",
        "price": "252.00",
        "priceCurrency": "EUR",
        "category": "Paid",
        "url": "https://www.uantwerpen.example/inschrijven",
    }


def test_json_ld_cannot_break_out_of_its_script_block(client):
    course = make_course("Over </script><script>alert(1)</script>")
    html = client.get(course.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html


def test_feed_lists_newly_published_courses(client, course):
    make_course("Nieuwste cursus")
    make_course("Nog een ontwerp", status=Course.Status.DRAFT)
    response = client.get(reverse("catalogue:feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert body.index("Nieuwste cursus") < body.index("Onderwijskundig leiderschap")
    assert "Nog een ontwerp" not in body


def test_provider_page_lists_its_courses_and_links_to_the_filtered_catalogue(
    client, course
):
    response = client.get(course.provider.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert course.title in html
    assert 'href="/cursussen/?provider=universiteit-antwerpen"' in html
