"""Schools and their people: members, invitations, means, shared kijkwijzers.
Included in planning.urls (namespace "planning")."""

from django.urls import path

from . import school_views as views

SCHOOL = "schoolplan/scholen/<int:pk>/"

urlpatterns = [
    path(SCHOOL, views.school, name="school"),
    path(f"{SCHOOL}uitnodigen/", views.invite, name="school_invite"),
    path(
        f"{SCHOOL}uitnodigingen/<int:invitation_pk>/intrekken/",
        views.withdraw_invitation,
        name="school_withdraw_invitation",
    ),
    path(
        f"{SCHOOL}leden/<int:membership_pk>/rol/",
        views.change_role,
        name="school_change_role",
    ),
    path(
        f"{SCHOOL}leden/<int:membership_pk>/verwijderen/",
        views.remove_member,
        name="school_remove_member",
    ),
    path(f"{SCHOOL}middelen/", views.add_means, name="school_add_means"),
    path(
        f"{SCHOOL}middelen/<int:means_pk>/verwijderen/",
        views.delete_means,
        name="school_delete_means",
    ),
    path(f"{SCHOOL}noden/", views.team_needs, name="team_needs"),
    path("schoolplan/uitnodiging/<str:token>/", views.invitation, name="invitation"),
    path(
        "kijkwijzer/<int:pk>/scholen/",
        views.share_with_school,
        name="share_with_school",
    ),
]
