"""The build writes N-Triples itself (:func:`graph.ntriples.nt_term`) instead of making Oxigraph
terms: its lines must be the bytes Oxigraph writes for the same terms, or the sorted files,
and so the Turtle, would change."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef

from graph.namespaces import XSD
from graph.ntriples import generate_ntriples, nt_term, sort_lines, to_ox_quads, to_ox_term

S, P = URIRef("https://w3id.org/unsc-graph/id/doc/S/RES/2388/2017"), URIRef("http://p")


@pytest.mark.parametrize(
    "term",
    [
        URIRef("https://w3id.org/unsc-graph/id/doc/S/RES/2388/(2017)/op1/at/en-0-12"),  # IRI
        URIRef("https://undocs.org/S/RES/2388%20(2017)"),  # escaped space in an IRI
        Literal("plain"),  # plain literal: no datatype written
        Literal("plain", datatype=XSD.string),  # xsd:string is the plain literal
        Literal('say "no" \\ twice'),  # quote and backslash escaped
        Literal("line\nbreak\r\ttab\b\f"),  # the short escapes
        Literal("bell\x07 unit\x1f del\x7f"),  # other controls as \\u escapes
        Literal("\ufffe\uffff"),  # the two non-characters Oxigraph escapes
        Literal("\u0085\u2028 é 中 😀"),  # written as they are
        Literal("大会", lang="zh"),  # language tag
        Literal("Text", lang="zh-Hant"),  # tag with a script: lower-cased
        Literal("Text", lang="EN-GB"),  # upper-case tag: lower-cased
        Literal(2388),  # xsd:integer
        Literal(True),  # xsd:boolean
        Literal("2017-11-21", datatype=XSD.date),  # xsd:date
        Literal("", lang="en"),  # empty literal with a tag
    ],
)
def test_nt_term_is_oxigraph_form(term):
    assert nt_term(term) == str(to_ox_term(term))


def test_nt_term_refuses_an_invalid_iri():
    with pytest.raises(ValueError):
        nt_term(URIRef("http://a b"))


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from([None, "en", "zh", "zh-hant", "fr-CA"]))
def test_any_literal_is_written_as_oxigraph_writes_it(text, lang):
    term = Literal(text, lang=lang)
    assert nt_term(term) == str(to_ox_term(term))


def test_generate_ntriples_is_sorted_oxigraph_serialisation():
    triples = [(S, P, Literal("b")), (S, P, Literal('a "q"', lang="en")), (S, P, Literal(3)),
               (S, P, Literal("b")), (URIRef("http://a"), P, S)]
    expected = sort_lines(ox.serialize(
        [ox.Triple(to_ox_term(s), to_ox_term(p), to_ox_term(o)) for s, p, o in triples],
        format=ox.RdfFormat.N_TRIPLES))
    assert generate_ntriples(triples) == expected
    assert generate_ntriples([]) == b""


def test_to_ox_quads_keeps_order_and_graph():
    g = URIRef("http://g")
    triples = [(S, P, Literal("z")), (S, P, Literal(1)), (S, P, Literal("z"))]
    quads = to_ox_quads(triples, g)
    assert quads == [ox.Quad(to_ox_term(s), to_ox_term(p), to_ox_term(o), to_ox_term(g))
                     for s, p, o in triples]
