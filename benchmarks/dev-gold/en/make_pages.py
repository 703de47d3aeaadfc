"""Pages of the English DEVELOPMENT gold (not a blind set): 19 non-reserved texts annotated by
reading (``gold.jsonl``, the blind sets' format), 11 modern resolutions from the UN's AKN XML
rendered in the official layout by :mod:`benchmarks.en_web_dev`'s own code and 8 texts of the
1946-1994 corpus copied as they are. Nothing from ``../shared`` is kept in the project: the
pages are written at run time.

Score the extractor on it (the blind sets' scoring, :mod:`graph.evaluation.blind`)::

    python -m graph.evaluation.blind benchmarks/dev-gold/en --errors
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write_pages(shared: Path, out: Path) -> list[Path]:
    """Write every page of ``gold.jsonl`` into *out*; return their paths."""
    sys.path.insert(0, str(HERE.parents[2]))
    try:
        from benchmarks.en_web_dev import render
    finally:
        sys.path.remove(str(HERE.parents[2]))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        src = shared / "corpus" / rec["source"]
        dest = out / rec["page"]
        if src.suffix == ".xml":
            r = render(src)
            parts = [f"S/RES/{r.number} ({r.year})", f"Resolution {r.number} ({r.year})",
                     r.adopted, "The Security Council,", *r.pp, *("\n".join(o) for o in r.op)]
            dest.write_text("\n\n".join(p for p in parts if p) + "\n", encoding="utf-8")
        else:
            shutil.copyfile(src, dest)
        written.append(dest)
    return written
