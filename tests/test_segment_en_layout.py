"""English segmentation of texts in any layout (graph.segment.en): web-page chrome, one
paragraph per line, one line, hard-wrapped, bullets, a second resolution glued on, footers;
numbered notes of old texts. Every text here is written for the test."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from graph.model import SourceText
from graph.segment import segment

HEAD = "Resolution 9001 (2031)\nAdopted by the Security Council at its 9999th meeting, on 3 March 2031\n"
PARAS = [
    "Recalling its resolutions 1325 (2000) and 2250 (2015), and the statement of its President "
    "of 5 May 2030 (S/PRST/2030/4),",
    "Deeply concerned by the situation in the region, and underlining the need for all parties "
    "to cooperate,",
    "Acting under Chapter VII of the Charter of the United Nations,",
    "1. Demands that all parties cease hostilities;",
    "2. Requests the Secretary-General to report to the Council on: (a) the situation; "
    "(b) the mission's needs;",
    "3. Decides to remain seized of the matter.",
]
LABELS = ["PP1", "PP2", "PP3", "OP1", "OP2", "OP3"]
OFFICIAL = HEAD + "\nThe Security Council,\n\n" + "\n\n".join(PARAS) + "\n"
OTHER = ("Resolution 9002 (2031)\nAdopted by the Security Council at its 10000th meeting, on 4 "
         "March 2031\n\nThe Security Council,\n\nRecalling its resolution 2231 (2015),\n\n"
         "1. Decides to remain seized of the matter.\n")


def emphasize(paragraph: str, mark: str) -> str:
    """*paragraph* with its first word (after its number) between Markdown marks."""
    return re.sub(r"^((?:\d+\. )?)(\w+)", lambda m: f"{m.group(1)}{mark}{m.group(2)}{mark}",
                  paragraph)


def parse(text: str, name: str = "page.txt"):
    return segment(SourceText(Path(name), text, "0" * 64, "en", "utf-8"))


@pytest.mark.parametrize("text", [
    # the official layout
    OFFICIAL,
    # one paragraph per line
    HEAD + "The Security Council,\n" + "\n".join(PARAS) + "\n",
    # everything on one line
    HEAD.replace("\n", " ") + "The Security Council, " + " ".join(PARAS) + "\n",
    # hard-wrapped lines, no blank lines
    HEAD + "The Security Council,\n" + "\n".join(textwrap.fill(p, 60) for p in PARAS) + "\n",
    # bullets for the preambular paragraphs
    HEAD + "The Security Council,\n" + "\n".join("\u2022 " + p for p in PARAS[:3]) + "\n"
    + "\n".join(PARAS[3:]) + "\n",
    # page chrome: title, navigation, info box, related links and a numbered licence footer
    "Full text: UN Security Council Resolution 9001\n\u2190 Resolution 9000 (2031) | "
    "Resolution 9002 (2031) \u2192\nSymbol: S/RES/9002 (2031)\nVote: 15-0-0\n\n" + OFFICIAL
    + "\nRelated\nResolution 9003 (2031) extends the mission\n\n1. This page is licensed under "
    "a Creative Commons licence.\n2. Reuse is allowed with attribution.\n",
    # a second resolution glued onto the page
    OFFICIAL + "\n\n" + OTHER,
    # a navigation line and a copyright line after a text without closing paragraph
    OFFICIAL.replace("3. Decides to remain seized of the matter.", "3. Decides to remain seized "
                     "of the matter.\n\u2190 Resolution 9000 (2031) | Resolution 9002 (2031) "
                     "\u2192\n\u00a9 2031 The Editors"),
    # a second resolution glued onto a text on one line
    (OFFICIAL + " " + OTHER).replace("\n", " "),
    # Markdown: the formula in stars without its comma, the first words in underscores
    "## " + HEAD + "\n*The Security Council*\n\n" + "\n\n".join(emphasize(p, "_") for p in PARAS)
    + "\n",
    # Markdown: bold formula and first words, one paragraph per line
    HEAD + "**The Security Council**,\n" + "\n".join(emphasize(p, "**") for p in PARAS) + "\n",
    # Markdown emphasis in stars, hard-wrapped lines without blank lines
    HEAD + "*The Security Council*,\n" + "\n".join(textwrap.fill(emphasize(p, "*"), 60)
                                                   for p in PARAS) + "\n",
])
def test_layouts_give_the_same_paragraphs(text):
    parsed = parse(text)
    assert parsed.header.symbol == "S/RES/9001 (2031)"
    assert [p.label for p in parsed.paragraphs] == LABELS
    assert [p.text for p in parsed.paragraphs] == [" ".join(p.split()) for p in PARAS]
    assert parsed.header.chapter_vii


BODY = "\n\n".join(PARAS) + "\n"
OTHER_BODY = ("\nThe Security Council,\n\nRecalling its resolution 2231 (2015),\n\n"
              "1. Decides to remain seized of the matter.\n")
ADOPTED_2 = "Adopted by the Security Council at its 10000th meeting, on 4 March 2031\n"


@pytest.mark.parametrize("text", [
    # the first text without its formula, the second with a heading and an adoption line
    HEAD + "\n" + BODY + "\n" + OTHER,
    # the first text's formula with a colon, the second's heading in Markdown
    HEAD + "\nThe Security Council:\n\n" + BODY + "\n## Resolution 9002 (2031)\n" + OTHER_BODY,
    # no formula, and the second's heading over two lines without an adoption line
    HEAD + "\n" + BODY + "\nResolution\n9002 (2031)\n" + OTHER_BODY,
    # no formula, hard-wrapped lines, the second's heading a symbol line
    HEAD + "\n" + "\n".join(textwrap.fill(p, 60) for p in PARAS) + "\n\nS/RES/9002 (2031)\n"
    + ADOPTED_2 + OTHER_BODY,
    # the first text's heading after a title line, the second's heading "UNSCR 9002 (2031)"
    "Full text: UN Security Council Resolution 9001\n\n" + HEAD + "\n" + BODY
    + "\nUNSCR 9002 (2031)\n" + ADOPTED_2 + OTHER_BODY,
    # the first text's formula in a form not read as one, the second's heading in capitals
    HEAD + "\nThe Security Council hereby resolves as follows\n\n" + BODY
    + "\nRESOLUTION 9002 (2031)\n" + OTHER_BODY,
    # no formula, a preamble and operative verbs no list names ("Mourning", "Implores")
    HEAD + "\nMourning the tragic loss of life throughout the conflict,\n\n1. Implores a swift "
    "end to the conflict;\n\n" + "\n\n".join(PARAS[4:]) + "\n\n" + OTHER,
    # the second's heading in bold with "No.", no adoption line
    OFFICIAL + "\n**Resolution No. 9002 (2031)**\n" + OTHER_BODY,
    # the second's heading "Security Council S/RES/…", no adoption line
    OFFICIAL + "\nSecurity Council S/RES/9002 (2031)\n" + OTHER_BODY,
    # the second's heading "UNSCR …" with a topic, no adoption line
    OFFICIAL + "\nUNSCR 9002 (2031) - Non-proliferation\n" + OTHER_BODY,
    # the second's heading with its year on the next line, no adoption line
    OFFICIAL + "\nResolution 9002\n(2031)\n" + OTHER_BODY,
    # the first text on one line without its formula, the second under a bold heading
    HEAD + " ".join(PARAS) + "\n\n**Resolution 9002 (2031)**\n4 March 2031\n\n"
    "**THE SECURITY COUNCIL**,\n\n**Recalling** its resolution 2231 (2015),\n\n"
    "1. **Decides** to remain seized of the matter.\n",
    # a PDF cover, no formula: the body opens after the cover's lines and the adoption line
    "United Nations\nS/RES/9001 (2031)\nSecurity Council\nDistr.: General\n3 March 2031\n"
    + HEAD.split("\n")[1] + "\n\n" + BODY + "\n" + OTHER,
])
def test_a_second_text_glued_on_never_decides(text):
    # a heading after the first body belongs to a second text glued on: the identity is the
    # first text's, and the second text's paragraphs are not the first's
    parsed = parse(text)
    assert parsed.header.symbol == "S/RES/9001 (2031)"
    assert [p.label for p in parsed.paragraphs][-3:] == LABELS[-3:]
    assert parsed.paragraphs[-1].text == PARAS[-1]


@pytest.mark.parametrize("text, labels", [
    # an unnumbered verb paragraph ending with a comma inside the preamble is preambular
    (HEAD + "\nThe Security Council,\n\n" + PARAS[0] + "\n\nNotes the request of some Member "
     "States to review the area,\n\n" + "\n\n".join(PARAS[1:]) + "\n",
     ["PP1", "PP2", "PP3", "PP4", "OP1", "OP2", "OP3"]),
    # ... but one ending with a semicolon stays operative (parts of an unnumbered text)
    (HEAD + "\nThe Security Council,\n\n" + PARAS[0] + "\n\nNotes the request of some Member "
     "States;\n\n" + "\n\n".join(PARAS[1:3]) + "\n", ["PP1", "OP1", "PP2", "PP3"]),
    # a wrapped line opening with an acronym after a comma goes on the paragraph
    (HEAD + "\nThe Security Council,\n\n" + "\n\n".join(PARAS[:3]) + "\n\n1. Calls upon the "
     "African Union, ECOWAS,\nUNIOGBIS, CPLP and the European Union to act;\n\n"
     + "\n\n".join(PARAS[4:]) + "\n", LABELS),
    # a text on one line with bulleted preambular paragraphs
    (HEAD.replace("\n", " ") + "The Security Council, " + " ".join("- " + p for p in PARAS[:3])
     + " " + " ".join(PARAS[3:]) + "\n", LABELS),
    # a text on one line with one unnumbered operative paragraph and its items
    (HEAD.replace("\n", " ") + "The Security Council, Having considered the report (S/2031/5), "
     "Decides: (a) To call upon the parties to act; (b) To renew the mandate.\n",
     ["PP1", "OP1"]),
    # one paragraph per line, the preambular paragraphs without their final commas
    (HEAD + "The Security Council,\n" + "\n".join(p.removesuffix(",") for p in PARAS) + "\n",
     LABELS),
    # a subheading between operative paragraphs is no paragraph
    (OFFICIAL.replace("\n2. Requests", "\nReporting\n\n2. Requests"), LABELS),
    # "In this regard, calling on …" opens a preambular paragraph
    (OFFICIAL.replace("\nActing under", "\nIn this regard, calling on all States to act,\n\n"
                      "Acting under"), ["PP1", "PP2", "PP3", "PP4", "OP1", "OP2", "OP3"]),
    # a bulleted preamble with one paragraph opened by a verb ("Expresses …,"): the bullets
    # after it are still preambular paragraphs, and it is one of them
    (HEAD + "The Security Council,\n" + "\n".join("\u2022 " + p for p in [
        PARAS[0], "Expresses grave concern over the hostilities,", *PARAS[1:3]]) + "\n"
     + "\n".join(PARAS[3:]) + "\n", ["PP1", "PP2", "PP3", "PP4", "OP1", "OP2", "OP3"]),
    # roman sub-items "i." to "iii." inside an operative paragraph are not paragraphs
    (OFFICIAL.replace("2. Requests the Secretary-General to report to the Council on: (a) the "
                      "situation; (b) the mission's needs;", "2. Requests the Secretary-General "
                      "to report on:\ni. Ongoing talks;\nii. Elections;\niii. Security;"), LABELS),
    # an operative number without its full stop (OCR) before a verb
    (OFFICIAL.replace("2. Requests", "2 Requests"), LABELS),
    # ... but a number before a noun after a paragraph's end opens none
    (OFFICIAL.replace("2. Requests", "2 Members of the Council requested"),
     ["PP1", "PP2", "PP3", "OP1", "OP3"]),
    # the closing paragraph without its full stop, then a numbered licence footer
    (OFFICIAL.replace("of the matter.", "of the matter") + "\n\n1. This page is licensed under "
     "a licence.\n2. Its text may be reused.\n3. Errors may be reported.\n", LABELS),
])
def test_paragraph_kinds_at_odd_places(text, labels):
    assert [p.label for p in parse(text).paragraphs] == labels


@pytest.mark.parametrize("tail", [
    # a navigation line naming other resolutions
    "\u2190 Resolution 9000 (2031) | Resolution 9002 (2031) \u2192\n",
    # a copyright line and a sharing line
    "\u00a9 2031 The Editors\nShare this page\n",
])
def test_chrome_after_a_text_without_closing_paragraph(tail):
    text = OFFICIAL.replace("3. Decides to remain seized of the matter.", "3. Decides to act.")
    parsed = parse(text + "\n" + tail)
    assert parsed.paragraphs[-1].text == "3. Decides to act."


def test_a_numbered_footer_without_closing_paragraph_is_not_operative():
    text = OFFICIAL.replace("3. Decides to remain seized of the matter.", "3. Decides to act.")
    parsed = parse(text + "\n1. This page is licensed under a licence.\n2. Its text may be "
                   "reused.\n3. This site uses cookies.\n")
    assert [p.label for p in parsed.paragraphs] == LABELS
    assert parsed.paragraphs[-1].text == "3. Decides to act."


OLD = """Resolution 446 (2079)
of 22 March 2079

