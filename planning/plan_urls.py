"""The school plan's pages. Included in planning.urls (namespace "planning")."""

from django.urls import path

from . import plan_views as views

urlpatterns = [
    path("schoolplan/", views.school_plan, name="school_plan"),
    path(
        "schoolplan/scholen/<int:school_pk>/plan-starten/",
        views.start_plan,
        name="start_plan",
    ),
    path("schoolplan/plannen/<int:pk>/", views.plan_detail, name="plan"),
    path("schoolplan/plannen/<int:pk>/afdrukken/", views.plan_print, name="plan_print"),
    path(
        "schoolplan/plannen/<int:pk>/deel/<slug:part>/",
        views.edit_part,
        name="edit_part",
    ),
    path(
        "schoolplan/plannen/<int:pk>/prioriteiten/nieuw/",
        views.edit_priority,
        name="add_priority",
    ),
    path(
        "schoolplan/plannen/<int:pk>/prioriteiten/<int:priority_pk>/",
        views.edit_priority,
        name="edit_priority",
    ),
    path(
        "schoolplan/plannen/<int:pk>/activiteiten/nieuw/",
        views.edit_activity,
        name="add_activity",
    ),
    path(
        "schoolplan/plannen/<int:pk>/activiteiten/<int:activity_pk>/",
        views.edit_activity,
        name="edit_activity",
    ),
    path(
        "schoolplan/plannen/<int:pk>/activiteiten/<int:activity_pk>/opvolging/",
        views.follow_up,
        name="follow_up",
    ),
    path(
        "schoolplan/plannen/<int:pk>/<slug:kind>/<int:item_pk>/verwijderen/",
        views.delete_item,
        name="delete_item",
    ),
    path("schoolplan/plannen/<int:pk>/reacties/", views.comment, name="comment"),
    path("schoolplan/plannen/<int:pk>/indienen/", views.submit, name="submit"),
    path("schoolplan/plannen/<int:pk>/beslissing/", views.decide, name="decide"),
    path(
        "schoolplan/plannen/<int:pk>/nieuwe-versie/",
        views.new_version,
        name="new_version",
    ),
    path(
        "schoolplan/plannen/<int:pk>/volgend-jaar/", views.next_year, name="next_year"
    ),
    path("schoolplan/plannen/<int:pk>/vergelijk/", views.compare, name="compare"),
    path(
        "schoolplan/plannen/<int:pk>/notulen/<int:decision_pk>/",
        views.minutes,
        name="minutes",
    ),
    path("schoolplan/plannen/<int:pk>/evaluatie/", views.evaluate, name="evaluate"),
    path("cursussen/<slug:slug>/naar-schoolplan/", views.add_course, name="add_course"),
]
