"""A read-only SPARQL endpoint over the built graph, with the standard library's HTTP server.

``/sparql`` answers SPARQL 1.1 protocol queries (GET ``?query=``, POST form-encoded or
``application/sparql-query``) on the union of the named graphs (a query that names no graph
reads the build's merged store instead, when there is one); results are SPARQL JSON, XML,
CSV or TSV by ``Accept`` header, Turtle for ``CONSTRUCT``/``DESCRIBE``. Every update is
refused with 403 and the store is never written. A query running longer than ``timeout_s`` is
answered 503, one with more than ``max_rows`` rows (or triples) 400. ``/`` serves a small
offline query page, ``/queries`` the canned queries as JSON.

Served from a path (a build folder or a graph file, as the command line does), queries run in
worker processes (:class:`QueryWorkers`) that each open the graph: a query past the time limit
is stopped by killing its worker, which is replaced, since pyoxigraph cannot interrupt a
query; the number of workers bounds the queries running at once. Served from a
:class:`pyoxigraph.Store` object, queries run in threads, and one past the limit is answered
503 but runs on until its next result row.

>>> import pyoxigraph as ox
>>> server = make_server(ox.Store(), port=0)
>>> server.server_address[0]
'127.0.0.1'
>>> server.server_close()
"""

from __future__ import annotations

import json
import multiprocessing
import os
import queue
import sys
import threading
import time
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from graph.errors import UsageError
from graph.query import list_queries, names_graphs, reads_union
from graph.resources import static_path

__all__ = ["serve", "make_server", "negotiate_format", "SparqlServer", "is_update",
           "QueryWorkers"]

STATIC = static_path("")
MAX_BODY = 1 << 20  # bytes of a request body

_RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


