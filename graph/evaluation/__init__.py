"""Evaluation of the extractor: the blind sets of issue 16 (:mod:`graph.evaluation.blind`).

The older English gold-sample evaluation stays in :mod:`graph.evaluate`.
"""
