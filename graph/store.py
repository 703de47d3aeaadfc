"""The embedded store: one on-disk Oxigraph store under the build folder, and the serialisations.

Every command reads the graph through :func:`open_store`: a build folder opens its on-disk
store read-only; a Turtle, N-Triples, N-Quads, TriG or JSON-LD file is loaded into an
in-memory store. The store keeps the named graphs (see :mod:`graph.builder` for what each holds)
and every triple sits in exactly one of them, so queries read the union of the named graphs
as their default graph without counting a fact twice. Serialisations are sorted, so the same
graph always gives the same bytes.

>>> store = ox.Store()
>>> store.add(ox.Quad(ox.NamedNode('http://a'), ox.NamedNode('http://p'), ox.Literal('x'),
...                   ox.NamedNode('http://g')))
>>> serialize_store(store, 'nquads')
b'<http://a> <http://p> "x" <http://g> .\\n'
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from graph.errors import InputError, UsageError
from graph.namespaces import SERIALIZATION_PREFIXES
from graph.ntriples import DEFAULT_GRAPH_KEY
from graph.spool import GraphSpool

__all__ = [
    "open_store", "is_build_folder", "serialize_store", "write_spool", "load_lines",
    "count_triples", "rdflib_dataset", "rdflib_graph", "FORMATS", "STORE_DIR", "TURTLE_FILE",
    "QUADS_FILE", "SUMMARY_FILE", "ChunkLoader", "sort_graph_lines", "generate_nquads",
    "merge_triple_lines",
]

STORE_DIR = "store"
TURTLE_FILE = "graph.ttl"
QUADS_FILE = "graph.nq"
SUMMARY_FILE = "summary.json"

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

def _sort_key_triple(q: ox.Quad | ox.Triple) -> tuple[str, str, str]:
    return (str(q.subject), str(q.predicate), str(q.object))


def serialize_store(store: ox.Store, fmt: str) -> bytes:
    """Serialise the whole store in *fmt*, sorted; triple formats merge the named graphs
    (Turtle graph after graph, as :func:`write_spool` writes ``graph.ttl``)."""
    try:
        oxfmt, keeps_graphs = FORMATS[fmt]
    except KeyError:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
    if fmt in ("nquads", "ntriples", "turtle"):
        graphs = {str(g): [store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)]
                  for g in [*store.named_graphs(), ox.DefaultGraph()]}
        sorted_graphs = sort_graph_lines(graphs)
        if fmt == "nquads":
            return generate_nquads(sorted_graphs)
        if fmt == "turtle":  # as the build writes graph.ttl: graph after graph
            return _prefix_block() + b"".join(
                _turtle_body(b"\n".join(lines) + b"\n") for _, lines in sorted_graphs)
        return merge_triple_lines(sorted_graphs)
    prefixes = SERIALIZATION_PREFIXES if fmt in ("turtle", "trig") else None
    if keeps_graphs:
        quads = sorted(store, key=lambda q: (str(q.graph_name), *_sort_key_triple(q)))
        data = ox.serialize(quads, format=oxfmt, prefixes=prefixes)
    else:
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store}
        ordered = sorted(triples, key=_sort_key_triple)
        data = ox.serialize(ordered, format=oxfmt, prefixes=prefixes)
    return _sorted_prefix_block(data) if prefixes else data


# -- sorted serialisation from N-Triples lines ------------------------------------------------
#
# A line of N-Triples is ``<s> <p> o .`` with every term in the form ``str(term)`` gives, and
# a term never ends inside another one followed by a character below the space: so sorting the
# lines as bytes sorts the triples by ``(str(s), str(p), str(o))``, the order of
# :func:`serialize_store`. Working on lines keeps the sorting and de-duplication in C.

def sort_graph_lines(graphs: dict[str, list[bytes]]) -> list[tuple[str, list[bytes]]]:
    """Return ``(graph, sorted distinct N-Triples lines)`` for each graph, graphs sorted.

    *graphs* maps the N-Triples form of a graph name (``str(graph)``, ``DEFAULT`` for the
    default graph) to chunks of N-Triples data.

    >>> sort_graph_lines({'<g>': [b'<b> <p> <o> .\\n<a> <p> <o> .\\n', b'<a> <p> <o> .\\n']})
    [('<g>', [b'<a> <p> <o> .', b'<b> <p> <o> .'])]
    """
    out = []
    for key in sorted(graphs):
        lines: set[bytes] = set()
        for chunk in graphs[key]:
            lines.update(chunk.split(b"\n"))
        lines.discard(b"")
        if lines:
            out.append((key, sorted(lines)))
    return out


def generate_nquads(sorted_graphs: list[tuple[str, list[bytes]]]) -> bytes:
    """N-Quads of :func:`sort_graph_lines` output, as :func:`serialize_store` writes them."""
    parts: list[bytes] = []
    for key, lines in sorted_graphs:
        if key == DEFAULT_GRAPH_KEY:
            parts.extend(lines)
        else:
            tail = key.encode("utf-8") + b" ."
            parts.extend([line[:-1] + tail for line in lines])
    return b"\n".join(parts) + b"\n" if parts else b""


def merge_triple_lines(sorted_graphs: list[tuple[str, list[bytes]]]) -> bytes:
    """Sorted distinct N-Triples of all graphs merged."""
    lines: set[bytes] = set()
    for _, graph_lines in sorted_graphs:
        lines.update(graph_lines)
    ordered = sorted(lines)
    return b"\n".join(ordered) + b"\n" if ordered else b""


def _sorted_prefix_block(data: bytes) -> bytes:
    """Write the ``@prefix`` lines in a fixed order, whatever order the serialiser chose."""
    lines = data.split(b"\n")
    head = sorted(line for line in lines if line.startswith(b"@prefix "))
    body = [line for line in lines if not line.startswith(b"@prefix ")]
    return b"\n".join(head + body)


def count_triples(store: ox.Store) -> int:
    """Number of distinct triples, named graphs merged (counted by SPARQL, not by iterating):
    a store the build wrote has as many as it has quads."""
    res = store.query("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o "
                      "{ { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } }")
    return int(next(iter(res))["n"].value)


#: bytes of N-Quads given to Oxigraph's bulk loader at once: it holds a chunk's quads in
#: memory to sort them, so this bounds the loader's memory (about 4x the chunk for each of the
#: :data:`LOAD_THREADS` chunks loaded at once); a build of the English corpus (85 MB of
#: N-Quads) is one chunk
LOAD_CHUNK_BYTES = 96 << 20

#: chunks bulk-loaded at once, each in its own thread: pyoxigraph releases the GIL while it
#: loads, so the threads load beside each other and beside the thread writing the files
LOAD_THREADS = 2


class ChunkLoader:
    """Bulk-load line-based RDF (N-Triples or N-Quads) into *store* in background threads,
    while the caller goes on: :meth:`add` collects data (whole lines) into chunks of about
    *chunk_bytes*, each chunk is loaded by one of *threads* threads, and :meth:`add` waits
    while *threads* chunks are being loaded, so memory stays bounded on any size;
    :meth:`finish` loads the rest, waits, compacts the store after more than one chunk
    (``optimize``: on the 16x benchmark graph look-ups became 2.2 times faster for 6 s of
    compaction) and returns the number of chunks. A failed load is raised by the next
    :meth:`add` or by :meth:`finish`; leaving the ``with`` block on an error waits for the
    loads under way and drops the others.

    The data must be this project's own output (:func:`write_spool` writes it from terms
    Oxigraph or :func:`graph.ntriples.nt_term` made): it is loaded without validating it
    again. The order of the chunks does not matter: the store's content is a set.

    >>> store = ox.Store()
    >>> with ChunkLoader(store, ox.RdfFormat.N_TRIPLES, chunk_bytes=10) as loader:
    ...     loader.add(b'<a:a> <a:p> "1" .\\n')
    ...     loader.add(b'<a:b> <a:p> "2" .\\n')
    ...     loader.finish()
    2
    >>> len(store)
    2
    """

    def __init__(self, store: ox.Store, fmt: ox.RdfFormat, *, threads: int = LOAD_THREADS,
                 chunk_bytes: int = LOAD_CHUNK_BYTES) -> None:
        self.store, self.fmt, self.chunk_bytes = store, fmt, chunk_bytes
        self.chunks = 0
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="bulk-load")
        self._slots = threading.BoundedSemaphore(threads)
        self._loads: list[Future] = []
        self._pending: list[bytes] = []
        self._size = 0

    def __enter__(self) -> ChunkLoader:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def add(self, data: bytes) -> None:
        """Add *data*, whole lines; a full chunk goes to a loading thread."""
        self._pending.append(data)
        self._size += len(data)
        if self._size >= self.chunk_bytes:
            self._submit()

    def finish(self) -> int:
        """Load what is left, wait for every chunk, compact; return the number of chunks."""
        chunks = self.finish_async().result()
        self._pool.shutdown(wait=True)
        return chunks

    def finish_async(self) -> Future:
        """:meth:`finish` in a loading thread: the caller goes on while the last chunks
        load and the store is compacted; the future's result is the number of chunks."""
        self._submit()
        return self._pool.submit(self._finish)

    def _finish(self) -> int:
        for load in self._loads:
            load.result()
        self.store.flush()
        if self.chunks > 1:
            self.store.optimize()
        return self.chunks

    def _submit(self) -> None:
        if not self._size:
            return
        data = b"".join(self._pending)
        self._pending, self._size = [], 0
        self._slots.acquire()  # at most *threads* chunks held by the loader at once
        for load in self._loads:
            if load.done() and load.exception() is not None:
                self._slots.release()
                raise load.exception()
        self._loads.append(self._pool.submit(self._load, data))
        self.chunks += 1

    def _load(self, data: bytes) -> None:
        try:
            self.store.bulk_load(input=data, format=self.fmt, lenient=True)
        finally:
            self._slots.release()


