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
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from rdflib import URIRef

from graph.context import IssuedStatements, RecordFacts
from graph.find import find
from graph.iri import (
    article_iri,
    document_iri,
    established_body_iri,
    found_entity_iri,
    verb_iri,
)
from graph.model import (
    AnaphoraRef,
    ArticleRef,
    Citation,
    Clause,
    DateResolutionRef,
    DocumentRecord,
    EntityRef,
    EstablishedBodyRef,
    Findings,
    FoundEntity,
    GAResolutionRef,
    Mention,
    Note,
    Obligation,
    Paragraph,
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
    document_class,
    parse_presidential_statement,
    parse_sc_resolution,
    sc_resolution,
    symbol_year,
)

__all__ = ["resolve", "resolve_text", "align_found", "add_months", "instrument_class",
           "normalize_title",
           "body_class", "REFERS_TO", "BINDING_VERBS", "INSTRUMENT_HEADS", "BODY_HEADS"]

REFERS_TO = verb_iri("refers-to")
BINDING_VERBS = {verb_iri("decides"), verb_iri("demands")}
FIRST_YEAR = 1946

#: the head words of instruments' titles and the class each gives, by language: in English
#: the first head word of the title decides ("Beijing Declaration and Platform for Action": a
#: declaration), in Chinese the title's ending (《北京宣言和行动纲领》: a plan of action)
INSTRUMENT_HEADS: dict[str, list[tuple[str, URIRef]]] = {
    "en": [
        (r"plans?\s+of\s+action|platforms?\s+for\s+action|programmes?\s+of\s+action|"
         r"road\s*maps?|strateg(?:y|ies)", UNSC.PlanOfAction),
        (r"final\s+acts?", UNSC.Instrument),
        (r"conventions?|treat(?:y|ies)|covenants?", UNSC.Treaty),
        (r"protocols?", UNSC.Protocol),
        (r"agreements?|accords?|pacts?|arrangements?|memorand(?:um|a)\s+of\s+understanding",
         UNSC.Agreement),
        (r"declarations?", UNSC.Declaration),
        (r"charters?", UNSC.Charter),
    ],
    "zh": [
        ("行动纲领", UNSC.PlanOfAction), ("行动计划", UNSC.PlanOfAction),
        ("行动方案", UNSC.PlanOfAction), ("路线图", UNSC.PlanOfAction),
        ("战略", UNSC.PlanOfAction), ("最后文件", UNSC.Instrument),
        ("议定书", UNSC.Protocol), ("公约", UNSC.Treaty),
        ("条约", UNSC.Treaty), ("盟约", UNSC.Treaty), ("协定", UNSC.Agreement),
        ("协议", UNSC.Agreement), ("宣言", UNSC.Declaration), ("宪章", UNSC.Charter),
        ("联合声明", UNSC.Declaration), ("纲领", UNSC.PlanOfAction), ("规约", UNSC.Treaty),
        ("和约", UNSC.Treaty), ("协约", UNSC.Agreement), ("契约", UNSC.Agreement),
        ("框架", UNSC.Agreement), ("约章", UNSC.Charter), ("章程", UNSC.Charter),
        ("原则", UNSC.Instrument),
        # titles in 《…》 of other texts the Council cites: plans, agendas, policies
        ("成果文件", UNSC.Declaration), ("宪法文件", UNSC.Charter),
        ("共识文件", UNSC.Publication), ("文件", UNSC.Instrument), ("计划", UNSC.PlanOfAction),
        ("方案", UNSC.PlanOfAction), ("议程", UNSC.PlanOfAction), ("政策", UNSC.PlanOfAction),
        ("构想", UNSC.PlanOfAction), ("目标", UNSC.PlanOfAction), ("公报", UNSC.Declaration),
        ("声明", UNSC.Declaration), ("共识", UNSC.Agreement), ("备忘录", UNSC.Agreement),
        ("宪法", UNSC.Charter), ("做法", UNSC.Publication), ("准则", UNSC.Publication),
        ("指南", UNSC.Publication), ("手册", UNSC.Publication), ("简编", UNSC.Publication),
        ("标准", UNSC.Publication), ("法令", UNSC.Instrument), ("法", UNSC.Instrument),
        ("条例", UNSC.Instrument), ("细则", UNSC.Instrument), ("规则", UNSC.Instrument),
        ("守则", UNSC.Instrument),
    ],
}
_HEAD_EN = re.compile(r"\b(?:" + "|".join(f"(?P<h{i}>{pat})" for i, (pat, _) in
                                         enumerate(INSTRUMENT_HEADS["en"])) + r")\b", re.I)


