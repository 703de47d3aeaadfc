"""How each resolution was adopted, from the data the UN publishes with its XML texts: each
member State's vote, the sponsors, the draft, and the subjects (UNBIS Thesaurus terms and
Sustainable Development Goals as SKOS concepts).

Member States are the registry's entities (``data/registry/states.ttl``), found by any of their
names, upper case included (``VENEZUELA (BOLIVARIAN REPUBLIC OF)``); a name the registry does
not know becomes an entity of its own, labelled as listed.

>>> from graph.model import AdoptionRecord
>>> from graph.registry import load_registry
>>> a = AdoptionRecord('S/RES/2334 (2016)', 'x.json', in_favour=('CHINA',),
...                    abstaining=('UNITED STATES',))
>>> [(str(p).rsplit('#', 1)[1], str(o).rsplit('/', 1)[1])
...  for _, p, o in generate_vote_triples([a], load_registry()) if 'abstain' in str(p)]
[('abstaining', 'united-states')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rdflib import Literal, URIRef
from rdflib.term import Node

from graph.iri import concept_iri, document_iri, entity_iri, slugify
from graph.model import AdoptionRecord, DocumentRecord
from graph.namespaces import DCTERMS, RDF, SKOS, UNSC
from graph.registry import Registry
from graph.symbols import document_class, parse_sc_resolution

__all__ = ["generate_vote_triples", "adoption_documents", "state_of", "state_names", "SDG_SCHEME",
           "UNBIS_SCHEME"]

Triple = tuple[URIRef, URIRef, Node]

#: the UN's own IRIs for the Sustainable Development Goals (``…/sdg/16``)
SDG_BASE = "http://metadata.un.org/sdg/"
SDG_SCHEME = URIRef("http://metadata.un.org/sdg")
UNBIS_SCHEME = URIRef("http://metadata.un.org/thesaurus")

_VOTES = (("in_favour", UNSC.inFavour), ("against", UNSC.against),
          ("abstaining", UNSC.abstaining))


def _key(name: str) -> str:
    """A name folded for look-up: case, punctuation and spacing ignored."""
    return re.sub(r"[^0-9a-z]+", " ", name.lower()).strip()


def state_names(registry: Registry) -> dict[str, URIRef]:
    """Every English name (any case) of the registry's States and places, folded for
    look-up, with its entity."""
    out: dict[str, URIRef] = {}
    for cls in (UNSC.State, UNSC.Place):
        for node in sorted(registry.graph.subjects(RDF.type, cls)):
            for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
                for label in registry.graph.objects(node, p):
                    if isinstance(label, Literal) and (label.language or "en").startswith("en"):
                        out.setdefault(_key(str(label)), node)
    return out


def state_of(name: str, names: dict[str, URIRef]) -> tuple[URIRef, bool]:
    """The entity of a member State named as in the adoption data (*names*: from
    :func:`state_names`), and whether the registry knows it (else the IRI is minted from the
    name)."""
    node = names.get(_key(name))
    return (node, True) if node is not None else (entity_iri(slugify(name)), False)


def adoption_documents(adoptions: Iterable[AdoptionRecord]) -> list[DocumentRecord]:
    """The catalogue entries the adoption data give: each resolution (day, meeting, agenda
    item, Chapter VII, the count of the vote, its title) and its draft."""
    out = []
    for a in adoptions:
        parts = parse_sc_resolution(a.symbol)
        counts = (len(a.in_favour), len(a.against), len(a.abstaining))
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
    names = state_names(registry)
    unknown: dict[URIRef, str] = {}
    concepts: dict[URIRef, tuple[str, URIRef]] = {}
    for a in sorted(adoptions, key=lambda a: a.symbol):
        doc = document_iri(a.symbol)
        for field_name, prop in _VOTES:
            for name in getattr(a, field_name):
                state, known = state_of(name, names)
                if not known:
                    unknown.setdefault(state, name)
                yield doc, prop, state
        for name in a.sponsors:
            state, known = state_of(name, names)
            if not known:
                unknown.setdefault(state, name)
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
