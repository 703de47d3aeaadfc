"""A text's triples are written as N-Triples lines directly (:func:`graph.emit.text.
generate_text_lines`): each line must be the one Oxigraph writes for the same triple, else the
sorted files, the Turtle and the store would change; and the rdflib form
(:func:`graph.emit.text.generate_text_triples`) must be the same graph as rdflib's own reading
of those lines."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from graph.context import BuildContext
from graph.emit.text import generate_text_lines, generate_text_triples
from graph.pipeline import process_parsed, read_parsed, resolve_parsed

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def context(registry):
    return BuildContext(registry)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("en/modern.txt", "text"),  # a plain English text
        ("bilingual/S_RES_2700_2023_ZH.txt", "text"),  # a plain Chinese text
        ("akn/res-2999-en.xml", "akn"),  # the UN's XML, English, with links and notes
        ("akn/res-2999-zh.xml", "akn"),  # the UN's XML, Chinese
        ("akn/prst-2026-9.xml", "akn"),  # a presidential statement
    ],
)
def test_text_lines_are_oxigraph_lines_and_the_rdflib_form_is_the_same_graph(name, kind,
                                                                              context):
    resolved = resolve_parsed(read_parsed(FIXTURES / name, kind), context)
    lines = generate_text_lines(resolved, context.registry)
    triples = generate_text_triples(resolved, context.registry)
    for part in ("document", "text", "entities"):
        written = getattr(lines, part)
        data = "\n".join(written).encode("utf-8")
        again = ox.serialize(ox.parse(input=data, format=ox.RdfFormat.N_TRIPLES),
                             format=ox.RdfFormat.N_TRIPLES).decode("utf-8").splitlines()
        assert again == written, part
        ours, theirs = Graph(), Graph()
        for t in getattr(triples, part):
            ours.add(t)
        theirs.parse(data=data.decode("utf-8"), format="nt")
        assert isomorphic(ours, theirs), part
    assert lines.document and lines.text


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("en/modern.txt", "text"),  # a plain text
        ("akn/res-2999-en.xml", "akn"),  # the UN's XML
    ],
)
def test_text_result_graphs_are_sorted_distinct_lines(name, kind, context):
    parsed = read_parsed(FIXTURES / name, kind)
    result = process_parsed(parsed, context)
    for data in [result.document, *result.graphs.values()]:
        lines = data.decode("utf-8").split("\n")
        assert lines[-1] == "" and lines[:-1] == sorted(set(lines[:-1]))