class QueryRefused(Exception):
    """A request answered with a 4xx/5xx status and a one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def negotiate_format(accept: str | None, graph: bool) -> tuple[str, object]:
    """Return the media type and pyoxigraph format that best fit an ``Accept`` header.

    >>> negotiate_format('text/csv;q=0.5, application/sparql-results+xml', False)[0]
    'application/sparql-results+xml'
    >>> negotiate_format(None, True)[0]
    'text/turtle'
    """
    table = _GRAPH_TYPES if graph else _RESULT_TYPES
    default = "text/turtle" if graph else "application/sparql-results+json"
    choices = []
    for i, part in enumerate((accept or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            choices.append((-q, i, media))
    for _, _, media in sorted(choices):
        if media in table:
            return media, table[media]
        if media in ("*/*", "application/*", "text/*"):
            return default, table[default]
    return default, table[default]


def is_update(text: str) -> bool:
    """Tell whether *text* parses as a SPARQL update (and not as a query).

    >>> is_update('INSERT DATA { <http://a> <http://b> <http://c> }')
    True
    >>> is_update('SELECT * WHERE { ?s ?p ?o }')
    False
    """
    try:
        ox.Store().query(text)
        return False
    except SyntaxError:
        pass
    scratch = ox.Store()  # parse only, on a throwaway store: the served store is never touched
    try:
        scratch.update(text)
        return True
    except (SyntaxError, OSError, ValueError):
        return False


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server, holding the store and the limits."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: ox.Store | None, timeout_s: float,
                 max_rows: int, merged: ox.Store | None = None,
                 workers: QueryWorkers | None = None) -> None:
        self.store = store
        self.merged = merged
        self.workers = workers
        self.timeout_s = timeout_s
        self.max_rows = max_rows
        super().__init__(address, _Handler)  # may fail to bind, after the fields are set

    def server_close(self) -> None:
        super().server_close()
        if self.workers is not None:
            self.workers.close()

    def handle_error(self, request: object, client_address: tuple) -> None:
        """A client that went away or stalled is not an error of the server: say nothing;
        anything else is one line on stderr, not a traceback."""
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)):
            return
        print(f"unsc-graph serve: request from {client_address[0]} failed: "
              f"{type(exc).__name__}: {exc}", file=sys.stderr)


def _tsv_term(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> str:
    """Write one value of a solution in the SPARQL TSV results syntax.

    Parameters
    ----------
    term : pyoxigraph.NamedNode, pyoxigraph.BlankNode, pyoxigraph.Literal, pyoxigraph.Triple or None
        The bound value, or ``None`` for an unbound variable.

    Returns
    -------
    str
        The term as N-Triples (a triple term as ``<<( s p o )>>``); ``""`` when unbound.

    Examples
    --------
    >>> a, b = ox.NamedNode('http://a'), ox.NamedNode('http://b')
    >>> _tsv_term(ox.Triple(a, b, ox.Literal('x', language='en')))
    '<<( <http://a> <http://b> "x"@en )>>'
    >>> _tsv_term(None)
    ''
    """
    if term is None:
        return ""
    if isinstance(term, ox.Triple):
        return f"<<( {' '.join(_tsv_term(t) for t in term)} )>>"
    return str(term)


def _evaluate(store: ox.Store, text: str, accept: str | None, max_rows: int,
              cancel: threading.Event, merged: ox.Store | None = None,
              default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None) -> tuple[str, bytes]:
    """Run one query once and serialise its answer.

    The default graph is the union of the named graphs of *store*; when the build's merged
    store is given (*merged*, every triple once) a query that names no graph reads it
    instead: the same triples, without the union's repeats that multiply joins on large
    builds. A query with ``GRAPH`` or ``FROM`` goes to *store*.

    The answer is read in a single pass that keeps its rows and stops at row
    ``max_rows + 1`` or, after any row, when *cancel* is set. Triples are serialised with
    :func:`pyoxigraph.serialize`. Solutions are kept as lines of SPARQL TSV results (which
    keep every term exactly) and turned back into pyoxigraph results with
    :func:`pyoxigraph.parse_query_results`, whose ``serialize`` writes the format asked for:
    pyoxigraph has no other way to build results from kept solutions.

    Parameters
    ----------
    store : pyoxigraph.Store
        The store with the named graphs.
    text : str
        The SPARQL query.
    accept : str or None
        The request's ``Accept`` header (see :func:`negotiate_format`).
    max_rows : int
        The most rows (or triples) answered.
    cancel : threading.Event
        Set when the caller has given up: the pass stops at its next row.
    merged : pyoxigraph.Store or None
        The build's merged store, for queries that name no graph.
    default_graphs, named_graphs : list of str, optional
        The protocol's ``default-graph-uri`` and ``named-graph-uri``: the query's dataset
        (they override its ``FROM`` clauses, as SPARQL 1.1 Protocol says).

    Returns
    -------
    tuple of (str, bytes)
        The media type and the body.

    Raises
    ------
    QueryRefused
        403 for an update, 400 for bad SPARQL or too many rows, 503 when cancelled.
    """
    dataset: dict = {}
    try:
        if default_graphs:
            dataset["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs:
            dataset["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    except ValueError as exc:
        raise QueryRefused(HTTPStatus.BAD_REQUEST, f"bad graph IRI: {exc}") from None
    if merged is not None and not dataset and not names_graphs(text):
        store, union = merged, False
    else:  # FROM, FROM NAMED and the protocol's graph parameters set the dataset themselves
        union = not dataset and reads_union(store, text)
    try:
        answer = store.query(text, use_default_graph_as_union=union, **dataset)
    except SyntaxError as exc:
        problem = str(exc)
    else:
        problem = None
    if problem is not None:
        if is_update(text):
            raise QueryRefused(HTTPStatus.FORBIDDEN, "updates are not allowed: read-only")
        raise QueryRefused(HTTPStatus.BAD_REQUEST, f"bad SPARQL: {problem}")
    if isinstance(answer, ox.QueryBoolean):
        media, fmt = negotiate_format(accept, False)
        return media, answer.serialize(format=fmt)
    graph = isinstance(answer, ox.QueryTriples)
    # TSV header line, or None for a graph
    head = None if graph else "\t".join(f"?{v.value}" for v in answer.variables)
    # the single pass: keep the rows, stopping at the limit or when the caller has given up
    rows: list = []
    stopped = None
    for item in answer:
        if len(rows) == max_rows:
            what = "triples" if graph else "rows"
            stopped = QueryRefused(
                HTTPStatus.BAD_REQUEST,
                f"result has more than {max_rows} {what}: add a LIMIT to the query",
            )
            break
        rows.append(item if graph else "\t".join(map(_tsv_term, item)))
        if cancel.is_set():
            stopped = QueryRefused(HTTPStatus.SERVICE_UNAVAILABLE, "query timed out")
            break
    # pyoxigraph results must be dropped on the thread that made them: not kept in a traceback
    del answer
    if stopped is not None:
        raise stopped
    media, fmt = negotiate_format(accept, graph)
    if graph:
        return media, ox.serialize(rows, format=fmt)
    tsv = "\n".join([head, *rows, ""])
    return media, ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV).serialize(format=fmt)


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    timeout = 60  # seconds a client may take to send its request: a stalled one is dropped

    def log_message(self, format: str, *args) -> None:
        pass

    def _send(self, status: int, media: str, body: bytes,
              extra: dict[str, str] | None = None) -> None:
        if media in ("text/csv", "text/tab-separated-values"):
            media += "; charset=utf-8"  # labels in every script
        self.send_response(status)
        self.send_header("Content-Type", media)
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def do_HEAD(self) -> None:
        self.do_GET()

    def _not_allowed(self) -> None:
        self._send(405, "text/plain; charset=utf-8",
                   f"method {self.command} not allowed: use GET, HEAD or POST\n".encode(),
                   {"Allow": "GET, HEAD, POST"})

    do_OPTIONS = do_PUT = do_DELETE = do_PATCH = _not_allowed

    def _body_length(self) -> int | None:
        """The request's ``Content-Length``, or ``None`` after answering a bad one."""
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self._error(400, "bad Content-Length")
            return None
        if length > MAX_BODY:
            self._error(413, f"request body larger than {MAX_BODY} bytes")
            return None
        return length

    def handle_expect_100(self) -> bool:
        """Refuse a body that is too large before the client sends it."""
        if self._body_length() is None:
            self.close_connection = True
            return False
        return super().handle_expect_100()

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            page = (STATIC / "query.html").read_bytes()
            return self._send(200, "text/html; charset=utf-8", page)
        if url.path == "/queries":
            data = [
                {
                    "name": q.name,
                    "summary": q.summary,
                    "params": [p.__dict__ for p in q.params],
                    "text": q.text,
                }
                for q in list_queries()
            ]
            body = json.dumps(data, ensure_ascii=False).encode("utf-8")
            return self._send(200, "application/json; charset=utf-8", body)
        if url.path != "/sparql":
            return self._error(404, "not found: use /sparql, /queries or /")
        fields = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        self._answer(fields)

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._error(404, "not found: use /sparql")
        length = self._body_length()
        if length is None:
            self.close_connection = True  # the body, if any, is not read
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        fields = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if media == "application/sparql-update":
            return self._error(403, "updates are not allowed: read-only")
        if media == "application/sparql-query":
            fields["query"] = [body]
        elif media == "application/x-www-form-urlencoded":
            for key, values in urllib.parse.parse_qs(body, keep_blank_values=True).items():
                fields.setdefault(key, []).extend(values)
        else:
            return self._error(415, f"unsupported Content-Type {media!r}")
        self._answer(fields)

    def _answer(self, fields: dict) -> None:
        if "update" in fields:
            return self._error(403, "updates are not allowed: read-only")
        queries = fields.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            return self._error(400, "give exactly one query parameter")
        text = queries[0]
        accept = self.headers.get("Accept")
        graphs = (fields.get("default-graph-uri") or None, fields.get("named-graph-uri") or None)
        if self.server.workers is not None:
            status, media, body = self.server.workers.ask(
                (text, accept, *graphs), self.server.timeout_s)
            if status != 200:
                return self._error(status, media)
            return self._send(200, media, body)
        outcome: dict = {}
        cancel = threading.Event()
        store, max_rows = self.server.store, self.server.max_rows

        def work() -> None:
            try:
                outcome["ok"] = _evaluate(store, text, accept, max_rows, cancel,
                                          self.server.merged, *graphs)
            except QueryRefused as exc:
                outcome["refused"] = exc
            except Exception as exc:
                outcome["refused"] = QueryRefused(500, f"query failed: {exc}")

        worker = threading.Thread(target=work, daemon=True)
        worker.start()
        worker.join(self.server.timeout_s)
        if worker.is_alive():
            cancel.set()  # the worker stops at its next result row
            return self._error(503, f"query took longer than {self.server.timeout_s} s")
        if "refused" in outcome:
            exc = outcome["refused"]
            return self._error(int(exc.status), str(exc))
        media, body = outcome["ok"]
        self._send(200, media, body)


