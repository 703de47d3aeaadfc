"""Tests of graph/viz.py: the page is offline, escapes data, caps and filters; and a real
headless Chromium draws it from a file:// URL without errors, requests or script injection."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from graph.errors import UsageError
from graph.network import citation_network
from graph.viz import PHYSICS_MAX_NODES, assert_offline, generate_page, write_page

FIXTURE = Path(__file__).parent / "fixtures" / "network" / "small.ttl"
INJECTED = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def G() -> nx.DiGraph:
    s = ox.Store()
    s.load(path=str(FIXTURE), format=ox.RdfFormat.TURTLE)
    return citation_network(s)


@pytest.fixture(scope="module")
def page(G: nx.DiGraph) -> str:
    return generate_page(G, title="Citations <script>alert(9)</script>")


def _data(page: str, name: str) -> list[dict]:
    m = re.search(name + r" = new vis\.DataSet\((\[.*?\])\);", page)
    assert m, f"no {name} DataSet in the page"
    return json.loads(m.group(1))


def test_page_is_offline(page: str) -> None:
    assert_offline(page)
    assert "<link" not in page and "jsdelivr" not in page and "cdnjs" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "vis.Network" in page and ".vis-network" in page  # vis-network JS and CSS inlined


@pytest.mark.parametrize("raw", [
    INJECTED,  # a registry label
    "<script>alert(2)</script>",  # a topic
    "<a href=javascript:alert(3)>",  # a topic with the word pyvis reacts to
    "<script>alert(9)</script>",  # the page title
])
def test_data_never_reaches_the_page_raw(page: str, raw: str) -> None:
    assert raw not in page


def test_heading_is_escaped_and_pyvis_widgets_are_off(page: str) -> None:
    assert "<h1>Citations &lt;script&gt;alert(9)&lt;/script&gt;</h1>" in page
    assert "div.popup" not in page  # pyvis's raw-HTML tooltip
    assert 'id="select-node"' not in page  # pyvis's select menu
    assert "<center>" not in page  # pyvis's empty headings


def test_nodes_carry_escaped_labels_and_tooltips(page: str) -> None:
    nodes = _data(page, "nodes")
    assert len(nodes) == 9 and all(isinstance(n["id"], int) for n in nodes)
    evil = next(n for n in nodes if "onerror" in n["label"])
    assert evil["label"] == "&lt;img src=x onerror=alert(1)&gt;"
    r6 = next(n for n in nodes if n["label"] == "S/RES/1500 (2003)")
    assert "https://undocs.org/S/RES/1500(2003)" in r6["info"]  # plain-text line
    assert "href" not in r6["info"].lower()  # broken up as hr&#101;f
    assert r6["key"] == "S/RES/1500(2003)"  # the search key
    assert {n["shape"] for n in nodes} == {"dot", "diamond", "star"}  # by type


def test_edges_are_coloured_by_characterization(page: str) -> None:
    colours = {e["info"].split("<br>")[1].split(";")[0]: e["color"] for e in _data(page, "edges")}
    assert colours["decides"] != colours["recalls"] != colours["calls-upon"]
    assert "recalls" in page.split('id="unsc-legend"')[1].split("</ul>")[0]  # in the legend


@pytest.mark.parametrize(("kwargs", "shown", "total"), [
    ({"max_nodes": 3}, 3, 9),  # capped by PageRank
    ({"focus": "S/RES/1500 (2003)"}, 6, 6),  # R6 and what it cites
    ({"focus": "S/RES/1000 (1995)", "depth": 2}, 7, 7),  # R1..R6 and untoc (via R5)
    ({"since": 2003}, 6, 6),  # only R6's citations
    ({"focus": "S/RES/1500 (2003)", "max_nodes": 1}, 1, 6),  # the focus survives the cap
])
def test_views(G: nx.DiGraph, kwargs: dict, shown: int, total: int) -> None:
    page = generate_page(G, **kwargs)
    assert len(_data(page, "nodes")) == shown
    assert f"Showing {shown} of {total} nodes" in page
    assert (f"({total - shown} hidden" in page) == (shown < total)


def test_cap_keeps_the_most_cited(G: nx.DiGraph) -> None:
    labels = {n["label"] for n in _data(generate_page(G, max_nodes=1), "nodes")}
    assert labels == {"S/RES/1000 (1995)"}


def test_focus_survives_cap(G: nx.DiGraph) -> None:
    labels = {n["label"] for n in _data(generate_page(G, focus="S/RES/1500 (2003)",
                                                      max_nodes=1), "nodes")}
    assert labels == {"S/RES/1500 (2003)"}


def test_large_view_is_laid_out_in_python() -> None:
    H = nx.gnp_random_graph(PHYSICS_MAX_NODES + 10, 0.02, seed=3, directed=True)
    page = generate_page(H)
    assert '"physics": {"enabled": false}' in page
    assert all("x" in n and "y" in n for n in _data(page, "nodes"))


@pytest.mark.parametrize("kwargs", [
    {"size_by": "eigenvector"},  # unknown metric
    {"max_nodes": 0},  # nothing to show
    {"focus": "S/RES/9999 (2099)"},  # not in the graph
])
def test_bad_options(G: nx.DiGraph, kwargs: dict) -> None:
    with pytest.raises(UsageError):
        generate_page(G, **kwargs)


@pytest.mark.parametrize("bad", [
    '<script src="https://remote.example/x.js"></script>',  # remote script
    "<link rel=stylesheet href=//cdn.example/x.css>",  # protocol-relative stylesheet
    "<style>body{background:url('http://x/y.png')}</style>",  # CSS url()
    "<style>@import 'x.css';</style>",  # CSS import
    "<img srcset='https://x/y.png 2x'>",  # srcset
])
def test_assert_offline_catches_loads(bad: str) -> None:
    with pytest.raises(AssertionError):
        assert_offline(bad)


def test_write_page(G: nx.DiGraph, tmp_path: Path) -> None:
    path = write_page(G, tmp_path / "g.html")
    assert path.read_text(encoding="utf-8").startswith("<html>")
    assert list(tmp_path.iterdir()) == [path]


# --- in a real browser --------------------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium absent: apt-get install -y chromium chromium-driver")
    pytest.importorskip("websocket", reason="websocket-client not installed")
    from tests.browser import Chromium

    with Chromium(CHROMIUM) as b:
        yield b


def test_page_in_headless_chromium(G: nx.DiGraph, tmp_path_factory, browser) -> None:
    path = write_page(G, tmp_path_factory.mktemp("viz") / "page.html", title="Fixture")
    browser.load(path.as_uri(), ready="document.body && document.body.dataset.layout === 'done'")
    browser.pump(1.0)
    canvas = browser.evaluate(
        "Array.from(document.querySelectorAll('#mynetwork canvas'))"
        ".map(c => [c.width, c.height])")
    assert canvas and all(w > 0 and h > 0 for w, h in canvas)
    assert browser.evaluate("network.body.data.nodes.length") == 9
    assert browser.evaluate("network.body.data.edges.length") == 14

    # the injected label: drawn as text on the canvas, shown as text in the details panel
    evil = browser.evaluate(
        f"nodes.get().find(n => n.label === {json.dumps(INJECTED)}).id")
    browser.evaluate(f"unscShow({evil})")
    assert INJECTED in browser.evaluate("document.getElementById('unsc-details').textContent")
    # and in the tooltip on hover
    x, y = browser.evaluate(
        f"(() => {{ const p = network.canvasToDOM(network.getPositions([{evil}])[{evil}]);"
        " const r = document.querySelector('#mynetwork canvas').getBoundingClientRect();"
        " return [r.left + p.x, r.top + p.y]; })()")
    browser.move_mouse(x, y)
    browser.pump(1.0)
    assert INJECTED in browser.evaluate(
        "(document.querySelector('.vis-tooltip') || {}).textContent || ''")
    assert browser.evaluate("document.querySelectorAll('img, script[src], a').length") == 0

    # the search box finds a resolution typed loosely
    browser.evaluate("document.getElementById('unsc-search').value = 's/res/1300(2000)';"
                     "document.querySelector('#unsc-search-form button').click()")
    assert browser.evaluate("network.getSelectedNodes().length") == 1
    assert "S/RES/1300 (2000)" in browser.evaluate(
        "document.getElementById('unsc-details').textContent")

    # the screenshot goes to a temporary folder: a test never writes into the checkout
    # (a stray build/ would make `make demo` refuse to replace it)
    shot = tmp_path_factory.mktemp("shot") / "viz-screenshot.png"
    browser.screenshot(shot)
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert browser.dialogs == []  # no alert fired
    assert browser.errors == []  # no console errors or exceptions
    assert browser.requests and all(u.startswith(("file://", "data:")) for u in browser.requests)


_COPIES_SCRIPT = """
import hashlib, networkx as nx
from graph.viz import generate_page
G = nx.DiGraph()
for k in range(80):  # copies of one pattern: many equal PageRank scores, as in the scale series
    hub = f"https://w3id.org/unsc-graph/id/doc/S/RES/{k}0(1990)"
    G.add_node(hub, symbol=f"S/RES/{k}0 (1990)", type="SecurityCouncilResolution", year=1990)
    for j in range(1, 6):
        n = f"https://w3id.org/unsc-graph/id/doc/S/RES/{k}{j}(1991)"
        G.add_node(n, symbol=f"S/RES/{k}{j} (1991)", type="SecurityCouncilResolution", year=1991)
        G.add_edge(n, hub, weight=1, characterizations=("recalls",), characterization="recalls")
