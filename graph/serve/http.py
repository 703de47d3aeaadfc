"""The HTTP side of the endpoint: requests, checks, CORS, and where queries go.

Every request is checked before a query runs: the ``Host`` header must name this server when
it listens on loopback (no DNS rebinding), a form posted from another site is refused, the
query is read by :func:`graph.guard.check_query` (nesting, updates, ``SERVICE``) and its
answer format chosen (406 when the ``Accept`` header allows none). Only then does it go to a
:class:`~graph.serve.workers.WorkerPool` (served from a path) or a thread (served from a
:class:`pyoxigraph.Store` object: no memory limit, and a query past the time limit is
answered 503 but runs on until its next row).
"""

from __future__ import annotations

import ipaddress
import json
import socket
import sys
import threading
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox

from graph.guard import QueryRefusal, check_query
from graph.query import list_queries
from graph.serve.evaluate import Reply, Request, evaluate
from graph.serve.negotiate import GRAPH_MEDIA, RESULT_MEDIA, media_type, negotiate
from graph.serve.page import query_page, service_description
from graph.serve.workers import ServeOptions, WorkerPool

__all__ = ["SparqlServer", "MAX_BODY"]

MAX_BODY = 1 << 20  # bytes of a request body
_FORM_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data", "text/plain"}
_CORS = {"Access-Control-Allow-Origin": "*",
         "Access-Control-Expose-Headers": "Content-Type, Retry-After"}


