"""The build cache: what a build computed, kept in its folder so that the next build into the
same folder reads, extracts and replaces only what changed.

A build folder holds ``cache/``:

``cache/texts/<key>``
    One text's :class:`~graph.pipeline.TextResult` (or the reason it was refused), pickled.
    The key is the SHA-256 of the code version (:func:`code_version`), the build context
    (registry and the record's facts, :func:`context_key`), the input's kind, path and
    content (:func:`file_digest`): any change to one of them processes the text again.
``cache/sources``
    The records of the sources other than texts (meeting tables, veto list, UNDL records,
    adoption data, sanctions list), with what reading them skipped and warned, keyed by the
    code version and every such input's kind, path and content.
``cache/memo-catalogue``
    The catalogue's N-Triples lines of each merged document and meeting, by the record
    itself: an entry that is merged the same way again is not emitted again.
``cache/graphs.json``
    Per named graph: the SHA-256 of its sorted N-Triples and where its lines sit in
    ``graph.nq`` and its block in ``graph.ttl`` (see :func:`graph.store.write_spool`), so
    that an unchanged graph is copied, not serialised again, and the store is updated by the
    difference of the graphs that changed.

The new cache is written inside the new build folder (which replaces the old one at once,
see :func:`graph.files.atomic_directory`): an entry still used is hard-linked from the old
folder, the entries of inputs no longer given are not carried over. A failed build leaves the
old folder, cache included, as it was.

>>> key = text_key('c0de', 'text', Path('a.txt'), 'ab12')
>>> len(key), key == text_key('c0de', 'text', Path('a.txt'), 'ab13')
(64, False)
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import shutil
from pathlib import Path

__all__ = ["BuildCache", "code_version", "context_key", "file_digest", "text_key",
           "CACHE_DIR", "MANIFEST_FILE", "read_manifest"]

CACHE_DIR = "cache"
TEXTS_DIR = "texts"
SOURCES_FILE = "sources"
MANIFEST_FILE = "graphs.json"

#: pickle protocol of the cache entries (fixed, so the bytes do not depend on the Python)
_PROTOCOL = 5


@functools.cache
def code_version() -> str:
    """The SHA-256 of everything that decides what a build makes of its inputs: the
    package's files (its Python sources, queries), the ontology and the bundled registry, and
    the versions of Python, Oxigraph and rdflib. Computed once per process.

    >>> len(code_version())
    64
    """
    import sys

    import pyoxigraph
    import rdflib

    from graph.resources import ontology_path, registry_paths

    h = hashlib.sha256(f"{sys.version_info[:2]} {pyoxigraph.__version__} "
                       f"{rdflib.__version__}\n".encode())
    package = Path(__file__).resolve().parent
    folders = [package, ontology_path("unsc.ttl").resolve().parent,
               registry_paths()[0].resolve().parent] if registry_paths() else [package]
    for folder in folders:
        for f in sorted(folder.rglob("*")):
            if not f.is_file() or "__pycache__" in f.parts or f.suffix == ".pyc":
                continue
            if folder == package and f.relative_to(package).parts[0].startswith("_"):
                continue  # graph._data / graph._ontology: the texts are inputs, not code
            h.update(f"{f.relative_to(folder)}\n".encode())
            h.update(file_digest(f).encode())
    return h.hexdigest()


def file_digest(path: Path) -> str:
    """The SHA-256 of a file's bytes, in hexadecimal.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     f = Path(d) / 'a'
    ...     _ = f.write_bytes(b'abc')
    ...     file_digest(f)[:12]
    'ba7816bf8f01'
    """
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def context_key(registry_files: list[Path] | None, record: object) -> str:
    """The key of a build context: the registry files given instead of the bundled one
    (their contents), and the record's facts (their ``repr``, built from sorted inputs).

    >>> context_key(None, ()) == context_key(None, ())
    True
    """
    h = hashlib.sha256(code_version().encode())
    for f in sorted(registry_files or []):
        h.update(f"registry {f}\n{file_digest(f)}\n".encode())
    h.update(repr(record).encode())
    return h.hexdigest()


def text_key(context: str, kind: str, path: Path, digest: str) -> str:
    """The cache key of one input: its kind, its path as given (warnings and refusals name
    it) and the SHA-256 of its bytes, under the build context *context*."""
    return hashlib.sha256(f"{context}\n{kind}\n{path}\n{digest}".encode()).hexdigest()


def read_manifest(folder: Path) -> dict | None:
    """The graph manifest of the build folder *folder* (``None`` without a usable one)."""
    try:
        data = json.loads((folder / CACHE_DIR / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != code_version():
        return None
    return data


def write_manifest(folder: Path, graphs: dict[str, list], sizes: dict[str, int]) -> None:
    """Write the graph manifest into the build folder *folder* (sorted, so deterministic):
    per graph ``[sha256, nq offset, nq length, ttl offset, ttl length, quads]``, and the
    sizes of ``graph.nq`` and ``graph.ttl``."""
    path = folder / CACHE_DIR / MANIFEST_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"version": code_version(), "graphs": graphs, **sizes},
                               sort_keys=True, indent=0) + "\n", encoding="utf-8")


class BuildCache:
    """The cache a build reads from the previous build folder *previous* (``None``: none
    read, a full build) and writes into the new folder *folder*.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     old, new = BuildCache(None, Path(d) / 'a'), BuildCache(Path(d) / 'a', Path(d) / 'b')
    ...     old.put('k', b'data')
    ...     new.get('k'), new.get('other')
    (b'data', None)
    """

    def __init__(self, previous: Path | None, folder: Path) -> None:
        self.previous = previous / CACHE_DIR if previous is not None else None
        self.folder = folder / CACHE_DIR
        (self.folder / TEXTS_DIR).mkdir(parents=True, exist_ok=True)
        self.hits = 0
        self.misses = 0
        #: the key of the sources and the context of this build, set by the build
        self.key: str | None = None

    def _old(self, name: str) -> Path | None:
        if self.previous is None:
            return None
        p = self.previous / name
        return p if p.is_file() else None

    def get(self, key: str, name: str = TEXTS_DIR) -> bytes | None:
        """The entry *key* of the previous build, carried into the new cache (``None`` when
        there is none)."""
        old = self._old(f"{name}/{key}")
        if old is None:
            self.misses += 1
            return None
        new = self.folder / name / key
        try:
            os.link(old, new)
        except OSError:
            shutil.copyfile(old, new)
        self.hits += 1
        return new.read_bytes()

    def has(self, key: str, name: str = TEXTS_DIR) -> bool:
        """Whether the previous build has the entry *key*."""
        return self._old(f"{name}/{key}") is not None

    def put(self, key: str, data: bytes, name: str = TEXTS_DIR) -> None:
        """Write the entry *key* into the new cache (never through a link to the old one's)."""
        path = self.folder / name / key
        path.unlink(missing_ok=True)
        path.write_bytes(data)

    # -- memos: a dict from a record to what was made of it --

    def get_memo(self, name: str) -> dict:
        """The memo *name* of the previous build (empty when there is none)."""
        old = self._old(f"memo-{name}")
        if old is None:
            return {}
        try:  # made by another version of the code: not used
            version, value = pickle.loads(old.read_bytes())
        except Exception:  # a damaged memo only makes the build slower
            return {}
        return value if version == code_version() and isinstance(value, dict) else {}

    def put_memo(self, name: str, value: dict) -> None:
        """Keep the memo *name* for the next build."""
        (self.folder / f"memo-{name}").write_bytes(
            pickle.dumps((code_version(), value), protocol=_PROTOCOL))

    # -- the sources other than texts (one entry) --

    def get_sources(self, key: str) -> object | None:
        """The sources' records of the previous build when its key is *key*."""
        old = self._old(SOURCES_FILE)
        if old is None:
            return None
        data = old.read_bytes()
        stored_key, _, body = data.partition(b"\n")
        if stored_key.decode("ascii", "replace") != key:
            return None
        (self.folder / SOURCES_FILE).write_bytes(data)
        return pickle.loads(body)

    def put_sources(self, key: str, value: object) -> None:
        """Keep the sources' records under *key*."""
        (self.folder / SOURCES_FILE).write_bytes(
            key.encode("ascii") + b"\n" + pickle.dumps(value, protocol=_PROTOCOL))


def dumps(value: object) -> bytes:
    """Pickle a cache entry (fixed protocol)."""
    return pickle.dumps(value, protocol=_PROTOCOL)


def loads(data: bytes) -> object:
    """Read a cache entry back."""
    return pickle.loads(data)
