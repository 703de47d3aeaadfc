"""Where an output goes: ``atomic_file`` and the commands that write through it (export, viz).

No test touches a real device: a FIFO made in ``tmp_path`` (read by a thread) stands for
``/dev/stdout`` or ``/dev/null``, and a symbolic link to ``/proc/self/fd/N`` of a file in
``tmp_path`` for a redirected standard output.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import threading
from pathlib import Path

import pytest

from graph.cli import main
from graph.errors import InputError
from graph.files import atomic_file


def _read_fifo(path: Path) -> tuple[threading.Thread, list[bytes]]:
    """Start a thread reading the FIFO *path* to its end; return it and the list it fills."""
    got: list[bytes] = []

    def reader() -> None:
        with open(path, "rb") as f:
            got.append(f.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    return thread, got


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp" in p.name)


def _make(tmp_path: Path, kind: str) -> Path:
    """The target of kind *kind*, with ``real.txt`` holding ``old`` where a file is needed."""
    real = tmp_path / "real.txt"
    target = tmp_path / "out.txt"
    if kind in ("file", "symlink"):
        real.write_bytes(b"old")
    if kind == "file":
        return real
    if kind in ("symlink", "dangling symlink"):
        target.symlink_to(real.name)
    elif kind == "fifo":
        os.mkfifo(target)
    return target


@pytest.mark.parametrize(
    ("kind", "written"),
    [
        # a path that does not exist yet: created
        ("new", "out.txt"),
        # a regular file: replaced
        ("file", "real.txt"),
        # a symbolic link: the file it points to is replaced, the link is kept
        ("symlink", "real.txt"),
        # a link to a file not there yet: the file is created, the link is kept
        ("dangling symlink", "real.txt"),
    ],
)
def test_atomic_file_writes_the_file_and_keeps_links(tmp_path, kind, written):
    target = _make(tmp_path, kind)
    with atomic_file(target) as tmp:
        assert tmp != target and tmp.parent == tmp_path  # a temporary file beside it
        tmp.write_bytes(b"new")
    assert (tmp_path / written).read_bytes() == b"new"
    assert (tmp_path / written).is_file() and not (tmp_path / written).is_symlink()
    assert target.is_symlink() == kind.endswith("symlink")
    assert _leftovers(tmp_path) == []


def test_atomic_file_writes_straight_into_a_fifo(tmp_path):
    fifo = _make(tmp_path, "fifo")
    thread, got = _read_fifo(fifo)
    with atomic_file(fifo) as path:
        assert path == fifo  # no temporary file: a stream cannot be replaced
        path.write_bytes(b"streamed")
    thread.join(timeout=10)
    assert got == [b"streamed"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a FIFO, not a regular file
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o755])
def test_a_replaced_file_keeps_its_permissions(tmp_path, mode):
    target = tmp_path / "out.ttl"
    target.write_text("old")
    target.chmod(mode)
    with atomic_file(target) as tmp:
        tmp.write_text("new")
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o7777 == mode


def test_atomic_file_failure_keeps_the_previous_file(tmp_path):
    target = _make(tmp_path, "file")
    with pytest.raises(RuntimeError), atomic_file(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("interrupted")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc/self/fd")
def test_a_link_through_proc_fd_is_written_into_not_replaced(tmp_path):
    # /dev/stdout redirected to a file is such a link: replacing the file would cut the
    # shell's redirection off (later output to the old, unlinked file)
    out = tmp_path / "redirected.txt"
    link = tmp_path / "stdout-link"
    with open(out, "wb") as f:
        link.symlink_to(f"/proc/self/fd/{f.fileno()}")
        inode = os.fstat(f.fileno()).st_ino
        with atomic_file(link) as path:
            assert path == link
            path.write_bytes(b"through the link")
    assert os.stat(out).st_ino == inode
    assert out.read_bytes() == b"through the link"
    assert link.is_symlink()


def test_atomic_file_refuses_a_folder(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "keep.txt").write_text("precious", encoding="utf-8")
    with pytest.raises(InputError, match="folder: is a directory"), atomic_file(folder):
        pytest.fail("the body must not run")
    assert (folder / "keep.txt").read_text(encoding="utf-8") == "precious"


@pytest.mark.parametrize(
    ("argv", "target", "problem"),
    [
        # viz into a folder that does not exist
        (["viz"], "nodir/v.html", "No such file or directory"),
        # export (RDF) into a folder that does not exist
        (["export", "--format", "turtle"], "nodir/g.ttl", "No such file or directory"),
        # export (network, written by networkx) into a folder that does not exist
        (["export", "--format", "graphml"], "nodir/g.graphml", "No such file or directory"),
        # viz onto a folder
        (["viz"], "folder", "is a directory"),
        # export onto a folder
        (["export", "--format", "gexf"], "folder", "is a directory"),
    ],
)
def test_write_errors_name_the_users_path(seed_build, tmp_path, capsys, argv, target,
                                          problem):
    (tmp_path / "folder").mkdir()
    out = tmp_path / target
    code = main([*argv, "--graph", str(seed_build), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert err == f"unsc-graph: {out}: {problem}\n"
    assert ".tmp" not in err
    assert (tmp_path / "folder").is_dir() and list((tmp_path / "folder").iterdir()) == []


@pytest.mark.parametrize(
    ("argv", "method"),
    [
        # export's bytes into an unwritable folder
        (["export", "--format", "ntriples"], "write_bytes"),
        # viz's page into an unwritable folder
        (["viz"], "write_text"),
    ],
)
def test_an_unwritable_folder_names_the_users_path(seed_build, tmp_path, capsys, monkeypatch,
                                                   argv, method):
    # as the tests may run as root, the folder is made unwritable by failing the open
    original = getattr(Path, method)

    def denied(self, *args, **kwargs):
        if self.parent == tmp_path:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, method, denied)
    out = tmp_path / "out.file"
    assert main([*argv, "--graph", str(seed_build), "-o", str(out)]) == 2
    assert capsys.readouterr().err == f"unsc-graph: {out}: Permission denied\n"
    assert not out.exists()


def test_a_full_device_is_a_one_line_error_and_stays_a_device(seed_build, tmp_path, capsys,
                                                              monkeypatch):
    # a FIFO stands for /dev/full: the write fails as a full device does (no file name)
    fifo = _make(tmp_path, "fifo")

    def full(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full)
    code = main(["export", "--format", "turtle", "--graph", str(seed_build), "-o", str(fifo)])
    assert code == 2
    assert capsys.readouterr().err == f"unsc-graph: {fifo}: No space left on device\n"
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("argv", "start", "end"),
    [
        # RDF export streamed into a pipe (as -o /dev/stdout | ...)
        (["export", "--format", "ntriples"], b"<https://", b" ."),
        # a network format, which networkx writes itself
        (["export", "--format", "gexf"], b"<?xml", b"</gexf>"),
        # the HTML page
        (["viz"], b"<html>", b"</html>"),
    ],
)
def test_commands_write_into_a_pipe(seed_build, tmp_path, capsys, argv, start, end):
    fifo = _make(tmp_path, "fifo")
    thread, got = _read_fifo(fifo)
    code = main([*argv, "--graph", str(seed_build), "-o", str(fifo)])
    thread.join(timeout=30)
    assert code == 0, capsys.readouterr().err
    assert got[0].startswith(start) and got[0].rstrip().endswith(end)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc/self/fd")
def test_viz_to_its_own_stdout_writes_the_page_alone(seed_build, tmp_path, monkeypatch):
    # viz -o /dev/stdout > page.html: the page, without "wrote …" in it or over it
    page = tmp_path / "page.html"
    with open(page, "w", encoding="utf-8") as f:
        monkeypatch.setattr(sys, "stdout", f)
        code = main(["viz", "--graph", str(seed_build), "-o", f"/proc/self/fd/{f.fileno()}"])
        monkeypatch.undo()
        inode = os.fstat(f.fileno()).st_ino
    assert code == 0
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<html>") and text.rstrip().endswith("</html>")
    assert "wrote" not in text
    assert os.stat(page).st_ino == inode  # written into, not replaced
