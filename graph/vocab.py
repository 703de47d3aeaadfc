"""The project's classes as the ontology states them, read once from ``ontology/unsc.ttl``.

Code that needs the class hierarchy (which classes are bodies, which are documents, what to
call a node's kind) asks this module; no table of classes is copied into Python or SPARQL.
A *category* is a ``unsc:`` class with no ``unsc:`` superclass (``unsc:Body``,
``unsc:Instrument``, ``unsc:Document`` …); every ``unsc:`` class belongs to the category above
it, and the category's ``rdfs:label`` names the kind (``body``, ``instrument``).

>>> from graph.namespaces import UNSC
>>> category(UNSC.Committee) == UNSC.Body
True
>>> kind_label(UNSC.Treaty)
'instrument'
>>> [str(c).removeprefix(str(UNSC)) for c in most_specific([UNSC.Body, UNSC.Committee])]
['Committee', 'Body']
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

from rdflib import Graph, Literal, URIRef

from graph.errors import InputError
from graph.namespaces import OWL, RDF, RDFS, UNSC
from graph.resources import ontology_path

__all__ = ["ontology_graph", "unsc_classes", "superclasses", "subclasses", "category",
           "categories", "kind_label", "class_label", "most_specific", "depth",
           "functional_properties"]

_UNSC = str(UNSC)


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The ontology (``ontology/unsc.ttl``), parsed once; do not change it."""
    path = ontology_path("unsc.ttl")
    try:
        return Graph().parse(path, format="turtle")
    except FileNotFoundError:
        raise InputError(path, "the ontology is missing (a broken install?)") from None
    except Exception as exc:  # rdflib raises several syntax error types
        raise InputError(path, f"not valid Turtle: {str(exc).splitlines()[0]}") from exc


@lru_cache(maxsize=1)
def _parents() -> dict[URIRef, frozenset[URIRef]]:
    g = ontology_graph()
    out: dict[URIRef, set[URIRef]] = {}
    for cls in g.subjects(RDF.type, OWL.Class):
        if isinstance(cls, URIRef) and str(cls).startswith(_UNSC):
            out[cls] = {o for o in g.objects(cls, RDFS.subClassOf)
                        if isinstance(o, URIRef) and str(o).startswith(_UNSC)}
    return {c: frozenset(ps) for c, ps in out.items()}


def unsc_classes() -> list[URIRef]:
    """Every class the ontology declares in the ``unsc:`` namespace, sorted."""
    return sorted(_parents())


@cache
def superclasses(cls: URIRef) -> frozenset[URIRef]:
    """The ``unsc:`` classes above *cls*, transitively, *cls* included."""
    out = {cls}
    for parent in _parents().get(cls, ()):
        out |= superclasses(parent)
    return frozenset(out)


@cache
def subclasses(cls: URIRef) -> tuple[URIRef, ...]:
    """*cls* and the ``unsc:`` classes below it, transitively, sorted.

    >>> len(subclasses(UNSC.Body)) > 3
    True
    """
    return tuple(sorted(c for c in _parents() if cls in superclasses(c)))


def depth(cls: URIRef) -> int:
    """How many ``unsc:`` classes stand above *cls* on its longest path (0 for a category)."""
    parents = _parents().get(cls, ())
    return 1 + max(depth(p) for p in parents) if parents else 0


def categories() -> list[URIRef]:
    """The categories: ``unsc:`` classes without a ``unsc:`` superclass, sorted."""
    return [c for c in unsc_classes() if not _parents()[c]]


def category(cls: URIRef) -> URIRef | None:
    """The category of *cls* (``unsc:Body`` for ``unsc:Committee``), ``None`` when *cls* is
    not a ``unsc:`` class; with several, the first in IRI order."""
    if cls not in _parents():
        return None
    tops = sorted(c for c in superclasses(cls) if not _parents()[c])
    return tops[0] if tops else None


def class_label(cls: URIRef, lang: str = "en") -> str:
    """The ``rdfs:label`` of *cls* in *lang* (English when missing), else its local name."""
    labels = {o.language: str(o) for o in ontology_graph().objects(cls, RDFS.label)
              if isinstance(o, Literal)}
    return labels.get(lang) or labels.get("en") or str(cls).rsplit("#", 1)[-1]


def kind_label(cls: URIRef, lang: str = "en") -> str | None:
    """The label of the category of *cls* (``body``, ``instrument``, ``UN document``)."""
    top = category(cls)
    return class_label(top, lang) if top is not None else None


def most_specific(classes: Iterable[URIRef]) -> list[URIRef]:
    """The ``unsc:`` classes among *classes*, deepest first (ties in IRI order): the first
    one is the best single type of a node that has them all."""
    known = [c for c in set(classes) if c in _parents()]
    return sorted(known, key=lambda c: (-depth(c), str(c)))


@lru_cache(maxsize=1)
def functional_properties() -> frozenset[URIRef]:
    """The properties the ontology declares ``owl:FunctionalProperty``: one value per node
    (a citation's characterization, a paragraph's position …).

    >>> UNSC.characterization in functional_properties()
    True
    """
    return frozenset(s for s in ontology_graph().subjects(RDF.type, OWL.FunctionalProperty)
                     if isinstance(s, URIRef))
