"""Ranked tables of the citation network, for ``unsc-graph network`` and the notebooks.

>>> G = nx.DiGraph([("b", "a"), ("c", "a")])
>>> [r["node"] for r in rank(G, "indegree", top=1)]
['a']
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx

from graph.errors import UsageError
from graph.network.metrics import (
    betweenness,
    betweenness_note,
    citation_lag,
    communities,
    community_topics,
    hits,
    pagerank,
)
from graph.network.project import citation_network

__all__ = ["rank", "network_report", "METRICS"]

#: metrics accepted by :func:`rank` and :func:`network_report`
METRICS = ("pagerank", "indegree", "hits", "betweenness", "communities", "lag")


def _describe(G: nx.Graph, n: str) -> dict[str, Any]:
    d = G.nodes[n]
    return {"node": d.get("label", n), "type": d.get("type", ""), "year": d.get("year", "")}


def _score(value: float) -> int | float:
    """A score as printed: a count stays an ``int``, any other value is rounded to six
    decimals, and a rounded ``-0.0`` becomes ``0.0``.

    >>> _score(3), _score(-1e-17), _score(0.12345678)
    (3, 0.0, 0.123457)
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return round(float(value), 6) + 0.0  # -0.0 + 0.0 == 0.0


def _ranked(G: nx.Graph, scores: Mapping[str, float], name: str, top: int) -> list[dict[str, Any]]:
    order = sorted(scores, key=lambda n: (-scores[n], str(G.nodes[n].get("label", n)), n))
    return [{"rank": i, **_describe(G, n), name: _score(scores[n])}
            for i, n in enumerate(order[:top], 1)]


def rank(G: nx.DiGraph, metric: str, top: int = 20) -> list[dict[str, Any]]:
    """Return the *top* rows of *metric* (one of :data:`METRICS`), best first.

    Rows of node metrics have ``rank, node, type, year`` and the metric's column(s);
    ``communities`` rows have ``rank, size, topic, members`` (the topic is the agenda item
    most of its members have, with their number; up to 10 members by PageRank, joined by
    ``"; "``); ``lag`` rows are the citations with the longest lag
    (``rank, citing, cited, lag``).

    Examples
    --------
    >>> G = nx.DiGraph([("b", "a"), ("c", "a")])
    >>> [r["node"] for r in rank(G, "indegree", top=1)]
    ['a']
    """
    if top < 1:
        raise UsageError(f"--top must be 1 or more, not {top}")
    if metric == "pagerank":
        return _ranked(G, pagerank(G), "pagerank", top)
    if metric == "indegree":
        return _ranked(G, dict(G.in_degree()), "in_degree", top)
    if metric == "betweenness":
        return _ranked(G, betweenness(G), "betweenness", top)
    if metric == "hits":
        hubs, auth = hits(G)
        rows = _ranked(G, auth, "authority", top)
        by_label = {r["rank"]: r for r in rows}
        order = sorted(auth, key=lambda n: (-auth[n], str(G.nodes[n].get("label", n)), n))
        for i, n in enumerate(order[:top], 1):
            by_label[i]["hub"] = _score(hubs[n])
        return rows
    if metric == "communities":
        pr = pagerank(G)
        rows = []
        groups = communities(G)[:top]
        for i, (c, topics) in enumerate(zip(groups, community_topics(G, groups, top=1)), 1):
            members = sorted(c, key=lambda n: (-pr.get(n, 0.0), n))[:10]
            rows.append({"rank": i, "size": len(c),
                         "topic": f"{topics[0][0]} ({topics[0][1]})" if topics else "",
                         "members": "; ".join(str(G.nodes[n].get("label", n)) for n in members)})
        return rows
    if metric == "lag":
        lags = citation_lag(G)
        order = sorted(lags, key=lambda e: (-lags[e], e))
        return [{"rank": i, "citing": G.nodes[u].get("label", u),
                 "cited": G.nodes[v].get("label", v), "lag": lags[(u, v)]}
                for i, (u, v) in enumerate(order[:top], 1)]
    raise UsageError(f"unknown metric {metric!r}; choose one of {', '.join(METRICS)}")


_COLUMNS = {
    "pagerank": ["rank", "node", "type", "year", "pagerank"],
    "indegree": ["rank", "node", "type", "year", "in_degree"],
    "hits": ["rank", "node", "type", "year", "authority", "hub"],
    "betweenness": ["rank", "node", "type", "year", "betweenness"],
    "communities": ["rank", "size", "topic", "members"],
    "lag": ["rank", "citing", "cited", "lag"],
}


def network_report(store: Any, metric: str, top: int = 20) -> tuple[list[str], list[list[Any]]]:
    """Return ``(columns, rows)`` of :func:`rank` over the citation network of *store*.

    For ``betweenness`` the last column's name says whether it is exact or sampled
    (``betweenness (sampled k=500 seed=42)``).

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> network_report(ox.Store(), "pagerank", 5)
    (['rank', 'node', 'type', 'year', 'pagerank'], [])
    """
    if metric not in _COLUMNS:
        raise UsageError(f"unknown metric {metric!r}; choose one of {', '.join(METRICS)}")
    G = citation_network(store)
    rows = rank(G, metric, top)
    columns = list(_COLUMNS[metric])
    table = [[r[c] for c in columns] for r in rows]
    if metric == "betweenness":
        columns[-1] = f"betweenness ({betweenness_note(G)})"
    return columns, table