def instrument_class(title: str, lang: str) -> URIRef | None:
    """The class of an instrument titled *title* in *lang*, by its head word, or ``None``
    when the title names no instrument (a report, a book).

    >>> instrument_class('Beijing Declaration and Platform for Action', 'en').split('#')[1]
    'Declaration'
    >>> instrument_class('过渡联邦宪章', 'zh').split('#')[1]
    'Charter'
    >>> instrument_class('Report of the Panel', 'en') is None
    True
    """
    if lang.split("-")[0] == "zh":
        t = title.strip().rstrip("》")
        return next((cls for head, cls in INSTRUMENT_HEADS["zh"] if t.endswith(head)), None)
    m = _HEAD_EN.search(title)
    if m is None:
        return None
    i = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
    return INSTRUMENT_HEADS["en"][i][1]


#: a line break (or space) between two Chinese characters: a hard wrap, not a space
_CJK_BREAK = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])")


def normalize_title(title: str) -> str:
    """A title as compared with the registry's labels: case, spacing, quotes, 《》 and a
    leading "the" do not matter.

    >>> normalize_title('  the Charter of the  United Nations ')
    'charter of the united nations'
    >>> normalize_title('《联合国宪章》'), normalize_title('UN Charter')
    ('联合国宪章', 'united nations charter')
    >>> normalize_title('联合国打击贩运人口的全球\\n行动计划')
    '联合国打击贩运人口的全球行动计划'

    """
    t = " ".join(_CJK_BREAK.sub("", title).split()).strip(" \"'“”‘’《》「」")
    t = re.sub(r"^the\s+", "", t, flags=re.I)
    t = re.sub(r"\bUN\b", "United Nations", t)  # "UN Charter": the United Nations Charter
    return t.lower()


#: the head words of bodies addressed by a name the registry lacks, and the class each gives
#: (the first that matches; English anywhere in the name, Chinese at its end)
BODY_HEADS: dict[str, list[tuple[str, URIRef]]] = {
    "en": [
        (r"\b(?:States?|parties|Parties|sides|countries|community|donors|Governments)\b",
         UNSC.StateGroup),
        (r"\bCommittees?\b", UNSC.Committee),
        (r"\b(?:Panels?|Groups?|Teams?|Mechanisms?|Monitors?)\b", UNSC.Mechanism),
        (r"\b(?:Office|Department|Envoy|Representative|Coordinator|Adviser|"
         r"High\s+Commissioner|Ombudsperson)\b", UNSC.Office),
        (r"\b(?:Missions?|Operations?|Force)\b", UNSC.Mission),
    ],
    "zh": [
        (r"(?:各方|国家|各国|会员国|双方|国际社会|捐助方|捐助者)$", UNSC.StateGroup),
        (r"委员会$", UNSC.Committee),
        (r"(?:专家组|专家小组|小组|监测组|机制)$", UNSC.Mechanism),
        (r"(?:特派团|行动|部队|稳定团|援助团)$", UNSC.Mission),
        (r"(?:办事处|特使|代表|协调员|顾问)$", UNSC.Office),
    ],
}
#: "the Committee" alone: the committee the text names, when it names one
_THE_COMMITTEE = {"committee", "该委员会", "委员会"}


def _group_name(name: str) -> str:
    """The registry's name of a group addressed with extra words: determiners after "all" or
    "both", "two parties" for "both parties", a trailing "concerned", "the parties" alone.

    >>> [_group_name(n) for n in ('all the parties concerned', 'all other parties',
    ...                           'the two parties', 'member states concerned', 'parties')]
    ['all parties', 'all parties', 'both parties', 'member states', 'all parties']
    """
    name = re.sub(r"^(all|both)\s+(?:(?:the|other)\s+)+", r"\1 ", name)
    name = re.sub(r"^(?:the\s+)?two\s+(parties|sides)\b", r"both \1", name)
    name = re.sub(r"\s+concerned$", "", name)
    # "the parties" addressed: the parties to the situation (the registry's all parties),
    # which the registry cannot name so, "parties" being no name elsewhere ("States parties")
    return re.sub(r"^(?:the\s+)?(parties|sides)$", r"all \1", name)


def _as_found(name: str) -> str:
    """A name as a label: one space between words, a word broken at the end of a line
    joined again ("non-\\ngovernmental" -> "non-governmental").

    >>> _as_found('non-\\n governmental  organizations')
    'non-governmental organizations'
    """
    name = _CJK_BREAK.sub("", name)
    return " ".join(re.sub(r"(?<=\w)-\s*\n\s*(?=[a-z])", "-", name).split())


