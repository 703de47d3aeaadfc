"""Segment a Chinese resolution text: heading, preambular and operative paragraphs.

The texts come from PDFs: a paragraph may continue after a page break (blank lines in the
middle of a sentence), page furniture (symbol, job number, page number) may sit between the
parts, and punctuation mixes full-width and half-width forms. Paragraph spans point into the
source text; the paragraph's ``text`` is repaired, its ``match`` is the folded source slice.

Paragraph rules:

* blank lines separate blocks; a line of page furniture is left out;
* inside a block (paragraphs separated by single newlines), a line starts a new paragraph when
  the line before ends in terminal punctuation and it starts with an operative number
  (``1.``, ``1．``, ``１.``, ``1、``), or when the line before ends a clause (``，；。：``) and
  it starts like a preambular paragraph: with a Chinese character when the text has one
  paragraph a line; when the text is hard-wrapped (many lines end in the middle of a
  sentence), with a Chinese character after a line shorter than the others, with an opening
  verb (``回顾``, ``深为关切``; not ``又重申``, ``还回顾``: 又 and 还 also open the second
  clause of a paragraph) after a full line; any other line continues its paragraph;
* a block that starts with an operative number after a finished paragraph opens an operative
  paragraph; a block after an unfinished one (a page break in a sentence) continues it; after
  the first operative paragraph every unnumbered block continues the paragraph before;
* a text without operative paragraphs yields its preambular paragraphs only (no error).

>>> from graph.model import SourceText
>>> from pathlib import Path
>>> src = ('第 1(2020)号决议\\n\\n安全理事会 2020 年 1 月 2 日第 9000 次会议通过\\n\\n'
...        '安全理事会，\\n\\n回顾其各项决议，\\n\\n1. 决定继续积极处理此案。\\n')
>>> p = segment_zh(SourceText(Path('x.txt'), src, '', 'zh', 'utf-8', '', src))
>>> p.header.symbol, p.header.meeting, [x.label for x in p.paragraphs]
('S/RES/1 (2020)', 9000, ['PP1', 'OP1'])
>>> one = src.replace('\\n\\n', '\\n')  # one paragraph a line, no blank lines
>>> p = segment_zh(SourceText(Path('x.txt'), one, '', 'zh', 'utf-8', '', one))
>>> [x.label for x in p.paragraphs]
['PP1', 'OP1']
"""

from __future__ import annotations

import re
from datetime import date

from graph.errors import InputError
from graph.fold import fold_width
from graph.model import Header, Paragraph, ParsedText, SourceText, Span
from graph.symbols import SymbolError, sc_resolution

__all__ = ["segment_zh", "repair_text_zh", "CN_DIGITS", "parse_cn_number"]


def _words(*words: str) -> str:
    """A pattern for Chinese words that a line break (or a stray space) may cut anywhere.

    Parameters
    ----------
    *words : str
        The words, matched one after the other.

    Returns
    -------
    str
        A regular expression allowing whitespace between any two characters.

    Examples
    --------
    >>> bool(re.fullmatch(_words('会议', '通过'), '会\\n议通过'))
    True
    """
    return r"\s*".join(r"\s*".join(word) for word in words)


