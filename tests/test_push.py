"""Push the fixture into a real Oxigraph server and compare every canned query's answers."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.errors import UsageError
from graph.push import derive_gsp_url, push
from graph.query import list_queries, run_query, run_query_endpoint

FIXTURE = Path(__file__).parent / "fixtures" / "queries" / "sample.trig"
OXIGRAPH = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "oxigraph"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    binary = OXIGRAPH if OXIGRAPH.exists() else shutil.which("oxigraph")
    if binary is None:
        pytest.skip("oxigraph server binary not installed")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen(
        [str(binary), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            with urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1):
                break
        except (urllib.error.URLError, OSError):
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail("oxigraph server did not start")
            time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def store():
    store = ox.Store()
    store.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="module")
def pushed(oxigraph_server, store):
    return push(store, oxigraph_server + "/query")


def test_push_keeps_named_graphs(pushed, store, oxigraph_server):
    assert pushed.triples == len(store)
    assert sorted(pushed.graphs) == sorted(g.value for g in store.named_graphs())
    count = run_query_endpoint(
        oxigraph_server + "/query",
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")
    expected = run_query(
        store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")
    assert count.rows == expected.rows


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_canned_query_same_at_endpoint(pushed, store, oxigraph_server, query):
    remote = run_query_endpoint(oxigraph_server + "/query", query, union_default_graph=True)
    local = run_query(store, query)
    assert remote.columns == local.columns
    assert remote.rows == local.rows


def test_push_twice_replaces(pushed, store, oxigraph_server):
    again = push(FIXTURE, oxigraph_server)  # from a file, base URL: PUT replaces each graph
    assert again.triples == pushed.triples
    total = run_query_endpoint(oxigraph_server + "/query",
                               "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert total.rows == [(len(store),)]


@pytest.mark.parametrize("url, expected", [
    # the query endpoint of oxigraph serve
    ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/store"),
    # a bare base URL
    ("http://127.0.0.1:7878", "http://127.0.0.1:7878/store"),
    # a path prefix is kept
    ("https://example.org/oxi/sparql", "https://example.org/oxi/store"),
])
def test_derive_gsp_url(url, expected):
    assert derive_gsp_url(url) == expected


def test_unreachable_server_is_usage_error(store):
    with pytest.raises(UsageError):
        push(store, f"http://127.0.0.1:{_free_port()}/query", timeout_s=2)


def test_cli_push_reports_what_it_sent(oxigraph_server, store, capsys):
    from graph.cli import main

    assert main(["push", "--endpoint", oxigraph_server + "/query", "--graph", str(FIXTURE)]) == 0
    out, err = capsys.readouterr()
    graphs = len(list(store.named_graphs()))
    assert out.startswith(f"pushed {graphs} graphs, {len(store)} triples to "
                          f"{oxigraph_server}/store in ")
    assert out.rstrip().endswith(" s") and out.count("\n") == 1
    assert err == ""  # no progress bar: standard error is not a terminal
