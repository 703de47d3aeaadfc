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
    # nor a title line without a year
    "Resolution 2223\n\n" + BODY,
])
def test_no_identity_is_refused(text):
    with pytest.raises(InputError) as exc:
        parse(text)
    assert exc.value.problem == NO_IDENTITY
    assert "\n" not in str(exc.value)


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
