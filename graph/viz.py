"""Interactive pages of the citation network: one self-contained HTML file (pyvis, vis-network).

This is the only module that imports pyvis. The page works offline: vis-network (shipped inside
the pyvis package) is inlined, pyvis's Bootstrap links to jsdelivr are removed, a
Content-Security-Policy forbids every load except inline code and ``data:`` images, and
:func:`generate_page` refuses to return a page in which any ``src``/``href``/``url()`` still
points to ``http(s)://``.

Safety: every string that comes from the data (labels, symbols, topics, characterizations, the
page title) is HTML-escaped in Python before it reaches pyvis; pyvis's heading and select menu
are not used; node ids are integers. Tooltips are those escaped fragments, turned into DOM
elements in the page (so vis-network never parses raw data as HTML), and canvas labels are
decoded back to plain text, which a canvas draws as pixels.

>>> import networkx as nx
>>> G = nx.DiGraph([("b", "a")])
>>> nx.set_node_attributes(G, {"a": "S/RES/1 (1946)", "b": "S/RES/2 (1946)"}, "symbol")
>>> page = generate_page(G, title="<Demo>")
>>> "&lt;Demo&gt;" in page and "<Demo>" not in page
True
"""

from __future__ import annotations

import html
import json
import math
import os
import random
import re
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from graph.errors import UsageError
from graph.iri import undocs_url
from graph.network import SEED, betweenness, ego_network, find_node, pagerank

__all__ = ["generate_page", "write_page", "assert_offline", "NODE_STYLES", "EDGE_COLOURS",
           "PHYSICS_MAX_NODES", "LAYOUT_CORE"]

#: above this many nodes the layout is computed in Python and physics is off from the start
PHYSICS_MAX_NODES = 150
#: nodes laid out by a force layout in Python; the others are placed next to their neighbours
LAYOUT_CORE = 300

#: node type -> (legend group, colour, vis-network shape)
_GROUPS: dict[str, tuple[str, str]] = {
    "SC resolution": ("#1f77b4", "dot"),
    "Presidential statement": ("#ff7f0e", "diamond"),
    "GA resolution": ("#2ca02c", "square"),
    "Report": ("#9467bd", "triangle"),
    "Other document": ("#7f7f7f", "triangleDown"),
    "Instrument": ("#d62728", "star"),
    "Body": ("#8c564b", "hexagon"),
    "Armed group": ("#e377c2", "hexagon"),
    "Place": ("#17becf", "square"),
    "Other": ("#bcbd22", "dot"),
}
_TYPE_GROUP = {
    "SecurityCouncilResolution": "SC resolution",
    "PresidentialStatement": "Presidential statement",
    "GeneralAssemblyResolution": "GA resolution",
    "Report": "Report",
    "Document": "Other document",
    **{t: "Instrument" for t in ("Instrument", "Treaty", "Protocol", "Declaration",
                                 "PlanOfAction", "Publication", "Charter")},
    **{t: "Body" for t in ("Body", "Committee", "Office", "Mission", "Mechanism", "StateGroup")},
    "ArmedGroup": "Armed group",
    "Place": "Place",
}
#: legend group -> (colour, shape), for readers of the page
NODE_STYLES: Mapping[str, tuple[str, str]] = _GROUPS

#: characterization (verb slug) -> edge colour; others are drawn grey
EDGE_COLOURS: Mapping[str, str] = {
    "decides": "#d62728",
    "demands": "#b2182b",
    "calls-upon": "#ff7f0e",
    "urges": "#fdae61",
    "requests": "#9467bd",
    "reaffirms": "#2ca02c",
    "recalls": "#1f77b4",
    "endorses": "#8c564b",
    "welcomes": "#17becf",
    "takes-note": "#bcbd22",
    "notes": "#bcbd22",
    "refers-to": "#7f7f7f",
}
_OTHER_EDGE = "#aaaaaa"

_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:")

_REMOTE_ATTR = re.compile(
    r"""(?:\b(?:src|href|action|poster|data|srcset|background)\s*=\s*["']?\s*(?:https?:)?"""
    r"""|url\(\s*["']?\s*(?:https?:)?)$""",
    re.I,
)


