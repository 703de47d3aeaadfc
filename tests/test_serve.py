"""The read-only SPARQL endpoint, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.query import load_query, parse_results_json, run_query, run_query_endpoint
from graph.serve import make_server

FIXTURE = Path(__file__).parent / "fixtures" / "queries" / "sample.trig"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
SELECT = ('PREFIX dcterms: <http://purl.org/dc/terms/> '
          'SELECT DISTINCT ?id WHERE { ?d dcterms:identifier ?id } ORDER BY ?id LIMIT 2')


def _start(store, **limits):
    server = make_server(store, port=0, **limits)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="module")
def store():
    store = ox.Store()
    store.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="module")
def base(store):
    server, url = _start(store, timeout_s=10, max_rows=200)
    yield url
    server.shutdown()
    server.server_close()


def _request(url, data=None, headers=None, method=None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, response.headers.get("Content-Type"), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type"), exc.read()


def _quads(store):
    return len(store)


def test_get_json(base):
    status, ctype, body = _request(f"{base}/sparql?" + urllib.parse.urlencode({"query": SELECT}))
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    assert parse_results_json(json.loads(body)).rows == [("A/RES/55/25",), ("S/2017/939",)]


@pytest.mark.parametrize("content_type, body", [
    # form-encoded POST
    ("application/x-www-form-urlencoded", urllib.parse.urlencode({"query": SELECT}).encode()),
    # direct POST of the query
    ("application/sparql-query", SELECT.encode()),
])
def test_post(base, content_type, body):
    status, _, data = _request(f"{base}/sparql", body, {"Content-Type": content_type})
    assert status == 200
    assert parse_results_json(json.loads(data)).rows == [("A/RES/55/25",), ("S/2017/939",)]


def _xml_ids(body):
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    return [e.text for e in ET.fromstring(body).findall(".//r:literal", ns)]


@pytest.mark.parametrize("accept, media, parse", [
    # SPARQL JSON
    ("application/sparql-results+json", "application/sparql-results+json",
     lambda b: [r[0] for r in parse_results_json(json.loads(b)).rows]),
    # SPARQL XML
    ("application/sparql-results+xml", "application/sparql-results+xml", _xml_ids),
    # CSV: header then plain values
    ("text/csv", "text/csv", lambda b: [r[0] for r in csv.reader(io.StringIO(b.decode()))][1:]),
    # TSV: header then N-Triples-style literals
    ("text/tab-separated-values", "text/tab-separated-values",
     lambda b: [line.strip('"') for line in b.decode().splitlines()[1:]]),
    # quality values: XML preferred over CSV
    ("text/csv;q=0.2, application/sparql-results+xml", "application/sparql-results+xml", _xml_ids),
])
def test_content_negotiation(base, accept, media, parse):
    url = f"{base}/sparql?" + urllib.parse.urlencode({"query": SELECT})
    status, ctype, body = _request(url, headers={"Accept": accept})
    assert status == 200 and ctype.startswith(media)
    assert parse(body) == ["A/RES/55/25", "S/2017/939"]


def test_construct_is_turtle(base):
    query = ('PREFIX skos: <http://www.w3.org/2004/02/skos/core#> '
             'CONSTRUCT { ?e skos:prefLabel ?l } WHERE { ?e skos:prefLabel ?l '
             'FILTER(?e = <https://w3id.org/unsc-graph/id/entity/iraq>) }')
    status, ctype, body = _request(f"{base}/sparql?" + urllib.parse.urlencode({"query": query}),
                                   headers={"Accept": "text/turtle"})
    assert status == 200 and ctype.startswith("text/turtle")
    graph = list(ox.parse(body, format=ox.RdfFormat.TURTLE))
    assert sorted(t.object.value for t in graph) == ["Iraq", "伊拉克"]


UPDATE = "INSERT DATA { GRAPH <http://x/g> { <http://x/a> <http://x/b> <http://x/c> } }"


@pytest.mark.parametrize("method, path, content_type, body", [
    # update= form field
    ("POST", "/sparql", "application/x-www-form-urlencoded",
     urllib.parse.urlencode({"update": UPDATE}).encode()),
    # SPARQL update media type
    ("POST", "/sparql", "application/sparql-update", UPDATE.encode()),
    # an update sent as a query
    ("POST", "/sparql", "application/x-www-form-urlencoded",
     urllib.parse.urlencode({"query": UPDATE}).encode()),
    # an update in a GET query string
    ("GET", "/sparql?" + urllib.parse.urlencode({"query": "DELETE WHERE { ?s ?p ?o }"}),
     None, None),
    # clearing everything
    ("GET", "/sparql?" + urllib.parse.urlencode({"update": "CLEAR ALL"}), None, None),
])
def test_updates_refused(base, store, method, path, content_type, body):
    before = _quads(store)
    headers = {"Content-Type": content_type} if content_type else {}
    status, _, _ = _request(base + path, body, headers, method)
    assert 400 <= status < 500
    assert _quads(store) == before


def test_bad_query_is_400(base):
    status, _, body = _request(f"{base}/sparql?query=SELEC")
    assert status == 400 and b"bad SPARQL" in body


def test_size_limit(base):
    status, _, body = _request(f"{base}/sparql?" + urllib.parse.urlencode(
        {"query": "SELECT * WHERE { ?s ?p ?o }"}))
    assert status == 400 and b"more than 200 rows" in body


def test_timeout():
    store = ox.Store()
    store.extend(ox.Quad(ox.NamedNode(f"http://e/{i}"), ox.NamedNode("http://e/p"),
                         ox.Literal(i)) for i in range(300))
    server, url = _start(store, timeout_s=0.3, max_rows=10)
    try:
        slow = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f "
                "FILTER(STR(?b) != STR(?d)) }")
        started = time.perf_counter()
        status, _, body = _request(f"{url}/sparql?" + urllib.parse.urlencode({"query": slow}))
        elapsed = time.perf_counter() - started
        assert status == 503 and b"longer than" in body
        assert elapsed < 5
    finally:
        server.shutdown()
        server.server_close()


def test_page_and_canned_queries(base):
    status, ctype, page = _request(base + "/")
    assert status == 200 and ctype.startswith("text/html")
    text = page.decode()
    assert "<textarea" in text and "textContent" in text
    assert "innerHTML" not in text and "http://" not in text.replace("https://w3id", "")
    status, ctype, body = _request(base + "/queries")
    names = [q["name"] for q in json.loads(body)]
    assert status == 200 and "citations" in names and "citation-chain" in names


def test_binds_loopback_by_default(store):
    server = make_server(store, port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_sparqlwrapper_client(base, store):
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(f"{base}/sparql")
    query = load_query("obligations")
    client.setQuery(query.text)
    client.setReturnFormat(JSON)
    data = client.query().convert()
    assert parse_results_json(data).rows == run_query(store, query).rows


def test_run_query_endpoint_matches_embedded(base, store):
    for name in ("citations", "most-cited", "committees"):
        query = load_query(name)
        assert run_query_endpoint(f"{base}/sparql", query).rows == run_query(store, query).rows


def test_quad_count_unchanged(base, store):
    status, _, body = _request(f"{base}/sparql?" + urllib.parse.urlencode({"query": COUNT}))
    assert status == 200
    assert parse_results_json(json.loads(body)).rows == [(len(store),)]


def test_the_union_of_the_named_graphs_counts_each_triple_once(tmp_path):
    # a build's one store: a query naming no graph reads the union of the named graphs, and
    # as every triple sits in one graph, it sees as many triples as GRAPH queries do
    from graph.builder import build
    from graph.store import open_store

    text = (Path(__file__).resolve().parents[1] / "data" / "texts" /
            "S_RES_2388_2017_ZH.txt").read_bytes()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(text)
    build([tmp_path / "in"], tmp_path / "b")
    store = open_store(tmp_path / "b")
    server, url = _start(store)
    try:
        def count(q):
            status, _, body = _request(f"{url}/sparql?" + urllib.parse.urlencode({"query": q}))
            assert status == 200
            return parse_results_json(json.loads(body)).rows[0][0]

        every = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        in_graphs = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        assert count(every) == count(in_graphs) == len(store) > 5000
    finally:
        server.shutdown()
        server.server_close()
