import sys

from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import views as auth_views
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.views import i18n as i18n_views
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from catalogue.models import Course

from .accounts.views import RefusalIs400
from .context_processors import management_link

# Seconds a client should wait before asking again while the database is away.
RETRY_AFTER = 30
DATABASE_DOWN = (OperationalError, InterfaceError)


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


def privacy(request):
    """What the site stores about people, why, and for how long."""
    return render(
        request,
        "privacy.html",
        {
            "confirmation_days": settings.EMAIL_CONFIRMATION_DAYS,
            "unconfirmed_days": 2 * settings.EMAIL_CONFIRMATION_DAYS,
            "invitation_days": 2 * settings.INVITATION_DAYS,
            "import_hours": max(1, settings.IMPORT_PREVIEW_MAX_AGE // 3600),
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


def ping(request):
    # The smallest answer the site gives: no database, no session, no
    # template. bench/catalogue.py measures every page against it.
    return HttpResponse("pong", content_type="text/plain")


# Switching the interface language is harmless, so the form needs no CSRF
# token; without one, a catalogue page is the same for every anonymous
# visitor and can be cached whole (catalogue.views.course_list).
set_language = csrf_exempt(i18n_views.set_language)


def favicon(request):
    # Browsers ask for /favicon.ico whatever the page says; the file itself
    # lives with the other static files (and gets their long cache headers).
    # Not a permanent redirect: in production the target's name carries a
    # hash of its content, which changes with the icon.
    return redirect(static("favicon.ico"))


# -- signing in -----------------------------------------------------------------


class SignInForm(auth_forms.AuthenticationForm):
    error_messages = {
        **auth_forms.AuthenticationForm.error_messages,
        # Our own msgid, so the Dutch text is ours to get right.
        "invalid_login": _(
            "Please enter a correct %(username)s and password. Note that both "
            "fields may be case-sensitive."
        ),
    }


class SignInView(RefusalIs400, auth_views.LoginView):
    form_class = SignInForm

    def get_context_data(self, **kwargs):
        # LoginView names the site after the request's host ("127.0.0.1:8000");
        # the pages use the site's own name.
        return {**super().get_context_data(**kwargs), "site_name": settings.SITE_NAME}

    def get_default_redirect_url(self):
        # Without a "next", staff who manage courses land where they work:
        # the admin. Everyone else lands where LOGIN_REDIRECT_URL says.
        if management_link(self.request):
            return reverse("admin:index")
        return super().get_default_redirect_url()


# -- error pages ------------------------------------------------------------------


def static_page(template_name, status):
    """An error page rendered without the request: no context processors,
    no session, no database, so it cannot fail for the reason the page it
    replaces did."""
    html = loader.render_to_string(
        template_name,
        {"site_name": settings.SITE_NAME, "support_email": settings.SUPPORT_EMAIL},
    )
    response = HttpResponse(html, status=status)
    add_never_cache_headers(response)
    return response


def maintenance(request=None):
    """The answer to every page while the database cannot be reached."""
    response = static_page("503.html", 503)
    response["Retry-After"] = str(RETRY_AFTER)
    return response


def bad_request(request, exception):
    return static_page("400.html", 400)


def csrf_failure(request, reason=""):
    # An expired form or blocked cookies: say so in the site's words rather
    # than Django's English technical page.
    return static_page("403_csrf.html", 403)


def server_error(request):
    # Also reached when the database fails outside a view (say, while the
    # 404 page reads the session): that is maintenance, not a bug of ours.
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        return maintenance(request)
    return static_page("500.html", 500)


def error_preview(request, code):
    """DEBUG only (see urls.py): the error pages as visitors see them, for
    checking their layout; with DEBUG on Django shows its own pages instead."""
    if code == 404:
        return render(request, "404.html", status=404)
    if code == 403:
        return render(request, "403.html", status=403)
    if code == 400:
        return bad_request(request, None)
    if code == 500:
        return static_page("500.html", 500)
    if code == 503:
        return maintenance(request)
    raise Http404
