"""The build's store step with one store (the design since issue 14) and with two (before it).

Before issue 14 the build kept two on-disk Oxigraph stores of the same triples: ``store/``
with the named graphs and ``query-store/`` with the graphs merged (each distinct triple once,
sorted), the Turtle written from the merged triples. Now it writes ``graph.nq`` and
``graph.ttl`` in one pass over the spool and bulk-loads one store (:func:`graph.store.
write_spool`). This runs both on the same quads, a build's own ``graph.nq`` regrouped into a
spool, each way in its own process, alternating, and prints the CPU and wall time of each run
and the median ratio of the pairs::

    python -m benchmarks.store_step BUILD [--pairs 3]      # BUILD: a build folder

The two-store way is rebuilt here from the current library's parts (the same spool, the same
chunked loader, the merged triples sorted as :func:`graph.store.merge_triple_lines` does); it
is what the step cost, not the old code.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _spool(nq: Path):
    """The quads of *nq* in a :class:`graph.spool.GraphSpool`, one block per graph."""
    from graph.spool import GraphSpool

    groups: dict[str, list[bytes]] = {}
    with open(nq, "rb") as f:
        for line in f:
            head, name = line.rstrip(b" .\n").rsplit(b" ", 1)
            groups.setdefault(name.decode("utf-8"), []).append(head + b" .\n")
    spool = GraphSpool()
    for name, lines in groups.items():
        spool.add(name, b"".join(lines))
    return spool


def _two_stores(folder: Path, spool) -> None:
    """The store step as it was: ``graph.nq``, the named-graph store, the merged triples
    sorted, a second store of them, and the Turtle written from them."""
    import pyoxigraph as ox

    from graph.namespaces import SERIALIZATION_PREFIXES
    from graph.store import DEFAULT_GRAPH_KEY, load_lines, merge_triple_lines

    nq_path = folder / "graph.nq"
    graphs = []
    with open(nq_path, "wb") as nq:
        for key in spool.graphs():
            data = spool.read_graph(key)
            graphs.append((key, data.split(b"\n")[:-1]))
            if key != DEFAULT_GRAPH_KEY:
                data = data.replace(b" .\n", b" " + key.encode("utf-8") + b" .\n")
            nq.write(data)
    named = ox.Store(str(folder / "store"))
    load_lines(named, nq_path, ox.RdfFormat.N_QUADS)
    merged_path = folder / "merged.nt"
    merged_path.write_bytes(merge_triple_lines(graphs))
    del graphs
    merged = ox.Store(str(folder / "query-store"))
    load_lines(merged, merged_path, ox.RdfFormat.N_TRIPLES)
    with open(folder / "graph.ttl", "wb") as ttl:
        ox.serialize(ox.parse(path=str(merged_path), format=ox.RdfFormat.N_TRIPLES), ttl,
                     format=ox.RdfFormat.TURTLE, prefixes=SERIALIZATION_PREFIXES)


def child(nq: str, way: str) -> dict:
    """Run the store step one *way* (``one`` or ``two``) on the quads of *nq*."""
    from graph.store import write_spool

    spool = _spool(Path(nq))
    with tempfile.TemporaryDirectory(prefix="unsc-store-step-") as d:
        c, t = _cpu(), time.perf_counter()
        if way == "one":
            write_spool(Path(d), spool)
        else:
            _two_stores(Path(d), spool)
        out = {"way": way, "wall": time.perf_counter() - t, "cpu": _cpu() - c}
    spool.close()
    return out


def run_pairs(nq: Path, pairs: int) -> dict:
    """Alternate the two ways *pairs* times, each in its own process; return the runs and
    the median CPU ratio one/two."""
    runs: list[dict] = []
    for i in range(pairs):
        for way in (("one", "two") if i % 2 == 0 else ("two", "one")):
            proc = subprocess.run([sys.executable, "-m", "benchmarks.store_step", "--child",
                                   str(nq), way], cwd=ROOT, capture_output=True, text=True,
                                  check=True)
            runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    one = [r["cpu"] for r in runs if r["way"] == "one"]
    two = [r["cpu"] for r in runs if r["way"] == "two"]
    ratios = [a / b for a, b in zip(one, two, strict=True)]
    with open(nq, "rb") as f:
        quads = sum(1 for _ in f)
    return {"quads": quads, "runs": runs, "median_ratio": statistics.median(ratios),
            "one_cpu": statistics.median(one), "two_cpu": statistics.median(two),
            "one_wall": statistics.median(r["wall"] for r in runs if r["way"] == "one"),
            "two_wall": statistics.median(r["wall"] for r in runs if r["way"] == "two")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build", nargs="?", help="a build folder (its graph.nq)")
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--child", nargs=2, metavar=("NQ", "WAY"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(*args.child)))
        return 0
    if not args.build:
        ap.error("give a build folder")
    res = run_pairs(Path(args.build) / "graph.nq", args.pairs)
    print(f"store step on {res['quads']:,} quads, {args.pairs} pairs")
    print(f"  one store : CPU {res['one_cpu']:.1f} s, wall {res['one_wall']:.1f} s (medians)")
    print(f"  two stores: CPU {res['two_cpu']:.1f} s, wall {res['two_wall']:.1f} s (medians)")
    print(f"  median CPU ratio one/two {res['median_ratio']:.2f} "
          f"({1 - res['median_ratio']:.0%} lower)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
