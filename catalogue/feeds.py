from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from .models import Course


class NewCoursesFeed(Feed):
    feed_type = Atom1Feed
    title = _("New courses on Nascholingswijzer")
    subtitle = _("Professional development for teachers, newest first.")
    link = reverse_lazy("catalogue:course_list")

    def items(self):
        return (
            Course.objects.published()
            .select_related("provider")
            .order_by("-published_at", "-pk")[:30]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_author_name(self, item):
        return item.provider.name

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at
