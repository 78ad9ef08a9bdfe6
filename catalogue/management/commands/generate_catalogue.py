"""Generate a large, realistic catalogue to measure performance on.

    manage.py generate_catalogue                      # 100,000 courses
    manage.py generate_catalogue --courses 5000 --replace

Deterministic: the same --seed and --today give the same catalogue. The
generated providers' slugs start with "gen-"; --replace removes an earlier
run first, and other data (the demo catalogue, real providers) stays. See
docs/performance.md.
"""

from __future__ import annotations

import time
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from catalogue import generate


def a_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"not a date (YYYY-MM-DD): {text!r}") from None


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise CommandError(f"must be at least 1: {text}")
    return value


class Command(BaseCommand):
    help = "Generate a large catalogue (default 100,000 courses) from a seed."

    def add_arguments(self, parser):
        parser.add_argument("--courses", type=positive, default=100_000)
        parser.add_argument(
            "--providers",
            type=positive,
            help="default: one per 250 courses, at least 5",
        )
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--today",
            type=a_date,
            help="the day session dates are planned around (default: today)",
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help="remove an earlier generated catalogue first",
        )

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        started = time.perf_counter()
        try:
            counts = generate.generate(
                courses=options["courses"],
                providers=options["providers"],
                seed=options["seed"],
                today=options["today"],
                replace=options["replace"],
                progress=self.progress,
            )
        except generate.AlreadyGenerated as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {counts['courses']:,} courses ({counts['coming']:,} "
                f"with a coming session), {counts['sessions']:,} sessions and "
                f"{counts['facets']:,} facet keys for {counts['providers']:,} "
                f"providers in {time.perf_counter() - started:.1f} s."
            )
        )

    def progress(self, phase: str, seconds: float, detail: str) -> None:
        if not self.verbosity:
            return
        detail = f"  ({detail})" if detail else ""
        self.stdout.write(f"  {phase:<32} {seconds:7.1f} s{detail}")
        self.stdout.flush()
