"""The Security Council Consolidated Sanctions List (``consolidated.xml``) as a graph source.

The list (schema ``sc-sanctions.xsd``) has ``INDIVIDUALS`` and ``ENTITIES``. The graph is about
instruments, bodies and armed groups, so entities are read in full (reference number such as
``QDe.137``, name, aliases with their quality ``a.k.a.``/``f.k.a.``, name in original script,
list type = sanctions regime, listing date, narrative and the resolutions it cites) while of
individuals only a count per regime survives the parse loop: their names, dates of birth,
document numbers and addresses are dropped element by element as they are read.

Names in resolution texts are linked to listed entities by exact comparison after a fixed
normalisation of transliteration variants (case, hyphens, apostrophes, Qaida/Qaeda,
Nusra/Nusrah, Shabab/Shabaab): never by similarity.

>>> normalize_name("Al-Qa'ida") == normalize_name("al Qaeda")
True
>>> split_alias("جبهة النصرة (Jabhat al-Nusrah; Al-Nusra Front)")
[('جبهة النصرة', 'ar'), ('Jabhat al-Nusrah', 'en'), ('Al-Nusra Front', 'en')]
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as StdET
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import BinaryIO

import defusedxml
import defusedxml.ElementTree as SafeET
from rdflib import Graph, Literal, URIRef

from graph.errors import InputError
from graph.iri import document_iri, entity_iri, slugify
from graph.namespaces import DCTERMS, RDF, RDFS, SKOS, UNSC, XSD
from graph.symbols import SymbolError, sc_resolution

__all__ = [
    "Alias", "ListedEntity", "SanctionsList", "Match", "SanctionsReport", "Regime",
    "REGIMES", "read_sanctions_list", "parse_sanctions_xml", "normalize_name", "split_alias",
    "find_cited_resolutions", "match_listed_entity", "link_registry_groups",
    "generate_sanctions_triples", "build_sanctions_sources",
]

Triple = tuple[URIRef, URIRef, object]

# --- what the Council's resolutions say about each regime ----------------------------------


@dataclass(frozen=True)
class Regime:
    """Facts about one sanctions regime (a ``UN_LIST_TYPE`` of the list).

    ``committee`` is the (number, year) of the resolution that established the committee that
    keeps the list (``None``: no committee); ``established`` the resolutions that imposed the
    measures; ``continued`` later resolutions that re-founded or renamed the regime.
    """

    label: str
    committee: tuple[int, int] | None
    established: tuple[tuple[int, int], ...]
    continued: tuple[tuple[int, int], ...] = ()


#: Facts, not extracted from the file: the list types of the 2020 list and the resolutions
#: behind them. Committees are named after the resolution that established them
#: ("Security Council Committee established pursuant to resolution 1518 (2003)").
#: Al-Qaida: 1267 (1999) set up the Taliban/Al-Qaida regime and its committee; 1989 (2011)
#: split off the Al-Qaida list; 2253 (2015) renamed it ISIL (Da'esh) and Al-Qaida.
#: Iran: the 1737 Committee ended under 2231 (2015); the list is kept by the Council itself
#: (the "2231 format"), so the regime has no unsc:keptBy (the shape wants a unsc:Committee).
REGIMES: dict[str, Regime] = {
    "Al-Qaida": Regime("ISIL (Da'esh) and Al-Qaida sanctions regime", (1267, 1999),
                       ((1267, 1999),), ((1989, 2011), (2253, 2015))),
    "Taliban": Regime("1988 (Taliban) sanctions regime", (1988, 2011), ((1988, 2011),)),
    "Iraq": Regime("Iraq sanctions regime", (1518, 2003), ((661, 1990),), ((1483, 2003),)),
    "DPRK": Regime("Democratic People's Republic of Korea sanctions regime", (1718, 2006),
                   ((1718, 2006),)),
    "Iran": Regime("Iran sanctions regime (2231 list)", None, ((1737, 2006),), ((2231, 2015),)),
    "DRC": Regime("Democratic Republic of the Congo sanctions regime", (1533, 2004),
                  ((1493, 2003),)),
    "CAR": Regime("Central African Republic sanctions regime", (2127, 2013), ((2127, 2013),)),
    "Libya": Regime("Libya sanctions regime", (1970, 2011), ((1970, 2011),)),
    "Somalia": Regime("Somalia sanctions regime", (751, 1992), ((733, 1992),)),
    "GB": Regime("Guinea-Bissau sanctions regime", (2048, 2012), ((2048, 2012),)),
    "Mali": Regime("Mali sanctions regime", (2374, 2017), ((2374, 2017),)),
    "SouthSudan": Regime("South Sudan sanctions regime", (2206, 2015), ((2206, 2015),)),
    "Yemen": Regime("Yemen sanctions regime", (2140, 2014), ((2140, 2014),)),
    "Sudan": Regime("Sudan sanctions regime", (1591, 2005), ((1556, 2004),)),
}

#: the committee of the ISIL (Da'esh) and Al-Qaida regime is the registry's ``committee-1267``
_COMMITTEE_SLUG = {(1267, 1999): "committee-1267"}

# --- the parsed list --------------------------------------------------------------------------


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

    @property
    def regimes(self) -> list[str]:
        """Every list type of an entity or an individual, sorted."""
        return sorted({e.list_type for e in self.entities} | set(self.individuals))

    @cached_property
    def name_index(self) -> dict[str, frozenset[str]]:
        """Normalised name -> reference numbers of the entities with that name or alias."""
        index: dict[str, set[str]] = {}
        for e in self.entities:
            for name in e.names():
                for key in _matching_keys(name):
                    index.setdefault(key, set()).add(e.reference)
        return {k: frozenset(v) for k, v in index.items()}

    def entity(self, reference: str) -> ListedEntity:
        """Return the entity with this reference number."""
        for e in self.entities:
            if e.reference == reference:
                return e
        raise KeyError(reference)


# --- names ---------------------------------------------------------------------------------------

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_APOSTROPHES = re.compile(r"['’‘ʼʿʾ`´′\"“”«»]")
_DASHES = re.compile(r"[-‐‑‒–—―_]")
#: transliteration variants folded to one spelling (whole words, after case folding)
_VARIANTS = {"qaeda": "qaida", "nusra": "nusrah", "shabab": "shabaab"}


def normalize_name(name: str) -> str:
    """Return the form of *name* that matching compares: case, accents, apostrophes, hyphens
    and spacing folded, and the known transliteration variants unified.

    >>> normalize_name("HARAKAT AL - SHABAB")
    'harakat al shabaab'
    >>> normalize_name("Da’esh") == normalize_name("Daesh")
    True
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _APOSTROPHES.sub("", s.casefold())
    s = _DASHES.sub(" ", s).replace(".", "").replace(",", " ")
    words = [_VARIANTS.get(w, w) for w in s.split()]
    return " ".join(words)


