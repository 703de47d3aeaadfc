"""Tests of the sanctions list source (graph/sources/sanctions.py) and its canned queries."""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from graph.emit.sanctions import generate_sanctions_triples, regime_iri
from graph.errors import InputError
from graph.iri import document_iri, entity_iri
from graph.model import Alias, ListedEntity, SanctionsList
from graph.namespaces import PREFIXES, UNSC
from graph.sources.sanctions import (
    find_cited_resolutions,
    link_registry_groups,
    match_listed_entity,
    normalize_name,
    read_sanctions_list,
    split_alias,
)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "sanctions"
QUERIES = ROOT / "graph" / "queries"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CONSOLIDATED = SHARED / "corpus" / "sanctions" / "consolidated.xml"

# what the fake individuals of small.xml carry: none of it may reach memory or the graph
FAKE_PERSONAL = ["ZEBULON", "QUIXOTE FAKENAME", "Zeb Quixotic", "Abu Fakename", "زبولون المزيف",
                 "ZX9988776", "NID-4455667788", "QP0011223", "1971-03-14", "17 Imaginary Lane",
                 "Faketown", "PERPETUA", "INVENTEDSON", "QDi.901", "CDi.902"]


@pytest.fixture(scope="module")
def small() -> SanctionsList:
    return read_sanctions_list(FIXTURES / "small.xml")


@pytest.fixture(scope="module")
def registry() -> Graph:
    return Graph().parse(FIXTURES / "registry-groups.ttl")


def _turtle(triples) -> str:
    g = Graph()
    for t in triples:
        g.add(t)
    return g.serialize(format="turtle")


# --- reading -------------------------------------------------------------------------------


def test_read_small_keeps_entities_and_counts_individuals(small):
    assert [e.reference for e in small.entities] == ["QDe.137", "SOe.001"]
    assert small.individuals == {"Al-Qaida": 1, "DRC": 1}
    assert small.regimes == ["Al-Qaida", "DRC", "Somalia"]
    assert small.generated == "2020-11-30T20:31:19.923-05:00"


def test_read_small_entity_fields(small):
    nusrah = small.entity("QDe.137")
    assert nusrah.name == "AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT"
    assert nusrah.list_type == "Al-Qaida"
    assert nusrah.listed_on == date(2014, 5, 14)
    assert nusrah.original_script == "جبهة النصرة لأهل الشام"
    assert Alias("Al-Nusrah Front", "a.k.a.", "en") in nusrah.aliases
    assert Alias("جبهة النصرة", "a.k.a.", "ar") in nusrah.aliases
    assert Alias("Jabhat Fath al-Sham (JFS)", "f.k.a.", "en") in nusrah.aliases
    # the trailing blank of the alias is gone
    assert Alias("Front for the Conquest of Syria/the Levant", "a.k.a.", "en") in nusrah.aliases
    assert nusrah.resolutions == ("S/RES/2253 (2015)", "S/RES/2368 (2017)", "S/RES/1267 (1999)")
    assert small.entity("SOe.001").resolutions == ("S/RES/1844 (2008)",)


def test_individuals_do_not_survive_the_parse(small):
    dump = repr(small) + repr(small.name_index)
    assert [s for s in FAKE_PERSONAL if s in dump] == []


@pytest.mark.parametrize("name, problem", [
    ("truncated.xml", r"malformed or truncated XML"),  # file cut in the middle of an element
    ("external-entity.xml", r"refused"),  # internal subset declaring an external entity
    ("external-dtd.xml", r"refused"),  # DOCTYPE pointing at an external DTD
    ("billion-laughs.xml", r"refused"),  # exponential entity expansion
    ("not-sanctions.xml", r"not a Security Council sanctions list"),  # RSS, wrong root
    ("entity-without-reference.xml", r"REFERENCE_NUMBER"),  # schema: reference is required
    ("does-not-exist.xml", r"no such file or folder"),  # missing file
])
def test_bad_input_raises_one_line_input_error(name, problem):
    path = FIXTURES / name
    with pytest.raises(InputError) as info:
        read_sanctions_list(path)
    message = str(info.value)
    assert message.startswith(str(path) + ": ")
    assert "\n" not in message
    assert re.search(problem, message)
    assert "TOP-SECRET" not in message


