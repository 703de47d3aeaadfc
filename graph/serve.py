"""A read-only SPARQL endpoint over the built graph, with the standard library's HTTP server.

``/sparql`` answers SPARQL 1.1 protocol queries (GET ``?query=``, POST form-encoded or
``application/sparql-query``) on the union of the named graphs (a query that names no graph
reads the build's merged store instead, when there is one); results are SPARQL JSON, XML,
CSV or TSV by ``Accept`` header, Turtle for ``CONSTRUCT``/``DESCRIBE``. Every update is
refused with 403 and the store is never written. A query running longer than ``timeout_s`` is
answered 503, one with more than ``max_rows`` rows (or triples) 400. ``/`` serves a small
offline query page, ``/queries`` the canned queries as JSON.

>>> import pyoxigraph as ox
>>> server = make_server(ox.Store(), port=0)
>>> server.server_address[0]
'127.0.0.1'
>>> server.server_close()
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from graph.query import list_queries, names_graphs

__all__ = ["serve", "make_server", "negotiate_format", "SparqlServer", "is_update"]

STATIC = Path(__file__).resolve().parent / "static"
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

    def __init__(self, address: tuple[str, int], store: ox.Store, timeout_s: float, max_rows: int,
                 merged: ox.Store | None = None) -> None:
        super().__init__(address, _Handler)
        self.store = store
        self.merged = merged
        self.timeout_s = timeout_s
        self.max_rows = max_rows


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
              cancel: threading.Event, merged: ox.Store | None = None) -> tuple[str, bytes]:
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

    Returns
    -------
    tuple of (str, bytes)
        The media type and the body.

    Raises
    ------
    QueryRefused
        403 for an update, 400 for bad SPARQL or too many rows, 503 when cancelled.
    """
    if merged is not None and not names_graphs(text):
        store, union = merged, False
    else:
        union = True
    try:
        answer = store.query(text, use_default_graph_as_union=union)
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

    def log_message(self, format: str, *args) -> None:
        pass

    def _send(self, status: int, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
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
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self._error(400, "bad Content-Length")
        if length > MAX_BODY:
            return self._error(413, f"request body larger than {MAX_BODY} bytes")
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
        outcome: dict = {}
        cancel = threading.Event()
        store, max_rows = self.server.store, self.server.max_rows
        accept = self.headers.get("Accept")

        def work() -> None:
            try:
                outcome["ok"] = _evaluate(store, text, accept, max_rows, cancel,
                                          self.server.merged)
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


def make_server(
    store: ox.Store,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout_s: float = 30.0,
    max_rows: int = 100_000,
    merged: ox.Store | None = None,
) -> SparqlServer:
    """Return a read-only SPARQL server bound to *host*:*port* (0 picks a free port); a
    query naming no graph reads *merged* when given (see :func:`_evaluate`)."""
    return SparqlServer((host, port), store, timeout_s, max_rows, merged)


def serve(
    store: ox.Store,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout_s: float = 30.0,
    max_rows: int = 100_000,
    merged: ox.Store | None = None,
) -> None:
    """Serve the store read-only until interrupted; arguments as :func:`make_server`."""
    server = make_server(store, host, port, timeout_s, max_rows, merged)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
