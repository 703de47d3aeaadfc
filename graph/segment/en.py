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
* page furniture alone on its line does not open a paragraph and is not kept at the end of one;
* Markdown emphasis around words (``_Recalling_``, ``*The Security Council*``, ``**Decides**``)
  is blanked before anything is read (offsets kept) and dropped from the display text;
* a heading after the first body belongs to a second text glued onto the page: the heading is
  looked for only before the first line of resolution text (the formula, ``1. Decides …``,
  ``Recalling …,``), a formula after resolution text is the glued text's, and a heading line of
  another resolution in any form after a paragraph's end closes the body;
* without its formula, the body opens at the first line of text after the heading's zone (a PDF
  cover's lines, the date, the adoption line);
* in the preamble, bullets and a preambular word followed by lower case open paragraphs (also
  after a line that lost its comma); an unnumbered verb paragraph not ending as an operative one
  and followed by a preambular one is preambular; a short subheading between operative
  paragraphs (``Reporting``) is none; an all-capitals acronym (``ECOWAS``) opens none; ``ii.``
  is a sub-item, ``2 Requests`` (no full stop) the next operative paragraph.

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
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path

from graph.errors import InputError
from graph.model import Header, Note, Paragraph, ParsedText, SourceText, Span, Warning
from graph.symbols import SymbolError, sc_resolution

__all__ = ["segment_en", "fold_en", "unmark_en", "repair_en", "parse_date_en", "parse_header_en",
           "MONTHS"]

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

_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)})  # full-width forms
_FOLD["\u3000"] = " "
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
_MEETING = re.compile(r"\b(?:a[tiu]\s+)?(?:the|its)\s+(" + r"[0-9IilO!o ]*[0-9][0-9IilO!o]*"
                      + r")\s*"
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
    r"[ \t]*(?:S/RES/\d+[ \t]*\(\d{4}\)|\d{2}-\d{5}[ \t]*\([A-Z]\)|\d{1,3}"
    r"|\d{1,3}[ \t]*/[ \t]*\d{1,3}|(?i:page)[ \t]+\d{1,3}(?:[ \t]+(?i:of)[ \t]+\d{1,3})?)[ \t]*"
)
# "The Security Council" opening the body (also in capitals)
_THE_COUNCIL = r"(?:The|THE)\s+(?:Security\s+Council|SECURITY\s+COUNCIL)"
_COUNCIL = re.compile(r"(?m)^[ \t]*['\"]?" + _THE_COUNCIL + r"\b[ \t]*[,.:;]?[ \t]*$")
_PART = re.compile(r"^\s*(?:[A-H]|[IVX]{1,4})\s*$")
_NUMBERED = re.compile(r"^\s*['\"]?(?P<num>[0-9IilO]{1,3})\s*[.,]\s+(?=\S)")
# a number without its full stop before a word ("2 Requests"): a paragraph only when it is
# the next number and a verb follows
_BARE_NUMBER = re.compile(r"^\s*['\"]?(?P<num>[0-9]{1,3})[ \t]+(?=[A-Z][a-z])")
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


# Markdown or wiki emphasis around words ("_Recalling_", "*The Security Council*,",
# "**Decides**"): a run of one to three "*" or "_" opening before a letter or digit (not after
# one) or closing after one (not before one); "S_RES_1", "* item" (a bullet), "____" stay
_EMPHASIS = re.compile(r"(?<![A-Za-z0-9*_])[*_]{1,3}(?=['\"(]?[A-Za-z0-9])"
                       r"|(?<=[A-Za-z0-9.,;:)'\"])[*_]{1,3}(?![A-Za-z0-9*_])")


def unmark_en(folded: str) -> str:
    """Return *folded* with Markdown emphasis marks around words blanked, one space for one
    mark (offsets are kept), so that "_Recalling_" opens a paragraph as "Recalling" does.

    >>> unmark_en('*The Security Council*,\\n_Recalling_ S_RES_1;\\n* item **Decides**')
    ' The Security Council ,\\n Recalling  S_RES_1;\\n* item   Decides  '
    """
    return _EMPHASIS.sub(lambda m: " " * len(m.group()), folded)


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
_BODY = re.compile(r"(?m)^[ \t]*['\"]?" + _THE_COUNCIL + r"\b[ \t]*[,.:;]?[ \t]*$"
                   r"|" + _THE_COUNCIL + r"\s*[,:]")