_HEADING = re.compile(rf"第\s*(\d{{1,4}})\s*\(\s*(\d{{4}})\s*\)\s*{_words('号决议')}")
_ADOPTED = re.compile(
    rf"{_words('安全理事会')}\s*(\d{{4}})\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日\s*第\s*(\d+)"
    rf"\s*次\s*{_words('会议通过')}"
)
_PREAMBLE = re.compile(r"^[ \t]*安全理事会\s*[,:]?[ \t\r]*$", re.M)
_OP_START = re.compile(r"^\s*(\d{1,3})\s*[.、]\s*")
_CHAPTER_VII = re.compile(
    rf"{_words('根据')}\s*《?\s*{_words('联合国宪章')}\s*》?\s*第\s*七\s*章\s*"
    rf"(?:{_words('采取行动')}|{_words('行事')})"
)
_FURNITURE = re.compile(
    r"^(?:S/RES/\d+\s*\(\d{4}\)|\d{2}-\d{4,6}\s*(?:\([A-Z]\))?.*|\d{1,3}/\d{1,3}|\d{1,3}|"
    r"-\s*\d+\s*-|\*\d+\*|[A-Z]?\s*\d{6,}\s*\*?)$"
)
_TERMINAL = set(",;.:。!?)\"'”’")
_CLAUSE_END = set(",;:。")  # ，；：。 folded
_OP_LINE = re.compile(r"\d{1,3}\s*[.、](?!\d)")  # not a decimal "1.5"
# how a preambular paragraph opens: intensifying adverbs, then a participle-like verb (the usual
# openings of Council resolutions; used only after a full line of hard-wrapped text)
_OPENER = re.compile(
    r"(?:再次|再度|最强烈地|强烈|深为|深感|深表|严重|深切|极为|十分|非常|坚决|一再)*"
    r"(?:回顾|忆及|重申|申明|确认|认识到|承认|注意到|表示|欢迎|赞扬|赞赏|称赞|强调|着重指出|"
    r"特别指出|指出|关切|关注|震惊|谴责|痛惜|遗憾|铭记|考虑到|意识到|深信|相信|决心|认为|"
    r"断定|鉴于|审议了|重视|希望|期待|欣见|满意|感谢|根据\s*《?\s*联合国宪章)"
)
_FULL = 0.9  # in hard-wrapped text, a line of this part of the width or more is full
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

    Page breaks and line breaks inside the paragraph are removed (a line break next to a
    Chinese character leaves no space, unless the line had one), spaces between Chinese
    characters dropped, and half-width punctuation inside Chinese text set full-width.

    >>> repair_text_zh('并指出任\\n\\n\\n何直接, 包括(又称达伊沙)行为;')
    '并指出任何直接，包括（又称达伊沙）行为；'
    >>> repair_text_zh('第 2331(2016)\\n号决议、\\n2017 \\n年 and\\n月')  # wrapped lines
    '第 2331(2016)号决议、2017 年和月'
    """
    text = fold_width(raw)
    text = re.sub(rf"(?<=[{_CJK}，。；：、）》”])\s+(?=[{_CJK}（《“])", "", text)
    # a stray English conjunction between Chinese words (PDF extraction of a bilingual layer)
    text = re.sub(rf"(?<=[{_CJK}])\s*\band\b\s*(?=[{_CJK}])", "和", text)
    # a bare line break next to a Chinese character: the line was wrapped there, no space
    text = re.sub(rf"(?<=[{_CJK}。、《》])\n+(?=\S)|(?<=\S)\n+(?=[{_CJK}。、《》])", "", text)
    text = re.sub(r"\s*\n\s*", " ", text)
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


def _lines(text: str, start: int, end: int) -> list[list[Span | None]]:
    """Split the blocks of ``text[start:end]`` into lines, leaving page furniture out.

    Parameters
    ----------
    text : str
        The folded text.
    start, end : int
        The part of ``text`` to read (the body of the resolution).

    Returns
    -------
    list of list of Span or None
        For each block (blank lines between blocks), the spans of its lines without the
        surrounding spaces; ``None`` where lines of page furniture were left out between two
        lines of the block.
    """
    out = []
    for block in _blocks(text, start, end):
        lines: list[Span | None] = []
        pos = block.start
        for line in text[block.start:block.end].split("\n"):
            s, e = pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())
            pos += len(line) + 1
            if _FURNITURE.match(text[s:e]):
                if lines and lines[-1] is not None:
                    lines.append(None)
            elif s < e:
                lines.append(Span(s, e))
        while lines and lines[-1] is None:
            lines.pop()
        if lines:
            out.append(lines)
    return out


def _layout(text: str, blocks: list[list[Span | None]]) -> int:
    """Return the line width of a hard-wrapped text, 0 for a text with one paragraph a line.

    A text is hard-wrapped when at least a quarter of the line breaks inside its blocks come
    in the middle of a sentence (the line does not end in terminal punctuation); its width is
    the median length of those lines.

    Parameters
    ----------
    text : str
        The folded text.
    blocks : list of list of Span or None
        Its lines, from :func:`_lines`.

    Returns
    -------
    int
        The width in characters, or 0.

    Examples
    --------
    >>> text = fold_width('回顾其决议，\\n1. 决定甲；\\n2. 决定乙。')
    >>> _layout(text, _lines(text, 0, len(text)))
    0
    >>> text = fold_width('回顾其关于此事的\\n各项决议，\\n重申其对各国主\\n权的承诺，')
    >>> _layout(text, _lines(text, 0, len(text)))
    8
    """
    breaks = open_ = 0
    widths = []
    for lines in blocks:
        kept = [line for line in lines if line is not None]
        for line in kept[:-1]:
            breaks += 1
            if text[line.end - 1] not in _TERMINAL:
                open_ += 1
                widths.append(line.length)
    if not breaks or open_ * 4 < breaks:
        return 0
    widths.sort()
    return widths[len(widths) // 2]


def _starts_paragraph(before: str, line: str, width: int) -> bool:
    """Tell whether a line starts a new paragraph after the line before it in the same block.

    Parameters
    ----------
    before : str
        The line before, folded, without surrounding spaces.
    line : str
        The line, folded, without surrounding spaces.
    width : int
        The width of the text's lines when it is hard-wrapped, 0 when it has one paragraph a
        line (see :func:`_layout`).

    Returns
    -------
    bool
        True when a new paragraph starts at ``line``.

    Examples
    --------
    >>> pairs = [('回顾其决议,', '2. 决定甲;'), ('回顾其', '2. 决定'),
    ...          ('回顾其决议,', '重申其承诺,'), ('决定:', '(a) 甲')]
    >>> [_starts_paragraph(a, b, 0) for a, b in pairs]
    [True, False, True, False]

    Hard-wrapped text, 8 characters wide: after a short line a clause end is enough, after a
    full line the next line must open with a verb of a preambular paragraph.

    >>> pairs = [('谴责,', '包括平民'), ('又谴责此类袭击,', '包括对平民的袭击'),
    ...          ('又谴责此类袭击,', '重申其承诺'), ('又谴责此类袭击,', '还重申其承诺')]
    >>> [_starts_paragraph(a, b, 8) for a, b in pairs]
    [True, False, True, False]
    """
    if not before or before[-1] not in _TERMINAL:
        return False
    if _OP_LINE.match(line):
        return True
    if before[-1] not in _CLAUSE_END or not re.match(rf"[{_CJK}]", line):
        return False
    return not width or len(before) < _FULL * width or bool(_OPENER.match(line))


def _pieces(text: str, start: int, end: int) -> list[tuple[Span, bool]]:
    """Cut ``text[start:end]`` into pieces of paragraphs.

    The pieces are the blocks, split where a line inside a block starts a paragraph (see
    :func:`_starts_paragraph`) and where page furniture was left out.

    Parameters
    ----------
    text : str
        The folded text.
    start, end : int
        The part of ``text`` to cut (the body of the resolution).

    Returns
    -------
    list of tuple of (Span, bool)
        Each piece, with True when it surely continues the paragraph of the piece before
        (furniture left out in the middle of a paragraph); for the others the caller decides.
    """
    blocks = _lines(text, start, end)
    width = _layout(text, blocks)
    out: list[tuple[Span, bool]] = []
    for lines in blocks:
        first: Span | None = None
        last: Span | None = None
        joined = cut = False
        for line in lines:
            if line is None:
                cut = True
                continue
            if first is None or last is None:
                first, last = line, line
                continue
            new = _starts_paragraph(text[last.start:last.end], text[line.start:line.end], width)
            if new or cut:
                out.append((Span(first.start, last.end), joined))
                first, joined = line, not new
            last, cut = line, False
        if first is not None and last is not None:
            out.append((Span(first.start, last.end), joined))
    return out


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
    for block, joined in _pieces(folded, body_start, len(folded)):
        if joined and paragraphs:
            paragraphs[-1].append(block)
            continue
        piece = folded[block.start:block.end]
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
