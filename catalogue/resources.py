"""Spreadsheet import and export of courses and sessions (CSV, XLSX).

Columns have Dutch names: the files are made and read by provider staff.
Every row is checked before anything is written; one bad row and the whole
file is refused. Courses are matched on their course code within the
provider, sessions on course, date and start time, so importing the same
file twice changes nothing. Staff import only for the providers they act for.

Three things keep a file safe to open and to read back:

- ``neutralise`` puts a quote before a cell that a spreadsheet program would
  run as a formula (OWASP's advice on CSV injection); ``restore`` takes that
  one quote off again on import, so an export re-imports unchanged.
- ``read_spreadsheet`` reads whatever provider staff upload (Excel's
  Windows-1252 CSV, UTF-8 with or without BOM, UTF-16, XLSX) and refuses what
  it cannot read with a sentence saying what is wrong and what to do.
- ``nw.text`` drops characters that XLSX cannot hold, both ways, and
  imports line endings as newlines (what XLSX keeps of them).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import logging
import re
import secrets
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

import tablib
from django.conf import settings
from django.core import signing
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

from nw.text import typed_text, xml_safe
from providers.access import managed_providers
from providers.models import Provider

from .models import Course, EducationLevel, Method, Session, TargetRole, Theme
from .search import normalise

SPLIT = re.compile(r"\s*[;,\n]\s*")
logger = logging.getLogger(__name__)

# -- cells as we write them and read them back -------------------------------

# A spreadsheet program runs a cell that starts with one of these as a
# formula (tab and carriage return can start one after a paste). Values that
# already start with quotes before such a character get one more, so that
# taking one quote off on import gives back exactly what was exported.
_RUNS_AS_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_QUOTED_BY_US = re.compile(r"'+[=+\-@\t\r]")


def neutralise(value):
    """A cell value that a spreadsheet program shows instead of runs."""
    if not isinstance(value, str):
        return value
    value = xml_safe(value)
    return "'" + value if _RUNS_AS_FORMULA.match(value) else value


def restore(value):
    """An imported cell value as it was before ``neutralise``."""
    if not isinstance(value, str):
        return value
    value = typed_text(value)
    return value[1:] if _QUOTED_BY_US.match(value) else value


# -- reading an uploaded file ------------------------------------------------


class UnreadableFile(Exception):
    """A file we cannot import; the message says what is wrong and what to do."""


class Sheet(tablib.Dataset):
    """The rows of an uploaded file, with the row number each has in the
    spreadsheet (the column names are row 1), for messages."""

    sheet_rows: list[int]


ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary Excel format (.xls)
# Separators Excel writes: a comma, or a semicolon where the comma is the
# decimal separator (Belgium), or a tab for "Unicode text".
DELIMITERS = ";,\t"


def read_spreadsheet(content: bytes, filename: str = "", max_rows=None) -> Sheet:
    """The rows of an uploaded CSV or XLSX file, or UnreadableFile."""
    max_rows = max_rows or settings.IMPORT_MAX_ROWS
    if not content.strip():
        raise UnreadableFile(
            _("The file is empty. Save your spreadsheet again and choose that file.")
        )
    if content.startswith(ZIP_MAGIC):
        rows = _xlsx_rows(content, max_rows)
    elif content.startswith(OLE_MAGIC):
        raise UnreadableFile(
            _(
                "This is an old Excel file (.xls). Open it in your spreadsheet "
                "program and save it as an Excel workbook (.xlsx) or as CSV."
            )
        )
    elif filename.lower().endswith((".xlsx", ".xlsm", ".ods")):
        raise UnreadableFile(
            _(
                "The file is called %(name)s, but it is not a spreadsheet "
                "workbook; perhaps it was renamed. Open it in your spreadsheet "
                "program and save it as an Excel workbook (.xlsx) or as CSV."
            )
            % {"name": filename}
        )
    else:
        rows = _csv_rows(_decode(content), max_rows)
    return _sheet(rows, max_rows)


def _too_many_rows(max_rows):
    return UnreadableFile(
        _(
            "The file has more than %(max)s rows; one import takes at most "
            "%(max)s. Split it into several files and import them one by one."
        )
        % {"max": number_format(max_rows, force_grouping=True)}
    )


def _xlsx_rows(content: bytes, max_rows: int) -> list[list]:
    import openpyxl

    broken = UnreadableFile(
        _(
            "This file looks like an Excel workbook, but it cannot be read: it "
            "is damaged or it is another kind of file. Open it in your "
            "spreadsheet program and save it again as an Excel workbook "
            "(.xlsx) or as CSV."
        )
    )
    rows = []
    # Parsing a file from outside can fail in many ways (zip, XML, styles);
    # each means the same to the person who uploaded it.
    try:
        book = openpyxl.load_workbook(
            io.BytesIO(content), read_only=True, data_only=True
        )
    except Exception as error:
        raise broken from error
    try:
        filled = 0
        for row in book.worksheets[0].iter_rows(values_only=True):
            rows.append(list(row))
            filled += any(_filled(v) for v in row)
            if filled > max_rows + 1:  # stop reading: the header is one more
                raise _too_many_rows(max_rows)
    except UnreadableFile:
        raise
    except Exception as error:
        raise broken from error
    finally:
        book.close()
    return rows


def _decode(content: bytes) -> str:
    """The text of a CSV file in whichever encoding Excel or an editor used."""
    not_text = UnreadableFile(
        _(
            "This is not a CSV file or an Excel workbook: it contains "
            "characters no text file has. Open it in your spreadsheet program "
            "and save it as CSV or as an Excel workbook (.xlsx)."
        )
    )
    try:
        if content.startswith(codecs.BOM_UTF8):
            text = content[len(codecs.BOM_UTF8) :].decode("utf-8")
        elif content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = content.decode("utf-16")
        elif b"\x00" in content:
            # UTF-16 without its mark: every other byte of plain text is 0.
            if content[1::2].count(0) > len(content) * 0.4:
                text = content.decode("utf-16-le")
            elif content[0::2].count(0) > len(content) * 0.4:
                text = content.decode("utf-16-be")
            else:
                raise not_text
        else:
            try:
                text = content.decode("utf-8")
            except UnicodeDecodeError:
                # Excel's "CSV" on Windows. Latin-1 differs only in 0x80-0x9F,
                # control characters that real text never holds.
                try:
                    text = content.decode("cp1252")
                except UnicodeDecodeError:
                    text = content.decode("latin-1")
    except UnicodeDecodeError as error:
        raise not_text from error
    # Binary data nearly always holds a NUL; a few other control characters
    # are pasted text (cleaned per cell), a fifth of the file is not.
    controls = sum(1 for c in text if c < " " and c not in "\t\n\r")
    if "\x00" in text or controls * 5 > len(text):
        raise not_text
    return text


def _csv_rows(text: str, max_rows: int) -> list[list]:
    header = text.split("\n", 1)[0]
    delimiter = max(DELIMITERS, key=header.count) if header else ","
    if not any(d in header for d in DELIMITERS):
        delimiter = ","
    rows = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        filled = 0
        for row in reader:
            rows.append(row)
            filled += any(_filled(v) for v in row)
            if filled > max_rows + 1:  # stop reading: the header is one more
                raise _too_many_rows(max_rows)
    except csv.Error as error:
        raise UnreadableFile(
            _(
                "Row %(row)s of the CSV file cannot be read (%(problem)s is the "
                "usual cause: check the quotes in that row). Correct it, or "
                "save the file again from your spreadsheet program."
            )
            % {"row": reader.line_num, "problem": _("a quote that is not closed")}
        ) from error
    return rows


def _filled(value) -> bool:
    return value is not None and str(value).strip() != ""


def _sheet(rows: list[list], max_rows: int) -> Sheet:
    if not rows or not any(_filled(v) for v in rows[0]):
        raise UnreadableFile(
            _(
                "The first row must hold the column names (such as code, titel, "
                "vorm); in this file it is empty. Start from an export or from "
                "the example file."
            )
        )
    headers = [str(h).strip().lower() if _filled(h) else "" for h in rows[0]]
    doubles = sorted({h for h in headers if h and headers.count(h) > 1})
    if doubles:
        raise UnreadableFile(
            _(
                "The column “%(column)s” appears more than once in the first "
                "row. Keep one and import again."
            )
            % {"column": doubles[0]}
        )
    sheet = Sheet()
    sheet.sheet_rows = []
    data = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(_filled(v) for v in row):
            continue  # blank lines between or after the rows
        cells = list(row) + [None] * (len(headers) - len(row))
        for index, value in enumerate(cells):
            if _filled(value) and (index >= len(headers) or not headers[index]):
                raise UnreadableFile(
                    _(
                        "Row %(row)s has a value in a column without a name. "
                        "Give that column a name in the first row, or empty "
                        "its cells."
                    )
                    % {"row": number}
                )
        data.append([restore(v) for v, h in zip(cells, headers, strict=False) if h])
        sheet.sheet_rows.append(number)
    if len(data) > max_rows:
        raise _too_many_rows(max_rows)
    if not data:
        raise UnreadableFile(
            _(
                "The file has column names but no rows below them: there is "
                "nothing to import."
            )
        )
    sheet.headers = [h for h in headers if h]
    for row in data:
        sheet.append(row)
    return sheet


# -- columns -----------------------------------------------------------------


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


class TextWidget(widgets.CharWidget):
    """Text; an empty cell (None in XLSX) is an empty text, and a whole
    number a spreadsheet stored as 1234.0 (a course code) is "1234"."""

    def __init__(self):
        super().__init__(allow_blank=True)

    def clean(self, value, row=None, **kwargs):
        return super().clean(_shown(value) if value is not None else None, row)


class NumberWidget(widgets.Widget):
    """A number as people write it: 95,50 or 95.50, with or without €."""

    # Larger numbers fit no field here, and converting a huge exponent to an
    # int costs seconds.
    MAX_DIGITS = 15

    def __init__(self, whole=False):
        super().__init__()
        self.whole = whole

    def clean(self, value, row=None, **kwargs):
        if not _filled(value):
            return None
        number = self._parse(value)
        if number is None or abs(number.adjusted()) > self.MAX_DIGITS:
            raise ValueError(
                _("“%(value)s” is not a number; write it as 95,50.")
                % {"value": _shown(value)}
            )
        if self.whole:
            if number != number.to_integral_value():
                raise ValueError(
                    _("“%(value)s” is not a whole number; write it as 2.")
                    % {"value": _shown(value)}
                )
            return int(number)
        return number

    @staticmethod
    def _parse(value) -> Decimal | None:
        if isinstance(value, bool):
            return None
        if isinstance(value, int | float | Decimal):
            text = str(value)
        else:
            text = re.sub(r"[\s\u00a0€]|eur(o)?", "", str(value), flags=re.I)
            if "," in text and "." in text:
                # 1.234,50 or 1,234.50: the first is a thousands separator.
                first = "," if text.index(",") < text.index(".") else "."
                text = text.replace(first, "")
            text = text.replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            return None
        return number if number.is_finite() else None

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return None if kwargs.get("force_native_type") else ""
        if kwargs.get("force_native_type"):
            return value  # a number cell in XLSX
        return number_format(value)


class TermsWidget(widgets.ManyToManyWidget):
    """Taxonomy terms by slug or by name, separated by commas or semicolons."""

    def __init__(self, model, label):
        super().__init__(model, field="slug")
        self.label = label
        self._lookup = None

    def lookup(self):
        # Once per import, not once per cell: a resource lives for one file.
        if self._lookup is None:
            terms = list(self.model.objects.all())
            self._lookup = {t.slug: t for t in terms} | {
                normalise(t.name): t for t in terms
            }
        return self._lookup

    def clean(self, value, row=None, **kwargs):
        if not _filled(value):
            return []
        lookup = self.lookup()
        found, unknown = [], []
        for item in SPLIT.split(str(value).strip()):
            if not item:
                continue
            term = lookup.get(item.strip().lower()) or lookup.get(normalise(item))
            (found if term else unknown).append(term or item)
        if unknown:
            raise ValueError(
                _("Unknown %(label)s: %(values)s.")
                % {"label": self.label, "values": ", ".join(unknown)}
            )
        return found

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return ", ".join(term.name for term in value.all())


class ChoiceWidget(widgets.Widget):
    """A choice by its key or its Dutch label, in any case."""

    def __init__(self, choices, label):
        self.choices = list(choices)
        self.label = label

    def clean(self, value, row=None, **kwargs):
        if not _filled(value):
            return None
        wanted = normalise(str(value))
        for key, text in self.choices:
            if wanted in (normalise(key), normalise(str(text))):
                return key
        raise ValueError(
            _("“%(value)s” is not a valid %(label)s; choose from: %(choices)s.")
            % {
                "value": value,
                "label": self.label,
                "choices": ", ".join(str(text) for _key, text in self.choices),
            }
        )

    def render(self, value, obj=None, **kwargs):
        return str(dict(self.choices).get(value, value or ""))


class ListWidget(widgets.Widget):
    """A list of short texts: one per line, or separated by semicolons."""

    def __init__(self, choices=None, label=""):
        self.choices = choices
        self.label = label

    def clean(self, value, row=None, **kwargs):
        if not _filled(value):
            return []
        items = [i.strip(" •-*") for i in re.split(r"\s*[;\n]\s*", str(value))]
        items = [i for i in items if i]
        if self.choices is not None:
            widget = ChoiceWidget(self.choices, self.label)
            return [widget.clean(item) for item in SPLIT.split(";".join(items)) if item]
        return items

    def render(self, value, obj=None, **kwargs):
        if self.choices is not None:
            labels = dict(self.choices)
            return ", ".join(str(labels.get(v, v)) for v in value or [])
        return "\n".join(value or [])


class DateWidget(widgets.Widget):
    FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        for fmt in self.FORMATS:
            try:
                return dt.datetime.strptime(str(value).strip(), fmt).date()
            except ValueError:
                continue
        raise ValueError(
            _("“%(value)s” is not a date; write it as 2027-03-13 or 13/03/2027.")
            % {"value": _shown(value)}
        )

    def render(self, value, obj=None, **kwargs):
        return value.isoformat() if value else ""


class TimeWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        if isinstance(value, dt.time):
            return value
        if isinstance(value, dt.datetime):
            return value.time()
        match = re.fullmatch(
            r"(\d{1,2})[:hu.](\d{2})(?::\d{2})?u?", _shown(value).strip()
        )
        if match and int(match[1]) < 24 and int(match[2]) < 60:
            return dt.time(int(match[1]), int(match[2]))
        raise ValueError(
            _("“%(value)s” is not a time; write it as 09:15.")
            % {"value": _shown(value)}
        )

    def render(self, value, obj=None, **kwargs):
        return value.strftime("%H:%M") if value else ""


class YesNoWidget(widgets.Widget):
    YES = {"1", "ja", "j", "yes", "y", "true", "waar", "x"}
    NO = {"", "0", "nee", "n", "no", "false", "onwaar"}

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            return value
        word = _shown(value).strip().lower()
        if word in self.YES:
            return True
        if word in self.NO:
            return False
        raise ValueError(
            _("“%(value)s” is not yes or no; write ja or nee.") % {"value": value}
        )

    def render(self, value, obj=None, **kwargs):
        return _("yes") if value else _("no")


def text(attribute, column):
    return fields.Field(attribute=attribute, column_name=column, widget=TextWidget())


# -- resources ---------------------------------------------------------------


class RowDiff(resources.Diff):
    def compare_with(self, resource, instance):
        self.right = [
            resource.diff_value(field, instance)
            for field in resource.get_import_fields()
        ]


class NoDiff:
    """A diff that compares nothing, for an import nobody will look at."""

    def __init__(self, resource, instance, new):
        pass

    def compare_with(self, resource, instance):
        pass

    def as_html(self):
        return []


class Problem:
    """One reason a file is refused, as a sentence for provider staff."""

    def __init__(self, row, message, column=None, value=None):
        self.row, self.column, self.message = row, column, message
        self.value = _shown(value)
        if len(self.value) > 80:
            self.value = self.value[:79] + "…"

    def __str__(self):
        if self.column is None:
            return _("Row %(row)s: %(message)s") % vars(self)
        if not self.value.strip():
            return _("Row %(row)s, column “%(column)s” (empty): %(message)s") % vars(
                self
            )
        return _("Row %(row)s, column “%(column)s”, value “%(value)s”: %(message)s") % (
            vars(self)
        )


class ScopedResource(resources.ModelResource):
    """Knows who imports and for which providers, checks the columns of a
    file, finds the rows' courses in one query, and says what is wrong in
    sentences that name the spreadsheet's row, column and value."""

    provider_column = "aanbieder"
    required_columns: tuple[str, ...] = ()
    #: Model fields without a column of their own, and the column they come from.
    error_columns: dict[str, str] = {}

    def __init__(self, user=None, **kwargs):
        super().__init__(**kwargs)
        self.user = user
        self.providers = {p.slug: p for p in managed_providers(user)} if user else {}
        self.sheet_rows: list[int] = []
        self._row_number = None
        self._row: dict = {}
        self._seen: dict = {}

    # The file as a whole

    def columns(self) -> list[str]:
        return [field.column_name for field in self.get_export_fields()]

    def check_columns(self, headers) -> None:
        """UnreadableFile when the file lacks a column or has one we do not
        know (a typo would silently lose that column's data)."""
        self.check_file_kind(headers)
        missing = [c for c in self.required_columns if c not in headers]
        if missing:
            raise UnreadableFile(
                _(
                    "The column “%(column)s” is missing: the first row must "
                    "name it. Start from an export or from the example file."
                )
                % {"column": missing[0]}
            )
        known = self.columns()
        unknown = [h for h in headers if h not in known]
        if unknown:
            raise UnreadableFile(
                _(
                    "We do not know the column “%(column)s”. Rename it to one "
                    "of these, or remove it: %(columns)s."
                )
                % {"column": unknown[0], "columns": ", ".join(known)}
            )

    def check_file_kind(self, headers) -> None:
        pass

    # Rows

    def before_import(self, dataset, **kwargs):
        self.sheet_rows = getattr(dataset, "sheet_rows", None) or [
            n + 2 for n in range(len(dataset))
        ]
        self._seen = {}
        self._dry_run = kwargs.get("dry_run", False)
        self._new_links = defaultdict(list)
        self.prefetch(dataset)

    def prefetch(self, dataset) -> None:
        pass

    def before_import_row(self, row, **kwargs):
        self._row_number = kwargs.get("row_number")
        self._row = row

    # The preview (a dry run) only checks: every value is validated, nothing
    # is written, so 1,000 rows answer in seconds. The confirm step writes
    # and checks everything again.

    def validate_instance(
        self, instance, import_validation_errors=None, validate_unique=True
    ):
        errors = dict(import_validation_errors or {})
        try:
            # The unique keys are ours to keep: a code is looked up before
            # (prefetch) and refused twice in one file (only_once), a slug
            # comes from Course.unique_slug, and the database still has the
            # constraints. Asking for each row costs a query per row.
            instance.full_clean(
                exclude=errors.keys(), validate_unique=False, validate_constraints=False
            )
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def save_instance(self, instance, is_create, row, **kwargs):
        if not kwargs.get("dry_run"):
            instance._imported_new = is_create
            super().save_instance(instance, is_create, row, **kwargs)

    def save_m2m(self, instance, row, **kwargs):
        if kwargs.get("dry_run"):
            return
        if not getattr(instance, "_imported_new", False):
            super().save_m2m(instance, row, **kwargs)
            return
        # A new row has no links yet: collect them and insert them all at
        # once after the last row, instead of three queries per field and
        # row. The course's own save has already put it up for re-indexing.
        for field in self.get_import_fields():
            if (
                field.readonly
                or not isinstance(field.widget, widgets.ManyToManyWidget)
                or field.column_name not in row
            ):
                continue
            relation = instance._meta.get_field(field.attribute)
            through = relation.remote_field.through
            source, target = (
                relation.m2m_field_name(),
                relation.m2m_reverse_field_name(),
            )
            self._new_links[through].extend(
                through(**{f"{source}_id": instance.pk, f"{target}_id": term.pk})
                for term in field.clean(row, **kwargs)
            )

    def after_import(self, dataset, result, **kwargs):
        super().after_import(dataset, result, **kwargs)
        if not kwargs.get("dry_run"):
            for through, links in self._new_links.items():
                through.objects.bulk_create(links, ignore_conflicts=True)

    def get_diff_class(self):
        # Only the preview shows what changes; the confirm step redirects,
        # and comparing every field of every row took half its time.
        return RowDiff if self._dry_run else NoDiff

    def diff_value(self, field, instance):
        """A field's value after the import, for the preview. Many-to-many
        values come from the row: a dry run saves none."""
        if isinstance(field.widget, widgets.ManyToManyWidget) and (
            field.column_name in self._row
        ):
            try:
                terms = field.clean(self._row)
            except ValueError:
                return _shown(self._row[field.column_name])
            return ", ".join(term.name for term in terms)
        return field.export(instance)

    def sheet_row(self, number) -> int:
        """The row in the spreadsheet of the import's row ``number``."""
        if number and 0 < number <= len(self.sheet_rows):
            return self.sheet_rows[number - 1]
        return number

    def only_once(self, key, field, message) -> None:
        """Refuse a row about the same thing as an earlier row of the file."""
        first = self._seen.setdefault(key, self._row_number)
        if first != self._row_number:
            raise ValidationError({field: message % {"row": self.sheet_row(first)}})

    def column_values(self, dataset, column) -> set[str]:
        if column not in (dataset.headers or []):
            return set()
        return {_shown(v).strip() for v in dataset[column]} - {""}

    def row_provider(self, row) -> Provider:
        slug = _shown(row.get(self.provider_column)).strip()
        if not slug:
            if len(self.providers) == 1:
                return next(iter(self.providers.values()))
            raise ValidationError(
                {
                    "provider": _(
                        "Fill in the column “aanbieder” with the provider's short "
                        "name (slug); you act for more than one provider."
                    )
                }
            )
        provider = self.providers.get(slug)
        if provider is None:
            raise ValidationError(
                {
                    "provider": _("You cannot import for the provider “%(slug)s”.")
                    % {"slug": slug}
                }
            )
        return provider

    # Messages

    def column_for(self, attribute) -> str | None:
        for field in self.fields.values():
            if field.attribute == attribute and field.column_name:
                return field.column_name
        return self.error_columns.get(attribute)

    def problems(self, result, headers) -> list[Problem]:
        """Every reason the file is refused, row by row."""
        found = []
        for error in result.base_errors:
            logger.error("Spreadsheet import failed: %s", error.traceback)
            found.append(
                Problem(
                    "-",
                    _(
                        "The file could not be checked because of an error on "
                        "our side. Try again later; if it keeps happening, tell "
                        "the editors."
                    ),
                )
            )
        problems = []
        for number, errors in result.row_errors():
            for error in errors:
                logger.error("Spreadsheet import row failed: %s", error.traceback)
            problems.append(
                (
                    number,
                    Problem(
                        self.sheet_row(number),
                        _(
                            "this row could not be checked because of an error on "
                            "our side. Check its values; if it keeps happening, "
                            "tell the editors."
                        ),
                    ),
                )
            )
        for row in result.invalid_rows:
            # The library keeps an invalid row's values in diff_headers order.
            values = dict(zip(result.diff_headers, row.values, strict=False))
            for attribute, messages in row.error_dict.items():
                column = (
                    None
                    if attribute == NON_FIELD_ERRORS
                    else self.column_for(attribute)
                )
                for message in messages:
                    problems.append(
                        (
                            row.number,
                            Problem(
                                self.sheet_row(row.number),
                                message,
                                column,
                                values.get(column) if column in headers else None,
                            ),
                        )
                    )
        problems.sort(key=lambda pair: pair[0])
        return found + [problem for _number, problem in problems]

    # Export

    def export_resource(self, instance, selected_fields=None, **kwargs):
        values = super().export_resource(instance, selected_fields, **kwargs)
        return [neutralise(value) for value in values]


