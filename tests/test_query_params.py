"""A parameter written with a language tag (``?symbol@en``) is bound as a literal in that
language (``graph.query.bind_params``); what cannot be one is refused with a one-line error."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.errors import UsageError
from graph.query import bind_params, parse_query, run_query

QUERY = parse_query("#+ param: s = Pact — a label\n"
                    "SELECT ?t WHERE { VALUES ?l { ?s ?s@en ?s@zh-Hant } "
                    "?t <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }", "labels")


@pytest.mark.parametrize("value, needle", [
    ("Pact", '"Pact"@en'),  # a plain string
    ('say "hi"', '"say \\"hi\\""@en'),  # quotes escaped
    ("公约", '"公约"@zh-hant'),  # a tag with a subtag, as pyoxigraph writes it
    (ox.Literal("Pact"), '"Pact"@en'),  # a literal given: its text
])
def test_tagged_parameter_is_a_literal_in_that_language(value, needle):
    text = bind_params(QUERY, {"s": value})
    assert needle.lower() in text.lower()
    assert "?s" not in text.split("SELECT", 1)[1]


@pytest.mark.parametrize("value", [
    7,  # a number has no language
    ox.NamedNode("https://example.org/x"),  # nor has an IRI
])
def test_tagged_parameter_refuses_what_is_not_text(value):
    with pytest.raises(UsageError, match="language tag"):
        bind_params(QUERY, {"s": value})


def test_tagged_parameter_finds_each_language():
    # the label in English and the one in Chinese (traditional script) are both found; one
    # in a language the query does not list (French) is not
    store = ox.Store()
    store.load('<x:a> <http://www.w3.org/2004/02/skos/core#prefLabel> "Pact"@en .\n'
               '<x:b> <http://www.w3.org/2004/02/skos/core#prefLabel> "公約"@zh-Hant .\n'
               '<x:c> <http://www.w3.org/2004/02/skos/core#prefLabel> "Pact"@fr .',
               format=ox.RdfFormat.N_TRIPLES)
    assert run_query(store, QUERY, {"s": "Pact"}).rows == [("x:a",)]
    assert run_query(store, QUERY, {"s": "公約"}).rows == [("x:b",)]
