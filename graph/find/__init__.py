"""Step 3 of the pipeline: references and clauses in a paragraph, one module per language.

>>> sorted(FINDERS)
['en', 'zh']
"""

from __future__ import annotations

from collections.abc import Callable

from graph.model import Findings, Paragraph
from graph.registry import Registry

__all__ = ["find", "FINDERS"]


def _zh(paragraph: Paragraph, registry: Registry) -> Findings:
    from graph.find.zh import find_zh

    return find_zh(paragraph, registry)


def _en(paragraph: Paragraph, registry: Registry) -> Findings:
    from graph.find.en import find_en

    return find_en(paragraph, registry)


FINDERS: dict[str, Callable[[Paragraph, Registry], Findings]] = {"zh": _zh, "en": _en}


def find(paragraph: Paragraph, registry: Registry, lang: str) -> Findings:
    """Return what *paragraph* refers to, with the finder of language *lang*."""
    return FINDERS[lang](paragraph, registry)
