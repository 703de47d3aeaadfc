"""``make bench``: the whole shared record, built and queried, against the targets of issue 19.

Run ``python -m benchmarks.run`` (or ``make bench``); see ``benchmarks/README.md``. The inputs
are those of the README's whole-record command (English texts 1946-1994, the UN's XML
2000-2026 with statements and adoption data, the meeting tables, the UNDL records, the
sanctions list), copied to a temporary folder so that a text can be added and changed. In
one run, each part timed (the last table but one gives the time budget):

1. the full build, step by step (:mod:`benchmarks.measure`, in its own process);
2. the floor: read the same files + one regular-expression pass + Oxigraph bulk-loading the
   build's own ``graph.nq`` in memory (:mod:`benchmarks.floor`);
3. the rdflib path: the same quads parsed into rdflib's default store and written as Turtle;
4. incremental rebuilds into the same folder: one new text, then one changed text;
5. every canned query on the build, in one process on the opened store (median of runs);
6. the endpoint (``unsc-graph serve``) under load: 1, 8, 32, 64 look-up clients while two
   others send whole-graph queries (:mod:`benchmarks.endpoint_load`);
7. the scale series 1x/4x/16x (:mod:`benchmarks.scale`), as far as the time budget allows;
   ``make bench-scale`` runs all of it;

then the targets table (:mod:`benchmarks.targets`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import (
    RECORD,
    ROOT,
    SHARED,
    machine,
    peak_rss_mb,
    print_table,
    run_json_child,
    run_measured_build,
)

BUDGET = 780  # seconds for the whole run (make bench: under 15 min with the set-up)
ENDPOINT_SECONDS = 10  # per number of clients
ENDPOINT_CLIENTS = [1, 8, 32, 64]
QUERY_RUNS = 5  # runs of each canned query (fewer once a query has taken QUERY_CAP seconds)
QUERY_CAP = 6.0
QUERIES_TIMEOUT = 600  # seconds for all canned queries (the child is stopped after)
RDFLIB_TIMEOUT = 360  # seconds for the rdflib path (3.2 M quads; stopped after, and said so)


def child_peer(nquads: str) -> None:
    """rdflib's default in-memory store: parse the quads, serialise the merged Turtle."""
    from rdflib import Dataset

    t = time.perf_counter()
    ds = Dataset(default_union=True)  # Turtle of the union, like graph.ttl
    ds.parse(nquads, format="nquads")
    t_parse = time.perf_counter() - t
    t = time.perf_counter()
    data = ds.serialize(format="turtle", encoding="utf-8")
    t_ser = time.perf_counter() - t
    print(json.dumps({"parse": t_parse, "serialize": t_ser, "bytes": len(data),
                      "rss_mb": peak_rss_mb()}))



def copy_inputs(record: list[Path], folder: Path) -> list[Path]:
    """Copy the input folders into *folder* (so that one text can be added and changed);
    return the copies, in the same order."""
    out = []
    for p in record:
        target = folder / p.name
        shutil.copytree(p, target)
        out.append(target)
    return out


# -- incremental rebuilds ---------------------------------------------------------------------

NEW_OFFSET = 90000  # the new text: an English text renumbered as resolution n + 90000


def add_text(texts_folder: Path) -> Path:
    """Write a new text into *texts_folder*: its first English text that has a heading,
    renumbered (see :func:`benchmarks.scale.renumber_heading`); return its path."""
    from benchmarks.scale import renumber_heading

    for p in sorted(texts_folder.glob("*.txt")):
        try:
            text = renumber_heading(p.read_text(encoding="utf-8"), NEW_OFFSET)
        except (UnicodeDecodeError, ValueError):
            continue
        target = texts_folder / f"BENCH_NEW_{p.name}"
        target.write_text(text, encoding="utf-8")
        return target
    raise RuntimeError(f"no English text with a heading in {texts_folder}")


def change_text(path: Path) -> None:
    r"""Change the wording of the text *path*: insert words before its last full stop.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = Path(d) / 'a.txt'
    ...     _ = p.write_text('Decides to remain seized of the matter.\n', encoding='utf-8')
    ...     change_text(p)
    ...     p.read_text(encoding='utf-8')
    'Decides to remain seized of the matter, as amended by the benchmark.\n'
    """
    text = path.read_text(encoding="utf-8")
    i = text.rfind(".")
    if i < 0:
        raise RuntimeError(f"{path}: no full stop to change")
    path.write_text(text[:i] + ", as amended by the benchmark" + text[i:], encoding="utf-8")


