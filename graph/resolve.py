"""Step 4 of the pipeline: references to facts, whatever the language.

A reference becomes a citation, a mention or an obligation's addressee; the citation's
characterization is the verb of the clause that contains it. Doubtful references (a year
before 1946, a resolution later than the citing one, the resolution citing itself, a title
the registry does not know, an anaphora with more than one antecedent) are never turned into
facts: they are reported as warnings.

>>> add_months(date(2017, 11, 21), 12)
datetime.date(2018, 11, 21)
>>> add_months(date(2018, 1, 31), 1)
datetime.date(2018, 2, 28)
"""

from __future__ import annotations

import bisect
import calendar
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from rdflib import URIRef

from graph.find import find
from graph.iri import (
    article_iri,
    document_iri,
    established_body_iri,
    verb_iri,
)
from graph.model import (
    AnaphoraRef,
    ArticleRef,
    Citation,
    CitedDocument,
    Clause,
    DateResolutionRef,
    EntityRef,
    EstablishedBodyRef,
    Findings,
    GAResolutionRef,
    Mention,
    Obligation,
    ParsedText,
    Reference,
    ResolutionRef,
    ResolvedText,
    Span,
    SymbolRef,
    TitleRef,
    Warning,
)
from graph.namespaces import UNSC
from graph.registry import Registry
from graph.symbols import (
    document_kind,
    parse_presidential_statement,
    sc_resolution,
    symbol_year,
)

__all__ = ["resolve", "resolve_text", "add_months", "ResolutionYears", "IssuedStatements"]

REFERS_TO = verb_iri("refers-to")
BINDING_VERBS = {verb_iri("decides"), verb_iri("demands")}
FIRST_YEAR = 1946

#: known range of resolution numbers per year: {year: (first, last)}
ResolutionYears = dict[int, tuple[int, int]]