_ADOPTED_ON = re.compile(r"\b(?i:on)\s+(" + _DAY + r"\s+" + _MONTH + r"\s+\d{4})")
_A_DATE = re.compile(_DAY + r"\s+" + _MONTH + r"\s+\d{4}")
# a line that dates a heading: "Adopted … on 28 May 2015", "(28 May 2015)", "of 28 May 2015"
_DATE_LINE = re.compile(r"[ \t(*_]*(?:(?i:adopted|of|on|dated?:?)\b[^\n]{0,120}?)?(?P<d>"
                        + _DAY + r"\s+" + _MONTH + r"\s+\d{4})")

# --- heading lines -----------------------------------------------------------------------------
# decoration around a heading: Markdown marks, bold, bullets, rules
_DECOR_LEFT = re.compile(r"[ \t#*>_=\u2022\u00b7-]*")
_DECOR_RIGHT = re.compile(r"[ \t*_=.]*$")
_YEAR = r"[0-9IlO][0-9IlO -]{2,5}"
# "(United Nations) (Security Council) Resolution (No.) 2223 (2015)", "UNSCR 2223", "Res. 2223"
_HEAD_FORM = (r"(?i:(?:the\s+)?(?:(?:united\s+nations|un)\s+)?(?:security\s+council\s+)?"
              r"(?:resolution|res\.)(?:\s*(?:no\.?|number|nr\.?|#))?\s*|unscr\s*)"
              r"(?P<n>" + _NUM + r")(?:\s*[(\[]\s*(?P<y>" + _YEAR + r")\s*[)\]])?")
# "(United Nations) (Security Council) S/RES/2223 (2015)(*)"
_SYMBOL_FORM = (r"(?:(?:United\s+Nations|Security\s+Council)\s+)*S\s*/\s*RES\s*/\s*"
                r"(?P<sn>\d{1,4})\s*\(\s*(?P<sy>\d{4})\s*\)\s*\*?")
# what may follow a heading on its line: nothing, its date, its adoption line (a text on one
# line), or a subject after a separator ("Resolution 2223 (2015) - Libya", "…: text")
_HEAD_TAIL = (r"(?:\s*,?\s+(?i:of|on)\s+" + _DAY + r"\s+" + _MONTH + r"\s+\d{4}"
              r"|\s*[-:|,]\s*[^\n]{0,120}|\s+\(?(?i:adopted)\b[^\n]*)?")
_HEAD_LINE = re.compile(r"(?:" + _HEAD_FORM + r"|" + _SYMBOL_FORM + r")" + _HEAD_TAIL)
# a heading's first line alone ("Resolution"), its number and year on the next line
_WORD_ALONE = re.compile(r"(?i:(?:(?:united\s+nations|un)\s+)?(?:security\s+council\s+)?"
                         r"resolution)")
_NUMBER_YEAR = re.compile(r"(?:(?i:no\.?)\s*)?(?P<n>\d{1,4})\s*[(\[]\s*(?P<y>\d{4})\s*[)\]]")
_YEAR_ALONE = re.compile(r"[(\[]\s*(?P<y>\d{4})\s*[)\]]")
# a resolution named anywhere in a line (a title: "Full text: UN Security Council Resolution
# 2728", "Text of resolution 2728 (2024) on …")
_NAMED = re.compile(r"\b(?:" + _HEAD_FORM + r"|" + _SYMBOL_FORM + r")")
# an info box's label: "Symbol: S/RES/2293 (2016)", "Preceded by: …": never decides identity
_LABEL = re.compile(
    r"(?i)^[ \t*#>-]*(?:symbol|document(?:\s+symbol)?|doc\.?|related(?:\s+\w+){0,2}|see\s+also|"
    r"other\s+\w+|more|previous|next|preceded\s+by|succeeded\s+by|followed\s+by|subject|date|"
    r"vote|meeting|code|session|agenda|topics?|tags?|keywords?|source|links?|amend\w*|"
    r"recalls?|cites?|references?|superseded\s+by|replaces|replaced\s+by)\b[^:\n]{0,20}:")
# the label of a list of resolutions ("Related resolutions", "See also:"): the lines under it
# (up to a blank line) never decide identity
_LIST_LABEL = re.compile(r"(?i)^[ \t*#>-]*(?:related|see\s+also|other|more|further|recent|"
                         r"latest|previous|earlier|later)\b[^\n]{0,40}$")


@dataclass
class _Heading:
    number: int
    year: int  # 0 when the line gives none
    start: int  # where the line's heading begins
    end: int  # where the heading ends (its line, or the next when it is split)
    strong: bool  # a heading line (False: a title line that names the resolution)
    line: int  # the index of its (first) line


def _lines(folded: str, window: int) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in folded[:window].split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _year_of(token: str | None) -> int:
    digits = re.sub(r"\D", "", (token or "").translate(_OCR_DIGIT))
    return int(digits) if len(digits) == 4 else 0