def bench_rebuilds(inputs: list[Path], out: Path, log) -> dict[str, dict | None]:
    """After the full build into *out*: add one text and build again into *out*; then change
    one text and build again. Each rebuild measured as the full build was."""
    texts = inputs[0]  # en-resolutions
    results: dict[str, dict | None] = {}
    changed = sorted(texts.glob("*.txt"))[-1]
    for what, edit in (("one new text", lambda: add_text(texts)),
                       ("one changed text", lambda: change_text(changed))):
        edit()
        try:
            results[what] = run_measured_build(out, [str(p) for p in inputs])
            log(f"rebuild after {what}: {results[what]['wall']:.0f} s")
        except RuntimeError as exc:
            log(f"rebuild after {what} failed: {exc}")
            results[what] = None
    return results


# -- canned queries ---------------------------------------------------------------------------

def child_queries(build: str) -> None:
    """Open the store once and run every canned query (default parameters) up to
    :data:`QUERY_RUNS` times; print one JSON line per query as soon as it is done."""
    from graph.query import list_queries, run_query
    from graph.store import open_store

    t = time.perf_counter()
    store = open_store(build)
    print(json.dumps({"open": time.perf_counter() - t}), flush=True)
    print(json.dumps({"lookup_us": lookup_cost(store)}), flush=True)
    for q in list_queries():
        times, rows, error = [], None, None
        for _ in range(QUERY_RUNS):
            t = time.perf_counter()
            try:
                rows = len(run_query(store, q, {}).rows)
            except Exception as exc:
                error = f"{type(exc).__name__}: {exc}"[:120]
                break
            times.append(time.perf_counter() - t)
            if sum(times) > QUERY_CAP:
                break
        print(json.dumps({"name": q.name, "scope": q.scope or "look-up", "times": times,
                          "median": statistics.median(times) if times else None,
                          "rows": rows, "error": error}), flush=True)


def lookup_cost(store, n: int = 2000) -> float | None:
    """Microseconds one store look-up (subject and predicate given) takes, averaged over
    *n* look-ups of ``rdf:type`` of the store's first typed subjects: what a query pays per
    row for each pattern it joins by look-up."""
    import pyoxigraph as ox

    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    subjects = []
    for quad in store.quads_for_pattern(None, rdf_type, None, None):
        subjects.append(quad.subject)
        if len(subjects) >= n:
            break
    if not subjects:
        return None
    t = time.perf_counter()
    for s in subjects:
        list(store.quads_for_pattern(s, rdf_type, None, None))
    return (time.perf_counter() - t) / len(subjects) * 1e6


def bench_queries(build: Path) -> tuple[list[dict], float | None]:
    """Every canned query on *build*, in one child process; (results, store opening s)."""
    cmd = [sys.executable, "-m", "benchmarks.run", "--child-queries", str(build)]
    try:
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False,
                              timeout=QUERIES_TIMEOUT)
        out, err = done.stdout, done.stderr
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        err = f"stopped after {QUERIES_TIMEOUT} s"
    lines = [json.loads(x) for x in out.splitlines() if x.startswith("{")]
    opened = next((x["open"] for x in lines if "open" in x), None)
    lookup = next((x["lookup_us"] for x in lines if "lookup_us" in x), None)
    results = [x for x in lines if "name" in x]
    for r in results:
        r["lookup_us"] = lookup
    from graph.query import list_queries

    done_names = {x["name"] for x in results}
    for q in list_queries():
        if q.name not in done_names:
            results.append({"name": q.name, "scope": q.scope or "look-up", "times": [],
                            "median": None, "rows": None,
                            "error": (err.strip().splitlines() or ["not run"])[-1][:120]})
    return results, opened


def query_rows(results: list[dict]) -> list[list[object]]:
    """Table rows: query, scope, median ms, runs, rows, and the error or 'OVER 1 s'.

    >>> query_rows([{"name": "a", "scope": "look-up", "times": [0.1, 0.3, 0.2],
    ...              "median": 0.2, "rows": 4, "error": None}])
    [['a', 'look-up', 200.0, 3, 4, '']]
    """
    rows = []
    for r in results:
        if r["median"] is None:
            rows.append([r["name"], r["scope"], "", 0, "", r["error"] or "not run"])
            continue
        rows.append([r["name"], r["scope"], r["median"] * 1000, len(r["times"]), r["rows"],
                     "OVER 1 s" if r["median"] >= 1 else ""])
    return rows


# -- tables -----------------------------------------------------------------------------------

def step_rows(build: dict) -> list[list[object]]:
    """The full build's steps: texts, triples, seconds, CPU, cores busy, peak memory.

    >>> step_rows({"steps": [{"step": "texts", "wall": 2.0, "cpu": 3.0, "peak_mb": 100.0,
    ...            "texts": 5, "triples": 50}], "wall": 2.0, "cpu": 3.0, "peak_mb": 100.0,
    ...            "texts": 5, "triples": 40, "quads": 45})[0]
    ['texts', 5, 50, 2.0, 3.0, '1.5', 100.0]
    """
    rows = []
    for s in build["steps"]:
        triples = s.get("triples") or ""
        if s["step"] == "spool/store":
            triples = build["quads"]
        rows.append([s["step"], s.get("texts") or "", triples, s["wall"], s["cpu"],
                     f"{s['cpu'] / s['wall']:.1f}" if s["wall"] > 0 else "", s["peak_mb"]])
    rows.append(["whole build", build["texts"], build["triples"], build["wall"], build["cpu"],
                 f"{build['cpu'] / build['wall']:.1f}", build["peak_mb"]])
    return rows