@pytest.mark.parametrize("content, problem", [
    (b"", "empty"),  # empty file
    (b"<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>",
     "dateGenerated"),  # required attribute missing
    (b'<CONSOLIDATED_LIST dateGenerated="2020-01-01T00:00:00"><ENTITIES/></CONSOLIDATED_LIST>',
     "INDIVIDUALS then ENTITIES"),  # a section missing
    (b'<CONSOLIDATED_LIST dateGenerated="2020-01-01T00:00:00"><INDIVIDUALS><ENTITY/>'
     b"</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>", "unexpected element 'ENTITY'"),  # misplaced
    (b'<CONSOLIDATED_LIST dateGenerated="2020-01-01T00:00:00"><INDIVIDUALS/><ENTITIES><ENTITY>'
     b"<FIRST_NAME>X</FIRST_NAME><UN_LIST_TYPE>DRC</UN_LIST_TYPE><REFERENCE_NUMBER>CDe.001"
     b"</REFERENCE_NUMBER><LISTED_ON>12 May 2010</LISTED_ON></ENTITY></ENTITIES>"
     b"</CONSOLIDATED_LIST>", "not a date"),  # LISTED_ON is not xs:date
    (b"\xff\xfe<not xml", "malformed"),  # binary junk
])
def test_bad_content_raises_input_error(tmp_path, content, problem):
    path = tmp_path / "list.xml"
    path.write_bytes(content)
    with pytest.raises(InputError, match=re.escape(problem)):
        read_sanctions_list(path)


def test_duplicate_reference_is_refused(tmp_path):
    xml = (FIXTURES / "small.xml").read_text(encoding="utf-8").replace("SOe.001", "QDe.137")
    path = tmp_path / "dup.xml"
    path.write_text(xml, encoding="utf-8")
    with pytest.raises(InputError, match=r"duplicate reference number QDe\.137"):
        read_sanctions_list(path)


# --- names -----------------------------------------------------------------------------------


@pytest.mark.parametrize("a, b, same", [
    ("Al-Qaida", "al qaida", True),  # case and hyphen
    ("Al-Qa'ida", "Al-Qaeda", True),  # apostrophe and the Qaeda spelling
    ("Al-Qaʿida", "AL QAIDA", True),  # ayn
    ("Al-Nusra Front", "Al-Nusrah Front", True),  # Nusra/Nusrah
    ("Al-Shabab", "AL-SHABAAB", True),  # Shabab/Shabaab
    ("Da'esh", "Daesh", True),  # apostrophe
    ("Lord’s Resistance Army", "Lord's Resistance Army", True),  # curly apostrophe
    ("Al Qaïda au Maghreb", "Al Qaida au Maghreb", True),  # diaeresis
    ("Al-Qaida", "Qaida", False),  # no article guessing
    ("Al-Qaida", "Al-Qaida in Iraq", False),  # no prefix matching
    ("Nusrah Front", "Al-Nusrah Front", False),  # no fuzzy matching
])
def test_normalize_name(a, b, same):
    assert (normalize_name(a) == normalize_name(b)) is same


@pytest.mark.parametrize("raw, names", [
    # several names packed into one alias after an Arabic name
    ("جبهة فتح الشام (Jabhat Fath al Sham; Jabhat Fath\nal-Sham)",
     [("جبهة فتح الشام", "ar"), ("Jabhat Fath al Sham", "en"), ("Jabhat Fath al-Sham", "en")]),
    # a note on a packed name
    ("شبكة أنصار المجاهدين (Ansar al-Mujahideen Network -\nsub-unit name)",
     [("شبكة أنصار المجاهدين", "ar"), ("Ansar al-Mujahideen Network", "en")]),
    # an acronym stays part of the name
    ("Lord’s Resistance Movement (LRM) ", [("Lord’s Resistance Movement (LRM)", "en")]),
    # a word broken at a line end after its hyphen is joined
    ("ISLAMIC STATE IN IRAQ AND THE LEVANT - KHORASAN (ISIL-\nK)",
     [("ISLAMIC STATE IN IRAQ AND THE LEVANT - KHORASAN (ISIL-K)", "en")]),
    # a Cyrillic name has no language tag we use
    ("Эмират Кавказ", [("Эмират Кавказ", "")]),
    # empty alias
    ("  ", []),
])
def test_split_alias(raw, names):
    assert split_alias(raw) == names


