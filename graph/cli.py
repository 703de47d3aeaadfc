"""The ``unsc-graph`` command line: a thin layer over the library.

Exit codes (:mod:`graph.errors`): 0 success; 1 validation failed (or a ``*-violation`` query
returned rows); 2 bad input or usage; 3 an internal error (a bug); 130 interrupted. Errors are
one line on stderr; ``--debug``, anywhere on the command line, shows the traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import urllib.parse
from pathlib import Path

from graph.errors import (
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    EXIT_OK,
    UnscGraphError,
    UsageError,
)

__all__ = ["main", "make_parser", "http_url", "port_number", "at_least", "positive_seconds"]

DEFAULT_BUILD = Path("build")


# --- argument types: a bad value is a one-line usage error (exit 2) --------------------------


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None


def at_least(minimum: int):
    """Return an argparse ``type`` accepting whole numbers of *minimum* or more.

    >>> at_least(1)("3")
    3
    >>> at_least(1)("0")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be 1 or more, not 0
    """

    def check(text: str) -> int:
        value = _integer(text)
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more, not {value}")
        return value

    return check


def positive_seconds(text: str) -> float:
    """An argparse ``type``: a number of seconds above 0.

    >>> positive_seconds("2.5")
    2.5
    >>> positive_seconds("0")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be a number of seconds above 0, not '0'
    """
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number of seconds above 0, not {text!r}")
    return value


def port_number(text: str) -> int:
    """An argparse ``type``: a TCP port, 0 to 65535 (0 picks a free port).

    >>> port_number("7878")
    7878
    >>> port_number("99999")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be a port number from 0 to 65535, not 99999
    """
    value = _integer(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"must be a port number from 0 to 65535, not {value}")
    return value


def http_url(text: str) -> str:
    """An argparse ``type``: an ``http://`` or ``https://`` URL with a host.

    >>> http_url("http://localhost:7878/query")
    'http://localhost:7878/query'
    >>> http_url("file:///etc/passwd")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: not an http:// or https:// URL: 'file:///etc/passwd'
    """
    try:
        parts = urllib.parse.urlsplit(text)
        ok = (parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
              and (parts.port is None or parts.port >= 0))  # .port: ValueError if > 65535
    except ValueError:
        ok = False
    if not ok:
        raise argparse.ArgumentTypeError(f"not an http:// or https:// URL: {text!r}")
    return text


def _cmd_build(args: argparse.Namespace) -> int:
    from graph.builder import build
    from graph.query import format_result, load_query, run_query
    from graph.store import open_store

    summary = build(args.inputs or None, args.output, workers=args.workers,
                    progress=not args.quiet, incremental=args.incremental)
    from graph.inputs import printable

    for path, problem in summary.skipped:
        print(f"{printable(path)}: skipped: {printable(problem)}", file=sys.stderr)
    out = Path(args.output)
    print(f"built {out / 'graph.ttl'}")
    print(f"  texts        {summary.texts}")
    print(f"  documents    {summary.documents}")
    print(f"  paragraphs   {summary.paragraphs}")
    print(f"  citations    {summary.citations}")
    print(f"  entities     {summary.entities}")
    print(f"  obligations  {summary.obligations}")
    print(f"  triples      {summary.triples}")
    print(f"  warnings     {len(summary.warnings)} (see {out / 'summary.json'})")
    if args.sample and summary.texts:
        store = open_store(out)
        result = run_query(store, load_query("most-cited"), {})
        result.rows = result.rows[:5]
        print("\nmost-cited (top 5):")
        print(format_result(result, "table"))
    return EXIT_INPUT if summary.skipped else EXIT_OK


def _cmd_query(args: argparse.Namespace) -> int:
    from graph.query import list_queries, load_query, write_query, write_query_endpoint

    if args.list:
        for q in list_queries():
            print(f"{q.name:40s} {q.summary}")
        return EXIT_OK
    if not args.query:
        raise UsageError("give a query name, a query file, - for standard input or SPARQL text "
                         "(or --list)")
    params = {}
    for kv in args.param or []:
        if "=" not in kv:
            raise UsageError(f"--param wants name=value, got {kv!r}")
        k, v = kv.split("=", 1)
        params[k.strip()] = v
    query = load_query(args.query)
    out = io.BytesIO()  # the whole answer first: an error leaves no partial output
    if args.endpoint:
        write_query_endpoint(args.endpoint, query, params, args.format, out,
                             default_graphs=args.default_graph_uri,
                             union_default_graph=args.union_default_graph)
    else:
        from graph.store import open_store

        write_query(open_store(args.graph), query, params, args.format, out,
                    allow_service=tuple(args.allow_service or ()))
    data = out.getvalue()
    sys.stdout.buffer.write(data)
    sys.stdout.flush()
    if query.name.endswith("-violation") and _has_rows(data, args.format):
        return EXIT_INVALID
    return EXIT_OK


def _has_rows(data: bytes, fmt: str | None) -> bool:
    """Whether a written SELECT answer has rows (header and separator lines aside)."""
    lines = [line for line in data.decode("utf-8", "replace").splitlines() if line.strip()]
    if fmt in (None, "table"):
        return len(lines) > 2
    if fmt in ("csv", "tsv"):
        return len(lines) > 1
    if fmt == "json":
        import json

        return bool(json.loads(data).get("results", {}).get("bindings"))
    return b"<result>" in data


def _cmd_export(args: argparse.Namespace) -> int:
    from graph.files import atomic_file
    from graph.store import FORMATS, open_store, serialize_store

    store = open_store(args.graph)
    if args.format in ("graphml", "gexf"):
        from graph.network import citation_network, write_network

        if not args.output:
            raise UsageError(f"--format {args.format} needs -o FILE")
        G = citation_network(store)
        write_network(G, Path(args.output), args.format)  # through atomic_file
        return EXIT_OK
    if args.format in ("jsonld", "rdfxml"):
        data = _export_rdf(store, args.format)
    elif args.format in FORMATS:
        data = serialize_store(store, args.format)
    else:
        raise UsageError(f"unknown format {args.format!r}")
    if args.output:
        with atomic_file(Path(args.output)) as tmp:
            tmp.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
    return EXIT_OK


def _export_rdf(store, fmt: str) -> bytes:
    """The whole store as compacted JSON-LD (named graphs kept) or RDF/XML (merged)."""
    import pyoxigraph as ox

    from graph.results import generate_jsonld, write_triples

    if fmt == "jsonld":
        return generate_jsonld(store)
    out = io.BytesIO()
    write_triples((ox.Triple(q.subject, q.predicate, q.object) for q in store), "rdfxml", out)
    return out.getvalue()


def _cmd_validate(args: argparse.Namespace) -> int:
    from graph.progress import progress
    from graph.store import open_store
    from graph.validate import validate_graph

    with progress(2, "validate", unit="step") as bar:
        bar.describe("validate: opening the graph")
        store = open_store(args.graph)
        bar.update(1)
        bar.describe("validate: checking the shapes")
        result = validate_graph(store)
        bar.update(1)
    print(result.text)
    return EXIT_OK if result.conforms else EXIT_INVALID


def _cmd_serve(args: argparse.Namespace) -> int:
    from graph.serve import ServeOptions, serve

    options = ServeOptions(timeout_s=args.timeout, max_rows=args.max_rows,
                           memory_mb=args.memory_mb, max_mb=args.max_mb,
                           workers=args.workers, expensive=args.expensive,
                           allow_service=tuple(args.allow_service or ()))
    try:  # queries run in worker processes that open the graph (see graph.serve)
        serve(args.graph, host=args.host, port=args.port, options=options)
    except OSError as exc:  # an unknown host, an address in use or not of this machine
        raise UsageError(f"cannot serve on --host {args.host} --port {args.port}: "
                         f"{exc.strerror or exc}") from exc
    return EXIT_OK


def _cmd_push(args: argparse.Namespace) -> int:
    from graph.push import push
    from graph.store import open_store

    report = push(open_store(args.graph), args.endpoint, gsp_url=args.gsp_url)
    print(f"pushed {len(report.graphs)} graphs, {report.triples} triples to "
          f"{report.target} in {report.seconds:.1f} s")
    return EXIT_OK


def _cmd_network(args: argparse.Namespace) -> int:
    from graph.network import network_report
    from graph.query import QueryResult, format_result
    from graph.store import open_store

    columns, rows = network_report(open_store(args.graph), args.metric, args.top)
    result = QueryResult(columns=list(columns), rows=[tuple(r) for r in rows])
    text = format_result(result, args.format)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


def _cmd_viz(args: argparse.Namespace) -> int:
    from graph.files import atomic_file
    from graph.store import open_store
    from graph.viz import generate_page

    html = generate_page(open_store(args.graph), focus=args.focus, depth=args.depth,
                         since=args.since, max_nodes=args.max_nodes, layout=args.layout,
                         lang=args.lang)
    with atomic_file(Path(args.output)) as tmp:
        tmp.write_text(html, encoding="utf-8")
    if not _is_stdout(args.output):  # the message would land in (or over) the page
        print(f"wrote {args.output}")
    return EXIT_OK


def _is_stdout(path: str) -> bool:
    """Whether *path* is the file, pipe or terminal standard output writes to."""
    try:
        return os.path.samestat(os.stat(path), os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError, io.UnsupportedOperation):
        return False


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line, exit code 2."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(EXIT_INPUT, f"unsc-graph: {message} (see --help)\n")


def make_parser() -> argparse.ArgumentParser:
    """The argument parser of ``unsc-graph``; every option has a help text, and ``--debug``
    is accepted before or after the command.

    >>> make_parser().parse_args(['query', 'citations', '--debug']).debug
    True
    """
    from graph import __version__

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="show the traceback of an error instead of one line")

    p = _Parser(prog="unsc-graph", description=__doc__.splitlines()[0])
    p.add_argument("--debug", action="store_true",
                   help="show the traceback of an error instead of one line")
    p.add_argument("--version", action="version", version=f"unsc-graph {__version__}",
                   help="print the version and exit")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND",
                           parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, parents=[common])

    graph_help = ("build folder or graph file (.ttl, .nt, .nq, .trig, .jsonld) "
                  f"(default: {DEFAULT_BUILD})")

    b = command("build", "build the graph from resolution texts and other inputs")
    b.add_argument("inputs", nargs="*", help="files or folders (default: the bundled data)")
    b.add_argument("-o", "--output", default=str(DEFAULT_BUILD),
                   help=f"build folder (default: {DEFAULT_BUILD})")
    b.add_argument("--workers", type=at_least(1), default=None,
                   help="parallel processes, 1 or more (default: from the number of texts "
                        "and CPUs)")
    b.add_argument("--quiet", action="store_true",
                   help="no progress bars (they show only on a terminal)")
    b.add_argument("--no-sample", dest="sample", action="store_false",
                   help="do not print a sample query result")
    b.add_argument("--full", dest="incremental", action="store_false",
                   help="rebuild everything: do not reuse what the build already in the "
                        "output folder computed (its cache/)")
    b.set_defaults(func=_cmd_build)

    q = command("query", "run a canned query, a query file, standard input or SPARQL text")
    q.add_argument("query", nargs="?",
                   help="a canned query name (see --list), a file of any extension, - for "
                        "standard input, or SPARQL text")
    q.add_argument("--list", action="store_true", help="list the canned queries")
    q.add_argument("--graph", default=str(DEFAULT_BUILD), help=graph_help)
    q.add_argument("--format", default=None,
                   choices=["table", "csv", "tsv", "json", "xml",
                            "turtle", "ntriples", "jsonld", "rdfxml"],
                   help="table (aligned text), or for SELECT/ASK the W3C SPARQL results "
                        "formats json, xml, csv, tsv; for CONSTRUCT/DESCRIBE the RDF formats "
                        "turtle, ntriples, jsonld, rdfxml (default: table, or turtle for "
                        "CONSTRUCT/DESCRIBE)")
    q.add_argument("--param", action="append", metavar="NAME=VALUE",
                   help="a value for a query parameter (repeat for several)")
    q.add_argument("--endpoint", type=http_url,
                   help="run against this SPARQL endpoint (http:// or https:// URL) instead")
    q.add_argument("--union-default-graph", action="store_true",
                   help="ask the endpoint for the union of its named graphs (Oxigraph)")
    q.add_argument("--default-graph-uri", action="append", metavar="IRI",
                   help="a named graph to query as default graph (standard protocol; repeat)")
    q.add_argument("--allow-service", action="append", metavar="PREFIX",
                   help="let SERVICE call IRIs that start with PREFIX (repeat); without it a "
                        "query with SERVICE is refused and nothing leaves the machine")
    q.set_defaults(func=_cmd_query)

    e = command("export", "write the graph in an RDF or network format")
    e.add_argument("--format", required=True,
                   choices=["turtle", "ntriples", "jsonld", "rdfxml", "trig", "nquads",
                            "graphml", "gexf"],
                   help="turtle, ntriples and rdfxml merge the named graphs; jsonld (compacted, "
                        "with a @context of the project's prefixes), trig and nquads keep them; "
                        "graphml and gexf write the citation network and need -o")
    e.add_argument("--graph", default=str(DEFAULT_BUILD), help=graph_help)
    e.add_argument("-o", "--output", help="file to write (default: standard output)")
    e.set_defaults(func=_cmd_export)

    v = command("validate", "SHACL validation against ontology/")
    v.add_argument("--graph", default=str(DEFAULT_BUILD), help=graph_help)
    v.set_defaults(func=_cmd_validate)

    s = command("serve", "read-only SPARQL endpoint with a query page")
    s.add_argument("--graph", default=str(DEFAULT_BUILD), help=graph_help)
    s.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    s.add_argument("--port", type=port_number, default=7878,
                   help="TCP port, 0 to 65535; 0 picks a free one (default: 7878)")
    s.add_argument("--timeout", type=positive_seconds, default=30.0, metavar="S",
                   help="seconds a query may run before it is stopped with 503 (default: 30)")
    s.add_argument("--max-rows", type=at_least(1), default=100_000, metavar="N",
                   help="most rows (or triples) in an answer; more is a 400 (default: 100000)")
    s.add_argument("--memory-mb", type=at_least(64), default=1024, metavar="M",
                   help="memory a query worker may reach, in MB; past it the query is stopped "
                        "with 503 and the worker replaced (default: 1024)")
    s.add_argument("--max-mb", type=at_least(1), default=64, metavar="M",
                   help="largest answer in MB; more is a 413 (default: 64)")
    s.add_argument("--workers", type=at_least(1), default=None,
                   help="worker processes for quick queries (default: one per core, up to 2)")
    s.add_argument("--expensive", type=at_least(1), default=None, metavar="N",
                   help="most queries running longer than a second at once, in workers of "
                        "their own at the least CPU priority; one more is refused with 503 "
                        "(default: one per core, up to 2)")
    s.add_argument("--allow-service", action="append", metavar="PREFIX",
                   help="let SERVICE call IRIs that start with PREFIX (repeat); by default "
                        "SERVICE is refused and the endpoint makes no outbound requests")
    s.set_defaults(func=_cmd_serve)

    u = command("push", "load the graph into a SPARQL 1.1 server")
    u.add_argument("--endpoint", required=True, type=http_url,
                   help="the server's SPARQL query endpoint (http:// or https:// URL)")
    u.add_argument("--graph", default=str(DEFAULT_BUILD), help=graph_help)
    u.add_argument("--gsp-url", help="Graph Store endpoint (default: Oxigraph's /store beside "
                                     "--endpoint)")
    u.set_defaults(func=_cmd_push)

    n = command("network", "citation network metrics")
    n.add_argument("--graph", default=str(DEFAULT_BUILD), help=graph_help)
    n.add_argument("--metric", default="pagerank",
                   choices=["pagerank", "indegree", "hits", "betweenness", "communities", "lag"],
                   help="the measure (default: pagerank)")
    n.add_argument("--top", type=at_least(1), default=20,
                   help="number of rows, 1 or more (default: 20)")
    n.add_argument("--format", choices=["table", "csv", "json"], default="table",
                   help="table (aligned text), csv, or json (a list of objects) "
                        "(default: table)")
    n.set_defaults(func=_cmd_network)

    z = command("viz", "write an interactive HTML page of the citation network")
    z.add_argument("--graph", default=str(DEFAULT_BUILD), help=graph_help)
    z.add_argument("--focus", metavar="SYMBOL",
                   help="centre on this document (S/RES/2388 (2017)); default: the whole network")
    z.add_argument("--depth", type=at_least(0), default=None,
                   help="citation steps around --focus, 0 or more; 0 shows the focus alone "
                        "(default: 1)")
    z.add_argument("--since", type=int, default=None, metavar="YEAR",
                   help="only citations made by documents of YEAR or later")
    z.add_argument("--max-nodes", type=at_least(1), default=10000,
                   help="most nodes drawn, those of highest PageRank, 1 or more (default: "
                        "10000, which load in about 2 s)")
    z.add_argument("--layout", choices=["default", "timeline"], default="default",
                   help="default: force-directed; timeline: date across, communities as bands")
    z.add_argument("--lang", choices=["en", "zh"], default="en",
                   help="language of labels and panel text, where the graph has it")
    z.add_argument("-o", "--output", required=True, help="the HTML file to write")
    z.set_defaults(func=_cmd_viz)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code (see :mod:`graph.errors`)."""
    parser = make_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help and --version
        return int(exc.code or 0)
    try:
        return int(args.func(args))
    except UnscGraphError as exc:
        if args.debug:
            raise
        print(f"unsc-graph: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("unsc-graph: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader stopped (`| head`): not an error
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        if args.debug:
            raise
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"unsc-graph: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT
    except Exception as exc:
        if args.debug:
            raise
        first = str(exc).splitlines()[0] if str(exc) else ""
        print(f"unsc-graph: internal error: {type(exc).__name__}: {first} (run with --debug)",
              file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
