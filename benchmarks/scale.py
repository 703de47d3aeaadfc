"""The scale series: the whole record's texts replicated 1x, 4x, 16x, each size built whole.

    python -m benchmarks.scale                 # or: make bench-scale (1x, 4x, 16x: long)
    python -m benchmarks.scale --sizes 1,4

Copy *k* of every text (the English plain texts 1946-1994 and the UN's XML, English and
Chinese, resolutions and presidential statements) is the same text renumbered: resolution
*n* becomes *n* + *k*·10000 of the same year, statement S/PRST/*y*/*n* becomes
S/PRST/*y*/*n* + *k*·10000 (the heading of a plain text where the segmenter reads it; the
XML's FRBR identifiers and cover number). The tables (meeting tables, UNDL records, adoption
data, sanctions list) are read once at every size: the series measures whether the cost of a
text stays flat as texts are added. Each size is built end to end into its own folder, in its
own process (:mod:`benchmarks.measure`), and removed after.

A 1x build of the whole record takes about 100 s on 2 cores, so 16x (about 36,000 texts)
takes about half an hour: more than ``make bench`` may take. ``make bench`` runs the sizes
that fit in what is left of its time budget and names the others with their estimated time;
this module runs the whole series.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

OFFSET = 10000  # copy k of resolution n is resolution n + k * OFFSET (same year)

_FRBR_ID = re.compile(rb"(/unsc/(\d{4})-\d\d-\d\d/)(\d+)-(\d+)/")
_DOC_NUMBER = re.compile(rb"(<docNumber\b[^>]*>)([^<]*)(<)")
_SYMBOL = re.compile(rb"(S/RES/)(\d+)|(S/PRST/\d{4}/)(\d+)")
_TITLE_NUMBER = re.compile(rb"(refersTo=\"#resolutionNumber\"[^>]*>[^<\d]*)(\d+)")


def renumber_heading(text: str, add: int) -> str:
    """Return *text* with the resolution number of its heading increased by *add*.

    The heading is found as the segmenter finds it, so the copy is read as resolution
    ``n + add`` of the same year.

    >>> renumber_heading('RESOLUTION 827 (1993)\\nAdopted', 10000)
    'RESOLUTION 10827 (1993)\\nAdopted'
    """
    if add == 0:
        return text
    from graph.segment.en import _HEAD_EARLY, _HEAD_MODERN, _number, fold_en

    window = fold_en(text[:1500])  # one character for one: offsets are the text's
    for regex in (_HEAD_EARLY, _HEAD_MODERN):
        m = regex.search(window)
        if m:
            return text[:m.start("n")] + str(_number(m.group("n")) + add) + text[m.end("n"):]
    raise ValueError("no heading")


def renumber_akn(data: bytes, add: int) -> bytes:
    """Return the AKN XML *data* with its document's number increased by *add*: the FRBR
    identifiers (``<n>-<year>`` of a resolution, ``<year>-<n>`` of a statement), the cover's
    ``docNumber`` and the resolution number of its title.

    >>> renumber_akn(b'<FRBRthis value="/unsc/2017-09-14/2377-2017/!main/"/>', 10000)
    b'<FRBRthis value="/unsc/2017-09-14/12377-2017/!main/"/>'
    >>> renumber_akn(b'<docNumber refersTo="#symbol">S/RES/2377 (2017)</docNumber>', 10000)
    b'<docNumber refersTo="#symbol">S/RES/12377 (2017)</docNumber>'
    >>> renumber_akn(b'value="/unsc/2019-04-03/2019-2/"', 10000)
    b'value="/unsc/2019-04-03/2019-10002/"'
    """
    if add == 0:
        return data

    def frbr(m: re.Match) -> bytes:
        year, a, b = m.group(2), m.group(3), m.group(4)
        if a == year and b != year:  # <year>-<n>: a presidential statement
            return m.group(1) + a + b"-" + str(int(b) + add).encode() + b"/"
        return m.group(1) + str(int(a) + add).encode() + b"-" + b + b"/"

    def symbol(m: re.Match) -> bytes:
        if m.group(1):
            return m.group(1) + str(int(m.group(2)) + add).encode()
        return m.group(3) + str(int(m.group(4)) + add).encode()

    data = _FRBR_ID.sub(frbr, data)
    data = _DOC_NUMBER.sub(lambda m: m.group(1) + _SYMBOL.sub(symbol, m.group(2), count=1)
                           + m.group(3), data)
    return _TITLE_NUMBER.sub(lambda m: m.group(1) + str(int(m.group(2)) + add).encode(), data,
                             count=1)


def text_files(paths: list[str | Path]) -> list[Path]:
    """The texts among the inputs *paths* (plain texts and AKN XML), as the build finds them."""
    from graph.builder import collect_inputs

    inputs = collect_inputs(paths)
    return inputs.texts + inputs.akn


def write_copy(src: Path, target: Path, add: int) -> None:
    """Write *src* renumbered by *add* to *target* (unchanged when it has no number)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = src.read_bytes()
    if src.suffix.lower() == ".xml":
        target.write_bytes(renumber_akn(raw, add))
        return
    try:
        target.write_text(renumber_heading(raw.decode("utf-8"), add), encoding="utf-8")
    except (UnicodeDecodeError, ValueError):  # the build refuses it, as it does the original
        target.write_bytes(raw)


