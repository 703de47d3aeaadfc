"""The whole record's behaviours on real data (../shared): what cites a resolution, from the
texts in both languages and from presidential statements; how a resolution was voted."""

from __future__ import annotations

import pytest

import graph
from tests.conftest import SHARED

AKN = SHARED / "corpus" / "akn"


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    """The English and Chinese XML texts that cite S/RES/2331 (2016), a statement that does,
    and the adoption data of 2016."""
    if not AKN.is_dir():
        pytest.skip(f"../shared not present: {AKN}")
    texts = sorted(p for p in AKN.glob("202*/*/*.xml")
                   if "2331(2016)" in p.read_text(encoding="utf-8", errors="replace"))
    statements = sorted(p for p in AKN.glob("PRST/2019/*.xml")
                        if "RES/2331" in p.read_text(encoding="utf-8", errors="replace"))
    assert len(texts) >= 10 and statements
    return graph.build([*texts, *statements[:1], AKN / "data_extract" / "2016.json"],
                       out=tmp_path_factory.mktemp("record") / "b", progress=False)


def test_cited_by_lists_what_recalls_a_resolution_from_both_languages(record):
    rows = record.query("cited-by", symbol="S/RES/2331 (2016)").values()
    citing = {r[1] for r in rows}
    assert {"S/RES/2560 (2020)", "S/RES/2617 (2021)", "S/RES/2734 (2024)"} <= citing
    assert any(c.startswith("S/PRST/2019/") for c in citing)
    # each of them cites it in its English and in its Chinese text
    langs = record.query("""
        SELECT DISTINCT ?lang WHERE {
          ?c <http://purl.org/spar/cito/hasCitedEntity>
             <https://w3id.org/unsc-graph/id/doc/S/RES/2331(2016)> ;
             <https://w3id.org/unsc-graph/ontology#citingDocument>
             <https://w3id.org/unsc-graph/id/doc/S/RES/2617(2021)> ;
             <https://w3id.org/unsc-graph/ontology#evidence>/<http://www.w3.org/ns/oa#hasSource>/
             <http://purl.org/dc/terms/language> ?lang }""").values()
    assert sorted(langs) == [("en",), ("zh",)]


def test_votes_show_the_united_states_abstaining_on_2334(record):
    rows = record.query("votes", symbol="S/RES/2334 (2016)").values()
    assert ("S/RES/2334 (2016)", "United States of America", "abstaining") in rows
    assert sum(1 for r in rows if r[2] == "in favour") == 14
    assert record.query("sponsors", symbol="S/RES/2334 (2016)").values()


def test_the_record_conforms_to_the_shapes(record):
    result = record.validate()
    assert result.conforms, result.text[:3000]
