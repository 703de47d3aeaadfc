"""The query page in real headless Chromium, against a real endpoint on 127.0.0.1: canned
queries as examples, permalinks, downloads as CSV and JSON, IRIs linking to a DESCRIBE
view, nothing fetched from anywhere else."""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from pathlib import Path

import pytest

from graph.serve import make_server

CHROMIUM = Path("/usr/bin/chromium")
IRAQ = "https://w3id.org/unsc-graph/id/entity/iraq"
LABELS = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?e ?l WHERE { "
          f"?e skos:prefLabel ?l FILTER(?e = <{IRAQ}>) }} ORDER BY ?l")


@pytest.fixture(scope="module")
def base(seed_build):
    server = make_server(seed_build, port=0, workers=1, timeout_s=30)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium absent: apt-get install -y chromium chromium-driver")
    pytest.importorskip("websocket", reason="websocket-client not installed")
    from tests.browser import Chromium

    with Chromium(CHROMIUM, allow_loopback=True) as b:
        yield b


def _wait(browser, expression, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if browser.evaluate(f"Boolean({expression})"):
            return
        browser.pump(0.2)
    raise AssertionError(f"not true after {seconds} s: {expression}")


def _table(browser):
    return browser.evaluate(
        "[...document.querySelectorAll('#results tbody tr')]"
        ".map(tr => [...tr.cells].map(td => td.textContent))")


def test_canned_queries_are_examples(base, browser):
    browser.load(base, ready="document.querySelectorAll('#examples li').length > 0")
    names = browser.evaluate("[...document.querySelectorAll('#examples a')].map(a => a.textContent)")
    assert "citations" in names and "most-cited" in names
    # an example is a permalink to its query, parameters filled in with their defaults
    href = browser.evaluate("[...document.querySelectorAll('#examples a')]"
                            ".find(a => a.textContent === 'cites').href")
    text = urllib.parse.parse_qs(urllib.parse.urlsplit(href).query)["query"][0]
    assert "SELECT" in text and "?symbol" not in text


def test_permalink_runs_the_query_and_iris_link_to_describe(base, browser):
    url = base + "?" + urllib.parse.urlencode({"query": LABELS})
    browser.load(url, ready="document.querySelectorAll('#results tbody tr').length === 2")
    rows = _table(browser)
    assert rows == [[IRAQ, "Iraq@en"], [IRAQ, "伊拉克@zh"]]
    assert browser.evaluate("document.getElementById('query').value") == LABELS
    permalink = browser.evaluate("document.getElementById('permalink').href")
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(permalink).query)["query"] == [LABELS]
    # the IRI is a link to its DESCRIBE view
    link = browser.evaluate("document.querySelector('#results a.iri').href")
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(link).query)["describe"] == [IRAQ]
    browser.evaluate("document.querySelector('#results a.iri').click()")
    _wait(browser, "location.search.startsWith('?describe=') && "
                   "document.querySelectorAll('#results tbody tr').length > 2")
    rows = _table(browser)
    assert all(row[0] == IRAQ for row in rows)
    assert [IRAQ, "http://www.w3.org/2004/02/skos/core#prefLabel", "伊拉克@zh"] in rows
    assert browser.evaluate("document.getElementById('query').value") == f"DESCRIBE <{IRAQ}>"


@pytest.mark.parametrize("button, name, check", [
    # CSV: the W3C CSV results, header then values
    ("csv", "answer.csv", lambda text: text.splitlines()[:2] == ["e,l", f"{IRAQ},Iraq"]),
    # JSON: the W3C JSON results, language tags kept
    ("json", "answer.json",
     lambda text: json.loads(text)["results"]["bindings"][1]["l"]
     == {"type": "literal", "value": "伊拉克", "xml:lang": "zh"}),
])
def test_download(base, browser, button, name, check):
    url = base + "?" + urllib.parse.urlencode({"query": LABELS})
    browser.load(url, ready="document.querySelectorAll('#results tbody tr').length === 2")
    # record the download instead of saving it: its file name and its bytes
    browser.evaluate("""
        window.saved = null;
        const made = URL.createObjectURL;
        URL.createObjectURL = (blob) => { window.blob = blob; return made(blob); };
        HTMLAnchorElement.prototype.click = function () {
          const name = this.download;
          window.blob.text().then(t => { window.saved = [name, t]; });
        };""")
    browser.evaluate(f"document.getElementById('{button}').click()")
    _wait(browser, "window.saved !== null")
    saved_name, text = browser.evaluate("window.saved")
    assert saved_name == name and check(text)


def test_nothing_is_fetched_from_elsewhere(base, browser):
    browser.requests.clear()
    browser.errors.clear()
    browser.load(base + "?" + urllib.parse.urlencode({"query": "ASK {}"}),
                 ready="(document.getElementById('status') || {textContent: ''})"
                       ".textContent.startsWith('Answer')")
    assert browser.evaluate("document.getElementById('status').textContent").startswith(
        "Answer: yes")
    origin = base.rstrip("/")
    assert browser.requests and all(u.startswith((origin, "blob:", "data:"))
                                    for u in browser.requests), browser.requests
    assert browser.errors == [] and browser.dialogs == []


def test_markup_in_data_is_text(base, browser):
    query = 'SELECT ?x WHERE { BIND("<img src=x onerror=alert(1)>" AS ?x) }'
    browser.load(base + "?" + urllib.parse.urlencode({"query": query}),
                 ready="document.querySelectorAll('#results tbody tr').length === 1")
    assert _table(browser) == [["<img src=x onerror=alert(1)>"]]
    assert browser.evaluate("document.querySelectorAll('#results img').length") == 0
    assert browser.dialogs == []
