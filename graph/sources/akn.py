"""Read the UN's Akoma Ntoso XML (AKN4UN): resolutions and presidential statements.

The reader makes the :class:`~graph.model.ParsedText` a segmenter makes of a plain text, so
that the paragraphs go through the same finders. It synthesises a plain text from the markup
(the lines of the cover, then each paragraph with blank lines between, then the notes) and
points every span into that text; :attr:`~graph.model.SourceText.sha256` is the digest of
the XML bytes.

Identity comes from the FRBR identifiers (``FRBRWork/FRBRthis``
``/akn/un/statement/deliberation/unsc/<date>/<n>-<year>/``, or ``<year>-<n>`` for a
presidential statement; ``FRBRExpression/FRBRlanguage``), cross-checked against the cover
(``docNumber``, the title line, the adoption line): a disagreement is a
:class:`~graph.model.Warning` and the FRBR identity is kept. The language the file declares is
checked against the language of its text (:func:`graph.read.detect_language`): the text wins.

Structure rules:

* each ``preamble/container`` is a preambular paragraph PP1..n; the enacting formula and the
  cover are heading lines;
* each numbered ``mainBody/paragraph`` is an operative paragraph labelled with its printed
  number (OP1..n; a number already taken, as when parts A and B both start at 1, continues
  from the highest), its ``list/point`` items (with their letters) kept inside it, one line
  each; an unnumbered paragraph, or one numbered with a letter or a bullet, continues the
  paragraph before, unless (in English) it opens like a paragraph of its own (*Recalling*
  before the first operative paragraph, *Decides* anywhere), as :mod:`graph.segment.en`
  decides for a plain text; the main body being the operative part, an unnumbered
  paragraph before the first numbered one is operative unless it opens like a preambular
  one; after a heading, an unnumbered lead-in (*With regard to the trade in arms,*) is a
  heading line;
* a ``section`` (parts A, B of a resolution) is read through; its ``crossHeading`` marked
  ``#preamble`` is a preambular paragraph; headings and subheadings are heading lines, not
  paragraphs;
* each paragraph of a presidential statement is P1..n; its opening line (*At the 4131st
  meeting …*) is a heading line that gives the meeting;
* each block of an annex (``attachments``) is an annex part AN1..n, never an operative
  paragraph;
* an ``authorialNote`` is a :class:`~graph.model.Note` of the paragraph that carries it (a
  heading's note goes to the paragraph after it), its text at the end of the synthesised text;
* each editors' link to the UN's resolver (``undocs.org``, ``docs.un.org``, any language
  folder) is a :class:`~graph.model.Link` of its paragraph; one reference split over
  adjacent links with the same address is one link.

A file that is not well-formed XML, is cut short or is not Akoma Ntoso is refused with
:class:`~graph.errors.InputError`; a DTD, entity declarations and external references are
refused by :mod:`defusedxml` (the billion-laughs and external-entity attacks).

>>> xml = (b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
...        b'<statement name="resolution"><meta><identification><FRBRWork>'
...        b'<FRBRthis value="/akn/un/statement/deliberation/unsc/2017-09-14/2377-2017/!main/"/>'
...        b'<FRBRdate date="2017-09-14" name="adoption"/></FRBRWork><FRBRExpression>'
...        b'<FRBRlanguage language="eng"/></FRBRExpression></identification></meta>'
...        b'<preamble><container><p>Recalling its resolution 2366 (2017),</p></container>'
...        b'</preamble><mainBody><paragraph><num>1.</num><content><p>Decides to remain '
...        b'seized of the matter.</p></content></paragraph></mainBody></statement>'
...        b'</akomaNtoso>')
>>> parsed = parse_akn(xml, 'r.xml')
>>> parsed.header.symbol, [p.label for p in parsed.paragraphs]
('S/RES/2377 (2017)', ['PP1', 'OP1'])
>>> parsed.paragraphs[1].text
'1. Decides to remain seized of the matter.'
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import unquote
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from graph.errors import InputError
from graph.fold import fold_width
from graph.inputs import MAX_BYTES, read_input
from graph.model import (
    Header,
    Link,
    Note,
    Paragraph,
    ParsedText,
    SourceText,
    Span,
    Warning,
)
from graph.read import LANGUAGE_NAMES, detect_language, to_simplified
from graph.segment.en import MONTHS, _opener, fold_en, repair_en
from graph.segment.zh import _CHAPTER_VII, repair_text_zh
from graph.symbols import (
    SymbolError,
    normalize_symbol,
    presidential_statement,
    sc_resolution,
)

__all__ = ["read_akn", "parse_akn", "link_symbols", "AKN_NAMESPACE"]

#: the namespace of Akoma Ntoso 3.0, which AKN4UN uses
AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

#: ISO 639-2 codes of FRBRlanguage -> the two-letter codes of :class:`SourceText`
_LANGUAGES = {"eng": "en", "zho": "zh", "chi": "zh", "fra": "fr", "fre": "fr", "spa": "es",
              "rus": "ru", "ara": "ar"}

#: elements whose content is running text (inline markup inside): one line each
_HOLDERS = {"p", "heading", "subheading", "crossHeading", "listIntroduction", "block", "num",
            "docTitle", "docNumber"}
#: elements that hold no text of the document
_SKIP = {"img", "meta", "authorialNote"}

_RESOLVER = re.compile(r"https?://(?:www\.)?(?:undocs\.org|docs\.un\.org)/(?P<path>[^?#]*)",
                       re.I)
_LANG_FOLDER = re.compile(r"^(?:en|ch|zh|fr|es|ru|ar)/", re.I)
_MONTH = "|".join(MONTHS)
_DATE_EN = re.compile(r"(\d{1,2})\s*(" + _MONTH + r")\s*,?\s*(\d{4})")
_DATE_ZH = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_MEETING_EN = re.compile(r"(\d[\d,]*)\s*(?:st|nd|rd|th|d)\s+meeting", re.I)
_MEETING_ZH = re.compile(r"(?:第\s*)?(\d+)\s*次\s*会议")
_CHAPTER_VII_EN = re.compile(r"\bActing\b[^;]{0,60}?\bChapter\s+VII\b")
_TITLE_RES = re.compile(r"(?:Resolution\s+|第\s*)(\d{1,4})\s*\(\s*(\d{4})\s*\)", re.I)
_NUMERIC = re.compile(r"\s*(\d{1,3})\s*[.、]?\s*$")
_ON_DATE = re.compile(r"\bon(?=\d)")  # "on28 September 2017": the cover lost a space
_ID = re.compile(r"/(\d{4}-\d{2}-\d{2})/([^/!@]*)/")
#: a run of white space as :meth:`_Line.add` collapses it (``\s`` is ``str.isspace``)
_SPACES = re.compile("[\\s\u200b]+")


def _local(tag: object) -> str:
    """The local name of an element's tag (``{ns}p`` -> ``p``); comments have none."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(elem: Element, name: str) -> list[Element]:
    return [c for c in elem if _local(c.tag) == name]


