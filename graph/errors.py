"""Exceptions with a one-line message for the user, and the documented exit codes.

>>> str(InputError('a.txt', 'file is empty'))
'a.txt: file is empty'
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["UnscGraphError", "InputError", "UsageError", "EXIT_OK", "EXIT_INVALID", "EXIT_INPUT",
           "EXIT_INTERNAL", "EXIT_INTERRUPTED"]

#: exit codes of the command line, stable and documented in the README ("Exit codes")
EXIT_OK = 0
#: validation failed, or a ``*-violation`` query returned rows
EXIT_INVALID = 1
#: bad input or bad usage (a one-line message names the file or the option); also a folder
#: build in which some files were skipped
EXIT_INPUT = 2
#: an internal error: a bug of unsc-graph, not of the input (``--debug`` shows the traceback)
EXIT_INTERNAL = 3
#: interrupted (Ctrl-C)
EXIT_INTERRUPTED = 130


def _printable(text: str) -> str:
    """*text* with control characters written as escapes: a file name with a newline or a
    terminal escape cannot forge a second message line or clear the screen.

    >>> _printable('a\\nb.txt')
    'a\\\\nb.txt'
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii")
                   for c in text)


class UnscGraphError(Exception):
    """Base class of the errors the command line reports as one line."""


class InputError(UnscGraphError):
    """An input file that cannot be used: the message names the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{_printable(self.path)}: {_printable(problem)}")

    def __reduce__(self) -> tuple:
        """Pickle as ``InputError(path, problem)``: a worker process hands errors back.

        >>> import pickle
        >>> str(pickle.loads(pickle.dumps(InputError('a.txt', 'file is empty'))))
        'a.txt: file is empty'
        """
        return (InputError, (self.path, self.problem))


class UsageError(UnscGraphError):
    """A command used wrongly (unknown query name, missing graph, bad option)."""