def _heading_candidates(folded: str, lines: list[tuple[int, int]]) -> list[_Heading]:
    """The lines before the body that are a heading (strong) or a title naming a resolution
    (weak); navigation lines, info-box lines and lists of resolutions are left out."""
    from graph.segment import is_navigation_line

    found: list[_Heading] = []
    listed: set[int] = set()  # lines under a list's label
    under_label = False
    for i, (s, e) in enumerate(lines):
        line = folded[s:e]
        if not line.strip():
            under_label = False
            continue
        if _LIST_LABEL.match(line) and not _NAMED.search(line):
            under_label = True
            continue
        if under_label:
            listed.add(i)
        if is_navigation_line(line) or _LABEL.match(line):
            continue
        lead = _DECOR_LEFT.match(line).end()
        core = line[lead:len(line) - len(_DECOR_RIGHT.search(line).group())]
        head = _HEAD_LINE.fullmatch(core) if core else None
        if head:
            gd = head.groupdict()
            number, year = _number(gd["n"] or gd["sn"]), _year_of(gd["y"] or gd["sy"])
            h = _Heading(number, year, s + lead, e, True, i)
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if not year and nxt:  # the year on the next line: "Resolution 2223" / "(2015)"
                y2 = _YEAR_ALONE.fullmatch(folded[nxt[0]:nxt[1]].strip())
                if y2:
                    h.year, h.end = int(y2.group("y")), nxt[1]
            found.append(h)
            continue
        if core and _WORD_ALONE.fullmatch(core) and i + 1 < len(lines):
            ns, ne = lines[i + 1]
            m = _NUMBER_YEAR.fullmatch(folded[ns:ne].strip())
            if m:
                found.append(_Heading(int(m.group("n")), int(m.group("y")), s + lead, ne, True,
                                      i))
                continue
        named = _NAMED.search(line)
        if named and len(line.strip()) <= 160 and not line.rstrip().endswith((",", ";")) \
                and not _NUMBERED.match(line) and _opener(line.strip(" \t*#>-")) is None:
            gd = named.groupdict()
            found.append(_Heading(_number(gd["n"] or gd["sn"]), _year_of(gd["y"] or gd["sy"]),
                                  s + named.start(), e, False, i))
    # lines next to each other naming different resolutions are a list, not a heading
    out = []
    for h in found:
        near = [g for g in found if g.line in (h.line - 1, h.line + 1)]
        if h.line in listed or any(g.number != h.number for g in near):
            continue
        out.append(h)
    return out


def _adoption_near(folded: str, lines: list[tuple[int, int]], h: _Heading,
                   window: int) -> tuple[date | None, int]:
    """The adoption day written next to a heading (on its line, in the two lines after it up
    to the body, or in the two lines before it) and the offset where it ends (0: none)."""
    after = [k for k in range(h.line, min(len(lines), h.line + 4))
             if folded[lines[k][0]:lines[k][1]].strip()][:3]
    before = [k for k in range(h.line - 1, max(-1, h.line - 5), -1)
              if folded[lines[k][0]:lines[k][1]].strip()][:2]
    for k in after + before:
        s, e = lines[k]
        m = (_A_DATE.search(folded, h.start, e) if k == h.line
             else _DATE_LINE.match(folded, s, e))
        day = parse_date_en(m.group("d") if k != h.line else m.group()) if m else None
        if day is not None:
            return day, e if k >= h.line else 0
    return None, 0


def _choose_heading(folded: str, lines: list[tuple[int, int]], window: int
                    ) -> tuple[_Heading, date | None, int] | str | None:
    """The heading that decides identity, its adoption day and the offset where it ends; a
    problem (str) when the page names resolutions but none can decide; ``None`` when it names
    none."""
    cands = _heading_candidates(folded, lines)
    if not cands:
        return None
    dated = []
    for h in cands:
        day, end = _adoption_near(folded, lines, h, window)
        year = h.year or (day.year if day else 0)
        if year:
            dated.append((h, year, day if day is None or day.year == year else None, end))
    strong = [d for d in dated if d[0].strong]
    if strong:
        pick = strong[-1]  # the last heading line before the body wins over title lines
    else:
        numbers = {d[0].number for d in dated}
        if len(numbers) != 1:
            named = sorted({h.number for h in cands})
            if not dated:
                return (f"no heading with a year: the page names resolution "
                        f"{', '.join(map(str, named))} without a year or an adoption date")
            return (f"no heading: the page's title lines name resolutions "
                    f"{', '.join(map(str, sorted(numbers)))}, and titles do not decide which")
        pick = dated[-1]
    h, year, day, end = pick
    h.year = year
    return h, day, max(h.end, end)


