"""Pages of the English DEVELOPMENT gold (not a blind set): 19 non-reserved texts annotated by
reading (``gold.jsonl``, the blind sets' format), 11 modern resolutions from the UN's AKN XML
rendered in the official layout by :mod:`benchmarks.en_web_dev`'s own code and 8 texts of the
1946-1994 corpus copied as they are. Nothing from ``../shared`` is kept in the project: the
pages are written at run time.

Score the extractor on it (the blind sets' scoring, :mod:`graph.evaluation.blind`)::

    python -m graph.evaluation.blind benchmarks/dev-gold/en --errors
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write_pages(shared: Path, out: Path) -> list[Path]:
    """Write every page of ``gold.jsonl`` into *out*; return their paths."""
    sys.path.insert(0, str(HERE.parents[2]))
    try:
        from benchmarks.en_web_dev import write_gold_pages
    finally:
        sys.path.remove(str(HERE.parents[2]))
    return write_gold_pages(HERE / "gold.jsonl", shared, out)
