"""English web pages for DEVELOPMENT: how the pipeline reads resolutions pasted from the web.

Pages are generated from the NON-reserved English AKN4UN files of ``../shared/corpus/akn``
(the lists given with ``--exclude`` are left out, as in :mod:`benchmarks.akn_links`) with this
module's own rendering of the XML (ElementTree, its own rules; not the project's reader) and its
own page chrome, written from what real sites do (issue 16, round 2): Wikisource pages (title
line, "← previous | next →", info boxes with a neighbour's symbol), UN press pages ("Full
text:", breadcrumbs, share buttons, cookie banners), NGO and news pages (related links naming
other resolutions, tags, licence notes as numbered footers), official gazettes (issue and page
furniture), PDF copy-paste (the cover's "United Nations S/RES/n (yyyy) Security Council
Distr.: General", running heads, job numbers, "2/5" page numbers), tables of contents;
headings in many forms ("Resolution 2223 (2015)", "RESOLUTION 2223 (2015)", "S/RES/2223(2015)",
"Security Council resolution 2223 (2015)", "UNSCR 2223 (2015)", "Resolution No. 2223 (2015)",
"Resolution 2223 (2015) of 28 May 2015", full-width digits, odd spacing, Markdown and bold
marks, over two or three lines, symbol only, after a title line), the date line before or
after the heading, the adoption line present, absent or reworded; bodies in the official
layout, one paragraph a line, all on one line, hard-wrapped, with bullets, in Markdown
(emphasis marks around the formula and the first words), with or without the formula ("The
Security Council," / ":" / none), preambular paragraphs without their commas, with a second
resolution glued on (its own heading form, adoption line and layout). Pages that must be
REFUSED are made too: no heading and a file name without identity (its only resolution
numbers in recalled paragraphs), a news article under a heading. Every choice is drawn from
a generator seeded with the resolution's symbol and the page's number: the same corpus gives
the same pages.

Each page is read as the build reads a text (:func:`graph.pipeline.read_parsed`,
:func:`graph.resolve.resolve` with the record of ``data_extract``) and compared with the same
resolution read from its XML (:func:`graph.sources.akn.read_akn`) and resolved the same way:
identity (a valid page refused or read as another resolution is wrong; a page to refuse must
be refused), operative paragraphs, citations by kind. Nothing generated is kept: the pages go
to a temporary folder (or ``--out``)::

    python -m benchmarks.en_web_dev --exclude /work/notes/reserved-en.txt \\
        --exclude /work/notes/reserved2-en-web.txt [-n 400] [--pages 2] [--list] [--out DIR]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import textwrap
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "akn"
MONTHS = ("January February March April May June July August September October November "
          "December").split()


@dataclass
class Resolution:
    """One English resolution rendered from its XML."""

    xml: Path
    number: int
    year: int
    day: str  # "28 May 2015" (may be "")
    adopted: str  # the adoption line as the XML gives it
    pp: list[str] = field(default_factory=list)
    op: list[list[str]] = field(default_factory=list)  # an OP: its lines (sub-paragraphs)

    @property
    def symbol(self) -> str:
        return f"S/RES/{self.number} ({self.year})"


@dataclass
class Page:
    """A generated page: where it is, what it must be read as (None: to be refused)."""

    path: Path
    resolution: Resolution
    identity: str | None
    traits: list[str]


def _clean(text: str) -> str:
    return " ".join(text.split())


def _render_op(par: ET.Element) -> list[str]:
    """An operative paragraph as lines: its number and intro, then one line per point."""
    lines: list[str] = []
    num = par.find(f"{NS}num")
    head = _clean(num.text or "") if num is not None else ""
    lst = par.find(f"{NS}list")
    if lst is None:
        content = par.find(f"{NS}content")
        body = _clean("".join(content.itertext())) if content is not None else ""
        return [f"{head} {body}".strip()]
    intro = lst.find(f"{NS}intro")
    lines.append(f"{head} {_clean(''.join(intro.itertext())) if intro is not None else ''}")
    for point in lst:
        if point.tag in (f"{NS}point", f"{NS}paragraph"):
            lines.append(_clean("".join(point.itertext())))
    wrap = lst.find(f"{NS}wrapUp")
    if wrap is not None:
        lines.append(_clean("".join(wrap.itertext())))
    return [line for line in lines if line]


def render(xml: Path) -> Resolution | None:
    """Render an English resolution's XML; ``None`` for anything else."""
    try:
        root = ET.parse(xml).getroot()
    except ET.ParseError:
        return None
    titles = [_clean("".join(t.itertext())) for t in root.iter(f"{NS}docTitle")]
    head = next((t for t in titles if re.fullmatch(r"Resolution \d+ \(\d{4}\)", t)), None)
    pre = root.find(f".//{NS}preamble")
    body = root.find(f".//{NS}mainBody")
    if head is None or pre is None or body is None:
        return None
    number, year = map(int, re.findall(r"\d+", head))
    adopted = next((t for t in titles if t.startswith("Adopted")), "")
    day = re.search(r"(\d{1,2})\s*(" + "|".join(MONTHS) + r")\s+(\d{4})", adopted)
    pps = [_clean("".join(c.itertext())) for c in pre if c.tag == f"{NS}container"]
    ops = [_render_op(p) for p in body if p.tag == f"{NS}paragraph"]
    if not pps or not ops or not all(re.match(r"\d+\. ", o[0]) for o in ops):
        return None
    return Resolution(xml, number, year,
                      f"{day.group(1)} {day.group(2)} {day.group(3)}" if day else "",
                      re.sub(r"\bon(\d)", r"on \1", adopted), pps, ops)


