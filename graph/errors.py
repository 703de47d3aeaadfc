"""Exceptions with a one-line message for the user, and the documented exit codes.

>>> str(InputError('a.txt', 'file is empty'))
'a.txt: file is empty'
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["UnscGraphError", "InputError", "UsageError", "EXIT_OK", "EXIT_INVALID", "EXIT_INPUT"]

#: exit codes of the command line, stable and documented in the README
EXIT_OK = 0
EXIT_INVALID = 1  # validation failed, or a *-violation query returned rows
EXIT_INPUT = 2  # bad input or bad usage


class UnscGraphError(Exception):
    """Base class of the errors the command line reports as one line."""


class InputError(UnscGraphError):
    """An input file that cannot be used: the message names the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self) -> tuple:
        """Pickle as ``InputError(path, problem)``: a worker process hands errors back.

        >>> import pickle
        >>> str(pickle.loads(pickle.dumps(InputError('a.txt', 'file is empty'))))
        'a.txt: file is empty'
        """
        return (InputError, (self.path, self.problem))


class UsageError(UnscGraphError):
    """A command used wrongly (unknown query name, missing graph, bad option)."""