def load_lines(store: ox.Store, path: Path, fmt: ox.RdfFormat,
               chunk_bytes: int = LOAD_CHUNK_BYTES) -> int:
    """Bulk-load the line-based RDF file at *path* (N-Triples or N-Quads) into *store*, in
    chunks of about *chunk_bytes* cut at line ends, loaded as :class:`ChunkLoader` does;
    return the number of lines read.

    >>> import tempfile
    >>> store = ox.Store()
    >>> with tempfile.TemporaryDirectory() as d:
    ...     f = Path(d) / 'x.nt'
    ...     _ = f.write_bytes(b'<a:a> <a:p> "1" .\\n<a:b> <a:p> "2" .\\n')
    ...     load_lines(store, f, ox.RdfFormat.N_TRIPLES, chunk_bytes=10)
    2
    >>> len(store)
    2
    """
    n = 0
    with open(path, "rb") as f, ChunkLoader(store, fmt, chunk_bytes=chunk_bytes) as loader:
        while lines := f.readlines(chunk_bytes):
            n += len(lines)
            loader.add(b"".join(lines))
            del lines
        loader.finish()
    return n


#: an incremental store update is used while the quads to remove and add are at most this
#: share of the new graph's quads (beyond it one bulk load is faster)
INCREMENTAL_SHARE = 0.2


