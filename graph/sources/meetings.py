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
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from rdflib import Literal, URIRef

from graph.errors import InputError
from graph.iri import MEETINGS_GRAPH, document_iri, entity_iri, meeting_iri, slugify, undocs_url
from graph.model import MeetingRecord, Outcome, VetoedDraft, Warning
from graph.namespaces import ALLOT, DCTERMS, ELI, FOAF, RDF, SKOS, UNSC
from graph.sources.undl import generate_undl_triples, read_undl_records
from graph.symbols import sc_resolution
from graph.triples import lit_date, lit_int

__all__ = [
    "Outcome", "MeetingRecord", "VetoedDraft", "parse_meeting_table", "read_meeting_tables",
    "parse_veto_table", "read_veto_table", "read_table_file", "detect_meeting_file",
    "detect_veto_file",
    "generate_meeting_triples", "resolutions_on", "read_meeting_folder", "resolution_symbols",
    "ERRATA", "MEMBER_SLUGS", "member_iri", "build_meeting_sources",
]

# --- a small table reader on top of html.parser ------------------------------------------------

#: a cell's content in document order: (text, href of the enclosing link or None); <br> -> "\n"
Part = tuple[str, "str | None"]


@dataclass
class _Cell:
    parts: list[Part] = field(default_factory=list)
    rowspan: int = 1
    colspan: int = 1

    @property
    def text(self) -> str:
        """The cell text with runs of blanks collapsed and lines kept."""
        raw = "".join(t for t, _ in self.parts)
        lines = (" ".join(line.split()) for line in raw.split("\n"))
        return "\n".join(line for line in lines if line)


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 100))
    except ValueError:
        return 1


