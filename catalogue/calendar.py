"""iCalendar (RFC 5545) export of a course's sessions."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vText

BRUSSELS = ZoneInfo("Europe/Brussels")


def coming_first(sessions, today):
    """Coming sessions in date order, then past ones: a calendar app that
    lists the events in file order shows what is still ahead at the top."""
    sessions = sorted(sessions, key=lambda s: (s.date, s.start_time))
    return [s for s in sessions if s.date >= today] + [
        s for s in sessions if s.date < today
    ]


def course_ics(course, request) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Nascholingswijzer//nascholingswijzer.be//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", course.title)
    cal.add("x-wr-timezone", "Europe/Brussels")
    url = request.build_absolute_uri(course.get_absolute_url())
    host = request.get_host().split(":")[0] or "nascholingswijzer"
    stamp = timezone.now()
    today = timezone.localdate()
    sessions = coming_first(course.sessions.all(), today)
    for session in sessions:
        event = Event()
        event.add("uid", f"session-{session.pk}@{host}")
        event.add("dtstamp", stamp)
        event.add(
            "dtstart", datetime.combine(session.date, session.start_time, BRUSSELS)
        )
        event.add("dtend", datetime.combine(session.date, session.end_time, BRUSSELS))
        event.add("summary", course.title)
        event.add("description", f"{course.summary}\n\n{url}")
        event.add("url", url)
        email = course.contact_email or course.provider.email
        if email:
            organizer = vCalAddress(f"mailto:{email}")
            organizer.params["cn"] = vText(course.provider.name)
            event.add("organizer", organizer)
        if session.is_online:
            event.add("location", "Online")
        else:
            location = ", ".join([*session.address_lines(), session.room])
            event.add("location", location.strip(", "))
        cal.add_component(event)
    # One VTIMEZONE describing Brussels for the years the sessions span.
    years = [s.date.year for s in sessions] or [today.year]
    cal.add_missing_timezones(
        first_date=date(min(years) - 1, 1, 1), last_date=date(max(years) + 1, 12, 31)
    )
    return cal.to_ical()