def _script(name: str) -> str:
    ar, lat = bool(_ARABIC.search(name)), bool(_LATIN.search(name))
    if ar and not lat:
        return "ar"
    if lat and not ar:
        return "en"
    return ""


def _clean(text: str | None) -> str:
    """Collapse blanks; a word broken after a hyphen at a line end is joined (``ISIL-\\nK``)."""
    if not text:
        return ""
    text = re.sub(r"(?<=\w)-[ \t]*\n\s*", "-", text)
    return " ".join(text.split())


def _last_group(text: str) -> tuple[str, str] | None:
    """Split ``head (inner)`` at the last top-level parenthesised group that ends the text."""
    if not text.endswith(")"):
        return None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            depth -= 1
            if depth == 0:
                head = text[:i].strip()
                return (head, text[i + 1:-1].strip()) if head else None
    return None


def _top_level_split(text: str, sep: str = ";") -> list[str]:
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        depth += c == "("
        depth -= c == ")"
        if c == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def split_alias(raw: str) -> list[tuple[str, str]]:
    """Return the names in one ``ALIAS_NAME`` with the language of their script.

    The list packs several names into one alias as ``<Arabic> (<name>; <name>…)``, with notes
    such as ``(original script)`` or ``- sub-unit name``; any other alias is one name.

    >>> split_alias("Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); HTS2)")
    [('Hay’at Tahrir al-Sham (HTS)', 'en'), ('هيئة تحرير الشام', 'ar'), ('HTS2', 'en')]
    >>> split_alias("Al-Qaida in Yemen (AQY)")
    [('Al-Qaida in Yemen (AQY)', 'en')]
    """
    text = _clean(raw)
    if not text:
        return []
    names = [text]
    group = _last_group(text)
    if group and (";" in group[1] or _script(group[0]) == "ar"):
        names = [group[0], *_top_level_split(group[1])]
    out = []
    for n in names:
        n = re.sub(r"\s*\(original script\)\s*$", "", n, flags=re.I)
        n = re.sub(r"\s+-\s*sub-unit name\s*$", "", n, flags=re.I).strip()
        if n:
            out.append((n, _script(n)))
    return out


