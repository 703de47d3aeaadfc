"""unsc-graph: a knowledge graph of UN Security Council resolutions.

The Python API is :func:`build` and :func:`load` (see :mod:`graph.api`). The build runs one way
(see :mod:`graph.builder`): the sources read inputs into typed records (:mod:`graph.model`),
the text pipeline (:mod:`graph.pipeline`: :mod:`graph.read` -> :mod:`graph.segment` ->
:mod:`graph.find` -> :mod:`graph.resolve`) turns each text into facts, the emitters
(:mod:`graph.emit`) turn records into triples, and :mod:`graph.store` writes them.
"""

__version__ = "0.2.0"

from graph.api import Graph, Rows, build, load

__all__ = ["build", "load", "Graph", "Rows", "__version__"]
