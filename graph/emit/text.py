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
from graph.ntriples import (
    nt_boolean,
    nt_date,
    nt_integer,
    nt_iri,
    nt_literal,
    nt_new_iri,
    nt_term,
    parse_ntriples_lines,
)
from graph.registry import Registry
from graph.symbols import document_class

__all__ = ["TextTriples", "TextLines", "generate_text_triples", "generate_text_lines",
           "text_records", "cited_records",
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


@dataclass
class TextLines:
    """The triples of one text as N-Triples lines (``<s> <p> o .``, no line end), by the
    graph they go to: what :func:`generate_text_lines` writes."""

    document: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)


class _P:
    """The N-Triples form of the terms the emitter writes in every text."""

    type = nt_term(RDF.type)
    label = nt_term(RDFS.label)
    pref_label = nt_term(SKOS.prefLabel)
    alt_label = nt_term(SKOS.altLabel)
    specific_resource = nt_term(OA.SpecificResource)
    has_source = nt_term(OA.hasSource)
    has_selector = nt_term(OA.hasSelector)
    position_selector = nt_term(OA.TextPositionSelector)
    quote_selector = nt_term(OA.TextQuoteSelector)
    start = nt_term(OA.start)
    end = nt_term(OA.end)
    exact = nt_term(OA.exact)
    citation = nt_term(CITO.Citation)
    citing_entity = nt_term(CITO.hasCitingEntity)
    cited_entity = nt_term(CITO.hasCitedEntity)
    cito_characterization = nt_term(CITO.hasCitationCharacterization)
    cites = nt_term(CITO.cites)
    citing_document = nt_term(UNSC.citingDocument)
    characterization = nt_term(UNSC.characterization)
    pinpoint = nt_term(UNSC.pinpoint)
    cited_part = nt_term(UNSC.citedPart)
    date_ref = nt_term(UNSC.dateResolutionRef)
    subdivision = nt_term(ELI.LegalResourceSubdivision)
    is_part_of = nt_term(ELI.is_part_of)
    has_part = nt_term(ELI.has_part)
    number = nt_term(ELI.number)
    position = nt_term(UNSC.position)
    text = nt_term(UNSC.text)
    span = nt_term(UNSC.span)
    evidence = nt_term(UNSC.evidence)
    entity = nt_term(PROV.Entity)
    derived_from = nt_term(PROV.wasDerivedFrom)
    sha256 = nt_term(UNSC.sha256)
    language = nt_term(DCTERMS.language)
    mention = nt_term(UNSC.Mention)
    mention_of = nt_term(UNSC.mentionOf)
    paragraph = nt_term(UNSC.paragraph)
    mentions = nt_term(ALLOT.mentions)
    committee = nt_term(UNSC.Committee)
    body = nt_term(UNSC.Body)
    established_by = nt_term(UNSC.establishedBy)
    continued_by = nt_term(UNSC.continuedBy)
    curated = nt_term(UNSC.curated)
    obligation = nt_term(UNSC.Obligation)
    proponent = nt_term(UNDO.hasProponent)
    semantics = nt_term(UNDO.hasSemantics)
    binding = nt_term(UNSC.binding)
    receiver = nt_term(UNDO.hasReceiver)
    deadline = nt_term(UNSC.deadline)
    verb = nt_term(UNSC.verb)
    council = nt_term(SECURITY_COUNCIL)


_NT_PARAGRAPH_CLASS = {kind: nt_term(cls) for kind, cls in _PARAGRAPH_CLASS.items()}


def _span_lines(node: URIRef, node_nt: str, lang: str, source: str, span: Span, exact: str,
                link: str, out: list[str]) -> None:
    """The span of source text *node* was found at: an ``oa:SpecificResource`` of the source
    with a ``oa:TextPositionSelector`` (offsets) and, when *exact* is given, a
    ``oa:TextQuoteSelector`` (the text itself); *node_nt*, *source* and *link* are
    N-Triples forms."""
    P = _P
    s_iri = span_iri(node, lang, span.start, span.end)
    s = nt_new_iri(s_iri)
    position = nt_new_iri(selector_iri(s_iri, "position"))
    out += [f"{node_nt} {link} {s} .",
            f"{s} {P.type} {P.specific_resource} .",
            f"{s} {P.has_source} {source} .",
            f"{s} {P.has_selector} {position} .",
            f"{position} {P.type} {P.position_selector} .",
            f"{position} {P.start} {nt_integer(_offset(span.start))} .",
            f"{position} {P.end} {nt_integer(_offset(span.end))} ."]
    if exact:
        quote = nt_new_iri(selector_iri(s_iri, "quote"))
        out += [f"{s} {P.has_selector} {quote} .",
                f"{quote} {P.type} {P.quote_selector} .",
                f"{quote} {P.exact} {nt_literal(exact, lang)} ."]