def replicate(texts: list[Path], copies: int, folder: Path) -> list[Path]:
    """Write copies 1..*copies*-1 of *texts* into *folder* (copy 0 is the inputs themselves);
    return the folders of the copies."""
    roots = []
    common = Path(_common_root(texts))
    for k in range(1, copies):
        sub = folder / f"copy{k:02d}"
        for p in texts:
            write_copy(p, sub / p.relative_to(common), k * OFFSET)
        roots.append(sub)
    return roots


def _common_root(paths: list[Path]) -> str:
    import os

    return os.path.commonpath([str(p.parent) for p in paths]) if paths else "."


def estimate_seconds(per_text: float, texts: int, margin: float = 1.25) -> float:
    """The time a build of *texts* texts is expected to take at *per_text* seconds a text,
    with a *margin* for growth.

    >>> estimate_seconds(0.04, 1000)
    50.0
    """
    return per_text * texts * margin


def run_series(record: list[str], sizes: list[int], tmp: Path, first: dict | None = None,
               budget: float | None = None, log=print) -> list[tuple[int, dict | str]]:
    """Build each size of the series in its own process; *first*: the 1x build's
    measurements if already made. A size whose estimated time does not fit in *budget*
    seconds (what is left) is not built: its entry is the reason, as text."""
    from benchmarks.common import run_measured_build

    texts = text_files(record)
    tables = [p for p in record]  # copy 0: the inputs themselves (texts and tables)
    started = time.perf_counter()
    out: list[tuple[int, dict | str]] = []
    per_text = None
    for k in sizes:
        if k == 1 and first is not None:
            out.append((1, first))
            per_text = first["wall"] / max(first["texts"], 1)
            continue
        n_texts = len(texts) * k
        if budget is not None and per_text is not None:
            left = budget - (time.perf_counter() - started)
            guess = estimate_seconds(per_text, n_texts) + 30  # + copying, removing
            if guess > left:
                out.append((k, f"not built: about {n_texts:,} texts, estimated {guess:,.0f} s "
                               f"at {per_text * 1000:.0f} ms/text, {max(left, 0):,.0f} s of the "
                               "time budget left; run `make bench-scale`"))
                log(f"scale {k}x: skipped (estimated {guess:.0f} s, {left:.0f} s left)")
                continue
        folder = tmp / f"scale-x{k}"
        t = time.perf_counter()
        copies = replicate(texts, k, folder / "texts")
        copy_s = time.perf_counter() - t
        try:
            r = run_measured_build(folder / "build", [*tables, *map(str, copies)])
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        r["copy_seconds"] = copy_s
        out.append((k, r))
        per_text = r["wall"] / max(r["texts"], 1)
        log(f"scale {k}x: {r['texts']:,} texts in {r['wall']:.0f} s")
    return out


def series_rows(series: list[tuple[int, dict | str]]) -> list[list[object]]:
    """One table row per size: texts, triples, seconds, CPU, ms/text, its ratio to 1x, peak.

    >>> rows = series_rows([(1, {"texts": 10, "triples": 100, "wall": 2.0, "cpu": 3.0,
    ...                          "peak_mb": 500.0}), (4, "not built: too long")])
    >>> rows[0][6], rows[1][1]
    ('1.00x', 'not built: too long')
    """
    base = next((r["wall"] / r["texts"] for k, r in series if k == 1 and isinstance(r, dict)),
                None)
    rows: list[list[object]] = []
    for k, r in series:
        if not isinstance(r, dict):
            rows.append([f"{k}x", r, "", "", "", "", "", ""])
            continue
        per = r["wall"] / max(r["texts"], 1)
        rows.append([f"{k}x", r["texts"], r["triples"], r["wall"], r["cpu"], per * 1000,
                     f"{per / base:.2f}x" if base else "", r["peak_mb"]])
    return rows


SERIES_HEADER = ["size", "texts", "triples", "seconds", "CPU s", "ms/text", "vs 1x per text",
                 "peak MiB (all processes)"]


def main(argv: list[str] | None = None) -> int:
    from benchmarks.common import RECORD, SHARED, machine, print_table

    ap = argparse.ArgumentParser(prog="python -m benchmarks.scale", description=__doc__)
    ap.add_argument("--sizes", default="1,4,16", help="copies of the texts (default 1,4,16)")
    args = ap.parse_args(argv)
    if not all(Path(p).exists() for p in RECORD):
        print(f"../shared not present ({SHARED}): the series needs the real record; skipped.")
        return 0
    print_table("Machine", ["", ""], machine())
    started = time.perf_counter()
    sizes = sorted({int(x) for x in args.sizes.split(",")})
    with tempfile.TemporaryDirectory(prefix="unsc-scale-") as tmp:
        series = run_series([str(p) for p in RECORD], sizes, Path(tmp),
                            log=lambda m: print(m, file=sys.stderr, flush=True))
    print_table("Scale series: the whole record's texts replicated (tables once), each size "
                "built end to end, 2 workers", SERIES_HEADER, series_rows(series))
    from benchmarks.targets import scale_targets

    print_table("Targets of the series", ["target", "measured", "met", "reason"],
                scale_targets(series))
    print(f"\nthe series ran in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
