"""Build the graph: inputs -> typed records -> triples in named graphs -> the build folder.

The flow runs one way::

    files --sources--> records (texts: ParsedText; tables: MeetingRecord, VetoedDraft;
                                 UNDL records; the sanctions list; adoption data)
          --pipeline--> per text: its own graphs + catalogue records
          --catalogue--> documents and meetings merged, each once
          --emit-------> triples by named graph --spool--> store, graph.nq, graph.ttl

The named graphs, each triple in exactly one of them (so that the union counts every fact
once and queries read it as their default graph):

============================  ================================================================
``id:graph/ontology``         the ontology (classes and properties, for queries over them)
``id:graph/registry``         the curated registry: entities and verbs, names in en and zh
``id:graph/catalogue``        every document and meeting, merged from all sources
``id:graph/entities``         entities many texts name that the registry does not hold
``id:graph/meetings``         the library's tables beyond the catalogue: vetoes, UNDL records
``id:graph/sanctions``        the consolidated sanctions list: regimes and listed entities
``id:graph/votes``            how each member State voted, and who sponsored the draft
``id:graph/doc/<symbol>``     what the texts of one document say, in any language
``id:graph/<lang>/<symbol>``  one source text: its wording and the spans facts were found at
============================  ================================================================

Texts are processed independently (in worker processes for large folders), each with the
same explicit :class:`~graph.context.BuildContext`; everything is written atomically: on any
failure the previous build folder is left untouched.

>>> classify(Path('S_RES_0001_1946_EN_GOLD.txt'))
'text'
>>> classify(Path('scact1993_table_en.html'))
'meetings'
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import multiprocessing
import os
import re
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from graph import cache as cache_mod
from graph.cache import BuildCache
from graph.catalogue import (
    merge_documents,
    merge_meetings,
    registry_documents,
    table_documents,
    table_meetings,
    veto_documents,
)
from graph.context import BuildContext, record_facts
from graph.emit.catalogue import generate_document_triples, generate_meeting_triples
from graph.emit.library import generate_undl_triples, generate_veto_triples
from graph.errors import InputError
from graph.files import atomic_directory, folder_lock
from graph.inputs import check_regular, read_head
from graph.iri import (
    CATALOGUE_GRAPH,
    ENTITIES_GRAPH,
    MEETINGS_GRAPH,
    ONTOLOGY_GRAPH,
    REGISTRY_GRAPH,
    SANCTIONS_GRAPH,
    VOTES_GRAPH,
    document_graph_iri,
)
from graph.languages import merge_languages
from graph.model import (
    AdoptionRecord,
    DocumentRecord,
    MeetingFact,
    MeetingRecord,
    VetoedDraft,
    Warning,
)
from graph.namespaces import RDF, UNSC, sparql_prologue
from graph.ntriples import generate_ntriples, nt_term, sort_lines
from graph.pipeline import TextResult, process_text
from graph.progress import Progress
from graph.progress import progress as progress_bar
from graph.read import LANGUAGE_NAMES
from graph.registry import Registry, load_registry
from graph.resources import default_text_dir
from graph.spool import GraphSpool
from graph.store import SUMMARY_FILE, is_build_folder, write_spool
from graph.vocab import ontology_graph

__all__ = ["build", "classify", "collect_inputs", "default_inputs", "BuildSummary", "Inputs",
           "SourceRecords", "read_sources", "SHARED_GRAPHS"]

#: the shared graphs in the order a triple stated in several of them is kept in the first
SHARED_GRAPHS = (ONTOLOGY_GRAPH, REGISTRY_GRAPH, CATALOGUE_GRAPH, MEETINGS_GRAPH,
                 SANCTIONS_GRAPH, VOTES_GRAPH)


def default_inputs() -> list[Path]:
    """The bundled default: the texts shipped with the package (the seed)."""
    return [default_text_dir()]


@dataclass
class Inputs:
    """The input files by kind (see :func:`classify`), each list sorted."""

    texts: list[Path] = field(default_factory=list)
    akn: list[Path] = field(default_factory=list)
    meetings: list[Path] = field(default_factory=list)
    sanctions: list[Path] = field(default_factory=list)
    undl: list[Path] = field(default_factory=list)
    adoptions: list[Path] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)
    named: set[Path] = field(default_factory=set)  # files named on the command line

    def documents(self) -> list[tuple[Path, str]]:
        """The inputs the text pipeline reads, with their kind."""
        return sorted([(p, "text") for p in self.texts] + [(p, "akn") for p in self.akn])


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

    def warn(self, warnings: Iterable[Warning]) -> None:
        self.warnings.extend((w.path, w.paragraph, w.message) for w in warnings)


_SUFFIX_KINDS = {".txt": "text", ".html": "meetings", ".htm": "meetings", ".csv": "undl",
                 ".json": "adoptions", ".jsonl": "adoptions"}


def classify(path: Path) -> str | None:
    """Kind of an input file: text, akn, meetings, sanctions, undl, adoptions, or ``None``.

    From the suffix; an ``.xml`` file is the UN's Akoma Ntoso text or the sanctions list,
    told apart by its first bytes.
    """
    suffix = path.suffix.lower()
    if suffix == ".xml":
        return "akn" if _sniff(path, b"akomaNtoso") else "sanctions"
    return _SUFFIX_KINDS.get(suffix)


def _sniff(path: Path, marker: bytes, size: int = 4096) -> bool:
    return marker in read_head(path, size)  # never opens a FIFO or a device


def collect_inputs(paths: Iterable[str | Path]) -> Inputs:
    """Sort the inputs into kinds; folders are walked (sorted, so order on disk never matters)."""
    inputs = Inputs()
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(p, "symbolic link loop or broken link" if p.is_symlink()
                             else "no such file or folder")
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        if not p.is_dir():
            check_regular(p)  # a FIFO or a device named as an input is refused, never opened
            inputs.named.add(p)
        for f in files:
            kind = classify(f)
            if kind is None:
                if not p.is_dir():
                    raise InputError(f, "unknown input type (expected .txt, .xml, .html, .csv "
                                        "or .json)")
                inputs.ignored.append(f)
                continue
            getattr(inputs, {"text": "texts"}.get(kind, kind)).append(f)
    for kind in ("texts", "akn", "meetings", "sanctions", "undl", "adoptions"):
        setattr(inputs, kind, sorted(set(getattr(inputs, kind))))
    return inputs


# --- sources other than texts ----------------------------------------------------------------


@dataclass
class SourceRecords:
    """What the sources other than texts hold, as records."""

    meetings: list[MeetingRecord] = field(default_factory=list)
    vetoes: list[VetoedDraft] = field(default_factory=list)
    undl: dict[int, str] = field(default_factory=dict)
    adoptions: list[AdoptionRecord] = field(default_factory=list)
    sanctions: object | None = None  # graph.model.SanctionsList
    documents: list[DocumentRecord] = field(default_factory=list)
    meeting_facts: list[MeetingFact] = field(default_factory=list)


def _refuse(inputs: Inputs, summary: BuildSummary, path: Path, problem: str) -> None:
    """A file that cannot be used: an error when it was named, else skipped with the reason."""
    if path in inputs.named:
        raise InputError(path, problem)
    summary.skipped.append((str(path), problem))


def read_sources(inputs: Inputs, summary: BuildSummary) -> SourceRecords:
    """Read the meeting tables, the veto list, the UNDL record tables, the adoption data and
    the sanctions list into records; unusable files are refused by name or skipped."""
    from graph.sources.meetings import meeting_gaps, read_table_file

    out = SourceRecords()
    found: list[Warning] = []
    tables: list[tuple[str, list[MeetingRecord]]] = []
    for p in inputs.meetings:
        read = read_table_file(p, found)
        if isinstance(read, InputError):
            _refuse(inputs, summary, p, read.problem)
        elif read[0] == "vetoes":
            out.vetoes.extend(read[1])
        else:
            out.meetings.extend(read[1])
            tables.append((str(p), read[1]))
    summary.warn(found + meeting_gaps(tables))
    if inputs.undl:
        from graph.sources.undl import read_undl_records

        for p in inputs.undl:
            try:
                records = read_undl_records(p)
            except InputError as exc:
                _refuse(inputs, summary, p, exc.problem)
                continue
            if not (out.meetings or inputs.adoptions):
                _refuse(inputs, summary, p, "a UNDL record table needs the meeting tables "
                        "(scact<year>_table_en.html) or the adoption data to tell each "
                        "resolution's year: give them too")
                continue
            out.undl.update(records)
    if inputs.adoptions:
        from graph.sources.extract import read_adoption_records

        for p in inputs.adoptions:
            try:
                out.adoptions.extend(read_adoption_records(p))
            except InputError as exc:
                _refuse(inputs, summary, p, exc.problem)
    if inputs.sanctions:
        from graph.sources.sanctions import read_sanctions_list

        lists = []
        for p in inputs.sanctions:
            try:
                lists.append(read_sanctions_list(p))
            except InputError as exc:
                _refuse(inputs, summary, p, exc.problem)
        if lists:  # with several, the newest list (then the last path) is used
            out.sanctions = max(lists, key=lambda s: (s.generated, s.path))
    out.documents = table_documents(out.meetings)
    out.meeting_facts = table_meetings(out.meetings)
    veto_docs, veto_meetings = veto_documents(out.vetoes)
    out.documents += veto_docs
    out.meeting_facts += veto_meetings
    return out


# --- texts -----------------------------------------------------------------------------------

_WORKER_CONTEXT: list[BuildContext] = []  # the context of a worker process, set once


def _start_worker(context: BuildContext, parent: int) -> None:
    _WORKER_CONTEXT[:] = [context]
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to end this worker when the build that started it (process *parent*)
    dies (Linux); a build that died before the request, while the worker started, has
    already left it to another parent: the worker ends at once instead of waiting forever for
    work."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)


def _process_in_worker(item: tuple[Path, str]) -> bytes:
    return _process_pickled(item, _WORKER_CONTEXT[0])


def _process(item: tuple[Path, str], context: BuildContext) -> TextResult | InputError:
    path, kind = item
    try:
        return process_text(path, context, kind)
    except InputError as exc:
        return exc


def _process_pickled(item: tuple[Path, str], context: BuildContext) -> bytes:
    """The result of one text pickled where it was made: the cache keeps these bytes, so a
    text gives the same entry in a worker and in the build's own process."""
    return cache_mod.dumps(_process(item, context))


