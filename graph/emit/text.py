"""The facts of one resolved text as triples, each in the graph it belongs to.

A text's facts go to three named graphs, so that the union of a build's graphs holds every
triple once even when a document has texts in several languages:

- the **document graph** (:func:`graph.iri.document_graph_iri`): what the texts of the
  document say whatever their language (paragraphs, citations, mentions, obligations);
- the **text graph** (:func:`graph.iri.graph_iri`): what only this text says (the source file,
  the paragraphs' wording, the spans of source text every fact was found at);
- the **entities graph**: nodes that many texts name (bodies the registry does not know,
  articles of instruments, instruments cited by a title the registry lacks and bodies
  addressed by a name it lacks, both ``unsc:curated false``).

The document itself and its meeting are catalogue entries (:func:`text_records`), merged with
what other sources say of them before they are written once (:mod:`graph.emit.catalogue`).
Every node is an IRI minted by :mod:`graph.iri`: no blank nodes, the same input always gives
the same triples.

>>> from graph.model import DocumentRecord
>>> [d.symbol for d in cited_records([])]
[]
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.term import Node

from graph.iri import (
    citation_iri,
    document_iri,
    entity_iri,
    mention_iri,
    obligation_iri,
    paragraph_iri,
    selector_iri,
    source_iri,
    span_iri,
)
from graph.model import (
    Citation,
    DocumentRecord,
    MeetingFact,
    ResolvedText,
    Span,
)
from graph.namespaces import (
    ALLOT,
    CITO,
    DCTERMS,
    ELI,
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
from graph.symbols import document_class

__all__ = ["TextTriples", "generate_text_triples", "text_records", "cited_records",
           "lit_int", "lit_date", "lit_offset", "SECURITY_COUNCIL"]

Triple = tuple[URIRef, URIRef, Node]

SECURITY_COUNCIL = entity_iri("security-council")

_PARAGRAPH_CLASS = {
    "PP": UNSC.PreambularParagraph, "OP": UNSC.OperativeParagraph,
    "P": UNSC.StatementParagraph, "AN": UNSC.AnnexPart,
}


@lru_cache(maxsize=1 << 16)
def lit_int(value: int) -> Literal:
    """An ``xsd:integer`` literal (literals are immutable: the same numbers, mostly offsets
    into texts, come back in every text, and rdflib takes about 30 us to make one).

    >>> lit_int(3) == Literal(3)
    True
    """
    return Literal(int(value), datatype=XSD.integer)


def lit_offset(value: int) -> Literal:
    """An offset into a text, as an ``xsd:integer`` (the shapes check it is not negative).

    Web Annotation's range is ``xsd:nonNegativeInteger``, but Oxigraph 0.5 stores every
    derived integer type as ``xsd:integer``: the store and ``graph.ttl`` would disagree.

    >>> str(lit_offset(0).datatype).rsplit('#', 1)[1]
    'integer'
    """
    if value < 0:
        raise ValueError(f"an offset cannot be negative: {value}")
    return lit_int(value)


def lit_date(value) -> Literal:
    """An ``xsd:date`` literal of a :class:`datetime.date`."""
    return Literal(value.isoformat(), datatype=XSD.date)


@dataclass
class TextTriples:
    """The triples of one text, by the graph they go to."""

    document: list[Triple] = field(default_factory=list)
    text: list[Triple] = field(default_factory=list)
    entities: list[Triple] = field(default_factory=list)


def _span_triples(node: URIRef, lang: str, source: URIRef, span: Span, exact: str,
                  link: URIRef) -> Iterator[Triple]:
    """The span of source text *node* was found at: an ``oa:SpecificResource`` of the source
    with a ``oa:TextPositionSelector`` (offsets) and, when *exact* is given, a
    ``oa:TextQuoteSelector`` (the text itself)."""
    s = span_iri(node, lang, span.start, span.end)
    yield node, link, s
    yield s, RDF.type, OA.SpecificResource
    yield s, OA.hasSource, source
    position = selector_iri(s, "position")
    yield s, OA.hasSelector, position
    yield position, RDF.type, OA.TextPositionSelector
    yield position, OA.start, lit_offset(span.start)
    yield position, OA.end, lit_offset(span.end)
    if exact:
        quote = selector_iri(s, "quote")
        yield s, OA.hasSelector, quote
        yield quote, RDF.type, OA.TextQuoteSelector
        yield quote, OA.exact, Literal(exact, lang=lang)


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


def _citation_triples(c: Citation, symbol: str, registry: Registry,
                      out: TextTriples) -> URIRef:
    doc = document_iri(symbol)
    para = paragraph_iri(symbol, c.paragraph.label)
    node = citation_iri(para, c.target)
    d = out.document
    d.append((node, RDF.type, CITO.Citation))
    d.append((node, CITO.hasCitingEntity, para))
    d.append((node, CITO.hasCitedEntity, c.target))
    d.append((node, UNSC.citingDocument, doc))
    d.append((node, UNSC.characterization, c.characterization))
    cito = registry.verb_property(c.characterization, UNSC.citoCharacterization)
    if isinstance(cito, URIRef):
        d.append((node, CITO.hasCitationCharacterization, cito))
    d.append((doc, CITO.cites, c.target))
    if c.pinpoint:
        d.append((node, UNSC.pinpoint, Literal(c.pinpoint)))
    if c.part is not None:
        d.append((node, UNSC.citedPart, c.part))
        label = c.pinpoint.capitalize() if c.pinpoint else ""
        out.entities.extend([(c.part, RDF.type, ELI.LegalResourceSubdivision),
                             (c.part, ELI.is_part_of, c.target),
                             (c.part, RDFS.label, Literal(label, lang="en"))])
    if c.dated is not None:  # "its resolution of 1 August 1947": the date it was named by
        d.append((node, UNSC.dateResolutionRef, lit_date(c.dated)))
    return node


def generate_text_triples(resolved: ResolvedText, registry: Registry) -> TextTriples:
    """All triples extracted from one resolved text, by graph (see the module's docstring).

    Parameters
    ----------
    resolved : ResolvedText
        The text after :func:`graph.resolve.resolve`.
    registry : Registry
        For the verbs' CiTO characterizations.

    Returns
    -------
    TextTriples
    """
    parsed = resolved.parsed
    h = parsed.header
    src = parsed.source
    lang = src.lang
    text_lang = f"{lang}-{src.script}" if src.script else lang  # zh-Hant: as written
    source = source_iri(src.sha256)
    doc = document_iri(h.symbol)
    out = TextTriples()
    d, t = out.document, out.text

    t.extend([(source, RDF.type, PROV.Entity), (source, RDFS.label, Literal(src.path.name)),
              (source, UNSC.sha256, Literal(src.sha256)),
              (source, DCTERMS.language, Literal(lang)), (doc, PROV.wasDerivedFrom, source)])

    for p in parsed.paragraphs:
        node = paragraph_iri(h.symbol, p.label)
        d.extend([(node, RDF.type, ELI.LegalResourceSubdivision),
                  (node, RDF.type, _PARAGRAPH_CLASS[p.kind]),
                  (node, ELI.is_part_of, doc), (doc, ELI.has_part, node),
                  (node, ELI.number, Literal(p.label)),
                  (node, UNSC.position, lit_int(p.position))])
        t.append((node, UNSC.text, Literal(p.text, lang=text_lang)))
        t.extend(_span_triples(node, lang, source, p.span, "", UNSC.span))
    text = src.text

    for c in resolved.citations:
        node = _citation_triples(c, h.symbol, registry, out)
        for span, _ in c.spans:
            t.extend(_span_triples(node, lang, source, span, text[span.start:span.end],
                                   UNSC.evidence))

    for m in resolved.mentions:
        para = paragraph_iri(h.symbol, m.paragraph.label)
        node = mention_iri(para, m.entity)
        d.extend([(node, RDF.type, UNSC.Mention), (node, UNSC.mentionOf, m.entity),
                  (node, UNSC.paragraph, para), (para, ALLOT.mentions, m.entity),
                  (doc, ALLOT.mentions, m.entity)])
        for span, _ in m.spans:
            t.extend(_span_triples(node, lang, source, span, text[span.start:span.end],
                                   UNSC.evidence))

    for body, head, symbols in resolved.bodies:
        e = out.entities
        e.append((body, RDF.type, UNSC.Committee if head == "committee" else UNSC.Body))
        e.extend(_body_labels(body, head, symbols[0]))
        e.append((body, UNSC.establishedBy, document_iri(symbols[0])))
        e.extend((body, UNSC.continuedBy, document_iri(s)) for s in symbols[1:])

    for found in resolved.found:  # minted from the text: not curated, labelled as found
        label = SKOS.prefLabel if found.preferred else SKOS.altLabel
        out.entities.extend([(found.iri, RDF.type, found.cls),
                             (found.iri, label, Literal(found.label, lang=found.lang)),
                             (found.iri, UNSC.curated, Literal(False))])

    for o in resolved.obligations:
        para = paragraph_iri(h.symbol, o.paragraph.label)
        node = obligation_iri(para, o.verb, o.addressee)
        d.extend([(node, RDF.type, UNSC.Obligation), (node, UNDO.hasProponent, SECURITY_COUNCIL),
                  (node, UNDO.hasSemantics, o.verb), (node, UNSC.paragraph, para),
                  (node, UNSC.binding, Literal(bool(o.binding)))])
        if o.addressee is not None:
            d.append((node, UNDO.hasReceiver, o.addressee))
        if o.deadline is not None:
            d.append((node, UNSC.deadline, lit_date(o.deadline)))
        for span, _ in o.spans:
            t.extend(_span_triples(node, lang, source, span, text[span.start:span.end],
                                   UNSC.evidence))

    for label, verb in resolved.verbs.items():
        d.append((paragraph_iri(h.symbol, label), UNSC.verb, verb))
    return out


def cited_records(citations: list[Citation]) -> list[DocumentRecord]:
    """The catalogue entries of the documents *citations* cite, as the citing text tells them
    (symbol, class, number, year, author, date)."""
    return [c.document for c in citations if c.document is not None]


def text_records(resolved: ResolvedText) -> tuple[list[DocumentRecord], list[MeetingFact]]:
    """What one text tells the catalogue: the document it is (from its heading), the meeting
    that adopted it, and the documents it cites."""
    h = resolved.parsed.header
    own = DocumentRecord(
        h.symbol, "text", cls=document_class(h.symbol), number=h.number, year=h.year,
        dated=h.adopted, meeting=h.meeting,
        chapter_vii=bool(h.chapter_vii) if h.kind == "resolution" else None,
        passed_by_council=True)
    meetings = [MeetingFact(h.meeting, h.adopted, "text")] if h.meeting is not None else []
    return [own, *cited_records(resolved.citations)], meetings
