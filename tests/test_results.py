"""The result writers (graph.results) speak the W3C formats: read back by rdflib and
SPARQLWrapper-style parsers with every term typed as it was; JSON-LD round-trips; tables
align Chinese."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.plugins.sparql.results.jsonresults import JSONResultParser
from rdflib.plugins.sparql.results.xmlresults import XMLResultParser

from graph.query import QueryResult, format_result
from graph.results import (
    display_width,
    generate_jsonld,
    write_solutions,
    write_triples,
)

EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
TERMS = [
    ox.NamedNode(EX + "a"),
    ox.NamedNode(EX + "é/中?q=1&r=%3C2%3E#frag"),
    ox.BlankNode("b0"),
    ox.Literal("plain"),
    ox.Literal("Iraq", language="en"),
    ox.Literal("伊拉克", language="zh"),
    ox.Literal("42", datatype=ox.NamedNode(XSD + "integer")),
    ox.Literal("3.50", datatype=ox.NamedNode(XSD + "decimal")),
    ox.Literal("2017-12-21", datatype=ox.NamedNode(XSD + "date")),
    ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")),
    ox.Literal('say "hi", <go> & \'stop\''),
    ox.Literal("two\nlines\r\nand\ta tab"),
    ox.Literal(" spaces at the ends "),
    None,
]


def _rdflib(term):
    """The rdflib term for a pyoxigraph term (what a correct parser must give back)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype.value == XSD + "string":
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def _written(fmt):
    out = io.BytesIO()
    rows = [[t, TERMS[0]] for t in TERMS]
    assert write_solutions(["x", "y"], rows, fmt, out) == len(TERMS)
    return out.getvalue()


@pytest.mark.parametrize("fmt, parser", [
    # W3C SPARQL 1.1 Query Results JSON, read by rdflib
    ("json", lambda b: JSONResultParser().parse(io.StringIO(b.decode()))),
    # W3C SPARQL 1.1 Query Results XML, read by rdflib
    ("xml", lambda b: XMLResultParser().parse(io.BytesIO(b))),
])
def test_w3c_results_read_back_by_rdflib_with_types(fmt, parser):
    result = parser(_written(fmt))
    assert [str(v) for v in result.vars] == ["x", "y"]
    got = [row.get(rdflib.Variable("x")) for row in result.bindings]
    want = [_rdflib(t) for t in TERMS]
    for g, w in zip(got, want):  # types, datatypes and language tags kept
        assert g == w and type(g) is type(w)
        if isinstance(w, rdflib.Literal):
            assert (g.language, g.datatype) == (w.language, w.datatype)


@pytest.mark.parametrize("fmt, oxfmt", [
    # every format read back by Oxigraph's parsers: the same terms (CSV keeps values only)
    ("json", ox.QueryResultsFormat.JSON),
    ("xml", ox.QueryResultsFormat.XML),
    ("tsv", ox.QueryResultsFormat.TSV),
])
def test_results_read_back_by_oxigraph(fmt, oxfmt):
    answer = ox.parse_query_results(_written(fmt), format=oxfmt)
    assert [s["x"] for s in answer] == TERMS


def test_csv_is_values_with_crlf():
    text = _written("csv").decode()
    assert text.startswith("x,y\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert [r[0] for r in rows[1:]] == [
        "" if t is None else ("_:" + t.value if isinstance(t, ox.BlankNode) else t.value)
        for t in TERMS]


def test_json_is_the_w3c_shape():
    data = json.loads(_written("json"))
    assert data["head"]["vars"] == ["x", "y"]
    first = data["results"]["bindings"]
    assert first[0]["x"] == {"type": "uri", "value": EX + "a"}
    assert first[5]["x"] == {"type": "literal", "value": "伊拉克", "xml:lang": "zh"}
    assert first[6]["x"]["datatype"] == XSD + "integer"
    assert "x" not in first[-1]  # unbound: left out


