"""Every interface string has a Dutch translation, and the committed .mo
file is compiled from the current .po file."""

import ast
import gettext
import re
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings

PO = Path(__file__).resolve().parent.parent / "locale/nl/LC_MESSAGES/django.po"


def entries(po=PO):
    """(msgid, msgid_plural, [msgstr...], flags) from a .po file."""
    blocks = po.read_text(encoding="utf-8").split("\n\n")
    for block in blocks:
        if block.lstrip().startswith("#~"):
            continue
        flags = " ".join(re.findall(r"^#,(.*)$", block, re.M))
        fields = {}
        key = None
        for line in block.splitlines():
            match = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d\])?) (".*")$', line)
            if match:
                key = match.group(1)
                fields[key] = ast.literal_eval(match.group(2))
            elif line.startswith('"') and key:
                fields[key] += ast.literal_eval(line)
        if "msgid" in fields and fields["msgid"]:
            strs = [v for k, v in fields.items() if k.startswith("msgstr")]
            yield fields["msgid"], fields.get("msgid_plural"), strs, flags


def test_every_string_is_translated_and_none_is_fuzzy():
    untranslated = [msgid for msgid, _p, strs, _f in entries() if not all(strs)]
    fuzzy = [msgid for msgid, _p, _s, flags in entries() if "fuzzy" in flags]
    assert untranslated == []
    assert fuzzy == []


def test_compiled_catalogue_matches_the_po_file():
    with open(PO.with_suffix(".mo"), "rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    stale = []
    for msgid, plural, strs, _flags in entries():
        if plural:
            if compiled.ngettext(msgid, plural, 1) != strs[0]:
                stale.append(msgid)
        elif compiled.gettext(msgid) != strs[0]:
            stale.append(msgid)
    assert stale == [], "run: python manage.py compilemessages"


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs GNU gettext")
def test_po_file_has_every_string_of_the_code(tmp_path, monkeypatch):
    """makemessages finds no string the committed .po file lacks."""
    # makemessages writes into any locale/ folder it finds, so it runs on a
    # copy of the code without one.
    root = PO.parents[3]
    for folder in ["nw", "taxonomy", "catalogue", "planning", "providers", "templates"]:
        shutil.copytree(
            root / folder,
            tmp_path / "src" / folder,
            ignore=shutil.ignore_patterns("__pycache__"),
        )
    monkeypatch.chdir(tmp_path / "src")
    with override_settings(LOCALE_PATHS=[tmp_path / "out"]):
        call_command(
            "makemessages", locale=["nl"], extensions=["html", "txt", "py"], verbosity=0
        )
    fresh = tmp_path / "out/nl/LC_MESSAGES/django.po"
    committed = {msgid for msgid, *_ in entries()}
    found = {msgid for msgid, *_ in entries(fresh)}
    assert sorted(found - committed) == [], "run makemessages and translate"