def _is_bare_head(name: str, lang: str) -> bool:
    """Whether *name* is only an instrument's head word ("Charter", "the Convention", 宪章).

    >>> _is_bare_head('Charter', 'en'), _is_bare_head('宪章', 'zh')
    (True, True)
    >>> _is_bare_head('UN Charter', 'en')
    False
    """
    t = normalize_title(name)
    if lang.split("-")[0] == "zh":
        return any(t == head for head, _ in INSTRUMENT_HEADS["zh"])
    return bool(re.fullmatch(r"(?:" + "|".join(p for p, _ in INSTRUMENT_HEADS["en"]) + r")", t))


def body_class(name: str, lang: str) -> URIRef:
    """The class of a body addressed as *name* in *lang*, by its head word (else unsc:Body).

    >>> str(body_class('all parties', 'en')).split('#')[1]
    'StateGroup'
    >>> str(body_class('Panel of Experts', 'en')).split('#')[1]
    'Mechanism'
    >>> str(body_class('专家小组', 'zh')).split('#')[1]
    'Mechanism'
    """
    heads = BODY_HEADS["zh" if lang.split("-")[0] == "zh" else "en"]
    return next((cls for pat, cls in heads if re.search(pat, name)), UNSC.Body)


_LABELS: dict[tuple[int, str | None], tuple[Registry, dict[str, set[URIRef]]]] = {}


def _label_index(registry: Registry, kind: str | None = None) -> dict[str, set[URIRef]]:
    """The registry's entities (of *kind*, ``instrument``, or all) by each of their labels in
    any language, normalised (:func:`normalize_title`); made once per registry and kind."""
    cached = _LABELS.get((id(registry), kind))
    if cached is not None and cached[0] is registry:
        return cached[1]
    index: dict[str, set[URIRef]] = {}
    for table in registry.names.values():
        for name, iri in table.items():
            if kind is None or registry.kind(iri) == kind:
                index.setdefault(normalize_title(name), set()).add(iri)
    _LABELS[(id(registry), kind)] = (registry, index)
    return index


