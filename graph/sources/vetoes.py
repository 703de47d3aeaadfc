"""The Dag Hammarskjöld Library's veto list (``scact_veto_table_en.html``): date, draft,
meeting record, agenda item and the permanent members that voted against.

>>> html = ('<table><tr><th>Date</th><th>Draft</th><th>Written Record</th>'
...         '<th>Agenda Item</th><th>Permanent Member Casting Negative Vote</th></tr>'
...         '<tr><td>26 May 2022</td><td>S/2022/431</td><td>S/PV.9048</td>'
...         '<td>Non-proliferation</td><td>China<br>Russian Federation</td></tr></table>')
>>> [(v.draft, v.meeting, v.members) for v in parse_veto_table(html, 'veto.html')]
[('S/2022/431', 9048, ('China', 'Russian Federation'))]
"""

from __future__ import annotations

import re
from pathlib import Path

from graph.errors import InputError
from graph.model import VetoedDraft
from graph.sources.htmltable import (
    RECORD,
    cell_text,
    is_banner,
    parse_day,
    parse_table_rows,
    read_head,
    read_html,
)

__all__ = ["parse_veto_table", "read_veto_table", "detect_veto_file"]

_VETO_ROLES = (
    ("date", ("date",)),
    ("draft", ("draft",)),
    ("record", ("written record", "meeting record", "record")),
    ("topic", ("agenda item", "topic")),
    ("members", ("permanent member", "negative vote")),
)
_DRAFT = re.compile(r"S/\d+(?:/\d+)?(?:/(?:Rev|Add|Corr)\.\d+)*")


def parse_veto_table(html: str, source: str) -> list[VetoedDraft]:
    """Return the rows of the veto list, in table order (newest first)."""
    rows, tables = parse_table_rows(html, source)
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
        if is_banner(row) or not any(c.text for c in row):
            continue
        when = parse_day(cell_text(row, roles, "date"), None)
        if when is None:
            raise InputError(source, f"veto row without a readable date: "
                                     f"{cell_text(row, roles, 'date')!r}")
        draft = _DRAFT.search(cell_text(row, roles, "draft"))
        records = tuple(" ".join(r.split()) for r in cell_text(row, roles, "record").split("\n")
                        if r.strip())
        meeting = next((int(m.group(1)) for r in records for m in [RECORD.search(r)] if m),
                       None)
        members = tuple(
            name for part in re.split(r"\n|,|\band\b", cell_text(row, roles, "members"))
            for name in [" ".join(part.split())] if name)
        if not members:
            raise InputError(source, f"veto of {when.isoformat()} names no member")
        out.append(VetoedDraft(
            draft=draft.group(0) if draft else None, date=when, meeting=meeting,
            records=records, topic=" ".join(cell_text(row, roles, "topic").split()),
            members=members, source=source))
    return out


_VETO_TITLE = re.compile(r"Security\s+Council\s*-\s*Veto\s+List", re.I)


def detect_veto_file(path: str | Path) -> bool:
    """Tell whether *path* is the veto list (from its first 8 KB).

    >>> detect_veto_file('/nonexistent/file.html')
    False
    """
    head = read_head(Path(path))
    return "<table" in head.lower() and bool(_VETO_TITLE.search(head))


def read_veto_table(path: str | Path) -> list[VetoedDraft]:
    """Read the veto list."""
    path = Path(path)
    return parse_veto_table(read_html(path), path.name)