def _is_acronym(inner: str, head: str) -> bool:
    """``(AQAP)`` after "Al-Qaida in the Arabian Peninsula" is another name of the entity;
    ``(PAKISTAN)`` after "Al-Haramain Foundation" is not: an acronym has no blank, at least
    two capitals and the first letter of the name."""
    letters = [c for c in head if c.isalpha()]
    return (" " not in inner and len(inner) <= 12 and sum(c.isupper() for c in inner) >= 2
            and bool(letters) and inner[:1].upper() == letters[0].upper())


def _matching_keys(name: str) -> set[str]:
    """The normalised keys of one name: the name, its parts split at ``;``, and for
    ``<name> (<acronym>)`` the name and the acronym alone."""
    keys = set()
    for part in [_clean(name), *_top_level_split(_clean(name))]:
        keys.add(normalize_name(part))
        group = _last_group(part)
        if group and ";" not in group[1]:
            keys.add(normalize_name(group[0]))
            if _is_acronym(group[1], group[0]):
                keys.add(normalize_name(group[1]))
    keys.discard("")
    return keys


# --- resolutions cited in the narrative ----------------------------------------------------------

_NUM_YEAR = r"(\d{1,4})\s*\(\s*(\d{4})\s*\)"
_RES_LIST = re.compile(r"\bresolutions?\s+((?:" + _NUM_YEAR + r"(?:\s*,\s*|\s*,?\s*and\s+)?)+)",
                       re.I)
_SRES = re.compile(r"\bS/RES/" + _NUM_YEAR)


def find_cited_resolutions(text: str) -> list[str]:
    """Return the symbols of the Council resolutions that *text* cites, in order, once each.

    Only references with a year count (``resolution 1973`` alone is left out).

    >>> find_cited_resolutions("resolutions 1747 (2007) and\\n1737 (2006); S/RES/2253(2015)")
    ['S/RES/1747 (2007)', 'S/RES/1737 (2006)', 'S/RES/2253 (2015)']
    """
    found: list[tuple[int, str]] = []
    for m in _RES_LIST.finditer(text):
        for n in re.finditer(_NUM_YEAR, m.group(1)):
            found.append((m.start(1) + n.start(), *n.groups()))  # type: ignore[arg-type]
    for m in _SRES.finditer(text):
        found.append((m.start(), *m.groups()))  # type: ignore[arg-type]
    out: list[str] = []
    for _, number, year in sorted(found):  # type: ignore[misc]
        try:
            symbol = sc_resolution(int(number), int(year))
        except SymbolError:
            continue
        if symbol not in out:
            out.append(symbol)
    return out


# --- reading -----------------------------------------------------------------------------------

_REFERENCE = re.compile(r"^[A-Z]{2}[ei]\.\d+$")
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def _date(text: str | None, path: str, what: str) -> date | None:
    if not text or not text.strip():
        return None
    m = _DATE.match(text.strip())
    try:
        if not m:
            raise ValueError
        return date.fromisoformat(m.group(1))
    except ValueError:
        raise InputError(path, f"{what}: not a date: {text.strip()[:20]!r}") from None


