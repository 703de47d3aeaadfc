"""unsc-graph: a knowledge graph of UN Security Council resolutions.

The pipeline, one module per step: :mod:`graph.read` -> :mod:`graph.segment` ->
:mod:`graph.find` -> :mod:`graph.resolve` -> :mod:`graph.triples` -> :mod:`graph.store`,
driven by :mod:`graph.build`.
"""

__version__ = "0.2.0"
