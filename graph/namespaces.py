"""Every namespace the project uses, defined once.

>>> str(UNSC.Obligation)
'https://w3id.org/unsc-graph/ontology#Obligation'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef, namespace


class Vocabulary(Namespace):
    """A :class:`~rdflib.Namespace` that makes each term once: ``UNSC.Obligation`` is looked
    up as a plain attribute after its first use (rdflib builds and checks a new IRI on every
    access, a large share of the build's time at millions of triples). Built on one of
    rdflib's closed namespaces (*closed*), it accepts only that namespace's terms.

    >>> V = Vocabulary('http://example.org/v#')
    >>> V.a is V.a, str(V.a)
    (True, 'http://example.org/v#a')
    >>> Vocabulary(str(namespace.RDF), closed=namespace.RDF).notAnRdfTerm
    Traceback (most recent call last):
    ...
    AttributeError: term 'notAnRdfTerm' not in namespace 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
    """

    def __new__(cls, value: str, closed: type | None = None) -> Vocabulary:
        self = super().__new__(cls, value)
        self.__dict__["_closed"] = closed
        return self

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):
            raise AttributeError(name)
        closed = self.__dict__.get("_closed")
        term = getattr(closed, name) if closed is not None else self.term(name)
        self.__dict__[name] = term
        return term


DCTERMS = Vocabulary(str(namespace.DCTERMS), namespace.DCTERMS)
FOAF = Vocabulary(str(namespace.FOAF), namespace.FOAF)
ORG = Vocabulary(str(namespace.ORG), namespace.ORG)
OWL = Vocabulary(str(namespace.OWL), namespace.OWL)
PROV = Vocabulary(str(namespace.PROV), namespace.PROV)
RDF = Vocabulary(str(namespace.RDF), namespace.RDF)
RDFS = Vocabulary(str(namespace.RDFS), namespace.RDFS)
SKOS = Vocabulary(str(namespace.SKOS), namespace.SKOS)
XSD = Vocabulary(str(namespace.XSD), namespace.XSD)

UNSC = Vocabulary("https://w3id.org/unsc-graph/ontology#")
ID = Vocabulary("https://w3id.org/unsc-graph/id/")
ELI = Vocabulary("http://data.europa.eu/eli/ontology#")
CITO = Vocabulary("http://purl.org/spar/cito/")
OA = Vocabulary("http://www.w3.org/ns/oa#")
UNDO = Vocabulary("https://w3id.org/akn/ontology/undo/")
ALLOT = Vocabulary("https://w3id.org/akn/ontology/allot/")
SH = Vocabulary("http://www.w3.org/ns/shacl#")

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
    "org": str(ORG),
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
    "SERIALIZATION_PREFIXES", "Vocabulary",
    "ALLOT", "CITO", "DCTERMS", "ELI", "FOAF", "ID", "OA", "ORG", "OWL", "PREFIXES", "PROV",
    "RDF", "RDFS", "SH", "SKOS", "UNDO", "UNSC", "XSD", "sparql_prologue",
]


def sparql_prologue() -> str:
    """Return the PREFIX lines for every project namespace.

    >>> sparql_prologue().splitlines()[0]
    'PREFIX unsc: <https://w3id.org/unsc-graph/ontology#>'
    """
    return "\n".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items()) + "\n"
