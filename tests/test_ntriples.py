"""The build writes N-Triples itself (:func:`graph.ntriples.nt_term`) instead of making Oxigraph
terms: its lines must be the bytes Oxigraph writes for the same terms, or the sorted files,
and so the Turtle, would change."""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef

from graph.namespaces import XSD
from graph.ntriples import (
    generate_ntriples,
    nt_boolean,
    nt_date,
    nt_integer,
    nt_iri,
    nt_literal,
    nt_new_iri,
    nt_term,
    parse_ntriples_lines,
    sort_lines,
    to_ox_quads,
    to_ox_term,
)

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


@pytest.mark.parametrize(
    ("lexical", "lang", "datatype"),
    [
        ("plain", None, None),  # plain literal
        ("plain", None, str(XSD.string)),  # xsd:string written plain
        ('say "no"', None, None),  # escaped through Oxigraph
        ("大会", "zh", None),  # language tag
        ("Text", "zh-Hant", None),  # tag with a script: lower-cased
        ("a\nb", "en", None),  # escaped, with a tag
        ("12", None, str(XSD.integer)),  # a datatype
        ("x\ty", None, "http://example.org/dt"),  # escaped, with a datatype
    ],
)
def test_nt_literal_is_nt_term_of_the_rdflib_literal(lexical, lang, datatype):
    term = Literal(lexical, lang=lang, datatype=URIRef(datatype) if datatype else None)
    assert nt_literal(lexical, lang, datatype) == nt_term(term) == str(to_ox_term(term))


@pytest.mark.parametrize(
    ("written", "term"),
    [
        (nt_integer(0), Literal(0)),  # zero
        (nt_integer(123456), Literal(123456)),  # an offset
        (nt_boolean(True), Literal(True)),  # true
        (nt_boolean(False), Literal(False)),  # false
        (nt_date(date(1947, 8, 1)), Literal("1947-08-01", datatype=XSD.date)),  # a date
        (nt_iri("https://undocs.org/S/RES/2388%20(2017)"),
         URIRef("https://undocs.org/S/RES/2388%20(2017)")),  # an IRI, cached
        (nt_new_iri("https://w3id.org/unsc-graph/id/x/at/en-1-2"),
         URIRef("https://w3id.org/unsc-graph/id/x/at/en-1-2")),  # an IRI seen once
    ],
)
def test_term_formatters_write_oxigraph_form(written, term):
    assert written == str(to_ox_term(term))


@pytest.mark.parametrize("iri", ["http://a b", "no scheme", "http://a/<b>"])
def test_iri_formatters_refuse_an_invalid_iri(iri):
    with pytest.raises(ValueError):
        nt_iri(iri)
    with pytest.raises(ValueError):
        nt_new_iri(iri)


def test_parse_ntriples_lines_reads_the_lines_back_in_order():
    triples = [(S, P, Literal("z")), (S, P, Literal(1)), (S, P, Literal("a", lang="zh-Hant")),
               (S, P, Literal('q "x"')), (S, P, URIRef("http://o")), (S, P, Literal("z"))]
    lines = [f"{nt_term(s)} {nt_term(p)} {nt_term(o)} ." for s, p, o in triples]
    assert parse_ntriples_lines(lines) == triples
    assert parse_ntriples_lines([]) == []