class QueryWorkers:
    """Worker processes that each open the graph at *path* and answer queries one at a time.

    :meth:`ask` hands a query to an idle worker; a query that passes its time limit is
    stopped by killing the worker, which is replaced at once. The number of workers bounds
    the queries running at once; a request that finds none idle within its time limit is
    answered 503.

    Parameters
    ----------
    path : str or Path
        A build folder or a graph file (see :func:`graph.store.open_store`).
    count : int
        The number of workers.
    max_rows : int
        The most rows (or triples) answered.

    Raises
    ------
    UsageError
        When a worker cannot open the graph (the first one's message).
    """

    def __init__(self, path: str | Path, count: int, max_rows: int) -> None:
        self.path, self.max_rows = str(path), max_rows
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue = queue.Queue()
        self._all: set = set()
        self._lock = threading.Lock()
        self._closed = False
        started = [self._start() for _ in range(max(1, count))]
        try:
            for worker in started:
                self._ready(worker, None)
                self._idle.put(worker)
        except BaseException:
            self.close()
            raise

    def _start(self) -> tuple[multiprocessing.process.BaseProcess, Connection]:
        here, there = self._context.Pipe()
        process = self._context.Process(target=_worker_main, args=(self.path, there),
                                        name="unsc-graph-query", daemon=True)
        process.start()
        there.close()
        worker = (process, here)
        with self._lock:
            self._all.add(worker)
        return worker

    def _ready(self, worker: tuple, timeout: float | None) -> None:
        """Wait for the worker's first message: ready, or why it cannot open the graph."""
        conn = worker[1]
        if not conn.poll(timeout):
            raise TimeoutError
        try:
            message = conn.recv()
        except (EOFError, OSError):
            message = ("error", f"{self.path}: the query worker stopped while opening the graph")
        if message[0] != "ready":
            raise UsageError(message[1])

    def _stop(self, worker: tuple) -> None:
        process, conn = worker
        process.kill()
        process.join()
        conn.close()
        with self._lock:
            self._all.discard(worker)

    def ask(self, request: tuple, timeout: float) -> tuple[int, str, bytes]:
        """Answer *request* (query text, ``Accept``, default and named graph IRIs) within
        *timeout* seconds: ``(200, media type, body)`` or ``(status, message, b"")``."""
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return 503, f"busy: no query worker became free in {timeout} s", b""
        conn = worker[1]
        try:
            conn.send((*request, self.max_rows))
            if conn.poll(max(0.0, deadline - time.monotonic())):
                reply = conn.recv()
                self._idle.put(worker)
                return reply
            reply = 503, f"query took longer than {timeout} s", b""
        except (EOFError, OSError):
            reply = 500, "query failed: the query worker stopped", b""
        self._stop(worker)  # the only way to stop a query: pyoxigraph cannot interrupt one
        if not self._closed:
            fresh = self._start()
            threading.Thread(target=self._welcome, args=(fresh,), daemon=True).start()
        return reply

    def _welcome(self, worker: tuple) -> None:
        """Put a replacement worker to use once it has opened the graph."""
        try:
            self._ready(worker, None)
        except (UsageError, EOFError, OSError, TimeoutError):
            self._stop(worker)
            return
        self._idle.put(worker)

    def pids(self) -> list[int]:
        """The process ids of the live workers."""
        with self._lock:
            return sorted(p.pid for p, _ in self._all if p.pid is not None)

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._stop(worker)