class CourseResource(ScopedResource):
    required_columns = ("code",)
    error_columns = {"slug": "titel"}

    provider = fields.Field(
        attribute="provider",
        column_name="aanbieder",
        widget=widgets.ForeignKeyWidget(Provider, "slug"),
        readonly=True,
    )
    code = text("code", "code")
    title = text("title", "titel")
    summary = text("summary", "samenvatting")
    description = text("description", "beschrijving")
    # Not named "format": the export form has a field of that name already,
    # and a column named so was dropped from every export.
    course_format = fields.Field(
        attribute="format",
        column_name="vorm",
        widget=ChoiceWidget(Course.Format.choices, "vorm"),
    )
    education_levels = fields.Field(
        attribute="education_levels",
        column_name="onderwijsniveaus",
        widget=TermsWidget(EducationLevel, "onderwijsniveau"),
    )
    themes = fields.Field(
        attribute="themes", column_name="themas", widget=TermsWidget(Theme, "thema")
    )
    roles = fields.Field(
        attribute="roles",
        column_name="doelgroepen",
        widget=TermsWidget(TargetRole, "doelgroep"),
    )
    methods = fields.Field(
        attribute="methods",
        column_name="werkvormen",
        widget=TermsWidget(Method, "werkvorm"),
    )
    audience_note = text("audience_note", "doelgroep_toelichting")
    goals = fields.Field(
        attribute="goals", column_name="doelstellingen", widget=ListWidget()
    )
    duration_days = fields.Field(
        attribute="duration_days",
        column_name="dagen",
        widget=NumberWidget(whole=True),
    )
    duration_hours = fields.Field(
        attribute="duration_hours", column_name="uren", widget=NumberWidget()
    )
    fee = fields.Field(attribute="fee", column_name="bijdrage", widget=NumberWidget())
    fee_includes = fields.Field(
        attribute="fee_includes",
        column_name="inbegrepen",
        widget=ListWidget(Course.Inclusion.choices, "inbegrepen"),
    )
    fee_note = text("fee_note", "opmerking_bijdrage")
    what_to_bring = text("what_to_bring", "mee_te_brengen")
    contact_name = text("contact_name", "contactpersoon")
    contact_phone = text("contact_phone", "telefoon")
    contact_email = text("contact_email", "email")
    registration_url = text("registration_url", "inschrijven")
    language = fields.Field(
        attribute="language",
        column_name="taal",
        widget=ChoiceWidget(Course.Language.choices, "taal"),
        saves_null_values=False,
    )
    status = fields.Field(
        attribute="status",
        column_name="status",
        widget=ChoiceWidget(Course.Status.choices, "status"),
        saves_null_values=False,
    )

    class Meta:
        model = Course
        import_id_fields = ["code"]
        fields = [
            "provider",
            "code",
            "title",
            "summary",
            "description",
            "course_format",
            "education_levels",
            "themes",
            "roles",
            "methods",
            "audience_note",
            "goals",
            "duration_days",
            "duration_hours",
            "fee",
            "fee_includes",
            "fee_note",
            "what_to_bring",
            "contact_name",
            "contact_phone",
            "contact_email",
            "registration_url",
            "language",
            "status",
        ]
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True

    def check_file_kind(self, headers):
        if "code" not in headers and {"cursuscode", "datum"} <= set(headers):
            raise UnreadableFile(
                _(
                    "This looks like a file of sessions: it has the columns "
                    "cursuscode and datum. Import it under Sessions → Import, or "
                    "choose your file of courses here."
                )
            )

    def prefetch(self, dataset):
        codes = self.column_values(dataset, "code")
        courses = Course.objects.filter(
            provider__in=[p.pk for p in self.providers.values()], code__in=codes
        ).prefetch_related("education_levels", "themes", "roles", "methods")
        self._courses = {(c.provider_id, c.code): c for c in courses}

    def get_instance(self, instance_loader, row):
        provider = self.row_provider(row)
        code = _shown(row.get("code")).strip()
        if not code:
            raise ValidationError(
                {
                    "code": _(
                        "The course code is required: it finds the course again "
                        "on the next import."
                    )
                }
            )
        self.only_once(
            (provider.pk, code),
            "code",
            _("This course code is in row %(row)s already; give each course one row."),
        )
        # Codes are the provider's own: another provider's course with the
        # same code is neither touched nor revealed.
        return self._courses.get((provider.pk, code))

    def init_instance(self, row=None):
        provider = self.row_provider(row)
        title = _shown(row.get("titel")).strip() or _shown(row.get("code"))
        return Course(
            provider=provider,
            slug=Course.unique_slug(title),
            status=Course.Status.DRAFT,
        )

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        # Many-to-many values are only saved after the course; check them
        # now, so an unknown theme refuses the row instead of failing later.
        for field in self.get_import_fields():
            if (
                isinstance(field.widget, widgets.ManyToManyWidget)
                and field.column_name in row
            ):
                try:
                    field.clean(row)
                except ValueError as error:
                    errors[field.attribute] = [str(error)]
        if errors:
            raise ValidationError(errors)


