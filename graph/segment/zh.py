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

import bisect
import re
from datetime import date
from itertools import pairwise

from graph.errors import InputError
from graph.fold import fold_width
from graph.model import Header, Paragraph, ParsedText, SourceText, Span, Warning
from graph.segment import is_navigation_line
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


#: the heading's resolution: "第 2388(2017)号决议" (号 and 决议 may be cut by a line break)
_HEAD = rf"第\s*(\d{{1,4}})\s*\(\s*(\d{{4}})\s*\)\s*{_words('号决议')}"
_HEADING = re.compile(_HEAD)
#: a line that is a heading and nothing else, perhaps after the organ's name
#: ("联合国安全理事会第2388(2017)号决议"), or the symbol alone ("S/RES/2388 (2017)")
_HEAD_LINE = re.compile(rf"(?:联合国\s*)?(?:{_words('安全理事会')}|安理会)?\s*{_HEAD}")
_SYMBOL_LINE = re.compile(r"S\s*/\s*RES\s*/\s*(\d{1,4})\s*\(\s*(\d{4})\s*\)")
#: the adoption line, "安全理事会2017年11月21日第8111次会议通过" (the organ may follow the date:
#: "2017年11月21日安全理事会第8111次会议通过")
_ORGAN = rf"(?:{_words('安全理事会')}|{_words('安理会')})"
_ADOPTED_ANY = re.compile(
    rf"(?:{_ORGAN}\s*(?:在|于)?\s*)?(\d{{4}})\s*年\s*(\d{{1,2}})\s*月\s*"
    rf"(\d{{1,2}})\s*日\s*(?:{_ORGAN}\s*)?(?:在|于)?\s*其?\s*"
    rf"(?:第\s*(\d+)\s*次\s*)?(?:{_words('会议')}\s*(?:上\s*)?)?{_words('通过')}"
)