@pytest.mark.parametrize("text, symbols", [
    # one reference broken across lines
    ("Review pursuant to resolution\n1822 (2008) was concluded", ["S/RES/1822 (2008)"]),
    # a list of resolutions
    ("resolutions 1747 (2007) and 1737 (2006)", ["S/RES/1747 (2007)", "S/RES/1737 (2006)"]),
    # a list with commas and a repeat
    ("resolutions 1267 (1999), 1989 (2011), and 1267 (1999)",
     ["S/RES/1267 (1999)", "S/RES/1989 (2011)"]),
    # the symbol form
    ("see S/RES/2253 (2015)", ["S/RES/2253 (2015)"]),
    # no year: not a reference we can name
    ("resolution 1973, as modified", []),
    # a year out of range is no resolution
    ("resolution 12 (1066)", []),
])
def test_find_cited_resolutions(text, symbols):
    assert find_cited_resolutions(text) == symbols


# --- matching ----------------------------------------------------------------------------------

TOY = SanctionsList("toy", "", [
    ListedEntity("QDe.103", "AL-HARAMAIN FOUNDATION (INDONESIA)", "Al-Qaida", None),
    ListedEntity("QDe.104", "AL-HARAMAIN FOUNDATION (PAKISTAN)", "Al-Qaida", None),
    ListedEntity("QDe.129", "AL-QAIDA IN THE ARABIAN PENINSULA (AQAP)", "Al-Qaida", None,
                 aliases=(Alias("Al-Qaida in Yemen (AQY)", "f.k.a.", "en"),)),
    ListedEntity("SOe.001", "AL-SHABAAB", "Somalia", None,
                 aliases=(Alias("HARAKAT SHABAB AL-MUJAHIDIN", "a.k.a.", "en"),)),
])


@pytest.mark.parametrize("name, status, references", [
    ("Al Shabab", "linked", ("SOe.001",)),  # listed name, transliteration variant
    ("Harakat Shabaab al Mujahidin", "linked", ("SOe.001",)),  # alias, spelling variant
    ("AQAP", "linked", ("QDe.129",)),  # acronym of the listed name
    ("Al-Qaida in Yemen", "linked", ("QDe.129",)),  # former name without its acronym
    ("Al-Haramain Foundation", "ambiguous", ("QDe.103", "QDe.104")),  # two branches
    ("Pakistan", "unmatched", ()),  # a qualifier in parentheses is not a name
    ("Shabaab", "unmatched", ()),  # no partial matching
])
def test_match_listed_entity(name, status, references):
    m = match_listed_entity(name, TOY)
    assert (m.status, m.references) == (status, references)
    assert m.reference == (references[0] if status == "linked" else None)


def test_link_registry_groups_on_small(small, registry):
    links = link_registry_groups(registry, small)
    status = {str(k).rsplit("/", 1)[1]: (m.status, m.references) for k, m in links.items()}
    assert status["al-shabaab"] == ("linked", ("SOe.001",))
    assert status["al-nusrah-front"] == ("linked", ("QDe.137",))
    assert status["boko-haram"] == ("unmatched", ())
    assert len(status) == 6


def test_link_registry_groups_ambiguous_label():
    g = Graph().parse(format="turtle", data="""
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix unsc: <https://w3id.org/unsc-graph/ontology#> .
        <https://w3id.org/unsc-graph/id/entity/x> a unsc:ArmedGroup ;
            skos:prefLabel "Al-Shabaab"@en ; skos:hiddenLabel "Al-Haramain Foundation"@en .""")
    [m] = link_registry_groups(g, TOY).values()
    assert m.status == "ambiguous"
    assert m.references == ("QDe.103", "QDe.104", "SOe.001")


# --- triples ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_triples(small, registry):
    """The list's triples with the catalogue entries of the resolutions it cites, as a build
    writes them; and the report."""
    from graph.emit.catalogue import generate_catalogue_triples

    triples, report, documents = generate_sanctions_triples(
        small, link_registry_groups(registry, small))
    return [*triples, *generate_catalogue_triples(documents, [])], report


