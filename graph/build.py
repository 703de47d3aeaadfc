"""Build the graph: inputs -> named graphs -> the build folder (store, Turtle, N-Quads).

Texts are parsed independently (in parallel for large folders), then merged and written
atomically: on any failure the previous build folder is left untouched.

>>> classify(Path('S_RES_0001_1946_EN_GOLD.txt'))
'text'
>>> classify(Path('scact1993_table_en.html'))
'meetings'
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from graph.errors import InputError
from graph.iri import REGISTRY_GRAPH, symbol_from_iri
from graph.model import CitedDocument, Warning
from graph.namespaces import DCTERMS, ELI, UNSC, sparql_prologue
from graph.read import read_source
from graph.registry import Registry, load_registry
from graph.resolve import IssuedStatements, ResolutionYears, resolve
from graph.segment import segment
from graph.store import (
    DEFAULT_GRAPH_KEY,
    GraphSpool,
    atomic_directory,
    count_triples,
    generate_ntriples,
    group_quads,
    nt_term,
    to_ox_quad,
    write_spool,
)
from graph.symbols import (
    document_kind,
    parse_presidential_statement,
    parse_sc_resolution,
    symbol_year,
)
from graph.triples import generate_document_triples, generate_text_triples, text_graph

__all__ = ["build", "build_quads", "build_spool", "classify", "collect_inputs",
           "default_inputs", "BuildSummary", "process_text", "process_text_lines", "Inputs"]

DATA_DIR = Path(__file__).resolve().parents[1] / "data"

Quad = tuple[URIRef, URIRef, object, URIRef]


def default_inputs() -> list[Path]:
    """The bundled default: the texts in ``data/texts``."""
    return [DATA_DIR / "texts"]


@dataclass
class Inputs:
    texts: list[Path] = field(default_factory=list)
    meetings: list[Path] = field(default_factory=list)
    sanctions: list[Path] = field(default_factory=list)
    undl: list[Path] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)
    named: set[Path] = field(default_factory=set)  # files named on the command line


@dataclass
class BuildSummary:
    texts: int = 0
    documents: int = 0
    resolutions_with_text: int = 0
    paragraphs: int = 0
    citations: int = 0
    entities: int = 0
    obligations: int = 0
    triples: int = 0
    quads: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str, str]] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2, sort_keys=True)


def classify(path: Path) -> str | None:
    """Kind of an input file from its name: text, meetings, sanctions, undl or None."""
    name = path.name.lower()
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return "text"
    if suffix in (".html", ".htm"):
        return "meetings"
    if suffix == ".xml":
        return "sanctions"
    if suffix == ".csv":
        return "undl"
    if name.startswith("."):
        return None
    return None


def collect_inputs(paths: Iterable[str | Path]) -> Inputs:
    """Sort the inputs into kinds; folders are walked (sorted, so order on disk never matters)."""
    inputs = Inputs()
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(p, "symbolic link loop or broken link" if p.is_symlink()
                             else "no such file or folder")
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        if p.is_file():
            inputs.named.add(p)
        for f in files:
            kind = classify(f)
            if kind is None:
                if p.is_file():
                    raise InputError(f, "unknown input type (expected .txt, .html, .xml or .csv)")
                inputs.ignored.append(f)
                continue
            getattr(inputs, {"text": "texts"}.get(kind, kind)).append(f)
    for kind in ("texts", "meetings", "sanctions", "undl"):
        setattr(inputs, kind, sorted(set(getattr(inputs, kind))))
    return inputs


_REGISTRY: Registry | None = None
_YEARS: ResolutionYears | None = None
_DATES: dict[str, list[str]] | None = None
#: what the meeting tables say of each resolution: symbol -> (adoption date, meeting number)
_FACTS: dict[str, tuple[str | None, int | None]] = {}
#: the presidential statements the meeting tables list, with their days
_STATEMENTS: IssuedStatements | None = None


def _init_worker(registry_paths: list[Path] | None, years, dates, facts=None,
                 statements: IssuedStatements | None = None) -> None:
    global _REGISTRY, _YEARS, _DATES, _FACTS, _STATEMENTS
    _FACTS = facts or {}
    _REGISTRY = load_registry(registry_paths)
    _YEARS, _DATES, _STATEMENTS = years, dates, statements


def process_text(path: Path) -> tuple[list[tuple], dict, list[Warning]]:
    """Read, segment, find, resolve one text; return its quads (as plain tuples), counts and
    warnings. Raises :class:`InputError` for a text that cannot be used."""
    assert _REGISTRY is not None
    source = read_source(path)
    parsed = segment(source)
    table_warnings = _apply_table_facts(parsed)
    dates = _DATES

    def on(day):
        return (dates or {}).get(day.isoformat(), [])

    resolved = resolve(parsed, _REGISTRY, years=_YEARS, resolutions_on=on if dates else None,
                       statements=_STATEMENTS)
    g = text_graph(resolved)
    quads = [(s, p, o, g) for s, p, o in generate_text_triples(resolved, _REGISTRY)]
    counts = {
        "symbol": parsed.header.symbol,
        "paragraphs": len(parsed.paragraphs),
        "citations": len(resolved.citations),
        "obligations": len(resolved.obligations),
    }
    return quads, counts, parsed.warnings + table_warnings + resolved.warnings


def _apply_table_facts(parsed) -> list[Warning]:
    """Where the meeting tables and a text's heading disagree on the adoption date or the
    meeting (OCR slips in old texts), the tables win; the disagreement is a warning."""
    h = parsed.header
    facts = _FACTS.get(h.symbol)
    if not facts:
        return []
    out = []
    day, meeting = facts
    if day and h.adopted is not None and h.adopted.isoformat() != day:
        out.append(Warning(str(parsed.source.path), "heading", f"the text says adopted on "
                           f"{h.adopted}, the meeting tables {day}: the tables' date is kept"))
    if day:
        h.adopted = date.fromisoformat(day)
    if meeting and h.meeting is not None and h.meeting != meeting:
        out.append(Warning(str(parsed.source.path), "heading", f"the text says meeting "
                           f"{h.meeting}, the meeting tables {meeting}: the tables' is kept"))
    if meeting:
        h.meeting = meeting
    return out


def _table_facts(quads: list[ox.Quad]) -> tuple[dict[str, tuple[str | None, int | None]],
                                                IssuedStatements | None]:
    """What the meeting tables' quads say, read in one pass: the adoption date and meeting of
    each resolution, and the presidential statements with their days (``None`` without any:
    nothing to check citations against)."""
    dates: dict[str, str] = {}
    meetings: dict[str, int] = {}
    date_p, at_p = str(ELI.date_document), str(UNSC.adoptedAt)
    for q in quads:
        p = q.predicate.value
        if p == date_p:
            dates[q.subject.value] = q.object.value
        elif p == at_p:
            meetings[q.subject.value] = int(q.object.value.rsplit("/", 1)[1])
    facts: dict[str, tuple[str | None, int | None]] = {}
    statement_days: dict[str, date] = {}
    for iri in set(dates) | set(meetings):
        try:
            symbol = symbol_from_iri(iri)
        except ValueError:  # not a document
            continue
        if parse_sc_resolution(symbol):
            facts[symbol] = (dates.get(iri), meetings.get(iri))
        elif iri in dates and parse_presidential_statement(symbol):
            statement_days[symbol] = date.fromisoformat(dates[iri])
    return facts, (IssuedStatements.from_dates(statement_days) if statement_days else None)


def process_text_lines(path: Path) -> tuple[str, bytes, dict, list[Warning]]:
    """Like :func:`process_text`, but return the text's graph (its N-Triples form) and its
    triples as N-Triples data: cheap to send back from a worker process."""
    quads, counts, warnings = process_text(path)
    graph = nt_term(quads[0][3]) if quads else ""
    return graph, generate_ntriples(q[:3] for q in quads), counts, warnings


def _registry_quads(registry: Registry) -> list[tuple]:
    """The registry, plus a node for every document it points to (establishing resolutions,
    adopting resolutions) that it does not describe itself."""
    quads = [(s, p, o, REGISTRY_GRAPH) for s, p, o in registry.graph]
    described = set(registry.graph.subjects(DCTERMS.identifier, None))
    pointed = {o for p in (UNSC.establishedBy, UNSC.continuedBy, UNSC.adoptedIn)
               for o in registry.graph.objects(None, p)}
    for doc in sorted(pointed - described):
        symbol = symbol_from_iri(doc)
        parts = parse_sc_resolution(symbol)
        cited = CitedDocument(symbol, document_kind(symbol), year=symbol_year(symbol),
                              number=parts[0] if parts else None)
        quads.extend((s, p, o, REGISTRY_GRAPH) for s, p, o in generate_document_triples(cited))
    return quads


def build_quads(
    inputs: Inputs,
    *,
    registry_paths: list[Path] | None = None,
    workers: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> tuple[list[ox.Quad], BuildSummary]:
    """Parse every input and return the quads of the whole graph with a summary."""
    quads: list[ox.Quad] = []
    with GraphSpool() as spool:
        summary = build_spool(inputs, spool, registry_paths=registry_paths, workers=workers,
                              progress=progress)
        for key in spool.graphs():
            g = ox.DefaultGraph() if key == DEFAULT_GRAPH_KEY else ox.NamedNode(key[1:-1])
            quads.extend(ox.Quad(t.subject, t.predicate, t.object, g) for t in ox.parse(
                input=spool.read_graph(key), format=ox.RdfFormat.N_TRIPLES))
    return quads, summary


def build_spool(
    inputs: Inputs,
    spool: GraphSpool,
    *,
    registry_paths: list[Path] | None = None,
    workers: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> BuildSummary:
    """Parse every input into *spool* (N-Triples by named graph, on disk) and return the
    summary: the form of :func:`build_quads` that :func:`build` uses."""
    summary = BuildSummary()
    t0 = time.perf_counter()
    registry = load_registry(registry_paths)
    _add_quads(spool, [to_ox_quad(q[:3], q[3]) for q in _registry_quads(registry)])

    extra_quads, years, dates = _source_quads(inputs, summary, registry)
    facts, statements = _table_facts(extra_quads)
    summary.seconds["sources"] = round(time.perf_counter() - t0, 3)

    t1 = time.perf_counter()
    texts = inputs.texts
    n_workers = workers if workers is not None else (min(2, os.cpu_count() or 1)
                                                     if len(texts) >= 40 else 1)
    symbols_seen: dict[tuple[str, str], Path] = {}

    def take(i: int, p: Path, res: object) -> None:
        _progress(progress, i, len(texts))
        if isinstance(res, InputError):
            if p in inputs.named:
                raise res
            summary.skipped.append((str(p), res.problem))
            return
        graph, data, counts, warnings = res  # type: ignore[misc]
        key = (counts["symbol"], graph)
        if key in symbols_seen:
            problem = f"same resolution and language as {symbols_seen[key]}"
            if p in inputs.named:
                raise InputError(p, problem)
            summary.skipped.append((str(p), problem))
            return
        symbols_seen[key] = p
        summary.texts += 1
        summary.paragraphs += counts["paragraphs"]
        summary.citations += counts["citations"]
        summary.obligations += counts["obligations"]
        summary.warnings.extend((w.path, w.paragraph, w.message) for w in warnings)
        spool.add(graph, data, is_sorted=True)

    if n_workers > 1:
        with ProcessPoolExecutor(n_workers, initializer=_init_worker,
                                 initargs=(registry_paths, years, dates, facts,
                                           statements)) as pool:
            # results come back in input order and are spooled at once, never all held
            results = pool.map(_safe_process, texts, chunksize=4)
            for i, (p, res) in enumerate(zip(texts, results), 1):
                take(i, p, res)
    else:
        global _REGISTRY, _YEARS, _DATES, _FACTS, _STATEMENTS
        _REGISTRY, _YEARS, _DATES, _FACTS, _STATEMENTS = registry, years, dates, facts, statements
        for i, p in enumerate(texts, 1):
            take(i, p, _safe_process(p))
    _add_quads(spool, extra_quads)
    summary.seconds["texts"] = round(time.perf_counter() - t1, 3)
    return summary


def _add_quads(spool: GraphSpool, quads: list[ox.Quad]) -> None:
    for key, chunks in group_quads(quads).items():
        for chunk in chunks:
            spool.add(key, chunk)


def _progress(progress: Callable[[str], None] | None, i: int, n: int) -> None:
    if progress is not None and n >= 50 and (i % 100 == 0 or i == n):
        progress(f"parsed {i}/{n} texts")


def _safe_process(path: Path):
    try:
        return process_text_lines(path)
    except InputError as exc:
        return exc
    except RecursionError:
        return InputError(path, "text too deeply nested to parse")


def _source_quads(inputs: Inputs, summary: BuildSummary, registry: Registry):
    """Quads from the meeting tables, the UNDL record table and the sanctions list."""
    quads: list[ox.Quad] = []
    years: ResolutionYears | None = None
    dates: dict[str, list[str]] | None = None
    if inputs.meetings:
        from graph.sources.meetings import build_meeting_sources

        mq, years, dates = build_meeting_sources(inputs.meetings, inputs.undl, inputs.named,
                                                 summary.skipped, summary.warnings)
        quads.extend(mq)
    elif inputs.undl:
        _refuse_undl_alone(inputs, summary)
    if inputs.sanctions:
        from graph.sources.sanctions import build_sanctions_sources

        quads.extend(build_sanctions_sources(inputs.sanctions, registry.graph,
                                             named=inputs.named, skipped=summary.skipped))
    return quads, years, dates


def _refuse_undl_alone(inputs: Inputs, summary: BuildSummary) -> None:
    """A UNDL record table links resolution numbers to library records; only the meeting
    tables tell each number's year, so without them it cannot be used. Each table is still
    read, so that a damaged one is reported as such; then it is refused (given by name) or
    skipped (in a folder)."""
    from graph.sources.undl import read_undl_records

    for p in inputs.undl:
        try:
            read_undl_records(p)
            problem = ("a UNDL record table needs the meeting tables (scact<year>_table_en.html) "
                       "to tell each resolution's year: give them too")
        except InputError as exc:
            problem = exc.problem
        if p in inputs.named:
            raise InputError(p, problem)
        summary.skipped.append((str(p), problem))


def _summarise(store: ox.Store, summary: BuildSummary, triples: int | None = None) -> None:
    def one(q: str) -> int:
        return int(next(iter(store.query(q)))["n"].value)

    prefix = sparql_prologue()
    summary.documents = one(prefix + "SELECT (COUNT(DISTINCT ?d) AS ?n) "
                            "{ GRAPH ?g { ?d dcterms:identifier ?id } }")
    summary.resolutions_with_text = summary.texts
    summary.entities = one(prefix + "SELECT (COUNT(DISTINCT ?e) AS ?n) "
                           "{ GRAPH ?g { ?m unsc:mentionOf ?e } }")
    summary.triples = count_triples(store) if triples is None else triples
    summary.quads = len(store)


def build(
    paths: Iterable[str | Path] | None,
    out_dir: str | Path = "build",
    *,
    registry_paths: list[Path] | None = None,
    workers: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> BuildSummary:
    """Build the graph from *paths* (default: the bundled data) into *out_dir*, atomically."""
    inputs = collect_inputs(paths or default_inputs())
    if not (inputs.texts or inputs.meetings or inputs.sanctions):
        raise InputError(", ".join(str(p) for p in (paths or default_inputs())),
                         "no resolution texts, meeting tables or sanctions list found")
    with GraphSpool() as spool:
        summary = build_spool(inputs, spool, registry_paths=registry_paths, workers=workers,
                              progress=progress)
        if inputs.texts and summary.texts == 0 and not (inputs.meetings or inputs.sanctions):
            raise InputError(inputs.texts[0] if len(inputs.texts) == 1 else "inputs",
                             "no usable resolution text: " + "; ".join(
                                 f"{p}: {m}" for p, m in summary.skipped[:3]))
        t = time.perf_counter()
        with atomic_directory(Path(out_dir)) as tmp:
            store, n_triples = write_spool(tmp, spool)
            _summarise(store, summary, n_triples)
            summary.seconds["store"] = round(time.perf_counter() - t, 3)
            (tmp / "summary.json").write_text(summary.to_json() + "\n", encoding="utf-8")
            del store
    return summary


def print_progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