def _process_texts(inputs: Inputs, context: BuildContext, workers: int | None, bar: Progress,
                   cache: BuildCache, context_key: str):
    """Yield ``(path, TextResult or InputError)`` for every text, in input order: from the
    cache when the previous build read the same text under the same context, else processed
    (in worker processes when there are many) and kept in the new cache."""
    items = inputs.documents()
    keys = [cache_mod.text_key(context_key, kind, path, cache_mod.file_digest(path))
            for path, kind in items]
    todo = [item for item, key in zip(items, keys) if not cache.has(key)]
    n = workers if workers is not None else (min(2, os.cpu_count() or 1)
                                             if len(todo) >= 40 else 1)
    with contextlib.ExitStack() as stack:
        if n > 1 and todo:
            # forked workers: their parent is the build, which _die_with_parent checks
            pool = stack.enter_context(ProcessPoolExecutor(
                n, mp_context=multiprocessing.get_context("fork"),
                initializer=_start_worker, initargs=(context, os.getpid())))
            # results come back in input order and are spooled at once, never all held
            made = pool.map(_process_in_worker, todo, chunksize=4)
        else:
            made = (_process_pickled(item, context) for item in todo)
        for item, key in zip(items, keys):
            data = cache.get(key)
            if data is None:
                data = next(made)
                cache.put(key, data)
            bar.update(1)
            try:
                result = cache_mod.loads(data)
            except Exception:  # a damaged entry of the previous build: made again
                data = _process_pickled(item, context)
                cache.put(key, data)
                result = cache_mod.loads(data)
            yield item[0], result


