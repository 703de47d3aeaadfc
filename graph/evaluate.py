"""Evaluate the English reference finder against hand-annotated gold references.

The gold file (``tests/gold/en-references.jsonl``) holds one JSON object per text::

    {"file": "S_RES_0277_1970_EN_GOLD.txt", "split": "test",
     "sc": ["S/RES/216 (1965)", …], "ga": ["A/RES/1514 (XV)"], "doc": ["S/8945"],
     "instrument": ["charter/article/25", "charter/chapter/VII"],
     "body": ["committee:S/RES/253 (1968)"]}

Unit of comparison: the *set* of normalised keys per text and kind (a reference cited twice in
a text counts once). Only the paragraphs count (PP and OP): headings, the closing "Adopted …"
line and footnotes are not annotated. Keys:

* ``sc``: Council resolution symbols ``S/RES/n (yyyy)``; ``ga``: Assembly resolution symbols;
* ``doc``: other document symbols as cited, ``S/25704`` and ``S/25704/Add.1`` for
  ``S/25704 and Add.1``;
* ``instrument``: ``charter/article/N`` and ``charter/chapter/R`` for Charter articles/chapters;
* ``body``: ``<head>:<symbol>`` for a body named by the resolution that established it.

Precision and recall are micro-averaged over the texts of a split.

>>> score({'a': {'sc': {'x', 'y'}}}, {'a': {'sc': {'x', 'z'}}}, ['sc'])['sc']
(1, 2, 2)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from graph.find.en import find_en
from graph.iri import entity_iri
from graph.model import (
    ArticleRef,
    EstablishedBodyRef,
    GAResolutionRef,
    ResolutionRef,
    SourceText,
    SymbolRef,
)
from graph.registry import Registry, parse_registry
from graph.segment.en import segment_en
from graph.symbols import sc_resolution

__all__ = ["KINDS", "evaluate", "extract_keys", "score", "read_gold", "format_table", "main"]

KINDS = ["sc", "ga", "doc", "instrument", "body"]
_CHARTER = entity_iri("un-charter")


def read_gold(gold_path: str | Path) -> list[dict]:
    """Return the gold records of a JSON-lines file."""
    with open(gold_path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def extract_keys(source: SourceText, registry: Registry | None = None) -> dict[str, set[str]]:
    """Return the reference keys per kind that the pipeline finds in a source text."""
    registry = registry or parse_registry("")
    keys: dict[str, set[str]] = {k: set() for k in KINDS}
    for paragraph in segment_en(source).paragraphs:
        for ref in find_en(paragraph, registry).references:
            if isinstance(ref, ResolutionRef):
                keys["sc"].add(sc_resolution(ref.number, ref.year))
            elif isinstance(ref, GAResolutionRef):
                keys["ga"].add(ref.symbol)
            elif isinstance(ref, SymbolRef):
                keys["doc"].add(ref.symbol)
            elif isinstance(ref, ArticleRef) and ref.instrument == _CHARTER:
                keys["instrument"].add(f"charter/{ref.part}/{ref.number}")
            elif isinstance(ref, EstablishedBodyRef):
                for r in ref.resolutions:
                    keys["body"].add(f"{ref.head}:{sc_resolution(r.number, r.year)}")
    return keys


def score(gold: dict[str, dict[str, set[str]]], found: dict[str, dict[str, set[str]]],
          kinds: list[str]) -> dict[str, tuple[int, int, int]]:
    """Return ``(true positives, gold count, found count)`` per kind over the texts of *gold*."""
    out = {}
    for kind in kinds:
        tp = g = f = 0
        for name, per_kind in gold.items():
            gs, fs = per_kind.get(kind, set()), found.get(name, {}).get(kind, set())
            tp, g, f = tp + len(gs & fs), g + len(gs), f + len(fs)
        out[kind] = (tp, g, f)
    return out


def evaluate(gold_path: str | Path, texts_dir: str | Path) -> dict:
    """Return precision/recall per split and kind, the errors, and the time taken.

    The result is ``{"table": {split: {kind: {"tp", "gold", "found", "precision",
    "recall"}}}, "errors": [(file, kind, "missed"|"spurious", key)], "seconds": s}``.
    """
    from graph.read import read_source

    registry = parse_registry("")
    records = read_gold(gold_path)
    started = time.perf_counter()
    table: dict[str, dict[str, dict[str, float]]] = {}
    errors = []
    for split in sorted({r["split"] for r in records}):
        gold, found = {}, {}
        for rec in (r for r in records if r["split"] == split):
            name = rec["file"]
            gold[name] = {k: set(rec.get(k, [])) for k in KINDS}
            found[name] = extract_keys(read_source(Path(texts_dir) / name), registry)
            for k in KINDS:
                errors += [(name, k, "missed", x) for x in sorted(gold[name][k] - found[name][k])]
                errors += [(name, k, "spurious", x)
                           for x in sorted(found[name][k] - gold[name][k])]
        table[split] = {}
        for kind, (tp, g, f) in score(gold, found, KINDS).items():
            table[split][kind] = {
                "tp": tp, "gold": g, "found": f,
                "precision": tp / f if f else 1.0, "recall": tp / g if g else 1.0,
            }
    return {"table": table, "errors": errors, "seconds": time.perf_counter() - started}


def format_table(result: dict) -> str:
    """Return the evaluation as a plain-text table.

    >>> print(format_table({'table': {'dev': {'sc': {'tp': 1, 'gold': 2, 'found': 1,
    ...     'precision': 1.0, 'recall': 0.5}}}, 'errors': [], 'seconds': 0.1}))
    split kind        gold found   tp precision recall
    dev   sc             2     1    1     1.000  0.500
    """
    lines = [f"{'split':5} {'kind':10} {'gold':>5} {'found':>5} {'tp':>4} {'precision':>9} "
             f"{'recall':>6}"]
    for split, kinds in result["table"].items():
        for kind, r in kinds.items():
            lines.append(f"{split:5} {kind:10} {r['gold']:5d} {r['found']:5d} {r['tp']:4d} "
                         f"{r['precision']:9.3f} {r['recall']:6.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the evaluation table (``python -m graph.evaluate [--errors]``)."""
    root = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(prog="python -m graph.evaluate", description=__doc__)
    parser.add_argument("--gold", default=root / "tests" / "gold" / "en-references.jsonl")
    parser.add_argument("--texts", default=root.parent / "shared" / "corpus" / "en-resolutions")
    parser.add_argument("--errors", action="store_true", help="list missed/spurious keys")
    args = parser.parse_args(argv)
    if not Path(args.texts).is_dir():
        print(f"{args.texts}: no such folder (the corpus lives in ../shared)", file=sys.stderr)
        return 2
    result = evaluate(args.gold, args.texts)
    print(format_table(result))
    if args.errors:
        for name, kind, what, key in result["errors"]:
            print(f"{name}\t{kind}\t{what}\t{key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
