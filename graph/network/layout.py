"""Node positions computed in Python, so that a page of thousands of nodes opens drawn.

A force layout run in the browser does not settle on a few thousand nodes (still moving after
six minutes in headless Chromium at 3,000); positions computed here let the page switch physics
off. Two layouts:

* :func:`force_layout`: Fruchterman-Reingold on the most central nodes, every other node next
  to its placed neighbours;
* :func:`timeline_layout`: the date on the horizontal axis, one horizontal band per community
  (related documents near each other on the vertical axis), nodes packed in lanes inside it.

Both are deterministic: sorted node orders and a fixed seed.

>>> G = nx.DiGraph([("b", "a"), ("c", "a")])
>>> nx.set_node_attributes(G, {"a": 1990, "b": 1995, "c": 2000}, "year")
>>> t = timeline_layout(G)
>>> [n for n, _ in sorted(t.positions.items(), key=lambda kv: kv[1][0])]
['a', 'b', 'c']
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import networkx as nx

from graph.network.metrics import SEED, communities, community_topics, pagerank

__all__ = ["force_layout", "timeline_layout", "Timeline", "Band", "ordered_subgraph",
           "LAYOUT_CORE"]

#: nodes laid out by the force layout; the others are placed next to their neighbours
LAYOUT_CORE = 300

Position = tuple[float, float]


def ordered_subgraph(G: nx.Graph, nodes: Iterable[Any]) -> nx.Graph:
    """A copy of the subgraph of *G* on *nodes* whose nodes and edges are in sorted order.

    ``G.subgraph(a_set)`` iterates the set, whose order changes from one Python process to
    the next (string hashing is seeded): a force layout, PageRank's sums and the ties between
    equal scores would then change with it, and so the page.

    >>> list(ordered_subgraph(nx.DiGraph([('b', 'a'), ('c', 'b')]), {'c', 'b', 'a'}))
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


def force_layout(
    G: nx.Graph, pr: Mapping[Any, float] | None = None, *, core: int = LAYOUT_CORE,
) -> dict[Any, Position]:
    """Lay out *G*: Fruchterman-Reingold for the *core* nodes of highest PageRank, then every
    other node next to the mean of its already placed neighbours (breadth first from the core),
    with a seeded jitter; nodes not reachable from the core go on a ring around it.

    Linear beyond the core, where a full force layout of 3,000 nodes takes over 30 s. The
    coordinates are scaled with the square root of the number of nodes (canvas units).

    Examples
    --------
    >>> pos = force_layout(nx.path_graph(5))
    >>> sorted(pos) == [0, 1, 2, 3, 4] and pos == force_layout(nx.path_graph(5))
    True
    """
    if not len(G):
        return {}
    pr = pagerank(G) if pr is None else pr
    U = nx.Graph(G.to_undirected(as_view=True)) if G.is_directed() else nx.Graph(G)
    order = sorted(U, key=lambda n: (-pr.get(n, 0.0), str(n)))
    kernel = order[:core]
    pos = {n: (float(x), float(y)) for n, (x, y) in nx.spring_layout(
        ordered_subgraph(U, kernel), seed=SEED, iterations=60, method="force").items()}
    rng = random.Random(SEED)
    frontier = list(kernel)
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
    scale = 60.0 * math.sqrt(len(G))
    return {n: (x * scale, y * scale) for n, (x, y) in pos.items()}


# --- timeline -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Band:
    """One horizontal band of a timeline: a community (or the leftovers) and its extent."""

    top: float
    bottom: float
    size: int
    topic: str  # the agenda item most of its members have ("" when none has one)
    merged: bool = False  # the band of the groups smaller than ``min_band``


@dataclass
class Timeline:
    """A timeline layout: node positions, the bands, and the horizontal axis.

    The horizontal coordinate of a (fractional) year *t* is ``(t - origin) * year_width``.
    """

    positions: dict[Any, Position]
    bands: list[Band] = field(default_factory=list)
    origin: int = 0
    year_width: float = 1.0
    first_year: int = 0
    last_year: int = 0
    undated: list[Any] = field(default_factory=list)

    def x(self, year: float) -> float:
        """The horizontal coordinate of *year*."""
        return (year - self.origin) * self.year_width


def _when(d: Mapping[str, Any]) -> float | None:
    """The fractional year of a node: its ``date`` (the day's place in the year) or the middle
    of its ``year``; ``None`` when it has neither.

    >>> round(_when({"date": "2000-07-02"}), 2), _when({"year": 1990}), _when({})
    (2000.5, 1990.5, None)
    """
    text = str(d.get("date") or "")
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        day = None
    if day is not None:
        days = 366 if day.year % 4 == 0 and (day.year % 100 or day.year % 400 == 0) else 365
        return day.year + (day.timetuple().tm_yday - 0.5) / days
    if isinstance(d.get("year"), int):
        return d["year"] + 0.5
    return None


