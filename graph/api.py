"""The Python API for notebooks and scripts: build a graph or open one, then query it, take its
citation network, draw it, or hand it to rdflib.

>>> import tempfile, graph
>>> with tempfile.TemporaryDirectory() as d:
...     g = graph.build(out=d + "/build")          # the bundled seed, S/RES/2388 (2017)
...     rows = g.query("cites", symbol="S/RES/2388 (2017)")
...     first = rows[0]
...     G = g.network()
>>> rows.columns
['characterization', 'cited', 'paragraphs']
>>> first.paragraphs, str(first.cited)[:22]
(rdflib.term.Literal('OP4'), 'United Nations Convent')
>>> G.number_of_nodes() == G.number_of_edges() + 1  # 2388 and what it cites
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.term import Node

from graph.errors import UsageError

__all__ = ["build", "load", "Graph", "Rows", "to_rdflib_term"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_rdflib_term(term: object) -> Node | None:
    """An rdflib term for a pyoxigraph term, language tag and datatype kept; a string is a
    plain literal (RDF 1.1: ``"x"`` and ``"x"^^xsd:string`` are one term, rdflib tells them
    apart).

    >>> to_rdflib_term(ox.Literal('决议', language='zh'))
    rdflib.term.Literal('决议', lang='zh')
    >>> to_rdflib_term(ox.Literal('S/2017/939')) == Literal('S/2017/939')
    True
    >>> to_rdflib_term(ox.Literal('3', datatype=ox.NamedNode(
    ...     'http://www.w3.org/2001/XMLSchema#integer'))).toPython()
    3
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"not an RDF term: {term!r}")


class Rows(Sequence):
    """The answer of a query: rows of rdflib terms (IRIs as :class:`~rdflib.URIRef`, literals
    with their language tag or datatype), each row a named tuple of the columns.

    ``rows.values()`` gives plain Python values instead; in a notebook the rows show as a
    table.
    """

    def __init__(self, columns: list[str], rows: Iterable[tuple]) -> None:
        self.columns = list(columns)
        self._row = NamedTuple("Row", [(c, Any) for c in self.columns])  # type: ignore[misc]
        self._rows = [self._row(*r) for r in rows]

    def __getitem__(self, i):  # type: ignore[override]
        return self._rows[i]

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator:
        return iter(self._rows)

    def __repr__(self) -> str:
        return f"<Rows {len(self)} x {self.columns}>"

    def values(self) -> list[tuple]:
        """The rows as plain Python values (``str``, ``int``, ``datetime.date`` …)."""
        return [tuple(None if v is None else v.toPython() if isinstance(v, Literal) else str(v)
                      for v in row) for row in self._rows]

    def to_dicts(self) -> list[dict]:
        """The rows as dictionaries keyed by column, with plain Python values."""
        return [dict(zip(self.columns, row)) for row in self.values()]

    def _repr_html_(self, limit: int = 50) -> str:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{'' if v is None else html.escape(str(v))}</td>"
                             for v in row) + "</tr>" for row in self._rows[:limit])
        more = f"<p>{len(self) - limit} more rows</p>" if len(self) > limit else ""
        return f"<table><tr>{head}</tr>{body}</table>{more}"


class Graph:
    """A built graph: a build folder (its on-disk store, opened read-only) or an RDF file
    (loaded into memory). Queries read the union of the named graphs, where each triple sits
    once."""

    def __init__(self, path: str | Path) -> None:
        from graph.store import open_store

        self.path = Path(path)
        self.store: ox.Store = open_store(self.path)

    def __repr__(self) -> str:
        return f"<unsc-graph {self.path}>"

    @property
    def summary(self) -> dict:
        """What the build reported (``summary.json``: counts, skipped inputs, warnings)."""
        import json

        from graph.store import SUMMARY_FILE

        f = self.path / SUMMARY_FILE
        if not f.is_file():
            raise UsageError(f"{self.path}: no build summary (not a build folder)")
        return json.loads(f.read_text(encoding="utf-8"))

    def query(self, name_or_sparql: str, **params: object) -> Rows:
        """Run a canned query by name (``cited-by``), a ``.rq`` file or SPARQL text, with the
        query's parameters as keyword arguments (``symbol="S/RES/2331 (2016)"``).

        ``SELECT`` gives its variables as columns, ``ASK`` one column ``boolean``,
        ``CONSTRUCT`` and ``DESCRIBE`` the columns ``subject``, ``predicate``, ``object``.
        """
        from graph.query import bind_params, check_query_form, load_query, reads_union

        query = load_query(name_or_sparql)
        text = bind_params(query, params)
        check_query_form(text, query.path)
        answer = self.store.query(text, use_default_graph_as_union=reads_union(self.store, text))
        if isinstance(answer, ox.QuerySolutions):
            columns = [v.value for v in answer.variables]
            return Rows(columns, (tuple(to_rdflib_term(s[c]) for c in columns) for s in answer))
        if isinstance(answer, ox.QueryBoolean):
            return Rows(["boolean"], [(Literal(bool(answer)),)])
        return Rows(["subject", "predicate", "object"],
                    ((to_rdflib_term(t.subject), to_rdflib_term(t.predicate),
                      to_rdflib_term(t.object)) for t in answer))

    def network(self, **kwargs: Any):
        """The citation network as a NetworkX directed graph (see
        :func:`graph.network.citation_network` for the options)."""
        from graph.network import citation_network

        return citation_network(self.store, **kwargs)

    def viz(self, out: str | Path | None = None, **kwargs: Any) -> str:
        """An interactive, self-contained page of the citation network, with the citing
        paragraphs in its detail panel (see :func:`graph.viz.generate_page` for the options:
        ``layout``, ``lang``, ``focus``, ``max_nodes`` …); written to *out* when given.
        Returns the page."""
        from graph.viz import generate_page

        page = generate_page(self.store, **kwargs)
        if out is not None:
            from graph.files import atomic_file

            with atomic_file(Path(out)) as tmp:
                tmp.write_text(page, encoding="utf-8")
        return page

    def rdflib(self) -> Dataset:
        """An rdflib :class:`~rdflib.Dataset` over the same store (no copy: oxrdflib's bridge),
        its default graph the union of the named graphs. Pass query strings to its
        ``query`` (a prepared query falls back to rdflib's own, slower engine)."""
        from oxrdflib import OxigraphStore

        return Dataset(store=OxigraphStore(store=self.store), default_union=True)

    def validate(self):
        """Check the graph against the SHACL shapes (see :func:`graph.validate.validate_graph`).
        """
        from graph.validate import validate_graph

        return validate_graph(self.store)


def load(path: str | Path = "build") -> Graph:
    """Open a build folder or an RDF file (``.ttl``, ``.nt``, ``.nq``, ``.trig``, ``.jsonld``)."""
    return Graph(path)


def build(inputs: Iterable[str | Path] | None = None, out: str | Path = "build",
          **kwargs: Any) -> Graph:
    """Build the graph of *inputs* (default: the bundled seed) into the folder *out* and open
    it (see :func:`graph.builder.build` for the inputs and options)."""
    from graph.builder import build as build_folder

    build_folder(list(inputs) if inputs is not None else None, out, **kwargs)
    return load(out)