def _bar(total: int, desc: str, unit: str, show: bool):
    """A progress bar on standard error when *show* and it is a terminal (else silent)."""
    return progress_bar(total, desc, unit=unit, stream=None if show else io.StringIO())


def _language_key(symbol: str, lang: str) -> str:
    """The spool's key for one language's share of a document graph, until they are merged."""
    return f"{nt_term(document_graph_iri(symbol))} {lang}"


_PREF_LABEL = re.compile(
    rb'^(<[^>]*>) <http://www\.w3\.org/2004/02/skos/core#prefLabel> ("(?:[^"\\]|\\.)*")'
    rb'@([A-Za-z0-9-]+) \.$')


def settle_preferred_labels(ntriples: bytes) -> bytes:
    """The entities graph with one ``skos:prefLabel`` per node and language: an entity found
    in several texts is minted from each with the name as that text writes it (``All-inclusive
    Agreement``, ``all-inclusive agreement``); the first name in code-point order stays
    preferred, the others become ``skos:altLabel``. Sorted distinct N-Triples in and out.

    >>> pref = '<http://www.w3.org/2004/02/skos/core#prefLabel>'
    >>> lines = [f'<e> {pref} "b"@en .', f'<e> {pref} "A"@en .', '']
    >>> for line in settle_preferred_labels('\\n'.join(lines).encode()).decode().split():
    ...     print(line) if line.startswith('<http') else None
    <http://www.w3.org/2004/02/skos/core#altLabel>
    <http://www.w3.org/2004/02/skos/core#prefLabel>
    """
    lines = ntriples.split(b"\n")
    first: dict[tuple[bytes, bytes], bytes] = {}
    for line in lines:
        m = _PREF_LABEL.match(line)
        if m:
            key = (m.group(1), m.group(3).lower())
            if key not in first or m.group(2) < first[key]:
                first[key] = m.group(2)
    out = []
    for line in lines:
        m = _PREF_LABEL.match(line)
        if m and first[(m.group(1), m.group(3).lower())] != m.group(2):
            line = line.replace(b"/skos/core#prefLabel>", b"/skos/core#altLabel>", 1)
        out.append(line)
    return sort_lines(b"\n".join(out))