def _times(G: nx.DiGraph) -> tuple[dict[Any, float], list[Any]]:
    """Each node's fractional year; an undated node takes that of its earliest citing
    document (it existed by then), else of its latest cited one, else the median."""
    when = {n: t for n in G if (t := _when(G.nodes[n])) is not None}
    undated = sorted((n for n in G if n not in when), key=str)
    for n in undated:
        citers = [when[u] for u in G.predecessors(n) if u in when] if G.is_directed() else []
        cited = [when[v] for v in G.successors(n) if v in when] if G.is_directed() else []
        if citers:
            when[n] = min(citers)
        elif cited:
            when[n] = max(cited)
    if len(when) < len(G):
        dated = sorted(when.values())
        middle = dated[len(dated) // 2] if dated else 2000.5
        for n in undated:
            when.setdefault(n, middle)
    return when, undated


def _pack(items: list[tuple[float, Any]], gap: float) -> dict[Any, int]:
    """Put each ``(x, node)`` (in order) in the first lane — 0, 1, -1, 2, -2 … — whose last
    node is at least *gap* to its left; return each node's lane."""
    ends: dict[int, float] = {}
    lane_of = {}
    for x, n in items:
        k = 0
        while True:
            lane = (k + 1) // 2 * (1 if k % 2 else -1)
            if ends.get(lane, -math.inf) <= x - gap:
                break
            k += 1
        ends[lane] = x
        lane_of[n] = lane
    return lane_of


def timeline_layout(
    G: nx.DiGraph,
    groups: list[set[Any]] | None = None,
    pr: Mapping[Any, float] | None = None,
    *,
    min_band: int = 3,
    spacing: float = 28.0,
    aspect: float = 1.6,
) -> Timeline:
    """Lay *G* out on a timeline: date on the horizontal axis, communities as bands.

    Parameters
    ----------
    G
        A citation network; nodes with ``date`` (ISO) or ``year``. An undated node is put at
        the date of its earliest citing document (else of its latest cited one).
    groups
        The bands' members (default: :func:`graph.network.communities` of *G*). Groups smaller
        than *min_band* share one band at the bottom.
    pr
        Scores ordering the nodes of a year inside a band (default: PageRank): the highest
        nearest the band's middle line.
    spacing
        The least horizontal distance between two nodes of one lane, the lanes' height, and
        the least width of a year (canvas units; the pages draw nodes 8 to 40 units wide).
    aspect
        The wanted width / height of the whole drawing; the year width is chosen for it.

    Returns
    -------
    Timeline
        Positions, bands (top to bottom by the median date of their members) and axis.

    Examples
    --------
    >>> G = nx.DiGraph([("b", "a"), ("d", "c")])
    >>> nx.set_node_attributes(G, {"a": 1950, "b": 1960, "c": 1950, "d": 1960}, "year")
    >>> t = timeline_layout(G, [{"a", "b"}, {"c", "d"}], min_band=1)
    >>> t.positions["a"][1] == t.positions["b"][1] != t.positions["c"][1]
    True
    """
    if not len(G):
        return Timeline({})
    pr = pagerank(G) if pr is None else pr
    when, undated = _times(G)
    groups = communities(G) if groups is None else groups
    big = [sorted(g, key=str) for g in groups if len(g) >= min_band]
    small = sorted((n for g in groups if len(g) < min_band for n in g), key=str)
    placed = {n for g in big for n in g} | set(small)
    small += sorted((n for n in G if n not in placed), key=str)  # not in any group
    bands = sorted(big, key=lambda g: (sorted(when[n] for n in g)[len(g) // 2], str(g[0])))
    if small:
        bands.append(small)
    names = community_topics(G, bands, top=1)
    first = math.floor(min(when.values()))
    last = math.floor(max(when.values()))
    span = max(last + 1 - first, 1)

    def pack(year_width: float) -> list[dict[Any, int]]:
        out = []
        for members in bands:
            items = sorted(((when[n] - first) * year_width, -pr.get(n, 0.0), str(n), n)
                           for n in members)
            out.append(_pack([(x, n) for x, _, _, n in items], spacing))
        return out

    # choose the year width for the aspect: the bands' height depends on it (lanes)
    year_width = spacing * math.sqrt(len(G) * aspect) / span
    for _ in range(4):
        lanes = pack(year_width)
        height = sum((max(ls.values()) - min(ls.values()) + 2) * spacing for ls in lanes)
        width = span * year_width
        if abs(width / height - aspect) < 0.15 * aspect:
            break
        year_width *= math.sqrt(aspect * height / width)
    year_width = max(year_width, spacing)  # a small view still spreads over its years
    lanes = pack(year_width)
    positions: dict[Any, Position] = {}
    out_bands = []
    top = 0.0
    for i, (members, lane_of, topic) in enumerate(zip(bands, lanes, names)):
        low, high = min(lane_of.values()), max(lane_of.values())
        bottom = top + (high - low + 2) * spacing
        for n in members:
            positions[n] = (round((when[n] - first) * year_width, 1),
                            round(top + (lane_of[n] - low + 1) * spacing, 1))
        out_bands.append(Band(top, bottom, len(members), topic[0][0] if topic else "",
                              merged=bool(small) and i == len(bands) - 1))
        top = bottom
    return Timeline(positions, out_bands, first, year_width, first, last, undated)
