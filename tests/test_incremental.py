"""Incremental rebuilds: a build into a folder that holds a build reuses its cache, processes
only the inputs that changed, updates the store by difference, and writes the same bytes as a
full build from scratch of the same inputs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.builder import build
from graph.cache import CACHE_DIR
from graph.errors import InputError
from graph.query import load_query, run_query
from graph.store import STORE_DIR, open_store, serialize_store
from tests.conftest import FIXTURES, SEED

TABLE = FIXTURES / "meetings" / "meetings-1947-fixture.html"


def _inputs(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, folder / SEED.name)
    for name in names:
        shutil.copy(FIXTURES / "en" / name, folder / name)
    return folder


def _reword(path: Path) -> None:
    """Change a text: a paragraph added after its last operative one."""
    text = path.read_text(encoding="utf-8")
    changed = text.replace("\n\nAdopted", "\n\n3. Decides to remain seized of the matter."
                                           "\n\nAdopted", 1)
    assert changed != text
    path.write_text(changed, encoding="utf-8")


def _cache_inodes(build_dir: Path) -> dict[str, int]:
    return {p.name: p.stat().st_ino for p in (build_dir / CACHE_DIR / "texts").iterdir()}


def _outputs(build_dir: Path) -> dict[str, bytes]:
    summary = json.loads((build_dir / "summary.json").read_text(encoding="utf-8"))
    summary.pop("seconds")
    store = open_store(build_dir)
    return {"graph.nq": (build_dir / "graph.nq").read_bytes(),
            "graph.ttl": (build_dir / "graph.ttl").read_bytes(),
            "store": serialize_store(store, "nquads"),
            "graphs": repr(sorted(str(g) for g in store.named_graphs())).encode(),
            "most-cited": repr(run_query(store, load_query("most-cited"), {})).encode(),
            "summary": json.dumps(summary, sort_keys=True).encode()}


def _edit(folder: Path, edit: str) -> None:
    if edit == "add":
        shutil.copy(FIXTURES / "en" / "modern.txt", folder / "modern.txt")
    elif edit == "change":
        _reword(folder / "middle.txt")
    elif edit == "remove":
        (folder / "early.txt").unlink()
    elif edit == "chinese":
        path = folder / "S_RES_2700_2023_ZH.txt"
        path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    elif edit == "all":
        shutil.copy(FIXTURES / "en" / "modern.txt", folder / "modern.txt")
        _reword(folder / "middle.txt")
        (folder / "early.txt").unlink()


RECORD = [TABLE, FIXTURES / "extract" / "2026.json", FIXTURES / "sanctions" / "small.xml"]


@pytest.mark.parametrize("edit, record, reprocessed", [
    ("add", [TABLE], 1),  # one new text: only it is processed
    ("change", [TABLE], 1),  # one text changed: only it is processed again
    ("remove", [TABLE], 0),  # one text removed: nothing is processed, its graphs disappear
    ("all", [TABLE], 2),  # one added, one changed, one removed at once
    ("chinese", RECORD, 1),  # the Chinese of a document read in two languages changed
    ("add", RECORD, 1),  # a text added beside adoption data and a sanctions list
    ("table", RECORD, 5),  # the meeting tables changed: every text is processed again
])
def test_a_rebuild_writes_the_bytes_of_a_full_build(tmp_path, edit, record, reprocessed):
    folder = _inputs(tmp_path / "in", ["early.txt", "middle.txt"])
    for name in ("S_RES_2700_2023_EN.txt", "S_RES_2700_2023_ZH.txt"):
        shutil.copy(FIXTURES / "bilingual" / name, folder / name)
    record = list(record)
    if edit == "table":
        shutil.copy(TABLE, tmp_path / TABLE.name)
        record[0] = tmp_path / TABLE.name
    out = tmp_path / "out"
    build([folder, *record], out, progress=False)
    before = _cache_inodes(out)
    old_nq = (out / "graph.nq").read_bytes()
    if edit == "table":
        _reword_table(record[0])
    else:
        _edit(folder, edit)
    build([folder, *record], out, progress=False)
    full = tmp_path / "full"
    build([folder, *record], full, progress=False, incremental=False)
    got, want = _outputs(out), _outputs(full)
    for name in want:
        assert got[name] == want[name], name
    assert got["graph.nq"] != old_nq
    after = _cache_inodes(out)
    assert sorted(after) == sorted(_cache_inodes(full))  # a removed text's entry is dropped
    assert sum(1 for k, ino in after.items() if before.get(k) != ino) == reprocessed


def _reword_table(path: Path) -> None:
    """Change a meeting table: the meeting that adopted S/RES/37 (1947) a day later."""
    text = path.read_text(encoding="utf-8")
    changed = text.replace("09 December", "10 December", 1)
    assert changed != text
    path.write_text(changed, encoding="utf-8")


def test_a_removed_text_leaves_no_graph(tmp_path):
    folder = _inputs(tmp_path / "in", ["early.txt", "middle.txt"])
    out = tmp_path / "out"
    build([folder], out, progress=False)
    graphs = {str(g) for g in open_store(out).named_graphs()}
    (folder / "early.txt").unlink()
    build([folder], out, progress=False)
    left = {str(g) for g in open_store(out).named_graphs()}
    lost = graphs - left
    assert lost and all("/graph/en/" in g or "/graph/doc/" in g for g in lost)


@pytest.mark.parametrize("incremental, shared_files", [
    (True, True),  # a rebuild copies the old store: its files are hard-linked, not rewritten
    (False, False),  # a full build loads a new store
])
def test_a_rebuild_updates_a_copy_of_the_store(tmp_path, incremental, shared_files):
    folder = _inputs(tmp_path / "in", ["early.txt"])
    out = tmp_path / "out"
    build([folder], out, progress=False)
    old = {p.stat().st_ino for p in (out / STORE_DIR).iterdir() if p.suffix == ".sst"}
    _edit(folder, "add")
    build([folder], out, progress=False, incremental=incremental)
    new = {p.stat().st_ino for p in (out / STORE_DIR).iterdir() if p.suffix == ".sst"}
    assert bool(old & new) == shared_files


@pytest.mark.parametrize("damage", [
    "graph.nq",  # the old graph.nq is not the one the manifest describes
    "cache",  # the cache is gone
    "manifest",  # the manifest is not JSON
    "memo",  # the catalogue's memo is not a pickle
    "text",  # a text's entry is not a pickle: that text is processed again
])
def test_a_damaged_previous_build_is_rebuilt_in_full(tmp_path, damage):
    folder = _inputs(tmp_path / "in", ["early.txt"])
    out, full = tmp_path / "out", tmp_path / "full"
    build([folder], out, progress=False)
    if damage == "graph.nq":
        (out / "graph.nq").write_bytes(b"")
    elif damage == "cache":
        shutil.rmtree(out / CACHE_DIR)
    elif damage == "manifest":
        (out / CACHE_DIR / "graphs.json").write_text("{", encoding="utf-8")
    elif damage == "memo":
        (out / CACHE_DIR / "memo-catalogue").write_bytes(b"not a pickle")
    else:
        for entry in (out / CACHE_DIR / "texts").iterdir():
            entry.write_bytes(b"not a pickle")
    _edit(folder, "add")
    build([folder], out, progress=False)
    build([folder], full, progress=False, incremental=False)
    assert _outputs(out) == _outputs(full)


def test_a_failed_rebuild_leaves_the_previous_build(tmp_path):
    folder = _inputs(tmp_path / "in", ["early.txt"])
    out = tmp_path / "out"
    build([folder], out, progress=False)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    _edit(folder, "add")
    with pytest.raises(InputError, match="not_resolution"):
        build([folder, FIXTURES / "en" / "not_resolution.txt"], out, progress=False)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert len(ox.Store.read_only(str(out / STORE_DIR))) > 0
    assert not list(tmp_path.glob(".out.tmp-*"))