def _parse_entity(elem: StdET.Element, path: str, position: int) -> ListedEntity:
    where = f"ENTITY {position}"
    reference = (elem.findtext("REFERENCE_NUMBER") or "").strip()
    if not _REFERENCE.match(reference):
        raise InputError(path, f"{where}: missing or malformed REFERENCE_NUMBER {reference[:20]!r}")
    where = f"ENTITY {reference}"
    name = _clean(elem.findtext("FIRST_NAME"))
    list_type = _clean(elem.findtext("UN_LIST_TYPE"))
    if not name or not list_type:
        raise InputError(path, f"{where}: no FIRST_NAME or no UN_LIST_TYPE")
    aliases: list[Alias] = []
    for a in elem.iter("ENTITY_ALIAS"):
        quality = _clean(a.findtext("QUALITY")).lower()
        for alias, lang in split_alias(a.findtext("ALIAS_NAME") or ""):
            if Alias(alias, quality, lang) not in aliases:
                aliases.append(Alias(alias, quality, lang))
    comments = _clean(elem.findtext("COMMENTS1"))
    return ListedEntity(
        reference=reference, name=name, list_type=list_type,
        listed_on=_date(elem.findtext("LISTED_ON"), path, f"{where} LISTED_ON"),
        original_script=_clean(elem.findtext("NAME_ORIGINAL_SCRIPT")),
        aliases=tuple(aliases), comments=comments,
        resolutions=tuple(find_cited_resolutions(elem.findtext("COMMENTS1") or "")))


def parse_sanctions_xml(source: str | Path | BinaryIO,
                        path: str | Path = "<xml>") -> SanctionsList:
    """Parse the list from a binary file object (or a file name) with a hardened XML parser.

    DTDs, entity declarations and external references are refused. Each ``INDIVIDUAL`` is
    dropped as soon as its ``UN_LIST_TYPE`` is counted.

    Examples
    --------
    >>> import io
    >>> xml = b'''<CONSOLIDATED_LIST dateGenerated="2020-11-30T00:00:00"><INDIVIDUALS>
    ... <INDIVIDUAL><FIRST_NAME>X</FIRST_NAME><UN_LIST_TYPE>DRC</UN_LIST_TYPE></INDIVIDUAL>
    ... </INDIVIDUALS><ENTITIES><ENTITY><FIRST_NAME>AL-SHABAAB</FIRST_NAME>
    ... <UN_LIST_TYPE>Somalia</UN_LIST_TYPE><REFERENCE_NUMBER>SOe.001</REFERENCE_NUMBER>
    ... <LISTED_ON>2010-04-12</LISTED_ON></ENTITY></ENTITIES></CONSOLIDATED_LIST>'''
    >>> s = parse_sanctions_xml(io.BytesIO(xml))
    >>> s.individuals, s.entities[0].reference, s.regimes
    ({'DRC': 1}, 'SOe.001', ['DRC', 'Somalia'])
    """
    path = str(path)
    counts: Counter[str] = Counter()
    entities: list[ListedEntity] = []
    seen: set[str] = set()
    sections: list[str] = []
    generated = ""
    stack: list[StdET.Element] = []
    n_individuals = 0
    try:
        events = SafeET.iterparse(source, events=("start", "end"), forbid_dtd=True,
                                  forbid_entities=True, forbid_external=True)
        for event, elem in events:
            if event == "start":
                depth = len(stack)
                if depth == 0:
                    if elem.tag != "CONSOLIDATED_LIST":
                        raise InputError(path, f"not a Security Council sanctions list "
                                               f"(root element {str(elem.tag)[:40]!r})")
                    generated = elem.get("dateGenerated", "")
                    if not generated:
                        raise InputError(path, "CONSOLIDATED_LIST has no dateGenerated")
                elif depth == 1:
                    if elem.tag not in ("INDIVIDUALS", "ENTITIES") or elem.tag in sections:
                        raise InputError(path, f"unexpected element {str(elem.tag)[:40]!r} "
                                               "in CONSOLIDATED_LIST")
                    sections.append(elem.tag)
                elif depth == 2:
                    expected = "INDIVIDUAL" if stack[1].tag == "INDIVIDUALS" else "ENTITY"
                    if elem.tag != expected:
                        raise InputError(path, f"unexpected element {str(elem.tag)[:40]!r} "
                                               f"in {stack[1].tag}")
                stack.append(elem)
                continue
            stack.pop()
            if len(stack) != 2:
                continue
            parent = stack[1]
            if elem.tag == "INDIVIDUAL":
                n_individuals += 1
                list_type = _clean(elem.findtext("UN_LIST_TYPE"))
                if not list_type:
                    raise InputError(path, f"INDIVIDUAL {n_individuals}: no UN_LIST_TYPE")
                counts[list_type] += 1
            else:
                entity = _parse_entity(elem, path, len(entities) + 1)
                if entity.reference in seen:
                    raise InputError(path, f"duplicate reference number {entity.reference}")
                seen.add(entity.reference)
                entities.append(entity)
            # drop the element and everything in it: personal data never outlives this loop
            elem.clear()
            parent.remove(elem)
    except InputError:
        raise
    except defusedxml.DTDForbidden:
        raise InputError(path, "refused: the XML declares a DTD") from None
    except defusedxml.EntitiesForbidden:
        raise InputError(path, "refused: the XML declares entities") from None
    except defusedxml.ExternalReferenceForbidden:
        raise InputError(path, "refused: the XML refers to an external resource") from None
    except defusedxml.DefusedXmlException as exc:
        raise InputError(path, f"refused: unsafe XML ({type(exc).__name__})") from None
    except StdET.ParseError as exc:
        raise InputError(path, f"malformed or truncated XML: {exc}") from None
    except (OSError, ValueError) as exc:
        raise InputError(path, f"cannot read: {exc}") from None
    if sections != ["INDIVIDUALS", "ENTITIES"]:
        raise InputError(path, "a sanctions list needs INDIVIDUALS then ENTITIES "
                               f"(found {', '.join(sections) or 'neither'})")
    entities.sort(key=lambda e: e.reference)
    return SanctionsList(path, generated, entities, dict(sorted(counts.items())))


