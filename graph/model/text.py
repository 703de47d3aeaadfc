"""The text model: what the text pipeline's steps pass along.

read -> segment -> find -> resolve, then the emitters::

    SourceText --segment--> ParsedText --find--> Findings per paragraph
               --resolve--> ResolvedText (citations, mentions, obligations) --emit--> RDF

A reader of structured texts (the UN's Akoma Ntoso XML) makes the :class:`ParsedText`
itself, so that its paragraphs go through the same finders as a plain text's.

Reference kinds form a small dataclass hierarchy (as eyecite's citation kinds do).

>>> Span(3, 7).length
4
>>> Paragraph('OP', 4, Span(0, 2), 'ab', 'ab').label
'OP4'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rdflib import URIRef

from graph.model.records import DocumentRecord

__all__ = [
    "Span", "SourceText", "Header", "Paragraph", "ParsedText", "Note", "Link",
    "PARAGRAPH_KINDS", "Reference", "ResolutionRef",
    "GAResolutionRef", "SymbolRef", "EntityRef", "EstablishedBodyRef", "ArticleRef",
    "DateResolutionRef", "AnaphoraRef", "TitleRef", "Deadline", "Clause", "Findings",
    "Citation", "Mention", "Obligation", "ResolvedText", "Warning", "FoundEntity",
]


@dataclass(frozen=True, order=True)
class Span:
    """Half-open range ``[start, end)`` of code points in the decoded source text."""

    start: int
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class SourceText:
    """A decoded input file."""

    path: Path
    text: str  # decoded, BOM removed, nothing else changed: spans index into this
    sha256: str  # of the raw bytes
    lang: str  # "zh" | "en"
    encoding: str
    script: str = ""  # "Hant" when the text was traditional Chinese and converted for matching
    match_text: str = ""  # same length as text; traditional folded to simplified when needed


@dataclass
class Header:
    """What a document's heading says about it: a resolution (``S/RES/2388 (2017)``,
    *number* 2388) or a presidential statement (``S/PRST/2017/24``, *number* 24); *adopted*
    is the day it was adopted or made."""

    symbol: str
    number: int
    year: int
    adopted: date | None = None
    meeting: int | None = None
    chapter_vii: bool = False
    kind: str = "resolution"  # "resolution" | "statement"


#: the kinds of paragraph, by the prefix of their label: preambular and operative paragraphs
#: of a resolution, paragraphs of a presidential statement, parts of an annex
PARAGRAPH_KINDS = {"PP": "preambular", "OP": "operative", "P": "statement", "AN": "annex"}


@dataclass(frozen=True)
class Note:
    """A footnote or authorial note, attached to the paragraph that carries its marker.

    *span* is where the note's text stands in the source text (at the end of an old text, or
    wherever a reader placed it); ``match`` is that slice folded as :attr:`Paragraph.match`.
    """

    marker: str  # "23", "a", "*"
    span: Span
    text: str
    match: str


@dataclass(frozen=True)
class Link:
    """An editor's hyperlink in a structured source (``<a href="https://undocs.org/…">``):
    *symbol* is the document it points at, *span* the linked text in the source text."""

    span: Span
    symbol: str
    href: str


@dataclass
class Paragraph:
    """A paragraph: preambular (PP) or operative (OP) in a resolution, a paragraph of a
    presidential statement (P), or a part of an annex (AN); see :data:`PARAGRAPH_KINDS`.

    ``match`` is the source slice ``text[span.start:span.end]`` folded character by character
    (full-width to half-width, traditional to simplified) so that offsets in it map to the
    source by adding ``span.start``; ``text`` is the repaired text for display.
    """

    kind: str  # "PP" | "OP" | "P" | "AN"
    number: int
    span: Span
    text: str
    match: str
    position: int = 0  # 1-based order in the document
    notes: list[Note] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.kind}{self.number}"


@dataclass
class ParsedText:
    """A segmented resolution text, with what the segmenter found doubtful about it."""

    source: SourceText
    header: Header
    paragraphs: list[Paragraph]
    warnings: list[Warning] = field(default_factory=list)


# --- references found in a paragraph -------------------------------------------------------


@dataclass(frozen=True)
class Reference:
    """Something a paragraph refers to, with its span in the source text."""

    span: Span
    surface: str


@dataclass(frozen=True)
class ResolutionRef(Reference):
    """A Security Council resolution cited by number and year."""

    number: int = 0
    year: int = 0
    pinpoint: str | None = None  # "paragraphs 1-6", "paragraph 7"


@dataclass(frozen=True)
class GAResolutionRef(Reference):
    """A General Assembly resolution; ``symbol`` in official spelling (``A/RES/55/25``)."""

    symbol: str = ""


@dataclass(frozen=True)
class SymbolRef(Reference):
    """Any other document cited by symbol (``S/2017/939``, ``S/PRST/2015/25``)."""

    symbol: str = ""
    kind: str = ""  # "report" | "prst" | "letter" | "" (unknown)
    author: URIRef | None = None  # e.g. the Secretary-General for his reports
    dated: date | None = None


@dataclass(frozen=True)
class EntityRef(Reference):
    """A registry entity named in the text."""

    entity: URIRef | None = None


@dataclass(frozen=True)
class EstablishedBodyRef(Reference):
    """A body named by the resolutions that established (and continued) it."""

    head: str = ""  # "committee" | "team" | "group-of-experts" | "mechanism" | "mission" | …
    resolutions: tuple[ResolutionRef, ...] = ()


@dataclass(frozen=True)
class ArticleRef(Reference):
    """An article or chapter of an instrument (``第十五条`` -> "15", ``Chapter VII``)."""

    part: str = "article"  # "article" | "chapter"
    number: str = ""
    instrument: URIRef | None = None


@dataclass(frozen=True)
class DateResolutionRef(Reference):
    """An early resolution cited by its date only (``its resolution of 1 August 1947``)."""

    dated: date | None = None


@dataclass(frozen=True)
class AnaphoraRef(Reference):
    """``that resolution``, ``该决议``: resolved only when unambiguous."""

    kind: str = "resolution"


@dataclass(frozen=True)
class TitleRef(Reference):
    """A title in 《…》 or quotes that the registry does not know (kept, not guessed)."""

    title: str = ""


@dataclass(frozen=True)
class Deadline:
    """A time limit: either a date, or a count of months/days from adoption."""

    surface: str
    span: Span
    on: date | None = None
    months: int = 0
    days: int = 0


@dataclass
class Clause:
    """A verb of the Council with what it governs inside a paragraph."""

    span: Span
    verb: URIRef | None
    verb_span: Span | None = None
    addressees: list[EntityRef] = field(default_factory=list)
    deadline: Deadline | None = None


@dataclass
class Findings:
    """What the finder saw in one paragraph."""

    paragraph: Paragraph
    references: list[Reference] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)


# --- resolved facts --------------------------------------------------------------------------


@dataclass
class Citation:
    paragraph: Paragraph
    target: URIRef  # document or entity IRI
    characterization: URIRef  # verb concept
    spans: list[tuple[Span, str]]
    document: DocumentRecord | None = None  # what the citing text tells of a cited document
    pinpoint: str | None = None
    part: URIRef | None = None  # article node
    dated: date | None = None  # the date the text names the cited resolution by, if any


@dataclass
class Mention:
    paragraph: Paragraph
    entity: URIRef
    spans: list[tuple[Span, str]]


@dataclass
class Obligation:
    paragraph: Paragraph
    verb: URIRef
    addressee: URIRef | None
    spans: list[tuple[Span, str]]
    deadline: date | None = None
    binding: bool = False


@dataclass
class Warning:
    """Something doubtful kept out of the graph's facts but reported (validation report)."""

    path: str
    paragraph: str
    message: str


@dataclass(frozen=True)
class FoundEntity:
    """An entity minted from a text because the registry lacks it (an instrument cited by its
    title, a body addressed by its name): not curated, labelled as found."""

    iri: URIRef
    cls: URIRef  # unsc:Instrument or a subclass, unsc:Body or a subclass
    label: str
    lang: str  # the language the label was found in ("en", "zh", "zh-Hant")
    preferred: bool = True  # False: a name from another language's text of the same document


@dataclass
class ResolvedText:
    parsed: ParsedText
    citations: list[Citation] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    obligations: list[Obligation] = field(default_factory=list)
    bodies: list[tuple[URIRef, str, list[str]]] = field(default_factory=list)  # minted bodies
    verbs: dict[str, URIRef] = field(default_factory=dict)  # paragraph label -> main verb
    warnings: list[Warning] = field(default_factory=list)
    found: list[FoundEntity] = field(default_factory=list)  # minted instruments and bodies