class _Adopted:
    """``search`` for an adoption line that names the Security Council (安全理事会, 安理会)."""

    @staticmethod
    def _organ(m: re.Match[str]) -> bool:
        flat = re.sub(r"\s+", "", m.group(0))
        return "安全理事会" in flat or "安理会" in flat

    @staticmethod
    def search(text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        for m in _ADOPTED_ANY.finditer(text, pos, len(text) if endpos is None else endpos):
            if _Adopted._organ(m):
                return m
        return None

    @staticmethod
    def fullmatch(text: str) -> re.Match[str] | None:
        m = _ADOPTED_ANY.fullmatch(text)
        return m if m is not None and _Adopted._organ(m) else None


_ADOPTED = _Adopted()
#: a heading run into the adoption line on the same line (a page on one line)
_HEAD_INLINE = re.compile(
    rf"{_HEAD}(?=\s*[(（]?\s*(?:{_words('安全理事会')}\s*\d{{4}}\s*年|"
    rf"\d{{4}}\s*年[^,;。\n]{{0,12}}{_words('安全理事会')}))"
)
#: the formula that opens the preamble, "安全理事会，" (at the start of a line, or after the
#: heading or adoption line on the same line)
_FORMULA = re.compile(rf"{_words('安全理事会')}\s*[,:]")
_PREAMBLE = re.compile(r"^[ \t]*安全理事会\s*[,:]?[ \t\r]*$", re.M)
_OP_START = re.compile(r"^\s*(\d{1,3})\s*[.、]\s*")
#: the closing operative paragraph of a resolution ("决定继续积极处理此案。"), as written by the
#: Council since the 1990s (simplified; the text matched is folded to simplified)
_CLOSING = re.compile(r"决定\s*继续\s*(?:积极|密切)?\s*(?:处理|审议|关注)\s*"
                      r"(?:此案|此事|该问题|这一问题)\s*[。.]")

#: an annex's heading on a line of its own ("附件", "附件A", "附件一", "附件 2")
_ANNEX_HEAD = re.compile(r"(?m)^[ \t]*附件\s*(?:[A-Z]|[一二三四五六七八九十]{1,3}|\d{1,2})?[ \t]*$")
#: an operative number at a line's start
_OP_AT_LINE = re.compile(r"(?m)^[ \t]*\d{1,3}\s*[.、](?!\d)")
_CHAPTER_VII = re.compile(
    rf"{_words('根据')}\s*《?\s*{_words('联合国宪章')}\s*》?\s*第\s*七\s*章\s*"
    rf"(?:{_words('采取行动')}|{_words('行事')})"
)
#: the Chapter VII formula at the end of a paragraph, its comma missing
_CHAPTER_VII_END = re.compile(rf"第\s*七\s*章\s*(?:{_words('采取行动')}|{_words('行事')})\s*$")
_FURNITURE = re.compile(
    r"^(?:S/RES/\d+\s*\(\d{4}\)|\d{2}-\d{4,6}\s*(?:\([A-Z]\))?.*|\d{1,3}/\d{1,3}|\d{1,3}|"
    r"-\s*\d+\s*-|\*\d+\*|[A-Z]?\s*\d{6,}\s*\*?)$"
    # a gazette's running head ("第 12 期 —— 2017 年 澳门特别行政区公报——第二组 8123"), its
    # Portuguese head ("N.º 48 — 29-11-2017 BOLETIM OFICIAL …"), a page number ("第 3 页");
    # the gazette's name, not any short line holding 公报 (a communiqué's title, hard-wrapped)
    r"|^.{0,40}(?:行政区公报|政府公报|公报\s*[—–-]{1,2}\s*第\s*\S{1,3}\s*组).{0,40}$"
    r"|^.*BOLETIM OFICIAL.*$|^第\s*\d+\s*页(?:\s*/\s*共\s*\d+\s*页)?$"
)
#: a line that ends the resolution's text: a page's footer, notes, related links, navigation,
#: the end mark of a news report
_TAIL = re.compile(
    r"^(?:[(（【\[]\s*完\s*[)）】\]]|责任编辑.*|编辑[:：].*|相关(?:新闻|阅读|链接|文章|决议|文件)(?:[:：].*)?|"
    r"注释|注释[:：]|脚注|参考(?:文献|资料)|外部链接|延伸阅读|参见|另见|分类[:：].*|取自.*|"
    r"本作品.*|本页面.*|本文件为.*|来源[:：].*|返回(?:顶部|首页|目录|列表|上一页)?|上一篇.*|下一篇.*|←.*|.*→|分享到.*|"
    r"版权所有.*|Copyright.*|©.*|此页面.*|本条目.*|最后(?:修订|编辑|更新)于.*|免责声明.*|"
    r"隐私政策.*|返回顶部|打印本页|关闭窗口|【[^】]*】(?:\s*【[^】]*】)*|\[\s*\d+\s*\].*|\^.*|"
    r"↑.*|附注[:：]?|备注[:：]?|资料来源.*|原文链接.*|查看原文.*)$"
)
#: bullets before a paragraph: always at a line's start, "·", "-", "*" only before a space
_BULLET = re.compile(r"(?:[•●○◦▪■□◆◇►▶➢✓√]\s*|[·\-*–—]\s+)")
#: an operative number inside a line, after a finished clause (or the Chapter VII formula,
#: its comma missing) or a space
_OP_INLINE = re.compile(
    r"(?:(?<=[,;。:.!?)\"'])|(?<=采取行动)|(?<=行事)|(?<=\s))\s*(\d{1,3})\s*[.、](?!\d)\s*"
    rf"(?=[{chr(0x3400)}-{chr(0x9fff)}(\"])"
    # or right after a word (a heading run into the paragraph: "军火禁运2. 决定"), with a stop
    rf"|(?<![\d第/(.\-])(\d{{1,3}})\.(?!\d)\s*(?=[{chr(0x3400)}-{chr(0x9fff)}])"
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
    r"断定|鉴于|审议了|重视|希望|期待|欣见|满意|感谢|遵循|肯定|知悉|获悉|认定|赞同|审查了|"
    r"收到|根据\s*《?\s*联合国宪章)"
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


def _finished(text: str, end: int) -> bool:
    """Tell whether the paragraph piece ending at *end* ends a sentence or clause (or the
    Chapter VII formula, its comma missing)."""
    if end <= 0:
        return False
    return text[end - 1] in _TERMINAL or bool(
        _CHAPTER_VII_END.search(text, max(0, end - 24), end))


#: a bullet inside a line (after a space), a preambular paragraph opening after a clause and a
#: space: where a text with several paragraphs on one line is cut
_BULLET_INLINE = re.compile(rf"(?<=\s)(?:[•●○◦▪■□◆◇►▶➢]\s*|[·\-*–]\s+)(?=[{_CJK}《(\"])")
_OPENER_INLINE = re.compile(rf"(?<=[,;])\s+(?={_OPENER.pattern})")


def _split_lines(text: str, blocks: list[list[Span | None]]
                 ) -> tuple[list[list[Span | None]], set[int]]:
    """Cut lines holding several paragraphs (a text on one line, bullets) into pieces.

    Bullets are left out of the lines. A line is cut before a bullet, before the next
    operative number (``1.`` after a finished clause or a space, when it is the number that
    follows the last one seen), and, before the first operative paragraph, before a
    preambular opening (``回顾``, ``重申`` …) after a clause end and a space.

    Parameters
    ----------
    text : str
        The folded text.
    blocks : list of list of Span or None
        The lines, from :func:`_lines`.

    Returns
    -------
    tuple
        The lines cut, and the start offsets of the pieces that surely start a paragraph.

    Examples
    --------
    >>> text = fold_width('• 回顾其决议， • 重申其承诺， 1. 决定甲； 2. 决定乙。')
    >>> lines, forced = _split_lines(text, _lines(text, 0, len(text)))
    >>> [text[x.start:x.end] for x in lines[0]]
    ['回顾其决议,', '重申其承诺,', '1. 决定甲;', '2. 决定乙。']
    """
    forced: set[int] = set()
    expected = 1
    out: list[list[Span | None]] = []
    for lines in blocks:
        cut: list[Span | None] = []
        for line in lines:
            if line is None:
                cut.append(None)
                continue
            s, e = line.start, line.end
            bullet = _BULLET.match(text[s:e])
            if bullet and bullet.end() < e - s:
                s += bullet.end()
                forced.add(s)
            op = _OP_START.match(text[s:e])
            if op and _OP_LINE.match(text[s:e]):
                if int(op.group(1)) == expected and expected > 1:
                    forced.add(s)  # the next number at a line's start: a new paragraph
                expected = int(op.group(1)) + 1
            marks: list[tuple[int, str, int, int]] = []
            marks += [(m.start(m.lastindex or 1), "op", int(m.group(m.lastindex or 1)),
                       m.start(m.lastindex or 1))
                      for m in _OP_INLINE.finditer(text, s + 1, e)]
            marks += [(m.end(), "bullet", 0, m.start())
                      for m in _BULLET_INLINE.finditer(text, s + 1, e)]
            marks += [(m.end(), "opener", 0, m.start())
                      for m in _OPENER_INLINE.finditer(text, s + 1, e)]
            starts, ends = [s], []
            for pos, kind, n, before in sorted(marks):
                if kind == "op" and n != expected:
                    continue
                if kind == "opener" and expected != 1:
                    continue
                if kind == "op":
                    expected += 1
                if before > starts[-1]:
                    starts.append(pos)
                    ends.append(before)
                    forced.add(pos)
            ends.append(e)
            for start, end in zip(starts, ends, strict=True):
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end > start:
                    cut.append(Span(start, end))
        out.append(cut)
    return _drop_subheadings(text, out), forced


def _drop_subheadings(text: str, blocks: list[list[Span | None]]) -> list[list[Span | None]]:
    """Leave out the headings inside the operative part ("报告", "指认标准"): a short line
    not ending a clause, after a finished paragraph and before an operative number.

    >>> text = fold_width('1. 决定甲。\\n报告\\n2. 请乙。')
    >>> [[text[x.start:x.end] for x in b] for b in _drop_subheadings(text, _lines(text, 0, 17))]
    [['1. 决定甲。', '2. 请乙。']]
    """
    flat = [(b, i) for b, lines in enumerate(blocks) for i, x in enumerate(lines) if x]
    drop: set[tuple[int, int]] = set()
    for k in range(1, len(flat) - 1):
        b, i = flat[k]
        here = blocks[b][i]
        prev = blocks[flat[k - 1][0]][flat[k - 1][1]]
        nxt = blocks[flat[k + 1][0]][flat[k + 1][1]]
        assert here is not None and prev is not None and nxt is not None
        line = text[here.start:here.end]
        if (here.length <= 30 and not _finished(text, here.end) and not _OP_LINE.match(line)
                and _finished(text, prev.end) and _OP_LINE.match(text[nxt.start:nxt.end])):
            drop.add((b, i))
    if not drop:
        return blocks
    out: list[list[Span | None]] = []
    for b, lines in enumerate(blocks):
        kept: list[Span | None] = [x for i, x in enumerate(lines) if (b, i) not in drop]
        while kept and kept[0] is None:
            kept.pop(0)
        if kept:
            out.append(kept)
    return out


def _pieces(text: str, start: int, end: int) -> list[tuple[Span, bool, bool]]:
    """Cut ``text[start:end]`` into pieces of paragraphs.

    The pieces are the blocks, split where a line inside a block starts a paragraph (see
    :func:`_starts_paragraph`), where page furniture was left out, and where a line holding
    several paragraphs was cut (see :func:`_split_lines`).

    Parameters
    ----------
    text : str
        The folded text.
    start, end : int
        The part of ``text`` to cut (the body of the resolution).

    Returns
    -------
    list of tuple of (Span, bool, bool)
        Each piece, with True when it surely continues the paragraph of the piece before
        (furniture left out in the middle of a paragraph), and True when it surely starts a
        paragraph (a bullet, a cut line); for the others the caller decides.
    """
    physical = _lines(text, start, end)
    width = _layout(text, physical)
    blocks, forced = _split_lines(text, physical)
    out: list[tuple[Span, bool, bool]] = []
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
            before = text[last.start:last.end]
            here = text[line.start:line.end]
            new = (line.start in forced or _starts_paragraph(before, here, width)
                   or (_finished(text, last.end) and bool(_OP_LINE.match(here))))
            if new or cut:
                out.append((Span(first.start, last.end), joined, first.start in forced))
                first, joined = line, not new
            last, cut = line, False
        if first is not None and last is not None:
            out.append((Span(first.start, last.end), joined, first.start in forced))
    return out


class _Frame:
    """Where the resolution is in a page: its heading, adoption line and body."""

    def __init__(self) -> None:
        self.number = self.year = 0
        self.found = False
        self.adopted: re.Match[str] | None = None
        self.start = self.end = 0


def _line_spans(text: str) -> list[Span]:
    """The non-blank lines of *text*, without their surrounding spaces."""
    out = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())
        if s < e:
            out.append(Span(s, e))
        pos += len(line) + 1
    return out


#: a heading's core: "第2388(2017)号决议" (第 may be missing), the symbol "S/RES/2388 (2017)", or
#: a heading without its year ("第2388号决议": only with an adoption line beside it)
_CORE = re.compile(
    rf"(?:第\s*)?(?P<n>\d{{1,4}})\s*\(\s*(?P<y>\d{{4}})\s*\)\s*{_words('号决议')}"
    r"|(?P<sn>(?<![A-Za-z/]))S\s*/\s*RES\s*/\s*(?P<n2>\d{1,4})\s*\(\s*(?P<y2>\d{4})\s*\)"
    rf"|第\s*(?P<n4>\d{{1,4}})\s*{_words('号决议')}\s*\(\s*(?P<y4>\d{{4}})\s*年?\s*\)"
    rf"|{_words('决议')}\s*(?P<n5>\d{{1,4}})\s*\(\s*(?P<y5>\d{{4}})\s*\)"
    rf"|第\s*(?P<n3>\d{{1,4}})\s*{_words('号决议')}",
    re.I,
)
#: what may stand before a heading on its line: the organ, "全文：", Markdown or brackets
_HEAD_PREFIX = re.compile(
    rf"(?:[#*=\s【〈<《\[「『]|全文\s*:?|联合国|{_words('安全理事会')}|安理会"
    r"|S\s*/\s*RES\s*/\s*\d{1,4}\s*\(\s*\d{4}\s*\))*", re.I)
#: what may follow it: its symbol, "全文", an edit link, the page's site, a topic after a colon,
#: a dash or in brackets (no number, no sentence)
_HEAD_SUFFIX = re.compile(
    r"(?:[\s*=】〉>》\]」』]|[(\[]?\s*全文\s*[)\]]?|\[\s*(?:编辑|edit)\s*\]"
    r"|[(]?\s*S\s*/\s*RES\s*/\s*\d{1,4}\s*\(\s*\d{4}\s*\)\s*[)]?"
    r"|\s(?:[-_|–—]|--)\s*[^\d。;]{0,40}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|\s*[:：—–]\s*[^\d。;]{1,40}|\s*\([^\d()。;]{1,40}\))*", re.I)
#: a line that is only a date ("2017年11月21日", perhaps with the weekday)
_DATE_LINE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:\(?星期.\)?)?")
#: a label, a breadcrumb or a list of neighbours: a line naming a resolution that is chrome
_CHROME_LINE = re.compile(r".{0,12}[:：].{0,40}第?\s*\d|.*(?:\s[>»/]\s|[>»]).*|.*[、,].*第.*号")


