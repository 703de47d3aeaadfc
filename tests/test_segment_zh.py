"""Segmentation of Chinese resolution texts: headings, page breaks, furniture, numbering."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.model import SourceText
from graph.read import to_simplified
from graph.segment.zh import repair_text_zh, segment_zh

HEAD = "第 2400(2018)号决议\n\n安全理事会 2018 年 2 月 1 日第 8200 次会议通过\n\n安全理事会，\n\n"


def _src(text: str) -> SourceText:
    return SourceText(Path("t.txt"), text, "0", "zh", "utf-8", "", to_simplified(text))


@pytest.mark.parametrize(
    ("body", "labels"),
    [
        # two preambular paragraphs, two operative ones
        ("回顾其决议，\n\n重申其承诺，\n\n1. 决定甲；\n\n2. 决定继续积极处理此案。\n",
         ["PP1", "PP2", "OP1", "OP2"]),
        # a page break in the middle of a preambular sentence joins the halves
        ("回顾其决议并指出任\n\n\n\n何直接行为，\n\n1. 决定继续积极处理此案。\n",
         ["PP1", "OP1"]),
        # a page break in the middle of an operative paragraph joins the halves
        ("回顾其决议，\n\n1. 谴责此类贩\n\n运人口罪行；\n\n2. 决定继续积极处理此案。\n",
         ["PP1", "OP1", "OP2"]),
        # page furniture between two paragraphs is dropped
        ("回顾其决议，\n\n17-20700 (C)\n\n2/5\n\n1. 决定继续积极处理此案。\n", ["PP1", "OP1"]),
        # full-width numbering and punctuation
        ("回顾其决议，\n\n１． 决定继续积极处理此案。\n", ["PP1", "OP1"]),
        # numbering kept as written, even when it does not start at 1
        ("回顾其决议，\n\n3. 决定甲；\n\n4. 决定乙。\n", ["PP1", "OP3", "OP4"]),
    ],
)
def test_paragraph_labels(body, labels):
    parsed = segment_zh(_src(HEAD + body))
    assert [p.label for p in parsed.paragraphs] == labels


HEAD_ONE = HEAD.replace("\n\n", "\n")  # the heading with single newlines
WRAPPED = "回顾其关于冲突局势中贩运人口\n问题的各项决议和主席声明，\n"  # a full line ends a clause


@pytest.mark.parametrize(
    ("body", "labels"),
    [
        # one paragraph a line
        ("回顾其决议，\n重申其承诺，\n1. 决定甲；\n2. 决定继续积极处理此案。\n",
         ["PP1", "PP2", "OP1", "OP2"]),
        # Windows line ends
        ("回顾其决议，\r\n重申其承诺，\r\n1. 决定甲；\r\n2. 决定乙。\r\n", ["PP1", "PP2", "OP1", "OP2"]),
        # full-width digits and stops, the enumeration comma
        ("回顾其决议，\n１．决定甲；\n2、决定乙；\n3．决定丙。\n", ["PP1", "OP1", "OP2", "OP3"]),
        # a paragraph that opens with 还 still starts after a clause when nothing is wrapped
        ("回顾其决议，\n还回顾其声明，\n1. 决定甲。\n", ["PP1", "PP2", "OP1"]),
        # a page break in a sentence: the halves are joined
        ("回顾其决议并指出任\n何直接行为，\n1. 决定甲。\n", ["PP1", "OP1"]),
        # a decimal at the start of a line is no operative number
        ("回顾其决议，\n1.5 亿人受影响，\n1. 决定甲。\n", ["PP1", "OP1"]),
        # sub-paragraphs stay in their operative paragraph
        ("回顾其决议，\n1. 决定：\n(a) 甲；\n(b) 乙；\n2. 决定丙。\n", ["PP1", "OP1", "OP2"]),
        # page furniture on lines of its own between two paragraphs
        ("回顾其决议，\n17-20700 (C)\n2/5\n1. 决定甲。\n", ["PP1", "OP1"]),
        # hard-wrapped: a line ending in the middle of a sentence goes on, a short line that
        # ends a clause ends its paragraph
        ("回顾其关于冲突局势中贩运人口\n问题的各项决议，\n表示严重关切武装冲突中的贩运\n人口行为，\n"
         "1. 决定甲。\n", ["PP1", "PP2", "OP1"]),
        # hard-wrapped: after a full line ending a clause, 还回顾 goes on with the paragraph
        (WRAPPED + "还回顾其关于保护平民的决议，\n1. 决定甲。\n", ["PP1", "OP1"]),
        # hard-wrapped: after a full line ending a clause, an opening verb starts a paragraph
        (WRAPPED + "重申其对所有会员国主权和领土\n完整的承诺，\n1. 决定甲。\n", ["PP1", "PP2", "OP1"]),
    ],
)
def test_single_newlines(body, labels):
    parsed = segment_zh(_src(HEAD_ONE + body))
    assert [p.label for p in parsed.paragraphs] == labels


@pytest.mark.parametrize(
    ("body", "texts"),
    [
        # furniture in the middle of a paragraph is left out, the halves joined
        ("回顾其决议并指出任\n17-20700 (C)\n2/5\n何直接行为，\n1. 决定甲。\n",
         ["回顾其决议并指出任何直接行为，", "决定甲。"]),
        # hard-wrapped lines are joined without spaces between Chinese characters
        ("回顾其关于冲突局势中贩运人口\n问题的各项决议，\n表示严重关切武装冲突中的贩运\n人口行为，\n"
         "1. 决定继续积极处\n理此案。\n",
         ["回顾其关于冲突局势中贩运人口问题的各项决议，", "表示严重关切武装冲突中的贩运人口行为，",
          "决定继续积极处理此案。"]),
        # a line wrapped next to a resolution number
        ("回顾第 2331(2016)\n号决议和第 2388(2017)号决议，\n1. 决定甲。\n",
         ["回顾第 2331(2016)号决议和第 2388(2017)号决议，", "决定甲。"]),
    ],
)
def test_single_newline_texts(body, texts):
    parsed = segment_zh(_src(HEAD_ONE + body))
    assert [p.text for p in parsed.paragraphs] == texts


@pytest.mark.parametrize(
    "head",
    [
        HEAD,  # blank lines between the lines of the heading
        HEAD_ONE,  # single newlines
        HEAD.replace("次会议", "次会\n议"),  # the adoption line wrapped in the middle of a word
    ],
)
def test_heading_fields(head):
    parsed = segment_zh(_src(head + "1. 决定继续积极处理此案。\n"))
    h = parsed.header
    assert (h.symbol, h.number, h.year, h.adopted, h.meeting) == (
        "S/RES/2400 (2018)", 2400, 2018, date(2018, 2, 1), 8200)
    assert h.chapter_vii is False


@pytest.mark.parametrize(
    "phrase",
    [
        "根据《联合国宪章》第七章采取行动，",  # the usual form
        "根据《联合国宪章》第七章 采取行动，",  # a stray space
        "根據《聯合國憲章》第七章採取行動，",  # traditional characters
        "根据《联合国宪\n章》第七章采\n取行动，",  # lines wrapped in the middle of words
    ],
)
def test_chapter_vii(phrase):
    parsed = segment_zh(_src(HEAD + phrase + "\n\n1. 决定甲。\n"))
    assert parsed.header.chapter_vii is True


def test_spans_point_into_the_source():
    text = HEAD + "回顾其决议并指出任\n\n\n何直接行为，\n\n1. 决定继续积极处理此案。\n"
    parsed = segment_zh(_src(text))
    for p in parsed.paragraphs:
        assert text[p.span.start:p.span.end].replace("\n", "").replace(" ", "").startswith(
            p.text[:3].replace(" ", "")) or p.kind == "OP"
        assert len(p.match) == p.span.length
    assert parsed.paragraphs[0].text == "回顾其决议并指出任何直接行为，"


@pytest.mark.parametrize(
    ("raw", "repaired"),
    [
        ("包括(又称达伊沙)行为, 以及;", "包括（又称达伊沙）行为，以及；"),  # half-width in Chinese text
        ("第 2388(2017)号决议", "第 2388(2017)号决议"),  # brackets of a symbol stay as they are
        ("特别政治任务 and 维持和平特派团", "特别政治任务和维持和平特派团"),  # a stray English word
        ("“伊拉克和黎凡特伊斯兰国”", "“伊拉克和黎凡特伊斯兰国”"),  # quotes stay paired
        ("第 2331(2016)\n号决议、\n2199(2015)", "第 2331(2016)号决议、2199(2015)"),  # wrapped lines
        ("2017 \n年 11\n月", "2017 年 11月"),  # a space before a line break is kept, none added
        ("维持 and\n和平", "维持和和平"),  # a stray English word at the end of a line
    ],
)
def test_repair(raw, repaired):
    assert repair_text_zh(raw) == repaired


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("今天天气很好。\n\n我们去公园。\n", "not a Security Council resolution"),  # not a resolution
        ("第 1(2020)号决议\n", "no paragraphs"),  # a heading and nothing else
        (HEAD + "1. 决定甲；\n\n2. 决定乙；\n\n2. 决定丙。\n", "repeat"),  # numbering repeats
    ],
)
def test_refused(text, problem):
    with pytest.raises(InputError, match=problem):
        segment_zh(_src(text))
