"""The curated registry (data/registry/*.ttl): shape, labels, verbs, relations, seed names."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, RDF, SKOS, XSD

from graph.iri import VERB_SCHEME, document_iri, entity_iri, slugify, symbol_from_iri
from graph.namespaces import CITO, ID, UNSC
from graph.symbols import parse_sc_resolution, sc_resolution

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "data" / "registry"
SEED = ROOT / "data" / "texts" / "S_RES_2388_2017_ZH.txt"
SHARED = ROOT.parent / "shared"
FILES = ["verbs", "bodies", "groups", "instruments", "places", "states", "documents", "governments"]

BODY_CLASSES = {UNSC.Body, UNSC.Committee, UNSC.Office, UNSC.Mission, UNSC.Mechanism,
                UNSC.StateGroup}
INSTRUMENT_CLASSES = {UNSC.Instrument, UNSC.Treaty, UNSC.Protocol, UNSC.Declaration,
                      UNSC.PlanOfAction, UNSC.Publication, UNSC.Charter}
ENTITY_CLASSES = BODY_CLASSES | INSTRUMENT_CLASSES | {UNSC.ArmedGroup, UNSC.Place, UNSC.State}
LABELS = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
ENTITY_NS = str(ID) + "entity/"
VERB_NS = str(ID) + "verb/"


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    for name in FILES:
        g.parse(REGISTRY / f"{name}.ttl", format="turtle")
    return g


@pytest.fixture(scope="module")
def entities(graph) -> list[URIRef]:
    return sorted(s for s in set(graph.subjects()) if str(s).startswith(ENTITY_NS))


@pytest.fixture(scope="module")
def verbs(graph) -> list[URIRef]:
    return sorted(graph.subjects(RDF.type, SKOS.Concept))


def _norm(label: Literal) -> str:
    """Case-fold; Chinese loses all spaces (the finder allows spaces anywhere), English
    collapses them; curly apostrophes count as straight ones."""
    text = str(label).casefold().replace("\u2019", "'")
    if label.language == "zh":
        return re.sub(r"\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _labels(graph: Graph, node: URIRef, lang: str | None = None) -> set[str]:
    return {_norm(o) for p in LABELS for o in graph.objects(node, p)
            if isinstance(o, Literal) and (lang is None or o.language == lang)}


# --- whole files ---


@pytest.mark.parametrize("name", FILES)
def test_each_file_parses_and_is_not_empty(name):
    assert len(Graph().parse(REGISTRY / f"{name}.ttl", format="turtle")) > 20


def test_no_blank_nodes(graph):
    assert not [t for t in graph if any(isinstance(x, BNode) for x in t)]


# --- entities ---


def test_every_entity_has_exactly_one_class(graph, entities):
    bad = {str(e): sorted(set(graph.objects(e, RDF.type)) & ENTITY_CLASSES) for e in entities}
    assert {e: c for e, c in bad.items() if len(c) != 1} == {}


def test_entity_iris_are_minted_from_slugs(entities):
    for e in entities:
        slug = str(e)[len(ENTITY_NS):]
        assert slugify(slug) == slug and entity_iri(slug) == e


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_entity_has_one_preferred_label_per_language(graph, entities, lang):
    counts = {str(e): sum(1 for o in graph.objects(e, SKOS.prefLabel) if o.language == lang)
              for e in entities}
    assert {e: n for e, n in counts.items() if n != 1} == {}


def test_labels_have_a_language_en_or_zh(graph):
    bad = [(s, o) for p in LABELS for s, o in graph.subject_objects(p)
           if not isinstance(o, Literal) or o.language not in ("en", "zh") or not str(o).strip()]
    assert bad == []


def test_chinese_labels_are_simplified(graph):
    opencc = pytest.importorskip("opencc")
    t2s = opencc.OpenCC("t2s")
    zh = [str(o) for p in LABELS for o in graph.objects(None, p)
          if isinstance(o, Literal) and o.language == "zh"]
    assert [z for z in zh if t2s.convert(z) != z] == []


def test_no_label_is_shared_by_two_entities(graph, entities):
    owners: dict[tuple[str, str], set[URIRef]] = defaultdict(set)
    for e in entities:
        for p in LABELS:
            for o in graph.objects(e, p):
                owners[(o.language, _norm(o))].add(e)
    assert {k: sorted(map(str, v)) for k, v in owners.items() if len(v) > 1} == {}


def test_no_label_is_shared_by_two_verbs(graph, verbs):
    owners: dict[tuple[str, str], set[URIRef]] = defaultdict(set)
    for v in verbs:
        for p in LABELS:
            for o in graph.objects(v, p):
                owners[(o.language, _norm(o))].add(v)
    assert {k: sorted(map(str, v)) for k, v in owners.items() if len(v) > 1} == {}


# --- relations ---


def test_established_and_continued_by_sc_resolution_documents(graph):
    targets = {o for p in (UNSC.establishedBy, UNSC.continuedBy) for o in graph.objects(None, p)}
    assert len(targets) > 30
    for doc in targets:
        number, year = parse_sc_resolution(symbol_from_iri(doc))
        assert (doc, RDF.type, UNSC.SecurityCouncilResolution) in graph
        assert graph.value(doc, DCTERMS.identifier) == Literal(sc_resolution(number, year))
        assert (graph.value(doc, UNSC.number).toPython(),
                graph.value(doc, UNSC.year).toPython()) == (number, year)


def test_adopted_in_targets_are_ga_resolution_documents(graph):
    pairs = list(graph.subject_objects(UNSC.adoptedIn))
    assert len(pairs) >= 5
    for instrument, doc in pairs:
        symbol = symbol_from_iri(doc)
        assert symbol.startswith("A/RES/")
        assert (doc, RDF.type, UNSC.GeneralAssemblyResolution) in graph
        assert str(graph.value(doc, DCTERMS.identifier)) == symbol
        assert document_iri(symbol) == doc
        day = graph.value(doc, DCTERMS.date)
        assert day == graph.value(instrument, DCTERMS.date)
        assert graph.value(doc, UNSC.year).toPython() == day.toPython().year


def test_broader_targets_are_entities(graph, entities):
    assert {o for o in graph.objects(None, SKOS.broader)} <= set(entities)
    assert {o for o in graph.objects(None, ORG.subOrganizationOf)} <= set(entities)


def test_organisations_nest_with_org_not_skos(graph):
    # SKOS broader is for concepts and places; bodies are organisations (W3C ORG)
    bodies = set(graph.subjects(RDF.type, None)) & {
        s for c in ("Body", "Committee", "Office", "Mission", "Mechanism", "StateGroup")
        for s in graph.subjects(RDF.type, URIRef(f"https://w3id.org/unsc-graph/ontology#{c}"))}
    assert bodies and not any((b, SKOS.broader, None) in graph for b in bodies)


# --- verbs ---

def test_every_verb_has_force_and_cito(graph, verbs):
    assert len(verbs) >= 30
    for v in verbs:
        assert str(v).startswith(VERB_NS)
        assert (v, SKOS.inScheme, VERB_SCHEME) in graph
        assert sorted(o.language for o in graph.objects(v, SKOS.prefLabel)) == ["en", "zh"]
        force = graph.value(v, UNSC.force)
        assert force.datatype == XSD.integer and 0 < force.toPython() <= 100
        assert str(graph.value(v, UNSC.citoCharacterization)).startswith(str(CITO))


@pytest.fixture(scope="module")
def loaded():
    from graph.registry import load_registry

    return load_registry([REGISTRY / f"{n}.ttl" for n in FILES])


def test_every_verb_label_is_found_as_its_verb(graph, verbs, loaded):
    # each name of a verb, read at the start of a clause, gives that verb and no other
    for v in verbs:
        for p in LABELS:
            for label in graph.objects(v, p):
                lang = label.language.split("-")[0]
                text = str(label) + ("" if lang == "zh" else " the")
                assert loaded.match_verb(text, 0, lang) == (len(str(label)), v), str(label)


def test_every_entity_label_is_found_as_its_entity(graph, entities, loaded):
    # each name of an entity, standing alone, is found whole as that entity
    for e in entities:
        for p in LABELS:
            for label in graph.objects(e, p):
                lang = label.language.split("-")[0]
                found = loaded.find_entities(str(label), lang)
                assert found == [(0, len(str(label)), e)], (str(label), found)


def test_every_entity_class_is_below_a_category_of_the_ontology(graph, entities):
    from graph.vocab import category

    for e in entities:
        for cls in graph.objects(e, RDF.type):
            assert category(cls) is not None, (e, cls)


@pytest.mark.parametrize("prop, target", [
    (UNSC.supplements, UNSC.Instrument),  # a protocol supplements an instrument
    (ORG.subOrganizationOf, UNSC.Body),  # bodies nest in bodies
    (DCTERMS.creator, UNSC.Body),  # publications are written by bodies
])
def test_relations_point_to_entities_of_their_kind(graph, prop, target):
    from graph.vocab import subclasses

    pairs = list(graph.subject_objects(prop))
    assert pairs
    kinds = set(subclasses(target))
    for _, o in pairs:
        assert set(graph.objects(o, RDF.type)) & kinds, (prop, o)


def test_registry_conforms_to_the_shapes(graph):
    from graph.validate import validate_graph

    result = validate_graph(graph)
    assert result.conforms, result.text


def test_scheme_documents_the_ordering(graph):
    assert (VERB_SCHEME, RDF.type, SKOS.ConceptScheme) in graph
    definition = " ".join(str(d) for d in graph.objects(VERB_SCHEME, SKOS.definition))
    assert "decides 100" in definition and "takes note 10" in definition


def test_non_directive_verbs_are_below_forty_and_above_takes_note(graph, verbs):
    directive = {"decides", "demands", "authorizes", "directs", "approves", "urges", "calls-upon",
                 "requests", "reminds", "recommends", "appeals", "encourages", "invites",
                 "expresses-intention"}
    for v in verbs:
        slug = str(v)[len(VERB_NS):]
        force = graph.value(v, UNSC.force).toPython()
        if slug not in directive:
            assert 10 <= force < 40, slug
        else:
            assert force >= 40, slug


# --- names in the seed ---

@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def test_every_seed_entity_name_found_by_the_registry(seed_text):
    from graph.registry import load_registry

    reg = load_registry([REGISTRY / f"{n}.ttl" for n in FILES])
    found = {str(e)[len(ENTITY_NS):] for _, _, e in reg.find_entities(seed_text, "zh")}
    assert {"isil", "unodc", "cted", "untoc", "trafficking-protocol"} <= found


# --- the real corpus (../shared) ---

ENGLISH_ERA = [
    "international-court-of-justice", "ecosoc", "trusteeship-council", "iaea", "oau",
    "league-of-arab-states", "icrc", "plo", "committee-of-good-offices", "unci", "uncip", "untso",
    "unmogip", "unficyp", "unef-ii", "undof", "unifil", "unavem", "unavem-ii", "unprofor",
    "unosom", "unosom-ii", "untac", "unamir", "unomig", "onumoz", "unomil", "onusal", "unikom",
    "ecomog", "icty", "committee-661", "committee-724", "committee-253", "un-council-for-namibia",
    "fourth-geneva-convention", "third-geneva-convention", "geneva-conventions-1949",
    "geneva-protocol-1925", "armistice-agreements-1949",
    "un-charter", "icj-statute", "npt", "udhr", "general-peace-agreement-mozambique",
    "palestine", "kashmir", "cyprus", "namibia", "south-africa", "southern-rhodesia", "korea",
    "congo", "israel", "lebanon", "unita", "renamo", "fmln",
]


@pytest.fixture(scope="module")
def english_corpus() -> str:
    folder = SHARED / "corpus" / "en-resolutions"
    if not folder.is_dir():
        pytest.skip("../shared not present: the English corpus is needed for this test")
    text = " ".join(p.read_text(encoding="utf-8", errors="replace")
                    for p in sorted(folder.glob("*.txt")))
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).casefold()


@pytest.mark.parametrize("slug", ENGLISH_ERA)
def test_english_era_entity_is_named_in_the_corpus(graph, english_corpus, slug):
    labels = _labels(graph, entity_iri(slug), "en")
    assert any(re.search(r"(?<![\w-])" + re.escape(lab) + r"(?![\w-])", english_corpus)
               for lab in labels), slug


def test_sanctions_references_are_on_the_list(graph):
    path = SHARED / "corpus" / "sanctions" / "consolidated.xml"
    if not path.is_file():
        pytest.skip("../shared not present: the sanctions list is needed for this test")
    from defusedxml import ElementTree

    names: dict[str, str] = {}
    for node in ElementTree.parse(path).getroot().iter("ENTITY"):
        aliases = [a.findtext("ALIAS_NAME") or "" for a in node.iter("ENTITY_ALIAS")]
        text = " ".join([node.findtext("FIRST_NAME") or "", *aliases]).replace("\u2019", "'")
        names[(node.findtext("REFERENCE_NUMBER") or "").strip()] = re.sub(r"\s+", " ", text)
    pairs = list(graph.subject_objects(UNSC.sanctionsReference))
    assert len(pairs) == 6
    for entity, ref in pairs:
        listed = names[str(ref)].casefold()
        assert any(lab in listed for lab in _labels(graph, entity, "en")), (entity, ref)


# --- counts ---


def test_counts_per_class(graph, entities, capsys):
    counts = Counter()
    for e in entities:
        for cls in set(graph.objects(e, RDF.type)) & ENTITY_CLASSES:
            counts[str(cls).rsplit("#", 1)[1]] += 1
    with capsys.disabled():
        print("\nregistry:", dict(sorted(counts.items())), "entities", len(entities))
    assert counts["ArmedGroup"] >= 6 and counts["Place"] >= 10 and counts["Mission"] >= 15
    assert counts["State"] >= 193  # the Member States, and former Members
    assert sum(counts.values()) == len(entities)
