"""The canned queries written for Oxigraph's optimizer answer what their plain wording does.

Several canned queries (``graph/queries/``) are written in a form that Oxigraph evaluates
fast on the whole record: sub-selects joined by hashing, anti-joins by ``OPTIONAL`` and
``!BOUND``, a ``BIND`` before a test on an IRI's text, numbers first in ``ORDER BY``. The plain
wording of each is kept in ``tests/fixtures/queries/reference/``; these tests run both on the
seed build, on a build of the English and bilingual fixtures, on the hand-written query
fixture and on small graphs made of the corner cases the forms could get wrong, and compare
the rows in order.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.query import QUERY_DIR, list_queries, load_query, parse_query, portable_query, run_query

REFERENCE = Path(__file__).parent / "fixtures" / "queries" / "reference"
FIXTURES = Path(__file__).parent / "fixtures"
#: the SPARQL 1.1 forms shipped for endpoints (graph/queries/sparql11/) are references too
PORTABLE = QUERY_DIR / "sparql11"
NAMES = sorted(p.stem for p in [*REFERENCE.glob("*.rq"), *PORTABLE.glob("*.rq")])

#: the corner cases, one graph: a self-citation (by the document and by a citation node),
#: a cited document with no identifier, an entity labelled only in Chinese (listed), one
#: found outside the registry (curated false: not listed), an addressee with only a Chinese
#: label, a citation found in one language of a two-language document, two documents sharing
#: nothing but a paragraph number
CORNERS = """
@prefix unsc: <https://w3id.org/unsc-graph/ontology#> .
@prefix cito: <http://purl.org/spar/cito/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix undo: <https://w3id.org/akn/ontology/undo/> .
@prefix allot: <https://w3id.org/akn/ontology/allot/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@base <https://w3id.org/unsc-graph/id/> .

