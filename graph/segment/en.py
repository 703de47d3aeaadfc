"""Segment an English Security Council resolution into its header and paragraphs.

The texts (1946-1994, OCR corrected by hand, original line breaks kept) come in three header
styles, all recognised here::

    36 (1947). Resolution of 1 November 1947          (1946-1964)
    Resolution 206 (1965) / of 15 June 1965            (1965-1993)
    RESOLUTION 827 (1993) / Adopted by the Security Council at its 3217th meeting, on 25 May 1993

The body runs from the line ``The Security Council`` (or, in a few early texts that lack it, from
the first line after the heading) to the closing ``Adopted …`` line or the first footnote.

Paragraph rules (documented in the project README through this docstring):

* a line starting ``1.`` (also the OCR slips ``i.``, ``17,``) opens operative paragraph OP1;
* a line starting with a capitalised opener word after a blank line or a line ending in
  ``, ; : .`` opens a paragraph: preambular (PP) when the opener, after adverbs such as
  *Deeply* or *Further*, is a participle or adjective (*Recalling*, *Mindful*), operative (OP)
  when it is a verb in ``-s`` (*Decides*, *Calls upon*);
* unnumbered operative paragraphs are numbered on from the last operative number (a
  single-paragraph resolution has OP1); a numbering that restarts (parts *A* and *B* of one
  resolution) also continues from the last number, so labels stay unique;
* sub-paragraphs ``(a)``, ``(b)``, lists of names and quoted text stay inside their paragraph;
  lone part markers (``A``, ``II``) and a repeated ``The Security Council,`` end a paragraph;
* a text without operative paragraphs yields its preambular paragraphs only (no error);
* an annex heading alone on its line (``Annex``, ``Annex A``, ``ANNEX I``, ``Appendix``) after
  the end of a paragraph ends the body, together with the page furniture just before it (a
  running header ``S/RES/1454 (2002)``, a job number ``02-75941 (E)``, a page number): annexes
  are not operative paragraphs;
* page furniture alone on its line does not open a paragraph and is not kept at the end of one.

>>> from graph.model import SourceText
>>> src = SourceText(Path('x.txt'), 'RESOLUTION 827 (1993)\\n\\nAdopted by the Security Council '
...     'at its 3217th meeting, on\\n25 May 1993\\n\\nThe Security Council,\\n\\nRecalling its '
...     'resolution 808 (1993),\\n\\n1. Decides to inter-\\nnational;\\n', 'x', 'en', 'utf-8')
>>> parsed = segment_en(src)
>>> parsed.header.symbol, parsed.header.meeting, str(parsed.header.adopted)
('S/RES/827 (1993)', 3217, '1993-05-25')
>>> [(p.label, p.text) for p in parsed.paragraphs]
[('PP1', 'Recalling its resolution 808 (1993),'), ('OP1', '1. Decides to international;')]
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from pathlib import Path

from graph.errors import InputError
from graph.model import Header, Note, Paragraph, ParsedText, SourceText, Span, Warning
from graph.symbols import SymbolError, sc_resolution

__all__ = ["segment_en", "fold_en", "repair_en", "parse_date_en", "parse_header_en", "MONTHS"]

MONTHS = {
    m: i for i, m in enumerate(
        "January February March April May June July August September October November December"
        .split(), start=1)
}
_MONTH = r"(?:" + "|".join(MONTHS) + r")"

_FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u00ad": "-",
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\f": "\n", "\t": " ",
    "\r": "\n", "\v": "\n",
}

_FOLD_TABLE = str.maketrans(_FOLD)  # every value is one character: offsets are kept

# OCR digits: I, l, i, O, o, ! stand for 1 and 0 inside a number that has a real digit
_OCR_DIGIT = str.maketrans({"I": "1", "l": "1", "i": "1", "!": "1", "O": "0", "o": "0"})
_NUM = r"[0-9IilO!o]*[0-9][0-9IilO!o]*"

_DAY = r"[0-9IilO]{1,2}"
_HEAD_MODERN = re.compile(
    r"(?i:resolution)\s+(?P<n>" + _NUM + r")(?:\s*\(\s*(?P<y>[0-9IlO][0-9IlO -]{2,5})\s*\))?"
    r"\s*(?:(?:Adopted\s+by\s+the\s+Security\s+(?:Council\s+)?at\s+its\s+(?P<m>" + _NUM
    + r")\s*(?:st|nd|rd|th|d)\s+meeting,?\s*(?i:on)\s+)|(?:[oeO][ft]\s+))?"
    r"(?P<d>" + _DAY + r"\s+" + _MONTH + r"\s+\d{4})?",
)
_HEAD_EARLY = re.compile(
    r"(?m)^\s*(?P<n>" + _NUM + r")\s*\(\s*(?P<y>\d{4})\s*\)[.,]?\s*Resolutions?\s+of\s+"
    r"(?P<d>\d{1,2}\s+" + _MONTH + r"\s+\d{4})",
)
_ADOPTED = re.compile(r"(?m)^[ \t]*Ad[ao]pted\b")
_MEETING = re.compile(r"\b(?:a[tiu]\s+)?the\s+(" + r"[0-9IilO!o ]*[0-9][0-9IilO!o]*" + r")\s*"
                      r"(?:st|nd|rd|th|d)_?\s*(?:meet|mect)")
_FOOTNOTE = re.compile(
    r"(?m)^[ \t]*(?:\d{1,3}/[ \t]|\d{1,3}[ \t]+(?:See\b|[IJfli]bid|Official|United\s+Nations|"
    r"One\s+member|Two\s+members|The\s+draft|In\s+the\s+absence|Document|General\s+Assembly))"
)
# an annex heading alone on its line ("Annex", "Annex A", "ANNEX I", "Appendix 2") ends the body
_ANNEX = re.compile(
    r"(?m)^[ \t]*(?:ANNEX(?:ES)?|Annex(?:es)?|APPENDIX|Appendix)"
    r"(?:[ \t]+(?:[A-Z]|[IVX]{1,5}|\d{1,2}))?[ \t]*\.?[ \t]*$"
)
# page furniture on a line of its own: running header "S/RES/1454 (2002)", job number
# "02-75941 (E)", page number
_FURNITURE = re.compile(
    r"[ \t]*(?:S/RES/\d+[ \t]*\(\d{4}\)|\d{2}-\d{5}[ \t]*\([A-Z]\)|\d{1,3})[ \t]*"
)
_COUNCIL = re.compile(r"(?m)^[ \t]*['\"]?The\s+Security\s+Council\b[ \t]*[,.]?[ \t]*$")
_PART = re.compile(r"^\s*(?:[A-H]|[IVX]{1,4})\s*$")
_NUMBERED = re.compile(r"^\s*['\"]?(?P<num>[0-9IilO]{1,3})\s*[.,]\s+(?=\S)")
_WORD = re.compile(r"['\"]?([A-Z][a-z]+(?:-[a-z]+)?)")
_ADVERBS = {
    "further", "also", "again", "once", "furthermore", "moreover", "finally", "therefore",
    "accordingly", "hereby", "now", "while",
}
_PP_WORDS = {
    "mindful", "conscious", "aware", "convinced", "determined", "concerned", "alarmed",
    "cognizant", "desirous", "anxious", "emphasizing", "bearing", "having", "recalling",
    "noting", "taking", "welcoming", "considering", "acting", "reaffirming", "expressing",
    "recognizing", "deploring", "regretting", "believing", "affirming", "stressing",
    "underlining", "observing", "reiterating", "desiring", "determining", "commending",
    "gratified", "disturbed", "shocked", "appalled", "encouraged", "satisfied", "grieved",
    "dismayed", "indignant", "seized", "guided", "reminding", "declaring", "endorsing",
    "committed",
    "acknowledging", "condemning", "responding", "deeply", "gravely", "seriously",
}
_NOT_VERBS = {"this", "thus", "news", "series", "status", "united", "nations", "states", "parties",
              "members", "forces", "articles", "resolutions", "reports", "its", "has",
              "was", "his", "hers", "ours", "yours", "theirs", "plus", "bonus", "campus"}
_KEEP_HYPHEN = {
    "self", "non", "co", "cease", "peace", "well", "post", "pre", "anti", "ex", "semi",
    "multi", "so", "long", "short", "full", "high", "low", "large", "small", "follow",
}


def fold_en(text: str) -> str:
    """Return *text* with typographic characters folded to ASCII, one character for one.

    >>> fold_en('\u201cethnic cleansing\u201d \u2014 it\u2019s')
    '"ethnic cleansing" - it\\'s'
    >>> len(fold_en('a\u00a0b')) == len('a\u00a0b')
    True
    """
    return text.translate(_FOLD_TABLE)


def repair_en(raw: str) -> str:
    """Return the display text of a paragraph: lines joined, end-of-line hyphens repaired.

    >>> repair_en('inter-\\nnational  Secretary-\\nGeneral\\nself-\\ndetermination')
    'international Secretary-General self-determination'
    """
    text = fold_en(raw)

    def join(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        word = re.search(r"([A-Za-z]+)$", left)
        stem = word.group(1).lower() if word else ""
        if right[:1].islower() and stem not in _KEEP_HYPHEN:
            return left + right
        return left + "-" + right

    text = re.sub(r"(\w+)-[ \t]*\n\s*(\w+)", join, text)
    return re.sub(r"\s+", " ", text).strip()


def parse_date_en(text: str) -> date | None:
    """Return the date of ``25 May 1993`` (whitespace of any kind allowed), else ``None``.

    >>> parse_date_en('25\\nMay 1993')
    datetime.date(1993, 5, 25)
    >>> parse_date_en('31 February 1993') is None
    True
    """
    text = re.sub(r"^\s*[0-9IilO]{1,2}", lambda d: d.group(0).translate(_OCR_DIGIT), text)
    m = re.fullmatch(r"\s*(\d{1,2})\s+(" + _MONTH + r")\s+(\d{4})\s*", text)
    if not m:
        return None
    try:
        return date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
    except ValueError:
        return None


def _number(token: str) -> int:
    return int(token.replace(" ", "").translate(_OCR_DIGIT))


# where a heading may open a line: list marks, a title's "(United Nations) Security Council"
_LEAD = (r"(?m)^[ \t#*>\u2022\u00b7-]*(?:(?:(?:United\s+Nations|UN)\s+)?Security\s+Council\s+)?")
_HEAD_WORD = re.compile(_LEAD + r"(?=(?i:resolution)\s+(?i:no\.?\s*)?" + _NUM + r")")
_HEAD_SYMBOL = re.compile(r"(?m)^[ \t]*S/RES/(?P<n>\d{1,4})[ \t]*\((?P<y>\d{4})\)[ \t.*]*$")
# the line that opens the body; "The Security Council," may also run on in a text on one line
_BODY = re.compile(r"(?m)^[ \t]*['\"]?The\s+Security\s+Council\b[ \t]*[,.]?[ \t]*$"
                   r"|The\s+Security\s+Council\s*,")
_ADOPTED_ON = re.compile(r"\b(?i:on)\s+(" + _DAY + r"\s+" + _MONTH + r"\s+\d{4})")


def _heading_window(folded: str) -> int:
    """The offset where the body opens (the heading is looked for before it)."""
    m = _BODY.search(folded)
    return m.start() if m else min(len(folded), 3000)


def _line_at(folded: str, pos: int) -> str:
    start = folded.rfind("\n", 0, pos) + 1
    end = folded.find("\n", pos)
    return folded[start:end if end >= 0 else len(folded)]


def parse_header_en(text: str, path: str | Path = "<text>",
                    fallback: Header | None = None) -> tuple[Header, int]:
    """Return the header of a resolution text and the offset where the heading ends.

    The heading is a line, before the body's "The Security Council", that opens with
    ``Resolution N (YYYY)`` (its year may be on the next line, or come from the adoption date
    after it; a title's "Security Council" before it is allowed), ``N (YYYY). Resolution of
    …`` (1946-1964), or is nothing but the symbol ``S/RES/N (YYYY)``. The last heading line
    before the body wins over title lines above it; navigation lines (arrows, bars,
    "previous"/"next") and lines that only mention a resolution never count. Without a
    heading, *fallback* (the file name's identity) is returned as it is, with offset 0.

    >>> h, end = parse_header_en('36 (1947). Resolution of 1 November 1947\\nThe Security Council')
    >>> h.symbol, str(h.adopted), end
    ('S/RES/36 (1947)', '1947-11-01', 40)
    >>> parse_header_en('Full text: UN Security Council Resolution 2728\\n\\nS/RES/2728 (2024)\\n'
    ...                 'The Security Council,\\n')[0].symbol
    'S/RES/2728 (2024)'
    """
    from graph.segment import NO_IDENTITY, is_navigation_line

    folded = fold_en(text)
    window = _heading_window(folded)
    m = None
    for head in _HEAD_WORD.finditer(folded, 0, window):
        if is_navigation_line(_line_at(folded, head.end())):
            continue
        cand = _HEAD_MODERN.match(folded, head.end())
        if cand and (cand.group("y") or cand.group("d")):
            m = cand  # the last heading line before the body wins over title lines
    if m is None:
        m = _HEAD_EARLY.search(folded, 0, max(window, min(len(folded), 1500)))
    if m is None:
        symbols = list(_HEAD_SYMBOL.finditer(folded, 0, window))
        if symbols:
            m = symbols[-1]
    if m is None:
        if fallback is not None:
            return fallback, 0
        raise InputError(path, NO_IDENTITY)
    groups = m.groupdict()
    adopted = parse_date_en(groups["d"]) if groups.get("d") else None
    number = _number(m.group("n"))
    digits = re.sub(r"\D", "", (m.group("y") or "").translate(_OCR_DIGIT))
    year = adopted.year if adopted else int(digits) if len(digits) == 4 else 0
    try:
        symbol = sc_resolution(number, year)
    except SymbolError as exc:
        raise InputError(path, f"not a Security Council resolution: {exc}") from exc
    meeting = None
    if groups.get("m"):
        meeting = _number(m.group("m"))
    else:
        tail = _ADOPTED.search(folded, m.end())  # after the heading, or closing the text
        if tail:
            mm = _MEETING.search(folded, tail.start(), tail.start() + 200)
            if mm:
                meeting = _number(mm.group(1))
            if adopted is None and tail.start() < m.end() + 400:
                on = _ADOPTED_ON.search(folded, tail.start(), tail.start() + 200)
                day = parse_date_en(on.group(1)) if on else None
                adopted = day if day is not None and day.year == year else None
    return Header(symbol, number, year, adopted, meeting), m.end()


def _opener(line: str) -> str | None:
    """Return "PP" or "OP" when *line* opens a paragraph with a word, else None."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", line[:80])
    if not words or not line.lstrip(" '\"")[:1].isupper():
        return None
    for w in words[:4]:
        lw = w.lower()
        if lw in _ADVERBS or (lw.endswith("ly") and lw not in _PP_WORDS):
            continue
        if lw in _PP_WORDS or lw.endswith("ing") or (lw.endswith("ed") and len(lw) > 4):
            return "PP"
        if lw.endswith("s") and len(lw) > 3 and not lw.endswith("ss") and lw not in _NOT_VERBS:
            return "OP"
        return None
    return None


def _annex_start(folded: str, start: int, end: int) -> int | None:
    """Return the offset where an annex heading (and the page furniture before it) begins.

    The heading must follow the end of a paragraph: the last line before it that is neither
    blank nor page furniture ends in ``. , ; :`` (a heading word wrapped from a sentence,
    ``set out in`` / ``Annex`` / ``I to …``, does not). Returns ``None`` when the body between
    *start* and *end* has no annex heading.

    >>> _annex_start('1. Decides.\\nS/RES/1 (2002)\\n\\nAnnex A\\n(1) item\\n', 0, 40)
    12
    >>> _annex_start('1. Decides to apply\\nAnnex\\nI to the report;\\n', 0, 40) is None
    True
    """
    for m in _ANNEX.finditer(folded, start, end):
        cut = m.start()
        while cut > start:
            prev_start = folded.rfind("\n", start, cut - 1) + 1
            prev = folded[prev_start:cut - 1] if folded[cut - 1] == "\n" else ""
            if folded[cut - 1] != "\n" or (prev.strip() and not _FURNITURE.fullmatch(prev)):
                break
            cut = prev_start
        before = folded[start:cut].rstrip()
        if not before or before.endswith((".", ",", ";", ":")):
            return cut
    return None


#: a footnote number after the punctuation that ends a line ("…, 35", "(S/8567), 27"): one
#: to three digits, so that a year ("…, 1968") is not taken for one
_FOOTNOTE_MARK = re.compile(r"(?<=[,;:.])\s*\d{1,3}$")

# "The Security Council," running on in a text on one line
_BODY_INLINE = re.compile(r"The\s+Security\s+Council\s*,")
# the closing paragraph: the body ends with it
_SEIZED = re.compile(r"\b(?:remain|remains|continue\s+to\s+be)\s+(?:actively\s+|closely\s+)?"
                     r"seized\s+of\s+(?:the|this)\s+(?:matter|question|situation|issue)"
                     r"[^.\n]{0,40}\.")
# a second resolution glued on, in a text on one line
_GLUED_INLINE = re.compile(r"(?:S/RES/\d+\s*\(\d{4}\)\s+)?(?i:resolution)\s+(?P<n>\d{1,4})\s*"
                           r"\(\d{4}\)\s+Adopted\s+by\s+the\s+Security\s+Council")
# a bullet opening a line
_BULLET = re.compile("[ \t]*(?:[\u2022\u00b7\u25aa\u25e6\u2023\u25cf*]|[-\u2013](?=[ \t]))[ \t]*")
# page chrome after the body: related links, sharing, licence, notes of the site
_CHROME_END = re.compile(
    r"[ \t#*>]*(?:(?:Related(?:\s+\w+){0,3}|Read\s+more|See\s+also|Share(?:\s+this)?|Tags?"
    r"|Source|Copyright|Print|Back\s+to\s+top|Download|More\s+on|Latest\s+news|Last\s+updated"
    r"|Posted|Follow\s+us|Subscribe|Privacy|Cookies?|Terms\s+of|All\s+rights|Disclaimer"
    r"|Footnotes|RELATED|SHARE)\b|\u00a9)[^\n]{0,70}$")
# a navigation line after the body: arrows, or a bar between resolutions
_NAV_AFTER = re.compile("[\u2190\u2192\u00ab\u00bb\u2039\u203a\u27f5\u27f6]|<<|>>"
                        r"|\(\d{4}\)[^|\n]{0,40}\|[^|\n]{0,40}\(\d{4}\)")
# candidate places where a long line holds a new paragraph
_SPLIT = re.compile(r"(?<=[,;:.])[ \t]+(?=['\"]?(?:\d{1,3}\.[ \t]+)?['\"]?[A-Z][a-z])"
                    r"|(?<=[\w)\]'\"])[ \t]+(?=\d{1,3}\.[ \t]+[A-Z][a-z])")
# the first words of a resolution's paragraphs, to tell a resolution without "The Security
# Council" from another text under a heading
_RESOLUTION_WORD = re.compile(
    r"['\"]?(?:(?:Further|Also|Again|Deeply|Gravely|Strongly|Seriously|Once\s+again)\s+)?"
    r"(?:Decides|Requests|Calls|Urges|Demands|Resolves|Recommends|Whereas|Condemns|Approves|"
    r"Invites|Authorizes|Authorises|Expresses|Notes|Welcomes|Endorses|Reaffirms|Affirms|"
    r"Appeals|Considers|Declares|Encourages|Deplores|Emphasizes|Stresses|Regrets|Commends|"
    r"Recalling|Noting|Having|Taking|Considering|Reaffirming|Recognizing|Mindful|Concerned|"
    r"Bearing|Welcoming|Acting|Expressing|Emphasizing|Determined|Convinced)\b")
# more first words of preambular paragraphs, for cutting a long line (a capitalised word in
# "-ing" inside a paragraph may be a title's: "Production, Stockpiling and Use")
_PP_MORE = {
    "underscoring", "highlighting", "encouraging", "calling", "urging", "appreciating",
    "paying", "keeping", "looking", "praising", "supporting", "renewing", "referring",
    "anticipating", "remaining", "following", "committed", "deeply", "further", "strongly",
    "reiterating", "welcoming", "emphasising", "recognising", "underlining", "reaffirming",
    "condemning", "demanding", "requesting", "inviting", "cognisant", "wishing",
}
# a note at the end of an old text: "23 Ibid., document S/13301." or "1/ Official Records …"
_NOTE_START = re.compile(r"(?m)^[ \t]*(\d{1,3})(?:/[ \t]*|[ \t]+)(?=\S)")
_MARK_BEFORE = re.compile(r"(?i:\b(?:resolutions?|paragraphs?|articles?|chapters?|no\.|nos\.|"
                          r"and|to|from|between|annex|part|section|meeting|page|pp?\.|vol\.|"
                          r"sessions?|rules?|principles?|items?|S/|A/))\s*$")
_MARK_AFTER = re.compile(r"\s*(?:\(\d{4}\)|\(\w{1,6}\)|[/%-]|" + _MONTH + r"\b|(?i:per\s+cent|"
                         r"members?|votes?|days?|months?|years?|weeks?|hours?|meetings?|states?|"
                         r"countries|persons?|people|troops|officers|th\b|st\b|nd\b|rd\b))")


def _split_point(rest: str, expect: int) -> bool:
    """True when *rest* (the text after a candidate split point inside a long line) opens a
    paragraph: operative paragraph *expect* (``4. Decides``), or a preambular paragraph opened
    by a participle (``Recalling``, ``Deeply concerned``)."""
    numbered = _NUMBERED.match(rest)
    if numbered:
        number = _number(numbered.group("num"))
        return number == expect or (number == expect + 1
                                    and _opener(rest[numbered.end():]) == "OP")
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", rest[:60])
    for w in words[:3]:
        lw = w.lower()
        if lw in _ADVERBS or (lw.endswith("ly") and lw not in _PP_WORDS):
            continue
        if lw in _PP_WORDS or lw in _PP_MORE:
            return True
        # another participle, unless it runs on as a title's word ("Stockpiling and Use")
        return lw.endswith("ing") and not re.match(
            r"[A-Za-z'-]+(?:\s*,|\s+(?:and|or|of)\b)", rest[rest.find(w):])
    return False


def _logical_lines(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of the body with their offsets; a long line (a paragraph per line, or the
    whole text on one line) is cut where a new paragraph opens in it."""
    lines: list[tuple[int, int]] = []
    pos = start
    expect = 1
    for line in folded[start:end].split("\n"):
        cuts = [pos]
        if len(line) > 100:
            for m in _SPLIT.finditer(line):
                rest = line[m.end():]
                if not re.search(r"[A-Za-z]{2}", line[:m.start()]) or re.search(
                        r"(?:^|\s)\d{1,3}\.$", line[:m.start()]):
                    continue  # after a paragraph's number
                if _split_point(rest, expect):
                    cuts.append(pos + m.end())
                    numbered = _NUMBERED.match(rest)
                    if numbered:
                        expect = _number(numbered.group("num")) + 1
        numbered = _NUMBERED.match(line)
        if numbered and re.search(r"[A-Za-z]", line[numbered.end():][:3]):
            expect = _number(numbered.group("num")) + 1
            for c in cuts[1:]:  # operative paragraphs cut from this line count too
                if _NUMBERED.match(folded, c):
                    expect += 1
        cuts.append(pos + len(line))
        lines.extend(pairwise(cuts))
        pos += len(line) + 1
    return lines


def _second_heading(folded: str, header: Header, start: int, end: int) -> int | None:
    """Where a second resolution glued onto the page begins (a heading line, or an inline
    heading with its adoption line, naming another number), else ``None``."""
    from graph.segment import is_navigation_line

    for head in _HEAD_WORD.finditer(folded, start, end):
        line = _line_at(folded, head.end())
        before = folded[max(start, head.start() - 300):head.start()].rstrip()
        if is_navigation_line(line) or not folded.startswith(("Resolution", "RESOLUTION"),
                                                                head.end()):
            continue
        if before and not before.endswith((".", ";", ":")) and "\n\n" not in folded[
                max(start, head.start() - 3):head.start() + 1]:
            continue  # a line of a paragraph that starts with "Resolution …": no heading
        m = _HEAD_MODERN.match(folded, head.end())
        if m and (m.group("y") or m.group("d")) and _number(m.group("n")) != header.number:
            return head.start()
    for m in _HEAD_SYMBOL.finditer(folded, start, end):
        if int(m.group("n")) != header.number:
            return m.start()
    for m in _GLUED_INLINE.finditer(folded, start, end):
        if int(m.group("n")) != header.number:
            return m.start()
    return None


def _read_notes(text: str, folded: str, start: int, end: int) -> list[tuple[str, Span]]:
    """The numbered notes between *start* and *end*: (marker, span), numbers increasing."""
    notes: list[tuple[str, Span]] = []
    last = 0
    starts = []
    for m in _NOTE_START.finditer(folded, start, end):
        n = int(m.group(1))
        if n > last:
            starts.append((m.group(1), m.start() + len(m.group(0)) - len(m.group(0).lstrip())))
            last = n
    for i, (marker, s) in enumerate(starts):
        e = starts[i + 1][1] if i + 1 < len(starts) else end
        raw = text[s:e].rstrip()
        notes.append((marker, Span(s, s + len(raw))))
    return notes


def _find_marker(match: str, marker: str, offset: int = 0) -> int | None:
    """The offset of a note's marker in a paragraph's folded text: the number standing alone,
    not a resolution's, a paragraph's, a date's or a count's."""
    for m in re.finditer(r"(?<![\w/.(\[-])" + marker + r"(?![\w/)\]])", match):
        if m.start() < offset:
            continue
        before = match[max(0, m.start() - 20):m.start()]
        if not before.strip() or _MARK_BEFORE.search(before):
            continue
        if _MARK_AFTER.match(match, m.end()):
            continue
        return m.start()
    return None


def segment_en(source: SourceText, fallback: Header | None = None) -> ParsedText:
    """Return the header and the paragraphs of an English resolution text.

    The body runs from "The Security Council" (a line of its own, or running on) to the first
    of: the closing "… remain seized of the matter." paragraph, an "Adopted …" line, the
    notes of an old text, an annex heading, a second resolution glued onto the page, page
    chrome (related links, sharing, licence lines). Long lines are cut where a paragraph
    opens (a text on one line, a paragraph per line); bullets open paragraphs. Numbered notes
    at the end ("23 Ibid., document S/13301.", "1/ Official Records …") are attached to the
    paragraph that carries their marker (:attr:`Paragraph.notes`); the marker is blanked in
    the paragraph's ``match`` text and dropped from its display text, so that it is never
    read as a number of the paragraph.

    Raises :class:`~graph.errors.InputError` for texts that are not resolutions.

    >>> from graph.model import SourceText
    >>> t = '12 (1946). Resolution of 10 December 1946\\nThe Security Council\\nDecides to act.\\n'
    >>> [p.label for p in segment_en(SourceText(Path('a'), t, 'x', 'en', 'utf-8')).paragraphs]
    ['OP1']
    >>> t = ('Resolution 5 (1980) of 1 May 1980 The Security Council, Noting the report 1 of the '
    ...      'Secretary-General, Recalling its resolution 4 (1980), 1. Calls upon all parties to '
    ...      'act; 2. Decides to remain seized of the matter.\\n\\n1 Document S/1234.\\n')
    >>> ps = segment_en(SourceText(Path('a'), t, 'x', 'en', 'utf-8')).paragraphs
    >>> [(p.label, p.text) for p in ps][0], [n.text for n in ps[0].notes]
    (('PP1', 'Noting the report of the Secretary-General,'), ['1 Document S/1234.'])
    """
    text = source.text
    header, head_end = parse_header_en(text, source.path, fallback)
    folded = fold_en(text)
    council = _COUNCIL.search(folded, head_end)
    inline = _BODY_INLINE.search(folded, head_end)
    gap = folded[head_end:council.start()] if council else ""
    if council and (len(gap) < 400 or header is fallback
                    or not re.search(r"(?m)(?:[,;]|\band)[ \t]*$", gap)):
        start = council.end()
        if inline and inline.start() < council.start():
            start = inline.end()
    elif inline and (inline.start() - head_end < 600 or header is fallback):
        start = inline.end()
    else:
        # early texts without "The Security Council": skip a bracketed draft symbol line
        start = head_end
        bracket = re.match(r"\s*[\[(][^\n]{0,40}[\])}]\s*\n", folded[start:])
        if bracket:
            start += bracket.end()
    ends = [len(text)]
    adopted = _ADOPTED.search(folded, start)
    if adopted:
        ends.append(adopted.start())
    footnote = _FOOTNOTE.search(folded, start)
    if footnote:
        ends.append(footnote.start())
    second = _second_heading(folded, header, start, min(ends))
    if second is not None:
        ends.append(second)
    annex = _annex_start(folded, start, min(ends))
    if annex is not None:
        ends.append(annex)
    seized = list(_SEIZED.finditer(folded, start, min(ends)))
    if seized:
        ends.append(seized[-1].end())
    end = min(ends)

    blocks: list[tuple[str, int | None, int, int]] = []  # kind, number, start, end
    current: list[object] | None = None
    prev_text = ""
    prev_blank = True
    last_op = last_numbered = 0
    for ls, le in _logical_lines(folded, start, end):
        line = folded[ls:le]
        stripped = line.strip()
        if not stripped:
            prev_blank = True
            continue
        if _FURNITURE.fullmatch(line):
            continue  # page furniture: neither a paragraph nor its end
        if last_op and (prev_blank or prev_text.endswith(".")) and (
                _CHROME_END.fullmatch(line) or _NAV_AFTER.search(line)):
            end = ls  # page chrome after the operative paragraphs ends the body
            break
        if _PART.match(stripped) or _COUNCIL.fullmatch(line):
            if current is not None:
                blocks.append(tuple(current))  # type: ignore[arg-type]
                current = None
            prev_blank, prev_text = True, ""
            continue
        bullet = _BULLET.match(line)
        lead = bullet.end() if bullet and bullet.end() < len(line) and bullet.group().strip() \
            and not last_op else len(line) - len(line.lstrip())
        body = line[lead:]
        numbered = _NUMBERED.match(body)
        # a clause's end may carry a footnote mark: "the application of Senegal ,33"
        prev_end = _FOOTNOTE_MARK.sub("", prev_text.rstrip())
        # a bullet opens a paragraph in the preamble; after it, bullets are sub-items
        bulleted = lead > len(line) - len(line.lstrip()) and not last_op
        boundary = (prev_blank or prev_end.endswith((",", ";", ":", ".")) or not prev_text
                    or bulleted)
        kind: str | None = None
        number: int | None = None
        if numbered and not boundary and _number(numbered.group("num")) == last_numbered + 1 \
                and _opener(body[numbered.end():]) == "OP":
            boundary = True  # the next number and a verb: a paragraph after an unpunctuated list
        if numbered and boundary and re.search(r"[A-Za-z]", body[numbered.end():][:3]):
            number = _number(numbered.group("num"))
            if number > last_numbered or _opener(body[numbered.end():]) == "OP":
                kind = "OP"
                last_numbered = max(last_numbered, number)
            elif number == 1 and prev_end.endswith("."):
                end = ls  # a list restarting at 1 after the body is page chrome, not parts
                break
            else:
                number = None
        elif boundary:
            kind = _opener(body)
        if current is None and kind is None:
            kind = "PP"  # the first line of the body always opens a paragraph
        if kind is not None:
            if current is not None:
                blocks.append(tuple(current))  # type: ignore[arg-type]
            current = [kind, number, ls + lead, le]
            if kind == "OP":
                last_op = max(last_op, 1)
        elif current is not None:
            current[3] = le
        prev_text, prev_blank = stripped, False
    if current is not None:
        blocks.append(tuple(current))  # type: ignore[arg-type]

    opened = council is not None or inline is not None or re.search(
        r"[Tt]he\s+Security\s+Council\s*,[ \t]*\n", folded[head_end:]) or any(
        b[1] is not None or _RESOLUTION_WORD.match(folded, b[2]) for b in blocks)
    if not opened:  # a heading over a news article, say: no resolution text under it
        raise InputError(source.path, "not a Security Council resolution: a heading but no "
                                      "resolution text under it ('The Security Council,', "
                                      "'Recalling …', '1. Decides …')")

    # notes: after the body, up to the closing "Adopted …" line that may follow them
    note_spans: list[tuple[str, Span]] = []
    if footnote:
        closing = _ADOPTED.search(folded, footnote.end())
        note_spans = _read_notes(text, folded, footnote.start(),
                                 closing.start() if closing else len(text))

    paragraphs: list[Paragraph] = []
    pp = op = 0
    kept = []
    for kind, number, s, e in blocks:
        raw = text[s:e].rstrip()
        e = s + len(raw)
        if raw.strip():
            kept.append([kind, number, s, e, folded[s:e], []])
    cursor = (0, 0)
    warnings = []
    for marker, span in note_spans:
        for i in range(cursor[0], len(kept)):
            at = _find_marker(kept[i][4], marker, cursor[1] if i == cursor[0] else 0)
            if at is not None:
                m = kept[i][4]
                kept[i][4] = m[:at] + " " * len(marker) + m[at + len(marker):]
                kept[i][5].append(Note(marker, span, text[span.start:span.end],
                                       folded[span.start:span.end]))
                cursor = (i, at + len(marker))
                break
        else:
            warnings.append(Warning(str(source.path), "notes", f"note {marker} left out: "
                                    "no marker for it in the paragraphs"))
    for kind, number, s, e, match, notes in kept:
        if kind == "PP":
            pp += 1
            label_number = pp
        else:
            label_number = number if number is not None and number > op else op + 1
            op = label_number
        display = text[s:e]
        if notes:  # the markers go from the display text (same places as in match)
            display = "".join(c if match[k] != " " or folded[s + k] == " " else ""
                              for k, c in enumerate(display))
        paragraphs.append(Paragraph(
            kind, label_number, Span(s, e), repair_en(display), match,
            position=len(paragraphs) + 1, notes=notes,
        ))
    header.chapter_vii = any(
        re.match(r"(?:\d+\.\s*)?Acting\b[^;]{0,60}?\bChapter\s+VII\b", p.text) for p in paragraphs
    )
    return ParsedText(source, header, paragraphs, warnings)
