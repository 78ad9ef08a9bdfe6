"""Delete personal data nobody claimed in time (nw/accounts/privacy.py).

Run it daily (cron), next to refresh_catalogue and clean_import_previews;
the privacy page promises these periods.
"""

from django.core.management.base import BaseCommand

from nw.accounts import privacy


class Command(BaseCommand):
    help = (
        "Delete never-confirmed accounts, expired invitations and old traces "
        "of sign-in attempts and listing reports."
    )

    def handle(self, *args, **options):
        removed = privacy.purge()
        if options["verbosity"]:
            for what, count in removed.items():
                self.stdout.write(f"{what}: {count} deleted")
