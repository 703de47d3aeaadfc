"""The endpoint under attack and load (issue 20), against real servers on 127.0.0.1: no
outbound requests, Host and Origin checks, memory and size caps, no connection resets, cheap
queries answering while expensive ones run, deep nesting refused."""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.serve import make_server

RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # never ends on the seed
MEMORY_BOMB = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1"


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(50)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.received: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            conn.settimeout(1)
            try:
                self.received.append(conn.recv(4096) or b"(connected)")
            except OSError:
                self.received.append(b"(connected)")
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture()
def listener():
    listener = Listener()
    yield listener
    listener.close()


def start(graph, **limits):
    server = make_server(graph, port=0, **limits)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def stop(server) -> None:
    server.shutdown()
    server.server_close()


def request(port, method="GET", path="/sparql", body=None, headers=None, timeout=60):
    """Send one request on a fresh connection; return (status, headers, body)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def query_path(text, **fields):
    return "/sparql?" + urllib.parse.urlencode({"query": text, **fields})


@pytest.fixture(scope="module")
def store():
    store = ox.Store()
    store.extend(ox.Quad(ox.NamedNode(f"http://e/{i}"), ox.NamedNode("http://e/p"),
                         ox.Literal(i), ox.NamedNode("http://e/g")) for i in range(50))
    return store


@pytest.fixture(scope="module")
def served(store):
    server, port = start(store, timeout_s=10)
    yield port
    stop(server)


def service(port, keyword="SERVICE"):
    return f"SELECT * WHERE {{ {keyword} <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}"


# --- no outbound requests (SERVICE, LOAD) ------------------------------------------------------


@pytest.mark.parametrize("make", [
    # the plain form
    lambda p: service(p),
    # lower case
    lambda p: service(p, "service"),
    # SILENT
    lambda p: service(p, "SERVICE SILENT"),
    # glued to a number: Oxigraph's keywords need no word boundary
    lambda p: f"SELECT * WHERE {{ ?s ?p 1SERVICE <http://127.0.0.1:{p}/x> {{ ?s ?p ?o }} }}",
    # after a comment that ends with a carriage return (a lexer ending comments at \n only
    # reads the SERVICE as part of the comment)
    lambda p: f"SELECT * WHERE {{ # note\r SERVICE <http://127.0.0.1:{p}/x> {{ ?s ?p ?o }} }}",
    # inside a CONSTRUCT
    lambda p: f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <http://127.0.0.1:{p}/x> {{ ?s ?p ?o }} }}",
    # LOAD sent as a query
    lambda p: f"LOAD <http://127.0.0.1:{p}/x>",
    # LOAD behind a comment ending with a carriage return
    lambda p: f"# x\rLOAD <http://127.0.0.1:{p}/x> INTO GRAPH <http://g>",
])
@pytest.mark.parametrize("how", ["GET", "form", "direct"])
def test_no_outbound_request(served, listener, make, how):
    text = make(listener.port)
    if how == "GET":
        status, _, body = request(served, path=query_path(text))
    elif how == "form":
        status, _, body = request(served, "POST", body=urllib.parse.urlencode({"query": text}),
                                  headers={"Content-Type": "application/x-www-form-urlencoded"})
    else:
        status, _, body = request(served, "POST", body=text.encode(),
                                  headers={"Content-Type": "application/sparql-query"})
    time.sleep(0.3)
    assert status == 403, body
    assert listener.received == []


@pytest.mark.parametrize("field, content_type", [
    # the update form field
    ("update", "application/x-www-form-urlencoded"),
    # the update media type
    (None, "application/sparql-update"),
])
def test_load_as_update_is_refused_unrun(served, listener, field, content_type):
    text = f"LOAD <http://127.0.0.1:{listener.port}/x>"
    body = urllib.parse.urlencode({field: text}) if field else text
    status, _, _ = request(served, "POST", body=body, headers={"Content-Type": content_type})
    time.sleep(0.3)
    assert status == 403 and listener.received == []


def test_allowed_service_prefix_is_called(store, listener):
    # the check is what stops the request: with the listener's prefix allowed, it is called
    server, port = start(store, timeout_s=5,
                         allow_service=(f"http://127.0.0.1:{listener.port}/",))
    try:
        status, _, _ = request(port, path=query_path(service(listener.port)))
        time.sleep(0.3)
        assert listener.received and listener.received[0].startswith(b"POST /x")
        assert status != 403
        # another prefix is still refused
        status, _, body = request(port, path=query_path(service(9)))
        assert status == 403 and b"not allowed" in body
    finally:
        stop(server)


# --- Host and Origin ---------------------------------------------------------------------------


@pytest.mark.parametrize("headers, status", [
    # DNS rebinding: a web page's name that resolves to 127.0.0.1
    ({"Host": "attacker.example:{port}"}, 403),
    # the right name, another port
    ({"Host": "127.0.0.1:1"}, 403),
    # loopback names of this server
    ({"Host": "127.0.0.1:{port}"}, 200),
    ({"Host": "localhost:{port}"}, 200),
])
def test_host_must_name_the_server(served, headers, status):
    headers = {k: v.format(port=served) for k, v in headers.items()}
    got, _, body = request(served, path=query_path("ASK {}"), headers=headers)
    assert got == status, body


@pytest.mark.parametrize("origin, content_type, status", [
    # a form posted by a page of another site
    ("https://attacker.example", "application/x-www-form-urlencoded", 403),
    # a sandboxed page or a file: origin null
    ("null", "application/x-www-form-urlencoded", 403),
    # text/plain is a form type too
    ("https://attacker.example", "text/plain", 403),
    # the query page itself (same origin)
    ("http://127.0.0.1:{port}", "application/x-www-form-urlencoded", 200),
    # a CORS client on another origin, with the query media type (preflighted)
    ("https://client.example", "application/sparql-query", 200),
])
def test_cross_site_forms_are_refused(served, origin, content_type, status):
    body = ("ASK {}" if content_type == "application/sparql-query"
            else urllib.parse.urlencode({"query": "ASK {}"}))
    got, headers, _ = request(served, "POST", body=body, headers={
        "Content-Type": content_type, "Origin": origin.format(port=served)})
    assert got == status
    assert headers.get("Access-Control-Allow-Origin") == "*"


# --- deep nesting ------------------------------------------------------------------------------


def test_deep_nesting_is_400_not_a_crash(seed_build):
    server, port = start(seed_build, workers=1, timeout_s=20)
    try:
        deep = "SELECT * WHERE " + "{" * 10_000 + " ?s ?p ?o " + "}" * 10_000
        status, _, body = request(port, "POST", body=deep.encode(),
                                  headers={"Content-Type": "application/sparql-query"})
        assert status == 400 and body.decode().startswith("query nested too deeply")
        # long chains that are not nested do not crash a worker either
        chain = "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 8000) + " } LIMIT 1"
        status, _, body = request(port, "POST", body=chain.encode(),
                                  headers={"Content-Type": "application/sparql-query"})
        assert status in (200, 503), body
        assert server.pool.stats["crashes"] == 0  # promoted or not, never a crashed worker
    finally:
        stop(server)


# --- memory, size, lanes, connections ------------------------------------------------------------


def test_memory_cap_stops_the_query_and_replaces_the_worker(seed_build):
    server, port = start(seed_build, workers=1, memory_mb=300, timeout_s=60)
    try:
        before = server.pool.pids()
        started = time.monotonic()
        status, _, body = request(port, path=query_path(MEMORY_BOMB))
        assert status == 503 and b"more than 300 MB of memory" in body, body
        assert time.monotonic() - started < 50
        for _ in range(100):
            if server.pool.pids() and not set(before) & set(server.pool.pids()):
                break
            time.sleep(0.1)
        after = server.pool.pids()
        assert after and not set(before) & set(after)  # replaced
        assert not any(Path(f"/proc/{pid}").exists() for pid in before)
        status, _, _ = request(port, path=query_path("ASK {}"))
        assert status == 200
    finally:
        stop(server)


def test_answer_size_cap_is_413(seed_build):
    server, port = start(seed_build, workers=1, max_mb=1, max_rows=10_000_000)
    try:
        status, _, body = request(port, path=query_path("SELECT * { ?s ?p ?o }"),
                                  headers={"Accept": "application/sparql-results+xml"})
        assert status == 413 and b"larger than 1 MB" in body, body[:200]
    finally:
        stop(server)


def test_cheap_queries_answer_while_expensive_ones_run(seed_build):
    server, port = start(seed_build, workers=2, expensive=2, timeout_s=20, slow_after_s=0.3)
    try:
        results: list[int] = []

        def expensive() -> None:
            results.append(request(port, path=query_path(RUNAWAY), timeout=60)[0])

        threads = [threading.Thread(target=expensive) for _ in range(6)]
        for t in threads:
            t.start()
        time.sleep(1.5)  # every quick worker has been given a runaway query by now
        times = []
        for _ in range(5):
            t0 = time.monotonic()
            status, _, _ = request(port, path=query_path("ASK {}"))
            times.append(time.monotonic() - t0)
            assert status == 200
        assert max(times) < 3, times  # not behind the 20 s runaways
        for t in threads:
            t.join()
        assert results.count(503) == 6  # each stopped: past the lane or past the time limit
        assert server.pool.stats["busy"] >= 1 and server.pool.stats["promoted"] >= 1
    finally:
        stop(server)


def _burst(port, n):
    """Open *n* connections at once, each sending a query; return the failures."""
    errors: list[str] = []
    barrier = threading.Barrier(n)

    def one() -> None:
        try:
            barrier.wait(timeout=30)
            status, _, _ = request(port, path=query_path("ASK {}"), timeout=60)
            if status != 200:
                errors.append(str(status))
        except OSError as exc:
            errors.append(type(exc).__name__)

    threads = [threading.Thread(target=one) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def test_a_burst_of_200_connections_has_no_resets(store):
    server, port = start(store, timeout_s=30)
    try:
        assert _burst(port, 200) == []
    finally:
        stop(server)