def _text_line(line: str) -> bool:
    """True for a line of resolution text: a numbered paragraph opened by a verb ("1. Decides
    …") or a preambular paragraph's (first) line ("Recalling its resolution …,", "Deeply
    concerned …"), not a sentence of page chrome (one that ends with a full stop or a colon).

    >>> _text_line('Recalling its resolution 1325 (2000),'), _text_line('1. _Decides_ to act;')
    (True, True)
    >>> _text_line('Acting under Chapter VII, the Council imposed sanctions.')
    False
    >>> _text_line('Noting its resolution 1 (1946), 1. Decides to remain seized of the matter.')
    True
    >>> _text_line('Mourning the loss of life in the war,'), _text_line('1. Implores an end;')
    (True, True)
    """
    core = unmark_en(line).strip(" \t*#>-\u2022\u00b7")
    numbered = _NUMBERED.match(core)
    if numbered:  # any verb in -s after the number ("1. Implores"), not a noun ("1. Preamble")
        return _numbered_verb(core) or _opener(core[numbered.end():]) == "OP"
    if len(core) < 30:
        return False
    if core.endswith((".", ":")):  # a sentence, unless a whole text on one line
        first_op = re.search(r"[,;:][ \t]+1\.[ \t]+(?=[A-Z])", core)
        if first_op is None or _opener(core[first_op.end():]) != "OP":
            return False
    for w in re.findall(r"[A-Za-z][A-Za-z'-]*", core[:60])[:3]:
        lw = w.lower()
        if lw in _ADVERBS or (lw.endswith("ly") and lw not in _PP_WORDS):
            continue
        if not (w[0].isupper() and w[1:].islower()):
            return False
        # a participle not listed ("Mourning the …"): on a clause's line (a comma ends it) or
        # a long one, followed by a word in lower case
        return lw in _PP_WORDS or lw in _PP_MORE or (
            lw.endswith("ing") and (core.endswith((",", ";")) or len(core) >= 80)
            and bool(re.match(re.escape(w) + r"\s+[a-z]", core[core.find(w):])))
    return False


def _first_text_line(folded: str, start: int, end: int) -> int | None:
    """The offset of the first line of resolution text (:func:`_text_line`) that begins
    between *start* and *end*, else ``None``."""
    pos = folded.rfind("\n", 0, start) + 1 if start else 0
    if folded[pos:start].strip():  # the rest of the heading's line is not a line of its own
        pos = folded.find("\n", start) + 1 or len(folded)
    while pos < end:
        stop = folded.find("\n", pos)
        stop = len(folded) if stop < 0 else stop
        if _text_line(folded[pos:stop]):
            return pos
        pos = stop + 1
    return None


def _past_heading_zone(folded: str, start: int) -> int | None:
    """Where the body of a text without its formula opens: the first line of resolution text
    (:func:`_text_line`) when only the heading's zone lies before it (at most eight short lines:
    a PDF cover's "Security Council" / "Distr.: General", a date, an adoption line, a symbol,
    page furniture), else ``None``.

    >>> _past_heading_zone('S/RES/5 (2031)\\nDistr.: General\\n3 May 2031\\nAdopted on 3 May '
    ...                    '2031\\n\\nRecalling its resolution 4 (2030),\\n', 14)
    65
    >>> _past_heading_zone('Resolution 5 (2031)\\nBy Article 47 of the Charter, the Council '
    ...                    'requests the members\\nRecalling its resolution,\\n', 19) is None
    True
    """
    pos = folded.rfind("\n", 0, start) + 1
    if folded[pos:start].strip():  # the rest of the heading's line is not a line of its own
        pos = folded.find("\n", start) + 1 or len(folded)
    seen = 0
    while pos < len(folded) and seen <= 8:
        stop = folded.find("\n", pos)
        stop = len(folded) if stop < 0 else stop
        line = folded[pos:stop]
        if _text_line(line):
            return pos
        if line.strip():
            seen += 1
            if len(line.split()) > 12 and not _ADOPTED.match(line):
                return None  # a sentence: text of the resolution (or not one)
        pos = stop + 1
    return None


def _heading_window(folded: str) -> int:
    """The offset where the body opens (the heading is looked for before it): the formula
    "The Security Council", or the first line of resolution text before it. A heading after
    the first body belongs to a second text glued onto the page, never to this one."""
    m = _BODY.search(folded)
    limit = m.start() if m else min(len(folded), 3000)
    first = _first_text_line(folded, 0, limit)
    return limit if first is None else first


def _line_at(folded: str, pos: int) -> str:
    start = folded.rfind("\n", 0, pos) + 1
    end = folded.find("\n", pos)
    return folded[start:end if end >= 0 else len(folded)]