def test_regime_triples(small_triples):
    triples, report = small_triples
    somalia = regime_iri("Somalia")
    committee = entity_iri("committee-751")
    assert (somalia, RDF.type, UNSC.SanctionsRegime) in triples
    assert (somalia, UNSC.keptBy, committee) in triples
    assert (somalia, UNSC.establishedBy, document_iri("S/RES/733 (1992)")) in triples
    assert (somalia, UNSC.individualsListed, Literal(0, datatype=XSD.integer)) in triples
    assert (committee, SKOS.prefLabel, Literal(
        "Security Council Committee established pursuant to resolution 751 (1992)",
        lang="en")) in triples
    assert (committee, SKOS.prefLabel, Literal("安全理事会第751(1992)号决议所设委员会",
                                               lang="zh")) in triples
    aq = regime_iri("Al-Qaida")
    assert (aq, UNSC.keptBy, entity_iri("committee-1267")) in triples
    assert (aq, UNSC.individualsListed, Literal(1, datatype=XSD.integer)) in triples
    # the registry names committee-1267: no second English prefLabel from here
    assert not any(s == entity_iri("committee-1267") and p == SKOS.prefLabel
                   for s, p, _ in triples)
    # a regime with individuals only still gets its node
    assert (regime_iri("DRC"), RDFS.label, Literal(
        "Democratic Republic of the Congo sanctions regime", lang="en")) in triples
    assert report.unknown_regimes == []


def test_listed_entity_on_registry_iri(small_triples):
    triples, report = small_triples
    shabaab = entity_iri("al-shabaab")
    assert report.registry_links[str(shabaab)] == "SOe.001"
    assert (shabaab, UNSC.sanctionsReference, Literal("SOe.001")) in triples
    assert (shabaab, RDF.type, UNSC.ListedEntity) in triples
    assert (shabaab, UNSC.listedUnder, regime_iri("Somalia")) in triples
    assert (shabaab, UNSC.listedOn, Literal("2010-04-12", datatype=XSD.date)) in triples
    # the registry keeps its prefLabel; the listed name is an alternative label
    assert (shabaab, SKOS.altLabel, Literal("AL-SHABAAB", lang="en")) in triples
    assert not any(s == shabaab and p == SKOS.prefLabel for s, p, _ in triples)
    assert (shabaab, DCTERMS.references, document_iri("S/RES/1844 (2008)")) in triples
    assert not any(s == entity_iri("listed-soe-001") for s, _, _ in triples)


def test_listed_entity_names(small_triples):
    triples, _ = small_triples
    nusrah = entity_iri("al-nusrah-front")
    labels = {(p, o) for s, p, o in triples if s == nusrah}
    assert (SKOS.altLabel, Literal("Al-Nusra Front", lang="en")) in labels
    assert (SKOS.altLabel, Literal("جبهة النصرة لأهل الشام", lang="ar")) in labels
    assert (SKOS.altLabel, Literal("جبهة النصرة", lang="ar")) in labels
    assert (UNSC.formerName, Literal("Jabhat Fath al-Sham (JFS)", lang="en")) in labels
    assert (SKOS.altLabel, Literal("Jabhat Fath al-Sham (JFS)", lang="en")) not in labels


def test_registry_labels_and_numbers_are_respected(small, registry):
    reg = Graph()
    for t in registry:
        reg.add(t)
    committee = entity_iri("committee-751")
    reg.add((committee, SKOS.prefLabel, Literal("Somalia Sanctions Committee", lang="en")))
    reg.add((entity_iri("al-shabaab"), UNSC.sanctionsReference, Literal("SOe.999")))
    triples, report, _ = generate_sanctions_triples(small, link_registry_groups(reg, small), reg)
    # the registry names the committee: no second English prefLabel
    assert not any(s == committee and p == SKOS.prefLabel for s, p, _ in triples)
    assert (committee, UNSC.establishedBy, document_iri("S/RES/751 (1992)")) in triples
    # a name the registry already has as prefLabel or hiddenLabel is not repeated as altLabel
    reg.add((entity_iri("al-nusrah-front"), SKOS.hiddenLabel, Literal("Jabhet al-Nusra",
                                                                     lang="en")))
    triples, report, _ = generate_sanctions_triples(small, link_registry_groups(reg, small), reg)
    nusrah = {o for s, p, o in triples if s == entity_iri("al-nusrah-front")
              and p == SKOS.altLabel}
    assert Literal("Jabhet al-Nusra", lang="en") not in nusrah
    assert Literal("Jabhat al-Nusrah", lang="en") in nusrah
    assert report.registry_conflicts == [
        f"{entity_iri('al-shabaab')}: the registry says SOe.999, the list's names say SOe.001"]