def _esc(text: Any) -> str:
    """HTML-escape data, and break the word ``href`` (pyvis switches to a raw-HTML tooltip
    when a title contains it)."""
    escaped = html.escape(str(text), quote=True)
    if "href" not in escaped.lower():
        return escaped
    return re.sub(r"(?i)(hr)(e)(f)", lambda m: f"{m[1]}&#{ord(m[2])};{m[3]}", escaped)


def assert_offline(page: str) -> None:
    """Raise ``AssertionError`` if *page* loads anything from the network.

    Links shown as text are fine; ``src``/``href``/``url()``/``@import`` to ``http(s)://`` or
    ``//`` are not.

    >>> assert_offline('<p>https://undocs.org/S/RES/1(1946)</p>')
    >>> assert_offline('<script src="https://remote.example/x.js"></script>')
    Traceback (most recent call last):
    AssertionError: page loads a remote resource: 'src="https://'
    """
    if "@import" in page.lower():
        raise AssertionError("page loads a remote resource: '@import'")
    # find each "//" and look at what precedes it (one regex at every position is slow at 6 MB)
    at = page.find("//")
    while at >= 0:
        before = page[max(0, at - 40):at]
        m = _REMOTE_ATTR.search(before)
        if m:
            raise AssertionError(f"page loads a remote resource: {m.group(0) + '//'!r}")
        at = page.find("//", at + 2)


def _group(node_type: str) -> str:
    return _TYPE_GROUP.get(node_type, "Other")


def _short(text: str, n: int = 32) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _tooltip(d: Mapping[str, Any], indeg: int, outdeg: int) -> str:
    lines = [f"<b>{_esc(d.get('label', ''))}</b>", _esc(d.get("type", ""))]
    if d.get("label_en") and d.get("label_en") != d.get("label"):
        lines.append(_esc(d["label_en"]))
    if d.get("label_zh"):
        lines.append(_esc(d["label_zh"]))
    if d.get("date") or d.get("year"):
        lines.append("Date: " + _esc(d.get("date") or d.get("year")))
    if d.get("topic"):
        lines.append("Topic: " + _esc(_short(str(d["topic"]), 120)))
    lines.append(f"Cited by {indeg} · cites {outdeg} (in this view)")
    if d.get("symbol"):
        lines.append(_esc(str(undocs_url(str(d["symbol"])))))
    return "<br>".join(lines)


def _select_view(
    G: nx.DiGraph, focus: str | None, depth: int | None, since: int | None,
) -> tuple[nx.DiGraph, str | None]:
    H = G
    if since is not None:
        keep = [(u, v) for u, v in H.edges if H.nodes[u].get("year", since) >= since]
        H = H.edge_subgraph(keep).copy()
    center = None
    if focus is not None:
        if since is not None and H is not G:
            find_node(G, focus)  # not in the network at all: say so
            try:
                center = find_node(H, focus)
            except UsageError:
                raise UsageError(f"{focus!r} has no citation from {since} on (--since {since}): "
                                 "nothing to show around it") from None
        else:
            center = find_node(H, focus)
        H = ego_network(H, center, depth=1 if depth is None else depth, direction="both")
    return H, center


def _ordered_subgraph(G: nx.Graph, nodes: Iterable[Any]) -> nx.Graph:
    """A copy of the subgraph of *G* on *nodes* whose nodes and edges are in sorted order.

    ``G.subgraph(a_set)`` iterates the set, whose order changes from one Python process to
    the next (string hashing is seeded): the force layout, PageRank's sums and the ties
    between equal scores would then change with it, and so the page.

    >>> list(_ordered_subgraph(nx.DiGraph([('b', 'a'), ('c', 'b')]), {'c', 'b', 'a'}))
    ['a', 'b', 'c']
    """
    keep = sorted(set(nodes), key=str)
    kept = set(keep)
    H = G.__class__()
    H.graph.update(G.graph)
    H.add_nodes_from((n, G.nodes[n]) for n in keep)
    H.add_edges_from(sorted(((u, v, d) for u, v, d in G.edges(keep, data=True) if v in kept),
                            key=lambda e: (str(e[0]), str(e[1]))))
    return H


