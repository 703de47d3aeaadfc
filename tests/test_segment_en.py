"""Segmentation of English resolution texts (fixtures in tests/fixtures/en)."""

from datetime import date
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.model import SourceText
from graph.segment.en import fold_en, repair_en, segment_en

FIXTURES = Path(__file__).parent / "fixtures" / "en"


def source(name: str) -> SourceText:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return SourceText(FIXTURES / name, text, "0" * 64, "en", "utf-8")


@pytest.mark.parametrize("name, symbol, adopted, meeting, chapter_vii", [
    # modern heading with meeting and date in the heading, acting under Chapter VII
    ("modern.txt", "S/RES/827 (1993)", date(1993, 5, 25), 3217, True),
    # middle era heading; meeting from the closing "Adopted … 2203rd meeting"
    ("middle.txt", "S/RES/465 (1980)", date(1980, 3, 1), 2203, False),
    # early heading "36 (1947). Resolution of …"
    ("early.txt", "S/RES/36 (1947)", date(1947, 11, 1), 219, False),
])
def test_header(name, symbol, adopted, meeting, chapter_vii):
    header = segment_en(source(name)).header
    assert (header.symbol, header.adopted, header.meeting, header.chapter_vii) == (
        symbol, adopted, meeting, chapter_vii)


@pytest.mark.parametrize("name, labels", [
    # numbered operative paragraphs; sub-paragraphs (a), (b) stay in OP2; footnote dropped
    ("modern.txt", ["PP1", "PP2", "PP3", "PP4", "OP1", "OP2", "OP3"]),
    # OCR "i." read as 1; closing line and footnote are not paragraphs
    ("middle.txt", ["PP1", "PP2", "OP1", "OP2"]),
    # an unnumbered operative paragraph counts as OP1
    ("early.txt", ["PP1", "OP1"]),
    # a text without operative part gives its preambular paragraphs only
    ("no_operative.txt", ["PP1", "PP2"]),
])
def test_paragraph_labels(name, labels):
    parsed = segment_en(source(name))
    assert [p.label for p in parsed.paragraphs] == labels
    assert [p.position for p in parsed.paragraphs] == list(range(1, len(labels) + 1))


@pytest.mark.parametrize("name", ["modern.txt", "middle.txt", "early.txt", "no_operative.txt"])
def test_match_is_folded_source_slice(name):
    src = source(name)
    for p in segment_en(src).paragraphs:
        raw = src.text[p.span.start:p.span.end]
        assert len(p.match) == len(raw) == p.span.length
        assert p.match == fold_en(raw)
        assert "\n" not in p.text and "  " not in p.text


def test_repaired_text_joins_hyphenated_words():
    paragraphs = segment_en(source("modern.txt")).paragraphs
    assert paragraphs[2].text == (
        'Deeply concerned at the international situation and the "ethnic cleansing",')
    assert "(a) On the measures taken; (b) On the measures planned;" in paragraphs[5].text


@pytest.mark.parametrize("raw, repaired", [
    # syllable break at line end is removed
    ("inter-\nnational", "international"),
    # a compound with a capital keeps its hyphen
    ("Secretary-\nGeneral", "Secretary-General"),
    # a known prefix keeps its hyphen
    ("self-\ndetermination", "self-determination"),
    # whitespace runs are normalised
    (" a\n\n b\t c ", "a b c"),
])
def test_repair_en(raw, repaired):
    assert repair_en(raw) == repaired


def test_not_a_resolution_raises():
    with pytest.raises(InputError, match="not a Security Council resolution"):
        segment_en(source("not_resolution.txt"))