def test_shapes_accept_the_triples_with_the_bundled_registry(small):
    if not (ROOT / "data" / "registry" / "groups.ttl").exists():
        pytest.skip("data/registry not written yet")
    from graph.emit.catalogue import generate_catalogue_triples
    from graph.registry import load_registry
    from graph.validate import validate_graph

    reg = load_registry().graph
    triples, _, documents = generate_sanctions_triples(small, link_registry_groups(reg, small),
                                                       reg)
    data = Graph()
    for t in (*reg, *triples, *generate_catalogue_triples(documents, [])):
        data.add(t)
    mine = {str(s) for s, _, _ in triples}
    result = validate_graph(data)
    assert [f for f in result.results if str(f.focus) in mine] == []


def test_unlinked_entity_gets_listed_iri(small):
    triples, report, _ = generate_sanctions_triples(small, {})
    node = entity_iri("listed-qde-137")
    assert (node, RDF.type, UNSC.ListedEntity) in triples
    assert (node, SKOS.prefLabel, Literal("AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT",
                                          lang="en")) in triples
    assert report.registry_links == {}


def test_cited_documents_are_typed(small_triples):
    triples, _ = small_triples
    cited = {o for _, p, o in triples
             if p in (UNSC.establishedBy, UNSC.continuedBy, DCTERMS.references)}
    assert document_iri("S/RES/2368 (2017)") in cited
    for doc in cited:
        assert (doc, RDF.type, UNSC.SecurityCouncilResolution) in triples
        assert any(s == doc and p == DCTERMS.identifier for s, p, _ in triples)


def test_triples_are_deterministic_and_without_blank_nodes(small, registry):
    first, _, _ = generate_sanctions_triples(small, link_registry_groups(registry, small))
    again, _, _ = generate_sanctions_triples(read_sanctions_list(FIXTURES / "small.xml"),
                                          link_registry_groups(registry, small))
    assert first == again
    assert all(isinstance(s, URIRef) for s, _, _ in first)
    assert len(set(first)) == len(first)


def test_small_graph_has_no_personal_data(small_triples):
    turtle = _turtle(small_triples[0])
    assert [s for s in FAKE_PERSONAL if s in turtle] == []


# --- canned queries ----------------------------------------------------------------------------


def _store(triples) -> ox.Store:
    store = ox.Store()
    store.load(_turtle(triples).encode(), ox.RdfFormat.TURTLE)
    for name in ("registry-groups.ttl", "mentions.ttl"):
        store.load((FIXTURES / name).read_bytes(), ox.RdfFormat.TURTLE)
    return store


def _run(store: ox.Store, name: str) -> list[dict[str, str | None]]:
    result = store.query((QUERIES / name).read_text(encoding="utf-8"))
    columns = [v.value for v in result.variables]
    return [{c: (row[c].value if row[c] is not None else None) for c in columns}
            for row in result]


@pytest.mark.parametrize("name", ["armed-groups.rq", "sanctions-regimes.rq"])
def test_query_file_header_and_prefixes(name):
    text = (QUERIES / name).read_text(encoding="utf-8")
    assert re.match(r"#\+ summary: \S.*\n", text)
    declared = dict(re.findall(r"^PREFIX (\w+): <([^>]+)>", text, flags=re.M))
    used = set(re.findall(r"\b([a-z]+):[A-Za-z_]", re.sub(r"<[^>]*>|#.*", "", text)))
    assert used <= set(declared)
    assert all(PREFIXES[p] == iri for p, iri in declared.items())


