"""The networks read from the store: the citation network, the mention network, their
projections and ego networks, and the citation contexts (paragraph, verb, text) of the pages.

Edges are selected from the store by SPARQL (one aggregate query for the edges, a few
``VALUES`` queries for the node attributes); nothing here iterates over all triples. The store
is read as the union of its named graphs.

Nodes are keyed by their IRI (a string). Node attributes: ``type`` (local name of the most
specific ``unsc:`` class, from the ontology through :mod:`graph.vocab`), ``label`` (what to
show), and when known ``symbol``, ``year``, ``label_en``, ``label_zh`` (``skos:prefLabel``),
``title_en``, ``title_zh`` (``dcterms:title``), ``date`` (``dcterms:date``, the one date
property of every dated thing; it gives the ``year`` of a node without ``unsc:year``),
``topic`` (``unsc:topic``, the agenda item, else the title) and ``vote``. Edge attributes:
``weight`` (number of citing paragraphs, at least 1), ``characterizations`` (sorted tuple of
verb slugs) and ``characterization`` (the most frequent of them, ties to the verb of greater
``unsc:force``).

>>> import pyoxigraph as ox
>>> s = ox.Store()
>>> s.load(b'''@prefix unsc: <https://w3id.org/unsc-graph/ontology#> .
... @prefix cito: <http://purl.org/spar/cito/> .
... <https://w3id.org/unsc-graph/id/doc/S/PRST/2001/5> a unsc:PresidentialStatement ;
...     cito:cites <https://w3id.org/unsc-graph/id/doc/S/RES/1(1946)> .''',
...     format=ox.RdfFormat.TURTLE)
>>> G = citation_network(s)
>>> [(G.nodes[u]["type"], G.nodes[v]["symbol"]) for u, v in G.edges]
[('PresidentialStatement', 'S/RES/1 (1946)')]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any, NamedTuple

import networkx as nx
from rdflib import URIRef

from graph.errors import UsageError
from graph.iri import symbol_from_iri, verb_iri, verb_slug
from graph.namespaces import UNSC, sparql_prologue
from graph.symbols import SymbolError, normalize_symbol
from graph.vocab import most_specific, subclasses

__all__ = [
    "citation_network", "mention_network", "entity_projection", "resolution_projection",
    "ego_network", "find_node", "citation_contexts", "verb_labels", "CitationContext",
    "MENTIONED_CATEGORIES",
]

_UNSC = str(UNSC)

#: the categories whose members (with their subclasses, from the ontology) make up the
#: entity side of the mention network
MENTIONED_CATEGORIES = (UNSC.Instrument, UNSC.Body, UNSC.ArmedGroup, UNSC.Place)
_CHUNK = 400


# --- talking to the store -----------------------------------------------------------------------


def _value(term: Any) -> str | None:
    """Return the lexical value of a pyoxigraph or rdflib term."""
    if term is None:
        return None
    if isinstance(term, str):  # rdflib terms are str subclasses
        return str(term)
    return term.value


def _language(term: Any) -> str:
    """The language tag of a literal term (lower case), ``""`` for anything else."""
    lang = getattr(term, "language", None)
    return str(lang).lower() if lang else ""


def _select(store: Any, query: str, names: tuple[str, ...],
            langs: tuple[str, ...] = ()) -> list[tuple[str | None, ...]]:
    """Run a SELECT and return rows of lexical values, graphs merged when the store has them;
    each variable of *langs* adds its literal's language tag at the end of the row."""
    text = sparql_prologue() + query
    try:
        results = store.query(text, use_default_graph_as_union=True)
    except TypeError:  # not a pyoxigraph store: its default graph is what it is
        results = store.query(text)
    if hasattr(results, "variables"):  # pyoxigraph: a row is read fastest as a tuple
        variables = [v.value for v in results.variables]
    else:  # rdflib
        variables = [str(v) for v in results.vars]
    at = [variables.index(n) for n in names]
    tagged = [variables.index(n) for n in langs]
    rows = []
    for row in results:
        terms = tuple(row)
        rows.append(tuple(_value(terms[i]) for i in at)
                    + tuple(_language(terms[i]) for i in tagged))
    return rows


def _iri(iri: str) -> str:
    if any(c in iri for c in '<>"{}|^`\\ \n'):
        raise ValueError(f"not an IRI: {iri!r}")
    return f"<{iri}>"


def _values(nodes: Iterable[str], var: str = "n") -> Iterable[str]:
    """Yield ``VALUES ?n { … }`` blocks for chunks of nodes."""
    nodes = sorted(nodes)
    for i in range(0, len(nodes), _CHUNK):
        yield f"VALUES ?{var} {{ " + " ".join(_iri(n) for n in nodes[i:i + _CHUNK]) + " }"


def _classes(*categories: URIRef) -> str:
    """The classes of *categories* and below them (from the ontology), as IRIs for VALUES."""
    return " ".join(_iri(str(c)) for cat in categories for c in subclasses(cat))


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


