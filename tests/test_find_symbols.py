"""The English symbol grammar: every addendum of a range or list, symbols broken after "S/",
General Assembly lists continuing with bare session numbers, symbols outside S/, every item of
a resolution list, and resolutions cited without their year (the record's numbering, or a
warning)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.context import RecordFacts
from graph.find.en import find_resolutions_en, find_symbols_en
from graph.iri import document_iri
from graph.model import Header, Paragraph, ParsedText, SourceText, Span
from graph.registry import load_registry
from graph.resolve import resolve


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        # an addendum range after "and"
        ("the report (S/25704 and Add.1-3)",
         ["S/25704", "S/25704/Add.1", "S/25704/Add.2", "S/25704/Add.3"]),
        # a range written into the symbol
        ("document S/25704/Add.1-3", ["S/25704/Add.1", "S/25704/Add.2", "S/25704/Add.3"]),
        # a list of addenda
        ("S/25704/Add.1 and 2", ["S/25704/Add.1", "S/25704/Add.2"]),
        ("S/25704 and Add.1, 2 and 3",
         ["S/25704", "S/25704/Add.1", "S/25704/Add.2", "S/25704/Add.3"]),
        # "to" and a range on the last of several parts
        ("S/2001/5/Rev.1/Add.1 to 2", ["S/2001/5/Rev.1/Add.1", "S/2001/5/Rev.1/Add.2"]),
        # a date after "and" is not an addendum
        ("S/25704 and Add.1 and 20 June 1993", ["S/25704", "S/25704/Add.1"]),
        # a line break or a space after "S/", or after the year
        ("document S/\n25704", ["S/25704"]),
        ("document S/ 25704", ["S/25704"]),
        ("document S/1994/\n565", ["S/1994/565"]),
        # symbols outside S/: a press release, Assembly documents of a special session
        ("press release SC/6816", ["SC/6816"]),
        ("documents A/52/231 and A/S-23/10/Rev.1", ["A/52/231", "A/S-23/10/Rev.1"]),
        # two symbols joined by a hyphen (Assembly and Council)
        ("(A/70/95-S/2015/446)", ["A/70/95", "S/2015/446"]),
        # a presidential statement
        ("S/PRST/2001/5", ["S/PRST/2001/5"]),
    ],
)
def test_symbols(text, symbols):
    assert [r.symbol for r in find_symbols_en(text)] == symbols


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an Assembly list going on with bare session numbers
        ("General Assembly resolutions 3236 (XXIX), 32/5, 33/113",
         ["A/RES/3236 (XXIX)", "A/RES/32/5", "A/RES/33/113"]),
        ("resolutions 32/5 and 33/113", ["A/RES/32/5", "A/RES/33/113"]),
        # emergency special session symbol
        ("resolution A/RES/ES-10/13", ["A/RES/ES-10/13"]),
        # every item of Council lists
        ("resolutions 1674 (2006) and 1738 (2006)", [(1674, 2006), (1738, 2006)]),
        ("resolutions 1265 (1999), 1296 (2000)", [(1265, 1999), (1296, 2000)]),
        # a number alone: the year is left to the resolver
        ("resolution 1267", [(1267, 0)]),
    ],
)
def test_resolution_lists(text, found):
    assert [getattr(r, "symbol", None) or (r.number, r.year)
            for r in find_resolutions_en(text)] == found


def resolved(text: str, record: RecordFacts | None):
    source = SourceText(Path("x.txt"), text, "0", "en", "utf-8", match_text=text)
    para = Paragraph("PP", 1, Span(0, len(text)), text, text, 1)
    parsed = ParsedText(source, Header("S/RES/1390 (2002)", 1390, 2002), [para])
    return resolve(parsed, load_registry(), record)


@pytest.mark.parametrize(
    ("record", "cited"),
    [
        # the record's numbering of 1999 holds 1267: resolution 1267 (1999)
        (RecordFacts(years={1999: (1226, 1284), 2000: (1285, 1334)}), True),
        # no record and no year elsewhere in the text: a warning, not a guess
        (None, False),
    ],
)
def test_yearless_resolution(record, cited):
    out = resolved("Recalling its resolution 1267,", record)
    targets = {c.target for c in out.citations}
    assert (document_iri("S/RES/1267 (1999)") in targets) is cited
    if not cited:
        assert [w for w in out.warnings if "1267" in w.message and "year" in w.message]
