from django.core.management.base import BaseCommand

from catalogue.index import refresh_courses, refresh_dates
from catalogue.models import Course


class Command(BaseCommand):
    help = (
        "Move each course's 'next session' on past sessions that have happened. "
        "Run daily (cron). With --all, rebuild every course's search and facet keys."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            help="re-index every course, not only stale ones",
        )

    def handle(self, *args, **options):
        if options["all"]:
            count = refresh_courses(Course.objects.values_list("pk", flat=True))
        else:
            count = refresh_dates()
        self.stdout.write(f"Re-indexed {count} course(s).")
