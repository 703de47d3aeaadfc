"""Network files: GraphML and GEXF, written atomically.

>>> sorted(FORMATS)
['gexf', 'graphml']
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from graph.errors import UsageError
from graph.files import atomic_file

__all__ = ["write_network", "FORMATS"]

#: network file formats and their NetworkX writers
FORMATS = {"graphml": nx.write_graphml, "gexf": nx.write_gexf}


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

    The file is written through :func:`graph.files.atomic_file`: to a temporary name renamed
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
    if fmt not in FORMATS:
        raise UsageError(f"unknown network format {fmt!r}; choose graphml or gexf")
    H = G.__class__()
    H.graph.update(_clean(G.graph))
    H.add_nodes_from((n, _clean(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, _clean(d)) for u, v, d in G.edges(data=True))
    with atomic_file(Path(path)) as tmp:
        FORMATS[fmt](H, tmp)
