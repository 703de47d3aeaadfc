"""The blind evaluation of issue 16: pages annotated before the code ran on them.

Each set is a folder (``tests/blind/<set>/``) with a ``gold.jsonl`` (one JSON object per page:
``id``, ``page``, ``source``, ``identity``, ``refuse``, ``sc``, ``ga``, ``doc``,
``instrument``, ``addressees``; see the issue's spec) and, for sets of web pages, a
``make_pages.py`` whose ``write_pages(shared, out) -> list[Path]`` writes the pages from the
texts in ``../shared`` (imported by its path, run into a temporary folder). A set without a
generator names its texts by ``source``: a path under ``../shared/corpus``, or ``own`` for a
page kept in the set's ``own/`` folder.

Every page is read as the build reads it: :func:`graph.pipeline.read_parsed` then
:func:`graph.resolve.resolve`, with a :class:`~graph.context.BuildContext` whose record comes
from ``../shared``'s meeting tables and adoption data (year-less numbers, dates). What is
compared, per page, then summed over the pages of a set (micro-average):

* **identity**: the heading's symbol equals the gold ``identity``. A page with
  ``refuse: true`` is correct when the pipeline refuses it (:class:`~graph.errors.InputError`,
  the CLI's exit 2); a valid page refused counts wrong and gives no facts.
* **SC citations**: the set of cited documents whose symbol is a Council resolution;
  **documents + GA**: the set of the other cited document symbols (Assembly resolutions,
  reports, letters, statements, press releases). Symbols on both sides go through
  :func:`graph.symbols.normalize_symbol`.
* **instruments**: the entities cited or named whose class is ``unsc:Instrument`` or a
  subclass (registry entries, and instruments minted for titles the registry lacks). An
  extracted instrument matches a gold one when one of its labels, in any language (registry
  labels: ``skos:prefLabel``/``altLabel``/``hiddenLabel``, ``rdfs:label``; a minted node's
  labels from the entities graph), equals the gold ``name`` or ``surface`` after
  :func:`normalise_name` (case, whitespace, quotes and 《》 brackets, a leading "the",
  traditional to simplified). Each side is matched at most once.
* **addressees**: the obligations' addressees, as (paragraph label, entity). One matches a
  gold addressee when the paragraph label (``OP3``) is the same and one of the entity's labels
  equals the gold ``addressee`` or ``surface`` by the same rule. The unit is the pair on both
  sides: a gold addressee listed under two verbs of one paragraph counts once.

Precision = matched found / found, recall = matched gold / gold; both are 1.0 over nothing.

A set stays blind until its first run is published; from then on it is development material,
listed in ``tests/blind/SEEN.tsv`` (set name, date of the first run) and printed after the
blind sets with that date, so that a table never passes a seen set off as blind.

>>> normalise_name('  “The Convention on the  Rights of the Child” ')
'convention on the rights of the child'
>>> normalise_name('《兒童權利公約》')
'儿童权利公约'
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef

from graph.context import BuildContext, RecordFacts
from graph.errors import InputError
from graph.fold import fold_width
from graph.model import ResolvedText
from graph.namespaces import RDF, RDFS, SKOS, UNSC
from graph.registry import Registry
from graph.symbols import SymbolError, normalize_symbol, parse_sc_resolution

__all__ = ["TARGETS", "normalise_name", "page_facts", "score_page", "generate_pages",
           "record_context", "evaluate_set", "format_set", "main", "SetResult"]

#: the issue's targets: measure -> least value (precision and recall alike)
TARGETS = {"identity": 1.0, "sc": 0.99, "docga": 0.95, "instrument": 0.9, "addressee": 0.9}
_MEASURES = ("sc", "docga", "instrument", "addressee")
_LABELS = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, RDFS.label)
_QUOTES = re.compile(r"[\"'“”‘’„‟«»《》〈〉「」『』]")


def normalise_name(text: str) -> str:
    """Return *text* folded for comparing names: full-width forms and traditional characters
    folded, quotes and title brackets dropped, a leading "the" dropped, lower case, single
    spaces."""
    from graph.read import to_simplified

    folded = _QUOTES.sub("", to_simplified(fold_width(text)))
    folded = " ".join(folded.lower().split())
    return folded[4:] if folded.startswith("the ") else folded


def _symbol(text: str) -> str:
    try:
        return normalize_symbol(text)
    except SymbolError:
        return text.strip()


def _is_ga(symbol: str) -> bool:
    return symbol.startswith("A/RES/")


def _labels(iri: URIRef, registry: Registry, entities: Iterable[tuple]) -> frozenset[str]:
    out = {normalise_name(str(o)) for p in _LABELS for o in registry.graph.objects(iri, p)}
    out |= {normalise_name(str(o)) for s, p, o in entities
            if s == iri and p in _LABELS and isinstance(o, Literal)}
    return frozenset(x for x in out if x)


def _is_instrument(iri: URIRef, registry: Registry, entities: Iterable[tuple]) -> bool:
    from graph.vocab import superclasses

    if registry.kind(iri) == "instrument":
        return True
    classes = {o for s, p, o in entities if s == iri and p == RDF.type}
    return any(UNSC.Instrument == c or UNSC.Instrument in superclasses(c) for c in classes)


@dataclass
class PageFacts:
    """What the extractor made of one page (labels already normalised)."""

    identity: str | None
    sc: set[str] = field(default_factory=set)
    docga: set[str] = field(default_factory=set)
    instrument: list[frozenset[str]] = field(default_factory=list)
    addressee: list[tuple[str, frozenset[str]]] = field(default_factory=list)


def page_facts(resolved: ResolvedText, registry: Registry) -> PageFacts:
    """Return the facts of one resolved text that the blind sets annotate."""
    from graph.emit.text import generate_text_triples
    from graph.iri import symbol_from_iri

    entities = generate_text_triples(resolved, registry).entities
    own = resolved.parsed.header.symbol
    out = PageFacts(own)
    instruments: dict[URIRef, frozenset[str]] = {}
    for c in resolved.citations:
        try:
            symbol = symbol_from_iri(c.target)
        except ValueError:
            if _is_instrument(c.target, registry, entities):
                instruments[c.target] = _labels(c.target, registry, entities)
            continue
        if symbol == own:
            continue
        (out.sc if parse_sc_resolution(symbol) else out.docga).add(symbol)
    for m in resolved.mentions:
        if m.entity not in instruments and _is_instrument(m.entity, registry, entities):
            instruments[m.entity] = _labels(m.entity, registry, entities)
    out.instrument = [instruments[k] for k in sorted(instruments)]
    seen = set()
    for o in resolved.obligations:
        key = (o.paragraph.label, o.addressee)
        if o.addressee is None or key in seen:
            continue
        seen.add(key)
        out.addressee.append((o.paragraph.label, _labels(o.addressee, registry, entities)))
    return out


def _match(gold: list[set[str]], found: list[frozenset[str]]) -> int:
    """How many gold items (each a set of acceptable names) find a distinct found item (a set
    of labels) sharing a name; gold items with fewer candidates are matched first."""
    candidates = [[j for j, f in enumerate(found) if g & f] for g in gold]
    used: set[int] = set()
    hits = 0
    for cands in sorted(candidates, key=len):
        free = [j for j in cands if j not in used]
        if free:
            used.add(free[0])
            hits += 1
    return hits


def score_page(gold: dict, facts: PageFacts | None) -> dict[str, tuple[int, int, int]]:
    """Return ``(matched, gold count, found count)`` per measure for one page; *facts* is
    ``None`` when the pipeline refused the page.

    >>> g = {'identity': 'S/RES/1 (1946)', 'refuse': False, 'sc': ['S/RES/2(1946)'], 'ga': [],
    ...      'doc': [], 'instrument': [], 'addressees': []}
    >>> score_page(g, PageFacts('S/RES/1 (1946)', sc={'S/RES/2 (1946)', 'S/RES/3 (1946)'}))['sc']
    (1, 1, 2)
    >>> two_verbs = [{'paragraph': 'OP1', 'verb': v, 'addressee': 'Secretary-General',
    ...               'surface': 'the Secretary-General'} for v in ('requests', 'encourages')]
    >>> score_page({**g, 'addressees': two_verbs}, PageFacts('S/RES/1 (1946)'))['addressee']
    (0, 1, 0)
    """
    if facts is None:
        facts = PageFacts(None)
    gold_sc = {_symbol(s) for s in gold["sc"]}
    gold_docga = {_symbol(s) for s in gold["ga"] + gold["doc"]}
    out = {"sc": (len(gold_sc & facts.sc), len(gold_sc), len(facts.sc)),
           "docga": (len(gold_docga & facts.docga), len(gold_docga), len(facts.docga))}
    names = [{normalise_name(i["name"]), normalise_name(i["surface"])} - {""}
             for i in gold["instrument"]]
    out["instrument"] = (_match(names, facts.instrument), len(names), len(facts.instrument))
    # an addressee is a label set tagged with its paragraph, so that only one paragraph matches;
    # the unit is (paragraph, addressee), on both sides: one addressed under two verbs of the
    # same paragraph counts once (the found side is a set of such pairs)
    gold_add = []
    for a in gold["addressees"]:
        key = {f"{a['paragraph']}|{normalise_name(a['addressee'])}",
               f"{a['paragraph']}|{normalise_name(a['surface'])}"}
        if key not in gold_add:
            gold_add.append(key)
    found_add = [frozenset(f"{para}|{x}" for x in labels) for para, labels in facts.addressee]
    out["addressee"] = (_match(gold_add, found_add), len(gold_add), len(found_add))
    return out


# --- pages and the record --------------------------------------------------------------------


def read_gold(set_dir: Path) -> list[dict]:
    """The gold records of a set, in file order."""
    lines = (set_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


#: the keys of every gold record (the schema in the sets' READMEs)
GOLD_KEYS = frozenset({"id", "page", "source", "lang", "script", "layout", "identity", "refuse",
                       "sc", "ga", "doc", "instrument", "addressees", "notes"})


def import_generator(set_dir: Path):
    """Import a set's ``make_pages.py`` by its path (set folders have dashes in their names),
    its folder on ``sys.path`` while it loads, for a generator that imports its neighbours."""
    path = set_dir / "make_pages.py"
    name = f"_blind_pages_{set_dir.name.replace('-', '_')}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))  # for a generator that imports its neighbours
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


def generate_pages(set_dir: Path, shared: Path, out: Path) -> dict[str, Path]:
    """Write (or copy) the pages of a set into *out*; return page name -> path.

    With a ``make_pages.py``, its ``write_pages(shared, out)`` writes them; otherwise each
    gold record's ``source`` (a path under ``shared/corpus``, or ``own``) is copied under its
    ``page`` name.
    """
    out.mkdir(parents=True, exist_ok=True)
    generator = set_dir / "make_pages.py"
    if generator.is_file():
        written = import_generator(set_dir).write_pages(shared, out)
        return {Path(p).name: Path(p) for p in written}
    pages = {}
    for rec in read_gold(set_dir):
        src = (set_dir / "own" / rec["page"] if rec["source"] == "own"
               else shared / "corpus" / rec["source"])
        dest = out / rec["page"]
        shutil.copyfile(src, dest)
        pages[rec["page"]] = dest
    return pages


def record_context(shared: Path | None) -> BuildContext:
    """The registry and the Council's record read from ``shared`` (meeting tables under
    ``corpus/un-meetings``, adoption data under ``corpus/akn/data_extract``); without it, the
    registry alone."""
    from graph.builder import BuildSummary, collect_inputs, read_sources
    from graph.context import record_facts
    from graph.registry import load_registry

    registry = load_registry()
    folders = [] if shared is None else [shared / "corpus" / "un-meetings",
                                         shared / "corpus" / "akn" / "data_extract"]
    folders = [f for f in folders if f.is_dir()]
    if not folders:
        return BuildContext(registry, RecordFacts())
    sources = read_sources(collect_inputs(folders), BuildSummary())
    return BuildContext(registry, record_facts(sources.meetings, sources.adoptions))


# --- one set -----------------------------------------------------------------------------------


@dataclass
class SetResult:
    """The scores of one set: identity and, per measure, summed ``(matched, gold, found)``."""

    name: str
    pages: int = 0
    identity: int = 0
    refusals: int = 0  # pages that must be refused
    refused: int = 0  # of them, refused
    counts: dict[str, list[int]] = field(default_factory=lambda: {m: [0, 0, 0]
                                                                  for m in _MEASURES})
    errors: list[str] = field(default_factory=list)
    skipped: str = ""
    seen: str = ""  # date of the first published run: the set is development material since


def read_seen(blind_dir: Path) -> dict[str, str]:
    """Return ``{set name: date of its first published run}`` from ``SEEN.tsv``.

    Lines are ``name<TAB>date``; ``#`` starts a comment.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "SEEN.tsv").write_text("# set\\tfirst run\\nzh-web\\t2026-12-02\\n")
    >>> read_seen(d)
    {'zh-web': '2026-12-02'}
    """
    path = blind_dir / "SEEN.tsv"
    if not path.is_file():
        return {}
    seen = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, date = line.split("\t")[:2]
            seen[name.strip()] = date.strip()
    return seen


def _run_page(path: Path, context: BuildContext) -> tuple[PageFacts | None, str]:
    from graph.pipeline import read_parsed, resolve_parsed

    try:
        resolved = resolve_parsed(read_parsed(path), context)
    except InputError as exc:
        return None, exc.problem
    except RecursionError:
        return None, "text too deeply nested to parse"
    return page_facts(resolved, context.registry), ""


def evaluate_set(set_dir: Path, shared: Path, context: BuildContext,
                 work: Path | None = None) -> SetResult:
    """Generate the pages of one set, run the extractor on each and score it."""
    result = SetResult(set_dir.name)
    with tempfile.TemporaryDirectory(prefix="blind-") as tmp:
        pages = generate_pages(set_dir, shared, Path(work or tmp) / set_dir.name)
        for gold in read_gold(set_dir):
            result.pages += 1
            path = pages.get(gold["page"])
            if path is None:
                result.errors.append(f"{gold['id']}: page {gold['page']} was not generated")
                facts, problem = None, "not generated"
            else:
                facts, problem = _run_page(path, context)
            if gold["refuse"]:
                result.refusals += 1
                ok = facts is None
                result.refused += ok
                if not ok:
                    result.errors.append(f"{gold['id']}: read as {facts.identity}, "
                                         f"should be refused")
                facts = None
            else:
                ok = facts is not None and facts.identity == gold["identity"]
                if not ok:
                    got = facts.identity if facts else f"refused ({problem})"
                    result.errors.append(f"{gold['id']}: identity {got}, gold "
                                         f"{gold['identity']}")
            result.identity += ok
            for measure, (tp, g, f) in score_page(gold, facts).items():
                c = result.counts[measure]
                c[0], c[1], c[2] = c[0] + tp, c[1] + g, c[2] + f
                if tp < max(g, f) and facts is not None:
                    result.errors.append(f"{gold['id']}: {measure} matched {tp} of gold {g}, "
                                         f"found {f}")
    return result


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def format_set(r: SetResult) -> str:
    """The table of one set, with the issue's targets beside.

    >>> print(format_set(SetResult('mini', pages=2, identity=2)))  # doctest: +NORMALIZE_WHITESPACE
    set mini: 2 pages, 0 to refuse (0 refused)
    measure              matched  gold found precision recall     F  target
    identity                   2     2     -     1.000      -     -   1.00
    SC citations               0     0     0     1.000  1.000 1.000   0.99
    documents + GA             0     0     0     1.000  1.000 1.000   0.95
    instruments                0     0     0     1.000  1.000 1.000   0.90
    addressees                 0     0     0     1.000  1.000 1.000   0.90
    """
    if r.skipped:
        return f"set {r.name}: skipped ({r.skipped})"
    status = f" [seen since {r.seen}: development material]" if r.seen else ""
    lines = [f"set {r.name}: {r.pages} pages, {r.refusals} to refuse ({r.refused} refused)"
             f"{status}",
             f"{'measure':20} {'matched':>7} {'gold':>5} {'found':>5} {'precision':>9} "
             f"{'recall':>6} {'F':>5} {'target':>6}",
             f"{'identity':20} {r.identity:7d} {r.pages:5d} {'-':>5} "
             f"{_ratio(r.identity, r.pages):9.3f} {'-':>6} {'-':>5} {TARGETS['identity']:6.2f}"]
    names = {"sc": "SC citations", "docga": "documents + GA", "instrument": "instruments",
             "addressee": "addressees"}
    for m in _MEASURES:
        tp, g, f = r.counts[m]
        p, rec = _ratio(tp, f), _ratio(tp, g)
        fscore = 2 * p * rec / (p + rec) if p + rec else 0.0
        lines.append(f"{names[m]:20} {tp:7d} {g:5d} {f:5d} {p:9.3f} {rec:6.3f} {fscore:5.3f} "
                     f"{TARGETS[m]:6.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the tables of the blind sets (``python -m graph.evaluation.blind [SET ...]``)."""
    root = Path(__file__).resolve().parents[2]
    parser = argparse.ArgumentParser(prog="python -m graph.evaluation.blind",
                                     description="Score the extractor on the blind sets.")
    parser.add_argument("sets", nargs="*", type=Path,
                        help="set folders (default: every folder under tests/blind)")
    parser.add_argument("--shared", type=Path, default=root.parent / "shared")
    parser.add_argument("--errors", action="store_true", help="list each page's differences")
    args = parser.parse_args(argv)
    seen = read_seen(root / "tests" / "blind")
    sets = args.sets or sorted((p for p in (root / "tests" / "blind").glob("*")
                                if (p / "gold.jsonl").is_file()),
                               key=lambda p: (p.name in seen, p.name))
    if not sets:
        print("no blind set found", file=sys.stderr)
        return 0
    shared = args.shared if args.shared.is_dir() else None
    needs_shared = [s for s in sets
                    if any(r["source"] != "own" for r in read_gold(s))]
    if shared is None and needs_shared:
        print(f"{args.shared}: not present; the sets that read ../shared are skipped",
              file=sys.stderr)
    context = record_context(shared)
    for set_dir in sets:
        if shared is None and set_dir in needs_shared:
            print(format_set(SetResult(set_dir.name, skipped=f"needs {args.shared}")))
            continue
        result = evaluate_set(set_dir, shared or args.shared, context)
        result.seen = seen.get(set_dir.name, "") if set_dir.parent.name == "blind" else ""
        print(format_set(result))
        if args.errors:
            for line in result.errors:
                print(f"  {line}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
