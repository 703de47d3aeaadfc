"""UN document symbols: build, normalise and convert to and from the resolver form.

The *symbol* is the official spelling, e.g. ``S/RES/2388 (2017)``; the *resolver form* is the
same symbol without spaces, as undocs.org writes it (``S/RES/2388(2017)``).

>>> sc_resolution(2388, 2017)
'S/RES/2388 (2017)'
>>> to_resolver_form('S/RES/2388 (2017)')
'S/RES/2388(2017)'
>>> from_resolver_form('A/RES/217A(III)')
'A/RES/217 A (III)'
"""

from __future__ import annotations

import re

from rdflib import URIRef

from graph.fold import fold_width
from graph.namespaces import UNSC

__all__ = [
    "SymbolError", "sc_resolution", "presidential_statement", "ga_resolution",
    "normalize_symbol", "to_resolver_form", "from_resolver_form", "parse_sc_resolution",
    "document_kind", "document_class", "symbol_year", "parse_presidential_statement",
]

ROMAN = r"(?:[IVXL]+)"
_SESSION_ROMAN = r"(?:E?S-)?" + ROMAN  # regular, special (S-) and emergency (ES-) sessions
_RES_SPACED = re.compile(r"^([AS])/RES/(\d+)(?: ([A-Z]))? \((\d{4}|" + _SESSION_ROMAN + r")\)$")
_RES_COMPACT = re.compile(r"^([AS])/RES/(\d+)([A-Z])?\((\d{4}|" + _SESSION_ROMAN + r")\)$")
_SYMBOL_CHARS = re.compile(r"^[A-Z][A-Za-z0-9/.\-() ]*$")


class SymbolError(ValueError):
    """A string that is not a UN document symbol the project knows."""


def sc_resolution(number: int, year: int) -> str:
    """Return the symbol of Security Council resolution *number* of *year*.

    >>> sc_resolution(1267, 1999)
    'S/RES/1267 (1999)'
    """
    if number < 1 or not 1900 < year < 2200:
        raise SymbolError(f"{number} ({year}) cannot be the number and year of a resolution")
    return f"S/RES/{number} ({year})"


def presidential_statement(year: int, number: int) -> str:
    """Return the symbol of a presidential statement.

    >>> presidential_statement(2015, 25)
    'S/PRST/2015/25'
    """
    return f"S/PRST/{year}/{number}"


def ga_resolution(session: str, number: str, letter: str = "") -> str:
    """Return the symbol of a General Assembly resolution.

    *session* is an Arabic number (from the 31st session on: ``A/RES/55/25``), a Roman numeral
    (before: ``A/RES/1514 (XV)``), or a special/emergency session (``S-14``, ``ES-7``).

    >>> ga_resolution('55', '25')
    'A/RES/55/25'
    >>> ga_resolution('XV', '1514')
    'A/RES/1514 (XV)'
    >>> ga_resolution('III', '217', 'A')
    'A/RES/217 A (III)'
    >>> ga_resolution('ES-7', '2')
    'A/RES/ES-7/2'
    >>> ga_resolution('ES-IV', '1474')
    'A/RES/1474 (ES-IV)'
    """
    if re.fullmatch(_SESSION_ROMAN, session):
        return f"A/RES/{number}{' ' + letter if letter else ''} ({session})"
    return f"A/RES/{session}/{number}{letter}"


def normalize_symbol(text: str) -> str:
    """Return the official spelling of a document symbol written loosely.

    Full-width characters are folded, spaces around slashes removed, resolution symbols get
    the single space before the year in brackets.

    >>> normalize_symbol('S / RES / 2388(2017)')
    'S/RES/2388 (2017)'
    >>> normalize_symbol('ｓ/2017/939')
    'S/2017/939'
    """
    folded = fold_width(text).strip()
    folded = re.sub(r"\s*/\s*", "/", folded)
    folded = re.sub(r"\s+", " ", folded)
    compact = folded.replace(" ", "")
    if compact:
        compact = compact[0].upper() + compact[1:]
    if not compact or not _SYMBOL_CHARS.match(compact):
        raise SymbolError(f"not a document symbol: {text!r}")
    compact = re.sub(r"^([as])/", lambda m: m.group(1).upper() + "/", compact)
    compact = re.sub(r"/(res|prst|pv)\b", lambda m: "/" + m.group(1).upper(), compact, flags=re.I)
    return from_resolver_form(compact)


def to_resolver_form(symbol: str) -> str:
    """Return the resolver form (no spaces) of a symbol.

    >>> to_resolver_form('A/RES/1514 (XV)')
    'A/RES/1514(XV)'
    """
    return symbol.replace(" ", "")


