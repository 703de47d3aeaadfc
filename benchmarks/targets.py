"""The targets of issue 19 judged on measured numbers: one row per target with what was
measured, whether it is met, and where it is not, the measured reason.

Pure functions of the numbers (the tests give them numbers); :mod:`benchmarks.run` feeds
them with what one run measured.
"""

from __future__ import annotations

FLOOR_TIMES = 4.0  # the full build within 4x the floor
REBUILD_SHARE = 0.15  # a rebuild after one new or changed text within 15 % of the full build
QUERY_SECONDS = 1.0  # every canned query under 1 s
LOOKUP_P95_MS = 50.0  # look-ups under 50 ms at p95 ...
LOOKUP_CLIENTS = 32  # ... with 32 concurrent clients while whole-graph queries run
PER_TEXT_GROWTH = 1.5  # time per text at 16x at most 1.5x that at 1x
PEAK_MIB = 2048.0  # peak memory under 2 GiB at 16x
LARGEST = 16

HEADER = ["target", "measured", "met", "reason (measured)"]


def _met(ok: bool) -> str:
    return "yes" if ok else "NO"


def _largest_steps(build: dict, n: int = 2) -> list[dict]:
    return sorted(build.get("steps", []), key=lambda s: -s["wall"])[:n]


def floor_target(build: dict, floor: dict, cores: int) -> list[object]:
    """The full build against the floor (read + regex + in-memory load).

    >>> floor_target({"wall": 100.0, "cpu": 130.0, "steps": [{"step": "texts", "wall": 60.0,
    ...               "cpu": 110.0}]}, {"floor": 10.0, "read_regex": 1.0, "load": 9.0}, 2)[2]
    'NO'
    """
    ratio = build["wall"] / floor["floor"]
    measured = (f"{ratio:.1f}x ({build['wall']:.1f} s against {floor['floor']:.1f} s: "
                f"read + regex {floor['read_regex']:.2f} s, load {floor['load']:.1f} s)")
    reason = ""
    if ratio > FLOOR_TIMES:
        parts = [f"{s['step']} {s['wall']:.1f} s ({s['wall'] / floor['floor']:.1f}x the floor"
                 f", {s['cpu']:.0f} CPU s)" for s in _largest_steps(build)]
        bound = build["cpu"] / cores
        reason = (f"largest steps: {'; '.join(parts)}. The build's CPU time {build['cpu']:.0f} s"
                  f" over {cores} cores is {bound:.0f} s, {bound / floor['floor']:.1f}x the "
                  "floor even with no core ever idle")
    return [f"full build <= {FLOOR_TIMES:g}x the floor", measured, _met(ratio <= FLOOR_TIMES),
            reason]


def rebuild_target(what: str, rebuild: dict | None, full: dict) -> list[object]:
    """A rebuild after one new (or changed) text against the full build.

    >>> rebuild_target("one new text", {"wall": 9.0, "texts": 1, "steps": []},
    ...                {"wall": 100.0})[1:3]
    ['0.09x (9.0 s against 100.0 s)', 'yes']
    """
    name = f"rebuild after {what} <= {REBUILD_SHARE:.0%} of the full build"
    if rebuild is None:
        return [name, "not measured", "NO", "the rebuild failed or was not run"]
    share = rebuild["wall"] / full["wall"]
    measured = f"{share:.2f}x ({rebuild['wall']:.1f} s against {full['wall']:.1f} s)"
    reason = ""
    if share > REBUILD_SHARE:
        parts = [f"{s['step']} {s['wall']:.1f} s" for s in _largest_steps(rebuild, 3)]
        texts = next((s.get("texts") for s in rebuild.get("steps", [])
                      if s["step"] == "texts"), None)
        reason = (f"{'; '.join(parts)}" + (f"; {texts:,} texts read and extracted again"
                                           if texts else ""))
    return [name, measured, _met(share <= REBUILD_SHARE), reason]


