"""Identity of a text (graph.segment): the heading decides, page chrome never, the file name
is a cross-check and the last resort."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InputError
from graph.model import SourceText
from graph.segment import NO_IDENTITY, segment

BODY = ("The Security Council,\n\nRecalling its resolution 1325 (2000),\n\n"
        "1. Requests the Secretary-General to report;\n\n2. Decides to remain seized.\n")


def parse(text: str, name: str = "page.txt"):
    return segment(SourceText(Path(name), text, "0" * 64, "en", "utf-8"))


@pytest.mark.parametrize("text, symbol", [
    # a title line naming the resolution without its year, then the heading
    ("Full text: UN Security Council Resolution 2728\n\nResolution 2728 (2024)\n\n" + BODY,
     "S/RES/2728 (2024)"),
    # a title "Resolution 2223" alone, then the heading
    ("Resolution 2223\n\nResolution 2223 (2015)\nAdopted by the Security Council at its 7444th "
     "meeting, on 28 May 2015\n\n" + BODY, "S/RES/2223 (2015)"),
    # a heading over two lines
    ("Resolution 2223\n(2015)\n\n" + BODY, "S/RES/2223 (2015)"),
    # a heading that is only the symbol
    ("S/RES/1244 (1999)\n\n" + BODY, "S/RES/1244 (1999)"),
    # a navigation line before the heading naming the previous and next resolutions
    ("\u2190 Resolution 2387 (2017) | Resolution 2389 (2017) \u2192\n\nResolution 2388 (2017)\n\n"
     + BODY, "S/RES/2388 (2017)"),
    # a title with "Security Council" before the heading words
    ("United Nations Security Council Resolution 2231 (2015)\n\n" + BODY, "S/RES/2231 (2015)"),
    # everything on one line
    ("Resolution 2223 (2015) Adopted by the Security Council at its 7444th meeting, on 28 May "
     "2015 " + BODY.replace("\n", " "), "S/RES/2223 (2015)"),
    # the year only in the adoption line
    ("Resolution 2223\nAdopted by the Security Council at its 7444th meeting, on 28 May 2015\n\n"
     + BODY, "S/RES/2223 (2015)"),
    # full-width digits and brackets
    ("Resolution \uff12\uff12\uff12\uff13 \uff08\uff12\uff10\uff11\uff15\uff09\n\n" + BODY,
     "S/RES/2223 (2015)"),
    # "UNSCR" without a year, the year from the adoption line after it
    ("UNSCR 2223\nAdopted unanimously on 28 May 2015\n\n" + BODY, "S/RES/2223 (2015)"),
    # the adoption date before the heading
    ("(Adopted on 28 May 2015)\n\nResolution No. 2223\n\n" + BODY, "S/RES/2223 (2015)"),
    # Markdown and bold marks around the heading
    ("# **Resolution 2223 (2015)**\n\n" + BODY, "S/RES/2223 (2015)"),
    # the heading's word on one line, number and year on the next
    ("Resolution\n2223 (2015)\n\n" + BODY, "S/RES/2223 (2015)"),
    # a PDF's cover: organisation, symbol, body, distribution, date
    ("United Nations\nS/RES/2223 (2015)\nSecurity Council\nDistr.: General\n28 May 2015\n\n"
     + BODY, "S/RES/2223 (2015)"),
    # a symbol without its space, marked with a star
    ("S/RES/2223(2015)*\n\n" + BODY, "S/RES/2223 (2015)"),
    # a list of related resolutions above the heading never decides
    ("Related resolutions:\nResolution 2220 (2015)\nS/RES/2221 (2015)\n\nRES 2223\n"
     "Resolution 2223 (2015)\n\n" + BODY, "S/RES/2223 (2015)"),
    # adjacent lines naming different resolutions are a list, even without a label
    ("Resolution 2220 (2015)\nResolution 2221 (2015)\n\nResolution 2223 (2015) - Libya\n\n"
     + BODY, "S/RES/2223 (2015)"),
    # an info box with a neighbour's symbol after the heading never decides
    ("Resolution 2223 (2015)\nSymbol: S/RES/2224 (2015)\nVote: 15-0-0\n\n" + BODY,
     "S/RES/2223 (2015)"),
    # without a heading line, a title line naming one resolution with its year decides
    ("Text of Security Council resolution 2223 (2015) on Libya\n\n" + BODY, "S/RES/2223 (2015)"),
    # the body opened in capitals
    ("Resolution 2223 (2015)\n\n" + BODY.replace("The Security Council", "THE SECURITY COUNCIL"),
     "S/RES/2223 (2015)"),
])
def test_heading_decides(text, symbol):
    parsed = parse(text)
    assert parsed.header.symbol == symbol
    assert not [w for w in parsed.warnings if w.paragraph == "heading"]


def test_adoption_line_gives_date_and_meeting():
    h = parse("Resolution 2223 (2015)\nAdopted by the Security Council at its 7444th meeting, "
              "on 28 May 2015\n\n" + BODY).header
    assert (str(h.adopted), h.meeting) == ("2015-05-28", 7444)


@pytest.mark.parametrize("name, symbol", [
    # the usual file name
    ("S_RES_2388_2017_EN.txt", "S/RES/2388 (2017)"),
    # with the year in brackets and spaces
    ("S RES 2388 (2017) EN.txt", "S/RES/2388 (2017)"),
])
def test_file_name_gives_identity_without_heading(name, symbol):
    parsed = parse("Some page title\n\n" + BODY, name)
    assert parsed.header.symbol == symbol
    assert [w.message for w in parsed.warnings if w.paragraph == "heading"] == [
        f"no heading found: the identity {symbol} is the file name's"]
    assert [p.label for p in parsed.paragraphs] == ["PP1", "OP1", "OP2"]


def test_file_name_disagreeing_is_a_warning_naming_both():
    parsed = parse("Resolution 2389 (2017)\n\n" + BODY, "S_RES_2388_2017_EN.txt")
    assert parsed.header.symbol == "S/RES/2389 (2017)"
    messages = [w.message for w in parsed.warnings if w.paragraph == "heading"]
    assert messages == ["the heading says S/RES/2389 (2017), the file name S/RES/2388 (2017): "
                        "the heading's is kept"]


@pytest.mark.parametrize("text", [
    # the first resolution of the preamble never decides
    BODY,
    # nor a navigation line
    "\u2190 2387(2017) | 2389(2017) \u2192\n\n" + BODY,
])
def test_no_identity_is_refused(text):
    with pytest.raises(InputError) as exc:
        parse(text)
    assert exc.value.problem == NO_IDENTITY
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("text, problem", [
    # a heading without a year or an adoption date: the refusal names the number it saw
    ("Resolution 2223\n\n" + BODY, "no Security Council resolution heading found: no heading "
     "with a year: the page names resolution 2223 without a year or an adoption date"),
    # title lines naming two resolutions, no heading: titles do not decide which
    ("Text of resolution 2223 (2015) on Libya\n\nRead our brief on resolution 2224 (2015) "
     "here\n\n" + BODY, "no Security Council resolution heading found: no heading: the "
     "page's title lines name resolutions 2223, 2224, and titles do not decide which"),
])
def test_refusal_says_why(text, problem):
    with pytest.raises(InputError) as exc:
        parse(text)
    assert exc.value.problem == problem


@pytest.mark.parametrize("name, expected", [
    # the file name gives the identity a segmenter left empty
    ("S_RES_2388_2017_ZH.txt", "S/RES/2388 (2017)"),
    # without it, the text is refused
    ("page.txt", None),
])
def test_an_empty_header_takes_the_file_name(monkeypatch, name, expected):
    from graph import segment as seg
    from graph.model import Header, ParsedText

    def headless(source, fallback=None):  # a segmenter that found paragraphs, no heading
        return ParsedText(source, Header("", 0, 0, meeting=8111), [])

    monkeypatch.setitem(seg.SEGMENTERS, "en", headless)
    if expected is None:
        with pytest.raises(InputError) as exc:
            parse(BODY, name)
        assert exc.value.problem == NO_IDENTITY
        return
    parsed = parse(BODY, name)
    assert (parsed.header.symbol, parsed.header.meeting) == (expected, 8111)
    assert [w.message for w in parsed.warnings if w.paragraph == "heading"] == [
        f"no heading found: the identity {expected} is the file name's"]


@pytest.mark.parametrize("text", [
    # a news article under a heading, with a numbered licence footer: no resolution text
    ("Resolution 2223 (2015)\n\nThe Security Council on 28 May 2015 adopted resolution 2223 "
     "(2015).\n\nDiplomats said the vote followed weeks of talks.\n\n1. This page is "
     "licensed under a Creative Commons licence.\n2. Reuse is allowed.\n3. Errors may be "
     "reported.\n"),
])
def test_a_heading_over_an_article_is_refused(text):
    with pytest.raises(InputError) as exc:
        parse(text)
    assert "a heading but no resolution text under it" in exc.value.problem
