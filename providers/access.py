"""Who may see and change which provider's data.

Site editors (superusers and the "Redactie" group) may do everything.
Provider staff act only for the providers they are members of; to them
every other provider's object does not exist.
"""

from __future__ import annotations

from django.db.models import Q

EDITORS_GROUP = "Redactie"


def is_editor(user) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    # Asked several times per admin page; remember it on the user object.
    if not hasattr(user, "_is_editor"):
        user._is_editor = user.groups.filter(name=EDITORS_GROUP).exists()
    return user._is_editor


def managed_providers(user):
    """The providers whose data the user may change."""
    from .models import Provider

    if is_editor(user):
        return Provider.objects.all()
    if not (user.is_authenticated and user.is_active):
        return Provider.objects.none()
    return Provider.objects.filter(memberships__user=user)


def is_provider_staff(user) -> bool:
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    if not hasattr(user, "_provider_ids"):
        user._provider_ids = set(
            user.provider_memberships.values_list("provider_id", flat=True)
        )
    return bool(user._provider_ids)


def manages(user, provider_id) -> bool:
    if is_editor(user):
        return True
    return is_provider_staff(user) and provider_id in user._provider_ids


def course_visibility(user) -> Q:
    """Which courses a user may see on the site. The one place for this rule.

    Everyone sees published courses. Site editors see every course, drafts
    and archived ones too (the admin's "view on site" sends them there).
    Provider staff also see their own providers' drafts and archived courses.
    """
    from catalogue.models import Course

    if is_editor(user):
        return Q()
    published = Q(status=Course.Status.PUBLISHED)
    if is_provider_staff(user):
        return published | Q(provider_id__in=user._provider_ids)
    return published


def ensure_editor_group(**kwargs):
    """Give the editors' group every permission on the site's own apps.

    Runs after each migrate, so new models are covered without a migration.
    """
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    permissions = (
        Permission.objects.filter(
            content_type__app_label__in=[
                "taxonomy",
                "catalogue",
                "providers",
                "planning",
            ]
        )
        | Permission.objects.filter(
            content_type__app_label="admin", codename="view_logentry"
        )
        | Permission.objects.filter(
            content_type__app_label="accounts",
            codename__in=["view_user", "change_user"],
        )
    )
    group.permissions.add(*permissions)