def write_spool(folder: Path, spool: GraphSpool,
                previous: Path | None = None) -> tuple[ox.Store, int, int]:
    """Write ``graph.nq``, the on-disk store and ``graph.ttl`` into *folder* from *spool*;
    return the store, the number of quads and the number of distinct triples (graphs
    merged: equal to the quads when no triple sits in two graphs, as the build ensures).

    Each graph is read from the spool once, for ``graph.nq`` and for ``graph.ttl``: the
    Turtle is the union of the graphs, graph after graph, each graph's triples sorted (a
    subject stated in several graphs, a document in the catalogue and in its text's graphs,
    opens one block in each). With no previous build the store bulk-loads ``graph.nq``'s
    lines in other threads while the files are written (:func:`_write_full`).

    With *previous*, the build folder this one replaces, and its graph manifest
    (:mod:`graph.cache`): a graph whose triples are the same is copied from the old
    ``graph.nq`` and ``graph.ttl`` instead of serialised again, and the store is the old
    store (hard-linked by Oxigraph's backup) with the changed graphs' differences applied,
    unless they are too many (:data:`INCREMENTAL_SHARE`). The bytes are the same either way.
    """
    from graph.cache import read_manifest, write_manifest

    old = _previous_outputs(previous, read_manifest) if previous is not None else None
    nq_path = folder / QUADS_FILE
    quads = 0
    manifest: dict[str, list] = {}
    removed: list[bytes] = []
    added: list[bytes] = []
    if old is None:
        store, quads, manifest, sizes = _write_full(folder, spool)
        write_manifest(folder, manifest, sizes)
        return store, quads, quads
    with contextlib.ExitStack() as stack:
        nq = stack.enter_context(open(nq_path, "wb"))
        ttl = stack.enter_context(open(folder / TURTLE_FILE, "wb"))
        old_nq = stack.enter_context(open(previous / QUADS_FILE, "rb"))
        old_ttl = stack.enter_context(open(previous / TURTLE_FILE, "rb"))
        ttl.write(_prefix_block())
        for key in spool.graphs():
            data = spool.read_graph(key)
            n = data.count(b"\n")
            quads += n
            digest = hashlib.sha256(data).hexdigest()
            entry = old["graphs"].get(key)
            nq_at, ttl_at = nq.tell(), ttl.tell()
            if entry is not None and entry[0] == digest:
                nq.write(_segment(old_nq, entry[1], entry[2]))
                ttl.write(_segment(old_ttl, entry[3], entry[4]))
            else:
                ttl.write(_turtle_body(data))
                if key != DEFAULT_GRAPH_KEY:
                    data = data.replace(b" .\n", b" " + key.encode("utf-8") + b" .\n")
                nq.write(data)
                before = set(_segment(old_nq, entry[1], entry[2]).split(b"\n")
                             if entry is not None else ())
                after = set(data.split(b"\n"))
                removed += sorted(before - after - {b""})
                added += sorted(after - before - {b""})
            manifest[key] = [digest, nq_at, nq.tell() - nq_at, ttl_at, ttl.tell() - ttl_at,
                             n]
        sizes = {"nq_size": nq.tell(), "ttl_size": ttl.tell()}
    gone = sorted(set(old["graphs"]) - set(manifest))
    changes = len(removed) + len(added) + sum(old["graphs"][g][5] for g in gone)
    if changes <= INCREMENTAL_SHARE * quads:
        store = _update_store(previous / STORE_DIR, folder / STORE_DIR, gone, removed, added)
    else:
        store = ox.Store(str(folder / STORE_DIR))
        load_lines(store, nq_path, ox.RdfFormat.N_QUADS)
    write_manifest(folder, manifest, sizes)
    return store, quads, quads


