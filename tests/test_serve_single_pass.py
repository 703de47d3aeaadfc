"""The endpoint evaluates each query once, and its writers (graph.results, shared with the
command line) write what pyoxigraph's own serialisers write, byte for byte for SPARQL
results, the same triples for RDF answers."""

from __future__ import annotations

import threading
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

from graph.results import GRAPH_FORMATS
from graph.serve import make_server
from graph.serve.evaluate import Request, evaluate
from graph.serve.negotiate import negotiate

EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
TRICKY = [
    ox.NamedNode(EX + "other"),
    ox.NamedNode(EX + "é/中?q=1&r=%3C2%3E#frag"),
    ox.Literal("plain"),
    ox.Literal("Iraq", language="en"),
    ox.Literal("伊拉克", language="zh"),
    ox.Literal("مرحبا", language="ar", direction=ox.BaseDirection("rtl")),
    ox.Literal(42),
    ox.Literal("3.50", datatype=ox.NamedNode(XSD + "decimal")),
    ox.Literal("1.0E3", datatype=ox.NamedNode(XSD + "double")),
    ox.Literal(True),
    ox.Literal("2017-12-21", datatype=ox.NamedNode(XSD + "date")),
    ox.Literal("x", datatype=ox.NamedNode(EX + "custom")),
    ox.Literal('say "hi", then <go> & \'stop\''),
    ox.Literal("two\nlines\r\nand\ta tab"),
    ox.Literal("comma, and semicolon; and back\\slash"),
    ox.Literal("control \u0001 \u007f and emoji \U0001f600"),
    ox.Literal(""),
    ox.Literal(" leading and trailing space "),
    ox.BlankNode("b1"),
]
SOLUTIONS = f"""SELECT ?s ?o ?missing ?t WHERE {{
  ?s <{EX}p> ?o
  OPTIONAL {{ ?s <{EX}absent> ?missing }}
  OPTIONAL {{ ?s <{EX}p> ?iri FILTER(isIRI(?iri)) BIND(TRIPLE(?s, <{EX}p>, ?iri) AS ?t) }}
}} ORDER BY ?s"""
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } ORDER BY ?s"
GRAPH = ox.NamedNode(EX + "g")


@pytest.fixture(scope="module")
def store():
    store = ox.Store()
    store.extend(ox.Quad(ox.NamedNode(f"{EX}s{i:02d}"), ox.NamedNode(EX + "p"), term, GRAPH)
                 for i, term in enumerate(TRICKY))
    store.add(ox.Quad(ox.BlankNode("b2"), ox.NamedNode(EX + "p"), ox.Literal("from a blank"),
                      GRAPH))
    return store


def _direct(store, query, fmt):
    """pyoxigraph's own serialisation of *query*."""
    return store.query(query, use_default_graph_as_union=True).serialize(format=fmt)


_RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


