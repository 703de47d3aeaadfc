"""Shared fixtures: the project paths, the registry, the seed, ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "data" / "texts" / "S_RES_2388_2017_ZH.txt"
FIXTURES = ROOT / "tests" / "fixtures"

# Each blind set's generator is tests/blind/<set>/make_pages.py; under --doctest-modules pytest
# would import them all as the one module "make_pages" (an import file mismatch). Their tests
# load them by path and run their doctests (tests/test_blind_sets.py).
collect_ignore_glob = ["blind/*/make_pages.py"]


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
    from graph.build import build

    out = tmp_path_factory.mktemp("seed") / "build"
    build(None, out)
    return out


@pytest.fixture(scope="session")
def seed_store(seed_build):
    from graph.store import open_store

    return open_store(seed_build)
