"""What the texts of one document in several languages say, merged into its document graph.

Each text gives the document's paragraphs, citations, mentions and obligations under the same
IRIs, so their union is one graph. Where the texts disagree on a fact that has one value (the
ontology's ``owl:FunctionalProperty``: how a citation characterizes what it cites, where a
paragraph stands, whether an obligation binds, its deadline, a paragraph's main verb), the
value of the preferred language is kept (:data:`LANGUAGE_PREFERENCE`: English, the language the
Council's drafts are negotiated in, then Chinese, then the others) and the disagreement is
reported; a property derived from one of them (``cito:hasCitationCharacterization``, from the
characterization) follows it.

>>> en = b'<http://a> <https://w3id.org/unsc-graph/ontology#position> "2"^^<x> .\\n'
>>> zh = b'<http://a> <https://w3id.org/unsc-graph/ontology#position> "3"^^<x> .\\n'
>>> data, disagreements = merge_languages({"en": en, "zh": zh})
>>> data == en, disagreements[0].kept, disagreements[0].dropped
(True, 'en', 'zh')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from graph.namespaces import CITO
from graph.ntriples import nt_term, sort_lines
from graph.vocab import functional_properties

__all__ = ["merge_languages", "Disagreement", "LANGUAGE_PREFERENCE", "preference"]

#: the languages whose value is kept, most preferred first (others after, alphabetically)
LANGUAGE_PREFERENCE = ("en", "zh", "fr", "es", "ru", "ar")

_LINE = re.compile(rb"^(<[^>]*>) (<[^>]*>) (.*) \.$")


@dataclass(frozen=True)
class Disagreement:
    """Two texts of a document giving a node different values of a one-valued property."""

    subject: str  # N-Triples form
    predicate: str
    kept: str  # the language whose value is kept
    kept_value: str
    dropped: str
    dropped_value: str


def preference(lang: str) -> tuple[int, str]:
    """Sort key of a language: the order of :data:`LANGUAGE_PREFERENCE`, then the code."""
    return (LANGUAGE_PREFERENCE.index(lang) if lang in LANGUAGE_PREFERENCE
            else len(LANGUAGE_PREFERENCE), lang)


def _one_valued() -> set[bytes]:
    props = {nt_term(p).encode() for p in functional_properties()}
    return props | {nt_term(CITO.hasCitationCharacterization).encode()}


def merge_languages(texts: Mapping[str, bytes]) -> tuple[bytes, list[Disagreement]]:
    """Merge the document-graph N-Triples of each language (*texts*: language -> data) into
    one sorted N-Triples block, one-valued properties from the preferred language; return it
    with the disagreements found."""
    langs = sorted(texts, key=preference)
    if len(langs) == 1:
        return texts[langs[0]], []
    one_valued = _one_valued()
    kept: dict[tuple[bytes, bytes], tuple[str, list[bytes]]] = {}
    lines: list[bytes] = []
    disagreements: list[Disagreement] = []
    for lang in langs:
        by_key: dict[tuple[bytes, bytes], list[bytes]] = {}
        for line in texts[lang].splitlines():
            m = _LINE.match(line)
            if m is None or m.group(2) not in one_valued:
                lines.append(line)
                continue
            by_key.setdefault((m.group(1), m.group(2)), []).append(line)
        for key, own in by_key.items():
            if key not in kept:
                kept[key] = (lang, own)
                lines.extend(own)
                continue
            first_lang, first = kept[key]
            if sorted(own) != sorted(first) and key[1] != one_valued_derived():
                disagreements.append(Disagreement(
                    key[0].decode(), key[1].decode(), first_lang, _objects(first), lang,
                    _objects(own)))
    return sort_lines(b"\n".join(lines) + b"\n"), disagreements


def one_valued_derived() -> bytes:
    """The property that follows another and is not reported on its own."""
    return nt_term(CITO.hasCitationCharacterization).encode()


def _objects(lines: list[bytes]) -> str:
    return ", ".join(sorted(_LINE.match(line).group(3).decode() for line in lines))
