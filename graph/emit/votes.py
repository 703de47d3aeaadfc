"""How each resolution was adopted, from the data the UN publishes with its XML texts: each
member State's vote, the sponsors, the draft, and the subjects (UNBIS Thesaurus terms and
Sustainable Development Goals as SKOS concepts).

Member States are the registry's entities (``data/registry/states.ttl``), found by any of their
names as the data write them (:func:`graph.sources.extract.resolve_states`: upper case, typing
slips, a name split over two entries); a name the registry does not know becomes an entity of
its own, labelled as listed (the shapes then ask for its Chinese name: the registry lacks it).

>>> from graph.model import AdoptionRecord
>>> from graph.registry import load_registry
>>> a = AdoptionRecord('S/RES/2334 (2016)', 'x.json', in_favour=('CHINA',),
...                    abstaining=('UNITED STATES',))
>>> [(str(p).rsplit('#', 1)[1], str(o).rsplit('/', 1)[1])
...  for _, p, o in generate_vote_triples([a], load_registry()) if 'abstain' in str(p)]
[('abstaining', 'united-states')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Literal, URIRef
from rdflib.term import Node

from graph.iri import concept_iri, document_iri, entity_iri, slugify
from graph.model import AdoptionRecord, DocumentRecord
from graph.namespaces import DCTERMS, RDF, SKOS, UNSC
from graph.registry import Registry
from graph.sources.extract import resolve_states
from graph.symbols import document_class, parse_sc_resolution

__all__ = ["generate_vote_triples", "adoption_documents", "SDG_SCHEME", "UNBIS_SCHEME"]

Triple = tuple[URIRef, URIRef, Node]

#: the UN's own IRIs for the Sustainable Development Goals (``…/sdg/16``)
SDG_BASE = "http://metadata.un.org/sdg/"
SDG_SCHEME = URIRef("http://metadata.un.org/sdg")
UNBIS_SCHEME = URIRef("http://metadata.un.org/thesaurus")

_VOTES = (("in_favour", UNSC.inFavour), ("against", UNSC.against),
          ("abstaining", UNSC.abstaining))


def adoption_documents(adoptions: Iterable[AdoptionRecord]) -> list[DocumentRecord]:
    """The catalogue entries the adoption data give: each resolution (day, meeting, agenda
    item, Chapter VII, the count of the vote, its title) and its draft."""
    out = []
    for a in adoptions:
        parts = parse_sc_resolution(a.symbol)
        counts = a.votes or (len(a.in_favour), len(a.against), len(a.abstaining))
        voted = any(counts)
        out.append(DocumentRecord(
            a.symbol, "extract", cls=document_class(a.symbol),
            number=parts[0] if parts else None, year=parts[1] if parts else None,
            dated=a.adopted, meeting=a.meeting, chapter_vii=a.chapter_vii,
            topic=a.agenda_item, title=a.title, votes=counts if voted else None,
            vote="-".join(map(str, counts)) if voted else None, passed_by_council=True))
        if a.draft:
            out.append(DocumentRecord(a.draft, "extract", cls=UNSC.DraftResolution,
                                      year=a.adopted.year if a.adopted else None))
    return out


def generate_vote_triples(adoptions: Iterable[AdoptionRecord],
                          registry: Registry) -> Iterator[Triple]:
    """Votes, sponsors, drafts and subjects of the resolutions, and the States the registry
    does not know (labelled as listed)."""
    unknown: dict[URIRef, str] = {}
    concepts: dict[URIRef, tuple[str, URIRef]] = {}

    def states(names: tuple[str, ...]) -> Iterator[URIRef]:
        for name, iri in resolve_states(names, registry):
            if iri is None:
                iri = entity_iri(slugify(name))
                unknown.setdefault(iri, name)
            yield iri

    for a in sorted(adoptions, key=lambda a: a.symbol):
        doc = document_iri(a.symbol)
        for field_name, prop in _VOTES:
            for state in states(getattr(a, field_name)):
                yield doc, prop, state
        for state in states(a.sponsors):
            yield doc, UNSC.sponsoredBy, state
        if a.draft:
            yield doc, UNSC.draftResolution, document_iri(a.draft)
        for goal in a.sdgs:
            if goal.isdigit():
                node = URIRef(SDG_BASE + goal)
                concepts.setdefault(node, (f"Sustainable Development Goal {goal}",
                                           SDG_SCHEME))
                yield doc, DCTERMS.subject, node
        for term, thesaurus in a.subjects:
            if "unbis" not in thesaurus.lower():
                continue
            node = concept_iri("unbis", slugify(term))
            concepts.setdefault(node, (term, UNBIS_SCHEME))
            yield doc, DCTERMS.subject, node
    for state in sorted(unknown):
        yield state, RDF.type, UNSC.State
        yield state, SKOS.prefLabel, Literal(unknown[state], lang="en")
    for node in sorted(concepts):
        label, scheme = concepts[node]
        yield node, RDF.type, SKOS.Concept
        yield node, SKOS.prefLabel, Literal(label, lang="en")
        yield node, SKOS.inScheme, scheme
