"""The command line end to end: build, query, export, validate; bad input; determinism."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from graph.cli import main
from tests.conftest import ROOT, SEED


def run(*args: str) -> tuple[int, str, str]:
    proc = subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    return proc.returncode, proc.stdout, proc.stderr


def test_build_prints_a_summary(tmp_path):
    code, out, err = run("build", "-o", str(tmp_path / "b"))
    assert code == 0, err
    assert (tmp_path / "b" / "graph.ttl").stat().st_size > 10_000
    for word in ("documents", "paragraphs", "citations", "entities", "obligations", "triples"):
        assert word in out
    assert "most-cited" in out


def test_two_builds_give_byte_identical_turtle(tmp_path):
    assert main(["build", "--no-sample", "-o", str(tmp_path / "a")]) == 0
    assert main(["build", "--no-sample", "-o", str(tmp_path / "b")]) == 0
    for name in ("graph.ttl", "graph.nq"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_input_order_does_not_matter(tmp_path):
    d1, d2 = tmp_path / "one", tmp_path / "two"
    d1.mkdir()
    d2.mkdir()
    shutil.copy(SEED, d1 / "a.txt")
    variant = SEED.read_text(encoding="utf-8").replace("2388", "2389")
    (d1 / "b.txt").write_text(variant, encoding="utf-8")
    # same files, created in the other order and with names that sort the other way
    (d2 / "a.txt").write_text(variant, encoding="utf-8")
    shutil.copy(SEED, d2 / "b.txt")
    assert main(["build", "--no-sample", str(d1), "-o", str(tmp_path / "x")]) == 0
    assert main(["build", "--no-sample", str(d2), "-o", str(tmp_path / "y")]) == 0
    gx, gy = Graph(), Graph()
    gx.parse(tmp_path / "x" / "graph.ttl")
    gy.parse(tmp_path / "y" / "graph.ttl")
    # provenance names the files: compare all but the source-file labels
    from rdflib.namespace import RDFS

    for g in (gx, gy):
        g.remove((None, RDFS.label, None))
    assert isomorphic(gx, gy)


@pytest.mark.parametrize(
    ("fmt", "parser", "dataset"),
    [
        ("turtle", "turtle", False),  # named graphs merged
        ("ntriples", "nt", False),
        ("jsonld", "json-ld", True),  # named graphs kept
        ("trig", "trig", True),
        ("nquads", "nquads", True),
    ],
)
def test_export_round_trips(seed_build, tmp_path, fmt, parser, dataset):
    out = tmp_path / f"g.{fmt}"
    assert main(["export", "--format", fmt, "--graph", str(seed_build), "-o", str(out)]) == 0
    quads = Dataset()
    quads.parse(seed_build / "graph.nq", format="nquads")
    if dataset:
        reference = quads
    else:  # the triple formats merge the named graphs
        reference = Graph()
        for s, p, o, _ in quads.quads((None, None, None, None)):
            reference.add((s, p, o))
    again = Dataset() if dataset else Graph()
    again.parse(out, format=parser)
    if dataset:
        assert sorted(str(g.identifier) for g in again.graphs() if len(g)) == sorted(
            str(g.identifier) for g in reference.graphs() if len(g))
        for g in reference.graphs():
            if len(g):
                assert isomorphic(g, again.graph(g.identifier)), g.identifier
    else:
        assert isomorphic(reference, again)


def test_query_csv_has_the_fixed_columns(seed_build):
    code, out, err = run("query", "citations", "--graph", str(seed_build), "--format", "csv")
    assert code == 0, err
    lines = out.strip().splitlines()
    assert lines[0].strip() == "citing,cited,paragraph,characterization"
    assert any(line.startswith("S/RES/2388 (2017),S/PRST/2015/25,PP1,recalls") for line in lines)


def test_query_list_shows_summaries():
    code, out, _ = run("query", "--list")
    assert code == 0
    names = [line.split()[0] for line in out.splitlines() if line.strip()]
    assert {"citations", "obligations", "mentions", "most-cited"} <= set(names)


def test_query_json(seed_build):
    code, out, err = run("query", "obligations", "--graph", str(seed_build), "--format", "json")
    assert code == 0, err
    data = json.loads(out)  # the W3C SPARQL 1.1 JSON results format
    assert {"resolution", "paragraph", "verb", "addressee", "deadline"} <= set(data["head"]["vars"])
    rows = data["results"]["bindings"]
    assert any(r["paragraph"]["value"] == "OP34" and r["deadline"]["value"] == "2018-11-21"
               and r["deadline"]["type"] == "literal" for r in rows)


def test_validate_passes_on_the_built_graph(seed_build):
    code, out, err = run("validate", "--graph", str(seed_build))
    assert code == 0, out + err


def test_validate_fails_on_an_invalid_example(tmp_path):
    bad = sorted((ROOT / "ontology" / "examples").glob("*-invalid-*.ttl"))[0]
    code, out, _ = run("validate", "--graph", str(bad))
    assert code == 1
    assert out.strip()


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty"),  # an empty file
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),  # an image renamed
        ("news.txt", "今天上午，市政府召开新闻发布会，介绍了城市交通建设的最新进展。".encode(),
         "not a Security Council resolution"),  # a news article
    ],
)
def test_bad_input_is_one_line_exit_2_and_keeps_the_previous_build(tmp_path, name, content,
                                                                    problem):
    out = tmp_path / "build"
    assert main(["build", "--no-sample", "-o", str(out)]) == 0
    before = (out / "graph.ttl").read_bytes()
    bad = tmp_path / name
    bad.write_bytes(content)
    code, _stdout, stderr = run("build", str(bad), "-o", str(out))
    assert code == 2
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and problem in lines[0]
    assert (out / "graph.ttl").read_bytes() == before
    assert not list(tmp_path.glob(".build.tmp-*"))


def test_missing_input(tmp_path):
    code, _, stderr = run("build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "b"))
    assert code == 2
    assert "nope.txt" in stderr and "no such file" in stderr
    assert not (tmp_path / "b").exists()


def test_folder_with_one_bad_file_builds_the_good_ones(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    shutil.copy(SEED, folder / "S_RES_2388_2017_ZH.txt")
    (folder / "broken.txt").write_bytes(b"")
    code, out, err = run("build", str(folder), "-o", str(tmp_path / "b"), "--no-sample")
    assert code == 2
    assert "broken.txt" in err and "skipped" in err
    assert "texts        1" in out
    assert (tmp_path / "b" / "graph.ttl").exists()


def test_unwritable_output(tmp_path):
    target = tmp_path / "ro"
    target.mkdir()
    target.chmod(0o500)
    try:
        code, _, stderr = run("build", "-o", str(target / "sub" / "build"))
        if Path("/").stat().st_uid == 0 and code == 0:
            pytest.skip("running as root: permissions are not enforced")
        assert code == 2
        assert "cannot write" in stderr
    finally:
        target.chmod(0o700)


def test_debug_shows_the_traceback(tmp_path):
    code, _, stderr = run("--debug", "build", str(tmp_path / "nope.txt"))
    assert code != 0
    assert "Traceback" in stderr


def test_the_meeting_tables_win_over_a_misread_heading(tmp_path):
    """A heading with a wrong date and meeting (as OCR leaves them) is corrected by the tables,
    and the disagreement is reported."""
    text = SEED.read_text(encoding="utf-8").replace("2017 年 11 月 21 日第 8111 次",
                                                   "2017 年 11 月 12 日第 8117 次")
    (tmp_path / "S_RES_2388_2017_ZH.txt").write_text(text, encoding="utf-8")
    table = ROOT / "tests" / "fixtures" / "meetings" / "meetings-2017-fixture.html"
    assert main(["build", "--no-sample", str(tmp_path / "S_RES_2388_2017_ZH.txt"), str(table),
                 "-o", str(tmp_path / "b")]) == 0
    g = Graph()
    g.parse(tmp_path / "b" / "graph.ttl")
    rows = set(g.query("""
        PREFIX eli: <http://data.europa.eu/eli/ontology#>
        PREFIX unsc: <https://w3id.org/unsc-graph/ontology#>
        SELECT ?d ?n { <https://w3id.org/unsc-graph/id/doc/S/RES/2388(2017)> dcterms:date ?d ;
                       unsc:adoptedAt/unsc:meetingNumber ?n }"""))
    assert {(str(d), int(n)) for d, n in rows} == {("2017-11-21", 8111)}
    warnings = json.loads((tmp_path / "b" / "summary.json").read_text())["warnings"]
    assert sum(1 for w in warnings if w[1] == "heading") == 2


def test_output_cut_by_head_is_not_an_error(tmp_path):
    # `unsc-graph query … | head` (the README's demo) closes the pipe early: exit 0, no
    # message; `true` reads nothing and exits at once, so the write always meets a closed pipe
    out = tmp_path / "b"
    assert main(["build", "--no-sample", "-o", str(out)]) == 0
    cmd = f"{sys.executable} -m graph query obligations --graph {out} --format table | true"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True,
                          check=False)
    assert done.stderr == ""
    assert done.returncode == 0
