"""Chinese resolution texts pasted from web pages: identity from the heading only, page chrome
left out, any layout (one line, one paragraph a line, hard-wrapped, bullets), traditional script.

The pages are written here, by hand, in the shapes issue 16 describes (Wikisource title and
navigation lines, info boxes, the Macau gazette's notice and running heads, a news site's
furniture, numbered footers, a second resolution glued on).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InputError
from graph.model import SourceText
from graph.read import to_simplified
from graph.segment.zh import segment_zh

HEADING = "第2400(2018)号决议"
ADOPTED = "安全理事会2018年2月1日第8200次会议通过"
PRE = ["回顾其第2331(2016)号决议，", "重申其承诺，", "根据《联合国宪章》第七章采取行动，"]
OPS = ["1. 决定甲；", "2. 请秘书长提交报告；", "3. 决定继续积极处理此案。"]
LABELS = ["PP1", "PP2", "PP3", "OP1", "OP2", "OP3"]


def _src(text: str, name: str = "t.txt") -> SourceText:
    return SourceText(Path(name), text, "0", "zh", "utf-8", "", to_simplified(text))


def _page(head: list[str], body: list[str] | None = None, tail: list[str] | None = None) -> str:
    body = body if body is not None else ["安全理事会，", *PRE, *OPS]
    return "\n".join([*head, *body, *(tail or [])]) + "\n"


GLUED = ["第2401(2018)号决议", "安全理事会2018年2月2日第8201次会议通过", "安全理事会，",
         "回顾其第2000(2011)号决议，", "1. 决定乙。"]


@pytest.mark.parametrize(
    "text",
    [
        # the official heading
        _page([HEADING, ADOPTED]),
        # a Wikisource title, a navigation line naming both neighbours, an info box with the
        # neighbour's symbol: none of them is the heading
        _page(["联合国安全理事会第2400号决议", "维基文库，自由的图书馆",
               "← 第2399(2018)号决议 | 第2401(2018)号决议 →", "文件编号：S/RES/2399 (2018)",
               "", HEADING, ADOPTED]),
        # a navigation line made of whole headings, before the page title
        _page(["第2399(2018)号决议", "第2401(2018)号决议", "", "联合国安全理事会第2400(2018)号决议",
               ADOPTED]),
        # the heading over two lines
        _page(["第2400(2018)号", "决议", ADOPTED]),
        # the heading as the symbol alone, no adoption line
        _page(["S/RES/2400 (2018)"]),
        # a news site: title, date line, lead paragraph naming the resolution
        _page(["首页 > 国际 > 正文", "全文：联合国安理会第2400号决议",
               "新华社联合国2月1日电 安理会1日通过第2400号决议。以下为决议全文：", "",
               HEADING, ADOPTED], tail=["（完）", "相关新闻：", "· 安理会通过第2399(2018)号决议"]),
        # the Macau gazette's notice, then the heading
        _page(["第 6 期 —— 2018 年 2 月 7 日 澳门特别行政区公报——第二组", "第 5/2018 号行政长官公告",
               "行政长官命令公布联合国安全理事会于二零一八年二月一日通过的第2400(2018)号决议的中文"
               "及英文文本。", "", HEADING, ADOPTED]),
        # the adoption line with the date first, in brackets
        _page([HEADING, "（2018年2月1日安全理事会第8200次会议通过）"]),
        # the whole page on one line
        " ".join([HEADING, ADOPTED, "安全理事会，", *PRE, *OPS]) + "\n",
    ],
)
def test_identity_from_the_heading_only(text):
    parsed = segment_zh(_src(text))
    assert parsed.header.symbol == "S/RES/2400 (2018)"
    assert [p.label for p in parsed.paragraphs] == LABELS


@pytest.mark.parametrize(
    "body",
    [
        # one paragraph a line
        ["安全理事会，", *PRE, *OPS],
        # everything on one line, a space between paragraphs
        [" ".join(["安全理事会，", *PRE, *OPS])],
        # bullets before the preambular paragraphs
        ["安全理事会，", *("• " + p for p in PRE), *OPS],
        # bullets, all on one line
        [" ".join(["安全理事会，", *("○ " + p for p in PRE), *OPS])],
        # the Chapter VII formula without its comma, one paragraph a line
        ["安全理事会，", *PRE[:2], "根据《联合国宪章》第七章采取行动", *OPS],
        # the Chapter VII formula without its comma, on one line
        [" ".join(["安全理事会，", *PRE[:2], "根据《联合国宪章》第七章采取行动", *OPS])],
        # hard-wrapped at 8 characters, gazette running heads between the lines
        ["安全理事会，", "回顾其第2331(2016", "第 6 期 —— 2018 年 澳门特别行政区公报——第二组 812",
         ")号决议，", "重申其承诺，", "根据《联合国宪章》第七章", "采取行动，", "1. 决定甲；",
         "2. 请秘书长提交报", "告；", "3. 决定继续积极处理", "此案。"],
        # a sub-heading inside the operative part
        ["安全理事会，", *PRE, OPS[0], "报告", *OPS[1:]],
    ],
)
def test_layouts(body):
    parsed = segment_zh(_src(_page([HEADING, ADOPTED], body)))
    assert [p.label for p in parsed.paragraphs] == LABELS
    assert parsed.header.chapter_vii is True
    pp1 = parsed.paragraphs[0]
    assert "2331(2016)" in pp1.match.replace("\n", "").replace(" ", "").replace(
        "第6期——2018年澳门特别行政区公报——第二组812", "")


def test_one_line_without_spaces_keeps_the_operative_paragraphs():
    # nothing between paragraphs: "，回顾" also runs inside a paragraph, so the preamble stays
    # whole, but every operative number is found in turn
    parsed = segment_zh(_src(_page([HEADING, ADOPTED], ["".join(["安全理事会，", *PRE, *OPS])])))
    assert [p.label for p in parsed.paragraphs] == ["PP1", "OP1", "OP2", "OP3"]
    assert parsed.header.chapter_vii is True


@pytest.mark.parametrize(
    "tail",
    [
        GLUED,  # a second resolution glued on
        [" ".join(GLUED)],  # a second resolution glued on, on one line
        ["注释", "1. 本作品是联合国的官方文件。", "2. 本页面最后修订于2023年3月4日。"],  # notes
        ["1. 本作品是联合国的官方文件。", "2. 本页面最后修订于2023年3月4日。"],  # numbered footer
        ["分类：联合国安全理事会决议", "取自“https://zh.wikisource.org/wiki/第2400号决议”"],  # footer
        ["此页面最后编辑于2024年1月1日", "[1] 第2401(2018)号决议。"],  # a wiki's footer, notes
        ["【打印】【关闭】", "相关决议：第2401(2018)号决议"],  # a news site's furniture
        ["联合国安全理事会第2401号决议", *GLUED],  # the next resolution's page title
        GLUED[2:],  # the next resolution without heading or adoption line
        ["", "Resolution 2400 (2018)", "Adopted by the Security Council at its meeting",
         "The Security Council,", "1. Decides to remain seized of the matter."],  # the English
    ],
)
def test_the_text_ends_before_page_chrome(tail):
    parsed = segment_zh(_src(_page([HEADING, ADOPTED], tail=tail)))
    assert [p.label for p in parsed.paragraphs] == LABELS
    assert "2000(2011)" not in "".join(p.match for p in parsed.paragraphs)
    assert parsed.paragraphs[-1].text == "决定继续积极处理此案。"


@pytest.mark.parametrize(
    "script",
    [
        "s2t",  # traditional characters
        "s2hk",  # Hong Kong forms
    ],
)
def test_traditional_pages(script):
    import opencc

    text = opencc.OpenCC(script).convert(_page(["上一篇：第2399(2018)号决议", "", HEADING, ADOPTED],
                                               [" ".join(["安全理事会，", *PRE, *OPS])]))
    parsed = segment_zh(_src(text))
    assert parsed.header.symbol == "S/RES/2400 (2018)"
    assert [p.label for p in parsed.paragraphs] == LABELS
    assert parsed.paragraphs[0].text.startswith("回顧")


@pytest.mark.parametrize(
    "head",
    [
        [ADOPTED],  # the adoption line, no heading
        ["联合国安全理事会第2400号决议", "← 2399(2018) | 2401(2018) →"],  # only chrome
        [],  # the preamble's formula only
    ],
)
def test_no_heading_leaves_the_header_empty(head):
    # the file name's identity is the fallback: the language-independent layer applies it
    from graph.segment import file_header

    name = "S_RES_2400_2018_ZH.txt"
    parsed = segment_zh(_src(_page(head), name), fallback=file_header(name))
    assert (parsed.header.symbol, parsed.header.number, parsed.header.year) == ("", 0, 0)
    assert [p.label for p in parsed.paragraphs] == LABELS


def test_numbering_back_at_one_ends_the_text_with_a_warning():
    # a text without its closing paragraph: the numbered list starting again is another's
    parsed = segment_zh(_src(_page([HEADING, ADOPTED],
                                   ["安全理事会，", *PRE, *OPS[:-1], "1. 迪米特里从事了破坏活动。"])))
    assert [p.label for p in parsed.paragraphs] == LABELS[:-1]
    assert any("starts again at 1" in w.message for w in parsed.warnings)


@pytest.mark.parametrize("tail", [
    # a law database's footer naming the neighbouring resolutions
    ["友善列印 | 回頁首 | 相關法規：第2399號決議、第2401號決議"],
    # a forum's replies after the text, one of them numbered and naming a resolution
    ["2# 回复 1# 楼主", "1. 顺便问下第1373号决议有没有中文本？"],
    # the same on the closing paragraph's own line (a page on one line)
    ["", "相关法规：第2399(2018)号决议"],
])
def test_what_follows_the_closing_paragraph_is_page_chrome(tail):
    page = _page([HEADING, ADOPTED], tail=tail)
    if not tail[0]:
        page = page.replace("此案。\n\n", "此案。 ")
    parsed = segment_zh(_src(page))
    assert [p.label for p in parsed.paragraphs] == LABELS
    assert parsed.paragraphs[-1].text.endswith("此案。")
    assert not any(n in p.text for p in parsed.paragraphs for n in ("2399", "2401", "1373"))


def test_an_annex_after_the_closing_paragraph_stays():
    # the closing paragraph, then the annex: the annex is the resolution's, not chrome
    parsed = segment_zh(_src(_page([HEADING, ADOPTED], tail=["附件", "1. 停火的条件"])))
    assert [p.label for p in parsed.paragraphs][:6] == LABELS
    assert len(parsed.paragraphs) > 6


@pytest.mark.parametrize(
    "text",
    [
        "联合国安理会今天开会讨论了中东局势。\n各方表示关切。\n",  # a news report, no resolution
        "← 2399(2018) | 2401(2018) →\n联合国安全理事会第2400号决议\n",  # chrome only
        _page([ADOPTED]),  # a resolution without a heading, in a file its name does not name
    ],
)
def test_a_page_without_a_resolution_is_refused(text):
    with pytest.raises(InputError, match="not a Security Council resolution"):
        segment_zh(_src(text))


def test_a_heading_numbered_0_is_refused():
    with pytest.raises(InputError, match="not a Security Council resolution"):
        segment_zh(_src(_page(["第 0(2020)号决议", ADOPTED])))


@pytest.mark.parametrize(
    "head",
    [
        # the adoption line before the heading
        [ADOPTED, HEADING],
        # the adoption line and the heading on one line, in either order
        [f"{ADOPTED} {HEADING}"], [f"（{ADOPTED}） {HEADING}"],
        # …with the organ or the symbol before the heading
        [f"{ADOPTED} 安理会{HEADING}全文"], [f"{ADOPTED} S/RES/2400 (2018) {HEADING}"],
        # a decorated heading: Markdown, brackets, an edit link, 全文, a topic
        ["## 第2400(2018)号决议"], ["**第2400(2018)号决议**"], ["【第2400(2018)号决议】"],
        ["第2400(2018)号决议[编辑]"], ["全文：联合国安理会第2400(2018)号决议"],
        ["安理会第2400(2018)号决议（全文）"], ["第2400(2018)号决议：关于南苏丹局势"],
        ["第2400(2018)号决议（关于南苏丹局势） 2018年2月1日安全理事会会议通过"],
        # heading, symbol and adoption line on one line; a year-less heading before the
        # adoption line; a date before the heading
        [f"{HEADING}　S/RES/2400(2018)  （{ADOPTED}）"], [f"安理会第2400号决议 {ADOPTED}"],
        ["2018年2月1日 安理会第2400(2018)号决议全文"],
        # the heading and its symbol on one line; odd case and full-width forms
        ["第2400(2018)号决议 (S/RES/2400 (2018))"], ["s/res/2400 (2018)"],
        ["Ｓ／ＲＥＳ／２４００（２０１８）"], ["第２４００（２０１８）号决议"],
        # without 第; a year after 决议; 决议 before the number
        ["安理会2400(2018)号决议"], ["联合国安理会第2400号决议（2018年）"], ["安理会决议2400(2018)"],
        # a heading without its year, dated by its adoption line (安理会 names the Council)
        ["安理会第2400号决议", "安理会2018年2月1日第8200次会议通过"],
        # the adoption line "在其…会议上通过"
        [HEADING, "安全理事会于2018年2月1日在其第8200次会议上通过"],
        # a date line, a topic line, a "决议全文" line between the heading and the preamble
        [HEADING, "2018年2月1日", "关于南苏丹局势", "决议全文"],
        # a UN document's cover: symbol, organ, English distribution lines, job number
        ["联 合 国 S/RES/2400 (2018)", "安全理事会", "Distr.: General", "1 February 2018",
         "18-01234 (C)", "*1801234*", HEADING, ADOPTED],
        # a breadcrumb naming the resolution, then the heading
        ["首页 > 决议 > 2018年 > 第2400(2018)号决议", "目录", "序言部分", "执行部分", "",
         HEADING],
    ],
)
def test_identity_in_wider_page_forms(head):
    parsed = segment_zh(_src(_page(head)))
    assert parsed.header.symbol == "S/RES/2400 (2018)"
    assert [p.label for p in parsed.paragraphs] == LABELS


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # no formula, a first paragraph opening with a verb no list holds
        ([HEADING], ["鉴别出其承诺，", *PRE[1:], *OPS]),
        # the formula without its comma, bullets before the paragraphs
        ([HEADING, ADOPTED], ["安全理事会", *("• " + x for x in PRE), *OPS]),
    ],
)
def test_identity_without_the_formula(head, body):
    parsed = segment_zh(_src(_page(head, body)))
    assert parsed.header.symbol == "S/RES/2400 (2018)"
    assert [p.kind for p in parsed.paragraphs][-3:] == ["OP", "OP", "OP"]


def test_a_glued_second_text_never_gives_the_identity():
    # the first text has no heading: the file name's identity, never the glued one's heading
    from graph.segment import file_header

    name = "S_RES_2400_2018_ZH.txt"
    parsed = segment_zh(_src(_page([ADOPTED], tail=GLUED), name), fallback=file_header(name))
    assert parsed.header.symbol == ""
    assert [p.label for p in parsed.paragraphs] == LABELS


@pytest.mark.parametrize(
    "text",
    [
        # resolutions named only in the paragraphs
        "安全理事会，\n回顾其第2331(2016)号决议，\n1. 决定继续积极处理此案。\n",
        # a breadcrumb and an info box only
        "首页 > 决议 > 第2400(2018)号决议\n文件编号：S/RES/2400 (2018)\n安全理事会，\n"
        "回顾其决议，\n1. 决定继续积极处理此案。\n",
    ],
)
def test_a_page_naming_resolutions_outside_a_heading_is_refused_by_name(text):
    with pytest.raises(InputError, match=r"names S/RES/\d+ \(\d{4}\).*never decides"):
        segment_zh(_src(text))


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a hard-wrapped line of text naming a communiqué is text
        ("执行2013年通过的《关于打击冲突中性暴力的联合公报", True),
        # ... also when it is only the title's end
        ("》及2019年签署的公报增编", True),
        # the Macau gazette's running head is page furniture
        ("第 6 期 —— 2018 年 澳门特别行政区公报——第二组 812", False),
        # ... also its name alone
        ("澳门特别行政区公报——第二组", False),
    ],
)
def test_gazette_heads_and_lines_naming_a_communique(line, kept):
    body = ["安全理事会，", "回顾其第2331(2016)号决议，", "1. 请秘书长", line, "提交报告；",
            "2. 决定继续积极处理此案。"]
    parsed = segment_zh(_src(_page([HEADING, ADOPTED], body)))
    op1 = parsed.paragraphs[1].match
    assert (to_simplified(line) in op1) is kept


@pytest.mark.parametrize(
    ("annex", "parts"),
    [
        # an annex heading on its own line ends the operative part; its numbered list (back at
        # 1, its first item glued by a hard wrap to a footnote marker) is the annex's
        (["附件", "附件A", "须经无异议程序的物项2", "1. 地对空导弹；", "2. 口径大于12.7毫米的武器；"],
         ["AN1", "AN2"]),
        # one annex, its heading with a Chinese numeral
        (["附件一", "1. 甲；", "2. 乙；"], ["AN1"]),
        # "附件" inside a sentence is no heading
        ([], []),
    ],
)
def test_annex_after_the_operative_part(annex, parts):
    body = ["安全理事会，", "回顾其第2331(2016)号决议，", "1. 请秘书长提交附件所列报告；",
            "2. 决定继续积极处理此案。", *annex]
    parsed = segment_zh(_src(_page([HEADING, ADOPTED], body)))
    assert [p.label for p in parsed.paragraphs] == ["PP1", "OP1", "OP2", *parts]
