"""The AKN4UN reader (graph.sources.akn): fixtures of our own, then the shared corpus."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.fold import fold_width
from graph.read import read_source
from graph.registry import load_registry
from graph.resolve import resolve
from graph.segment import segment
from graph.segment.en import fold_en
from graph.sources.akn import link_symbols, parse_akn, read_akn

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "akn"
AKN = ROOT.parent / "shared" / "corpus" / "akn"


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _facts(resolved):
    """What the graph says of a text: citations, obligations, mentions, by paragraph."""
    cites = sorted((c.paragraph.label, str(c.target), str(c.characterization))
                   for c in resolved.citations)
    obligations = sorted((o.paragraph.label, str(o.verb), str(o.addressee))
                         for o in resolved.obligations)
    mentions = sorted((m.paragraph.label, str(m.entity)) for m in resolved.mentions)
    return cites, obligations, mentions


# --- the same facts as from the text ---------------------------------------------------------


@pytest.mark.parametrize("lang", [
    "en",  # English: the XML and the official layout of the same resolution
    "zh",  # Chinese: the same, with /ch/ links and a hard-wrapped line in the text
])
def test_xml_and_text_give_the_same_facts(registry, lang):
    xml = resolve(read_akn(FIXTURES / f"res-2999-{lang}.xml"), registry)
    text = resolve(segment(read_source(FIXTURES / f"res-2999-{lang}.txt")), registry)
    assert xml.parsed.header == text.parsed.header
    assert [p.label for p in xml.parsed.paragraphs] == [p.label for p in text.parsed.paragraphs]
    assert _facts(xml) == _facts(text)
    cites, obligations, mentions = _facts(xml)
    assert len(cites) >= 8 and len(obligations) >= 3 and len(mentions) >= 5


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_link_of_the_fixture_is_found(registry, lang):
    resolved = resolve(read_akn(FIXTURES / f"res-2999-{lang}.xml"), registry)
    found = {(c.paragraph.label, c.document.symbol) for c in resolved.citations if c.document}
    links = {(p.label, link.symbol) for p in resolved.parsed.paragraphs for link in p.links}
    assert len(links) == 6 and links <= found


# --- the reader's rules ----------------------------------------------------------------------


@pytest.mark.parametrize("name, symbol, kind, number, year, adopted, meeting, chapter_vii", [
    # an English resolution, "on5 March 2026" in the cover (no space)
    ("res-2999-en.xml", "S/RES/2999 (2026)", "resolution", 2999, 2026, date(2026, 3, 5),
     10100, True),
    # its Chinese text
    ("res-2999-zh.xml", "S/RES/2999 (2026)", "resolution", 2999, 2026, date(2026, 3, 5),
     10100, True),
    # a presidential statement: <year>-<n> in FRBR, the meeting in its opening line
    ("prst-2026-9.xml", "S/PRST/2026/9", "statement", 9, 2026, date(2026, 4, 2), 10123, False),
    # FRBRdate 0001-01-01 (a placeholder): the date of the identifier
    ("res-2998-parts.xml", "S/RES/2998 (2026)", "resolution", 2998, 2026, date(2026, 2, 10),
     10110, False),
])
def test_header(name, symbol, kind, number, year, adopted, meeting, chapter_vii):
    h = read_akn(FIXTURES / name).header
    assert (h.symbol, h.kind, h.number, h.year, h.adopted, h.meeting, h.chapter_vii) == (
        symbol, kind, number, year, adopted, meeting, chapter_vii)


def test_statement_paragraphs_and_items():
    parsed = read_akn(FIXTURES / "prst-2026-9.xml")
    assert [p.label for p in parsed.paragraphs] == ["P1", "P2"]
    # the opening line is the heading, not a paragraph; the "–" item stays in P2
    assert parsed.paragraphs[0].text.startswith('"The Security Council recalls')
    assert parsed.paragraphs[1].text.endswith("resolution 2388 (2017).\"")
    assert [link.symbol for link in parsed.paragraphs[1].links] == ["S/RES/2388 (2017)"]


def test_parts_headings_points_notes_and_annex():
    parsed = read_akn(FIXTURES / "res-2998-parts.xml")
    labels = [p.label for p in parsed.paragraphs]
    # the crossHeading of part A is a preambular paragraph; subheadings, part letters and the
    # lead-in of part B are heading lines; the unnumbered "Decides" is an operative paragraph
    assert labels == ["PP1", "PP2", "PP3", "OP1", "OP2", "OP3", "AN1", "AN2", "AN3"]
    by = {p.label: p for p in parsed.paragraphs}
    assert by["PP3"].text.startswith("Determining")
    # lettered points (and a nested point) inside their operative paragraph, one line each
    assert "\n(a) prevent" in parsed.source.text[by["OP1"].span.start:by["OP1"].span.end]
    assert "(b) freeze the funds of: (i) listed individuals;" in by["OP1"].text
    assert by["OP2"].text.startswith("2. Requests")
    assert "With regard to reporting" not in " ".join(p.text for p in parsed.paragraphs)
    # the note is PP1's, its marker out of the paragraph's text; its link is PP1's too
    (note,) = by["PP1"].notes
    assert (note.marker, note.text) == ("1", "See also resolution 2388 (2017).")
    assert parsed.source.text[note.span.start:note.span.end] == note.text
    assert "2388" not in by["PP1"].text
    assert [link.symbol for link in by["PP1"].links] == ["S/RES/2331 (2016)", "S/RES/2388 (2017)"]
    # the annex heading's note goes with the heading, an annex part; annexes are not OPs
    assert by["AN1"].notes[0].marker == "*"
    assert by["AN2"].text.startswith("1. The Panel established")
    # a docs.un.org link in the zh folder from an English text
    assert by["OP1"].links[0].symbol == "S/RES/1267 (1999)"


@pytest.mark.parametrize("name", ["res-2999-en.xml", "res-2999-zh.xml", "prst-2026-9.xml",
                                  "res-2998-parts.xml"])
def test_spans_index_the_synthesised_text(name):
    parsed = read_akn(FIXTURES / name)
    src = parsed.source
    fold = fold_en if src.lang == "en" else fold_width
    for p in parsed.paragraphs:
        raw = (src.match_text or src.text)[p.span.start:p.span.end]
        assert p.match == fold(raw) and len(p.match) == p.span.length
        for link in p.links:
            linked = src.text[link.span.start:link.span.end]
            assert linked and not linked[0].isspace() and not linked[-1].isspace()
    positions = [p.position for p in parsed.paragraphs]
    assert positions == list(range(1, len(positions) + 1))


def test_split_link_is_one_link():
    parsed = read_akn(FIXTURES / "res-2999-en.xml")
    pp1 = parsed.paragraphs[0]
    texts = [parsed.source.text[x.span.start:x.span.end] for x in pp1.links]
    assert texts == ["2331 (2016)", "2388 (2017)", "S/PRST/2015/25"]


def test_declared_language_loses_to_the_text():
    parsed = read_akn(FIXTURES / "res-2999-declared-en.xml")
    assert parsed.source.lang == "zh"
    assert [w.message for w in parsed.warnings] == [
        "declared language English but the text is in Chinese: read as Chinese"]


def test_same_bytes_same_result():
    data = (FIXTURES / "res-2999-en.xml").read_bytes()
    a, b = parse_akn(data, "a.xml"), parse_akn(data, "a.xml")
    assert a.source.text == b.source.text and a.paragraphs == b.paragraphs
    assert a.source.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("name, problem", [
    # a closing tag that does not match (as in some upstream statements)
    ("malformed.xml", r"not well-formed XML: mismatched tag at line \d+"),
    # the file stops in the middle
    ("truncated.xml", r"not well-formed XML: no element found .*cut short"),
    # another XML vocabulary
    ("not-akn.xml", r"not an Akoma Ntoso document \(root element <html>"),
    # entity expansion (billion laughs)
    ("billion-laughs.xml", r"refused: the XML declares a DTD"),
    # an external entity reading a local file
    ("external-entity.xml", r"refused: the XML declares a DTD"),
])
def test_bad_files_are_refused_by_name(name, problem):
    with pytest.raises(InputError) as info:
        read_akn(FIXTURES / name)
    assert info.value.path.endswith(name)
    assert re.search(problem, info.value.problem)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("data, problem", [
    (b"", "file is empty"),  # nothing
    (b"\x89PNG\r\n\x1a\n", "not well-formed XML"),  # not XML at all
    (b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>',
     "without a document"),  # no document inside
])
def test_other_bad_bytes(data, problem):
    with pytest.raises(InputError, match=problem):
        parse_akn(data, "x.xml")


def test_missing_and_oversized_files(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_akn(tmp_path / "absent.xml")
    big = tmp_path / "big.xml"
    big.write_bytes(b"<akomaNtoso>" + b" " * (17 * 1024 * 1024) + b"</akomaNtoso>")
    with pytest.raises(InputError, match="too large"):
        read_akn(big)


@pytest.mark.parametrize("href, symbols", [
    ("https://undocs.org/S/RES/2331(2016)", ["S/RES/2331 (2016)"]),  # no language folder
    ("https://undocs.org/ch/S/RES/2331(2016)", ["S/RES/2331 (2016)"]),  # Chinese folder
    ("https://undocs.org/zh/S/PRST/2015/25", ["S/PRST/2015/25"]),  # zh folder
    ("https://undocs.org/en/S/RES/1996%20(2011)", ["S/RES/1996 (2011)"]),  # escaped space
    ("https://docs.un.org/en/s/res/2786(2025)", ["S/RES/2786 (2025)"]),  # new resolver, lower
    ("https://docs.un.org/zh/S/RES/2242(2015", ["S/RES/2242 (2015)"]),  # bracket left open
    ("http://undocs.org/S/2004/916;", ["S/2004/916"]),  # trailing punctuation
    ("https://undocs.org/en/A/74/976-S/2020/773", ["A/74/976", "S/2020/773"]),  # joint symbol
    ("https://press.un.org/en/2024/sc15654.doc.htm", []),  # not the resolver
    ("file:///G:/Documents/2414 (2018)", []),  # an editor's local file
])
def test_link_symbols(href, symbols):
    assert link_symbols(href) == symbols


# --- the shared corpus (../shared) -------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus() -> list[tuple[Path, object]]:
    """Every XML file of the shared corpus with what the reader made of it (or its error)."""
    if not AKN.is_dir():
        pytest.skip("../shared not present: the AKN corpus is needed for this test")
    out: list[tuple[Path, object]] = []
    for f in sorted(AKN.rglob("*.xml")):
        try:
            out.append((f, read_akn(f)))
        except InputError as exc:
            out.append((f, exc))
    return out


_FRBR = re.compile(r"/(\d{4}-\d{2}-\d{2})/(\d+)-(\d+)/")


def test_corpus_every_file_reads_or_is_refused_by_name(corpus, capsys):
    counts: dict[str, int] = {}
    for f, parsed in corpus:
        if isinstance(parsed, InputError):
            assert parsed.path == str(f) and "\n" not in parsed.problem
            counts["refused"] = counts.get("refused", 0) + 1
            continue
        key = f"{parsed.source.lang} {parsed.header.kind}"
        counts[key] = counts.get(key, 0) + 1
        assert parsed.paragraphs
        if parsed.header.kind == "resolution":
            assert any(p.kind == "OP" for p in parsed.paragraphs), f
        else:
            assert all(p.kind in ("P", "AN") for p in parsed.paragraphs), f
    with capsys.disabled():
        print("\nAKN files:", dict(sorted(counts.items())))
    assert counts["en resolution"] > 900 and counts["zh resolution"] > 150
    assert counts["en statement"] > 300
    assert counts.get("refused", 0) < 0.06 * sum(counts.values())


def test_corpus_identity_is_the_frbr_identity(corpus):
    checked = 0
    for f, parsed in corpus:
        m = _FRBR.search(f.read_bytes()[:6000].decode("utf-8", "replace"))
        if m is None or isinstance(parsed, InputError):
            continue
        a, b = int(m.group(2)), int(m.group(3))
        h = parsed.header
        expected = (b, a) if h.kind == "statement" else (a, b)
        assert (h.number, h.year) == expected, f
        checked += 1
    assert checked > 1500


def test_corpus_operative_labels_are_the_printed_numbers(corpus):
    """Almost every English operative paragraph's label is the number printed before it."""
    same = other = 0
    for _, parsed in corpus:
        if isinstance(parsed, InputError) or parsed.source.lang != "en":
            continue
        for p in parsed.paragraphs:
            m = re.match(r"(\d+)\.", p.text) if p.kind == "OP" else None
            if m:
                same += int(m.group(1)) == p.number
                other += int(m.group(1)) != p.number
    assert same > 10000 and other < 0.02 * same