def read_sanctions_list(path: str | Path) -> SanctionsList:
    """Read the consolidated list from *path* (see :func:`parse_sanctions_xml`).

    Raises :class:`graph.errors.InputError` for a missing, malformed, truncated, hostile or
    wrong-schema file.

    >>> read_sanctions_list('/nonexistent/consolidated.xml')
    Traceback (most recent call last):
    ...
    graph.errors.InputError: /nonexistent/consolidated.xml: cannot read: ...
    """
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    with fh:
        if not fh.read(1):
            raise InputError(path, "file is empty")
        fh.seek(0)
        return parse_sanctions_xml(fh, path)


# --- matching ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    """Result of looking a name up: ``linked`` (one entity), ``ambiguous`` or ``unmatched``."""

    name: str
    status: str
    references: tuple[str, ...] = ()  # candidates, sorted; exactly one when linked
    labels: tuple[str, ...] = ()  # the names that were tried (registry groups)

    @property
    def reference(self) -> str | None:
        """The reference number when linked."""
        return self.references[0] if self.status == "linked" else None


def _match(name: str, refs: Iterable[str], labels: tuple[str, ...] = ()) -> Match:
    refs = tuple(sorted(set(refs)))
    status = "unmatched" if not refs else "linked" if len(refs) == 1 else "ambiguous"
    return Match(name, status, refs, labels)


def match_listed_entity(name: str, sanctions: SanctionsList) -> Match:
    """Link *name* to the one listed entity whose normalised name or alias equals it.

    Examples
    --------
    >>> s = SanctionsList('x', '', [ListedEntity('SOe.001', 'AL-SHABAAB', 'Somalia', None,
    ...     aliases=(Alias('HARAKAT SHABAB AL-MUJAHIDIN', 'a.k.a.', 'en'),))])
    >>> match_listed_entity("Al Shabab", s).reference
    'SOe.001'
    >>> match_listed_entity("Shabaab", s).status
    'unmatched'
    """
    key = normalize_name(_clean(name))
    return _match(name, sanctions.name_index.get(key, ()))


