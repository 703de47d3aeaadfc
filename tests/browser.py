"""Drive a headless Debian Chromium over the DevTools protocol (websocket-client), for tests.

Nothing leaves the machine: the browser is started with a dead proxy (127.0.0.1:9), with
background networking off, and every request the page makes is recorded so a test can check
that only ``file://`` and ``data:`` were asked for.

    with Chromium() as browser:
        browser.load("file:///tmp/page.html", ready="document.readyState === 'complete'")
        browser.evaluate("1 + 1")          # -> 2
        browser.requests, browser.errors, browser.dialogs
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import websocket

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--mute-audio",
    "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
    "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
]


class BrowserError(RuntimeError):
    """The browser did not start or did not answer in time."""


class Chromium:
    """One headless Chromium with one page, as a context manager."""

    def __init__(self, executable: Path = CHROMIUM, width: int = 1280, height: int = 900,
                 timeout: float = 30.0, allow_loopback: bool = False) -> None:
        """*allow_loopback* lets pages reach servers on 127.0.0.1 (a test's own endpoint);
        every other address still goes to the dead proxy."""
        self.executable = executable
        self.flags = [f for f in FLAGS if not (allow_loopback and f.startswith("--proxy-bypass"))]
        self.size = (width, height)
        self.timeout = timeout
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self._id = 0
        self._events: list[dict[str, Any]] = []

    # --- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> Chromium:
        self._profile = tempfile.mkdtemp(prefix="unsc-chromium-")
        args = [str(self.executable), *self.flags, f"--user-data-dir={self._profile}",
                f"--window-size={self.size[0]},{self.size[1]}", "about:blank"]
        self._proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            port = self._wait_port()
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as r:
                targets = json.load(r)
            page = next(t for t in targets if t.get("type") == "page")
            self._ws = websocket.create_connection(page["webSocketDebuggerUrl"],
                                                   timeout=self.timeout, suppress_origin=True)
            for domain in ("Page", "Runtime", "Network", "Log"):
                self.send(f"{domain}.enable")
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        ws = getattr(self, "_ws", None)
        if ws is not None:
            ws.close()
        self._proc.terminate()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        shutil.rmtree(self._profile, ignore_errors=True)

    def _wait_port(self) -> int:
        marker = Path(self._profile) / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise BrowserError(f"chromium exited with {self._proc.returncode}")
            if marker.exists():
                first = marker.read_text().splitlines()[:1]
                if first and first[0].isdigit():
                    return int(first[0])
            time.sleep(0.05)
        raise BrowserError("chromium did not open its DevTools port")

    # --- protocol ----------------------------------------------------------------------------

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """Call a DevTools method and return its result, recording events meanwhile."""
        self._id += 1
        wanted = self._id
        self._ws.send(json.dumps({"id": wanted, "method": method, "params": params or {}}))
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            msg = json.loads(self._ws.recv())
            if msg.get("id") == wanted:
                if "error" in msg:
                    raise BrowserError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self._record(msg)
        raise BrowserError(f"{method}: no answer")

    def _record(self, msg: dict[str, Any]) -> None:
        method, params = msg.get("method"), msg.get("params", {})
        if method is None:
            return
        self._events.append(msg)
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.errors.append(details.get("exception", {}).get("description")
                               or details.get("text", "exception"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.errors.append(" ".join(str(a.get("value", a.get("description", "")))
                                        for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            self.errors.append(params["entry"].get("text", "log error"))
        elif method == "Page.javascriptDialogOpening":
            self.dialogs.append(params.get("message", ""))
            self._ws.send(json.dumps({"id": 0, "method": "Page.handleJavaScriptDialog",
                                      "params": {"accept": False}}))

    def pump(self, seconds: float) -> None:
        """Record the events that arrive during *seconds*."""
        deadline = time.monotonic() + seconds
        self._ws.settimeout(0.1)
        try:
            while time.monotonic() < deadline:
                try:
                    self._record(json.loads(self._ws.recv()))
                except websocket.WebSocketTimeoutException:
                    pass
        finally:
            self._ws.settimeout(self.timeout)

    # --- page helpers ------------------------------------------------------------------------

    def evaluate(self, expression: str) -> Any:
        """Evaluate JavaScript in the page and return its (JSON) value."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression!r}: {result['exceptionDetails'].get('text')}")
        return result.get("result", {}).get("value")

    def load(self, url: str, ready: str = "document.readyState === 'complete'",
             timeout: float | None = None) -> float:
        """Open *url* and wait until the JavaScript expression *ready* is true; return seconds."""
        start = time.monotonic()
        self.send("Page.navigate", {"url": url})
        deadline = start + (timeout or self.timeout)
        while time.monotonic() < deadline:
            if self.evaluate(f"Boolean({ready})"):
                return time.monotonic() - start
            self.pump(0.2)
        raise BrowserError(f"page not ready after {timeout or self.timeout} s: {ready}")

    def move_mouse(self, x: float, y: float) -> None:
        """Move the mouse to page coordinates (hover)."""
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})

    def screenshot(self, path: Path) -> Path:
        """Save a PNG of the viewport."""
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path