def _layout(H: nx.DiGraph, pr: Mapping[Any, float]) -> dict[Any, tuple[float, float]]:
    """Lay out *H* in Python: Fruchterman-Reingold for the :data:`LAYOUT_CORE` nodes of
    highest PageRank, then every other node next to the mean of its already placed neighbours
    (breadth first from the core), with a seeded jitter; unreachable nodes go on a ring.
    Linear beyond the core, where a full force layout of 3,000 nodes takes over 30 s."""
    U = nx.Graph(H.to_undirected(as_view=True))
    order = sorted(U, key=lambda n: (-pr.get(n, 0.0), str(n)))
    core = order[:LAYOUT_CORE]
    pos = {n: (float(x), float(y)) for n, (x, y) in nx.spring_layout(
        _ordered_subgraph(U, core), seed=SEED, iterations=60, method="force").items()}
    rng = random.Random(SEED)
    frontier = list(core)
    while frontier:
        nxt = []
        for n in frontier:
            for m in sorted(U[n], key=lambda m: (-pr.get(m, 0.0), str(m))):
                if m in pos:
                    continue
                placed = [pos[k] for k in U[m] if k in pos]
                angle, radius = rng.uniform(0, 2 * math.pi), rng.uniform(0.03, 0.12)
                pos[m] = (sum(p[0] for p in placed) / len(placed) + radius * math.cos(angle),
                          sum(p[1] for p in placed) / len(placed) + radius * math.sin(angle))
                nxt.append(m)
        frontier = nxt
    rest = [n for n in order if n not in pos]
    for i, n in enumerate(rest):
        angle = 2 * math.pi * i / max(len(rest), 1)
        pos[n] = (1.3 * math.cos(angle), 1.3 * math.sin(angle))
    scale = 60.0 * math.sqrt(max(len(H), 1))
    return {n: (x * scale, y * scale) for n, (x, y) in pos.items()}


def _sizes(H: nx.DiGraph, size_by: str | None, pr: Mapping[Any, float]) -> dict[Any, float]:
    if size_by in (None, "none"):
        return {n: 14.0 for n in H}
    if size_by == "pagerank":
        values = dict(pr)
    elif size_by == "indegree":
        values = {n: float(d) for n, d in H.in_degree()}
    elif size_by == "betweenness":
        values = betweenness(H)
    else:
        raise UsageError(
            f"size_by must be pagerank, indegree, betweenness or none, not {size_by!r}")
    top = max(values.values(), default=0.0) or 1.0
    return {n: 8.0 + 32.0 * math.sqrt(max(values.get(n, 0.0), 0.0) / top) for n in H}


def _legend(groups: list[str], verbs: list[str]) -> str:
    items = []
    for g in groups:
        colour, shape = _GROUPS[g]
        items.append(f'<li><span class="sw" style="background:{colour}"></span>'
                     f"{_esc(g)} <small>({_esc(shape)})</small></li>")
    for v in verbs:
        colour = EDGE_COLOURS.get(v, _OTHER_EDGE)
        items.append(f'<li><span class="ln" style="background:{colour}"></span>{_esc(v)}</li>')
    return '<ul id="unsc-legend">' + "".join(items) + "</ul>"


_STYLE = """<style>
#unsc-header{font-family:sans-serif;padding:4px 8px}
#unsc-header h1{font-size:20px;margin:4px 0}
#unsc-legend{list-style:none;padding:0;margin:4px 0;display:flex;flex-wrap:wrap;gap:4px 14px;
 font-size:13px}
#unsc-legend .sw{display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:4px}
#unsc-legend .ln{display:inline-block;width:18px;height:3px;margin:0 4px 3px 0}
#unsc-details{font-size:13px;min-height:1.2em;white-space:normal}
#unsc-search-status{font-size:13px;margin-left:8px}
</style>"""

