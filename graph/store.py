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
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from graph.errors import InputError, UsageError
from graph.namespaces import SERIALIZATION_PREFIXES

__all__ = [
    "to_ox_term", "to_ox_quad", "open_store", "open_query_store", "open_merged_store",
    "serialize_store",
    "write_graph_files",
    "FORMATS", "atomic_directory", "atomic_file", "rdflib_dataset", "count_triples",
    "STORE_DIR", "TURTLE_FILE", "QUADS_FILE", "write_graph_lines", "group_quads",
    "sort_graph_lines", "generate_nquads", "merge_triple_lines", "generate_turtle",
    "GraphSpool", "write_spool", "sort_lines", "load_lines", "nt_term", "generate_ntriples",
    "to_ox_quads",
]

STORE_DIR = "store"
QUERY_STORE_DIR = "query-store"
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


#: the characters Oxigraph escapes in a literal's lexical form (found by writing every code
#: point): the C0 controls, ``"``, ``\\``, DEL and the two non-characters U+FFFE, U+FFFF
_NT_ESCAPED = re.compile('[\x00-\x1f"\\\\\x7f\ufffe\uffff]')
_NT_LANG = re.compile(r"[a-z]{1,8}(?:-[a-z0-9]{1,8})*")
_XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")
_nt_iri: dict[URIRef, str] = {}


def nt_term(term: Node) -> str:
    """The N-Triples form of an rdflib IRI or literal, character for character as Oxigraph
    writes it (``str`` of :func:`to_ox_term`), without making Oxigraph terms: IRIs are
    checked by Oxigraph once each, literals that need escaping or an unusual language tag
    go through Oxigraph.

    >>> nt_term(URIRef('http://a')), nt_term(Literal('x', lang='zh-Hant'))
    ('<http://a>', '"x"@zh-hant')
    >>> nt_term(Literal(3)), nt_term(Literal('say "no"'))
    ('"3"^^<http://www.w3.org/2001/XMLSchema#integer>', '"say \\\\"no\\\\""')
    """
    if isinstance(term, URIRef):
        s = _nt_iri.get(term)
        if s is None:
            if len(_nt_iri) > 500_000:
                _nt_iri.clear()
            s = _nt_iri[term] = str(ox.NamedNode(term))  # raises on an invalid IRI
        return s
    if isinstance(term, Literal):
        lex = str(term)
        if not _NT_ESCAPED.search(lex):
            lang = term.language
            if lang:
                lang = lang.lower()
                if _NT_LANG.fullmatch(lang):
                    return f'"{lex}"@{lang}'
            else:
                dt = term.datatype
                if dt is None or dt == _XSD_STRING:
                    return f'"{lex}"'
                return f'"{lex}"^^{nt_term(dt)}'
        return str(to_ox_term(term))
    raise TypeError(f"blank nodes are not used in this project: {term!r}")


def generate_ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> bytes:
    """Sorted distinct N-Triples of rdflib *triples*: the bytes of :func:`sort_lines` over
    Oxigraph's serialisation of the same triples, made without Oxigraph terms.

    >>> generate_ntriples([(URIRef('http://b'), URIRef('http://p'), Literal('x')),
    ...                    (URIRef('http://a'), URIRef('http://p'), Literal('y', lang='en'))])
    b'<http://a> <http://p> "y"@en .\\n<http://b> <http://p> "x" .\\n'
    """
    return sort_lines("\n".join([f"{nt_term(s)} {nt_term(p)} {nt_term(o)} ."
                                  for s, p, o in triples]).encode("utf-8"))


def to_ox_quads(triples: Iterable[tuple[Node, Node, Node]], graph: URIRef) -> list[ox.Quad]:
    """The rdflib *triples* as pyoxigraph quads in *graph*, in order: :func:`to_ox_quad`
    for many triples at once (written as N-Quads with :func:`nt_term` and parsed by Oxigraph).

    >>> [str(q) for q in to_ox_quads([(URIRef('http://a'), URIRef('http://p'), Literal(1))],
    ...                              URIRef('http://g'))]
    ['<http://a> <http://p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> <http://g>']
    """
    g = nt_term(graph)
    data = "".join([f"{nt_term(s)} {nt_term(p)} {nt_term(o)} {g} .\n" for s, p, o in triples])
    return list(ox.parse(input=data.encode("utf-8"), format=ox.RdfFormat.N_QUADS))


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
    if fmt in ("nquads", "ntriples", "turtle"):
        graphs = {str(g): [store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)]
                  for g in [*store.named_graphs(), ox.DefaultGraph()]}
        sorted_graphs = sort_graph_lines(graphs)
        if fmt == "nquads":
            return generate_nquads(sorted_graphs)
        ordered = merge_triple_lines(sorted_graphs)
        return ordered if fmt == "ntriples" else generate_turtle(ordered)
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