def _worker_main(path: str, conn: Connection) -> None:
    """A query worker: open the graph at *path*, then answer requests until the pipe closes."""
    from graph.errors import UnscGraphError
    from graph.store import open_store

    try:
        store, merged = open_store(path), None
    except UnscGraphError as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ready",))
    parent = os.getppid()

    def watch_parent() -> None:  # a worker whose server died stops, even mid-query
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch_parent, daemon=True).start()
    never = threading.Event()
    while True:
        try:
            text, accept, default_graphs, named_graphs, max_rows = conn.recv()
        except (EOFError, OSError):
            return
        try:
            media, body = _evaluate(store, text, accept, max_rows, never, merged,
                                    default_graphs, named_graphs)
            conn.send((200, media, body))
        except QueryRefused as exc:
            conn.send((int(exc.status), str(exc), b""))
        except Exception as exc:  # answered 500, the worker goes on
            conn.send((500, f"query failed: {exc}", b""))


def make_server(
    store: ox.Store | str | Path,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout_s: float = 30.0,
    max_rows: int = 100_000,
    merged: ox.Store | None = None,
    workers: int | None = None,
) -> SparqlServer:
    """Return a read-only SPARQL server bound to *host*:*port* (0 picks a free port).

    *store* is a :class:`pyoxigraph.Store` (queries run in threads; a query naming no graph
    reads *merged* when given, see :func:`_evaluate`) or the path of a build folder or graph
    file (queries run in *workers* processes, by default one per core up to 2, see
    :class:`QueryWorkers`).
    """
    if isinstance(store, ox.Store):
        return SparqlServer((host, port), store, timeout_s, max_rows, merged)
    server = SparqlServer((host, port), None, timeout_s, max_rows)  # bound before the workers
    try:
        server.workers = QueryWorkers(store, workers or min(2, os.cpu_count() or 1), max_rows)
    except BaseException:
        server.server_close()
        raise
    return server


def serve(
    store: ox.Store | str | Path,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout_s: float = 30.0,
    max_rows: int = 100_000,
    merged: ox.Store | None = None,
    workers: int | None = None,
) -> None:
    """Serve the graph read-only until interrupted; arguments as :func:`make_server`. The
    address is printed on stderr once the server listens (``--port 0`` picks a free one)."""
    server = make_server(store, host, port, timeout_s, max_rows, merged, workers)
    bound_host, bound_port = server.server_address[:2]
    print(f"serving http://{bound_host}:{bound_port}/sparql (query page at "
          f"http://{bound_host}:{bound_port}/; Ctrl-C to stop)", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
