"""How long the citation network page takes to become interactive in a real headless Chromium.

    python -m benchmarks.viz_load                       # 1,000 / 5,000 / 10,000 nodes
    python -m benchmarks.viz_load --sizes 5000 --runs 5 --layouts timeline
    python -m benchmarks.viz_load --build /tmp/viz-en   # a real build as well

For each size the synthetic record of ``benchmarks/viz_synthetic.py`` is generated with about
that many nodes in its citation network, loaded into an in-memory Oxigraph store, and the page
is made by :func:`graph.viz.generate_page` from the store (network, citing paragraphs and
layout in Python; ``max_nodes`` is the size, so the page draws exactly that many nodes). Then
``/usr/bin/chromium`` (headless, no GPU, the dead proxy of ``tests/browser.py``: nothing
leaves the machine) opens the file and the time is taken from the navigation to the moment the
page is interactive: vis-network has drawn the network once and the page's script has
installed its handlers (``document.body.dataset.ready``). Each run is a fresh navigation;
the median is printed. Then two interactions are timed on the loaded page: a filter (one
characterization unchecked: every node and edge re-evaluated) and a click on the most cited
node (its detail panel).

Target (issue 17): 5,000 nodes interactive within 5 s. Prints Markdown tables; the machine's
load average is printed with them (the machine may be shared). Without Chromium it says so
and exits 0.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
READY = "document.body && document.body.dataset.ready === '1'"
TARGET_NODES, TARGET_SECONDS = 5000, 5.0


def _table(title: str, header: list[str], rows: list[list[object]]) -> None:
    from benchmarks.common import print_table

    print_table(title, header, rows)


def _page(store, nodes: int, layout: str, path: Path) -> tuple[float, int, int, int]:
    """Write the page; return (seconds, nodes drawn, edges drawn, bytes)."""
    import json
    import re

    from graph.viz import write_page

    start = time.perf_counter()
    write_page(store, path, layout=layout, max_nodes=nodes)
    seconds = time.perf_counter() - start
    text = path.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="unsc-data">(.*?)</script>', text, re.S).group(1))
    return seconds, len(data["nodes"]["label"]), len(data["edges"]["from"]), len(text.encode())


def _browser_times(path: Path, runs: int) -> tuple[list[float], float, float, list[str]]:
    """Load *path* *runs* times; return the load times, a filter's and a click's time, and the
    requests that did not go to the file."""
    sys.path.insert(0, str(ROOT))
    from tests.browser import Chromium

    times = []
    with Chromium(CHROMIUM, timeout=120) as browser:
        for _ in range(runs):
            times.append(browser.load(path.as_uri(), ready=READY, timeout=120))
        timing = browser.evaluate("""(() => {
          const box = document.querySelector('input[name=unsc-verb]');
          let t = performance.now(); box.checked = false; unsc.apply();
          const filter = performance.now() - t;
          box.checked = true; unsc.apply();
          const d = unsc.data, indeg = new Array(d.nodes.label.length).fill(0);
          d.edges.to.forEach(v => indeg[v]++);
          const top = indeg.indexOf(Math.max(...indeg));
          t = performance.now(); unsc.select(top);
          return [filter, performance.now() - t];
        })()""")
        outside = [u for u in browser.requests if not u.startswith(("file://", "data:"))]
    return times, timing[0] / 1000, timing[1] / 1000, outside


def _load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,5000,10000", help="node counts, comma-separated")
    ap.add_argument("--layouts", default="default,timeline")
    ap.add_argument("--runs", type=int, default=3, help="loads per page (median reported)")
    ap.add_argument("--build", action="append", default=[],
                    help="also a real build folder (repeatable)")
    args = ap.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"skipped: {CHROMIUM} absent (apt-get install chromium chromium-driver)")
        return 0
    import pyoxigraph as ox

    from benchmarks.viz_synthetic import generate_synthetic
    from graph.store import open_store

    sizes = [int(s) for s in args.sizes.split(",") if s]
    layouts = [s for s in args.layouts.split(",") if s]
    print(f"load average at start: {_load_average()}; {os.cpu_count()} cores")
    sources: list[tuple[str, object, int]] = []
    for n in sizes:
        start = time.perf_counter()
        store = ox.Store()
        # about 1.05 nodes per citing document (the cited reports, resolutions and treaties)
        store.bulk_load(generate_synthetic(round(n * 0.97)), format=ox.RdfFormat.N_QUADS)
        print(f"synthetic record for {n:,} nodes: {time.perf_counter() - start:.1f} s")
        sources.append((f"synthetic {n:,}", store, n))
    for build in args.build:
        sources.append((f"build {build}", open_store(build), 100_000))

    rows = []
    with tempfile.TemporaryDirectory(prefix="unsc-viz-bench-") as tmp:
        for name, store, n in sources:
            for layout in layouts:
                path = Path(tmp) / f"page-{len(rows)}.html"
                make, shown, edges, size = _page(store, n, layout, path)
                times, filt, click, outside = _browser_times(path, args.runs)
                load = statistics.median(times)
                met = ""
                if shown >= TARGET_NODES * 0.98 and shown <= TARGET_NODES * 1.02:
                    met = "yes" if load <= TARGET_SECONDS else "NO"
                rows.append([name, layout, shown, edges, f"{size / 1e6:.1f} MB", round(make, 2),
                             round(load, 2), round(min(times), 2), round(filt, 3),
                             round(click, 3), len(outside), met])
                print(f"  {name} {layout}: {shown} nodes, loaded in {load:.2f} s", flush=True)
                path.unlink()
    _table("Citation network page in headless Chromium",
           ["graph", "layout", "nodes", "edges", "page", "Python s", "load s (median)",
            "load s (best)", "filter s", "click s", "outside requests",
            f"{TARGET_NODES:,} in {TARGET_SECONDS:g} s"], rows)
    print(f"\nload average at end: {_load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
