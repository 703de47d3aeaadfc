"""Tests of graph/viz.py: the page is offline, escapes data, caps, filters and lays out; and a
real headless Chromium opens it from a file:// URL, draws it, shows the detail panel, applies
the filters and the ego network, with no request leaving the page and no script injected."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from graph.errors import UsageError
from graph.network import citation_network
from graph.viz import PHYSICS_MAX_NODES, assert_offline, generate_page, node_group, write_page

FIXTURES = Path(__file__).parent / "fixtures" / "network"
INJECTED = "<img src=x onerror=alert(1)>"  # small.ttl: an instrument's label
INJECTED_TEXT = "<img src=x onerror=alert(7)>"  # panel.ttl: inside a paragraph's text
INJECTED_AGENDA = "<script>alert('agenda')</script>"  # panel.ttl: an agenda item


def _store(name: str) -> ox.Store:
    s = ox.Store()
    s.load(path=str(FIXTURES / name), format=ox.RdfFormat.TURTLE)
    return s


@pytest.fixture(scope="module")
def small() -> ox.Store:
    return _store("small.ttl")


@pytest.fixture(scope="module")
def panel() -> ox.Store:
    return _store("panel.ttl")


@pytest.fixture(scope="module")
def G(small: ox.Store) -> nx.DiGraph:
    return citation_network(small)


@pytest.fixture(scope="module")
def page(small: ox.Store) -> str:
    return generate_page(small, title="Citations <script>alert(9)</script>")


@pytest.fixture(scope="module")
def panel_page(panel: ox.Store) -> str:
    return generate_page(panel, layout="timeline")


def _data(page: str) -> dict:
    """The page's own data (the JSON element its script reads)."""
    m = re.search(r'<script type="application/json" id="unsc-data">(.*?)</script>', page, re.S)
    assert m, "no data element in the page"
    return json.loads(m.group(1))


def _vis(page: str, name: str) -> list[dict]:
    """What pyvis hands to vis-network."""
    m = re.search(name + r" = new vis\.DataSet\((\[.*?\])\);", page)
    assert m, f"no {name} DataSet in the page"
    return json.loads(m.group(1))


def _node(data: dict, label: str) -> int:
    return data["nodes"]["label"].index(label)


# --- the page as a file -------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", ["page", "panel_page"])
def test_page_is_offline(fixture: str, request) -> None:
    page = request.getfixturevalue(fixture)
    assert_offline(page)
    assert "<link" not in page and "jsdelivr" not in page and "cdnjs" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "vis.Network" in page and ".vis-network" in page  # vis-network JS and CSS inlined
    assert "unscReady" in page and "#unsc-panel" in page  # the page's own script and style


@pytest.mark.parametrize(("fixture", "raw"), [
    ("page", INJECTED),  # a registry label
    ("page", "<script>alert(2)</script>"),  # a topic
    ("page", "<a href=javascript:alert(3)>"),  # a topic with the word pyvis reacts to
    ("page", "<script>alert(9)</script>"),  # the page title
    ("panel_page", INJECTED_TEXT),  # a paragraph's text
    ("panel_page", INJECTED_AGENDA),  # an agenda item, also a timeline band's name
])
def test_data_never_reaches_the_page_raw(fixture: str, raw: str, request) -> None:
    assert raw not in request.getfixturevalue(fixture)


@pytest.mark.parametrize(("where", "raw"), [
    (("nodes", "label"), INJECTED),  # the label, as data for textContent and the canvas
    (("nodes", "topic"), "<a href=javascript:alert(3)>Threats</a> & <script>alert(2)</script>"),
])
def test_the_data_element_gives_back_the_raw_text(page: str, where: tuple, raw: str) -> None:
    # escaped as JSON inside the element, the text itself comes back to the script unchanged
    assert raw in _data(page)[where[0]][where[1]]


def test_heading_is_escaped_and_pyvis_widgets_are_off(page: str) -> None:
    assert "<h1>Citations &lt;script&gt;alert(9)&lt;/script&gt;</h1>" in page
    assert "div.popup" not in page  # pyvis's raw-HTML tooltip
    assert 'id="select-node"' not in page  # pyvis's select menu
    assert "<center>" not in page  # pyvis's empty headings


