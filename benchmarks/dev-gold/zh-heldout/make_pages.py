"""Pages of the Chinese development gold (benchmarks/dev-gold/zh/gold.jsonl).

Each gold record's ``source`` (a non-reserved Chinese AKN file under ``../shared/corpus``) is
rendered by :mod:`benchmarks.zh_web_dev`'s own rules and laid out by its wider page generator
(seeded by the record's id): the facts were annotated by reading the resolutions; the pages
carry them in web layouts. Nothing is kept: pages are written into *out*.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def write_pages(shared: Path, out: Path, plain: bool = False) -> list[Path]:
    """Write one page per gold record into *out*; return the paths. With *plain*, the
    official layout (heading, adoption line, "安全理事会，", one paragraph a line) instead."""
    sys.path.insert(0, str(ROOT))
    try:
        from benchmarks.zh_web_dev import make_wide_page, render
        from graph.sources.extract import read_adoption_records
    finally:
        sys.path.remove(str(ROOT))
    akn = shared / "corpus" / "akn"
    adoptions: dict[str, tuple[date | None, int | None]] = {
        a.symbol: (a.adopted, a.meeting)
        for f in sorted((akn / "data_extract").glob("*.json"))
        for a in read_adoption_records(f)}
    gold = Path(__file__).with_name("gold.jsonl").read_text(encoding="utf-8").splitlines()
    paths = []
    for line in gold:
        rec = json.loads(line)
        r = render(shared / "corpus" / rec["source"], adoptions)
        if r is None:
            continue
        dest = out / rec["page"]
        if plain:
            adopted = f"安全理事会{r.adopted.year}年{r.adopted.month}月{r.adopted.day}日通过" \
                if r.adopted else ""
            body = [f"第{r.number}({r.year})号决议", adopted, "安全理事会，", *r.preamble,
                    *(line for op in r.operative for line in op)]
            dest.write_text("\n\n".join(body) + "\n", encoding="utf-8")
            paths.append(dest)
            continue
        k = 0
        page = make_wide_page(r, None, out, seed=rec["id"])
        while "file-name" in page.traits:  # the gold names the page: it needs a heading
            page.path.unlink()
            k += 1
            page = make_wide_page(r, None, out, seed=f"{rec['id']}-{k}")
        page.path.rename(dest)
        paths.append(dest)
    return paths
