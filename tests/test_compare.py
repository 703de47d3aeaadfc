"""Comparing what the Chinese and the English text of one resolution yield (graph.compare)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from graph.compare import agreement, compare_texts, count_facts
from graph.iri import entity_iri
from graph.registry import load_registry
from graph.resolve import resolve
from graph.sources.akn import read_akn

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "akn"


@pytest.fixture(scope="module")
def pair():
    registry = load_registry()
    en = resolve(read_akn(FIXTURES / "res-2999-en.xml"), registry)
    zh = resolve(read_akn(FIXTURES / "res-2999-zh.xml"), registry)
    return en, zh


def test_counts_of_the_fixture(pair):
    en, zh = pair
    # citations and obligations agree; the Chinese names the Council (安理会) where the
    # English says "the Council", which the registry does not take for a name
    assert count_facts(en, zh) == {"citation": (8, 0, 0), "obligation": (4, 0, 0),
                                   "mention": (8, 0, 1)}


def test_disagreement_has_both_spans(pair):
    en, zh = pair
    (d,) = compare_texts(en, zh)
    assert (d.kind, d.paragraph, d.fact, d.found_in, d.missing_from) == (
        "mention", "OP3", str(entity_iri("security-council")), "zh", "en")
    (span, surface), = d.spans
    assert zh.parsed.source.text[span.start:span.end] == surface == "安理会"
    op3 = next(p for p in en.parsed.paragraphs if p.label == "OP3")
    assert d.missing_in == (op3.span, op3.text)


def test_a_missing_citation_is_reported_on_the_side_that_has_it(pair):
    en, zh = pair
    # drop the English citations of PP1: the Chinese has them alone
    en_less = replace(en, citations=[c for c in en.citations if c.paragraph.label != "PP1"])
    found = [(d.kind, d.paragraph, d.found_in) for d in compare_texts(en_less, zh)
             if d.kind == "citation"]
    assert found == [("citation", "PP1", "zh")] * 3
    assert compare_texts(zh, zh) == []


@pytest.mark.parametrize("counts, f1", [
    ([(99, 1, 1)], 0.99),  # one fact missing on each side
    ([(0, 0, 0)], 1.0),  # nothing to compare
    ([(1, 0, 0), (0, 1, 0)], 2 / 3),  # summed over documents first
])
def test_agreement(counts, f1):
    assert agreement(counts) == pytest.approx(f1)
