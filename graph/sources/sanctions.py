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

import io
import re
import unicodedata
import xml.etree.ElementTree as StdET
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

import defusedxml
import defusedxml.ElementTree as SafeET
from rdflib import Graph, Literal, URIRef

from graph.errors import InputError
from graph.inputs import read_input
from graph.model import Alias, ListedEntity, SanctionsList
from graph.namespaces import RDF, SKOS, UNSC
from graph.symbols import SymbolError, sc_resolution

__all__ = [
    "Match", "read_sanctions_list", "parse_sanctions_xml", "normalize_name", "split_alias",
    "find_cited_resolutions", "match_listed_entity", "link_registry_groups", "name_index",
]



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
    graph.errors.InputError: /nonexistent/consolidated.xml: no such file or folder
    """
    raw = read_input(path, "sanctions")
    if not raw:
        raise InputError(path, "file is empty")
    return parse_sanctions_xml(io.BytesIO(raw), path)


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
    return _match(name, name_index(sanctions).get(key, ()))


def name_index(sanctions: SanctionsList) -> dict[str, frozenset[str]]:
    """Normalised name -> reference numbers of the entities with that name or alias (made
    once per list and kept on it)."""
    if not sanctions.name_index and sanctions.entities:
        index: dict[str, set[str]] = {}
        for e in sanctions.entities:
            for name in e.names():
                for key in _matching_keys(name):
                    index.setdefault(key, set()).add(e.reference)
        sanctions.name_index.update({k: frozenset(v) for k, v in index.items()})
    return sanctions.name_index


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


