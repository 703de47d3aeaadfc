"""The one place where IRIs are minted.

Documents are named by their symbol in the UN resolver form under ``id:doc/``; everything
inside a document hangs below its IRI, so the same fact extracted from the Chinese and from the
English text gets the same IRI.

>>> str(document_iri('S/RES/2388 (2017)'))
'https://w3id.org/unsc-graph/id/doc/S/RES/2388(2017)'
>>> symbol_from_iri(document_iri('A/RES/217 A (III)'))
'A/RES/217 A (III)'
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

from rdflib import URIRef

from graph.namespaces import ID
from graph.symbols import from_resolver_form, to_resolver_form

__all__ = [
    "document_iri", "symbol_from_iri", "undocs_url", "paragraph_iri", "citation_iri",
    "mention_iri", "obligation_iri", "span_iri", "entity_iri", "verb_iri", "meeting_iri",
    "verb_slug", "source_iri", "graph_iri", "document_graph_iri", "slugify", "VERB_SCHEME",
    "ONTOLOGY_GRAPH", "REGISTRY_GRAPH", "CATALOGUE_GRAPH", "ENTITIES_GRAPH", "MEETINGS_GRAPH",
    "SANCTIONS_GRAPH", "VOTES_GRAPH", "concept_iri", "article_iri", "established_body_iri",
    "selector_iri", "found_entity_iri",
]

_DOC = str(ID) + "doc/"
_SAFE = "/()-.,"

VERB_SCHEME = URIRef(str(ID) + "scheme/verbs")

# The named graphs of a build (see graph.builder for what each holds). Every triple of a build
# sits in exactly one of them, so the union of the named graphs counts each fact once.
ONTOLOGY_GRAPH = URIRef(str(ID) + "graph/ontology")
REGISTRY_GRAPH = URIRef(str(ID) + "graph/registry")
CATALOGUE_GRAPH = URIRef(str(ID) + "graph/catalogue")
ENTITIES_GRAPH = URIRef(str(ID) + "graph/entities")
MEETINGS_GRAPH = URIRef(str(ID) + "graph/meetings")
SANCTIONS_GRAPH = URIRef(str(ID) + "graph/sanctions")
VOTES_GRAPH = URIRef(str(ID) + "graph/votes")


def _path(symbol: str) -> str:
    return quote(to_resolver_form(symbol), safe=_SAFE)


def document_iri(symbol: str) -> URIRef:
    """Return the IRI of the document with this official symbol."""
    return URIRef(_DOC + _path(symbol))


def symbol_from_iri(iri: str) -> str:
    """Return the official symbol of a document IRI; inverse of :func:`document_iri`.

    >>> symbol_from_iri('https://w3id.org/unsc-graph/id/doc/S/PRST/2015/25')
    'S/PRST/2015/25'
    """
    if not str(iri).startswith(_DOC):
        raise ValueError(f"not a document IRI: {iri}")
    return from_resolver_form(unquote(str(iri)[len(_DOC):]))


def undocs_url(symbol: str) -> URIRef:
    """Return the address of the document at the UN's resolver.

    >>> str(undocs_url('S/RES/2388 (2017)'))
    'https://undocs.org/S/RES/2388(2017)'
    """
    return URIRef("https://undocs.org/" + _path(symbol))


def paragraph_iri(symbol: str, label: str) -> URIRef:
    """Return the IRI of paragraph *label* (``PP1``, ``OP4``, ``P2`` of a statement, ``AN1``
    of an annex) of a document.

    >>> str(paragraph_iri('S/RES/2388 (2017)', 'OP4')).rsplit('/', 2)[-2:]
    ['2388(2017)', 'OP4']
    """
    if not re.fullmatch(r"(PP|OP|P|AN)\d+", label):
        raise ValueError(f"not a paragraph label: {label}")
    return URIRef(f"{document_iri(symbol)}/{label}")


def slugify(text: str) -> str:
    """Return a lower-case ASCII slug.

    >>> slugify("Calls upon")
    'calls-upon'
    """
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if not slug:
        raise ValueError(f"cannot make a slug of {text!r}")
    return slug


def entity_iri(slug: str) -> URIRef:
    """Return the IRI of a registry entity."""
    return URIRef(f"{ID}entity/{slug}")


def article_iri(entity: URIRef, article: str) -> URIRef:
    """Return the IRI of an article of an instrument.

    >>> str(article_iri(entity_iri('untoc'), '15')).endswith('untoc/article/15')
    True
    """
    return URIRef(f"{entity}/article/{quote(article, safe='')}")


def verb_iri(slug: str) -> URIRef:
    """Return the IRI of a verb concept."""
    return URIRef(f"{ID}verb/{slug}")


def verb_slug(iri: str) -> str:
    """Return the slug of a verb concept's IRI; inverse of :func:`verb_iri`.

    >>> verb_slug(verb_iri('takes-note'))
    'takes-note'
    >>> verb_slug('https://w3id.org/unsc-graph/id/entity/iraq')
    Traceback (most recent call last):
    ...
    ValueError: not a verb IRI: https://w3id.org/unsc-graph/id/entity/iraq
    """
    prefix = f"{ID}verb/"
    if not str(iri).startswith(prefix):
        raise ValueError(f"not a verb IRI: {iri}")
    return str(iri)[len(prefix):]


def _key(target: URIRef) -> str:
    t = str(target)
    if t.startswith(_DOC):
        return t[len(_DOC):]
    if t.startswith(str(ID)):
        return t[len(str(ID)):]
    raise ValueError(f"not a project IRI: {target}")


def citation_iri(paragraph: URIRef, cited: URIRef) -> URIRef:
    """Return the IRI of the citation of *cited* by *paragraph*."""
    return URIRef(f"{paragraph}/cites/{_key(cited)}")


def mention_iri(paragraph: URIRef, entity: URIRef) -> URIRef:
    """Return the IRI of the mention of *entity* in *paragraph*."""
    return URIRef(f"{paragraph}/mentions/{_key(entity).removeprefix('entity/')}")


def obligation_iri(paragraph: URIRef, verb: URIRef, addressee: URIRef | None) -> URIRef:
    """Return the IRI of the act of *paragraph* with *verb* addressed to *addressee*."""
    who = _key(addressee).removeprefix("entity/") if addressee is not None else "none"
    return URIRef(f"{paragraph}/act/{_key(verb).removeprefix('verb/')}/{who}")


def span_iri(node: URIRef, lang: str, start: int, end: int) -> URIRef:
    """Return the IRI of the span ``[start, end)`` of the *lang* text that *node* came from
    (an ``oa:SpecificResource`` of the source text)."""
    return URIRef(f"{node}/at/{lang}-{start}-{end}")


def selector_iri(span: URIRef, kind: str) -> URIRef:
    """Return the IRI of a selector of *span*: ``position`` (start and end) or ``quote``
    (the exact text).

    >>> str(selector_iri(URIRef('https://w3id.org/unsc-graph/id/x/at/zh-1-3'), 'quote'))
    'https://w3id.org/unsc-graph/id/x/at/zh-1-3/quote'
    """
    if kind not in ("position", "quote"):
        raise ValueError(f"not a selector kind: {kind}")
    return URIRef(f"{span}/{kind}")


def concept_iri(scheme: str, slug: str) -> URIRef:
    """Return the IRI of a concept of a thesaurus the project has no IRIs for (a subject term
    given by its label only).

    >>> str(concept_iri('unbis', 'peacekeeping-operations')).rsplit('/', 2)[-2:]
    ['unbis', 'peacekeeping-operations']
    """
    return URIRef(f"{ID}concept/{scheme}/{slug}")


def meeting_iri(number: int) -> URIRef:
    """Return the IRI of the Council meeting with this number."""
    return URIRef(f"{ID}meeting/{int(number)}")


def source_iri(sha256: str) -> URIRef:
    """Return the IRI of a source text, named by the SHA-256 of its bytes."""
    return URIRef(f"{ID}source/{sha256}")


def graph_iri(lang: str, symbol: str) -> URIRef:
    """Return the named graph of the *lang* text of document *symbol*: the source text, the
    paragraphs' wording and the spans every fact was found at.

    >>> str(graph_iri('zh', 'S/RES/2388 (2017)'))
    'https://w3id.org/unsc-graph/id/graph/zh/S/RES/2388(2017)'
    """
    return URIRef(f"{ID}graph/{lang}/{_path(symbol)}")


def document_graph_iri(symbol: str) -> URIRef:
    """Return the named graph of what the texts of document *symbol* say, whatever their
    language: its paragraphs and the citations, mentions and obligations found in them.

    >>> str(document_graph_iri('S/RES/2388 (2017)'))
    'https://w3id.org/unsc-graph/id/graph/doc/S/RES/2388(2017)'
    """
    return URIRef(f"{ID}graph/doc/{_path(symbol)}")


def established_body_iri(head: str, symbol: str) -> URIRef:
    """Return the IRI of a body the registry does not know, named by the resolution that
    established it.

    >>> str(established_body_iri('committee', 'S/RES/661 (1990)')).rsplit('/', 1)[1]
    'committee-s-res-661-1990'
    """
    return entity_iri(f"{slugify(head)}-{slugify(symbol)}")


def found_entity_iri(kind: str, name: str, lang: str) -> URIRef:
    """Return the IRI of an entity minted from a text: an instrument cited by a title the
    registry lacks (*kind* ``instrument``), a body or group addressed by a name it lacks
    (``body``). The name in language *lang* decides it: an English name by its slug (case,
    spacing and a leading "the" do not matter), any other by its characters; the language is
    part of the IRI, so that two languages' names never meet by accident.

    >>> str(found_entity_iri('instrument', 'the Stockholm  Agreement', 'en')).split('entity/')[1]
    'instrument/en/stockholm-agreement'
    >>> str(found_entity_iri('instrument', '过渡联邦宪章', 'zh')).split('entity/')[1]
    'instrument/zh/%E8%BF%87%E6%B8%A1%E8%81%94%E9%82%A6%E5%AE%AA%E7%AB%A0'
    """
    if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", kind) or not re.fullmatch(r"[a-z]{2,3}", lang):
        raise ValueError(f"not a kind and language: {kind!r}, {lang!r}")
    name = re.sub(r"^(?:the|The|THE)\s+", "", " ".join(name.split()))
    if lang == "en" or name.isascii():
        key = slugify(name)
    else:
        key = quote(name.replace(" ", ""), safe="")
    return entity_iri(f"{kind}/{lang}/{key}")