class _TableParser(HTMLParser):
    """Collect the rows of every table as lists of cells; tolerant of mis-nested tags.

    It also notes where the document stopped: ``in_row`` when the last row was never closed
    (no ``</tr>``, ``</table>``, ``</body>`` or ``</html>`` after it), ``open_table`` when rows
    were read after the last ``</table>``, ``</body>`` or ``</html>``: what a file cut short
    looks like (the library's tables close every row, and the table or the page).
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[_Cell]] = []
        self._row: list[_Cell] | None = None
        self._cell: _Cell | None = None
        self._href: str | None = None
        self.tables = 0
        self.in_row = False
        self.open_table = False

    def _close_cell(self) -> None:
        self._cell = None
        self._href = None

    def _close_row(self) -> None:
        self._close_cell()
        if self._row:
            self.rows.append(self._row)
        self._row = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table":
            self.tables += 1
            self._close_row()
        elif tag == "tr":
            self._close_row()
            self._row = []
            self.in_row = self.open_table = True
        elif tag in ("td", "th"):
            self.in_row = self.open_table = True
            self._close_cell()
            if self._row is None:
                self._row = []
            self._cell = _Cell(rowspan=_span(a.get("rowspan")), colspan=_span(a.get("colspan")))
            self._row.append(self._cell)
        elif tag == "br":
            self._add("\n")
        elif tag == "a":
            self._href = (a.get("href") or "").strip() or None
        elif tag in ("p", "div", "li"):
            self._add("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._close_cell()
        elif tag in ("tr", "table"):
            self._close_row()
            self.in_row = False
            self.open_table = self.open_table and tag == "tr"
        elif tag in ("body", "html"):
            self.in_row = self.open_table = False
        elif tag == "br":  # the tables write </br> for <br>
            self._add("\n")
        elif tag == "a":
            self._href = None
        elif tag in ("p", "div", "li"):
            self._add("\n")

    def handle_data(self, data: str) -> None:
        self._add(data)

    def _add(self, text: str) -> None:
        if self._cell is None:
            return
        parts = self._cell.parts
        href = None if text == "\n" else self._href
        if parts and parts[-1][1] == href and text != "\n" and parts[-1][0] != "\n":
            parts[-1] = (parts[-1][0] + text, href)
        else:
            parts.append((text, href))

    def close(self) -> None:
        super().close()
        self._close_row()


def _grid(rows: list[list[_Cell]]) -> list[list[_Cell]]:
    """Expand ``rowspan``/``colspan`` so that every row has one cell per column."""
    out: list[list[_Cell]] = []
    pending: dict[int, tuple[_Cell, int]] = {}  # column -> (cell, rows still to fill)
    for row in rows:
        line: list[_Cell] = []
        cells = iter(row)
        col = 0
        while True:
            if col in pending:
                cell, left = pending[col]
                line.append(cell)
                if left <= 1:
                    del pending[col]
                else:
                    pending[col] = (cell, left - 1)
                col += 1
                continue
            cell = next(cells, None)
            if cell is None:
                if any(c >= col for c in pending):
                    col += 1
                    line.append(_Cell())
                    continue
                break
            for _ in range(cell.colspan):
                if cell.rowspan > 1:
                    pending[col] = (cell, cell.rowspan - 1)
                line.append(cell)
                col += 1
        out.append(line)
    return out


def _parse_rows(html: str, source: str) -> tuple[list[list[_Cell]], int]:
    """Return the rows of the document's tables (spans expanded) and the number of tables.

    Raises
    ------
    InputError
        When the document has a table but ends inside a tag, inside a table row, or after a
        row without closing the table or the page: the file was cut short, and the oldest
        meetings (the tables list the newest first) would be lost without a word.
    """
    parser = _TableParser()
    parser.feed(html)
    parser.close()
    if parser.tables:
        problem = _truncation(html, parser)
        if problem:
            raise InputError(source, f"truncated: {problem} (the file may be cut short)")
    return _grid(parser.rows), parser.tables


def _truncation(html: str, parser: _TableParser) -> str | None:
    """Say where a document with a table stops too early, or ``None`` if it ends well.

    All 79 tables of the library end with ``</table>``, ``</body>`` or ``</html>`` after a
    closed row (the veto list with ``</tr></html>``, without ``</table>``).

    >>> def stop(html):
    ...     parser = _TableParser()
    ...     parser.feed(html)
    ...     parser.close()
    ...     return _truncation(html, parser)
    >>> stop('<table><tr><td>a</td></tr></table>'), stop('<table><tr><td>a</td></tr></html>')
    (None, None)
    >>> stop('<table><tr><td>a</td></tr'), stop('<table><tr><td>a</td><td>Sit')
    ('ends inside a tag', 'ends inside a table row')
    >>> stop('<table><tr><td>a</td></tr>')
    'ends after a table row without closing the table'
    """
    end = html.rstrip()
    if end.rfind("<") > end.rfind(">"):
        return "ends inside a tag"
    if parser.in_row:
        return "ends inside a table row"
    if parser.open_table:
        return "ends after a table row without closing the table"
    return None


# --- what the tables hold --------------------------------------------------------------------


# --- cell parsers ----------------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split(), 1)}
_MONTHS.update({name[:3]: i for name, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DATE = re.compile(
    r"(?P<d1>\d{1,2})(?:\s*[-/+–]\s*(?P<d2>\d{1,2}))?\s+(?P<month>[A-Za-z]+)\.?"
    r"(?:\s+(?P<year>\d{4}|\d{2}\b))?")
_RECORD = re.compile(r"S/PV\.(\d+)")
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


def _parse_date(text: str, year: int | None) -> date | None:
    m = _DATE.search(text)
    if not m:
        return None
    month = _MONTHS.get(m.group("month").lower())
    y = int(m.group("year")) if m.group("year") else year
    if y is not None and y < 100:  # "30 January 86" in the veto list
        y += 1900 if y >= 46 else 2000
    if month is None or y is None:
        return None
    try:
        return date(y, month, int(m.group("d2") or m.group("d1")))
    except ValueError:
        return None


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


def _columns(header: list[_Cell]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for i, cell in enumerate(header):
        label = " ".join(cell.text.lower().split())
        for role, words in _ROLE_WORDS:
            if any(label.startswith(w) or w in label for w in words):
                roles.setdefault(role, i)
                break
    return roles


def _is_banner(row: list[_Cell]) -> bool:
    return len(row) > 1 and all(c is row[0] for c in row)


def _table_year(rows: list[list[_Cell]], source: str) -> int:
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
    rows, tables = _parse_rows(html, source)
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
    groups: list[list[list[_Cell]]] = []
    for row in rows[start:]:
        if _is_banner(row) or _columns(row).keys() >= {"record", "date", "topic"}:
            continue  # banner or repeated header
        if not any(c.text for c in row):
            continue
        rec = row[roles["record"]] if roles["record"] < len(row) else _Cell()
        same = groups and rec.parts and groups[-1][0][roles["record"]] is rec
        blank = groups and not rec.text and not _cell(row, roles, "date")
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


def _cell(row: list[_Cell], roles: dict[str, int], role: str) -> str:
    i = roles.get(role)
    return row[i].text if i is not None and i < len(row) else ""


def _meeting(group: list[list[_Cell]], roles: dict[str, int], year: int,
             source: str, warnings: list[Warning]) -> MeetingRecord:
    first = group[0]
    record = " ".join(_cell(first, roles, "record").split())
    when = _parse_date(_cell(first, roles, "date"), year)
    if when is None:
        raise InputError(source, f"meeting {record or '?'}: no date in "
                                 f"{_cell(first, roles, 'date')!r}")
    m = _RECORD.search(record)
    number = int(m.group(1)) if m else None
    topics: list[str] = []
    outcomes: list[Outcome] = []
    for row in group:
        lines = [t for t in _cell(row, roles, "topic").split("\n") if t]
        topics.extend(t for t in lines if t not in topics)
        cell = _cell(row, roles, "outcome")
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
        outcomes=tuple(outcomes), press_release=" ".join(_cell(first, roles, "press").split()),
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


# --- the veto list ---------------------------------------------------------------------------

_VETO_ROLES = (
    ("date", ("date",)),
    ("draft", ("draft",)),
    ("record", ("written record", "meeting record", "record")),
    ("topic", ("agenda item", "topic")),
    ("members", ("permanent member", "negative vote")),
)
_DRAFT = re.compile(r"S/\d+(?:/\d+)?(?:/(?:Rev|Add|Corr)\.\d+)*")


def parse_veto_table(html: str, source: str) -> list[VetoedDraft]:
    """Return the rows of the veto list, in table order (newest first).

    Examples
    --------
    >>> html = ('<table><tr><th>Date</th><th>Draft</th><th>Written Record</th>'
    ...         '<th>Agenda Item</th><th>Permanent Member Casting Negative Vote</th></tr>'
    ...         '<tr><td>26 May 2022</td><td>S/2022/431</td><td>S/PV.9048</td>'
    ...         '<td>Non-proliferation</td><td>China<br>Russian Federation</td></tr></table>')
    >>> [(v.draft, v.meeting, v.members) for v in parse_veto_table(html, 'veto.html')]
    [('S/2022/431', 9048, ('China', 'Russian Federation'))]
    """
    rows, tables = _parse_rows(html, source)
    if tables == 0 or not rows:
        raise InputError(source, "no HTML table found")
    roles: dict[str, int] = {}
    start = None
    for i, row in enumerate(rows[:10]):
        found: dict[str, int] = {}
        for j, cell in enumerate(row):
            label = " ".join(cell.text.lower().split())
            for role, words in _VETO_ROLES:
                if role not in found and any(label.startswith(w) for w in words):
                    found[role] = j
                    break
        if len(found) == len(_VETO_ROLES):
            roles, start = found, i + 1
            break
    if start is None:
        raise InputError(source, "no header row with Date, Draft, Written Record, Agenda Item "
                                 "and Permanent Member (not the veto list)")
    out = []
    for row in rows[start:]:
        if _is_banner(row) or not any(c.text for c in row):
            continue
        when = _parse_date(_cell(row, roles, "date"), None)
        if when is None:
            raise InputError(source, f"veto row without a readable date: "
                                     f"{_cell(row, roles, 'date')!r}")
        draft = _DRAFT.search(_cell(row, roles, "draft"))
        records = tuple(" ".join(r.split()) for r in _cell(row, roles, "record").split("\n")
                        if r.strip())
        meeting = next((int(m.group(1)) for r in records for m in [_RECORD.search(r)] if m),
                       None)
        members = tuple(
            name for part in re.split(r"\n|,|\band\b", _cell(row, roles, "members"))
            for name in [" ".join(part.split())] if name)
        if not members:
            raise InputError(source, f"veto of {when.isoformat()} names no member")
        out.append(VetoedDraft(
            draft=draft.group(0) if draft else None, date=when, meeting=meeting,
            records=records, topic=" ".join(_cell(row, roles, "topic").split()),
            members=members, source=source))
    return out


# --- files -----------------------------------------------------------------------------------

_MEETINGS_TITLE = re.compile(r"Meetings\s+conducted\s+by\s+the\s+Security\s+Council", re.I)
_VETO_TITLE = re.compile(r"Security\s+Council\s*-\s*Veto\s+List", re.I)


def _head(path: Path, size: int = 8192) -> str:
    try:
        with open(path, "rb") as f:
            return f.read(size).decode("utf-8", errors="replace")
    except OSError:
        return ""


def detect_meeting_file(path: str | Path) -> bool:
    """Tell whether *path* is one of the library's meeting tables or its veto list.

    Looks at the first 8 KB only, so that a build can route the files of a mixed folder.

    >>> detect_meeting_file('/nonexistent/file.html')
    False
    """
    head = _head(Path(path))
    return "<table" in head.lower() and bool(
        _MEETINGS_TITLE.search(head) or _VETO_TITLE.search(head))


def detect_veto_file(path: str | Path) -> bool:
    """Tell whether *path* is the veto list (a meeting file that :func:`read_veto_table` reads)."""
    head = _head(Path(path))
    return "<table" in head.lower() and bool(_VETO_TITLE.search(head))


def _read_html(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(path, f"not UTF-8 (byte {e.start})") from None
    return text.removeprefix("\u00ef\u00bb\u00bf")  # a BOM decoded twice (2017 table)


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
        records.extend(parse_meeting_table(_read_html(path), path.name, found))
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


def _meeting_gaps(tables: Iterable[tuple[str, list[MeetingRecord]]]) -> list[Warning]:
    """Warn where the meetings of a year do not follow on from those of the year before.

    The Council numbers its meetings without a break across years, and the library's tables
    follow it: in all 76 pairs of consecutive years 1946-2022 the oldest meeting of a year is
    the newest of the year before plus one. A gap means a table that lost its oldest rows (the
    tables list the newest first), or a missing second table of a year (2020 has two). The
    warning names the file that holds the oldest meeting of the later year.

    >>> def t(n, day):
    ...     return MeetingRecord(n, day, f'S/PV.{n}', (), ())
    >>> _meeting_gaps([('a.html', [t(7855, date(2016, 12, 23))]),
    ...                ('b.html', [t(8151, date(2017, 12, 22)), t(7856, date(2017, 1, 4))])])
    []
    >>> [w.path for w in _meeting_gaps([('a.html', [t(7855, date(2016, 12, 23))]),
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


def read_veto_table(path: str | Path) -> list[VetoedDraft]:
    """Read the veto list."""
    path = Path(path)
    return parse_veto_table(_read_html(path), path.name)


def read_meeting_folder(folder: str | Path) -> tuple[list[MeetingRecord], list[VetoedDraft]]:
    """Read every meeting table and veto list of *folder* (other files are left alone)."""
    files = sorted(p for p in Path(folder).iterdir() if p.is_file() and detect_meeting_file(p))
    vetoes = [v for p in files if detect_veto_file(p) for v in read_veto_table(p)]
    records = read_meeting_tables(p for p in files if not detect_veto_file(p))
    return records, vetoes


# --- queries ---------------------------------------------------------------------------------


def resolutions_on(records: Iterable[MeetingRecord], day: date) -> list[str]:
    """Return the symbols of the resolutions adopted on *day*, by number.

    Used to resolve ``its resolution of 1 August 1947``: the caller keeps the reference
    unresolved when this returns no symbol or more than one.

    >>> m = MeetingRecord(173, date(1947, 8, 1), 'S/PV.173', ('The Indonesian question',),
    ...                   (Outcome('resolution', 'S/RES/27 (1947)', 27, 1947),))
    >>> resolutions_on([m], date(1947, 8, 1)), resolutions_on([m], date(1947, 8, 2))
    (['S/RES/27 (1947)'], [])
    """
    found = {(o.number or 0, o.symbol) for r in records if r.date == day
             for o in r.outcomes if o.kind == "resolution"}
    return [symbol for _, symbol in sorted(found)]


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


# --- triples ---------------------------------------------------------------------------------

Triple = tuple[URIRef, URIRef, "URIRef | Literal"]


#: the permanent members as the veto list names them -> entity slug (one node per state:
#: the USSR and the Russian Federation are kept apart, as the list keeps them)
MEMBER_SLUGS: dict[str, str] = {
    "China": "china", "France": "france", "UK": "united-kingdom",
    "United Kingdom": "united-kingdom", "USA": "united-states", "US": "united-states",
    "United States": "united-states", "the United States": "united-states", "USSR": "ussr",
    "Russian Federation": "russian-federation", "the Russian Federation": "russian-federation",
}


def member_iri(name: str) -> URIRef:
    """Return the entity IRI of a permanent member named as in the tables.

    >>> str(member_iri('UK')).rsplit('/', 1)[1], str(member_iri('the Russian Federation'))[-18:]
    ('united-kingdom', 'russian-federation')
    """
    return entity_iri(MEMBER_SLUGS.get(name) or slugify(name))


def generate_meeting_triples(records: Iterable[MeetingRecord],
                             vetoes: Iterable[VetoedDraft] = ()) -> Iterator[Triple]:
    """Yield the triples of meetings, resolutions, presidential statements and vetoed drafts.

    Each document is described once, from its first listing (earliest date, lowest meeting);
    a meeting's date is that of its first record (resumptions may fall on later days).
    Failed drafts of the meeting tables are left out: the veto list is the source for vetoes.
    ``unsc:vote`` is written only for counted votes (``15-0-0``); votes in words
    (``adopted unanimously``, ``without vote``) stay in :class:`Outcome`. Statements issued
    before 1994 under an ordinary symbol (``S/26809 (PRST)``) are typed ``unsc:Document``: the
    shapes allow ``unsc:PresidentialStatement`` only for ``S/PRST/yyyy/n``. The members that
    vetoed a draft are entity nodes (``unsc:vetoedBy`` is an object property) typed
    ``allot:Organization`` with the name as listed as ``skos:prefLabel``; the meeting of the
    vote is ``unsc:votedAt`` (a draft is not adopted).

    Examples
    --------
    >>> m = MeetingRecord(8111, date(2017, 11, 21), 'S/PV.8111', ('Trafficking',),
    ...     (Outcome('resolution', 'S/RES/2388 (2017)', 2388, 2017, '15-0-0', (15, 0, 0)),))
    >>> triples = set(generate_meeting_triples([m]))
    >>> (document_iri('S/RES/2388 (2017)'), UNSC.adoptedAt, meeting_iri(8111)) in triples
    True
    """
    records = sorted(records, key=lambda r: (r.date, r.number or 0, r.record, r.source))
    council = entity_iri("security-council")
    meetings: dict[int, MeetingRecord] = {}
    for r in records:
        if r.number is not None:
            meetings.setdefault(r.number, r)
    for number in sorted(meetings):
        m = meetings[number]
        node = meeting_iri(number)
        yield node, RDF.type, UNSC.Meeting
        yield node, UNSC.meetingNumber, lit_int(number)
        yield node, DCTERMS.date, lit_date(m.date)
        yield node, FOAF.page, undocs_url(f"S/PV.{number}")
    seen: set[str] = set()
    for r in records:
        for o in r.outcomes:
            if o.kind not in ("resolution", "prst") or o.symbol in seen:
                continue
            seen.add(o.symbol)
            node = document_iri(o.symbol)
            if o.kind == "resolution":
                yield node, RDF.type, UNSC.SecurityCouncilResolution
                yield node, UNSC.number, lit_int(o.number or 0)
                yield node, ELI.passed_by, council
                if o.votes:
                    yield node, UNSC.vote, Literal(o.vote)
                    yield node, UNSC.votesFor, lit_int(o.votes[0])
                    yield node, UNSC.votesAgainst, lit_int(o.votes[1])
                    yield node, UNSC.abstentions, lit_int(o.votes[2])
            elif o.symbol.startswith("S/PRST/"):
                yield node, RDF.type, UNSC.PresidentialStatement
            else:
                yield node, RDF.type, UNSC.Document
            yield node, DCTERMS.identifier, Literal(o.symbol)
            yield node, UNSC.year, lit_int(o.year or r.date.year)
            yield node, ELI.date_document, lit_date(r.date)
            if r.number is not None:
                yield node, UNSC.adoptedAt, meeting_iri(r.number)
            if o.topic:
                yield node, UNSC.topic, Literal(o.topic, lang="en")
            yield node, FOAF.page, undocs_url(o.symbol)
    done: set[str] = set()
    members: dict[URIRef, str] = {}
    for v in sorted(vetoes, key=lambda v: (v.date, v.meeting or 0, v.draft or "")):
        if v.draft is None or v.draft in done:
            continue  # no document to name (1946-1950: proposals made orally)
        done.add(v.draft)
        node = document_iri(v.draft)
        yield node, RDF.type, UNSC.VetoedDraft
        yield node, DCTERMS.identifier, Literal(v.draft)
        yield node, UNSC.year, lit_int(v.date.year)
        yield node, DCTERMS.date, lit_date(v.date)
        if v.meeting is not None:
            yield node, UNSC.votedAt, meeting_iri(v.meeting)
        for name in v.members:
            member = member_iri(name)
            members.setdefault(member, name)
            yield node, UNSC.vetoedBy, member
        if v.topic:
            yield node, UNSC.topic, Literal(v.topic, lang="en")
        yield node, FOAF.page, undocs_url(v.draft)
    for member in sorted(members):
        yield member, RDF.type, ALLOT.Organization
        yield member, SKOS.prefLabel, Literal(members[member], lang="en")


def build_meeting_sources(
    meetings: Iterable[str | Path],
    undl: Iterable[str | Path] = (),
    named: Collection[Path] = (),
    skipped: list[tuple[str, str]] | None = None,
    warnings: list[tuple[str, str, str]] | None = None,
) -> tuple[list, dict[int, tuple[int, int]], dict[str, list[str]]]:
    """Read meeting tables, veto list and UNDL record tables for the build.

    Returns the quads in ``id:graph/meetings`` (pyoxigraph), the range of resolution numbers
    per year (``{1993: (794, 893)}``) and the resolutions adopted per day
    (``{'1947-08-01': ['S/RES/27 (1947)']}``). A file that is not usable (among others, one
    cut short) raises :class:`InputError` when it is in *named* (given by name), else is
    appended to *skipped* as ``(path, problem)``; HTML files that are not meeting tables are
    skipped so. Outcomes that cannot be read, and gaps in the meeting numbers between the
    tables of consecutive years, are appended to *warnings* as ``(path, paragraph, message)``
    (the form of :attr:`graph.build.BuildSummary.warnings`).
    """
    from graph.store import to_ox_quads

    records: list[MeetingRecord] = []
    tables: list[tuple[str, list[MeetingRecord]]] = []
    found: list[Warning] = []
    vetoes: list[VetoedDraft] = []
    undl_records: dict[int, str] = {}

    def fail(path: Path, problem: str) -> None:
        if path in named:
            raise InputError(path, problem)
        if skipped is not None:
            skipped.append((str(path), problem))

    for p in sorted(map(Path, meetings)):
        read = read_table_file(p, found)
        if isinstance(read, InputError):
            fail(p, read.problem)
        elif read[0] == "vetoes":
            vetoes.extend(read[1])
        else:
            records.extend(read[1])
            tables.append((str(p), read[1]))
    if warnings is not None:
        warnings.extend((w.path, w.paragraph, w.message) for w in found + _meeting_gaps(tables))
    for p in sorted(map(Path, undl)):
        try:
            undl_records.update(read_undl_records(p))
        except InputError as e:
            fail(p, e.problem)
    symbols = resolution_symbols(records)
    triples = [*generate_meeting_triples(records, vetoes),
               *generate_undl_triples(undl_records, symbols)]
    years: dict[int, tuple[int, int]] = {}
    dates: dict[str, list[str]] = {}
    for number, symbol in symbols.items():
        year = int(symbol.rsplit("(", 1)[1].rstrip(")"))
        first, last = years.get(year, (number, number))
        years[year] = (min(first, number), max(last, number))
    for r in records:
        for o in r.outcomes:
            if o.kind == "resolution":
                dates.setdefault(r.date.isoformat(), [])
                if o.symbol not in dates[r.date.isoformat()]:
                    dates[r.date.isoformat()].append(o.symbol)
    for day in dates:
        dates[day].sort(key=lambda s: int(s.split("/")[2].split()[0]))
    return (to_ox_quads(triples, MEETINGS_GRAPH), dict(sorted(years.items())),
            dict(sorted(dates.items())))