def _preferred(values: Iterable[tuple[str, str]], lang: str) -> tuple[str, str] | None:
    """The ``(text, tag)`` of *values* best for *lang*: the tag itself, then a tag of the same
    language (``zh-hant`` for ``zh``), then English, then untagged, then any; ties to the least.

    >>> _preferred([("a", "zh-hant"), ("b", "en"), ("c", "zh")], "zh")
    ('c', 'zh')
    >>> _preferred([("a", "zh-hant"), ("b", "en")], "zh")
    ('a', 'zh-hant')
    >>> _preferred([("a", "zh-hant"), ("b", "en")], "en")
    ('b', 'en')
    """
    lang = lang.lower()

    def order(item: tuple[str, str]) -> tuple[int, str, str]:
        text, tag = item
        rank = (0 if tag == lang else 1 if tag.split("-")[0] == lang.split("-")[0]
                else 2 if tag.split("-")[0] == "en" else 3 if not tag else 4)
        return rank, tag, text

    return min(values, key=order, default=None)


#: attribute -> (triple pattern, whether the language tag is kept); ``?n`` the node
_ATTRIBUTES = {
    "types": ("?n a ?v", False),
    "symbol": ("?n dcterms:identifier ?v", False),
    "year": ("?n unsc:year ?v", False),
    "date": ("?n dcterms:date ?v", False),
    "label": ("?n skos:prefLabel ?v", True),
    "title": ("?n dcterms:title ?v", True),
    "topic": ("?n unsc:topic ?v", False),
    "vote": ("?n unsc:vote ?v", False),
}


def _node_type(types: Iterable[str], symbol: str | None) -> str:
    """The local name of the most specific ``unsc:`` class among *types* (see
    :func:`graph.vocab.most_specific`); ``Document`` or ``Entity`` for a node without one.

    >>> _node_type([str(UNSC.Body), str(UNSC.Committee)], None)
    'Committee'
    >>> _node_type([], "S/1994/1"), _node_type([], None)
    ('Document', 'Entity')
    """
    best = most_specific(URIRef(t) for t in types if t.startswith(_UNSC))
    if best:
        return str(best[0])[len(_UNSC):]
    return "Document" if symbol is not None else "Entity"


