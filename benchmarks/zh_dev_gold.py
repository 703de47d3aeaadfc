"""Score the extractor on the Chinese development gold, with each page's misses.

The gold (``benchmarks/dev-gold/zh/gold.jsonl``: 16 non-reserved Chinese resolutions of
2020-2025, annotated by reading, in the blind sets' format) is scored as the blind sets are
(:func:`graph.evaluation.blind.score_page`) on pages from the wider generator (``--plain``: the
official layout, to measure the finders without the page's layout); ``--misses`` lists, per
page, the gold instruments and addressees not found and the ones found that the gold lacks::

    python -m benchmarks.zh_dev_gold [--plain] [--misses] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "dev-gold" / "zh"


def _pages(set_dir: Path, shared: Path, out: Path, plain: bool) -> dict[str, Path]:
    from graph.evaluation.blind import _import_generator

    written = _import_generator(set_dir / "make_pages.py").write_pages(shared, out, plain)
    return {p.name: p for p in written}


def score(set_dir: Path, shared: Path, context, plain: bool = False):
    """The set's scores (a :class:`~graph.evaluation.blind.SetResult`) and, per page, the
    gold instruments/addressees not found and the found ones the gold lacks."""
    from graph.evaluation.blind import SetResult, _run_page, normalise_name, read_gold, score_page

    result = SetResult(set_dir.name)
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        pages = _pages(set_dir, shared, Path(tmp), plain)
        for gold in read_gold(set_dir):
            facts, problem = _run_page(pages[gold["page"]], context)
            result.pages += 1
            result.identity += facts is not None and facts.identity == gold["identity"]
            for measure, (tp, g, f) in score_page(gold, facts).items():
                c = result.counts[measure]
                c[0], c[1], c[2] = c[0] + tp, c[1] + g, c[2] + f
            if facts is None:
                out.append(f"{gold['id']}: refused ({problem})")
                continue
            found = [set(x) for x in facts.instrument]
            for i in gold["instrument"]:
                names = {normalise_name(i["name"]), normalise_name(i["surface"])}
                if not any(names & f for f in found):
                    out.append(f"{gold['id']} {gold['identity']}: instrument missed {i['surface']}")
            for f in found:
                if not any({normalise_name(i["name"]), normalise_name(i["surface"])} & f
                           for i in gold["instrument"]):
                    out.append(f"{gold['id']} {gold['identity']}: instrument extra {sorted(f)[:2]}")
            got = [(p, set(labels)) for p, labels in facts.addressee]
            for a in gold["addressees"]:
                names = {normalise_name(a["addressee"]), normalise_name(a["surface"])}
                if not any(p == a["paragraph"] and names & f for p, f in got):
                    out.append(f"{gold['id']} {gold['identity']}: addressee missed "
                               f"{a['paragraph']} {a['verb']} {a['surface']}")
            for p, f in got:
                if not any(p == a["paragraph"] and {normalise_name(a["addressee"]),
                                                     normalise_name(a["surface"])} & f
                           for a in gold["addressees"]):
                    out.append(f"{gold['id']} {gold['identity']}: addressee extra {p} "
                               f"{sorted(f)[:2]}")
    return result, out


def main(argv: list[str] | None = None) -> int:
    from graph.evaluation.blind import format_set, record_context

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--misses", action="store_true", help="list each page's misses")
    ap.add_argument("--set", type=Path, default=GOLD,
                    help="the gold folder (default benchmarks/dev-gold/zh; the held-out check: "
                         "benchmarks/dev-gold/zh-heldout)")
    ap.add_argument("--plain", action="store_true",
                    help="pages in the official layout instead of the wider generator's")
    args = ap.parse_args(argv)
    if not args.shared.is_dir():
        print(f"skipped: {args.shared} not found")
        return 0
    context = record_context(args.shared)
    result, found = score(args.set, args.shared, context, args.plain)
    print(format_set(result))
    if args.misses:
        print("\n".join(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
