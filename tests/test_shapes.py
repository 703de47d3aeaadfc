"""The ontology, the SHACL shapes, their examples and graph/validate.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

import graph.validate as validate_module
from graph.errors import InputError
from graph.namespaces import ALLOT, ELI, SH, UNDO, UNSC
from graph.validate import read_ontology, read_shapes, validate_graph

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "ontology" / "examples"
VALID = EXAMPLES / "model-valid.ttl"
INVALID = sorted(EXAMPLES.glob("model-invalid-*.ttl"))
ID = "https://w3id.org/unsc-graph/id/"

#: terms beyond docs/model.md that the pipeline uses (meetings, votes, sanctions, sources)
REQUIRED_TERMS = [
    "Meeting", "meetingNumber", "vote", "votesFor", "votesAgainst", "abstentions",
    "VetoedDraft", "vetoedBy", "topic", "SanctionsRegime", "ListedEntity",
    "sanctionsReference", "listedUnder", "listedOn", "individualsListed", "keptBy",
    "establishedBy", "continuedBy", "supplements", "adoptedIn", "citedPart", "pinpoint",
    "evidence", "span", "text", "position", "verb", "force", "citoCharacterization",
    "characterization", "citingDocument", "deadline", "binding", "paragraph", "Mention",
    "mentionOf", "actingUnderChapterVII", "adoptedAt", "number", "year", "dateResolutionRef",
    "votedAt", "formerName", "sha256", "inFavour", "against", "abstaining", "sponsoredBy",
    "draftResolution", "DraftResolution", "State", "Paragraph", "StatementParagraph",
    "AnnexPart",  # used by the emitters (graph/emit)
]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return read_ontology()


@pytest.fixture(scope="module")
def declared(ontology: Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {s for k in kinds for s in ontology.subjects(RDF.type, k)
            if isinstance(s, URIRef) and str(s).startswith(str(UNSC))}


def read_violation_comment(path: Path) -> tuple[str, str]:
    """Return (path, message fragment) named by the file's ``# violates: PATH | MESSAGE`` line."""
    first = path.read_text(encoding="utf-8").splitlines()[0]
    m = re.fullmatch(r"# violates: (\S+) \| (.+)", first)
    assert m, f"{path.name}: first line must read '# violates: PATH | MESSAGE'"
    return m.group(1), m.group(2)


# --- examples --------------------------------------------------------------------------------


@pytest.mark.parametrize("inference", [
    "none",  # default: subclass axioms mixed in, no inference
    "rdfs",  # RDFS inference must not break the valid graph either
])
def test_valid_example_conforms(inference: str) -> None:
    result = validate_graph(Graph().parse(VALID), inference=inference)
    assert result.conforms, result.text
    assert result.results == []
    assert result.text.startswith("Validation: conforms")


def test_there_are_enough_invalid_examples() -> None:
    assert len(INVALID) >= 8
    named = [read_violation_comment(p) for p in INVALID]
    assert len(set(named)) == len(named), "two examples break the same constraint"


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_example_fails_for_its_reason(path: Path) -> None:
    expected_path, fragment = read_violation_comment(path)
    result = validate_graph(Graph().parse(path))
    assert not result.conforms
    violations = [f for f in result.results if f.severity == "Violation"]
    assert violations, result.text
    # exactly the named constraint is broken: every violation carries its path and message
    for finding in violations:
        assert finding.path == expected_path, result.text
        assert fragment in finding.message, result.text


def test_report_is_deterministic_and_sorted() -> None:
    data = Graph().parse(INVALID[0])
    for s, p, o in Graph().parse(INVALID[1]):
        data.add((s, p, o))
    first, second = validate_graph(data), validate_graph(data)
    assert first.text == second.text
    keys = [(str(f.focus), f.path, f.message) for f in first.results]
    assert keys == sorted(keys)
    assert len(first.text.splitlines()) == 1 + len(first.results)


