from django.conf import settings
from django.contrib import admin

from providers.access import is_editor, is_provider_staff


def site(request):
    return {
        "site_name": settings.SITE_NAME,
        "support_email": settings.SUPPORT_EMAIL,
        # A callable: the template calls it only where it asks, so pages
        # that do not show the header pay no query for it.
        "management_link": lambda: management_link(request),
    }


def management_link(request) -> str:
    """Which way into the admin the header offers: "editor", "provider"
    (staff of a provider) or "" (nothing to manage there).

    The admin's own gate (an active staff account) comes first; of those,
    providers.access says who has something to manage.
    """
    user = request.user
    if not admin.site.has_permission(request):
        return ""
    if is_editor(user):
        return "editor"
    if is_provider_staff(user):
        return "provider"
    return ""
