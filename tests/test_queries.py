"""The canned queries on the hand-written fixture tests/fixtures/queries/sample.trig."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from graph.errors import UsageError
from graph.iri import ONTOLOGY_GRAPH
from graph.query import (
    QueryResult,
    bind_params,
    format_result,
    list_queries,
    load_query,
    parse_query,
    run_query,
)
from graph.resources import ontology_path

FIXTURE = Path(__file__).parent / "fixtures" / "queries" / "sample.trig"
PROTOCOL = ("Protocol to Prevent, Suppress and Punish Trafficking in Persons, "
            "Especially Women and Children")
UNTOC = "United Nations Convention against Transnational Organized Crime"
UNODC = "United Nations Office on Drugs and Crime"
C1267 = ("Security Council Committee pursuant to resolutions 1267 (1999), 1989 (2011) "
         "and 2253 (2015)")
C2140 = "Security Council Committee established pursuant to resolution 2140 (2014)"
R2195, R2331, R2388 = "S/RES/2195 (2014)", "S/RES/2331 (2016)", "S/RES/2388 (2017)"

# Expected answers, read off the fixture by hand.
EXPECTED: dict[tuple[str, tuple], tuple[list[str], list[tuple]]] = {
    # ten citation nodes; 2388's PP1 and OP3 citations are in two graphs but listed once
    ("citations", ()): (["citing", "cited", "paragraph", "characterization"], [
        (R2195, "S/RES/1267 (1999)", "PP1", "recalls"),
        (R2195, UNTOC, "OP1", "urges"),
        (R2331, R2195, "PP1", "reaffirms"),
        (R2331, "A/RES/55/25", "PP2", "recalls"),
        (R2388, "S/PRST/2015/25", "PP1", "recalls"),
        (R2388, R2331, "PP1", "recalls"),
        (R2388, "S/2017/939", "PP2", "takes note of"),
        (R2388, PROTOCOL, "OP1", "calls upon"),
        (R2388, UNTOC, "OP1", "calls upon"),
        (R2388, "S/RES/1267 (1999)", "OP3", "refers to"),
    ]),
    # one row per (operative paragraph, addressee); condemns has no addressee
    ("obligations", ()): (["resolution", "paragraph", "verb", "addressee", "deadline"], [
        (R2195, "OP1", "urges", "Member States", None),
        (R2331, "OP1", "requests", "Secretary-General", None),
        (R2331, "OP2", "encourages", "Member States", None),
        (R2331, "OP2", "encourages", UNODC, None),
        (R2388, "OP1", "calls upon", "Member States", None),
        (R2388, "OP2", "condemns", None, None),
        (R2388, "OP3", "requests", "Secretary-General", "2018-11-21"),
        (R2388, "OP4", "requests", UNODC, None),
    ]),
    # paragraph-level allot:mentions with the class mapped to a type (subclasses included)
    ("mentions", ()): (["resolution", "paragraph", "entity", "type"], [
        (R2195, "OP1", "Member States", "body"),
        (R2195, "OP1", UNTOC, "instrument"),
        (R2331, "OP1", "Secretary-General", "body"),
        (R2331, "OP2", "Member States", "body"),
        (R2331, "OP2", UNODC, "body"),
        (R2388, "PP2", "S/2017/939", "document"),
        (R2388, "OP1", "Member States", "body"),
        (R2388, "OP1", PROTOCOL, "instrument"),
        (R2388, "OP1", UNTOC, "instrument"),
        (R2388, "OP2", "Iraq", "place"),
        (R2388, "OP2", "Islamic State in Iraq and the Levant", "armed group"),
        (R2388, "OP3", "Secretary-General", "body"),
        (R2388, "OP3", C1267, "body"),
        (R2388, "OP4", UNODC, "body"),
    ]),
    # 1267 is cited by 2195 and 2388 (twice in 2388's graphs: counted once)
    ("most-cited", ()): (["document", "citing_resolutions"], [
        ("S/RES/1267 (1999)", 2),
        ("A/RES/55/25", 1),
        ("S/2017/939", 1),
        ("S/PRST/2015/25", 1),
        (R2195, 1),
        (R2331, 1),
    ]),
    # default parameter: S/RES/2388 (2017)
    ("cites", ()): (["characterization", "cited", "paragraphs"], [
        ("calls upon", PROTOCOL, "OP1"),
        ("calls upon", UNTOC, "OP1"),
        ("recalls", "S/PRST/2015/25", "PP1"),
        ("recalls", R2331, "PP1"),
        ("refers to", "S/RES/1267 (1999)", "OP3"),
        ("takes note of", "S/2017/939", "PP2"),
    ]),
    # another document, given as a parameter
    ("cites", (("symbol", R2331),)): (["characterization", "cited", "paragraphs"], [
        ("reaffirms", R2195, "PP1"),
        ("recalls", "A/RES/55/25", "PP2"),
    ]),
    # default parameter: S/RES/1267 (1999)
    ("cited-by", ()): (["characterization", "citing", "paragraphs"], [
        ("recalls", R2195, "PP1"),
        ("refers to", R2388, "OP3"),
    ]),
    # an instrument, by its English name
    ("cited-by", (("symbol", UNTOC),)): (["characterization", "citing", "paragraphs"], [
        ("calls upon", R2388, "OP1"),
        ("urges", R2195, "OP1"),
    ]),
    # 2388 -> 2331 -> 2195 -> 1267 and 2388 -> 1267: shortest depth of 1267 is 1;
    # 2331 -> A/RES/55/25 gives depth 2; PRST and report are not resolutions
    ("citation-chain", ()): (["resolution", "depth"], [
        ("S/RES/1267 (1999)", 1),
        (R2331, 1),
        ("A/RES/55/25", 2),
        (R2195, 2),
    ]),
    # the chain seen from 2331: three deep to 1267
    ("citation-chain", (("symbol", R2331),)): (["resolution", "depth"], [
        ("A/RES/55/25", 1),
        (R2195, 1),
        ("S/RES/1267 (1999)", 2),
    ]),
    # 1267 committee continued twice (ordered by year), 2140 committee never
    ("committees", ()): (["committee", "established_by", "continued_by"], [
        (C2140, "S/RES/2140 (2014)", None),
        (C1267, "S/RES/1267 (1999)", "S/RES/1989 (2011), S/RES/2253 (2015)"),
    ]),
    # requests to the Secretary-General only (2388 OP4 goes to UNODC)
    ("sg-requests", ()): (["year", "resolution", "paragraph", "deadline"], [
        (2016, R2331, "OP1", None),
        (2017, R2388, "OP3", "2018-11-21"),
    ]),
    # UNTOC cited by 2195 and 2388, the protocol by 2388
    ("instruments", ()): (["instrument", "citing_resolutions"], [
        (UNTOC, 2),
        (PROTOCOL, 1),
    ]),
    # main verbs of operative paragraphs; 2388 has two "requests" paragraphs (OP3, OP4)
    ("verbs-over-time", ()): (["year", "verb", "force", "paragraphs"], [
        (2014, "urges", 60, 1),
        (2016, "requests", 80, 1),
        (2016, "encourages", 50, 1),
        (2017, "requests", 80, 2),
        (2017, "calls upon", 70, 1),
        (2017, "condemns", 40, 1),
    ]),
}

VIOLATIONS = [
    "citation-without-identifier-violation",
    "self-citation-violation",
    "future-citation-violation",
    "entity-without-english-label-violation",
]

PREFIXES = """
@prefix unsc: <https://w3id.org/unsc-graph/ontology#> .
@prefix cito: <http://purl.org/spar/cito/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix allot: <https://w3id.org/akn/ontology/allot/> .
@base <https://w3id.org/unsc-graph/id/> .
"""


def _load_ontology(store: ox.Store) -> None:
    """The ontology in its named graph, as every build holds it (queries read the class
    hierarchy from it)."""
    store.load(path=str(ontology_path("unsc.ttl")), format=ox.RdfFormat.TURTLE,
               to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)))


def load_pyoxigraph(path: Path = FIXTURE) -> ox.Store:
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TRIG)
    _load_ontology(store)
    return store


def _to_ox(term):
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype is not None:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def load_rdflib(path: Path = FIXTURE, explicit_string: bool = False) -> ox.Store:
    """Parse with rdflib and copy quad by quad; optionally spell plain literals ^^xsd:string."""
    dataset = rdflib.Dataset()
    dataset.parse(path, format="trig")
    store = ox.Store()
    xsd_string = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")
    for s, p, o, g in dataset.quads((None, None, None, None)):
        obj = _to_ox(o)
        plain = isinstance(o, rdflib.Literal) and not o.language and not o.datatype
        if explicit_string and plain:
            obj = ox.Literal(str(o), datatype=xsd_string)
        graph = ox.DefaultGraph() if g is None or g == rdflib.graph.DATASET_DEFAULT_GRAPH_ID \
            else ox.NamedNode(str(g))
        store.add(ox.Quad(_to_ox(s), _to_ox(p), obj, graph))
    _load_ontology(store)
    return store


@pytest.fixture(scope="module")
def store() -> ox.Store:
    return load_pyoxigraph()


@pytest.fixture(scope="module", params=["rdflib", "rdflib-xsd-string"])
def rdflib_store(request) -> ox.Store:
    return load_rdflib(explicit_string=request.param == "rdflib-xsd-string")


@pytest.mark.parametrize("case", list(EXPECTED), ids=lambda c: c[0] + "".join(
    f"[{v}]" for _, v in c[1]))
def test_canned_query_answers(store, case):
    name, params = case
    columns, rows = EXPECTED[case]
    result = run_query(store, load_query(name), dict(params))
    assert result.columns == columns
    assert result.rows == rows


@pytest.mark.parametrize("case", list(EXPECTED), ids=lambda c: c[0] + "".join(
    f"[{v}]" for _, v in c[1]))
def test_same_answers_when_loaded_by_rdflib(rdflib_store, case):
    name, params = case
    assert run_query(rdflib_store, load_query(name), dict(params)).rows == EXPECTED[case][1]


def test_rdflib_copy_has_every_quad(store, rdflib_store):
    assert len(rdflib_store) == len(store)


def test_every_query_has_header_and_runs(store):
    queries = list_queries()
    names = [q.name for q in queries]
    assert len([n for n in names if not n.endswith("-violation")]) >= 10
    for q in queries:
        assert q.text.startswith("#+ summary: "), q.name
        assert q.summary, q.name
        assert "PREFIX" in q.text, q.name
        run_query(store, q)  # raises on bad SPARQL


def test_my_queries_are_all_expected():
    mine = {n for n, _ in EXPECTED} | set(VIOLATIONS)
    present = {q.name for q in list_queries()}
    assert mine <= present


@pytest.mark.parametrize("name", VIOLATIONS)
def test_violations_empty_on_fixture(store, name):
    assert run_query(store, load_query(name)).rows == []


BROKEN = {
    # a cited document node with no identifier
    "citation-without-identifier-violation": """
        <doc/S/RES/1(2000)> dcterms:identifier "S/RES/1 (2000)" ; cito:cites <doc/S/RES/9(1999)> .
        <doc/S/RES/9(1999)> a unsc:SecurityCouncilResolution ; unsc:year 1999 .
    """,
    # a resolution citing itself
    "self-citation-violation": """
        <doc/S/RES/1(2000)> dcterms:identifier "S/RES/1 (2000)" ; cito:cites <doc/S/RES/1(2000)> .
    """,
    # 2000 cites a resolution of 2005
    "future-citation-violation": """
        <doc/S/RES/1(2000)> unsc:year 2000 ; cito:cites <doc/S/RES/5(2005)> .
        <doc/S/RES/5(2005)> a unsc:SecurityCouncilResolution ; unsc:year 2005 .
    """,
    # an entity with only a Chinese label
    "entity-without-english-label-violation": """
        <entity/x> a unsc:ArmedGroup ; skos:prefLabel "某团体"@zh .
    """,
}


@pytest.mark.parametrize("name", VIOLATIONS)
def test_violations_found_on_broken_graphs(name):
    store = ox.Store()
    store.load(PREFIXES + "<graph/zh/x> {" + BROKEN[name] + "}", format=ox.RdfFormat.TRIG)
    assert len(run_query(store, load_query(name)).rows) == 1


@pytest.mark.parametrize(("trig", "rows"), [
    # a statement made after the resolution that cites it, in the same year
    ("""<doc/S/RES/1(2017)> unsc:year 2017 ; dcterms:date "2017-11-21"^^xsd:date ;
          cito:cites <doc/S/PRST/2017/27> .
        <doc/S/PRST/2017/27> dcterms:date "2017-12-21"^^xsd:date .""", 1),
    # the same statement made before: no violation
    ("""<doc/S/RES/1(2017)> unsc:year 2017 ; dcterms:date "2017-12-22"^^xsd:date ;
          cito:cites <doc/S/PRST/2017/27> .
        <doc/S/PRST/2017/27> dcterms:date "2017-12-21"^^xsd:date .""", 0),
])
def test_future_citation_by_day(trig, rows):
    store = ox.Store()
    store.load(PREFIXES + "@prefix eli: <http://data.europa.eu/eli/ontology#> .\n"
               "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
               "<graph/zh/x> {" + trig + "}", format=ox.RdfFormat.TRIG)
    assert len(run_query(store, load_query("future-citation-violation")).rows) == rows


@pytest.mark.parametrize("trig, expected", [
    # a two-cycle: A -> B -> A; B at depth 1, A itself not listed
    ("""<doc/S/RES/1(2000)> a unsc:SecurityCouncilResolution ; dcterms:identifier "S/RES/1 (2000)" ;
          cito:cites <doc/S/RES/2(2000)> .
        <doc/S/RES/2(2000)> a unsc:SecurityCouncilResolution ; dcterms:identifier "S/RES/2 (2000)" ;
          cito:cites <doc/S/RES/1(2000)> .""", [("S/RES/2 (2000)", 1)]),
    # a diamond with a long and a short branch: D at depth 2, not 3
    ("""<doc/S/RES/1(2000)> a unsc:SecurityCouncilResolution ; dcterms:identifier "S/RES/1 (2000)" ;
          cito:cites <doc/S/RES/2(2000)> , <doc/S/RES/3(2000)> .
        <doc/S/RES/2(2000)> a unsc:SecurityCouncilResolution ; dcterms:identifier "S/RES/2 (2000)" ;
          cito:cites <doc/S/RES/4(2000)> .
        <doc/S/RES/3(2000)> a unsc:SecurityCouncilResolution ; dcterms:identifier "S/RES/3 (2000)" ;
          cito:cites <doc/S/RES/5(2000)> .
        <doc/S/RES/5(2000)> a unsc:SecurityCouncilResolution ; dcterms:identifier "S/RES/5 (2000)" ;
          cito:cites <doc/S/RES/4(2000)> .
        <doc/S/RES/4(2000)> a unsc:SecurityCouncilResolution ;
          dcterms:identifier "S/RES/4 (2000)" .""",
     [("S/RES/2 (2000)", 1), ("S/RES/3 (2000)", 1), ("S/RES/4 (2000)", 2),
      ("S/RES/5 (2000)", 2)]),
])
def test_citation_chain_shortest_depth_and_cycles(trig, expected):
    store = ox.Store()
    store.load(PREFIXES + "<graph/zh/x> {" + trig + "}", format=ox.RdfFormat.TRIG)
    result = run_query(store, load_query("citation-chain"), {"symbol": "S/RES/1 (2000)"})
    assert result.rows == expected


@pytest.mark.parametrize("value, needle", [
    # quotes and backslashes are escaped inside the literal
    ('S/RES/1" } ; DROP ALL #', '"S/RES/1\\" } ; DROP ALL #"'),
    # a NamedNode becomes an IRI
    (ox.NamedNode("https://w3id.org/unsc-graph/id/doc/S/RES/1(2000)"),
     "<https://w3id.org/unsc-graph/id/doc/S/RES/1(2000)>"),
])
def test_bind_params_escapes(value, needle):
    q = parse_query(
        '#+ param: symbol = x — s\nSELECT * { ?d ?p ?symbol . FILTER(?x != "?symbol") }')
    text = bind_params(q, {"symbol": value})
    assert needle in text
    assert '"?symbol"' in text  # a variable name inside a string is left alone


def test_injection_attempt_finds_nothing(store):
    result = run_query(store, load_query("cites"), {"symbol": 'x") } UNION { ?a ?b ?c '})
    assert result.rows == []


def test_unknown_query_and_parameter():
    with pytest.raises(UsageError):
        load_query("no-such-query")
    with pytest.raises(UsageError):
        bind_params(load_query("cites"), {"nope": "x"})


@pytest.mark.parametrize("data", [
    # plain literal
    '"S/RES/1 (2000)"',
    # explicit xsd:string: the same RDF 1.1 literal, the same Python value
    '"S/RES/1 (2000)"^^<http://www.w3.org/2001/XMLSchema#string>',
])
def test_string_datatype_does_not_matter(data):
    store = ox.Store()
    store.load(f"<http://e/a> <http://e/p> {data} <http://e/g> .", format=ox.RdfFormat.N_QUADS)
    assert run_query(store, "SELECT ?o { ?s ?p ?o }").rows == [("S/RES/1 (2000)",)]


@pytest.mark.parametrize("fmt, expected", [
    # CSV: header row, csv-module line ends, empty cell for None
    ("csv", "a,b\r\nx,1\r\n,\r\n"),
    # JSON: list of objects, null for None
    ("json", '[{"a": "x", "b": 1}, {"a": null, "b": null}]'),
    # table: aligned columns, trailing spaces stripped (the all-empty row is empty)
    ("table", "a  b\n-  -\nx  1\n"),
])
def test_format_result(fmt, expected):
    result = QueryResult(["a", "b"], [("x", 1), (None, None)])
    assert format_result(result, fmt) == expected


def test_citation_chain_query_is_the_generated_one():
    # the unrolled query is written by scripts/citation_chain.py; a hand edit would make
    # its 32 layers drift apart
    spec = importlib.util.spec_from_file_location(
        "citation_chain", Path(__file__).resolve().parents[1] / "scripts" / "citation_chain.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0
    assert module.generate_query(2).count("OPTIONAL { ?n") == 2


@pytest.mark.parametrize("name, scope", [
    # integrity checks read the whole graph
    ("self-citation-violation", "whole graph"),
    # a full listing grows with the graph
    ("citations", "whole graph"),
    # an aggregate over every citation
    ("most-cited", "whole graph"),
    # a look-up by symbol should stay fast at any size
    ("cites", ""),
    ("cited-by", ""),
])
def test_query_scope_header(name, scope):
    assert load_query(name).scope == scope


def test_every_scope_is_known_and_violations_scan_the_whole_graph():
    for q in list_queries():
        assert q.scope in ("", "whole graph"), q.name
        if q.name.endswith("-violation"):
            assert q.scope == "whole graph", q.name
