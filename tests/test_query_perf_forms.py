"""The answers of the canned queries written in a form for the optimizer: same rows as before.

``citation-chain``, ``cited-by`` and ``instruments`` are written so that Oxigraph joins from
the bound values and sorts on short keys (see the comment in each ``.rq``). These tests pin
what the queries answer on small graphs built for the corner cases of those forms: the
shortest depth against a breadth-first search in Python, the order of symbols that share
their first 15 characters, labels shared by two instruments.
"""

from __future__ import annotations

import importlib.util
import random
from collections import deque
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.query import load_query, parse_query, run_query

PREFIXES = """
@prefix unsc: <https://w3id.org/unsc-graph/ontology#> .
@prefix cito: <http://purl.org/spar/cito/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@base <https://w3id.org/unsc-graph/id/> .
"""
BASE = "https://w3id.org/unsc-graph/id/"
#: the class of each kind of node in the random citation graphs
KINDS = {
    "S": "unsc:SecurityCouncilResolution",
    "A": "unsc:GeneralAssemblyResolution",
    "P": "unsc:PresidentialStatement",  # cited and citing, but never listed
}


def store_of(trig: str) -> ox.Store:
    """Return a store holding *trig* (Turtle statements, the prefixes added) in one graph.

    Parameters
    ----------
    trig : str
        Turtle statements using the prefixes of :data:`PREFIXES`.

    Returns
    -------
    pyoxigraph.Store
        An in-memory store with the statements in the named graph ``<graph/en/x>``.
    """
    store = ox.Store()
    store.load(PREFIXES + "<graph/en/x> {" + trig + "}", format=ox.RdfFormat.TRIG)
    return store


