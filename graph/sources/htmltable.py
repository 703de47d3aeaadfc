"""A small reader of HTML tables on top of :mod:`html.parser`, and the cell parsers the
library's tables share (days, meeting records).

It tolerates mis-nested tags, expands ``rowspan``/``colspan`` (capped) so that every row has
one cell per column, and notes where a document stopped, so that a file cut short is refused.

>>> rows, tables = parse_table_rows('<table><tr><td rowspan=2>a</td><td>b</td></tr>'
...                                 '<tr><td>c</td></tr></table>', 't.html')
>>> [[c.text for c in row] for row in rows], tables
([['a', 'b'], ['a', 'c']], 1)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from graph.errors import InputError
from graph.inputs import read_head as read_file_head
from graph.inputs import read_input

__all__ = ["Cell", "parse_table_rows", "is_banner", "cell_text", "parse_day", "read_html",
           "read_head", "RECORD"]

#: a cell's content in document order: (text, href of the enclosing link or None); <br> -> "\n"
Part = tuple[str, "str | None"]


@dataclass
class Cell:
    parts: list[Part] = field(default_factory=list)
    rowspan: int = 1
    colspan: int = 1

    @property
    def text(self) -> str:
        """The cell text with runs of blanks collapsed and lines kept."""
        raw = "".join(t for t, _ in self.parts)
        lines = (" ".join(line.split()) for line in raw.split("\n"))
        return "\n".join(line for line in lines if line)


#: the most columns a row may span once ``colspan`` is expanded (the library's tables have 4 to
#: 8): the expanded grid stays linear in the size of the file, whatever spans it declares
MAX_COLUMNS = 64
#: ``rowspan`` is honoured up to this many rows, ``colspan`` up to :data:`MAX_COLUMNS`
MAX_ROWSPAN = 100


def _span(value: str | None, most: int = MAX_ROWSPAN) -> int:
    try:
        return max(1, min(int(value or 1), most))
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
        self.rows: list[list[Cell]] = []
        self._row: list[Cell] | None = None
        self._cell: Cell | None = None
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
            self._cell = Cell(rowspan=_span(a.get("rowspan")),
                              colspan=_span(a.get("colspan"), MAX_COLUMNS))
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


def _grid(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Expand ``rowspan``/``colspan`` so that every row has one cell per column.

    Raises ``ValueError`` for a row wider than :data:`MAX_COLUMNS` columns.

    >>> _grid([[Cell(colspan=2)], [Cell(), Cell()]]) == [[Cell(colspan=2)] * 2, [Cell(), Cell()]]
    True
    """
    out: list[list[Cell]] = []
    pending: dict[int, tuple[Cell, int]] = {}  # column -> (cell, rows still to fill)
    for row in rows:
        line: list[Cell] = []
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
                    line.append(Cell())
                    continue
                break
            for _ in range(cell.colspan):
                if cell.rowspan > 1:
                    pending[col] = (cell, cell.rowspan - 1)
                line.append(cell)
                col += 1
            if col > MAX_COLUMNS:
                raise ValueError(f"a row of more than {MAX_COLUMNS} columns")
        out.append(line)
    return out


def parse_table_rows(html: str, source: str) -> tuple[list[list[Cell]], int]:
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
    try:
        return _grid(parser.rows), parser.tables
    except ValueError as exc:
        raise InputError(source, f"not a meeting table: {exc}") from None


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


_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split(), 1)}
_MONTHS.update({name[:3]: i for name, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DATE = re.compile(
    r"(?P<d1>\d{1,2})(?:\s*[-/+–]\s*(?P<d2>\d{1,2}))?\s+(?P<month>[A-Za-z]+)\.?"
    r"(?:\s+(?P<year>\d{4}|\d{2}\b))?")
RECORD = re.compile(r"S/PV\.(\d+)")


def parse_day(text: str, year: int | None) -> date | None:
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


def cell_text(row: list[Cell], roles: dict[str, int], role: str) -> str:
    i = roles.get(role)
    return row[i].text if i is not None and i < len(row) else ""


def is_banner(row: list[Cell]) -> bool:
    return len(row) > 1 and all(c is row[0] for c in row)


def read_html(path: Path) -> str:
    """The text of an HTML table file (UTF-8, read through :func:`graph.inputs.read_input`)."""
    raw = read_input(path, "meetings")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(path, f"not UTF-8 (byte {e.start})") from None
    return text.removeprefix("\u00ef\u00bb\u00bf")  # a BOM decoded twice (2017 table)


def read_head(path: Path, size: int = 8192) -> str:
    """The first *size* bytes of a regular file as text (``""`` for anything else)."""
    return read_file_head(path, size).decode("utf-8", errors="replace")
