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


def test_heading_fields():
    parsed = segment_zh(_src(HEAD + "1. 决定继续积极处理此案。\n"))
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
    ],
)
def test_repair(raw, repaired):
    assert repair_text_zh(raw) == repaired


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("今天天气很好。\n\n我们去公园。\n", "not a Security Council resolution"),  # not a resolution
        ("第 1(2020)号决议\n", "no paragraphs"),  # a heading and nothing else
        (HEAD + "1. 决定甲；\n\n1. 决定乙。\n", "repeat"),  # numbering repeats
    ],
)
def test_refused(text, problem):
    with pytest.raises(InputError, match=problem):
        segment_zh(_src(text))
