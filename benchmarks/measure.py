"""Measure a build step by step: wall time, CPU and peak memory of the whole process tree.

A build runs in a child process of the benchmark (``python -m benchmarks.measure OUT PATH...``)
so that its memory is its own. In that process the functions of :mod:`graph.builder` that
start each step are wrapped (those that exist: a step whose function is renamed or gone is
folded into the step before it, and the build is never changed), and a thread samples the
resident memory of the process and its workers every 50 ms. The steps:

==================  =========================================================================
read sources        the registry, the meeting tables, UNDL records, adoption data, sanctions
texts               each text read, segmented, extracted and emitted (the workers)
merge               the document graphs of texts read in several languages merged
shared graphs       the catalogue, meetings, sanctions, votes, registry, ontology graphs
spool/store         ``graph.nq``, ``graph.ttl`` and the on-disk Oxigraph store
summary             the counts of ``summary.json`` (queries on the new store), the folder moved
==================  =========================================================================

Printed: one JSON object (the steps, the summary's counts, the totals) as the last line.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import threading
import time

from benchmarks.common import process_tree

#: the builder's functions that start a step, in build order: (function name, step)
HOOKS = (("read_sources", "read sources"), ("_process_texts", "texts"),
         ("_merge_languages", "merge"), ("_emit_shared", "shared graphs"),
         ("write_spool", "spool/store"), ("_summarise", "summary"))
STEPS = ("read sources", "texts", "merge", "shared graphs", "spool/store", "summary")
SAMPLE_SECONDS = 0.05


_PAGE = os.sysconf("SC_PAGE_SIZE")
_TICK = os.sysconf("SC_CLK_TCK")


def _rss_and_cpu(pid: int) -> tuple[int, float]:
    """Resident bytes and CPU seconds (user + system) of one process; zeros if it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        return int(fields[21]) * _PAGE, (int(fields[11]) + int(fields[12])) / _TICK
    except (OSError, ValueError, IndexError):
        return 0, 0.0


def tree_cpu_seconds() -> float:
    """CPU seconds of this process, its finished children and its live descendants."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    gone = resource.getrusage(resource.RUSAGE_CHILDREN)
    live = sum(_rss_and_cpu(p)[1] for p in process_tree(os.getpid())[1:])
    return me.ru_utime + me.ru_stime + gone.ru_utime + gone.ru_stime + live


class Steps:
    """Wall time, CPU and peak memory (sampled, whole tree) of named consecutive steps.

    >>> s = Steps()
    >>> s.enter('a'); s.note('a', triples=3); s.close()
    >>> [r['step'] for r in s.rows], s.rows[0]['triples']
    (['a'], 3)
    """

    def __init__(self) -> None:
        self.rows: list[dict] = []
        self._current: dict | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self.peak_total = 0

    def start_sampling(self) -> None:
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.is_set():
            rss = sum(_rss_and_cpu(p)[0] for p in process_tree(os.getpid()))
            with self._lock:
                if self._current is not None:
                    self._current["peak"] = max(self._current["peak"], rss)
                self.peak_total = max(self.peak_total, rss)
            self._stop.wait(SAMPLE_SECONDS)

    def enter(self, step: str) -> None:
        """End the current step (if any) and start *step*."""
        now, cpu = time.perf_counter(), tree_cpu_seconds()
        rss = sum(_rss_and_cpu(p)[0] for p in process_tree(os.getpid()))
        with self._lock:
            if self._current is not None:
                self._end(now, cpu, rss)
            self._current = {"step": step, "t0": now, "cpu0": cpu, "peak": rss,
                             "texts": None, "triples": 0}

    def note(self, step: str, **counts: int) -> None:
        """Add counts to *step* (the current one, or a finished one)."""
        with self._lock:
            rows = self.rows + ([self._current] if self._current else [])
            for row in reversed(rows):
                if row["step"] == step:
                    for k, v in counts.items():
                        row[k] = (row.get(k) or 0) + v
                    return

    def current(self) -> str | None:
        return self._current["step"] if self._current else None

    def _end(self, now: float, cpu: float, rss: int) -> None:
        c = self._current
        c["peak"] = max(c["peak"], rss)
        self.rows.append({"step": c["step"], "wall": now - c.pop("t0"),
                          "cpu": cpu - c.pop("cpu0"), "peak_mb": c.pop("peak") / 2**20,
                          **{k: v for k, v in c.items() if k != "step"}})
        self._current = None

    def close(self) -> None:
        now, cpu = time.perf_counter(), tree_cpu_seconds()
        rss = sum(_rss_and_cpu(p)[0] for p in process_tree(os.getpid()))
        with self._lock:
            if self._current is not None:
                self._end(now, cpu, rss)
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()


def instrument(steps: Steps) -> list[str]:
    """Wrap the builder's step functions (those that exist) and the spool's ``add`` so that
    *steps* follows the build; return the names of the functions wrapped."""
    import graph.builder as builder

    wrapped = []
    for name, step in HOOKS:
        fn = getattr(builder, name, None)
        if not callable(fn):
            continue
        setattr(builder, name, _wrap(fn, step, steps))
        wrapped.append(name)
    spool_cls = getattr(builder, "GraphSpool", None)
    if spool_cls is not None and hasattr(spool_cls, "add"):
        add = spool_cls.add

        def counting_add(self, graph, data, *args, **kwargs):
            current = steps.current()
            if current is not None and data:
                steps.note(current, triples=data.count(b"\n"))
            return add(self, graph, data, *args, **kwargs)

        spool_cls.add = counting_add
        wrapped.append("GraphSpool.add")
    return wrapped


def _wrap(fn, step: str, steps: Steps):
    import inspect

    if inspect.isgeneratorfunction(fn):
        def gen(*args, **kwargs):
            if steps.current() != step:
                steps.enter(step)
            n = 0
            for item in fn(*args, **kwargs):
                n += 1
                yield item
            steps.note(step, texts=n)
        return gen

    def call(*args, **kwargs):
        if steps.current() != step:
            steps.enter(step)
        return fn(*args, **kwargs)
    return call


def measured_build(out: str, paths: list[str], workers: int | None = None) -> dict:
    """Build *paths* into *out* in this process, step by step; return the measurements."""
    from graph.builder import build

    steps = Steps()
    hooks = instrument(steps)
    steps.start_sampling()
    t = time.perf_counter()
    cpu0 = tree_cpu_seconds()
    steps.enter("read sources")
    summary = build(paths, out, workers=workers, progress=False)
    steps.close()
    wall = time.perf_counter() - t
    cpu = tree_cpu_seconds() - cpu0
    gone = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"wall": wall, "cpu": cpu, "peak_mb": steps.peak_total / 2**20,
            "peak_worker_mb": gone.ru_maxrss / 1024, "steps": steps.rows, "hooks": hooks,
            "texts": summary.texts, "triples": summary.triples, "quads": summary.quads,
            "documents": summary.documents, "skipped": len(summary.skipped),
            "warnings": len(summary.warnings), "seconds": summary.seconds}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    workers = None
    if args and args[0].startswith("--workers="):
        workers = int(args.pop(0).split("=", 1)[1])
    out, paths = args[0], args[1:]
    print(json.dumps(measured_build(out, paths, workers)))
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["Steps", "instrument", "measured_build", "process_tree", "tree_cpu_seconds"]
