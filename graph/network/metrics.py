"""Metrics of a citation network (a ``networkx.DiGraph`` of :mod:`graph.network.project`).

Pure functions of the graph: nothing here reads the store. Randomised algorithms (Louvain,
sampled betweenness) take the fixed :data:`SEED`, so the same graph gives the same answer.

>>> G = nx.DiGraph([("b", "a"), ("c", "a"), ("c", "b")])
>>> G.nodes["a"]["year"], G.nodes["b"]["year"], G.nodes["c"]["year"] = 1990, 1995, 2000
>>> sorted(citation_lag(G).values())
[5, 5, 10]
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

__all__ = [
    "degree_table", "pagerank", "hits", "betweenness", "betweenness_note", "communities",
    "core_number", "k_core", "citation_lag", "citations_per_year", "most_recalled_by_decade",
    "characterizations_by_decade", "central_by_era", "community_topics", "ERAS", "SEED",
    "BETWEENNESS_EXACT_MAX", "BETWEENNESS_SAMPLE_K",
]

log = logging.getLogger(__name__)

#: fixed seed of every randomised algorithm (Louvain, sampled betweenness, layouts)
SEED = 42
#: above this many nodes betweenness is estimated from a sample of source nodes
BETWEENNESS_EXACT_MAX = 2000
#: number of sampled source nodes (``k``) for the estimate
BETWEENNESS_SAMPLE_K = 500


def degree_table(G: nx.DiGraph) -> list[dict[str, Any]]:
    """Return one row per node: in-degree (documents citing it), out-degree, weighted in-degree.

    Rows are sorted by in-degree, then weighted in-degree (descending), then node.

    Examples
    --------
    >>> degree_table(nx.DiGraph([("b", "a"), ("c", "a")]))[0]
    {'node': 'a', 'in_degree': 2, 'out_degree': 0, 'weighted_in_degree': 2}
    """
    rows = [{"node": n, "in_degree": G.in_degree(n), "out_degree": G.out_degree(n),
             "weighted_in_degree": G.in_degree(n, weight="weight")} for n in G]
    return sorted(rows, key=lambda r: (-r["in_degree"], -r["weighted_in_degree"], r["node"]))


def pagerank(
    G: nx.DiGraph, *, alpha: float = 0.85, weight: str | None = "weight",
) -> dict[str, float]:
    """Return the PageRank of each node (citations flow from citing to cited).

    Dangling nodes (that cite nothing) spread their rank uniformly; scores sum to 1.

    References
    ----------
    .. [1] L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank citation ranking:
       bringing order to the Web", Stanford InfoLab (1999).

    Examples
    --------
    >>> pr = pagerank(nx.DiGraph([("b", "a"), ("c", "a")]))
    >>> max(pr, key=pr.get)
    'a'
    """
    if not len(G):
        return {}
    return nx.pagerank(G, alpha=alpha, weight=weight)


def hits(G: nx.DiGraph) -> tuple[dict[str, float], dict[str, float]]:
    """Return ``(hubs, authorities)`` (Kleinberg's HITS, weighted), each summing to 1.

    Authorities are the principal eigenvector of ``AᵀA``, hubs of ``AAᵀ``.

    References
    ----------
    .. [1] J. M. Kleinberg, "Authoritative sources in a hyperlinked environment",
       J. ACM 46 (1999) 604-632.

    Examples
    --------
    >>> hubs, auth = hits(nx.DiGraph([("b", "a"), ("c", "a")]))
    >>> round(auth["a"], 6), round(hubs["b"], 6)
    (1.0, 0.5)
    """
    if G.number_of_edges() == 0:
        return {n: 0.0 for n in G}, {n: 0.0 for n in G}
    # a fixed start vector: without one ARPACK starts from a random vector, and the scores'
    # last digits (and the order of near ties) changed from one run to the next
    return nx.hits(G, normalized=True, nstart=dict.fromkeys(G, 1.0))


def betweenness(
    G: nx.Graph, *, normalized: bool = True, seed: int = SEED,
    exact_max: int = BETWEENNESS_EXACT_MAX, k: int = BETWEENNESS_SAMPLE_K,
) -> dict[str, float]:
    """Return the betweenness centrality of each node (shortest paths, unweighted, directed).

    Exact (Brandes) up to *exact_max* nodes; above that **estimated** from *k* source nodes
    sampled with the fixed *seed* (and a log message says so), as exact betweenness costs
    about 11 s at 3,000 nodes.

    References
    ----------
    .. [1] U. Brandes, "A faster algorithm for betweenness centrality",
       J. Math. Sociol. 25 (2001) 163-177.
    .. [2] U. Brandes and C. Pich, "Centrality estimation in large networks",
       Int. J. Bifurc. Chaos 17 (2007) 2303-2318.

    Examples
    --------
    >>> betweenness(nx.DiGraph([("c", "b"), ("b", "a")]), normalized=False)["b"]
    1.0
    """
    if len(G) > exact_max:
        k = min(k, len(G))
        log.info("betweenness estimated from k=%d sampled sources (seed %d) over %d nodes",
                 k, seed, len(G))
        return nx.betweenness_centrality(G, k=k, normalized=normalized, seed=seed)
    return nx.betweenness_centrality(G, normalized=normalized)


def betweenness_note(G: nx.Graph) -> str:
    """Say whether :func:`betweenness` of *G* is exact or sampled.

    >>> betweenness_note(nx.path_graph(3))
    'exact'
    """
    if len(G) > BETWEENNESS_EXACT_MAX:
        return f"sampled k={min(BETWEENNESS_SAMPLE_K, len(G))} seed={SEED}"
    return "exact"


def communities(G: nx.Graph, *, seed: int = SEED, resolution: float = 1.0) -> list[set[str]]:
    """Return Louvain communities of the undirected weighted graph, largest first.

    References
    ----------
    .. [1] V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of
       communities in large networks", J. Stat. Mech. (2008) P10008.

    Examples
    --------
    >>> G = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z")])
    >>> [sorted(c) for c in communities(G)]
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    if not len(G):
        return []
    U = _weighted_undirected(G) if G.is_directed() else G
    found = nx.community.louvain_communities(U, weight="weight", resolution=resolution, seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


def _weighted_undirected(G: nx.DiGraph) -> nx.Graph:
    """``G.to_undirected()`` with the edge weights only: the same nodes and edges in the same
    order (of two opposite edges, the later one's weight), without deep-copying every
    attribute (2 s at 25,000 edges).

    >>> U = _weighted_undirected(nx.DiGraph([("a", "b", {"weight": 2, "x": 1}), ("b", "a")]))
    >>> list(U.edges(data=True))
    [('a', 'b', {'weight': 1})]
    """
    U = nx.Graph()
    U.add_nodes_from(G)
    U.add_edges_from((u, v, {"weight": w}) for u, v, w in G.edges(data="weight", default=1))
    return U


def _simple_undirected(G: nx.Graph) -> nx.Graph:
    U = nx.Graph(G.to_undirected(as_view=True)) if G.is_directed() else nx.Graph(G)
    U.remove_edges_from(list(nx.selfloop_edges(U)))
    return U


def core_number(G: nx.Graph) -> dict[str, int]:
    """Return the core number of each node of the undirected graph.

    References
    ----------
    .. [1] V. Batagelj and M. Zaversnik, "An O(m) algorithm for cores decomposition of
       networks", arXiv cs/0310049 (2003).

    Examples
    --------
    >>> core_number(nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]))["d"]
    1
    """
    return nx.core_number(_simple_undirected(G))


def k_core(G: nx.Graph, k: int | None = None) -> nx.Graph:
    """Return the *k*-core (the main core when *k* is None) of the undirected graph.

    The k-core is the largest subgraph in which every node has at least k neighbours [1]_.

    References
    ----------
    .. [1] S. B. Seidman, "Network structure and minimum degree", Social Networks 5 (1983).

    Examples
    --------
    >>> sorted(k_core(nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])))
    ['a', 'b', 'c']
    """
    return nx.k_core(_simple_undirected(G), k=k)


def citation_lag(G: nx.DiGraph) -> dict[tuple[str, str], int]:
    """Return the years between citing and cited document for each edge with both years.

    References
    ----------
    .. [1] D. J. de Solla Price, "Networks of scientific papers", Science 149 (1965) 510-515.

    Examples
    --------
    >>> G = nx.DiGraph([("b", "a")]); G.nodes["a"]["year"] = 1990; G.nodes["b"]["year"] = 1999
    >>> citation_lag(G)
    {('b', 'a'): 9}
    """
    years = nx.get_node_attributes(G, "year")
    return {(u, v): years[u] - years[v] for u, v in sorted(G.edges)
            if u in years and v in years}


def citations_per_year(G: nx.DiGraph) -> dict[int, int]:
    """Return the number of citation edges made by resolutions of each year, by year.

    Examples
    --------
    >>> G = nx.DiGraph([("b", "a"), ("c", "a")]); G.nodes["b"]["year"] = 2000
    >>> G.nodes["c"]["year"] = 2000; citations_per_year(G)
    {2000: 2}
    """
    years = nx.get_node_attributes(G, "year")
    counts = Counter(years[u] for u, _ in G.edges if u in years)
    return dict(sorted(counts.items()))


def most_recalled_by_decade(
    G: nx.DiGraph, *, top: int = 3, characterizations: Iterable[str] | None = None,
) -> dict[int, list[tuple[str, int]]]:
    """Return, per decade of the citing resolutions, the most cited nodes ``(node, count)``.

    *count* is the number of resolutions of that decade citing the node; ties go by node.
    With *characterizations* (e.g. ``["recalls"]``) only edges with one of those verbs count.

    Examples
    --------
    >>> G = nx.DiGraph([("b", "a"), ("c", "a"), ("c", "b")])
    >>> nx.set_node_attributes(G, {"a": 1948, "b": 1951, "c": 1955}, "year")
    >>> most_recalled_by_decade(G, top=1)
    {1950: [('a', 2)]}
    """
    wanted = set(characterizations) if characterizations is not None else None
    years = nx.get_node_attributes(G, "year")
    per: dict[int, Counter[str]] = defaultdict(Counter)
    for u, v, verbs in G.edges(data="characterizations", default=()):
        if u not in years or (wanted is not None and not wanted & set(verbs)):
            continue
        per[years[u] // 10 * 10][v] += 1
    return {d: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
            for d, c in sorted(per.items())}




#: the eras of :func:`central_by_era`: the Cold War, then decade by decade
ERAS: tuple[tuple[int, int], ...] = (
    (1946, 1989), (1990, 1999), (2000, 2009), (2010, 2019), (2020, 2029),
)


def characterizations_by_decade(G: nx.DiGraph) -> dict[int, dict[str, int]]:
    """Return, per decade of the citing documents, how many citation edges use each verb.

    An edge counts once for each verb among its ``characterizations`` (an edge whose
    paragraphs recall and reaffirm counts for both); edges without a verb count as
    ``"unknown"``; citing documents without a year are left out.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_edge("b", "a", characterizations=("recalls",))
    >>> G.add_edge("c", "a", characterizations=("reaffirms", "recalls"))
    >>> nx.set_node_attributes(G, {"b": 1948, "c": 1961}, "year")
    >>> characterizations_by_decade(G)
    {1940: {'recalls': 1}, 1960: {'reaffirms': 1, 'recalls': 1}}
    """
    years = nx.get_node_attributes(G, "year")
    per: dict[int, Counter[str]] = defaultdict(Counter)
    for u, _, verbs in G.edges(data="characterizations", default=()):
        if u in years:
            per[years[u] // 10 * 10].update(verbs or ("unknown",))
    return {d: dict(sorted(c.items())) for d, c in sorted(per.items())}


def central_by_era(
    G: nx.DiGraph, eras: Iterable[tuple[int, int]] = ERAS, *, top: int = 5,
) -> dict[tuple[int, int], list[tuple[str, float]]]:
    """Return, per era ``(first year, last year)``, the *top* nodes by PageRank of the network
    of the citations made in that era (``(node, score)``, best first, ties by node).

    Only the edges whose citing document has a year in the era count, so an old resolution
    ranks high in an era only if that era's documents cite it.

    Examples
    --------
    >>> G = nx.DiGraph([("b", "a"), ("c", "a"), ("d", "c"), ("e", "c")])
    >>> nx.set_node_attributes(G, {"a": 1950, "b": 1960, "c": 1970, "d": 1995, "e": 1996},
    ...                        "year")
    >>> {era: [n for n, _ in rows] for era, rows in central_by_era(G, top=1).items()}
    {(1946, 1989): ['a'], (1990, 1999): ['c']}
    """
    years = nx.get_node_attributes(G, "year")
    out: dict[tuple[int, int], list[tuple[str, float]]] = {}
    for first, last in eras:
        edges = sorted((u, v) for u, v in G.edges if first <= years.get(u, first - 1) <= last)
        if not edges:
            continue
        H = G.edge_subgraph(edges)
        pr = pagerank(nx.DiGraph(H))
        order = sorted(pr, key=lambda n: (-pr[n], str(n)))[:top]
        out[(first, last)] = [(n, pr[n]) for n in order]
    return out


def community_topics(
    G: nx.Graph, groups: Iterable[Iterable[str]], *, top: int = 3,
) -> list[list[tuple[str, int]]]:
    """Return, for each community of *groups*, its most frequent ``topic`` attributes (the
    agenda items of its documents) with their counts, most frequent first (ties by topic).

    Examples
    --------
    >>> G = nx.Graph([("a", "b"), ("c", "d")])
    >>> nx.set_node_attributes(G, {"a": "Cyprus", "b": "Cyprus", "c": "Haiti"}, "topic")
    >>> community_topics(G, [{"a", "b"}, {"c", "d"}])
    [[('Cyprus', 2)], [('Haiti', 1)]]
    """
    out = []
    for group in groups:
        counts = Counter(str(G.nodes[n]["topic"]) for n in group
                         if G.nodes[n].get("topic"))
        out.append(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top])
    return out
