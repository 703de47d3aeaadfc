"""Do the Chinese and the English texts of a resolution yield the same facts?

For every resolution of the AKN4UN corpus with both an English and a Chinese XML file, both
are read (:func:`graph.sources.akn.read_akn`), resolved with the bundled registry, and compared
with :func:`graph.compare.compare_texts`: citations (the document cited, per paragraph),
obligations (verb and addressee, per operative paragraph) and mentions (per paragraph). The
agreement of each kind is the F1 of one language's facts against the other's; the editors'
links of the same paragraphs are compared the same way, for scale. Citations are also split
into those of documents and registry entities (one IRI whatever the language) and those of
instruments found outside the registry, which each language mints from its own title: these
are first paired across the two texts (:func:`graph.resolve.align_found`, paragraph by
paragraph), then compared. Files listed in
``--exclude`` lists are left out::

    python -m benchmarks.akn_agreement [AKN_DIR] [--exclude LIST ...] [--list KIND]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

from benchmarks.akn_links import DEFAULT_DIR, read_corpus, record_of
from graph.compare import FACT_KINDS, agreement, compare_texts, count_facts
from graph.model import ParsedText
from graph.namespaces import UNSC
from graph.registry import load_registry
from graph.resolve import DIRECTIVE_FORCE, align_found, resolve


def link_counts(a: ParsedText, b: ParsedText) -> tuple[int, int, int]:
    """``(in both, only in a, only in b)`` of the (paragraph, linked symbol) pairs."""
    la = {(p.label, x.symbol) for p in a.paragraphs for x in p.links}
    lb = {(p.label, x.symbol) for p in b.paragraphs for x in p.links}
    return len(la & lb), len(la - lb), len(lb - la)


def run(folder: Path, exclude: set[str]) -> dict:
    registry = load_registry()
    record = record_of(folder)
    t0 = time.perf_counter()
    texts, refused, excluded = read_corpus(folder, exclude)
    by_symbol: dict[str, dict[str, ParsedText]] = {}
    for p in texts:
        by_symbol.setdefault(p.header.symbol, {})[p.source.lang] = p
    pairs = [(v["en"], v["zh"]) for _, v in sorted(by_symbol.items()) if "en" in v and "zh" in v]
    totals = {k: [0, 0, 0] for k in (*FACT_KINDS, "directive", "known", "found")}

    def directive(r):
        """The text with only its directive obligations (decides … expresses intention)."""
        keep = [o for o in r.obligations
                if int(registry.verb_property(o.verb, UNSC.force) or 0) >= DIRECTIVE_FORCE]
        return replace(r, obligations=keep)

    links = [0, 0, 0]
    disagreements = []
    misaligned = []
    for en, zh in pairs:
        if [p.label for p in en.paragraphs] != [p.label for p in zh.paragraphs]:
            misaligned.append(en.header.symbol)
        ren, rzh = align_found([resolve(en, registry, record), resolve(zh, registry, record)])
        minted = {e.iri for e in (*ren.found, *rzh.found)}
        for split, want in (("known", False), ("found", True)):
            counts = count_facts(*(replace(r, citations=[c for c in r.citations
                                                         if (c.target in minted) == want])
                                   for r in (ren, rzh)))["citation"]
            for i, n in enumerate(counts):
                totals[split][i] += n
        for kind, (both, a, b) in count_facts(ren, rzh).items():
            totals[kind][0] += both
            totals[kind][1] += a
            totals[kind][2] += b
        both, a, b = count_facts(directive(ren), directive(rzh))["obligation"]
        for i, n in enumerate((both, a, b)):
            totals["directive"][i] += n
        for i, n in enumerate(link_counts(en, zh)):
            links[i] += n
        for d in compare_texts(ren, rzh):
            disagreements.append((en.header.symbol, d, ren if d.found_in == "en" else rzh,
                                  rzh if d.found_in == "en" else ren))
    return {"pairs": len(pairs), "refused": len(refused), "excluded": excluded,
            "totals": totals, "links": links, "disagreements": disagreements,
            "misaligned": misaligned, "seconds": time.perf_counter() - t0}


def _short(iri: str) -> str:
    return re.sub(r"^https://w3id\.org/unsc-graph/id/(?:doc/|entity/|verb/)?", "",
                  iri.replace(" https://w3id.org/unsc-graph/id/", " "))


def report(result: dict, listing: str | None) -> str:
    lines = [f"English-Chinese pairs: {result['pairs']} (excluded files: {result['excluded']}; "
             f"paragraph labels differ in {len(result['misaligned'])}: "
             f"{', '.join(result['misaligned'][:10])}); {result['seconds']:.0f} s", "",
             "| facts | in both | only English | only Chinese | agreement (F1) |",
             "|---|---:|---:|---:|---:|"]
    for kind in FACT_KINDS:
        both, a, b = result["totals"][kind]
        lines.append(f"| {kind}s | {both} | {a} | {b} | {agreement([(both, a, b)]):.4f} |")
    for split, what in (("known", "citations of documents and registry entities"),
                        ("found", "citations of instruments found outside the registry "
                                  "(paired across the texts)")):
        both, a, b = result["totals"][split]
        lines.append(f"| {what} | {both} | {a} | {b} | {agreement([(both, a, b)]):.4f} |")
    both, a, b = result["totals"]["directive"]
    lines.append(f"| obligations with a directive verb (force >= {DIRECTIVE_FORCE}) | {both} | "
                 f"{a} | {b} | {agreement([(both, a, b)]):.4f} |")
    both, a, b = result["links"]
    lines.append(f"| editors' links (same paragraph, same symbol) | {both} | {a} | {b} | "
                 f"{agreement([(both, a, b)]):.4f} |")
    if listing:
        rows = [r for r in result["disagreements"] if listing in ("all", r[1].kind)]
        lines += ["", f"## {listing} disagreements ({len(rows)})", ""]
        for symbol, d, has, _ in rows:
            text = has.parsed.source.text
            said = "; ".join(text[s.start:s.end].replace("\n", " ") for s, _ in d.spans) or "-"
            other = " ".join(d.missing_in[1].split())[:160] if d.missing_in else "(no paragraph)"
            lines.append(f"- {symbol} {d.paragraph} {d.kind} {_short(d.fact)}: only "
                         f"{d.found_in} [{said}] | {d.missing_from}: {other}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--exclude", action="append", default=[], type=Path)
    ap.add_argument("--list", choices=["citation", "obligation", "mention", "all"])
    args = ap.parse_args(argv)
    if not args.folder.is_dir():
        print(f"skipped: {args.folder} not found (the AKN corpus of ../shared)")
        return 0
    exclude = {line.strip() for f in args.exclude for line in f.read_text().splitlines()
               if line.strip()}
    print(report(run(args.folder, exclude), args.list))
    return 0


if __name__ == "__main__":
    sys.exit(main())


