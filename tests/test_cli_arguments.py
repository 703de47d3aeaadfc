"""The command line's checks of its arguments and of queries, and the numbers it prints.

A bad argument is one line on stderr naming the argument and the problem, exit 2, and
nothing is done; a bad query names its file when it came from one.
"""

from __future__ import annotations

import csv
import io
import json
import math

import pytest

from graph.cli import main, make_parser


def _refused(capsys, argv: list[str]) -> str:
    """Run *argv*; check exit 2 with one line on stderr and nothing on stdout; return it."""
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 2, err
    assert out == ""
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    return err.strip()


# -- argument values ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        # a port above 65535 (was an internal OverflowError)
        (["serve", "--port", "99999"], ["--port", "0 to 65535", "99999"]),
        # a negative port
        (["serve", "--port", "-1"], ["--port", "0 to 65535", "-1"]),
        # a port that is not a number
        (["serve", "--port", "http"], ["--port", "not a whole number", "'http'"]),
        # no worker processes
        (["build", "--workers", "0"], ["--workers", "1 or more", "0"]),
        # a negative number of workers
        (["build", "--workers", "-3"], ["--workers", "1 or more", "-3"]),
        # an empty network table
        (["network", "--top", "0"], ["--top", "1 or more", "0"]),
        # a page with no nodes
        (["viz", "-o", "v.html", "--max-nodes", "0"], ["--max-nodes", "1 or more", "0"]),
        # a negative depth (0 is allowed: the focus alone)
        (["viz", "-o", "v.html", "--depth", "-1"], ["--depth", "0 or more", "-1"]),
        # query at an endpoint that is not an http(s) URL
        (["query", "citations", "--endpoint", "ftp://example.org/sparql"],
         ["--endpoint", "http:// or https://", "ftp://example.org/sparql"]),
        # query at a URL without a host
        (["query", "citations", "--endpoint", "http://"], ["--endpoint", "'http://'"]),
        # query at a bare word
        (["query", "citations", "--endpoint", "localhost"], ["--endpoint", "'localhost'"]),
        # query at a URL whose port is out of range
        (["query", "citations", "--endpoint", "http://localhost:99999/q"],
         ["--endpoint", "localhost:99999"]),
        # push to a file URL
        (["push", "--endpoint", "file:///tmp/store"], ["--endpoint", "file:///tmp/store"]),
    ],
)
def test_bad_argument_values_are_one_line_exit_2(capsys, argv, words):
    line = _refused(capsys, argv)
    assert line.startswith("unsc-graph: argument ")
    for word in words:
        assert word in line, (word, line)


@pytest.mark.parametrize(
    ("argv", "name", "value"),
    [
        # port 0: the system picks a free port
        (["serve", "--port", "0"], "port", 0),
        # the highest port
        (["serve", "--port", "65535"], "port", 65535),
        # one worker
        (["build", "--workers", "1"], "workers", 1),
        # depth 0: the focus alone
        (["viz", "-o", "v.html", "--depth", "0"], "depth", 0),
        # one node
        (["viz", "-o", "v.html", "--max-nodes", "1"], "max_nodes", 1),
        # one row
        (["network", "--top", "1"], "top", 1),
        # an https endpoint, kept as written
        (["query", "x", "--endpoint", "https://Example.org:8443/sparql?a=1"], "endpoint",
         "https://Example.org:8443/sparql?a=1"),
        # an http endpoint for push
        (["push", "--endpoint", "http://127.0.0.1:7878/query"], "endpoint",
         "http://127.0.0.1:7878/query"),
    ],
)
def test_good_argument_values_are_kept(argv, name, value):
    assert getattr(make_parser().parse_args(argv), name) == value


@pytest.mark.parametrize(
    ("host", "words"),
    [
        # a name that cannot resolve (.invalid is reserved, RFC 2606)
        ("nosuchhost.invalid", ["--host nosuchhost.invalid", "--port 0"]),
        # an address that is not this machine's (TEST-NET-1, RFC 5737)
        ("192.0.2.1", ["--host 192.0.2.1", "--port 0", "address"]),
    ],
)
def test_serve_on_a_host_it_cannot_bind_names_it(seed_build, capsys, host, words):
    line = _refused(capsys, ["serve", "--graph", str(seed_build), "--host", host,
                             "--port", "0"])
    assert line.startswith("unsc-graph: cannot serve on ")
    for word in words:
        assert word in line, (word, line)