_SCRIPT = """<script>
(function () {
  "use strict";
  function decode(s) { var t = document.createElement("textarea"); t.innerHTML = s;
    return t.value; }
  // Fragments were HTML-escaped in Python: they carry no markup from the data.
  function fragment(s) { var d = document.createElement("div"); d.innerHTML = s; return d; }
  function show(id) {
    var n = nodes.get(id);
    if (!n) { return; }
    document.getElementById("unsc-details").replaceChildren(fragment(n.info));
  }
  window.unscShow = show;
  window.unscReady = function (network) {
    nodes.update(nodes.get().map(function (n) {
      return {id: n.id, label: decode(n.label), title: fragment(n.info)}; }));
    edges.update(edges.get().map(function (e) {
      return {id: e.id, title: fragment(e.info)}; }));
    function settled() { network.setOptions({physics: {enabled: false}});
      document.body.setAttribute("data-layout", "done"); }
    if (PHYSICS) { network.once("stabilizationIterationsDone", settled); } else { settled(); }
    network.on("selectNode", function (p) { show(p.nodes[0]); });
    var box = document.getElementById("unsc-search");
    var status = document.getElementById("unsc-search-status");
    function find() {
      var q = box.value.toUpperCase().replace(/\\s+/g, "");
      if (!q) { return; }
      var all = nodes.get(), hit = null, i;
      for (i = 0; i < all.length && hit === null; i++) {
        if (decode(all[i].key) === q) { hit = all[i]; } }
      for (i = 0; i < all.length && hit === null; i++) {
        if (all[i].key && decode(all[i].key).indexOf(q) >= 0) { hit = all[i]; } }
      if (hit === null) { status.textContent = "not found in this view"; return; }
      status.textContent = "";
      network.selectNodes([hit.id]);
      network.focus(hit.id, {scale: 1.3, animation: false});
      show(hit.id);
    }
    document.getElementById("unsc-search-form").addEventListener("submit", function (ev) {
      ev.preventDefault(); find(); });
  };
})();
</script>"""