# --- headings and chrome -------------------------------------------------------------------

_FULL_WIDTH = str.maketrans("0123456789()", "０１２３４５６７８９（）")


def _heading(r: Resolution, rng: random.Random) -> tuple[str, list[str]]:
    """A heading form: (its name, its lines)."""
    n, y = r.number, r.year
    forms = {
        "h-official": [f"Resolution {n} ({y})"],
        "h-upper": [f"RESOLUTION {n} ({y})"],
        "h-sc": [f"Security Council resolution {n} ({y})"],
        "h-un-sc": [f"United Nations Security Council Resolution {n} ({y})"],
        "h-unscr": [f"UNSCR {n} ({y})"],
        "h-no": [f"Resolution No. {n} ({y})"],
        "h-of-date": [f"Resolution {n} ({y}) of {r.day}" if r.day else f"Resolution {n} ({y})"],
        "h-tight": [f"Resolution {n}({y})"],
        "h-spaced": [f"Resolution   {n}  ( {y} )"],
        "h-lower": [f"resolution {n} ({y})"],
        "h-fullwidth": [f"Resolution {n} ({y})".translate(_FULL_WIDTH)],
        "h-markdown": [f"# Resolution {n} ({y})"],
        "h-bold": [f"**Resolution {n} ({y})**"],
        "h-two-line": [f"Resolution {n}", f"({y})"],
        "h-two-line-word": ["Resolution", f"{n} ({y})"],
        "h-symbol": [f"S/RES/{n} ({y})"],
        "h-symbol-tight": [f"S/RES/{n}({y})"],
        "h-symbol-star": [f"S/RES/{n} ({y})*"],
        "h-sc-symbol": [f"Security Council S/RES/{n} ({y})"],
        "h-pdf-cover": ["United Nations", f"S/RES/{n} ({y})", "Security Council",
                        "Distr.: General", r.day or f"{y}"],
        "h-title-colon": [f"Security Council Resolution {n} ({y}): text"],
        "h-dash-topic": [f"Resolution {n} ({y}) - {rng.choice(TOPICS)}"],
    }
    name = rng.choice(sorted(forms))
    return name, forms[name]


TOPICS = ["The situation in the Middle East", "Maintenance of international peace and security",
          "Reports of the Secretary-General on the Sudan", "Threats to international peace",
          "Children and armed conflict", "Women and peace and security"]


def _adoption(r: Resolution, rng: random.Random) -> tuple[str, str]:
    forms = {"adopt-xml": r.adopted,
             "adopt-none": "",
             "adopt-unanimous": f"Adopted unanimously on {r.day}" if r.day else "",
             "adopt-paren": f"(Adopted on {r.day})" if r.day else "",
             "adopt-date-only": r.day,
             "adopt-vote": f"Adopted by a vote of 15 in favour on {r.day}" if r.day else ""}
    name = rng.choice(sorted(forms))
    return name, forms[name]


