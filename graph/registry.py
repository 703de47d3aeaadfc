"""The curated registry: entities and verbs with their names in each language.

Extraction finds entities and verbs only through the names the registry holds, so a new
entity is a data change (a few lines of Turtle in ``data/registry/``), never a code change.

>>> reg = parse_registry('''
... @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
... @prefix unsc: <https://w3id.org/unsc-graph/ontology#> .
... <https://w3id.org/unsc-graph/id/entity/isil> a unsc:ArmedGroup ;
...     skos:prefLabel "Islamic State in Iraq and the Levant"@en , "伊拉克和黎凡特伊斯兰国"@zh ;
...     skos:altLabel "ISIL"@en , "伊黎伊斯兰国"@zh .
... ''')
>>> found = reg.find_entities('谴责伊黎伊斯兰国的行为', 'zh')
>>> [(s, e, str(i).rsplit('/', 1)[1]) for s, e, i in found]
[(2, 8, 'isil')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from graph.errors import InputError
from graph.namespaces import RDF, RDFS, SKOS, UNSC
from graph.resources import registry_paths

__all__ = ["Registry", "load_registry", "parse_registry", "KIND_OF_CLASS"]

#: the ``type`` column of the ``mentions`` query, by class
KIND_OF_CLASS: dict[URIRef, str] = {
    UNSC.ArmedGroup: "armed group",
    UNSC.Body: "body",
    UNSC.Committee: "body",
    UNSC.Office: "body",
    UNSC.Mission: "body",
    UNSC.Mechanism: "body",
    UNSC.StateGroup: "body",
    UNSC.Instrument: "instrument",
    UNSC.Treaty: "instrument",
    UNSC.Protocol: "instrument",
    UNSC.Declaration: "instrument",
    UNSC.PlanOfAction: "instrument",
    UNSC.Publication: "instrument",
    UNSC.Charter: "instrument",
    UNSC.Place: "place",
    UNSC.State: "place",
}


def _name_pattern(name: str, lang: str) -> str:
    if lang == "zh":
        # a name may be broken by spaces (PDF extraction, digits set apart): allow them anywhere
        chars = [re.escape(c) for c in re.sub(r"\s+", "", name)]
        return r"\s*".join(chars)
    words = [re.escape(w) for w in name.split()]
    return r"\s+".join(words)


def _first_key(name: str) -> str | None:
    """The lower-cased first two characters of a name's first word (one for a one-letter
    word), or ``None`` when they are not ASCII (such a name is tried everywhere)."""
    word = name.split()[0]
    key = word[:2]
    return key.lower() if key.isascii() else None


class _FirstTokenIndex:
    """Runs the English name regex only where a name can start, with only those names.

    The result is the one of ``regex.finditer``: the alternatives keep their order, and a
    position is tried against every alternative whose first two characters can match there
    (case-insensitively compared, a superset of what the regex accepts); text whose first two
    characters are not ASCII is matched with the whole regex.
    """

    def __init__(self, regex: re.Pattern[str], names: list[str], groups: list[URIRef],
                 lang: str) -> None:
        self.regex = regex
        self.groups = groups
        self.lang = lang
        self.patterns = []
        self.by2: dict[str, list[int]] = {}
        self.by1: dict[str, list[int]] = {}
        self.always: list[int] = []
        firsts: set[str] = set()
        for i, n in enumerate(names):
            pat = _name_pattern(n, lang)
            exact = n.isupper() or len(n) <= 4
            self.patterns.append(pat if exact else f"(?i:{pat})")
            key = _first_key(n)
            if key is None:
                self.always.append(i)
            elif len(key) == 2:
                self.by2.setdefault(key, []).append(i)
                firsts.add(key[0])
            else:
                self.by1.setdefault(key, []).append(i)
                firsts.add(key)
        if self.always:
            start = r"\S"
        else:
            chars = "".join(sorted({c for f in firsts for c in (f, f.upper())}))
            start = "[" + re.escape(chars) + r"\u0080-\U0010ffff]"
        self.candidates = re.compile(r"(?<![\w-])" + start)
        self.sub: dict[str, tuple[re.Pattern[str], list[URIRef]] | None] = {}

    def _sub(self, key: str) -> tuple[re.Pattern[str], list[URIRef]] | None:
        idxs = sorted({*self.by2.get(key, ()), *self.by1.get(key[:1], ()), *self.always})
        if not idxs:
            return None
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(f"({self.patterns[i]})" for i in idxs)
                             + r")(?![\w-])")
        return pattern, [self.groups[i] for i in idxs]

    def finditer(self, text: str) -> list[tuple[int, int, URIRef]]:
        found = []
        pos = 0
        search = self.candidates.search
        sub = self.sub
        while (c := search(text, pos)) is not None:
            p = c.start()
            head = text[p:p + 2]
            if head.isascii():
                key = head.lower()
                entry = sub.get(key, False)
                if entry is False:
                    entry = sub[key] = self._sub(key)
                if entry is None:
                    pos = p + 1
                    continue
                regex, groups = entry
            else:
                regex, groups = self.regex, self.groups
            m = regex.match(text, p)
            if m is None or m.lastindex is None:
                pos = p + 1
                continue
            found.append((p, m.end(), groups[m.lastindex - 1]))
            pos = m.end()
        return found


class _FirstCharIndex:
    """Leftmost-longest search of Chinese names, one small alternation per first character.

    Gives the matches of the one big alternation (same alternatives, same order) while trying
    only the names that can start at a position: linear in the text, whatever its length.

    >>> ix = _FirstCharIndex(['基地组织', '基地'], {'基地组织': 'a', '基地': 'b'})
    >>> ix.finditer('谴责基地组织和基地')
    [(2, 6, 'a'), (7, 9, 'b')]
    """

    def __init__(self, names: list[str], table: dict) -> None:
        groups: dict[str, list[str]] = {}
        for n in names:
            key = re.sub(r"\s+", "", n)[:1]
            if key:
                groups.setdefault(key, []).append(n)
        self.by_char = {
            c: (re.compile("|".join(f"({_name_pattern(n, 'zh')})" for n in ns)),
                [table[n] for n in ns])
            for c, ns in groups.items()
        }
        self.candidates = re.compile("[" + "".join(re.escape(c) for c in self.by_char) + "]")

    def finditer(self, text: str) -> list:
        out = []
        pos = 0
        while True:
            m = self.candidates.search(text, pos)
            if m is None:
                return out
            i = m.start()
            regex, iris = self.by_char[text[i]]
            hit = regex.match(text, i)
            if hit is not None and hit.lastindex:
                out.append((i, hit.end(), iris[hit.lastindex - 1]))
                pos = max(hit.end(), i + 1)
            else:
                pos = i + 1


@dataclass
class Registry:
    """Entities and verbs of the registry, with fast lookup by name."""

    graph: Graph
    names: dict[str, dict[str, URIRef]] = field(default_factory=dict)  # lang -> name -> iri
    verb_names: dict[str, dict[str, URIRef]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        g = self.graph
        for s, p, o in g.triples((None, None, None)):
            if p not in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
                continue
            if not isinstance(o, Literal) or not o.language or not isinstance(s, URIRef):
                continue
            lang = o.language.split("-")[0].lower()
            if self._is_verb(s):
                table = self.verb_names
            elif any(c in KIND_OF_CLASS for c in g.objects(s, RDF.type)):
                table = self.names
            else:  # the verb scheme, documents: not names to find in texts
                continue
            key = str(o).strip()
            if not key:
                continue
            table.setdefault(lang, {})[key] = s

    def _is_verb(self, s: URIRef) -> bool:
        return (s, RDF.type, SKOS.Concept) in self.graph

    # -- entities -----------------------------------------------------------------------------

    @cached_property
    def _entity_regex(self) -> dict[str, re.Pattern[str]]:
        out = {}
        for lang, table in self.names.items():
            names = sorted(table, key=lambda n: (-len(n), n))
            if lang == "zh":
                alts = [_name_pattern(n, lang) for n in names]
                out[lang] = re.compile("|".join(f"({a})" for a in alts))
            else:
                parts = []
                for n in names:
                    pat = _name_pattern(n, lang)
                    exact = n.isupper() or len(n) <= 4
                    parts.append(pat if exact else f"(?i:{pat})")
                out[lang] = re.compile(
                    r"(?<![\w-])(?:" + "|".join(f"({a})" for a in parts) + r")(?![\w-])"
                )
            self._groups = getattr(self, "_groups", {})
            self._groups[lang] = [table[n] for n in names]
        return out

    @cached_property
    def _zh_index(self) -> _FirstCharIndex | None:
        """Chinese: the names grouped by their first character, tried only where one starts."""
        table = self.names.get("zh")
        if not table:
            return None
        return _FirstCharIndex(sorted(table, key=lambda n: (-len(n), n)), table)

    @cached_property
    def _entity_index(self) -> dict[str, _FirstTokenIndex]:
        """English: the alternatives of the name regex indexed by their first two letters, so
        that a word is tried only against the names that can start with it."""
        out = {}
        for lang, regex in self._entity_regex.items():
            if lang != "zh":
                out[lang] = _FirstTokenIndex(
                    regex, sorted(self.names[lang], key=lambda n: (-len(n), n)),
                    self._groups[lang], lang)
        return out

    def find_entities(self, text: str, lang: str) -> list[tuple[int, int, URIRef]]:
        """Return ``(start, end, entity)`` for the leftmost-longest names in *text*."""
        regex = self._entity_regex.get(lang)
        if regex is None:
            return []
        index = self._entity_index.get(lang)
        if index is not None:
            return index.finditer(text)
        if lang == "zh" and self._zh_index is not None:
            return self._zh_index.finditer(text)
        groups = self._groups[lang]
        found = []
        for m in regex.finditer(text):
            idx = m.lastindex
            if idx is None:
                continue
            found.append((m.start(), m.end(), groups[idx - 1]))
        return found

    # -- verbs --------------------------------------------------------------------------------

    @cached_property
    def _verbs_sorted(self) -> dict[str, list[tuple[str, URIRef]]]:
        return {
            lang: sorted(table.items(), key=lambda kv: (-len(kv[0]), kv[0]))
            for lang, table in self.verb_names.items()
        }

    @cached_property
    def _verbs_by_first(self) -> dict[str, dict[str, list[tuple[str, str, URIRef]]]]:
        """The sorted verb labels by their first character (lower-cased for English), each
        with the form it is compared in; the order of :attr:`_verbs_sorted` is kept."""
        out: dict[str, dict[str, list[tuple[str, str, URIRef]]]] = {}
        for lang, labels in self._verbs_sorted.items():
            table: dict[str, list[tuple[str, str, URIRef]]] = {}
            for label, verb in labels:
                cmp = label if lang == "zh" else label.lower()
                table.setdefault(cmp[:1], []).append((label, cmp, verb))
            out[lang] = table
        return out

    def match_verb(self, text: str, pos: int, lang: str) -> tuple[int, URIRef] | None:
        """Return ``(end, verb)`` when a verb label starts at *pos* in *text*.

        English labels match case-insensitively and must end at a word boundary.
        """
        first = text[pos:pos + 1]
        if first.isascii() and first:
            # an ASCII letter lower-cases to one letter: only labels that start with it match
            candidates = self._verbs_by_first.get(lang, {}).get(
                first if lang == "zh" else first.lower(), [])
            for label, cmp, verb in candidates:
                end = pos + len(label)
                if lang == "zh":
                    if text.startswith(label, pos):
                        return end, verb
                elif text[pos:end].lower() == cmp and (
                    end >= len(text) or not text[end].isalnum()
                ):
                    return end, verb
            return None
        for label, verb in self._verbs_sorted.get(lang, []):
            if lang == "zh":
                if text.startswith(label, pos):
                    return pos + len(label), verb
            else:
                end = pos + len(label)
                if text[pos:end].lower() == label.lower() and (
                    end >= len(text) or not text[end].isalnum()
                ):
                    return end, verb
        return None

    # -- facts ------------------------------------------------------------------------------

    def label(self, iri: URIRef, lang: str = "en") -> str | None:
        """Return the preferred label of *iri* in *lang*."""
        for o in self.graph.objects(iri, SKOS.prefLabel):
            if isinstance(o, Literal) and o.language == lang:
                return str(o)
        return None

    def kind(self, iri: URIRef) -> str | None:
        """Return ``armed group``, ``body``, ``instrument`` or ``place`` for a registry entity."""
        for cls in self.graph.objects(iri, RDF.type):
            if cls in KIND_OF_CLASS:
                return KIND_OF_CLASS[cls]
        return None

    def classes(self, iri: URIRef) -> list[URIRef]:
        """Return the classes of *iri*, sorted."""
        return sorted(o for o in self.graph.objects(iri, RDF.type) if isinstance(o, URIRef))

    @cached_property
    def _established(self) -> dict[URIRef, list[URIRef]]:
        out: dict[URIRef, list[URIRef]] = {}
        for body, doc in self.graph.subject_objects(UNSC.establishedBy):
            out.setdefault(doc, []).append(body)
        return {k: sorted(v) for k, v in out.items()}

    def bodies_established_by(self, document: URIRef) -> list[URIRef]:
        """Return the bodies the registry says *document* established."""
        return self._established.get(document, [])

    def verb_property(self, verb: URIRef, prop: URIRef) -> object | None:
        """Return one value of *prop* on a verb concept (e.g. ``unsc:force``)."""
        return self.graph.value(verb, prop)

    def is_entity(self, iri: URIRef) -> bool:
        return self.kind(iri) is not None

    def comment(self, iri: URIRef) -> str | None:
        value = self.graph.value(iri, RDFS.comment)
        return str(value) if value is not None else None


def parse_registry(turtle: str) -> Registry:
    """Return a :class:`Registry` from Turtle text."""
    g = Graph()
    g.parse(data=turtle, format="turtle")
    return Registry(g)


def load_registry(paths: list[Path] | None = None) -> Registry:
    """Read the registry files (default: the bundled registry, ``data/registry/*.ttl``).

    Raises :class:`InputError` when there is none: a build without the registry would find
    no entity and no verb, and say nothing.
    """
    files = sorted(paths) if paths else registry_paths()
    if not files:
        raise InputError("data/registry", "no registry files found (*.ttl): the installation "
                                          "is incomplete")
    g = Graph()
    for f in files:
        try:
            g.parse(f, format="turtle")
        except Exception as exc:  # rdflib raises many kinds
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise InputError(f, f"registry file is not valid Turtle: {first}") from exc
    return Registry(g)