def _settle_entities(spool: GraphSpool) -> None:
    """One preferred label per node and language in the entities graph the texts wrote."""
    key = nt_term(ENTITIES_GRAPH)
    if key in spool.blocks:
        data = spool.read_graph(key)
        settled = settle_preferred_labels(data)
        if settled != data:
            spool.drop(key)
            spool.add(key, settled, is_sorted=True)


def _merge_languages(spool: GraphSpool, texts: dict[tuple[str, str], str],
                     summary: BuildSummary, cache: BuildCache) -> None:
    """Merge the document graph of each document read in several languages (see
    :mod:`graph.languages`); a disagreement is a warning naming the preferred text. A merge
    of the same graphs as the previous build's is taken from its memo."""
    old_memo = cache.get_memo("languages")
    memo: dict[str, tuple] = {}
    by_symbol: dict[str, list[str]] = {}
    for symbol, lang in texts:
        by_symbol.setdefault(symbol, []).append(lang)
    for symbol in sorted(by_symbol):
        graph = nt_term(document_graph_iri(symbol))
        langs = by_symbol[symbol]
        if len(langs) == 1:
            spool.rename(_language_key(symbol, langs[0]), graph)
            continue
        given = {lang: spool.read_graph(_language_key(symbol, lang)) for lang in langs}
        h = hashlib.sha256()
        for lang, data in given.items():
            h.update(f"{lang} {len(data)}\n".encode() + data)
        key = h.hexdigest()
        data, disagreements = memo[key] = old_memo.get(key) or merge_languages(given)
        for lang in langs:
            spool.drop(_language_key(symbol, lang))
        spool.add(graph, data, is_sorted=True)
        for d in disagreements:
            summary.warnings.append((texts[(symbol, d.kept)], _label(d.subject), (
                f"{LANGUAGE_NAMES.get(d.dropped, d.dropped)} text: {_short(d.predicate)} "
                f"{_short(d.dropped_value)}; {LANGUAGE_NAMES.get(d.kept, d.kept)} text: "
                f"{_short(d.kept_value)}; the {LANGUAGE_NAMES.get(d.kept, d.kept)} is kept")))
    cache.put_memo("languages", memo)


