"""Do the finders find what the UN's editors linked? Over the AKN4UN corpus, per language.

Every resolution and presidential statement is read with :func:`graph.sources.akn.read_akn`
and resolved (:func:`graph.resolve.resolve`, the bundled registry, each year's resolution
numbers from ``data_extract`` to date a resolution cited by its number alone); each
editors' link of a paragraph (:attr:`graph.model.Paragraph.links`) is then one of:

* **found**: a citation of that paragraph targets the linked document;
* **dropped**: the finder found the reference but resolving refused it (a warning says why:
  a resolution later than the citing text, …);
* **disagrees**: the text under the link names another document than the link (the text
  wins; the link is reported);
* **missed**: nothing found there: the finder's fault, or a kind of document the finders do
  not read (listed with the reason when it is known);
* **in a note**: the link sits in an authorial note, which the finders do not read.

Files are keyed on their identity (symbol and language): a resolution that sits in two year
folders counts once. Files listed in ``--exclude`` lists (paths relative to the corpus folder,
one a line) are left out::

    python -m benchmarks.akn_links [AKN_DIR] [--exclude LIST ...] [--list] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from graph.context import RecordFacts, record_facts
from graph.errors import InputError
from graph.find import find
from graph.model import (
    EstablishedBodyRef,
    GAResolutionRef,
    Paragraph,
    ParsedText,
    ResolutionRef,
    ResolvedText,
    Span,
    SymbolRef,
)
from graph.registry import Registry, load_registry
from graph.resolve import resolve
from graph.sources.akn import read_akn
from graph.sources.extract import read_adoption_records
from graph.symbols import sc_resolution

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "corpus" / "akn"
KINDS = ("found", "dropped", "disagrees", "missed", "in a note")


@dataclass(frozen=True)
class LinkOutcome:
    """What became of one editors' link."""

    file: str
    paragraph: str
    symbol: str
    linked: str  # the linked text
    context: str  # the text around it
    kind: str  # one of KINDS
    found: str = ""  # what the text names there, for "disagrees" and "dropped"


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _ref_symbols(ref) -> list[str]:
    if isinstance(ref, ResolutionRef):
        if not ref.year:  # by its number alone: the link's symbol may lack the year too
            return [f"S/RES/{ref.number}"]
        try:
            return [sc_resolution(ref.number, ref.year)]
        except ValueError:
            return []
    if isinstance(ref, (GAResolutionRef, SymbolRef)):
        return [ref.symbol]
    if isinstance(ref, EstablishedBodyRef):
        return [sc_resolution(r.number, r.year) for r in ref.resolutions]
    return []


def _same(link: str, cited: str) -> bool:
    """Whether a cited symbol is the linked one (a link without the year, ``S/RES/2337``,
    is the resolution of that number)."""
    if link == cited:
        return True
    for a, b in ((link, cited), (cited, link)):
        m = re.fullmatch(r"S/RES/(\d+)", a)
        if m and b.startswith(f"S/RES/{m.group(1)} ("):
            return True
    return False


def classify_links(resolved: ResolvedText, registry: Registry) -> list[LinkOutcome]:
    """Return what became of each editors' link of a resolved text."""
    parsed: ParsedText = resolved.parsed
    text = parsed.source.text
    out: list[LinkOutcome] = []
    name = str(parsed.source.path)
    for p in parsed.paragraphs:
        if not p.links:
            continue
        cited = [(c.document.symbol, c.spans) for c in resolved.citations
                 if c.paragraph is p and c.document is not None]
        refs = None
        for link in p.links:
            linked = text[link.span.start:link.span.end]
            context = _context(text, p, link.span)
            if not (p.span.start <= link.span.start < p.span.end):
                out.append(LinkOutcome(name, p.label, link.symbol, linked, context, "in a note"))
                continue
            if any(_same(link.symbol, s) for s, _ in cited):
                out.append(LinkOutcome(name, p.label, link.symbol, linked, context, "found"))
                continue
            if refs is None:
                refs = find(p, registry, parsed.source.lang).references
            there = [s for r in refs if _overlaps(r.span, link.span) for s in _ref_symbols(r)]
            if any(_same(link.symbol, s) for s in there):
                why = [w.message for w in resolved.warnings if w.paragraph == p.label]
                out.append(LinkOutcome(name, p.label, link.symbol, linked, context, "dropped",
                                       "; ".join(why)))
            elif there:
                out.append(LinkOutcome(name, p.label, link.symbol, linked, context,
                                       "disagrees", ", ".join(dict.fromkeys(there))))
            else:
                out.append(LinkOutcome(name, p.label, link.symbol, linked, context, "missed"))
    return out


