"""The endpoint under load: ``unsc-graph serve`` against ``oxigraph serve-read-only``.

    python -m benchmarks.endpoint_load                 # builds the English corpus first
    python -m benchmarks.endpoint_load --build /tmp/enbuild --seconds 10

For each server and each number of concurrent clients (1, 8, 32, 64), *c* clients send
look-ups (one new connection per request, as SPARQLWrapper and urllib do) for ``--seconds``
while two more clients keep sending expensive whole-graph queries with small answers (a
``CONTAINS`` count over every literal, a ``GROUP BY`` over every triple, a transitive
``(cito:cites|^cito:cites)*`` count).

**The look-ups vary.** Each one is a canned query of ``--lookups`` (default ``cites`` and
``cited-by``, in turn) of a document drawn at random from the store: ``cites`` of a document
that cites something, ``cited-by`` of one that is cited (both lists read from the build's
store before the server starts, sorted, so the same build gives the same lists). Each client draws
from its own generator seeded with ``--seed`` and its number, so a run is repeatable. One
look-up repeated would measure a server's answer cache or the store's hottest pages, not
the look-ups users make: the numbers here are for the whole spread of documents, from
those citing nothing to those cited hundreds of times.

Printed, and written to ``benchmarks/results/endpoint_load.md`` (git-ignored): the load
average of the machine when the row started (the machine may be shared: compare rows
measured under similar load), look-ups per second, their p50 and p95 latency, look-ups
that failed (a status other than 200, a reset, a time-out), expensive queries answered and
refused, and the peak resident memory of the server's processes (all of them, and the
largest one). Then each server gets ``SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f
LIMIT 1`` once; the benchmark kills a server whose processes pass 6 GB, so that it cannot
take the machine down.

Both servers read the same on-disk store of the build (``store/``), with the union of the
named graphs as default graph and a 30 s time limit. The clients run in this process, on
the same 2 cores as the servers. Without ``../shared`` the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from benchmarks.common import CORPUS as SHARED
from benchmarks.common import ROOT, process_tree

INPUTS = ["en-resolutions", "un-meetings", "undl-records", "sanctions"]
RESULTS = ROOT / "benchmarks" / "results"
PATH_QUERY = ("PREFIX cito: <http://purl.org/spar/cito/> "
              "SELECT (COUNT(*) AS ?n) WHERE { ?a (cito:cites|^cito:cites)* ?b }")
MEMORY_BOMB = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1"
CONTAINS_QUERY = ('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), "Council")) }')
GROUP_QUERY = ("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n) "
               "LIMIT 10")
#: the documents each kind of look-up is asked about: a SELECT of one ``?symbol`` column
LOOKUP_SYMBOLS = {
    "cites": "PREFIX unsc: <https://w3id.org/unsc-graph/ontology#> "
             "PREFIX dcterms: <http://purl.org/dc/terms/> "
             "SELECT DISTINCT ?symbol WHERE { ?d dcterms:identifier ?symbol "
             "FILTER EXISTS { ?c unsc:citingDocument ?d } } ORDER BY ?symbol",
    "cited-by": "PREFIX cito: <http://purl.org/spar/cito/> "
                "PREFIX dcterms: <http://purl.org/dc/terms/> "
                "SELECT DISTINCT ?symbol WHERE { ?d dcterms:identifier ?symbol "
                "FILTER EXISTS { ?c cito:hasCitedEntity ?d } } ORDER BY ?symbol",
}
LOOKUPS = ("cites", "cited-by")
SEED = 19
BOMB_KILL_MB = 6000  # the benchmark stops a server past this, to keep the machine alive


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_listening(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port}")


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return 0.0


class MemoryWatch:
    """Sample the resident memory of a process tree every 100 ms."""

    def __init__(self, pid: int, kill_mb: float | None = None) -> None:
        self.pid, self.total, self.largest = pid, 0.0, 0.0
        self.kill_mb, self.killed = kill_mb, False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            sizes = [rss_mb(p) for p in process_tree(self.pid)]
            self.total = max(self.total, sum(sizes))
            self.largest = max(self.largest, max(sizes, default=0.0))
            if self.kill_mb is not None and sum(sizes) > self.kill_mb:
                self.killed = True
                for p in process_tree(self.pid):
                    try:
                        os.kill(p, 9)
                    except OSError:
                        pass
                return
            time.sleep(0.1)

    def stop(self) -> tuple[float, float]:
        self._stop.set()
        self._thread.join()
        return self.total, self.largest


def post(port: int, path: str, query: str, timeout: float = 60) -> tuple[int, bytes]:
    """One query on a new connection: (status, body); status 0 for a connection error."""
    body = urllib.parse.urlencode({"query": query})
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("POST", path, body=body, headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json"})
        response = conn.getresponse()
        return response.status, response.read()
    except (OSError, http.client.HTTPException):
        return 0, b""
    finally:
        conn.close()


def start_ours(build: Path, port: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "graph", "serve", "--graph", str(build),
                             "--port", str(port)], cwd=ROOT, stderr=subprocess.DEVNULL)


def start_oxigraph(build: Path, port: int) -> subprocess.Popen:
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))

    return subprocess.Popen([binary, "serve-read-only", "--location", str(build / "store"),
                             "--bind", f"127.0.0.1:{port}", "--union-default-graph", "--cors",
                             "--timeout-s", "30"], stderr=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL)


SERVERS = {"unsc-graph serve": (start_ours, "/sparql"),
           "oxigraph serve-read-only": (start_oxigraph, "/query")}


class Lookups:
    """The look-ups: canned queries of *kinds*, each bound to a document drawn from
    *symbols[kind]*; client *i* draws from ``random.Random(f"{seed}-{i}")``, in turn
    through the kinds.

    >>> looks = Lookups({"cites": ["S/RES/1 (1946)", "S/RES/2 (1946)"]}, ("cites",), seed=1)
    >>> looks.client(0)() == Lookups(looks.symbols, ("cites",), seed=1).client(0)()
    True
    """

    def __init__(self, symbols: dict[str, list[str]], kinds: tuple[str, ...] = LOOKUPS,
                 seed: int = SEED) -> None:
        from graph.query import load_query

        self.symbols, self.kinds, self.seed = symbols, kinds, seed
        self._queries = {kind: load_query(kind) for kind in kinds}

    def client(self, i: int):
        """A function returning client *i*'s next look-up (a query text)."""
        from graph.query import bind_params

        rng = random.Random(f"{self.seed}-{i}")
        turn = iter(range(rng.randrange(len(self.kinds)), 1 << 62))

        def next_lookup() -> str:
            kind = self.kinds[next(turn) % len(self.kinds)]
            return bind_params(self._queries[kind], {"symbol": rng.choice(self.symbols[kind])})

        return next_lookup


