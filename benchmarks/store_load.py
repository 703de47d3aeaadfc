"""How Oxigraph's on-disk bulk load of a build's ``graph.nq`` grows with the store.

The build loads its named-graph store in chunks (``graph.store.ChunkLoader``: two chunks at
once, in threads, while ``graph.nq`` and ``graph.ttl`` are written), so that memory stays
bounded, then compacts it. This prints the time of each chunk, one after the other, as the
store grows, the compaction, and, for comparison, one ``bulk_load`` of the whole file
(Oxigraph's own batches, on several threads) with its peak memory. Each way runs in its own
process, on one store in a temporary folder::

    python -m benchmarks.store_load BUILD            # BUILD: a build folder with graph.nq
    python -m benchmarks.store_load BUILD --chunk-mb 48
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child(nq: str, way: str, chunk_mb: int) -> dict:
    """Load *nq* into a new on-disk store one *way* (``chunks`` or ``whole``); return the
    times and the peak memory."""
    import pyoxigraph as ox

    from benchmarks.common import peak_rss_mb

    with tempfile.TemporaryDirectory(prefix="unsc-load-") as d:
        store = ox.Store(d)
        out: dict = {"way": way}
        t0 = time.perf_counter()
        if way == "chunks":
            chunks = []
            with open(nq, "rb") as f:
                while lines := f.readlines(chunk_mb << 20):
                    t = time.perf_counter()
                    store.bulk_load(input=b"".join(lines), format=ox.RdfFormat.N_QUADS,
                                    lenient=True)
                    chunks.append([len(lines), round(time.perf_counter() - t, 2)])
                    del lines
            out["chunks"] = chunks
        else:
            store.bulk_load(path=nq, format=ox.RdfFormat.N_QUADS, lenient=True)
        out["load"] = time.perf_counter() - t0
        t = time.perf_counter()
        store.flush()
        out["flush"] = time.perf_counter() - t
        t = time.perf_counter()
        store.optimize()
        out["optimize"] = time.perf_counter() - t
        out["quads"] = len(store)
        out["peak_rss_mb"] = peak_rss_mb()
        del store
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.store_load", description=__doc__)
    ap.add_argument("build", help="a build folder (with graph.nq)")
    ap.add_argument("--chunk-mb", type=int, default=96,
                    help="chunk size in MiB (the build uses 96 per store)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    nq = str(Path(args.build) / "graph.nq")
    if args.child:
        print(json.dumps(child(nq, args.child, args.chunk_mb)))
        return 0
    if not Path(nq).is_file():
        print(f"{nq}: no such file (give a build folder)", file=sys.stderr)
        return 2
    for way in ("chunks", "whole"):
        done = subprocess.run([sys.executable, "-m", "benchmarks.store_load", args.build,
                               "--chunk-mb", str(args.chunk_mb), "--child", way], cwd=ROOT,
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(f"{way}: failed: {(done.stderr.strip().splitlines() or ['?'])[-1]}")
            continue
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{way}: {r['quads']:,} quads, load {r['load']:.1f} s, flush {r['flush']:.1f} s, "
              f"compaction "
              f"{r['optimize']:.1f} s, peak {r['peak_rss_mb']:,.0f} MiB")
        for i, (lines, seconds) in enumerate(r.get("chunks", []), 1):
            print(f"  chunk {i:2d}: {lines:,} quads in {seconds:.2f} s "
                  f"({seconds / lines * 1e6:.1f} µs per quad)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
