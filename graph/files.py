"""Output files and folders written atomically: a failure never leaves a half-written file or
build folder, and what was there before is kept.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     with atomic_file(Path(d) / "out.txt") as tmp:
...         _ = tmp.write_text("new")
...     (Path(d) / "out.txt").read_text()
'new'
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

from graph.errors import InputError

__all__ = ["atomic_directory", "atomic_file", "folder_lock", "remove_stale_temporaries"]


@contextlib.contextmanager
def folder_lock(target: Path, what: str = "build") -> Iterator[None]:
    """Hold the lock of the output folder *target* (a file ``.NAME.lock`` beside it) for the
    whole of a *what*: a second one into the same folder is refused at once, naming the
    process that holds it, instead of racing it (two builds renaming their folders over each
    other corrupted the store). The lock dies with its process.
    """
    import fcntl

    target = Path(target)
    parent = target.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(parent / f".{target.name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise InputError(target, f"cannot write the output folder: {exc.strerror}") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise InputError(target, f"another {what} is writing this folder (process "
                                     f"{holder}): wait for it to end") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        remove_stale_temporaries(target)
        yield
    finally:
        os.close(fd)  # releases the lock


def remove_stale_temporaries(target: Path) -> list[Path]:
    """Remove the temporary folders that builds into *target* left when they were killed
    (``.NAME.tmp-PID`` and ``.NAME.old-PID`` whose process is gone); return them. Call it
    holding :func:`folder_lock`."""
    target = Path(target)
    parent = target.resolve().parent
    removed = []
    for p in sorted(parent.glob(f".{target.name}.tmp-*")) + sorted(
            parent.glob(f".{target.name}.old-*")):
        pid = p.name.rsplit("-", 1)[1]
        if not pid.isdigit() or int(pid) == os.getpid() or _alive(int(pid)):
            continue
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def atomic_directory(target: Path, replaceable: Callable[[Path], bool] | None = None,
                     what: str = "output folder") -> Iterator[Path]:
    """Yield a temporary folder beside *target*; on success it replaces *target* at once,
    on any failure it is removed and *target* is left as it was.

    An existing *target* is replaced only when it is an empty folder or *replaceable* says
    yes (the build passes its test of a build folder): anything else the user has there is
    refused, never overwritten.
    """
    target = Path(target)
    parent = target.resolve().parent
    if target.exists() and not (target.is_dir() and (
            not any(target.iterdir()) or (replaceable is not None and replaceable(target)))):
        raise InputError(target, f"exists and is not a {what}: not replacing it "
                                 "(choose another -o)")
    old = parent / f".{target.name}.old-{os.getpid()}"
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = parent / f".{target.name}.tmp-{os.getpid()}"
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir()
    except OSError as exc:
        raise InputError(target, f"cannot write the output folder: {exc.strerror}") from exc
    try:
        yield tmp
        if target.exists():
            os.replace(target, old)
        os.replace(tmp, target)
        if old.exists():
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old.exists() and not target.exists():
            os.replace(old, target)
        raise


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """Yield the path to write *target* through: on success the data replaces *target* at
    once, on failure *target* is left as it was.

    A regular file (or a path that does not exist yet) is written to a temporary file beside
    it, renamed over it only on success; a file replaced keeps its permissions. A symbolic
    link is followed: the file it points to is replaced, the link is kept. A FIFO, character
    device or socket (``/dev/stdout``, a named pipe), or a path through ``/proc`` or
    ``/dev/fd``, is written straight into, as a stream cannot be replaced atomically. A
    folder is refused.

    Parameters
    ----------
    target
        The output path given by the user.

    Yields
    ------
    pathlib.Path
        The path to write: a temporary file beside the real target, or *target* itself for a
        stream.

    Raises
    ------
    InputError
        When *target* is a folder, or writing it fails (missing or unwritable folder, full
        disk): the message names *target*, never the temporary file. A broken pipe (the
        reader of a stream went away) is raised as it is.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     with atomic_file(Path(d) / "out.txt") as tmp:
    ...         _ = tmp.write_text("new")
    ...     (Path(d) / "out.txt").read_text()
    'new'
    """
    target = Path(target)

    def through_a_stream_link(path: Path) -> bool:
        """Whether *path* is, or links through, ``/proc`` or ``/dev/fd`` (``/dev/stdout``):
        such a link may point at the shell's redirection, which must be written into."""
        p = os.path.abspath(path)
        for _ in range(40):
            if p.startswith(("/proc/", "/dev/fd/")) or p in (
                    "/dev/stdin", "/dev/stdout", "/dev/stderr"):
                return True
            if not os.path.islink(p):
                return False
            p = os.path.abspath(os.path.join(os.path.dirname(p), os.readlink(p)))
        return False

    def refused(exc: OSError, written: Path) -> OSError | InputError:
        """The error to raise for *exc*: an :class:`InputError` naming *target* when it is
        about the file written (or no file), *exc* itself otherwise."""
        if isinstance(exc, BrokenPipeError):
            return exc
        if exc.filename is not None and Path(os.fsdecode(exc.filename)) not in (written, target):
            return exc
        return InputError(target, exc.strerror or str(exc))

    if target.is_dir():
        raise InputError(target, "is a directory")
    if (target.exists() and not target.is_file()) or through_a_stream_link(target):
        try:
            yield target
        except OSError as exc:
            error = refused(exc, target)
            if error is exc:
                raise
            raise error from exc
        return
    real = Path(os.path.realpath(target))
    if real.is_dir():
        raise InputError(target, "is a directory")
    tmp = real.with_name(f".{real.name}.tmp-{os.getpid()}")
    try:
        yield tmp
        with contextlib.suppress(OSError):  # the file replaced keeps its permissions
            os.chmod(tmp, os.stat(real).st_mode & 0o7777)
        os.replace(tmp, real)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            error = refused(exc, tmp)
            if error is not exc:
                raise error from exc
        raise