def parse_header_en(text: str, path: str | Path = "<text>",
                    fallback: Header | None = None) -> tuple[Header, int]:
    """Return the header of a resolution text and the offset where the heading ends.

    The heading is a line before the body's "The Security Council" that is, apart from
    decoration (Markdown and bold marks, bullets), a resolution's name: ``Resolution N
    (YYYY)`` in any case and spacing, with "(United Nations) Security Council" before it, "No."
    inside it, ``UNSCR N``, the symbol ``S/RES/N (YYYY)``, possibly followed by its date, its
    adoption line or a subject after a separator; over two lines (``Resolution N`` /
    ``(YYYY)``, ``Resolution`` / ``N (YYYY)``), or ``N (YYYY). Resolution of …`` (1946-1964).
    Its year may come from the adoption date next to it (the line after it, or before it).
    The last heading line before the body decides. Navigation lines (arrows, bars,
    "previous"/"next"), info-box lines ("Symbol: …"), lists of resolutions (lines under a
    "Related"/"See also" label, adjacent lines naming different resolutions) never count;
    without a heading line, title lines that name the resolution ("Full text: UN Security
    Council Resolution 2728") decide only when they all name one. Without any of these,
    *fallback* (the file name's identity) is returned as it is, with offset 0.

    >>> h, end = parse_header_en('36 (1947). Resolution of 1 November 1947\\nThe Security Council')
    >>> h.symbol, str(h.adopted), end
    ('S/RES/36 (1947)', '1947-11-01', 40)
    >>> h, _ = parse_header_en('36 (1947). Resolution of 31 February 1947\\nThe Security Council')
    >>> h.symbol, h.adopted
    ('S/RES/36 (1947)', None)
    >>> parse_header_en('Full text: UN Security Council Resolution 2728\\n\\nS/RES/2728 (2024)\\n'
    ...                 'The Security Council,\\n')[0].symbol
    'S/RES/2728 (2024)'
    """
    from graph.segment import NO_IDENTITY

    folded = unmark_en(fold_en(text))
    window = _heading_window(folded)
    lines = _lines(folded, window)
    chosen = _choose_heading(folded, lines, window)
    early = _HEAD_EARLY.search(folded, 0, window)
    heading_meeting = None
    if early and not (isinstance(chosen, tuple) and chosen[0].strong):
        adopted = parse_date_en(early.group("d"))  # None for an impossible day (31 February)
        year = adopted.year if adopted is not None else int(early.group("y"))
        number, end = _number(early.group("n")), early.end()
        meeting_from = end
    elif isinstance(chosen, tuple):
        h, adopted, end = chosen
        number, year = h.number, h.year
        word = re.compile(r"(?i:resolution)").search(folded, h.start, h.end)
        modern = _HEAD_MODERN.match(folded, word.start()) if word else None
        if modern and _number(modern.group("n")) == number:
            # a heading's adoption line over lines ("Adopted by … meeting, on\n25 May 1993")
            end = max(end, modern.end())
            day = parse_date_en(modern.group("d")) if modern.group("d") else None
            if day is not None:  # the heading's own date wins over an OCR slip in its year
                adopted, year = day, day.year
            if modern.group("m"):
                heading_meeting = _number(modern.group("m"))
        meeting_from = h.start
    elif fallback is not None:
        return fallback, 0
    else:
        raise InputError(path, NO_IDENTITY if chosen is None else
                         f"no Security Council resolution heading found: {chosen}")
    if adopted is not None and adopted.year != year:
        adopted = None
    try:
        symbol = sc_resolution(number, year)
    except SymbolError as exc:
        raise InputError(path, f"not a Security Council resolution: {exc}") from exc
    meeting = heading_meeting
    tail = _ADOPTED.search(folded, meeting_from)  # after the heading, or closing the text
    before = folded.rfind("\n", 0, max(0, meeting_from - 1))
    lead = _ADOPTED.search(folded, max(0, folded.rfind("\n", 0, max(0, before - 1)) - 200),
                           meeting_from)  # an adoption line just before the heading
    for found in (tail, lead):
        if found and meeting is None:
            mm = _MEETING.search(folded, found.start(), found.start() + 200)
            if mm:
                meeting = _number(mm.group(1))
    if adopted is None and tail and tail.start() < end + 400:
        on = _ADOPTED_ON.search(folded, tail.start(), tail.start() + 200)
        day = parse_date_en(on.group(1)) if on else None
        adopted = day if day is not None and day.year == year else None
    return Header(symbol, number, year, adopted, meeting), end