def test_warning_is_reported_but_conforms() -> None:
    data = Graph().parse(VALID)
    op1 = URIRef(ID + "doc/S/RES/2388(2017)/OP1")
    verb = URIRef(ID + "verb/requests")
    data.add((op1, UNSC.verb, verb))
    for triple in Graph().parse(VALID).triples((URIRef(ID + "verb/reaffirms"), None, None)):
        data.add((verb, triple[1], triple[2]))
    result = validate_graph(data)
    assert result.conforms, result.text
    assert [(f.focus, f.path, f.severity) for f in result.results] == [
        (op1, "unsc:verb", "Warning")]


def test_dataset_is_validated_as_union() -> None:
    valid = Graph().parse(VALID)
    data = Dataset()
    registry = data.graph(URIRef(ID + "graph/registry"))
    text = data.graph(URIRef(ID + "graph/zh/S/RES/2388(2017)"))
    for s, p, o in valid:
        (registry if str(s).startswith(ID + "entity/") else text).add((s, p, o))
    assert validate_graph(data).conforms
    registry.remove((URIRef(ID + "entity/security-council"), SKOS.prefLabel, None))
    assert not validate_graph(data).conforms


def test_validation_leaves_input_unchanged() -> None:
    data = Graph().parse(INVALID[0])
    before = set(data)
    validate_graph(data)
    assert set(data) == before


def test_unknown_inference_is_refused() -> None:
    with pytest.raises(ValueError, match="inference"):
        validate_graph(Graph(), inference="owlrl")


def test_read_shapes_returns_a_copy() -> None:
    shapes = read_shapes()
    size = len(shapes)
    shapes.remove((None, None, None))
    assert len(read_shapes()) == size > 0


@pytest.mark.parametrize("content, problem", [
    (None, "file not found"),  # no shapes.ttl in the folder
    ("@prefix x: <y> . x:a x:b", "not valid Turtle"),  # truncated statement
])
def test_bad_shapes_file_raises_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str | None, problem: str
) -> None:
    (tmp_path / "unsc.ttl").write_text((ROOT / "ontology" / "unsc.ttl").read_text("utf-8"),
                                       encoding="utf-8")
    if content is not None:
        (tmp_path / "shapes.ttl").write_text(content, encoding="utf-8")
    monkeypatch.setattr(validate_module, "ontology_path", lambda name: tmp_path / name)
    with pytest.raises(InputError, match=problem):
        validate_graph(Graph())


# --- ontology --------------------------------------------------------------------------------


def test_ontology_header(ontology: Graph) -> None:
    (onto,) = set(ontology.subjects(RDF.type, OWL.Ontology))
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.license, OWL.versionInfo):
        assert ontology.value(onto, prop) is not None, prop


def test_every_unsc_term_of_the_shapes_is_declared(declared: set[URIRef]) -> None:
    shapes = read_shapes()
    used = {t for triple in shapes for t in triple
            if isinstance(t, URIRef) and str(t).startswith(str(UNSC))}
    assert used, "shapes.ttl uses no unsc: term"
    assert sorted(used - declared) == []


def test_every_unsc_term_of_the_model_doc_is_declared(declared: set[URIRef]) -> None:
    text = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    used = {UNSC[name] for name in re.findall(r"\bunsc:([A-Za-z][A-Za-z0-9_]*)", text)}
    assert len(used) > 30
    assert sorted(used - declared) == []


def test_terms_the_later_work_needs_are_declared(declared: set[URIRef]) -> None:
    assert sorted(UNSC[t] for t in REQUIRED_TERMS if UNSC[t] not in declared) == []


def test_every_declared_term_is_documented(ontology: Graph, declared: set[URIRef]) -> None:
    for term in sorted(declared):
        labels = [o for o in ontology.objects(term, RDFS.label) if isinstance(o, Literal)]
        assert any(lab.language == "en" for lab in labels), f"{term}: no rdfs:label @en"
        assert ontology.value(term, RDFS.comment) is not None, f"{term}: no rdfs:comment"
        assert ontology.value(term, SKOS.editorialNote) is not None, f"{term}: no why-minted note"


def test_every_property_has_a_range_or_is_entity_valued(
    ontology: Graph, declared: set[URIRef]
) -> None:
    props = {t for t in declared if (t, RDF.type, OWL.Class) not in ontology}
    without_range = {p for p in props if ontology.value(p, RDFS.range) is None}
    # unsc:mentionOf points to any registry entity: no single class fits
    assert without_range == {UNSC.mentionOf}


