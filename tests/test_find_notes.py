"""Footnotes: the documents a numbered note names are citations of the paragraph that carries
its marker, with the note as evidence; "Ibid." alone is the previous note's document, and
anything doubtful is a warning, not a citation. The texts are built here, with their notes,
so that these tests do not depend on a segmenter."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.find import find_notes
from graph.iri import document_iri, verb_iri
from graph.model import Header, Note, Paragraph, ParsedText, SourceText, Span
from graph.registry import load_registry
from graph.resolve import resolve

REGISTRY = load_registry()


def parsed_with_notes(paragraphs: list[str], notes: list[tuple[int, str, str]]) -> ParsedText:
    """A 1979 text of *paragraphs* (operative), then its *notes* (paragraph index, marker,
    text) at the end, one a line, as in the old printed texts."""
    text, spans = "", []
    for i, body in enumerate(paragraphs, 1):
        body = f"{i}. {body}"
        spans.append(Span(len(text), len(text) + len(body)))
        text += body + "\n\n"
    placed: list[tuple[int, Note]] = []
    for index, marker, note_text in notes:
        text += f"{marker} "
        placed.append((index, Note(marker, Span(len(text), len(text) + len(note_text)),
                                   note_text, note_text)))
        text += note_text + "\n"
    source = SourceText(Path("S_RES_450_1979_EN.txt"), text, "0", "en", "utf-8",
                        match_text=text)
    paras = []
    for i, span in enumerate(spans):
        p = Paragraph("OP", i + 1, span, text[span.start:span.end], text[span.start:span.end],
                      i + 1, notes=[n for index, n in placed if index == i])
        paras.append(p)
    return ParsedText(source, Header("S/RES/450 (1979)", 450, 1979), paras)


def cited(parsed: ParsedText) -> dict[tuple[str, str], list[str]]:
    """(paragraph, cited document's IRI tail) -> the evidence texts."""
    resolved = resolve(parsed, REGISTRY)
    text = parsed.source.text
    return {(c.paragraph.label, str(c.target).split("/doc/")[-1]):
            [text[s.start:s.end] for s, _ in c.spans] for c in resolved.citations}


def warnings(parsed: ParsedText) -> list[str]:
    return [w.message for w in resolve(parsed, REGISTRY).warnings]


@pytest.mark.parametrize(
    ("paragraphs", "notes", "expected"),
    [
        # a symbol in a note: a citation of the paragraph with the marker, the note as evidence
        (["Takes note of the report of the Secretary-General 23;"],
         [(0, "23", "Ibid., document S/13301.")],
         {("OP1", "S/13301"): ["S/13301"]}),
        # a General Assembly resolution and a Council resolution named only in notes
        (["Recalls the relevant resolutions 1 and 2;"],
         [(0, "1", "General Assembly resolution 3236 (XXIX)."),
          (0, "2", "Security Council resolution 425 (1978).")],
         {("OP1", "A/RES/3236(XXIX)"): ["3236 (XXIX)"], ("OP1", "S/RES/425(1978)"): ["425 (1978)"]}),
        # "Ibid." alone: the previous note's document, cited by its own paragraph
        (["Takes note of the report 23;", "Commends the letter 24;"],
         [(0, "23", "Official Records, document S/13301."), (1, "24", "Ibid.")],
         {("OP1", "S/13301"): ["S/13301"], ("OP2", "S/13301"): ["Ibid."]}),
        # "Ibid." with a pinpoint only: still the previous note's document
        (["Takes note of the report 5 and of its annex 6;"],
         [(0, "5", "Document S/13400."), (0, "6", "Ibid., para. 12.")],
         {("OP1", "S/13400"): ["S/13400", "Ibid."]}),
        # "Ibid." naming another part of the series: another document, left alone
        (["Takes note of the report 5 and of the letter 6;"],
         [(0, "5", "Document S/13400."), (0, "6", "Ibid., Supplement for July 1979.")],
         {("OP1", "S/13400"): ["S/13400"]}),
        # "Ibid." after a note citing two documents: ambiguous, left alone
        (["Takes note of the reports 5 and of the letter 6;"],
         [(0, "5", "Documents S/13400 and S/13401."), (0, "6", "Ibid.")],
         {("OP1", "S/13400"): ["S/13400"], ("OP1", "S/13401"): ["S/13401"]}),
        # a note whose marker no paragraph text carries still belongs to its paragraph
        (["Takes note of the report;"], [(0, "7", "Document S/13402.")],
         {("OP1", "S/13402"): ["S/13402"]}),
    ],
)
def test_notes_are_citations_of_their_paragraph(paragraphs, notes, expected):
    assert cited(parsed_with_notes(paragraphs, notes)) == expected


@pytest.mark.parametrize(
    ("notes", "why"),
    [
        # another document of the same series: not the previous note's
        ([(0, "5", "Document S/13400."), (0, "6", "Ibid., Supplement for July 1979.")],
         "names more than a pinpoint"),
        # two candidates
        ([(0, "5", "Documents S/13400 and S/13401."), (0, "6", "Ibid.")], "cites 2 documents"),
        # nothing before it
        ([(0, "6", "Ibid.")], "no previous note"),
    ],
)
def test_doubtful_ibid_is_a_warning(notes, why):
    parsed = parsed_with_notes(["Takes note of the report 5 and of the letter 6;"], notes)
    assert [w for w in warnings(parsed) if "Ibid" in w and why in w], warnings(parsed)


def test_a_note_citation_takes_the_verb_of_its_markers_clause():
    # the marker stands in the second clause ("and requests ... 9"): its verb, not the first
    parsed = parsed_with_notes(
        ["Condemns the attack, and requests the Secretary-General to report 9;"],
        [(0, "9", "See document S/13500.")])
    resolved = resolve(parsed, REGISTRY)
    (c,) = [c for c in resolved.citations if c.target == document_iri("S/13500")]
    assert c.characterization == verb_iri("requests")


def test_note_references_keep_the_notes_offsets():
    # offsets index the source text where the note stands, not the paragraph
    parsed = parsed_with_notes(["Takes note of the report 23;"],
                               [(0, "23", "Ibid., document S/13301.")])
    para = parsed.paragraphs[0]
    (ref,) = find_notes(para, REGISTRY, "en")
    assert parsed.source.text[ref.span.start:ref.span.end] == "S/13301"
    assert ref.span.start >= para.notes[0].span.start > para.span.end
