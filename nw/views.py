from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from catalogue.models import Course


def home(request):
    upcoming = Course.objects.published().upcoming().for_listing()
    return render(
        request,
        "home.html",
        {
            "latest_courses": upcoming.order_by("-published_at")[:4],
            "course_count": upcoming.count(),
        },
    )


@never_cache
def healthz(request):
    # A load balancer only needs to know whether we can answer; details of
    # what failed go to the log, never to the response.
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse(
            "database unavailable", status=503, content_type="text/plain"
        )
    return HttpResponse("ok", content_type="text/plain")
