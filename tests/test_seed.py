"""The graph of resolution 2388 (2017) against facts established by reading the text.

Every expectation below was read off the Chinese text (data/texts/S_RES_2388_2017_ZH.txt), not
produced by running the code. Variations of the text (paragraphs reordered, lists written
differently, traditional characters) must give the same facts.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import SEED

SC_CITED = {  # the 15 Security Council resolutions the text cites
    "S/RES/2331 (2016)", "S/RES/2359 (2017)", "S/RES/2374 (2017)", "S/RES/2240 (2015)",
    "S/RES/2380 (2017)", "S/RES/2195 (2014)", "S/RES/2253 (2015)", "S/RES/2199 (2015)",
    "S/RES/2368 (2017)", "S/RES/2242 (2015)", "S/RES/1267 (1999)", "S/RES/1989 (2011)",
    "S/RES/1261 (1999)", "S/RES/1612 (2005)", "S/RES/2379 (2017)",
}
OTHER_DOCS = {"S/PRST/2015/25", "S/2017/939"}

# operative paragraph -> main verb, read off the text
OP_VERBS = {
    1: "reaffirms", 2: "urges", 3: "calls-upon", 4: "calls-upon", 5: "calls-upon",
    6: "calls-upon", 7: "calls-upon", 8: "urges", 9: "encourages", 10: "condemns",
    11: "requests", 12: "requests", 13: "calls-upon", 14: "recognizes", 15: "encourages",
    16: "encourages", 17: "urges", 18: "condemns", 19: "urges", 20: "recognizes", 21: "urges",
    22: "requests", 23: "welcomes", 24: "requests", 25: "expresses-intention", 26: "requests",
    27: "reaffirms", 28: "requests", 29: "invites", 30: "calls-upon", 31: "calls-upon",
    32: "welcomes", 33: "invites", 34: "requests", 35: "decides",
}

# (paragraph, verb, addressee) triples the text lays down, read off the text
ADDRESSED = [
    ("OP2", "urges", "member-states"),  # 敦促会员国 … 考虑批准
    ("OP2", "urges", "states-parties"),  # 敦促缔约国切实执行
    ("OP3", "calls-upon", "member-states"),  # 促请会员国加强
    ("OP3", "calls-upon", "unodc"),  # 呼吁联合国毒品和犯罪问题办公室继续提供支持
    ("OP9", "encourages", "member-states"),
    ("OP11", "requests", "monitoring-team"),  # 请分析支助和制裁监测组
    ("OP12", "requests", "cted"),  # 请反恐怖主义委员会执行局
    ("OP22", "requests", "secretary-general"),
    ("OP25", "requests", "secretary-general"),  # 并请秘书长确保
    ("OP29", "invites", "secretary-general"),
    ("OP31", "calls-upon", "un-system"),  # 促请联合国系统各组织
    ("OP33", "invites", "secretary-general"),
    ("OP34", "requests", "secretary-general"),
]

# entity -> paragraphs that name it, read off the text
MENTIONED = {
    "isil": {"PP15", "OP10", "OP11"},  # 伊黎伊斯兰国, 达伊沙, “伊拉克和黎凡特伊斯兰国”
    "al-nusrah-front": {"PP15"},  # 努斯拉阵线
    "al-qaida": {"PP15", "OP11"},  # 基地组织
    "boko-haram": {"OP10"},
    "al-shabaab": {"OP10"},  # 青年党
    "lords-resistance-army": {"OP10"},  # 上帝抵抗军
    "committee-1267": {"PP15", "OP11"},
    "unitad": {"OP29", "OP30"},  # 第 2379(2017)号决议所设调查队 / 调查小组
    "cted": {"PP4", "OP9", "OP12"},
    "counter-terrorism-committee": {"PP4", "OP12"},
    "monitoring-team": {"OP9", "OP11"},
    "unodc": {"PP4", "OP3", "OP12", "OP23", "OP24"},
    "interpol": {"PP23"},
    "unhcr": {"OP23"},
    "iom": {"OP23"},
    "dpko": {"PP22"},
    "dfs": {"PP22"},
    "icat": {"OP32"},
    "sahel": {"PP11"},
    "libya": {"PP11"},
}

INSTRUMENTS = {
    "un-charter": {"PP3"},
    "untoc": {"PP5", "OP2", "OP4"},
    "trafficking-protocol": {"PP5", "OP2"},
    # PP7 names the Plan only inside the title of the declaration it recalls
    "global-plan-of-action": {"PP5"},
    "political-declaration-2017": {"PP7"},
    "global-report-tip-2016": {"PP4"},
}


def rows(store, sparql):
    from graph.query import run_query

    return run_query(store, sparql, {}).rows


PREFIX = """
PREFIX cito: <http://purl.org/spar/cito/> PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX unsc: <https://w3id.org/unsc-graph/ontology#>
PREFIX undo: <https://w3id.org/akn/ontology/undo/> PREFIX allot: <https://w3id.org/akn/ontology/allot/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def test_resolution_metadata(seed_store):
    (row,) = rows(seed_store, PREFIX + """
        SELECT ?id ?date ?meeting ?by { ?r dcterms:identifier "S/RES/2388 (2017)" ;
          dcterms:identifier ?id ; dcterms:date ?date ; unsc:adoptedAt/unsc:meetingNumber ?meeting ;
          eli:passed_by ?by }""")
    assert row[:3] == ("S/RES/2388 (2017)", "2017-11-21", 8111)
    assert row[3].endswith("/entity/security-council")