QUADS = [
    ox.Quad(ox.NamedNode("https://w3id.org/unsc-graph/id/doc/S/RES/2388(2017)"),
            ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            ox.NamedNode("https://w3id.org/unsc-graph/ontology#Resolution"),
            ox.NamedNode("https://w3id.org/unsc-graph/id/graph/a")),
    ox.Quad(ox.NamedNode("https://w3id.org/unsc-graph/id/doc/S/RES/2388(2017)"),
            ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
            ox.Literal("第2388(2017)号决议", language="zh"),
            ox.NamedNode("https://w3id.org/unsc-graph/id/graph/a")),
    ox.Quad(ox.NamedNode("https://w3id.org/unsc-graph/id/doc/S/RES/2388(2017)"),
            ox.NamedNode("http://purl.org/dc/terms/date"),
            ox.Literal("2017-12-21", datatype=ox.NamedNode(XSD + "date")),
            ox.NamedNode("https://w3id.org/unsc-graph/id/graph/a")),
    ox.Quad(ox.BlankNode("x"), ox.NamedNode("http://purl.org/spar/cito/cites"),
            ox.NamedNode("https://w3id.org/unsc-graph/id/doc/S/RES/2331(2016)"),
            ox.NamedNode("https://w3id.org/unsc-graph/id/graph/b")),
    ox.Quad(ox.NamedNode("http://other.example/x"), ox.NamedNode("http://other.example/p"),
            ox.Literal("default graph"), ox.DefaultGraph()),
]


def _rdflib_dataset(data: bytes, fmt: str) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(data=data, format=fmt)
    return ds


def test_jsonld_round_trips_to_isomorphic_graphs():
    data = generate_jsonld(QUADS)
    document = json.loads(data)
    assert document["@context"]["unsc"] == "https://w3id.org/unsc-graph/ontology#"
    assert "unsc:Resolution" in data.decode()  # compacted with the project's prefixes
    got = _rdflib_dataset(data, "json-ld")
    want = _rdflib_dataset(ox.serialize(QUADS, format=ox.RdfFormat.N_QUADS), "nquads")
    for name in ["https://w3id.org/unsc-graph/id/graph/a", "https://w3id.org/unsc-graph/id/graph/b"]:
        assert isomorphic(got.graph(rdflib.URIRef(name)), want.graph(rdflib.URIRef(name)))
    assert isomorphic(got.default_graph, want.default_graph)
    assert generate_jsonld(reversed(QUADS)) == data  # the same quads, the same bytes


@pytest.mark.parametrize("fmt, rdflib_format", [
    # RDF/XML, read by rdflib
    ("rdfxml", "xml"),
    # Turtle with the project's prefixes
    ("turtle", "turtle"),
    # N-Triples
    ("ntriples", "nt"),
    # compacted JSON-LD
    ("jsonld", "json-ld"),
])
def test_graph_answers_round_trip(fmt, rdflib_format):
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in QUADS]
    out = io.BytesIO()
    assert write_triples(triples, fmt, out) == len(triples)
    got = rdflib.Graph().parse(data=out.getvalue(), format=rdflib_format)
    want = rdflib.Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES),
                                format="nt")
    assert isomorphic(got, want)


@pytest.mark.parametrize("text, width", [
    # ASCII
    ("Iraq", 4),
    # Chinese: two columns each
    ("伊拉克", 6),
    # mixed
    ("S/RES/2388 (2017) 号决议", 24),
    # a combining accent takes no column
    ("e\u0301", 1),
])
def test_display_width(text, width):
    assert display_width(text) == width


def test_table_aligns_chinese():
    result = QueryResult(["label", "n"], [("伊拉克", 1), ("Iraq", 22), ("安全理事会第2388号", 3)])
    lines = format_result(result, "table").splitlines()
    # the second column starts at the same display column on every line
    starts = [display_width(line[: line.rindex("  ") + 2]) for line in lines]
    assert len(set(starts)) == 1, lines
