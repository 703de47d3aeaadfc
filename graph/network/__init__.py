"""The citation network and the mention network of the graph, and their metrics (NetworkX).

The package is split along its seams; every public name is importable from here:

* :mod:`graph.network.project` reads the networks from the store (SPARQL):
  :func:`citation_network` (document -> cited document or instrument), :func:`mention_network`
  (bipartite) with :func:`entity_projection` and :func:`resolution_projection`,
  :func:`ego_network`, :func:`find_node`, and for the pages :func:`citation_contexts` (the
  citing paragraphs, their verbs and text) and :func:`verb_labels`;
* :mod:`graph.network.metrics`: :func:`degree_table`, :func:`pagerank`, :func:`hits`,
  :func:`betweenness`, :func:`communities`, :func:`k_core`, :func:`core_number`,
  :func:`citation_lag`, :func:`citations_per_year`, :func:`most_recalled_by_decade`,
  :func:`characterizations_by_decade`, :func:`central_by_era`, :func:`community_topics`;
* :mod:`graph.network.layout`: node positions computed in Python (:func:`force_layout`,
  :func:`timeline_layout`) for the pages of :mod:`graph.viz`;
* :mod:`graph.network.report`: :func:`rank` and :func:`network_report` (``unsc-graph network``);
* :mod:`graph.network.write`: :func:`write_network` (GraphML, GEXF).

>>> import networkx as nx
>>> G = nx.DiGraph([("b", "a"), ("c", "a"), ("c", "b")])
>>> G.nodes["a"]["year"], G.nodes["b"]["year"], G.nodes["c"]["year"] = 1990, 1995, 2000
>>> sorted(citation_lag(G).values())
[5, 5, 10]
"""

from graph.network.layout import force_layout, timeline_layout
from graph.network.metrics import (
    BETWEENNESS_EXACT_MAX,
    BETWEENNESS_SAMPLE_K,
    ERAS,
    SEED,
    betweenness,
    betweenness_note,
    central_by_era,
    characterizations_by_decade,
    citation_lag,
    citations_per_year,
    communities,
    community_topics,
    core_number,
    degree_table,
    hits,
    k_core,
    most_recalled_by_decade,
    pagerank,
)
from graph.network.project import (
    MENTIONED_CATEGORIES,
    CitationContext,
    citation_contexts,
    citation_network,
    ego_network,
    entity_projection,
    find_node,
    mention_network,
    resolution_projection,
    verb_labels,
)
from graph.network.report import METRICS, network_report, rank
from graph.network.write import write_network

__all__ = [
    "citation_network", "mention_network", "entity_projection", "resolution_projection",
    "ego_network", "find_node", "citation_contexts", "verb_labels", "CitationContext",
    "degree_table", "pagerank", "hits", "betweenness", "betweenness_note", "communities",
    "k_core", "core_number", "citation_lag", "citations_per_year", "most_recalled_by_decade",
    "characterizations_by_decade", "central_by_era", "community_topics", "force_layout",
    "timeline_layout", "rank", "network_report", "write_network", "METRICS", "ERAS",
    "BETWEENNESS_EXACT_MAX", "BETWEENNESS_SAMPLE_K", "SEED", "MENTIONED_CATEGORIES",
]