def test_armed_groups_query(small_triples):
    rows = {r["group"]: r for r in _run(_store(small_triples[0]), "armed-groups.rq")}
    assert list(rows["Al-Shabaab"]) == ["group", "aliases", "sanctions_reference", "regime",
                                        "resolutions"]
    shabaab = rows["Al-Shabaab"]
    assert shabaab["sanctions_reference"] == "SOe.001"
    assert shabaab["regime"] == "Somalia sanctions regime"
    assert shabaab["resolutions"] == "S/RES/2317 (2016), S/RES/2388 (2017)"
    aliases = shabaab["aliases"].split(" | ")
    assert aliases == sorted(aliases)
    assert {"AL-SHABAAB", "HISB’UL SHABAAB", "Al-Shabab"} <= set(aliases)
    isil = rows["Islamic State in Iraq and the Levant"]
    assert (isil["sanctions_reference"], isil["regime"]) == (None, None)  # not in small.xml
    assert isil["resolutions"] == "S/RES/2388 (2017)"
    assert rows["Boko Haram"]["resolutions"] is None
    assert len(rows) == 6


def test_sanctions_regimes_query(small_triples):
    rows = {r["regime"]: r for r in _run(_store(small_triples[0]), "sanctions-regimes.rq")}
    somalia = rows["Somalia sanctions regime"]
    assert somalia == {
        "regime": "Somalia sanctions regime",
        "committee": "Security Council Committee established pursuant to resolution 751 (1992)",
        "establishing_resolutions": "S/RES/733 (1992)",
        "listed_entities": "1", "individuals": "0"}
    aq = rows["ISIL (Da'esh) and Al-Qaida sanctions regime"]
    assert (aq["listed_entities"], aq["individuals"]) == ("1", "1")
    assert aq["committee"] == str(entity_iri("committee-1267"))  # label lives in the registry
    drc = rows["Democratic Republic of the Congo sanctions regime"]
    assert (drc["listed_entities"], drc["individuals"]) == ("0", "1")
    assert len(rows) == 3


# --- the real list (../shared) -----------------------------------------------------------------


@pytest.fixture(scope="module")
def real() -> tuple[SanctionsList, float]:
    if not CONSOLIDATED.exists():
        pytest.skip(f"../shared not present: {CONSOLIDATED}")
    t0 = time.perf_counter()
    sanctions = read_sanctions_list(CONSOLIDATED)
    return sanctions, time.perf_counter() - t0


def test_real_list_counts(real):
    sanctions, seconds = real
    assert len(sanctions.entities) == 305
    assert sum(sanctions.individuals.values()) == 713
    assert {"Al-Qaida", "Taliban", "DPRK", "Iran", "Iraq", "DRC", "Somalia", "CAR",
            "Libya"} <= set(sanctions.regimes)
    assert seconds < 10


@pytest.mark.parametrize("group, reference", [
    ("al-nusrah-front", "QDe.137"),  # Al-Nusrah Front for the People of the Levant
    ("boko-haram", "QDe.138"),  # listed as Jama'atu Ahlis Sunna Lidda'awati wal-Jihad
    ("isil", "QDe.115"),  # listed as Al-Qaida in Iraq, a.k.a. ISIL
    ("al-qaida", "QDe.004"),
    ("al-shabaab", "SOe.001"),
    ("lords-resistance-army", "CFe.002"),
])
def test_real_list_links_six_groups(real, registry, group, reference):
    links = link_registry_groups(registry, real[0])
    m = links[entity_iri(group)]
    assert (m.status, m.reference) == ("linked", reference)


def test_real_list_links_bundled_registry(real):
    groups = ROOT / "data" / "registry" / "groups.ttl"
    if not groups.exists():
        pytest.skip("data/registry/groups.ttl not written yet")
    links = link_registry_groups(Graph().parse(groups), real[0])
    expected = {"isil": "QDe.115", "al-nusrah-front": "QDe.137", "al-qaida": "QDe.004",
                "boko-haram": "QDe.138", "al-shabaab": "SOe.001",
                "lords-resistance-army": "CFe.002"}
    got = {slug: links[entity_iri(slug)].reference for slug in expected
           if entity_iri(slug) in links}
    assert got == {slug: ref for slug, ref in expected.items() if slug in got}


