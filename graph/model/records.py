"""The records the sources other than resolution texts read: meeting tables, the veto list,
the UN Digital Library's record table, the data the UN publishes with its XML texts, and the
catalogue entries every source contributes.

Each source reads its input into these records (:mod:`graph.sources`); the emitters
(:mod:`graph.emit`) turn them into triples.

>>> DocumentRecord('S/RES/2388 (2017)', 'text', number=2388, year=2017).number
2388
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from rdflib import URIRef

__all__ = ["Outcome", "MeetingRecord", "VetoedDraft", "DocumentRecord", "MeetingFact",
           "AdoptionRecord", "SOURCE_PRECEDENCE", "Alias", "ListedEntity", "SanctionsList"]


@dataclass(frozen=True)
class Outcome:
    """One action of a meeting: a resolution, a presidential statement or a failed draft.

    ``vote`` is the vote as written (``15-0-0``, ``adopted unanimously``, ``without vote``);
    ``votes`` the counts for/against/abstaining when the table gives them as numbers.
    """

    kind: str  # "resolution" | "prst" | "draft"
    symbol: str  # S/RES/827 (1993), S/PRST/2017/25, S/26809, S/2022/431
    number: int | None = None  # resolutions only
    year: int | None = None  # resolutions and S/PRST/yyyy/n
    vote: str | None = None
    votes: tuple[int, int, int] | None = None
    status: str = ""  # drafts: "vetoed" | "not adopted"
    topic: str = ""


@dataclass(frozen=True)
class MeetingRecord:
    """One row (or group of rows) of a yearly table: a meeting and what it did.

    ``number`` is ``None`` for the videoconferences of 2020-2021 that had no meeting; ``date``
    is the last day when the table gives a range (``29 + 30 March``): the day of the votes.
    """

    number: int | None
    date: date
    record: str  # "S/PV.8111", "S/PV.9079 (Resumption 1)", "" when none
    topics: tuple[str, ...]
    outcomes: tuple[Outcome, ...]
    press_release: str = ""
    source: str = ""

    @property
    def topic(self) -> str:
        """All agenda items of the meeting in one string."""
        return "; ".join(self.topics)


@dataclass(frozen=True)
class VetoedDraft:
    """A row of the veto list. ``draft`` is ``None`` when the list names only the meeting
    record (most vetoes of 1946-1950 were cast on proposals without a document symbol)."""

    draft: str | None
    date: date
    meeting: int | None
    records: tuple[str, ...]  # S/PV.n, or the letters of a vote by videoconference
    topic: str
    members: tuple[str, ...]  # as listed: "USSR", "Russian Federation", "UK", …
    source: str = ""


#: the sources of catalogue facts, most trusted first: the curated registry, the library's
#: meeting tables, the data the UN publishes with its XML texts, a text's own heading, and
#: what a citing text tells of a document it cites (its symbol, the words around it)
SOURCE_PRECEDENCE = ("registry", "tables", "extract", "text", "cited")


@dataclass(frozen=True)
class DocumentRecord:
    """What one source states about one document: its contribution to the catalogue.

    *source* is one of :data:`SOURCE_PRECEDENCE`; where sources disagree on a field, the
    most trusted one's value is kept (see :func:`graph.catalogue.merge_documents`).
    *cls* is the document's class (``unsc:SecurityCouncilResolution`` …), ``None`` when
    this source cannot tell it.
    """

    symbol: str
    source: str
    cls: URIRef | None = None
    number: int | None = None
    year: int | None = None
    dated: date | None = None  # adopted, made or issued
    meeting: int | None = None  # the meeting it was adopted at
    chapter_vii: bool | None = None
    author: URIRef | None = None
    topic: str = ""  # the agenda item
    vote: str | None = None  # "15-0-0" as counted
    votes: tuple[int, int, int] | None = None
    title: str = ""  # in English
    passed_by_council: bool = False


@dataclass(frozen=True)
class MeetingFact:
    """A meeting of the Council that a source names: its number and, when known, its day."""

    number: int
    dated: date | None
    source: str


@dataclass(frozen=True)
class AdoptionRecord:
    """How a resolution was adopted, as the data published with the UN's XML texts say.

    Member States are named as listed there (upper case: ``UNITED STATES``); *sponsors* holds
    the sponsors and the additional sponsors; entries of those lists that name no State
    ("REPORT OF THE SECRETARY-GENERAL") are *sponsor_notes*.
    """

    symbol: str
    source: str  # the file read
    meeting: int | None = None
    adopted: date | None = None
    agenda_item: str = ""
    draft: str | None = None  # the draft resolution's symbol
    record: str | None = None  # the meeting record, S/PV.n
    chapter_vii: bool | None = None
    title: str = ""
    in_favour: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    abstaining: tuple[str, ...] = ()
    sponsors: tuple[str, ...] = ()
    sdgs: tuple[str, ...] = ()  # "16"
    subjects: tuple[tuple[str, str], ...] = ()  # (term, thesaurus)
    vote: str = ""  # as written: "Adopted unanimously, 7866th meeting", "Adopted 14-0-1, …"
    votes: tuple[int, int, int] | None = None  # the counts in favour/against/abstaining
    sponsor_notes: tuple[str, ...] = ()  # entries of the sponsor lists that name no State


# --- the Council's consolidated sanctions list -------------------------------------------


@dataclass(frozen=True)
class Alias:
    """One name of a listed entity: ``quality`` is ``a.k.a.``, ``f.k.a.`` or ``""``;
    ``lang`` is ``en`` (Latin script), ``ar`` (Arabic script) or ``""`` (other scripts)."""

    name: str
    quality: str
    lang: str


@dataclass(frozen=True)
class ListedEntity:
    """An entity (not an individual) of the list."""

    reference: str  # "QDe.137"
    name: str  # FIRST_NAME, blanks collapsed
    list_type: str  # UN_LIST_TYPE: the regime, "Al-Qaida", "DRC", …
    listed_on: date | None
    original_script: str = ""
    aliases: tuple[Alias, ...] = ()
    comments: str = ""
    resolutions: tuple[str, ...] = ()  # symbols cited in the comments, in order of first citation

    def names(self) -> list[str]:
        """Every name to match against: listed name, aliases, original script."""
        out = [self.name, *(a.name for a in self.aliases)]
        if self.original_script:
            out.append(self.original_script)
        return out


@dataclass
class SanctionsList:
    """What the graph keeps of the list: entities in full, individuals as counts per regime."""

    path: str
    generated: str  # dateGenerated
    entities: list[ListedEntity] = field(default_factory=list)
    individuals: dict[str, int] = field(default_factory=dict)  # list type -> count
    #: normalised name -> reference numbers (filled by graph.sources.sanctions.name_index)
    name_index: dict[str, frozenset[str]] = field(default_factory=dict, compare=False,
                                                  repr=False)

    @property
    def regimes(self) -> list[str]:
        """Every list type of an entity or an individual, sorted."""
        return sorted({e.list_type for e in self.entities} | set(self.individuals))

    def entity(self, reference: str) -> ListedEntity:
        """Return the entity with this reference number."""
        for e in self.entities:
            if e.reference == reference:
                return e
        raise KeyError(reference)