def add_months(day: date, months: int) -> date:
    """Return *day* plus *months* calendar months (clamped to the month's last day)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _clause_of(clauses: list[Clause], starts: list[int], span: Span) -> Clause | None:
    """The last clause that starts at or before *span* (*starts*: the clauses' starts)."""
    i = bisect.bisect_right(starts, span.start)
    return clauses[i - 1] if i else None


def _check_resolution(
    ref: ResolutionRef, parsed: ParsedText, years: ResolutionYears | None
) -> str | None:
    h = parsed.header
    if ref.number < 1:
        return f"resolution {ref.number} ({ref.year}) cannot exist: resolutions are numbered from 1"
    if ref.year < FIRST_YEAR:
        return f"resolution {ref.number} ({ref.year}) is dated before the Council existed"
    if h.kind == "statement":  # a statement's number is not a resolution number
        if ref.year > h.year:
            return f"resolution {ref.number} ({ref.year}) is later than the citing statement"
    elif (ref.number, ref.year) == (h.number, h.year):
        return f"resolution {ref.number} ({ref.year}) cites itself"
    elif ref.year > h.year or ref.number > h.number:
        return f"resolution {ref.number} ({ref.year}) is later than the citing resolution"
    if years:
        span = years.get(ref.year)
        if span is not None and not span[0] <= ref.number <= span[1]:
            return (f"resolution {ref.number} ({ref.year}) did not exist: resolutions of "
                    f"{ref.year} are numbered {span[0]}-{span[1]}")
    return None


@dataclass(frozen=True)
class IssuedStatements:
    """What the meeting tables say of the presidential statements: the day each was made, and
    the highest number of each year (statements are numbered in order within a year).

    >>> issued = IssuedStatements.from_dates({'S/PRST/2017/24': date(2017, 12, 7),
    ...                                       'S/PRST/2017/27': date(2017, 12, 21)})
    >>> issued.last
    {2017: 27}
    """

    dates: Mapping[str, date] = field(default_factory=dict)
    last: Mapping[int, int] = field(default_factory=dict)

    @classmethod
    def from_dates(cls, dates: Mapping[str, date]) -> IssuedStatements:
        """Make the record from the days of the statements the tables list."""
        last: dict[int, int] = {}
        for symbol in dates:
            parts = parse_presidential_statement(symbol)
            if parts:
                year, number = parts
                last[year] = max(last.get(year, 0), number)
        return cls(dict(dates), last)


def _check_statement(symbol: str, adopted: date | None,
                     issued: IssuedStatements | None) -> str | None:
    """Why a presidential statement cited by a resolution adopted on *adopted* cannot be
    right, or ``None``: a number past the last statement of its year in the meeting tables,
    or a day after the adoption.

    >>> issued = IssuedStatements.from_dates({'S/PRST/2017/24': date(2017, 12, 7),
    ...                                       'S/PRST/2017/27': date(2017, 12, 21)})
    >>> _check_statement('S/PRST/2017/24', date(2017, 11, 21), issued)
    'S/PRST/2017/24 was made on 2017-12-07, after the citing resolution (adopted 2017-11-21)'
    >>> _check_statement('S/PRST/2017/30', date(2017, 11, 21), issued)
    'S/PRST/2017/30 did not exist: the meeting tables list those of 2017 up to S/PRST/2017/27'
    >>> _check_statement('S/PRST/2015/25', date(2017, 11, 21), issued) is None
    True
    """
    if issued is None:
        return None
    parts = parse_presidential_statement(symbol)
    if parts:
        year, number = parts
        last = issued.last.get(year)
        if last is not None and number > last:
            return (f"{symbol} did not exist: the meeting tables list those of {year} up to "
                    f"S/PRST/{year}/{last}")
    made = issued.dates.get(symbol)
    if made is not None and adopted is not None and made > adopted:
        return f"{symbol} was made on {made}, after the citing resolution (adopted {adopted})"
    return None


class _Collector:
    """Merges facts found several times in one paragraph (same IRI, more spans)."""

    def __init__(self, out: ResolvedText) -> None:
        self.out = out
        self.citations: dict[tuple[str, URIRef], Citation] = {}
        self.mentions: dict[tuple[str, URIRef], Mention] = {}

    def cite(self, f: Findings, target: URIRef, verb: URIRef, ref: Reference,
             document: CitedDocument | None = None, pinpoint: str | None = None,
             part: URIRef | None = None, dated: date | None = None) -> None:
        key = (f.paragraph.label, target)
        c = self.citations.get(key)
        if c is None:
            c = Citation(f.paragraph, target, verb, [], document=document)
            self.citations[key] = c
            self.out.citations.append(c)
        c.spans.append((ref.span, ref.surface))
        if pinpoint and not c.pinpoint:
            c.pinpoint = pinpoint
        if part is not None and c.part is None:
            c.part = part
        if dated is not None and c.dated is None:  # the first date wins: one per citation
            c.dated = dated

    def mention(self, f: Findings, entity: URIRef, ref: Reference) -> None:
        key = (f.paragraph.label, entity)
        m = self.mentions.get(key)
        if m is None:
            m = Mention(f.paragraph, entity, [])
            self.mentions[key] = m
            self.out.mentions.append(m)
        m.spans.append((ref.span, ref.surface))


def resolve_text(
    parsed: ParsedText,
    findings: list[Findings],
    registry: Registry,
    *,
    years: ResolutionYears | None = None,
    resolutions_on: Callable[[date], list[str]] | None = None,
    statements: IssuedStatements | None = None,
) -> ResolvedText:
    """Turn the findings of every paragraph of *parsed* into facts.

    With the meeting tables, *years* (the numbers of each year's resolutions), *resolutions_on*
    (the resolutions of a day) and *statements* (the presidential statements made) let the
    references that cannot be right become warnings instead of citations."""
    out = ResolvedText(parsed=parsed)
    col = _Collector(out)
    path = str(parsed.source.path)
    h = parsed.header
    previous: list[ResolutionRef] = []  # resolutions cited by the last paragraph that cited any
    # a resolution cited by its number alone ("resolution 2391") takes the year the text gives
    # it elsewhere, or the year whose numbers include it
    year_of = {r.number: r.year for f in findings for r in f.references
             if isinstance(r, ResolutionRef) and r.year}
    for f in findings:
        label = f.paragraph.label
        default_verb = f.clauses[0].verb if f.clauses and f.clauses[0].verb else REFERS_TO
        if f.clauses and f.clauses[0].verb is not None:
            out.verbs[label] = f.clauses[0].verb
        earlier: list[ResolutionRef] = []
        clause_starts = [c.span.start for c in f.clauses]
        part_of_body: set[Span] = set()
        for r in f.references:
            if isinstance(r, EstablishedBodyRef):
                part_of_body.update(x.span for x in r.resolutions)
        for r in f.references:
            clause = _clause_of(f.clauses, clause_starts, r.span)
            verb = clause.verb if clause and clause.verb else default_verb
            if isinstance(r, ResolutionRef):
                if not r.year:
                    year = year_of.get(r.number) or next(
                        (y for y, (a, b) in (years or {}).items() if a <= r.number <= b), 0)
                    if not year:
                        out.warnings.append(Warning(path, label, f"resolution {r.number} "
                                                    "cited without its year, which the text "
                                                    "does not give elsewhere"))
                        continue
                    r = replace(r, year=year)
                problem = _check_resolution(r, parsed, years)
                if problem:
                    out.warnings.append(Warning(path, label, problem))
                    continue
                symbol = sc_resolution(r.number, r.year)
                earlier.append(r)
                doc = CitedDocument(symbol, "sc-resolution", year=r.year, number=r.number)
                v = REFERS_TO if r.span in part_of_body else verb
                col.cite(f, document_iri(symbol), v, r, document=doc, pinpoint=r.pinpoint)
            elif isinstance(r, GAResolutionRef):
                year = symbol_year(r.symbol)
                if year is not None and year > h.year:
                    out.warnings.append(Warning(path, label, f"{r.symbol} is later than the "
                                                f"citing resolution"))
                    continue
                doc = CitedDocument(r.symbol, "ga-resolution", year=year)
                col.cite(f, document_iri(r.symbol), verb, r, document=doc)
            elif isinstance(r, SymbolRef):
                year = symbol_year(r.symbol) or (r.dated.year if r.dated else None)
                if year is not None and year > h.year:
                    out.warnings.append(Warning(path, label, f"{r.symbol} is later than the "
                                                f"citing resolution"))
                    continue
                problem = _check_statement(r.symbol, h.adopted, statements)
                if problem:
                    out.warnings.append(Warning(path, label, problem))
                    continue
                kind = {"prst": "prst", "report": "report"}.get(r.kind, document_kind(r.symbol))
                doc = CitedDocument(r.symbol, kind, year=year, author=r.author, dated=r.dated)
                col.cite(f, document_iri(r.symbol), verb, r, document=doc)
            elif isinstance(r, EntityRef) and r.entity is not None:
                col.mention(f, r.entity, r)
                if registry.kind(r.entity) == "instrument":
                    col.cite(f, r.entity, verb, r)
            elif isinstance(r, ArticleRef) and r.instrument is not None:
                pin = f"{r.part} {r.number}"
                part = article_iri(r.instrument, pin.replace(" ", "-"))
                col.cite(f, r.instrument, verb, r, pinpoint=pin, part=part)
            elif isinstance(r, EstablishedBodyRef):
                first = document_iri(sc_resolution(r.resolutions[0].number,
                                                   r.resolutions[0].year))
                known = registry.bodies_established_by(first)
                if len(known) == 1:
                    col.mention(f, known[0], r)
                else:
                    symbols = [sc_resolution(x.number, x.year) for x in r.resolutions]
                    body = established_body_iri(r.head, symbols[0])
                    out.bodies.append((body, r.head, symbols))
                    col.mention(f, body, r)
            elif isinstance(r, AnaphoraRef):
                # the antecedent: the one resolution cited earlier in this paragraph, or else
                # in the last paragraph that cited any; a plural or a choice is left alone
                pool = earlier or previous
                distinct = {(x.number, x.year) for x in pool}
                plural = r.surface.lower().rstrip().endswith("s")
                if len(distinct) == 1 and not plural:
                    number, year = next(iter(distinct))
                    symbol = sc_resolution(number, year)
                    doc = CitedDocument(symbol, "sc-resolution", year=year, number=number)
                    col.cite(f, document_iri(symbol), verb, r, document=doc)
                else:
                    out.warnings.append(Warning(path, label, f"'{' '.join(r.surface.split())}' "
                                                f"left unresolved: {len(distinct)} candidate "
                                                f"resolutions"))
            elif isinstance(r, DateResolutionRef):
                found = resolutions_on(r.dated) if (resolutions_on and r.dated) else []
                if len(found) == 1:
                    num, yr = _sc_parts(found[0])
                    doc = CitedDocument(found[0], "sc-resolution", year=yr, number=num)
                    col.cite(f, document_iri(found[0]), verb, r, document=doc, dated=r.dated)
                else:
                    out.warnings.append(Warning(path, label, f"resolution of {r.dated} left "
                                                f"unresolved: {len(found)} candidates"))
            elif isinstance(r, TitleRef):
                out.warnings.append(Warning(path, label, f"title not in the registry: "
                                            f"{r.title}"))
        if earlier:
            previous = earlier
        if f.paragraph.kind == "OP":
            _obligations(out, f, default_verb, h, registry)
    return out


#: verbs below this force express a view (condemns, welcomes): what follows them is their
#: object, not someone they address
DIRECTIVE_FORCE = 40


def _is_directive(verb: URIRef, registry: Registry) -> bool:
    force = registry.verb_property(verb, UNSC.force)
    return force is not None and int(force) >= DIRECTIVE_FORCE


def _obligations(out: ResolvedText, f: Findings, default_verb: URIRef, h,
                 registry: Registry) -> None:
    clauses = [c for c in f.clauses if c.verb is not None] or [
        Clause(span=f.paragraph.span, verb=default_verb)
    ]
    for c in clauses:
        deadline = None
        if c.deadline is not None:
            if c.deadline.on is not None:
                if h.adopted is None or c.deadline.on > h.adopted:
                    deadline = c.deadline.on
                else:  # "the positions held before 5 August 1965": a date, not a deadline
                    out.warnings.append(Warning(
                        str(out.parsed.source.path), f.paragraph.label,
                        f"{c.deadline.on} is not after the adoption ({h.adopted}): "
                        "not taken as a deadline"))
            elif h.adopted is not None and c.deadline.months:
                deadline = add_months(h.adopted, c.deadline.months)
            elif h.adopted is not None and c.deadline.days:
                deadline = h.adopted + timedelta(days=c.deadline.days)
        binding = h.chapter_vii and c.verb in BINDING_VERBS
        spans = [(c.verb_span, "")] if c.verb_span else []
        addressees = [a.entity for a in c.addressees if a.entity is not None] if _is_directive(
            c.verb, registry) else []
        addressees = addressees or [None]
        for a in dict.fromkeys(addressees):
            same = [o for o in out.obligations
                    if o.paragraph is f.paragraph and o.verb == c.verb and o.addressee == a]
            if same:  # "又请秘书长 … 还请秘书长": one act, two places in the text
                same[0].spans.extend(spans)
                same[0].deadline = same[0].deadline or deadline
                continue
            out.obligations.append(Obligation(f.paragraph, c.verb, a, list(spans),
                                              deadline=deadline, binding=binding))


def _sc_parts(symbol: str) -> tuple[int, int]:
    from graph.symbols import parse_sc_resolution

    parts = parse_sc_resolution(symbol)
    if parts is None:
        raise ValueError(symbol)
    return parts


def resolve(
    parsed: ParsedText,
    registry: Registry,
    *,
    years: ResolutionYears | None = None,
    resolutions_on: Callable[[date], list[str]] | None = None,
    statements: IssuedStatements | None = None,
) -> ResolvedText:
    """Run the finder of the text's language on every paragraph, then resolve."""
    findings = [find(p, registry, parsed.source.lang) for p in parsed.paragraphs]
    return resolve_text(parsed, findings, registry, years=years, resolutions_on=resolutions_on,
                        statements=statements)


