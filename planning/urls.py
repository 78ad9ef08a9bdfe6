from django.urls import include, path

from . import views

app_name = "planning"

urlpatterns = [
    path("kijkwijzer/", views.kijkwijzer, name="kijkwijzer"),
    path("kijkwijzer/starten/", views.start, name="start"),
    # A kijkwijzer in the browser session (not signed in, or not yet able to save).
    path("kijkwijzer/invullen/stap/<int:number>/", views.step, name="draft_step"),
    path("kijkwijzer/invullen/resultaat/", views.result, name="draft_result"),
    path("kijkwijzer/invullen/bewaren/", views.save_draft, name="save_draft"),
    # A saved kijkwijzer of the signed-in teacher.
    path("kijkwijzer/<int:pk>/", views.result, name="result"),
    path("kijkwijzer/<int:pk>/stap/<int:number>/", views.step, name="step"),
    path("kijkwijzer/<int:pk>/naam/", views.rename, name="rename"),
    path("kijkwijzer/<int:pk>/kopie/", views.duplicate, name="duplicate"),
    path("kijkwijzer/<int:pk>/verwijderen/", views.delete, name="delete"),
    path("kijkwijzer/<int:pk>/delen/", views.share, name="share"),
    path("kijkwijzer/gedeeld/<str:token>/", views.shared, name="shared"),
    path("mijn-kijkwijzers/", views.mine, name="mine"),
    path(
        "mijn-kijkwijzers/reflecties/<int:pk>/",
        views.reflect,
        name="reflection",
    ),
    path(
        "mijn-kijkwijzers/reflecties/<int:pk>/verwijderen/",
        views.delete_reflection,
        name="delete_reflection",
    ),
    path("cursussen/<slug:slug>/kijkwijzer/", views.course_check, name="course_check"),
    path("cursussen/<slug:slug>/reflectie/", views.reflect, name="reflect"),
    path("", include("planning.school_urls")),
    path("", include("planning.plan_urls")),
]