def link_registry_groups(registry_graph: Graph, sanctions: SanctionsList) -> dict[URIRef, Match]:
    """Match each ``unsc:ArmedGroup`` of the registry through its English labels.

    A group is linked when its prefLabel, altLabels and hiddenLabels (``@en``) together lead
    to exactly one listed entity; ambiguous when they lead to several (one ambiguous label
    is enough); unmatched when none is found.

    Examples
    --------
    >>> g = Graph().parse(format='turtle', data='''
    ... @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    ... @prefix unsc: <https://w3id.org/unsc-graph/ontology#> .
    ... <https://w3id.org/unsc-graph/id/entity/al-shabaab> a unsc:ArmedGroup ;
    ...     skos:prefLabel "Al-Shabaab"@en , "青年党"@zh ; skos:altLabel "Shabab"@en .''')
    >>> s = SanctionsList('x', '', [ListedEntity('SOe.001', 'AL-SHABAAB', 'Somalia', None)])
    >>> [(str(k).rsplit('/', 1)[1], m.reference) for k, m in link_registry_groups(g, s).items()]
    [('al-shabaab', 'SOe.001')]
    """
    out: dict[URIRef, Match] = {}
    groups = sorted(s for s in registry_graph.subjects(RDF.type, UNSC.ArmedGroup)
                    if isinstance(s, URIRef))
    for group in groups:
        labels = sorted({str(o) for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
                         for o in registry_graph.objects(group, p)
                         if isinstance(o, Literal) and (o.language or "").lower()
                         .split("-")[0] == "en"})
        refs: set[str] = set()
        for label in labels:
            refs.update(match_listed_entity(label, sanctions).references)
        pref = registry_graph.value(group, SKOS.prefLabel)
        out[group] = _match(str(pref) if pref is not None else str(group), refs, tuple(labels))
    return out


# --- triples ---------------------------------------------------------------------------------


@dataclass
class SanctionsReport:
    """What the generation did, for the build summary and the user."""

    generated: str = ""
    entities: int = 0
    individuals: dict[str, int] = field(default_factory=dict)
    entities_per_regime: dict[str, int] = field(default_factory=dict)
    unknown_regimes: list[str] = field(default_factory=list)  # list types not in REGIMES
    registry_links: dict[str, str] = field(default_factory=dict)  # registry IRI -> reference
    registry_unlinked: list[str] = field(default_factory=list)  # ambiguous / unmatched groups
    registry_conflicts: list[str] = field(default_factory=list)  # registry says another number
    names_skipped: int = 0  # names in scripts other than Latin and Arabic
    triples: int = 0


def regime_iri(list_type: str) -> URIRef:
    """Return the IRI of the regime of a list type.

    >>> str(regime_iri('Al-Qaida')).rsplit('/', 1)[1]
    'regime-al-qaida'
    """
    return entity_iri("regime-" + slugify(list_type))


def _committee_iri(resolution: tuple[int, int]) -> URIRef:
    return entity_iri(_COMMITTEE_SLUG.get(resolution, f"committee-{resolution[0]}"))


def _resolution_triples(symbol: str) -> Iterator[Triple]:
    node = document_iri(symbol)
    m = re.match(r"S/RES/(\d+) \((\d{4})\)$", symbol)
    yield node, RDF.type, UNSC.SecurityCouncilResolution
    yield node, DCTERMS.identifier, Literal(symbol)
    if m:
        yield node, UNSC.number, Literal(int(m.group(1)), datatype=XSD.integer)
        yield node, UNSC.year, Literal(int(m.group(2)), datatype=XSD.integer)