def _title_lines(r: Resolution, rng: random.Random) -> tuple[str, list[str]]:
    n, y = r.number, r.year
    forms = {
        "t-none": [],
        "t-full-text": [f"Full text: UN Security Council Resolution {n}"],
        "t-unscr": [f"UNSCR {n} | Security Council Report"],
        "t-text-of": [f"Text of Security Council resolution {n} ({y}) on {rng.choice(TOPICS)}"],
        "t-press": [f"Security Council Adopts Resolution {n} ({y}), {rng.randint(11, 15)} in "
                    f"Favour", f"SC/{rng.randint(10000, 15999)}", "Meetings Coverage"],
        "t-wikisource": [f"United Nations Security Council Resolution {n}",
                         "From Wikisource", "Jump to navigation Jump to search"],
        "t-gazette": [f"Official Gazette No. {rng.randint(1, 52)}, {y}",
                      f"Notice No. {rng.randint(1, 300)}/{y}"],
    }
    name = rng.choice(sorted(forms))
    return name, forms[name]


def _chrome_top(r: Resolution, rng: random.Random) -> tuple[list[str], list[str]]:
    n, y = r.number, r.year
    traits, lines = [], []
    if rng.random() < 0.3:
        traits.append("cookie")
        lines += ["We use cookies to improve your experience on our website. By continuing "
                  "you agree to our use of cookies.", "Accept all   Manage preferences"]
    if rng.random() < 0.35:
        traits.append("breadcrumb")
        lines.append(rng.choice([f"Home > Documents > Resolutions > {y}",
                                 f"Home / Security Council / Resolutions / {y} / {n}",
                                 f"You are here: Home » Resolutions » S/RES/{n} ({y})"]))
    if rng.random() < 0.35:
        traits.append("nav")
        lines.append(rng.choice([f"\u2190 Resolution {n - 1} ({y}) | Resolution {n + 1} ({y}) "
                                 "\u2192", f"Previous: Resolution {n - 1}   Next: Resolution "
                                 f"{n + 1}", f"<< {n - 1} | {n + 1} >>"]))
    if rng.random() < 0.3:
        traits.append("infobox")
        lines += [f"Symbol: S/RES/{n + rng.choice([-1, 1])} ({y})", "Vote: 15-0-0",
                  f"Date: {r.day or y}", f"Meeting: {rng.randint(4000, 9900)}"]
    if rng.random() < 0.2:
        traits.append("share")
        lines.append(rng.choice(["Share: Facebook Twitter Email Print", "Share this page",
                                 "Tweet | Share | Email"]))
    if rng.random() < 0.2:
        traits.append("toc")
        lines += ["Contents", "1 Preamble", "2 Operative paragraphs", "3 See also"]
    if rng.random() < 0.2:
        traits.append("related-top")
        lines += ["Related resolutions:", f"Resolution {n - 3} ({y})",
                  f"S/RES/{n - 2} ({y})"]
    return traits, lines


def _chrome_bottom(r: Resolution, rng: random.Random) -> tuple[list[str], list[str]]:
    n, y = r.number, r.year
    traits, lines = [], []
    if rng.random() < 0.35:
        traits.append("related")
        lines += ["Related", f"Resolution {n + 1} ({y}) renews the mandate of the mission",
                  f"Security Council extends sanctions regime, press release "
                  f"SC/{rng.randint(10000, 15999)}"]
    if rng.random() < 0.3:
        traits.append("footer-numbered")
        lines += ["1. This page is licensed under a Creative Commons licence.",
                  "2. Reuse is allowed with attribution to the editors.",
                  "3. Errors may be reported to the webmaster."]
    if rng.random() < 0.25:
        traits.append("tags")
        lines += ["Tags: sanctions, peacekeeping, Security Council", "Share this article"]
    if rng.random() < 0.2:
        traits.append("nav-bottom")
        lines.append(f"\u2190 Resolution {n - 1} ({y}) | Resolution {n + 1} ({y}) \u2192")
    if rng.random() < 0.2:
        traits.append("copyright")
        lines.append(f"\u00a9 {y + 1} United Nations. All rights reserved.")
    return traits, lines


