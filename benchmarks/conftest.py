"""pytest settings for the doctests of ``benchmarks/`` (``--doctest-modules``)."""

# Each development gold's page generator is benchmarks/dev-gold/<set>/make_pages.py: under
# --doctest-modules pytest would import them all as the one module "make_pages" (an import
# file mismatch). They are loaded by path by the scoring command (graph.evaluation.blind).
collect_ignore_glob = ["dev-gold/*/*.py"]
