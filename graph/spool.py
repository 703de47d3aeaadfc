"""A spool of N-Triples by named graph on disk, so that a large build never holds its whole
graph in memory.

>>> with GraphSpool() as spool:
...     spool.add('<g>', b'<b> <p> <o> .\\n<a> <p> <o> .\\n')
...     spool.read_graph('<g>')
b'<a> <p> <o> .\\n<b> <p> <o> .\\n'
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from graph.ntriples import sort_lines

__all__ = ["GraphSpool"]


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

    def rename(self, graph: str, new: str) -> None:
        """Make the blocks of *graph* blocks of *new* (added after those *new* has)."""
        self.blocks.setdefault(new, []).extend(self.blocks.pop(graph, []))

    def drop(self, graph: str) -> None:
        """Forget *graph* (its bytes stay in the file until the spool is closed)."""
        self.blocks.pop(graph, None)

    def graphs(self) -> list[str]:
        """The graphs, sorted."""
        return sorted(self.blocks)
