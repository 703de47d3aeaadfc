"""Pages of the round-3 blind set en-web-3 (issue 16): English Security Council resolutions
(2000-2019) as users paste them from web pages, plus pages of our own writing to refuse.

The resolution texts are read from the UN's AKN files under ``../shared/corpus`` and rendered
to plain text by this module's own simple rules (ElementTree ``itertext``), then wrapped in
page chrome and reshaped by each page's layout traits. Stdlib only; deterministic (one
``random.Random`` per page, seeded with the page id).

    python tests/blind/en-web-3/make_pages.py ../shared OUT

>>> squeeze("  a \\n b  ")
'a b'
>>> [p["id"] for p in page_plan()][:2]
['en-web-3-01', 'en-web-3-02']
"""

from __future__ import annotations

import random
import re
import shutil
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
OWN = HERE / "own"
AKN = "akn/Pre-2020"

#: (id number, AKN file under corpus/, layout traits, AKN file glued after it or None)
PLAN = [
    (1, "2001/S_RES_1358_N0142926.xml", ["wiki-infobox", "prev-next", "categories"], None),
    (2, "2001/S_RES_1351_N0138948.xml", ["pdf-paste", "running-heads"], None),
    (3, "2017/S_RES_2392_1722550E.xml", ["one-line", "fulltext-title"], None),
    (4, "2010/S_RES_1924_N1037944.xml", ["filename-only", "para-per-line"], None),
    (5, "2016/S_RES_2264_1601744E.xml", ["symbol-heading", "bullets", "cookie-banner"], None),
    (6, "2003/S_RES_1498_N0345032.xml", ["heading-two-lines", "missing-commas", "breadcrumbs"],
     None),
    (7, "2002/S_RES_1453_N0275598.xml", ["gazette", "adoption-first", "glued-second"],
     "2014/S_RES_2167_1458432E.xml"),
    (8, "2004/S_RES_1561_N0451425.xml", ["quoted-mail", "title-line"], None),
    (9, "2008/S_RES_1799_N0824123.xml", ["fullwidth-digits", "share-bar", "related-links"],
     None),
    (10, "2000/S_RES_1322_N0067937.xml", ["line-numbers", "symbol-heading"], None),
    (11, "2010/S_RES_1957_N1069495.xml", ["press-release", "no-adoption"], None),
    (12, "2003/S_RES_1510_N0355555.xml", ["markdown", "title-line", "glued-second"],
     "2009/S_RES_1874_N0936849.xml"),
    (13, "2006/S_RES_1712_N0654507.xml", ["pdf-paste", "hyphenation", "missing-commas"], None),
    (14, "2001/S_RES_1378_N0163857.xml", ["spaced-heading", "pp-numbered", "licence-footer"],
     None),
    (15, "2000/S_RES_1310_N0055543.xml", ["filename-only", "one-line"], None),
    (16, "2008/S_RES_1813_N0832546.xml", ["wiki-infobox", "heading-two-lines", "bullets"], None),
    (17, "2016/S_RES_2323_1622075E.xml", ["op-parens", "fulltext-title", "cookie-banner"],
     None),
    (18, "2012/S_RES_2044_N1231271.xml", ["gazette", "hard-wrap", "glued-second"],
     "2011/S_RES_1973_N1126839.xml"),
    (19, "2017/S_RES_2384_1719735E.xml", ["table-paste", "title-line"], None),
    (20, "2007/S_RES_1745_N0724737.xml", ["lower-heading", "para-per-line", "share-bar"], None),
    (21, "2018/S_RES_2443_1818709E.xml", ["press-release", "bullets"], None),
    (22, "2011/S_RES_2008_N1150232.xml", ["symbol-heading", "hard-wrap", "missing-commas"],
     None),
    (23, "2014/S_RES_2165_1457459E.xml", ["filename-only", "pdf-paste"], None),
    (24, "2001/S_RES_1366_N0152448.xml", ["wiki-infobox", "prev-next", "pp-numbered",
                                          "glued-second"], "2014/S_RES_2155_1454105E.xml"),
    (25, "2011/S_RES_2021_N1161151.xml", ["one-line", "title-line", "adoption-first"], None),
    (26, "2008/S_RES_1817_N0837611.xml", ["markdown", "related-links", "licence-footer"], None),
    (27, "2014/S_RES_2137_1423558e.xml", ["heading-two-lines", "quoted-mail", "glued-second"],
     "2015/S_RES_2230_1511931E.xml"),
    (28, "2010/S_RES_1919_N1033577.xml", ["breadcrumbs", "op-parens", "no-adoption"], None),
    (29, "2015/S_RES_2240_1517515E.xml", ["pdf-paste", "fullwidth-digits", "running-heads"],
     None),
    (30, "2009/S_RES_1907_N0966558.xml", ["fulltext-title", "para-per-line", "missing-commas"],
     None),
]