def _label(subject: str) -> str:
    """The paragraph label in a node's IRI (``…/OP4/cites/…`` -> ``OP4``), else the IRI."""
    m = re.search(r"/((?:PP|OP|P|AN)\d+)(?:/|>)", subject)
    return m.group(1) if m else subject.strip("<>")


def _short(term: str) -> str:
    """A term of N-Triples shortened for a message: an IRI's last part, a literal's text."""
    if term.startswith("<"):
        return re.split(r"[/#]", term.strip("<>"))[-1]
    return ", ".join(re.sub(r'^"(.*)"(\^\^<[^>]*>|@[\w-]+)?$', r"\1", t)
                     for t in term.split(", "))


# --- the shared graphs -----------------------------------------------------------------------


def _registry_triples(registry: Registry, documents: set[URIRef]) -> Graph | list:
    """The registry's triples, without the documents it describes (the catalogue holds
    them)."""
    return [t for t in registry.graph if t[0] not in documents]


def _catalogue_lines(documents: list[DocumentRecord], meetings: list[MeetingFact],
                     cache: BuildCache) -> bytes:
    """The catalogue's sorted N-Triples: each merged entry's lines from the previous
    build's (kept by the entry itself, a frozen record) or made now; the new cache keeps the
    entries of this build. The same bytes as :func:`generate_ntriples` of
    :func:`graph.emit.catalogue.generate_catalogue_triples`."""
    old = cache.get_memo("catalogue")
    new: dict = {}
    for record in [*documents, *meetings]:
        lines = old.get(record)
        if lines is None:
            lines = generate_ntriples(generate_document_triples(record)
                                      if isinstance(record, DocumentRecord)
                                      else generate_meeting_triples(record))
        new[record] = lines
    cache.put_memo("catalogue", new)
    return sort_lines(b"".join(new.values()))


def _shared_graphs(sources: SourceRecords, registry: Registry, documents: list[DocumentRecord],
                   meetings: list[MeetingFact], registry_docs: set[URIRef],
                   summary: BuildSummary, cache: BuildCache) -> dict[URIRef, list | bytes]:
    graphs: dict[URIRef, list | bytes] = {
        ONTOLOGY_GRAPH: list(ontology_graph()),
        REGISTRY_GRAPH: _registry_triples(registry, registry_docs),
        CATALOGUE_GRAPH: _catalogue_lines(documents, meetings, cache),
    }
    library = list(generate_veto_triples(
        sources.vetoes, set(registry.graph.subjects(RDF.type, UNSC.State))))
    if sources.undl:
        from graph.sources.meetings import resolution_symbols

        symbols = resolution_symbols(sources.meetings)
        for a in sources.adoptions:
            number = a.symbol.removeprefix("S/RES/").split(" ", 1)[0]
            if number.isdigit():
                symbols.setdefault(int(number), a.symbol)
        library += generate_undl_triples(sources.undl, symbols)
    graphs[MEETINGS_GRAPH] = library
    return graphs


