"""The same facts from variations of the seed text, so that no test passes by memorising it."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from graph.build import build
from graph.namespaces import CITO, DCTERMS, ELI, OA, PROV, UNSC
from tests.conftest import SEED

TEXT = SEED.read_text(encoding="utf-8")


def facts(folder) -> Graph:
    """The built graph without what depends on the bytes of the source (spans, provenance,
    the repaired text)."""
    g = Graph()
    g.parse(folder / "graph.ttl")
    drop = {OA.start, OA.end, OA.exact, PROV.wasDerivedFrom, RDFS.label, UNSC.sha256,
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