def _child(elem: Element | None, *path: str) -> Element | None:
    for name in path:
        if elem is None:
            return None
        found = _children(elem, name)
        elem = found[0] if found else None
    return elem


# --- rendering ------------------------------------------------------------------------------


@dataclass
class _Line:
    """One line of text being rendered: white space collapsed, links and notes recorded."""

    chars: list[str] = field(default_factory=list)
    space: bool = False  # a white space is pending (written before the next character)
    links: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, href
    notes: list[Element] = field(default_factory=list)

    def add(self, text: str | None) -> None:
        """Write *text*: each run of white space (``str.isspace``, and U+200B) becomes one
        space before the next character, none at the start of the line.

        >>> line = _Line(); line.add(' a \\u200b b\\n'); line.add('c'); line.text
        'a b c'
        """
        if not text:
            return
        chars = self.chars
        first, *rest = _SPACES.split(text)
        if first:
            if self.space:
                chars.append(" ")
            chars.extend(first)
            self.space = False
        for word in rest:  # each after a run of white space; only the last can be empty
            if word:
                if chars:
                    chars.append(" ")
                chars.extend(word)
                self.space = False
            else:
                self.space = bool(chars)

    @property
    def text(self) -> str:
        return "".join(self.chars)


def _render(elem: Element, line: _Line) -> None:
    """Render the inline content of *elem* into *line*."""
    line.add(elem.text)
    for child in elem:
        name = _local(child.tag)
        if name == "authorialNote":
            line.notes.append(child)
        elif name == "a":
            start = len(line.chars)
            _render(child, line)
            end = len(line.chars)
            while start < end and line.chars[start] == " ":
                start += 1
            line.links.append((start, end, child.get("href", "")))
        elif name in _SKIP or not name:
            pass
        else:
            if name == "p" and line.chars:  # a block inside inline text (a quoted structure)
                line.space = True
            _render(child, line)
        line.add(child.tail)