# a paragraph's leading phrase before its first word: "In this regard, calling on …"
_IN_THIS_REGARD = re.compile(r"\s*['\"]?(?:In\s+(?:this|that)\s+(?:regard|context|respect)"
                             r"|To\s+this\s+end|In\s+this\s+connection)\s*,\s*")


def _opener(line: str) -> str | None:
    """Return "PP" or "OP" when *line* opens a paragraph with a word, else None; a leading
    "In this regard," / "In this context," is passed over before a participle only.

    >>> _opener('In this regard, calling on all'), _opener('In this regard, calls on all')
    ('PP', None)
    """
    if not line.lstrip(" '\"")[:1].isupper():
        return None
    lead = _IN_THIS_REGARD.match(line)
    if lead:  # only a preambular paragraph is told by its word after the phrase
        return "PP" if _opener(line[lead.end():].capitalize()) == "PP" else None
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", line[:80])
    if not words:
        return None
    for w in words[:4]:
        lw = w.lower()
        if lw in _ADVERBS or (lw.endswith("ly") and lw not in _PP_WORDS):
            continue
        if sum(c.isupper() for c in w) > 1 and not w.isupper():
            return None  # an acronym's plural ("NGOs"), not a verb
        if len(w) > 1 and w.isupper() and not (_OP_VERB.fullmatch(w.title())
                                                or _RESOLUTION_WORD.fullmatch(w.title())):
            return None  # an acronym ("ECOWAS, CPLP and …" on a wrapped line), not a verb
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
_BODY_INLINE = re.compile(_THE_COUNCIL + r"\s*[,:]")
# the closing paragraph: the body ends with it (without its full stop: before a blank line)
_SEIZED = re.compile(r"\b(?:remain|remains|continue\s+to\s+be)\s+(?:actively\s+|closely\s+)?"
                     r"seized\s+of\s+(?:the|this)\s+(?:matter|question|situation|issue)"
                     r"(?:[^.\n]{0,40}\.|[ \t]*$(?=\n[ \t]*\n|\s*\Z))", re.M)
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
_SPLIT = re.compile(r"(?<=[,;:.])[ \t]+(?=(?:[-\u2022\u00b7*][ \t]+)?['\"]?(?:\d{1,3}\.[ \t]+)?"
                    r"['\"]?[A-Z][a-z])"
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
# more verbs that open operative paragraphs (a numbered footer opens with a noun: "3. Errors")
_OP_VERB = re.compile(
    r"['\"]?(?:(?:Further|Also|Again|Strongly|Once\s+again|Firmly|Fully|Hereby)\s+)?"
    r"(?:Reiterates|Underlines|Underscores|Emphasises|Recognizes|Recognises|Acknowledges|"
    r"Confirms|Extends|Renews|Establishes|Instructs|Directs|Appoints|Elects|Takes|Adopts|"
    r"Agrees|Supports|Insists|Warns|Censures|Accepts|Reminds|Expects|Looks|Notes|Stresses|"
    r"Requires|Determines|Resolves|Designates|Terminates|Lifts|Imposes|Prohibits|Permits|"
    r"Exempts|Underscores|Highlights|Observes|Pays|Salutes|Praises|Thanks|Recalls|Affirms|"
    r"Deems|Endorses|Asks|Reaffirms|Wishes|Draws|Calls|Requests|Urges|Demands|Decides|"
    r"Invites|Authorizes|Authorises|Encourages|Welcomes|Condemns|Deplores|Expresses|Approves)\b")
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
    by a participle (``Recalling``, ``Deeply concerned``, also after a bullet), or, before any
    numbered paragraph, an unnumbered operative one (``Decides: (a) …``)."""
    numbered = _NUMBERED.match(rest)
    if numbered:
        number = _number(numbered.group("num"))
        return number == expect or (number == expect + 1
                                    and _opener(rest[numbered.end():]) == "OP")
    rest = _BULLET.sub("", rest, count=1) if _BULLET.match(rest) else rest
    if expect == 1 and _OP_VERB.match(rest) and _opener(rest) == "OP":
        return True
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


def _subheading(line: str, prev: str, folded: str, after: list[tuple[int, int]]) -> bool:
    """True for a subheading between operative paragraphs: a short line (at most eight
    words, no final punctuation, not a list item) after the end of a paragraph, followed by
    a numbered paragraph.

    >>> _subheading('Reporting', 'paragraphs 11 and 15;', '21. Requests', [(0, 12)])
    True
    >>> _subheading('paragraphs 11 and 15', 'in accordance with', '21. Requests', [(0, 12)])
    False
    """
    if (len(line.split()) > 8 or line.endswith((".", ",", ";", ":")) or line[:1] in "(0123456789"
            or not line[:1].isupper() or not (not prev or prev.endswith((".", ";", ":")))):
        return False
    nxt = next((folded[s:e] for s, e in after if folded[s:e].strip()
                and not _FURNITURE.fullmatch(folded[s:e])), "")
    return bool(_NUMBERED.match(nxt))


def _preamble_word(line: str) -> bool:
    """True when *line* opens with a preambular paragraph's first word (``Recalling its``,
    ``Deeply concerned``, ``Acting under``) followed by a word in lower case: such a line
    opens a paragraph even after a line without final punctuation (a preamble that lost its
    commas); a capitalised title word ("Acting Secretary-General") does not.

    >>> _preamble_word('Reaffirming its commitment'), _preamble_word('Acting Chairman of')
    (True, False)
    """
    m = re.match(r"['\"]?((?:[A-Z][a-z]+ly|Further|Also|Once\s+again)\s+)?([A-Z][a-z'-]+)\s+"
                 r"[a-z]", line.lstrip())
    if not m:
        return False
    lw = m.group(2).lower()
    return lw in _PP_WORDS or lw in _PP_MORE


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


def _numbered_verb(block: str) -> bool:
    """True for a numbered paragraph opened by a verb ("1. Decides"), not a numbered footer
    ("1. This page is licensed …").

    >>> _numbered_verb('2. Requests the Secretary-General'), _numbered_verb('1. This page')
    (True, False)
    """
    m = _NUMBERED.match(block)
    rest = block[m.end():] if m else ""
    return bool(rest) and bool(_RESOLUTION_WORD.match(rest) or _OP_VERB.match(rest)
                               or re.match(_THE_COUNCIL, rest))


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
    for at, number in _heading_lines(folded, start, end):
        if number != header.number:
            return at
    return None


def _heading_lines(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The heading lines between *start* and *end* that open a text: ``(offset, number)`` of
    each line that is, apart from decoration, a resolution's heading in any form the page's
    own heading may take ("**Resolution No. 5 (2031)**", "UNSCR 5 (2031)", "Security Council
    S/RES/5 (2031)", "Resolution" / "5 (2031)", "Resolution 5" / "(2031)"), with a year (on its
    line, the next line, or an adoption line or date under it), after the end of a paragraph
    (the last line before it that is neither blank nor page furniture ends in ``. ; :``).

    >>> _heading_lines('1. Decides to act.\\n\\n**Resolution No. 6 (2031)**\\n', 0, 60)
    [(20, 6)]
    >>> _heading_lines('1. Decides to apply\\nresolution 6 (2031) - all of it;\\n', 0, 60)
    []
    """
    from graph.segment import is_navigation_line

    out = []
    lines = _lines(folded[:end], end)
    last = ""  # the last line of text before the current one
    for i, (s, e) in enumerate(lines):
        line = folded[s:e]
        if s < start or not line.strip() or _FURNITURE.fullmatch(line):
            last = line.strip() if s < start and line.strip() else last
            continue
        at_boundary = not last or last.endswith((".", ";", ":"))
        last = line.strip()
        if not at_boundary or is_navigation_line(line) or _LABEL.match(line):
            continue
        lead = _DECOR_LEFT.match(line).end()
        core = line[lead:len(line) - len(_DECOR_RIGHT.search(line).group())]
        following = [folded[a:b].strip() for a, b in lines[i + 1:i + 4] if folded[a:b].strip()]
        nxt = following[0] if following else ""
        head = _HEAD_LINE.fullmatch(core) if core else None
        if head:
            gd = head.groupdict()
            year = _year_of(gd["y"] or gd["sy"])
            if not year and nxt and (_YEAR_ALONE.fullmatch(nxt) or _ADOPTED.match(nxt)
                                     or _DATE_LINE.match(nxt)):
                year = 1
            if year:
                out.append((s, _number(gd["n"] or gd["sn"])))
        elif core and _WORD_ALONE.fullmatch(core) and nxt and _NUMBER_YEAR.fullmatch(nxt):
            out.append((s, int(_NUMBER_YEAR.fullmatch(nxt).group("n"))))
    return out


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
    plain = fold_en(text)
    folded = unmark_en(plain)  # emphasis marks blanked: paragraphs are told apart without them
    council = _COUNCIL.search(folded, head_end)
    inline = _BODY_INLINE.search(folded, head_end)
    first = _first_text_line(folded, head_end, max(council.start() if council else 0,
                                                   inline.start() if inline else 0))
    if first is not None:  # resolution text before the formula: the formula is a glued text's
        council = council if council and council.start() < first else None
        inline = inline if inline and inline.start() < first else None
    gap = folded[head_end:council.start()] if council else ""
    if council and (len(gap) < 400 or header is fallback
                    or not re.search(r"(?m)(?:[,;]|\band)[ \t]*$", gap)):
        start = council.end()
        if inline and inline.start() < council.start():
            start = inline.end()
    elif inline and (inline.start() - head_end < 600 or header is fallback):
        start = inline.end()
    elif (zone := _past_heading_zone(folded, head_end)) is not None:
        start = zone  # no formula: the body opens at the first line of text after the cover
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
    logical = _logical_lines(folded, start, end)
    for k, (ls, le) in enumerate(logical):
        line = folded[ls:le]
        stripped = line.strip()
        if not stripped:
            prev_blank = True
            continue
        if _FURNITURE.fullmatch(line):
            continue  # page furniture: neither a paragraph nor its end
        if last_op and _subheading(stripped, prev_text, folded, logical[k + 1:]):
            prev_blank, prev_text = True, ""
            continue  # a subheading of the operative part ("Reporting", "Sanctions")
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
            and not last_numbered else len(line) - len(line.lstrip())
        body = line[lead:]
        numbered = _NUMBERED.match(body)
        if numbered and not re.search(r"\d", numbered.group("num")) and (_number(
                numbered.group("num")) != last_numbered + 1
                or _opener(body[numbered.end():]) != "OP"):
            numbered = None  # "ii." is a sub-item; only the next number before a verb may be an
            # OCR slip ("i. Decides")
        bare = _BARE_NUMBER.match(body) if not numbered else None
        if bare and _number(bare.group("num")) == last_numbered + 1 and _opener(
                body[bare.end():]) == "OP":
            numbered = bare  # the next number without its full stop (OCR): "2 Requests …"
        # a clause's end may carry a footnote mark: "the application of Senegal ,33"
        prev_end = _FOOTNOTE_MARK.sub("", prev_text.rstrip())
        # a bullet opens a paragraph in the preamble; after it, bullets are sub-items
        bulleted = lead > len(line) - len(line.lstrip()) and not last_numbered
        boundary = (prev_blank or prev_end.endswith((",", ";", ":", ".")) or not prev_text
                    or bulleted)
        kind: str | None = None
        number: int | None = None
        if numbered and not boundary and _number(numbered.group("num")) == last_numbered + 1 \
                and _opener(body[numbered.end():]) == "OP":
            boundary = True  # the next number and a verb: a paragraph after an unpunctuated list
        if not boundary and not last_op and _preamble_word(body):
            boundary = True  # a preambular paragraph after one that lost its final comma
        if numbered and boundary and re.search(r"[A-Za-z]", body[numbered.end():][:3]):
            number = _number(numbered.group("num"))
            if number > last_numbered or _opener(body[numbered.end():]) == "OP":
                kind = "OP"
                last_numbered = max(last_numbered, number)
            elif number == 1 and (prev_end.endswith(".") or (
                    prev_blank and not _numbered_verb(body))):
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
    for i, (kind, number, s, e) in enumerate(blocks[:-1]):
        # an unnumbered verb paragraph that does not end as an operative one (". ; :") and is
        # followed by a preambular paragraph is preambular ("Notes the request …," in a preamble)
        if kind == "OP" and number is None and blocks[i + 1][0] == "PP" and not _FOOTNOTE_MARK.sub(
                "", folded[s:e].rstrip()).endswith((".", ";", ":")):
            blocks[i] = ("PP", None, s, e)

    opened = council is not None or inline is not None or re.search(
        r"[Tt]he\s+Security\s+Council\s*,[ \t]*\n", folded[head_end:]) or any(
        _RESOLUTION_WORD.match(folded, b[2]) or _numbered_verb(folded[b[2]:b[3]])
        for b in blocks)
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
            # page furniture inside a paragraph (a page break) is blanked: never a citation
            match = re.sub(r"(?m)^.*$", lambda m: " " * len(m.group()) if m.group().strip()
                           and _FURNITURE.fullmatch(m.group()) else m.group(), folded[s:e])
            kept.append([kind, number, s, e, match, []])
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
        if match != plain[s:e]:  # note markers, furniture and emphasis marks go from the
            display = "".join(c if match[k] != " " or plain[s + k] == " " else ""  # display
                              for k, c in enumerate(display))
        paragraphs.append(Paragraph(
            kind, label_number, Span(s, e), repair_en(display), match,
            position=len(paragraphs) + 1, notes=notes,
        ))
    header.chapter_vii = any(
        re.match(r"(?:\d+\.\s*)?Acting\b[^;]{0,60}?\bChapter\s+VII\b", p.text) for p in paragraphs
    )
    return ParsedText(source, header, paragraphs, warnings)