def _core(line: str) -> tuple[int, int | None, int, int] | None:
    """``(number, year or None, start, end)`` of the heading a line (folded) is, perhaps
    decorated (organ, "全文", Markdown, an edit link, a topic after a colon); ``None`` for a
    line that is not a heading.

    >>> [_core(x)[:2] for x in ('第2388(2017)号决议', '## 安理会第 2388 (2017) 号决议全文',
    ...                         '第2388(2017)号决议:武装冲突中的人口贩运', 'S/RES/2388(2017)',
    ...                         '联合国安全理事会第2388号决议')]
    [(2388, 2017), (2388, 2017), (2388, 2017), (2388, 2017), (2388, None)]
    >>> _core('回顾其第2331(2016)号决议,') is None, _core('上一篇:第2387(2017)号决议') is None
    (True, True)
    """
    if len(line) > 200 or is_navigation_line(line) or _CHROME_LINE.fullmatch(line):
        return None  # a heading is short; chrome never is one
    for m in _CORE.finditer(line):
        if not _HEAD_PREFIX.fullmatch(line[:m.start()]):
            return None
        if not _HEAD_SUFFIX.fullmatch(line[m.end():]):
            continue
        if m.group("n"):
            return int(m.group("n")), int(m.group("y")), m.start(), m.end()
        for n, y in (("n2", "y2"), ("n4", "y4"), ("n5", "y5")):
            if m.group(n):
                return int(m.group(n)), int(m.group(y)), m.start(), m.end()
        return int(m.group("n3")), None, m.start(), m.end()
    return None


