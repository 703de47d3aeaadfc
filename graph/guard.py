"""Check a SPARQL text before any parser or engine sees it: nesting, form, outbound requests.

Oxigraph's SPARQL parser recurses on nesting and crashes the process (a segfault, not an
exception) on a query nested a few thousand levels deep; ``SERVICE`` makes it send HTTP
requests to any address named in the query, and ``LOAD`` fetches a URL when an update runs.
So every query is read here first, by a lexer that follows the SPARQL terminals (strings,
IRIs, comments, variables), never by running it:

* :func:`nesting_depth` counts ``{``, ``(`` and ``[`` outside strings, IRIs and comments;
  more than :data:`MAX_NESTING` is refused before parsing.
* :func:`query_form` reads the prologue (``BASE``, ``PREFIX``) and the first keyword:
  ``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE``, or ``UPDATE`` for an update (``LOAD``,
  ``INSERT``, ``CLEAR``, ...), which is refused: an update is never run, not even on a
  scratch store.
* :func:`service_iris` finds ``SERVICE``: any ``service`` in the code of the query (outside
  strings, IRIs, comments and variables, in any case, even glued to another token as in
  ``1SERVICE``: Oxigraph's keywords need no word boundary) counts, and is refused unless
  the IRI after it starts with a prefix the user allowed.

:func:`run_with_large_stack` runs the parser and the engine on a thread with a large stack:
long chains that are not nested (10,000 ``UNION`` or ``BIND``) recurse too.

>>> check_query('SELECT * WHERE { ?s ?p ?o }')
'SELECT'
>>> check_query('SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }')
Traceback (most recent call last):
...
graph.guard.QueryRefusal: SERVICE is not allowed: the endpoint makes no outbound requests
"""

from __future__ import annotations

import re
import threading
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from graph.errors import InputError, UsageError

__all__ = [
    "MAX_NESTING", "nesting_depth", "query_form", "service_iris", "check_query",
    "code_of", "run_with_large_stack", "QueryRefusal",
]

#: the deepest nesting of ``{``, ``(``, ``[`` accepted (the parser crashes near 5,000; real
#: queries stay under 20)
MAX_NESTING = 100

#: the stack of the thread that parses and runs a query (virtual memory: only the pages used
#: are taken)
STACK_BYTES = 512 * 1024 * 1024

# SPARQL terminals that hide code: strings (4 kinds), IRIs, comments (to \n or \r), variables.
_HIDDEN = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n\r]*"
    r"|[?$][\w\u00b7\u0300-\u036f\u203f\u2040]+",
    re.DOTALL,
)
_PROLOGUE = re.compile(r"\s*(?:BASE\s*<[^<>]*>|PREFIX\s*[^\s:<>]*:\s*<[^<>]*>)", re.IGNORECASE)
_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
_UPDATES = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")
_SERVICE = re.compile(r"service", re.IGNORECASE)
_SERVICE_TARGET = re.compile(r"SERVICE\s+(?:SILENT\s+)?(<[^<>\"{}|^`\\\x00-\x20]*>)",
                             re.IGNORECASE)


