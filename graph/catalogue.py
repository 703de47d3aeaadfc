"""The catalogue: every document and meeting of a build, described once, from whichever sources
name it.

Each source contributes :class:`~graph.model.DocumentRecord` and
:class:`~graph.model.MeetingFact` records: the curated registry, the library's meeting tables,
the adoption data published with the UN's XML, a text's own heading, and what citing texts tell
of the documents they cite. :func:`merge_documents` keeps, field by field, the value of the most
trusted source (:data:`~graph.model.SOURCE_PRECEDENCE`) and reports where trusted sources
disagree; :mod:`graph.emit.catalogue` writes the merged entries once.

>>> from graph.namespaces import UNSC
>>> merged, warnings = merge_documents([
...     DocumentRecord('S/2017/939', 'cited', cls=UNSC.Document, year=2017),
...     DocumentRecord('S/2017/939', 'cited', cls=UNSC.Report, year=2017)])
>>> str(merged[0].cls).rsplit('#', 1)[1], warnings
('Report', [])
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields, replace

from rdflib import Graph, Literal, URIRef

from graph.model import (
    SOURCE_PRECEDENCE,
    DocumentRecord,
    MeetingFact,
    MeetingRecord,
    VetoedDraft,
    Warning,
)
from graph.namespaces import DCTERMS, RDF, UNSC
from graph.symbols import parse_sc_resolution
from graph.vocab import depth, subclasses

__all__ = ["merge_documents", "merge_meetings", "registry_documents", "table_documents",
           "table_meetings", "veto_documents", "is_document_class"]

#: fields a lower source fills only where the more trusted ones are silent, without a warning
#: when they differ (a citing text's guess at a document's author or class)
_QUIET = {"cls", "author", "topic", "title"}
#: sources whose disagreement is worth a warning
_TRUSTED = {"registry", "tables", "extract", "text"}


def _rank(record: DocumentRecord | MeetingFact) -> int:
    return SOURCE_PRECEDENCE.index(record.source)


def is_document_class(cls: URIRef) -> bool:
    """Whether *cls* is ``unsc:Document`` or one of its subclasses (the ontology says which)."""
    return cls in subclasses(UNSC.Document)


def merge_documents(records: Iterable[DocumentRecord]
                    ) -> tuple[list[DocumentRecord], list[Warning]]:
    """Merge the records of each document into one, sorted by symbol.

    Each field takes the value of the most trusted source that gives one; the class is the
    most specific any source gives (a citing text that calls ``S/2017/939`` a report beats
    one that only knows it is a document). Where two trusted sources (registry, tables,
    adoption data, the document's own text) give different values, the most trusted one is
    kept and a :class:`~graph.model.Warning` names both.
    """
    by_symbol: dict[str, list[DocumentRecord]] = {}
    for r in records:
        by_symbol.setdefault(r.symbol, []).append(r)
    merged: list[DocumentRecord] = []
    warnings: list[Warning] = []
    for symbol in sorted(by_symbol):
        group = sorted(by_symbol[symbol], key=lambda r: (_rank(r), repr(r)))
        values: dict[str, object] = {}
        for f in fields(DocumentRecord):
            name = f.name
            if name in ("symbol", "source"):
                continue
            given = [(r.source, getattr(r, name)) for r in group
                     if getattr(r, name) is not None and getattr(r, name) != ""]
            if name == "passed_by_council":  # a flag any source may raise
                given = [g for g in given if g[1]]
            if not given:
                continue
            if name == "cls":
                values[name] = max((v for _, v in given), key=lambda c: (depth(c), -_rank_of(
                    given, c)))
                continue
            source, value = given[0]
            values[name] = value
            if name in _QUIET:
                continue
            for other, v in given[1:]:
                if v != value and other in _TRUSTED and source in _TRUSTED:
                    warnings.append(Warning(symbol, name, f"the {_NAMES[source]} say {value}, "
                                            f"the {_NAMES[other]} {v}: the first is kept"))
                    break
        merged.append(replace(group[0], **values))
    return merged, warnings


_NAMES = {"registry": "registry", "tables": "meeting tables", "extract": "UN's adoption data",
          "text": "text", "cited": "citing texts"}


def _rank_of(given: list[tuple[str, object]], value: object) -> int:
    return min(SOURCE_PRECEDENCE.index(s) for s, v in given if v == value)


def merge_meetings(facts: Iterable[MeetingFact]) -> list[MeetingFact]:
    """One fact per meeting number, sorted; the day of the most trusted source that gives one.

    >>> from datetime import date
    >>> merge_meetings([MeetingFact(8111, None, 'text'), MeetingFact(8111, date(2017, 11, 21),
    ...                 'tables')])
    [MeetingFact(number=8111, dated=datetime.date(2017, 11, 21), source='tables')]
    """
    by_number: dict[int, list[MeetingFact]] = {}
    for f in facts:
        by_number.setdefault(f.number, []).append(f)
    out = []
    for number in sorted(by_number):
        group = sorted(by_number[number], key=lambda f: (_rank(f), f.dated is None, f.dated))
        dated = next((f.dated for f in group if f.dated is not None), None)
        out.append(replace(group[0], dated=dated))
    return out


def registry_documents(graph: Graph) -> tuple[list[DocumentRecord], set[URIRef]]:
    """The documents the curated registry describes (the acts that established the bodies it
    knows, the resolutions that adopted its instruments), as catalogue records; and their
    IRIs, so that the registry's own graph leaves them to the catalogue."""
    out: list[DocumentRecord] = []
    nodes: set[URIRef] = set()
    for node, symbol in sorted(graph.subject_objects(DCTERMS.identifier)):
        classes = [c for c in graph.objects(node, RDF.type)
                   if isinstance(c, URIRef) and is_document_class(c)]
        if not classes or not isinstance(node, URIRef):
            continue
        nodes.add(node)
        number = graph.value(node, UNSC.number)
        year = graph.value(node, UNSC.year)
        day = graph.value(node, DCTERMS.date)
        title = next((str(t) for t in graph.objects(node, DCTERMS.title)
                      if isinstance(t, Literal) and t.language == "en"), "")
        out.append(DocumentRecord(
            str(symbol), "registry", cls=max(classes, key=depth),
            number=int(number) if number is not None else None,
            year=int(year) if year is not None else None,
            dated=day.toPython() if day is not None else None, title=title,
            passed_by_council=parse_sc_resolution(str(symbol)) is not None))
    return out, nodes


def table_documents(records: Iterable[MeetingRecord]) -> list[DocumentRecord]:
    """The resolutions and presidential statements of the meeting tables, as catalogue
    records: each from its first listing (earliest day, lowest meeting). Statements issued
    before 1994 under an ordinary symbol (``S/26809 (PRST)``) stay documents: the class is
    ``unsc:PresidentialStatement`` only for ``S/PRST/yyyy/n``. Failed drafts are left out
    (the veto list is the source for vetoes)."""
    out: list[DocumentRecord] = []
    seen: set[str] = set()
    for r in sorted(records, key=lambda r: (r.date, r.number or 0, r.record, r.source)):
        for o in r.outcomes:
            if o.kind not in ("resolution", "prst") or o.symbol in seen:
                continue
            seen.add(o.symbol)
            if o.kind == "resolution":
                cls = UNSC.SecurityCouncilResolution
            elif o.symbol.startswith("S/PRST/"):
                cls = UNSC.PresidentialStatement
            else:
                cls = UNSC.Document
            out.append(DocumentRecord(
                o.symbol, "tables", cls=cls, number=o.number if o.kind == "resolution" else None,
                year=o.year or r.date.year, dated=r.date, meeting=r.number,
                topic=o.topic, vote=o.vote if o.votes else None, votes=o.votes,
                passed_by_council=o.kind == "resolution"))
    return out


def table_meetings(records: Iterable[MeetingRecord]) -> list[MeetingFact]:
    """The meetings of the tables, each with the day of its first record (resumptions may
    fall on later days)."""
    return [MeetingFact(r.number, r.date, "tables")
            for r in sorted(records, key=lambda r: (r.date, r.number or 0, r.record, r.source))
            if r.number is not None]


def veto_documents(vetoes: Iterable[VetoedDraft]) -> tuple[list[DocumentRecord],
                                                           list[MeetingFact]]:
    """The vetoed drafts of the veto list as catalogue records (those with a symbol: most
    vetoes of 1946-1950 were cast on proposals made orally), and the meetings of the votes."""
    docs: list[DocumentRecord] = []
    meetings: list[MeetingFact] = []
    seen: set[str] = set()
    for v in sorted(vetoes, key=lambda v: (v.date, v.meeting or 0, v.draft or "")):
        if v.meeting is not None:
            meetings.append(MeetingFact(v.meeting, v.date, "tables"))
        if v.draft is None or v.draft in seen:
            continue
        seen.add(v.draft)
        docs.append(DocumentRecord(v.draft, "tables", cls=UNSC.VetoedDraft, year=v.date.year,
                                   dated=v.date, topic=v.topic))
    return docs, meetings
