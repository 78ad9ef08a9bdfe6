"""The vocabularies, kept by site editors (Django permissions)."""

from django.contrib import admin

from .models import Criterion, EducationLevel, Method, Province, TargetRole, Theme


@admin.register(EducationLevel, Theme)
class TreeTermAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "position"]
    list_filter = ["parent"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(TargetRole, Method)
class TermAdmin(admin.ModelAdmin):
    list_display = ["name", "position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Province)
class ProvinceAdmin(TermAdmin):
    list_display = ["name", "postcode_ranges", "position"]


@admin.register(Criterion)
class CriterionAdmin(admin.ModelAdmin):
    list_display = ["label", "group", "position"]
    list_filter = ["group"]
