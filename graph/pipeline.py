"""The text pipeline for one document: read -> segment -> find -> resolve -> emit.

:func:`process_text` runs the whole pipeline on one file with an explicit
:class:`~graph.context.BuildContext` and returns a :class:`TextResult`: the triples of the
text's own graphs as sorted N-Triples (cheap to send back from a worker process), and the
catalogue entries it contributes (the document itself, its meeting, what it cites), which the
build merges with every other source's before writing them once. It has no state of its own:
it can run on its own, in a test or in a worker.

>>> from graph.registry import load_registry
>>> from graph.context import BuildContext
>>> from graph.resources import default_text_dir
>>> result = process_text(default_text_dir() / 'S_RES_2388_2017_ZH.txt',
...                       BuildContext(load_registry()))
>>> result.symbol, result.lang, result.counts['paragraphs']
('S/RES/2388 (2017)', 'zh', 59)
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from graph.context import BuildContext
from graph.emit.text import generate_text_lines, text_records
from graph.errors import InputError
from graph.iri import ENTITIES_GRAPH, graph_iri
from graph.model import DocumentRecord, MeetingFact, ParsedText, ResolvedText, Warning
from graph.ntriples import nt_term
from graph.read import read_source
from graph.resolve import resolve
from graph.segment import segment

__all__ = ["TextResult", "process_text", "process_parsed", "read_parsed", "resolve_parsed",
           "TEXT_KINDS"]

#: the kinds of input the pipeline reads into a parsed text
TEXT_KINDS = ("text", "akn")


@dataclass
class TextResult:
    """What one text gives the build."""

    path: str
    symbol: str
    lang: str
    document: bytes  # the document graph's sorted N-Triples (merged with other languages')
    graphs: dict[str, bytes]  # the other graphs (N-Triples form) -> sorted distinct N-Triples
    documents: list[DocumentRecord] = field(default_factory=list)
    meetings: list[MeetingFact] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[Warning] = field(default_factory=list)


def read_parsed(path: Path, kind: str = "text") -> ParsedText:
    """Read one input into a :class:`ParsedText`: a plain text is decoded and segmented, a
    structured text (the UN's Akoma Ntoso XML) is read by its reader."""
    if kind == "akn":
        from graph.sources.akn import read_akn

        return read_akn(path)
    return segment(read_source(path))


def _apply_record(parsed: ParsedText, context: BuildContext) -> list[Warning]:
    """Where the Council's record and a text's heading disagree on the adoption day or the
    meeting (OCR slips in old texts), the record wins; the disagreement is a warning."""
    h = parsed.header
    day, meeting = context.record.adoptions.get(h.symbol, (None, None))
    out = []
    path = str(parsed.source.path)
    if day is not None and h.adopted is not None and h.adopted != day:
        out.append(Warning(path, "heading", f"the text says adopted on {h.adopted}, the "
                                            f"meeting tables {day}: the tables' date is kept"))
    if meeting is not None and h.meeting is not None and h.meeting != meeting:
        out.append(Warning(path, "heading", f"the text says meeting {h.meeting}, the meeting "
                                            f"tables {meeting}: the tables' is kept"))
    parsed.header = replace(h, adopted=day or h.adopted, meeting=meeting or h.meeting)
    return out


def resolve_parsed(parsed: ParsedText, context: BuildContext) -> ResolvedText:
    """Find and resolve one parsed text as the build does: the record's adoption day and
    meeting first (disagreements are warnings of the result), then the findings resolved
    against the registry and the record."""
    record_warnings = _apply_record(parsed, context)
    resolved = resolve(parsed, context.registry, context.record)
    resolved.warnings[:0] = record_warnings
    return resolved


def _sorted(lines: list[str]) -> bytes:
    """The sorted distinct N-Triples of *lines* (no line ends, none empty): the bytes
    :func:`graph.ntriples.sort_lines` gives of them."""
    ordered = sorted(set(lines))  # code-point order: the byte order of their UTF-8
    return ("\n".join(ordered) + "\n").encode("utf-8") if ordered else b""


def process_parsed(parsed: ParsedText, context: BuildContext) -> TextResult:
    """Find, resolve and emit one parsed text (see the module's docstring)."""
    resolved = resolve_parsed(parsed, context)
    h = parsed.header
    lines = generate_text_lines(resolved, context.registry)
    graphs = {nt_term(graph_iri(parsed.source.lang, h.symbol)): _sorted(lines.text)}
    if lines.entities:
        graphs[nt_term(ENTITIES_GRAPH)] = _sorted(lines.entities)
    documents, meetings = text_records(resolved)
    return TextResult(
        path=str(parsed.source.path), symbol=h.symbol, lang=parsed.source.lang,
        document=_sorted(lines.document), graphs=graphs,
        documents=documents, meetings=meetings,
        counts={"paragraphs": len(parsed.paragraphs), "citations": len(resolved.citations),
                "obligations": len(resolved.obligations)},
        warnings=parsed.warnings + resolved.warnings)


def process_text(path: str | Path, context: BuildContext, kind: str = "text") -> TextResult:
    """Read, segment, find, resolve and emit one text.

    Raises
    ------
    InputError
        For a text that cannot be used (unreadable, not a resolution, too deeply nested).
    """
    path = Path(path)
    try:
        return process_parsed(read_parsed(path, kind), context)
    except RecursionError:
        raise InputError(path, "text too deeply nested to parse") from None