def test_paragraph_counts_and_order(seed_store):
    labels = [r[0] for r in rows(seed_store, PREFIX + """
        SELECT ?n { ?p eli:is_part_of ?r ; eli:number ?n ; unsc:position ?pos .
                    ?r dcterms:identifier "S/RES/2388 (2017)" } ORDER BY ?pos""")]
    assert labels == [f"PP{i}" for i in range(1, 25)] + [f"OP{i}" for i in range(1, 36)]


def test_every_paragraph_has_chinese_text_and_a_span(seed_store):
    found = rows(seed_store, PREFIX + """
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?n ?t ?s ?e { ?p eli:number ?n ; unsc:text ?t ; unsc:span/oa:hasSelector [ oa:start ?s ; oa:end ?e ] .
        FILTER(lang(?t) = "zh") }""")
    assert len(found) == 59
    text = SEED.read_text(encoding="utf-8")
    for label, body, start, end in found:
        assert 0 <= start < end <= len(text)
        # the repaired text is the source slice without breaks and with punctuation repaired
        squeeze = "".join(text[start:end].split())
        assert body.replace(" ", "")[-4:-1] in squeeze, label


def test_cited_documents_exactly(seed_store):
    cited = {r[0] for r in rows(seed_store, PREFIX + """
        SELECT DISTINCT ?id { ?r dcterms:identifier "S/RES/2388 (2017)" ; cito:cites ?d .
                             ?d dcterms:identifier ?id }""")}
    assert cited == SC_CITED | OTHER_DOCS


def test_cited_documents_without_text_have_symbol_and_year(seed_store):
    found = dict(rows(seed_store, PREFIX + """
        SELECT ?id ?y { ?d a unsc:SecurityCouncilResolution ; dcterms:identifier ?id ; unsc:year ?y }"""))
    for symbol in SC_CITED:
        assert found[symbol] == int(symbol[-5:-1])


@pytest.mark.parametrize(
    ("paragraph", "cited", "characterization"),
    [
        ("PP1", "S/PRST/2015/25", "recalls"),  # 回顾第 2015/25 号主席声明
        ("PP1", "S/RES/2331 (2016)", "recalls"),
        ("PP2", "S/2017/939", "takes-note"),  # 表示注意到秘书长的报告
        ("PP11", "S/RES/2380 (2017)", "recalls"),  # 又回顾第 2240(2015)和 2380(2017)号决议
        ("PP12", "S/RES/2242 (2015)", "reaffirms"),  # 重申 … 第 2242(2015)号决议
        ("PP20", "S/RES/1612 (2005)", "recalls"),  # 并回顾 … 第 1261(1999)和 1612(2005)号决议
        ("PP15", "S/RES/1267 (1999)", "refers-to"),  # only as the committee's establishing act
    ],
)
def test_typed_citations(seed_store, paragraph, cited, characterization):
    found = rows(seed_store, PREFIX + f"""
        SELECT DISTINCT ?v {{ ?c cito:hasCitingEntity ?p ; cito:hasCitedEntity ?d ; unsc:characterization ?v .
                    ?p eli:number "{paragraph}" . ?d dcterms:identifier "{cited}" }}""")
    assert [v.rsplit("/", 1)[1] for (v,) in found] == [characterization]