def _lines(elem: Element, out: list[_Line], pending: list[str]) -> None:
    """Render the block *elem* as lines: one per text-holding element; a ``num`` is written
    at the start of the line that follows it (``1. Decides``, ``(a) to report``)."""
    for child in elem:
        name = _local(child.tag)
        if not name or name in _SKIP:
            continue
        if name == "num":
            line = _Line()
            _render(child, line)
            if line.text:
                pending.append(line.text)
        elif name in _HOLDERS or (child.text or "").strip():
            line = _Line()
            if pending:
                line.add(" ".join(pending) + " ")
                pending.clear()
            _render(child, line)
            if line.text:
                out.append(line)
        else:
            _lines(child, out, pending)
    return None


def _block(elem: Element) -> list[_Line]:
    out: list[_Line] = []
    pending: list[str] = []
    _lines(elem, out, pending)
    if pending:  # a number with nothing after it
        line = _Line()
        line.add(" ".join(pending))
        out.append(line)
    return out


def _text_of(elem: Element | None) -> str:
    if elem is None:
        return ""
    line = _Line()
    _render(elem, line)
    return line.text


# --- links ----------------------------------------------------------------------------------


def link_symbols(href: str) -> list[str]:
    """Return the document symbols an editor's link points at (none for another address).

    The language folder (``en``, ``ch``, ``zh`` …) is dropped, escapes are decoded, trailing
    punctuation and a missing closing bracket repaired; a joint symbol (``A/72/707–S/2018/43``)
    gives both.

    >>> link_symbols('https://undocs.org/ch/S/RES/2331(2016)')
    ['S/RES/2331 (2016)']
    >>> link_symbols('https://docs.un.org/en/s/res/1996%20(2011)')
    ['S/RES/1996 (2011)']
    >>> link_symbols('https://undocs.org/A/72/707\u2013S/2018/43')
    ['A/72/707', 'S/2018/43']
    >>> link_symbols('https://press.un.org/en/2024/sc15654.doc.htm')
    []
    """
    m = _RESOLVER.match(href.strip())
    if not m:
        return []
    path = _LANG_FOLDER.sub("", unquote(m.group("path")).strip())
    path = re.sub(r"[\s.;,]+$", "", path)
    if path.count("(") > path.count(")"):
        path += ")"
    out = []
    for part in re.split(r"\s*[\u2013\u2014-]\s*(?=[ASE]/)", path):
        try:
            out.append(normalize_symbol(part))
        except SymbolError:
            continue
    return out


# --- the document ---------------------------------------------------------------------------


@dataclass
class _Block:
    """A paragraph being assembled: its kind, number and lines."""

    kind: str  # PP | OP | P | AN | "" (a heading line, not a paragraph)
    number: int
    lines: list[_Line]


def _parse_xml(data: bytes, path: str) -> Element:
    limit = MAX_BYTES["akn"]
    if len(data) > limit:
        raise InputError(path, f"file too large for an Akoma Ntoso text ({len(data) / 1e6:.1f} "
                               f"MB > {limit / 1e6:.1f} MB)")
    if not data.strip():
        raise InputError(path, "file is empty")
    try:
        root = fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise InputError(path, f"refused: the XML declares a DTD, entities or external "
                               f"references ({type(exc).__name__}), which AKN never needs "
                               f"(entity expansion or external entity attack)") from None
    except ParseError as exc:
        line, col = getattr(exc, "position", (0, 0))
        message = str(exc).split(":")[0]
        cut = "; the file is cut short" if "no element found" in message else ""
        raise InputError(path, f"not well-formed XML: {message} at line {line}, column "
                               f"{col + 1}{cut}") from None
    except (ValueError, UnicodeError) as exc:
        raise InputError(path, f"not well-formed XML: {exc}") from None
    if _local(root.tag) != "akomaNtoso":
        raise InputError(path, f"not an Akoma Ntoso document (root element <{_local(root.tag)}>"
                               f", not <akomaNtoso>)")
    return root


def _document(root: Element, path: str) -> Element:
    for child in root:
        if _child(child, "meta", "identification") is not None:
            return child
    raise InputError(path, "Akoma Ntoso without a document carrying meta/identification")


@dataclass
class _Identity:
    kind: str  # resolution | statement
    number: int
    year: int
    adopted: date | None
    language: str  # two letters, as declared


