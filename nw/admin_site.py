from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _


class SiteAdmin(admin.AdminSite):
    site_header = _("Nascholingswijzer – management")
    site_title = _("Nascholingswijzer management")
    index_title = _("Management")

    def get_urls(self):
        # Django's "view on site" redirect finds any object by id, whoever
        # asks; ours only finds what the asking admin user may see.
        urls = [
            u for u in super().get_urls() if getattr(u, "name", "") != "view_on_site"
        ]
        return [
            path(
                "r/<int:content_type_id>/<path:object_id>/",
                self.admin_view(self.view_on_site),
                name="view_on_site",
            ),
            *urls,
        ]

    def view_on_site(self, request, content_type_id, object_id):
        content_type = ContentType.objects.filter(pk=content_type_id).first()
        model = content_type.model_class() if content_type else None
        model_admin = self._registry.get(model)
        if model_admin is None or not model_admin.has_view_or_change_permission(
            request
        ):
            raise Http404
        try:
            obj = model_admin.get_queryset(request).filter(pk=object_id).first()
        except (ValueError, ValidationError):
            obj = None
        if obj is None or not hasattr(obj, "get_absolute_url"):
            raise Http404
        return redirect(obj.get_absolute_url())
