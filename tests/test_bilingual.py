"""A resolution in Chinese and in English gives the same facts under the same IRIs.

The fixture is a short resolution written for this test in both languages
(tests/fixtures/bilingual/); only the text literals and the evidence spans may differ.
"""

from __future__ import annotations

import pytest

from graph.build import build
from tests.conftest import FIXTURES

FOLDER = FIXTURES / "bilingual"

FACTS = {
    "citations": """SELECT DISTINCT ?c ?cited ?v { GRAPH ?g { ?c cito:hasCitedEntity ?cited ;
                       unsc:characterization ?v } }""",
    "mentions": "SELECT DISTINCT ?p ?e { GRAPH ?g { ?p allot:mentions ?e } }",
    "obligations": """SELECT DISTINCT ?o ?v ?a ?d ?b { GRAPH ?g { ?o a unsc:Obligation ;
                       undo:hasSemantics ?v ; unsc:binding ?b .
                       OPTIONAL { ?o undo:hasReceiver ?a } OPTIONAL { ?o unsc:deadline ?d } } }""",
    "paragraphs": "SELECT DISTINCT ?p ?n { GRAPH ?g { ?p eli:number ?n } }",
    "header": """SELECT DISTINCT ?date ?m ?ch7 { GRAPH ?g { ?r eli:date_document ?date ;
                  unsc:adoptedAt ?m ; unsc:actingUnderChapterVII ?ch7 } }""",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from graph.store import open_store

    out = tmp_path_factory.mktemp("bi") / "b"
    build([FOLDER], out)
    return open_store(out)


def _facts(store, lang: str, query: str) -> set[tuple]:
    from graph.namespaces import sparql_prologue

    graph = f"<https://w3id.org/unsc-graph/id/graph/{lang}/S/RES/2700(2023)>"
    text = sparql_prologue() + query.replace("GRAPH ?g", f"GRAPH {graph}")
    return {tuple(str(v) for v in row) for row in _rows(store, text)}


def _rows(store, text):
    from graph.query import run_query

    return run_query(store, text).rows


@pytest.mark.parametrize("kind", sorted(FACTS))
def test_same_facts_in_both_languages(store, kind):
    zh = _facts(store, "zh", FACTS[kind])
    en = _facts(store, "en", FACTS[kind])
    assert zh, f"no {kind} found in the Chinese text"
    assert zh == en


def test_both_texts_are_literals_of_one_paragraph(store):
    rows = _rows(store, """SELECT ?t { <https://w3id.org/unsc-graph/id/doc/S/RES/2700(2023)/OP5>
                           <https://w3id.org/unsc-graph/ontology#text> ?t }""")
    assert len(rows) == 2


def test_the_facts_read_off_the_fixture(store):
    cited = {r[1].rsplit("/doc/", 1)[-1] for r in _facts(store, "zh", FACTS["citations"])}
    assert {"S/RES/2331(2016)", "S/RES/2388(2017)", "S/PRST/2015/25", "S/2023/123"} <= cited
    obligations = {tuple(v.rsplit("/", 1)[-1] for v in r[1:])
                   for r in _facts(store, "en", FACTS["obligations"])}
    assert ("requests", "secretary-general", "2024-04-02", "False") in obligations
    assert ("decides", "None", "None", "True") in obligations  # binding under Chapter VII
