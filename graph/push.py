"""Load the built graph into any SPARQL 1.1 server through the Graph Store HTTP Protocol.

Each named graph is sent on its own (``PUT`` replaces it, ``POST`` adds to it) to
``<gsp>?graph=<iri>``, the default graph, if not empty, to ``<gsp>?default``; so the server
keeps the named graphs. For Oxigraph (``oxigraph serve``) the Graph Store endpoint is
``/store`` beside ``/query``, which :func:`derive_gsp_url` computes.

>>> derive_gsp_url('http://127.0.0.1:7878/query')
'http://127.0.0.1:7878/store'
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from graph.errors import InputError, UsageError
from graph.progress import progress

__all__ = ["push", "derive_gsp_url", "PushReport", "read_store"]

_FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
}


@dataclass
class PushReport:
    """What was sent: triples per graph (``""`` for the default graph), where to, and the
    time taken."""

    graphs: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    target: str = ""

    @property
    def triples(self) -> int:
        return sum(self.graphs.values())


def derive_gsp_url(endpoint_url: str) -> str:
    """Return the Graph Store Protocol URL of an Oxigraph server from its query or base URL.

    >>> derive_gsp_url('http://localhost:7878')
    'http://localhost:7878/store'
    >>> derive_gsp_url('http://localhost:7878/sparql/')
    'http://localhost:7878/store'
    """
    parts = urllib.parse.urlsplit(endpoint_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"not an http(s) URL: {endpoint_url}")
    path = parts.path.rstrip("/")
    for tail in ("/query", "/sparql", "/store", "/update"):
        if path.endswith(tail):
            path = path[: -len(tail)]
            break
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path + "/store", "", ""))


def read_store(path: str | Path) -> ox.Store:
    """Open a built store folder read-only, or load a TriG/N-Quads/Turtle file in memory."""
    path = Path(path)
    if path.is_dir():
        try:
            return ox.Store.read_only(str(path))
        except OSError as exc:
            raise InputError(path, f"cannot open the store: {exc}") from exc
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None or not path.is_file():
        raise InputError(path, "not a store folder nor a .trig/.nq/.ttl/.nt file")
    store = ox.Store()
    try:
        store.load(path=str(path), format=fmt)
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(path, f"cannot parse: {exc}") from exc
    return store


def _send(url: str, method: str, body: bytes, timeout_s: float) -> None:
    request = urllib.request.Request(
        url, data=body, method=method, headers={"Content-Type": "application/n-triples"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()
        raise UsageError(f"{method} {url}: HTTP {exc.code} {detail[0] if detail else ''}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise UsageError(f"{method} {url}: {exc}") from exc


def push(
    store_or_path: ox.Store | str | Path,
    endpoint_url: str,
    *,
    gsp_url: str | None = None,
    method: str = "PUT",
    timeout_s: float = 300.0,
) -> PushReport:
    """Send every graph of the store to a SPARQL server's Graph Store endpoint.

    *endpoint_url* is the server's query endpoint (or base URL); *gsp_url* its Graph Store
    endpoint, by default derived for Oxigraph. ``PUT`` (the default) replaces each graph, so
    pushing twice leaves the server as after one push. A progress bar is shown on standard
    error when it is a terminal (:func:`graph.progress.progress`).
    """
    if method not in ("PUT", "POST"):
        raise UsageError(f"method must be PUT or POST, not {method}")
    store = store_or_path if isinstance(store_or_path, ox.Store) else read_store(store_or_path)
    target = gsp_url or derive_gsp_url(endpoint_url)
    report = PushReport(target=target)
    started = time.perf_counter()
    graphs = sorted(store.named_graphs(), key=lambda g: g.value)
    default = ox.DefaultGraph()
    with progress(len(graphs) + 1, "push", unit="graph") as bar:
        for graph in [default, *graphs]:
            body = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
            count = len(list(store.quads_for_pattern(None, None, None, graph)))
            bar.update(1)
            if graph == default:
                if not count:
                    continue
                url, key = target + "?default", ""
            else:
                url = target + "?" + urllib.parse.urlencode({"graph": graph.value})
                key = graph.value
            _send(url, method, body, timeout_s)
            report.graphs[key] = count
    report.seconds = time.perf_counter() - started
    return report
