"""Pages of a second English DEVELOPMENT gold (not a blind set): 5 more non-reserved AKN
resolutions annotated by reading (``gold.jsonl``) after the extractor had been changed on the
first set (``../en``): a held-out check, scored once as it came, then used for three fixes.
The pages are rendered in the official layout by the code of :mod:`benchmarks.en_web_dev`;
nothing from ``../shared`` is kept in the project: the pages are written at run time.

Score the extractor on it (the blind sets' scoring, :mod:`graph.evaluation.blind`)::

    python -m graph.evaluation.blind benchmarks/dev-gold/en-2 --errors
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