def _frbr(doc: Element, path: str, cover_symbol: str | None) -> tuple[_Identity | None, str]:
    """The identity the FRBR identifiers give, or ``None`` and why not."""
    ident = _child(doc, "meta", "identification")
    work = _child(ident, "FRBRWork")
    this = _child(work, "FRBRthis")
    value = this.get("value", "") if this is not None else ""
    m = _ID.search(value)
    lang_el = _child(ident, "FRBRExpression", "FRBRlanguage")
    declared = lang_el.get("language", "") if lang_el is not None else ""
    language = _LANGUAGES.get(declared.lower(), declared.lower()[:2])
    dated = None
    for d in _children(work, "FRBRdate") if work is not None else []:
        dated = _iso_date(d.get("date", "")) or dated
        if d.get("name") == "adoption":
            break
    if not m:
        return None, f"FRBRWork identifier {value!r} has no date and number"
    dated = dated or _iso_date(m.group(1))  # the FRBRdate, else the identifier's date
    parts = re.fullmatch(r"(\d+)-(\d+)", m.group(2))
    if not parts:
        return None, f"FRBRWork identifier {value!r} has no number"
    a, b = int(parts.group(1)), int(parts.group(2))
    year = dated.year if dated else None
    statement = doc.get("name") == "presidentialStatement" or bool(
        cover_symbol and cover_symbol.startswith("S/PRST/"))
    if cover_symbol and cover_symbol.startswith("S/RES/"):
        statement = False
    elif not cover_symbol and year is not None and a == year and b != year:
        statement = True  # <year>-<n>: the form of presidential statements
    if statement:
        return _Identity("statement", b, a, dated, language), ""
    return _Identity("resolution", a, b, dated, language), ""


def _iso_date(text: str) -> date | None:
    """The date of ``2017-09-14``; ``None`` for a malformed date and for the placeholder
    ``0001-01-01`` (any date before the Council existed).

    >>> _iso_date('2017-09-14'), _iso_date('0001-01-01')
    (datetime.date(2017, 9, 14), None)
    """
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        return None
    return day if day.year >= 1946 else None


def _date_in(text: str) -> date | None:
    for m in _DATE_EN.finditer(text):
        try:
            return date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
        except ValueError:
            continue
    for m in _DATE_ZH.finditer(text):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return None


def _meeting_in(text: str) -> int | None:
    m = _MEETING_EN.search(text) or _MEETING_ZH.search(fold_width(text))
    return int(m.group(1).replace(",", "")) if m else None


@dataclass
class _Cover:
    symbol: str | None = None  # docNumber
    title: str = ""  # "Resolution 2377 (2017)", "第2561 (2021)号决议"
    adoption: str = ""  # "Adopted by the Security Council at its 8049th meeting, on …"
    adopted: date | None = None
    meeting: int | None = None  # the adoptionMeeting's title
    lines: list[str] = field(default_factory=list)


def _cover(doc: Element) -> _Cover:
    out = _Cover()
    for part in ("coverPage", "preface"):
        el = _child(doc, part)
        if el is None:
            continue
        for p in _children(el, "p"):
            text = _text_of(p)
            if not text:
                continue
            number = next((x for x in p.iter() if _local(x.tag) == "docNumber"), None)
            titles = [x for x in p.iter() if _local(x.tag) == "docTitle"]
            if number is not None and out.symbol is None:
                try:
                    out.symbol = normalize_symbol(_text_of(number))
                except SymbolError:
                    out.symbol = _text_of(number)
            for t in titles:
                ref = t.get("refersTo", "")
                if ref == "#adoption":
                    out.adoption = _text_of(t)
                    for d in t.iter():
                        if _local(d.tag) == "docDate" and d.get("date"):
                            out.adopted = _iso_date(d.get("date", ""))
                        elif d.get("name") == "adoptionMeeting" and d.get("title"):
                            m = re.match(r"\s*(\d+)", fold_width(d.get("title", "")))
                            out.meeting = int(m.group(1)) if m else None
                elif ref == "#resolutionNumber":
                    out.title = _text_of(t)
            if titles or number is not None:
                out.lines.append(_ON_DATE.sub("on ", text))
    return out


def _number_of(block: Element) -> tuple[int | None, bool]:
    """The number of a paragraph (``1.`` -> 1) and whether it has a ``num`` at all."""
    num = _child(block, "num")
    if num is None:
        return None, False
    m = _NUMERIC.match(fold_width(_text_of(num)))
    return (int(m.group(1)) if m else None), True


