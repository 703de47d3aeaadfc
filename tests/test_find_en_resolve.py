"""English addressees through graph.resolve: groups the finder leaves unresolved are minted
under their own words, "the Committee"/"the Panel" stand for the one body the text names."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import Header, Paragraph, ParsedText, SourceText, Span
from graph.registry import load_registry
from graph.resolve import resolve

REGISTRY = load_registry()


def parse_ops(*texts: str) -> ParsedText:
    """One English text whose operative paragraphs are *texts*, in order."""
    whole = "\n".join(texts)
    source = SourceText(Path("S_RES_2500_2019_EN.txt"), whole, "0", "en", "utf-8",
                        match_text=whole)
    paras, at = [], 0
    for i, t in enumerate(texts, 1):
        paras.append(Paragraph("OP", i, Span(at, at + len(t)), t, t, i))
        at += len(t) + 1
    return ParsedText(source, Header("S/RES/2500 (2019)", 2500, 2019), paras)


def addressee_names(*texts: str) -> list[tuple[str, str]]:
    """(paragraph label, the addressee's IRI tail) of every obligation with an addressee."""
    resolved = resolve(parse_ops(*texts), REGISTRY)
    return [(o.paragraph.label, str(o.addressee).split("/entity/")[1])
            for o in resolved.obligations if o.addressee is not None]


@pytest.mark.parametrize("texts, expected", [
    # a plural after another group named with it is a group of its own: "States" are not the
    # "States in the region" of an earlier paragraph
    (("1. Urges all States, including States in the region, to act;",
      "2. Invites States to examine their laws;"),
     [("OP1", "states"), ("OP1", "body/en/states-in-the-region"), ("OP2", "body/en/states")]),
    # a singular head alone is the one body the text named so
    (("1. Requests the Panel of Experts on Haiti to report;", "2. Requests the Panel to act;"),
     [("OP1", "body/en/panel-of-experts-on-haiti"), ("OP2", "body/en/panel-of-experts-on-haiti")]),
    # "the Committee" is not a registry group of many committees the text mentions
    (("1. Encourages the relevant sanctions committees to cooperate;",
      "2. Directs the Committee to update its list;"),
     [("OP1", "sanctions-committees")]),
])
def test_addressees_resolved_in_english(texts, expected):
    assert addressee_names(*texts) == expected
