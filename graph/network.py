"""The citation network and the mention network of the graph, and their metrics (NetworkX).

Edges are selected from the store by SPARQL (one aggregate query for the edges, a few
``VALUES`` queries for the node attributes); nothing here iterates over all triples.

* :func:`citation_network`: resolution -> cited document or instrument (``nx.DiGraph``);
* :func:`mention_network`: resolution <-> instrument / body / armed group / place (bipartite),
  with :func:`entity_projection` and :func:`resolution_projection`;
* :func:`ego_network`: the neighbourhood of one document;
* metrics: :func:`degree_table`, :func:`pagerank`, :func:`hits`, :func:`betweenness`,
  :func:`communities`, :func:`k_core`, :func:`core_number`, :func:`citation_lag`,
  :func:`citations_per_year`, :func:`most_recalled_by_decade`;
* reports: :func:`rank`, :func:`network_report` (for ``unsc-graph network``) and
  :func:`write_network` (GraphML, GEXF).

Nodes are keyed by their IRI (a string). Node attributes: ``type`` (local name of the most
specific ``unsc:`` class), ``label`` (what to show), and when known ``symbol``, ``year``,
``date``, ``label_en``, ``label_zh``, ``topic``. Edge attributes: ``weight`` (number of citing
paragraphs, at least 1), ``characterizations`` (sorted tuple of verb slugs) and
``characterization`` (the most frequent of them, ties to the verb of greater ``unsc:force``).

>>> G = nx.DiGraph([("b", "a"), ("c", "a"), ("c", "b")])
>>> G.nodes["a"]["year"], G.nodes["b"]["year"], G.nodes["c"]["year"] = 1990, 1995, 2000
>>> sorted(citation_lag(G).values())
[5, 5, 10]
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from graph.errors import UsageError
from graph.files import atomic_file
from graph.iri import symbol_from_iri, verb_iri, verb_slug
from graph.namespaces import UNSC, sparql_prologue
from graph.symbols import SymbolError, normalize_symbol

__all__ = [
    "citation_network", "mention_network", "entity_projection", "resolution_projection",
    "ego_network", "degree_table", "pagerank", "hits", "betweenness", "communities", "k_core",
    "core_number", "citation_lag", "citations_per_year", "most_recalled_by_decade", "rank",
    "network_report", "write_network", "find_node", "betweenness_note", "METRICS",
    "BETWEENNESS_EXACT_MAX", "BETWEENNESS_SAMPLE_K", "SEED",
]

log = logging.getLogger(__name__)

#: fixed seed of every randomised algorithm (Louvain, sampled betweenness, layouts)
SEED = 42
#: above this many nodes betweenness is estimated from a sample of source nodes
BETWEENNESS_EXACT_MAX = 2000
#: number of sampled source nodes (``k``) for the estimate
BETWEENNESS_SAMPLE_K = 500
#: metrics accepted by :func:`rank` and :func:`network_report`
METRICS = ("pagerank", "indegree", "hits", "betweenness", "communities", "lag")

_UNSC = str(UNSC)

#: most specific first: the first class a node has in this list becomes its ``type``
_TYPE_ORDER = (
    "SecurityCouncilResolution", "PresidentialStatement", "Report", "GeneralAssemblyResolution",
    "Treaty", "Protocol", "Declaration", "PlanOfAction", "Publication", "Charter", "Instrument",
    "Committee", "Office", "Mission", "Mechanism", "StateGroup", "Body", "ArmedGroup", "Place",
    "Document",
)
#: classes of the entities of the mention network (with their subclasses)
ENTITY_CLASSES = (
    "Instrument", "Treaty", "Protocol", "Declaration", "PlanOfAction", "Publication", "Charter",
    "Body", "Committee", "Office", "Mission", "Mechanism", "StateGroup", "ArmedGroup", "Place",
)
_CHUNK = 400


# --- talking to the store -----------------------------------------------------------------------


def _value(term: Any) -> str | None:
    """Return the lexical value of a pyoxigraph or rdflib term."""
    if term is None:
        return None
    if isinstance(term, str):  # rdflib terms are str subclasses
        return str(term)
    return term.value


def _select(store: Any, query: str, names: tuple[str, ...]) -> list[tuple[str | None, ...]]:
    """Run a SELECT and return rows of lexical values, graphs merged when the store has them."""
    text = sparql_prologue() + query
    try:
        results = store.query(text, use_default_graph_as_union=True)
    except TypeError:  # not a pyoxigraph store: its default graph is what it is
        results = store.query(text)
    return [tuple(_value(row[n]) for n in names) for row in results]


def _iri(iri: str) -> str:
    if any(c in iri for c in '<>"{}|^`\\ \n'):
        raise ValueError(f"not an IRI: {iri!r}")
    return f"<{iri}>"


def _values(nodes: Iterable[str]) -> Iterable[str]:
    """Yield ``VALUES ?n { … }`` blocks for chunks of nodes."""
    nodes = sorted(nodes)
    for i in range(0, len(nodes), _CHUNK):
        yield "VALUES ?n { " + " ".join(_iri(n) for n in nodes[i:i + _CHUNK]) + " }"


def _document_symbol(iri: str) -> str | None:
    """Return the symbol of a document IRI, ``None`` for any other IRI (see
    :func:`graph.iri.symbol_from_iri`).

    >>> _document_symbol("https://w3id.org/unsc-graph/id/doc/S/RES/1(1946)")
    'S/RES/1 (1946)'
    >>> _document_symbol("https://w3id.org/unsc-graph/id/entity/iraq") is None
    True
    """
    try:
        return symbol_from_iri(iri)
    except ValueError:
        return None


def _slug(verb: str) -> str:
    try:
        return verb_slug(verb)
    except ValueError:  # a characterization from elsewhere (CiTO): its last segment
        return verb.rsplit("/", 1)[-1]


def _verb_force(store: Any) -> dict[str, int]:
    rows = _select(store, "SELECT ?v ?f WHERE { ?v unsc:force ?f }", ("v", "f"))
    return {_slug(v): int(f) for v, f in rows if v and f}


def _node_attributes(store: Any, nodes: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Return the display attributes of *nodes* (see the module docstring)."""
    nodes = sorted(set(nodes))
    attrs: dict[str, dict[str, Any]] = {n: {} for n in nodes}
    queries = {
        "types": "?n a ?v",
        "symbol": "?n dcterms:identifier ?v",
        "year": "?n unsc:year ?v",
        "date": "?n dcterms:date ?v",
        "label_en": "?n skos:prefLabel ?v FILTER(LANGMATCHES(LANG(?v), 'en'))",
        "label_zh": "?n skos:prefLabel ?v FILTER(LANGMATCHES(LANG(?v), 'zh'))",
        "topic": "?n unsc:topic ?v",
        "title": "?n dcterms:title ?v",
    }
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for key, pattern in queries.items():
        for block in _values(nodes):
            for n, v in _select(store, f"SELECT ?n ?v WHERE {{ {block} {pattern} }}", ("n", "v")):
                if n is not None and v is not None:
                    found[n][key].append(v)
    for n in nodes:
        f = found.get(n, {})
        a = attrs[n]
        classes = {t[len(_UNSC):] for t in f.get("types", []) if t.startswith(_UNSC)}
        symbol = _document_symbol(n)
        a["type"] = next((t for t in _TYPE_ORDER if t in classes),
                         "Document" if symbol is not None else "Entity")
        if f.get("symbol"):
            a["symbol"] = min(f["symbol"])
        elif symbol is not None:
            a["symbol"] = symbol
        years = [int(y) for y in f.get("year", []) if y.lstrip("-").isdigit()]
        if years:
            a["year"] = min(years)
        if f.get("date"):
            a["date"] = min(f["date"])
            if "year" not in a and a["date"][:4].isdigit():
                a["year"] = int(a["date"][:4])
        for key in ("label_en", "label_zh"):
            if f.get(key):
                a[key] = min(f[key])
        topic = f.get("topic") or f.get("title")
        if topic:
            a["topic"] = min(topic)
        a["label"] = (a.get("symbol") or a.get("label_en") or a.get("label_zh")
                      or n.rsplit("/", 1)[-1])
    return attrs


