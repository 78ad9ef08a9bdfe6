"""A URLconf for tests of the error pages: the site's pages and handlers,
plus views that fail on purpose. Use with ``pytest.mark.urls``."""

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.urls import path

from nw import urls as site_urls


def crash(request):
    raise RuntimeError("a bug in a view")


def forbidden(request):
    raise PermissionDenied


def suspicious(request):
    raise SuspiciousOperation("a tampered request")


urlpatterns = [
    path("kapot/", crash),
    path("verboden/", forbidden),
    path("verdacht/", suspicious),
    *site_urls.urlpatterns,
]
handler400 = site_urls.handler400
handler500 = site_urls.handler500
