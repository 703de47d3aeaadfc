"""The curated registry (data/registry/*.ttl): shape, labels, verbs, relations, seed names."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from graph.iri import VERB_SCHEME, document_iri, entity_iri, slugify, symbol_from_iri, verb_iri
from graph.namespaces import CITO, ELI, ID, UNSC
from graph.symbols import parse_sc_resolution, sc_resolution

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "data" / "registry"
SEED = ROOT / "data" / "texts" / "S_RES_2388_2017_ZH.txt"
SHARED = ROOT.parent / "shared"
FILES = ["verbs", "bodies", "groups", "instruments", "places", "states", "documents"]

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


REQUIRED = [
    ("security-council", UNSC.Body),  # the author of every resolution
    ("general-assembly", UNSC.Body),  # adopts the instruments
    ("secretary-general", UNSC.Office),  # addressee of most requests
    ("member-states", UNSC.StateGroup),  # addressee of most calls
    ("states-parties", UNSC.StateGroup),  # OP2 缔约国
    ("un-system", UNSC.Body),  # OP31 联合国系统各组织
    ("committee-1267", UNSC.Committee),  # ISIL (Da'esh) and Al-Qaida Sanctions Committee
    ("counter-terrorism-committee", UNSC.Committee),  # CTC, 1373 (2001)
    ("cted", UNSC.Office),  # executive directorate of the CTC
    ("monitoring-team", UNSC.Mechanism),  # 1526 (2004)
    ("unitad", UNSC.Mechanism),  # investigative team, 2379 (2017)
    ("unodc", UNSC.Office),  # 毒品和犯罪问题办公室
    ("unhcr", UNSC.Office),  # 难民署
    ("iom", UNSC.Body),  # 移民组织
    ("interpol", UNSC.Body),  # 国际刑警组织
    ("dpko", UNSC.Office),  # 维持和平行动部
    ("dfs", UNSC.Office),  # 外勤支助部
    ("icat", UNSC.Mechanism),  # 打击人口贩运机构间协调小组
    ("global-protection-cluster", UNSC.Mechanism),  # 全球保护群组
    ("task-team-trafficking", UNSC.Mechanism),  # task team inside the cluster
    ("mrm", UNSC.Mechanism),  # 1612 (2005)
    ("srsg-caac", UNSC.Office),  # children and armed conflict
    ("srsg-svc", UNSC.Office),  # sexual violence in conflict
    ("peacekeeping-missions", UNSC.Mission),  # 维持和平特派团
    ("special-political-missions", UNSC.Mission),  # 特别政治任务
    ("sanctions-committees", UNSC.Committee),  # 相关制裁委员会
    ("transit-destination-states", UNSC.StateGroup),  # 过境国和目的地国
    ("isil", UNSC.ArmedGroup),  # QDe.115
    ("al-nusrah-front", UNSC.ArmedGroup),  # QDe.137
    ("al-qaida", UNSC.ArmedGroup),  # QDe.004
    ("boko-haram", UNSC.ArmedGroup),  # QDe.138
    ("al-shabaab", UNSC.ArmedGroup),  # SOe.001
    ("lords-resistance-army", UNSC.ArmedGroup),  # CFe.002
    ("un-charter", UNSC.Charter),  # 《联合国宪章》
    ("untoc", UNSC.Treaty),  # A/RES/55/25
    ("trafficking-protocol", UNSC.Protocol),  # supplements UNTOC
    ("global-plan-of-action", UNSC.PlanOfAction),  # A/RES/64/293
    ("political-declaration-2017", UNSC.Declaration),  # A/RES/72/1
    ("global-report-tip-2016", UNSC.Publication),  # UNODC report
    ("sahel", UNSC.Place),  # 萨赫勒区域
    ("libya", UNSC.State),  # 利比亚: a State, and still a place (unsc:State is a unsc:Place)
    ("united-states", UNSC.State),  # the veto list's slug
    ("ussr", UNSC.State),  # a former Member
    ("international-court-of-justice", UNSC.Body),  # principal organ
    ("untso", UNSC.Mission),  # first peacekeeping operation
    ("unficyp", UNSC.Mission),  # Cyprus, renewed every six months
    ("fourth-geneva-convention", UNSC.Treaty),  # cited on the occupied territories
    ("third-geneva-convention", UNSC.Treaty),  # prisoners of war: 598 (1987), 686 (1991)
    ("geneva-protocol-1925", UNSC.Protocol),  # chemical weapons: 598 (1987), 620 (1988)
    ("palestine", UNSC.Place),  # the 1947-1948 texts
]


@pytest.mark.parametrize("slug,cls", REQUIRED)
def test_required_entity_exists_with_its_class(graph, slug, cls):
    assert (entity_iri(slug), RDF.type, cls) in graph


# --- relations ---


def _sc(number: int, year: int) -> URIRef:
    return document_iri(sc_resolution(number, year))


RELATIONS = [
    ("committee-1267", UNSC.establishedBy, {_sc(1267, 1999)}),  # founding resolution
    ("committee-1267", UNSC.continuedBy,  # renamed and continued
     {_sc(1989, 2011), _sc(2253, 2015), _sc(2368, 2017)}),
    ("counter-terrorism-committee", UNSC.establishedBy, {_sc(1373, 2001)}),  # CTC
    ("cted", UNSC.establishedBy, {_sc(1535, 2004)}),  # CTED
    ("cted", SKOS.broader, {entity_iri("counter-terrorism-committee")}),  # part of the CTC
    ("monitoring-team", UNSC.establishedBy, {_sc(1526, 2004)}),  # monitoring team
    ("unitad", UNSC.establishedBy, {_sc(2379, 2017)}),  # investigative team
    ("mrm", UNSC.establishedBy, {_sc(1612, 2005)}),  # the seed says so in PP16
    ("trafficking-protocol", UNSC.supplements, {entity_iri("untoc")}),  # Palermo protocol
    ("untoc", UNSC.adoptedIn, {document_iri("A/RES/55/25")}),  # adopted with the protocol
    ("trafficking-protocol", UNSC.adoptedIn, {document_iri("A/RES/55/25")}),  # same
    ("global-plan-of-action", UNSC.adoptedIn, {document_iri("A/RES/64/293")}),  # 2010
    ("political-declaration-2017", UNSC.adoptedIn, {document_iri("A/RES/72/1")}),  # 2017
    ("global-report-tip-2016", DCTERMS.creator, {entity_iri("unodc")}),  # UNODC publication
    ("third-geneva-convention", SKOS.broader,  # one of the four of 1949
     {entity_iri("geneva-conventions-1949")}),
    ("fourth-geneva-convention", SKOS.broader,  # one of the four of 1949
     {entity_iri("geneva-conventions-1949")}),
]


@pytest.mark.parametrize("slug,prop,expected", RELATIONS)
def test_relation(graph, slug, prop, expected):
    assert set(graph.objects(entity_iri(slug), prop)) == expected


DATES = [
    ("untoc", "2000-11-15"),  # GA 55/25
    ("trafficking-protocol", "2000-11-15"),  # GA 55/25
    ("global-plan-of-action", "2010-07-30"),  # GA 64/293
    ("political-declaration-2017", "2017-09-27"),  # the seed: 2017 年 9 月 27 日
    ("third-geneva-convention", "1949-08-12"),  # signed with the other three
    ("geneva-protocol-1925", "1925-06-17"),  # signed at Geneva
]


@pytest.mark.parametrize("slug,day", DATES)
def test_adoption_date(graph, slug, day):
    assert graph.value(entity_iri(slug), DCTERMS.date) == Literal(day, datatype=XSD.date)


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
        day = graph.value(doc, ELI.date_document)
        assert day == graph.value(instrument, DCTERMS.date)
        assert graph.value(doc, UNSC.year).toPython() == day.toPython().year


def test_broader_targets_are_entities(graph, entities):
    assert {o for o in graph.objects(None, SKOS.broader)} <= set(entities)


# --- verbs ---

VERB_SLUGS = [
    "decides", "demands", "authorizes", "urges", "calls-upon", "requests", "recommends",
    "encourages", "invites", "expresses-intention", "welcomes", "commends", "supports",
    "condemns", "deplores", "expresses-concern", "reaffirms", "reiterates", "recalls",
    "recognizes", "acknowledges", "notes", "takes-note", "emphasizes", "stresses", "underlines",
    "affirms", "considers", "determines", "bearing-in-mind", "appeals", "refers-to", "acting",
]


@pytest.mark.parametrize("slug", VERB_SLUGS)
def test_verb_concept(graph, slug):
    v = verb_iri(slug)
    assert (v, RDF.type, SKOS.Concept) in graph
    assert (v, SKOS.inScheme, VERB_SCHEME) in graph
    assert sorted(o.language for o in graph.objects(v, SKOS.prefLabel)) == ["en", "zh"]
    force = graph.value(v, UNSC.force)
    assert force.datatype == XSD.integer and 0 < force.toPython() <= 100
    assert str(graph.value(v, UNSC.citoCharacterization)).startswith(str(CITO))


def test_every_verb_has_force_and_cito(graph, verbs):
    assert len(verbs) >= len(VERB_SLUGS)
    for v in verbs:
        assert str(v).startswith(VERB_NS)
        assert graph.value(v, UNSC.force) is not None
        assert graph.value(v, UNSC.citoCharacterization) is not None


def test_scheme_documents_the_ordering(graph):
    assert (VERB_SCHEME, RDF.type, SKOS.ConceptScheme) in graph
    definition = " ".join(str(d) for d in graph.objects(VERB_SCHEME, SKOS.definition))
    assert "decides 100" in definition and "takes note 10" in definition


FORCES = [
    ("decides", 100), ("demands", 95), ("authorizes", 90), ("urges", 80),  # as specified
    ("calls-upon", 75), ("requests", 70), ("recommends", 60), ("encourages", 55),  # as specified
    ("invites", 50), ("expresses-intention", 40), ("takes-note", 10),  # as specified
]


@pytest.mark.parametrize("slug,force", FORCES)
def test_fixed_forces(graph, slug, force):
    assert graph.value(verb_iri(slug), UNSC.force).toPython() == force


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


CITO_OF = [
    ("recalls", CITO.citesAsRelated), ("reaffirms", CITO.confirms),  # as specified
    ("takes-note", CITO.citesForInformation), ("welcomes", CITO.agreesWith),  # as specified
    ("condemns", CITO.disagreesWith), ("refers-to", CITO.citesForInformation),  # as specified
    ("decides", CITO.citesAsAuthority), ("acting", CITO.citesAsAuthority),  # as specified
]


@pytest.mark.parametrize("slug,prop", CITO_OF)
def test_cito_characterization(graph, slug, prop):
    assert graph.value(verb_iri(slug), UNSC.citoCharacterization) == prop


ZH_VERBS = [
    ("回顾", "recalls"),  # PP1 回顾第 2015/25 号主席声明
    ("表示注意到", "takes-note"),  # PP2 表示注意到秘书长的报告
    ("注意到", "notes"),  # PP17 注意到联合国维持和平特派团
    ("确认", "recognizes"),  # PP6 确认在受武装冲突影响地区
    ("认识到", "recognizes"),  # PP12 认识到有必要
    ("再次深切关注", "expresses-concern"),  # PP8
    ("表示严重关切", "expresses-concern"),  # PP15
    ("表示深为关切", "expresses-concern"),  # PP16
    ("重申", "reaffirms"),  # PP9 重申其声援
    ("最强烈地谴责", "condemns"),  # PP14
    ("强烈谴责", "condemns"),  # OP18
    ("谴责", "condemns"),  # PP17 谴责一切
    ("特别指出", "emphasizes"),  # PP13 特别指出与在武装冲突情况下
    ("强调指出", "stresses"),  # PP15 强调指出需要防止
    ("强调", "stresses"),  # PP14 强调要求各国
    ("敦促", "urges"),  # OP2
    ("促请", "calls-upon"),  # OP3
    ("呼吁", "calls-upon"),  # OP3 为此呼吁联合国毒品和犯罪问题办公室
    ("鼓励", "encourages"),  # OP9
    ("请", "requests"),  # OP11
    ("邀请", "invites"),  # OP29
    ("欢迎", "welcomes"),  # OP23
    ("表示打算", "expresses-intention"),  # OP25
    ("打算", "expresses-intention"),  # OP27 重申打算
    ("决定", "decides"),  # OP35
    ("要求", "demands"),  # not in the seed; the UN verb for demands
    ("授权", "authorizes"),  # not in the seed
    ("建议", "recommends"),  # not in the seed
    ("提及", "refers-to"),  # label only
]


@pytest.mark.parametrize("form,slug", ZH_VERBS)
def test_chinese_verb_form_names_its_verb(graph, form, slug):
    owners = [v for p in LABELS for v in graph.subjects(p, Literal(form, lang="zh"))]
    assert owners == [verb_iri(slug)]


EN_VERBS = [
    ("calls upon", "calls-upon"),  # operative, 325 times in 1946-1994
    ("calls on", "calls-upon"),  # variant
    ("calling upon", "calls-upon"),  # preambular participle
    ("requests", "requests"),  # operative
    ("invites", "invites"),  # operative
    ("recommends", "recommends"),  # 1946-1950 admissions
    ("noting", "notes"),  # preambular
    ("taking note", "takes-note"),  # preambular
    ("having considered", "considers"),  # preambular
    ("deeply concerned", "expresses-concern"),  # preambular
    ("gravely concerned", "expresses-concern"),  # preambular
    ("deploring", "deplores"),  # preambular
    ("expressing its concern", "expresses-concern"),  # preambular
    ("determines", "determines"),  # Article 39 determinations
    ("considering", "considers"),  # preambular
    ("bearing in mind", "bearing-in-mind"),  # preambular
    ("acting", "acting"),  # acting under Chapter VII
]


@pytest.mark.parametrize("form,slug", EN_VERBS)
def test_english_verb_form_names_its_verb(graph, form, slug):
    owners = [v for p in LABELS for v in graph.subjects(p, Literal(form, lang="en"))]
    assert owners == [verb_iri(slug)]


# --- names in the seed ---

SEED_NAMES = [
    ("安全理事会", "security-council"),  # heading and OP11
    ("安理会", "security-council"),  # PP3 安理会负有
    ("秘书长", "secretary-general"),  # PP2 秘书长的报告
    ("联合国宪章", "un-charter"),  # PP3 《联合国宪章》
    ("联合国各实体", "un-entities"),  # PP4
    ("全球保护群组", "global-protection-cluster"),  # PP4
    ("在人道主义行动中打击人口贩运问题任务小组", "task-team-trafficking"),  # PP4
    ("毒品和犯罪问题办公室", "unodc"),  # PP4, short form
    ("联合国毒品和犯罪问题办公室", "unodc"),  # OP3, full form
    ("联合国毒品和犯罪问题办事处", "unodc"),  # PP18, variant
    ("2016年全球贩运人口问题报告", "global-report-tip-2016"),  # PP4 (with a space before 年)
    ("反恐怖主义委员会执行局", "cted"),  # PP4
    ("反恐执行局", "cted"),  # OP9 abbreviation
    ("反恐怖主义委员会", "counter-terrorism-committee"),  # PP4
    ("反恐委员会", "counter-terrorism-committee"),  # OP12 abbreviation
    ("会员国", "member-states"),  # passim
    ("联合国打击跨国有组织犯罪公约", "untoc"),  # PP5
    ("关于防止、禁止和惩治贩运人口特别是妇女和儿童行为的议定书", "trafficking-protocol"),  # PP5
    ("联合国打击贩运人口的全球行动计划", "global-plan-of-action"),  # PP5
    ("大会", "general-assembly"),  # PP7
    ("关于执行《联合国打击贩运人口的全球行动计划》的政治宣言", "political-declaration-2017"),  # PP7
    ("萨赫勒区域", "sahel"),  # PP11
    ("利比亚", "libya"),  # PP11
    ("伊黎伊斯兰国", "isil"),  # PP14
    ("达伊沙", "isil"),  # PP14 又称达伊沙
    ("伊拉克和黎凡特伊斯兰国", "isil"),  # OP10 full name
    ("努斯拉阵线", "al-nusrah-front"),  # PP14
    ("基地组织", "al-qaida"),  # PP14
    ("各国", "states"),  # PP14 强调要求各国
    ("儿童与武装冲突问题监测和报告机制", "mrm"),  # PP17
    ("维持和平特派团", "peacekeeping-missions"),  # PP18
    ("联合国维持和平特派团", "peacekeeping-missions"),  # PP18
    ("特别政治任务", "special-political-missions"),  # PP18
    ("东道国", "host-countries"),  # PP18
    ("维持和平行动部", "dpko"),  # PP19
    ("外勤支助部", "dfs"),  # PP19
    ("国际刑警组织", "interpol"),  # PP20
    ("联合国系统", "un-system"),  # PP21
    ("缔约国", "states-parties"),  # OP2
    ("分析支助和制裁监测组", "monitoring-team"),  # OP9
    ("博科哈拉姆", "boko-haram"),  # OP10
    ("青年党", "al-shabaab"),  # OP10
    ("上帝抵抗军", "lords-resistance-army"),  # OP10
    ("过境国和目的地国", "transit-destination-states"),  # OP16
    ("难民署", "unhcr"),  # OP23
    ("移民组织", "iom"),  # OP23
    ("联合国相关机构", "un-entities"),  # OP24
    ("制裁委员会", "sanctions-committees"),  # OP27
    ("相关制裁委员会", "sanctions-committees"),  # OP28
    ("负责儿童与武装冲突问题秘书长特别代表", "srsg-caac"),  # OP27
    ("负责冲突中性暴力问题秘书长特别代表", "srsg-svc"),  # OP27
    ("受武装冲突影响地区性暴力问题监测和报告安排", "mara"),  # OP28
    ("第 2379(2017)号决议所设调查队", "unitad"),  # OP29
    ("第 2379(2017)号决议所设调查小组", "unitad"),  # OP30
    ("联合国系统各组织", "un-system"),  # OP31
    ("打击人口贩运机构间协调小组", "icat"),  # OP32
]


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize("name,slug", SEED_NAMES)
def test_seed_name_is_a_label_of_its_entity(graph, seed_text, name, slug):
    assert re.sub(r"\s+", "", name) in re.sub(r"\s+", "", seed_text)  # the seed does use it
    assert _norm(Literal(name, lang="zh")) in _labels(graph, entity_iri(slug), "zh")


def test_every_seed_entity_name_found_by_the_registry(seed_text):
    from graph.registry import load_registry

    reg = load_registry([REGISTRY / f"{n}.ttl" for n in FILES])
    found = {str(e)[len(ENTITY_NS):] for _, _, e in reg.find_entities(seed_text, "zh")}
    assert {slug for _, slug in SEED_NAMES} - {"un-charter"} <= found | {"un-charter"}
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
    assert counts["State"] >= 193
    assert sum(counts.values()) == len(entities)
