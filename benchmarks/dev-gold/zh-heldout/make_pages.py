"""Pages of the Chinese development gold (benchmarks/dev-gold/zh/gold.jsonl).

Each gold record's ``source`` (a non-reserved Chinese AKN file under ``../shared/corpus``) is
rendered by :mod:`benchmarks.zh_web_dev`'s own rules and laid out by its wider page generator
(seeded by the record's id): the facts were annotated by reading the resolutions; the pages
carry them in web layouts. Nothing is kept: pages are written into *out*.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write_pages(shared: Path, out: Path, plain: bool = False) -> list[Path]:
    """Write one page per record of ``gold.jsonl`` into *out*; return the paths (*plain*: the
    official layout)."""
    sys.path.insert(0, str(HERE.parents[2]))
    try:
        from benchmarks.zh_web_dev import write_gold_pages
    finally:
        sys.path.remove(str(HERE.parents[2]))
    return write_gold_pages(HERE / "gold.jsonl", shared, out, plain)