def from_resolver_form(path: str) -> str:
    """Return the official symbol for a resolver form; inverse of :func:`to_resolver_form`.

    >>> from_resolver_form('S/RES/2331(2016)')
    'S/RES/2331 (2016)'
    >>> from_resolver_form('S/PRST/2015/25')
    'S/PRST/2015/25'
    """
    m = _RES_COMPACT.match(path)
    if m:
        body, number, letter, year = m.groups()
        return f"{body}/RES/{number}{' ' + letter if letter else ''} ({year})"
    return path


_PRST = re.compile(r"S/PRST/(\d{4})/(\d+)")


def parse_presidential_statement(symbol: str) -> tuple[int, int] | None:
    """Return ``(year, number)`` for a presidential statement's symbol, else ``None``; the
    inverse of :func:`presidential_statement`.

    >>> parse_presidential_statement('S/PRST/2015/25')
    (2015, 25)
    >>> parse_presidential_statement('S/2017/939') is None
    True
    """
    m = _PRST.fullmatch(symbol)
    return (int(m.group(1)), int(m.group(2))) if m else None


def parse_sc_resolution(symbol: str) -> tuple[int, int] | None:
    """Return ``(number, year)`` for a Security Council resolution symbol, else ``None``.

    >>> parse_sc_resolution('S/RES/2388 (2017)')
    (2388, 2017)
    >>> parse_sc_resolution('A/RES/55/25') is None
    True
    """
    m = _RES_SPACED.match(symbol)
    if m and m.group(1) == "S" and m.group(4).isdigit():
        return int(m.group(2)), int(m.group(4))
    return None


def document_kind(symbol: str) -> str:
    """Classify a symbol: ``sc-resolution``, ``ga-resolution``, ``prst``, ``meeting-record``,
    ``sc-document``, ``ga-document`` or ``document``.

    >>> document_kind('S/2017/939')
    'sc-document'
    >>> document_kind('A/RES/ES-7/2')
    'ga-resolution'
    """
    if symbol.startswith("S/RES/"):
        return "sc-resolution"
    if symbol.startswith("A/RES/"):
        return "ga-resolution"
    if symbol.startswith("S/PRST/"):
        return "prst"
    if symbol.startswith("S/PV."):
        return "meeting-record"
    if symbol.startswith("S/"):
        return "sc-document"
    if symbol.startswith("A/"):
        return "ga-document"
    return "document"


def document_class(symbol: str, described_as: str = "") -> URIRef:
    """The class of the document with this symbol: a Council or Assembly resolution, a
    presidential statement, a report (when the citing text *described_as* it: ``report``),
    else ``unsc:Document``.

    >>> str(document_class('S/2017/939', 'report')).rsplit('#', 1)[1]
    'Report'
    >>> str(document_class('S/PRST/2015/25')).rsplit('#', 1)[1]
    'PresidentialStatement'
    """
    kind = document_kind(symbol)
    if kind == "sc-resolution":
        return UNSC.SecurityCouncilResolution
    if kind == "ga-resolution":
        return UNSC.GeneralAssemblyResolution
    if kind == "prst":  # before 1994 statements had ordinary symbols: those stay documents
        return UNSC.PresidentialStatement
    if described_as == "report":
        return UNSC.Report
    return UNSC.Document


def symbol_year(symbol: str) -> int | None:
    """The year a symbol tells, when it tells one.

    Council resolutions carry it in brackets, statements and Council documents after the
    first slash; General Assembly resolutions from the 31st session on give the session,
    which opens in September of ``1945 + session``.

    >>> symbol_year('S/RES/2388 (2017)'), symbol_year('S/PRST/2015/25'), symbol_year('S/2017/939')
    (2017, 2015, 2017)
    >>> symbol_year('A/RES/72/1'), symbol_year('S/25704'), symbol_year('A/RES/1514 (XV)')
    (2017, None, 1960)
    """
    m = re.search(r"\((\d{4})\)$", symbol)
    if m:
        return int(m.group(1))
    parts = symbol.split("/")
    for p in parts[1:3]:
        if p.isdigit() and len(p) == 4 and 1945 < int(p) < 2200:
            return int(p)
    if symbol.startswith("A/RES/") and len(parts) >= 4 and parts[2].isdigit():
        return 1945 + int(parts[2])
    m = re.search(r"\((" + ROMAN + r")\)$", symbol)
    if symbol.startswith("A/RES/") and m:
        return 1945 + _roman_value(m.group(1))
    return None


def _roman_value(roman: str) -> int:
    """
    >>> _roman_value('XXIX'), _roman_value('XV'), _roman_value('III')
    (29, 15, 3)
    """
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for a, b in zip(roman, roman[1:] + " ", strict=True):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total
