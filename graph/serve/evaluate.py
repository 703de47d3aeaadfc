"""Answer one query on a store: the part of the endpoint that runs in a query worker.

The query has been checked (:func:`graph.guard.check_query`) and its answer format chosen
(:mod:`graph.serve.negotiate`) by the HTTP side before it gets here; this module runs it
once, on a thread with a large stack, and writes the answer with the writers of
:mod:`graph.results`, stopping at the row and size limits.

>>> import pyoxigraph as ox
>>> evaluate(ox.Store(), Request('ASK {}', 'json'))
(200, 'application/sparql-results+json', b'{"head":{},"boolean":true}')
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from graph.guard import run_with_large_stack
from graph.query import reads_union
from graph.results import (
    GRAPH_FORMATS,
    RESULT_FORMATS,
    ResultTooLarge,
    write_boolean,
    write_solutions,
    write_triples,
)

__all__ = ["Request", "Reply", "evaluate", "Cancelled"]

#: (status, media type or error message, body)
Reply = tuple[int, str, bytes]


@dataclass(frozen=True)
class Request:
    """A checked query and how to answer it."""

    text: str
    fmt: str
    media: str = ""
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    max_rows: int | None = None
    max_bytes: int | None = None


class Cancelled(Exception):
    """The caller gave up (time limit): the pass over the answer stops at its next row."""


def _watch(rows: Iterable, cancel: threading.Event | None) -> Iterator:
    for row in rows:
        if cancel is not None and cancel.is_set():
            raise Cancelled
        yield row


def evaluate(store: ox.Store, request: Request, cancel: threading.Event | None = None,
             large_stack: bool = False) -> Reply:
    """Run *request* on *store* once and return ``(status, media type, body)``, or
    ``(status, message, b"")``: 400 for bad SPARQL or too many rows, 413 for an answer past
    the size limit, 503 when *cancel* was set.

    The default graph is the union of the named graphs unless the query or the protocol's
    ``default-graph-uri``/``named-graph-uri`` set the dataset. The query runs on a new
    thread with a large stack (:func:`graph.guard.run_with_large_stack`) unless
    *large_stack* says the calling thread has one already (a query worker's loop).
    """
    dataset: dict = {}
    try:
        if request.default_graphs:
            dataset["default_graph"] = [ox.NamedNode(g) for g in request.default_graphs]
        if request.named_graphs:
            dataset["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs]
    except ValueError as exc:
        return 400, f"bad graph IRI: {exc}", b""
    union = not dataset and reads_union(store, request.text)
    media = request.media or RESULT_FORMATS.get(request.fmt) or GRAPH_FORMATS[request.fmt]

    def run() -> Reply:
        try:
            answer = store.query(request.text, use_default_graph_as_union=union, **dataset)
        except SyntaxError as exc:
            return 400, "bad SPARQL: " + " ".join(str(exc).split()), b""
        out = io.BytesIO()
        limits = {"max_rows": request.max_rows, "max_bytes": request.max_bytes}
        try:
            if isinstance(answer, ox.QueryBoolean):
                write_boolean(bool(answer), request.fmt, out)
            elif isinstance(answer, ox.QueryTriples):
                write_triples(_watch(answer, cancel), request.fmt, out, **limits)
            else:
                write_solutions([v.value for v in answer.variables], _watch(answer, cancel),
                                request.fmt, out, **limits)
        except ResultTooLarge as exc:
            return exc.status, str(exc), b""
        except Cancelled:
            return 503, "query timed out", b""
        finally:
            del answer  # pyoxigraph answers are dropped on the thread that made them
        return 200, media, out.getvalue()

    return run() if large_stack else run_with_large_stack(run)
