"""Citations resolved by date (unsc:dateResolutionRef) and the shapes that catch undeclared
unsc: terms and missing document-level cito:cites edges, on real pipeline output."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from graph.context import RecordFacts
from graph.iri import document_iri
from graph.namespaces import CITO, UNSC
from graph.validate import validate_graph
from tests.conftest import text_graph

EARLY = Path(__file__).parent / "fixtures" / "en" / "early.txt"  # resolution 36 (1947)
R27 = "S/RES/27 (1947)"
R28 = "S/RES/28 (1947)"
AUGUST_1 = date(1947, 8, 1)


def _text_graph(path: Path, registry, days: dict[date, list[str]] | None):
    """The triples of one text resolved with *days* as the meeting records ({day: symbols})."""
    record = RecordFacts(adopted_on={d: tuple(s) for d, s in days.items()}) if days else None
    return text_graph(path, registry, record)


def _dated(g: Graph) -> dict[URIRef, list[Literal]]:
    """{cited entity: dates} over the citations that carry unsc:dateResolutionRef."""
    out: dict[URIRef, list[Literal]] = {}
    for c, d in g.subject_objects(UNSC.dateResolutionRef):
        out.setdefault(g.value(c, CITO.hasCitedEntity), []).append(d)
    return out


# --- unsc:dateResolutionRef -----------------------------------------------------------------


@pytest.mark.parametrize("days, cited", [
    # the records give one resolution adopted on 1 August 1947: cited, with the date
    ({AUGUST_1: [R27]}, {R27}),
    # two resolutions that day (as the real 1947 table has): left unresolved, no citation
    ({AUGUST_1: [R27, R28]}, set()),
    # no resolution that day in the records
    ({date(1947, 8, 2): [R27]}, set()),
    # no meeting records loaded at all
    (None, set()),
])
def test_citation_by_date_records_the_date(registry, days, cited) -> None:
    g, resolved = _text_graph(EARLY, registry, days)
    expected = {document_iri(s): [Literal("1947-08-01", datatype=XSD.date)] for s in cited}
    assert _dated(g) == expected
    by_date = {c.target for c in resolved.citations if c.dated is not None}
    assert by_date == set(expected)
    # a date left unresolved is reported, never silently dropped
    assert any("resolution of 1947-08-01 left unresolved" in w.message
               for w in resolved.warnings) == (not cited)


@pytest.mark.parametrize("body, dated", [
    # named by number only: a citation, but no date to record
    ("Recalling its resolution 27 (1947),", False),
    # named by number and by date in one paragraph: one citation node, with the date
    ("Recalling its resolution 27 (1947) and its resolution of 1 August 1947,", True),
    # named by date only
    ("Recalling its resolution of 1 August 1947,", True),
])
def test_date_only_where_the_text_names_one(registry, tmp_path, body, dated) -> None:
    head = EARLY.read_text(encoding="utf-8").split("Noting")[0]
    path = tmp_path / "dated.txt"
    path.write_text(f"{head}{body}\n\n1. Decides to remain seized of the matter.\n",
                    encoding="utf-8")
    g, _ = _text_graph(path, registry, {AUGUST_1: [R27]})
    citations = list(g.subjects(CITO.hasCitedEntity, document_iri(R27)))
    assert len(citations) == 1
    dates = list(g.objects(citations[0], UNSC.dateResolutionRef))
    assert dates == ([Literal("1947-08-01", datatype=XSD.date)] if dated else [])


# --- shapes on the seed build ---------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_graph(seed_build) -> Graph:
    return Graph().parse(seed_build / "graph.ttl")


def _rename(g: Graph, old: URIRef, new: URIRef) -> Graph:
    out = Graph()
    for s, p, o in g:
        out.add((s, new if p == old else p, new if o == old else o))
    return out


def _drop_document_cites(g: Graph) -> Graph:
    out = Graph()
    for s, p, o in g:
        if p != CITO.cites:
            out.add((s, p, o))
    return out


def test_seed_build_conforms(seed_graph: Graph) -> None:
    result = validate_graph(seed_graph)
    assert result.conforms, result.text


@pytest.mark.parametrize("break_graph, path, fragment", [
    # a renamed property on every obligation (unsc:binding -> unsc:bindingg)
    (lambda g: _rename(g, UNSC.binding, UNSC.bindingg), "unsc:bindingg",
     "a unsc: property the ontology does not declare"),
    # a renamed class on every mention
    (lambda g: _rename(g, UNSC.Mention, UNSC.Mension), "rdf:type",
     "a unsc: class the ontology does not declare"),
    # the direct document-level edges gone, the cito:Citation nodes kept
    (_drop_document_cites, "cito:cites", "which a citation of its paragraph cites"),
])
def test_seed_build_breakage_is_caught(seed_graph: Graph, break_graph, path, fragment) -> None:
    result = validate_graph(break_graph(seed_graph))
    assert not result.conforms
    violations = [f for f in result.results if f.severity == "Violation"]
    assert violations
    assert {(f.path, fragment in f.message) for f in violations} == {(path, True)}


def test_every_missing_edge_is_reported_once(seed_graph: Graph) -> None:
    expected = {(g_doc, target) for c in seed_graph.subjects(RDF.type, CITO.Citation)
                for g_doc in seed_graph.objects(c, UNSC.citingDocument)
                for target in seed_graph.objects(c, CITO.hasCitedEntity)}
    assert len(expected) > 10
    result = validate_graph(_drop_document_cites(seed_graph))
    found = {(f.focus, f.message) for f in result.results if f.path == "cito:cites"}
    assert found == {(doc, f"the document must cito:cites {target}, which a citation of its "
                           f"paragraph cites") for doc, target in expected}


@pytest.mark.parametrize("triple, conforms", [
    # an undeclared term outside the unsc: namespace is not this check's business
    ((URIRef("https://example.org/x"), URIRef("https://example.org/bindingg"),
      Literal(True)), True),
    # a declared unsc: property on a new node: fine
    ((URIRef("https://example.org/x"), UNSC.sha256, Literal("0" * 64)), True),
    # a term that only starts like the namespace (no '#') is not a unsc: term
    ((URIRef("https://example.org/x"), URIRef("https://w3id.org/unsc-graph/ontologyX"),
      Literal(1)), True),
    # an undeclared unsc: property on a new node
    ((URIRef("https://example.org/x"), UNSC.sha265, Literal("0" * 64)), False),
])
def test_only_unsc_terms_must_be_declared(seed_graph: Graph, triple, conforms) -> None:
    g = Graph()
    for t in seed_graph:
        g.add(t)
    g.add(triple)
    assert validate_graph(g).conforms is conforms


@pytest.mark.parametrize("break_graph", [
    lambda g: g,  # the seed build as built: both engines find it conforms
    _drop_document_cites,  # the document-level edges gone: both report every missing one
])
def test_the_engine_agrees_with_pyshacl_on_the_seed(seed_graph: Graph, break_graph) -> None:
    import pyshacl

    from graph.validate import _findings, read_ontology, read_shapes

    data = break_graph(seed_graph)
    _, report, _ = pyshacl.validate(data, shacl_graph=read_shapes(), ont_graph=read_ontology(),
                                    allow_warnings=True, advanced=False)
    reference = {(f.focus, f.path, f.message) for f in _findings(report)}
    assert {(f.focus, f.path, f.message) for f in validate_graph(data).results} == reference


def test_a_build_folder_is_validated_from_its_store(seed_build) -> None:
    from graph.store import open_store

    result = validate_graph(open_store(seed_build))
    assert result.conforms, result.text
