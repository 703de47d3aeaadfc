"""Tests of graph/network/ on the hand-drawn fixtures small.ttl and panel.ttl (tests/fixtures/network/).

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
    central_by_era,
    characterizations_by_decade,
    citation_contexts,
    citation_lag,
    citation_network,
    citations_per_year,
    communities,
    community_topics,
    core_number,
    degree_table,
    ego_network,
    entity_projection,
    force_layout,
    hits,
    k_core,
    mention_network,
    most_recalled_by_decade,
    network_report,
    pagerank,
    rank,
    resolution_projection,
    timeline_layout,
    verb_labels,
    write_network,
)

FIXTURE = Path(__file__).parent / "fixtures" / "network" / "small.ttl"
PANEL = Path(__file__).parent / "fixtures" / "network" / "panel.ttl"

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
    # a citing subject of no document class: no edge, though its citation node is there
    ("<doc/S/PRST/2001/5> cito:cites <doc/S/RES/1(1946)> . <c> unsc:citingDocument "
     "<doc/S/PRST/2001/5> ; cito:hasCitedEntity <doc/S/RES/1(1946)> .", {}),
    # a presidential statement cites: an edge like a resolution's
    ("<doc/S/PRST/2001/5> a unsc:PresidentialStatement ; cito:cites <doc/S/RES/1(1946)> . "
     "<c> unsc:citingDocument <doc/S/PRST/2001/5> ; cito:hasCitedEntity <doc/S/RES/1(1946)> ; "
     "unsc:characterization <verb/recalls> .",
     {("S/PRST/2001/5", "S/RES/1 (1946)"): (1, ("recalls",))}),
    # an entity (not a document) with a cites triple: no edge
    ("<entity/x> a unsc:Body ; cito:cites <doc/S/RES/1(1946)> .", {}),
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


# --- the panel fixture: texts, votes, titles, a citing statement --------------------------------

A, B, C = (str(document_iri(s)) for s in ("S/RES/100 (1950)", "S/RES/200 (1965)",
                                            "S/RES/300 (1971)"))
P, NPT = str(document_iri("S/PRST/1994/9")), str(entity_iri("npt"))


@pytest.fixture(scope="module")
def panel() -> ox.Store:
    s = ox.Store()
    s.load(path=str(PANEL), format=ox.RdfFormat.TURTLE)
    return s


@pytest.fixture(scope="module")
def PG(panel: ox.Store) -> nx.DiGraph:
    return citation_network(panel)


@pytest.mark.parametrize(("node", "key", "value"), [
    (A, "vote", "9-0-1"),  # unsc:vote
    (A, "title_zh", "关于大韩民国遭受侵略的控诉"),  # dcterms:title@zh
    (A, "title_en", "Complaint of aggression upon the Republic of Korea"),  # dcterms:title@en
    (A, "topic", "Korea"),  # unsc:topic wins over the title
    (P, "type", "PresidentialStatement"),  # a citing statement
    (NPT, "label_zh", "不扩散核武器条约"),  # prefLabel@zh
    (NPT, "label", "Treaty on the Non-Proliferation of Nuclear Weapons"),  # not the altLabel
    (NPT, "date", "1968-07-01"),  # dcterms:date of an instrument ...
    (NPT, "year", 1968),  # ... gives its year, as a document's
])
def test_panel_node_attributes(PG: nx.DiGraph, node: str, key: str, value: object) -> None:
    assert PG.nodes[node][key] == value


def test_statement_citations_are_edges(PG: nx.DiGraph) -> None:
    assert sorted(PG.edges) == sorted([(B, A), (C, B), (C, NPT), (P, C)])


@pytest.mark.parametrize(("lang", "edge", "paragraph", "text", "tag"), [
    # English asked, English there
    ("en", (B, A), "PP1", "Recalling its resolution 100 (1950) on the question of Korea,", "en"),
    # Chinese asked, simplified Chinese there
    ("zh", (B, A), "PP1", "回顾其关于朝鲜问题的第100(1950)号决议，", "zh"),
    # Chinese asked, only English there: English
    ("zh", (B, A), "OP1", "Reaffirms its resolution 100 (1950);", "en"),
    # Chinese asked, traditional Chinese there: before English
    ("zh", (C, B), "OP2", "決定，如其第200(1965)號決議，繼續處理此案。", "zh-hant"),
    # the statement's paragraph
    ("zh", (P, C), "P1", "安全理事会回顾其第300(1971)号决议。", "zh"),
    # hostile text is data here; escaping is the page's job
    ("en", (C, NPT), "OP3", "Takes note of the Treaty <img src=x onerror=alert(7)> & of its review.",
     "en"),
])
def test_citation_contexts_pick_the_language(panel: ox.Store, PG: nx.DiGraph, lang: str,
                                             edge: tuple, paragraph: str, text: str, tag: str):
    found = [c for c in citation_contexts(panel, PG, lang=lang)
             if (c.citing, c.cited, c.paragraph) == (*edge, paragraph)]
    assert [(c.text, c.lang) for c in found] == [(text, tag)]


def test_citation_contexts_one_per_citation_node(panel: ox.Store, PG: nx.DiGraph) -> None:
    contexts = citation_contexts(panel, PG)
    assert [(c.paragraph, c.verb) for c in contexts if (c.citing, c.cited) == (B, A)] == [
        ("PP1", "recalls"), ("OP1", "reaffirms")]  # by position in the text
    assert len(contexts) == 5
    # only the edges of the graph given
    assert {(c.citing, c.cited) for c in citation_contexts(panel, PG.subgraph([B, A]))} == {(B, A)}


def test_citation_contexts_cut_long_texts(panel: ox.Store, PG: nx.DiGraph) -> None:
    (context,) = [c for c in citation_contexts(panel, PG, excerpt=30) if c.paragraph == "OP2"]
    assert context.text.endswith("…") and len(context.text) <= 30
    assert context.text.startswith("Decides, as in its")


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "takes note"),  # English label
    ("zh", "注意到"),  # Chinese label
    ("fr", "takes note"),  # no French: English
])
def test_verb_labels(panel: ox.Store, lang: str, expected: str) -> None:
    assert verb_labels(panel, lang)["takes-note"] == expected


def test_characterizations_by_decade(G: nx.DiGraph) -> None:
    # from the drawing: the 1990s' three edges recall; in the 2000s R4->R2, R4->R3, R5->R4,
    # R5->R1 (which also reaffirms) and R6->R5 recall
    assert characterizations_by_decade(G) == {
        1990: {"recalls": 3},
        2000: {"calls-upon": 2, "decides": 1, "reaffirms": 2, "recalls": 5, "takes-note": 2},
    }


def test_central_by_era(G: nx.DiGraph) -> None:
    eras = central_by_era(G, [(1990, 1999), (2000, 2009), (2050, 2059)], top=2)
    assert list(eras) == [(1990, 1999), (2000, 2009)]  # no citation in the 2050s
    assert [n for n, _ in eras[(1990, 1999)]] == [R[1], R[2]]  # cited by R2, R3 / R3
    assert eras[(2000, 2009)][0][0] == R[1]  # cited by R4 and R5, and through R4


def test_community_topics(PG: nx.DiGraph) -> None:
    assert community_topics(PG, [{A, B}, {C, NPT}, {P}]) == [
        [("Cyprus", 1), ("Korea", 1)], [("<script>alert('agenda')</script>", 1)], []]


# --- layouts ------------------------------------------------------------------------------------


def _dated_graph() -> nx.DiGraph:
    """Two citation chains of five documents each, years interleaved, plus a pair."""
    G = nx.DiGraph()
    for chain, start in (("a", 1950), ("b", 1952)):
        for i in range(5):
            G.add_node(f"{chain}{i}", date=f"{start + 10 * i}-0{i + 1}-15", topic=chain.upper())
            if i:
                G.add_edge(f"{chain}{i}", f"{chain}{i - 1}")
                G.add_edge(f"{chain}{i}", f"{chain}0")
    G.add_node("x", year=1990)
    G.add_edge("x", "undated")  # cites a node without a date
    return G


def test_timeline_puts_dates_on_the_horizontal_axis() -> None:
    G = _dated_graph()
    t = timeline_layout(G)
    dated = sorted((n for n in G if "date" in G.nodes[n]), key=lambda n: G.nodes[n]["date"])
    xs = [t.positions[n][0] for n in dated]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)  # later is further right
    assert t.x(1950) < t.positions["a0"][0] < t.x(1951)  # inside its year
    assert (t.first_year, t.last_year) == (1950, 1992)


def test_timeline_keeps_communities_in_bands() -> None:
    G = _dated_graph()
    groups = [{f"a{i}" for i in range(5)}, {f"b{i}" for i in range(5)}, {"x", "undated"}]
    t = timeline_layout(G, groups)
    assert [(b.topic, b.size, b.merged) for b in t.bands] == [
        ("A", 5, False), ("B", 5, False), ("", 2, True)]  # by median date; the pair is small
    for band, group in zip(t.bands, groups):
        assert all(band.top < t.positions[n][1] < band.bottom for n in group)
    assert all(a.bottom <= b.top for a, b in zip(t.bands, t.bands[1:]))  # no overlap


def test_timeline_places_an_undated_node_at_its_earliest_citer() -> None:
    t = timeline_layout(_dated_graph())
    assert t.undated == ["undated"]
    assert t.positions["undated"][0] == t.positions["x"][0]


@pytest.mark.parametrize("layout", [force_layout, timeline_layout])
def test_layouts_place_every_node_the_same_way_twice(layout) -> None:
    G = _dated_graph()
    first = layout(G)
    pos = first if isinstance(first, dict) else first.positions
    assert sorted(pos) == sorted(G)
    again = layout(G)
    assert pos == (again if isinstance(again, dict) else again.positions)


def test_timeline_of_nothing() -> None:
    assert timeline_layout(nx.DiGraph()).positions == {}