def _heading_only(block: Element) -> bool:
    names = {_local(c.tag) for c in block} - {""}
    return bool(names) and names <= {"heading", "subheading", "num"} and bool(
        names & {"heading", "subheading"})


class _Assembler:
    """Turns the blocks of the body into paragraphs, the rules of the module docstring."""

    def __init__(self, lang: str, statement: bool) -> None:
        self.lang = lang
        self.statement = statement
        self.blocks: list[_Block] = []
        self.counts = {"PP": 0, "OP": 0, "P": 0, "AN": 0}
        self.last_op = 0
        self.used: set[int] = set()
        self.pending: tuple[int, str] | None = None  # a number set apart from its text

    def add(self, kind: str, lines: list[_Line], number: int | None = None) -> None:
        if not lines:
            return
        if not kind:
            self.blocks.append(_Block("", 0, lines))
            return
        if kind == "OP":  # the printed number, unless taken (parts A and B restart at 1)
            n = number if number is not None and number not in self.used else max(
                self.used, default=0) + 1
            self.used.add(n)
            self.last_op = n
        else:
            self.counts[kind] += 1
            n = self.counts[kind]
        self.blocks.append(_Block(kind, n, lines))

    def extend(self, lines: list[_Line]) -> bool:
        """Add *lines* to the last paragraph; False when there is none."""
        for b in reversed(self.blocks):
            if b.kind:
                b.lines.extend(lines)
                return True
            if b.lines and not b.kind:
                return False  # a heading between: a new paragraph starts
        return False

    def unnumbered(self, lines: list[_Line], numbered_other: bool) -> None:
        """A paragraph without a number of its own (or numbered with a letter or bullet)."""
        if not lines:
            return
        if not numbered_other and _is_title(lines):
            self.add("", lines)  # "Measures", "Renewal of the mandate": a heading line
            return
        if self.statement:
            if numbered_other and self.extend(lines):
                return
            self.add("P", lines)
            return
        # the main body is the operative part: an unnumbered paragraph before the first
        # numbered one is operative unless (English) it opens like a preambular paragraph;
        # after one, it continues it unless it opens with an operative verb of its own
        opener = _opener(fold_en(lines[0].text)) if self.lang == "en" else None
        seen_op = self.last_op > 0
        if opener == "OP":
            self.add("OP", lines)
        elif seen_op or numbered_other:
            if not self.extend(lines):
                # after a heading ("B", "Measures"): a lead-in such as "With regard to the
                # trade in arms," is a heading line, so the printed numbers stay the labels
                self.add("" if seen_op else "OP", lines)
        else:
            self.add("PP" if opener == "PP" else "OP", lines)

    def body(self, elem: Element) -> None:
        for child in elem:
            name = _local(child.tag)
            if not name:
                continue
            if name == "section":
                self.body(child)
            elif name == "num" or (name == "crossHeading"
                                   and child.get("refersTo") != "#preamble"):
                self.add("", _block_of(child))
            elif name == "crossHeading":
                self.add("PP", _block_of(child))
            elif name in ("paragraph", "alinea", "container", "p", "blockList", "point"):
                self.paragraph(child)
            elif name in _SKIP:
                continue
            else:
                self.add("", _block(child))

    def paragraph(self, elem: Element) -> None:
        name = _local(elem.tag)
        if name == "p" and any(_local(x.tag) in ("docTitle", "decoration") for x in elem.iter()):
            self.add("", _block_of(elem))
            return
        if name == "paragraph" and _heading_only(elem):
            self.add("", _block(elem))
            return
        lines = _block_of(elem) if name == "p" else _block(elem)
        if self.statement:
            if name == "alinea" and not any(b.kind for b in self.blocks):
                self.add("", lines)  # "At the 4131st meeting …": the statement's heading
                return
            number, has_num = _number_of(elem)
            if has_num and number is None:
                self.unnumbered(lines, True)
            else:
                self.add("P", lines)
            return
        number, has_num = _number_of(elem)
        if number is not None and len(lines) == 1 and _NUMERIC.match(lines[0].text):
            self.pending = (number, lines[0].text)  # "1." alone, its text in the next block
            return
        if number is None and self.pending is not None and lines:
            number, num = self.pending
            lines[0].chars[:0] = list(num + " ")
            lines[0].links = [(a + len(num) + 1, b + len(num) + 1, h)
                              for a, b, h in lines[0].links]
        self.pending = None
        if number is not None and number in self.used and not self._after_heading() and (
                self.lang != "en" or _opener(fold_en(_unnumbered_text(lines[0]))) != "OP"):
            # numbering restarted inside the body (a plan's points quoted in a paragraph)
            if self.extend(lines):
                return
        if number is not None:
            self.add("OP", lines, number)
        else:
            self.unnumbered(lines, has_num)

    def _after_heading(self) -> bool:
        """True when the last block is a heading line (a part "B", a subheading)."""
        return bool(self.blocks) and not self.blocks[-1].kind