def _node_attributes(store: Any, nodes: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Return the display attributes of *nodes* (see the module docstring)."""
    nodes = sorted(set(nodes))
    attrs: dict[str, dict[str, Any]] = {n: {} for n in nodes}
    found: dict[str, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for key, (pattern, tagged) in _ATTRIBUTES.items():
        for block in _values(nodes):
            rows = _select(store, f"SELECT ?n ?v WHERE {{ {block} {pattern} }}", ("n", "v"),
                           ("v",) if tagged else ())
            for n, v, *tag in rows:
                if n is not None and v is not None:
                    found[n][key].append((v, tag[0] if tag else ""))
    for n in nodes:
        f = found.get(n, {})
        a = attrs[n]
        symbol = _document_symbol(n)
        a["type"] = _node_type((t for t, _ in f.get("types", [])), symbol)
        if f.get("symbol"):
            a["symbol"] = min(v for v, _ in f["symbol"])
        elif symbol is not None:
            a["symbol"] = symbol
        years = [int(y) for y, _ in f.get("year", []) if y.lstrip("-").isdigit()]
        if years:
            a["year"] = min(years)
        if f.get("date"):
            a["date"] = min(v for v, _ in f["date"])[:10]
            if "year" not in a and a["date"][:4].isdigit():
                a["year"] = int(a["date"][:4])
        for key in ("label", "title"):
            for lang in ("en", "zh"):
                best = _preferred([(v, t) for v, t in f.get(key, [])
                                   if t.split("-")[0] == lang], lang)
                if best is not None:
                    a[f"{key}_{lang}"] = best[0]
        topic = f.get("topic") or f.get("title")
        if topic:
            a["topic"] = min(v for v, _ in topic)
        if f.get("vote"):
            a["vote"] = min(v for v, _ in f["vote"])
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
    """Return the citation network: document (resolution, presidential statement …) -> what
    it cites.

    One edge per ``cito:cites`` triple from a ``unsc:Document`` of any class (the direct edges
    of docs/model.md; the classes come from the ontology); the ``cito:Citation`` nodes give the
    weight (number of citing paragraphs) and the characterizations (verbs). Self-citations are
    left out.

    Parameters
    ----------
    store
        A ``pyoxigraph.Store`` (graphs merged) or anything with ``.query(sparql)``.
    sc_only
        Keep only edges to Security Council resolutions.
    since, until
        Keep only citing documents of these years (inclusive).
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
      ?doc a ?citing ; cito:cites ?cited .
      VALUES ?citing {{ {_classes(UNSC.Document)} }}
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
    classes = _classes(*MENTIONED_CATEGORIES)
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




# --- citation contexts (the pages' detail panel) ------------------------------------------------


class CitationContext(NamedTuple):
    """One citing paragraph of an edge of the citation network.

    ``paragraph`` is the paragraph's number as the text gives it (``PP3``, ``OP2``; ``""`` when
    the citation names no paragraph), ``verb`` the slug of the citing clause's verb (``""`` when
    none), ``text`` the paragraph's text in the language asked for where the graph has it (else
    the nearest: see :func:`citation_contexts`) and ``lang`` that text's language tag.
    A named tuple: contexts sort by citing document, cited node, position (fast, as tuples).
    """

    citing: str
    cited: str
    position: int
    paragraph: str
    verb: str
    text: str = ""
    lang: str = ""


def _excerpt(text: str, limit: int | None) -> str:
    """*text* with its white space collapsed, cut at a word boundary to *limit* characters.

    >>> _excerpt("Recalling  its resolution\\n1 (1946) and", 20)
    'Recalling its…'
    >>> _excerpt("短文", 20)
    '短文'
    """
    text = " ".join(text.split())
    if limit is None or len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


def citation_contexts(
    store: Any, G: nx.DiGraph | None = None, *, lang: str = "en", excerpt: int | None = 400,
) -> list[CitationContext]:
    """Return the citing paragraphs of the edges of *G* (of every citation when *G* is None).

    Each ``cito:Citation`` node gives one context: its citing document, the cited node, the
    citing paragraph (``cito:hasCitingEntity``: its ``eli:number``, ``unsc:position`` and
    ``unsc:text``) and its verb (``unsc:characterization``). The text is the paragraph's
    literal in *lang* if it has one, else in another tag of that language (``zh-Hant`` for
    ``zh``), else English, else any; cut to *excerpt* characters (``None``: whole).

    Returns
    -------
    list of CitationContext
        Sorted (citing, cited, position, paragraph, verb).

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> s = ox.Store()
    >>> s.load('''@prefix unsc: <https://w3id.org/unsc-graph/ontology#> .
    ... @prefix cito: <http://purl.org/spar/cito/> .
    ... @prefix eli: <http://data.europa.eu/eli/ontology#> .
    ... <c> unsc:citingDocument <d2> ; cito:hasCitedEntity <d1> ; cito:hasCitingEntity <d2/PP1> .
    ... <d2/PP1> eli:number "PP1" ; unsc:position 1 ;
    ...     unsc:text "Recalling 1"@en , "回顾第1号"@zh .''',
    ...     format=ox.RdfFormat.TURTLE, base_iri="http://x/")
    >>> [(c.paragraph, c.text, c.lang) for c in citation_contexts(s, lang="zh")]
    [('PP1', '回顾第1号', 'zh')]
    """
    rows = _select(store, """SELECT ?doc ?cited ?p ?num ?pos ?verb WHERE {
      ?c unsc:citingDocument ?doc ; cito:hasCitedEntity ?cited .
      OPTIONAL { ?c cito:hasCitingEntity ?p .
                 OPTIONAL { ?p eli:number ?num } OPTIONAL { ?p unsc:position ?pos } }
      OPTIONAL { ?c unsc:characterization ?verb }
    }""", ("doc", "cited", "p", "num", "pos", "verb"))
    wanted = set(G.edges) if G is not None else None
    found: dict[tuple[str, str, str, str], tuple[int, str]] = {}
    for doc, cited, p, num, pos, verb in rows:
        if doc is None or cited is None or (wanted is not None and (doc, cited) not in wanted):
            continue
        key = (doc, cited, p or "", _slug(verb) if verb else "")
        position = int(pos) if pos and pos.lstrip("-").isdigit() else 0
        number = num or (p.rsplit("/", 1)[-1] if p else "")
        found[key] = min(found.get(key, (position, number)), (position, number))
    paragraphs = {p for _, _, p, _ in found if p}
    texts: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for block in _values(paragraphs, "p"):
        for p, t, tag in _select(store, f"SELECT ?p ?t WHERE {{ {block} ?p unsc:text ?t }}",
                                 ("p", "t"), ("t",)):
            if p is not None and t is not None:
                texts[p].append((t, tag))
    out = []
    for (doc, cited, p, verb), (position, number) in found.items():
        best = _preferred(texts.get(p, ()), lang)
        text, tag = (_excerpt(best[0], excerpt), best[1]) if best else ("", "")
        out.append(CitationContext(doc, cited, position, number, verb, text, tag))
    return sorted(set(out))


def verb_labels(store: Any, lang: str = "en") -> dict[str, str]:
    """Return the label of each verb concept (by slug) in *lang*, or the nearest language.

    >>> import pyoxigraph as ox
    >>> s = ox.Store()
    >>> s.load('''<https://w3id.org/unsc-graph/id/verb/recalls>
    ...   <https://w3id.org/unsc-graph/ontology#force> 20 ;
    ...   <http://www.w3.org/2004/02/skos/core#prefLabel> "recalls"@en , "回顾"@zh .''',
    ...   format=ox.RdfFormat.TURTLE)
    >>> verb_labels(s, "zh")
    {'recalls': '回顾'}
    """
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for v, label, tag in _select(store, "SELECT ?v ?l WHERE { ?v unsc:force ?f ; "
                                        "skos:prefLabel ?l }", ("v", "l"), ("l",)):
        if v is not None and label is not None:
            found[_slug(v)].append((label, tag))
    return {slug: best[0] for slug, values in sorted(found.items())
            if (best := _preferred(values, lang)) is not None}