def _spool_shared(spool: GraphSpool, graphs: dict[URIRef, list | bytes]) -> None:
    """Add the shared graphs (rdflib triples, or sorted N-Triples), each triple only to the
    first graph (in :data:`SHARED_GRAPHS` order) that states it."""
    seen: set[bytes] = set()
    for g in SHARED_GRAPHS:
        triples = graphs.get(g, ())
        data = triples if isinstance(triples, bytes) else generate_ntriples(triples)
        lines = [line for line in data.split(b"\n") if line and line not in seen]
        seen.update(lines)
        if lines:
            spool.add(nt_term(g), b"\n".join(lines) + b"\n", is_sorted=True)


def _summarise(store, summary: BuildSummary) -> None:
    def one(q: str) -> int:
        return int(next(iter(store.query(sparql_prologue() + q,
                                         use_default_graph_as_union=True)))["n"].value)

    summary.documents = one("SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d dcterms:identifier ?id }")
    summary.resolutions_with_text = one("SELECT (COUNT(DISTINCT ?d) AS ?n) "
                                        "{ ?d prov:wasDerivedFrom ?s . ?s unsc:sha256 ?h }")
    summary.paragraphs = one("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p eli:is_part_of ?d ; "
                             "eli:number ?l }")
    summary.citations = one("SELECT (COUNT(*) AS ?n) { ?c a cito:Citation }")
    summary.obligations = one("SELECT (COUNT(*) AS ?n) { ?o a unsc:Obligation }")
    summary.entities = one("SELECT (COUNT(DISTINCT ?e) AS ?n) { ?m unsc:mentionOf ?e }")


def build(
    paths: Iterable[str | Path] | None,
    out_dir: str | Path = "build",
    *,
    registry_paths: list[Path] | None = None,
    workers: int | None = None,
    progress: bool = True,
    incremental: bool = True,
) -> BuildSummary:
    """Build the graph from *paths* (default: the bundled data) into *out_dir*, atomically.

    Parameters
    ----------
    paths
        Files and folders: resolution texts (``.txt``), the UN's Akoma Ntoso texts and the
        sanctions list (``.xml``), meeting tables and the veto list (``.html``), UNDL record
        tables (``.csv``), adoption data (``.json``). Folders are walked.
    out_dir
        The build folder, replaced only when the build succeeds.
    registry_paths
        Registry files instead of the bundled registry.
    workers
        Processes for the texts (default: up to 2 for 40 texts or more, else 1).
    progress
        Show bars for the steps on standard error when it is a terminal (never otherwise).
    incremental
        Reuse what the build already in *out_dir* computed (its ``cache/``, see
        :mod:`graph.cache`): only the inputs that changed are read and processed, and the
        store is updated by the graphs that changed. The output is the same bytes as a full
        build's. ``False`` ignores the previous build (the new one still keeps a cache).

    Returns
    -------
    BuildSummary
        Counts, skipped inputs and warnings (also written to ``summary.json``).
    """
    with folder_lock(Path(out_dir)):
        return _build(paths, out_dir, registry_paths=registry_paths, workers=workers,
                      progress=progress, incremental=incremental)


def _sources_key(inputs: Inputs) -> str:
    """The cache key of the sources other than texts: the code and each such input's kind,
    path, content and whether it was named (a named file that cannot be used is an error)."""
    h = hashlib.sha256(cache_mod.code_version().encode())
    for kind in ("meetings", "sanctions", "undl", "adoptions"):
        for p in getattr(inputs, kind):
            h.update(f"{kind}\n{p}\n{p in inputs.named}\n{cache_mod.file_digest(p)}\n"
                     .encode())
    return h.hexdigest()


