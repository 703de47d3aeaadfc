"""The one reader of input files, for every kind of source: regular files only (a FIFO or a
device would block or never end), at most a size set per kind, and errors that name the file.

File names are printed escaped (:func:`printable`): a name with a newline or a terminal escape
cannot forge a second message line or clear the screen.

>>> MAX_BYTES['meetings'] >= 1 << 20
True
>>> printable('a\\nb\\x1b[2J.txt')
'a\\\\nb\\\\x1b[2J.txt'
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from graph.errors import InputError, _printable

__all__ = ["read_input", "read_head", "check_regular", "printable", "MAX_BYTES", "KIND_NAMES"]

#: the largest file accepted of each kind (the real ones are far smaller: a resolution text is
#: under 1 MB, a yearly meeting table under 110 KB, the sanctions list 1.6 MB, a year of adoption
#: data 210 KB, the UNDL record table 132 KB, an Akoma Ntoso text under 1.5 MB)
MAX_BYTES: dict[str, int] = {
    "text": 8 << 20,
    "akn": 16 << 20,
    "meetings": 8 << 20,
    "sanctions": 64 << 20,
    "undl": 16 << 20,
    "adoptions": 32 << 20,
    "registry": 16 << 20,
    "query": 1 << 20,
}

#: what each kind is called in messages
KIND_NAMES = {
    "text": "a resolution text", "akn": "an Akoma Ntoso text", "meetings": "a meeting table",
    "sanctions": "a sanctions list", "undl": "a UNDL record table",
    "adoptions": "a file of adoption data", "registry": "a registry file", "query": "a query",
}


def printable(name: str) -> str:
    """*name* with control characters (newlines, terminal escapes) written as escapes, so that
    a message naming it stays one line and harmless."""
    return _printable(name)


def check_regular(path: Path) -> os.stat_result:
    """Stat *path* and refuse anything but a regular file, without opening it."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        problem = "broken symbolic link" if path.is_symlink() else "no such file or folder"
        raise InputError(path, problem) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(path, "symbolic link loop") from None
        raise InputError(path, f"cannot read: {exc.strerror}") from exc
    if stat.S_ISDIR(st.st_mode):
        raise InputError(path, "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        what = "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(
            st.st_mode) else "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(
            st.st_mode) else "a special file"
        raise InputError(path, f"not a regular file ({what})")
    return st


def read_input(path: str | Path, kind: str) -> bytes:
    """The bytes of the regular file *path*, read as an input of *kind* (a key of
    :data:`MAX_BYTES`), at most that many of them.

    Raises
    ------
    InputError
        For a missing file, a folder, a FIFO, socket or device, a symbolic link loop, an
        unreadable file, or one over the size of its kind.
    """
    p = Path(path)
    limit = MAX_BYTES[kind]
    st = check_regular(p)
    if st.st_size > limit:
        raise InputError(p, f"file too large for {KIND_NAMES[kind]} ({st.st_size / 1e6:.1f} MB "
                            f"> {limit / 1e6:.1f} MB)")
    try:
        with open(p, "rb") as f:
            raw = f.read(limit + 1)
    except OSError as exc:
        raise InputError(p, f"cannot read: {exc.strerror}") from exc
    if len(raw) > limit:  # the file grew while we looked
        raise InputError(p, f"file too large for {KIND_NAMES[kind]} (more than "
                            f"{limit / 1e6:.1f} MB)")
    return raw


def read_head(path: str | Path, size: int = 8192) -> bytes:
    """The first *size* bytes of *path* when it is a regular file, else ``b""``: for telling
    the kind of a file without ever opening a FIFO or a device."""
    p = Path(path)
    try:
        if not stat.S_ISREG(os.stat(p).st_mode):
            return b""
        with open(p, "rb") as f:
            return f.read(size)
    except OSError:
        return b""
