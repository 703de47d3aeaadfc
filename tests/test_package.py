"""The package as users install it: a wheel, installed into a fresh virtual environment and used
from a folder outside the checkout, carries its registry, ontology, queries and default text.

The wheel is built offline from the checkout (``pip wheel --no-build-isolation``); the fresh
environment sees the checkout environment's dependencies through a ``.pth`` file (no network),
but not its editable install of this project.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _run(args: list[str], cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600, **kwargs)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                 "--no-index", "-q", "-w", str(out), str(ROOT)], cwd=out)
    assert done.returncode == 0, done.stderr
    [built] = out.glob("unsc_graph-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh environment with the wheel installed; returns its folder."""
    env = tmp_path_factory.mktemp("venv") / "fresh"
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / "bin" / "python"
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                     cwd=env).stdout.strip())
    # the dependencies come from this environment's site-packages, read as a plain path: its
    # own .pth files (among them the editable install of the checkout) are not processed
    (site / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    done = _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                 "--no-index", "-q", str(wheel)], cwd=env)
    assert done.returncode == 0, done.stderr
    return env


@pytest.mark.parametrize("member", [
    "graph/_ontology/unsc.ttl",  # the ontology, read by graph.vocab and validation
    "graph/_ontology/shapes.ttl",  # the SHACL shapes
    "graph/_data/registry/bodies.ttl",  # the curated registry
    "graph/_data/texts/S_RES_2388_2017_ZH.txt",  # the bundled default text
    "graph/queries/cited-by.rq",  # a canned query
    "graph/static/query.html",  # the endpoint's page
])
def test_wheel_carries_the_package_data(wheel, member):
    assert member in zipfile.ZipFile(wheel).namelist()


def test_every_package_of_the_checkout_is_in_the_wheel(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    packages = {str(p.parent.relative_to(ROOT)) for p in (ROOT / "graph").rglob("__init__.py")}
    assert {p for p in packages if not any(n.startswith(p + "/") for n in names)} == set()


def test_installed_wheel_builds_the_seed_as_the_checkout_does(installed, tmp_path, seed_build):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    python = installed / "bin" / "python"
    where = _run([str(python), "-c", "import graph; print(graph.__file__)"], cwd=outside)
    assert where.stdout.strip().startswith(str(installed)), where.stdout + where.stderr
    done = _run([str(installed / "bin" / "unsc-graph"), "build", "-o", "b", "--no-sample"],
                cwd=outside)
    assert done.returncode == 0, done.stderr
    for name in ("graph.ttl", "graph.nq"):
        assert (outside / "b" / name).read_bytes() == (seed_build / name).read_bytes(), name
    checked = _run([str(installed / "bin" / "unsc-graph"), "validate", "--graph", "b"],
                   cwd=outside)
    assert checked.returncode == 0, checked.stdout[-2000:] + checked.stderr
    assert checked.stdout.startswith("Validation: conforms")


def test_installed_wheel_answers_a_canned_query(installed, tmp_path):
    done = _run([str(installed / "bin" / "unsc-graph"), "query", "--list"], cwd=tmp_path)
    assert done.returncode == 0 and "cited-by" in done.stdout, done.stderr
