"""graph.builder: parallel builds give the bytes of a one-process build; the spool and the store
files; the other sources (sanctions list, UNDL record table) given by name or found in a folder.

The parallel texts are the English fixtures, copied with their resolution numbers renumbered
(so each copy is a distinct resolution), plus the bilingual pair and the Chinese seed: 45 texts,
more than the 40 from which a build uses workers by itself. A source file named on the command
line that cannot be used is refused with one line and exit 2; one found in a folder is skipped
with its reason, the rest is built, and the exit code is 2 all the same (docs/bad-input.md).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from graph.builder import build, classify
from graph.cli import main
from graph.ntriples import sort_lines
from graph.spool import GraphSpool
from graph.store import write_spool
from tests.conftest import FIXTURES, SEED

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = ["early.txt", "middle.txt", "modern.txt"]
COPIES = 14  # 3 fixtures x 14 copies + 2 bilingual + the seed = 45 texts

# the number of the heading: "36 (1947). Resolution of", "Resolution 465 (1980)", "RESOLUTION 827"
_HEADING_NUMBER = re.compile(r"\A\s*(\d+)(?=\s*\(\d{4}\)\.?\s*Resolution)|(?i:resolution)\s+(\d+)")


def renumber(text: str, add: int) -> str:
    """Return *text* with the resolution number of its heading increased by *add*."""
    m = _HEADING_NUMBER.search(text)
    assert m is not None, "fixture without a heading"
    group = 1 if m.group(1) else 2
    number = int(m.group(group)) + add
    return text[:m.start(group)] + str(number) + text[m.end(group):]


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("texts")
    for name in ENGLISH:
        source = (FIXTURES / "en" / name).read_text(encoding="utf-8")
        for k in range(COPIES):
            (folder / f"{k:02d}_{name}").write_text(renumber(source, k * 1000), encoding="utf-8")
    for p in sorted((FIXTURES / "bilingual").glob("*.txt")):
        (folder / p.name).write_bytes(p.read_bytes())
    seed = ROOT / "data" / "texts" / "S_RES_2388_2017_ZH.txt"
    (folder / seed.name).write_bytes(seed.read_bytes())
    return folder


@pytest.mark.parametrize("name, add, expected", [
    ("early.txt", 1000, "1036 (1947). Resolution of"),  # the early heading: number first
    ("middle.txt", 2000, "Resolution 2465 (1980)"),  # 1965-1993 heading
    ("modern.txt", 0, "RESOLUTION 827 (1993)"),  # nothing added: the text is unchanged
])
def test_renumber_changes_only_the_heading_number(name, add, expected):
    source = (FIXTURES / "en" / name).read_text(encoding="utf-8")
    out = renumber(source, add)
    assert out.lstrip().startswith(expected)
    assert len(out) - len(source) == len(str(int(re.findall(r"\d+", source)[0]) + add)) - len(
        re.findall(r"\d+", source)[0])


def test_two_workers_give_the_bytes_of_one(texts, tmp_path):
    assert sum(classify(p) == "text" for p in texts.iterdir()) == 45
    one = build([texts], tmp_path / "one", workers=1)
    two = build([texts], tmp_path / "two", workers=2)
    assert one.texts == two.texts == 45  # every copy is a distinct resolution
    for name in ("graph.ttl", "graph.nq"):
        a = (tmp_path / "one" / name).read_bytes()
        b = (tmp_path / "two" / name).read_bytes()
        assert a == b, name
    assert one.triples == two.triples > 0
    assert one.quads == two.quads


def test_default_workers_match_one_process(texts, tmp_path):
    # 45 texts: the build picks its workers itself; same bytes as one process
    build([texts], tmp_path / "auto")
    build([texts], tmp_path / "one", workers=1)
    assert (tmp_path / "auto" / "graph.nq").read_bytes() == \
        (tmp_path / "one" / "graph.nq").read_bytes()


def test_a_bad_text_is_skipped_by_a_worker_as_by_one_process(texts, tmp_path):
    # a worker hands the InputError of an unusable text back (it must survive pickling):
    # the build skips the file, as a one-process build does, instead of breaking the pool
    folder = tmp_path / "texts"
    shutil.copytree(texts, folder)
    (folder / "zz_empty.txt").write_bytes(b"")
    one = build([folder], tmp_path / "one", workers=1)
    two = build([folder], tmp_path / "two", workers=2)
    assert one.skipped == two.skipped and [p for p, _ in two.skipped] == [
        str(folder / "zz_empty.txt")]
    assert (tmp_path / "one" / "graph.nq").read_bytes() == \
        (tmp_path / "two" / "graph.nq").read_bytes()


A = b"<http://x/a> <http://x/p> <http://x/o>"
B = b"<http://x/b> <http://x/p> <http://x/o>"


@pytest.mark.parametrize("chunks, expected", [
    # one graph, lines out of order and repeated: sorted, distinct
    ({"<http://x/g>": [B + b" .\n" + A + b" .\n", A + b" .\n"]},
     A + b" <http://x/g> .\n" + B + b" <http://x/g> .\n"),
    # two graphs: graph order first, then the triples
    ({"<http://x/h>": [A + b" .\n"], "<http://x/g>": [B + b" .\n"]},
     B + b" <http://x/g> .\n" + A + b" <http://x/h> .\n"),
])
def test_spooled_nquads_are_sorted_by_graph_then_triple(tmp_path, chunks, expected):
    with GraphSpool() as spool:
        for graph, datas in chunks.items():
            for data in datas:
                spool.add(graph, data)
        _, n_quads, n_triples = write_spool(tmp_path, spool)
    assert (tmp_path / "graph.nq").read_bytes() == expected
    assert n_quads == len(expected.splitlines())
    assert n_triples == len({line.split(b" <http://x/g>")[0].split(b" <http://x/h>")[0]
                             for line in expected.splitlines()})


def test_spool_merges_a_graph_added_twice():
    with GraphSpool() as spool:
        spool.add("<g>", b"<b> <p> <o> .\n")
        spool.add("<g>", b"<a> <p> <o> .\n<b> <p> <o> .\n")
        assert spool.read_graph("<g>") == sort_lines(b"<a> <p> <o> .\n<b> <p> <o> .\n")
        assert spool.graphs() == ["<g>"]


# --- the other sources given by name or found in a folder --------------------------------------

SANCTIONS = FIXTURES / "sanctions"
MEETINGS = FIXTURES / "meetings"


def one_line_refusal(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert "Traceback" not in err[0]
    return err[0]


@pytest.mark.parametrize(
    ("files", "skipped", "reason"),
    [
        # a truncated sanctions list beside a good one: the good one is used
        (["sanctions/small.xml", "sanctions/truncated.xml"], "truncated.xml", ""),
        # an XML file that is not the consolidated list at all
        (["sanctions/small.xml", "sanctions/not-sanctions.xml"], "not-sanctions.xml", ""),
        # a record table without the meeting tables that give each resolution's year
        (["meetings/undl_records.csv"], "undl_records.csv", "needs the meeting tables"),
        # a damaged record table without meeting tables: its own problem is the reason
        (["meetings/undl_bad.csv"], "undl_bad.csv", ""),
    ],
)
def test_an_unusable_source_in_a_folder_is_skipped_and_the_rest_built(tmp_path, capsys, files,
                                                                       skipped, reason):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    for f in files:
        shutil.copy(FIXTURES / f, folder / Path(f).name)
    out = tmp_path / "b"
    assert main(["build", "--quiet", "--no-sample", str(folder), "-o", str(out)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if skipped in line and ": skipped: " in line], err
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    reasons = {Path(p).name: why for p, why in summary["skipped"]}
    assert skipped in reasons, summary["skipped"]
    assert reason in reasons[skipped]
    assert summary["texts"] == 1


def test_the_good_sanctions_list_is_still_used_beside_a_bad_one(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("small.xml", "truncated.xml"):
        shutil.copy(SANCTIONS / name, folder / name)
    out = tmp_path / "b"
    assert main(["build", "--quiet", "--no-sample", str(folder), "-o", str(out)]) == 2
    assert "sanctions" in (out / "graph.nq").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "words"),
    [
        # named on the command line, a bad sanctions list stops the build
        ("sanctions/truncated.xml", ["truncated.xml"]),
        # named, a good record table without meeting tables cannot be used
        ("meetings/undl_records.csv", ["undl_records.csv", "needs the meeting tables"]),
        # named, a damaged record table is refused for its own problem
        ("meetings/undl_bad.csv", ["undl_bad.csv"]),
    ],
)
def test_an_unusable_source_named_on_the_command_line_is_refused(tmp_path, capsys, name,
                                                                 words):
    out = tmp_path / "b"
    line = one_line_refusal(capsys, ["build", "--quiet", "--no-sample", str(SEED),
                                     str(FIXTURES / name), "-o", str(out)])
    for w in words:
        assert w in line, line
    assert not out.exists()


def test_a_record_table_with_the_meeting_tables_is_used(tmp_path):
    out = tmp_path / "b"
    assert main(["build", "--quiet", "--no-sample", str(MEETINGS / "meetings-2017-fixture.html"),
                 str(MEETINGS / "undl_records.csv"), "-o", str(out)]) == 0
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert not summary["skipped"]
    assert "rdf-schema#seeAlso" in (out / "graph.nq").read_text(encoding="utf-8")


def test_build_shows_progress_on_a_terminal_only(tmp_path):
    # the texts and the store step as bars on a terminal; nothing on stderr in a pipe
    from tests.test_cli_formats import _on_a_terminal

    script = ("import sys\nfrom graph.cli import main\n"
              f"sys.exit(main(['build', {str(FIXTURES / 'en')!r}, {str(SEED)!r}, '-o', "
              f"{str(tmp_path / 'b')!r}, '--no-sample']))\n")
    shown = _on_a_terminal(script)
    assert "texts" in shown and "store" in shown
    quiet = subprocess.run([sys.executable, "-c", script.replace("'b'", "'c'")],
                           capture_output=True, text=True, timeout=120)
    assert [line for line in quiet.stderr.splitlines() if "skipped" not in line] == []


def test_each_triple_sits_in_one_graph_and_the_turtle_is_the_store(seed_build, tmp_path):
    # the summary's triples are the store's distinct triples; graph.ttl holds exactly them,
    # and export writes the same bytes
    import json

    from rdflib import Graph
    from rdflib.compare import isomorphic

    from graph.store import count_triples, open_store, rdflib_graph, serialize_store

    store = open_store(seed_build)
    summary = json.loads((seed_build / "summary.json").read_text(encoding="utf-8"))
    assert summary["quads"] == summary["triples"] == len(store) == count_triples(store)
    turtle = (seed_build / "graph.ttl").read_bytes()
    assert serialize_store(store, "turtle") == turtle
    assert isomorphic(Graph().parse(data=turtle, format="turtle"), rdflib_graph(store))


def test_the_english_record_states_each_triple_once(shared, tmp_path):
    # on the real record (texts, tables, UNDL records, sanctions list) no triple sits in two
    # named graphs: the union of the graphs has as many triples as the store has quads
    from graph.builder import build
    from graph.store import count_triples, open_store

    corpus = shared / "corpus"
    summary = build([corpus / "en-resolutions", corpus / "un-meetings", corpus / "undl-records",
                     corpus / "sanctions"], tmp_path / "b", progress=False)
    store = open_store(tmp_path / "b")
    assert summary.quads == len(store) == count_triples(store) > 400_000


@pytest.mark.parametrize(
    ("labels", "preferred"),
    [
        # two texts write one found title two ways: the first in code-point order stays
        ([("e", '"b"@en'), ("e", '"A"@en')], {("e", '"A"@en')}),
        # one label per language: nothing changes
        ([("e", '"A"@en'), ("e", '"甲"@zh')], {("e", '"A"@en'), ("e", '"甲"@zh')}),
        # language tags compared without case
        ([("e", '"b"@zh-Hant'), ("e", '"a"@zh-hant')], {("e", '"a"@zh-hant')}),
        # each node on its own
        ([("e", '"b"@en'), ("f", '"c"@en')], {("e", '"b"@en'), ("f", '"c"@en')}),
    ],
)
def test_settle_preferred_labels(labels, preferred):
    from graph.builder import settle_preferred_labels

    pref = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
    data = "".join(f"<{s}> {pref} {o} .\n" for s, o in labels).encode()
    out = settle_preferred_labels(data).decode().splitlines()
    assert {(line.split()[0][1:-1], line.split(" ", 2)[2][:-2]) for line in out
            if pref in line} == preferred
    # the others become alternative labels, nothing is lost
    assert len(out) == len(labels)


def test_a_title_found_two_ways_has_one_preferred_label(tmp_path):
    # two texts write one agreement two ways (Non-Aggression, Non-aggression): one node, one
    # prefLabel (the other an altLabel)
    import graph
    from graph.store import open_store

    body = ("{n} ({y}). Resolution of 1 March {y}\n\nThe Security Council,\n\n"
            "Welcoming the {title},\n\n1. Calls upon the parties to implement it.\n")
    for n, title in ((1001, "Stockholm Non-Aggression Agreement"),
                     (1002, "Stockholm Non-aggression Agreement")):
        (tmp_path / f"S_RES_{n}_1995_EN.txt").write_text(body.format(n=n, y=1995, title=title))
    graph.build([tmp_path / "S_RES_1001_1995_EN.txt", tmp_path / "S_RES_1002_1995_EN.txt"],
                tmp_path / "b", progress=False)
    rows = list(open_store(tmp_path / "b").query(
        "SELECT ?e ?l WHERE { ?e <http://www.w3.org/2004/02/skos/core#prefLabel> ?l ; "
        "<https://w3id.org/unsc-graph/ontology#curated> false }",
        use_default_graph_as_union=True))
    found = [r["l"].value for r in rows if "/instrument/" in r["e"].value]
    assert found == ["Stockholm Non-Aggression Agreement"]