#: how a paragraph's text ends: a title line ends in none of these
_TERMINAL = tuple(".,;:!?)\"'”’。，；：！？）")


def _is_title(lines: list[_Line]) -> bool:
    """True for a heading set as a paragraph: one line of at most 15 words that does not end
    in punctuation (``Measures``, ``Renewal of UNIOGBIS's mandate``, ``军火禁运``, ``*``).

    >>> line = _Line(list('Drugs trafficking and organized crime'))
    >>> _is_title([line]), _is_title([_Line(list('Decides to remain seized.'))])
    (True, False)
    """
    text = lines[0].text.rstrip()
    return len(lines) == 1 and len(text.split()) <= 15 and not text.endswith(_TERMINAL)


def _unnumbered_text(line: _Line) -> str:
    """The text of a paragraph's first line without its number (``1. Decides`` -> ``Decides``)."""
    return re.sub(r"^\s*\d{1,3}\s*[.、]?\s*", "", line.text)


def _block_of(elem: Element) -> list[_Line]:
    line = _Line()
    _render(elem, line)
    return [line] if line.text else []


def parse_akn(data: bytes, path: str | Path = "<bytes>") -> ParsedText:
    """Return the header and paragraphs of one AKN4UN resolution or presidential statement.

    Parameters
    ----------
    data : bytes
        The XML file's bytes.
    path : str or Path
        The file's name, for messages and :attr:`SourceText.path`.

    Returns
    -------
    ParsedText
        With the synthesised text as its source; :attr:`ParsedText.warnings` holds the
        disagreements between the FRBR identity, the cover and the text.

    Raises
    ------
    InputError
        For a file that is not well-formed XML, is cut short, is not Akoma Ntoso, declares a
        DTD or entities, or has no identity (neither FRBR nor cover).

    Examples
    --------
    >>> try:
    ...     parse_akn(b'<html/>', 'x.xml')
    ... except InputError as exc:
    ...     print(exc.problem)
    not an Akoma Ntoso document (root element <html>, not <akomaNtoso>)
    """
    where = str(path)
    root = _parse_xml(data, where)
    doc = _document(root, where)
    cover = _cover(doc)
    warnings: list[Warning] = []
    identity, problem = _frbr(doc, where, cover.symbol)
    if identity is None:
        identity = _identity_from_cover(cover, doc)
        if identity is None:
            raise InputError(where, f"no identity: {problem}, and the cover names no "
                                    f"resolution or statement")
        warnings.append(Warning(where, "header", f"{problem}: identity from the cover"))
    if identity.kind == "statement":
        symbol = presidential_statement(identity.year, identity.number)
    else:
        try:
            symbol = sc_resolution(identity.number, identity.year)
        except SymbolError as exc:
            raise InputError(where, f"no identity: {exc}") from None

    # body
    declared = identity.language
    lang_guess = declared if declared in ("en", "zh") else "en"
    statement = identity.kind == "statement"
    asm = _Assembler(lang_guess, statement)
    preamble = _child(doc, "preamble")
    head_lines = [_plain(t) for t in cover.lines]
    if preamble is not None:
        for child in preamble:
            name = _local(child.tag)
            if name == "container":
                asm.add("PP", _block(child))
            elif name == "formula":
                head_lines.extend(line.text for line in _block(child))
            elif name in ("p", "block"):
                asm.add("", _block_of(child))
    body = _child(doc, "mainBody")
    if body is None:
        raise InputError(where, "Akoma Ntoso document without a mainBody")
    asm.body(body)
    for tail in ("conclusions",):
        el = _child(doc, tail)
        if el is not None:
            asm.add("", _block(el))
    for attachment in (x for x in doc.iter() if _local(x.tag) == "attachment"):
        for annex_body in (x for x in attachment.iter() if _local(x.tag) == "mainBody"):
            for child in annex_body:
                if _local(child.tag):
                    asm.add("AN", _block(child) if _local(child.tag) != "p"
                            else _block_of(child))

    text, paragraphs, intro = _layout(head_lines, asm.blocks)
    lang = detect_language(text)
    if lang == "und":
        raise InputError(where, "no text in the document")
    if declared and lang != declared:
        warnings.append(Warning(where, "header", f"declared language "
                                f"{LANGUAGE_NAMES.get(declared, declared)} but the text is in "
                                f"{LANGUAGE_NAMES.get(lang, lang)}: read as "
                                f"{LANGUAGE_NAMES.get(lang, lang)}"))
    script, match_text = "", text
    if lang == "zh":
        match_text = to_simplified(text)
        if match_text != text:
            script = "Hant"
    source = SourceText(Path(path), text, hashlib.sha256(data).hexdigest(), lang, "utf-8",
                        script, match_text)
    finished = [_finish(p, source, i) for i, p in enumerate(paragraphs, 1)]

    # header, cross-checked with the cover
    header = Header(symbol, identity.number, identity.year, identity.adopted,
                    kind="resolution" if not statement else "statement")
    header.meeting = _meeting_in(cover.adoption) or cover.meeting or _meeting_in(intro)
    if header.adopted is None:
        header.adopted = cover.adopted or _date_in(cover.adoption)
    warnings.extend(_cross_check(header, cover, where))
    marked = {"resolution": "resolution", "presidentialStatement": "statement"}.get(
        doc.get("name", ""))
    if marked and marked != header.kind:
        warnings.append(Warning(where, "header", f"the document is marked "
                                f"{doc.get('name')} but its identifiers name {symbol}: "
                                f"read as a {header.kind}"))
    if lang == "zh":
        folded = fold_width(match_text)
        header.chapter_vii = any(_CHAPTER_VII.search(folded, p.span.start, p.span.end)
                                 for p in finished if p.kind != "AN")
    else:
        header.chapter_vii = any(_CHAPTER_VII_EN.search(p.match) for p in finished
                                 if p.kind != "AN")
    if not statement and finished and not any(p.kind == "OP" for p in finished):
        warnings.append(Warning(where, "text", f"no operative paragraph found in "
                                f"{len(finished)} paragraph(s)"))
    if not finished:
        raise InputError(where, "the document has no paragraphs")
    return ParsedText(source, header, finished, warnings)


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _identity_from_cover(cover: _Cover, doc: Element) -> _Identity | None:
    ident = _child(doc, "meta", "identification")
    lang_el = _child(ident, "FRBRExpression", "FRBRlanguage")
    declared = (lang_el.get("language", "") if lang_el is not None else "").lower()
    language = _LANGUAGES.get(declared, declared[:2])
    symbol = cover.symbol or ""
    m = re.fullmatch(r"S/RES/(\d+) \((\d{4})\)", symbol)
    if m:
        return _Identity("resolution", int(m.group(1)), int(m.group(2)), cover.adopted,
                         language)
    m = re.fullmatch(r"S/PRST/(\d{4})/(\d+)", symbol)
    if m:
        return _Identity("statement", int(m.group(2)), int(m.group(1)), cover.adopted,
                         language)
    m = _TITLE_RES.search(fold_width(cover.title))
    if m:
        return _Identity("resolution", int(m.group(1)), int(m.group(2)), cover.adopted,
                         language)
    return None


