"""Text as people paste it, made safe for every document we write.

XML 1.0 (and so XLSX, and HTML parsed as XML) forbids most C0 control
characters, the non-characters U+FFFE and U+FFFF, and lone surrogates. They
come in invisibly, copied from a word processor or from Excel, whose own line
break inside a cell is a vertical tab; one of them makes an XLSX export fail
and unbalances search highlighting. Everything that stores or writes text
passes it through ``xml_safe`` first; what people type goes through
``typed_text``, which also makes every line ending a newline.
"""

from __future__ import annotations

import re

# Tab, newline and carriage return are allowed; the rest of C0 is not.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _replace(match: re.Match) -> str:
    # A vertical tab is Excel's line break within a cell: keep its meaning.
    return "\n" if match.group() == "\x0b" else ""


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids."""
    return _FORBIDDEN.sub(_replace, text) if _FORBIDDEN.search(text) else text


def typed_text(text: str) -> str:
    """Text someone typed or pasted, as we store it: ``xml_safe``, with
    every line ending a plain newline (browsers post CRLF, and XLSX turns a
    carriage return into a newline anyway, so a stored CR would never
    survive an export and re-import)."""
    return xml_safe(text).replace("\r\n", "\n").replace("\r", "\n")


def typed_data(data):
    """A copy of posted form data (a QueryDict) with every text value made
    ``typed_text``; uploaded files are elsewhere and left alone."""
    if not any(_FORBIDDEN.search(v) or "\r" in v for v in _texts(data)):
        return data
    cleaned = data.copy()
    for key in cleaned:
        cleaned.setlist(
            key,
            [typed_text(v) if isinstance(v, str) else v for v in data.getlist(key)],
        )
    return cleaned


def _texts(data):
    for key in data:
        yield from (v for v in data.getlist(key) if isinstance(v, str))