DEFAULT_GRAPH_KEY = str(ox.DefaultGraph())


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


def generate_turtle(ntriples: bytes) -> bytes:
    """Turtle of sorted N-Triples, with the project's prefixes in a fixed order."""
    triples = ox.parse(input=ntriples, format=ox.RdfFormat.N_TRIPLES)
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=SERIALIZATION_PREFIXES)
    return _sorted_prefix_block(data)


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
    if target.exists() and not (target.is_dir() and (
            not any(target.iterdir()) or (target / "summary.json").is_file()
            or (target / STORE_DIR).is_dir())):
        raise InputError(target, "exists and is not a build folder: not replacing it "
                                 "(choose another -o)")
    old = parent / f".{target.name}.old-{os.getpid()}"
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
        if target.exists():
            os.replace(target, old)
        os.replace(tmp, target)
        if old.exists():
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old.exists() and not target.exists():
            os.replace(old, target)
        raise


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """Yield the path to write *target* through: on success the data replaces *target* at
    once, on failure *target* is left as it was.

    A regular file (or a path that does not exist yet) is written to a temporary file beside
    it, renamed over it only on success; a file replaced keeps its permissions. A symbolic
    link is followed: the file it points to is replaced, the link is kept. A FIFO, character
    device or socket (``/dev/stdout``, a named pipe), or a path through ``/proc`` or
    ``/dev/fd``, is written straight into, as a stream cannot be replaced atomically. A
    folder is refused.

    Parameters
    ----------
    target
        The output path given by the user.

    Yields
    ------
    pathlib.Path
        The path to write: a temporary file beside the real target, or *target* itself for a
        stream.

    Raises
    ------
    InputError
        When *target* is a folder, or writing it fails (missing or unwritable folder, full
        disk): the message names *target*, never the temporary file. A broken pipe (the
        reader of a stream went away) is raised as it is.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     with atomic_file(Path(d) / "out.txt") as tmp:
    ...         _ = tmp.write_text("new")
    ...     (Path(d) / "out.txt").read_text()
    'new'
    """
    target = Path(target)

    def through_a_stream_link(path: Path) -> bool:
        """Whether *path* is, or links through, ``/proc`` or ``/dev/fd`` (``/dev/stdout``):
        such a link may point at the shell's redirection, which must be written into."""
        p = os.path.abspath(path)
        for _ in range(40):
            if p.startswith(("/proc/", "/dev/fd/")) or p in (
                    "/dev/stdin", "/dev/stdout", "/dev/stderr"):
                return True
            if not os.path.islink(p):
                return False
            p = os.path.abspath(os.path.join(os.path.dirname(p), os.readlink(p)))
        return False

    def refused(exc: OSError, written: Path) -> OSError | InputError:
        """The error to raise for *exc*: an :class:`InputError` naming *target* when it is
        about the file written (or no file), *exc* itself otherwise."""
        if isinstance(exc, BrokenPipeError):
            return exc
        if exc.filename is not None and Path(os.fsdecode(exc.filename)) not in (written, target):
            return exc
        return InputError(target, exc.strerror or str(exc))

    if target.is_dir():
        raise InputError(target, "is a directory")
    if (target.exists() and not target.is_file()) or through_a_stream_link(target):
        try:
            yield target
        except OSError as exc:
            error = refused(exc, target)
            if error is exc:
                raise
            raise error from exc
        return
    real = Path(os.path.realpath(target))
    if real.is_dir():
        raise InputError(target, "is a directory")
    tmp = real.with_name(f".{real.name}.tmp-{os.getpid()}")
    try:
        yield tmp
        with contextlib.suppress(OSError):  # the file replaced keeps its permissions
            os.chmod(tmp, os.stat(real).st_mode & 0o7777)
        os.replace(tmp, real)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            error = refused(exc, tmp)
            if error is not exc:
                raise error from exc
        raise


def write_graph_files(folder: Path, quads: Iterable[ox.Quad]) -> ox.Store:
    """Write the on-disk store, ``graph.ttl`` (merged) and ``graph.nq`` into *folder*."""
    return write_graph_lines(folder, group_quads(quads))[0]


