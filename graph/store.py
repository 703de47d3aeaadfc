"""The embedded store: Oxigraph on disk under the build folder, and the serialisations.

Every command reads the graph through :func:`open_store`: a build folder opens its on-disk
Oxigraph store read-only; a Turtle, N-Triples, N-Quads, TriG or JSON-LD file is loaded into an
in-memory Oxigraph store. Serialisations are sorted, so the same graph always gives the same
bytes.

>>> q = to_ox_quad((URIRef('http://a'), URIRef('http://b'), Literal('x', lang='zh')), None)
>>> str(q.object)
'"x"@zh'
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from graph.errors import InputError, UsageError
from graph.namespaces import SERIALIZATION_PREFIXES

__all__ = [
    "to_ox_term", "to_ox_quad", "open_store", "serialize_store", "write_graph_files",
    "FORMATS", "atomic_directory", "atomic_file", "rdflib_dataset", "count_triples",
    "STORE_DIR", "TURTLE_FILE", "QUADS_FILE",
]

STORE_DIR = "store"
TURTLE_FILE = "graph.ttl"
QUADS_FILE = "graph.nq"

#: export format name -> (pyoxigraph format, keeps named graphs)
FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "ntriples": (ox.RdfFormat.N_TRIPLES, False),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
    "trig": (ox.RdfFormat.TRIG, True),
    "nquads": (ox.RdfFormat.N_QUADS, True),
}

_EXT = {
    ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
}

_nn_cache: dict[str, ox.NamedNode] = {}


def to_ox_term(term: Node) -> ox.NamedNode | ox.Literal:
    """Convert an rdflib IRI or literal to pyoxigraph (plain literals become xsd:string)."""
    if isinstance(term, URIRef):
        s = str(term)
        n = _nn_cache.get(s)
        if n is None:
            if len(_nn_cache) > 500_000:
                _nn_cache.clear()
            n = _nn_cache[s] = ox.NamedNode(s)
        return n
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"blank nodes are not used in this project: {term!r}")


def to_ox_quad(triple: tuple[URIRef, URIRef, Node], graph: URIRef | None) -> ox.Quad:
    """Convert an rdflib triple in *graph* (``None``: default graph) to a pyoxigraph quad."""
    s, p, o = triple
    g = to_ox_term(graph) if graph is not None else ox.DefaultGraph()
    return ox.Quad(to_ox_term(s), to_ox_term(p), to_ox_term(o), g)  # type: ignore[arg-type]


def _sort_key_triple(q: ox.Quad | ox.Triple) -> tuple[str, str, str]:
    return (str(q.subject), str(q.predicate), str(q.object))


def serialize_store(store: ox.Store, fmt: str) -> bytes:
    """Serialise the whole store in *fmt*, sorted; triple formats merge the named graphs."""
    try:
        oxfmt, keeps_graphs = FORMATS[fmt]
    except KeyError:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
    prefixes = SERIALIZATION_PREFIXES if fmt in ("turtle", "trig") else None
    if keeps_graphs:
        quads = sorted(store, key=lambda q: (str(q.graph_name), *_sort_key_triple(q)))
        data = ox.serialize(quads, format=oxfmt, prefixes=prefixes)
    else:
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store}
        ordered = sorted(triples, key=_sort_key_triple)
        data = ox.serialize(ordered, format=oxfmt, prefixes=prefixes)
    return _sorted_prefix_block(data) if prefixes else data


def _sorted_prefix_block(data: bytes) -> bytes:
    """Write the ``@prefix`` lines in a fixed order, whatever order the serialiser chose."""
    lines = data.split(b"\n")
    head = sorted(line for line in lines if line.startswith(b"@prefix "))
    body = [line for line in lines if not line.startswith(b"@prefix ")]
    return b"\n".join(head + body)


def count_triples(store: ox.Store) -> int:
    """Number of distinct triples, named graphs merged (counted by SPARQL, not by iterating)."""
    res = store.query("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o "
                      "{ { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } }")
    return int(next(iter(res))["n"].value)


@contextlib.contextmanager
def atomic_directory(target: Path) -> Iterator[Path]:
    """Yield a temporary folder beside *target*; on success it replaces *target* at once,
    on any failure it is removed and *target* is left as it was."""
    target = Path(target)
    parent = target.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = parent / f".{target.name}.tmp-{os.getpid()}"
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir()
    except OSError as exc:
        raise InputError(target, f"cannot write the output folder: {exc.strerror}") from exc
    try:
        yield tmp
        old = parent / f".{target.name}.old-{os.getpid()}"
        if target.exists():
            os.replace(target, old)
        os.replace(tmp, target)
        if old.exists():
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside *target* that replaces it only on success."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_graph_files(folder: Path, quads: Iterable[ox.Quad]) -> ox.Store:
    """Write the on-disk store, ``graph.ttl`` (merged) and ``graph.nq`` into *folder*."""
    store = ox.Store(str(folder / STORE_DIR))
    store.bulk_extend(quads)
    store.flush()
    (folder / TURTLE_FILE).write_bytes(serialize_store(store, "turtle"))
    (folder / QUADS_FILE).write_bytes(serialize_store(store, "nquads"))
    return store


def open_store(path: str | Path) -> ox.Store:
    """Open the graph at *path*: a build folder or an RDF file."""
    p = Path(path)
    if p.is_dir():
        if (p / STORE_DIR).is_dir():
            try:
                return ox.Store.read_only(str(p / STORE_DIR))
            except OSError as exc:
                raise UsageError(f"{p}: cannot open the store: {exc}") from exc
        if (p / QUADS_FILE).is_file():
            return open_store(p / QUADS_FILE)
        raise UsageError(f"{p}: no built graph here; run 'unsc-graph build' first")
    if not p.exists():
        raise UsageError(f"{p}: no such graph file or build folder; run 'unsc-graph build' first")
    fmt = _EXT.get(p.suffix.lower())
    if fmt is None:
        raise UsageError(f"{p}: unknown graph file type (use .ttl, .nt, .nq, .trig or .jsonld)")
    store = ox.Store()
    try:
        store.bulk_load(path=str(p), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(p, f"not a valid graph file: {first}") from exc
    return store


def rdflib_dataset(store: ox.Store) -> Dataset:
    """Return an in-memory rdflib :class:`~rdflib.Dataset` copy of the store (small graphs)."""
    data = serialize_store(store, "nquads")
    ds = Dataset()
    ds.parse(data=data, format="nquads")
    return ds


def rdflib_graph(store: ox.Store) -> Graph:
    """Return an in-memory rdflib :class:`~rdflib.Graph` of the merged named graphs."""
    g = Graph()
    g.parse(data=serialize_store(store, "ntriples"), format="nt")
    return g