@pytest.mark.parametrize("term, parent", [
    (UNSC.SecurityCouncilResolution, UNDO.Resolution),  # reuse UNDO
    (UNSC.SecurityCouncilResolution, ELI.LegalResource),  # reuse ELI
    (UNSC.SecurityCouncilResolution, UNSC.Document),  # our document hierarchy
    (UNSC.GeneralAssemblyResolution, UNDO.Resolution),  # GA resolutions too
    (UNSC.Obligation, UNDO.Relation),  # an act is a UNDO relation
    (UNSC.ArmedGroup, ALLOT.Organization),  # ALLOT top-level classes
    (UNSC.Body, ALLOT.Organization),
    (UNSC.Place, ALLOT.Location),
    (UNSC.Paragraph, ELI.LegalResourceSubdivision),  # paragraphs are ELI subdivisions
    (UNSC.PreambularParagraph, UNSC.Paragraph),  # of four kinds
    (UNSC.OperativeParagraph, UNSC.Paragraph),
    (UNSC.StatementParagraph, UNSC.Paragraph),
    (UNSC.AnnexPart, UNSC.Paragraph),
    (UNSC.State, UNSC.Place),  # a State is a place that votes
    (UNSC.VetoedDraft, UNSC.DraftResolution),
    (UNSC.Committee, UNSC.Body),  # registry subclasses from the model doc
    (UNSC.Protocol, UNSC.Instrument),
])
def test_reuse_by_subclassing(ontology: Graph, term: URIRef, parent: URIRef) -> None:
    assert (term, RDFS.subClassOf, parent) in ontology


# --- shapes ----------------------------------------------------------------------------------


def test_every_constraint_has_a_message() -> None:
    shapes = read_shapes()
    property_shapes = set(shapes.subjects(SH.path, None))
    sparql = set(shapes.objects(None, SH.sparql))
    assert len(property_shapes) > 50
    missing = [s for s in property_shapes | sparql if shapes.value(s, SH.message) is None]
    assert missing == []


def test_a_store_is_validated_as_the_union_of_its_graphs() -> None:
    # a resolution typed in one named graph, numbered in another: one document, no violation
    import pyoxigraph as ox

    nq = (b'<https://w3id.org/unsc-graph/id/doc/S/RES/1(1946)> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/unsc-graph/ontology#SecurityCouncilResolution> <http://g/a> .\n'
          b'<https://w3id.org/unsc-graph/id/doc/S/RES/1(1946)> <http://purl.org/dc/terms/identifier> "S/RES/1 (1946)" <http://g/a> .\n'
          b'<https://w3id.org/unsc-graph/id/doc/S/RES/1(1946)> <https://w3id.org/unsc-graph/ontology#number> "1"^^<http://www.w3.org/2001/XMLSchema#integer> <http://g/b> .\n'
          b'<https://w3id.org/unsc-graph/id/doc/S/RES/1(1946)> <https://w3id.org/unsc-graph/ontology#year> "1946"^^<http://www.w3.org/2001/XMLSchema#integer> <http://g/b> .\n')
    store = ox.Store()
    store.bulk_load(input=nq, format=ox.RdfFormat.N_QUADS)
    assert validate_graph(store).conforms
    number = ox.NamedNode(str(UNSC.number))
    store.remove(next(store.quads_for_pattern(None, number, None, None)))
    assert [f.path for f in validate_graph(store).results] == ["unsc:number"]


@pytest.mark.parametrize("path", [VALID, *INVALID], ids=lambda p: p.name)
def test_the_engine_agrees_with_pyshacl(path: Path) -> None:
    # pyshacl-turbo (the engine) and pySHACL (the reference) report the same results
    import pyshacl

    data = Graph().parse(path)
    ontology = read_ontology()
    _, report, _ = pyshacl.validate(data, shacl_graph=read_shapes(), ont_graph=ontology,
                                    allow_warnings=True, advanced=False)
    reference = {(f.focus, f.path, f.message) for f in validate_module._findings(report)}
    ours = {(f.focus, f.path, f.message) for f in validate_graph(data).results
            if f.path != "dcterms:identifier" or "does not agree" not in f.message}
    assert ours == reference
