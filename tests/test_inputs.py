"""graph.inputs and the build's handling of hostile files and careless runs: every source kind
refuses FIFOs and oversized files by name, spans cannot blow a table up, a record table with a
huge field is skipped in a folder, two builds into one folder do not race, a killed build leaves
nothing behind that the next build keeps, and file names cannot forge message lines.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from graph.cli import main
from graph.errors import InputError
from graph.inputs import MAX_BYTES, read_input
from tests.conftest import FIXTURES, SEED

# a FIFO is never opened: each name below is the kind's usual name
FIFO_NAMES = [
    "S_RES_2388_2017_ZH.txt",  # a resolution text
    "scact2017_table_en.html",  # a meeting table
    "consolidated.xml",  # the sanctions list (or an Akoma Ntoso text)
    "UNSC_Record-Table_2722.csv",  # the UNDL record table
    "2016.json",  # adoption data
]


def _run(argv: list[str], cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph", *argv], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout)


@pytest.mark.parametrize("name", FIFO_NAMES)
def test_a_fifo_of_any_kind_is_refused_without_blocking(tmp_path, name):
    fifo = tmp_path / name
    os.mkfifo(fifo)
    done = _run(["build", str(fifo), "-o", str(tmp_path / "b")], tmp_path, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"unsc-graph: {fifo}: not a regular file (a FIFO)"]


@pytest.mark.parametrize("kind", sorted(MAX_BYTES))
def test_a_file_over_its_kinds_size_is_refused_by_size(tmp_path, kind):
    big = tmp_path / "big"
    with open(big, "wb") as f:
        f.truncate(MAX_BYTES[kind] + 1)  # sparse: no disk is used
    with pytest.raises(InputError, match=r"file too large for .* MB\)") as err:
        read_input(big, kind)
    assert err.value.path == str(big)


def test_a_huge_meeting_table_is_refused_before_it_is_parsed(tmp_path):
    big = tmp_path / "scact2017_table_en.html"
    with open(big, "wb") as f:
        f.write(b"<table><tr><th>Meetings conducted by the Security Council in 2017</th></tr>")
        f.truncate(MAX_BYTES["meetings"] + 1)
    assert main(["build", str(big), "-o", str(tmp_path / "b")]) == 2


def test_spans_cannot_blow_a_table_up(tmp_path, capsys):
    # 500 rows of 12 cells each spanning 100 rows and 100 columns: 6,000 cells that would
    # expand to 60 million (the engine honoured 100 x 100 spans and ran for minutes)
    cells = "<td rowspan=100 colspan=100>x</td>" * 12
    html = ("<table><tr><th>Meetings conducted by the Security Council in 2017</th></tr>"
            "<tr><th>Meeting Record</th><th>Date</th><th>Topic</th><th>Outcome</th></tr>"
            + "".join(f"<tr>{cells}</tr>" for _ in range(500)) + "</table>")
    table = tmp_path / "scact2017_table_en.html"
    table.write_text(html, encoding="utf-8")
    assert main(["build", str(table), "-o", str(tmp_path / "b")]) == 2
    assert "not a meeting table: a row of more than 64 columns" in capsys.readouterr().err


def test_a_record_table_with_a_huge_field_is_skipped_in_a_folder(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder)
    shutil.copy(FIXTURES / "meetings" / "meetings-2017-fixture.html", folder)
    (folder / "records.csv").write_text("res_no,url_record\n1," + "x" * 200_000 + "\n",
                                        encoding="utf-8")
    assert main(["build", str(folder), "-o", str(tmp_path / "b"), "--no-sample"]) == 2
    err = capsys.readouterr().err
    assert "records.csv: skipped: line 2: not a CSV record" in err
    assert "internal error" not in err
    assert (tmp_path / "b" / "graph.ttl").is_file()


def test_a_second_build_into_the_same_folder_is_refused_while_the_first_runs(tmp_path):
    out = tmp_path / "b"
    first = subprocess.Popen([sys.executable, "-m", "graph", "build", str(FIXTURES / "en"),
                              str(SEED), "-o", str(out), "--no-sample"], cwd=tmp_path,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        lock = tmp_path / ".b.lock"
        for _ in range(200):  # the first build takes the lock as it starts
            if lock.exists() and lock.read_text().strip() == str(first.pid):
                break
            time.sleep(0.05)
        second = _run(["build", str(SEED), "-o", str(out), "--no-sample"], tmp_path)
    finally:
        first.wait(timeout=120)
    assert first.returncode in (0, 2), first.stderr
    assert second.returncode == 2
    assert f"another build is writing this folder (process {first.pid})" in second.stderr
    assert (out / "summary.json").is_file()


def test_stale_temporary_folders_of_dead_builds_are_removed(tmp_path):
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tmp_path / f".b.tmp-{dead.pid}"
    (stale / "store").mkdir(parents=True)
    (stale / "store" / "junk").write_bytes(b"x" * 1000)
    old = tmp_path / f".b.old-{dead.pid}"
    old.mkdir()
    assert main(["build", str(SEED), "-o", str(tmp_path / "b"), "--no-sample"]) == 0
    assert not stale.exists() and not old.exists()
    assert (tmp_path / "b" / "graph.ttl").is_file()


def test_workers_die_with_a_killed_build(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    for k in range(60):  # enough texts for the build to start its workers
        for f in (FIXTURES / "en").glob("*.txt"):
            if f.name in ("not_resolution.txt", "no_operative.txt"):
                continue
            (texts / f"{k}-{f.name}").write_bytes(f.read_bytes())
    build = subprocess.Popen([sys.executable, "-m", "graph", "build", str(texts), "-o",
                              str(tmp_path / "b"), "--workers", "2", "--no-sample"],
                             cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[psutil.Process] = []
    for _ in range(400):
        workers = psutil.Process(build.pid).children(recursive=True)
        if len(workers) >= 2:
            break
        time.sleep(0.05)
    assert len(workers) >= 2, "the build started no workers"
    os.kill(build.pid, signal.SIGKILL)
    build.wait()
    _, alive = psutil.wait_procs(workers, timeout=10)
    assert alive == []


def test_a_worker_whose_build_died_while_it_started_ends():
    # the build killed between the fork and the worker's death-signal request: the worker
    # has another parent already and must end rather than wait forever for work
    code = ("import os; from graph.builder import _die_with_parent; "
            "_die_with_parent(os.getppid() + 1); print('still here')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1 and "still here" not in done.stdout


@pytest.mark.parametrize("name", [
    "evil\nunsc-graph: built fake.txt",  # a newline would forge a second message line
    "clear\x1b[2J.txt",  # an escape sequence would clear the terminal
])
def test_file_names_are_escaped_in_messages(tmp_path, name):
    bad = tmp_path / name
    bad.write_bytes(b"\x00\x01binary")
    done = _run(["build", str(bad), "-o", str(tmp_path / "b")], tmp_path)
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "\x1b" not in lines[0]
    assert name.encode("unicode_escape").decode("ascii") in lines[0]