print(hashlib.sha256(generate_page(G, max_nodes=170).encode()).hexdigest())
"""


def test_large_page_is_the_same_in_every_process() -> None:
    # string hashing is seeded per process: a page laid out from set order (subgraph of a set)
    # changed from one run to the next; with the nodes sorted it must not
    import os
    import subprocess
    import sys

    digests = set()
    for seed in ("1", "2", "3"):
        done = subprocess.run([sys.executable, "-c", _COPIES_SCRIPT], capture_output=True,
                              text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed})
        digests.add(done.stdout.strip())
    assert len(digests) == 1


@pytest.mark.parametrize(
    ("focus", "since", "words"),
    [
        # in the network, but --since leaves nothing around it: the filter is named
        ("S/RES/2331 (2016)", 2018, ["S/RES/2331 (2016)", "--since 2018"]),
        # not in the network at all
        ("S/RES/9999 (2000)", 2018, ["no document", "S/RES/9999 (2000)"]),
        ("S/RES/9999 (2000)", None, ["no document", "S/RES/9999 (2000)"]),
    ],
)
def test_a_focus_that_cannot_be_shown_says_why(seed_build, tmp_path, capsys, focus, since,
                                                words):
    from graph.cli import main

    argv = ["viz", "--graph", str(seed_build), "--focus", focus, "-o", str(tmp_path / "p.html")]
    argv += ["--since", str(since)] if since else []
    assert main(argv) == 2
    line = capsys.readouterr().err.strip()
    assert "\n" not in line
    for w in words:
        assert w in line, line
    assert not (tmp_path / "p.html").exists()