STEP_HEADER = ["step", "texts", "triples", "seconds", "CPU s", "cores busy",
               "peak MiB (all processes)"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--budget", type=float, default=BUDGET,
                    help=f"seconds the whole run may take; the scale series gets what is left "
                         f"(default {BUDGET})")
    ap.add_argument("--sizes", default="1,4,16", help="the scale series (default 1,4,16)")
    ap.add_argument("--full-scale", action="store_true",
                    help="build every size of the series whatever the budget")
    ap.add_argument("--no-rdflib", action="store_true", help="skip the rdflib path")
    ap.add_argument("--no-endpoint", action="store_true", help="skip the endpoint under load")
    ap.add_argument("--endpoint-seconds", type=float, default=ENDPOINT_SECONDS,
                    help=argparse.SUPPRESS)
    ap.add_argument("--inputs", nargs="+", type=Path, default=RECORD, help=argparse.SUPPRESS)
    ap.add_argument("--child-peer", help=argparse.SUPPRESS)
    ap.add_argument("--child-queries", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child_peer:
        child_peer(args.child_peer)
        return 0
    if args.child_queries:
        child_queries(args.child_queries)
        return 0
    if not all(p.exists() for p in args.inputs):
        print(f"../shared not present ({SHARED}): the benchmarks need the real record; "
              "skipped.")
        return 0
    from benchmarks import targets
    from benchmarks.scale import SERIES_HEADER, run_series, series_rows

    started = time.perf_counter()
    budget_rows: list[list[object]] = []

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:5.0f} s] {message}", file=sys.stderr,
              flush=True)

    def part(name: str, t0: float, note: str = "") -> None:
        budget_rows.append([name, time.perf_counter() - t0, note])

    print_table("Machine", ["", ""], machine())
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="unsc-bench-") as tmpname:
        tmp = Path(tmpname)
        t = time.perf_counter()
        inputs = copy_inputs(args.inputs, tmp / "inputs")
        part("copy the inputs", t)

        t = time.perf_counter()
        out = tmp / "build"
        full = run_measured_build(out, [str(p) for p in inputs])
        part("1. full build", t)
        log(f"full build: {full['texts']:,} texts, {full['triples']:,} triples, "
            f"{full['wall']:.0f} s")
        print_table(f"1. Full build of the whole record, step by step ({full['texts']:,} texts "
                    f"read, {full['skipped']} inputs skipped, {full['documents']:,} documents; "
                    "2 workers)", STEP_HEADER, step_rows(full))

        t = time.perf_counter()
        floor = run_json_child(["benchmarks.floor", str(out), *map(str, inputs)])
        part("2. floor", t)
        print_table("2. Floor: read the same input files, one regular-expression pass, "
                    "Oxigraph bulk-loading the build's graph.nq into an in-memory store",
                    ["what", "seconds", "size"],
                    [["read + regex (best of 3)", floor["read_regex"],
                      f"{floor['files']:,} files, {floor['bytes'] / 2**20:,.0f} MiB, "
                      f"{floor['matches']:,} matches"],
                     ["in-memory Store.bulk_load(graph.nq)", floor["load"],
                      f"{floor['quads']:,} quads, peak {floor['load_peak_mb']:,.0f} MiB"],
                     ["floor", floor["floor"], ""],
                     ["full build", full["wall"], f"{full['wall'] / floor['floor']:.1f}x the "
                      "floor"]])

        if not args.no_rdflib:
            t = time.perf_counter()
            try:
                peer = run_json_child(["benchmarks.run", "--child-peer", str(out / "graph.nq")],
                                      timeout=RDFLIB_TIMEOUT)
                rd = peer["parse"] + peer["serialize"]
                ours = next((s["wall"] for s in full["steps"] if s["step"] == "spool/store"),
                            full["seconds"].get("store", 0.0))
                through = full["wall"] - ours + rd
                print_table("3. The rdflib path: the same quads through rdflib's default "
                            "in-memory store (Dataset, union Turtle)",
                            ["path", "seconds", "ours faster by"],
                            [["rdflib: parse graph.nq into Dataset()", peer["parse"], ""],
                             ["rdflib: serialize(format='turtle')", peer["serialize"], ""],
                             ["store step: rdflib (parse + serialise)", rd, ""],
                             ["store step: ours (spool/store: .nq, .ttl, on-disk Oxigraph)",
                              ours, f"{rd / ours:.1f}x"],
                             ["end to end through rdflib (our other steps + rdflib)", through,
                              ""],
                             ["end to end: ours", full["wall"], f"{through / full['wall']:.1f}x"],
                             ["rdflib peak RSS MiB", peer["rss_mb"], ""]])
            except subprocess.TimeoutExpired:
                print(f"\n### 3. The rdflib path\n\nstopped after {RDFLIB_TIMEOUT} s: rdflib had "
                      f"not parsed and written the {full['quads']:,} quads by then")
            except RuntimeError as exc:
                print(f"\n### 3. The rdflib path\n\nfailed: {exc}")
            part("3. rdflib path", t)

        t = time.perf_counter()
        rebuilds = bench_rebuilds(inputs, out, log)
        part("4. incremental rebuilds", t)
        rows = [["full build", full["texts"], full["wall"], full["cpu"], full["peak_mb"], "1.00x",
                 ", ".join(f"{s['step']} {s['wall']:.1f}" for s in full["steps"])]]
        for what, r in rebuilds.items():
            if r is None:
                rows.append([f"after {what}", "failed", "", "", "", "", ""])
                continue
            rows.append([f"after {what}", r["texts"], r["wall"], r["cpu"], r["peak_mb"],
                         f"{r['wall'] / full['wall']:.2f}x",
                         ", ".join(f"{s['step']} {s['wall']:.1f}" for s in r["steps"])])
        print_table("4. Incremental rebuilds into the same folder (the inputs plus one new "
                    "text; then one text changed)",
                    ["build", "texts", "seconds", "CPU s", "peak MiB", "vs full", "steps (s)"],
                    rows)

        t = time.perf_counter()
        queries, opened = bench_queries(out)
        part("5. canned queries", t)
        print_table(f"5. Canned queries on the whole record ({full['triples']:,} triples), "
                    f"default parameters, in one process on the opened store (opened in "
                    f"{(opened or 0) * 1000:.0f} ms; one look-up of a subject and predicate "
                    f"{(queries[0].get('lookup_us') or 0) if queries else 0:.0f} µs), median of "
                    f"up to {QUERY_RUNS} runs",
                    ["query", "scope", "median ms", "runs", "rows", "note"], query_rows(queries))

        endpoint: list[dict] = []
        if not args.no_endpoint:
            from benchmarks.endpoint_load import measure_server

            t = time.perf_counter()
            try:
                endpoint, _ = measure_server("unsc-graph serve", out, ENDPOINT_CLIENTS,
                                             args.endpoint_seconds, bomb=False)
            except (RuntimeError, OSError) as exc:
                print(f"\n### 6. The endpoint under load\n\nfailed: {exc}")
            part("6. endpoint under load", t)
            if endpoint:
                print_table("6. The endpoint under load: `unsc-graph serve` on the build, "
                            f"{args.endpoint_seconds:g} s per row; look-ups (`cites` and "
                            "`cited-by` in turn, of documents drawn from the store with a "
                            "fixed seed, a new connection each) while 2 other clients "
                            "send whole-graph queries (CONTAINS over every literal, GROUP BY "
                            "over every triple, a transitive path)",
                            ["clients", "load avg", "look-ups/s", "p50 ms", "p95 ms", "failed",
                             "whole-graph answered / refused", "peak RSS MB"],
                            [[r["clients"], r["load"], r["rps"], r["p50"], r["p95"],
                              f"{r['errors']} of {r['done'] + r['errors']}"
                              + (f" ({r['error_kinds']})" if r["error_kinds"] else ""),
                              f"{r['expensive_ok']} / {r['expensive_refused']}",
                              r["rss_total"]] for r in endpoint])

        t = time.perf_counter()
        sizes = sorted({1, *(int(x) for x in args.sizes.split(","))})
        left = None if args.full_scale else args.budget - (time.perf_counter() - started) - 15
        shutil.rmtree(out, ignore_errors=True)  # the disk: the series builds its own
        series = run_series([str(p) for p in inputs], sizes, tmp, first=full, budget=left,
                            log=log)
        part("7. scale series", t, "" if args.full_scale else
             f"budget left: {max(left, 0):.0f} s")
        print_table("7. Scale series: the whole record's texts replicated with renumbered "
                    "documents (tables once), each size built end to end; 1x is build 1",
                    SERIES_HEADER, series_rows(series))

        print_table("Targets of issue 19, from the numbers above", targets.HEADER,
                    targets.target_rows(full, floor, rebuilds, queries, endpoint, series, cores))
    total = time.perf_counter() - started
    budget_rows.append(["whole run (without the set-up of make)", total,
                        f"budget {args.budget:.0f} s"])
    print_table("Time budget of this run", ["part", "seconds", "note"], budget_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
