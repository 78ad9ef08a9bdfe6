import logging

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers

from .views import DATABASE_DOWN, maintenance

logger = logging.getLogger(__name__)


class LanguageMiddleware:
    """Flemish Dutch for everyone, unless the visitor picked another language
    with the switcher in the footer (which sets the language cookie).

    Django's LocaleMiddleware would follow the browser's Accept-Language and
    show an English interface around Dutch course texts to many teachers.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = translation.get_supported_language_variant(
            chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        )
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        patch_vary_headers(response, ["Cookie"])
        response.headers.setdefault("Content-Language", language)
        return response


class DatabaseUnavailableMiddleware:
    """A quick, branded 503 with Retry-After, instead of a 500, for any view
    that finds the database unreachable (PostgreSQL restarting, a failover,
    a full disk). /healthz catches the error itself and keeps its own 503.

    Errors outside a view (in another middleware, or while rendering the
    404 page) reach nw.views.server_error, which answers the same way.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_DOWN):
            logger.error(
                "Database unavailable for %s", request.path, exc_info=exception
            )
            return maintenance(request)
        return None