def _context(text: str, p: Paragraph, span: Span, width: int = 50) -> str:
    lo = max(p.span.start, span.start - width) if span.start < p.span.end else span.start
    hi = min(p.span.end, span.end + width) if span.start < p.span.end else span.end + width
    return re.sub(r"\s+", " ", text[lo:span.start] + "[" + text[span.start:span.end] + "]"
                  + text[span.end:hi])


def read_corpus(folder: Path, exclude: set[str]) -> tuple[list[ParsedText], list[str], int]:
    """Read every XML file of *folder* once per identity; return the texts, the refusals and
    the number of files excluded."""
    texts: dict[tuple[str, str], ParsedText] = {}
    refused: list[str] = []
    excluded = 0
    for f in sorted(folder.rglob("*.xml")):
        if str(f.relative_to(folder)) in exclude:
            excluded += 1
            continue
        try:
            parsed = read_akn(f)
        except InputError as exc:
            refused.append(str(exc))
            continue
        texts.setdefault((parsed.header.symbol, parsed.source.lang), parsed)
    return list(texts.values()), refused, excluded


def record_of(folder: Path) -> RecordFacts:
    """The Council's record as the adoption data (``data_extract``) gives it: each year's
    resolution numbers, each resolution's day (empty without the folder)."""
    records = [r for f in sorted((folder / "data_extract").glob("*.json"))
               for r in read_adoption_records(f)]
    return record_facts([], records)


def run(folder: Path, exclude: set[str]) -> dict:
    """Classify every link of the corpus; return the counts and the outcomes."""
    registry = load_registry()
    record = record_of(folder)
    t0 = time.perf_counter()
    texts, refused, excluded = read_corpus(folder, exclude)
    outcomes: list[LinkOutcome] = []
    langs: dict[str, str] = {}
    for parsed in texts:
        resolved = resolve(parsed, registry, record)
        for o in classify_links(resolved, registry):
            outcomes.append(o)
            langs[o.file] = parsed.source.lang
    counts: dict[str, Counter] = {}
    for o in outcomes:
        counts.setdefault(langs[o.file], Counter())[o.kind] += 1
    return {"texts": Counter(p.source.lang for p in texts), "refused": refused,
            "excluded": excluded, "counts": counts, "outcomes": outcomes, "langs": langs,
            "seconds": time.perf_counter() - t0}


def report(result: dict, folder: Path, listing: bool) -> str:
    lines = [f"AKN links: {folder}", "",
             f"texts read: {dict(sorted(result['texts'].items()))}; refused: "
             f"{len(result['refused'])}; excluded: {result['excluded']}; "
             f"{result['seconds']:.0f} s", "",
             "| language | links | " + " | ".join(KINDS) + " | found / (links in paragraphs) |",
             "|---|---:|" + "---:|" * len(KINDS) + "---:|"]
    for lang, c in sorted(result["counts"].items()):
        total = sum(c.values())
        in_paragraphs = total - c["in a note"]
        share = (c["found"] + c["dropped"] + c["disagrees"]) / in_paragraphs if in_paragraphs else 0
        lines.append(f"| {lang} | {total} | " + " | ".join(str(c[k]) for k in KINDS)
                     + f" | {c['found'] / in_paragraphs:.4f} ({share:.4f} with dropped and "
                       f"disagreeing) |")
    if listing:
        for kind in ("missed", "disagrees", "dropped"):
            rows = [o for o in result["outcomes"] if o.kind == kind]
            lines += ["", f"## {kind} ({len(rows)})", ""]
            for o in sorted(rows, key=lambda o: (o.file, o.paragraph)):
                extra = f" -> text names {o.found}" if kind == "disagrees" else (
                    f" ({o.found})" if o.found else "")
                lines.append(f"- {Path(o.file).name} {o.paragraph} {o.symbol}{extra}: "
                             f"{o.context}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--exclude", action="append", default=[], type=Path,
                    help="a file listing paths (relative to the folder) to leave out")
    ap.add_argument("--list", action="store_true", help="list the misses and disagreements")
    ap.add_argument("--json", type=Path, help="write the outcomes as JSON here")
    args = ap.parse_args(argv)
    if not args.folder.is_dir():
        print(f"skipped: {args.folder} not found (the AKN corpus of ../shared)")
        return 0
    exclude = {line.strip() for f in args.exclude for line in f.read_text().splitlines()
               if line.strip()}
    result = run(args.folder, exclude)
    print(report(result, args.folder, args.list))
    if args.json:
        args.json.write_text(json.dumps(
            {"counts": {k: dict(v) for k, v in result["counts"].items()},
             "outcomes": [o.__dict__ for o in result["outcomes"]]}, ensure_ascii=False,
            indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