#: pages of our own writing: (id number, file name, language, traits)
OWN_PLAN = [
    (31, "en-web-3-31.txt", "en", ["negative", "news-story"]),
    (32, "en-web-3-32.txt", "en", ["negative", "index-page"]),
    (33, "en-web-3-33.txt", "de", ["other-language", "wiki-infobox"]),
    (34, "en-web-3-34.txt", "fr", ["other-language", "fulltext-title"]),
    (35, "S_RES_2367_2017_ES.txt", "es", ["other-language", "filename-only"]),
    (36, "en-web-3-36.txt", "pt", ["other-language", "gazette"]),
    (37, "en-web-3-37.txt", "it", ["other-language", "press-release"]),
    (38, "en-web-3-38.txt", "nl", ["other-language", "one-line"]),
]


def squeeze(text: str) -> str:
    """Collapse white space."""
    return " ".join(text.split())


def _local(el: ET.Element) -> str:
    return el.tag.rsplit("}", 1)[-1]


def _text(el: ET.Element) -> str:
    return squeeze("".join(el.itertext()))


def _child(el: ET.Element, name: str) -> ET.Element | None:
    for c in el:
        if _local(c) == name:
            return c
    return None


def _walk(el: ET.Element, kind: str, blocks: list[dict]) -> None:
    """Paragraphs, points, lists and subheadings of a main body, in document order."""
    name = _local(el)
    if name in ("paragraph", "point"):
        numel = _child(el, "num")
        num = _text(numel) if numel is not None else ""
        pending = num
        for c in el:
            cn = _local(c)
            if cn == "content":
                blocks.append({"kind": kind, "num": pending, "text": _text(c)})
                pending = ""
            elif cn in ("list", "sublist"):
                for d in c:
                    dn = _local(d)
                    if dn == "intro":
                        blocks.append({"kind": kind, "num": pending, "text": _text(d)})
                        pending = ""
                    elif dn in ("point", "list", "sublist", "paragraph"):
                        _walk(d, "point", blocks)
                    elif dn == "wrapUp":
                        blocks.append({"kind": "point", "num": "", "text": _text(d)})
            elif cn in ("heading", "subheading"):
                blocks.append({"kind": "sub", "num": "", "text": _text(c)})
        if pending:
            blocks.append({"kind": kind, "num": pending, "text": ""})
    elif name in ("subheading", "heading"):
        blocks.append({"kind": "sub", "num": "", "text": _text(el)})
    elif name == "container":
        for c in el:
            if _local(c) == "p":
                blocks.append({"kind": "op", "num": "", "text": _text(c)})
    else:
        for c in el:
            _walk(c, kind, blocks)


