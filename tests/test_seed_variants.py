"""The same facts from variations of the seed text, so that no test passes by memorising it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from graph.builder import build
from graph.namespaces import CITO, DCTERMS, ELI, OA, PROV, UNSC
from graph.read import read_source
from graph.segment import segment
from tests.conftest import FIXTURES, SEED

TEXT = SEED.read_text(encoding="utf-8")


def facts(folder) -> Graph:
    """The built graph without what depends on the bytes of the source (spans, provenance,
    the repaired text)."""
    g = Graph()
    g.parse(folder / "graph.ttl")
    drop = {OA.start, OA.end, OA.exact, OA.hasSource, OA.hasSelector, PROV.wasDerivedFrom,
            RDFS.label, UNSC.sha256,
            UNSC.evidence, UNSC.span, UNSC.text, UNSC.position}
    for s, p, o in list(g):
        if p in drop or "/at/" in str(s) or "/source/" in str(s):
            g.remove((s, p, o))
    return g


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    out = tmp_path_factory.mktemp("ref") / "b"
    build(None, out)
    return facts(out)


def _build_text(tmp_path, text: str, encoding: str = "utf-8", bom: bytes = b"") -> Graph:
    src = tmp_path / "in" / "S_RES_2388_2017_ZH.txt"
    src.parent.mkdir(exist_ok=True)
    src.write_bytes(bom + text.encode(encoding))
    build([src], tmp_path / "b")
    return facts(tmp_path / "b")


@pytest.mark.parametrize(
    ("encoding", "bom", "newline"),
    [
        ("gb18030", b"", "\n"),  # the national standard encoding
        ("utf-16-le", b"\xff\xfe", "\n"),  # UTF-16 with its byte-order mark
        ("utf-8", b"\xef\xbb\xbf", "\n"),  # UTF-8 with a byte-order mark
        ("utf-8", b"", "\r\n"),  # Windows line ends
    ],
)
def test_encodings_give_the_same_graph(tmp_path, reference, encoding, bom, newline):
    got = _build_text(tmp_path, TEXT.replace("\n", newline), encoding, bom)
    assert isomorphic(got, reference)


def hard_wrap(paragraph: str, width: int) -> str:
    """Cut a paragraph into lines the way a PDF's line breaking does.

    Parameters
    ----------
    paragraph : str
        One paragraph, on one line.
    width : int
        The most characters a line holds.

    Returns
    -------
    str
        The lines, joined by newlines: cut anywhere between Chinese characters, never inside a
        run of Latin letters, digits and signs (unless it is longer than a line).

    Examples
    --------
    >>> hard_wrap('回顾第 2331(2016)号决议', 12)
    '回顾第 \\n2331(2016)号决\\n议'
    """
    lines, pos = [], 0
    while len(paragraph) - pos > width:
        cut = pos + width
        while cut > pos and re.fullmatch(r"[!-~]{2}", paragraph[cut - 1:cut + 1]):
            cut -= 1
        if cut == pos:
            cut = pos + width
        lines.append(paragraph[pos:cut])
        pos = cut
    lines.append(paragraph[pos:])
    return "\n".join(lines)


def relayout(text: str, between: str, width: int = 0, newline: str = "\n") -> str:
    """Lay a text out again.

    Parameters
    ----------
    text : str
        A text with blank lines between its paragraphs.
    between : str
        What goes between two paragraphs: ``"\\n"`` (one paragraph a line) or ``"\\n\\n"``.
    width : int
        Hard-wrap every paragraph at this many characters (see :func:`hard_wrap`); 0 keeps
        each paragraph on one line.
    newline : str
        The line end written.

    Returns
    -------
    str
        The text laid out again.
    """
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if width:
        paragraphs = [hard_wrap(p, width) for p in paragraphs]
    return between.join(paragraphs).replace("\n", newline) + newline


@pytest.mark.parametrize(
    "newline",
    [
        "\n",  # one paragraph a line, no blank lines between paragraphs
        "\r\n",  # the same with Windows line ends
    ],
)
def test_single_newlines_give_the_same_graph(tmp_path, reference, newline):
    text = re.sub(r"\n\s*\n", "\n", TEXT).replace("\n", newline)
    assert "\n\n" not in text.replace("\r", "")
    got = _build_text(tmp_path, text)
    assert isomorphic(got, reference)


def _segmented(path: Path) -> tuple:
    parsed = segment(read_source(path))
    h = parsed.header
    return ((h.symbol, h.adopted, h.meeting, h.chapter_vii),
            [(p.label, p.text) for p in parsed.paragraphs])


@pytest.mark.parametrize(
    "document",
    [
        SEED,  # the bundled seed
        FIXTURES / "bilingual" / "S_RES_2700_2023_ZH.txt",  # another resolution, with Chapter VII
    ],
    ids=lambda p: p.stem,
)
@pytest.mark.parametrize(
    ("between", "width", "newline"),
    [
        ("\n", 0, "\n"),  # one paragraph a line
        ("\n", 0, "\r\n"),  # one paragraph a line, Windows line ends
        ("\n", 30, "\n"),  # lines of 30 characters, single newlines between paragraphs
        ("\n\n", 30, "\n"),  # lines of 30 characters, blank lines between paragraphs
        ("\n", 30, "\r\n"),  # lines of 30 characters, single Windows line ends
    ],
)
def test_layouts_give_the_same_paragraphs(tmp_path, document, between, width, newline):
    # the paragraphs, their repaired texts and the heading's facts (the graph: below)
    varied = tmp_path / document.name
    varied.write_bytes(relayout(document.read_text(encoding="utf-8"), between, width,
                                newline).encode("utf-8"))
    assert varied.read_bytes() != document.read_bytes()
    expected = _segmented(document)
    assert len(expected[1]) > 3
    assert _segmented(varied) == expected


@pytest.mark.parametrize(
    ("between", "width", "newline"),
    [
        ("\n\n", 20, "\n"),  # lines of 20 characters, blank lines between paragraphs
        ("\n\n", 30, "\n"),  # lines of 30 characters
        ("\n\n", 40, "\n"),  # lines of 40 characters
        ("\n", 30, "\n"),  # lines of 30 characters, single newlines between paragraphs
        ("\n", 20, "\r\n"),  # lines of 20 characters, single Windows line ends
    ],
)
def test_hard_wrapped_text_gives_the_same_graph(tmp_path, reference, between, width, newline):
    # words, numbers and symbols cut by a line break are found as on one line
    text = relayout(TEXT, between, width, newline)
    got = _build_text(tmp_path, text)
    assert isomorphic(got, reference)
    # and every span is the source text between its offsets, line breaks included
    g = Graph()
    g.parse(tmp_path / "b" / "graph.ttl")
    spans = []
    for quote in g.subjects(OA.exact, None):  # each span's quote and position selectors
        span = g.value(None, OA.hasSelector, quote)
        [position] = [s for s in g.objects(span, OA.hasSelector) if (s, OA.start, None) in g]
        spans.append((int(g.value(position, OA.start)), int(g.value(position, OA.end)),
                      str(g.value(quote, OA.exact))))
    assert len(spans) > 100
    read = text.replace("\r\n", "\n")  # offsets count in the text read, with its line ends
    assert all(read[s:e] == exact for s, e, exact in spans)
    assert any("\n" in exact for _, _, exact in spans)


def test_traditional_characters_give_the_same_graph(tmp_path, reference):
    import opencc

    traditional = opencc.OpenCC("s2t").convert(TEXT)
    assert traditional != TEXT
    got = _build_text(tmp_path, traditional)
    # only the text literals differ (they stay as written), every fact is the same
    assert isomorphic(got, reference)


def _cited(g: Graph) -> set[str]:
    doc = URIRef("https://w3id.org/unsc-graph/id/doc/S/RES/2388(2017)")
    return {str(g.value(o, DCTERMS.identifier)) for o in g.objects(doc, CITO.cites)}


def test_reordered_preambular_paragraphs_keep_their_citations(tmp_path, reference):
    blocks = TEXT.split("\n\n")
    i = next(k for k, b in enumerate(blocks) if b.startswith("回顾第 2359"))
    j = next(k for k, b in enumerate(blocks) if b.startswith("重申所有会员国"))
    blocks[i], blocks[j] = blocks[j], blocks[i]
    got = _build_text(tmp_path, "\n\n".join(blocks))
    assert _cited(got) == _cited(reference)
    # the paragraphs are renumbered by position: the 2359 citation moved to the later PP
    labels = {str(got.value(p, ELI.number)) for p in got.subjects(ELI.number, None)}
    assert "PP24" in labels


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # each resolution with its own 第…号
        ("第 2359(2017)和 2374(2017)号决议", "第2359(2017)号和第2374(2017)号决议"),
        # no spaces, full-width brackets
        ("第 2195(2014)、2253(2015)、2199(2015)和 2368(2017)号决议",
         "第２１９５（２０１４）、２２５３（２０１５）、２１９９（２０１５）及２３６８（２０１７）号决议"),
        # no separator at all
        ("第 1261(1999)和 1612(2005)号决议", "第1261(1999)1612(2005)号决议"),
    ],
)
def test_lists_written_differently(tmp_path, reference, old, new):
    assert old in TEXT
    got = _build_text(tmp_path, TEXT.replace(old, new))
    assert _cited(got) == _cited(reference)


def test_a_removed_citation_is_gone(tmp_path, reference):
    got = _build_text(tmp_path, TEXT.replace("第 2242(2015)号决议表示关切", "有关决议表示关切"))
    assert _cited(reference) - _cited(got) == {"S/RES/2242 (2015)"}