# --- building the networks ----------------------------------------------------------------------


def citation_network(
    store: Any,
    *,
    sc_only: bool = False,
    since: int | None = None,
    until: int | None = None,
    characterizations: Iterable[str] | None = None,
) -> nx.DiGraph:
    """Return the citation network: Security Council resolution -> what it cites.

    One edge per ``cito:cites`` triple from a ``unsc:SecurityCouncilResolution`` (the direct
    edges of docs/model.md); the ``cito:Citation`` nodes give the weight (number of citing
    paragraphs) and the characterizations (verbs). Self-citations are left out.

    Parameters
    ----------
    store
        A ``pyoxigraph.Store`` (graphs merged) or anything with ``.query(sparql)``.
    sc_only
        Keep only edges to Security Council resolutions.
    since, until
        Keep only citing resolutions adopted in these years (inclusive).
    characterizations
        Keep only citations with these verbs (slugs such as ``"recalls"`` or verb IRIs);
        weights then count only those citations.

    Returns
    -------
    networkx.DiGraph
        Nodes keyed by IRI; attributes as described in the module docstring.

    References
    ----------
    .. [1] D. Shotton, "CiTO, the Citation Typing Ontology", J. Biomed. Semantics 1 (2010).

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> s = ox.Store()
    >>> s.load(b'''@prefix unsc: <https://w3id.org/unsc-graph/ontology#> .
    ... @prefix cito: <http://purl.org/spar/cito/> .
    ... <https://w3id.org/unsc-graph/id/doc/S/RES/2(1946)> a unsc:SecurityCouncilResolution ;
    ...     cito:cites <https://w3id.org/unsc-graph/id/doc/S/RES/1(1946)> .''',
    ...     format=ox.RdfFormat.TURTLE)
    >>> G = citation_network(s)
    >>> [(G.nodes[u]["symbol"], G.nodes[v]["symbol"]) for u, v in G.edges]
    [('S/RES/2 (1946)', 'S/RES/1 (1946)')]
    """
    filters = []
    if since is not None:
        filters.append(f"?doc unsc:year ?y . FILTER(?y >= {int(since)})")
    if until is not None:
        filters.append(f"?doc unsc:year ?y2 . FILTER(?y2 <= {int(until)})")
    if sc_only:
        filters.append("?cited a unsc:SecurityCouncilResolution .")
    verbs: list[str] | None = None
    if characterizations is not None:
        verbs = sorted({c if c.startswith("http") else str(verb_iri(c)) for c in characterizations})
        if not verbs:
            return nx.DiGraph()
    # two queries, joined here: the edges, then the citations counted by (document, cited,
    # verb); one query with the citations as an OPTIONAL of each edge took 1.7 times as long
    # on a 4.5 M-triple graph
    edges = set(_select(store, f"""SELECT DISTINCT ?doc ?cited WHERE {{
      ?doc a unsc:SecurityCouncilResolution ; cito:cites ?cited .
      FILTER(?doc != ?cited)
      {' '.join(filters)}
    }}""", ("doc", "cited")))
    if verbs is not None:
        citation = ("?c unsc:citingDocument ?doc ; cito:hasCitedEntity ?cited ; "
                    "unsc:characterization ?verb . VALUES ?verb { "
                    + " ".join(_iri(v) for v in verbs) + " }")
    else:
        citation = ("?c unsc:citingDocument ?doc ; cito:hasCitedEntity ?cited . "
                    "OPTIONAL { ?c unsc:characterization ?verb }")
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    totals: Counter[tuple[str, str]] = Counter()
    if verbs is None:  # every edge, with or without a citation node
        totals.update(dict.fromkeys(edges, 0))
    for doc, cited, verb, n in _select(store, f"""SELECT ?doc ?cited ?verb
        (COUNT(DISTINCT ?c) AS ?n) WHERE {{ {citation} }} GROUP BY ?doc ?cited ?verb""",
                                       ("doc", "cited", "verb", "n")):
        key = (doc, cited)
        if key not in edges:
            continue
        totals[key] += int(n or 0)
        if verb is not None:
            counts[key][_slug(verb)] += int(n or 0)
    force = _verb_force(store) if counts else {}
    G = nx.DiGraph()
    nodes = {n for key in totals for n in key}
    G.add_nodes_from((n, a) for n, a in sorted(_node_attributes(store, nodes).items()))
    for key in sorted(totals):
        verbs = counts.get(key, Counter())
        attrs: dict[str, Any] = {"weight": max(totals[key], 1),
                                 "characterizations": tuple(sorted(verbs))}
        if verbs:
            attrs["characterization"] = max(verbs, key=lambda v: (verbs[v], force.get(v, 0), v))
        G.add_edge(*key, **attrs)
    return G


