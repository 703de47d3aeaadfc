"""The canned queries' CPU time, beside their wall time, on one build.

    python -m benchmarks.queries_cpu BUILD [--runs 3] [--only NAME,NAME]

On a machine shared with other work the wall time of ``make bench`` (part 5) says more about
the neighbours than about the query; the CPU time of this process (user + system; Oxigraph
evaluates on the calling thread) does not. Each query runs through
:func:`graph.query.run_query` with its default parameters, *runs* times on the store opened
once; printed: the median wall and CPU milliseconds and the rows.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def time_queries(store, names: list[str] | None = None, runs: int = 3) -> list[dict]:
    """Run every canned query (or those *names*) *runs* times on *store*; one dict per query
    with its name, median wall and CPU milliseconds and rows.

    >>> import pyoxigraph as ox
    >>> [r['rows'] for r in time_queries(ox.Store(), ['sponsors'], runs=1)]
    [0]
    """
    from graph.query import list_queries, run_query

    out = []
    for q in list_queries():
        if names and q.name not in names:
            continue
        walls, cpus, rows = [], [], 0
        for _ in range(runs):
            t, c = time.perf_counter(), _cpu()
            rows = len(run_query(store, q, {}).rows)
            walls.append(time.perf_counter() - t)
            cpus.append(_cpu() - c)
        out.append({"name": q.name, "wall_ms": statistics.median(walls) * 1000,
                    "cpu_ms": statistics.median(cpus) * 1000, "rows": rows})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", help="a build folder (or an RDF file)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each query")
    parser.add_argument("--only", default="", help="comma-separated query names")
    args = parser.parse_args(argv)
    from graph.store import open_store

    store = open_store(args.build)
    print("| query | median wall ms | median CPU ms | rows |\n|---|---|---|---|")
    names = [n for n in args.only.split(",") if n] or None
    for r in time_queries(store, names, args.runs):
        print(f"| {r['name']} | {r['wall_ms']:.0f} | {r['cpu_ms']:.0f} | {r['rows']} |",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