def _cross_check(header: Header, cover: _Cover, where: str) -> list[Warning]:
    out = []
    if cover.symbol and cover.symbol != header.symbol:
        out.append(Warning(where, "header", f"the cover names {cover.symbol}, the FRBR "
                                            f"identifier {header.symbol}: kept {header.symbol}"))
    m = _TITLE_RES.search(fold_width(cover.title))
    if m and header.kind == "resolution" and (int(m.group(1)), int(m.group(2))) != (
            header.number, header.year):
        out.append(Warning(where, "header", f"the title says resolution {m.group(1)} "
                                            f"({m.group(2)}), the FRBR identifier "
                                            f"{header.symbol}: kept {header.symbol}"))
    said = cover.adopted or _date_in(cover.adoption)
    if said is not None and header.adopted is not None and said != header.adopted:
        out.append(Warning(where, "header", f"the cover dates the adoption {said}, the FRBR "
                                            f"identifier {header.adopted}: kept "
                                            f"{header.adopted}"))
    return out


@dataclass
class _Laid:
    kind: str
    number: int
    span: Span
    lines: list[tuple[int, _Line]]  # offset of each line in the text
    notes: list[tuple[str, Span, list[tuple[int, _Line]]]]


def _layout(head: list[str], blocks: list[_Block]) -> tuple[str, list[_Laid], str]:
    """Lay the heading lines, the paragraphs and the notes out as one text; also return the
    heading lines before the first paragraph (a statement's opening line)."""
    parts: list[str] = []
    pos = 0

    def write(s: str) -> int:
        nonlocal pos
        start = pos
        parts.append(s)
        pos += len(s)
        return start

    heading = "\n".join(line for line in head if line)
    if heading:
        write(heading + "\n\n")
    laid: list[_Laid] = []
    pending_notes: list[Element] = []
    intro: list[str] = []
    for i, b in enumerate(blocks):
        if i or heading:
            if not parts[-1].endswith("\n\n"):
                write("\n\n")
        offsets = []
        for j, line in enumerate(b.lines):
            if j:
                write("\n")
            offsets.append((write(line.text), line))
        if not b.kind:
            if not laid:
                intro.extend(line.text for line in b.lines)
            for line in b.lines:
                pending_notes.extend(line.notes)
            continue
        start, end = offsets[0][0], pos
        laid.append(_Laid(b.kind, b.number, Span(start, end), offsets, []))
        if pending_notes:  # a heading's notes go to the paragraph after it
            laid[-1].lines[0][1].notes[:0] = pending_notes
            pending_notes = []
    if pending_notes and laid:
        laid[-1].lines[-1][1].notes.extend(pending_notes)
    # notes at the end
    first_note = True
    for p in laid:
        for _, line in p.lines:
            for note in line.notes:
                write("\n\n" if first_note else "\n")
                first_note = False
                marker = note.get("marker", "").strip()
                rendered = _block(note) or [_Line()]
                if marker:
                    write(marker + " ")
                start = pos
                note_lines = []
                for k, nl in enumerate(rendered):
                    if k:
                        write(" ")
                    note_lines.append((write(nl.text), nl))
                p.notes.append((marker, Span(start, pos), note_lines))
    text = "".join(parts)
    if text and not text.endswith("\n"):
        text += "\n"
    return text, laid, "\n".join(intro)