def test_instruments(seed_store):
    found: dict[str, set[str]] = {}
    for slug, para in rows(seed_store, PREFIX + """
        SELECT ?e ?n { ?c cito:hasCitingEntity ?p ; cito:hasCitedEntity ?e . ?p eli:number ?n .
        FILTER(CONTAINS(STR(?e), "/entity/")) }"""):
        found.setdefault(slug.rsplit("/", 1)[1], set()).add(para)
    assert found == INSTRUMENTS


def test_article_15_of_the_convention(seed_store):
    found = rows(seed_store, PREFIX + """
        SELECT ?pin ?part { ?c cito:hasCitingEntity ?p ; cito:hasCitedEntity ?e ; unsc:pinpoint ?pin ;
          unsc:citedPart ?part . ?p eli:number "OP4" }""")
    assert len(found) == 1
    assert found[0][0] == "article 15"
    assert found[0][1].endswith("/entity/untoc/article/article-15")


def test_operative_verbs(seed_store):
    found = {int(n[2:]): v.rsplit("/", 1)[1] for n, v in rows(seed_store, PREFIX + """
        SELECT ?n ?v { ?p a unsc:OperativeParagraph ; eli:number ?n ; unsc:verb ?v }""")}
    assert found == OP_VERBS


def test_addressees(seed_store):
    found = {(n, v.rsplit("/", 1)[1], a.rsplit("/", 1)[1]) for n, v, a in rows(seed_store, PREFIX + """
        SELECT ?n ?v ?a { ?o a unsc:Obligation ; unsc:paragraph/eli:number ?n ;
                          undo:hasSemantics ?v ; undo:hasReceiver ?a }""")}
    missing = set(ADDRESSED) - found
    assert not missing


def test_deadline_of_op34(seed_store):
    found = rows(seed_store, PREFIX + """
        SELECT ?d { ?o unsc:paragraph/eli:number "OP34" ; unsc:deadline ?d }""")
    assert found == [(date(2018, 11, 21).isoformat(),)]


def test_entities_and_their_paragraphs(seed_store):
    found: dict[str, set[str]] = {}
    for e, n in rows(seed_store, PREFIX + "SELECT ?e ?n { ?p allot:mentions ?e ; eli:number ?n }"):
        found.setdefault(e.rsplit("/", 1)[1], set()).add(n)
    for slug, paragraphs in MENTIONED.items():
        assert found.get(slug, set()) >= paragraphs, slug


def test_isil_is_one_node_with_its_names(seed_store):
    names = {r[0] for r in rows(seed_store, PREFIX + """
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT DISTINCT ?x { ?m unsc:mentionOf <https://w3id.org/unsc-graph/id/entity/isil> ;
                             unsc:evidence/oa:hasSelector/oa:exact ?x }""")}
    squeezed = {"".join(n.split()).strip("“”\"") for n in names}
    assert {"伊黎伊斯兰国", "达伊沙", "伊拉克和黎凡特伊斯兰国"} <= squeezed


def test_committee_links_to_its_four_resolutions(seed_store):
    found = rows(seed_store, PREFIX + """
        SELECT ?id { { ent:committee-1267 unsc:establishedBy ?r } UNION
                     { ent:committee-1267 unsc:continuedBy ?r } ?r dcterms:identifier ?id }"""
                 .replace("ent:", "<https://w3id.org/unsc-graph/id/entity/").replace(
                     "committee-1267 ", "committee-1267> "))
    assert {r[0] for r in found} == {"S/RES/1267 (1999)", "S/RES/1989 (2011)",
                                     "S/RES/2253 (2015)", "S/RES/2368 (2017)"}