def generate_page(
    G: nx.DiGraph,
    *,
    focus: str | None = None,
    depth: int | None = None,
    since: int | None = None,
    max_nodes: int = 500,
    size_by: str | None = "pagerank",
    title: str = "UN Security Council citation network",
) -> str:
    """Return one self-contained, offline HTML page drawing the citation network *G*.

    Parameters
    ----------
    G
        A citation network (:func:`graph.network.citation_network`).
    focus, depth
        Show only the documents within *depth* (default 1) citation steps of *focus*
        (a symbol or node IRI).
    since
        Keep only citations made by documents of this year or later.
    max_nodes
        Show at most this many nodes, those of highest PageRank (the focus always); the page
        says how many are hidden.
    size_by
        ``"pagerank"``, ``"indegree"``, ``"betweenness"`` or ``None``.
    title
        The page heading (escaped).

    Returns
    -------
    str
        The HTML page; it passes :func:`assert_offline`.

    Examples
    --------
    >>> G = nx.DiGraph([("b", "a"), ("c", "a")])
    >>> page = generate_page(G, max_nodes=2)
    >>> "1 hidden" in page and "https://cdn" not in page
    True
    """
    if max_nodes < 1:
        raise UsageError(f"max_nodes must be 1 or more, not {max_nodes}")
    view, center = _select_view(G, focus, depth, since)
    view = _ordered_subgraph(view, view)
    total = len(view)
    pr = pagerank(view)
    order = sorted(view, key=lambda n: (-pr.get(n, 0.0), str(n)))
    kept = set(order[:max_nodes])
    if center is not None and center not in kept:
        kept.discard(order[max_nodes - 1])
        kept.add(center)
    H = _ordered_subgraph(view, kept)
    hidden = total - len(H)
    sizes = _sizes(H, size_by, {n: pr.get(n, 0.0) for n in H})
    physics = len(H) <= PHYSICS_MAX_NODES
    pos = {} if physics else _layout(H, pr)

    nodes = sorted(H, key=str)
    ids = {n: i for i, n in enumerate(nodes)}
    net = Network(height="78vh", width="100%", directed=True, cdn_resources="in_line",
                  heading="")
    labels, titles, colours, shapes, node_sizes = [], [], [], [], []
    for n in nodes:
        d = H.nodes[n]
        group = _group(str(d.get("type", "")))
        colour, shape = _GROUPS[group]
        shown = d.get("symbol") or _short(str(d.get("label_en") or d.get("label") or n))
        labels.append(_esc(shown))
        titles.append(_tooltip(d, H.in_degree(n), H.out_degree(n)))
        colours.append(colour)
        shapes.append(shape)
        node_sizes.append(round(sizes[n], 2))
    kwargs: dict[str, list[Any]] = {"label": labels, "title": titles, "color": colours,
                                    "shape": shapes, "size": node_sizes}
    if pos:
        kwargs["x"] = [round(pos[n][0], 1) for n in nodes]
        kwargs["y"] = [round(pos[n][1], 1) for n in nodes]
    net.add_nodes(list(range(len(nodes))), **kwargs)
    for n, record in zip(nodes, net.nodes):
        # extra fields for the page's own script: the escaped tooltip and the search key
        record["info"] = record["title"]
        record["title"] = ""  # replaced by a DOM element in the page
        symbol = H.nodes[n].get("symbol")
        record["key"] = _esc(str(symbol).upper().replace(" ", "")) if symbol else ""
        record["group_name"] = _esc(_group(str(H.nodes[n].get("type", ""))))

    edges = sorted(H.edges(data=True), key=lambda e: (str(e[0]), str(e[1])))
    node_ids, net.node_ids = net.node_ids, set(net.node_ids)  # O(1) checks in add_edge
    net.add_edges([(ids[u], ids[v], 1 + min(int(d.get("weight", 1)), 5) * 0.6)
                   for u, v, d in edges])
    net.node_ids = node_ids
    verbs_seen: set[str] = set()
    for i, ((u, v, d), record) in enumerate(zip(edges, net.edges)):
        verb = str(d.get("characterization") or "")
        verbs_seen.add(verb or "unknown")
        chars = ", ".join(str(c) for c in d.get("characterizations", ())) or "unknown"
        record["id"] = i
        record["color"] = EDGE_COLOURS.get(verb, _OTHER_EDGE)
        record["info"] = (f"{_esc(H.nodes[u].get('label', u))} → "
                          f"{_esc(H.nodes[v].get('label', v))}<br>{_esc(chars)}; "
                          f"{int(d.get('weight', 1))} paragraph(s)")
    net.options = {
        "nodes": {"font": {"size": 12}, "borderWidth": 1},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "smooth": False,
                  "color": {"inherit": False}},
        "physics": ({"enabled": True, "solver": "forceAtlas2Based",
                     "stabilization": {"enabled": True, "iterations": 300, "fit": True}}
                    if physics else {"enabled": False}),
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not physics},
    }
    page = net.generate_html()
    if "div.popup" in page or "select-node" in page:
        raise AssertionError("pyvis switched to its raw-HTML tooltip or select menu")

    groups = [g for g in _GROUPS if any(_group(str(H.nodes[n].get("type", ""))) == g for n in H)]
    count = f"Showing {len(H)} of {total} nodes"
    if hidden:
        count += f" ({hidden} hidden: lowest PageRank)"
    header = (
        f'<header id="unsc-header"><h1>{_esc(title)}</h1>'
        f'<p id="unsc-count">{_esc(count)}.'
        + (" Node size: " + _esc(size_by) + "." if size_by else "")
        + " Edge colour: characterization of the citing clause.</p>"
        '<form id="unsc-search-form"><label>Find a resolution by symbol '
        '<input id="unsc-search" type="search" placeholder="S/RES/2388 (2017)" size="24">'
        '</label> <button type="submit">Find</button><span id="unsc-search-status"></span>'
        "</form>" + _legend(groups, sorted(verbs_seen)) + '<div id="unsc-details"></div></header>'
    )
    script = _SCRIPT.replace("PHYSICS", json.dumps(physics))
    page = _strip_remote(page)
    page = page.replace('<meta charset="utf-8">',
                        f'<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" '
                        f'content="{_CSP}">\n<title>{_esc(title)}</title>\n{_STYLE}\n{script}', 1)
    page = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>", "", page)
    page = page.replace("<body>", "<body>\n" + header, 1)
    if "return network;" not in page:
        raise AssertionError("unexpected pyvis template: no 'return network;'")
    page = page.replace("return network;", "window.unscReady(network);\n return network;", 1)
    assert_offline(page)
    return page


def _strip_remote(page: str) -> str:
    """Remove every ``<link>`` and ``<script src=…>`` element that points off the page."""
    page = re.sub(r"<!--\s*<link\b.*?-->", "", page, flags=re.S)  # pyvis's commented-out link
    page = re.sub(r"^//# sourceMappingURL=[^\s<]*", "", page, flags=re.M)
    page = re.sub(r"""<link\b[^>]*\bhref\s*=\s*["']?\s*(?:https?:)?//[^>]*>""", "", page,
                  flags=re.I)
    return re.sub(r"""<script\b[^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?//[^>]*>\s*</script>""", "",
                  page, flags=re.I)


def write_page(G: nx.DiGraph, path: str | Path, **kwargs: Any) -> Path:
    """Write :func:`generate_page` of *G* to *path* (atomically) and return the path.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = write_page(nx.DiGraph([("b", "a")]), Path(d) / "g.html")
    ...     p.stat().st_size > 100_000
    True
    """
    page = generate_page(G, **kwargs)
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(page)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