def _write_full(folder: Path, spool: GraphSpool
                ) -> tuple[ox.Store, int, dict[str, list], dict[str, int]]:
    """``graph.nq``, ``graph.ttl`` and the store of a build with no previous build to reuse;
    return the store, the number of quads, the graph manifest and the files' sizes.

    The N-Quads first, each chunk bulk-loaded in other threads as soon as it is written
    (:class:`ChunkLoader`); then the Turtle, while the last chunks load and the store is
    compacted: the compaction runs in one thread, the Turtle in another beside it.
    """
    store = ox.Store(str(folder / STORE_DIR))
    keys = spool.graphs()
    manifest: dict[str, list] = {}
    quads = 0
    with ChunkLoader(store, ox.RdfFormat.N_QUADS) as loader:
        with open(folder / QUADS_FILE, "wb") as nq:
            for key in keys:
                data = spool.read_graph(key)
                n = data.count(b"\n")
                quads += n
                digest = hashlib.sha256(data).hexdigest()
                if key != DEFAULT_GRAPH_KEY:
                    data = data.replace(b" .\n", b" " + key.encode("utf-8") + b" .\n")
                manifest[key] = [digest, nq.tell(), len(data), 0, 0, n]
                nq.write(data)
                loader.add(data)
            nq_size = nq.tell()
        loaded = loader.finish_async()
        with open(folder / TURTLE_FILE, "wb") as ttl:
            ttl.write(_prefix_block())
            for key in keys:
                at = ttl.tell()
                ttl.write(_turtle_body(spool.read_graph(key)))
                manifest[key][3:5] = [at, ttl.tell() - at]
            ttl_size = ttl.tell()
        loaded.result()
    return store, quads, manifest, {"nq_size": nq_size, "ttl_size": ttl_size}


