"""Compare what two texts of one document yield: the Chinese and the English resolution.

The facts compared, paragraph by paragraph (paragraphs are matched by their label, ``OP3``):

* **citation**: the document (or instrument) a paragraph cites;
* **obligation**: a verb of an operative paragraph and its addressee;
* **mention**: an entity a paragraph names.

A fact one text yields and the other does not is a :class:`Disagreement`, with the spans of
the text that yields it and the paragraph of the other text where it is missing.

>>> from graph.model import Header, ParsedText, ResolvedText, SourceText, Span
>>> from pathlib import Path
>>> def text(lang):
...     src = SourceText(Path(f'{lang}.xml'), 'x', '', lang, 'utf-8')
...     return ResolvedText(ParsedText(src, Header('S/RES/1 (2020)', 1, 2020), []))
>>> compare_texts(text('en'), text('zh'))
[]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from graph.model import Paragraph, ResolvedText, Span

__all__ = ["Disagreement", "compare_texts", "count_facts", "FACT_KINDS", "agreement"]

#: the kinds of fact compared, in report order
FACT_KINDS = ("citation", "obligation", "mention")


@dataclass(frozen=True)
class Disagreement:
    """A fact one text of a document yields and the other does not.

    *fact* is the target IRI (citation, mention) or ``verb addressee`` (obligation; the
    addressee ``None`` when the act names none); *spans* are where the text that yields it
    says it; *missing_in* is the paragraph of the other text (its source span and display
    text), ``None`` when that text has no paragraph of this label.
    """

    kind: str  # citation | obligation | mention
    paragraph: str  # the label, OP3
    fact: str
    found_in: str  # the language (or name) of the text that yields the fact
    missing_from: str
    spans: tuple[tuple[Span, str], ...]
    missing_in: tuple[Span, str] | None


def _facts(resolved: ResolvedText) -> dict[tuple[str, str, str], list[tuple[Span, str]]]:
    """``(kind, paragraph label, fact) -> spans`` of one resolved text."""
    out: dict[tuple[str, str, str], list[tuple[Span, str]]] = {}
    for c in resolved.citations:
        out.setdefault(("citation", c.paragraph.label, str(c.target)), []).extend(c.spans)
    for o in resolved.obligations:
        key = ("obligation", o.paragraph.label, f"{o.verb} {o.addressee}")
        out.setdefault(key, []).extend(o.spans)
    for m in resolved.mentions:
        out.setdefault(("mention", m.paragraph.label, str(m.entity)), []).extend(m.spans)
    return out


def _name(resolved: ResolvedText) -> str:
    return resolved.parsed.source.lang or str(resolved.parsed.source.path)


def compare_texts(resolved_a: ResolvedText, resolved_b: ResolvedText) -> list[Disagreement]:
    """Return the facts that one of two texts of a document yields and the other does not.

    Parameters
    ----------
    resolved_a, resolved_b : ResolvedText
        The two texts, resolved (e.g. the English and the Chinese resolution).

    Returns
    -------
    list of Disagreement
        Sorted by paragraph position, kind and fact; those of *resolved_a* first on a tie.
    """
    facts = (_facts(resolved_a), _facts(resolved_b))
    texts = (resolved_a, resolved_b)
    paragraphs: tuple[dict[str, Paragraph], ...] = tuple(
        {p.label: p for p in r.parsed.paragraphs} for r in texts)
    order = {p.label: i for i, p in enumerate(resolved_a.parsed.paragraphs)}
    out: list[tuple[tuple, Disagreement]] = []
    for side in (0, 1):
        mine, theirs = facts[side], facts[1 - side]
        for key, spans in mine.items():
            if key in theirs:
                continue
            kind, label, fact = key
            other = paragraphs[1 - side].get(label)
            missing = (other.span, other.text) if other is not None else None
            d = Disagreement(kind, label, fact, _name(texts[side]), _name(texts[1 - side]),
                             tuple(sorted(spans)), missing)
            out.append(((order.get(label, len(order)), FACT_KINDS.index(kind), fact, side), d))
    return [d for _, d in sorted(out, key=lambda t: t[0])]


def count_facts(resolved_a: ResolvedText, resolved_b: ResolvedText
                ) -> dict[str, tuple[int, int, int]]:
    """Return, per kind of fact, ``(in both, only in a, only in b)``."""
    a, b = _facts(resolved_a), _facts(resolved_b)
    out = {}
    for kind in FACT_KINDS:
        ka = {k for k in a if k[0] == kind}
        kb = {k for k in b if k[0] == kind}
        out[kind] = (len(ka & kb), len(ka - kb), len(kb - ka))
    return out


def agreement(counts: Iterable[tuple[int, int, int]]) -> float:
    """The F1 of two texts' facts, one text taken as the other's gold:
    ``2·both / (2·both + only_a + only_b)``; 1.0 when neither has any.

    >>> agreement([(99, 1, 1)])
    0.99
    """
    both = only_a = only_b = 0
    for x, y, z in counts:
        both, only_a, only_b = both + x, only_a + y, only_b + z
    total = 2 * both + only_a + only_b
    return 2 * both / total if total else 1.0