def mention_network(store: Any) -> nx.Graph:
    """Return the bipartite network resolution <-> instrument, body, armed group or place.

    An entity is linked to a resolution that mentions it (``allot:mentions``) or cites it
    (``cito:cites``); ``weight`` is the number of paragraphs that do so (at least 1).
    Resolutions have ``bipartite=0``, entities ``bipartite=1``.

    References
    ----------
    .. [1] S. P. Borgatti and M. G. Everett, "Network analysis of 2-mode data",
       Social Networks 19 (1997) 243-269.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> s = ox.Store()
    >>> s.load(b'''@prefix unsc: <https://w3id.org/unsc-graph/ontology#> .
    ... @prefix allot: <https://w3id.org/akn/ontology/allot/> .
    ... <https://w3id.org/unsc-graph/id/doc/S/RES/1(1946)> a unsc:SecurityCouncilResolution ;
    ...     allot:mentions <https://w3id.org/unsc-graph/id/entity/iraq> .
    ... <https://w3id.org/unsc-graph/id/entity/iraq> a unsc:Place .''', format=ox.RdfFormat.TURTLE)
    >>> sorted(d["bipartite"] for _, d in mention_network(s).nodes(data=True))
    [0, 1]
    """
    classes = " ".join(_iri(_UNSC + c) for c in ENTITY_CLASSES)
    query = f"""SELECT ?doc ?e (COUNT(DISTINCT ?p) AS ?n) WHERE {{
      ?doc a unsc:SecurityCouncilResolution .
      {{ ?doc allot:mentions ?e .
         OPTIONAL {{ ?p eli:is_part_of ?doc ; allot:mentions ?e }} }}
      UNION
      {{ ?doc cito:cites ?e .
         OPTIONAL {{ ?c unsc:citingDocument ?doc ; cito:hasCitedEntity ?e ;
                       cito:hasCitingEntity ?p }} }}
      FILTER EXISTS {{ ?e a ?cls . VALUES ?cls {{ {classes} }} }}
    }} GROUP BY ?doc ?e"""
    weights: Counter[tuple[str, str]] = Counter()
    for doc, e, n in _select(store, query, ("doc", "e", "n")):
        weights[(doc, e)] = max(weights[(doc, e)], int(n or 0), 1)
    attrs = _node_attributes(store, {n for key in weights for n in key})
    B = nx.Graph()
    for doc, e in sorted(weights):
        B.add_node(doc, bipartite=0, **attrs[doc])
        B.add_node(e, bipartite=1, **attrs[e])
        B.add_edge(doc, e, weight=weights[(doc, e)])
    return B