class QueryRefusal(UsageError):
    """A query refused before it runs; ``status`` is the HTTP status an endpoint answers."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def code_of(text: str) -> str:
    """Return *text* with its strings, IRIs, comments and variables blanked (same length):
    what is left is keywords, prefixed names, numbers and punctuation.

    >>> code_of('SELECT ?x { ?x <http://a(> "}" } # }')
    'SELECT    {                    }    '
    """
    return _HIDDEN.sub(lambda m: " " * len(m.group(0)), text)


def nesting_depth(text: str) -> int:
    """Return the deepest nesting of ``{``, ``(`` and ``[`` in the code of *text*.

    >>> nesting_depth('SELECT * { ?s ?p ?o FILTER((?o > 1)) }')
    3
    >>> nesting_depth('SELECT * { ?s ?p "(((" }')
    1
    """
    return _depth(code_of(text))


def _depth(code: str) -> int:
    depth = deepest = 0
    for char in code:
        if char in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "})]":
            depth -= 1
    return deepest


def query_form(text: str) -> str | None:
    """Return ``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE``, ``UPDATE`` or ``None`` (empty),
    from the first keyword after the prologue; ``""`` when that word is none of these.

    >>> query_form('PREFIX ex: <http://e/> construct { ?s ?p ?o } where { ?s ?p ?o }')
    'CONSTRUCT'
    >>> query_form('# comment\\rLOAD <http://127.0.0.1:9/>')
    'UPDATE'
    >>> query_form('# only a comment') is None
    True
    """
    bare = _HIDDEN.sub(lambda m: m.group(0) if m.group(0)[0] == "<" else " ", text)
    pos = 0
    while (m := _PROLOGUE.match(bare, pos)) is not None:
        pos = m.end()
    rest = bare[pos:]
    if not rest.strip():
        return None
    m = _FIRST_WORD.match(rest)
    word = m.group(1).upper() if m else ""
    if word in _FORMS:
        return word
    return "UPDATE" if word in _UPDATES else ""


def service_iris(text: str) -> list[str | None]:
    """Return the IRI of each ``SERVICE`` in *text*, ``None`` where it is not a plain
    ``<IRI>`` (a variable, a prefixed name, or ``service`` glued into another word).

    >>> service_iris('SELECT * { SERVICE SILENT <http://a/> { ?s ?p ?o } }')
    ['http://a/']
    >>> service_iris('SELECT * { ?s ?p 1service ?x { } }')
    [None]
    >>> service_iris('SELECT ?service { ?s <http://e/service> "service" } # service')
    []
    """
    return _service_iris(text, code_of(text))


def _service_iris(text: str, code: str) -> list[str | None]:
    found: list[str | None] = []
    for m in _SERVICE.finditer(code):
        start = m.start()
        glued = (start > 0 and (code[start - 1].isalnum() or code[start - 1] in "_:-.")) or (
            m.end() < len(code) and (code[m.end()].isalnum() or code[m.end()] in "_:-."))
        target = None if glued else _SERVICE_TARGET.match(text, start)
        found.append(target.group(1)[1:-1] if target else None)
    return found


def _refusal(where: Path | str | None, problem: str, status: int) -> InputError | QueryRefusal:
    return InputError(where, problem) if where is not None else QueryRefusal(problem, status)


def check_query(text: str, where: Path | str | None = None,
                allow_service: Iterable[str] = ()) -> str:
    """Refuse what must never reach the parser or the engine; return the query's form.

    Parameters
    ----------
    text : str
        The SPARQL text.
    where : Path or str, optional
        The query file, named in the error.
    allow_service : iterable of str
        IRI prefixes a ``SERVICE`` may call (``http://127.0.0.1:7879/``); none by default.

    Returns
    -------
    str
        ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``; ``""`` when the first word is
        none of them (the parser then names the problem).

    Raises
    ------
    InputError
        When *where* is given (the message names the file).
    QueryRefusal
        Otherwise, with ``status``: 400 for a query nested too deeply or empty, 403 for an
        update or a ``SERVICE`` not allowed.

    Examples
    --------
    >>> check_query('SELECT * {' * 200)
    Traceback (most recent call last):
    ...
    graph.guard.QueryRefusal: query nested too deeply: 200 levels of brackets (the most is 100)
    >>> check_query('LOAD <http://127.0.0.1:9/x>', 'q.rq')
    Traceback (most recent call last):
    ...
    graph.errors.InputError: q.rq: updates are not allowed (only SELECT, ASK, CONSTRUCT, DESCRIBE)
    >>> check_query('SELECT * { SERVICE <http://a/x> {} }', allow_service=['http://a/'])
    'SELECT'
    """
    code = code_of(text)
    # no deeper than the number of brackets opened: count those (fast) before walking them
    opened = code.count("{") + code.count("(") + code.count("[")
    depth = _depth(code) if opened > MAX_NESTING else 0
    if depth > MAX_NESTING:
        raise _refusal(where, f"query nested too deeply: {depth} levels of brackets "
                              f"(the most is {MAX_NESTING})", 400)
    form = query_form(text)
    if form is None:
        raise _refusal(where, "empty query", 400)
    if form == "UPDATE":
        raise _refusal(where, "updates are not allowed (only SELECT, ASK, CONSTRUCT, DESCRIBE)",
                       403)
    allowed = tuple(allow_service)
    for iri in _service_iris(text, code):
        if iri is None or not allowed:
            raise _refusal(where, "SERVICE is not allowed: the endpoint makes no outbound "
                                  "requests" if not allowed else
                                  "SERVICE needs a full <IRI> that starts with an allowed "
                                  "prefix (no variable, prefixed name or relative IRI)", 403)
        if not iri.startswith(allowed):
            raise _refusal(where, f"SERVICE <{iri}> is not allowed: allowed prefixes are "
                                  f"{', '.join(allowed)}", 403)
    return form


T = TypeVar("T")


def run_with_large_stack(function: Callable[..., T], *args: object) -> T:
    """Call ``function(*args)`` on a thread with a :data:`STACK_BYTES` stack and return its
    result (or raise its exception): the SPARQL parser and engine recurse on long chains.

    >>> run_with_large_stack(sum, [1, 2])
    3
    """
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["value"] = function(*args)
        except BaseException as exc:
            # the frames' locals (pyoxigraph answers among them) are dropped here, on the
            # thread that made them; the traceback itself is kept for --debug
            traceback.clear_frames(exc.__traceback__)
            outcome["error"] = exc

    with _STACK_LOCK:
        previous = threading.stack_size(STACK_BYTES)
        try:
            thread = threading.Thread(target=work, name="sparql", daemon=True)
            thread.start()
        finally:
            threading.stack_size(previous)
    thread.join()
    if "error" in outcome:
        error = outcome["error"]
        assert isinstance(error, BaseException)
        raise error
    return outcome["value"]  # type: ignore[return-value]


_STACK_LOCK = threading.Lock()