def _regime_triples(list_type: str, individuals: int, cited: set[str],
                    labelled: set[URIRef]) -> Iterator[Triple]:
    node = regime_iri(list_type)
    facts = REGIMES.get(list_type)
    yield node, RDF.type, UNSC.SanctionsRegime
    label = facts.label if facts else f"{list_type} sanctions regime"
    yield node, RDFS.label, Literal(label, lang="en")
    yield node, UNSC.individualsListed, Literal(individuals, datatype=XSD.integer)
    if facts is None:
        return
    if facts.committee is not None:
        committee = _committee_iri(facts.committee)
        symbol = sc_resolution(*facts.committee)
        yield node, UNSC.keptBy, committee
        yield committee, RDF.type, UNSC.Committee
        yield committee, UNSC.establishedBy, document_iri(symbol)
        cited.add(symbol)
        if facts.committee not in _COMMITTEE_SLUG and committee not in labelled:
            label = f"Security Council Committee established pursuant to resolution " \
                    f"{facts.committee[0]} ({facts.committee[1]})"
            yield committee, SKOS.prefLabel, Literal(label, lang="en")
            # the UN's Chinese for the same name (as in "第751(1992)号决议所设委员会")
            label = f"安全理事会第{facts.committee[0]}({facts.committee[1]})号决议所设委员会"
            yield committee, SKOS.prefLabel, Literal(label, lang="zh")
    for prop, resolutions in ((UNSC.establishedBy, facts.established),
                              (UNSC.continuedBy, facts.continued)):
        for number, year in resolutions:
            symbol = sc_resolution(number, year)
            cited.add(symbol)
            yield node, prop, document_iri(symbol)


def _entity_triples(e: ListedEntity, subject: URIRef, in_registry: bool, cited: set[str],
                    report: SanctionsReport, taken: set[tuple[URIRef, Literal]]
                    ) -> Iterator[Triple]:
    yield subject, RDF.type, UNSC.ListedEntity
    yield subject, UNSC.sanctionsReference, Literal(e.reference)
    # a registry group keeps its own English prefLabel: the listed name becomes an altLabel
    if (subject, Literal(e.name, lang="en")) not in taken:
        yield subject, SKOS.altLabel if in_registry else SKOS.prefLabel, Literal(e.name, lang="en")
    names = [(a.name, a.lang, a.quality) for a in e.aliases]
    if e.original_script:
        names.append((e.original_script, _script(e.original_script), "original"))
    for name, lang, quality in names:
        if not lang:
            report.names_skipped += 1
            continue
        if lang == "en" and normalize_name(name) == normalize_name(e.name):
            continue
        prop = UNSC.formerName if quality == "f.k.a." else SKOS.altLabel
        if (subject, Literal(name, lang=lang)) not in taken:  # SKOS: labels are disjoint
            yield subject, prop, Literal(name, lang=lang)
    yield subject, UNSC.listedUnder, regime_iri(e.list_type)
    if e.listed_on is not None:
        yield subject, UNSC.listedOn, Literal(e.listed_on.isoformat(), datatype=XSD.date)
    for symbol in e.resolutions:
        cited.add(symbol)
        yield subject, DCTERMS.references, document_iri(symbol)