def _emphasize(line: str, mark: str) -> str:
    """*line* with its first word (after an operative number) between emphasis marks."""
    return re.sub(r"^((?:\d+\.\s+)?)([A-Za-z][\w-]*)",
                  lambda m: f"{m.group(1)}{mark}{m.group(2)}{mark}", line, count=1)


def _body(r: Resolution, rng: random.Random) -> tuple[str, list[str]]:
    """The body's layout: (its name, its lines), the formula ("The Security Council,") first
    (or none: a text that lost it)."""
    pps, ops = r.pp, r.op
    layout = rng.choice(["official", "official", "lines", "one-line", "wrapped", "bullets",
                         "pdf", "markdown"])
    opening = rng.choice(["The Security Council,", "The Security Council,",
                          "The Security Council ,", "THE SECURITY COUNCIL,",
                          "The Security Council:", ""])
    if rng.random() < 0.15:  # preambular paragraphs without their final comma
        pps = [p.rstrip(",") for p in pps]
    if layout == "markdown":  # emphasis on the formula and on each paragraph's first word
        mark = rng.choice(["_", "*", "**"])
        ops = [[_emphasize(o[0], mark), *o[1:]] for o in ops]
        return layout, [f"{mark}{opening.rstrip(',:')}{mark}{opening[-1:]}" if opening else "",
                        ""] + [x for p in pps for x in (_emphasize(p, mark), "")] + [
            x for o in ops for x in ("\n".join(o), "")]
    if layout == "official":
        return layout, [opening, ""] + [x for p in pps for x in (p, "")] + [
            x for o in ops for x in ("\n".join(o), "")]
    if layout == "lines":
        return layout, [opening] + pps + [x for o in ops for x in o]
    if layout == "one-line":
        return layout, [" ".join([opening] + pps + [x for o in ops for x in o])]
    if layout == "wrapped":
        width = rng.choice([60, 72, 80])
        return layout, [opening, ""] + [
            x for p in pps + [line for o in ops for line in o]
            for x in [*textwrap.wrap(p, width), ""]]
    if layout == "bullets":
        mark = rng.choice(["\u2022 ", "* ", "- ", "\u00b7 "])
        return layout, [opening, ""] + [mark + p for p in pps] + [x for o in ops for x in o]
    # pdf copy-paste: hard-wrapped with a running head and page numbers every ~40 lines
    lines = [opening, ""] + [x for p in pps + [line for o in ops for line in o]
                             for x in [*textwrap.wrap(p, 85), ""]]
    job = f"{r.year % 100:02d}-{rng.randint(10000, 99999)} (E)"
    total = len(lines) // 40 + 1
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        if i and i % 40 == 0:
            page = i // 40 + 1
            out += ["", f"{page}/{total}" if rng.random() < 0.5 else job, "",
                    f"S/RES/{r.number} ({r.year})", ""]
    return layout, out


