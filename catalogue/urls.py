from django.urls import path

from providers.views import report_course

from . import views
from .feeds import NewCoursesFeed

app_name = "catalogue"

urlpatterns = [
    path("", views.course_list, name="course_list"),
    path("feed/", NewCoursesFeed(), name="feed"),
    path("<slug:slug>/", views.course_detail, name="course_detail"),
    path("<slug:slug>/agenda.ics", views.course_calendar, name="course_calendar"),
    path("<slug:slug>/meld-een-probleem/", report_course, name="course_report"),
]
