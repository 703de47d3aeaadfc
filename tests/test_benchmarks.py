"""The benchmark's own logic, untimed: the targets table on given numbers, the floor's pass
over fixtures, the renumbered copies of the scale series, the step accounting."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import targets
from benchmarks.floor import input_files, scan_files
from benchmarks.measure import Steps
from benchmarks.run import change_text, query_rows, step_rows
from benchmarks.scale import estimate_seconds, renumber_akn, replicate, text_files

FIXTURES = Path(__file__).parent / "fixtures"

FULL = {"wall": 100.0, "cpu": 150.0, "texts": 2000, "triples": 3_000_000, "quads": 3_100_000,
        "peak_mb": 1500.0,
        "steps": [{"step": "read sources", "wall": 10.0, "cpu": 10.0, "peak_mb": 600.0},
                  {"step": "texts", "wall": 60.0, "cpu": 110.0, "peak_mb": 1200.0,
                   "texts": 2000},
                  {"step": "spool/store", "wall": 30.0, "cpu": 30.0, "peak_mb": 1500.0}]}


@pytest.mark.parametrize("floor, met", [
    (30.0, "yes"),  # 100 s against 30 s: 3.3x, within 4x
    (25.0, "yes"),  # exactly 4x is within
    (20.0, "NO"),   # 5x
])
def test_floor_target(floor, met):
    row = targets.floor_target(FULL, {"floor": floor, "read_regex": 1.0, "load": floor - 1},
                               2)
    assert row[2] == met
    # a failing row names the largest step and the CPU bound; a met one gives no reason
    assert ("texts 60.0 s" in row[3] and "150 s over 2 cores" in row[3]) == (met == "NO")


@pytest.mark.parametrize("wall, met", [
    (10.0, "yes"),   # 10 % of the full build
    (15.0, "yes"),   # exactly 15 %
    (16.0, "NO"),    # 16 %
    (101.0, "NO"),   # a full rebuild, as before the cache
])
def test_rebuild_target(wall, met):
    rebuild = {"wall": wall, "steps": [{"step": "texts", "wall": wall * 0.6, "texts": 2001}]}
    row = targets.rebuild_target("one new text", rebuild, FULL)
    assert row[2] == met
    # the reason of a slow rebuild says how many texts were read again
    assert ("2,001 texts read" in row[3]) == (met == "NO")


def test_rebuild_target_missing():
    # a rebuild that failed is reported, never passed
    assert targets.rebuild_target("one changed text", None, FULL)[1:3] == ["not measured", "NO"]


@pytest.mark.parametrize("medians, met, named", [
    ([0.1, 0.9], "yes", []),              # all under 1 s
    ([0.1, 1.0], "NO", ["q1"]),           # 1 s is not under 1 s
    ([2.5, None], "NO", ["q0", "q1"]),    # one slow, one that failed
])
def test_query_target(medians, met, named):
    queries = [{"name": f"q{i}", "median": m, "error": None if m else "Timeout"}
               for i, m in enumerate(medians)]
    row = targets.query_target(queries)
    assert row[2] == met
    assert all(name in row[3] for name in named)


@pytest.mark.parametrize("p95, errors, met", [
    (49.0, 0, "yes"),   # under 50 ms, nothing failed
    (50.0, 0, "NO"),    # 50 ms is not under
    (10.0, 3, "NO"),    # fast, but look-ups failed
])
def test_endpoint_target(p95, errors, met):
    rows = [{"clients": 1, "p95": 1.0, "p50": 1.0, "errors": 0, "done": 10},
            {"clients": 32, "p95": p95, "p50": 5.0, "errors": errors, "done": 1000,
             "expensive_ok": 4, "error_kinds": "no answer×3" if errors else ""}]
    assert targets.endpoint_target(rows)[2] == met


def test_endpoint_target_missing():
    # no row at 32 clients: not met, and said so
    assert targets.endpoint_target([])[1] == "not measured"


def _size(wall, texts, peak):
    return {"wall": wall, "texts": texts, "peak_mb": peak,
            "steps": [{"step": "texts", "wall": wall * 0.7, "peak_mb": peak}]}


@pytest.mark.parametrize("big, met", [
    (_size(1500.0, 16000, 1800.0), ["yes", "yes"]),   # 0.94x per text, 1.8 GiB
    (_size(2600.0, 16000, 2100.0), ["NO", "NO"]),     # 1.63x per text, over 2 GiB
    ("not built: estimated 1,600 s", ["not measured", "not measured"]),  # over the budget
])
def test_scale_targets(big, met):
    series = [(1, _size(100.0, 1000, 900.0)), (4, _size(420.0, 4000, 1000.0)), (16, big)]
    rows = targets.scale_targets(series)
    assert [r[2] for r in rows] == met
    if isinstance(big, str):
        # the reason is the budget's, and what the sizes built show is still given
        assert rows[0][3] == big and rows[0][1] == "at 4x: 1.05x"


def test_target_rows_order():
    # one row per target of the issue, in its order
    rows = targets.target_rows(FULL, {"floor": 30.0, "read_regex": 1.0, "load": 29.0},
                               {"one new text": None, "one changed text": None}, [], [],
                               [(1, FULL)], 2)
    assert [r[0].split(" ")[0] for r in rows] == ["full", "rebuild", "rebuild", "every",
                                                   "look-ups", "time", "peak"]


def test_scan_files_fixtures(tmp_path):
    # the floor's one pass reads every byte and finds each reference once
    files = sorted((FIXTURES / "en").glob("*.txt"))
    size, _ = scan_files(files)
    assert size == sum(p.stat().st_size for p in files)
    p = tmp_path / "refs.txt"
    p.write_text("Recalling resolution 242 (1967), S/RES/338 and resolution 2 of 1946",
                 encoding="utf-8")
    assert scan_files([p]) == (p.stat().st_size, 2)


def test_input_files_are_the_builds():
    # the floor reads the files the build reads: texts and XML, not the README
    files = input_files([FIXTURES / "akn"])
    assert FIXTURES / "akn" / "res-2999-en.xml" in files
    assert not any(p.suffix == ".md" for p in files)


@pytest.mark.parametrize("name, symbol", [
    ("res-2999-en.xml", "S/RES/12999 (2026)"),  # a resolution: <n>-<year> in FRBR
    ("prst-2026-9.xml", "S/PRST/2026/10009"),   # a statement: <year>-<n>
])
def test_renumber_akn_is_read_as_new_document(tmp_path, name, symbol):
    from graph.sources.akn import parse_akn

    data = renumber_akn((FIXTURES / "akn" / name).read_bytes(), 10000)
    parsed = parse_akn(data, tmp_path / name)
    assert parsed.header.symbol == symbol
    # the cover agrees with the identifiers: no warning of a disagreement
    assert not [w for w in getattr(parsed, "warnings", []) if "cover" in str(w).lower()]


def test_replicate_keeps_layout(tmp_path):
    # copies 1..k-1 of every text, renumbered, under copyNN with the inputs' sub-folders
    texts = text_files([FIXTURES / "en", FIXTURES / "akn"])
    roots = replicate(texts, 3, tmp_path)
    assert [r.name for r in roots] == ["copy01", "copy02"]
    assert len(text_files(roots)) == 2 * len(texts)
    copy = roots[1] / "akn" / "res-2999-en.xml"
    assert b"22999-2026" in copy.read_bytes()


def test_estimate_seconds():
    # the budget's estimate grows with the texts
    assert estimate_seconds(0.05, 4000) > estimate_seconds(0.05, 1000)


def test_change_text(tmp_path):
    # the changed text differs from the original in its wording
    p = tmp_path / "a.txt"
    p.write_text("RESOLUTION 1 (1946)\nDecides to act.\n", encoding="utf-8")
    change_text(p)
    assert p.read_text(encoding="utf-8").endswith("act, as amended by the benchmark.\n")


def test_steps_accounting():
    # consecutive steps, counts noted to the right one, every step closed
    s = Steps()
    s.enter("a")
    s.note("a", triples=2)
    s.enter("b")
    s.note("a", triples=1)
    s.note("b", texts=4)
    s.close()
    assert [(r["step"], r["triples"], r["texts"]) for r in s.rows] == [("a", 3, None),
                                                                      ("b", 0, 4)]
    assert all(r["wall"] >= 0 and r["peak_mb"] > 0 for r in s.rows)


def test_step_and_query_rows():
    # the store step shows the quads written; a failed query shows its error
    rows = step_rows(FULL)
    assert rows[2][2] == FULL["quads"] and rows[-1][0] == "whole build"
    q = query_rows([{"name": "x", "scope": "look-up", "times": [], "median": None,
                     "rows": None, "error": "stopped"}])
    assert q[0][-1] == "stopped"