def read_resolution(path: Path) -> dict:
    """Symbol, number, year, adoption line and paragraph blocks of an AKN resolution file."""
    root = ET.parse(path).getroot()
    doc = {"symbol": "", "adoption": "", "blocks": []}
    for el in root.iter():
        n = _local(el)
        if n == "docNumber" and not doc["symbol"]:
            doc["symbol"] = re.sub(r"(\d)\s*\(", r"\1 (", squeeze(el.text or ""))
        elif n == "docTitle" and el.get("refersTo") == "#adoption":
            doc["adoption"] = re.sub(r"\bon(\d)", r"on \1", _text(el))
    m = re.fullmatch(r"S/RES/(\d+) \((\d{4})\)", doc["symbol"])
    doc["number"], doc["year"] = m.group(1), m.group(2)
    for el in root.iter():
        n = _local(el)
        if n == "preamble":
            for c in el:
                cn = _local(c)
                if cn == "formula":
                    doc["blocks"].append({"kind": "formula", "num": "", "text": _text(c)})
                elif cn == "container":
                    for p in c:
                        if _local(p) == "p" and _text(p):
                            doc["blocks"].append({"kind": "pp", "num": "", "text": _text(p)})
        elif n == "mainBody":
            for c in el:
                _walk(c, "op", doc["blocks"])
    # a number standing alone, its text in the next block: joined
    joined: list[dict] = []
    for b in doc["blocks"]:
        if joined and joined[-1]["num"] and not joined[-1]["text"] and not b["num"]:
            joined[-1] = {**joined[-1], "text": b["text"]}
        elif b["text"] or b["num"]:
            joined.append(b)
    doc["blocks"] = joined
    return doc


def body_lines(doc: dict) -> list[str]:
    """One line per block: the numbered paragraphs with their printed numbers."""
    return [(b["num"] + " " if b["num"] else "") + b["text"] for b in doc["blocks"]]


def render_official(doc: dict) -> str:
    """The resolution as the UN prints it: heading, adoption line, blank-line paragraphs."""
    head = [f"Resolution {doc['number']} ({doc['year']})", doc["adoption"]]
    return "\n\n".join(head + body_lines(doc)) + "\n"


# ---------------------------------------------------------------- layout transformations

FULLWIDTH = str.maketrans("0123456789()", "０１２３４５６７８９（）")


def _heading(doc: dict, traits: list[str], rng: random.Random) -> list[str]:
    n, y = doc["number"], doc["year"]
    if "filename-only" in traits:
        return []
    if "symbol-heading" in traits:
        return [doc["symbol"]]
    if "heading-two-lines" in traits:
        return rng.choice([[f"Resolution {n}", f"({y})"], ["Security Council resolution",
                                                           f"{n} ({y})"],
                           ["RESOLUTION", f"{n} ({y})"]])
    if "fullwidth-digits" in traits:
        return [f"Resolution {n} ({y})".translate(FULLWIDTH)]
    if "spaced-heading" in traits:
        return [f"R E S O L U T I O N   {n}  ( {y} )"]
    if "lower-heading" in traits:
        return [f"resolution {n}({y})"]
    return [f"Resolution {n} ({y})"]


def _preamble_marks(lines: list[str], doc: dict, traits: list[str],
                    rng: random.Random) -> list[str]:
    out = []
    k = 0
    bullet = rng.choice(["•", "*", "-", "·"])
    for b, line in zip(doc["blocks"], lines):
        if b["kind"] == "pp":
            k += 1
            if "missing-commas" in traits:
                line = line.rstrip().rstrip(",").rstrip()
            if "bullets" in traits:
                line = f"{bullet} {line}"
            if "pp-numbered" in traits:
                line = f"PP{k}. {line}"
        if b["kind"] == "op" and "op-parens" in traits and re.fullmatch(r"\d+\.", b["num"]):
            line = b["num"][:-1] + ") " + b["text"]
        if "markdown" in traits:
            if b["kind"] == "formula":
                line = f"*{line.rstrip(',')}*,"
            elif b["kind"] == "sub":
                line = f"### {line}"
            elif b["kind"] in ("pp", "op"):
                words = re.match(r"((?:\d+\.\s+)?)([A-Z][a-z]+)(\b.*)", line)
                if words:
                    line = f"{words.group(1)}_{words.group(2)}_{words.group(3)}"
        out.append(line)
    return out


def _hyphenate(text: str, width: int) -> list[str]:
    """Hard wrap at `width`, splitting some long words with a hyphen at the line end."""
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            room = width - len(cur) - 2
            if len(word) > 8 and room >= 4 and word.isalpha():
                lines.append(f"{cur} {word[:room]}-")
                cur = word[room:]
                continue
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return lines


