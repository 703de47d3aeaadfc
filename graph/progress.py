"""Progress bars on standard error, only when it is a terminal.

One helper for every long step (build, validate, push): a bar (tqdm) when standard error is
a terminal, nothing at all otherwise (a pipe, a file, CI, a test), so that logs and captured
output hold only what the command says on purpose.

    with progress(total=len(graphs), desc="push", unit="graph") as bar:
        for graph in graphs:
            send(graph)
            bar.update(1)

>>> import io
>>> with progress(3, "work", stream=io.StringIO()) as bar:   # not a terminal: silent
...     bar.update(3)
>>> bar.count
3
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

__all__ = ["progress", "Progress", "is_terminal"]


def is_terminal(stream: TextIO | None = None) -> bool:
    """Whether *stream* (standard error by default) is a terminal.

    >>> import io
    >>> is_terminal(io.StringIO())
    False
    """
    stream = sys.stderr if stream is None else stream
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or closed
        return False


class Progress:
    """What :func:`progress` yields: :meth:`update` advances the bar; ``count`` is the work
    done so far, kept also when nothing is shown."""

    def __init__(self, bar: object | None) -> None:
        self._bar = bar
        self.count = 0

    def update(self, n: int = 1) -> None:
        """Add *n* to the work done."""
        self.count += n
        if self._bar is not None:
            self._bar.update(n)  # type: ignore[attr-defined]

    def describe(self, text: str) -> None:
        """Change the text in front of the bar (the current step)."""
        if self._bar is not None:
            self._bar.set_description_str(text)  # type: ignore[attr-defined]


@contextmanager
def progress(total: int | None, desc: str, *, unit: str = "it",
             stream: TextIO | None = None) -> Iterator[Progress]:
    """Show a progress bar for *total* units of work on *stream* (standard error) while the
    block runs, when *stream* is a terminal; yield a :class:`Progress`.

    Parameters
    ----------
    total : int or None
        The units of work, or ``None`` when unknown (a counter without a bar).
    desc : str
        The text in front of the bar.
    unit : str
        The name of one unit (``graph``, ``step``, ``file``).
    stream : text file, optional
        Where the bar goes; standard error by default.
    """
    stream = sys.stderr if stream is None else stream
    if not is_terminal(stream):
        yield Progress(None)
        return
    from tqdm import tqdm

    bar = tqdm(total=total, desc=desc, unit=unit, file=stream, leave=False,
               dynamic_ncols=True)
    try:
        yield Progress(bar)
    finally:
        bar.close()