def _side(B: nx.Graph, side: int) -> list[str]:
    return sorted(n for n, d in B.nodes(data=True) if d.get("bipartite") == side)


def entity_projection(B: nx.Graph) -> nx.Graph:
    """Return the co-mention network of entities: ``weight`` = number of shared resolutions.

    References
    ----------
    .. [1] M. E. J. Newman, "Scientific collaboration networks. II.", Phys. Rev. E 64 (2001).

    Examples
    --------
    >>> B = nx.Graph([("r1", "a"), ("r1", "b"), ("r2", "a"), ("r2", "b")])
    >>> nx.set_node_attributes(B, {"r1": 0, "r2": 0, "a": 1, "b": 1}, "bipartite")
    >>> entity_projection(B)["a"]["b"]["weight"]
    2
    """
    return nx.bipartite.weighted_projected_graph(B, _side(B, 1))


def resolution_projection(B: nx.Graph) -> nx.Graph:
    """Return the network of resolutions sharing entities: ``weight`` = number shared.

    Examples
    --------
    >>> B = nx.Graph([("r1", "a"), ("r2", "a"), ("r3", "b")])
    >>> nx.set_node_attributes(B, {"r1": 0, "r2": 0, "r3": 0, "a": 1, "b": 1}, "bipartite")
    >>> sorted(resolution_projection(B).edges(data="weight"))
    [('r1', 'r2', 1)]
    """
    return nx.bipartite.weighted_projected_graph(B, _side(B, 0))