def group_quads(quads: Iterable[ox.Quad]) -> dict[str, list[bytes]]:
    """N-Triples data of *quads* by graph (the input of :func:`write_graph_lines`)."""
    by_graph: dict[str, list[ox.Triple]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(
            ox.Triple(q.subject, q.predicate, q.object))
    return {g: [ox.serialize(ts, format=ox.RdfFormat.N_TRIPLES)] for g, ts in by_graph.items()}


def write_graph_lines(folder: Path, graphs: dict[str, list[bytes]]) -> tuple[ox.Store, int]:
    """Write the on-disk store, ``graph.ttl`` and ``graph.nq`` into *folder* from N-Triples
    data by graph (see :func:`sort_graph_lines`); return the store and the number of distinct
    triples (graphs merged)."""
    with GraphSpool() as spool:
        for key, chunks in graphs.items():
            for chunk in chunks:
                spool.add(key, chunk)
        return write_spool(folder, spool)


def sort_lines(data: bytes) -> bytes:
    """The distinct lines of N-Triples (or N-Quads) data, sorted.

    >>> sort_lines(b'<b> <p> <o> .\\n<a> <p> <o> .\\n<b> <p> <o> .\\n')
    b'<a> <p> <o> .\\n<b> <p> <o> .\\n'
    """
    lines = set(data.split(b"\n"))
    lines.discard(b"")
    return b"\n".join(sorted(lines)) + b"\n" if lines else b""


class GraphSpool:
    """The triples of each named graph as sorted N-Triples blocks in a temporary file, so
    that a large build never holds its whole graph in memory.

    >>> with GraphSpool() as spool:
    ...     spool.add('<g>', b'<b> <p> <o> .\\n<a> <p> <o> .\\n')
    ...     spool.read_graph('<g>')
    b'<a> <p> <o> .\\n<b> <p> <o> .\\n'
    """

    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="unsc-graph-spool-")
        self.folder = Path(self._dir.name)
        self.path = self.folder / "spool.nt"
        self._file = open(self.path, "w+b")
        self.blocks: dict[str, list[tuple[int, int]]] = {}

    def __enter__(self) -> GraphSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._file.close()
        self._dir.cleanup()

    def add(self, graph: str, data: bytes, *, is_sorted: bool = False) -> None:
        """Add N-Triples *data* to *graph* (``str`` of the graph name); *is_sorted* when
        the data already is :func:`sort_lines` output."""
        if not is_sorted:
            data = sort_lines(data)
        if not data:
            return
        f = self._file
        f.seek(0, os.SEEK_END)
        offset = f.tell()
        f.write(data)
        self.blocks.setdefault(graph, []).append((offset, len(data)))

    def read_graph(self, graph: str) -> bytes:
        """The sorted distinct N-Triples of *graph*."""
        f = self._file
        f.flush()
        parts = []
        for offset, length in self.blocks.get(graph, []):
            f.seek(offset)
            parts.append(f.read(length))
        return parts[0] if len(parts) == 1 else sort_lines(b"".join(parts))

    def graphs(self) -> list[str]:
        """The graphs, sorted."""
        return sorted(self.blocks)

    def sorted_triples(self, out: Path) -> None:
        """Write the sorted distinct triples of all graphs merged to *out*: GNU ``sort`` in
        the C locale (byte order, bounded memory) when there is one, else in memory."""
        self._file.flush()
        sort = shutil.which("sort")
        if sort is not None:
            env = {**os.environ, "LC_ALL": "C"}
            done = subprocess.run(
                [sort, "-u", "-S", "256M", "-T", str(self.folder), "-o", str(out),
                 str(self.path)], env=env, capture_output=True, check=False)
            if done.returncode == 0:
                return
        out.write_bytes(sort_lines(self.path.read_bytes()))