def make_page(r: Resolution, other: Resolution | None, out: Path, k: int) -> Page:
    """The *k*-th page of *r* (glued *other* maybe), written into *out*."""
    rng = random.Random(f"en-web-dev|{r.symbol}|{k}")
    traits: list[str] = []
    name = f"page-{r.number}-{k}.txt"
    top_traits, top = _chrome_top(r, rng)
    bottom_traits, bottom = _chrome_bottom(r, rng)
    title_name, title = _title_lines(r, rng)
    head_name, head = _heading(r, rng)
    adopt_name, adopt = _adoption(r, rng)
    body_name, body = _body(r, rng)
    traits += [title_name, head_name, adopt_name, body_name, *top_traits, *bottom_traits]
    special = rng.random()
    identity: str | None = r.symbol
    if special < 0.08:  # no heading: the file name gives the identity
        traits.append("no-heading-file-name")
        head, title, adopt = [], [t for t in title if not re.search(r"\d", t)], ""
        top = [t for t in top if not re.search(r"\d", t)]
        name = rng.choice([f"S_RES_{r.number}_{r.year}_EN.txt",
                           f"S_RES_{r.number:04d}_{r.year}_EN.txt"])
    elif special < 0.12:  # no heading anywhere: only recalled resolutions -> refuse
        traits.append("no-identity")
        head, title, adopt = [], [], ""
        top, bottom = [], []
        identity = None
    elif special < 0.15:  # a news article under a heading: no resolution text -> refuse
        traits.append("article")
        body = [f"The Security Council on {r.day or r.year} adopted resolution {r.number} "
                f"({r.year}), extending the mandate of the mission.", "",
                "Diplomats said the vote followed weeks of negotiations. Several members "
                "welcomed the text; others abstained on the vote.", "",
                "The Council will consider the matter again next year."]
        identity = None
    if adopt and rng.random() < 0.3:
        traits.append("date-before-heading")
        lines = [*title, "", *top, "", adopt, "", *head, ""]
    else:
        lines = [*top, "", *title, "", *head, adopt, ""]
    lines += [*body, ""]
    if other is not None and rng.random() < 0.2 and identity is not None:
        # the next resolution of the site glued after this one: any heading form, adoption
        # line and body layout of its own (it must never decide the identity)
        glued_head_name, glued_head = _heading(other, rng)
        _, glued_adopt = _adoption(other, rng)
        glued_body_name, glued_body = _body(other, rng)
        traits += ["glued", f"glued-{glued_head_name}", f"glued-{glued_body_name}"]
        lines += ["", *glued_head, glued_adopt, "", *glued_body]
    lines += ["", *bottom]
    text = "\n".join(lines).strip("\n") + "\n"
    path = out / name
    path.write_text(text, encoding="utf-8")
    return Page(path, r, identity, traits)


# --- the corpus ------------------------------------------------------------------------------


def read_exclude(lists: list[Path]) -> set[str]:
    """The names of the excluded files (each line as it is and its file name)."""
    out: set[str] = set()
    for f in lists:
        for line in f.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line:
                out |= {line, Path(line).name, line.removeprefix("akn/")}
    return out


def read_resolutions(folder: Path, exclude: set[str], n: int, seed: str = "16") -> list[
        Resolution]:
    """Up to *n* non-excluded English resolutions (a seeded sample), once per symbol."""
    files = sorted(folder.glob("*/English/*.xml")) + sorted(folder.glob("Pre-2020/*/*.xml"))
    files = [f for f in files if not ({str(f.relative_to(folder)), f.name, str(f),
                                       f"akn/{f.relative_to(folder)}"} & exclude)]
    random.Random(seed).shuffle(files)
    seen: dict[str, Resolution] = {}
    for f in files:
        if len(seen) >= n:
            break
        r = render(f)
        if r is not None:
            seen.setdefault(r.symbol, r)
    return sorted(seen.values(), key=lambda r: (r.year, r.number))


# --- measuring -------------------------------------------------------------------------------


def _facts(resolved) -> dict[str, set]:
    out: dict[str, set] = {"sc": set(), "ga": set(), "doc": set(), "ops": set()}
    own = resolved.parsed.header.symbol
    for c in resolved.citations:
        if c.paragraph.kind not in ("PP", "OP"):
            continue
        sym = c.document.symbol if c.document is not None else None
        if sym is None or sym == own:
            continue
        out["sc" if sym.startswith("S/RES/") else "ga" if sym.startswith("A/RES/")
            else "doc"].add(sym)
    out["ops"] = {p.label for p in resolved.parsed.paragraphs if p.kind == "OP"}
    return out


