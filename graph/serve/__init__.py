"""A read-only SPARQL 1.1 endpoint over the built graph, with an offline query page.

``/sparql`` answers SPARQL 1.1 Protocol queries (GET ``?query=``, POST form-encoded or
``application/sparql-query``) on the union of the named graphs; results are the W3C SPARQL
JSON, XML, CSV or TSV formats by ``Accept`` header (406 when none fits), CONSTRUCT and
DESCRIBE Turtle, N-Triples, JSON-LD or RDF/XML, all written by :mod:`graph.results` (the
writers of ``unsc-graph query --format``). ``GET /sparql`` without a query is the service
description. Responses carry CORS headers. ``/`` is the query page, ``/queries`` the canned
queries as JSON.

What it refuses, by reading the query (:mod:`graph.guard`), never by running it: updates
(``LOAD`` included), ``SERVICE`` unless allowed (no outbound requests), queries nested too
deeply; ``Host`` headers that do not name the server when it listens on loopback; forms
posted from another site. What it bounds (:class:`ServeOptions`): time, rows, answer size,
worker memory, expensive queries at once, connections.

The package, one module per seam: :mod:`~graph.serve.http` (requests, checks, CORS),
:mod:`~graph.serve.negotiate` (``Accept``), :mod:`~graph.serve.workers` (the worker
processes and their lanes), :mod:`~graph.serve.evaluate` (one query in a worker),
:mod:`~graph.serve.page` (the page and the service description).

>>> import pyoxigraph as ox
>>> server = make_server(ox.Store(), port=0)
>>> server.server_address[0]
'127.0.0.1'
>>> server.server_close()
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox

from graph.serve.http import SparqlServer
from graph.serve.negotiate import negotiate
from graph.serve.workers import ServeOptions, WorkerPool

__all__ = ["serve", "make_server", "ServeOptions", "SparqlServer", "WorkerPool", "negotiate"]


def make_server(store: ox.Store | str | Path, host: str = "127.0.0.1", port: int = 7878,
                options: ServeOptions | None = None, **limits: object) -> SparqlServer:
    """Return a read-only SPARQL server bound to *host*:*port* (0 picks a free port).

    *store* is the path of a build folder or graph file (queries run in worker processes,
    see :class:`WorkerPool`) or a :class:`pyoxigraph.Store` (queries run in threads: no
    memory limit, and a query past the time limit runs on until its next row). *limits* are
    fields of :class:`ServeOptions` (``timeout_s=5``) given one by one.
    """
    options = options or ServeOptions(**limits)  # type: ignore[arg-type]
    if isinstance(store, ox.Store):
        return SparqlServer((host, port), store, options)
    server = SparqlServer((host, port), None, options)  # bound before the workers start
    try:
        server.pool = WorkerPool(store, options)
    except BaseException:
        server.server_close()
        raise
    return server


def serve(store: ox.Store | str | Path, host: str = "127.0.0.1", port: int = 7878,
          options: ServeOptions | None = None) -> None:
    """Serve the graph read-only until interrupted; arguments as :func:`make_server`. The
    address is printed on stderr once the server listens (``port=0`` picks a free one)."""
    server = make_server(store, host, port, options)
    bound_host, bound_port = server.server_address[:2]
    print(f"serving http://{bound_host}:{bound_port}/sparql (query page at "
          f"http://{bound_host}:{bound_port}/; Ctrl-C to stop)", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