def _read_sources_cached(inputs: Inputs, summary: BuildSummary,
                         cache: BuildCache) -> SourceRecords:
    """:func:`read_sources`, or its records from the previous build when those inputs are
    the same."""
    key = _sources_key(inputs)
    cached = cache.get_sources(key)
    if cached is None:
        part = BuildSummary()
        sources = read_sources(inputs, part)
        cache.put_sources(key, (sources, part.skipped, part.warnings))
    else:
        sources, skipped, warnings = cached
        part = BuildSummary(skipped=skipped, warnings=warnings)
    summary.skipped.extend(part.skipped)
    summary.warnings.extend(part.warnings)
    return sources


def _build(paths: Iterable[str | Path] | None, out_dir: str | Path, *,
           registry_paths: list[Path] | None, workers: int | None,
           progress: bool, incremental: bool = True) -> BuildSummary:
    given = list(paths) if paths else default_inputs()
    inputs = collect_inputs(given)
    if not (inputs.texts or inputs.akn or inputs.meetings or inputs.sanctions
            or inputs.adoptions):
        raise InputError(", ".join(str(p) for p in given),
                         "no resolution texts, meeting tables, adoption data or sanctions list "
                         "found")
    out = Path(out_dir)
    previous = out if incremental and is_build_folder(out) else None
    with atomic_directory(out, is_build_folder, "build folder") as tmp:
        summary = _build_into(tmp, previous, inputs, registry_paths=registry_paths,
                              workers=workers, progress=progress)
    return summary


def _build_into(tmp: Path, previous: Path | None, inputs: Inputs, *,
                registry_paths: list[Path] | None, workers: int | None,
                progress: bool) -> BuildSummary:
    cache = BuildCache(previous, tmp)
    summary = BuildSummary()
    t0 = time.perf_counter()
    registry = load_registry(registry_paths)
    sources = _read_sources_cached(inputs, summary, cache)
    context = BuildContext(registry, record_facts(sources.meetings, sources.adoptions))
    ctx_key = cache_mod.context_key(registry_paths, context.record)
    cache.key = hashlib.sha256(f"{_sources_key(inputs)} {ctx_key}".encode()).hexdigest()
    reg_docs, reg_nodes = registry_documents(registry.graph)
    documents = reg_docs + sources.documents
    meeting_facts = list(sources.meeting_facts)
    summary.seconds["sources"] = round(time.perf_counter() - t0, 3)

    with GraphSpool() as spool:
        t1 = time.perf_counter()
        seen: dict[tuple[str, str], str] = {}
        with _bar(len(inputs.documents()), "texts", "text", progress) as bar:
            for path, res in _process_texts(inputs, context, workers, bar, cache, ctx_key):
                if isinstance(res, InputError):
                    _refuse(inputs, summary, path, res.problem)
                    continue
                key = (res.symbol, res.lang)
                if key in seen:
                    _refuse(inputs, summary, path,
                            f"same document and language as {seen[key]}")
                    continue
                seen[key] = str(path)
                summary.texts += 1
                summary.warn(res.warnings)
                for graph, data in res.graphs.items():
                    spool.add(graph, data, is_sorted=True)
                spool.add(_language_key(res.symbol, res.lang), res.document, is_sorted=True)
                documents += res.documents
                meeting_facts += res.meetings
        _merge_languages(spool, seen, summary, cache)
        _settle_entities(spool)
        summary.seconds["texts"] = round(time.perf_counter() - t1, 3)
        if (inputs.texts or inputs.akn) and summary.texts == 0 and not (
                inputs.meetings or inputs.sanctions or inputs.adoptions):
            only = inputs.documents()
            raise InputError(only[0][0] if len(only) == 1 else "inputs",
                             "no usable resolution text: " + "; ".join(
                                 f"{p}: {m}" for p, m in summary.skipped[:3]))

        t2 = time.perf_counter()
        shared = _emit_shared(sources, registry, documents, meeting_facts, reg_nodes, summary,
                              cache)
        _spool_shared(spool, shared)
        summary.seconds["catalogue"] = round(time.perf_counter() - t2, 3)

        t3 = time.perf_counter()
        with _bar(1, "store", "step", progress) as bar:
            store, summary.quads, summary.triples = write_spool(tmp, spool, previous)
            _summarise(store, summary)
            bar.update(1)
            del store
            summary.seconds["store"] = round(time.perf_counter() - t3, 3)
            (tmp / SUMMARY_FILE).write_text(summary.to_json() + "\n", encoding="utf-8")
    return summary


