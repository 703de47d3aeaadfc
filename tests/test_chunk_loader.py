"""graph.store.ChunkLoader: the store holds the same quads whatever the chunks and threads, and
a chunk that fails to load is raised, not lost."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.store import ChunkLoader, load_lines

LINES = [f'<http://x/s{i}> <http://x/p> "{i}" <http://x/g{i % 3}> .\n'.encode()
         for i in range(60)]
BAD = b'<http://x/s> <http://x/p> "no end .\n'


def _expected() -> set[ox.Quad]:
    return set(ox.parse(input=b"".join(LINES), format=ox.RdfFormat.N_QUADS))


def _chunks(chunk_bytes: int) -> int:
    """Chunks of LINES: a chunk is sent once it holds *chunk_bytes*, the rest at the end."""
    n = size = 0
    for line in LINES:
        size += len(line)
        if size >= chunk_bytes:
            n, size = n + 1, 0
    return n + (size > 0)


@pytest.mark.parametrize(("chunk_bytes", "threads"), [
    (1, 1),  # every line its own chunk, one thread
    (1, 2),  # every line its own chunk, two loading at once
    (500, 2),  # several lines a chunk
    (1 << 20, 2),  # one chunk, loaded when finishing
])
def test_chunks_give_the_same_quads(tmp_path, chunk_bytes, threads) -> None:
    store = ox.Store(str(tmp_path / "store"))
    with ChunkLoader(store, ox.RdfFormat.N_QUADS, threads=threads,
                     chunk_bytes=chunk_bytes) as loader:
        for line in LINES:
            loader.add(line)
        assert loader.finish() == _chunks(chunk_bytes)
    assert set(store) == _expected()


@pytest.mark.parametrize("position", [
    0,  # the first chunk fails
    30,  # a chunk in the middle fails
    60,  # the last chunk, loaded when finishing, fails
])
def test_a_failed_chunk_is_raised(tmp_path, position) -> None:
    lines = [*LINES[:position], BAD, *LINES[position:]]
    store = ox.Store(str(tmp_path / "store"))
    with pytest.raises(SyntaxError):
        with ChunkLoader(store, ox.RdfFormat.N_QUADS, chunk_bytes=200) as loader:
            for line in lines:
                loader.add(line)
            loader.finish()


@pytest.mark.parametrize("chunk_bytes", [
    10,  # a chunk a line
    1 << 20,  # the whole file at once
])
def test_load_lines_reads_every_line(tmp_path, chunk_bytes) -> None:
    path = tmp_path / "x.nq"
    path.write_bytes(b"".join(LINES))
    store = ox.Store(str(tmp_path / "store"))
    assert load_lines(store, path, ox.RdfFormat.N_QUADS, chunk_bytes=chunk_bytes) == 60
    assert set(store) == _expected()