def test_pyvis_gets_integer_ids_escaped_labels_and_no_titles(page: str) -> None:
    nodes = _vis(page, "nodes")
    assert len(nodes) == 9 and [n["id"] for n in nodes] == list(range(9))
    assert not any("title" in n for n in nodes)  # no vis-network tooltip
    evil = next(n for n in nodes if "onerror" in n["label"])
    assert evil["label"] == "&lt;img src=x onerror=alert(1)&gt;"


@pytest.mark.parametrize(("label", "key", "value"), [
    ("S/RES/1500 (2003)", "url", "https://undocs.org/S/RES/1500(2003)"),  # the link
    ("S/RES/1500 (2003)", "key", "S/RES/1500(2003)"),  # what the search box matches
    ("S/RES/1000 (1995)", "topic", "The situation concerning Iraq"),  # title when no agenda
    ("S/RES/1400 (2002)", "date", "2002-09-05"),  # the adoption date
    ("United Nations Convention against Transnational Organized Crime", "url", ""),  # no symbol
])
def test_node_data(page: str, label: str, key: str, value: str) -> None:
    data = _data(page)
    assert data["nodes"][key][_node(data, label)] == value


@pytest.mark.parametrize(("node_type", "group"), [
    ("SecurityCouncilResolution", "Security Council resolution"),  # a class below Document
    ("PresidentialStatement", "Presidential statement"),  # another
    ("Treaty", "Instrument"),  # its category
    ("Committee", "Body"),  # its category
    ("Document", "UN document"),  # Document itself
])
def test_node_groups_come_from_the_ontology(node_type: str, group: str) -> None:
    from graph.vocab import class_label

    assert class_label(node_group(node_type)).lower() == group.lower()


def test_edges_are_coloured_by_characterization(page: str) -> None:
    data = _data(page)
    slugs = [v["slug"] for v in data["verbs"]]
    colour = {}
    for verbs, c in zip(data["edges"]["verbs"], data["edges"]["colour"]):
        if len(verbs) == 1:
            colour[slugs[verbs[0]]] = c
    assert colour["decides"] != colour["recalls"] != colour["calls-upon"]
    legend = page.split('id="unsc-verbs"')[1].split("</fieldset>")[0]
    assert "recalls" in legend and "decides" in legend  # the filter is the legend


@pytest.mark.parametrize(("kwargs", "shown", "total"), [
    ({"max_nodes": 3}, 3, 9),  # capped by PageRank
    ({"focus": "S/RES/1500 (2003)"}, 6, 6),  # R6 and what it cites
    ({"focus": "S/RES/1000 (1995)", "depth": 2}, 7, 7),  # R1..R6 and untoc (via R5)
    ({"since": 2003}, 6, 6),  # only R6's citations
    ({"focus": "S/RES/1500 (2003)", "max_nodes": 1}, 1, 6),  # the focus survives the cap
])
def test_views(small: ox.Store, kwargs: dict, shown: int, total: int) -> None:
    page = generate_page(small, **kwargs)
    assert len(_data(page)["nodes"]["label"]) == shown
    assert f"Showing {shown} of {total} nodes" in page
    assert (f"({total - shown} hidden" in page) == (shown < total)
    if shown < total:
        assert "--max-nodes" in page  # the page names the option that shows the rest


def test_cap_keeps_the_most_cited(G: nx.DiGraph) -> None:
    assert _data(generate_page(G, max_nodes=1))["nodes"]["label"] == ["S/RES/1000 (1995)"]


def test_focus_opens_with_its_details(G: nx.DiGraph) -> None:
    data = _data(generate_page(G, focus="S/RES/1500 (2003)", max_nodes=1))
    assert data["nodes"]["label"] == ["S/RES/1500 (2003)"] and data["focus"] == 0


