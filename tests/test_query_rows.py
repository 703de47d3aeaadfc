"""``graph.query.plain_rows`` gives, cell by cell, what ``graph.query.python_value`` gives."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.query import plain_rows, python_value

XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.mark.parametrize("term, expected", [
    ('"7"^^<' + XSD + 'integer>', 7),  # an integer becomes int
    ('"1946"^^<' + XSD + 'gYear>', 1946),  # a year too
    ('"x"^^<' + XSD + 'integer>', "x"),  # a bad lexical form stays text
    ('"2.5"^^<' + XSD + 'decimal>', 2.5),  # a decimal becomes float
    ('"1e3"^^<' + XSD + 'double>', 1000.0),  # a double too
    ('"true"^^<' + XSD + 'boolean>', True),  # a boolean becomes bool
    ('"0"^^<' + XSD + 'boolean>', False),  # in either lexical form
    ('"2018-11-21"^^<' + XSD + 'date>', "2018-11-21"),  # a date stays text
    ('"plain"', "plain"),  # xsd:string
    ('"Charter"@en', "Charter"),  # a language-tagged string: its text
    ("<https://example.org/a>", "https://example.org/a"),  # an IRI: its text
])
def test_same_value_as_python_value(term, expected):
    query = f"SELECT ?x ?unbound WHERE {{ VALUES ?x {{ {term} }} }}"
    rows = plain_rows(ox.Store().query(query))
    [solution] = list(ox.Store().query(query))
    assert rows == [(expected, None)]
    assert rows[0][0] == python_value(solution["x"])
    assert type(rows[0][0]) is type(python_value(solution["x"]))


def test_blank_node_and_many_rows():
    # a blank node as python_value writes it; many rows with datatypes mixed keep their order
    store = ox.Store()
    store.load('_:b <https://example.org/p> "1"^^<' + XSD + 'integer> , "a"@zh , "b" .',
               format=ox.RdfFormat.TURTLE)
    query = "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY STR(?o)"
    expected = [tuple(python_value(s[v]) for v in ("s", "o")) for s in store.query(query)]
    assert plain_rows(store.query(query)) == expected
    assert [row[1] for row in expected] == [1, "a", "b"]
    assert all(row[0].startswith("_:") for row in expected)