def _finish(p: _Laid, source: SourceText, position: int) -> Paragraph:
    """The :class:`Paragraph` of a laid-out block: display text, match, notes and links."""
    text = source.text
    s, e = p.span.start, p.span.end
    raw = text[s:e]
    if source.lang == "zh":
        match = fold_width(source.match_text[s:e])
        shown = fold_width(raw)
        if p.kind == "OP":
            shown = re.sub(r"^\s*\d{1,3}\s*[.、]\s*", "", shown, count=1)
        display = repair_text_zh(shown)
    else:
        match = fold_en(raw)
        display = repair_en(raw)

    def fold(a: int, b: int) -> str:
        if source.lang == "zh":
            return fold_width(source.match_text[a:b])
        return fold_en(text[a:b])

    notes = [Note(marker, span, text[span.start:span.end], fold(span.start, span.end))
             for marker, span, _ in p.notes]
    raw_links: list[tuple[int, int, str]] = []
    for offset, line in p.lines:
        raw_links.extend((offset + a, offset + b, href) for a, b, href in line.links)
    for _, _, note_lines in p.notes:
        for offset, line in note_lines:
            raw_links.extend((offset + a, offset + b, href) for a, b, href in line.links)
    links: list[Link] = []
    for a, b, href in _merge_links(raw_links, text):
        for symbol in link_symbols(href):
            links.append(Link(Span(a, b), symbol, href))
    return Paragraph(p.kind, p.number, p.span, display, match, position=position, notes=notes,
                     links=links)


def _merge_links(links: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Join the links of one reference split over adjacent ``<a>`` with the same address."""
    out: list[tuple[int, int, str]] = []
    for a, b, href in sorted(links):
        if out and out[-1][2] == href and not text[out[-1][1]:a].strip():
            out[-1] = (out[-1][0], max(b, out[-1][1]), href)
        else:
            out.append((a, b, href))
    return [(a, b, h) for a, b, h in out if b > a]


def read_akn(path: str | Path) -> ParsedText:
    """Read one AKN4UN XML file (see :func:`parse_akn`).

    Raises
    ------
    InputError
        For a missing, special, oversized or unreadable file, and as :func:`parse_akn`.
    """
    p = Path(path)
    return parse_akn(read_input(p, "akn"), p)
