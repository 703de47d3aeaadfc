"""The floor of a build: what any build of the same inputs must at least do.

Read every input file the build reads (the same files :func:`graph.builder.collect_inputs`
finds), run one regular-expression pass over their text, and bulk-load the build's own
``graph.nq`` into an in-memory Oxigraph store (the triples made queryable, the least a build
must do with them). ``python -m benchmarks.floor BUILD PATH...`` prints the times as JSON.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

#: one pass over every text: the references to a resolution, in English or as a symbol
FLOOR_REGEX = re.compile(r"(?i)resolution\s+(\d+)\s*\((\d{4})\)|S/RES/(\d+)")


def input_files(paths: list[str | Path]) -> list[Path]:
    """Every file of *paths* the build reads, in the build's order.

    >>> input_files([]) == []
    True
    """
    from graph.builder import collect_inputs

    inputs = collect_inputs(paths)
    return (inputs.texts + inputs.akn + inputs.meetings + inputs.sanctions + inputs.undl
            + inputs.adoptions)


def scan_files(files: list[Path], regex: re.Pattern = FLOOR_REGEX) -> tuple[int, int]:
    """Read *files* and run *regex* over the text of each; return (bytes read, matches).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = Path(d) / 'a.txt'
    ...     _ = p.write_text('recalling resolution 242 (1967) and S/RES/338', encoding='utf-8')
    ...     scan_files([p])
    (45, 2)
    """
    size = matches = 0
    for p in files:
        data = p.read_bytes()
        size += len(data)
        matches += sum(1 for _ in regex.finditer(data.decode("utf-8", "replace")))
    return size, matches


def load_in_memory(nquads: Path) -> tuple[float, int]:
    """Bulk-load *nquads* into a new in-memory Oxigraph store; return (seconds, quads)."""
    import pyoxigraph as ox

    t = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    seconds = time.perf_counter() - t
    return seconds, len(store)


def measure_floor(build: Path, paths: list[str], runs: int = 3) -> dict:
    """The floor's parts: read + regex (best of *runs*), and the in-memory load (once)."""
    from benchmarks.measure import Steps

    files = input_files(paths)
    best = float("inf")
    size = matches = 0
    for _ in range(runs):
        t = time.perf_counter()
        size, matches = scan_files(files)
        best = min(best, time.perf_counter() - t)
    steps = Steps()
    steps.start_sampling()
    steps.enter("load")
    load, quads = load_in_memory(build / "graph.nq")
    steps.close()
    return {"files": len(files), "bytes": size, "matches": matches, "read_regex": best,
            "load": load, "quads": quads, "floor": best + load,
            "load_peak_mb": steps.rows[0]["peak_mb"]}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    print(json.dumps(measure_floor(Path(args[0]), args[1:])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