The Security Council,

Having heard the statement of the representative of
Jordan, 1

Taking note of the report of the Secretary-General 2
(S/13301) of 3 March 2079 and of the letter of 4 March
2079, 3

1. Decides to send a commission of three members
to the area, which shall report by 1 July 2079;

Adopted at the 9134th meeting by 12 votes to none. 4

1 Official Records of the Security Council, Thirty-fourth Year,
2134th meeting.
2 Ibid., document S/13301.
3 Ibid., document S/13302.
4 One member did not take part in the vote.
"""


def test_numbered_notes_are_attached_to_the_paragraph_with_their_marker():
    parsed = parse(OLD)
    ps = {p.label: p for p in parsed.paragraphs}
    assert list(ps) == ["PP1", "PP2", "OP1"]
    assert [(n.marker, n.text) for n in ps["PP1"].notes] == [
        ("1", "1 Official Records of the Security Council, Thirty-fourth Year,\n"
              "2134th meeting.")]
    assert [(n.marker, n.text) for n in ps["PP2"].notes] == [
        ("2", "2 Ibid., document S/13301."), ("3", "3 Ibid., document S/13302.")]
    note = ps["PP2"].notes[0]
    assert OLD[note.span.start:note.span.end] == note.text
    # the markers are gone from the paragraph's text and blanked in its match text
    assert ps["PP1"].text == "Having heard the statement of the representative of Jordan,"
    assert ps["PP2"].text.endswith("letter of 4 March 2079,")
    assert len(ps["PP2"].match) == ps["PP2"].span.end - ps["PP2"].span.start
    assert "Secretary-General  \n(S/13301)" in ps["PP2"].match
    assert ps["OP1"].notes == []
    # the note on the vote has no marker in a paragraph: a warning says so
    assert [w.message for w in parsed.warnings if w.paragraph == "notes"] == [
        "note 4 left out: no marker for it in the paragraphs"]


@pytest.mark.parametrize("text, marker_kept", [
    # a resolution's number is not a marker
    ("Recalling its resolution 1 (2079),", "resolution 1 (2079)"),
    # a paragraph's number is not a marker
    ("Recalling paragraph 1 of its resolution,", "paragraph 1 of"),
    # a day of a date is not a marker
    ("Recalling the letter of 1 March 2079,", "of 1 March"),
])
def test_numbers_that_are_not_markers(text, marker_kept):
    old = ("Resolution 7 (2079)\nof 2 April 2079\n\nThe Security Council,\n\n" + text
           + "\n\n1. Decides to act.\n\n1 Ibid., document S/1.\n")
    p = parse(old).paragraphs[0]
    assert p.notes == [] and marker_kept in p.match


@pytest.mark.parametrize("text", [
    # a news article under a title that looks like a heading
    "Resolution 9001 (2031)\n\nDiplomats met on Tuesday in New York. The vote was close and "
    "several delegations spoke after it.\nMore talks are planned next week.\n",
])
def test_a_heading_without_resolution_text_is_refused(text):
    from graph.errors import InputError

    with pytest.raises(InputError, match="no resolution text under it"):
        parse(text)


@pytest.mark.parametrize("paragraph, pieces", [
    # a title's word in "-ing" after a comma does not open a paragraph
    ("Welcoming the accession to the Convention on the Prohibition of the Development, "
     "Production, Stockpiling and Use of Chemical Weapons and on their Destruction,", 1),
    # a participle after a comma does
    ("Recalling its resolution 1325 (2000) and all its later resolutions on the matter, "
     "Echoing the call of the Secretary-General for a global ceasefire in all regions,", 2),
])
def test_cutting_a_long_line(paragraph, pieces):
    text = HEAD + "The Security Council, " + paragraph + " 1. Decides to remain seized of the " \
        "matter.\n"
    parsed = parse(text)
    assert [p.kind for p in parsed.paragraphs] == ["PP"] * pieces + ["OP"]


@pytest.mark.parametrize("furniture", [
    # a PDF's page number "2/5" at a page break inside a paragraph
    "2/5",
    # "Page 2 of 5"
    "Page 2 of 5",
    # a job number
    "15-08763 (E)",
])
def test_page_furniture_inside_a_paragraph_is_blanked(furniture):
    text = OFFICIAL.replace("and the statement of its President",
                            f"and the statement\n\n{furniture}\n\nof its President")
    p = segment(SourceText(Path("page.txt"), text, "0" * 64, "en", "utf-8")).paragraphs[0]
    assert furniture not in p.match and furniture not in p.text
    assert p.text.startswith("Recalling its resolutions 1325 (2000)")
