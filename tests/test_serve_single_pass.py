"""The endpoint evaluates each query once: the kept rows serialise exactly as pyoxigraph would."""

from __future__ import annotations

import threading
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

from graph.serve import _GRAPH_TYPES, _RESULT_TYPES, QueryRefused, _evaluate, make_server

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


def _run(store, query, accept=None, max_rows=1000, cancel=None):
    return _evaluate(store, query, accept, max_rows, cancel or threading.Event())


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


@pytest.mark.parametrize("media", sorted(_RESULT_TYPES))
def test_solutions_match_pyoxigraph(store, media):
    # IRIs, language-tagged, directional, typed literals, quotes, newlines, tabs, commas,
    # non-ASCII, blank nodes, triple terms and unbound variables: byte for byte
    got_media, body = _run(store, SOLUTIONS, accept=media)
    assert got_media == media
    assert body == _direct(store, SOLUTIONS, _RESULT_TYPES[media])
    assert body.count(b"\xe4\xbc\x8a\xe6\x8b\x89\xe5\x85\x8b")  # 伊拉克, as UTF-8


@pytest.mark.parametrize("media", sorted(_GRAPH_TYPES))
def test_triples_match_pyoxigraph(store, media):
    got_media, body = _run(store, CONSTRUCT, accept=media)
    assert got_media == media
    assert body == _direct(store, CONSTRUCT, _GRAPH_TYPES[media])


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


@pytest.mark.parametrize("media", sorted(_GRAPH_TYPES))
def test_empty_graph_matches_pyoxigraph(store, media):
    query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(false) }"
    assert _run(store, query, accept=media)[1] == _direct(store, query, _GRAPH_TYPES[media])


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
    assert _run(store, query, max_rows=n)[1] == _direct(store, query, _default(query))
    with pytest.raises(QueryRefused) as refused:
        _run(store, query, max_rows=n - 1)
    assert refused.value.status == 400
    assert str(refused.value) == (
        f"result has more than {n - 1} {what}: add a LIMIT to the query")


@pytest.mark.parametrize("query", [SOLUTIONS, CONSTRUCT])
def test_cancel_stops_at_next_row(store, query):
    given_up = _GivenUp()
    with pytest.raises(QueryRefused) as refused:
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
            assert response.read() == _direct(store, SOLUTIONS, _RESULT_TYPES[media])
    finally:
        server.shutdown()
        server.server_close()