def add_months(day: date, months: int) -> date:
    """Return *day* plus *months* calendar months (clamped to the month's last day)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _clause_of(clauses: list[Clause], starts: list[int], span: Span) -> Clause | None:
    """The last clause that starts at or before *span* (*starts*: the clauses' starts)."""
    i = bisect.bisect_right(starts, span.start)
    return clauses[i - 1] if i else None


def _check_resolution(ref: ResolutionRef, parsed: ParsedText, record: RecordFacts) -> str | None:
    """Why a resolution a text cites cannot be right, or ``None``. A statement's number is
    not a resolution's: a statement is compared by year and, with the record, by day."""
    h = parsed.header
    if ref.number < 1:
        return f"resolution {ref.number} ({ref.year}) cannot exist: resolutions are numbered from 1"
    if ref.year < FIRST_YEAR:
        return f"resolution {ref.number} ({ref.year}) is dated before the Council existed"
    if h.kind == "resolution" and (ref.number, ref.year) == (h.number, h.year):
        return f"resolution {ref.number} ({ref.year}) cites itself"
    if ref.year > h.year or (h.kind == "resolution" and ref.number > h.number):
        return f"resolution {ref.number} ({ref.year}) is later than the citing {h.kind}"
    day = record.adoptions.get(sc_resolution(ref.number, ref.year), (None, None))[0]
    if h.kind != "resolution" and day is not None and h.adopted is not None and day > h.adopted:
        return (f"resolution {ref.number} ({ref.year}) was adopted on {day}, after the citing "
                f"{h.kind} ({h.adopted})")
    if record.years:
        span = record.years.get(ref.year)
        if span is not None and not span[0] <= ref.number <= span[1]:
            return (f"resolution {ref.number} ({ref.year}) did not exist: resolutions of "
                    f"{ref.year} are numbered {span[0]}-{span[1]}")
    return None


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
             document: DocumentRecord | None = None, pinpoint: str | None = None,
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


#: what may follow "Ibid." in a note that cites the previous note's document again: a
#: pinpoint, nothing else ("Ibid., para. 12"; not "Ibid., Supplement for July 1979", another
#: document of the same series)
_IBID_SAME = re.compile(
    r"[\s.,;:]*(?:(?:paras?\.|paragraphs?|p\.|pp\.|pages?|annex(?:es)?|sects?\.|chap\.|"
    r"第|段|页)[\s\w.,()–-]*)?[\s.。]*")


def _marker_at(paragraph: Paragraph, marker: str) -> int | None:
    """Where the marker of a footnote stands in *paragraph* (source offset), or ``None``: a
    number after a word, not the paragraph's own number at its start."""
    for m in re.finditer(rf"(?<=[^\W\d]|[,.;:)’'\"])\s?{re.escape(marker)}(?![\w/])",
                         paragraph.match):
        return paragraph.span.start + m.start()
    return None


@dataclass
class _Paragraph:
    """The state of resolving one paragraph's findings."""

    findings: Findings
    default_verb: URIRef
    clause_starts: list[int]
    in_body_names: set[Span]  # spans of resolutions that only name a body ("the 1267 Committee")
    earlier: list[ResolutionRef] = field(default_factory=list)  # resolutions cited so far
    titles_done: set[Span] = field(default_factory=set)  # titles resolved in this paragraph

    def note_of(self, span: Span) -> Note | None:
        """The footnote *span* stands in, or ``None`` when it is in the paragraph itself."""
        para = self.findings.paragraph
        if para.span.start <= span.start < para.span.end:
            return None
        return next((n for n in para.notes if n.span.start <= span.start < n.span.end), None)

    def verb_at(self, span: Span) -> URIRef:
        """The verb of the clause *span* stands in (the paragraph's main verb by default); for
        a footnote's reference, the clause of the note's marker."""
        note = self.note_of(span)
        if note is not None:
            at = _marker_at(self.findings.paragraph, note.marker)
            if at is None:
                return self.default_verb
            span = Span(at, at)
        clause = _clause_of(self.findings.clauses, self.clause_starts, span)
        return clause.verb if clause and clause.verb else self.default_verb


class _Resolver:
    """Resolves the findings of one text, paragraph by paragraph, with one ``_resolve_<kind>``
    method per kind of reference (dispatched on the reference's class)."""

    def __init__(self, parsed: ParsedText, registry: Registry, record: RecordFacts) -> None:
        self.parsed = parsed
        self.registry = registry
        self.record = record
        self.out = ResolvedText(parsed=parsed)
        self.col = _Collector(self.out)
        self.path = str(parsed.source.path)
        self.previous: list[ResolutionRef] = []  # cited by the last paragraph that cited any
        self.note_targets: dict[Span, list[tuple[URIRef, DocumentRecord | None]]] = {}
        self.notes: list[Note] = []  # every footnote of the text, in the order they stand
        self.aliases: dict[str, str] = {}  # a short title -> the full one the text defines
        self.titles: dict[str, str] = {}  # the titles the finders reported, by normal form
        self.handlers: dict[type, Callable[[_Paragraph, Any], None]] = {
            ResolutionRef: self._resolve_resolution,
            GAResolutionRef: self._resolve_ga_resolution,
            SymbolRef: self._resolve_symbol,
            EntityRef: self._resolve_entity,
            ArticleRef: self._resolve_article,
            EstablishedBodyRef: self._resolve_established_body,
            AnaphoraRef: self._resolve_anaphora,
            DateResolutionRef: self._resolve_date_resolution,
            TitleRef: self._resolve_title,
        }

    def warn(self, p: _Paragraph, message: str) -> None:
        self.out.warnings.append(Warning(self.path, p.findings.paragraph.label, message))

    def resolve(self, findings: list[Findings]) -> ResolvedText:
        # a resolution cited by its number alone ("resolution 2391", "第2513号决议") takes the
        # year the text gives it elsewhere, or the year whose numbers include it
        self.year_of = {r.number: r.year for f in findings for r in f.references
                        if isinstance(r, ResolutionRef) and r.year}
        self.notes = sorted((n for f in findings for n in f.paragraph.notes),
                            key=lambda n: n.span)
        # a short title the text defines after the full one ("《…海洋法公约》(《海洋法公约》)":
        # a TitleRef whose surface is the short title, whose title the full one) stands for
        # the full title wherever the text uses it
        self.aliases = {normalize_title(r.surface): r.title for f in findings
                        for r in f.references if isinstance(r, TitleRef)
                        and normalize_title(r.surface) != normalize_title(r.title)}
        # the titles the text gives in full, for the short ones that end them (Chinese)
        self.titles = {normalize_title(r.title): r.title for f in findings
                       for r in f.references if isinstance(r, TitleRef)}
        for f in findings:
            p = _Paragraph(
                f, f.clauses[0].verb if f.clauses and f.clauses[0].verb else REFERS_TO,
                [c.span.start for c in f.clauses],
                {x.span for r in f.references if isinstance(r, EstablishedBodyRef)
                 for x in r.resolutions})
            if f.clauses and f.clauses[0].verb is not None:
                self.out.verbs[f.paragraph.label] = f.clauses[0].verb
            titles = [r for r in f.references if isinstance(r, TitleRef)]
            names = [r.span for r in f.references if isinstance(r, EntityRef) and r.entity]
            for r in f.references:
                if isinstance(r, TitleRef) and any(
                        s.start <= r.span.start and r.span.end <= s.end and s != r.span
                        for s in names):
                    continue  # part of a longer registry name ("关于执行《…》的政治宣言")
                for x in (self._entity_or_title(p, r, titles) if isinstance(r, EntityRef)
                          else [r]):
                    self.handlers[type(x)](p, x)
                    note = p.note_of(x.span)
                    if note is not None:
                        self._remember_note(p, note)
            if p.earlier:
                self.previous = p.earlier
            if f.paragraph.kind == "OP":
                for c in f.clauses:
                    if c.verb is not None and _is_directive(c.verb, self.registry):
                        c.addressees = self._resolve_addressees(p, c.addressees)
                _obligations(self.out, f, p.default_verb, self.parsed.header, self.registry)
        return self.out

    def _remember_note(self, p: _Paragraph, note: Note) -> None:
        """Record what *note* cited (for a later "Ibid.")."""
        label = p.findings.paragraph.label
        targets = self.note_targets.setdefault(note.span, [])
        for (lab, target), c in self.col.citations.items():
            if lab == label and any(note.span.start <= s.start < note.span.end
                                    for s, _ in c.spans):
                if all(t != target for t, _ in targets):
                    targets.append((target, c.document))

    def _resolve_ibid(self, p: _Paragraph, r: AnaphoraRef) -> None:
        note = p.note_of(r.span)
        at = self.notes.index(note) if note in self.notes else -1
        rest = note.match[r.span.end - note.span.start:] if note is not None else ""
        if at < 1 or not _IBID_SAME.fullmatch(rest):
            why = "no previous note" if at < 1 else "the note names more than a pinpoint"
            self.warn(p, f"'{' '.join(note.text.split()) if note else r.surface}' left "
                         f"unresolved: {why}")
            return
        before = self.note_targets.get(self.notes[at - 1].span, [])
        if len(before) != 1:
            self.warn(p, f"'{' '.join(note.text.split())}' left unresolved: the previous note "
                         f"cites {len(before)} documents")
            return
        target, document = before[0]
        self.col.cite(p.findings, target, p.verb_at(r.span), r, document=document)

    def _resolve_resolution(self, p: _Paragraph, r: ResolutionRef) -> None:
        if not r.year:
            year = self.year_of.get(r.number) or next(
                (y for y, (a, b) in (self.record.years or {}).items() if a <= r.number <= b), 0)
            if not year:
                self.warn(p, f"resolution {r.number} cited without its year, which the text "
                             "does not give elsewhere")
                return
            r = replace(r, year=year)
        problem = _check_resolution(r, self.parsed, self.record)
        if problem:
            self.warn(p, problem)
            return
        symbol = sc_resolution(r.number, r.year)
        p.earlier.append(r)
        verb = REFERS_TO if r.span in p.in_body_names else p.verb_at(r.span)
        self.col.cite(p.findings, document_iri(symbol), verb, r,
                      document=_resolution_record(r.number, r.year), pinpoint=r.pinpoint)

    def _resolve_ga_resolution(self, p: _Paragraph, r: GAResolutionRef) -> None:
        year = symbol_year(r.symbol)
        if year is not None and year > self.parsed.header.year:
            self.warn(p, f"{r.symbol} is later than the citing document")
            return
        doc = DocumentRecord(r.symbol, "cited", cls=document_class(r.symbol), year=year)
        self.col.cite(p.findings, document_iri(r.symbol), p.verb_at(r.span), r, document=doc)

    def _resolve_symbol(self, p: _Paragraph, r: SymbolRef) -> None:
        year = symbol_year(r.symbol) or (r.dated.year if r.dated else None)
        if year is not None and year > self.parsed.header.year:
            self.warn(p, f"{r.symbol} is later than the citing document")
            return
        problem = _check_statement(r.symbol, self.parsed.header.adopted, self.record.statements)
        if problem:
            self.warn(p, problem)
            return
        doc = DocumentRecord(r.symbol, "cited", cls=document_class(r.symbol, r.kind), year=year,
                             author=r.author, dated=r.dated)
        self.col.cite(p.findings, document_iri(r.symbol), p.verb_at(r.span), r, document=doc)

    def _resolve_entity(self, p: _Paragraph, r: EntityRef) -> None:
        if r.entity is None:
            return
        if p.note_of(r.span) is not None:  # a note's publisher is not named by the paragraph
            if self.registry.kind(r.entity) == "instrument":
                self.col.cite(p.findings, r.entity, p.verb_at(r.span), r)
            return
        self.col.mention(p.findings, r.entity, r)
        if self.registry.kind(r.entity) == "instrument":
            self.col.cite(p.findings, r.entity, p.verb_at(r.span), r)

    def _resolve_article(self, p: _Paragraph, r: ArticleRef) -> None:
        if r.instrument is None:
            return
        title = re.match(r"《([^《》]+)》", r.surface)
        if title and r.instrument not in _label_index(self.registry, "instrument").get(
                normalize_title(title.group(1)), ()):
            # 《过渡联邦宪章》第十条: an article of that charter, not of the registry's
            iri = self._found_instrument(p, TitleRef(r.span, title.group(0),
                                                     title=title.group(1)))
            if iri is None:
                return
            r = replace(r, instrument=iri)
        pin = f"{r.part} {r.number}"
        part = article_iri(r.instrument, pin.replace(" ", "-"))
        self.col.cite(p.findings, r.instrument, p.verb_at(r.span), r, pinpoint=pin, part=part)

    def _resolve_established_body(self, p: _Paragraph, r: EstablishedBodyRef) -> None:
        problems = [_check_resolution(x, self.parsed, self.record) for x in r.resolutions]
        if any(problems):  # "the Committee established by resolution 0 (1946)": not guessed
            self.warn(p, f"'{' '.join(r.surface.split())}' left unresolved: "
                         f"{next(x for x in problems if x)}")
            return
        first = document_iri(sc_resolution(r.resolutions[0].number, r.resolutions[0].year))
        known = self.registry.bodies_established_by(first)
        if len(known) == 1:
            self.col.mention(p.findings, known[0], r)
            return
        symbols = [sc_resolution(x.number, x.year) for x in r.resolutions]
        body = established_body_iri(r.head, symbols[0])
        self.out.bodies.append((body, r.head, symbols))
        self.col.mention(p.findings, body, r)

    def _resolve_anaphora(self, p: _Paragraph, r: AnaphoraRef) -> None:
        if r.kind == "ibid":
            self._resolve_ibid(p, r)
            return
        # the antecedent: the one resolution cited earlier in this paragraph, or else in the
        # last paragraph that cited any; a plural or a choice is left alone
        pool = p.earlier or self.previous
        distinct = {(x.number, x.year) for x in pool}
        plural = r.surface.lower().rstrip().endswith("s")
        if len(distinct) == 1 and not plural:
            number, year = next(iter(distinct))
            self.col.cite(p.findings, document_iri(sc_resolution(number, year)),
                          p.verb_at(r.span), r, document=_resolution_record(number, year))
        else:
            self.warn(p, f"'{' '.join(r.surface.split())}' left unresolved: {len(distinct)} "
                         f"candidate resolutions")

    def _resolve_date_resolution(self, p: _Paragraph, r: DateResolutionRef) -> None:
        found = self.record.adopted_on.get(r.dated, ()) if r.dated else ()
        if len(found) == 1:
            number, year = parse_sc_resolution(found[0]) or (0, 0)
            self.col.cite(p.findings, document_iri(found[0]), p.verb_at(r.span), r,
                          document=_resolution_record(number, year), dated=r.dated)
        else:
            self.warn(p, f"resolution of {r.dated} left unresolved: {len(found)} candidates")

    def _resolve_addressees(self, p: _Paragraph, found: list[EntityRef]) -> list[EntityRef]:
        """Addressees named but not recognised by the finder (``entity=None``), whatever the
        language: a registry entity whose label is the whole name; "the Committee" the one
        committee the text names (or a warning when it names none or several); else a body
        minted from the name, labelled as found, not curated."""
        out = []
        for a in found:
            if a.entity is not None:
                out.append(a)
                continue
            iri = self._addressee(p, a.surface)
            if iri is not None:
                out.append(replace(a, entity=iri))
        return out

    def _addressee(self, p: _Paragraph, surface: str) -> URIRef | None:
        name = normalize_title(re.sub(r"(?<=\w)-+\s*(?=\w)", "-", surface))  # Secretary- General
        index = _label_index(self.registry)
        known = sorted(index.get(name, ()))
        if not known:  # "all the parties concerned", "the two parties": the registry's group
            known = sorted(index.get(_group_name(name), ()))
        if len(known) == 1:
            return known[0]
        if name in _THE_COMMITTEE:
            committees = sorted({m.entity for m in self.out.mentions
                                 if UNSC.Committee in self.registry.classes(m.entity)
                                 # "relevant sanctions committees": many, not the one
                                 and not (self.registry.label(m.entity) or "").endswith("ees")}
                                | {b for b, head, _ in self.out.bodies if head == "committee"})
            if len(committees) == 1:
                return committees[0]
            self.warn(p, f"'{surface}' left unresolved: the text names {len(committees)} "
                         "committees")
            return None
        lang = self.parsed.source.lang
        label = _as_found(re.sub(r"^the\s+", "", surface.strip(), flags=re.I))
        # "the Panel": the one body the text named so (a plural, "States", is a group of its own)
        if re.fullmatch(r"[A-Z][a-z]+(?<!s)", label):
            named = [e.iri for e in self.out.found if e.label.startswith(label + " ")]
            if len(named) == 1:
                return named[0]
        iri = found_entity_iri("body", label, lang)
        if all(e.iri != iri for e in self.out.found):
            # the label is the folded text (simplified Chinese whatever the page's script),
            # so it is tagged with the language alone, as the registry's labels are
            self.out.found.append(FoundEntity(iri, body_class(label, lang), label, lang))
        return iri

    def _entity_or_title(self, p: _Paragraph, r: EntityRef,
                         titles: list[TitleRef]) -> list[Reference]:
        """What a registry name inside a longer title stands for. A bare head word
        ("Charter" in "the Transitional Federal Charter", 宪章 in 《过渡联邦宪章》) or a name
        that is no instrument (联合国 in 《联合国海洋法公约》) is part of the title: the title
        alone. A registry instrument's own title inside a longer one (the Convention on the
        Rights of the Child inside the title of its Optional Protocol) is cited too. Titles in
        《…》 the finder did not report are taken from the text, once per paragraph."""
        instrument = self.registry.kind(r.entity) == "instrument" if r.entity else False
        part_of_title = not instrument or _is_bare_head(r.surface, self.parsed.source.lang)
        if any(t.span.start <= r.span.start and r.span.end <= t.span.end
               and t.span != r.span for t in titles):
            return [] if part_of_title else [r]
        note = p.note_of(r.span)
        base, text = (note.span.start, note.match) if note else (
            p.findings.paragraph.span.start, p.findings.paragraph.match)
        i, j = r.span.start - base, r.span.end - base
        left, right = text.rfind("《", 0, i + 1), text.find("》", max(j - 1, 0))
        if left < 0 or right < 0 or "》" in text[left:i] or "《" in text[j:right]:
            return [r]
        title = text[left + 1:right]
        if r.entity in _label_index(self.registry, "instrument").get(normalize_title(title), ()):
            return [r]
        span = Span(base + left, base + right + 1)
        own = [] if part_of_title else [r]
        if span in p.titles_done:
            return own
        return [*own, TitleRef(span, text[left:right + 1], title=title)]

    def _found_instrument(self, p: _Paragraph, r: TitleRef,
                          known: list[URIRef] | None = None) -> URIRef | None:
        """The instrument minted from the title *r* (recorded once per text), or ``None`` with
        a warning when the title names no instrument or several registry entries."""
        lang = self.parsed.source.lang
        cls = instrument_class(r.title, lang)
        if cls is None or known:
            self.warn(p, f"title not in the registry: {r.title}")
            return None
        title = _as_found(r.title)
        short = re.sub(r"^the\s+", "", title, flags=re.I).lower()
        longer = [e.iri for e in self.out.found if e.cls is not None and e.iri.startswith(
            str(found_entity_iri("instrument", "x", lang))[:-1]) and e.label.lower().endswith(
            " " + short)]
        if len(set(longer)) == 1:  # "the Ceasefire Agreement" after "the Lusaka Ceasefire …"
            return longer[0]
        iri = found_entity_iri("instrument", title, lang)
        if all(e.iri != iri for e in self.out.found):
            self.out.found.append(FoundEntity(iri, cls, re.sub(r"^the\s+", "", title), lang))
        return iri

    def _resolve_title(self, p: _Paragraph, r: TitleRef) -> None:
        p.titles_done.add(r.span)
        full = self.aliases.get(normalize_title(r.title))
        if full is not None:
            r = replace(r, title=full)
        index = _label_index(self.registry, "instrument")
        known = sorted(index.get(normalize_title(r.title), ()))
        if not known:  # "the 1951 Convention relating to …", "… the Child 1989": the year
            undated = re.sub(r"^(?:19|20)\d{2}\s+|\s+(?:of\s+)?(?:19|20)\d{2}$", "", r.title)
            known = sorted(index.get(normalize_title(undated), ())) if undated != r.title else []
        if len(known) == 1:  # the whole title is one of a registry instrument's labels
            self._resolve_entity(p, EntityRef(r.span, r.surface, entity=known[0]))
            return
        if not known and self.parsed.source.lang.split("-")[0] == "zh":
            # 《部队脱离接触协定》 after 《以色列和阿拉伯叙利亚共和国部队脱离接触协定》: a title
            # ending the one other title the text gives is its short form
            short = normalize_title(r.title)
            longer = sorted((t for t in self.titles if t != short and t.endswith(short)),
                            key=len)
            # one longer title, or a chain of them each ending the next (《脱离接触协定》,
            # 《部队脱离接触协定》, 《以色列和…部队脱离接触协定》): the longest
            if longer and all(longer[-1].endswith(t) for t in longer):
                r = replace(r, title=self.titles[longer[-1]])
        iri = self._found_instrument(p, r, known)
        if iri is None:
            return
        self.col.cite(p.findings, iri, p.verb_at(r.span), r)
        if p.note_of(r.span) is None:
            self.col.mention(p.findings, iri, r)


def _resolution_record(number: int, year: int) -> DocumentRecord:
    """The catalogue entry of a Council resolution a text cites."""
    return DocumentRecord(sc_resolution(number, year), "cited",
                          cls=UNSC.SecurityCouncilResolution, number=number, year=year)


def resolve_text(
    parsed: ParsedText,
    findings: list[Findings],
    registry: Registry,
    record: RecordFacts | None = None,
) -> ResolvedText:
    """Turn the findings of every paragraph of *parsed* into facts.

    With the Council's *record* (meeting tables, adoption data), references that cannot be
    right (a resolution number its year never reached, a statement made after the citing
    text) become warnings instead of citations, and resolutions named by their date only are
    found."""
    return _Resolver(parsed, registry, record or RecordFacts()).resolve(findings)


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


def resolve(parsed: ParsedText, registry: Registry,
            record: RecordFacts | None = None) -> ResolvedText:
    """Run the finder of the text's language on every paragraph, then resolve.

    >>> from graph.registry import load_registry
    >>> from graph.model import Header, SourceText, Span, Paragraph
    >>> from pathlib import Path
    >>> text = 'Recalling its resolution 242 (1967),'
    >>> src = SourceText(Path('x.txt'), text, '0', 'en', 'utf-8', match_text=text)
    >>> para = Paragraph('PP', 1, Span(0, len(text)), text, text, 1)
    >>> parsed = ParsedText(src, Header('S/RES/338 (1973)', 338, 1973), [para])
    >>> [str(c.target).rsplit('/', 1)[1] for c in resolve(parsed, load_registry()).citations]
    ['242(1967)']
    """
    findings = [find(p, registry, parsed.source.lang) for p in parsed.paragraphs]
    return resolve_text(parsed, findings, registry, record)


def align_found(texts: list[ResolvedText]) -> list[ResolvedText]:
    """The texts of one document in several languages, with the instruments each minted from
    its own titles made one: in a paragraph where two texts cite the same number of minted
    instruments of a class, they are the same instruments, in order (the Stockholm Agreement
    and 《斯德哥尔摩协定》). The first text's IRIs are kept (put the English text first); the
    others' names become alternative labels (``preferred=False``) of those IRIs. An IRI paired
    with two different ones is left alone.

    Parameters
    ----------
    texts : list of ResolvedText
        Texts of the same document, as :func:`resolve` returned them.

    Returns
    -------
    list of ResolvedText
        The same texts, the first unchanged, the others with their minted instruments renamed.
    """
    if len(texts) < 2:
        return list(texts)
    first = texts[0]
    out = [first]
    for other in texts[1:]:
        mapping = _pair_found(first, other)
        if not mapping:
            out.append(other)
            continue
        citations, seen = [], {}
        for c in other.citations:
            target = mapping.get(c.target, c.target)
            key = (c.paragraph.label, target)
            if key in seen:
                seen[key].spans.extend(c.spans)
                continue
            seen[key] = replace(c, target=target, spans=list(c.spans))
            citations.append(seen[key])
        mentions = [replace(m, entity=mapping.get(m.entity, m.entity)) for m in other.mentions]
        found = [replace(e, iri=mapping[e.iri], preferred=False, cls=_cls_of(first, mapping[e.iri]))
                 if e.iri in mapping else e for e in other.found]
        out.append(replace(other, citations=citations, mentions=mentions, found=found))
    return out


def _cls_of(text: ResolvedText, iri: URIRef) -> URIRef:
    return next(e.cls for e in text.found if e.iri == iri)


def _pair_found(a: ResolvedText, b: ResolvedText) -> dict[URIRef, URIRef]:
    """``b``'s minted instruments -> ``a``'s, paired paragraph by paragraph (see
    :func:`align_found`)."""
    def minted(t: ResolvedText) -> dict[str, dict[URIRef, list[URIRef]]]:
        cls = {e.iri: e.cls for e in t.found}
        by: dict[str, dict[URIRef, list[URIRef]]] = {}
        for c in sorted(t.citations, key=lambda c: min(s.start for s, _ in c.spans)
                        if c.spans else 0):
            if c.target in cls:
                lst = by.setdefault(c.paragraph.label, {}).setdefault(cls[c.target], [])
                if c.target not in lst:
                    lst.append(c.target)
        return by
    ma, mb = minted(a), minted(b)
    pairs: dict[URIRef, set[URIRef]] = {}
    for label, classes in mb.items():
        for cls, items in classes.items():
            theirs = ma.get(label, {}).get(cls, [])
            if len(theirs) == len(items):
                for x, y in zip(items, theirs):
                    pairs.setdefault(x, set()).add(y)
    return {x: next(iter(ys)) for x, ys in pairs.items() if len(ys) == 1}
