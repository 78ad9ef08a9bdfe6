"""Delete spreadsheet uploads that were previewed but never confirmed.

Run it daily (next to refresh_catalogue): a preview's confirmation expires
after IMPORT_PREVIEW_MAX_AGE seconds, and its file is of no use after that.
"""

from django.core.management.base import BaseCommand

from catalogue.resources import remove_old_previews


class Command(BaseCommand):
    help = "Delete spreadsheet import previews nobody confirmed in time."

    def handle(self, *args, **options):
        removed = remove_old_previews()
        if options["verbosity"]:
            self.stdout.write(f"{removed} unconfirmed import preview(s) deleted.")
