from django.urls import path

from . import views

app_name = "providers"

urlpatterns = [
    path("", views.provider_list, name="list"),
    path("<slug:slug>/", views.provider_detail, name="detail"),
    path("<slug:slug>/meld-een-probleem/", views.report_provider, name="report"),
]
