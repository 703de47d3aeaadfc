"""What the text pipeline is told before it reads a text: the registry, and what the Council's
record (meeting tables, adoption data) says, derived from typed records — never from triples.

The build makes one :class:`BuildContext` and hands it to every text explicitly (to worker
processes once, when they start).

>>> from graph.model import MeetingRecord, Outcome
>>> m = MeetingRecord(173, date(1947, 8, 1), 'S/PV.173', ('The Indonesian question',),
...                   (Outcome('resolution', 'S/RES/27 (1947)', 27, 1947),))
>>> facts = record_facts([m])
>>> facts.years, facts.adopted_on[date(1947, 8, 1)], facts.adoptions['S/RES/27 (1947)']
({1947: (27, 27)}, ('S/RES/27 (1947)',), (datetime.date(1947, 8, 1), 173))
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from graph.model import AdoptionRecord, MeetingRecord
from graph.registry import Registry
from graph.symbols import parse_presidential_statement, parse_sc_resolution

__all__ = ["BuildContext", "RecordFacts", "IssuedStatements", "record_facts"]


@dataclass(frozen=True)
class IssuedStatements:
    """What the meeting tables say of the presidential statements: the day each was made, and
    the highest number of each year (statements are numbered in order within a year).

    >>> issued = IssuedStatements.from_dates({'S/PRST/2017/24': date(2017, 12, 7),
    ...                                       'S/PRST/2017/27': date(2017, 12, 21)})
    >>> issued.last
    {2017: 27}
    """

    dates: Mapping[str, date] = field(default_factory=dict)
    last: Mapping[int, int] = field(default_factory=dict)

    @classmethod
    def from_dates(cls, dates: Mapping[str, date]) -> IssuedStatements:
        """Make the record from the days of the statements the tables list."""
        last: dict[int, int] = {}
        for symbol in dates:
            parts = parse_presidential_statement(symbol)
            if parts:
                year, number = parts
                last[year] = max(last.get(year, 0), number)
        return cls(dict(dates), last)


@dataclass(frozen=True)
class RecordFacts:
    """What the Council's record says, for checking and completing what texts say.

    ``years``: the range of resolution numbers of each year (``{1993: (794, 893)}``);
    ``adopted_on``: the resolutions adopted on each day; ``adoptions``: the day and meeting
    of each resolution; ``statements``: the presidential statements made (``None`` without
    any: nothing to check citations against). Empty when the build has no record.
    """

    years: Mapping[int, tuple[int, int]] = field(default_factory=dict)
    adopted_on: Mapping[date, tuple[str, ...]] = field(default_factory=dict)
    adoptions: Mapping[str, tuple[date | None, int | None]] = field(default_factory=dict)
    statements: IssuedStatements | None = None


@dataclass(frozen=True)
class BuildContext:
    """Everything a text needs from outside itself: the registry and the record's facts."""

    registry: Registry
    record: RecordFacts = field(default_factory=RecordFacts)


def record_facts(meetings: Iterable[MeetingRecord],
                 adoptions: Iterable[AdoptionRecord] = ()) -> RecordFacts:
    """Derive the :class:`RecordFacts` from the meeting tables' records and the adoption data
    published with the UN's XML texts (the tables win where both give a day or a meeting).
    """
    meetings = sorted(meetings, key=lambda r: (r.date, r.number or 0, r.record, r.source))
    first: dict[str, tuple[date | None, int | None]] = {}
    statement_days: dict[str, date] = {}
    for r in meetings:
        for o in r.outcomes:
            if o.kind == "resolution":
                first.setdefault(o.symbol, (r.date, r.number))
            elif o.kind == "prst" and parse_presidential_statement(o.symbol):
                statement_days.setdefault(o.symbol, r.date)
    for a in sorted(adoptions, key=lambda a: a.symbol):
        if parse_sc_resolution(a.symbol) and a.symbol not in first:
            first[a.symbol] = (a.adopted, a.meeting)
    years: dict[int, tuple[int, int]] = {}
    on: dict[date, set[str]] = {}
    for symbol, (day, _) in first.items():
        number, year = parse_sc_resolution(symbol) or (0, 0)
        lo, hi = years.get(year, (number, number))
        years[year] = (min(lo, number), max(hi, number))
        if day is not None:
            on.setdefault(day, set()).add(symbol)
    return RecordFacts(
        years=dict(sorted(years.items())),
        adopted_on={d: tuple(sorted(s, key=lambda x: parse_sc_resolution(x) or (0, 0)))
                    for d, s in sorted(on.items())},
        adoptions=dict(sorted(first.items())),
        statements=IssuedStatements.from_dates(statement_days) if statement_days else None)
