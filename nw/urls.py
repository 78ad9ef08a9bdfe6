from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from . import media, views
from .accounts import views as account_views

auth_patterns = [
    path("aanmelden/", views.SignInView.as_view(), name="login"),
    path("afmelden/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "wachtwoord-vergeten/",
        account_views.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "wachtwoord-vergeten/verzonden/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "wachtwoord-herstellen/<uidb64>/<token>/",
        account_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "wachtwoord-herstellen/klaar/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("registreren/", account_views.signup, name="signup"),
    path("registreren/verzonden/", account_views.signup_done, name="signup_done"),
    path(
        "bevestigen/opnieuw/",
        account_views.resend_confirmation,
        name="resend_confirmation",
    ),
    path("bevestigen/<str:token>/", account_views.confirm_email, name="confirm_email"),
    path("", account_views.account, name="account"),
    path("mijn-gegevens.json", account_views.download_my_data, name="my_data"),
    path("verwijderen/", account_views.delete_account, name="delete_account"),
]

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("ping", views.ping, name="ping"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("privacy/", views.privacy, name="privacy"),
    path("account/", include(auth_patterns)),
    path("i18n/setlang/", views.set_language, name="set_language"),
    path("cursussen/", include("catalogue.urls")),
    path("aanbieders/", include("providers.urls")),
    path("", include("planning.urls")),
    path("admin/", admin.site.urls),
    path("media/<path:path>", media.public_media, name="media"),
]

# Error pages that need no request (or must not use one): see nw.views.
handler400 = "nw.views.bad_request"
handler500 = "nw.views.server_error"

if settings.DEBUG:
    # With DEBUG on, Django shows its own error pages; these show ours.
    urlpatterns += [path("fouten/<int:code>/", views.error_preview)]
