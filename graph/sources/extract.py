"""The data the UN publishes with its XML texts: how each resolution was adopted.

``data_extract/<year>.json`` holds one JSON object a line per resolution: the symbol, the
meeting and day of adoption (``"adoption_date": "19 January 2017"``; the title line may lose a
space, ``"on8 March 2024"``), the agenda item, the draft's symbol, the meeting record, the
Chapter VII flag, the member States in favour, against and abstaining (upper case:
``"UNITED STATES"``), the sponsors, the SDGs and the subjects with their thesaurus.

:func:`read_adoption_records` reads a file into :class:`~graph.model.AdoptionRecord`; a line
that is not a JSON object is refused by file and line, a missing field is left empty. An entry
of the sponsor lists that names no State (``"REPORT OF THE SECRETARY-GENERAL"``, ``"Submitted
pursuant to …"``) is kept apart as a note of the record. :func:`state_iri` finds the registry's
State a listed name means.

>>> line = ('{"symbol": "S/RES/2337 (2017)", "adoption_meeting": "7866th meeting", '
...         '"adoption_date": "19 January 2017", "chapter_VII": "", "MS_in_favour": ["CHINA"], '
...         '"sponsors": ["SENEGAL"], "MS_in_favour_count": "15"}')
>>> (r,) = parse_adoption_records(line, '2017.json')
>>> r.symbol, r.meeting, str(r.adopted), r.chapter_vii, r.in_favour, r.sponsors
('S/RES/2337 (2017)', 7866, '2017-01-19', False, ('CHINA',), ('SENEGAL',))
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

from rdflib import URIRef

from graph.errors import InputError
from graph.inputs import read_input
from graph.model import AdoptionRecord
from graph.namespaces import RDF, SKOS, UNSC
from graph.registry import Registry
from graph.segment.en import MONTHS
from graph.symbols import SymbolError, normalize_symbol

__all__ = ["read_adoption_records", "parse_adoption_records", "parse_adoption_date",
           "state_iri", "resolve_states", "is_state_name", "normalize_state_name"]

_MONTH = "|".join(MONTHS)
_DATE = re.compile(r"(\d{1,2})\s*(" + _MONTH + r")\s*,?\s*(\d{4})", re.I)
_MEETING = re.compile(r"(\d[\d,]*)\s*(?:st|nd|rd|th|d)\s+(?:\([^)]*\)\s*)?meeting", re.I)
#: words of an entry in a sponsor list that names an organ or a document, not a State
_NOT_A_STATE = re.compile(r"\b(?:SECRETARY-GENERAL|COMMITTEE|REPORT|COUNCIL|ASSEMBLY|PRESIDENT|"
                          r"pursuant|Submitted|resolutions?)\b", re.I)


def parse_adoption_date(text: str) -> date | None:
    """Return the day of ``19 January 2017``, ``on8 March 2024`` or ``2017-01-19``.

    >>> parse_adoption_date('Adopted by the Security Council at its 9568th meeting, on8 March 2024')
    datetime.date(2024, 3, 8)
    >>> parse_adoption_date('2016-01-20'), parse_adoption_date('31 February 2016')
    (datetime.date(2016, 1, 20), None)
    """
    text = text or ""
    m = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})\s*", text)
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _DATE.search(text)
        if m:
            month = MONTHS[m.group(2).capitalize()]
            return date(int(m.group(3)), month, int(m.group(1)))
    except ValueError:
        return None
    return None


def is_state_name(entry: str) -> bool:
    """Whether an entry of a sponsor list can name a State (not an organ, a report or a remark).

    >>> is_state_name('BOLIVIA (PLURINATIONAL STATE OF)'), is_state_name('BY THE SECRETARY-GENERAL')
    (True, False)
    """
    return bool(entry.strip()) and not _NOT_A_STATE.search(entry)


def _text(d: dict, key: str, where: str) -> str:
    value = d.get(key)
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise InputError(where, f"field {key!r} is not a text: {value!r:.60}")
    return value.strip()


def _names(d: dict, key: str, where: str) -> list[str]:
    value = d.get(key)
    if value is None or value == "":
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(where, f"field {key!r} is not a list of names: {value!r:.60}")
    return [v.strip() for v in value if v.strip()]


def _count(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def _record(d: dict, source: str, where: str) -> AdoptionRecord:
    raw_symbol = _text(d, "symbol", where) or _text(d, "sc_symbol", where)
    if not raw_symbol:
        raise InputError(where, "no symbol")
    try:
        symbol = normalize_symbol(raw_symbol)
    except SymbolError:
        raise InputError(where, f"not a document symbol: {raw_symbol!r}") from None
    title_line = _text(d, "document_title", where)
    m = next((x for x in (_MEETING.search(_text(d, k, where)) for k in (
        "adoption_meeting", "document_title", "adoption_type")) if x), None)
    adopted = parse_adoption_date(_text(d, "adoption_date", where)) or parse_adoption_date(
        title_line)
    flag = _text(d, "chapter_VII", where)
    chapter_vii = True if re.fullmatch(r"Chapter\s+VII", flag, re.I) else (
        False if flag == "" else None)
    sponsors: list[str] = []
    notes: list[str] = []
    for name in _names(d, "sponsors", where) + _names(d, "additional_sponsors", where):
        if not is_state_name(name):
            notes.append(name)
        elif name not in sponsors:
            sponsors.append(name)
    lists = [_names(d, k, where) for k in ("MS_in_favour", "MS_against", "MS_abstaining")]
    counts = tuple(_count(_text(d, k, where)) for k in (
        "MS_in_favour_count", "MS_against_count", "MS_abstaining_count"))
    if any(c is not None for c in counts):  # a count left empty is that of its list
        counts = tuple(len(v) if c is None else c for c, v in zip(counts, lists, strict=True))
    subjects = []
    for item in d.get("subjects") or []:
        if isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item):
            subjects.append((item[0].strip(), item[1].strip()))
        else:
            raise InputError(where, f"a subject is not [term, thesaurus]: {item!r:.60}")

    def symbol_or_none(key: str) -> str | None:
        text = _text(d, key, where)
        try:
            return normalize_symbol(text) if text else None
        except SymbolError:
            return None

    return AdoptionRecord(
        symbol=symbol, source=source, meeting=int(m.group(1).replace(",", "")) if m else None,
        adopted=adopted, agenda_item=_text(d, "agenda_item_name", where),
        draft=symbol_or_none("draft_resolution"),
        record=_record_symbol(_text(d, "outcome_letter", where) or _text(d, "pv", where)),
        chapter_vii=chapter_vii, title=_text(d, "resolution_title", where),
        in_favour=tuple(lists[0]), against=tuple(lists[1]), abstaining=tuple(lists[2]),
        sponsors=tuple(sponsors), sdgs=tuple(_names(d, "SDGs", where)),
        subjects=tuple(subjects), vote=_text(d, "adoption_type", where),
        votes=counts if None not in counts else None,  # type: ignore[arg-type]
        sponsor_notes=tuple(notes),
    )


def _record_symbol(text: str) -> str | None:
    """The meeting record's symbol, with its resumption: ``S/PV.10042 (Resumption 1)``.

    >>> [_record_symbol(t) for t in ('S/PV.10042 (Resumption 1)', 'S/PV. 7866', '')]
    ['S/PV.10042 (Resumption 1)', 'S/PV.7866', None]
    """
    m = re.match(r"\s*S\s*/\s*PV\s*\.\s*(\d+)\s*(\(.*\))?", text)
    if not m:
        return None
    return f"S/PV.{m.group(1)}" + (f" {m.group(2)}" if m.group(2) else "")


def parse_adoption_records(text: str, source: str = "<text>") -> list[AdoptionRecord]:
    """Return the records of the JSON lines *text* (blank lines are skipped).

    Raises
    ------
    InputError
        Naming *source* and the line, for a line that is not a JSON object, has no symbol, or
        has a field of the wrong type.
    """
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}: line {n}"
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(source, f"line {n}: not JSON ({exc.msg} at column {exc.colno})"
                             ) from None
        if not isinstance(d, dict):
            raise InputError(source, f"line {n}: not a JSON object")
        try:
            out.append(_record(d, source, where))
        except InputError as exc:
            raise InputError(source, f"line {n}: {exc.problem}") from None
    return out


def read_adoption_records(path: str | Path) -> list[AdoptionRecord]:
    """Read one ``data_extract/<year>.json`` file (see :func:`parse_adoption_records`)."""
    p = Path(path)
    raw = read_input(p, "adoptions")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(p, f"not UTF-8 (byte {exc.start + 1})") from None
    return parse_adoption_records(text, str(p))


# --- States ----------------------------------------------------------------------------------


def normalize_state_name(name: str) -> str:
    """The form names are compared in: accents and case folded, curly quotes straight, spaces
    collapsed, an ending full stop dropped.

    >>> normalize_state_name('  CÔTE D’IVOIRE.'), normalize_state_name('TÜRKİYE')
    ("cote d'ivoire", 'turkiye')
    """
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'").replace("\u2018", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.casefold()).strip(" .")


def _state_index(registry: Registry) -> dict[str, URIRef]:
    index = registry.__dict__.get("_state_names")
    if index is None:
        index = {}
        g = registry.graph
        for s in sorted(g.subjects(RDF.type, UNSC.State)):
            for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
                for o in g.objects(s, p):
                    if getattr(o, "language", None) == "en":
                        index.setdefault(normalize_state_name(str(o)), s)
        registry.__dict__["_state_names"] = index
    return index


def _one_edit(a: str, b: str) -> bool:
    """Whether *a* becomes *b* by one inserted, deleted or replaced character."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def state_iri(name: str, registry: Registry) -> URIRef | None:
    """Return the registry's State that a listed name means, or ``None``.

    Names are compared as :func:`normalize_state_name` gives them; a name one letter away from
    the name of exactly one State (``LICHTENSTEIN``, ``CHILEs``: typing slips of the data) is
    that State, when it has at least six letters.

    >>> from graph.registry import load_registry
    >>> reg = load_registry()
    >>> [str(state_iri(n, reg)).rsplit('/', 1)[1] for n in ('UNITED STATES', 'LICHTENSTEIN')]
    ['united-states', 'liechtenstein']
    >>> state_iri('REPORT OF THE SECRETARY-GENERAL', reg) is None
    True
    """
    index = _state_index(registry)
    key = normalize_state_name(name)
    if key in index:
        return index[key]
    if len(key) < 6:
        return None
    near = {iri for label, iri in index.items() if _one_edit(key, label)}
    return near.pop() if len(near) == 1 else None


def resolve_states(names: list[str] | tuple[str, ...], registry: Registry
                   ) -> list[tuple[str, URIRef | None]]:
    """Return each listed name with its State; a name split over two entries of the list
    (``"CÔTE."``, ``"D'IVOIRE"``) is joined first.

    >>> from graph.registry import load_registry
    >>> [(n, str(i).rsplit('/', 1)[1]) for n, i in resolve_states(
    ...     ['CHINA', 'CÔTE.', "D'IVOIRE"], load_registry())]
    [('CHINA', 'china'), ("CÔTE D'IVOIRE", 'cote-d-ivoire')]
    """
    out: list[tuple[str, URIRef | None]] = []
    i = 0
    while i < len(names):
        name = names[i]
        iri = state_iri(name, registry)
        if iri is None and i + 1 < len(names):
            joined = f"{name.rstrip(' .')} {names[i + 1]}"
            both = state_iri(joined, registry)
            if both is not None and state_iri(names[i + 1], registry) is None:
                out.append((joined, both))
                i += 2
                continue
        out.append((name, iri))
        i += 1
    return out