def _is_loopback(host: str) -> bool:
    """Whether *host* (a name or an address) is this machine only.

    >>> _is_loopback('127.0.0.1'), _is_loopback('localhost'), _is_loopback('0.0.0.0')
    (True, True, False)
    """
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _split_host(value: str) -> tuple[str, int | None]:
    """``host[:port]`` of a ``Host`` header or an origin's netloc.

    >>> _split_host('[::1]:7878'), _split_host('localhost')
    (('::1', 7878), ('localhost', None))
    """
    try:
        parts = urllib.parse.urlsplit("//" + value)
        return (parts.hostname or ""), parts.port
    except ValueError:
        return "", -1


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server, holding the store or the worker pool, and the limits."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], store: ox.Store | None,
                 options: ServeOptions, pool: WorkerPool | None = None) -> None:
        self.store = store
        self.pool = pool
        self.options = options
        self.request_queue_size = options.backlog
        self._slots = threading.BoundedSemaphore(options.max_connections)
        super().__init__(address, _Handler)  # may fail to bind, after the fields are set
        self.loopback = _is_loopback(address[0])

    # --- connections -------------------------------------------------------------------------

    def process_request(self, request: socket.socket, client_address: tuple) -> None:
        """Serve the connection on a thread, or answer 503 at once past the connection cap."""
        if not self._slots.acquire(blocking=False):
            body = b"busy: too many open connections; try again\n"
            head = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; "
                    b"charset=utf-8\r\nRetry-After: 1\r\nConnection: close\r\n"
                    b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n")
            try:
                request.sendall(head + body)
                request.shutdown(socket.SHUT_WR)
            except OSError:
                pass
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: socket.socket, client_address: tuple) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def server_close(self) -> None:
        super().server_close()
        if self.pool is not None:
            self.pool.close()

    def handle_error(self, request: object, client_address: tuple) -> None:
        """A client that went away or stalled is not an error of the server: say nothing;
        anything else is one line on stderr, not a traceback."""
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)):
            return
        print(f"unsc-graph serve: request from {client_address[0]} failed: "
              f"{type(exc).__name__}: {exc}", file=sys.stderr)

    # --- queries -------------------------------------------------------------------------------

    def answer(self, request: Request) -> tuple[Reply, dict[str, str]]:
        """Run a checked query in a worker, or on a thread for a store object."""
        if self.pool is not None:
            return self.pool.ask(request)
        outcome: dict[str, Reply] = {}
        cancel = threading.Event()

        def work() -> None:
            try:
                outcome["reply"] = evaluate(self.store, request, cancel)
            except Exception as exc:
                outcome["reply"] = (500, f"query failed: {type(exc).__name__}: {exc}", b"")

        worker = threading.Thread(target=work, daemon=True)
        worker.start()
        worker.join(self.options.timeout_s)
        if worker.is_alive():
            cancel.set()  # the worker stops at its next result row
            return (503, f"query took longer than {self.options.timeout_s:g} s", b""), {}
        return outcome["reply"], {}


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    timeout = 30  # seconds a client may take to send its request: a stalled one is dropped

    def log_message(self, format: str, *args: object) -> None:
        pass

    # --- replies -------------------------------------------------------------------------------

    def _send(self, status: int, media: str, body: bytes,
              extra: dict[str, str] | None = None) -> None:
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

    def _error(self, status: int, message: str, extra: dict[str, str] | None = None) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"),
                   {**_CORS, **(extra or {})})

    # --- checks --------------------------------------------------------------------------------

    def _host_ok(self) -> bool:
        """On loopback, the ``Host`` header must name a loopback address (DNS rebinding: a
        web page's name resolving to 127.0.0.1 is refused) and this server's port."""
        if not self.server.loopback:
            return True
        host = self.headers.get("Host")
        if host is None:
            return self.request_version == "HTTP/1.0"
        name, port = _split_host(host.strip())
        return _is_loopback(name) and port in (None, self.server.server_address[1])

    def _same_origin(self, origin: str) -> bool:
        parts = urllib.parse.urlsplit(origin)
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            return False
        own_host, _ = _split_host(self.headers.get("Host") or "")
        name = parts.hostname or ""
        same_name = _is_loopback(name) if self.server.loopback else name == own_host
        return parts.scheme == "http" and same_name and port == self.server.server_address[1]

    def _refuse_cross_site_form(self, media: str) -> bool:
        """A form posted by a page of another site (a simple request, no CORS preflight) is
        refused: queries from other origins use GET or ``application/sparql-query``."""
        if media not in _FORM_TYPES:
            return False
        origin = self.headers.get("Origin")
        if origin is not None:
            return not self._same_origin(origin)
        return (self.headers.get("Sec-Fetch-Site") or "").lower() == "cross-site"

    # --- methods -------------------------------------------------------------------------------

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_OPTIONS(self) -> None:
        """CORS preflight (and plain OPTIONS): which methods and headers are allowed."""
        if not self._host_ok():
            return self._error(403, "Host header does not name this server")
        self._send(204, "text/plain; charset=utf-8", b"", {
            **_CORS, "Allow": "GET, HEAD, POST, OPTIONS",
            "Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
            "Access-Control-Allow-Headers": "Content-Type, Accept",
            "Access-Control-Max-Age": "600"})

    def _not_allowed(self) -> None:
        self._error(405, f"method {self.command} not allowed: use GET, HEAD, POST or OPTIONS",
                    {"Allow": "GET, HEAD, POST, OPTIONS"})

    do_PUT = do_DELETE = do_PATCH = _not_allowed

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
        if not self._host_ok():
            return self._error(403, "Host header does not name this server")
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            return self._send(200, "text/html; charset=utf-8", query_page(),
                              {"Content-Security-Policy": "default-src 'self'; "
                               "script-src 'unsafe-inline'; style-src 'unsafe-inline'"})
        if url.path == "/favicon.ico":  # asked by every browser: nothing, not a 404
            return self._send(204, "image/x-icon", b"")
        if url.path == "/queries":
            data = [{"name": q.name, "summary": q.summary,
                     "params": [p.__dict__ for p in q.params], "text": q.text}
                    for q in list_queries()]
            body = json.dumps(data, ensure_ascii=False).encode("utf-8")
            return self._send(200, "application/json; charset=utf-8", body)
        if url.path != "/sparql":
            return self._error(404, "not found: use /sparql, /queries or /")
        fields = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if not fields:
            return self._describe()
        self._answer(fields)

    def do_POST(self) -> None:
        if not self._host_ok():
            return self._error(403, "Host header does not name this server")
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._error(404, "not found: use /sparql")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if self._refuse_cross_site_form(media):
            self.close_connection = True
            return self._error(403, "a form posted from another site is refused: send the "
                                    "query with GET or as application/sparql-query")
        length = self._body_length()
        if length is None:
            self.close_connection = True  # the body, if any, is not read
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        fields = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if media == "application/sparql-update":
            return self._error(403, "updates are not allowed: read-only")
        if media == "application/sparql-query":
            fields["query"] = [body]
        elif media == "application/x-www-form-urlencoded":
            for key, values in urllib.parse.parse_qs(body, keep_blank_values=True).items():
                fields.setdefault(key, []).extend(values)
        else:
            return self._error(415, f"unsupported Content-Type {media!r}: use "
                                    "application/sparql-query or a form")
        self._answer(fields)

    # --- answers -------------------------------------------------------------------------------

    def _describe(self) -> None:
        """The SPARQL 1.1 service description (GET /sparql without a query)."""
        chosen = negotiate(self.headers.get("Accept"), "GRAPH")
        if chosen is None:
            return self._error(406, "not acceptable: the service description is "
                                    f"{', '.join(sorted(set(GRAPH_MEDIA)))}")
        fmt, media = chosen
        host = self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])
        body = service_description(f"http://{host}/sparql", fmt, self.server.options)
        self._send(200, media_type(media), body, _CORS)

    def _answer(self, fields: dict[str, list[str]]) -> None:
        if "update" in fields:
            return self._error(403, "updates are not allowed: read-only")
        queries = fields.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            return self._error(400, "give exactly one query parameter")
        text = queries[0]
        options = self.server.options
        try:
            form = check_query(text, allow_service=options.allow_service)
        except QueryRefusal as exc:
            return self._error(exc.status, str(exc))
        chosen = negotiate(self.headers.get("Accept"), form or "SELECT")
        if chosen is None:
            table = GRAPH_MEDIA if form in ("CONSTRUCT", "DESCRIBE") else RESULT_MEDIA
            return self._error(HTTPStatus.NOT_ACCEPTABLE,
                               f"not acceptable: a {form or 'query'} answers "
                               f"{', '.join(sorted(set(table)))}")
        fmt, media = chosen
        request = Request(text, fmt, media, tuple(fields.get("default-graph-uri") or ()),
                          tuple(fields.get("named-graph-uri") or ()), options.max_rows,
                          options.max_bytes)
        (status, what, body), extra = self.server.answer(request)
        if status != 200:
            return self._error(status, what, extra)
        self._send(200, media_type(what), body, {**_CORS, "Vary": "Accept"})
