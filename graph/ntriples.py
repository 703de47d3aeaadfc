"""RDF terms as N-Triples text: the one way the build writes triples.

The build writes N-Triples itself (:func:`nt_term`) instead of making an Oxigraph term for
every triple: character for character what Oxigraph writes, checked by tests. A line of
N-Triples is ``<s> <p> o .`` with every term in the form ``str(term)`` gives, and a term never
ends inside another one followed by a character below the space: so sorting lines as bytes
sorts triples by ``(str(s), str(p), str(o))``, and sorting and de-duplication stay in C.

>>> q = to_ox_quad((URIRef('http://a'), URIRef('http://b'), Literal('x', lang='zh')), None)
>>> str(q.object)
'"x"@zh'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.term import Node

__all__ = ["to_ox_term", "to_ox_quad", "to_ox_quads", "nt_term", "generate_ntriples",
           "sort_lines", "DEFAULT_GRAPH_KEY"]

#: the N-Triples form of the default graph's name, as a key of graphs of lines
DEFAULT_GRAPH_KEY = str(ox.DefaultGraph())

_nn_cache: dict[str, ox.NamedNode] = {}


def to_ox_term(term: Node) -> ox.NamedNode | ox.Literal:
    """Convert an rdflib IRI or literal to pyoxigraph (plain literals become xsd:string)."""
    if isinstance(term, URIRef):
        s = str(term)
        n = _nn_cache.get(s)
        if n is None:
            if len(_nn_cache) > 500_000:
                _nn_cache.clear()
            n = _nn_cache[s] = ox.NamedNode(s)
        return n
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"blank nodes are not used in this project: {term!r}")


#: the characters Oxigraph escapes in a literal's lexical form (found by writing every code
#: point): the C0 controls, ``"``, ``\\``, DEL and the two non-characters U+FFFE, U+FFFF
_NT_ESCAPED = re.compile('[\x00-\x1f"\\\\\x7f\ufffe\uffff]')
_NT_LANG = re.compile(r"[a-z]{1,8}(?:-[a-z0-9]{1,8})*")
_XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")
_nt_iri: dict[URIRef, str] = {}


def nt_term(term: Node) -> str:
    """The N-Triples form of an rdflib IRI or literal, character for character as Oxigraph
    writes it (``str`` of :func:`to_ox_term`), without making Oxigraph terms: IRIs are
    checked by Oxigraph once each, literals that need escaping or an unusual language tag
    go through Oxigraph.

    >>> nt_term(URIRef('http://a')), nt_term(Literal('x', lang='zh-Hant'))
    ('<http://a>', '"x"@zh-hant')
    >>> nt_term(Literal(3)), nt_term(Literal('say "no"'))
    ('"3"^^<http://www.w3.org/2001/XMLSchema#integer>', '"say \\\\"no\\\\""')
    """
    if isinstance(term, URIRef):
        s = _nt_iri.get(term)
        if s is None:
            if len(_nt_iri) > 500_000:
                _nt_iri.clear()
            s = _nt_iri[term] = str(ox.NamedNode(term))  # raises on an invalid IRI
        return s
    if isinstance(term, Literal):
        lex = str(term)
        if not _NT_ESCAPED.search(lex):
            lang = term.language
            if lang:
                lang = lang.lower()
                if _NT_LANG.fullmatch(lang):
                    return f'"{lex}"@{lang}'
            else:
                dt = term.datatype
                if dt is None or dt == _XSD_STRING:
                    return f'"{lex}"'
                return f'"{lex}"^^{nt_term(dt)}'
        return str(to_ox_term(term))
    raise TypeError(f"blank nodes are not used in this project: {term!r}")


def generate_ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> bytes:
    """Sorted distinct N-Triples of rdflib *triples*: the bytes of :func:`sort_lines` over
    Oxigraph's serialisation of the same triples, made without Oxigraph terms.

    >>> generate_ntriples([(URIRef('http://b'), URIRef('http://p'), Literal('x')),
    ...                    (URIRef('http://a'), URIRef('http://p'), Literal('y', lang='en'))])
    b'<http://a> <http://p> "y"@en .\\n<http://b> <http://p> "x" .\\n'
    """
    return sort_lines("\n".join([f"{nt_term(s)} {nt_term(p)} {nt_term(o)} ."
                                  for s, p, o in triples]).encode("utf-8"))


def to_ox_quads(triples: Iterable[tuple[Node, Node, Node]], graph: URIRef) -> list[ox.Quad]:
    """The rdflib *triples* as pyoxigraph quads in *graph*, in order: :func:`to_ox_quad`
    for many triples at once (written as N-Quads with :func:`nt_term` and parsed by Oxigraph).

    >>> [str(q) for q in to_ox_quads([(URIRef('http://a'), URIRef('http://p'), Literal(1))],
    ...                              URIRef('http://g'))]
    ['<http://a> <http://p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> <http://g>']
    """
    g = nt_term(graph)
    data = "".join([f"{nt_term(s)} {nt_term(p)} {nt_term(o)} {g} .\n" for s, p, o in triples])
    return list(ox.parse(input=data.encode("utf-8"), format=ox.RdfFormat.N_QUADS))


def to_ox_quad(triple: tuple[URIRef, URIRef, Node], graph: URIRef | None) -> ox.Quad:
    """Convert an rdflib triple in *graph* (``None``: default graph) to a pyoxigraph quad."""
    s, p, o = triple
    g = to_ox_term(graph) if graph is not None else ox.DefaultGraph()
    return ox.Quad(to_ox_term(s), to_ox_term(p), to_ox_term(o), g)  # type: ignore[arg-type]


def sort_lines(data: bytes) -> bytes:
    """The distinct lines of N-Triples (or N-Quads) data, sorted.

    >>> sort_lines(b'<b> <p> <o> .\\n<a> <p> <o> .\\n<b> <p> <o> .\\n')
    b'<a> <p> <o> .\\n<b> <p> <o> .\\n'
    """
    lines = set(data.split(b"\n"))
    lines.discard(b"")
    return b"\n".join(sorted(lines)) + b"\n" if lines else b""
