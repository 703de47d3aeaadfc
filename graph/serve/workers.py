"""Query workers: processes that each open the graph and answer one query at a time.

pyoxigraph cannot interrupt a query nor bound its memory, so the endpoint runs queries in
worker processes it can kill:

* **Two lanes.** ``quick`` workers take every new query. A query still running after
  ``slow_after_s`` (a second) becomes *expensive*: its worker leaves the quick lane, which
  gets a fresh worker at once, so cheap look-ups keep answering while it runs. At most
  ``expensive`` queries run so at once; one more past ``slow_after_s`` is stopped with 503
  (``Retry-After``) rather than let it take a quick worker.
* **CPU.** A worker whose query turns expensive is lowered to the least CPU priority
  (``nice`` :data:`EXPENSIVE_NICE`): on a machine whose cores are all busy, look-ups get
  them first and expensive queries run on what is left, instead of taking a core each.
* **Time.** A query past its time limit is stopped with 503 by killing its worker.
* **Memory.** While a query runs, its worker's resident memory is read every 20 ms; past
  ``memory_mb`` the worker is killed and the query answered 503. A quick worker that has
  grown past a quarter of that after a query is replaced; an expensive one always is.
* **Crashes.** A worker that dies (a crash of the engine) answers 500 and is replaced.

Workers are started by a fork server that has imported the query code, so a replacement is
ready in tens of milliseconds; each watches its parent and exits with it.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

from graph.errors import UsageError
from graph.guard import run_with_large_stack
from graph.serve.evaluate import Reply, Request

__all__ = ["ServeOptions", "WorkerPool", "rss_mb"]

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_POLL_S = 0.02
#: the ``nice`` value of a worker once its query is expensive (the least CPU priority)
EXPENSIVE_NICE = 19


@dataclass(frozen=True)
class ServeOptions:
    """The limits of the endpoint, as ``unsc-graph serve`` sets them."""

    #: seconds a query may run (503 past it)
    timeout_s: float = 30.0
    #: most rows or triples in an answer (400 past it)
    max_rows: int = 100_000
    #: resident memory of a query worker, in MB (503 past it, the worker replaced)
    memory_mb: int = 1024
    #: largest answer, in MB (413 past it)
    max_mb: int = 64
    #: workers for new queries (``None``: one per core, up to 2)
    workers: int | None = None
    #: most expensive queries at once (``None``: one per core, up to 2)
    expensive: int | None = None
    #: seconds after which a running query counts as expensive
    slow_after_s: float = 1.0
    #: IRI prefixes a SERVICE may call (none: SERVICE refused)
    allow_service: tuple[str, ...] = field(default_factory=tuple)
    #: most open connections; more are answered 503 at once
    max_connections: int = 256
    #: listen backlog: connections the system queues before the server accepts them
    backlog: int = 512

    @property
    def quick(self) -> int:
        """The number of quick workers."""
        return self.workers or min(2, os.cpu_count() or 1)

    @property
    def slow(self) -> int:
        """The most expensive queries at once."""
        return self.expensive or min(2, os.cpu_count() or 1)

    @property
    def max_bytes(self) -> int:
        """The largest answer in bytes."""
        return self.max_mb * 1_000_000


def rss_mb(pid: int) -> float:
    """Resident memory of process *pid* in MB (0 when it is gone).

    >>> rss_mb(os.getpid()) > 1
    True
    """
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


_MAIN_LOCK = threading.Lock()


@contextmanager
def _main_hidden() -> Iterator[None]:
    """Start a worker without the caller's ``__main__``: multiprocessing would run the
    caller's script again in every worker (a script without ``if __name__ ==
    '__main__'`` would start a server in each); workers need only this module."""
    main = sys.modules.get("__main__")
    saved = {name: getattr(main, name) for name in ("__file__", "__spec__")
             if main is not None and hasattr(main, name)}
    with _MAIN_LOCK:
        for name in saved:
            setattr(main, name, None)
        try:
            yield
        finally:
            for name, value in saved.items():
                setattr(main, name, value)


class _Worker:
    def __init__(self, process: multiprocessing.process.BaseProcess, conn: Connection) -> None:
        self.process, self.conn = process, conn
        self.pid: int = process.pid or 0


class WorkerPool:
    """Worker processes over the graph at *path* with a quick and an expensive lane.

    Parameters
    ----------
    path : str or Path
        A build folder or a graph file (see :func:`graph.store.open_store`).
    options : ServeOptions
        The limits.

    Raises
    ------
    UsageError
        When a worker cannot open the graph (its message).
    """

    def __init__(self, path: str | Path, options: ServeOptions) -> None:
        self.path, self.options = str(path), options
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(["graph.serve.evaluate", "graph.store"])
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._expensive = 0
        self._closed = False
        #: counts of what happened, for tests and the benchmark
        self.stats = {"timeouts": 0, "memory": 0, "busy": 0, "crashes": 0, "recycled": 0,
                      "promoted": 0}
        started = [self._start() for _ in range(options.quick)]
        try:
            for worker in started:
                self._ready(worker)
                self._idle.put(worker)
        except BaseException:
            self.close()
            raise

    # --- lifecycle ---------------------------------------------------------------------------

    def _start(self) -> _Worker:
        here, there = self._context.Pipe()
        process = self._context.Process(target=_worker_main,
                                        args=(self.path, there, os.getpid()),
                                        name="unsc-graph-query", daemon=True)
        with _main_hidden():
            process.start()
        there.close()
        worker = _Worker(process, here)
        with self._lock:
            self._all.add(worker)
        return worker

    def _ready(self, worker: _Worker) -> None:
        """Wait for the worker's first message: ready, or why it cannot open the graph."""
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            message = ("error", f"{self.path}: the query worker stopped while opening the graph")
        if message[0] != "ready":
            self._stop(worker)
            raise UsageError(message[1])

    def _stop(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        with self._lock:
            self._all.discard(worker)

    def _replace(self) -> None:
        """Start a quick worker in the background; it joins the lane once it is ready."""
        if self._closed:
            return
        fresh = self._start()

        def welcome() -> None:
            try:
                self._ready(fresh)
            except UsageError:
                return
            self._idle.put(fresh)

        threading.Thread(target=welcome, daemon=True).start()

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._stop(worker)

    def pids(self) -> list[int]:
        """The process ids of the live workers."""
        with self._lock:
            return sorted(w.pid for w in self._all)

    def peak_rss_mb(self) -> float:
        """The largest resident memory among the live workers, in MB."""
        with self._lock:
            return max((rss_mb(w.pid) for w in self._all), default=0.0)

    # --- answering -----------------------------------------------------------------------------

    def ask(self, request: Request, timeout_s: float | None = None
            ) -> tuple[Reply, dict[str, str]]:
        """Answer *request* within *timeout_s* (the pool's limit by default): a reply
        ``(200, media type, body)`` or ``(status, message, b"")``, and extra headers."""
        options = self.options
        timeout_s = options.timeout_s if timeout_s is None else timeout_s
        started = time.monotonic()
        deadline = started + timeout_s
        try:
            worker = self._idle.get(timeout=timeout_s)
        except queue.Empty:
            self.stats["busy"] += 1
            return (503, f"busy: no query worker became free in {timeout_s:g} s", b""), \
                {"Retry-After": "1"}
        expensive = False
        started = time.monotonic()  # expensive after slow_after_s of running, not of waiting
        try:
            worker.conn.send(request)
            while True:
                if worker.conn.poll(_POLL_S):
                    reply = worker.conn.recv()
                    break
                now = time.monotonic()
                if rss_mb(worker.pid) > options.memory_mb:
                    self.stats["memory"] += 1
                    return self._kill(worker, expensive, (
                        503, f"query stopped: it needed more than {options.memory_mb} MB of "
                             "memory", b"")), {}
                if now >= deadline:
                    self.stats["timeouts"] += 1
                    return self._kill(worker, expensive, (
                        503, f"query took longer than {timeout_s:g} s", b"")), {}
                if not expensive and now - started >= options.slow_after_s:
                    with self._lock:
                        if self._expensive < options.slow:
                            self._expensive += 1
                            expensive = True
                    if not expensive:
                        self.stats["busy"] += 1
                        return self._kill(worker, False, (
                            503, f"busy: {options.slow} expensive queries are running; try "
                                 "again later", b"")), {"Retry-After": "5"}
                    self.stats["promoted"] += 1
                    _lower_priority(worker.pid)
                    self._replace()  # the quick lane gets a fresh worker at once
        except (EOFError, OSError):
            self.stats["crashes"] += 1
            return self._kill(worker, expensive, (
                500, "query failed: the query worker stopped", b"")), {}
        if expensive:
            with self._lock:
                self._expensive -= 1
            self._stop(worker)  # its place in the quick lane was taken; it may have grown
        elif rss_mb(worker.pid) > options.memory_mb / 4:
            self.stats["recycled"] += 1
            self._stop(worker)
            self._replace()
        else:
            self._idle.put(worker)
        return reply, {}

    def _kill(self, worker: _Worker, expensive: bool, reply: Reply) -> Reply:
        """Stop *worker* (the only way to stop a query) and keep the quick lane full."""
        self._stop(worker)
        if expensive:
            with self._lock:
                self._expensive -= 1
        else:
            self._replace()
        return reply


def _lower_priority(pid: int) -> None:
    """Give every thread of process *pid* the least CPU priority (Linux keeps a ``nice``
    value per thread, and the query runs on a thread of its own). Only for a worker that
    never goes back to the quick lane: without privileges a priority cannot be raised again.
    """
    try:
        threads = [int(tid) for tid in os.listdir(f"/proc/{pid}/task")]
    except OSError:  # no /proc: the process's own value
        threads = [pid]
    for tid in threads:
        try:
            os.setpriority(os.PRIO_PROCESS, tid, EXPENSIVE_NICE)
        except (OSError, AttributeError):  # gone already, or no priorities on this system
            pass


def _let_go_of_the_fork_server() -> None:
    """Close the fork server's liveness pipe that every forked child inherits: while any
    child holds it, the fork server outlives the server that started it."""
    from multiprocessing import forkserver

    server = forkserver._forkserver  # type: ignore[attr-defined]
    fd = getattr(server, "_forkserver_alive_fd", None)
    if fd is not None:
        try:
            os.close(fd)
        except OSError:
            pass
        server._forkserver_alive_fd = None


def _server_gone(server_pid: int, parent: int) -> bool:
    if os.getppid() != parent:
        return True
    try:
        os.kill(server_pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _worker_main(path: str, conn: Connection, server_pid: int) -> None:
    """A query worker: open the graph at *path*, then answer requests until the pipe closes
    or the server (*server_pid*) is gone."""
    from graph.errors import UnscGraphError
    from graph.serve.evaluate import evaluate
    from graph.store import open_store

    try:
        store = open_store(path)
    except UnscGraphError as exc:
        conn.send(("error", str(exc)))
        return
    _let_go_of_the_fork_server()
    conn.send(("ready",))
    parent = os.getppid()

    def watch_parent() -> None:  # a worker whose server died stops, even mid-query
        while not _server_gone(server_pid, parent):
            time.sleep(0.25)
        os._exit(0)

    threading.Thread(target=watch_parent, daemon=True).start()

    def answer_requests() -> None:  # on one thread with a large stack for the worker's life
        while True:
            try:
                request = conn.recv()
            except (EOFError, OSError):
                return
            try:
                reply = evaluate(store, request, large_stack=True)
            except Exception as exc:  # answered 500, the worker goes on
                reply = (500, f"query failed: {type(exc).__name__}: {exc}", b"")
            try:
                conn.send(reply)
            except (BrokenPipeError, OSError):
                return

    run_with_large_stack(answer_requests)