def read_symbols(build: Path, kinds: tuple[str, ...]) -> dict[str, list[str]]:
    """For each kind of look-up, the symbols it may be asked about, read from the build's
    store before the server starts (so that a server that slows queries down does not slow
    the set-up)."""
    from graph.query import run_query
    from graph.store import open_store

    store = open_store(build)
    out = {}
    for kind in kinds:
        out[kind] = [str(row[0]) for row in run_query(store, LOOKUP_SYMBOLS[kind]).rows]
        if not out[kind]:
            raise RuntimeError(f"no document to ask {kind} about in {build}")
    del store
    return out


def tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) of *pid* and its live descendants (Linux ``/proc``)."""
    from benchmarks.measure import _rss_and_cpu

    return sum(_rss_and_cpu(p)[1] for p in process_tree(pid))


def lookup_cpu(pid: int, port: int, path: str, lookups: Lookups, n: int = 400) -> dict:
    """CPU milliseconds one look-up costs: *n* look-ups sent one after another by one client
    (nothing else running), the server's processes' CPU and this process's divided by *n*;
    also their wall time. What the cores must give each look-up: 2 cores answer at most
    ``2000 / (server + client)`` look-ups per second."""
    next_lookup = lookups.client(-2)
    queries = [next_lookup() for _ in range(n)]
    me = os.times()
    server = tree_cpu(pid)
    t0 = time.perf_counter()
    failed = sum(post(port, path, q)[0] != 200 for q in queries)
    wall = time.perf_counter() - t0
    server = tree_cpu(pid) - server
    after = os.times()
    client = (after.user - me.user) + (after.system - me.system)
    return {"n": n, "failed": failed, "server_ms": server / n * 1000,
            "client_ms": client / n * 1000, "wall_ms": wall / n * 1000}


def load(port: int, path: str, lookups: Lookups, expensive: list[str], clients: int,
         seconds: float) -> dict:
    """*clients* threads of look-ups and two of expensive queries for *seconds*."""
    load_average = os.getloadavg()[0]
    stop = time.monotonic() + seconds
    latencies: list[float] = []
    errors: dict[int, int] = {}
    outcomes: dict[str, int] = {"ok": 0, "refused": 0}
    refusals: dict[int, int] = {}
    lock = threading.Lock()

    def cheap_client(i: int) -> None:
        next_lookup = lookups.client(i)
        while time.monotonic() < stop:
            query = next_lookup()
            t0 = time.perf_counter()
            status, _ = post(port, path, query)
            with lock:
                if status == 200:
                    latencies.append(time.perf_counter() - t0)
                else:
                    errors[status] = errors.get(status, 0) + 1

    def expensive_client(offset: int) -> None:
        i = offset
        while time.monotonic() < stop:
            status, _ = post(port, path, expensive[i % len(expensive)], timeout=90)
            with lock:
                outcomes["ok" if status == 200 else "refused"] += 1
                if status != 200:
                    refusals[status] = refusals.get(status, 0) + 1
            i += 1

    threads = [threading.Thread(target=expensive_client, args=(i,)) for i in range(2)]
    threads += [threading.Thread(target=cheap_client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000 if ordered else 0

    return {"load": load_average, "rps": len(ordered) / seconds, "p50": pct(0.5), "p95": pct(0.95),
            "errors": sum(errors.values()), "kinds": errors, "done": len(ordered),
            "refusals": refusals, **outcomes}


def _kinds(counts: dict[int, int]) -> str:
    """`` (503×2, reset×1)``: what the failures were (status 0: no answer)."""
    if not counts:
        return ""
    parts = [f"{'no answer' if k == 0 else k}×{n}" for k, n in sorted(counts.items())]
    return " (" + ", ".join(parts) + ")"


def build_corpus(out: Path) -> None:
    from graph import build

    build([SHARED / name for name in INPUTS], out)


def measure_server(name: str, build: Path, clients: list[int], seconds: float,
                   bomb: bool = True, on_row=None, kinds: tuple[str, ...] = LOOKUPS,
                   seed: int = SEED, on_cpu=None) -> tuple[list[dict], dict | None]:
    """Start the server *name* on *build*, measure the CPU of one look-up
    (:func:`lookup_cpu`, given to *on_cpu*), each number of *clients* (look-ups of *kinds*,
    seeded with *seed*), then (with *bomb*) send the memory bomb once; return one dict per
    number of clients and the bomb's."""
    start, path = SERVERS[name]
    expensive = [CONTAINS_QUERY, GROUP_QUERY, PATH_QUERY]
    lookups = Lookups(read_symbols(build, kinds), kinds, seed)
    port = free_port()
    proc = start(build, port)
    results, bombed = [], None
    try:
        wait_listening(port)
        status, body = post(port, path, lookups.client(-1)())
        if status != 200 or b"bindings" not in body:
            raise RuntimeError(f"{name}: the look-up answered {status} {body[:200]!r}")
        cpu = lookup_cpu(proc.pid, port, path, lookups)
        cpu["server"] = name
        if on_cpu:
            on_cpu(cpu)
        for n in clients:
            watch = MemoryWatch(proc.pid)
            r = load(port, path, lookups, expensive, n, seconds)
            total, largest = watch.stop()
            r.update(server=name, clients=n, rss_total=total, rss_largest=largest,
                     expensive_ok=r["ok"], expensive_refused=r["refused"],
                     error_kinds=_kinds(r["kinds"]).strip(" ()"))
            results.append(r)
            if on_row:
                on_row(r)
            time.sleep(2)  # let the last expensive queries end
        if bomb:
            watch = MemoryWatch(proc.pid, kill_mb=BOMB_KILL_MB)
            t0 = time.perf_counter()
            status, body = post(port, path, MEMORY_BOMB, timeout=120)
            took = time.perf_counter() - t0
            total, _ = watch.stop()
            time.sleep(1)
            alive = proc.poll() is None and post(port, path, "ASK {}")[0] == 200
            what = f"{status} {body.decode(errors='replace').strip()[:60]}" if status \
                else "connection lost"
            if watch.killed:
                what = f"killed by the benchmark past {BOMB_KILL_MB} MB"
            bombed = {"server": name, "answer": what, "seconds": took, "rss": total,
                      "alive": alive}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    return results, bombed