def _offset(value: int) -> int:
    if value < 0:
        raise ValueError(f"an offset cannot be negative: {value}")
    return value


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


class _Paragraphs(dict):
    """The IRI and N-Triples form of each paragraph of one document, by label, minted once."""

    def __init__(self, symbol: str) -> None:
        super().__init__()
        self.symbol = symbol

    def __missing__(self, label: str) -> tuple[URIRef, str]:
        iri = paragraph_iri(self.symbol, label)
        value = self[label] = (iri, nt_iri(iri))
        return value


class _Characterizations(dict):
    """The N-Triples form of each verb's CiTO characterization (``None``: it has none), looked
    up in the registry once per text."""

    def __init__(self, registry: Registry) -> None:
        super().__init__()
        self.registry = registry

    def __missing__(self, verb: URIRef) -> str | None:
        cito = self.registry.verb_property(verb, UNSC.citoCharacterization)
        value = self[verb] = nt_iri(cito) if isinstance(cito, URIRef) else None
        return value


def _citation_lines(c: Citation, paras: _Paragraphs, doc: str, cito_of: _Characterizations,
                    out: TextLines) -> tuple[URIRef, str]:
    P = _P
    para, para_nt = paras[c.paragraph.label]
    node_iri = citation_iri(para, c.target)
    node = nt_iri(node_iri)
    target = nt_iri(c.target)
    d = out.document
    d += [f"{node} {P.type} {P.citation} .",
          f"{node} {P.citing_entity} {para_nt} .",
          f"{node} {P.cited_entity} {target} .",
          f"{node} {P.citing_document} {doc} .",
          f"{node} {P.characterization} {nt_iri(c.characterization)} ."]
    cito = cito_of[c.characterization]
    if cito is not None:
        d.append(f"{node} {P.cito_characterization} {cito} .")
    d.append(f"{doc} {P.cites} {target} .")
    if c.pinpoint:
        d.append(f"{node} {P.pinpoint} {nt_literal(c.pinpoint)} .")
    if c.part is not None:
        part = nt_iri(c.part)
        d.append(f"{node} {P.cited_part} {part} .")
        label = c.pinpoint.capitalize() if c.pinpoint else ""
        out.entities += [f"{part} {P.type} {P.subdivision} .",
                         f"{part} {P.is_part_of} {target} .",
                         f"{part} {P.label} {nt_literal(label, 'en')} ."]
    if c.dated is not None:  # "its resolution of 1 August 1947": the date it was named by
        d.append(f"{node} {P.date_ref} {nt_date(c.dated)} .")
    return node_iri, node


