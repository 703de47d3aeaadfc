"""Segment a Chinese resolution text: heading, preambular and operative paragraphs.

The texts come from PDFs: a paragraph may continue after a page break (blank lines in the
middle of a sentence), page furniture (symbol, job number, page number) may sit between the
parts, and punctuation mixes full-width and half-width forms. Paragraph spans point into the
source text; the paragraph's ``text`` is repaired, its ``match`` is the folded source slice.

>>> from graph.model import SourceText
>>> from pathlib import Path
>>> src = ('第 1(2020)号决议\\n\\n安全理事会 2020 年 1 月 2 日第 9000 次会议通过\\n\\n'
...        '安全理事会，\\n\\n回顾其各项决议，\\n\\n1. 决定继续积极处理此案。\\n')
>>> p = segment_zh(SourceText(Path('x.txt'), src, '', 'zh', 'utf-8', '', src))
>>> p.header.symbol, p.header.meeting, [x.label for x in p.paragraphs]
('S/RES/1 (2020)', 9000, ['PP1', 'OP1'])
"""

from __future__ import annotations

import re
from datetime import date

from graph.errors import InputError
from graph.model import Header, Paragraph, ParsedText, SourceText, Span
from graph.segment import fold_width
from graph.symbols import SymbolError, sc_resolution

__all__ = ["segment_zh", "repair_text_zh", "CN_DIGITS", "parse_cn_number"]

_HEADING = re.compile(r"第\s*(\d{1,4})\s*\(\s*(\d{4})\s*\)\s*号\s*决议")
_ADOPTED = re.compile(
    r"安全理事会\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*第\s*(\d+)\s*次\s*会议\s*通过"
)
_PREAMBLE = re.compile(r"^[ \t]*安全理事会\s*[,:]?[ \t]*$", re.M)
_OP_START = re.compile(r"^\s*(\d{1,3})\s*[.、]\s*")
_CHAPTER_VII = re.compile(r"根据\s*《?\s*联合国宪章\s*》?\s*第\s*七\s*章\s*(?:采取行动|行事)")
_FURNITURE = re.compile(
    r"^(?:S/RES/\d+\s*\(\d{4}\)|\d{2}-\d{4,6}\s*(?:\([A-Z]\))?.*|\d{1,3}/\d{1,3}|\d{1,3}|"
    r"-\s*\d+\s*-|\*\d+\*|[A-Z]?\s*\d{6,}\s*\*?)$"
)
_TERMINAL = set(",;.:。!?)\"'”’")
_BLOCK = re.compile(r"\S(?:.*\S)?(?:\n[ \t]*\S(?:.*\S)?)*")

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}


def parse_cn_number(text: str) -> int | None:
    """Return the value of a number written in Chinese numerals or digits.

    >>> [parse_cn_number(n) for n in ('十五', '二十', '12', '一百零二')]
    [15, 20, 12, 102]
    """
    text = text.strip()
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for c in text:
        if c in CN_DIGITS:
            current = CN_DIGITS[c]
        elif c == "十":
            total += (current or 1) * 10
            current = 0
        elif c == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current if text else None


_CJK = r"\u3400-\u9fff"


def repair_text_zh(raw: str) -> str:
    """Repair the text of a paragraph extracted from a PDF.

    Page breaks and line breaks inside the paragraph are removed, spaces between Chinese
    characters dropped, and half-width punctuation inside Chinese text set full-width.

    >>> repair_text_zh('并指出任\\n\\n\\n何直接, 包括(又称达伊沙)行为;')
    '并指出任何直接，包括（又称达伊沙）行为；'
    """
    text = fold_width(raw)
    text = re.sub(rf"(?<=[{_CJK}，。；：、）》”])\s+(?=[{_CJK}（《“])", "", text)
    text = re.sub(r"\s*\n\s*", " ", text)
    # a stray English conjunction between Chinese words (PDF extraction of a bilingual layer)
    text = re.sub(rf"(?<=[{_CJK}])\s*\band\b\s*(?=[{_CJK}])", "和", text)
    text = re.sub(rf"\s*,\s*(?=[{_CJK}《“（(]|$)", "，", text)
    text = re.sub(rf"(?<=[{_CJK}）》”])\s*,\s*", "，", text)
    text = re.sub(r"\s*;\s*", "；", text)
    text = re.sub(rf"(?<=[{_CJK}])\s*:\s*", "：", text)
    text = re.sub(rf"\(([^()]*[{_CJK}][^()]*)\)", r"（\1）", text)
    text = re.sub(rf"(?<=[{_CJK}])\.$", "。", text)
    text = re.sub(r'"([^"]*)"', r"“\1”", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    return text.strip()


def _blocks(text: str, start: int, end: int) -> list[Span]:
    """Spans of the non-blank blocks (separated by blank lines) of ``text[start:end]``."""
    spans = []
    for chunk in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text[start:end]):
        s, e = chunk.start() + start, chunk.end() + start
        while e > s and text[e - 1].isspace():
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            spans.append(Span(s, e))
    return spans