class _Head:
    """A heading candidate: its first and last line, number, year (None when the line has
    none), and the end of the heading in the text."""

    def __init__(self, first: int, last: int, number: int, year: int | None, end: int):
        self.first, self.last, self.number, self.year, self.end = first, last, number, year, end


def _heading_candidates(text: str, lines: list[Span]) -> list[_Head]:
    """Lines that are a heading (see :func:`_core`), two short lines that make one
    ("第2388(2017)号" / "决议"), or a heading followed on its line by the adoption line or the
    preamble's formula (a page on one line)."""
    out = []
    for i, line in enumerate(lines):
        here = text[line.start:line.end]
        c = _core(here)
        if c is not None:
            out.append(_Head(i, i, c[0], c[1], line.end))
            continue
        if i + 1 < len(lines) and len(here) < 40 and not _core(here.strip() + "x"):
            nxt = lines[i + 1]
            c = _core(here + text[nxt.start:nxt.end])
            if c is not None and c[3] > len(here) and _core(text[nxt.start:nxt.end]) is None:
                out.append(_Head(i, i + 1, c[0], c[1], nxt.end))
                continue
        for m in _CORE.finditer(here):
            adopted_before = _adopted_prefix(here[:m.start()])
            after = here[m.end():m.end() + 120].lstrip(" *=】〉>》]」』")
            topic = re.match(r"\s*(?:\([^\d()]{1,40}\)|[:—–]\s*[^\d\s。;,]{1,40}\s"
                             r"|\(?\s*S\s*/\s*RES\s*/\s*\d{1,4}\s*\(\s*\d{4}\s*\)\s*\)?)",
                             after, re.I)
            if topic:
                after = after[topic.end():]
            adopted_after = bool(re.match(rf"\s*[(]?\s*(?:{_ADOPTED_ANY.pattern})", after))
            if (m.group("n3") and not (adopted_before or adopted_after)) or (
                    m.start() and not _HEAD_PREFIX.fullmatch(here[:m.start()])
                    and not adopted_before):
                continue
            if adopted_after or _FORMULA.match(after.lstrip()) or (
                    adopted_before and _HEAD_SUFFIX.fullmatch(here[m.end():])):
                number = int(m.group("n") or m.group("n2") or m.group("n4") or m.group("n5")
                             or m.group("n3"))
                year = m.group("y") or m.group("y2") or m.group("y4") or m.group("y5")
                out.append(_Head(i, i, number, int(year) if year else None,
                                 line.start + m.end()))
                break
    return out