def _pdf(doc: dict, head: list[str], body: list[str], traits: list[str],
         rng: random.Random) -> list[str]:
    width = rng.choice([76, 80, 84])
    wrapped: list[str] = []
    for para in head + body:
        if "hyphenation" in traits:
            wrapped.extend(_hyphenate(para, width))
        else:
            wrapped.extend(textwrap.wrap(para, width) or [""])
        wrapped.append("")
    per_page = rng.choice([18, 24, 30])
    pages = [wrapped[i:i + per_page] for i in range(0, len(wrapped), per_page)]
    total = len(pages)
    job = f"{doc['year'][2:]}-{rng.randint(10000, 99999)} (E)"
    out = ["United Nations", doc["symbol"] if "filename-only" not in traits else "",
           "Security Council", "Distr.: General", ""]
    for i, page in enumerate(pages, start=1):
        if i > 1 and "running-heads" in traits and "filename-only" not in traits:
            out.extend([doc["symbol"], ""])
        elif i > 1:
            out.extend([f"{job}", ""])
        out.extend(page)
        out.extend([f"{i}/{total}", "\f" if i < total else ""])
    out.append(f"{job}  *{rng.randint(1000000, 9999999)}*")
    return out


def render_page(doc: dict, traits: list[str], rng: random.Random,
                glued: dict | None = None) -> str:
    """The page text of one resolution with its layout traits."""
    n, y = int(doc["number"]), doc["year"]
    head = _heading(doc, traits, rng)
    adoption = [] if "no-adoption" in traits else [doc["adoption"]]
    if "fullwidth-digits" in traits and adoption:
        adoption = [adoption[0].translate(FULLWIDTH)]
    if "adoption-first" in traits:
        head = adoption + head
    else:
        head = head + adoption
    body = _preamble_marks(body_lines(doc), doc, traits, rng)
    before: list[str] = []
    after: list[str] = []
    if "cookie-banner" in traits:
        before += ["We use cookies to improve your experience. By continuing you accept our "
                   "use of cookies. [Accept all] [Settings]", ""]
    if "breadcrumbs" in traits:
        before += [f"Home › Documents › Security Council › {y} › Resolution {n}", ""]
    if "wiki-infobox" in traits:
        before += [f"United Nations Security Council Resolution {n}", "From the free library",
                   "", "| Date | " + doc["adoption"].rsplit(", on ", 1)[-1] + " |",
                   f"| Meeting no. | {doc['adoption'].split('its ')[-1].split(' meeting')[0]} |",
                   f"| Code | S/RES/{n} (document) |",
                   f"| Preceded by | Resolution {n - 1} |",
                   f"| Followed by | Resolution {n + 1} |", ""]
    if "prev-next" in traits:
        before += [f"← {n - 1} ({y}) | {n + 1} ({y}) →", ""]
    if "fulltext-title" in traits:
        before += [rng.choice([f"Full text: UN Security Council Resolution {n}",
                               f"FULL TEXT | Security Council resolution {n} ({y})",
                               f"Full text of UNSC Resolution {n} adopted in {y}"]),
                   f"By Staff Writer · {rng.randint(2, 9)} min read", ""]
    if "title-line" in traits:
        before += [rng.choice([f"UNSC Resolution {n}", f"Resolution {n} — text",
                               f"Security Council Resolution {n} ({y}) | Policy Archive"]), ""]
    if "press-release" in traits:
        before += [f"SC/{rng.randint(7000, 13999)}", "Security Council",
                   "Meetings Coverage and Press Releases", "",
                   f"SECURITY COUNCIL ADOPTS RESOLUTION {n} ({y})", "",
                   f"The full text of resolution {n} ({y}) reads as follows:", ""]
        after += ["", "* *** *"]
    if "gazette" in traits:
        issue = rng.randint(3, 52)
        before += [f"OFFICIAL BULLETIN · Series II · No. {issue} · {y}",
                   "International Acts — Part B", ""]
    if "share-bar" in traits:
        after += ["", "Share: Facebook | X | LinkedIn | Email | Print"]
    if "related-links" in traits:
        after += ["", "Related resolutions", f"- Resolution {n - 3} ({y})",
                  f"- S/RES/{n + 2} ({y})", f"- Resolution {n - 40}",
                  f"- Presidential statement S/PRST/{y}/{rng.randint(2, 30)}",
                  f"- Report of the Secretary-General S/{y}/{rng.randint(100, 800)}"]
    if "licence-footer" in traits:
        after += ["", "1. This text is reproduced for information; only the official document "
                  "is authoritative.", "2. Content licensed under CC BY 4.0 unless otherwise "
                  "noted.", "3. Report an error: editors@example.org"]
    if "categories" in traits:
        after += ["", f"Categories: {y} United Nations Security Council resolutions | "
                  "Resolutions concerning the Secretary-General"]
    if "gazette" in traits:
        # running heads every few paragraphs
        paged: list[str] = []
        page = rng.randint(200, 900)
        for i, line in enumerate(body):
            if i and i % 7 == 0:
                page += 1
                paged += [f"{page}        OFFICIAL BULLETIN — Series II        "
                          f"No. {issue}"]
            paged.append(line)
        body = paged
    if "pdf-paste" in traits:
        lines = _pdf(doc, head, body, traits, rng)
    elif "one-line" in traits:
        lines = [" ".join(head + body)]
    elif "para-per-line" in traits:
        lines = head + body
    elif "hard-wrap" in traits:
        width = rng.choice([70, 78, 88])
        lines = []
        for para in head + body:
            lines += [*textwrap.wrap(para, width), ""]
    elif "line-numbers" in traits:
        lines = [f"{i:>4}  {line}" for i, line in enumerate([*head, "", *body], start=1)]
    elif "table-paste" in traits:
        lines = [*head, ""]
        for b, line in zip(doc["blocks"], body):
            if b["num"] and b["kind"] == "op":
                lines.append(f"{b['num']}\t{line[len(b['num']):].strip()}")
            else:
                lines.append(f"\t{line}")
    else:
        lines = []
        for para in head + body:
            lines += [para, ""]
    if "quoted-mail" in traits:
        lines = [f"> {line}".rstrip() for line in lines]
        before = ["---------- Forwarded message ---------",
                  "From: desk officer <desk@example.org>",
                  f"Subject: Fwd: text as adopted ({y})", "", *before]
    if "markdown" in traits and head:
        lines = ["## " + lines[0], *lines[1:]]
    if glued is not None:
        lines += ["", "", *render_official(glued).splitlines()]
    text = "\n".join(before + lines + after)
    return re.sub(r"\n{3,}", "\n\n\n", text).strip("\n") + "\n"