class _SortedPrefixes:
    """A binary writer that puts the leading ``@prefix`` lines in order (as
    :func:`_sorted_prefix_block` does) and passes the rest through."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.head = bytearray()
        self.done = False

    def write(self, data: bytes) -> int:
        if self.done:
            return self.out.write(data)
        self.head += data
        pos = 0
        while True:
            nl = self.head.find(b"\n", pos)
            if nl < 0:
                return len(data)
            if not self.head.startswith(b"@prefix ", pos):
                break
            pos = nl + 1
        prefixes = bytes(self.head[:pos]).split(b"\n")[:-1]
        self.out.write(b"".join(line + b"\n" for line in sorted(prefixes)))
        self.out.write(bytes(self.head[pos:]))
        self.head = bytearray()
        self.done = True
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        if not self.done:
            self.out.write(_sorted_prefix_block(bytes(self.head)))
            self.done = True


#: bytes of N-Triples / N-Quads given to Oxigraph's bulk loader at once: it holds a chunk's
#: quads in memory to sort them, so this bounds the loader's memory (about 4x the chunk); the
#: build runs two loaders at once with half of it each; a build of the English corpus (85 MB
#: of N-Quads) is one chunk
LOAD_CHUNK_BYTES = 192 << 20


def load_lines(store: ox.Store, path: Path, fmt: ox.RdfFormat,
               chunk_bytes: int = LOAD_CHUNK_BYTES) -> int:
    """Bulk-load the line-based RDF file at *path* (N-Triples or N-Quads) into *store*, in
    chunks of about *chunk_bytes* cut at line ends, so memory stays bounded on any size;
    return the number of lines read.

    The file must be this project's own output (:func:`write_spool` writes it from terms
    Oxigraph or :func:`nt_term` made): it is loaded without validating it again. Each chunk
    becomes its own sorted files in the store, which every index look-up then reads in turn;
    after more than one chunk the store is compacted (``optimize``): on the 16x benchmark graph
    look-ups became 2.2 times faster for 6 s of compaction per store.

    >>> store = ox.Store()
    >>> with tempfile.TemporaryDirectory() as d:
    ...     f = Path(d) / 'x.nt'
    ...     _ = f.write_bytes(b'<a:a> <a:p> "1" .\\n<a:b> <a:p> "2" .\\n')
    ...     load_lines(store, f, ox.RdfFormat.N_TRIPLES, chunk_bytes=10)
    2
    >>> len(store)
    2
    """
    n = chunks = 0
    with open(path, "rb") as f:
        while lines := f.readlines(chunk_bytes):
            n += len(lines)
            chunks += 1
            store.bulk_load(input=b"".join(lines), format=fmt, lenient=True)
            del lines
    store.flush()
    if chunks > 1:
        store.optimize()
    return n


def write_spool(folder: Path, spool: GraphSpool) -> tuple[ox.Store, int]:
    """Write ``graph.nq``, the on-disk stores and ``graph.ttl`` into *folder* from *spool*;
    return the named-graph store and the number of distinct triples (graphs merged).

    Two threads load the stores while this one writes the files (Oxigraph releases the GIL,
    and its bulk loader runs on one core): one loads the named graphs from ``graph.nq``, the
    other the merged store from the sorted merged triples as soon as they are sorted. Loads
    go in chunks (:func:`load_lines`) so that memory does not grow with the graph.
    """
    nq_path = folder / QUADS_FILE
    with open(nq_path, "wb") as out:
        for key in spool.graphs():
            data = spool.read_graph(key)
            if key != DEFAULT_GRAPH_KEY:
                data = data.replace(b" .\n", b" " + key.encode("utf-8") + b" .\n")
            out.write(data)
    store = ox.Store(str(folder / STORE_DIR))
    merged = spool.folder / "merged.nt"
    sorted_ready = threading.Event()
    failure: list[BaseException] = []
    merged_lines: list[int] = []  # the distinct merged triples, counted while loading them
    chunk = LOAD_CHUNK_BYTES // 2

    def load_named() -> None:
        try:
            load_lines(store, nq_path, ox.RdfFormat.N_QUADS, chunk)
        except BaseException as exc:  # re-raised in the caller's thread
            failure.append(exc)

    def load_merged() -> None:
        try:
            sorted_ready.wait()
            if failure:
                return
            # the merged graph once more, each triple once, for fast queries over all
            # sources: in the union of the named graphs a triple stated by many texts (a
            # cited document's identifier) would match once per graph and multiply the joins
            merged_store = ox.Store(str(folder / QUERY_STORE_DIR))
            merged_lines.append(load_lines(merged_store, merged, ox.RdfFormat.N_TRIPLES, chunk))
            del merged_store
        except BaseException as exc:
            failure.append(exc)

    loaders = [threading.Thread(target=load_named, name="store-load-named"),
               threading.Thread(target=load_merged, name="store-load-merged")]
    for loader in loaders:
        loader.start()
    try:
        try:
            spool.sorted_triples(merged)
        except BaseException as exc:
            failure.append(exc)
            raise
        finally:
            sorted_ready.set()
        with open(folder / TURTLE_FILE, "wb") as out:
            writer = _SortedPrefixes(out)
            ox.serialize(ox.parse(path=str(merged), format=ox.RdfFormat.N_TRIPLES), writer,
                         format=ox.RdfFormat.TURTLE, prefixes=SERIALIZATION_PREFIXES)
            writer.close()
    finally:
        for loader in loaders:
            loader.join()
    merged.unlink(missing_ok=True)
    if failure:
        raise failure[0]
    return store, merged_lines[0]


def open_merged_store(path: str | Path) -> ox.Store | None:
    """Open the merged store of the build folder at *path* read-only (every triple once, in
    the default graph), or return ``None`` when *path* is not a build folder with one."""
    p = Path(path)
    if not (p.is_dir() and (p / QUERY_STORE_DIR).is_dir()):
        return None
    try:
        return ox.Store.read_only(str(p / QUERY_STORE_DIR))
    except OSError as exc:
        raise UsageError(f"{p}: cannot open the store: {exc}") from exc


def open_query_store(path: str | Path) -> ox.Store:
    """Open the graph at *path* for querying across all sources: for a build folder, its
    merged store (:func:`open_merged_store`); otherwise as :func:`open_store`.

    Queries that name graphs (``GRAPH ?g``) need :func:`open_store`.
    """
    merged = open_merged_store(path)
    return merged if merged is not None else open_store(path)


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
