"""Step 5 of the pipeline: resolved facts to RDF triples (``annotate`` in eyecite's words).

Every node is an IRI minted by :mod:`graph.iri`, so the output has no blank nodes and the same
input always gives the same triples.

>>> from rdflib import Literal
>>> lit_int(3) == Literal(3)
True
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from datetime import date

from rdflib import Literal, URIRef
from rdflib.term import Node

from graph.iri import (
    citation_iri,
    document_iri,
    entity_iri,
    graph_iri,
    meeting_iri,
    mention_iri,
    obligation_iri,
    paragraph_iri,
    source_iri,
    span_iri,
    undocs_url,
)
from graph.model import CitedDocument, ResolvedText, Span
from graph.namespaces import (
    ALLOT,
    CITO,
    DCTERMS,
    ELI,
    FOAF,
    OA,
    PROV,
    RDF,
    RDFS,
    SKOS,
    UNDO,
    UNSC,
    XSD,
)
from graph.registry import Registry

__all__ = ["generate_text_triples", "generate_document_triples", "Triple", "lit_int",
           "lit_date", "DOCUMENT_CLASS", "text_graph"]

Triple = tuple[URIRef, URIRef, Node]

SECURITY_COUNCIL = entity_iri("security-council")

DOCUMENT_CLASS = {
    "sc-resolution": UNSC.SecurityCouncilResolution,
    "ga-resolution": UNSC.GeneralAssemblyResolution,
    "prst": UNSC.PresidentialStatement,
    "report": UNSC.Report,
    "meeting-record": UNSC.Document,
    "sc-document": UNSC.Document,
    "ga-document": UNSC.Document,
    "letter": UNSC.Document,
    "document": UNSC.Document,
}


@functools.lru_cache(maxsize=1 << 16)
def lit_int(value: int) -> Literal:
    """An ``xsd:integer`` literal (made once per value: literals are immutable)."""
    return Literal(int(value), datatype=XSD.integer)


@functools.lru_cache(maxsize=1 << 16)
def lit_date(value: date) -> Literal:
    """An ``xsd:date`` literal (made once per value)."""
    return Literal(value.isoformat(), datatype=XSD.date)


def generate_document_triples(doc: CitedDocument) -> Iterator[Triple]:
    """Triples that describe a document node from what its symbol tells.

    >>> d = CitedDocument('S/PRST/2015/25', 'prst', year=2015)
    >>> names = (str(p).rsplit('/', 1)[-1] for _, p, _ in generate_document_triples(d))
    >>> sorted(n.rsplit('#', 1)[-1] for n in names)
    ['identifier', 'page', 'type', 'year']
    """
    iri = document_iri(doc.symbol)
    yield iri, RDF.type, DOCUMENT_CLASS.get(doc.kind, UNSC.Document)
    yield iri, DCTERMS.identifier, Literal(doc.symbol)
    yield iri, FOAF.page, undocs_url(doc.symbol)
    if doc.year is not None:
        yield iri, UNSC.year, lit_int(doc.year)
    if doc.number is not None:
        yield iri, UNSC.number, lit_int(doc.number)
    if doc.author is not None:
        yield iri, DCTERMS.creator, doc.author
    if doc.dated is not None:
        yield iri, ELI.date_document, lit_date(doc.dated)


def _span_triples(node: URIRef, lang: str, source: URIRef, span: Span, exact: str,
                  link: URIRef) -> Iterator[Triple]:
    """The span node of *node*; *exact* is the source text of the span ("" for none)."""
    s = span_iri(node, lang, span.start, span.end)
    yield node, link, s
    yield s, RDF.type, OA.TextPositionSelector
    yield s, OA.start, lit_int(span.start)
    yield s, OA.end, lit_int(span.end)
    yield s, DCTERMS.language, Literal(lang)
    yield s, PROV.wasDerivedFrom, source
    if exact:
        yield s, OA.exact, Literal(exact, lang=lang)


_HEAD_ZH = {
    "committee": "委员会", "team": "调查小组", "group-of-experts": "专家组",
    "monitoring-team": "监测组", "mechanism": "机制", "mission": "特派团",
    "working-group": "工作组", "tribunal": "法庭", "office": "办事处", "commission": "委员会",
    "panel-of-experts": "专家小组",
}


def _body_labels(body: URIRef, head: str, symbol: str) -> Iterator[Triple]:
    """Labels for a body the registry does not know, named after its establishing act.

    >>> [str(o) for *_, o in _body_labels(URIRef('x:b'), 'committee', 'S/RES/661 (1990)')]
    ['Committee established by resolution 661 (1990)', '第661(1990)号决议所设委员会']
    """
    number = symbol.removeprefix("S/RES/")
    en = f"{head.replace('-', ' ').capitalize()} established by resolution {number}"
    zh = f"第{number.replace(' ', '')}号决议所设{_HEAD_ZH.get(head, '机构')}"
    yield body, SKOS.prefLabel, Literal(en, lang="en")
    yield body, SKOS.prefLabel, Literal(zh, lang="zh")


def text_graph(resolved: ResolvedText) -> URIRef:
    """The named graph that holds the triples of one source text."""
    parsed = resolved.parsed
    return graph_iri(parsed.source.lang, parsed.header.symbol)


def generate_text_triples(resolved: ResolvedText, registry: Registry) -> Iterator[Triple]:
    """All triples extracted from one resolution text."""
    parsed = resolved.parsed
    h = parsed.header
    src = parsed.source
    lang = src.lang
    text_lang = f"{lang}-{src.script}" if src.script else lang  # zh-Hant: as written
    source = source_iri(src.sha256)
    doc = document_iri(h.symbol)

    yield source, RDF.type, PROV.Entity
    yield source, RDFS.label, Literal(src.path.name)
    yield source, UNSC.sha256, Literal(src.sha256)
    yield source, DCTERMS.language, Literal(lang)

    yield from generate_document_triples(
        CitedDocument(h.symbol, "sc-resolution", year=h.year, number=h.number)
    )
    yield doc, ELI.passed_by, SECURITY_COUNCIL
    yield doc, PROV.wasDerivedFrom, source
    yield doc, UNSC.actingUnderChapterVII, Literal(bool(h.chapter_vii))
    if h.adopted is not None:
        yield doc, ELI.date_document, lit_date(h.adopted)
    if h.meeting is not None:
        m = meeting_iri(h.meeting)
        yield doc, UNSC.adoptedAt, m
        yield m, RDF.type, UNSC.Meeting
        yield m, UNSC.meetingNumber, lit_int(h.meeting)
        yield m, FOAF.page, undocs_url(f"S/PV.{h.meeting}")
        if h.adopted is not None:
            yield m, DCTERMS.date, lit_date(h.adopted)

    for p in parsed.paragraphs:
        node = paragraph_iri(h.symbol, p.label)
        yield node, RDF.type, ELI.LegalResourceSubdivision
        yield node, RDF.type, (
            UNSC.OperativeParagraph if p.kind == "OP" else UNSC.PreambularParagraph
        )
        yield node, ELI.is_part_of, doc
        yield doc, ELI.has_part, node
        yield node, ELI.number, Literal(p.label)
        yield node, UNSC.position, lit_int(p.position)
        yield node, UNSC.text, Literal(p.text, lang=text_lang)
        yield from _span_triples(node, lang, source, p.span, "", UNSC.span)
    text = src.text

    for c in resolved.citations:
        para = paragraph_iri(h.symbol, c.paragraph.label)
        node = citation_iri(para, c.target)
        yield node, RDF.type, CITO.Citation
        yield node, CITO.hasCitingEntity, para
        yield node, CITO.hasCitedEntity, c.target
        yield node, UNSC.citingDocument, doc
        yield node, UNSC.characterization, c.characterization
        cito = registry.verb_property(c.characterization, UNSC.citoCharacterization)
        if isinstance(cito, URIRef):
            yield node, CITO.hasCitationCharacterization, cito
        yield doc, CITO.cites, c.target
        if c.pinpoint:
            yield node, UNSC.pinpoint, Literal(c.pinpoint)
        if c.part is not None:
            yield node, UNSC.citedPart, c.part
            yield c.part, RDF.type, ELI.LegalResourceSubdivision
            yield c.part, ELI.is_part_of, c.target
            label = c.pinpoint.capitalize() if c.pinpoint else ""
            yield c.part, RDFS.label, Literal(label, lang="en")
        if c.dated is not None:  # "its resolution of 1 August 1947": the date it was named by
            yield node, UNSC.dateResolutionRef, lit_date(c.dated)
        for span, _ in c.spans:
            exact = text[span.start:span.end]
            yield from _span_triples(node, lang, source, span, exact, UNSC.evidence)
        if c.document is not None:
            yield from generate_document_triples(c.document)

    for m in resolved.mentions:
        para = paragraph_iri(h.symbol, m.paragraph.label)
        node = mention_iri(para, m.entity)
        yield node, RDF.type, UNSC.Mention
        yield node, UNSC.mentionOf, m.entity
        yield node, PROV.wasDerivedFrom, para
        yield para, ALLOT.mentions, m.entity
        yield doc, ALLOT.mentions, m.entity
        for span, _ in m.spans:
            exact = text[span.start:span.end]
            yield from _span_triples(node, lang, source, span, exact, UNSC.evidence)

    for body, head, symbols in resolved.bodies:
        yield body, RDF.type, UNSC.Committee if head == "committee" else UNSC.Body
        yield from _body_labels(body, head, symbols[0])
        yield body, UNSC.establishedBy, document_iri(symbols[0])
        for s in symbols[1:]:
            yield body, UNSC.continuedBy, document_iri(s)

    for o in resolved.obligations:
        para = paragraph_iri(h.symbol, o.paragraph.label)
        node = obligation_iri(para, o.verb, o.addressee)
        yield node, RDF.type, UNSC.Obligation
        yield node, UNDO.hasProponent, SECURITY_COUNCIL
        yield node, UNDO.hasSemantics, o.verb
        yield node, UNSC.paragraph, para
        yield node, UNSC.binding, Literal(bool(o.binding))
        yield node, PROV.wasDerivedFrom, para
        if o.addressee is not None:
            yield node, UNDO.hasReceiver, o.addressee
        if o.deadline is not None:
            yield node, UNSC.deadline, lit_date(o.deadline)
        for span, _ in o.spans:
            exact = text[span.start:span.end]
            yield from _span_triples(node, lang, source, span, exact, UNSC.evidence)

    for label, verb in resolved.verbs.items():
        yield paragraph_iri(h.symbol, label), UNSC.verb, verb
