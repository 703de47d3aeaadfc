"""The command line speaks the ecosystem's formats (issue 18) and fails in documented ways."""

from __future__ import annotations

import argparse
import io
import json
import os
import pty
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.plugins.sparql.results.jsonresults import JSONResultParser
from rdflib.plugins.sparql.results.xmlresults import XMLResultParser

from graph import __version__
from graph.cli import main, make_parser
from graph.errors import EXIT_INPUT, EXIT_INTERNAL
from tests.conftest import ROOT
from tests.test_serve_attacks import Listener

LABELS = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
          "SELECT ?e ?l WHERE { ?e skos:prefLabel ?l "
          "FILTER(?e = <https://w3id.org/unsc-graph/id/entity/iraq>) } ORDER BY ?l")
CONSTRUCT = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
             "CONSTRUCT { ?e skos:prefLabel ?l } WHERE { ?e skos:prefLabel ?l "
             "FILTER(?e = <https://w3id.org/unsc-graph/id/entity/iraq>) }")
IRAQ = rdflib.URIRef("https://w3id.org/unsc-graph/id/entity/iraq")


def run(args, stdin=None):
    """Run the CLI in a process: (exit code, stdout bytes, stderr text)."""
    done = subprocess.run([sys.executable, "-m", "graph", *args], cwd=ROOT, input=stdin,
                          capture_output=True, timeout=300)
    return done.returncode, done.stdout, done.stderr.decode()


@pytest.fixture(scope="module")
def graph(seed_build):
    return str(seed_build)


@pytest.mark.parametrize("fmt, parse", [
    # W3C JSON results: typed terms, language tags
    ("json", lambda b: JSONResultParser().parse(io.StringIO(b.decode()))),
    # W3C XML results
    ("xml", lambda b: XMLResultParser().parse(io.BytesIO(b))),
])
def test_query_results_formats_keep_types(graph, capsysbinary, fmt, parse):
    assert main(["query", LABELS, "--graph", graph, "--format", fmt]) == 0
    result = parse(capsysbinary.readouterr().out)
    rows = [(r[rdflib.Variable("e")], r[rdflib.Variable("l")]) for r in result.bindings]
    assert rows == [(IRAQ, rdflib.Literal("Iraq", lang="en")),
                    (IRAQ, rdflib.Literal("伊拉克", lang="zh"))]
    assert isinstance(rows[0][0], rdflib.URIRef)  # an IRI, not a string


@pytest.mark.parametrize("fmt, first", [
    # CSV: values, CRLF
    ("csv", b"e,l\r\nhttps://w3id.org/unsc-graph/id/entity/iraq,Iraq\r\n"),
    # TSV: N-Triples terms with their language tags
    ("tsv", b'?e\t?l\n<https://w3id.org/unsc-graph/id/entity/iraq>\t"Iraq"@en\n'),
])
def test_query_csv_tsv(graph, capsysbinary, fmt, first):
    assert main(["query", LABELS, "--graph", graph, "--format", fmt]) == 0
    assert capsysbinary.readouterr().out.startswith(first)


@pytest.mark.parametrize("fmt, rdflib_format", [
    # the default for CONSTRUCT: Turtle
    (None, "turtle"),
    ("ntriples", "nt"),
    ("jsonld", "json-ld"),
    ("rdfxml", "xml"),
])
def test_construct_answers_rdf(graph, capsysbinary, fmt, rdflib_format):
    args = ["query", CONSTRUCT, "--graph", graph] + (["--format", fmt] if fmt else [])
    assert main(args) == 0
    got = rdflib.Graph().parse(data=capsysbinary.readouterr().out, format=rdflib_format)
    assert sorted(got.objects(IRAQ, None)) == sorted(
        [rdflib.Literal("Iraq", lang="en"), rdflib.Literal("伊拉克", lang="zh")])


@pytest.mark.parametrize("query, fmt, message", [
    # an RDF format for a SELECT
    (LABELS, "turtle", "--format turtle is for CONSTRUCT and DESCRIBE"),
    # a results format for a CONSTRUCT
    (CONSTRUCT, "json", "--format json is for SELECT and ASK"),
])
def test_format_that_does_not_fit_is_one_line(graph, query, fmt, message):
    code, out, err = run(["query", query, "--graph", graph, "--format", fmt])
    assert code == EXIT_INPUT and out == b""
    assert err.count("\n") == 1 and message in err


def test_query_from_stdin_and_from_files_of_any_extension(graph, tmp_path):
    code, out, _ = run(["query", "-", "--graph", graph, "--format", "csv"],
                       stdin=LABELS.encode())
    assert code == 0 and out.count(b"\r\n") == 3
    for name in ("q.sparql", "q.txt", "query"):  # a .sparql file is a file
        path = tmp_path / name
        path.write_text(LABELS, encoding="utf-8")
        code, file_out, err = run(["query", str(path), "--graph", graph, "--format", "csv"])
        assert code == 0 and file_out == out, err
    code, _, err = run(["query", str(tmp_path / "missing.sparql"), "--graph", graph])
    assert code == EXIT_INPUT and "no such query file" in err


def test_version():
    code, out, _ = run(["--version"])
    assert code == 0 and out.decode().strip() == f"unsc-graph {__version__}"