def chain_query(layers: int):
    """Return the citation-chain query of ``scripts/citation_chain.py`` with *layers* steps.

    Parameters
    ----------
    layers : int
        The number of unrolled breadth-first steps.

    Returns
    -------
    graph.query.CannedQuery
        The query, parsed with its header.
    """
    spec = importlib.util.spec_from_file_location(
        "citation_chain", Path(__file__).resolve().parents[1] / "scripts" / "citation_chain.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return parse_query(module.generate_query(layers), "citation-chain")


def random_citations(seed: int) -> tuple[str, dict[str, str], dict[str, set[str]]]:
    """Return a random citation graph: its Turtle, the kind of each node and its citations.

    Parameters
    ----------
    seed : int
        The seed of the random draw.

    Returns
    -------
    tuple
        The Turtle text, ``{symbol: kind}`` (a key of :data:`KINDS`) and
        ``{symbol: cited symbols}``. Self-citations and cycles are drawn on purpose.
    """
    rng = random.Random(seed)
    kinds = {f"X/{i}": rng.choice("SSSAP") for i in range(rng.randint(4, 18))}
    names = list(kinds)
    cites = {n: {rng.choice(names) for _ in range(rng.choice([0, 1, 1, 2, 3]))} for n in names}
    lines = []
    for n in names:
        lines.append(f'<doc/{n}> a {KINDS[kinds[n]]} ; dcterms:identifier "{n}" .')
        lines += [f"<doc/{n}> cito:cites <doc/{m}> ." for m in sorted(cites[n])]
    return "\n".join(lines), kinds, cites


def shortest_depths(start: str, kinds: dict[str, str], cites: dict[str, set[str]],
                    layers: int) -> list[tuple[str, int | None]]:
    """Return the expected answer of citation-chain, by a breadth-first search.

    Parameters
    ----------
    start : str
        The symbol the chains start from.
    kinds : dict
        ``{symbol: kind}``; only the kinds ``S`` and ``A`` (resolutions) are listed.
    cites : dict
        ``{symbol: cited symbols}``.
    layers : int
        Depths above this are not known to the query: such a resolution has depth ``None``.

    Returns
    -------
    list of tuple
        ``(symbol, depth)`` in the order of the query: unknown depths first (SPARQL sorts
        unbound values first), then by depth and symbol.
    """
    depth = {start: 0}
    todo = deque([start])
    while todo:
        node = todo.popleft()
        for cited in cites.get(node, ()):
            if cited not in depth:
                depth[cited] = depth[node] + 1
                todo.append(cited)
    rows = [(n, d if d <= layers else None) for n, d in depth.items()
            if n != start and kinds[n] in "SA"]
    return sorted(rows, key=lambda r: (r[1] is not None, r[1] or 0, r[0]))


@pytest.mark.parametrize("seed", range(12))
def test_citation_chain_is_a_breadth_first_search(seed):
    trig, kinds, cites = random_citations(seed)
    store = store_of(trig)
    query = load_query("citation-chain")
    for start in kinds:
        expected = shortest_depths(start, kinds, cites, 32)
        assert run_query(store, query, {"symbol": start}).rows == expected, start


@pytest.mark.parametrize("layers, expected", [
    # every step known
    (6, [("S/RES/2 (2000)", 1), ("S/RES/3 (2000)", 2), ("S/RES/4 (2000)", 3),
         ("S/RES/5 (2000)", 4), ("S/RES/6 (2000)", 5)]),
    # 5 and 6 are reached (cites+) but beyond the unrolled steps: listed with no depth
    (3, [("S/RES/5 (2000)", None), ("S/RES/6 (2000)", None), ("S/RES/2 (2000)", 1),
         ("S/RES/3 (2000)", 2), ("S/RES/4 (2000)", 3)]),
])
def test_citation_chain_longer_than_the_layers(layers, expected):
    # a chain 1 -> 2 -> ... -> 6, with a self-citation and a citation back to the start
    trig = "\n".join(
        f'<doc/{i}> a unsc:SecurityCouncilResolution ; dcterms:identifier "S/RES/{i} (2000)" .'
        + (f" <doc/{i}> cito:cites <doc/{i + 1}> ." if i < 6 else "")
        for i in range(1, 7)
    ) + " <doc/3> cito:cites <doc/3> . <doc/6> cito:cites <doc/1> ."
    result = run_query(store_of(trig), chain_query(layers), {"symbol": "S/RES/1 (2000)"})
    assert result.rows == expected


def citing(symbol: str, year: int, number: int, paragraphs: list[tuple[str, int, str]]) -> str:
    """Return the Turtle of a resolution whose paragraphs cite the instrument ``<entity/t>``.

    Parameters
    ----------
    symbol : str
        The resolution's symbol.
    year, number : int
        Its year and number (``unsc:year``, ``unsc:number``).
    paragraphs : list of tuple
        ``(paragraph number, position, verb name)``, one citation each.

    Returns
    -------
    str
        Turtle statements.
    """
    doc = f"<doc/{symbol.replace(' ', '_')}>"
    out = [f'{doc} dcterms:identifier "{symbol}" ; unsc:year {year} ; unsc:number {number} .']
    for num, pos, verb in paragraphs:
        para = f"<doc/{symbol.replace(' ', '_')}/{num}>"
        out.append(f'{para} eli:number "{num}" ; unsc:position {pos} .')
        out.append(f"[] a cito:Citation ; cito:hasCitedEntity <entity/t> ; unsc:citingDocument "
                   f"{doc} ; cito:hasCitingEntity {para} ; unsc:characterization <verb/{verb}> .")
    return "\n".join(out)


#: symbols that share their first 15 characters, shorter ones, and prefixes of others
CITED_BY = "\n".join([
    '<entity/t> a unsc:Treaty ; skos:prefLabel "Test Treaty"@en .',
    '<verb/concern> skos:prefLabel "expresses its deep concern about"@en .',
    '<verb/recalls> skos:prefLabel "recalls"@en .',  # <verb/bare> has no label
    citing("S/RES/10000 (2002)", 2002, 10000, [("OP2", 5, "recalls"), ("PP1", 1, "recalls")]),
    citing("S/RES/10000 (2001)", 2001, 10000, [("PP3", 3, "recalls")]),
    citing("S/RES/9 (2000)", 2000, 9, [("PP1", 1, "recalls"), ("OP1", 2, "concern")]),
    citing("S/RES/10 (2000)", 2000, 10, [("OP1", 2, "recalls")]),
    citing("S/RES/1000 (1999)", 1999, 1000, [("OP4", 4, "concern"), ("OP1", 1, "concern")]),
    citing("S/RES/1000 (1999)/Add.1", 1999, 1000, [("OP1", 1, "recalls")]),
    citing("S/RES/1000 (2000)", 2000, 1000, [("PP2", 2, "bare")]),
    citing("S/RES/186 (1964)", 1964, 186, [("PP1", 1, "recalls")]),  # 16 characters
    citing("S/RES/1860 (2009)", 2009, 1860, [("OP1", 3, "recalls"), ("OP1", 3, "recalls")]),
    # two years: each paragraph once per year, ordered by year, then position
    citing("S/RES/77 (2000)", 2000, 77, [("OP1", 2, "recalls"), ("PP1", 1, "recalls")]),
    "<doc/S/RES/77_(2000)> unsc:year 1999 .",
])


def test_cited_by_sorts_symbols_that_share_their_first_characters():
    result = run_query(store_of(CITED_BY), load_query("cited-by"), {"symbol": "Test Treaty"})
    assert result.columns == ["characterization", "citing", "paragraphs"]
    assert result.rows == [
        ("expresses its deep concern about", "S/RES/1000 (1999)", "OP1, OP4"),
        ("expresses its deep concern about", "S/RES/9 (2000)", "OP1"),
        (BASE + "verb/bare", "S/RES/1000 (2000)", "PP2"),
        ("recalls", "S/RES/10 (2000)", "OP1"),
        ("recalls", "S/RES/1000 (1999)/Add.1", "OP1"),
        ("recalls", "S/RES/10000 (2001)", "PP3"),
        ("recalls", "S/RES/10000 (2002)", "PP1, OP2"),
        ("recalls", "S/RES/186 (1964)", "PP1"),
        ("recalls", "S/RES/1860 (2009)", "OP1"),
        ("recalls", "S/RES/77 (2000)", "PP1, OP1, PP1, OP1"),
        ("recalls", "S/RES/9 (2000)", "PP1"),
    ]
    # the order is the one of the two columns, whatever their length
    assert result.rows == sorted(result.rows, key=lambda r: (r[0], r[1]))


def test_instruments_counts_documents_once_per_label():
    trig = "\n".join([
        # t1 and t4 share their English label: one row, each document once
        '<entity/t1> a unsc:Treaty ; skos:prefLabel "Alpha"@en , "Alfa"@es .',
        '<entity/t4> a unsc:Charter ; skos:prefLabel "Alpha"@en .',
        # two English labels: a row for each
        '<entity/t2> a unsc:Protocol ; skos:prefLabel "Beta"@en , "Beta Protocol"@en-GB .',
        # no English label: its IRI
        '<entity/t3> a unsc:Declaration ; skos:prefLabel "Gamma"@fr .',
        # not an instrument class
        '<entity/b> a unsc:Body ; skos:prefLabel "Body"@en .',
        '<c/1> a cito:Citation ; cito:hasCitedEntity <entity/t1> ; unsc:citingDocument <doc/1> .',
        '<c/2> a cito:Citation ; cito:hasCitedEntity <entity/t1> ; unsc:citingDocument <doc/1> .',
        '<c/3> a cito:Citation ; cito:hasCitedEntity <entity/t1> ; unsc:citingDocument <doc/2> .',
        '<c/4> a cito:Citation ; cito:hasCitedEntity <entity/t4> ; unsc:citingDocument <doc/2> .',
        '<c/5> a cito:Citation ; cito:hasCitedEntity <entity/t4> ; unsc:citingDocument <doc/3> .',
        '<c/6> a cito:Citation ; cito:hasCitedEntity <entity/t2> ; unsc:citingDocument <doc/1> .',
        '<c/7> a cito:Citation ; cito:hasCitedEntity <entity/t3> ; unsc:citingDocument <doc/2> .',
        '<c/8> a cito:Citation ; cito:hasCitedEntity <entity/b> ; unsc:citingDocument <doc/4> .',
        # not typed as a citation
        '<c/9> cito:hasCitedEntity <entity/t3> ; unsc:citingDocument <doc/4> .',
    ])
    result = run_query(store_of(trig), load_query("instruments"))
    assert result.columns == ["instrument", "citing_resolutions"]
    assert result.rows == [
        ("Alpha", 3), ("Beta", 1), ("Beta Protocol", 1), (BASE + "entity/t3", 1),
    ]
