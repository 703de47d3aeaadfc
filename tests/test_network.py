"""Tests of graph/network.py on the hand-drawn fixture tests/fixtures/network/small.ttl.

Every expected value below is worked out by hand from the drawing in the fixture's header
(or, for PageRank and HITS, from their closed forms solved independently with numpy).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import numpy as np
import pyoxigraph as ox
import pytest

from graph.errors import UsageError
from graph.iri import document_iri, entity_iri
from graph.network import (
    betweenness,
    betweenness_note,
    citation_lag,
    citation_network,
    citations_per_year,
    communities,
    core_number,
    degree_table,
    ego_network,
    entity_projection,
    hits,
    k_core,
    mention_network,
    most_recalled_by_decade,
    network_report,
    pagerank,
    rank,
    resolution_projection,
    write_network,
)

FIXTURE = Path(__file__).parent / "fixtures" / "network" / "small.ttl"

R = {i: str(document_iri(f"S/RES/{n} ({y})")) for i, (n, y) in enumerate(
    [(1000, 1995), (1100, 1997), (1200, 1998), (1300, 2000), (1400, 2002), (1500, 2003)], 1)}
PRST = str(document_iri("S/PRST/2001/5"))
UNTOC, EVIL = str(entity_iri("untoc")), str(entity_iri("evil"))
ISIL, IRAQ, UNODC = (str(entity_iri(s)) for s in ("isil", "iraq", "unodc"))

#: the drawing: (citing, cited, weight)
EDGES = [
    (R[2], R[1], 1), (R[3], R[1], 1), (R[3], R[2], 1), (R[4], R[1], 1), (R[4], R[2], 1),
    (R[4], R[3], 1), (R[5], R[4], 1), (R[5], R[1], 2), (R[5], UNTOC, 1), (R[6], R[5], 1),
    (R[6], R[4], 1), (R[6], UNTOC, 1), (R[6], PRST, 1), (R[6], EVIL, 1),
]


@pytest.fixture(scope="module")
def store() -> ox.Store:
    s = ox.Store()
    s.load(path=str(FIXTURE), format=ox.RdfFormat.TURTLE)
    return s


@pytest.fixture(scope="module")
def G(store: ox.Store) -> nx.DiGraph:
    return citation_network(store)


def test_edges_and_weights(G: nx.DiGraph) -> None:
    assert sorted(G.edges(data="weight")) == sorted(EDGES)


def test_named_graphs_are_merged() -> None:
    # the built store keeps each text in its own named graph
    s = ox.Store()
    s.load(path=str(FIXTURE), format=ox.RdfFormat.TURTLE,
           to_graph=ox.NamedNode("https://w3id.org/unsc-graph/id/graph/en/x"))
    assert sorted(citation_network(s).edges) == sorted((u, v) for u, v, _ in EDGES)


@pytest.mark.parametrize(("node", "key", "value"), [
    # unsc:topic
    (R[6], "topic", "<a href=javascript:alert(3)>Threats</a> & <script>alert(2)</script>"),
    (R[1], "topic", "The situation concerning Iraq"),  # dcterms:title when no unsc:topic
    (R[5], "label_zh", "第1400号决议"),  # prefLabel@zh
    (R[5], "symbol", "S/RES/1400 (2002)"),  # dcterms:identifier
    (R[4], "date", "2000-01-04"),  # dcterms:date
    (PRST, "type", "PresidentialStatement"),  # class of a cited document without text
    (PRST, "year", 2001),  # its unsc:year
    (UNTOC, "type", "Treaty"),  # most specific class
    (EVIL, "label", "<img src=x onerror=alert(1)>"),  # kept as data; escaping is the page's job
])
def test_node_attributes(G: nx.DiGraph, node: str, key: str, value: object) -> None:
    assert G.nodes[node][key] == value


@pytest.mark.parametrize(("edge", "chars", "main"), [
    ((R[5], R[1]), ("reaffirms", "recalls"), "reaffirms"),  # 1-1 tie goes to greater force
    ((R[6], R[4]), ("decides",), "decides"),  # single verb
    ((R[6], EVIL), ("takes-note",), "takes-note"),  # instrument target
])
def test_edge_characterizations(G: nx.DiGraph, edge: tuple[str, str], chars: tuple, main: str):
    assert G.edges[edge]["characterizations"] == chars
    assert G.edges[edge]["characterization"] == main


@pytest.mark.parametrize(("kwargs", "expected"), [
    ({"sc_only": True}, [(u, v) for u, v, _ in EDGES if v not in (UNTOC, EVIL, PRST)]),
    ({"since": 2002}, [(u, v) for u, v, _ in EDGES if u in (R[5], R[6])]),  # 3 + 5 edges
    ({"until": 1998}, [(R[2], R[1]), (R[3], R[1]), (R[3], R[2])]),
    ({"since": 2000, "until": 2000}, [(R[4], R[1]), (R[4], R[2]), (R[4], R[3])]),
    ({"characterizations": ["reaffirms"]}, [(R[4], R[1]), (R[5], R[1])]),
    ({"characterizations": ["takes-note", "decides"]}, [(R[6], R[4]), (R[6], PRST), (R[6], EVIL)]),
    ({"characterizations": []}, []),  # nothing asked, nothing found
])
def test_filters(store: ox.Store, kwargs: dict, expected: list) -> None:
    assert sorted(citation_network(store, **kwargs).edges) == sorted(expected)


def test_characterization_filter_counts_only_those_citations(store: ox.Store) -> None:
    H = citation_network(store, characterizations=["reaffirms"])
    assert H.edges[R[5], R[1]]["weight"] == 1  # the recalls paragraph is not counted


@pytest.mark.parametrize(("node", "indeg"), [
    (R[1], 4), (R[2], 2), (R[3], 1), (R[4], 2), (R[5], 1), (R[6], 0), (UNTOC, 2), (PRST, 1),
    (EVIL, 1),
])
def test_in_degree(G: nx.DiGraph, node: str, indeg: int) -> None:
    assert G.in_degree(node) == indeg


def test_degree_table(G: nx.DiGraph) -> None:
    first = degree_table(G)[0]
    assert first == {"node": R[1], "in_degree": 4, "out_degree": 0, "weighted_in_degree": 5}


def _matrix(nodes: list[str]) -> np.ndarray:
    index = {n: i for i, n in enumerate(nodes)}
    A = np.zeros((len(nodes), len(nodes)))
    for u, v, w in EDGES:
        A[index[u], index[v]] = w
    return A


def test_pagerank_matches_closed_form(G: nx.DiGraph) -> None:
    nodes = sorted(G)
    A, n, alpha = _matrix(nodes), len(nodes), 0.85
    out = A.sum(axis=1)
    P = np.where(out[:, None] > 0, A / np.where(out > 0, out, 1)[:, None], 1.0 / n)
    # x = alpha P^T x + (1 - alpha)/n, with sum(x) = 1
    x = np.linalg.solve(np.eye(n) - alpha * P.T, np.full(n, (1 - alpha) / n))
    pr = pagerank(G)
    assert [pr[m] for m in nodes] == pytest.approx(list(x), abs=1e-6)
    assert max(pr, key=pr.get) == R[1]  # the most cited resolution
    assert min(pr, key=pr.get) == R[6]  # the only node nobody cites


def test_hits_matches_principal_eigenvectors(G: nx.DiGraph) -> None:
    nodes = sorted(G)
    A = _matrix(nodes)
    hubs, auth = hits(G)
    for M, got in ((A.T @ A, auth), (A @ A.T, hubs)):
        vals, vecs = np.linalg.eigh(M)
        v = np.abs(vecs[:, np.argmax(vals)])
        assert [got[m] for m in nodes] == pytest.approx(list(v / v.sum()), abs=1e-6)
    assert max(auth, key=auth.get) == R[1]
    assert all(hubs[m] == pytest.approx(0) for m in (R[1], UNTOC, PRST, EVIL))  # cite nothing


def test_betweenness_by_hand(G: nx.DiGraph) -> None:
    raw = betweenness(G, normalized=False)
    # R4 lies on R5->R2, R5->R3, R6->R2, R6->R3 and half of R6->R1 (R6->R5->R1 ties)
    expected = {n: 0.0 for n in G} | {R[4]: 4.5, R[5]: 0.5}
    assert raw == pytest.approx(expected)
    assert betweenness(G)[R[4]] == pytest.approx(4.5 / (8 * 7))  # (n-1)(n-2), n = 9
    assert betweenness_note(G) == "exact"


def test_betweenness_is_sampled_reproducibly_above_the_limit() -> None:
    H = nx.gnp_random_graph(60, 0.1, seed=1, directed=True)
    first = betweenness(H, exact_max=50, k=10)
    assert first == betweenness(H, exact_max=50, k=10)  # fixed seed
    assert first != betweenness(H)  # a sample, not the exact values


def test_cores(G: nx.DiGraph) -> None:
    # R1..R4 form a K4; peeling leaves PRST and evil in the 1-shell
    expected = {R[1]: 3, R[2]: 3, R[3]: 3, R[4]: 3, R[5]: 2, R[6]: 2, UNTOC: 2, PRST: 1,
                EVIL: 1}
    assert core_number(G) == expected
    assert set(k_core(G)) == {R[1], R[2], R[3], R[4]}
    assert set(k_core(G, 2)) == {R[1], R[2], R[3], R[4], R[5], R[6], UNTOC}


def test_communities(G: nx.DiGraph) -> None:
    found = communities(G)
    assert sorted(n for c in found for n in c) == sorted(G)  # a partition
    assert {R[1], R[2], R[3], R[4]} in found  # the K4
    assert found == communities(G)  # fixed seed


def test_citation_lag(G: nx.DiGraph) -> None:
    assert citation_lag(G) == {
        (R[2], R[1]): 2, (R[3], R[1]): 3, (R[3], R[2]): 1, (R[4], R[1]): 5, (R[4], R[2]): 3,
        (R[4], R[3]): 2, (R[5], R[4]): 2, (R[5], R[1]): 7, (R[6], R[5]): 1, (R[6], R[4]): 3,
        (R[6], PRST): 2,
        # an instrument is dated by dcterms:date, as every dated thing: UNTOC (2000)
        (R[5], UNTOC): 2, (R[6], UNTOC): 3,
    }


def test_citations_per_year(G: nx.DiGraph) -> None:
    assert citations_per_year(G) == {1997: 1, 1998: 2, 2000: 3, 2002: 3, 2003: 5}


@pytest.mark.parametrize(("kwargs", "expected"), [
    # all verbs: in the 2000s R1, R4 and untoc are each cited by two resolutions
    ({}, {1990: [(R[1], 2), (R[2], 1)], 2000: [(R[1], 2), (R[4], 2), (UNTOC, 2)]}),
    # only "recalls": every 2000s target once, ties by IRI
    ({"characterizations": ["recalls"]},
     {1990: [(R[1], 2), (R[2], 1)], 2000: [(R[1], 1), (R[2], 1), (R[3], 1)]}),
    ({"top": 1}, {1990: [(R[1], 2)], 2000: [(R[1], 2)]}),
])
def test_most_recalled_by_decade(G: nx.DiGraph, kwargs: dict, expected: dict) -> None:
    assert most_recalled_by_decade(G, **kwargs) == expected


@pytest.mark.parametrize(("direction", "depth", "center", "expected"), [
    ("both", 1, R[4], {R[4], R[1], R[2], R[3], R[5], R[6]}),
    ("out", 1, R[4], {R[4], R[1], R[2], R[3]}),
    ("in", 1, R[4], {R[4], R[5], R[6]}),
    ("in", 2, R[1], {R[1], R[2], R[3], R[4], R[5], R[6]}),  # R6 via R4 or R5
    ("out", 0, R[6], {R[6]}),
])
def test_ego_network(G: nx.DiGraph, direction: str, depth: int, center: str, expected: set):
    symbol = G.nodes[center]["symbol"]
    assert set(ego_network(G, symbol, depth=depth, direction=direction)) == expected


def test_ego_network_from_store_and_loose_symbol(store: ox.Store) -> None:
    assert set(ego_network(store, "s/res/1500(2003)", direction="out")) == {
        R[6], R[5], R[4], UNTOC, PRST, EVIL}


@pytest.mark.parametrize("args", [
    ("S/RES/9999 (2099)",),  # not in the graph
    ("S/RES/1000 (1995)", 1, "sideways"),  # bad direction
])
def test_ego_network_errors(G: nx.DiGraph, args: tuple) -> None:
    with pytest.raises(UsageError):
        ego_network(G, *args)


def test_mention_network(store: ox.Store) -> None:
    B = mention_network(store)
    got = {frozenset((u, v)): w for u, v, w in B.edges(data="weight")}
    expected = {
        (R[1], ISIL): 1, (R[1], IRAQ): 1, (R[2], ISIL): 1, (R[3], ISIL): 2, (R[3], IRAQ): 1,
        (R[5], UNODC): 1, (R[5], UNTOC): 1, (R[6], UNODC): 1, (R[6], IRAQ): 1,
        (R[6], UNTOC): 1, (R[6], EVIL): 1,
    }
    assert got == {frozenset(k): w for k, w in expected.items()}
    assert {n for n, d in B.nodes(data="bipartite") if d == 1} == {ISIL, IRAQ, UNODC, UNTOC, EVIL}
    assert str(entity_iri("security-council")) not in B  # eli:passed_by is no mention


def test_projections(store: ox.Store) -> None:
    B = mention_network(store)
    E = {frozenset((u, v)): w for u, v, w in entity_projection(B).edges(data="weight")}
    assert E == {frozenset(k): w for k, w in {
        (ISIL, IRAQ): 2, (UNODC, UNTOC): 2, (UNODC, IRAQ): 1, (UNTOC, IRAQ): 1,
        (EVIL, UNODC): 1, (EVIL, IRAQ): 1, (EVIL, UNTOC): 1}.items()}
    P = {frozenset((u, v)): w for u, v, w in resolution_projection(B).edges(data="weight")}
    assert P == {frozenset(k): w for k, w in {
        (R[1], R[3]): 2, (R[1], R[2]): 1, (R[2], R[3]): 1, (R[5], R[6]): 2, (R[1], R[6]): 1,
        (R[3], R[6]): 1}.items()}


@pytest.mark.parametrize(("metric", "key", "first"), [
    ("pagerank", "node", "S/RES/1000 (1995)"),
    ("indegree", "in_degree", 4),
    ("hits", "node", "S/RES/1000 (1995)"),
    ("betweenness", "node", "S/RES/1300 (2000)"),
    ("lag", "lag", 7),  # R5 -> R1
    ("communities", "size", 5),  # R5, R6, untoc, PRST, evil
])
def test_rank_first_row(G: nx.DiGraph, metric: str, key: str, first: object) -> None:
    rows = rank(G, metric, top=3)
    assert len(rows) <= 3 and rows[0][key] == first


def test_rank_unknown_metric(G: nx.DiGraph) -> None:
    with pytest.raises(UsageError):
        rank(G, "eigenvector")


def test_network_report(store: ox.Store) -> None:
    columns, rows = network_report(store, "betweenness", 2)
    assert columns == ["rank", "node", "type", "year", "betweenness (exact)"]
    assert rows[0][:2] == [1, "S/RES/1300 (2000)"] and len(rows) == 2


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_write_network_round_trip(G: nx.DiGraph, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"g.{fmt}"
    write_network(G, path, fmt)
    back = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(path)
    assert back.number_of_edges() == len(EDGES)
    assert back.edges[R[5], R[1]]["characterizations"] == "reaffirms; recalls"
    assert back.nodes[EVIL]["label"] == "<img src=x onerror=alert(1)>"
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left


def test_write_network_rejects_unknown_format(G: nx.DiGraph, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        write_network(G, tmp_path / "g.dot", "dot")
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("turtle, expected", [
    # a cites triple with no citation node: an edge of weight 1, no characterization
    ("<doc/S/RES/2(1946)> a unsc:SecurityCouncilResolution ; cito:cites <doc/S/RES/1(1946)> .",
     {("S/RES/2 (1946)", "S/RES/1 (1946)"): (1, ())}),
    # a citation node whose document does not cite by cito:cites: no edge
    ("<doc/S/RES/2(1946)> a unsc:SecurityCouncilResolution . <c> unsc:citingDocument "
     "<doc/S/RES/2(1946)> ; cito:hasCitedEntity <doc/S/RES/1(1946)> .", {}),
    # a citing statement (not a resolution): no edge, though its citation node is there
    ("<doc/S/PRST/2001/5> cito:cites <doc/S/RES/1(1946)> . <c> unsc:citingDocument "
     "<doc/S/PRST/2001/5> ; cito:hasCitedEntity <doc/S/RES/1(1946)> .", {}),
    # two citation nodes, one without a verb: weight 2, the one verb
    ("<doc/S/RES/2(1946)> a unsc:SecurityCouncilResolution ; cito:cites <doc/S/RES/1(1946)> . "
     "<c1> unsc:citingDocument <doc/S/RES/2(1946)> ; cito:hasCitedEntity <doc/S/RES/1(1946)> ; "
     "unsc:characterization <verb/recalls> . <c2> unsc:citingDocument <doc/S/RES/2(1946)> ; "
     "cito:hasCitedEntity <doc/S/RES/1(1946)> .",
     {("S/RES/2 (1946)", "S/RES/1 (1946)"): (2, ("recalls",))}),
])
def test_citation_network_joins_edges_and_citation_nodes(turtle, expected):
    s = ox.Store()
    s.load(("@prefix unsc: <https://w3id.org/unsc-graph/ontology#> . "
            "@prefix cito: <http://purl.org/spar/cito/> . " + turtle).encode(),
           format=ox.RdfFormat.TURTLE, base_iri="https://w3id.org/unsc-graph/id/")
    G = citation_network(s)
    got = {(G.nodes[u]["symbol"], G.nodes[v]["symbol"]): (d["weight"], d["characterizations"])
           for u, v, d in G.edges(data=True)}
    assert got == expected


def test_hits_gives_the_same_scores_every_time() -> None:
    # ARPACK starts from a random vector unless given one: the scores' last digits changed
    G = nx.gnp_random_graph(300, 0.03, seed=1, directed=True)
    assert hits(G) == hits(G)
