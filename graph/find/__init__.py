"""Step 3 of the pipeline: references and clauses in a paragraph, one module per language.

The references of a paragraph's footnotes (:attr:`graph.model.Paragraph.notes`) are found by
the same finder and added to the paragraph's findings, with their spans where the notes stand
in the source text (so outside the paragraph's own span): they are citations of the paragraph
that carries the note's marker (see :mod:`graph.resolve`). A note that opens with *Ibid.* and
names no document of its own gets an :class:`~graph.model.AnaphoraRef` of kind ``ibid``: the
previous note's document, resolved only when that is unambiguous.

>>> sorted(FINDERS)
['en', 'zh']
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import (
    AnaphoraRef,
    EntityRef,
    Findings,
    GAResolutionRef,
    Note,
    Paragraph,
    Reference,
    ResolutionRef,
    Span,
    SymbolRef,
)
from graph.registry import Registry

__all__ = ["find", "find_notes", "FINDERS", "IBID"]

#: "Ibid.", "Ibid," "ibid.", "同上。": the previous note's source
IBID = re.compile(r"\s*(?P<word>[Ii]bid\b\.?|同上)")


def _zh(paragraph: Paragraph, registry: Registry) -> Findings:
    from graph.find.zh import find_zh

    return find_zh(paragraph, registry)


def _en(paragraph: Paragraph, registry: Registry) -> Findings:
    from graph.find.en import find_en

    return find_en(paragraph, registry)


FINDERS: dict[str, Callable[[Paragraph, Registry], Findings]] = {"zh": _zh, "en": _en}

#: the kinds of reference a footnote contributes to its paragraph (its verbs, deadlines and
#: anaphoras of the kind "that resolution" are the note's prose, not the paragraph's)
_NOTE_KINDS = (ResolutionRef, GAResolutionRef, SymbolRef, EntityRef)


def find_notes(paragraph: Paragraph, registry: Registry, lang: str) -> list[Reference]:
    """Return the references found in the footnotes of *paragraph*, in note order.

    >>> from graph.registry import parse_registry
    >>> note_text = 'Ibid., document S/13301.'
    >>> p = Paragraph('OP', 1, Span(0, 9), 'Notes it.', 'Notes it.',
    ...               notes=[Note('23', Span(100, 124), note_text, note_text)])
    >>> [(type(r).__name__, r.span) for r in find_notes(p, parse_registry(''), 'en')]
    [('SymbolRef', Span(start=116, end=123))]
    """
    out: list[Reference] = []
    for note in paragraph.notes:
        out.extend(_note_references(paragraph, note, registry, lang))
    return out


def _note_references(paragraph: Paragraph, note: Note, registry: Registry,
                     lang: str) -> list[Reference]:
    inner = Paragraph(paragraph.kind, paragraph.number, note.span, note.text, note.match,
                      paragraph.position)
    refs = [r for r in FINDERS[lang](inner, registry).references if isinstance(r, _NOTE_KINDS)]
    ibid = IBID.match(note.match)
    if ibid and not any(isinstance(r, (ResolutionRef, GAResolutionRef, SymbolRef))
                        for r in refs):
        start, end = ibid.span("word")
        span = Span(note.span.start + start, note.span.start + end)
        refs.insert(0, AnaphoraRef(span, note.text[start:end], kind="ibid"))
    return refs


def find(paragraph: Paragraph, registry: Registry, lang: str) -> Findings:
    """Return what *paragraph* refers to, with the finder of language *lang*; the references
    of its footnotes follow its own (see :func:`find_notes`)."""
    findings = FINDERS[lang](paragraph, registry)
    if paragraph.notes:
        findings.references.extend(find_notes(paragraph, registry, lang))
    return findings