def _personal_data(path: Path) -> dict[str, set[str]]:
    """Names, dates of birth and document numbers of the individuals, read independently."""
    found: dict[str, set[str]] = {"names": set(), "dates": set(), "numbers": set()}
    root = ET.parse(path).getroot()
    for ent in root.iter("ENTITY"):  # names that are also an entity's (e.g. "AQI") are public
        for t in ("FIRST_NAME", "NAME_ORIGINAL_SCRIPT", "ENTITY_ALIAS/ALIAS_NAME"):
            found.setdefault("entity names", set()).update(
                " ".join((el.text or "").split()).casefold() for el in ent.findall(t))
    for ind in root.iter("INDIVIDUAL"):
        parts = [" ".join((ind.findtext(t) or "").split()) for t in
                 ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
        found["names"].add(" ".join(p for p in parts if p))
        for t in ("NAME_ORIGINAL_SCRIPT", "INDIVIDUAL_ALIAS/ALIAS_NAME"):
            for el in ind.findall(t):
                found["names"].add(" ".join((el.text or "").split()))
        for el in ind.findall("INDIVIDUAL_DATE_OF_BIRTH/DATE"):
            found["dates"].add((el.text or "").strip())
        for el in ind.findall("INDIVIDUAL_DOCUMENT/NUMBER"):
            found["numbers"].add((el.text or "").strip())
    found["names"] = {n for n in found["names"] if n.casefold() not in found["entity names"]}
    return {k: {v for v in vs if v} for k, vs in found.items()}


def test_real_graph_has_no_personal_data(real, registry):
    sanctions = real[0]
    triples, report, _ = generate_sanctions_triples(sanctions,
                                                 link_registry_groups(registry, sanctions))
    turtle = _turtle(triples)
    literals = {str(o).casefold() for _, _, o in triples if isinstance(o, Literal)}
    personal = _personal_data(CONSOLIDATED)
    assert len(personal["names"]) > 700 and len(personal["numbers"]) > 100
    # names: no literal is an individual's name or alias (names of 3 words and more must not
    # occur anywhere, shorter ones could be words of an entity name)
    assert [n for n in personal["names"] if n.casefold() in literals] == []
    # ... except inside the name of a listed entity (hawalas named after their owner, such as
    # "Haji Khair Ullah Money Service": the entity's public name, kept)
    in_entity_names = [n for n in personal["names"] if len(n.split()) >= 3 and n in turtle]
    assert [n for n in in_entity_names
            if not any(n.casefold() in e for e in personal["entity names"])] == []
    # document numbers of 6 characters and more must not occur anywhere, shorter ones not as
    # a literal
    numbers = personal["numbers"]
    assert [n for n in numbers if len(n) >= 6 and n in turtle] == []
    assert [n for n in numbers if n.casefold() in literals] == []
    # dates of birth: no literal at all (entity listing dates are all later than any birth)
    listing = {e.listed_on.isoformat() for e in sanctions.entities if e.listed_on}
    assert personal["dates"] & listing == set()
    assert [d for d in personal["dates"] if d in turtle] == []
    assert report.triples == len(triples)


def test_seed_plus_the_list_end_to_end(shared, tmp_path):
    """The six groups 2388 (2017) names resolve to one node each, with their listings."""
    from graph.builder import build
    from graph.query import load_query, run_query
    from graph.store import open_store

    build([ROOT / "data" / "texts", shared / "corpus" / "sanctions" / "consolidated.xml"],
          tmp_path / "b")
    rows = run_query(open_store(tmp_path / "b"), load_query("armed-groups")).rows
    named = {r[0]: r[2] for r in rows if r[4] and "S/RES/2388 (2017)" in r[4]}
    assert named == {  # read off the list: entity references of the six groups
        "Islamic State in Iraq and the Levant": "QDe.115",
        "Al-Nusrah Front": "QDe.137",
        "Al-Qaida": "QDe.004",
        "Boko Haram": "QDe.138",
        "Al-Shabaab": "SOe.001",
        "Lord's Resistance Army": "CFe.002",
    }