def query_target(queries: list[dict]) -> list[object]:
    """Every canned query (median) under one second.

    >>> query_target([{"name": "a", "median": 0.2}, {"name": "b", "median": 1.5}])[1:]
    ['slowest b 1,500 ms', 'NO', 'over 1 s: b 1,500 ms']
    """
    name = f"every canned query < {QUERY_SECONDS:g} s (median)"
    if not queries:
        return [name, "not measured", "NO", "no query was run"]
    failed = [q for q in queries if q.get("median") is None]
    timed = [q for q in queries if q.get("median") is not None]
    slow = sorted((q for q in timed if q["median"] >= QUERY_SECONDS), key=lambda q: -q["median"])
    worst = max(timed, key=lambda q: q["median"]) if timed else None
    measured = f"slowest {worst['name']} {worst['median'] * 1000:,.0f} ms" if worst else "none"
    reasons = ["over 1 s: " + ", ".join(f"{q['name']} {q['median'] * 1000:,.0f} ms"
                                         for q in slow)] if slow else []
    reasons += [f"{q['name']}: {q.get('error', 'failed')}" for q in failed]
    lookup = next((q.get("lookup_us") for q in queries if q.get("lookup_us")), None)
    if reasons and lookup:
        reasons.append(f"one look-up in the on-disk store costs {lookup:.0f} µs in this run, "
                       "paid per row for each pattern joined by look-up (each OPTIONAL)")
    return [name, measured, _met(not slow and not failed), "; ".join(reasons)]


def endpoint_target(rows: list[dict]) -> list[object]:
    """Look-ups' p95 at 32 clients while whole-graph queries run; a failed look-up fails it.

    >>> endpoint_target([{"clients": 32, "p95": 40.0, "p50": 10.0, "errors": 0, "done": 900,
    ...                   "expensive_ok": 3}])[2]
    'yes'
    """
    name = f"look-ups p95 < {LOOKUP_P95_MS:g} ms at {LOOKUP_CLIENTS} clients (whole-graph " \
           "queries running)"
    row = next((r for r in rows if r["clients"] == LOOKUP_CLIENTS), None)
    if row is None:
        return [name, "not measured", "NO", "the endpoint was not measured"]
    ok = row["p95"] < LOOKUP_P95_MS and row["errors"] == 0 and row["done"] > 0
    measured = (f"p95 {row['p95']:.1f} ms, p50 {row['p50']:.1f} ms, {row['errors']} of "
                f"{row['done'] + row['errors']} failed")
    reason = ""
    if not ok:
        reason = (f"{row['done']:,} look-ups answered in the run while "
                  f"{row.get('expensive_ok', 0)} whole-graph queries were answered")
        if row.get("rps"):  # closed loop: each client waits clients / throughput on average
            need = LOOKUP_CLIENTS / (LOOKUP_P95_MS / 1000)
            reason += (f"; {row['rps']:.0f} look-ups/s, so {LOOKUP_CLIENTS} clients wait "
                       f"{LOOKUP_CLIENTS / row['rps'] * 1000:.0f} ms each on average "
                       f"(Little's law): under {LOOKUP_P95_MS:g} ms needs over {need:.0f}/s")
        if row.get("load") is not None:
            reason += f"; load average {row['load']:.1f} at the start"
        if row["errors"]:
            reason += f"; failures: {row.get('error_kinds', '')}".rstrip("; ")
    return [name, measured, _met(ok), reason]