def generate_text_lines(resolved: ResolvedText, registry: Registry) -> TextLines:
    """All triples extracted from one resolved text, by graph (see the module's docstring),
    as N-Triples lines: the build's form, written without making rdflib terms.

    Parameters
    ----------
    resolved : ResolvedText
        The text after :func:`graph.resolve.resolve`.
    registry : Registry
        For the verbs' CiTO characterizations.

    Returns
    -------
    TextLines
    """
    P = _P
    parsed = resolved.parsed
    h = parsed.header
    src = parsed.source
    lang = src.lang
    text_lang = f"{lang}-{src.script}" if src.script else lang  # zh-Hant: as written
    source = nt_iri(source_iri(src.sha256))
    doc = nt_iri(document_iri(h.symbol))
    out = TextLines()
    d, t = out.document, out.text
    paras = _Paragraphs(h.symbol)
    cito_of = _Characterizations(registry)

    t += [f"{source} {P.type} {P.entity} .",
          f"{source} {P.label} {nt_literal(src.path.name)} .",
          f"{source} {P.sha256} {nt_literal(src.sha256)} .",
          f"{source} {P.language} {nt_literal(lang)} .",
          f"{doc} {P.derived_from} {source} ."]

    for p in parsed.paragraphs:
        node_iri, node = paras[p.label]
        d += [f"{node} {P.type} {P.subdivision} .",
              f"{node} {P.type} {_NT_PARAGRAPH_CLASS[p.kind]} .",
              f"{node} {P.is_part_of} {doc} .", f"{doc} {P.has_part} {node} .",
              f"{node} {P.number} {nt_literal(p.label)} .",
              f"{node} {P.position} {nt_integer(p.position)} ."]
        t.append(f"{node} {P.text} {nt_literal(p.text, text_lang)} .")
        _span_lines(node_iri, node, lang, source, p.span, "", P.span, t)
    text = src.text

    for c in resolved.citations:
        node_iri, node = _citation_lines(c, paras, doc, cito_of, out)
        for span, _ in c.spans:
            _span_lines(node_iri, node, lang, source, span, text[span.start:span.end],
                        P.evidence, t)

    for m in resolved.mentions:
        para, para_nt = paras[m.paragraph.label]
        node_iri = mention_iri(para, m.entity)
        node = nt_iri(node_iri)
        entity = nt_iri(m.entity)
        d += [f"{node} {P.type} {P.mention} .", f"{node} {P.mention_of} {entity} .",
              f"{node} {P.paragraph} {para_nt} .", f"{para_nt} {P.mentions} {entity} .",
              f"{doc} {P.mentions} {entity} ."]
        for span, _ in m.spans:
            _span_lines(node_iri, node, lang, source, span, text[span.start:span.end],
                        P.evidence, t)

    e = out.entities
    for body, head, symbols in resolved.bodies:
        b = nt_iri(body)
        e.append(f"{b} {P.type} {P.committee if head == 'committee' else P.body} .")
        e += [f"{b} {nt_term(p)} {nt_term(o)} ." for _, p, o in _body_labels(body, head,
                                                                               symbols[0])]
        e.append(f"{b} {P.established_by} {nt_iri(document_iri(symbols[0]))} .")
        e += [f"{b} {P.continued_by} {nt_iri(document_iri(s))} ." for s in symbols[1:]]

    for found in resolved.found:  # minted from the text: not curated, labelled as found
        label = P.pref_label if found.preferred else P.alt_label
        f = nt_iri(found.iri)
        e += [f"{f} {P.type} {nt_iri(found.cls)} .",
              f"{f} {label} {nt_literal(found.label, found.lang)} .",
              f"{f} {P.curated} {nt_boolean(False)} ."]

    for o in resolved.obligations:
        para, para_nt = paras[o.paragraph.label]
        node_iri = obligation_iri(para, o.verb, o.addressee)
        node = nt_iri(node_iri)
        d += [f"{node} {P.type} {P.obligation} .", f"{node} {P.proponent} {P.council} .",
              f"{node} {P.semantics} {nt_iri(o.verb)} .",
              f"{node} {P.paragraph} {para_nt} .",
              f"{node} {P.binding} {nt_boolean(o.binding)} ."]
        if o.addressee is not None:
            d.append(f"{node} {P.receiver} {nt_iri(o.addressee)} .")
        if o.deadline is not None:
            d.append(f"{node} {P.deadline} {nt_date(o.deadline)} .")
        for span, _ in o.spans:
            _span_lines(node_iri, node, lang, source, span, text[span.start:span.end],
                        P.evidence, t)

    for label, verb in resolved.verbs.items():
        d.append(f"{paras[label][1]} {P.verb} {nt_iri(verb)} .")
    return out


def generate_text_triples(resolved: ResolvedText, registry: Registry) -> TextTriples:
    """All triples extracted from one resolved text, by graph (see the module's docstring),
    as rdflib triples: the lines of :func:`generate_text_lines` read back, in order.

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
    lines = generate_text_lines(resolved, registry)
    return TextTriples(parse_ntriples_lines(lines.document), parse_ntriples_lines(lines.text),
                       parse_ntriples_lines(lines.entities))


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