def test_large_view_is_laid_out_in_python() -> None:
    H = nx.gnp_random_graph(PHYSICS_MAX_NODES + 10, 0.02, seed=3, directed=True)
    page = generate_page(H)
    assert '"physics": {"enabled": false}' in page
    assert all("x" in n and "y" in n for n in _vis(page, "nodes"))
    # its edges are drawn by the page's script, not built by vis-network
    assert _vis(page, "edges") == [] and len(_data(page)["edges"]["from"]) == H.number_of_edges()


def test_small_view_keeps_the_browsers_physics(G: nx.DiGraph) -> None:
    page = generate_page(G)
    assert '"physics": {"enabled": true' in page and len(_vis(page, "edges")) == 14


def test_timeline_puts_the_dates_across(panel_page: str) -> None:
    data, nodes = _data(panel_page), _vis(panel_page, "nodes")
    dated = sorted((d, i) for i, d in enumerate(data["nodes"]["date"]) if d)
    xs = [nodes[i]["x"] for _, i in dated]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    timeline = data["timeline"]
    assert (timeline["first"], timeline["last"]) == (1950, 1994)
    assert timeline["bands"] and all(b["top"] < b["bottom"] for b in timeline["bands"])
    assert '"physics": {"enabled": false}' in panel_page  # even for five nodes


def test_the_panel_data_holds_the_citing_paragraphs(panel_page: str) -> None:
    data = _data(panel_page)
    p, c = data["paragraphs"], data["contexts"]
    rows = {(data["nodes"]["label"][p["doc"][c["para"][i]]], p["num"][c["para"][i]],
             data["nodes"]["label"][c["cited"][i]], data["verbs"][c["verb"][i]]["slug"])
            for i in range(len(c["para"]))}
    assert rows == {
        ("S/RES/200 (1965)", "PP1", "S/RES/100 (1950)", "recalls"),
        ("S/RES/200 (1965)", "OP1", "S/RES/100 (1950)", "reaffirms"),
        ("S/RES/300 (1971)", "OP2", "S/RES/200 (1965)", "decides"),
        ("S/RES/300 (1971)", "OP3", "Treaty on the Non-Proliferation of Nuclear Weapons",
         "takes-note"),
        ("S/PRST/1994/9", "P1", "S/RES/300 (1971)", "recalls"),
    }


@pytest.mark.parametrize(("lang", "where", "expected"), [
    # the page's own words
    ("zh", lambda d: d["ui"]["reset"], "全部显示"),
    ("en", lambda d: d["ui"]["reset"], "Show all"),
    # a verb's label
    ("zh", lambda d: next(v["label"] for v in d["verbs"] if v["slug"] == "recalls"), "回顾"),
    # a title in Chinese
    ("zh", lambda d: d["nodes"]["title"][d["nodes"]["label"].index("S/RES/100 (1950)")],
     "关于大韩民国遭受侵略的控诉"),
    # an instrument's name in Chinese, its label when it has no symbol
    ("zh", lambda d: d["nodes"]["label"][-1], "不扩散核武器条约"),
    # a paragraph in Chinese where the graph has it, in English where not
    ("zh", lambda d: sorted(d["paragraphs"]["lang"]), ["en", "en", "zh", "zh", "zh-hant"]),
    ("en", lambda d: sorted(d["paragraphs"]["lang"]), ["en"] * 5),
])
def test_languages(panel: ox.Store, lang: str, where, expected) -> None:
    page = generate_page(panel, lang=lang)
    assert where(_data(page)) == expected
    assert f'<body lang="{lang}">' in page