def scale_targets(series: list[tuple[int, dict | str]]) -> list[list[object]]:
    """Time per text at 16x against 1x, and peak memory at 16x; a size not built is not met
    and its reason (the budget) is shown.

    >>> rows = scale_targets([(1, {"wall": 100.0, "texts": 1000, "peak_mb": 900.0}),
    ...                       (16, "not built: estimated 2,000 s")])
    >>> [r[2] for r in rows], rows[0][3]
    (['not measured', 'not measured'], 'not built: estimated 2,000 s')
    """
    by_size = dict(series)
    first = by_size.get(1)
    big = by_size.get(LARGEST)
    time_name = f"time per text at {LARGEST}x <= {PER_TEXT_GROWTH:g}x that at 1x"
    mem_name = f"peak memory at {LARGEST}x < 2 GiB (all processes)"
    if not isinstance(big, dict) or not isinstance(first, dict):
        why = big if isinstance(big, str) else f"{LARGEST}x not in the series"
        measured = _best_partial(series)
        return [[time_name, measured, "not measured", why],
                [mem_name, measured and _best_partial(series, memory=True), "not measured",
                 why]]
    growth = (big["wall"] / big["texts"]) / (first["wall"] / first["texts"])
    rows = [[time_name, f"{growth:.2f}x ({big['wall'] / big['texts'] * 1000:.1f} against "
             f"{first['wall'] / first['texts'] * 1000:.1f} ms/text)",
             _met(growth <= PER_TEXT_GROWTH),
             "" if growth <= PER_TEXT_GROWTH else _growth_reason(first, big)],
            [mem_name, f"{big['peak_mb']:,.0f} MiB", _met(big["peak_mb"] < PEAK_MIB),
             "" if big["peak_mb"] < PEAK_MIB else _memory_reason(big)]]
    return rows


def _best_partial(series: list[tuple[int, dict | str]], memory: bool = False) -> str:
    """What the sizes that were built show (the largest against 1x), for a missing 16x."""
    built = {k: r for k, r in series if isinstance(r, dict)}
    if 1 not in built or len(built) < 2:
        return ""
    k = max(built)
    big, first = built[k], built[1]
    if memory:
        return f"at {k}x: {big['peak_mb']:,.0f} MiB"
    growth = (big["wall"] / big["texts"]) / (first["wall"] / first["texts"])
    return f"at {k}x: {growth:.2f}x"


def _growth_reason(first: dict, big: dict) -> str:
    steps1 = {s["step"]: s for s in first.get("steps", [])}
    out = []
    for s in big.get("steps", []):
        a = steps1.get(s["step"])
        if a and a["wall"] > 0.5:
            growth = (s["wall"] / big["texts"]) / (a["wall"] / first["texts"])
            out.append(f"{s['step']} {growth:.2f}x per text")
    return "; ".join(out)


def _memory_reason(big: dict) -> str:
    worst = max(big.get("steps", []), key=lambda s: s["peak_mb"], default=None)
    return f"peak in step {worst['step']}: {worst['peak_mb']:,.0f} MiB" if worst else ""


def target_rows(full: dict, floor: dict | None, rebuilds: dict[str, dict | None],
                queries: list[dict] | None, endpoint: list[dict] | None,
                series: list[tuple[int, dict | str]], cores: int) -> list[list[object]]:
    """Every target of issue 19, in the issue's order.

    >>> rows = target_rows({"wall": 100.0, "cpu": 150.0, "texts": 10, "peak_mb": 900.0,
    ...                     "steps": []}, {"floor": 50.0, "read_regex": 1.0, "load": 49.0},
    ...                    {"one new text": None}, [], [], [(1, {"wall": 100.0, "texts": 10,
    ...                    "peak_mb": 900.0})], 2)
    >>> [r[2] for r in rows]
    ['yes', 'NO', 'NO', 'NO', 'not measured', 'not measured']
    """
    rows = []
    if floor is not None:
        rows.append(floor_target(full, floor, cores))
    else:
        rows.append([f"full build <= {FLOOR_TIMES:g}x the floor", "not measured", "NO",
                     "the floor was not measured"])
    for what, rebuild in rebuilds.items():
        rows.append(rebuild_target(what, rebuild, full))
    rows.append(query_target(queries or []))
    rows.append(endpoint_target(endpoint or []))
    rows.extend(scale_targets(series))
    return rows
