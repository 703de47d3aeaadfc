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


def _rdflib_worker(nq: str, conn) -> None:
    """Load the graph once into rdflib's default store, then answer queries sent on *conn*."""
    import sys as _sys

    from rdflib import Dataset

    _sys.setrecursionlimit(20000)
    ds = Dataset(default_union=True)
    t = time.perf_counter()
    ds.parse(nq, format="nquads")
    conn.send(("loaded", time.perf_counter() - t))
    while True:
        message = conn.recv()
        if message is None:
            return
        text, runs = message
        try:
            times, rows = [], None
            for _ in range(runs):
                t = time.perf_counter()
                res = ds.query(text)
                rows = sorted(tuple(_norm(python_value_rdflib(v)) for v in r) for r in res)
                times.append(time.perf_counter() - t)
            conn.send(("done", statistics.median(times), rows))
        except Exception as exc:  # rdflib's engine fails on some queries: report, go on
            conn.send(("error", f"{type(exc).__name__}: {str(exc)[:80]}", None))


class RdflibPath:
    """A child process holding the graph in rdflib's default store; restarted after a timeout."""

    def __init__(self, nq: str) -> None:
        self.nq = nq
        self.load_s = 0.0
        self._start()

    def _start(self) -> None:
        self.parent, child = mp.Pipe()
        self.proc = mp.Process(target=_rdflib_worker, args=(self.nq, child), daemon=True)
        self.proc.start()
        _, self.load_s = self.parent.recv()

    def run(self, text: str, runs: int, cap: float):
        self.parent.send((text, runs))
        if self.parent.poll(cap * runs):
            return self.parent.recv()
        self.proc.kill()
        self.proc.join()
        self._start()
        return ("timeout", None, None)

    def close(self) -> None:
        self.parent.send(None)
        self.proc.join(timeout=10)


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
    p.add_argument("--only", default="", help="comma-separated query names (default: all)")
    args = p.parse_args(argv)

    from graph.builder import build
    from graph.query import bind_params, list_queries, portable_query, run_query
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
                  progress=False)
            print(f"built {folder} in {time.perf_counter() - t:.1f} s")
    store = open_store(folder)
    nq = str(folder / "graph.nq")
    print(f"graph: {folder}  quads: {len(store):,}")
    t = time.perf_counter()
    rdf = RdflibPath(nq)
    print(f"rdflib default store: loaded graph.nq in {rdf.load_s:.1f} s")
    print(f"{'query':40s} {'oxigraph s':>11s} {'rdflib s':>10s} {'ratio':>8s}  same rows")
    ratios = []
    only = {n for n in args.only.split(",") if n}
    for q in list_queries():
        if only and q.name not in only:
            continue
        # rdflib reads SPARQL 1.1: a query written with LATERAL goes in its 1.1 form there
        text = bind_params(portable_query(q), {})
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            ours = run_query(store, q)
            times.append(time.perf_counter() - t)
        ox_t = statistics.median(times)
        ours_rows = sorted(tuple(_norm(v) for v in r) for r in ours.rows)
        kind, rd_t, rd_rows = rdf.run(text, args.runs, args.cap)
        if kind == "done":
            same = "yes" if rd_rows == ours_rows else f"no ({len(rd_rows)}/{len(ours_rows)} rows)"
            ratio = rd_t / max(ox_t, 1e-6)
            shown, ratio_s = f"{rd_t:10.3f}", f"{ratio:8.1f}"
            ratios.append(ratio)
        elif kind == "timeout":
            ratio = args.cap / max(ox_t, 1e-6)
            shown, ratio_s, same = f"> {args.cap:.0f}".rjust(10), f"> {ratio:.0f}".rjust(8), "n/a"
            ratios.append(ratio)
        else:
            shown, ratio_s, same = "error".rjust(10), "n/a".rjust(8), rd_t
        print(f"{q.name:40s} {ox_t:11.3f} {shown} {ratio_s}  {same}", flush=True)
    rdf.close()
    print(f"median ratio over {len(ratios)} queries that rdflib answered or timed out on: "
          f"{statistics.median(ratios):.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
