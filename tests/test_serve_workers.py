"""The endpoint served from a build folder: queries in worker processes that a time limit can
kill, the query's own dataset (FROM, the protocol's graph parameters), and HTTP edge cases."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from graph.cli import main
from graph.errors import UsageError
from graph.iri import REGISTRY_GRAPH
from graph.query import run_query
from graph.serve import make_server
from tests.conftest import ROOT

RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # never ends on the seed
IN_GRAPH = f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{REGISTRY_GRAPH}> {{ ?s ?p ?o }} }}"
FROM_GRAPH = f"SELECT (COUNT(*) AS ?n) FROM <{REGISTRY_GRAPH}> {{ ?s ?p ?o }}"
ALL = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"


def start(graph, **options):
    server = make_server(graph, port=0, **options)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/sparql"


def stop(server) -> None:
    server.shutdown()
    server.server_close()


def get(url: str, **fields: str) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode(fields),
                                     headers={"Accept": "text/csv"})
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def count(url: str, query: str, **fields: str) -> int:
    status, _, body = get(url, query=query, **fields)
    assert status == 200, body
    return int(body.decode().split()[1])


@pytest.fixture(scope="module")
def served(seed_build):
    server, url = start(seed_build, timeout_s=1.5, workers=2)
    yield server, url
    stop(server)


@pytest.fixture(scope="module")
def served_store(seed_store):
    server, url = start(seed_store, timeout_s=5)
    yield server, url
    stop(server)


def alive(pid: int) -> bool:
    return Path(f"/proc/{pid}").exists()


def test_a_query_past_the_limit_is_stopped_and_its_worker_replaced(served):
    server, url = served
    before = server.pool.pids()
    assert len(before) == 2
    t = time.perf_counter()
    status, _, body = get(url, query=RUNAWAY)
    assert status == 503, body
    assert time.perf_counter() - t < 10
    killed = set(before) - set(server.pool.pids())
    assert len(killed) == 1  # the worker that ran it is gone, not left burning a core
    assert not any(alive(pid) for pid in killed)
    for _ in range(100):  # its replacement opens the graph and joins
        if len(server.pool.pids()) == 2:
            break
        time.sleep(0.1)
    assert len(server.pool.pids()) == 2
    assert count(url, ALL) > 0  # and the endpoint goes on answering


def thread_nice(pid: int) -> set[int]:
    """The ``nice`` values of the threads of process *pid* (Linux keeps one per thread)."""
    try:
        tids = [int(t) for t in os.listdir(f"/proc/{pid}/task")]
    except OSError:
        return set()
    out = set()
    for tid in tids:
        try:
            out.add(os.getpriority(os.PRIO_PROCESS, tid))
        except OSError:  # the thread ended meanwhile
            pass
    return out


def test_an_expensive_query_runs_at_the_least_cpu_priority(seed_build):
    server, url = start(seed_build, workers=1, expensive=1, timeout_s=4, slow_after_s=0.2)
    try:
        runaway = threading.Thread(target=get, args=(url,), kwargs={"query": RUNAWAY})
        runaway.start()
        for _ in range(100):
            if server.pool.stats["promoted"]:
                break
            time.sleep(0.05)
        assert server.pool.stats["promoted"] == 1
        # the quick lane's fresh worker answers (it may start only after the promotion)
        assert count(url, ALL) > 0
        nice = {pid: thread_nice(pid) for pid in server.pool.pids()}
        # the promoted worker, every thread of it (the query's too), at the least priority
        assert sorted(nice.values(), key=sorted).count({19}) == 1, nice
        # the quick lane's worker at the normal one
        assert {0} in nice.values(), nice
        runaway.join()
    finally:
        stop(server)


def test_closing_the_server_stops_its_workers(seed_build):
    server, url = start(seed_build, workers=1)
    assert count(url, ALL) > 0
    pids = server.pool.pids()
    stop(server)
    assert not any(alive(pid) for pid in pids)


@pytest.mark.parametrize("which", ["served", "served_store"])
def test_from_reads_the_graph_it_names(request, which):
    _, url = request.getfixturevalue(which)
    n = count(url, IN_GRAPH)
    assert 0 < n < count(url, ALL)
    assert count(url, FROM_GRAPH) == n


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        # the protocol's default-graph-uri sets the default graph
        ({"default-graph-uri": str(REGISTRY_GRAPH)}, "registry"),
        # a graph that is not there: an empty default graph
        ({"default-graph-uri": "http://example.org/none"}, 0),
    ],
)
@pytest.mark.parametrize("which", ["served", "served_store"])
def test_the_protocols_graph_parameters_set_the_dataset(request, which, fields, expected):
    _, url = request.getfixturevalue(which)
    want = count(url, IN_GRAPH) if expected == "registry" else expected
    assert count(url, ALL, **fields) == want


def test_a_bad_graph_iri_parameter_is_400(served):
    status, _, body = get(served[1], query=ALL, **{"default-graph-uri": "not an iri"})
    assert status == 400 and b"graph IRI" in body


def test_csv_says_its_charset(served):
    status, headers, _ = get(served[1], query=ALL)
    assert status == 200
    assert headers["Content-Type"] == "text/csv; charset=utf-8"


def raw(url: str, request: bytes, wait: float = 5) -> bytes:
    """Send *request* as it is and return what the server answers within *wait* seconds."""
    port = int(urllib.parse.urlsplit(url).port)
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as s:
        s.sendall(request)
        try:
            return s.recv(4096)
        except TimeoutError:
            return b""


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        # a negative length used to leave the handler reading until the client went away
        (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
         b"Content-Length: -1\r\n\r\n", b"400"),
        # a body announced too large is refused before the client sends it
        (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
         b"Content-Length: 10485760\r\nExpect: 100-continue\r\n\r\n", b"413"),
        # OPTIONS is a CORS preflight
        (b"OPTIONS /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", b"204"),
        # methods the endpoint does not have
        (b"PUT /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n", b"405"),
    ],
)
def test_http_edge_cases_are_answered_at_once(served, request_bytes, status):
    answer = raw(served[1], request_bytes)
    assert answer.split(b" ", 2)[1] == status, answer[:200]
    if status in (b"405", b"204"):
        assert b"Allow: GET, HEAD, POST, OPTIONS" in answer


def test_a_graph_that_cannot_be_opened_is_one_line_at_start(tmp_path):
    with pytest.raises(UsageError, match="no such graph"):
        make_server(tmp_path / "nothing-here", port=0, workers=1)


def test_serve_prints_where_it_listens(seed_build):
    proc = subprocess.Popen([sys.executable, "-m", "graph", "serve", "--graph", str(seed_build),
                             "--port", "0", "--workers", "1"], cwd=ROOT,
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert line.startswith("serving http://127.0.0.1:"), line
        url = line.split()[1]
        assert count(url, ALL) > 0
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_cli_query_naming_graphs_reads_the_named_graphs(seed_build, capsys):
    assert main(["query", IN_GRAPH, "--graph", str(seed_build), "--format", "csv"]) == 0
    rows = capsys.readouterr().out.split()
    assert rows[0] == "n" and int(rows[1]) > 0


def test_run_query_keeps_the_querys_from(seed_store):
    n = run_query(seed_store, IN_GRAPH).rows[0][0]
    assert 0 < n == run_query(seed_store, FROM_GRAPH).rows[0][0]


@pytest.mark.skipif(not hasattr(os, "getppid"), reason="needs POSIX parent ids")
def test_workers_stop_when_the_server_process_dies(seed_build, tmp_path):
    script = tmp_path / "die.py"
    script.write_text(
        "import os, sys, threading, urllib.parse, urllib.request\n"
        "from graph.serve import make_server\n"
        "if __name__ == '__main__':\n"
        f"    server = make_server({str(seed_build)!r}, port=0, workers=1)\n"
        "    threading.Thread(target=server.serve_forever, daemon=True).start()\n"
        "    print(*server.pool.pids(), flush=True)\n"
        "    url = f'http://127.0.0.1:{server.server_address[1]}/sparql?' + "
        f"urllib.parse.urlencode({{'query': {RUNAWAY!r}}})\n"
        "    threading.Thread(target=urllib.request.urlopen, args=(url,), daemon=True).start()\n"
        "    threading.Event().wait(1)\n"
        "    os._exit(0)  # dies while its worker runs a query that never ends\n",
        encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    pids = [int(p) for p in done.stdout.split()]
    assert pids, done.stderr
    for _ in range(50):
        if not any(alive(pid) for pid in pids):
            break
        time.sleep(0.1)
    assert not any(alive(pid) for pid in pids)
