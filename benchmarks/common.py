"""What the benchmarks share: the paths of the whole record, tables printed in Markdown, the
machine, peak memory, and children run with a JSON answer.

>>> _numeric('1,234') and _numeric('6.7x') and not _numeric('yes')
True
"""

from __future__ import annotations

import json
import os
import platform
import re
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
#: the inputs of the README's whole-record command, in its order
RECORD = [CORPUS / "en-resolutions", CORPUS / "akn", CORPUS / "un-meetings",
          CORPUS / "undl-records", CORPUS / "sanctions"]

# -- output -----------------------------------------------------------------------------------

def print_table(title: str, header: list[str], rows: list[list[object]]) -> None:
    """Print a plain-text table (Markdown pipe syntax, so it can go in the README)."""
    cells = [[str(c) for c in header]] + [[_fmt(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    print(f"\n### {title}\n")
    for i, r in enumerate(cells):
        print("| " + " | ".join(c.rjust(w) if i and _numeric(c) else c.ljust(w)
                                 for c, w in zip(r, widths)) + " |")
        if i == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    sys.stdout.flush()


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.0f}" if value >= 1000 else f"{value:.3g}" if value < 10 else \
            f"{value:.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _numeric(cell: str) -> bool:
    return bool(re.fullmatch(r"[-+]?[\d,.]+[x%]?", cell))


def machine() -> list[list[object]]:
    """CPU model, cores, memory, Python and library versions."""
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    import pyoxigraph
    import rdflib

    return [
        ["CPU", cpu], ["cores", os.cpu_count()], ["memory", mem],
        ["system", platform.platform()],
        ["Python", platform.python_version()],
        ["pyoxigraph / rdflib", f"{pyoxigraph.__version__} / {rdflib.__version__}"],
        ["load average at start", " ".join(f"{x:.2f}" for x in os.getloadavg())],
    ]


# -- children: peak memory and the rdflib path ------------------------------------------

def peak_rss_mb() -> float:
    """Peak resident memory of this process in MiB: ``VmHWM`` of ``/proc/self/status``.

    Not ``getrusage``'s ``ru_maxrss``: Linux carries it over an ``exec``, so a child started
    by this benchmark would report at least the parent's memory at the time of the fork.
    """
    try:
        m = re.search(r"VmHWM:\s+(\d+) kB", Path("/proc/self/status").read_text())
        if m:
            return int(m.group(1)) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- children ---------------------------------------------------------------------------------

def run_json_child(args: list[str], timeout: float | None = None) -> dict:
    """Run ``python -m <args>`` and return the JSON object of its last line of output."""
    cmd = [sys.executable, "-m", *args]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False,
                          timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:2])} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_measured_build(out: Path, paths: list[str]) -> dict:
    """Build *paths* into *out* in a child process, step by step (:mod:`benchmarks.measure`)."""
    return run_json_child(["benchmarks.measure", str(out), *map(str, paths)])


# -- processes --------------------------------------------------------------------------------

def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    return children


def process_tree(pid: int) -> list[int]:
    """*pid* and every process below it (Linux ``/proc``).

    >>> os.getpid() in process_tree(os.getpid())
    True
    """
    children = _children_map()
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out