def run(folder: Path, exclude: set[str], out: Path, n: int, per: int, listing: bool) -> str:
    from benchmarks.akn_links import record_of
    from graph.errors import InputError
    from graph.pipeline import read_parsed
    from graph.registry import load_registry
    from graph.resolve import resolve
    from graph.sources.akn import read_akn

    registry = load_registry()
    record = record_of(folder)
    res = read_resolutions(folder, exclude, n)
    ident: Counter = Counter()
    by_trait: dict[str, Counter] = {}
    vs_ref = {k: [0, 0, 0] for k in ("sc", "ga", "doc")}
    ops_ok = valid = 0
    problems: list[str] = []
    for i, r in enumerate(res):
        ref = None
        for k in range(per):
            d = out / f"{i}-{k}"
            d.mkdir(parents=True, exist_ok=True)
            page = make_page(r, res[i - 1] if i else None, d, k)
            try:
                parsed = read_parsed(page.path)
                got_id = parsed.header.symbol
                got = _facts(resolve(parsed, registry, record))
                why = ""
            except InputError as exc:
                got_id, got, why = None, None, exc.problem
            ok = got_id == page.identity
            ident["right" if ok else "wrong"] += 1
            if not ok:
                problems.append(f"{page.path.name} {page.traits}: identity {got_id} "
                                f"(want {page.identity}) {why[:160]}")
            for t in page.traits:
                by_trait.setdefault(t, Counter())["ok" if ok else "bad"] += 1
            if page.identity is None or got is None:
                continue
            valid += 1
            if ref is None:
                ref = _facts(resolve(read_akn(r.xml), registry, record))
            ops_ok += got["ops"] == ref["ops"]
            if got["ops"] != ref["ops"] and listing:
                problems.append(f"{page.path.name} {page.traits}: ops {len(got['ops'])} vs "
                                f"{len(ref['ops'])}")
            for kind, c in vs_ref.items():
                c[0] += len(got[kind] & ref[kind])
                c[1] += len(got[kind] - ref[kind])
                c[2] += len(ref[kind] - got[kind])
                if listing and got[kind] != ref[kind]:
                    problems.append(f"{page.path.name} {page.traits}: {kind} extra "
                                    f"{sorted(got[kind] - ref[kind])[:5]} missing "
                                    f"{sorted(ref[kind] - got[kind])[:5]}")

    def prf(tp: int, fp: int, fn: int) -> str:
        p = tp / (tp + fp) if tp + fp else 1.0
        rr = tp / (tp + fn) if tp + fn else 1.0
        return f"P {p:.4f} R {rr:.4f} ({tp} / +{fp} / -{fn})"

    total = ident["right"] + ident["wrong"]
    lines = [f"en web dev pages: {total} ({len(res)} resolutions x {per}) from {folder}",
             f"identity right {ident['right']} wrong {ident['wrong']} "
             f"({ident['right'] / max(total, 1):.4f}); operative paragraphs as in the XML: "
             f"{ops_ok} of {valid} pages read", "", "citations against the XML read by the AKN "
             "reader:"]
    lines += [f"  {k:4} {prf(*v)}" for k, v in vs_ref.items()]
    lines += ["", "identity by trait (right/pages):"]
    lines += [f"  {t:22} {c['ok']}/{c['ok'] + c['bad']}" for t, c in sorted(by_trait.items())]
    if listing:
        lines += ["", *problems]
    else:
        lines += ["", *[p for p in problems if "identity" in p]]
    return "\n".join(lines)


def write_gold_pages(gold: Path, shared: Path, out: Path) -> list[Path]:
    """Write the page of every record of a development gold file *gold* (the blind sets'
    format) into *out* and return their paths: an AKN source rendered in the official layout,
    a 1946-1994 text copied as it is (``benchmarks/dev-gold/en*/make_pages.py``)."""
    import json
    import shutil

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for line in gold.read_text(encoding="utf-8").splitlines():
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--exclude", action="append", default=[], type=Path)
    ap.add_argument("-n", type=int, default=400, help="resolutions (a seeded sample)")
    ap.add_argument("--pages", type=int, default=2, help="pages made of each resolution")
    ap.add_argument("--out", type=Path, help="write the pages here (kept)")
    ap.add_argument("--list", action="store_true", help="list every page that differs")
    args = ap.parse_args(argv)
    if not args.folder.is_dir():
        print(f"skipped: {args.folder} not found")
        return 0
    exclude = read_exclude(args.exclude)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        print(run(args.folder, exclude, args.out, args.n, args.pages, args.list))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            print(run(args.folder, exclude, Path(tmp), args.n, args.pages, args.list))
    return 0


if __name__ == "__main__":
    sys.exit(main())