def _previous_outputs(previous: Path, read_manifest) -> dict | None:
    """The manifest of the build folder *previous* when its files are the ones it
    describes (else ``None``: nothing of it is reused)."""
    manifest = read_manifest(previous)
    try:
        if (manifest is None or not (previous / STORE_DIR).is_dir()
                or (previous / QUADS_FILE).stat().st_size != manifest.get("nq_size")
                or (previous / TURTLE_FILE).stat().st_size != manifest.get("ttl_size")):
            return None
    except OSError:
        return None
    return manifest


def _segment(f, offset: int, length: int) -> bytes:
    f.seek(offset)
    return f.read(length)


def _update_store(old: Path, new: Path, gone: list[str], removed: list[bytes],
                  added: list[bytes]) -> ox.Store:
    """The store at *old* copied to *new* (Oxigraph's backup: its immutable files
    hard-linked), with the graphs *gone* removed and the N-Quads lines *removed* and *added*
    applied. The old store is only read."""
    ox.Store.read_only(str(old)).backup(str(new))
    store = ox.Store(str(new))
    for g in gone:
        store.remove_graph(ox.NamedNode(g[1:-1]))
    if removed:
        for q in ox.parse(input=b"\n".join(removed) + b"\n", format=ox.RdfFormat.N_QUADS):
            store.remove(q)
    if added:
        store.extend(ox.parse(input=b"\n".join(added) + b"\n", format=ox.RdfFormat.N_QUADS))
    store.flush()
    return store


def _prefix_block() -> bytes:
    """The ``@prefix`` lines of the project's Turtle, sorted."""
    return b"".join(sorted(f"@prefix {p}: <{iri}> .\n".encode()
                           for p, iri in SERIALIZATION_PREFIXES.items()))


def _turtle_body(ntriples: bytes) -> bytes:
    """Turtle of sorted N-Triples without its ``@prefix`` lines (see :func:`_prefix_block`).

    The N-Triples are this project's own output (written from terms Oxigraph or
    :func:`graph.ntriples.nt_term` made, or dumped by Oxigraph): read without validating
    them again (``lenient``, as :class:`ChunkLoader` loads them), which takes about 40 %
    less CPU for the same Turtle."""
    if not ntriples:
        return b""
    data = ox.serialize(ox.parse(input=ntriples, format=ox.RdfFormat.N_TRIPLES, lenient=True),
                        format=ox.RdfFormat.TURTLE, prefixes=SERIALIZATION_PREFIXES)
    body = data.split(b"\n")
    i = 0
    while i < len(body) and body[i].startswith(b"@prefix "):
        i += 1
    return b"\n".join(body[i:])


def is_build_folder(path: Path) -> bool:
    """Whether *path* is a folder this program built (it holds a summary or a store)."""
    return path.is_dir() and ((path / SUMMARY_FILE).is_file() or (path / STORE_DIR).is_dir())


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