class SessionResource(ScopedResource):
    required_columns = ("cursuscode", "datum", "begin")
    error_columns = {"province": "postcode"}

    provider = fields.Field(column_name="aanbieder", readonly=True)
    course = fields.Field(
        attribute="course",
        column_name="cursuscode",
        widget=widgets.ForeignKeyWidget(Course, "code"),
        readonly=True,
    )
    edition = fields.Field(
        attribute="edition", column_name="editie", widget=NumberWidget(whole=True)
    )
    date = fields.Field(
        attribute="date", column_name="datum", widget=DateWidget(), readonly=True
    )
    start_time = fields.Field(
        attribute="start_time", column_name="begin", widget=TimeWidget(), readonly=True
    )
    end_time = fields.Field(
        attribute="end_time", column_name="einde", widget=TimeWidget()
    )
    is_online = fields.Field(
        attribute="is_online", column_name="online", widget=YesNoWidget()
    )
    venue_name = text("venue_name", "locatie")
    room = text("room", "lokaal")
    street = text("street", "straat")
    postcode = text("postcode", "postcode")
    municipality = text("municipality", "gemeente")

    class Meta:
        model = Session
        import_id_fields = []
        fields = ["provider", "course", *Session.FILLED_IN]
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True

    def dehydrate_provider(self, session):
        return session.course.provider.slug

    def check_file_kind(self, headers):
        if "cursuscode" not in headers and {"code", "titel"} <= set(headers):
            raise UnreadableFile(
                _(
                    "This looks like a file of courses: it has the columns code "
                    "and titel. Import it under Courses → Import, or choose your "
                    "file of sessions here."
                )
            )

    def prefetch(self, dataset):
        courses = Course.objects.filter(
            provider__in=[p.pk for p in self.providers.values()],
            code__in=self.column_values(dataset, "cursuscode"),
        )
        self._courses = {(c.provider_id, c.code): c for c in courses}
        self._sessions = {
            (s.course_id, s.date, s.start_time): s
            for s in Session.objects.filter(course__in=list(self._courses.values()))
        }

    def key(self, row):
        """The course, date and start time a row is about, or a ValidationError."""
        provider = self.row_provider(row)
        code = _shown(row.get("cursuscode")).strip()
        course = self._courses.get((provider.pk, code))
        errors = {}
        if course is None:
            errors["course"] = _(
                "There is no course with code “%(code)s” for %(provider)s; import "
                "the course first."
            ) % {"code": code, "provider": provider.name}
        try:
            day = DateWidget().clean(row.get("datum"))
        except ValueError as error:
            errors["date"], day = str(error), None
        try:
            start = TimeWidget().clean(row.get("begin"))
        except ValueError as error:
            errors["start_time"], start = str(error), None
        if errors:
            raise ValidationError(errors)
        self.only_once(
            (course.pk, day, start),
            "start_time",
            _(
                "Row %(row)s has a session of the same course, date and start "
                "time already; give each session one row."
            ),
        )
        return course, day, start

    def get_instance(self, instance_loader, row):
        course, day, start = self.key(row)
        return self._sessions.get((course.pk, day, start))

    def init_instance(self, row=None):
        course, day, start = self.key(row)
        return Session(course=course, date=day, start_time=start)


