"""Development pages for the English segmenter (issue 16): English resolution texts rendered
from the UN's AKN XML (../shared/corpus/akn, never the files of a reserved list) with this
module's own simple code, then reshaped as web pages: title lines, navigation lines, info
boxes, numbered footers, related links, a second resolution glued on, no heading, symbol-only
and two-line headings, text on one line, one paragraph per line, hard-wrapped lines, bullets.

``python -m tests.pages_en [--exclude LIST ...] [-n N]`` reads N texts (seeded), makes every
layout of each, runs the extractor and prints, per layout, how many pages kept their identity,
their paragraph counts and the citations the official layout gives. Nothing is written to the
project: the pages are made in memory and in a temporary folder.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import textwrap
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parents[1]
AKN = ROOT.parent / "shared" / "corpus" / "akn"
NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def render_akn(path: Path) -> dict | None:
    """The parts of an English resolution: number, year, adoption line, PPs, OPs."""
    root = ET.parse(path).getroot()
    titles = [_text(t) for t in root.iter(NS + "docTitle")]
    head = next((t for t in titles if re.match(r"Resolution \d+ \(\d{4}\)$", t)), None)
    adopted = next((t for t in titles if t.startswith("Adopted")), "")
    body = root.find(f".//{NS}mainBody")
    pre = root.find(f".//{NS}preamble")
    if head is None or body is None or pre is None:
        return None
    number, year = map(int, re.findall(r"\d+", head))
    pps = [_text(c) for c in pre if c.tag == NS + "container"]
    ops = [_text(p) for p in body if p.tag == NS + "paragraph"]
    if not pps or not ops or not all(re.match(r"\d+\. ", o) for o in ops):
        return None
    return {"number": number, "year": year, "adopted": adopted, "pp": pps, "op": ops}


def official(r: dict, heading: str | None = None) -> str:
    head = heading if heading is not None else f"Resolution {r['number']} ({r['year']})"
    parts = [f"S/RES/{r['number']} ({r['year']})", head, r["adopted"], "The Security Council,"]
    return "\n\n".join(p for p in parts + r["pp"] + r["op"] if p) + "\n"


def _heading(r: dict) -> str:
    return f"Resolution {r['number']} ({r['year']})\n{r['adopted']}\n\nThe Security Council,\n"


CHROME_TOP = ("Full text: UN Security Council Resolution {n}\n"
              "\u2190 Resolution {p} ({y}) | Resolution {q} ({y}) \u2192\n"
              "Symbol: S/RES/{q} ({y})\nVote: 15-0-0\nSubject: Peace and security\n\n")
FOOTER = ("\nRelated\nResolution {q} ({y}) renews the mandate of the mission\n"
          "Security Council extends sanctions regime, press release SC/99999\n\n"
          "1. This page is licensed under a Creative Commons licence.\n"
          "2. Reuse is allowed with attribution to the editors.\n"
          "3. Errors may be reported to the webmaster.\n")


def layouts(r: dict, other: dict) -> dict[str, tuple[str, str]]:
    """Layout name -> (file name, page text)."""
    n, y = r["number"], r["year"]
    fmt = {"n": n, "y": y, "p": n - 1, "q": n + 1}
    paras = r["pp"] + r["op"]
    out = {
        "official": ("page.txt", official(r)),
        "chrome": ("page.txt", CHROME_TOP.format(**fmt) + official(r) + FOOTER.format(**fmt)),
        "lines": ("page.txt", _heading(r) + "\n".join(paras) + "\n"),
        "one-line": ("page.txt", _heading(r).replace("\n", " ") + " ".join(paras) + "\n"),
        "wrapped": ("page.txt", _heading(r) + "\n".join(
            textwrap.fill(p, 72) for p in paras) + "\n"),
        "bullets": ("page.txt", _heading(r) + "\n".join(
            "\u2022 " + p for p in r["pp"]) + "\n" + "\n".join(r["op"]) + "\n"),
        "glued": ("page.txt", official(r) + "\n\n" + official(other)),
        "no-heading": (f"S_RES_{n}_{y}_EN.txt", "The Security Council,\n\n"
                       + "\n\n".join(paras) + "\n"),
        "symbol-only": ("page.txt", official(r, heading="").replace(
            f"S/RES/{n} ({y})\n\n", f"S/RES/{n} ({y})\n\n", 1)),
        "two-line": ("page.txt", official(r, heading=f"Resolution {n}\n({y})").replace(
            f"S/RES/{n} ({y})\n\n", "", 1)),
    }
    return out


def _reserved(lists: list[Path]) -> set[str]:
    out: set[str] = set()
    for p in lists:
        for line in p.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line:
                out.add(line)
                out.add(Path(line).name)
    return out


def sample(n: int, exclude: list[Path], seed: int = 16) -> list[Path]:
    reserved = _reserved(exclude)
    files = []
    for p in sorted(AKN.glob("*/English/*.xml")) + sorted(AKN.glob("Pre-2020/*/*.xml")):
        rel = str(p.relative_to(AKN))
        if rel in reserved or p.name in reserved or str(p) in reserved \
                or f"akn/{rel}" in reserved:
            continue
        files.append(p)
    random.Random(seed).shuffle(files)
    return files[: n * 2]


def facts(path: Path, context) -> tuple[str, int, int, set[str]] | str:
    from graph.errors import InputError
    from graph.iri import symbol_from_iri
    from graph.pipeline import read_parsed, resolve_parsed

    try:
        resolved = resolve_parsed(read_parsed(path), context)
    except InputError as exc:
        return exc.problem
    ps = resolved.parsed.paragraphs
    cites = set()
    for c in resolved.citations:
        try:
            cites.add(symbol_from_iri(c.target))
        except ValueError:
            cites.add(str(c.target))
    return (resolved.parsed.header.symbol, sum(p.kind == "PP" for p in ps),
            sum(p.kind == "OP" for p in ps), cites)


def main(argv: list[str] | None = None) -> int:
    from graph.context import BuildContext
    from graph.registry import load_registry

    parser = argparse.ArgumentParser()
    parser.add_argument("--exclude", type=Path, action="append", default=[])
    parser.add_argument("-n", type=int, default=40)
    parser.add_argument("--show", default="")
    args = parser.parse_args(argv)
    if not AKN.is_dir():
        print(f"{AKN}: not present", file=sys.stderr)
        return 0
    context = BuildContext(load_registry())
    texts = [r for r in (render_akn(p) for p in sample(args.n, args.exclude)) if r][: args.n]
    score: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i, r in enumerate(texts):
            base = None
            for name, (fname, page) in layouts(r, texts[i - 1]).items():
                path = Path(tmp) / name / fname
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(page, encoding="utf-8")
                got = facts(path, context)
                want = (f"S/RES/{r['number']} ({r['year']})", len(r["pp"]), len(r["op"]))
                s = score.setdefault(name, [0, 0, 0, 0])
                s[0] += 1
                if isinstance(got, str):
                    if args.show in (name, "all"):
                        print(name, want[0], "REFUSED", got)
                    continue
                if name == "official":
                    base = got[3]
                s[1] += got[0] == want[0]
                s[2] += got[1:3] == want[1:3]
                s[3] += got[3] == base
                if args.show in (name, "all") and (got[:3] != want or got[3] != base):
                    print(name, want, got[:3], sorted((base or set()) ^ got[3])[:6])
    print(f"{'layout':12} {'pages':>5} {'identity':>8} {'PP/OP':>6} {'cites=official':>14}")
    for name, (n, ok, counts, cites) in score.items():
        print(f"{name:12} {n:5d} {ok:8d} {counts:6d} {cites:14d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
