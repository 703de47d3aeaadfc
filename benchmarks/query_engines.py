"""Canned queries through the product's path (Oxigraph) and through rdflib's default store.

Run ``python -m benchmarks.query_engines [BUILD]``: BUILD is a build folder (default: builds the
English corpus plus the meeting tables from ../shared into ``build/bench-queries``). Prints, per
canned query, the median time of several runs on each path, the ratio, and whether both paths
give the same rows. rdflib gets at most ``--cap`` seconds per query (run in a child process);
a query over the cap is reported as ``> cap`` and its ratio as a lower bound.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _rdflib_worker(nq: str, text: str, runs: int, conn) -> None:
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    t = time.perf_counter()
    ds.parse(nq, format="nquads")
    conn.send(("loaded", time.perf_counter() - t))
    times, rows = [], None
    for _ in range(runs):
        t = time.perf_counter()
        res = ds.query(text)
        rows = sorted(tuple(str(python_value_rdflib(v)) for v in r) for r in res)
        times.append(time.perf_counter() - t)
    conn.send(("done", statistics.median(times), rows))


def python_value_rdflib(term) -> object:
    """Plain value of an rdflib term, comparable with graph.query.python_value's."""
    if term is None:
        return ""
    from rdflib import Literal

    if isinstance(term, Literal):
        v = term.toPython()
        return v.isoformat() if hasattr(v, "isoformat") else v
    return str(term)


def _norm(v) -> str:
    return "" if v is None else str(v)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("build", nargs="?", help="build folder (default: build the English corpus)")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--cap", type=float, default=120.0, help="seconds per query on rdflib")
    args = p.parse_args(argv)

    from graph.build import build
    from graph.query import bind_params, list_queries, run_query
    from graph.store import open_store

    if args.build:
        folder = Path(args.build)
    else:
        if not SHARED.is_dir():
            print("../shared not present: nothing to benchmark", file=sys.stderr)
            return 0
        folder = ROOT / "build" / "bench-queries"
        if not (folder / "graph.nq").exists():
            t = time.perf_counter()
            build([SHARED / "corpus/en-resolutions", SHARED / "corpus/un-meetings"], folder,
                  progress=None)
            print(f"built {folder} in {time.perf_counter() - t:.1f} s")
    store = open_store(folder)
    nq = str(folder / "graph.nq")
    print(f"graph: {folder}  quads: {len(store):,}")
    print(f"{'query':40s} {'oxigraph':>10s} {'rdflib':>10s} {'ratio':>8s}  same rows")
    ratios = []
    for q in list_queries():
        text = bind_params(q, {})
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            ours = run_query(store, q)
            times.append(time.perf_counter() - t)
        ox_t = statistics.median(times)
        ours_rows = sorted(tuple(_norm(v) for v in r) for r in ours.rows)
        parent, child = mp.Pipe()
        proc = mp.Process(target=_rdflib_worker, args=(nq, text, args.runs, child))
        proc.start()
        kind, load_s = parent.recv()
        if parent.poll(args.cap * args.runs):
            _, rd_t, rd_rows = parent.recv()
            same = "yes" if rd_rows == ours_rows else f"no ({len(rd_rows)} vs {len(ours_rows)})"
            ratio = rd_t / ox_t if ox_t > 0 else float("inf")
            shown = f"{rd_t:10.3f}"
            ratio_s = f"{ratio:8.1f}"
        else:
            proc.terminate()
            same = "n/a"
            ratio = args.cap / ox_t
            shown = f"> {args.cap:.0f}".rjust(10)
            ratio_s = f"> {ratio:.0f}".rjust(8)
        proc.join()
        ratios.append(ratio)
        print(f"{q.name:40s} {ox_t:10.3f} {shown} {ratio_s}  {same}")
    print(f"median ratio over {len(ratios)} queries: {statistics.median(ratios):.1f}x "
          f"(rdflib load of graph.nq: {load_s:.1f} s per process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