# -- previews awaiting confirmation ------------------------------------------

# The confirm step gets a signed token, not a file name: it names the stored
# upload, who previewed it, for which list, and a digest of its content, so
# nobody can confirm another file, someone else's preview or an old one.
PREVIEW_SALT = "catalogue.resources.import-preview"


class BadPreview(Exception):
    """A confirmation that does not belong to a preview this user may confirm."""


def preview_storage() -> Storage:
    """Where uploads wait for their confirmation (STORAGES["imports"]): the
    folder IMPORT_PREVIEW_DIR, or with object storage the private bucket, so
    that any machine can confirm what another previewed."""
    return storages["imports"]


def save_preview(content: bytes, filename: str, user, purpose: str) -> str:
    """Keep an upload until it is confirmed; returns the confirmation token."""
    name = preview_storage().save(
        f"{secrets.token_hex(16)}.upload", ContentFile(content)
    )
    return signing.dumps(
        {
            "file": name,
            "name": filename,
            "user": user.pk,
            "digest": hashlib.sha256(content).hexdigest(),
        },
        salt=f"{PREVIEW_SALT}:{purpose}",
    )


def load_preview(token: str, user, purpose: str) -> tuple[bytes, str, str]:
    """The content, file name and stored name of a preview, or BadPreview.
    The caller deletes the stored upload once it is imported
    (``preview_storage().delete(stored)``)."""
    try:
        data = signing.loads(
            token,
            salt=f"{PREVIEW_SALT}:{purpose}",
            max_age=settings.IMPORT_PREVIEW_MAX_AGE,
        )
    except signing.SignatureExpired as error:
        raise BadPreview("expired") from error
    except signing.BadSignature as error:
        raise BadPreview("tampered") from error
    if data.get("user") != user.pk:
        raise BadPreview("someone else's")
    stored = Path(str(data.get("file"))).name
    try:
        with preview_storage().open(stored, "rb") as upload:
            content = upload.read()
    except (OSError, ValueError) as error:
        raise BadPreview("gone") from error
    if hashlib.sha256(content).hexdigest() != data.get("digest"):
        raise BadPreview("changed")
    return content, str(data.get("name") or ""), stored


def remove_old_previews(max_age: int | None = None) -> int:
    """Delete stored uploads nobody confirmed in time; returns how many."""
    max_age = settings.IMPORT_PREVIEW_MAX_AGE if max_age is None else max_age
    storage = preview_storage()
    try:
        _folders, names = storage.listdir("")
    except FileNotFoundError:  # nothing was ever previewed here
        return 0
    cutoff = timezone.now() - dt.timedelta(seconds=max_age)
    removed = 0
    for name in names:
        if not name.endswith(".upload"):
            continue
        try:
            if storage.get_modified_time(name) < cutoff:
                storage.delete(name)
                removed += 1
        except FileNotFoundError:  # confirmed or removed meanwhile
            continue
    return removed