def _adopted_prefix(prefix: str) -> bool:
    """True when *prefix* (what stands before a heading on its line) is an adoption line or a
    date, perhaps followed by the organ or the symbol ("…通过 安理会第2573(2021)号决议")."""
    if not prefix.strip() or len(prefix) > 120:
        return False

    def dated(x: str) -> bool:
        x = x.strip(" ()")
        return bool(_ADOPTED.fullmatch(x) or _DATE_LINE.fullmatch(x))

    return dated(prefix) or any(_HEAD_PREFIX.fullmatch(prefix, k) and dated(prefix[:k])
                                for k in range(len(prefix)))


def _zone_line(text: str, line: str) -> bool:
    """A line that may sit between a heading and the preamble: the adoption line, a date, the
    symbol, another heading form, page furniture, the English lines of a document's cover."""
    return bool(_ADOPTED.fullmatch(line.strip(" ()")) or _DATE_LINE.fullmatch(line)
                or _core(line) or _FURNITURE.match(line)
                or (len(line) <= 40 and not re.search(rf"[{_CJK}]", line))
                or re.fullmatch(r"(?:联\s*合\s*国|安全理事会|决议|决议全文(?:如下)?\s*:?)\s*",
                                line))


def _body_starts(text: str, lines: list[Span]) -> dict[int, int]:
    """The lines that may open a resolution's body, each with the offset where the preamble
    begins: the formula "安全理事会，" (its comma may be missing when the text goes on on the next
    line), a preambular opening (回顾 …) or an operative number."""
    out = {}
    for i, line in enumerate(lines):
        here = text[line.start:line.end]
        nxt = text[lines[i + 1].start:lines[i + 1].end] if i + 1 < len(lines) else ""
        bullet = _BULLET.match(nxt)
        nxt = nxt[bullet.end():] if bullet else nxt
        bullet = _BULLET.match(here)
        here = here[bullet.end():] if bullet else here
        m = _FORMULA.match(here)
        if m:
            out[i] = line.start + m.end()
        elif re.fullmatch(r"安全理事会\s*", here) and not _core(nxt) and not _ADOPTED.search(
                nxt) and (_OPENER.match(nxt) or _OP_LINE.match(nxt)
                or (len(nxt) > 10 and re.match(rf"[{_CJK}]", nxt))):
            out[i] = line.end
        elif _OPENER.match(here) or (_OP_LINE.match(here) and not _core(here)):
            out[i] = line.start
    return out


