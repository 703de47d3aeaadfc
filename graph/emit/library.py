"""What the library's tables add beyond the catalogue: the votes that vetoed drafts, and the UN
Digital Library's record of each resolution.

>>> from datetime import date
>>> from graph.model import VetoedDraft
>>> v = VetoedDraft('S/2017/970', date(2017, 11, 16), 8105, ('S/PV.8105',), 'Syria',
...                 ('Russian Federation',))
>>> len(list(generate_veto_triples([v])))
4
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping

from rdflib import Literal, URIRef
from rdflib.term import Node

from graph.iri import document_iri, entity_iri, meeting_iri, slugify
from graph.model import VetoedDraft
from graph.namespaces import RDF, RDFS, SKOS, UNSC

__all__ = ["generate_veto_triples", "generate_undl_triples", "member_iri", "MEMBER_SLUGS"]

Triple = tuple[URIRef, URIRef, Node]

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


def generate_veto_triples(vetoes: Iterable[VetoedDraft],
                          known: Collection[URIRef] = ()) -> Iterator[Triple]:
    """Who vetoed each draft and at which meeting (the drafts themselves are catalogue
    entries). The permanent members are the registry's States (*known*: their IRIs); one the
    registry does not know is typed ``unsc:State`` with the name as listed as its
    ``skos:prefLabel``."""
    done: set[str] = set()
    members: dict[URIRef, str] = {}
    for v in sorted(vetoes, key=lambda v: (v.date, v.meeting or 0, v.draft or "")):
        if v.draft is None or v.draft in done:
            continue  # no document to name (1946-1950: proposals made orally)
        done.add(v.draft)
        node = document_iri(v.draft)
        if v.meeting is not None:
            yield node, UNSC.votedAt, meeting_iri(v.meeting)
        for name in v.members:
            member = member_iri(name)
            members.setdefault(member, name)
            yield node, UNSC.vetoedBy, member
    for member in sorted(set(members) - set(known)):
        yield member, RDF.type, UNSC.State
        yield member, SKOS.prefLabel, Literal(members[member], lang="en")


def generate_undl_triples(records: Mapping[int, str],
                          symbols: Mapping[int, str]) -> Iterator[Triple]:
    """Yield ``<resolution> rdfs:seeAlso <record URL>`` for every numbered resolution whose
    symbol is known (*symbols*: number -> symbol); numbers without a known symbol are
    skipped.

    >>> [str(o) for *_, o in generate_undl_triples({27: 'https://digitallibrary.un.org/record/1'},
    ...                                             {27: 'S/RES/27 (1947)'})]
    ['https://digitallibrary.un.org/record/1']
    """
    for number in sorted(records):
        symbol = symbols.get(number)
        if symbol is not None:
            yield document_iri(symbol), RDFS.seeAlso, URIRef(records[number])
