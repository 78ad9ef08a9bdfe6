"""schema.org Course data for search engines, as JSON-LD."""

import json
from datetime import datetime

from django.utils.safestring import mark_safe

from nw.weblinks import safe_url

from .calendar import BRUSSELS

# Inside <script> a "</script>" in a course text must not end the block.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def course_json_ld(course, request) -> str:
    url = request.build_absolute_uri(course.get_absolute_url())
    provider = course.provider
    data = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": course.title,
        "description": course.summary,
        "url": url,
        "inLanguage": course.language,
        "provider": {
            "@type": "Organization",
            "name": provider.name,
            "url": request.build_absolute_uri(provider.get_absolute_url()),
        },
    }
    if course.code:
        data["courseCode"] = course.code
    if course.goals:
        data["teaches"] = course.goals
    offer = None
    if course.fee is not None:
        offer = {
            "@type": "Offer",
            "price": str(course.fee),
            "priceCurrency": "EUR",
            "category": "Paid" if course.fee else "Free",
            "url": safe_url(course.registration_url) or url,
        }
    instances = []
    for edition, sessions in _editions(course.sessions.all()).items():
        first, last = sessions[0], sessions[-1]
        instance = {
            "@type": "CourseInstance",
            "name": f"{course.title} ({edition})",
            "courseMode": "online" if all(s.is_online for s in sessions) else "onsite",
            "startDate": _iso(first.date, first.start_time),
            "endDate": _iso(last.date, last.end_time),
            "courseSchedule": {
                "@type": "Schedule",
                "startDate": first.date.isoformat(),
                "endDate": last.date.isoformat(),
                "repeatCount": len(sessions),
            },
        }
        place = next((s for s in sessions if not s.is_online), None)
        if place:
            instance["location"] = {
                "@type": "Place",
                "name": place.venue_name or place.municipality,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": place.street,
                    "postalCode": place.postcode,
                    "addressLocality": place.municipality,
                    "addressCountry": "BE",
                },
            }
        else:
            instance["location"] = {"@type": "VirtualLocation", "url": url}
        if offer:
            instance["offers"] = offer
        instances.append(instance)
    if instances:
        data["hasCourseInstance"] = instances
    if offer:
        data["offers"] = offer
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_ESCAPES))


def _iso(day, time):
    return datetime.combine(day, time, BRUSSELS).isoformat()


def _editions(sessions):
    out = {}
    for session in sessions:
        out.setdefault(session.edition, []).append(session)
    return out
