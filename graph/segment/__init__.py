"""Step 2 of the pipeline: a decoded text to a header and paragraphs, one module per language.

Identity is decided here for every language alike: the segmenter of the text's language finds
the heading (``Resolution 827 (1993)``, ``第2388(2017)号决议``, a symbol-only heading
``S/RES/1244 (1999)``); page chrome (titles, navigation lines, info boxes, footers) never
decides it. The file name ``S_RES_<n>_<year>_<LANG>.txt`` (also ``S_RES_2571 (2021)_EN.txt``,
``S RES 2571 (2021) EN.txt``) is a cross-check: when it disagrees with the heading, the
heading wins and a warning names both; when the text has no heading, the file name gives the
identity (and a warning says so); with neither, the text is refused with
:data:`NO_IDENTITY`.

Hooks for the segmenters (language-independent):

* a segmenter is called as ``fn(source, fallback)``, *fallback* the
  :class:`~graph.model.Header` the file name gives, or ``None``. When it finds no heading of
  its own it refuses the text if *fallback* is ``None``; otherwise it returns *fallback* or
  a header with an empty symbol (``""``, number and year 0), which the file name's identity
  then replaces (the adoption day, meeting and Chapter VII flag the segmenter found kept);
* :func:`file_header` reads the identity a file name gives;
* :func:`is_navigation_line` tells a navigation line (``← 2387(2017) | 2389(2017) →``,
  ``Previous: …``, ``上一项``) that must never decide identity;
* :func:`symbol_heading` reads a line that is nothing but a resolution symbol
  (``S/RES/1244 (1999)``).

>>> sorted(SEGMENTERS)
['en', 'zh']
>>> file_header(Path('S_RES_2388_2017_ZH.txt')).symbol
'S/RES/2388 (2017)'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from graph.errors import InputError
from graph.fold import fold_width
from graph.model import Header, ParsedText, SourceText, Warning
from graph.symbols import SymbolError, sc_resolution

__all__ = ["segment", "SEGMENTERS", "NO_IDENTITY", "file_header", "is_navigation_line",
           "symbol_heading"]

#: the problem of a text with no heading and no identity in its file name
NO_IDENTITY = ("no Security Council resolution found: not a Security Council resolution "
               "heading ('Resolution 827 (1993)', 'S/RES/827 (1993)', '第2388(2017)号决议') "
               "nor an S_RES_<n>_<year>_<LANG>.txt file name")

_FILE_NAME = re.compile(
    r"^S[ _-]*RES[ _-]*0*(?P<n>\d{1,4})[ _-]*\(?(?P<y>(?:19|20)\d{2})\)?(?:[ _-]|\.|$)", re.I)
_SYMBOL_LINE = re.compile(r"^[ \t]*S[ \t]*/[ \t]*RES[ \t]*/[ \t]*(?P<n>\d{1,4})[ \t]*"
                          r"\([ \t]*(?P<y>\d{4})[ \t]*\)[ \t.]*$")
_NAVIGATION = re.compile(r"[←→«»|‹›⟵⟶]|<<|>>|\b(?:previous|next|prev)\b|上一|下一|前一|后一|後一",
                         re.I)


def file_header(path: str | Path) -> Header | None:
    """Return the header a file name ``S_RES_<n>_<year>…`` gives, else ``None``.

    >>> file_header(Path('S_RES_0016_1947_EN_GOLD.txt')).symbol
    'S/RES/16 (1947)'
    >>> file_header(Path('/x/S RES 2571 (2021) EN.txt')).symbol
    'S/RES/2571 (2021)'
    >>> file_header(Path('page-07.txt')) is None
    True
    """
    m = _FILE_NAME.match(Path(path).name)
    if not m:
        return None
    number, year = int(m.group("n")), int(m.group("y"))
    try:
        return Header(sc_resolution(number, year), number, year)
    except SymbolError:
        return None


def is_navigation_line(line: str) -> bool:
    """True for a page's navigation line (arrows, bars, "previous"/"next"): a short line
    (at most 200 characters; a long one is text).

    >>> is_navigation_line('← 2387(2017) | 2389(2017) →')
    True
    >>> is_navigation_line('Resolution 2388 (2017)')
    False
    """
    return len(line) <= 200 and bool(_NAVIGATION.search(fold_width(line)))


def symbol_heading(line: str) -> tuple[int, int] | None:
    """Return ``(number, year)`` of a line that holds only a resolution symbol.

    >>> symbol_heading(' S/RES/1244 (1999) ')
    (1244, 1999)
    >>> symbol_heading('Recalling S/RES/1244 (1999),') is None
    True
    """
    m = _SYMBOL_LINE.match(fold_width(line))
    return (int(m.group("n")), int(m.group("y"))) if m else None


def _zh(source: SourceText, fallback: Header | None = None) -> ParsedText:
    from graph.segment.zh import segment_zh

    return segment_zh(source, fallback)


def _en(source: SourceText, fallback: Header | None = None) -> ParsedText:
    from graph.segment.en import segment_en

    return segment_en(source, fallback)


SEGMENTERS: dict[str, Callable[..., ParsedText]] = {"zh": _zh, "en": _en}


def segment(source: SourceText) -> ParsedText:
    """Segment *source* with the segmenter of its language and check its identity against
    the file name (see the module's docstring)."""
    try:
        fn = SEGMENTERS[source.lang]
    except KeyError:
        raise InputError(source.path, f"no parser for language {source.lang!r}") from None
    named = file_header(source.path)
    parsed = fn(source, named)
    path = str(source.path)
    if not parsed.header.symbol:  # the segmenter found no heading
        if named is None:
            raise InputError(source.path, NO_IDENTITY)
        h = parsed.header
        named = replace(named, adopted=h.adopted, meeting=h.meeting, chapter_vii=h.chapter_vii,
                        kind=h.kind)
        parsed.header = named
    if named is not None and parsed.header is named:
        parsed.warnings.insert(0, Warning(path, "heading", f"no heading found: the identity "
                                                           f"{named.symbol} is the file name's"))
    elif named is not None and parsed.header.symbol != named.symbol:
        parsed.warnings.insert(0, Warning(
            path, "heading", f"the heading says {parsed.header.symbol}, the file name "
                             f"{named.symbol}: the heading's is kept"))
    if parsed.paragraphs and not any(p.kind == "OP" for p in parsed.paragraphs):
        # a text cut short, or one whose paragraphs the segmenter could not tell apart
        parsed.warnings.append(Warning(
            path, "text", f"no operative paragraph found in "
            f"{len(parsed.paragraphs)} paragraph(s): only the preamble is in the graph"))
    return parsed
