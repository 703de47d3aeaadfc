"""Every namespace the project uses, defined once.

>>> str(UNSC.Obligation)
'https://w3id.org/unsc-graph/ontology#Obligation'
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

UNSC = Namespace("https://w3id.org/unsc-graph/ontology#")
ID = Namespace("https://w3id.org/unsc-graph/id/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
CITO = Namespace("http://purl.org/spar/cito/")
OA = Namespace("http://www.w3.org/ns/oa#")
UNDO = Namespace("https://w3id.org/akn/ontology/undo/")
ALLOT = Namespace("https://w3id.org/akn/ontology/allot/")
SH = Namespace("http://www.w3.org/ns/shacl#")

#: Prefixes written into every serialisation and prepended to every canned query.
PREFIXES: dict[str, str] = {
    "unsc": str(UNSC),
    "id": str(ID),
    "eli": str(ELI),
    "cito": str(CITO),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "prov": str(PROV),
    "oa": str(OA),
    "undo": str(UNDO),
    "allot": str(ALLOT),
    "foaf": str(FOAF),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}

#: Prefixes for writing Turtle/TriG: ``id:`` is left out (document IRIs hold slashes and
#: brackets that would need escaping); entity and verb IRIs get short prefixes of their own.
SERIALIZATION_PREFIXES: dict[str, str] = {
    **{p: iri for p, iri in PREFIXES.items() if p != "id"},
    "ent": str(ID) + "entity/",
    "verb": str(ID) + "verb/",
}

__all__ = [
    "SERIALIZATION_PREFIXES",
    "ALLOT", "CITO", "DCTERMS", "ELI", "FOAF", "ID", "OA", "OWL", "PREFIXES", "PROV",
    "RDF", "RDFS", "SH", "SKOS", "UNDO", "UNSC", "XSD", "sparql_prologue",
]


def sparql_prologue() -> str:
    """Return the PREFIX lines for every project namespace.

    >>> sparql_prologue().splitlines()[0]
    'PREFIX unsc: <https://w3id.org/unsc-graph/ontology#>'
    """
    return "\n".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items()) + "\n"
