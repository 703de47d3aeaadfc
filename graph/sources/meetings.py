"""The Dag Hammarskjöld Library's tables of Security Council meetings and vetoes.

Each yearly table ``scact<year>_table_en.html`` lists the meetings of one year (newest first):
meeting record ``S/PV.n``, date (day and month; the year is the table's), press release,
topic, and the outcome: resolutions ``S/RES/n (yyyy)`` with their vote ``15-0-0``,
presidential statements ``S/PRST/yyyy/n`` (before 1994 ``S/26809 (PRST)``), drafts that failed.
Early tables put one meeting with several agenda items on several rows (``rowspan``); the
2020 table of videoconferences has no meeting records and seven columns. The veto list
``scact_veto_table_en.html`` gives date, draft, meeting record, agenda item and the permanent
members that voted against.

>>> html = '''<table><tr><th>Meetings conducted by the Security Council in 1993</th></tr>
... <tr><th>Meeting Record</th><th>Date</th><th>Topic</th><th>Outcome / Vote</th></tr>
... <tr><td><a href="x">S/PV.3217</a></td><td>25 May</td><td>Tribunal (former Yugoslavia)</td>
... <td><a href="y">S/RES/827 (1993)</a><br> 15-0-0</td></tr></table>'''
>>> [m] = parse_meeting_table(html, 'scact1993_table_en.html')
>>> m.number, m.date.isoformat(), m.outcomes[0].symbol, m.outcomes[0].votes
(3217, '1993-05-25', 'S/RES/827 (1993)', (15, 0, 0))
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

from graph.errors import InputError
from graph.model import MeetingRecord, Outcome, VetoedDraft, Warning
from graph.sources.htmltable import (
    RECORD,
    Cell,
    cell_text,
    is_banner,
    parse_day,
    parse_table_rows,
    read_head,
    read_html,
)
from graph.sources.vetoes import detect_veto_file, read_veto_table
from graph.symbols import sc_resolution

__all__ = [
    "parse_meeting_table", "read_meeting_tables", "read_table_file", "detect_meeting_file",
    "read_meeting_folder", "resolution_symbols", "meeting_gaps", "ERRATA",
]

# --- what the tables hold --------------------------------------------------------------------


# --- cell parsers ----------------------------------------------------------------------------

_VOTE = re.compile(r"(\d{1,2})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})")
_VOTE_WORDS = re.compile(
    r"adopted unanimously|unanimously|without (?:a )?vote|adopted by consensus", re.I)
_ITEM = re.compile(
    r"S/RES/(?P<rn>\d+)\s*\((?P<ry>\d{4})\)"
    r"|S/PRST/(?P<py>\d{4})/(?P<pn>\d+)"
    r"|(?P<doc>S/(?:PV\.)?\d+(?:/\d+)?(?:/(?:Rev|Add|Corr)\.\d+)*)")
_TITLE_YEAR = re.compile(r"Security Council in (\d{4})")
#: what looks like a resolution or statement symbol, or a vote, in an outcome cell: where
#: :data:`_ITEM` and :data:`_VOTE` do not read it, it is reported (none in the 79 tables)
_LOOKS_SYMBOL = re.compile(r"S\s*/\s*(?:RES|PRST)\b[^\s(]*(?:\s*\([^)\n]{0,12}\)?)?", re.I)
_LOOKS_VOTE = re.compile(r"\d{1,2}\s*[-–—]\s*\d{0,2}(?:\s*[-–—]\s*\d{0,2})?")

#: Known slips of the tables, corrected: (meeting, symbol as printed) -> symbol adopted there.
#: The 1990 table prints S/RES/663 at the 2939th meeting (13 September 1990) as well as at the
#: 2936th, where it belongs; the resolution adopted on 13 September 1990 by 13-2-0 is 666.
#: The 1991 table prints S/RES/701 at the 2990th meeting (30 May 1991) as well as at the
#: 2997th; the resolution adopted on 30 May 1991 (UNDOF) is 695.
#: A resolution whose printed year differs from its meeting's year (S/RES/207 (1964) on
#: 10 August 1965, S/RES/770-771 (1991) on 13 August 1992) takes the meeting's year: the
#: links of those rows already point to the right year.
ERRATA: dict[tuple[int, str], str] = {
    (2939, "S/RES/663 (1990)"): "S/RES/666 (1990)",
    (2990, "S/RES/701 (1991)"): "S/RES/695 (1991)",
}


def _parse_vote(tail: str) -> tuple[str | None, tuple[int, int, int] | None]:
    m = _VOTE.search(tail)
    w = _VOTE_WORDS.search(tail)
    if m and (w is None or m.start() < w.start()):
        votes = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return "-".join(map(str, votes)), votes
    if w:
        words = w.group(0).lower()
        return {"unanimously": "adopted unanimously", "without a vote": "without vote"}.get(
            words, words), None
    return None, None


def _parse_outcomes(text: str, topic: str) -> list[Outcome]:
    """Split an outcome cell into its resolutions, statements and failed drafts.

    >>> [(o.symbol, o.vote) for o in _parse_outcomes('S/RES/2082 (2012) and S/RES/2083 (2012)'
    ...                                               ' 15-0-0 S/26809 (PRST)', '')]
    [('S/RES/2082 (2012)', '15-0-0'), ('S/RES/2083 (2012)', '15-0-0'), ('S/26809', None)]
    """
    matches = list(_ITEM.finditer(text))
    out: list[Outcome] = []
    for i, m in enumerate(matches):
        tail = text[m.end(): matches[i + 1].start() if i + 1 < len(matches) else len(text)]
        if m.group("rn"):
            number, year = int(m.group("rn")), int(m.group("ry"))
            vote, votes = _parse_vote(tail)
            if vote is None and re.fullmatch(r"[\s,+&]*(?:and)?\s*", tail):
                # "S/RES/2082 (2012) and S/RES/2083 (2012) 15-0-0": one vote for both
                nxt = matches[i + 1] if i + 1 < len(matches) else None
                if nxt is not None and nxt.group("rn"):
                    end = matches[i + 2].start() if i + 2 < len(matches) else len(text)
                    vote, votes = _parse_vote(text[nxt.end():end])
            out.append(Outcome("resolution", sc_resolution(number, year), number, year,
                               vote, votes, topic=topic))
        elif m.group("pn"):
            out.append(Outcome("prst", f"S/PRST/{m.group('py')}/{m.group('pn')}",
                               year=int(m.group("py")), topic=topic))
        else:
            symbol = m.group("doc")
            if re.match(r"\s*\(?PRST\)?", tail) and not symbol.startswith("S/PV."):
                out.append(Outcome("prst", symbol, topic=topic))
            elif not symbol.startswith("S/PV.") or "draft" in text[:m.start()].lower():
                status = re.search(r"vetoed|not adopted", tail)
                if status or "draft" in text[max(0, m.start() - 20):m.start()].lower():
                    vote, votes = _parse_vote(tail)
                    out.append(Outcome("draft", symbol, vote=vote, votes=votes,
                                       status=status.group(0) if status else "", topic=topic))
    return out


def _unreadable(text: str) -> list[tuple[str, str]]:
    """Return the parts of an outcome cell that look like a symbol or a vote but that
    :func:`_parse_outcomes` cannot read, as ``(what, text)``: they would be lost silently.

    >>> _unreadable('S/RES/2388 (2017) 15-0-0 S/PRST/2017/25')
    []
    >>> _unreadable('S/RES/2388 (20X7) 15-0-0')
    [('a resolution or statement symbol', 'S/RES/2388 (20X7)')]
    >>> _unreadable('S/RES/2388 (2017) 15-0-')
    [('a vote', '15-0-')]
    >>> _unreadable('S/RES/2388 (2017) 15–0–0')
    [('a vote', '15–0–0')]
    """
    read = {m.start() for m in _ITEM.finditer(text) if m.group("rn") or m.group("pn")}
    looks = list(_LOOKS_SYMBOL.finditer(text))
    found = [(m.start(), "a resolution or statement symbol", m.group(0))
             for m in looks if m.start() not in read]
    masked = text
    for m in [*_ITEM.finditer(text), *_VOTE.finditer(text), *looks]:
        masked = masked[:m.start()] + " " * (m.end() - m.start()) + masked[m.end():]
    found += [(m.start(), "a vote", m.group(0).strip()) for m in _LOOKS_VOTE.finditer(masked)]
    return [(what, fragment) for _, what, fragment in sorted(found)]


# --- the yearly tables -----------------------------------------------------------------------

_ROLE_WORDS = (
    ("record", ("meeting record",)),
    ("date", ("date",)),
    ("press", ("press release",)),
    ("topic", ("topic",)),
    ("letter", ("letter",)),  # 2020-2021: "Letter with Vote Outcome" is not the outcome
    ("outcome", ("outcome",)),
)


def _columns(header: list[Cell]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for i, cell in enumerate(header):
        label = " ".join(cell.text.lower().split())
        for role, words in _ROLE_WORDS:
            if any(label.startswith(w) or w in label for w in words):
                roles.setdefault(role, i)
                break
    return roles


def _table_year(rows: list[list[Cell]], source: str) -> int:
    """The year of a table: from its title, unless the symbols of its outcomes all name another
    (the 2020 videoconference table is titled 2021)."""
    title = None
    for row in rows[:5]:
        m = _TITLE_YEAR.search(" ".join(row[0].text.split()))
        if m:
            title = int(m.group(1))
            break
    years = Counter(
        int(m.group("ry") or m.group("py"))
        for row in rows for cell in row[-1:] for m in _ITEM.finditer(cell.text)
        if m.group("ry") or m.group("py"))
    if years:
        common, count = years.most_common(1)[0]
        if title is None or (common != title and count == sum(years.values())):
            return common
    if title is None:
        raise InputError(source, "no year in the table title (not a meeting table?)")
    return title


def parse_meeting_table(html: str, source: str,
                        warnings: list[Warning] | None = None) -> list[MeetingRecord]:
    """Return the meetings of one yearly table, in table order (newest first).

    Parameters
    ----------
    html : str
        The page's text.
    source : str
        Its file name, for messages and for :attr:`MeetingRecord.source`.
    warnings : list of Warning, optional
        Receives a :class:`~graph.model.Warning` (path *source*, the meeting record as
        paragraph) for each part of an outcome cell that looks like a resolution or statement
        symbol or a vote but cannot be read, and is therefore left out.

    Raises
    ------
    InputError
        When the text holds no meetings table, a row has no readable date, or the text ends
        inside a tag or a table row (a file cut short).

    Examples
    --------
    >>> html = ('<table><tr><th>Meetings conducted by the Security Council in 2017</th></tr>'
    ...         '<tr><th>Meeting Record</th><th>Date</th><th>Topic</th><th>Outcome</th></tr>'
    ...         '<tr><td>S/PV.8149</td><td>21 December</td><td>Peacekeeping</td>'
    ...         '<td>S/PRST/2017/27</td></tr></table>')
    >>> [(m.number, o.kind, o.symbol) for m in parse_meeting_table(html, 't') for o in m.outcomes]
    [(8149, 'prst', 'S/PRST/2017/27')]
    """
    rows, tables = parse_table_rows(html, source)
    if tables == 0 or not rows:
        raise InputError(source, "no HTML table found")
    roles: dict[str, int] = {}
    start = None
    for i, row in enumerate(rows[:10]):
        found = _columns(row)
        if {"record", "date", "topic", "outcome"} <= found.keys():
            roles, start = found, i + 1
            break
    if start is None:
        raise InputError(source, "no header row with Meeting Record, Date, Topic and Outcome "
                                 "(not a meeting table)")
    year = _table_year(rows, source)
    groups: list[list[list[Cell]]] = []
    for row in rows[start:]:
        if is_banner(row) or _columns(row).keys() >= {"record", "date", "topic"}:
            continue  # banner or repeated header
        if not any(c.text for c in row):
            continue
        rec = row[roles["record"]] if roles["record"] < len(row) else Cell()
        same = groups and rec.parts and groups[-1][0][roles["record"]] is rec
        blank = groups and not rec.text and not cell_text(row, roles, "date")
        if same or blank:  # rowspan, or blank cells: another agenda item of the same meeting
            groups[-1].append(row)
        else:
            groups.append([row])
    records: list[MeetingRecord] = []
    for group in groups:
        odd: list[Warning] = []
        record = _meeting(group, roles, year, source, odd)
        if not records or record != records[-1]:  # the 2011 table repeats a row
            records.append(record)
            if warnings is not None:
                warnings.extend(odd)
    return records


def _meeting(group: list[list[Cell]], roles: dict[str, int], year: int,
             source: str, warnings: list[Warning]) -> MeetingRecord:
    first = group[0]
    record = " ".join(cell_text(first, roles, "record").split())
    when = parse_day(cell_text(first, roles, "date"), year)
    if when is None:
        raise InputError(source, f"meeting {record or '?'}: no date in "
                                 f"{cell_text(first, roles, 'date')!r}")
    m = RECORD.search(record)
    number = int(m.group(1)) if m else None
    topics: list[str] = []
    outcomes: list[Outcome] = []
    for row in group:
        lines = [t for t in cell_text(row, roles, "topic").split("\n") if t]
        topics.extend(t for t in lines if t not in topics)
        cell = cell_text(row, roles, "outcome")
        outcomes.extend(_parse_outcomes(cell, "; ".join(lines)))
        for what, fragment in _unreadable(cell):
            label = record if m else ""
            warnings.append(Warning(
                source, label or when.isoformat(),
                f"outcome of the meeting of {when.isoformat()}"
                f"{f' ({label})' if label else ''}: {fragment!r} looks like {what} but "
                f"cannot be read, and is left out (cell {' / '.join(cell.splitlines())!r})"))
    outcomes = [_correct(o, number, when) for o in outcomes]
    return MeetingRecord(
        number=number, date=when, record=record if m else "", topics=tuple(topics),
        outcomes=tuple(outcomes), press_release=" ".join(cell_text(first, roles, "press").split()),
        source=source)


def _correct(outcome: Outcome, meeting: int | None, when: date) -> Outcome:
    if outcome.kind != "resolution" or outcome.number is None:
        return outcome
    symbol = ERRATA.get((meeting or 0, outcome.symbol))
    number = int(symbol.split("/")[2].split()[0]) if symbol else outcome.number
    if symbol is None and outcome.year == when.year:
        return outcome
    return replace(outcome, symbol=sc_resolution(number, when.year), number=number,
                   year=when.year)


# --- files -----------------------------------------------------------------------------------

_MEETINGS_TITLE = re.compile(r"Meetings\s+conducted\s+by\s+the\s+Security\s+Council", re.I)


def detect_meeting_file(path: str | Path) -> bool:
    """Tell whether *path* is one of the library's meeting tables or its veto list.

    Looks at the first 8 KB only, so that a build can route the files of a mixed folder.

    >>> detect_meeting_file('/nonexistent/file.html')
    False
    """
    head = read_head(Path(path))
    return ("<table" in head.lower() and bool(_MEETINGS_TITLE.search(head))) or \
        detect_veto_file(path)


def read_meeting_tables(paths: Iterable[str | Path],
                        warnings: list[Warning] | None = None) -> list[MeetingRecord]:
    """Read yearly meeting tables; meetings in the order of *paths*, each table newest first.

    Outcomes that cannot be read are reported in *warnings* (see :func:`parse_meeting_table`)
    under the path as given.
    """
    records: list[MeetingRecord] = []
    for p in paths:
        path = Path(p)
        found: list[Warning] = []
        records.extend(parse_meeting_table(read_html(path), path.name, found))
        if warnings is not None:
            warnings.extend(replace(w, path=str(path)) for w in found)
    return records


def read_table_file(path: Path,
                    warnings: list[Warning] | None = None) -> tuple[str, list] | InputError:
    """Read one file of the meeting tables: ``("vetoes", drafts)`` for the veto list,
    ``("meetings", records)`` for a yearly table, or the :class:`InputError` that says why
    it cannot be used (returned, not raised: the caller skips the file or raises). The
    warnings of a yearly table go to *warnings*, and only when the file is usable.

    >>> read_table_file(Path('notes.html')).problem
    'not a meeting table or veto list of the Security Council'
    """
    if not detect_meeting_file(path):
        return InputError(path, "not a meeting table or veto list of the Security Council")
    found: list[Warning] = []
    try:
        if detect_veto_file(path):
            return "vetoes", read_veto_table(path)
        records = read_meeting_tables([path], found)
    except InputError as e:
        return e
    if warnings is not None:
        warnings.extend(found)
    return "meetings", records


def meeting_gaps(tables: Iterable[tuple[str, list[MeetingRecord]]]) -> list[Warning]:
    """Warn where the meetings of a year do not follow on from those of the year before.

    The Council numbers its meetings without a break across years, and the library's tables
    follow it: in all 76 pairs of consecutive years 1946-2022 the oldest meeting of a year is
    the newest of the year before plus one. A gap means a table that lost its oldest rows (the
    tables list the newest first), or a missing second table of a year (2020 has two). The
    warning names the file that holds the oldest meeting of the later year.

    >>> def t(n, day):
    ...     return MeetingRecord(n, day, f'S/PV.{n}', (), ())
    >>> meeting_gaps([('a.html', [t(7855, date(2016, 12, 23))]),
    ...                ('b.html', [t(8151, date(2017, 12, 22)), t(7856, date(2017, 1, 4))])])
    []
    >>> [w.path for w in meeting_gaps([('a.html', [t(7855, date(2016, 12, 23))]),
    ...                                 ('b.html', [t(7990, date(2017, 6, 30))])])]
    ['b.html']
    """
    oldest: dict[int, tuple[int, str]] = {}
    newest: dict[int, tuple[int, str]] = {}
    for path, records in tables:
        for r in records:
            if r.number is None:
                continue
            year = r.date.year
            oldest[year] = min(oldest.get(year, (r.number, path)), (r.number, path))
            newest[year] = max(newest.get(year, (r.number, path)), (r.number, path))
    out = []
    for year in sorted(oldest):
        if year - 1 not in newest:
            continue
        (first, path), (last, before) = oldest[year], newest[year - 1]
        if first > last + 1:
            missing = (f"meeting S/PV.{last + 1} is" if first == last + 2
                       else f"meetings S/PV.{last + 1}-{first - 1} are")
            out.append(Warning(path, f"S/PV.{first}", (
                f"{missing} in no table: the oldest meeting of {year} here is "
                f"S/PV.{first}, the newest of {year - 1} S/PV.{last} ({Path(before).name}); "
                f"the file may be cut short or a table of {year} may be missing")))
    return out


def read_meeting_folder(folder: str | Path) -> tuple[list[MeetingRecord], list[VetoedDraft]]:
    """Read every meeting table and veto list of *folder* (other files are left alone)."""
    files = sorted(p for p in Path(folder).iterdir() if p.is_file() and detect_meeting_file(p))
    vetoes = [v for p in files if detect_veto_file(p) for v in read_veto_table(p)]
    records = read_meeting_tables(p for p in files if not detect_veto_file(p))
    return records, vetoes


# --- queries ---------------------------------------------------------------------------------


def resolution_symbols(records: Iterable[MeetingRecord]) -> dict[int, str]:
    """Return the symbol of every resolution the tables list, by number.

    >>> m = MeetingRecord(173, date(1947, 8, 1), 'S/PV.173', (),
    ...                   (Outcome('resolution', 'S/RES/27 (1947)', 27, 1947),))
    >>> resolution_symbols([m])
    {27: 'S/RES/27 (1947)'}
    """
    found: dict[int, str] = {}
    for r in sorted(records, key=lambda r: (r.date, r.number or 0, r.record, r.source)):
        for o in r.outcomes:
            if o.kind == "resolution" and o.number is not None:
                found.setdefault(o.number, o.symbol)
    return dict(sorted(found.items()))