@pytest.mark.parametrize("kwargs", [
    {"size_by": "eigenvector"},  # unknown metric
    {"max_nodes": 0},  # nothing to show
    {"focus": "S/RES/9999 (2099)"},  # not in the graph
    {"layout": "circle"},  # unknown layout
    {"lang": "fr"},  # no such language
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


def test_text_that_looks_like_an_address_is_no_load() -> None:
    # a label "src=//x" is data: written with "//" broken, the page stays offline
    G = nx.DiGraph([("a", "b")])
    G.nodes["a"]["label_en"] = "<img src=//remote.example/x.png>"
    assert_offline(generate_page(G))


def test_write_page(G: nx.DiGraph, tmp_path: Path) -> None:
    path = write_page(G, tmp_path / "g.html")
    assert path.read_text(encoding="utf-8").startswith("<html")
    assert list(tmp_path.iterdir()) == [path]


_COPIES_SCRIPT = """
import hashlib, sys, networkx as nx
from graph.viz import generate_page
G = nx.DiGraph()
for k in range(80):  # copies of one pattern: many equal PageRank scores, as in the scale series
    hub = f"https://w3id.org/unsc-graph/id/doc/S/RES/{k}0(1990)"
    G.add_node(hub, symbol=f"S/RES/{k}0 (1990)", type="SecurityCouncilResolution", year=1990)
    for j in range(1, 6):
        n = f"https://w3id.org/unsc-graph/id/doc/S/RES/{k}{j}(1991)"
        G.add_node(n, symbol=f"S/RES/{k}{j} (1991)", type="SecurityCouncilResolution", year=1991)
        G.add_edge(n, hub, weight=1, characterizations=("recalls",), characterization="recalls")
print(hashlib.sha256(generate_page(G, max_nodes=170, layout=sys.argv[1]).encode()).hexdigest())
"""


@pytest.mark.parametrize("layout", ["default", "timeline"])
def test_large_page_is_the_same_in_every_process(layout: str) -> None:
    # string hashing is seeded per process: a page laid out from set order (subgraph of a set)
    # changed from one run to the next; with the nodes sorted it must not
    import os
    import subprocess
    import sys

    digests = set()
    for seed in ("1", "2", "3"):
        done = subprocess.run([sys.executable, "-c", _COPIES_SCRIPT, layout], capture_output=True,
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


@pytest.mark.parametrize(("argv", "expected"), [
    # the timeline in Chinese: the seed's citations, Chinese words, timeline data
    (["--layout", "timeline", "--lang", "zh"], ['<body lang="zh">', '"timeline":{"bands"']),
    # the defaults: English, force layout (physics for a view this small)
    ([], ['<body lang="en">', '"timeline":null']),
])
def test_cli_writes_the_page(seed_build, tmp_path, argv, expected):
    from graph.cli import main

    out = tmp_path / "p.html"
    assert main(["viz", "--graph", str(seed_build), "-o", str(out), *argv]) == 0
    page = out.read_text(encoding="utf-8")
    for text in expected:
        assert text in page
    assert "S/RES/2388 (2017)" in _data(page)["nodes"]["label"]


# --- in a real browser --------------------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
READY = "document.body && document.body.dataset.ready === '1'"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium absent: apt-get install -y chromium chromium-driver")
    pytest.importorskip("websocket", reason="websocket-client not installed")
    from tests.browser import Chromium

    with Chromium(CHROMIUM, timeout=60) as b:
        yield b


def _click(browser, node: int) -> None:
    """A real mouse click on the node's place on the canvas."""
    x, y = browser.evaluate(
        f"(() => {{ const p = network.canvasToDOM(network.getPositions([{node}])[{node}]);"
        " const r = document.querySelector('#mynetwork canvas').getBoundingClientRect();"
        " return [r.left + p.x, r.top + p.y]; })()")
    for kind in ("mousePressed", "mouseReleased"):
        browser.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y,
                                                  "button": "left", "clickCount": 1})
    browser.pump(0.5)


def _panel(browser) -> str:
    return browser.evaluate("document.getElementById('unsc-panel').textContent")


def _no_harm(browser) -> None:
    assert browser.dialogs == []  # no alert fired
    assert browser.errors == []  # no console errors or exceptions
    assert browser.requests and all(u.startswith(("file://", "data:")) for u in browser.requests)
    assert browser.evaluate("document.querySelectorAll('img, script[src], iframe').length") == 0


def test_panel_and_filters_in_headless_chromium(panel: ox.Store, tmp_path_factory,
                                                browser) -> None:
    path = write_page(panel, tmp_path_factory.mktemp("viz") / "page.html", layout="timeline")
    browser.requests.clear()
    browser.load(path.as_uri(), ready=READY)
    canvas = browser.evaluate(
        "Array.from(document.querySelectorAll('#mynetwork canvas')).map(c => [c.width, c.height])")
    assert canvas and all(w > 0 and h > 0 for w, h in canvas)
    data = browser.evaluate("unsc.data")
    label = data["nodes"]["label"]
    r300, r200, prst = (label.index(s) for s in ("S/RES/300 (1971)", "S/RES/200 (1965)",
                                                  "S/PRST/1994/9"))
    npt = label.index("Treaty on the Non-Proliferation of Nuclear Weapons")

    # the panel, opened by a real click on the canvas
    _click(browser, r300)
    assert browser.evaluate("network.getSelectedNodes()") == [r300]
    text = _panel(browser)
    for shown in (
        "S/RES/300 (1971)", "Security Council resolution", "1971-10-12",  # symbol, kind, date
        INJECTED_AGENDA,  # the agenda item, as text
        "S/PRST/1994/9", "P1", "recalls",  # a paragraph that cites it, with its verb
        "The Security Council recalls its resolution 300 (1971).",  # and its text
        "OP2", "decides", "Decides, as in its resolution 200 (1965)",  # one it cites
        f"Takes note of the Treaty {INJECTED_TEXT} & of its review.",  # hostile text, as text
    ):
        assert shown in text, shown
    link = browser.evaluate("Array.from(document.querySelectorAll('#unsc-panel a'))"
                            ".map(a => [a.href, a.rel, a.target])")
    assert link == [["https://undocs.org/S/RES/300(1971)", "noopener noreferrer", "_blank"]]
    browser.evaluate(f"unsc.select({label.index('S/RES/100 (1950)')})")
    assert "9-0-1" in _panel(browser)  # the vote

    # hovering the instrument: its name in the tooltip, as text
    browser.evaluate(f"unsc.select({npt})")
    assert "Treaty on the Non-Proliferation of Nuclear Weapons" in _panel(browser)

    def shown() -> list[int]:
        return sorted(browser.evaluate("unsc.shown()"))

    everything = list(range(len(label)))
    assert shown() == everything
    vis_hidden = "nodes.get().filter(n => n.hidden).map(n => n.id).sort()"
    # the kind filter: presidential statements off
    kind = data["groups"].index(next(g for g in data["groups"]
                                     if g["name"] == "Presidential statement"))
    browser.evaluate(f"document.querySelector('input[name=unsc-kind][value=\"{kind}\"]').click()")
    assert shown() == [n for n in everything if n != prst]
    assert browser.evaluate(vis_hidden) == [prst]  # hidden in vis-network too
    browser.evaluate("unsc.reset()")
    # the year range: 1960-1980 keeps 1965 and 1971, and the undated treaty cited from 1971
    browser.evaluate("document.getElementById('unsc-from').value = '1960';"
                     "document.getElementById('unsc-to').value = '1980';"
                     "document.getElementById('unsc-from').dispatchEvent("
                     "new Event('change', {bubbles: true}))")
    assert shown() == sorted([r200, r300, npt])
    browser.evaluate("unsc.reset()")
    # the characterization filter: only "decides": the one edge and its two ends
    browser.evaluate("document.querySelectorAll('input[name=unsc-verb]').forEach(b => {"
                     " if (b.value !== 'decides') { b.click(); } })")
    assert shown() == sorted([r200, r300])
    browser.evaluate("unsc.reset()")
    assert shown() == everything
    # re-centring on S/RES/300's ego network through the panel's button: one step
    browser.evaluate(f"unsc.select({r300})")
    browser.evaluate("document.getElementById('unsc-ego').click()")
    assert shown() == sorted([r300, r200, npt, prst])
    # two steps reach S/RES/100 through S/RES/200
    browser.evaluate("document.getElementById('unsc-depth').value = '2';"
                     "document.getElementById('unsc-ego').click()")
    assert shown() == everything
    browser.evaluate("document.getElementById('unsc-reset').click()")
    assert shown() == everything

    # the search box finds a resolution typed loosely
    browser.evaluate("document.getElementById('unsc-search').value = 's/res/200(1965)';"
                     "document.querySelector('#unsc-search-form button').click()")
    assert browser.evaluate("network.getSelectedNodes()") == [r200]
    assert "Reaffirms its resolution 100 (1950);" in _panel(browser)

    shot = tmp_path_factory.mktemp("shot") / "viz-screenshot.png"
    browser.screenshot(shot)  # to a temporary folder: a test never writes into the checkout
    assert shot.read_bytes().startswith(b"\x89PNG")
    _no_harm(browser)


def test_injected_label_is_text_on_hover_and_in_the_panel(small: ox.Store, tmp_path_factory,
                                                          browser) -> None:
    path = write_page(small, tmp_path_factory.mktemp("viz") / "page.html", title="Fixture")
    browser.requests.clear()
    browser.load(path.as_uri(), ready=READY)
    assert browser.evaluate("network.body.data.nodes.length") == 9
    assert browser.evaluate("network.body.data.edges.length") == 14  # physics: vis's edges
    evil = browser.evaluate(f"unsc.data.nodes.label.indexOf({json.dumps(INJECTED)})")
    # drawn on the canvas as this text (decoded from what pyvis got)
    assert browser.evaluate(f"nodes.get({evil}).label") == INJECTED
    x, y = browser.evaluate(
        f"(() => {{ const p = network.canvasToDOM(network.getPositions([{evil}])[{evil}]);"
        " const r = document.querySelector('#mynetwork canvas').getBoundingClientRect();"
        " return [r.left + p.x, r.top + p.y]; })()")
    browser.move_mouse(x, y)
    browser.pump(1.0)
    assert INJECTED in browser.evaluate("document.getElementById('unsc-tip').textContent")
    browser.evaluate(f"unsc.select({evil})")
    assert INJECTED in _panel(browser)
    _no_harm(browser)


def test_chinese_page_in_headless_chromium(panel: ox.Store, tmp_path_factory, browser) -> None:
    path = write_page(panel, tmp_path_factory.mktemp("viz") / "page.html", lang="zh")
    browser.requests.clear()
    browser.load(path.as_uri(), ready=READY)
    r200 = browser.evaluate("unsc.data.nodes.label.indexOf('S/RES/200 (1965)')")
    browser.evaluate(f"unsc.select({r200})")
    text = _panel(browser)
    assert "回顾其关于朝鲜问题的第100(1950)号决议，" in text  # the paragraph in Chinese
    assert "決定，如其第200(1965)號決議，繼續處理此案。" in text  # traditional where only that
    assert "回顾" in text and "引用它的段落" in text  # verb and heading in Chinese
    assert browser.evaluate("document.querySelector('#unsc-panel q[lang=zh]') !== null")
    _no_harm(browser)


def test_a_large_page_loads_and_renders(tmp_path_factory, browser) -> None:
    # the synthetic record (benchmarks/viz_synthetic.py) at about 2,000 nodes, timeline: the
    # page becomes interactive and draws; how fast is benchmarks/viz_load.py's question
    from benchmarks.viz_synthetic import generate_synthetic

    store = ox.Store()
    store.bulk_load(generate_synthetic(2000), format=ox.RdfFormat.N_QUADS)
    path = write_page(store, tmp_path_factory.mktemp("viz") / "large.html", layout="timeline")
    browser.requests.clear()
    browser.load(path.as_uri(), ready=READY, timeout=120)
    nodes = browser.evaluate("network.body.data.nodes.length")
    assert nodes == len(browser.evaluate("unsc.data.nodes.label")) > 1800
    # the canvas holds a drawing: many pixels that are not background
    inked = browser.evaluate(
        "(() => { const c = document.querySelector('#mynetwork canvas');"
        " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        " let n = 0; for (let i = 0; i < d.length; i += 4) {"
        "  if (d[i + 3] > 0 && (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200)) { n++; } }"
        " return n / (c.width * c.height); })()")
    assert inked > 0.02
    top = browser.evaluate("(() => { const d = unsc.data, c = new Array(d.nodes.label.length)"
                           ".fill(0); d.edges.to.forEach(v => c[v]++);"
                           " return c.indexOf(Math.max(...c)); })()")
    browser.evaluate(f"unsc.select({top})")
    assert browser.evaluate("document.querySelectorAll('#unsc-panel li').length") > 5
    _no_harm(browser)