def find_node(G: nx.Graph, symbol_or_iri: str) -> str:
    """Return the node of *G* with this symbol (any spelling) or IRI; raise ``UsageError``.

    >>> G = nx.DiGraph(); G.add_node("x", symbol="S/RES/2388 (2017)")
    >>> find_node(G, "s/res/2388(2017)")
    'x'
    """
    if symbol_or_iri in G:
        return symbol_or_iri
    try:
        wanted = normalize_symbol(symbol_or_iri)
    except SymbolError:
        wanted = symbol_or_iri.strip()
    for n, s in G.nodes(data="symbol"):
        if s == wanted:
            return n
    raise UsageError(f"no document {symbol_or_iri!r} in the citation network")


def ego_network(
    store_or_G: Any, symbol: str, depth: int = 1, direction: str = "both",
) -> nx.DiGraph:
    """Return the documents within *depth* citation steps of *symbol*.

    *direction* is ``"out"`` (what it cites), ``"in"`` (what cites it) or ``"both"``
    (steps in either direction).

    Examples
    --------
    >>> G = nx.DiGraph([("c", "b"), ("b", "a")])
    >>> nx.set_node_attributes(G, {"a": "A/1", "b": "A/2", "c": "A/3"}, "symbol")
    >>> sorted(ego_network(G, "A/2", direction="in"))
    ['b', 'c']
    """
    if direction not in ("in", "out", "both"):
        raise UsageError(f"direction must be in, out or both, not {direction!r}")
    if depth < 0:
        raise UsageError(f"depth must be 0 or more, not {depth}")
    G = store_or_G if isinstance(store_or_G, nx.Graph) else citation_network(store_or_G)
    center = find_node(G, symbol)
    H = G.reverse(copy=False) if direction == "in" else G
    nodes = nx.ego_graph(H, center, radius=depth, undirected=direction == "both").nodes
    return G.subgraph(nodes).copy()


# --- metrics ------------------------------------------------------------------------------------


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
    U = G.to_undirected(as_view=False) if G.is_directed() else G
    found = nx.community.louvain_communities(U, weight="weight", resolution=resolution, seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


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


# --- reports ------------------------------------------------------------------------------------


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
    ``communities`` rows have ``rank, size, members`` (up to 10 members by PageRank, joined
    by ``"; "``); ``lag`` rows are the citations with the longest lag
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
        for i, c in enumerate(communities(G)[:top], 1):
            members = sorted(c, key=lambda n: (-pr.get(n, 0.0), n))[:10]
            rows.append({"rank": i, "size": len(c),
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
    "communities": ["rank", "size", "members"],
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


def _serialisable(value: Any) -> Any:
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(str(v) for v in (sorted(value) if isinstance(value, (set, frozenset))
                                          else value))
    if isinstance(value, bool) or isinstance(value, (int, float, str)):
        return value
    return str(value)


def _clean(attrs: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _serialisable(v) for k, v in attrs.items() if v is not None}


def write_network(G: nx.Graph, path: str | Path, fmt: str = "graphml") -> None:
    """Write *G* as GraphML or GEXF; lists are joined with ``"; "``, ``None`` dropped.

    The file is written through :func:`graph.store.atomic_file`: to a temporary name renamed
    on success, so no partial file is left (a FIFO or ``/dev/stdout`` is written straight
    into); a failure raises ``InputError`` naming *path*.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> G = nx.DiGraph(); G.add_edge("b", "a", characterizations=("recalls", "notes"))
    >>> with tempfile.TemporaryDirectory() as d:
    ...     write_network(G, pathlib.Path(d) / "g.graphml")
    ...     nx.read_graphml(pathlib.Path(d) / "g.graphml")["b"]["a"]["characterizations"]
    'recalls; notes'
    """
    writers = {"graphml": nx.write_graphml, "gexf": nx.write_gexf}
    if fmt not in writers:
        raise UsageError(f"unknown network format {fmt!r}; choose graphml or gexf")
    H = G.__class__()
    H.graph.update(_clean(G.graph))
    H.add_nodes_from((n, _clean(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, _clean(d)) for u, v, d in G.edges(data=True))
    with atomic_file(Path(path)) as tmp:
        writers[fmt](H, tmp)