def page_plan() -> list[dict]:
    """Every page of the set: id, file name, source, language, traits, glued source."""
    plan = []
    for k, src, traits, glued in PLAN:
        doc_id = f"en-web-3-{k:02d}"
        page = f"{doc_id}.txt"
        if "filename-only" in traits:
            m = re.search(r"S_RES_(\d+)_", src)
            year = src.split("/")[0]
            page = f"S_RES_{m.group(1)}_{year}_EN.txt"
        plan.append({"id": doc_id, "page": page, "source": f"{AKN}/{src}", "lang": "en",
                     "layout": traits, "glued": f"{AKN}/{glued}" if glued else None})
    for k, name, lang, traits in OWN_PLAN:
        plan.append({"id": f"en-web-3-{k:02d}", "page": name, "source": "own", "lang": lang,
                     "layout": traits, "glued": None})
    return plan


def write_pages(shared: Path, out: Path) -> list[Path]:
    """Write every page of the set into `out`; return their paths in plan order."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for entry in page_plan():
        target = out / entry["page"]
        if entry["source"] == "own":
            shutil.copyfile(OWN / entry["page"], target)
        else:
            rng = random.Random(entry["id"])
            doc = read_resolution(shared / "corpus" / entry["source"])
            glued = read_resolution(shared / "corpus" / entry["glued"]) if entry["glued"] \
                else None
            target.write_text(render_page(doc, entry["layout"], rng, glued), encoding="utf-8")
        paths.append(target)
    return paths


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make_pages.py SHARED OUT")
    for p in write_pages(Path(sys.argv[1]), Path(sys.argv[2])):
        print(p)