<graph/x> {
  unsc:Agreement rdfs:subClassOf unsc:Instrument .
  <doc/S-RES-1-1946> dcterms:identifier "S/RES/1 (1946)" ; unsc:year 1946 ; unsc:number 1 ;
      cito:cites <doc/S-RES-1-1946> , <doc/unknown> ;
      prov:wasDerivedFrom <text/en/1> , <text/zh/1> .
  <text/en/1> dcterms:language "en" .
  <text/zh/1> dcterms:language "zh" .
  <doc/S-PRST-1946-1> dcterms:identifier "S/PRST/1946/1" ; unsc:year 1946 ; unsc:number 1 .
  <p/1> a unsc:OperativeParagraph ; eli:is_part_of <doc/S-RES-1-1946> ; eli:number "1" ;
      unsc:position 1 ; unsc:verb <verb/requests> ;
      unsc:text "Requests the Secretary-General"@en , "请秘书长"@zh ;
      allot:mentions <entity/zh-only> , <entity/found> , <entity/pact> , <doc/S-PRST-1946-1> .
  <p/2> a unsc:OperativeParagraph ; eli:is_part_of <doc/S-PRST-1946-1> ; eli:number "1" ;
      unsc:position 1 ; unsc:verb <verb/requests> ;
      allot:mentions <entity/zh-only> .
  <entity/zh-only> a unsc:Body ; skos:prefLabel "只有中文"@zh .
  <entity/found> a unsc:Body ; unsc:curated false ; skos:prefLabel "发现"@zh .
  <entity/pact> a unsc:Agreement ; skos:prefLabel "Pact"@en , "公约"@zh .
  <verb/requests> skos:prefLabel "requests"@en ; unsc:force "directive" .
  <verb/recalls> skos:prefLabel "recalls"@en .
  <c/1> a cito:Citation ; cito:hasCitingEntity <p/1> ; cito:hasCitedEntity <doc/S-RES-1-1946> ;
      unsc:citingDocument <doc/S-RES-1-1946> ; unsc:characterization <verb/recalls> ;
      unsc:evidence <span/1> , <span/2> .
  <span/1> oa:hasSource <text/en/1> ; oa:hasSelector <sel/1> .
  <sel/1> oa:exact "resolution 1 (1946)" .
  <span/2> oa:hasSource <text/en/1> ; oa:hasSelector <sel/2> .
  <sel/2> oa:exact "its resolution 1" .
  <c/2> a cito:Citation ; cito:hasCitingEntity <p/1> ; cito:hasCitedEntity <doc/unknown> ;
      unsc:citingDocument <doc/S-RES-1-1946> ; unsc:characterization <verb/recalls> ;
      unsc:evidence <span/3> , <span/4> .
  <span/3> oa:hasSource <text/en/1> ; oa:hasSelector <sel/3> .
  <sel/3> oa:exact "document S/1" .
  <span/4> oa:hasSource <text/zh/1> ; oa:hasSelector <sel/4> .
  <sel/4> oa:exact "S/1号文件" .
  <o/1> a unsc:Obligation ; unsc:paragraph <p/1> ; undo:hasSemantics <verb/requests> ;
      undo:hasReceiver <entity/zh-only> , <entity/pact> ; unsc:deadline "1946-12-31" .
  <o/2> a unsc:Obligation ; unsc:paragraph <p/2> ; undo:hasSemantics <verb/requests> .
}
"""


BROKEN_PREFIXES = """@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix cito: <http://purl.org/spar/cito/> .
@prefix unsc: <https://w3id.org/unsc-graph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@base <https://w3id.org/unsc-graph/id/> .
"""

#: broken graphs: violations of several kinds beside nodes that are fine
BROKEN = {
    "citation-without-identifier-violation": """
        <doc/S/RES/1(2000)> dcterms:identifier "S/RES/1 (2000)" ;
            cito:cites <doc/S/RES/9(1999)> , <doc/S/RES/8(1999)> , <entity/treaty> , <other/x> .
        <doc/S/RES/2(2000)> dcterms:identifier "S/RES/2 (2000)" ; cito:cites <doc/S/RES/9(1999)> .
        <doc/S/RES/8(1999)> dcterms:identifier "S/RES/8 (1999)" .
        <other/x> a unsc:Report .
        <c1> cito:hasCitedEntity <other/y> ; unsc:citingDocument <doc/S/RES/2(2000)> .
        <other/y> a unsc:SecurityCouncilResolution .
        <c2> cito:hasCitedEntity <other/z> .
        <other/z> a unsc:Report .
        unsc:Report rdfs:subClassOf unsc:Document .
        unsc:SecurityCouncilResolution rdfs:subClassOf unsc:Document .
    """,
}



def _rows(store: ox.Store, query) -> list[tuple]:
    return [tuple(map(repr, row)) for row in run_query(store, query, {}).rows]


@pytest.fixture(scope="module")
def corners() -> ox.Store:
    store = ox.Store()
    store.load(CORNERS, format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="module")
def sample_store() -> ox.Store:
    # the hand-written query fixture with the ontology in its named graph, as a build holds it
    from tests.test_queries import load_pyoxigraph

    return load_pyoxigraph(FIXTURES / "queries" / "sample.trig")


@pytest.fixture(scope="module")
def fixtures_store(tmp_path_factory) -> ox.Store:
    """A build of the English and bilingual text fixtures (two languages of one resolution)."""
    from graph.builder import build
    from graph.store import open_store

    out = tmp_path_factory.mktemp("fixtures") / "build"
    inputs = [*sorted((FIXTURES / "en").glob("*.txt")), FIXTURES / "bilingual"]
    build([p for p in inputs if p.stem not in ("not_resolution", "no_operative")], out)
    return open_store(out)


def test_every_reference_has_its_canned_query():
    # a reference left behind after its query was renamed would test nothing
    assert NAMES and all(load_query(name).name == name for name in NAMES)


def test_the_corners_give_rows(corners):
    # the corner graph must make the violation queries answer, else it proves nothing
    for name in ("self-citation-violation", "citation-without-identifier-violation",
                 "entity-without-english-label-violation", "language-disagreements"):
        assert run_query(corners, load_query(name), {}).rows, name


def _reference(name: str):
    path = REFERENCE / f"{name}.rq"
    path = path if path.is_file() else PORTABLE / f"{name}.rq"
    return parse_query(path.read_text(encoding="utf-8"), name)


def test_every_canned_query_reads_as_sparql_1_1_at_an_endpoint():
    # a query using SPARQL 1.2's LATERAL ships a SPARQL 1.1 form, which endpoints are sent
    for query in list_queries():
        sent = portable_query(query)
        body = "\n".join(line.split("#")[0] for line in sent.text.splitlines())
        assert "LATERAL" not in body.upper(), query.name
        assert sent.name == query.name and sent.params == query.params, query.name
        assert sent.summary == query.summary, query.name


@pytest.mark.parametrize("store", [
    "corners",         # the corner cases above
    "seed_store",      # the seed build: real text, several languages
    "fixtures_store",  # the English and bilingual fixtures built
    "sample_store",    # the hand-written query fixture
])
@pytest.mark.parametrize("name", NAMES)
def test_same_rows(name, store, request):
    graph = request.getfixturevalue(store)
    assert _rows(graph, load_query(name)) == _rows(graph, _reference(name))


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_same_violations_on_broken_graphs(name):
    # several violations (by cites and by a citation node) beside nodes that are fine
    store = ox.Store()
    store.load(BROKEN_PREFIXES + "<graph/x> {" + BROKEN[name] + "}", format=ox.RdfFormat.TRIG)
    rows = _rows(store, load_query(name))
    assert rows == _rows(store, _reference(name)) and len(rows) == 4


#: a cited instrument labelled in English and in Chinese, one labelled only in Chinese, and a
#: document whose identifier is also an instrument's English label
LOOKUP_CORNERS = """
@prefix unsc: <https://w3id.org/unsc-graph/ontology#> .
@prefix cito: <http://purl.org/spar/cito/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@base <https://w3id.org/unsc-graph/id/> .
<graph/x> {
  <doc/1> dcterms:identifier "S/RES/1 (1946)" ; unsc:year 1946 ; unsc:number 1 .
  <doc/2> dcterms:identifier "Pact" ; unsc:year 1947 ; unsc:number 2 .
  <p/1> eli:number "1" ; unsc:position 1 .
  <p/2> eli:number "2" ; unsc:position 2 .
  <entity/pact> skos:prefLabel "Pact"@en , "公约"@zh .
  <entity/zh> skos:prefLabel "只有中文"@zh .
  <verb/recalls> skos:prefLabel "recalls"@en .
  <c/1> a cito:Citation ; cito:hasCitingEntity <p/1> ; cito:hasCitedEntity <entity/pact> ;
      unsc:citingDocument <doc/1> ; unsc:characterization <verb/recalls> .
  <c/2> a cito:Citation ; cito:hasCitingEntity <p/2> ; cito:hasCitedEntity <entity/zh> ;
      unsc:citingDocument <doc/1> ; unsc:characterization <verb/recalls> .
  <c/3> a cito:Citation ; cito:hasCitingEntity <p/1> ; cito:hasCitedEntity <doc/2> ;
      unsc:citingDocument <doc/1> ; unsc:characterization <verb/recalls> .
}
"""

#: the labels of every cited node that is not looked up by identifier, in the store
CITED_LABELS = """
PREFIX cito: <http://purl.org/spar/cito/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?label WHERE { ?c cito:hasCitedEntity ?t . ?t skos:prefLabel ?label }
ORDER BY ?label
"""


@pytest.fixture(scope="module")
def lookup_corners() -> ox.Store:
    store = ox.Store()
    store.load(LOOKUP_CORNERS, format=ox.RdfFormat.TRIG)
    return store


@pytest.mark.parametrize("store", [
    "lookup_corners",  # labels in English, in Chinese only, a label that is also an identifier
    "seed_store",      # the seed build's cited instruments
    "fixtures_store",  # the English and bilingual fixtures built
    "sample_store",    # the hand-written query fixture
])
@pytest.mark.parametrize("name", ["cited-by"])
def test_same_rows_for_every_cited_label(name, store, request):
    # a look-up whose parameter is matched as a term per language (?symbol@en) answers what
    # the plain FILTER(STR(?label) = ?symbol) does, for every label of a cited node and for
    # a symbol that names nothing
    graph = request.getfixturevalue(store)
    labels = [str(row[0]) for row in run_query(graph, CITED_LABELS).rows]
    symbols = [*labels, "S/RES/1 (1946)", "no such thing"]
    answered = 0
    for symbol in symbols:
        rows = run_query(graph, load_query(name), {"symbol": symbol}).rows
        assert rows == run_query(graph, _reference(name), {"symbol": symbol}).rows, symbol
        answered += bool(rows)
    assert answered >= min(len(labels), 1)
