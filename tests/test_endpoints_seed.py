"""Every canned query on the seed graph gives the same answers embedded, through `serve`,
and after `push` to a real Oxigraph server on 127.0.0.1."""

from __future__ import annotations

import threading

import pytest

from graph.push import push
from graph.query import list_queries, run_query, run_query_endpoint
from graph.serve import make_server
from tests.test_push import oxigraph_server  # noqa: F401  (the real server fixture)

QUERIES = list_queries()


@pytest.fixture(scope="module")
def served(seed_store):
    server = make_server(seed_store, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}/sparql"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def pushed(oxigraph_server, seed_store):  # noqa: F811
    push(seed_store, oxigraph_server + "/query")
    return oxigraph_server + "/query"


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_same_answers_embedded_served_and_pushed(seed_store, served, pushed, query):
    local = run_query(seed_store, query)
    via_serve = run_query_endpoint(served, query)
    via_push = run_query_endpoint(pushed, query, union_default_graph=True)
    assert via_serve.columns == local.columns == via_push.columns
    assert via_serve.rows == local.rows
    assert via_push.rows == local.rows
    if query.name.endswith("-violation"):
        assert local.rows == [], local.rows


def test_the_seed_answers_are_not_empty(seed_store):
    answered = {q.name for q in QUERIES if run_query(seed_store, q).rows}
    assert {"citations", "obligations", "mentions", "most-cited", "committees",
            "instruments", "sg-requests", "verbs-over-time"} <= answered