def _adoption_near(text: str, lines: list[Span], first: int, last: int
                   ) -> tuple[re.Match[str] | None, int]:
    """The adoption line from the heading's line *first* up to the line *last* (the adoption
    line may be wrapped), else among the two lines before *first*; and the index of its line
    (-1 when none)."""
    if not lines:
        return None, -1
    first = max(0, min(first, len(lines) - 1))
    last = max(first, min(last, len(lines) - 1))
    m = _ADOPTED.search(text, lines[first].start, lines[last].end)
    if m is None and first > 0:
        m = None
        for found in _ADOPTED_ANY.finditer(text, lines[max(0, first - 2)].start,
                                           lines[first].start):
            if _Adopted._organ(found):
                m = found
    if m is None:
        return None, -1
    return m, bisect.bisect_right([x.start for x in lines], m.start()) - 1


def _frame(text: str, path) -> _Frame:
    """Find the resolution in a page: heading, adoption line, start and end of its body.

    The heading is a heading line (see :func:`_heading_candidates`) from which the body is
    reached over lines of the heading's zone (adoption line, date, symbol, furniture; at most
    :data:`_ZONE_OTHER` other lines): of the candidates reaching the first body, the last. A
    title, a navigation line, an info box, a breadcrumb or a citation in the text never is;
    a heading without its year takes it from the adoption line beside it. The body ends
    before a second resolution (a heading line, a heading run into an adoption line), a
    footer, notes, related links or a text in another language.
    """
    frame = _Frame()
    lines = _line_spans(text)
    cands = _heading_candidates(text, lines)
    starts = _body_starts(text, lines)
    formulas = [i for i in starts if _FORMULA.match(text, lines[i].start)
                or re.fullmatch(r"安全理事会\s*", text[lines[i].start:lines[i].end])]
    if formulas:  # a heading after the first preamble's formula is a second text's
        cands = [c for c in cands if c.first <= formulas[0]] or cands[:0]
    best: tuple[int, int] | None = None  # (body line, -candidate line)
    chosen: _Head | None = None
    chosen_body = -1
    for c in cands:
        if c.year is None:
            m, _k = _adoption_near(text, lines, c.first, c.last + 3)
            if m is None:
                continue
            c.year = int(m.group(1))
        body = -1
        if lines[c.last].end > c.end:  # a heading run into the adoption line or the formula
            f = _FORMULA.search(text, c.end, min(lines[c.last].end, c.end + 120))
            if f is not None:
                body = c.last
                key = (body, -c.last)
                if best is None or key < best:
                    best, chosen, chosen_body = key, c, f.end()
                continue
        other = 0
        for k in range(c.last + 1, len(lines)):
            if k in starts:
                body = k
                break
            here = text[lines[k].start:lines[k].end]
            if _zone_line(text, here):
                continue
            other += 1
            if other > _ZONE_OTHER:
                break
        if body < 0:
            continue
        key = (body, -c.last)
        if best is None or key < best:
            best, chosen, chosen_body = key, c, starts[body]
    if chosen is None and cands and not formulas:
        # no body reached from any heading (no formula, a first paragraph opening with a verb
        # this module does not list): the last heading with a year before the first operative
        # paragraph decides, the body after its zone
        first = lines[min(starts)].start if starts else len(text)
        strong = [c for c in cands if c.year is not None and lines[c.last].end <= first]
        if strong:
            chosen = strong[-1]
            k = chosen.last + 1
            while k < len(lines) and _zone_line(text, text[lines[k].start:lines[k].end]):
                k += 1
            chosen_body = lines[k].start if k < len(lines) else chosen.end
            best = (k, -chosen.last)
    if chosen is None and not starts and not _ADOPTED.search(text):
        raise InputError(
            path, "not a Security Council resolution: no heading '第 N (YYYY) 号决议' or "
                  "'S/RES/N (YYYY)', and no preamble ('安全理事会，', '回顾…') nor adoption line")
    if chosen is not None:
        frame.number, frame.year, frame.found = chosen.number, chosen.year or 0, True
        m, _k = _adoption_near(text, lines, chosen.first, best[0] if best else chosen.last)
        frame.adopted = m
        frame.start = chosen_body
    else:
        # no heading: the body starts at the first preamble (after an adoption line there)
        adopted = _ADOPTED.search(text)
        first = min(starts) if starts else None
        if adopted is not None and (first is None or adopted.start() < lines[first].start):
            frame.adopted = adopted
            k = bisect.bisect_right([x.start for x in lines], adopted.start()) - 1
            later = [i for i in starts if i > k]
            frame.start = starts[min(later)] if later else adopted.end()
        else:
            frame.start = starts[first] if first is not None else 0
            frame.adopted, _k = _adoption_near(text, lines, first, first) if first else (None, -1)
    frame.end = _body_end(text, lines, frame.start)
    return frame


