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

__all__ = ["to_ox_term", "to_ox_quad", "to_ox_quads", "nt_term", "nt_iri", "nt_new_iri",
           "nt_literal", "nt_integer", "nt_date", "nt_boolean", "generate_ntriples",
           "parse_ntriples_lines", "sort_lines", "DEFAULT_GRAPH_KEY"]

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
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_nt_iri: dict[str, str] = {}


def nt_iri(iri: str) -> str:
    """The N-Triples form of an IRI given as a string (or :class:`~rdflib.URIRef`), checked
    by Oxigraph once each: ``<iri>``, as Oxigraph writes it.

    >>> nt_iri('http://a/b')
    '<http://a/b>'
    """
    s = _nt_iri.get(iri)
    if s is None:
        if len(_nt_iri) > 500_000:
            _nt_iri.clear()
        s = _nt_iri[iri] = str(ox.NamedNode(iri))  # raises on an invalid IRI
    return s


def nt_new_iri(iri: str) -> str:
    """:func:`nt_iri` for an IRI seen once (a span, a selector): checked by Oxigraph, not
    kept.

    >>> nt_new_iri('http://a/b/at/en-1-2')
    '<http://a/b/at/en-1-2>'
    """
    return str(ox.NamedNode(iri))


def nt_literal(lexical: str, lang: str | None = None, datatype: str | None = None) -> str:
    """The N-Triples form of a literal, as Oxigraph writes it: with language tag *lang*
    (written in lower case), else of *datatype* (an IRI; none or ``xsd:string``: a plain
    literal). The same text as :func:`nt_term` of the rdflib literal.

    >>> nt_literal('x', 'zh-Hant'), nt_literal('3', datatype=str(_XSD_INTEGER))
    ('"x"@zh-hant', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>')
    >>> nt_literal('say "no"')
    '"say \\\\"no\\\\""'
    """
    if not _NT_ESCAPED.search(lexical):
        if lang:
            low = lang.lower()
            if _NT_LANG.fullmatch(low):
                return f'"{lexical}"@{low}'
        elif datatype is None or datatype == _XSD_STRING:
            return f'"{lexical}"'
        else:
            return f'"{lexical}"^^{nt_iri(datatype)}'
    if lang:
        return str(ox.Literal(lexical, language=lang))
    if datatype is not None:
        return str(ox.Literal(lexical, datatype=ox.NamedNode(datatype)))
    return str(ox.Literal(lexical))


_XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
_NT_INTEGER = '"^^<http://www.w3.org/2001/XMLSchema#integer>'
_NT_DATE = '"^^<http://www.w3.org/2001/XMLSchema#date>'
_NT_BOOLEAN = {True: '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>',
               False: '"false"^^<http://www.w3.org/2001/XMLSchema#boolean>'}


def nt_integer(value: int) -> str:
    """An ``xsd:integer`` literal in N-Triples form (``Literal(value)`` of an ``int``).

    >>> nt_integer(12)
    '"12"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    return f'"{int(value)}{_NT_INTEGER}'


def nt_date(value) -> str:
    """An ``xsd:date`` literal of a :class:`datetime.date` in N-Triples form.

    >>> from datetime import date
    >>> nt_date(date(2017, 9, 14))
    '"2017-09-14"^^<http://www.w3.org/2001/XMLSchema#date>'
    """
    return f'"{value.isoformat()}{_NT_DATE}'


def nt_boolean(value: bool) -> str:
    """An ``xsd:boolean`` literal in N-Triples form.

    >>> nt_boolean(False)
    '"false"^^<http://www.w3.org/2001/XMLSchema#boolean>'
    """
    return _NT_BOOLEAN[bool(value)]


def nt_term(term: Node) -> str:
    """The N-Triples form of an rdflib IRI or literal, character for character as Oxigraph
    writes it (``str`` of :func:`to_ox_term`), without making Oxigraph terms: IRIs are
    checked by Oxigraph once each (:func:`nt_iri`), literals that need escaping or an
    unusual language tag go through Oxigraph (:func:`nt_literal`).

    >>> nt_term(URIRef('http://a')), nt_term(Literal('x', lang='zh-Hant'))
    ('<http://a>', '"x"@zh-hant')
    >>> nt_term(Literal(3)), nt_term(Literal('say "no"'))
    ('"3"^^<http://www.w3.org/2001/XMLSchema#integer>', '"say \\\\"no\\\\""')
    """
    if isinstance(term, URIRef):
        return nt_iri(term)
    if isinstance(term, Literal):
        dt = term.datatype
        return nt_literal(str(term), term.language, str(dt) if dt is not None else None)
    raise TypeError(f"blank nodes are not used in this project: {term!r}")


def parse_ntriples_lines(lines: Iterable[str]) -> list[tuple[URIRef, URIRef, Node]]:
    """rdflib triples of N-Triples *lines* (no line ends), in order: IRIs as
    :class:`~rdflib.URIRef`, ``xsd:string`` literals plain (as the emitters' rdflib form).

    >>> parse_ntriples_lines(['<http://a> <http://p> "x" .'])[0][2] == Literal('x')
    True
    """
    data = "\n".join(lines).encode("utf-8")
    out = []
    for t in ox.parse(input=data, format=ox.RdfFormat.N_TRIPLES):
        o = t.object
        if isinstance(o, ox.Literal):
            if o.language:
                o = Literal(o.value, lang=o.language)
            elif o.datatype.value == _XSD_STRING:
                o = Literal(o.value)
            else:
                o = Literal(o.value, datatype=URIRef(o.datatype.value))
        else:
            o = URIRef(o.value)
        out.append((URIRef(t.subject.value), URIRef(t.predicate.value), o))
    return out


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
