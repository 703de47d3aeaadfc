"""Step 2 of the pipeline: a decoded text to a header and paragraphs, one module per language.

>>> sorted(SEGMENTERS)
['en', 'zh']
"""

from __future__ import annotations

from collections.abc import Callable

from graph.errors import InputError
from graph.model import ParsedText, SourceText, Warning

__all__ = ["segment", "SEGMENTERS"]


def _zh(source: SourceText) -> ParsedText:
    from graph.segment.zh import segment_zh

    return segment_zh(source)


def _en(source: SourceText) -> ParsedText:
    from graph.segment.en import segment_en

    return segment_en(source)


SEGMENTERS: dict[str, Callable[[SourceText], ParsedText]] = {"zh": _zh, "en": _en}


def segment(source: SourceText) -> ParsedText:
    """Segment *source* with the segmenter of its language."""
    try:
        fn = SEGMENTERS[source.lang]
    except KeyError:
        raise InputError(source.path, f"no parser for language {source.lang!r}") from None
    parsed = fn(source)
    if parsed.paragraphs and not any(p.kind == "OP" for p in parsed.paragraphs):
        # a text cut short, or one whose paragraphs the segmenter could not tell apart
        parsed.warnings.append(Warning(
            str(source.path), "text", f"no operative paragraph found in "
            f"{len(parsed.paragraphs)} paragraph(s): only the preamble is in the graph"))
    return parsed