def generate_sanctions_triples(sanctions: SanctionsList,
                               registry_groups: Mapping[URIRef, Match] | None = None,
                               registry: Graph | None = None,
                               ) -> tuple[list[Triple], SanctionsReport]:
    """Return the triples of the regimes and listed entities, and a report.

    *registry_groups* is the result of :func:`link_registry_groups`: a listed entity linked
    to a registry armed group is described on the registry IRI, any other on
    ``id:entity/listed-<reference>``. Nothing of the individuals but their count per regime
    goes into the graph. A committee gets an English prefLabel from here only when the
    *registry* has none for it (``committee-1267`` never: the registry names it).

    Examples
    --------
    >>> s = SanctionsList('x', '', [ListedEntity('SOe.001', 'AL-SHABAAB', 'Somalia',
    ...     date(2010, 4, 12))], {'Somalia': 15})
    >>> triples, report = generate_sanctions_triples(s)
    >>> node = entity_iri('listed-soe-001')
    >>> (node, UNSC.listedUnder, regime_iri('Somalia')) in triples, report.entities
    (True, 1)
    """
    registry_groups = registry_groups or {}
    by_reference: dict[str, URIRef] = {}
    report = SanctionsReport(generated=sanctions.generated, entities=len(sanctions.entities),
                             individuals=dict(sanctions.individuals))
    for group, m in sorted(registry_groups.items()):
        if m.status == "linked" and m.reference not in by_reference:
            by_reference[m.reference] = group  # type: ignore[index]
            report.registry_links[str(group)] = m.reference  # type: ignore[assignment]
        elif m.status == "linked":
            report.registry_unlinked.append(
                f"{group}: {m.reference} already linked to {by_reference[m.reference]}")
        else:
            report.registry_unlinked.append(
                f"{group}: {m.status} {', '.join(m.references)}".rstrip())
    labelled: set[URIRef] = set()
    taken: set[tuple[URIRef, Literal]] = set()  # registry prefLabels and hiddenLabels
    if registry is not None:
        taken = {(s, o) for p in (SKOS.prefLabel, SKOS.hiddenLabel)
                 for s, o in registry.subject_objects(p)
                 if isinstance(s, URIRef) and isinstance(o, Literal)}
        for group, reference in sorted(by_reference.items()):
            for said in sorted(map(str, registry.objects(reference, UNSC.sanctionsReference))):
                if said != group:
                    report.registry_conflicts.append(
                        f"{reference}: the registry says {said}, the list's names say {group}")
        labelled = {s for s, o in registry.subject_objects(SKOS.prefLabel)
                    if isinstance(s, URIRef) and isinstance(o, Literal)
                    and (o.language or "").lower().split("-")[0] == "en"}
    cited: set[str] = set()
    out: list[Triple] = []
    for list_type in sanctions.regimes:
        if list_type not in REGIMES:
            report.unknown_regimes.append(list_type)
        out.extend(_regime_triples(list_type, sanctions.individuals.get(list_type, 0), cited,
                                   labelled))
    for e in sanctions.entities:
        report.entities_per_regime[e.list_type] = report.entities_per_regime.get(
            e.list_type, 0) + 1
        subject = by_reference.get(e.reference)
        node = subject or entity_iri("listed-" + slugify(e.reference))
        out.extend(_entity_triples(e, node, subject is not None, cited, report, taken))
    for symbol in sorted(cited):
        out.extend(_resolution_triples(symbol))
    unique = list(dict.fromkeys(out))
    report.entities_per_regime = dict(sorted(report.entities_per_regime.items()))
    report.triples = len(unique)
    return unique, report


def build_sanctions_sources(paths: Iterable[str | Path], registry_graph: Graph | None = None,
                            report: list[SanctionsReport] | None = None, *,
                            named: Collection[Path] | None = None,
                            skipped: list[tuple[str, str]] | None = None) -> list:
    """Read the sanctions list and return its quads in ``id:graph/sanctions`` (pyoxigraph).

    With several files, the newest (``dateGenerated``, then path) is used. The registry is
    the bundled one unless *registry_graph* is given; the report is appended to *report*.
    A file that cannot be read raises :class:`InputError` when *named* is None (every file
    counts) or holds it (given by name); otherwise it is appended to *skipped* as
    ``(path, problem)`` and the others are used, as the build does for folders.
    """
    from graph.iri import SANCTIONS_GRAPH
    from graph.store import to_ox_quads

    lists = []
    for p in sorted(map(str, paths)):
        try:
            lists.append(read_sanctions_list(p))
        except InputError as exc:
            if named is None or Path(p) in named:
                raise
            if skipped is not None:
                skipped.append((p, exc.problem))
    if not lists:
        return []
    sanctions = max(lists, key=lambda s: (s.generated, s.path))
    if registry_graph is None:
        from graph.registry import load_registry

        registry_graph = load_registry().graph
    triples, rep = generate_sanctions_triples(
        sanctions, link_registry_groups(registry_graph, sanctions), registry_graph)
    if report is not None:
        report.append(rep)
    return to_ox_quads(triples, SANCTIONS_GRAPH)