@pytest.mark.parametrize("argv", [
    # before the command
    ["--debug", "query", "no-such-query"],
    # after the command
    ["query", "no-such-query", "--debug"],
    # after the options
    ["query", "no-such-query", "--format", "csv", "--debug"],
])
def test_debug_anywhere_shows_the_traceback(argv):
    code, _, err = run(argv)
    assert code != 0 and "Traceback (most recent call last)" in err


def test_without_debug_one_line():
    code, _, err = run(["query", "no-such-query"])
    assert code == EXIT_INPUT and err.count("\n") == 1 and "unknown query" in err


def _actions(parser: argparse.ArgumentParser, where: str = "unsc-graph"):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _actions(sub, f"{where} {name}")
        elif not isinstance(action, argparse._HelpAction):
            yield where, action


def test_every_option_has_help():
    missing = [f"{where} {action.dest}" for where, action in _actions(make_parser())
               if not action.help]
    assert missing == []


def test_internal_error_has_its_own_exit_code(graph, monkeypatch, capsys):
    import graph.query as query

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(query, "write_query", broken)
    assert main(["query", "ASK {}", "--graph", graph]) == EXIT_INTERNAL != EXIT_INPUT
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error: RuntimeError: a bug" in err


def test_deeply_nested_query_is_one_line_exit_2(graph):
    deep = "SELECT * WHERE " + "{" * 10_000 + " ?s ?p ?o " + "}" * 10_000
    code, out, err = run(["query", "-", "--graph", graph], stdin=deep.encode())
    assert code == EXIT_INPUT and out == b""  # not 139, a crash of the parser
    assert err.count("\n") == 1 and "nested too deeply: 10000 levels" in err


def test_long_chain_does_not_crash_the_cli(graph):
    chain = "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 8000) + " } LIMIT 1"
    code, _, err = run(["query", "-", "--graph", graph, "--format", "csv"],
                       stdin=chain.encode())
    assert code == 0, err


@pytest.mark.parametrize("text", [
    "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ # c\rSERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
])
def test_cli_makes_no_outbound_request(graph, text):
    listener = Listener()
    try:
        code, _, err = run(["query", text.format(port=listener.port), "--graph", graph])
        time.sleep(0.3)
        assert code == EXIT_INPUT and "SERVICE is not allowed" in err
        assert listener.received == []
    finally:
        listener.close()


def test_export_jsonld_round_trips(graph, tmp_path):
    assert main(["export", "--format", "jsonld", "--graph", graph, "-o",
                 str(tmp_path / "g.jsonld")]) == 0
    assert main(["export", "--format", "nquads", "--graph", graph, "-o",
                 str(tmp_path / "g.nq")]) == 0
    data = (tmp_path / "g.jsonld").read_bytes()
    context = json.loads(data)["@context"]
    assert context["cito"] == "http://purl.org/spar/cito/" and "unsc:" in data.decode()
    got, want = rdflib.Dataset(), rdflib.Dataset()
    got.parse(data=data, format="json-ld")
    want.parse(tmp_path / "g.nq", format="nquads")
    names = sorted(g.identifier for g in want.graphs() if len(g))
    assert names and sorted(g.identifier for g in got.graphs() if len(g)) == names
    for name in names:
        assert isomorphic(got.graph(name), want.graph(name)), name


def test_export_rdfxml_round_trips(graph, tmp_path):
    assert main(["export", "--format", "rdfxml", "--graph", graph, "-o",
                 str(tmp_path / "g.rdf")]) == 0
    assert main(["export", "--format", "ntriples", "--graph", graph, "-o",
                 str(tmp_path / "g.nt")]) == 0
    got = rdflib.Graph().parse(tmp_path / "g.rdf", format="xml")
    want = rdflib.Graph().parse(tmp_path / "g.nt", format="nt")
    assert len(got) > 100 and isomorphic(got, want)


def _on_a_terminal(code: str) -> str:
    """Run *code* with standard error on a pseudo-terminal; return what it wrote there."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stderr=follower,
                            stdout=subprocess.DEVNULL)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


PROGRESS = ("import time\nfrom graph.progress import progress\n"
            "with progress(4, 'push', unit='graph') as bar:\n"
            "    for _ in range(4):\n"
            "        time.sleep(0.2)\n"
            "        bar.update(1)\n")


def test_progress_shows_on_a_terminal_only():
    shown = _on_a_terminal(PROGRESS)
    assert "push" in shown and "4/4" in shown
    quiet = subprocess.run([sys.executable, "-c", PROGRESS], cwd=ROOT, capture_output=True,
                           text=True, timeout=60)
    assert quiet.stderr == ""


def test_validate_says_nothing_extra_when_not_a_terminal(graph):
    code, out, err = run(["validate", "--graph", graph])
    assert code == 0 and err == "" and out


def test_oxigraph_roundtrip_of_construct_answer(graph, capsysbinary):
    # the Turtle answer carries the project's prefixes and parses back in Oxigraph
    assert main(["query", CONSTRUCT, "--graph", graph, "--format", "turtle"]) == 0
    data = capsysbinary.readouterr().out
    assert b"@prefix skos:" in data
    assert len(list(ox.parse(data, format=ox.RdfFormat.TURTLE))) == 2