_ZONE_OTHER = 3  # lines of other chrome allowed between a heading and its body


#: a line in another language: three Latin words and no Chinese, or an English heading
_LATIN_LINE = re.compile(r"[^\u3400-\u9fff]*[A-Za-z]{2,}(?:\W+[A-Za-z]{2,}){2,}[^\u3400-\u9fff]*"
                         r"|(?:Resolution|RESOLUTION)\s+\d{1,4}\s*\(\s*\d{4}\s*\)")


#: a page's title naming a resolution without its year ("联合国安全理事会第2389号决议"): after
#: the text, the title of the next one
_TITLE_LINE = re.compile(
    r"(?:全文\s*[:：]?\s*)?(?:联合国\s*)?(?:安全理事会|安理会)\s*(?:第\s*\d{1,4}\s*号\s*)?决议"
    r"\s*(?:全文)?")


def _body_end(text: str, lines: list[Span], start: int) -> int:
    """Where the resolution's text starting at *start* ends."""
    ends = [len(text)]
    inline = _HEAD_INLINE.search(text, start)
    if inline:
        ends.append(inline.start())
    adopted = _ADOPTED.search(text, start)
    while adopted and text[text.rfind("\n", 0, adopted.start()) + 1:adopted.start()].strip(" (\t"):
        adopted = _ADOPTED.search(text, adopted.end())  # an adoption line opens its line
    if adopted:
        ends.append(adopted.start())
    for i, line in enumerate(lines):
        if line.end <= start:
            continue
        here = text[max(line.start, start):line.end].strip()
        if _FURNITURE.match(here):
            continue
        nxt = text[lines[i + 1].start:lines[i + 1].end] if i + 1 < len(lines) else ""
        if (_TAIL.fullmatch(here) or _HEAD_LINE.fullmatch(here) or _TITLE_LINE.fullmatch(here)
                or _FORMULA.fullmatch(here)
                or (len(here) < 40 and _HEAD_LINE.fullmatch(here + nxt)
                    and not _HEAD_LINE.match(nxt))
                or _LATIN_LINE.fullmatch(here)):
            ends.append(max(line.start, start))
            break
    return min(ends)


#: a file named for its resolution, ``S_RES_2388_2017_ZH.txt``: the layer above takes the
#: identity from it when the text has no heading


def _no_heading(text: str) -> str:
    """The problem of a page without a heading, naming the resolutions the page names
    elsewhere (navigation, info boxes, its paragraphs), which never decide.

    >>> _no_heading('← 2387(2017) | 2389(2017) →\\n回顾第2331(2016)号决议,')[-61:]
    'S/RES/2331 (2016) only outside a heading, which never decides'
    """
    named = []
    for m in re.finditer(r"(\d{1,4})\s*\(\s*((?:19|20)\d{2})\s*\)", text):
        sym = f"S/RES/{int(m.group(1))} ({m.group(2)})"
        if sym not in named:
            named.append(sym)
    problem = ("not a Security Council resolution: no heading ('第 N (YYYY) 号决议' or "
               "'S/RES/N (YYYY)' on a line of its own before the preamble), and the file name "
               "is no S_RES_<n>_<year>_ZH.txt")
    if named:
        more = f" and {len(named) - 3} more" if len(named) > 3 else ""
        problem += (f"; the page names {', '.join(named[:3])}{more} only outside a heading, "
                    "which never decides")
    return problem


