"""Interactive pages of the citation network: one self-contained HTML file (pyvis, vis-network).

This is the only module that imports pyvis. The page works offline, from a file, with no
server: vis-network (shipped inside the pyvis package) is inlined, pyvis's Bootstrap links to
jsdelivr are removed, a Content-Security-Policy forbids every load except inline code and
``data:`` images, and :func:`generate_page` refuses to return a page in which any
``src``/``href``/``url()`` still points to ``http(s)://``.

What the page offers (script and style in ``graph/static/network.js`` and ``network.css``):

* every node of the view drawn at once, laid out in Python (:mod:`graph.network.layout`) with
  physics off above :data:`PHYSICS_MAX_NODES` nodes: a force layout (``layout="default"``) or
  a timeline (``layout="timeline"``: date across, one band per community, named by its agenda
  item);
* a detail panel on click: symbol, kind, date, agenda item, title, vote, the link to
  undocs.org, and the paragraphs that cite the document and that it cites (text and verb,
  from :func:`graph.network.citation_contexts`);
* filters: a year range, the characterizations (verbs), the kinds of node; re-centring on the
  ego network of a node (1-3 steps); a search by symbol;
* labels and panel text in English or Chinese (``lang``), where the graph has them.

Size: a view of more than *max_nodes* nodes (default :data:`MAX_NODES`) keeps the nodes of
highest PageRank (the focus always) and says in its header how many are hidden and which options
show them (``--max-nodes``, or a narrower ``--since`` or ``--focus``/``--depth``). Measured in
headless Chromium on 2 cores (``benchmarks/viz_load.py``, synthetic record): 5,000 nodes and
25,000 edges are interactive in 1.6 s, 10,000 nodes in 1.9 s, 20,000 in 5.5 s (timeline) to
16 s (force layout); the default cap is the largest size measured well inside the 5 s target,
and the whole record (several thousand nodes) fits under it.

Safety: no string from the data reaches the page as HTML. The page's data is one JSON element
in which ``<``, ``>``, ``&`` and ``/`` are escaped, and the script puts text into the page only
with ``textContent`` or draws it on the canvas. What pyvis gets (node labels only: node ids
are integers, nodes have no ``title``, pyvis's heading and menus are not used) is HTML-escaped
first and decoded in the page without parsing markup.

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
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network
from rdflib import URIRef

from graph.errors import UsageError
from graph.iri import undocs_url
from graph.namespaces import UNSC
from graph.network import (
    CitationContext,
    betweenness,
    citation_contexts,
    citation_network,
    ego_network,
    find_node,
    force_layout,
    pagerank,
    timeline_layout,
    verb_labels,
)
from graph.network.layout import ordered_subgraph
from graph.resources import static_path
from graph.vocab import categories, category, class_label, depth, superclasses, unsc_classes

__all__ = ["generate_page", "write_page", "assert_offline", "node_group", "EDGE_COLOURS",
           "PHYSICS_MAX_NODES", "MAX_NODES", "LAYOUTS", "LANGUAGES"]

#: above this many nodes the layout is computed in Python and physics is off from the start
PHYSICS_MAX_NODES = 150
#: the most nodes a page draws by default: 10,000 load in headless Chromium in about 2 s
MAX_NODES = 10000
#: the layouts of :func:`generate_page`
LAYOUTS = ("default", "timeline")
#: the languages of labels and panel text
LANGUAGES = ("en", "zh")

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
_PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf",
            "#bcbd22", "#d62728", "#7f7f7f", "#393b79", "#637939")
#: shapes by category: documents are dots, every other category the next shape of this list
_SHAPES = ("hexagon", "square", "star", "triangle", "triangleDown", "diamond")
_OTHER_GROUP = ("Other", "#bbbbbb", "dot")

_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:")

_REMOTE_ATTR = re.compile(
    r"""(?:\b(?:src|href|action|poster|data|srcset|background)\s*=\s*["']?\s*(?:https?:)?"""
    r"""|url\(\s*["']?\s*(?:https?:)?)$""",
    re.I,
)

#: the page's own words, by language
_UI: dict[str, dict[str, str]] = {
    "en": {
        "title": "UN Security Council citation network",
        "showing": "Showing {n} of {t} nodes",
        "hidden": "{h} hidden: lowest PageRank. Show more with --max-nodes, or narrow the view "
                  "with --since or --focus and --depth",
        "layout_default": "Layout: force-directed, computed in Python.",
        "layout_timeline": "Layout: timeline, date across, one band per community (named by "
                           "its most frequent agenda item).",
        "size": "Node size: {s}.",
        "years": "Years", "kinds": "Kinds", "verbs": "Characterization of the citing clause",
        "no_verb": "none recorded", "reset": "Show all", "find_label": "Find by symbol",
        "find": "Find", "not_found": "not found in this view",
        "hidden_by_filters": "hidden by the filters", "status": "{n} nodes and {e} citations "
        "shown.", "ego_status": "Centred on {s}, {d} step(s).",
        "click": "Click a node to see what cites it and what it cites.",
        "name": "Name", "date": "Date", "agenda": "Agenda item", "title_": "Title",
        "vote": "Vote", "degree": "In this view", "degrees": "cited by {i} · cites {o}",
        "undated": "undated: placed at the date of its first citation", "link": "Text:",
        "centre": "Centre on its citations", "steps": "{n} step(s)",
        "cited_in": "Cited in ({n})", "cites": "Cites ({n})",
        "none": "none in this graph", "more": "… and {n} more", "smaller": "smaller communities",
        "community": "community {n}",
    },
    "zh": {
        "title": "联合国安全理事会决议引用网络",
        "showing": "显示 {t} 个节点中的 {n} 个",
        "hidden": "隐藏 {h} 个（PageRank 最低）。用 --max-nodes 显示更多，或用 --since、"
                  "--focus 和 --depth 缩小范围",
        "layout_default": "布局：力导向，由 Python 计算。",
        "layout_timeline": "布局：时间轴，横向为日期，每个社区一条带（以其最常见的议程项目命名）。",
        "size": "节点大小：{s}。",
        "years": "年份", "kinds": "类型", "verbs": "引用条款的定性", "no_verb": "未记录",
        "reset": "全部显示", "find_label": "按文号查找", "find": "查找",
        "not_found": "此视图中没有", "hidden_by_filters": "已被筛选隐藏",
        "status": "显示 {n} 个节点和 {e} 条引用。", "ego_status": "以 {s} 为中心，{d} 步。",
        "click": "点击节点，查看引用它的段落和它引用的文件。",
        "name": "名称", "date": "日期", "agenda": "议程项目", "title_": "标题", "vote": "表决",
        "degree": "此视图中", "degrees": "被引用 {i} 次 · 引用 {o} 个",
        "undated": "无日期：置于首次被引用的日期", "link": "全文：",
        "centre": "以其引用关系为中心", "steps": "{n} 步",
        "cited_in": "引用它的段落（{n}）", "cites": "它引用的段落（{n}）",
        "none": "此图中没有", "more": "……另有 {n} 条", "smaller": "较小的社区",
        "community": "社区 {n}",
    },
}


def _esc(text: Any) -> str:
    """HTML-escape data for pyvis; break the word ``href`` (pyvis switches to a raw-HTML
    tooltip when a title contains it) and ``//`` (so that no data looks like an address to
    :func:`assert_offline`).

    >>> _esc('<a href="//x">')
    '&lt;a hr&#101;f=&quot;/&#47;x&quot;&gt;'
    """
    escaped = html.escape(str(text), quote=True).replace("//", "/&#47;")
    if "href" not in escaped.lower():
        return escaped
    return re.sub(r"(?i)(hr)(e)(f)", lambda m: f"{m[1]}&#{ord(m[2])};{m[3]}", escaped)


def _json_for_html(data: Any) -> str:
    """JSON that can sit inside a ``<script>`` element: ``<``, ``>``, ``&``, ``/`` and the
    JavaScript line separators are escaped (inside strings, where they only can occur).

    >>> _json_for_html({"t": "</script><b>&"})
    '{"t":"\\\\u003c\\\\/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("/", "\\/"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


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


# --- kinds of node: from the ontology -----------------------------------------------------------


@cache
def _groups() -> tuple[URIRef, ...]:
    """Every group a node can fall in, in a fixed order: the classes just below
    ``unsc:Document``, ``unsc:Document`` itself, then the other categories (IRI order)."""
    documents = sorted(c for c in unsc_classes()
                       if c != UNSC.Document and category(c) == UNSC.Document and depth(c) == 1)
    others = [c for c in categories() if c != UNSC.Document]
    return (*documents, UNSC.Document, *others)


def node_group(node_type: str) -> URIRef | None:
    """The group of a node of ``type`` *node_type* (a ``unsc:`` local name): a document falls
    in the class just below ``unsc:Document`` that it belongs to (resolution, statement,
    report …), anything else in its category (instrument, body …); ``None`` when the
    ontology does not know the class.

    >>> [str(node_group(t)).rsplit("#", 1)[-1] for t in ("Treaty", "Committee", "Report")]
    ['Instrument', 'Body', 'Report']
    >>> node_group("Entity") is None
    True
    """
    cls = URIRef(str(UNSC) + node_type)
    top = category(cls)
    if top is None:
        return None
    if top == UNSC.Document:
        below = [c for c in superclasses(cls) if c in _groups() and c != UNSC.Document]
        return min(below, key=str) if below else UNSC.Document
    return top


def _style(group: URIRef | None, lang: str, index: int) -> tuple[str, str, str]:
    """``(label, colour, shape)`` of a group: the colour of rank *index* (the groups of a page
    are ranked by their number of nodes, so its commonest kind is blue), the shape of its
    category (documents are dots)."""
    if group is None:
        return _OTHER_GROUP
    label = class_label(group, lang)
    top = category(group)
    shape = "dot" if top == UNSC.Document else _SHAPES[
        [c for c in categories() if c != UNSC.Document].index(top) % len(_SHAPES)]
    return label[:1].upper() + label[1:], _PALETTE[index % len(_PALETTE)], shape


# --- choosing what to show ----------------------------------------------------------------------


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


def _short(text: str, n: int = 32) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _sorted_edges(H: nx.DiGraph) -> list[tuple[Any, Any, dict[str, Any]]]:
    """The edges of *H* with their data, in the order of their ids in the page."""
    return sorted(H.edges(data=True), key=lambda e: (str(e[0]), str(e[1])))


def _name(d: Mapping[str, Any], lang: str) -> str:
    """A node's name in *lang*: its label there, else the other language's."""
    other = "zh" if lang == "en" else "en"
    return str(d.get(f"label_{lang}") or d.get(f"label_{other}") or "")


# --- the page's data ----------------------------------------------------------------------------


def _page_data(
    H: nx.DiGraph, nodes: Sequence[Any], groups: Sequence[URIRef | None],
    contexts: Iterable[CitationContext], verbs: Mapping[str, str], lang: str,
    ui: Mapping[str, str], timeline: Any, physics: bool, focus: int | None,
) -> dict[str, Any]:
    """Everything the page's script reads, as lists indexed by node and edge id."""
    ids = {n: i for i, n in enumerate(nodes)}
    group_ids = {g: i for i, g in enumerate(groups)}
    undated = set(timeline.undated) if timeline is not None else set()
    sizes = Counter(node_group(str(H.nodes[n].get("type", ""))) for n in nodes)
    rank = {g: i for i, g in enumerate(sorted(groups, key=lambda g: (-sizes[g], str(g))))}
    columns: dict[str, list[Any]] = {k: [] for k in (
        "label", "key", "group", "year", "date", "topic", "title", "vote", "name", "url",
        "undated")}
    for n in nodes:
        d = H.nodes[n]
        symbol = d.get("symbol")
        columns["label"].append(str(symbol or _name(d, lang) or d.get("label") or n))
        columns["key"].append(str(symbol).upper().replace(" ", "") if symbol else "")
        columns["group"].append(group_ids[node_group(str(d.get("type", "")))])
        year = d.get("year")
        columns["year"].append(year if isinstance(year, int) else None)
        columns["date"].append(str(d.get("date") or ""))
        columns["topic"].append(str(d.get("topic") or ""))
        other = "zh" if lang == "en" else "en"
        columns["title"].append(str(d.get(f"title_{lang}") or d.get(f"title_{other}") or ""))
        columns["vote"].append(str(d.get("vote") or ""))
        columns["name"].append(_name(d, lang) if symbol else "")
        columns["url"].append(str(undocs_url(str(symbol))) if symbol else "")
        columns["undated"].append(n in undated)

    edges = _sorted_edges(H)
    seen_verbs = sorted({v for _, _, d in edges for v in d.get("characterizations", ())})
    verb_ids = {v: i for i, v in enumerate(seen_verbs)}
    verb_list = [{"slug": v, "label": verbs.get(v, v.replace("-", " ")),
                  "colour": EDGE_COLOURS.get(v, _OTHER_EDGE)} for v in seen_verbs]
    if any(not d.get("characterizations") for _, _, d in edges):
        verb_list.append({"slug": "", "label": ui["no_verb"], "colour": _OTHER_EDGE})

    paragraphs: dict[tuple[int, str, int], int] = {}
    para: dict[str, list[Any]] = {"doc": [], "num": [], "text": [], "lang": []}
    ctx: dict[str, list[Any]] = {"para": [], "cited": [], "verb": []}
    for c in sorted(contexts):
        if c.citing not in ids or c.cited not in ids:
            continue
        key = (ids[c.citing], c.paragraph, c.position)
        if key not in paragraphs:
            paragraphs[key] = len(para["doc"])
            para["doc"].append(ids[c.citing])
            para["num"].append(c.paragraph)
            para["text"].append(c.text)
            para["lang"].append(c.lang)
        ctx["para"].append(paragraphs[key])
        ctx["cited"].append(ids[c.cited])
        ctx["verb"].append(verb_ids.get(c.verb))

    years = [y for y in columns["year"] if y is not None]
    data: dict[str, Any] = {
        "ui": dict(ui), "lang": lang, "physics": physics, "focus": focus,
        "groups": [dict(zip(("name", "colour", "shape"), _style(g, lang, rank[g])))
                   for g in groups],
        "verbs": verb_list, "nodes": columns,
        "edges": {"from": [ids[u] for u, _, _ in edges], "to": [ids[v] for _, v, _ in edges],
                  "verbs": [[verb_ids[v] for v in d.get("characterizations", ())]
                            for _, _, d in edges],
                  "weight": [int(d.get("weight", 1)) for _, _, d in edges],
                  "colour": [EDGE_COLOURS.get(str(d.get("characterization")), _OTHER_EDGE)
                             for _, _, d in edges]},
        "paragraphs": para, "contexts": ctx,
        "years": [min(years), max(years)] if years else [0, 0],
        "timeline": None,
    }
    if timeline is not None:
        bands = []
        for i, b in enumerate(timeline.bands, 1):
            name = ui["smaller"] if b.merged else (b.topic or ui["community"].format(n=i))
            bands.append({"top": b.top, "bottom": b.bottom,
                          "label": f"{_short(name, 60)} ({b.size})"})
        data["timeline"] = {"origin": timeline.origin, "width": timeline.year_width,
                            "first": timeline.first_year, "last": timeline.last_year,
                            "bands": bands}
    return data


def _filters(data: Mapping[str, Any], ui: Mapping[str, str]) -> str:
    """The filter form: year range, kinds, characterizations (every checkbox on)."""
    counts = Counter(data["nodes"]["group"])
    kinds = "".join(
        f'<label><input type="checkbox" name="unsc-kind" value="{i}" checked>'
        f'<span class="unsc-sw" style="background:{g["colour"]}"></span>{_esc(g["name"])} '
        f'<span class="unsc-n">{counts[i]}</span></label>'
        for i, g in enumerate(data["groups"]) if counts[i])
    per_verb = Counter(v for vs in data["edges"]["verbs"] for v in vs)
    unverbed = sum(1 for vs in data["edges"]["verbs"] if not vs)
    order = sorted(range(len(data["verbs"])), key=lambda i: (
        -(per_verb[i] if data["verbs"][i]["slug"] else unverbed), data["verbs"][i]["slug"]))
    verbs = "".join(  # the most frequent first
        f'<label><input type="checkbox" name="unsc-verb" value="{_esc(v["slug"])}" checked>'
        f'<span class="unsc-ln" style="background:{v["colour"]}"></span>{_esc(v["label"])} '
        f'<span class="unsc-n">{per_verb[i] if v["slug"] else unverbed}</span></label>'
        for i, v in ((i, data["verbs"][i]) for i in order))
    first, last = data["years"]
    return (
        '<form id="unsc-filters" autocomplete="off">'
        f'<fieldset><legend>{_esc(ui["years"])}</legend>'
        f'<input id="unsc-from" type="number" value="{first}" min="{first}" max="{last}"> – '
        f'<input id="unsc-to" type="number" value="{last}" min="{first}" max="{last}"></fieldset>'
        f'<fieldset id="unsc-kinds"><legend>{_esc(ui["kinds"])}</legend>{kinds}</fieldset>'
        f'<fieldset id="unsc-verbs"><legend>{_esc(ui["verbs"])}</legend>{verbs}</fieldset>'
        f'<p><button type="button" id="unsc-reset">{_esc(ui["reset"])}</button></p></form>'
    )


def generate_page(
    source: Any,
    *,
    focus: str | None = None,
    depth: int | None = None,
    since: int | None = None,
    max_nodes: int = MAX_NODES,
    size_by: str | None = "pagerank",
    layout: str = "default",
    lang: str = "en",
    title: str | None = None,
    contexts: Iterable[CitationContext] | None = None,
    verbs: Mapping[str, str] | None = None,
) -> str:
    """Return one self-contained, offline HTML page drawing a citation network.

    Parameters
    ----------
    source
        A citation network (:func:`graph.network.citation_network`), or a store, from which
        the network, the citing paragraphs (:func:`graph.network.citation_contexts`) and the
        verbs' labels are read.
    focus, depth
        Show only the documents within *depth* (default 1) citation steps of *focus*
        (a symbol or node IRI); the page opens with its details.
    since
        Keep only citations made by documents of this year or later.
    max_nodes
        Show at most this many nodes, those of highest PageRank (the focus always); the page
        says how many are hidden.
    size_by
        ``"pagerank"``, ``"indegree"``, ``"betweenness"`` or ``None``.
    layout
        ``"default"`` (force-directed; the browser's physics for small views) or
        ``"timeline"``.
    lang
        ``"en"`` or ``"zh"``: the page's words, node names, titles, verbs and paragraph text.
    title
        The page heading (escaped); default: the network's name in *lang*.
    contexts, verbs
        With a network as *source*: its citing paragraphs and the verbs' labels (slug ->
        label); without them the panel lists no paragraph text and verbs show as slugs.

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
    if layout not in LAYOUTS:
        raise UsageError(f"layout must be one of {', '.join(LAYOUTS)}, not {layout!r}")
    if lang not in LANGUAGES:
        raise UsageError(f"lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    store = None if isinstance(source, nx.Graph) else source
    G = citation_network(store) if store is not None else source
    ui = _UI[lang]
    title = ui["title"] if title is None else title

    view, center = _select_view(G, focus, depth, since)
    view = ordered_subgraph(view, view)
    total = len(view)
    pr = pagerank(view)
    order = sorted(view, key=lambda n: (-pr.get(n, 0.0), str(n)))
    kept = set(order[:max_nodes])
    if center is not None and center not in kept:
        kept.discard(order[max_nodes - 1])
        kept.add(center)
    H = ordered_subgraph(view, kept)
    hidden = total - len(H)
    if store is not None:
        contexts = citation_contexts(store, H, lang=lang)
        verbs = verb_labels(store, lang)
    sizes = _sizes(H, size_by, {n: pr.get(n, 0.0) for n in H})
    timeline = timeline_layout(H, pr=pr) if layout == "timeline" else None
    physics = timeline is None and len(H) <= PHYSICS_MAX_NODES
    pos = timeline.positions if timeline is not None else {} if physics else force_layout(H, pr)

    nodes = sorted(H, key=str)
    ids = {n: i for i, n in enumerate(nodes)}
    present = {node_group(str(H.nodes[n].get("type", ""))) for n in nodes}
    groups = [g for g in (*_groups(), None) if g in present]
    data = _page_data(H, nodes, groups, contexts or (), verbs or {}, lang, ui, timeline,
                      physics, ids.get(center))

    net = Network(height="80vh", width="100%", directed=True, cdn_resources="in_line",
                  heading="")
    styles = [data["groups"][g] for g in data["nodes"]["group"]]
    kwargs: dict[str, list[Any]] = {
        "label": [_esc(_short(label)) if not data["nodes"]["key"][i] else _esc(label)
                  for i, label in enumerate(data["nodes"]["label"])],
        "color": [s["colour"] for s in styles], "shape": [s["shape"] for s in styles],
        "size": [round(sizes[n], 2) for n in nodes],
    }
    if pos:
        kwargs["x"] = [round(pos[n][0], 1) for n in nodes]
        kwargs["y"] = [round(pos[n][1], 1) for n in nodes]
    net.add_nodes(list(range(len(nodes))), **kwargs)
    for record in net.nodes:
        record.pop("title", None)  # no vis-network tooltip: the page draws its own
    edge_data = data["edges"]
    if physics:  # the simulation needs vis-network's edges; a laid-out view draws its own
        node_ids, net.node_ids = net.node_ids, set(net.node_ids)  # O(1) checks in add_edge
        net.add_edges([(u, v, 1 + min(w, 5) * 0.6) for u, v, w in zip(
            edge_data["from"], edge_data["to"], edge_data["weight"])])
        net.node_ids = node_ids
        for i, record in enumerate(net.edges):
            record["id"] = i  # the index of the page's data
            record["color"] = edge_data["colour"][i]
    net.options = {
        "nodes": {"font": {"size": 12}, "borderWidth": 1},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "smooth": False,
                  "color": {"inherit": False}},
        "physics": ({"enabled": True, "solver": "forceAtlas2Based",
                     "stabilization": {"enabled": True, "iterations": 300, "fit": True}}
                    if physics else {"enabled": False}),
        "layout": {"improvedLayout": physics},
        "interaction": {"hover": True, "tooltipDelay": 150},
    }
    page = net.generate_html()
    if "div.popup" in page or "select-node" in page:
        raise AssertionError("pyvis switched to its raw-HTML tooltip or select menu")

    count = ui["showing"].format(n=len(H), t=total)
    if hidden:
        count += " (" + ui["hidden"].format(h=hidden) + ")"
    notes = [ui["layout_timeline" if timeline is not None else "layout_default"]]
    if size_by:
        notes.append(ui["size"].format(s=size_by))
    header = (
        f'<header id="unsc-header"><h1>{_esc(title)}</h1>'
        f'<p id="unsc-count">{_esc(count)}. {_esc(" ".join(notes))}</p>'
        + _filters(data, ui)
        + '<form id="unsc-search-form"><label>' + _esc(ui["find_label"])
        + ' <input id="unsc-search" type="search" placeholder="S/RES/2388 (2017)" size="22">'
        f'</label> <button type="submit">{_esc(ui["find"])}</button>'
        '<span id="unsc-search-status"></span></form>'
        '<p id="unsc-status"></p></header><div id="unsc-body">'
    )
    panel = (f'<aside id="unsc-panel"><p>{_esc(ui["click"])}</p></aside></div>'
             '<div id="unsc-tip"></div>'
             f'<script type="application/json" id="unsc-data">{_json_for_html(data)}</script>'
             f"<script>{static_path('network.js').read_text(encoding='utf-8')}</script>")
    page = _strip_remote(page)
    style = static_path("network.css").read_text(encoding="utf-8")
    page = page.replace(
        '<meta charset="utf-8">',
        f'<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        f"<title>{_esc(title)}</title>\n<style>{style}</style>", 1)
    page = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>", "", page)
    # header, then #unsc-body = pyvis's card + the panel, then the data and the script,
    # before pyvis's own script (which calls window.unscReady)
    page = _insert_once(page, "<body>", f'<body lang="{lang}">\n' + header)
    page = _insert_once(page, '<script type="text/javascript">',
                        panel + '\n<script type="text/javascript">')
    page = _insert_once(page, "return network;", "window.unscReady(network);\n return network;")
    assert_offline(page)
    return page


def _insert_once(page: str, marker: str, replacement: str) -> str:
    """Replace the first *marker* of the pyvis template; fail if the template changed."""
    if marker not in page:
        raise AssertionError(f"unexpected pyvis template: no {marker!r}")
    return page.replace(marker, replacement, 1)


def _strip_remote(page: str) -> str:
    """Remove every ``<link>`` and ``<script src=…>`` element that points off the page."""
    page = re.sub(r"<!--\s*<link\b.*?-->", "", page, flags=re.S)  # pyvis's commented-out link
    page = re.sub(r"^//# sourceMappingURL=[^\s<]*", "", page, flags=re.M)
    page = re.sub(r"""<link\b[^>]*\bhref\s*=\s*["']?\s*(?:https?:)?//[^>]*>""", "", page,
                  flags=re.I)
    return re.sub(r"""<script\b[^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?//[^>]*>\s*</script>""", "",
                  page, flags=re.I)


def write_page(source: Any, path: str | Path, **kwargs: Any) -> Path:
    """Write :func:`generate_page` of *source* to *path* (atomically) and return the path.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = write_page(nx.DiGraph([("b", "a")]), Path(d) / "g.html")
    ...     p.stat().st_size > 100_000
    True
    """
    page = generate_page(source, **kwargs)
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
