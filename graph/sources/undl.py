"""The UN Digital Library's record of each Security Council resolution.

``UNSC_Record-Table_2722.csv`` (CR-UNSC) maps a resolution number to the address of its
catalogue record, e.g. ``1,https://digitallibrary.un.org/record/111946``. The numbers carry no
year, so the triples need the symbols from another source (the meeting tables).

>>> records = parse_undl_records('res_no,url_record\\n2388,https://digitallibrary.un.org/record/1'
...                              '\\n', 't.csv')
>>> records
{2388: 'https://digitallibrary.un.org/record/1'}
>>> [str(o) for _, _, o in generate_undl_triples(records, {2388: 'S/RES/2388 (2017)'})]
['https://digitallibrary.un.org/record/1']
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from rdflib import URIRef

from graph.errors import InputError
from graph.inputs import read_input
from graph.iri import document_iri
from graph.namespaces import RDFS

__all__ = ["parse_undl_records", "read_undl_records", "generate_undl_triples"]

_URL = re.compile(r"https://digitallibrary\.un\.org/record/\d+")


def parse_undl_records(text: str, source: str) -> dict[int, str]:
    """Return ``{resolution number: record URL}`` from the CSV text.

    Raises
    ------
    InputError
        When the header is not ``res_no,url_record``, a number or URL is malformed, or a
        number occurs twice with different URLs.
    """
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = next(rows, None)
        body = list(rows)
    except csv.Error as exc:  # a field over the csv module's limit, a NUL byte
        raise InputError(source, f"line {rows.line_num}: not a CSV record ({exc})") from None
    if header is None or [h.strip() for h in header[:2]] != ["res_no", "url_record"]:
        raise InputError(source, "header is not 'res_no,url_record' (not a UNDL record table)")
    out: dict[int, str] = {}
    for line, row in enumerate(body, start=2):
        if not row or not any(c.strip() for c in row):
            continue
        if len(row) < 2 or not row[0].strip().isdigit() or not _URL.fullmatch(row[1].strip()):
            shown = repr(row)[:80] + ("…" if len(repr(row)) > 80 else "")
            raise InputError(source, f"line {line}: expected 'number,record URL', got {shown}")
        number, url = int(row[0]), row[1].strip()
        if out.get(number, url) != url:
            raise InputError(source, f"line {line}: resolution {number} has two records")
        out[number] = url
    if not out:
        raise InputError(source, "no records")
    return dict(sorted(out.items()))


def read_undl_records(path: str | Path) -> dict[int, str]:
    """Read the UNDL record table at *path*."""
    path = Path(path)
    try:
        text = read_input(path, "undl").decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(path, f"not UTF-8 (byte {e.start})") from None
    return parse_undl_records(text, path.name)


def generate_undl_triples(records: Mapping[int, str],
                          symbols: Mapping[int, str]) -> Iterator[tuple[URIRef, URIRef, URIRef]]:
    """Yield ``<resolution> rdfs:seeAlso <record URL>`` for every numbered resolution whose
    symbol is known (*symbols*, e.g. from :func:`graph.sources.meetings.resolution_symbols`);
    numbers without a known symbol are skipped."""
    for number in sorted(records):
        symbol = symbols.get(number)
        if symbol is not None:
            yield document_iri(symbol), RDFS.seeAlso, URIRef(records[number])