def segment_zh(source: SourceText, fallback: Header | None = None) -> ParsedText:
    """Return the heading and paragraphs of a Chinese resolution text.

    Without a heading the header is left empty (symbol ``""``, number and year 0) when there
    is a *fallback* (the identity the file name gives, :func:`graph.segment.file_header`):
    the language-independent layer takes the resolution from it; otherwise the text is
    refused.
    """
    text = source.match_text or source.text
    folded = fold_width(text)  # for matching: simplified, half-width
    shown = fold_width(source.text)  # for the repaired text: the characters as written
    frame = _frame(folded, source.path)
    header = Header(symbol="", number=0, year=0)
    if not frame.found and fallback is None:
        raise InputError(source.path, _no_heading(folded))
    if frame.found:
        try:
            header.symbol = sc_resolution(frame.number, frame.year)
        except SymbolError as exc:
            raise InputError(source.path, f"not a Security Council resolution: {exc}") from None
        header.number, header.year = frame.number, frame.year
    if frame.adopted:
        y, m, d = (int(g) for g in frame.adopted.groups()[:3])
        try:
            header.adopted = date(y, m, d)
        except ValueError:
            raise InputError(source.path, f"impossible adoption date {y}-{m}-{d}") from None
        if frame.adopted.group(4):
            header.meeting = int(frame.adopted.group(4))
    body_start, body_end = frame.start, frame.end
    # page furniture inside the body is blanked in the text matched (offsets kept): a paragraph
    # running over it is searched as if the furniture were not there
    matched = folded
    for line in _line_spans(folded[body_start:body_end]):
        if _FURNITURE.match(folded[body_start + line.start:body_start + line.end]):
            matched = (matched[:body_start + line.start] + " " * line.length
                       + matched[body_start + line.end:])
    # the closing paragraph ("决定继续积极处理此案。") ends the text: what follows on the page
    # (related links, a comment thread, a forum's replies) is chrome, unless an annex follows
    closing = next(reversed(list(_CLOSING.finditer(folded, body_start, body_end))), None)
    if closing and not _ANNEX_HEAD.search(folded, closing.end(), body_end):
        body_end = closing.end()
    header.chapter_vii = bool(_CHAPTER_VII.search(folded, body_start, body_end))
    # an annex heading on a line of its own after the operative part ("附件", "附件A") ends
    # it: the annex's numbered lists are no operative paragraphs
    annexes: list[Span] = []
    for m in _ANNEX_HEAD.finditer(folded, body_start, body_end):
        if _OP_AT_LINE.search(folded, body_start, m.start()):
            heads = [a.start() for a in _ANNEX_HEAD.finditer(folded, m.start(), body_end)]
            bounds = [*heads, body_end]
            annexes = [Span(a, b) for a, b in pairwise(bounds) if folded[a:b].strip()]
            body_end = m.start()
            break

    paragraphs: list[list[Span]] = []
    kinds: list[tuple[str, int]] = []
    seen_op = False
    for block, joined, forced in _pieces(folded, body_start, body_end):
        if joined and paragraphs:
            paragraphs[-1].append(block)
            continue
        piece = folded[block.start:block.end]
        op = _OP_START.match(piece) if _OP_LINE.match(piece) else None
        prev_open = bool(paragraphs) and not _finished(folded, paragraphs[-1][-1].end)
        if op and (forced or not prev_open):
            seen_op = True
            kinds.append(("OP", int(op.group(1))))
            paragraphs.append([block])
        elif paragraphs and (seen_op or (prev_open and not forced)):
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
            match=matched[span.start:span.end], position=position,
        ))
    for number, part in enumerate(annexes, 1):
        start = part.start + len(folded[part.start:part.end]) - len(
            folded[part.start:part.end].lstrip())
        end = part.start + len(folded[part.start:part.end].rstrip())
        out.append(Paragraph(kind="AN", number=number, span=Span(start, end),
                             text=repair_text_zh(shown[start:end]), match=matched[start:end],
                             position=len(out) + 1))
    parsed = ParsedText(source=source, header=header, paragraphs=out)
    _check_numbering(parsed)
    return parsed


def _check_numbering(parsed: ParsedText) -> None:
    """Refuse repeated operative numbers; numbering back at 1 ends the text (a list of notes or
    a second resolution after it), with a warning."""
    ops = [(i, p.number) for i, p in enumerate(parsed.paragraphs) if p.kind == "OP"]
    for k in range(1, len(ops)):
        i, n = ops[k]
        if n == 1 and ops[k - 1][1] >= 1:
            dropped = len(parsed.paragraphs) - i
            del parsed.paragraphs[i:]
            parsed.warnings.append(Warning(
                str(parsed.source.path), "text", f"operative numbering starts again at 1 after "
                f"paragraph {ops[k - 1][1]}: the text is taken to end there ({dropped} "
                "paragraph(s) left out)"))
            break
    numbers = [p.number for p in parsed.paragraphs if p.kind == "OP"]
    if len(set(numbers)) != len(numbers):
        dup = sorted({n for n in numbers if numbers.count(n) > 1})
        raise InputError(parsed.source.path, f"operative paragraph numbers repeat: {dup}")