def _emit_shared(sources: SourceRecords, registry: Registry, documents: list[DocumentRecord],
                 meeting_facts: list[MeetingFact], reg_nodes: set[URIRef],
                 summary: BuildSummary, cache: BuildCache) -> dict[URIRef, list | bytes]:
    """Merge the catalogue and emit every shared graph."""
    sanctions, cited, votes, adopted = _source_graphs(sources, registry, cache)
    documents = documents + cited + adopted
    if sources.adoptions:
        meeting_facts = meeting_facts + [MeetingFact(a.meeting, a.adopted, "extract")
                                         for a in sources.adoptions if a.meeting is not None]
    merged, conflicts = _merge_documents(documents, cache)
    summary.warn(conflicts)
    meetings = merge_meetings(meeting_facts + [MeetingFact(d.meeting, None, "cited")
                                               for d in merged if d.meeting is not None])
    graphs = _shared_graphs(sources, registry, merged, meetings, reg_nodes, summary,
                             cache)
    graphs[SANCTIONS_GRAPH] = sanctions
    graphs[VOTES_GRAPH] = votes
    return graphs


def _source_graphs(sources: SourceRecords, registry: Registry, cache: BuildCache
                   ) -> tuple[bytes, list[DocumentRecord], bytes, list[DocumentRecord]]:
    """The sanctions list's and the votes' graphs (sorted N-Triples) and the documents they
    add to the catalogue: they depend only on those sources and the registry, so they are
    the previous build's when those are the same (memo keyed by :attr:`BuildCache.key`)."""
    old = cache.get_memo("sources")
    if cache.key is not None and old.get("key") == cache.key:
        cache.put_memo("sources", old)
        return old["value"]
    sanctions, cited, votes, adopted = b"", [], b"", []
    if sources.sanctions is not None:
        from graph.emit.sanctions import generate_sanctions_triples
        from graph.sources.sanctions import link_registry_groups

        triples, _, cited = generate_sanctions_triples(
            sources.sanctions, link_registry_groups(registry.graph, sources.sanctions),
            registry.graph)
        sanctions = generate_ntriples(triples)
    if sources.adoptions:
        from graph.emit.votes import adoption_documents, generate_vote_triples

        adopted = adoption_documents(sources.adoptions)
        votes = generate_ntriples(generate_vote_triples(sources.adoptions, registry))
    value = (sanctions, list(cited), votes, list(adopted))
    cache.put_memo("sources", {"key": cache.key, "value": value})
    return value


def _merge_documents(documents: list[DocumentRecord], cache: BuildCache
                     ) -> tuple[list[DocumentRecord], list[Warning]]:
    """:func:`graph.catalogue.merge_documents`, one symbol at a time: a symbol whose records
    are the previous build's takes its merge from the memo (the merge of one symbol depends
    only on its records; the result is sorted by symbol either way)."""
    by_symbol: dict[str, list[DocumentRecord]] = {}
    for r in documents:
        by_symbol.setdefault(r.symbol, []).append(r)
    old = cache.get_memo("documents")
    memo: dict[tuple, tuple] = {}
    merged: list[DocumentRecord] = []
    warnings: list[Warning] = []
    for symbol in sorted(by_symbol):
        key = tuple(by_symbol[symbol])
        one, found = memo[key] = old.get(key) or merge_documents(key)
        merged += one
        warnings += found
    cache.put_memo("documents", memo)
    return merged, warnings
