"""What the endpoint serves besides answers: the offline query page and the SPARQL 1.1
service description.

>>> b'<textarea' in query_page()
True
>>> b'sd:SPARQL11Query' in service_description('http://127.0.0.1:7878/sparql', 'turtle')
True
"""

from __future__ import annotations

import io

import pyoxigraph as ox

from graph.resources import static_path
from graph.results import write_triples

__all__ = ["query_page", "service_description", "SD"]

SD = "http://www.w3.org/ns/sparql-service-description#"
_FORMATS = "http://www.w3.org/ns/formats/"
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_COMMENT = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")


def query_page() -> bytes:
    """The query page (``graph/static/query.html``): self-contained, no outside requests."""
    return static_path("query.html").read_bytes()


def service_description(endpoint: str, fmt: str = "turtle", options: object | None = None
                        ) -> bytes:
    """The W3C SPARQL 1.1 Service Description of the endpoint at *endpoint*, in *fmt*
    (``turtle``, ``ntriples``, ``jsonld``, ``rdfxml``): the endpoint, the language
    (queries only), the result formats, the union default graph, and the limits of
    *options* (a :class:`graph.serve.workers.ServeOptions`) as a comment."""
    service = ox.BlankNode("service")
    dataset, default = ox.BlankNode("dataset"), ox.BlankNode("default")

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(SD + name)

    triples = [
        ox.Triple(service, _RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, _RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default),
        ox.Triple(default, _RDF_TYPE, sd("Graph")),
    ]
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                 "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        triples.append(ox.Triple(service, sd("resultFormat"), ox.NamedNode(_FORMATS + name)))
    allowed = getattr(options, "allow_service", ())
    if allowed:
        triples.append(ox.Triple(service, sd("feature"), sd("BasicFederatedQuery")))
    if options is not None:
        limits = (f"read-only; the default graph is the union of the named graphs; a query may "
                  f"run {options.timeout_s:g} s, use {options.memory_mb} MB and answer "
                  f"{options.max_rows} rows or {options.max_mb} MB; SERVICE "
                  + (f"may call {', '.join(allowed)}" if allowed else "is refused"))
        triples.append(ox.Triple(service, _COMMENT, ox.Literal(limits, language="en")))
    out = io.BytesIO()
    write_triples(triples, fmt, out, prefixes={"sd": SD, "formats": _FORMATS})
    return out.getvalue()
