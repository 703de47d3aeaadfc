"""A resolution in Chinese and in English gives the same facts under the same IRIs.

The fixture is a short resolution written for this test in both languages
(tests/fixtures/bilingual/); only the text literals and the evidence spans may differ.
"""

from __future__ import annotations

import pytest

from graph.builder import build
from tests.conftest import FIXTURES

FOLDER = FIXTURES / "bilingual"

FACTS = {
    "citations": """SELECT DISTINCT ?c ?cited ?v { ?c cito:hasCitedEntity ?cited ;
                       unsc:characterization ?v }""",
    "mentions": "SELECT DISTINCT ?p ?e { ?p allot:mentions ?e }",
    "obligations": """SELECT DISTINCT ?o ?v ?a ?d ?b { ?o a unsc:Obligation ;
                       undo:hasSemantics ?v ; unsc:binding ?b .
                       OPTIONAL { ?o undo:hasReceiver ?a } OPTIONAL { ?o unsc:deadline ?d } }""",
    "paragraphs": "SELECT DISTINCT ?p ?n { ?p eli:is_part_of ?d ; eli:number ?n }",
    "header": """SELECT DISTINCT ?date ?m ?ch7 { ?r unsc:number 2700 ; dcterms:date ?date ;
                  unsc:adoptedAt ?m ; unsc:actingUnderChapterVII ?ch7 }""",
}


def _build(tmp_path_factory, name: str):
    from graph.store import open_store

    out = tmp_path_factory.mktemp("bi") / "b"
    build([FOLDER / name], out)
    return open_store(out)


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """Each language's text built on its own, and both together."""
    return {"zh": _build(tmp_path_factory, "S_RES_2700_2023_ZH.txt"),
            "en": _build(tmp_path_factory, "S_RES_2700_2023_EN.txt"),
            "both": _build(tmp_path_factory, ".")}


@pytest.fixture(scope="module")
def store(stores):
    return stores["both"]


def _facts(store, query: str) -> set[tuple]:
    from graph.namespaces import sparql_prologue

    return {tuple(str(v) for v in row) for row in _rows(store, sparql_prologue() + query)}


def _rows(store, text):
    from graph.query import run_query

    return run_query(store, text).rows


@pytest.mark.parametrize("kind", sorted(FACTS))
def test_same_facts_in_both_languages(stores, kind):
    zh = _facts(stores["zh"], FACTS[kind])
    en = _facts(stores["en"], FACTS[kind])
    assert zh, f"no {kind} found in the Chinese text"
    assert zh == en
    # built together, the two texts state each fact once (each triple in one named graph)
    assert _facts(stores["both"], FACTS[kind]) == zh


def test_both_texts_are_literals_of_one_paragraph(store):
    rows = _rows(store, """SELECT ?t { <https://w3id.org/unsc-graph/id/doc/S/RES/2700(2023)/OP5>
                           <https://w3id.org/unsc-graph/ontology#text> ?t }""")
    assert len(rows) == 2


def test_the_facts_read_off_the_fixture(store):
    cited = {r[1].rsplit("/doc/", 1)[-1] for r in _facts(store, FACTS["citations"])}
    assert {"S/RES/2331(2016)", "S/RES/2388(2017)", "S/PRST/2015/25", "S/2023/123"} <= cited
    obligations = {tuple(v.rsplit("/", 1)[-1] for v in r[1:])
                   for r in _facts(store, FACTS["obligations"])}
    assert ("requests", "secretary-general", "2024-04-02", "False") in obligations
    assert ("decides", "None", "None", "True") in obligations  # binding under Chapter VII


def test_one_triple_per_graph(store):
    quads = _rows(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")[0][0]
    triples = _rows(store, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o "
                           "{ GRAPH ?g { ?s ?p ?o } } }")[0][0]
    assert quads == triples


def test_disagreements_between_the_languages_are_listed_with_both_texts(tmp_path):
    # the English text cites one resolution more than the Chinese one: the canned query lists
    # that citation, found in English, beside the Chinese wording of the same paragraph
    import shutil

    import graph

    folder = tmp_path / "in"
    shutil.copytree(FOLDER, folder)
    en = folder / "S_RES_2700_2023_EN.txt"
    en.write_text(en.read_text(encoding="utf-8").replace(
        "and the statement\nof its President", "and 1325 (2000) and the statement\nof its "
        "President"), encoding="utf-8")
    g = graph.build([folder], out=tmp_path / "b")
    rows = g.query("language-disagreements").values()
    assert len(rows) == 1
    resolution, paragraph, cited, found_in, span, other = rows[0]
    assert (resolution, paragraph, cited, found_in) == (
        "S/RES/2700 (2023)", "PP1", "S/RES/1325 (2000)", "en")
    assert "1325 (2000)" in span and other.startswith("回顾第 2331(2016)号")
    # the same two texts as written agree: no row
    assert graph.build([FOLDER], out=tmp_path / "c").query("language-disagreements").values() == []


def test_a_fact_with_one_value_comes_from_the_english_text_when_they_disagree(tmp_path):
    # the Chinese text "reaffirms" where the English "recalls": one characterization, the
    # English one, and a warning naming both
    import json
    import shutil

    import graph

    folder = tmp_path / "in"
    shutil.copytree(FOLDER, folder)
    zh = folder / "S_RES_2700_2023_ZH.txt"
    zh.write_text(zh.read_text(encoding="utf-8").replace("回顾第 2331", "重申第 2331", 1),
                  encoding="utf-8")
    g = graph.build([folder], out=tmp_path / "b")
    rows = g.query("""SELECT ?v { ?c <http://purl.org/spar/cito/hasCitedEntity>
        <https://w3id.org/unsc-graph/id/doc/S/RES/2331(2016)> ;
        <https://w3id.org/unsc-graph/ontology#characterization> ?v }""").values()
    assert rows == [("https://w3id.org/unsc-graph/id/verb/recalls",)]
    warnings = json.loads((tmp_path / "b" / "summary.json").read_text())["warnings"]
    said = [w for w in warnings if "the English is kept" in w[2]]
    assert said and said[0][0].endswith("S_RES_2700_2023_EN.txt") and said[0][1] == "PP1"
    assert "reaffirms" in said[0][2] and "recalls" in said[0][2]
    assert g.validate().conforms