def segment_zh(source: SourceText) -> ParsedText:
    """Return the heading and paragraphs of a Chinese resolution text."""
    text = source.match_text or source.text
    folded = fold_width(text)  # for matching: simplified, half-width
    shown = fold_width(source.text)  # for the repaired text: the characters as written
    heading = _HEADING.search(folded[:600])
    if heading is None:
        raise InputError(
            source.path,
            "not a Security Council resolution: no heading '第 N (YYYY) 号决议' at the top",
        )
    number, year = int(heading.group(1)), int(heading.group(2))
    try:
        symbol = sc_resolution(number, year)
    except SymbolError as exc:
        raise InputError(source.path, f"not a Security Council resolution: {exc}") from None
    header = Header(symbol=symbol, number=number, year=year)
    body_start = heading.end()
    adopted = _ADOPTED.search(folded, heading.end(), heading.end() + 400)
    if adopted:
        y, m, d, meeting = (int(g) for g in adopted.groups())
        try:
            header.adopted = date(y, m, d)
        except ValueError:
            raise InputError(source.path, f"impossible adoption date {y}-{m}-{d}") from None
        header.meeting = meeting
        body_start = adopted.end()
    preamble = _PREAMBLE.search(folded, body_start)
    if preamble and preamble.start() - body_start < 200:
        body_start = preamble.end()
    header.chapter_vii = bool(_CHAPTER_VII.search(folded, body_start))

    paragraphs: list[list[Span]] = []
    kinds: list[tuple[str, int]] = []
    seen_op = False
    for block in _blocks(folded, body_start, len(folded)):
        piece = folded[block.start:block.end]
        if _FURNITURE.match(piece.strip()):
            continue
        op = _OP_START.match(piece)
        prev_open = bool(paragraphs) and folded[paragraphs[-1][-1].end - 1] not in _TERMINAL
        if op and not prev_open:
            seen_op = True
            kinds.append(("OP", int(op.group(1))))
            paragraphs.append([block])
        elif paragraphs and (prev_open or seen_op):
            paragraphs[-1].append(block)
        else:
            kinds.append(("PP", 0))
            paragraphs.append([block])
    if not paragraphs:
        raise InputError(source.path, "resolution has a heading but no paragraphs")

    out: list[Paragraph] = []
    pp = 0
    for position, ((kind, num), blocks) in enumerate(zip(kinds, paragraphs, strict=True), 1):
        if kind == "PP":
            pp += 1
            num = pp
        span = Span(blocks[0].start, blocks[-1].end)
        raw = "\n\n".join(shown[b.start:b.end] for b in blocks)
        if kind == "OP":
            raw = _OP_START.sub("", raw, count=1)
        out.append(Paragraph(
            kind=kind, number=num, span=span, text=repair_text_zh(raw),
            match=folded[span.start:span.end], position=position,
        ))
    _check_numbering(source, out)
    return ParsedText(source=source, header=header, paragraphs=out)


def _check_numbering(source: SourceText, paragraphs: list[Paragraph]) -> None:
    ops = [p.number for p in paragraphs if p.kind == "OP"]
    if len(set(ops)) != len(ops):
        dup = sorted({n for n in ops if ops.count(n) > 1})
        raise InputError(source.path, f"operative paragraph numbers repeat: {dup}")
