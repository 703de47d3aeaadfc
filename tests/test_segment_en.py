"""Segmentation of English resolution texts (fixtures in tests/fixtures/en)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.find.en import find_deadline_en
from graph.iri import entity_iri
from graph.model import SourceText
from graph.registry import load_registry
from graph.segment.en import _ANNEX, fold_en, repair_en, segment_en

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


# --- English fixes: annexes, past dates, Geneva instruments, footnote marks --------------------

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "en-resolutions"

HEAD = "RESOLUTION 900 (1994)\n\nAdopted by the Security Council at its 3300th meeting, on\n" \
       "4 March 1994\n\nThe Security Council,\n\nRecalling its resolution 808 (1993),\n\n"


def segment(body: str):
    text = HEAD + body
    return segment_en(SourceText(Path("x.txt"), text, "0" * 64, "en", "utf-8"))


# --- A: an annex heading ends the operative part ---------------------------------------------

@pytest.mark.parametrize("body, labels, last", [
    # "Annex" alone after the last paragraph, numbered list items inside the annex
    ("1. Decides to act;\n\n2. Decides to remain seized.\n\nAnnex\nList of items:\n\n"
     "I. Pumps of large capacity.\n\n3. Spare parts.\n",
     ["PP1", "OP1", "OP2"], "2. Decides to remain seized."),
    # "Annex A" after a running header and a job number on lines of their own
    ("1. Approves the list in Annex A;\n\n2. Decides to remain seized of the matter.\n"
     "02-75941 (E)\nS/RES/900 (1994)\n\nAnnex A\n\n(1) C.1.0.4.1.0: Quantities.\n\n"
     "6. NUMBER OF LINE ITEMS ON THE FORM\n",
     ["PP1", "OP1", "OP2"], "2. Decides to remain seized of the matter."),
    # capitals and a Roman number: "ANNEX I"
    ("Decides to amend the rules as in the annex.\n\nANNEX I\n\nRule 41\n\nRequests that\n",
     ["PP1", "OP1"], "Decides to amend the rules as in the annex."),
    # "Appendix" after a page number
    ("1. Decides to act.\n12\n\nAppendix\n\n1. Item one;\n", ["PP1", "OP1"],
     "1. Decides to act."),
    # "annex." in lower case closes a sentence broken over lines: not a heading
    ("1. Requests the report set out in the\nannex.\n\n2. Decides to act.\n",
     ["PP1", "OP1", "OP2"], "2. Decides to act."),
    # a heading word wrapped out of a sentence ("in" / "Annex" / "I to …"): not a heading
    ("1. Approves the plan set out in\nAnnex\nI to the report;\n\n2. Decides to act.\n",
     ["PP1", "OP1", "OP2"], "2. Decides to act."),
    # "Annex A to this resolution …" opens a line but is no heading
    ("1. Approves the changes specified in\nAnnex A to this resolution;\n\n2. Decides.\n",
     ["PP1", "OP1", "OP2"], "2. Decides."),
])
def test_annex_heading_ends_the_body(body, labels, last):
    paragraphs = segment(body).paragraphs
    assert [p.label for p in paragraphs] == labels
    assert paragraphs[-1].text == last


def test_no_paragraph_of_the_corpus_holds_an_annex_heading():
    if not CORPUS.is_dir():
        pytest.skip("../shared not present: the English corpus is needed for this test")
    bad = []
    annexed = 0
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        annexed += bool(_ANNEX.search(fold_en(text)))
        for p in segment_en(SourceText(path, text, "0" * 64, "en", "utf-8")).paragraphs:
            if _ANNEX.search(p.match) or re.search(r"\bS/RES/\d+ \(\d{4}\)\s*$", p.match):
                bad.append((path.name, p.label))
    assert annexed >= 3  # the corpus does have annexes: the check is not empty
    assert bad == []


# --- B: a date that places a past state is not a deadline ------------------------------------

@pytest.mark.parametrize("text, on", [
    # withdrawal to a past line: "held by them before"
    ("Demands withdrawal of all armed personnel to the positions held by them before "
     "5 August 1965;", None),
    # "occupied by <agent> before"
    ("Demands an immediate return to the positions occupied by Israel before 15 September 1982",
     None),
    # "occupied before" without an agent
    ("to pull back to the positions it occupied before 7 February 1993,", None),
    # a past state first, a real time limit after it: the time limit is found
    ("to return to the lines held before 1 May 1993 and to report by 30 June 1993",
     date(1993, 6, 30)),
    # "before" after a report verb is a time limit
    ("to report back to the Security Council before 1 November 1979", date(1979, 11, 1)),
    # "in any case before" is a time limit
    ("from the Territory immediately and in any case before 4 October 1969", date(1969, 10, 4)),
    # a participle that is not held/occupied keeps the time limit
    ("the first report to be submitted before 1 May 1994", date(1994, 5, 1)),
])
def test_past_state_date_is_not_a_deadline(text, on):
    found = find_deadline_en(text)
    assert (found.on if found else None) == on


# --- C: the Geneva instruments --------------------------------------------------------------

@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("text, lang, name, slug", [
    # 598 (1987) OP3: the ordinal name wins over the bare hidden label
    ("in accordance with the Third Geneva Convention of 12 August 1949", "en",
     "Third Geneva Convention", "third-geneva-convention"),
    # 686 (1991) OP5: the full title wins over its first two words
    ("as required by the terms of the Geneva Convention relative to the Treatment of Prisoners "
     "of War, of 12 August 1949", "en",
     "Geneva Convention relative to the Treatment of Prisoners of War, of 12 August 1949",
     "third-geneva-convention"),
    # 598 (1987) PP and 620 (1988) OP: the 1925 protocol on gases
    ("contrary to obligations under the 1925 Geneva Protocol, 28", "en",
     "1925 Geneva Protocol", "geneva-protocol-1925"),
    # the civilians convention by its full title
    ("Recalling the Geneva Convention relative to the Protection of Civilian Persons in Time "
     "of War,", "en", "Geneva Convention relative to the Protection of Civilian Persons in Time "
     "of War", "fourth-geneva-convention"),
    # 674 (1990): the bare phrase after the full title of the Fourth
    ("Reaffirming that the above-mentioned Geneva Convention applies to Kuwait", "en",
     "Geneva Convention", "fourth-geneva-convention"),
    # the plural is the set of four, not one of them
    ("in particular the Geneva Conventions of 12 August 1949, 65", "en",
     "Geneva Conventions of 12 August 1949", "geneva-conventions-1949"),
    # Chinese: the Third by its ordinal name
    ("遵守日内瓦第三公约的规定", "zh", "日内瓦第三公约", "third-geneva-convention"),
    # Chinese: the 1925 protocol by its short name
    ("违反1925年日内瓦议定书", "zh", "1925年日内瓦议定书", "geneva-protocol-1925"),
])
def test_geneva_instrument_names(registry, text, lang, name, slug):
    found = [(text[s:e], iri) for s, e, iri in registry.find_entities(text, lang)]
    assert (name, entity_iri(slug)) in found
    assert all(iri == entity_iri(slug) for n, iri in found if "日内瓦" in n or "Geneva" in n)


@pytest.mark.parametrize("op, deadline", [
    # a date before the adoption (4 March 1994) is not a time limit: no deadline, a warning
    ("1. Requests the Secretary-General to report to it by 1 February 1994;", None),
    # the adoption day itself is no time limit either
    ("1. Requests the Secretary-General to report to it by 4 March 1994;", None),
    # a later date is the deadline
    ("1. Requests the Secretary-General to report to it by 1 May 1994;", date(1994, 5, 1)),
])
def test_a_deadline_must_follow_the_adoption(op, deadline):
    from graph.resolve import resolve

    parsed = segment(op + "\n")
    assert parsed.header.adopted == date(1994, 3, 4)
    resolved = resolve(parsed, load_registry())
    (ob,) = [o for o in resolved.obligations if o.paragraph.label == "OP1"]
    assert ob.deadline == deadline
    warned = [w for w in resolved.warnings if "not taken as a deadline" in w.message]
    assert bool(warned) == (deadline is None)


@pytest.mark.parametrize("body, labels", [
    # a footnote mark after the comma that ends a preambular paragraph (S/RES/158 (1960))
    ("Having examined the application of the Republic of\nSenegal ,33\nRecommends to the "
     "General Assembly that Senegal be admitted.\n", ["PP1", "PP2", "OP1"]),
    # with a space, after a symbol in brackets (S/RES/251 (1968))
    ("Noting the reports (S/8561) and (S/8567), 27\nNoting also the letters of 9 March,\n"
     "1. Endorses the report.\n", ["PP1", "PP2", "PP3", "OP1"]),
    # a year after a comma is not a footnote mark: the line goes on
    ("Recalling its resolution of 2 May,\n1968 and its earlier decisions,\n1. Decides to act.\n",
     ["PP1", "PP2", "OP1"]),
])
def test_footnote_marks_end_a_paragraph(body, labels):
    assert [p.label for p in segment(body).paragraphs] == labels