def row_text(r: dict) -> str:
    """One Markdown row of the load table."""
    return (f"| {r['server']} | {r['load']:.1f} | {r['clients']} | {r['rps']:.0f} | "
            f"{r['p50']:.1f} | {r['p95']:.1f} | {r['errors']} of {r['done'] + r['errors']}"
            f"{_kinds(r['kinds'])} | {r['ok']} / {r['refused']}"
            f"{_kinds(r['refusals'])} | {r['rss_total']:.0f} | {r['rss_largest']:.0f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, help="an existing build folder of the English "
                                                   "corpus (default: build one)")
    parser.add_argument("--seconds", type=float, default=10.0, help="seconds per measurement")
    parser.add_argument("--clients", default="1,8,32,64", help="concurrent cheap clients")
    parser.add_argument("--servers", default=",".join(SERVERS), help="which servers")
    parser.add_argument("--lookups", default=",".join(LOOKUPS),
                        help="the canned queries the look-ups ask, in turn (of documents "
                             f"drawn from the store; any of {', '.join(LOOKUP_SYMBOLS)})")
    parser.add_argument("--seed", type=int, default=SEED, help="seed of the documents drawn")
    parser.add_argument("--no-bomb", action="store_true", help="leave out the memory bomb")
    args = parser.parse_args(argv)
    if args.build is None and not SHARED.is_dir():
        print("skipped: ../shared/corpus is absent (the real English corpus is needed)")
        return 0
    sys.path.insert(0, str(ROOT))

    scratch = None
    build = args.build
    if build is None:
        scratch = Path(tempfile.mkdtemp(prefix="endpoint-load-"))
        build = scratch / "build"
        started = time.perf_counter()
        build_corpus(build)
        print(f"built the English corpus in {time.perf_counter() - started:.0f} s")
    kinds = tuple(args.lookups.split(","))
    unknown = [k for k in kinds if k not in LOOKUP_SYMBOLS]
    if unknown:
        parser.error(f"unknown look-up {unknown[0]!r}: use {', '.join(LOOKUP_SYMBOLS)}")
    lines = ["| server | load avg | clients | look-ups/s | p50 ms | p95 ms | failed look-ups | "
             "expensive answered / refused | peak RSS, all processes MB | largest process MB |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    bombs = ["| server | answer | seconds | peak RSS MB | server alive after |",
             "|---|---|---|---|---|"]

    cpus = ["| server | look-ups | failed | server CPU ms | client CPU ms | wall ms |",
            "|---|---|---|---|---|---|"]

    def on_row(r: dict) -> None:
        lines.append(row_text(r))
        print(lines[-1], flush=True)

    def on_cpu(c: dict) -> None:
        cpus.append(f"| {c['server']} | {c['n']} | {c['failed']} | {c['server_ms']:.2f} | "
                    f"{c['client_ms']:.2f} | {c['wall_ms']:.2f} |")
        print(cpus[-1], flush=True)

    try:
        for name in args.servers.split(","):
            _, b = measure_server(name, build, [int(c) for c in args.clients.split(",")],
                                  args.seconds, on_row=on_row, kinds=kinds, seed=args.seed,
                                  on_cpu=on_cpu, bomb=not args.no_bomb)
            if b is None:
                continue
            row = (f"| {name} | {b['answer']} | {b['seconds']:.1f} | {b['rss']:.0f} | "
                   f"{'yes' if b['alive'] else 'no'} |")
            print(row, flush=True)
            bombs.append(row)
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    text = (f"## CPU of one look-up ({', '.join(kinds)}, one client, nothing else running)"
            "\n\n" + "\n".join(cpus) + "\n\n"
            f"## Look-ups ({', '.join(kinds)} of documents drawn with seed {args.seed}) "
            "while expensive queries run\n\n" + "\n".join(lines) +
            "\n\n## `SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1`\n\n" +
            "\n".join(bombs) + "\n")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "endpoint_load.md").write_text(text, encoding="utf-8")
    print("\n" + text)
    print(f"written to {RESULTS / 'endpoint_load.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
