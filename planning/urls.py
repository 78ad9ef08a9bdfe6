from django.urls import path

from . import views

app_name = "planning"

urlpatterns = [
    path("kijkwijzer/", views.kijkwijzer, name="kijkwijzer"),
    path("schoolplan/", views.school_plan, name="school_plan"),
]
