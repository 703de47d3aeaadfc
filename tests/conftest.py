"""Shared fixtures: the project paths, the registry, the seed, ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "data" / "texts" / "S_RES_2388_2017_ZH.txt"
FIXTURES = ROOT / "tests" / "fixtures"

# Each blind set's generator is tests/blind/<set>/make_pages.py (and some sets keep their facts
# in annotations.py); under --doctest-modules pytest would import them all as the one module
# "make_pages" (an import file mismatch). Their tests load them by path and run their doctests
# (tests/test_blind_sets.py, tests/test_blind_*_2.py).
collect_ignore_glob = ["blind/*/make_pages.py", "blind/*/annotations.py"]


@pytest.fixture(scope="session")
def registry():
    from graph.registry import load_registry

    return load_registry()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared not present: the real corpus is needed for this test")
    return SHARED


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """The bundled default built once into a temporary folder."""
    from graph.builder import build

    out = tmp_path_factory.mktemp("seed") / "build"
    build(None, out)
    return out


@pytest.fixture(scope="session")
def seed_store(seed_build):
    from graph.store import open_store

    return open_store(seed_build)


def text_graph(path: Path, registry, record=None):
    """The whole graph one text gives on its own, as an rdflib graph, with its resolved form:
    its document and text graphs, the entities it names and its catalogue entries (merged
    as the build merges them)."""
    from rdflib import Graph

    from graph.catalogue import merge_documents, merge_meetings
    from graph.context import RecordFacts
    from graph.emit.catalogue import generate_catalogue_triples
    from graph.emit.text import generate_text_triples, text_records
    from graph.read import read_source
    from graph.resolve import resolve
    from graph.segment import segment

    resolved = resolve(segment(read_source(path)), registry, record or RecordFacts())
    parts = generate_text_triples(resolved, registry)
    documents, meetings = text_records(resolved)
    merged, _ = merge_documents(documents)
    g = Graph()
    for t in [*parts.document, *parts.text, *parts.entities,
              *generate_catalogue_triples(merged, merge_meetings(meetings))]:
        g.add(t)
    return g, resolved
