from django.contrib import admin

from .models import Campus, Provider, ProviderMembership


class CampusInline(admin.TabularInline):
    model = Campus
    extra = 0


class MembershipInline(admin.TabularInline):
    model = ProviderMembership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Provider)
class ProviderAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["methods"]
    inlines = [CampusInline, MembershipInline]
