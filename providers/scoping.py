"""Admin classes that show provider staff only their own providers' data.

Scoping ``get_queryset`` covers the change list, search, the change, delete
and history views and autocomplete. What it does not cover is handled here
too: foreign-key and many-to-many choices, the provider list filter, objects
typed by id (a 404, so ids do not leak), and the owner set on save.
Editors pass through to Django's normal permission checks.
"""

from __future__ import annotations

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Q
from django.http import Http404

from .access import is_editor, is_provider_staff, managed_providers, manages


class ProviderScopedMixin:
    #: How to reach the provider from this model ("" for Provider itself).
    provider_path = "provider"
    #: What provider staff may do with objects in their scope.
    staff_can_add = True
    staff_can_delete = True
    # A web address typed without a scheme is https:// (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def provider_filter(self, request) -> Q:
        providers = managed_providers(request.user)
        if not self.provider_path:
            return Q(pk__in=providers.values("pk"))
        return Q(**{f"{self.provider_path}__in": providers.values("pk")})

    def provider_id_of(self, obj):
        if obj is None:
            return None
        for part in self.provider_path.split("__") if self.provider_path else []:
            obj = getattr(obj, part)
        return obj.pk

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if is_editor(request.user):
            return queryset
        return queryset.filter(self.provider_filter(request))

    def _get_obj_does_not_exist_redirect(self, request, opts, object_id):
        # Django redirects to the admin index for an unknown id; for an
        # object of another provider that would confirm the id exists.
        raise Http404

    # -- permissions: membership for staff, Django's permissions for editors

    def _staff_may(self, request, obj, allowed=True):
        if not (allowed and is_provider_staff(request.user)):
            return False
        return obj is None or manages(request.user, self.provider_id_of(obj))

    def has_module_permission(self, request):
        if is_editor(request.user):
            return super().has_module_permission(request)
        return is_provider_staff(request.user)

    def has_view_permission(self, request, obj=None):
        if is_editor(request.user):
            return super().has_view_permission(request, obj)
        return self._staff_may(request, obj)

    def has_change_permission(self, request, obj=None):
        if is_editor(request.user):
            return super().has_change_permission(request, obj)
        return self._staff_may(request, obj)

    def has_add_permission(self, request, *args):
        if is_editor(request.user):
            return super().has_add_permission(request, *args)
        return self._staff_may(request, None, self.staff_can_add)

    def has_delete_permission(self, request, obj=None):
        if is_editor(request.user):
            return super().has_delete_permission(request, obj)
        return self._staff_may(request, obj, self.staff_can_delete)

    # -- choices

    def scope_choices(self, request, db_field, kwargs):
        """Limit choices of foreign keys to provider-owned models."""
        if is_editor(request.user):
            return
        related = db_field.related_model
        providers = managed_providers(request.user)
        if related._meta.label == "providers.Provider":
            kwargs["queryset"] = providers
        elif any(f.name == "provider" for f in related._meta.fields):
            kwargs["queryset"] = related._default_manager.filter(provider__in=providers)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        self.scope_choices(request, db_field, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        self.scope_choices(request, db_field, kwargs)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        # The form's choices already refuse other providers; this is the
        # last line should a form ever be built without them.
        if not is_editor(request.user) and not manages(
            request.user, self.provider_id_of(obj)
        ):
            raise PermissionDenied
        super().save_model(request, obj, form, change)


class ProviderScopedAdmin(ProviderScopedMixin, admin.ModelAdmin):
    pass


class ScopedInlineMixin:
    """Inline rows follow the permission on their parent object."""

    def _parent_allows(self, request, obj):
        if obj is None:
            return is_provider_staff(request.user)
        return manages(request.user, self.parent_provider_id(obj))

    def parent_provider_id(self, obj):
        return obj.provider_id

    def has_view_permission(self, request, obj=None):
        if is_editor(request.user):
            return super().has_view_permission(request, obj)
        return self._parent_allows(request, obj)

    def has_change_permission(self, request, obj=None):
        if is_editor(request.user):
            return super().has_change_permission(request, obj)
        return self._parent_allows(request, obj)

    def has_add_permission(self, request, obj):
        if is_editor(request.user):
            return super().has_add_permission(request, obj)
        return self._parent_allows(request, obj)

    def has_delete_permission(self, request, obj=None):
        if is_editor(request.user):
            return super().has_delete_permission(request, obj)
        return self._parent_allows(request, obj)