# -- queries -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # a syntax error: where it is, and what was expected
        ("SELECT * WHERE { ?s ?p ?o }\nOPTIONA\n",
         "bad SPARQL at line 2, column 7: expected one of HAVING, OFFSET, OPTIONAL, VALUES"),
        # an empty file
        ("", "empty query"),
        # blank lines only
        ("  \n\t\n", "empty query"),
        # comments only, canned-query header included
        ("#+ summary: nothing\n# still nothing\n", "empty query"),
        # a prologue and nothing after it
        ("PREFIX ex: <http://example.org/>\nBASE <http://example.org/>\n", "empty query"),
        # an update
        ("DELETE WHERE { ?s ?p ?o }\n",
         "updates are not allowed (only SELECT, ASK, CONSTRUCT, DESCRIBE)"),
        # an update after a prologue and a comment, in lower case
        ("PREFIX ex: <http://example.org/>\n# add one\ninsert data { ex:a ex:b ex:c }\n",
         "updates are not allowed (only SELECT, ASK, CONSTRUCT, DESCRIBE)"),
        # the other update forms
        ("CLEAR ALL", "updates are not allowed (only SELECT, ASK, CONSTRUCT, DESCRIBE)"),
        ("drop graph <http://example.org/g>",
         "updates are not allowed (only SELECT, ASK, CONSTRUCT, DESCRIBE)"),
        ("LOAD <http://example.org/data.ttl>",
         "updates are not allowed (only SELECT, ASK, CONSTRUCT, DESCRIBE)"),
        ("WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
         "updates are not allowed (only SELECT, ASK, CONSTRUCT, DESCRIBE)"),
    ],
)
def test_a_bad_query_file_is_named_in_the_error(seed_build, tmp_path, capsys, text, problem):
    path = tmp_path / "bad.rq"
    path.write_text(text, encoding="utf-8")
    line = _refused(capsys, ["query", str(path), "--graph", str(seed_build)])
    assert line == f"unsc-graph: {path}: {problem}"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # inline text that is not SPARQL
        ("SELECT * WHERE { ?s ?p", "bad SPARQL at line 1, column 23: expected"),
        # inline blanks
        ("   ", "empty query"),
        # an inline update
        ("CREATE GRAPH <http://example.org/g>", "updates are not allowed"),
    ],
)
def test_a_bad_inline_query_says_what_is_wrong(seed_build, capsys, text, problem):
    line = _refused(capsys, ["query", text, "--graph", str(seed_build)])
    assert line.startswith(f"unsc-graph: {problem}")


@pytest.mark.parametrize(
    "text",
    [
        # update keywords as a prefix name and inside a string are not updates
        'PREFIX insert: <http://example.org/>\nSELECT ?s WHERE { ?s insert:p "DELETE" }',
        # a comment before the query that mentions an update
        "# DELETE nothing\nASK { ?s ?p ?o }",
        # a variable named like a keyword
        "SELECT ?delete WHERE { ?delete ?p ?o } LIMIT 1",
    ],
)
def test_queries_that_only_look_like_updates_run(seed_build, capsys, text):
    assert main(["query", text, "--graph", str(seed_build)]) == 0, capsys.readouterr().err


def test_the_update_check_runs_before_an_endpoint_is_asked(capsys):
    # nothing listens on port 9 (discard): the update is refused without a connection
    line = _refused(capsys, ["query", "DROP ALL", "--endpoint", "http://127.0.0.1:9/q"])
    assert line == ("unsc-graph: updates are not allowed "
                    "(only SELECT, ASK, CONSTRUCT, DESCRIBE)")


# -- the numbers of the network table ----------------------------------------------------------


def _last_column(capsys, seed_build, metric: str, fmt: str) -> list:
    """The values of the last column of ``network --metric METRIC --format FMT``, as printed
    (``str``) or as decoded from JSON."""
    code = main(["network", "--graph", str(seed_build), "--metric", metric, "--top", "100",
                 "--format", fmt])
    out = capsys.readouterr().out
    assert code == 0
    if fmt == "json":
        return [list(row.values())[-1] for row in json.loads(out)]
    if fmt == "csv":
        return [row[-1] for row in list(csv.reader(io.StringIO(out)))[1:]]
    return [line.split()[-1] for line in out.splitlines()[2:]]


@pytest.mark.parametrize(
    "fmt",
    [
        # in-degree is a count: 1, never 1.0, in each format
        "table",
        "csv",
        "json",
    ],
)
def test_counts_print_as_integers(seed_build, capsys, fmt):
    values = _last_column(capsys, seed_build, "indegree", fmt)
    assert values
    for value in values:
        assert isinstance(value, int) if fmt == "json" else value.isdigit(), value


@pytest.mark.parametrize(
    "fmt",
    [
        # the seed's HITS scores hold -0.0 before rounding away the sign
        "csv",
        "json",
        "table",
    ],
)
def test_no_negative_zero_scores(seed_build, capsys, fmt):
    code = main(["network", "--graph", str(seed_build), "--metric", "hits", "--top", "100",
                 "--format", fmt])
    out = capsys.readouterr().out
    assert code == 0 and "-0.0" not in out
    if fmt == "json":
        scores = [r[c] for r in json.loads(out) for c in ("authority", "hub")]
        assert 0.0 in scores  # the case that printed as -0.0 is there
        assert all(isinstance(s, float) and math.copysign(1.0, s) == 1.0 for s in scores)