class Refused(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


def _run(store, query, accept=None, max_rows=1000, cancel=None):
    form = "CONSTRUCT" if query.startswith("CONSTRUCT") else "SELECT"
    fmt, media = negotiate(accept, form)
    status, what, body = evaluate(store, Request(query, fmt, media, max_rows=max_rows), cancel)
    if status != 200:
        raise Refused(status, what)
    return what, body


def _triples(body, fmt):
    return sorted(map(str, ox.parse(body, format=fmt)))


class _CountingStore:
    """A store that counts the queries it is asked."""

    def __init__(self, store: ox.Store) -> None:
        self.store, self.calls = store, 0

    def query(self, *args, **kwargs):
        self.calls += 1
        return self.store.query(*args, **kwargs)

    def named_graphs(self):  # asked to decide on the union, not a query
        return self.store.named_graphs()


class _GivenUp:
    """A cancel flag already set, counting how often it is looked at."""

    def __init__(self) -> None:
        self.looks = 0

    def is_set(self) -> bool:
        self.looks += 1
        return True


def _rows(store, query):
    """The solutions as pyoxigraph gives them: lists of terms, None when unbound."""
    answer = store.query(query, use_default_graph_as_union=True)
    names = [v.value for v in answer.variables]
    return names, [[solution[n] for n in names] for solution in answer]


def _read_back(body, fmt):
    answer = ox.parse_query_results(body, format=fmt)
    names = [v.value for v in answer.variables]
    return names, [[solution[n] for n in names] for solution in answer]


@pytest.mark.parametrize("media", sorted(_RESULT_TYPES))
def test_solutions_match_pyoxigraph(store, media):
    # IRIs, language-tagged, directional, typed literals, quotes, newlines, tabs, commas,
    # non-ASCII, blank nodes, triple terms and unbound variables
    got_media, body = _run(store, SOLUTIONS, accept=media)
    assert got_media == media
    fmt = _RESULT_TYPES[media]
    if media in ("application/sparql-results+json", "text/csv"):  # byte for byte
        assert body == _direct(store, SOLUTIONS, fmt)
    if media != "text/csv":  # read back, every term as it is in the store (CSV keeps values)
        assert _read_back(body, fmt) == _rows(store, SOLUTIONS)
    assert body.count("伊拉克".encode())


@pytest.mark.parametrize("media", sorted(GRAPH_FORMATS.values()))
def test_triples_match_pyoxigraph(store, media):
    got_media, body = _run(store, CONSTRUCT, accept=media)
    assert got_media == media
    fmt = _GRAPH_TYPES[media]
    assert _triples(body, fmt) == _triples(_direct(store, CONSTRUCT, fmt), fmt)


@pytest.mark.parametrize("query", [
    # no variables, one empty solution
    "SELECT * WHERE {}",
    # no variables, two empty solutions
    "SELECT * WHERE { {} UNION {} }",
    # no solutions
    "SELECT ?s WHERE { ?s ?p ?o FILTER(false) }",
    # variables never bound
    "SELECT ?x ?y WHERE { {} UNION {} }",
    # ASK
    f"ASK {{ ?s <{EX}p> ?o }}",
])
@pytest.mark.parametrize("media", sorted(_RESULT_TYPES))
def test_edge_cases_match_pyoxigraph(store, query, media):
    assert _run(store, query, accept=media)[1] == _direct(store, query, _RESULT_TYPES[media])


@pytest.mark.parametrize("media", sorted(GRAPH_FORMATS.values()))
def test_empty_graph_matches_pyoxigraph(store, media):
    query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(false) }"
    fmt = _GRAPH_TYPES[media]
    assert _triples(_run(store, query, accept=media)[1], fmt) == []


@pytest.mark.parametrize("query", [SOLUTIONS, CONSTRUCT, f"ASK {{ ?s <{EX}p> ?o }}"])
def test_query_evaluated_once(store, query):
    counting = _CountingStore(store)
    _run(counting, query)
    assert counting.calls == 1


def _default(query):
    """The format given when the request has no ``Accept`` header."""
    return ox.RdfFormat.TURTLE if query.startswith("CONSTRUCT") else ox.QueryResultsFormat.JSON


@pytest.mark.parametrize("query, what", [(SOLUTIONS, "rows"), (CONSTRUCT, "triples")])
def test_row_limit(store, query, what):
    n = len(TRICKY) + 1
    fmt = _default(query)
    body = _run(store, query, max_rows=n)[1]
    if fmt == ox.RdfFormat.TURTLE:
        assert _triples(body, fmt) == _triples(_direct(store, query, fmt), fmt)
    else:
        assert body == _direct(store, query, fmt)
    with pytest.raises(Refused) as refused:
        _run(store, query, max_rows=n - 1)
    assert refused.value.status == 400
    assert str(refused.value) == (
        f"result has more than {n - 1} {what}: add a LIMIT to the query")


@pytest.mark.parametrize("query", [SOLUTIONS, CONSTRUCT])
def test_cancel_stops_at_next_row(store, query):
    given_up = _GivenUp()
    with pytest.raises(Refused) as refused:
        _run(store, query, cancel=given_up)
    assert refused.value.status == 503 and "timed out" in str(refused.value)
    assert given_up.looks == 1


@pytest.mark.parametrize("media", ["text/csv", "application/sparql-results+xml"])
def test_over_http(store, media):
    server = make_server(store, port=0, timeout_s=10, max_rows=100)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = (f"http://127.0.0.1:{server.server_address[1]}/sparql?"
               + urllib.parse.urlencode({"query": SOLUTIONS}))
        request = urllib.request.Request(url, headers={"Accept": media})
        with urllib.request.urlopen(request, timeout=20) as response:
            # text results say their charset (labels in every script)
            assert response.headers.get("Content-Type").split(";")[0] == media
            fmt = _RESULT_TYPES[media]
            body = response.read()
            if media == "text/csv":
                assert body == _direct(store, SOLUTIONS, fmt)
            else:
                assert _read_back(body, fmt) == _rows(store, SOLUTIONS)
    finally:
        server.shutdown()
        server.server_close()
