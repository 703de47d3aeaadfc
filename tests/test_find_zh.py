"""Finding references in Chinese paragraphs: the forms the Council's Chinese texts use."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from graph.find.zh import find_zh
from graph.fold import fold_width
from graph.iri import entity_iri
from graph.model import (
    ArticleRef,
    EstablishedBodyRef,
    GAResolutionRef,
    Header,
    Paragraph,
    ParsedText,
    ResolutionRef,
    SourceText,
    Span,
    SymbolRef,
)
from graph.read import to_simplified
from graph.registry import parse_registry
from graph.resolve import resolve_text

EMPTY = parse_registry("")


def _para(text: str, kind: str = "PP") -> Paragraph:
    folded = fold_width(to_simplified(text))
    return Paragraph(kind, 1, Span(0, len(text)), text, folded)


def _sc(text: str) -> list[tuple[int, int]]:
    refs = find_zh(_para(text), EMPTY).references
    return [(r.number, r.year) for r in refs if isinstance(r, ResolutionRef)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list with 和 and spaces, as in the seed
        ("回顾第 2359(2017)和 2374(2017)号决议，", [(2359, 2017), (2374, 2017)]),
        # a list of four with 、 and 和
        ("第 1267(1999)、1989(2011)、2253(2015)和 2368(2017)号决议",
         [(1267, 1999), (1989, 2011), (2253, 2015), (2368, 2017)]),
        # no spaces, and a second 第…号决议 joined by 及
        ("第2121(2013)、2127(2013)、2134(2014)号决议及第2272(2016)号决议",
         [(2121, 2013), (2127, 2013), (2134, 2014), (2272, 2016)]),
        # no separator at all
        ("第2121(2013)2127(2013)2134(2014)号决议", [(2121, 2013), (2127, 2013), (2134, 2014)]),
        # full-width brackets and digits
        ("第２１２１（２０１３）号决议", [(2121, 2013)]),
        # traditional characters
        ("回顧第2121(2013)號決議", [(2121, 2013)]),
        # each resolution with its own 第
        ("第 2359(2017)号和第 2374(2017)号决议", [(2359, 2017), (2374, 2017)]),
        # a General Assembly resolution is not a Council resolution
        ("大会第 70/1 号决议", []),
        # a presidential statement number is not a resolution
        ("第 2015/25 号主席声明", []),
        # a year alone is not a citation
        ("2017 年 9 月 27 日通过的宣言", []),
    ],
)
def test_security_council_resolutions(text, expected):
    assert _sc(text) == expected


@pytest.mark.parametrize(
    ("text", "symbol", "kind"),
    [
        ("回顾第 2015/25 号主席声明", "S/PRST/2015/25", "prst"),  # by number
        ("2014年12月18日S/PRST/2014/28号主席声明", "S/PRST/2014/28", "prst"),  # by symbol
        ("2014年12月18日(S/PRST/2014/28)的主席声明", "S/PRST/2014/28", "prst"),  # in brackets
        ("秘书长2018年10月15日的报告(S/2018/922)", "S/2018/922", "report"),  # a dated report
        ("表示注意到秘书长的报告 S/2017/939，", "S/2017/939", "report"),  # the seed's form
    ],
)
def test_documents_by_symbol(text, symbol, kind):
    refs = [r for r in find_zh(_para(text), EMPTY).references if isinstance(r, SymbolRef)]
    assert [(r.symbol, r.kind) for r in refs] == [(symbol, kind)]


def test_dated_presidential_statement_keeps_its_date():
    refs = find_zh(_para("2014年12月18日(S/PRST/2014/28)的主席声明"), EMPTY).references
    assert [r.dated for r in refs if isinstance(r, SymbolRef)] == [date(2014, 12, 18)]


def test_report_author_is_the_secretary_general():
    refs = find_zh(_para("秘书长2018年10月15日的报告(S/2018/922)"), EMPTY).references
    assert [r.author for r in refs if isinstance(r, SymbolRef)] == [entity_iri("secretary-general")]


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("大会第 70/1 号决议", "A/RES/70/1"),  # session/number
        ("大会第 1514(XV)号决议", "A/RES/1514 (XV)"),  # Roman session
        ("大会第 2200 A (XXI)号决议", "A/RES/2200 A (XXI)"),  # with a letter
        ("大会第 ES-10/19 号决议", "A/RES/ES-10/19"),  # emergency special session
    ],
)
def test_general_assembly_resolutions(text, symbol):
    refs = find_zh(_para(text), EMPTY).references
    assert [r.symbol for r in refs if isinstance(r, GAResolutionRef)] == [symbol]


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        ("第2293(2016)号决议第1至6段", "paragraphs 1-6"),  # a range
        ("第2293(2016)号决议第7段", "paragraph 7"),  # one paragraph
        ("第2293(2016)号决议第十二段", "paragraph 12"),  # Chinese numerals
    ],
)
def test_paragraph_pinpoints(text, pinpoint):
    refs = find_zh(_para(text), EMPTY).references
    assert [r.pinpoint for r in refs if isinstance(r, ResolutionRef)] == [pinpoint]


@pytest.mark.parametrize(
    ("text", "head", "resolutions"),
    [
        # established by one, continued by three (the seed)
        ("第 1267(1999)、1989(2011)、2253(2015)和 2368(2017)号决议所设委员会", "committee",
         [1267, 1989, 2253, 2368]),
        # established by one and extended by others
        ("第1533(2004)号决议所设并经第1807(2008)、1857(2008)号决议延长任期的专家组",
         "group-of-experts", [1533]),
        # an investigative team
        ("第 2379(2017)号决议所设调查队", "team", [2379]),
    ],
)
def test_bodies_established_by_resolutions(text, head, resolutions):
    refs = find_zh(_para(text), EMPTY).references
    bodies = [r for r in refs if isinstance(r, EstablishedBodyRef)]
    assert len(bodies) == 1
    assert bodies[0].head == head
    assert [r.number for r in bodies[0].resolutions] == resolutions


def test_articles_of_instruments(registry):
    text = "并考虑根据《联合国打击跨国有组织犯罪公约》第十五条确立管辖权"
    refs = find_zh(_para(text), registry).references
    arts = [r for r in refs if isinstance(r, ArticleRef)]
    assert [(a.part, a.number, a.instrument) for a in arts] == [
        ("article", "15", entity_iri("untoc"))]


def test_chapter_of_the_charter(registry):
    refs = find_zh(_para("根据《联合国宪章》第七章采取行动，"), registry).references
    arts = [r for r in refs if isinstance(r, ArticleRef)]
    assert [(a.part, a.number, a.instrument) for a in arts] == [
        ("chapter", "VII", entity_iri("un-charter"))]


def _resolved(body: str, registry, chapter_vii: bool = False):
    from graph.find.zh import find_zh as f

    paras = []
    for i, line in enumerate(body.split("\n"), 1):
        kind = "OP" if line[:1].isdigit() else "PP"
        num = int(line.split(".")[0]) if kind == "OP" else i
        paras.append(Paragraph(kind, num, Span(i * 1000, i * 1000 + len(line)), line,
                               fold_width(line), i))
    src = SourceText(Path("t.txt"), "", "0", "zh", "utf-8")
    parsed = ParsedText(src, Header("S/RES/2500 (2019)", 2500, 2019, date(2019, 12, 1), 8700,
                                    chapter_vii), paras)
    return resolve_text(parsed, [f(p, registry) for p in paras], registry)


@pytest.mark.parametrize(
    ("line", "verb", "addressees", "deadline"),
    [
        # a request to the Secretary-General with a deadline in months
        ("1. 请秘书长在 12 个月内向安全理事会报告。", "requests", ["secretary-general"],
         date(2020, 12, 1)),
        # a deadline by date
        ("1. 请秘书长不迟于2020年3月31日提交报告。", "requests", ["secretary-general"],
         date(2020, 3, 31)),
        # a periodic report is no deadline
        ("1. 请秘书长每 6 个月报告一次。", "requests", ["secretary-general"], None),
        # two addressees joined by 和
        ("1. 敦促会员国和缔约国执行公约。", "urges", ["member-states", "states-parties"], None),
        # an adverb before the verb
        ("1. 还促请会员国加强合作。", "calls-upon", ["member-states"], None),
        # words of degree before the verb
        ("1. 最强烈地谴责一切贩运行为。", "condemns", [], None),
        # what a verb of opinion governs is its object, not an addressee
        ("1. 又谴责博科哈拉姆、青年党的行为。", "condemns", [], None),
        # 与 means "with" after a verb, not "and"
        ("1. 请秘书长与会员国协商。", "requests", ["secretary-general"], None),
    ],
)
def test_obligations(registry, line, verb, addressees, deadline):
    out = _resolved(line, registry)
    first = [o for o in out.obligations if str(o.verb).endswith("/" + verb)]
    assert first, [str(o.verb) for o in out.obligations]
    got = sorted(str(o.addressee).rsplit("/", 1)[1] for o in first if o.addressee is not None)
    assert got == sorted(addressees)
    assert {o.deadline for o in first} == {deadline}


def test_decisions_under_chapter_vii_are_binding(registry):
    out = _resolved("1. 决定所有国家应冻结资金。\n2. 鼓励会员国合作。", registry, chapter_vii=True)
    binding = {str(o.verb).rsplit("/", 1)[1]: o.binding for o in out.obligations}
    assert binding == {"decides": True, "encourages": False}


def test_the_same_decision_outside_chapter_vii_is_not_binding(registry):
    out = _resolved("1. 决定所有国家应冻结资金。", registry, chapter_vii=False)
    assert [o.binding for o in out.obligations] == [False]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("回顾第 9999(1950)号决议，", "did not exist|later"),  # a number that did not exist then
        ("回顾第 12(1930)号决议，", "before the Council existed"),  # before 1946
        ("回顾第 2600(2021)号决议，", "later than the citing"),  # after the citing resolution
        ("回顾第 2500(2019)号决议，", "cites itself"),  # itself
    ],
)
def test_impossible_citations_are_warnings_not_facts(registry, line, problem):
    out = _resolved(line, registry)
    assert out.citations == []
    assert len(out.warnings) == 1
    import re

    assert re.search(problem, out.warnings[0].message)


def test_anaphora_takes_the_one_resolution_of_the_paragraph_before(registry):
    from graph.model import AnaphoraRef

    paras = [Paragraph("PP", 1, Span(0, 20), "", "Recalling its resolution 242 (1967),", 1),
             Paragraph("OP", 1, Span(100, 140), "", "Calls for the implementation of that resolution;", 2)]
    src = SourceText(Path("t.txt"), "", "0", "en", "utf-8")
    parsed = ParsedText(src, Header("S/RES/338 (1973)", 338, 1973), paras)
    from graph.model import Findings

    f1 = Findings(paras[0], [ResolutionRef(Span(10, 24), "242 (1967)", number=242, year=1967)])
    f2 = Findings(paras[1], [AnaphoraRef(Span(130, 145), "that resolution")])
    out = resolve_text(parsed, [f1, f2], registry)
    assert [(c.paragraph.label, str(c.target).rsplit("/", 1)[1]) for c in out.citations] == [
        ("PP1", "242(1967)"), ("OP1", "242(1967)")]


def test_plural_anaphora_is_left_unresolved(registry):
    from graph.model import AnaphoraRef, Findings

    paras = [Paragraph("OP", 1, Span(0, 50), "", "x", 1)]
    src = SourceText(Path("t.txt"), "", "0", "en", "utf-8")
    parsed = ParsedText(src, Header("S/RES/338 (1973)", 338, 1973), paras)
    f = Findings(paras[0], [ResolutionRef(Span(1, 5), "242 (1967)", number=242, year=1967),
                            AnaphoraRef(Span(10, 20), "these resolutions")])
    out = resolve_text(parsed, [f], registry)
    assert len(out.citations) == 1 and "left unresolved" in out.warnings[0].message


def _wrapped(text: str, kind: str = "PP", base: int = 500) -> tuple[str, Paragraph]:
    """A paragraph at *base* in a source whose text is *text* after *base* filler characters."""
    source = "x" * base + text
    folded = fold_width(to_simplified(text))
    return source, Paragraph(kind, 1, Span(base, base + len(text)), text, folded)


@pytest.mark.parametrize(
    "text",
    [
        # a list cut between the words, inside 号决议 and before a year
        "回顾第 2359(2017)和 \n2374\n(2017)号决\n议，",
        # a page break (blank lines) in the middle of the list, full-width brackets
        "回顾第２３５９（２０１７）\n\n\n和２３７４（２０１７）号\n决议，",
        # a line break with spaces around it, as an indented layout leaves
        "回顾第 2359(2017)  \n  和 2374(2017)号决议，",
        # Windows line ends
        "回顾第 2359\r\n(2017)和 2374(2017)号决\r\n议，",
    ],
)
def test_a_list_cut_by_line_breaks_is_found_with_exact_spans(text):
    source, p = _wrapped(text)
    refs = [r for r in find_zh(p, EMPTY).references if isinstance(r, ResolutionRef)]
    assert [(r.number, r.year) for r in refs] == [(2359, 2017), (2374, 2017)]
    # the span is the source as written, line break included, and nothing around it
    for r in refs:
        exact = source[r.span.start:r.span.end]
        assert re.sub(r"\s+", "", fold_width(exact)) == f"{r.number}({r.year})"
        assert exact == exact.strip()


@pytest.mark.parametrize(
    ("text", "symbol", "kind"),
    [
        ("秘书长的报告 S/2017/\n939，", "S/2017/939", "report"),  # a symbol cut after a slash
        ("回顾第 2015/\n25 号主席\n声明", "S/PRST/2015/25", "prst"),  # a statement by number
        ("2014年12月18日S/PRST/\n2014/28号主席声明", "S/PRST/2014/28", "prst"),
    ],
)
def test_a_symbol_cut_by_a_line_break_is_found(text, symbol, kind):
    source, p = _wrapped(text)
    refs = [r for r in find_zh(p, EMPTY).references if isinstance(r, SymbolRef)]
    assert [(r.symbol, r.kind) for r in refs] == [(symbol, kind)]
    assert "\n" in source[refs[0].span.start:refs[0].span.end]


def test_an_instrument_and_its_article_cut_by_line_breaks(registry):
    text = "并考虑根据《联合国打击跨国有\n组织犯罪公约》第十\n五条确立管辖权"
    source, p = _wrapped(text)
    refs = find_zh(p, registry).references
    arts = [r for r in refs if isinstance(r, ArticleRef)]
    assert [(a.part, a.number, a.instrument) for a in arts] == [
        ("article", "15", entity_iri("untoc"))]
    assert source[arts[0].span.start:arts[0].span.end] == "《联合国打击跨国有\n组织犯罪公约》第十\n五条"


def test_an_obligation_cut_by_line_breaks(registry):
    text = "1. 请秘\n书长和会员\n国在 12 个\n月内向安全理事会报告。"
    source, p = _wrapped(text, kind="OP")
    clauses = find_zh(p, registry).clauses
    assert len(clauses) == 1
    c = clauses[0]
    assert str(c.verb).endswith("/requests")
    assert sorted(str(a.entity).rsplit("/", 1)[1] for a in c.addressees) == [
        "member-states", "secretary-general"]
    assert [source[a.span.start:a.span.end] for a in c.addressees] == ["秘\n书长", "会员\n国"]
    assert c.deadline is not None and c.deadline.months == 12
    assert source[c.deadline.span.start:c.deadline.span.end] == "在 12 个\n月内"
    assert source[c.span.start:c.span.end] == text[3:]


def test_without_line_breaks_the_offsets_are_unchanged(registry):
    text = "回顾第 2359(2017)和 2374(2017)号决议，请秘书长在 12 个月内报告，"
    source, p = _wrapped(text)
    f = find_zh(p, registry)
    assert [source[r.span.start:r.span.end] for r in f.references] == [
        r.surface for r in f.references]


# --- forms of the UN's XML texts (2020-2026), found by benchmarks/akn_links.py ---------------


@pytest.mark.parametrize(("text", "expected"), [
    # each item with its date before it
    ("包括1995年12月15日第1031(1995)号、1996年12月12日第1088(1996)号和2019年11月5日第2496(2019)号决议",
     [(1031, 1995), (1088, 1996), (2496, 2019)]),
    # a list that ends 号等决议
    ("其后经第2441(2018)和2473(2019)号等决议修订的措施", [(2441, 2018), (2473, 2019)]),
    # 号等其后相关决议
    ("并经第2441(2018)、2509(2020)和2664(2022)号等其后相关决议修订",
     [(2441, 2018), (2509, 2020), (2664, 2022)]),
    # without 第
    ("并将根据2379(2017)号决议，应伊拉克政府请求", [(2379, 2017)]),
    # without 号
    ("依照第2664(2022)决议第5段提交", [(2664, 2022)]),
    # a mistyped five-digit number does not end the list
    ("第2533(2020)和25853(2021)号决议", [(2533, 2020), (25853, 2021)]),
    # not a year in brackets: no resolution
    ("2017年第3季度", []),
])
def test_resolution_lists_of_the_xml_texts(text, expected):
    assert _sc(text) == expected


def test_a_list_switches_between_assembly_and_council():
    text = ("以及2005年12月20日大会第60/180号和安理会第1645(2005)号、2010年10月29日大会第65/7号和"
            "安理会第1947(2010)号决议，")
    refs = find_zh(_para(text), EMPTY).references
    assert [(type(r).__name__, getattr(r, "symbol", None) or (r.number, r.year)) for r in refs] == [
        ("GAResolutionRef", "A/RES/60/180"), ("ResolutionRef", (1645, 2005)),
        ("GAResolutionRef", "A/RES/65/7"), ("ResolutionRef", (1947, 2010))]


@pytest.mark.parametrize(("text", "symbol"), [
    # the Working Group's conclusions
    ("工作组的结论(S/AC.51/2020/7)，", "S/AC.51/2020/7"),
    # a committee communication
    ("委员会通知S/AC.47/2023/COMM.8", "S/AC.47/2023/COMM.8"),
])
def test_subsidiary_body_documents(text, symbol):
    refs = find_zh(_para(text), EMPTY).references
    assert [r.symbol for r in refs if isinstance(r, SymbolRef)] == [symbol]


@pytest.mark.parametrize(("text", "expected"), [
    # a resolution by its number alone: the year is resolve's task
    ("包括重申完全按照第2513号决议对制裁进行审查的重要性", [(2513, 0)]),
    # two of them
    ("根据第2699和2700号决议实施的制裁措施", [(2699, 0), (2700, 0)]),
    # a number and a year are read as such, not as a number alone
    ("回顾第1988(2011)号决议", [(1988, 2011)]),
    # 1988制裁名单 is not a resolution
    ("在1988制裁名单中指认", []),
])
def test_resolutions_by_number_alone(text, expected):
    assert _sc(text) == expected


def test_number_alone_keeps_its_pinpoint():
    refs = find_zh(_para("第1988号决议第35段所设委员会"), EMPTY).references
    assert [(r.number, r.pinpoint) for r in refs if isinstance(r, ResolutionRef)] == [
        (1988, "paragraph 35")]


@pytest.mark.parametrize(("text", "chapters"), [
    # Chapter VII without the Charter's title is the Charter's
    ("呼吁安全理事会根据第七章通过一项决议", [("VII", True)]),
    # with the title: once, as before
    ("根据《联合国宪章》第七章采取行动", [("VII", False)]),
    # another chapter without a title is nothing
    ("《重振协议》所载第五章", []),
])
def test_chapter_vii_without_the_charter(text, chapters):
    reg = parse_registry('''
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix unsc: <https://w3id.org/unsc-graph/ontology#> .
<https://w3id.org/unsc-graph/id/entity/un-charter> a unsc:Charter ;
    skos:prefLabel "联合国宪章"@zh .
''')
    refs = [r for r in find_zh(_para(text), reg).references if isinstance(r, ArticleRef)]
    assert [(r.number, r.instrument == entity_iri("un-charter") and "《" not in r.surface)
            for r in refs] == chapters


def test_human_rights_council_resolution():
    refs = find_zh(_para("与人权理事会第45/34号决议授权的专家小组合作"), EMPTY).references
    assert [(type(r).__name__, r.symbol) for r in refs] == [("SymbolRef", "A/HRC/RES/45/34")]


@pytest.fixture(scope="module")
def full_registry():
    from graph.registry import load_registry

    return load_registry()


@pytest.mark.parametrize(("text", "places"), [
    # a State before a mission's word is the mission's short name (马里稳定团: MINUSMA)
    ("请马里稳定团协助马里政府", ["mali"]),
    ("南苏丹特派团和南苏丹", ["south-sudan"]),
    # 索马里联邦政府 names Somalia
    ("敦促索马里联邦政府", ["somalia"]),
])
def test_places_and_mission_names(full_registry, text, places):
    refs = find_zh(_para(text), full_registry).references
    assert [str(r.entity).rsplit("/", 1)[1] for r in refs if getattr(r, "entity", None)
            and full_registry.kind(r.entity) == "place"] == places


def test_addressee_after_a_quantifier(full_registry):
    clauses = find_zh(_para("敦促所有会员国充分尊重", "OP"), full_registry).clauses
    assert [str(a.entity).rsplit("/", 1)[1] for a in clauses[0].addressees] == ["member-states"]


def test_statement_sentences_have_their_verbs(full_registry):
    text = "“安全理事会回顾其第2331(2016)号决议。安理会还欢迎秘书长的报告，并请秘书长提交报告。"
    clauses = find_zh(_para(text, "P"), full_registry).clauses
    assert [str(c.verb).rsplit("/", 1)[1] for c in clauses] == ["recalls", "welcomes", "requests"]


@pytest.mark.parametrize(
    ("body", "registry_name", "minted"),
    [
        # a short title defined after a registry title stands for it in later paragraphs
        ("回顾《联合国海洋法公约》(《海洋法公约》)，\n重申《海洋法公约》，", "unclos", []),
        # a short title defined after a title the registry lacks: one minted instrument
        ("欢迎《甲乙两国和平协定》(《甲乙协定》)，\n1. 促请各方执行《甲乙协定》。", None,
         ["甲乙两国和平协定"]),
        # a title ending the one longer title of the text is its short form, in any order
        ("1. 促请各方遵守《部队脱离接触协定》，\n2. 回顾《甲国和乙国部队脱离接触协定》，", None,
         ["甲国和乙国部队脱离接触协定"]),
        # ... the longest of a chain of titles each ending the next
        ("回顾《甲国和乙国部队脱离接触协定》，\n1. 遵守《部队脱离接触协定》和《脱离接触协定》。",
         None, ["甲国和乙国部队脱离接触协定"]),
        # ... not when it ends two longer titles (which one is meant is unsure: its own)
        ("回顾《甲国边界协定》和《乙国边界协定》，\n1. 促请各方执行《边界协定》。", None,
         ["乙国边界协定", "甲国边界协定", "边界协定"]),
    ],
)
def test_a_short_title_is_the_full_one(registry, body, registry_name, minted):
    out = _resolved(body, registry)
    assert sorted(e.label for e in out.found if "instrument" in str(e.iri)) == minted
    if registry_name is not None:
        assert {str(c.target).rsplit("/", 1)[1] for c in out.citations} == {registry_name}
    assert len({c.target for c in out.citations}) == max(1, len(minted))
