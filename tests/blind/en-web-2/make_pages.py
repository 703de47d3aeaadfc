"""Round-2 blind set `en-web-2`: English Security Council resolutions as pasted from web pages.

``write_pages(shared, out)`` reads the reserved AKN files under ``shared/corpus`` (RESERVED.txt),
renders each to plain text with this module's own rules (ElementTree ``itertext``), wraps it in
the page chrome and reshapes it by the layout traits of ``PLAN``, and copies the pages of our own
writing from ``own/``. Stdlib only; one ``random.Random("en-web-2-NN")`` per page, so the same
../shared gives byte-identical pages.

Run: ``python tests/blind/en-web-2/make_pages.py ../shared OUT``.

>>> squeeze("  a \\t b\\n c ")
'a b c'
>>> ordinal_day("2002-05-30")
'30 May 2002'
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
NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# (id number, source under ../shared/corpus, layout traits); own pages: source "own".
PLAN: list[tuple[int, str, tuple[str, ...]]] = [
    (1, "akn/Pre-2020/2001/S_RES_1352_N0139373.xml", ("fulltext-title", "share-bar", "related-links")),
    (2, "akn/Pre-2020/2002/S_RES_1415_N0240463.xml", ("wikisource", "prev-next", "licence-footer")),
    (3, "akn/Pre-2020/2002/S_RES_1427_N0250043.xml", ("pdf-paste", "hard-wrap", "running-heads")),
    (4, "akn/Pre-2020/2003/S_RES_1477_N0334049.xml", ("nav-menu", "press-release")),
    (5, "akn/Pre-2020/2003/S_RES_1484_N0337768.xml", ("one-line", "title-line")),
    (6, "akn/Pre-2020/2003/S_RES_1516_N0362490.xml", ("filename-only", "para-per-line")),
    (7, "akn/Pre-2020/2004/S_RES_1553_N0444464.xml", ("heading-two-lines", "bullets", "cookie-banner")),
    (8, "akn/Pre-2020/2006/S_RES_1697_N0645028.xml", ("symbol-heading", "breadcrumbs", "missing-commas")),
    (9, "akn/Pre-2020/2006/S_RES_1700_N0646253.xml", ("markdown", "title-line", "glued-second")),
    (10, "akn/Pre-2020/2007/S_RES_1756_N0734329.xml", ("pdf-paste", "running-heads", "para-per-line")),
    (11, "akn/Pre-2020/2007/S_RES_1759_N0738915.xml", ("fulltext-title", "cookie-banner", "numbered-footer")),
    (12, "akn/Pre-2020/2007/S_RES_1760_N0738933.xml", ("wikisource", "prev-next", "bullets")),
    (13, "akn/Pre-2020/2008/S_RES_1843_N0861143.xml", ("press-release", "hard-wrap")),
    (14, "akn/Pre-2020/2010/S_RES_1934_N1043232.xml", ("filename-only", "one-line")),
    (15, "akn/Pre-2020/2010/S_RES_1937_N1049968.xml", ("symbol-heading", "title-line", "missing-commas")),
    (16, "akn/Pre-2020/2010/S_RES_1961_N1070001.xml", ("heading-two-lines", "nav-menu", "share-bar")),
    (17, "akn/Pre-2020/2013/S_RES_2108_1337669e.xml", ("wikisource", "prev-next", "one-line")),
    (18, "akn/Pre-2020/2013/S_RES_2119_N1350820.xml", ("fulltext-title", "breadcrumbs", "related-links")),
    (19, "akn/Pre-2020/2014/S_RES_2140_1424707e.xml", ("pdf-paste", "hard-wrap", "missing-commas")),
    (20, "akn/Pre-2020/2015/S_RES_2254_1522539E.xml", ("markdown", "cookie-banner", "missing-commas")),
    (21, "akn/Pre-2020/2016/S_RES_2327_1622361E.xml", ("para-per-line", "title-line", "glued-second")),
    (22, "akn/Pre-2020/2017/S_RES_2341_1702174E.xml", ("press-release", "numbered-footer")),
    (23, "akn/Pre-2020/2018/S_RES_2419_1809198E.xml", ("filename-only", "hard-wrap", "bullets")),
    (24, "akn/Pre-2020/2018/S_RES_2432_1814341E.xml", ("heading-two-lines", "prev-next", "licence-footer")),
    (25, "akn/Pre-2020/2000/S_RES_1300_N0045619.xml", ("symbol-heading", "one-line")),
    (26, "akn/2025/English/S_RES_2789-2512325E.xml", ("fulltext-title", "para-per-line", "missing-commas")),
    (27, "akn/Pre-2020/2016/S_RES_2281_1606833E.xml", ("wikisource", "licence-footer", "markdown")),
    (28, "akn/Pre-2020/2003/S_RES_1475_N0332310.xml", ("pdf-paste", "running-heads")),
    (29, "akn/Pre-2020/2007/S_RES_1768_N0744540.xml", ("breadcrumbs", "title-line", "bullets")),
    (30, "akn/2024/English/S_RES_2735-2410326E.xml", ("press-release", "share-bar", "one-line")),
    (42, "akn/Pre-2020/2008/S_RES_1831_N0846582.xml", ("fulltext-title", "bullets", "one-line")),
    (43, "akn/2020/English/S_RES_2515 (2020)-2004804E.xml", ("symbol-heading", "hard-wrap")),
    (44, "akn/2022/English/S_RES_2620 (2022)-2202077E.xml", ("wikisource", "missing-commas", "para-per-line")),
    (45, "akn/Pre-2020/2004/S_RES_1529_N0425410.xml", ("breadcrumbs", "pdf-paste", "running-heads")),
]
OWN_PLAN: list[tuple[int, str, str, tuple[str, ...]]] = [
    (31, "en-web-2-31.txt", "en", ("negative", "index-page")),
    (32, "en-web-2-32.txt", "en", ("negative", "news-story")),
    (33, "en-web-2-33.txt", "en", ("negative", "meeting-coverage")),
    (34, "S_RES_2254_2015_DE.txt", "de", ("other-language", "filename-only")),
    (35, "en-web-2-35.txt", "de", ("other-language", "wikisource")),
    (36, "en-web-2-36.txt", "fr", ("other-language", "fulltext-title")),
    (37, "en-web-2-37.txt", "es", ("other-language", "one-line")),
    (38, "en-web-2-38.txt", "pt", ("other-language", "press-release")),
    (39, "en-web-2-39.txt", "it", ("other-language", "para-per-line")),
    (40, "en-web-2-40.txt", "pt", ("other-language", "title-line")),
    (41, "en-web-2-41.txt", "it", ("other-language", "breadcrumbs")),
]


def squeeze(text: str) -> str:
    """Collapse runs of white space to one space and strip the ends."""
    return re.sub(r"\s+", " ", text).strip()


def ordinal_day(iso: str) -> str:
    """A date "YYYY-MM-DD" written as the UN writes it, "D Month YYYY"."""
    year, month, day = iso.split("-")
    return f"{int(day)} {MONTHS[int(month) - 1]} {year}"


def text_of(element: ET.Element) -> str:
    return squeeze("".join(element.itertext()))


def read_resolution(path: Path) -> dict:
    """The symbol, number, year, adoption line, topic and paragraph blocks of an AKN file.

    Blocks are dicts ``{"kind": formula|pp|sub|op|point, "num": str, "text": str, "depth": int}``.
    """
    root = ET.parse(path).getroot()
    symbol = text_of(root.iter(NS + "docNumber").__next__())
    number, year = re.fullmatch(r"S/RES/(\d+) \((\d{4})\)", symbol).groups()
    adoption = ""
    for title in root.iter(NS + "docTitle"):
        if title.get("refersTo") == "#adoption":
            meeting = next((i.get("title") for i in title.iter(NS + "inline")
                            if i.get("name") == "adoptionMeeting"), None)
            date = next(d.get("date") for d in title.iter(NS + "docDate"))
            adoption = ("Adopted by the Security Council"
                        + (f" at its {meeting} meeting" if meeting else "")
                        + f", on {ordinal_day(date)}")
    topic = ""
    for keyword in root.iter(NS + "keyword"):
        if keyword.get("refersTo") == "title":
            found = re.search(r"\[(.*)\]", keyword.get("showAs", ""))
            topic = found.group(1) if found else ""
    docket = ""
    for element in root.iter(NS + "docketNumber"):
        docket = text_of(element)
    if not docket:
        digits = re.search(r"_N?(\d{7})", path.name)
        docket = f"{digits.group(1)[:2]}-{digits.group(1)[2:]} (E)" if digits else ""
    blocks: list[dict] = []
    preamble = next(root.iter(NS + "preamble"))
    for child in preamble:
        kind = "formula" if child.tag == NS + "formula" else "pp"
        blocks.append({"kind": kind, "num": "", "text": text_of(child), "depth": 0})
    body = next(root.iter(NS + "mainBody"))
    for child in body:
        walk(child, blocks, 0)
    blocks = join_orphan_numbers(blocks)
    return {"symbol": symbol, "number": number, "year": year, "adoption": adoption,
            "topic": topic, "docket": docket, "blocks": blocks}


def walk(element: ET.Element, blocks: list[dict], depth: int) -> None:
    """Append the blocks of a paragraph, point, list or sublist element."""
    tag = element.tag.replace(NS, "")
    if tag in ("paragraph", "point"):
        num_el = element.find(NS + "num")
        num = text_of(num_el) if num_el is not None else ""
        kind = "op" if tag == "paragraph" else "point"
        first = True
        for child in element:
            ctag = child.tag.replace(NS, "")
            if ctag == "num":
                continue
            if ctag == "subheading":
                blocks.append({"kind": "sub", "num": "", "text": text_of(child), "depth": 0})
            elif ctag in ("content", "intro", "wrapUp"):
                blocks.append({"kind": kind if first else "cont", "num": num if first else "",
                               "text": text_of(child), "depth": depth})
                first = False
            elif ctag in ("list", "sublist"):
                if first and num:
                    intro = child.find(NS + "intro")
                    if intro is not None:
                        blocks.append({"kind": kind, "num": num, "text": text_of(intro),
                                       "depth": depth})
                        first = False
                        for sub in child:
                            if sub is not intro:
                                walk(sub, blocks, depth + 1)
                        continue
                for sub in child:
                    walk(sub, blocks, depth + 1)
    elif tag in ("list", "sublist"):
        for child in element:
            walk(child, blocks, depth + 1 if tag == "sublist" else depth)
    elif tag in ("intro", "wrapUp", "content"):
        blocks.append({"kind": "cont", "num": "", "text": text_of(element), "depth": depth})
    elif tag == "subheading":
        blocks.append({"kind": "sub", "num": "", "text": text_of(element), "depth": 0})


def join_orphan_numbers(blocks: list[dict]) -> list[dict]:
    """Join a number that stands in an empty paragraph to the text of the next one.

    >>> join_orphan_numbers([{"kind": "op", "num": "1.", "text": "", "depth": 0},
    ...                      {"kind": "op", "num": "", "text": "Decides", "depth": 0}])
    [{'kind': 'op', 'num': '1.', 'text': 'Decides', 'depth': 0}]
    """
    out: list[dict] = []
    for block in blocks:
        if out and out[-1]["num"] and not out[-1]["text"] and not block["num"] and block["text"]:
            out[-1] = dict(out[-1], text=block["text"])
        else:
            out.append(block)
    return out


def body_paragraphs(doc: dict) -> list[str]:
    """The resolution's paragraphs, one string each (no heading)."""
    out = []
    for block in doc["blocks"]:
        if not block["text"] and not block["num"]:
            continue
        if block["kind"] == "point":
            out.append(f"{block['num']} {block['text']}".strip())
        elif block["num"]:
            out.append(f"{block['num']} {block['text']}")
        else:
            out.append(block["text"])
    return out


def render_official(doc: dict) -> str:
    """The resolution as on the UN's document: heading, adoption line, paragraphs."""
    lines = [f"Resolution {doc['number']} ({doc['year']})", "", doc["adoption"], ""]
    for paragraph in body_paragraphs(doc):
        lines += [paragraph, ""]
    return "\n".join(lines).rstrip() + "\n"


# --- layout traits ------------------------------------------------------------------------

def bulleted(doc: dict, rng: random.Random) -> list[str]:
    mark = rng.choice(["•", "-", "*", "·"])
    out = []
    for block in doc["blocks"]:
        if not block["text"]:
            continue
        if block["kind"] == "pp":
            out.append(f"{mark} {block['text']}")
        elif block["num"]:
            out.append(f"{block['num']} {block['text']}")
        else:
            out.append(block["text"])
    return out


def without_commas(paragraphs: list[str]) -> list[str]:
    return [p[:-1] if p.endswith(",") else p for p in paragraphs]


def as_markdown(doc: dict) -> list[str]:
    out = []
    for block in doc["blocks"]:
        text = block["text"]
        if not text:
            continue
        if block["kind"] == "formula":
            text = "*" + text.rstrip(",") + "*,"
        elif block["kind"] in ("pp", "op"):
            verb = re.match(r"([A-Z][a-z’'-]+(?: (?:also|further|again|upon|on))?)\b", text)
            if verb:
                text = f"_{verb.group(1)}_{text[verb.end():]}"
        elif block["kind"] == "sub":
            text = f"### {text}"
        if block["num"] and block["kind"] == "op":
            text = f"{block['num']} {text}"
        elif block["num"]:
            text = f"   {block['num']} {text}"
        out.append(text)
    return out


def hard_wrap(lines: list[str], width: int) -> list[str]:
    out = []
    for line in lines:
        if not line:
            out.append("")
            continue
        out += textwrap.wrap(line, width=width, break_on_hyphens=False) or [""]
    return out


def pdf_pages(doc: dict, lines: list[str], rng: random.Random) -> list[str]:
    """Page furniture of a PDF copy-paste: running heads, page numbers, the job number."""
    size = rng.randint(38, 52)
    chunks = [lines[i:i + size] for i in range(0, len(lines), size)]
    total = len(chunks)
    symbol = doc["symbol"]
    job = doc["docket"]
    out = []
    for n, chunk in enumerate(chunks, start=1):
        if n > 1:
            head = symbol if n % 2 == 0 else f"{' ' * 40}{symbol}"
            out += [head, ""]
        out += chunk
        out += ["", f"{n}/{total}" if n % 2 else f"{' ' * 60}{n}/{total}"]
        if n == 1 and job:
            out += [f"{job}", f"*{job.replace('-', '').split()[0]}*"]
        out.append("\f" if rng.random() < 0.5 else "")
    return out


def chrome_top(trait: str, doc: dict, rng: random.Random, page_id: str) -> list[str]:
    n, y, topic = doc["number"], doc["year"], doc["topic"] or "the situation"
    site = rng.choice(["Global Policy Watch", "PeaceWire", "The Civil Society Monitor",
                       "Conflict Desk", "Humanitarian Brief"])
    if trait == "fulltext-title":
        title = rng.choice([f"Full text: UN Security Council Resolution {n}",
                            f"Full text: Security Council resolution {n} ({y}) {topic}",
                            f"FULL TEXT - UNSC resolution {n}"])
        return [f"{site}", "", title, f"By staff | {ordinal_day_from(doc)}", ""]
    if trait == "title-line":
        return [rng.choice([f"Resolution {n}", f"UN Security Council Resolution {n} ({y})",
                            f"UNSC Resolution {n} | {site}",
                            f"Text of Security Council resolution {n} – {topic}"]), ""]
    if trait == "share-bar":
        return ["Share: Facebook | X | LinkedIn | WhatsApp | Email | Print", ""]
    if trait == "cookie-banner":
        return ["We use cookies to improve your experience on our site. By continuing you "
                "agree to our Cookie Policy. [Accept all] [Manage preferences]", ""]
    if trait == "nav-menu":
        return ["Home | About | Documents | Press | Contact | Donate", ""]
    if trait == "breadcrumbs":
        return [f"Home > Library > Security Council > {y} > S/RES/{n} ({y})", ""]
    if trait == "wikisource":
        return [f"United Nations Security Council Resolution {n}", "from Wikisource", "",
                f"United Nations Security Council Resolution {n}",
                "by the United Nations Security Council", ""]
    if trait == "prev-next":
        a, b = int(n) - 1, int(n) + 1
        return [rng.choice([f"← Resolution {a} | Resolution {b} →",
                            f"← {a} ({y}) | {b} ({y}) →",
                            f"Previous: S/RES/{a} ({y})   Next: S/RES/{b} ({y})"]), ""]
    if trait == "press-release":
        code = 6000 + int(n) * 3 % 9000
        return ["United Nations", "Meetings Coverage and Press Releases", "",
                f"SC/{code}", ordinal_day_from(doc), "",
                f"Security Council adopts resolution {n} ({y})",
                "", f"The full text of resolution {n} ({y}) reads as follows:", ""]
    return []


def chrome_bottom(trait: str, doc: dict, rng: random.Random) -> list[str]:
    n, y = int(doc["number"]), doc["year"]
    if trait == "related-links":
        return ["", "Related", f"- Resolution {n - 7} ({y})", f"- Resolution {n - 23}",
                f"- Statement by the President S/PRST/{y}/{rng.randint(2, 30)}",
                f"- Report of the Secretary-General S/{y}/{rng.randint(100, 900)}"]
    if trait == "numbered-footer":
        return ["", "1. Subscribe to our newsletter.", "2. Follow us on social media.",
                "3. Contact the editorial team at desk@example.org.", "© All rights reserved."]
    if trait == "licence-footer":
        return ["", "This work is a document of the United Nations and is in the public domain.",
                "1. Retrieved from the UN Official Document System.",
                "2. Text may be reproduced freely.", "3. Categories: Security Council resolutions"]
    if trait == "press-release":
        return ["", "* *** *", "", "For information media. Not an official record."]
    if trait == "cookie-banner":
        return ["", "Cookie settings"]
    if trait == "share-bar":
        return ["", "Share this page"]
    return []


def ordinal_day_from(doc: dict) -> str:
    found = re.search(r"on (\d+ \w+ \d{4})", doc["adoption"])
    return found.group(1) if found else doc["year"]


def heading_lines(doc: dict, traits: tuple[str, ...]) -> list[str]:
    n, y = doc["number"], doc["year"]
    if "filename-only" in traits:
        return []
    if "symbol-heading" in traits:
        return [doc["symbol"], "", doc["adoption"], ""]
    if "heading-two-lines" in traits:
        return ["Resolution", f"{n} ({y})", "", doc["adoption"], ""]
    if "pdf-paste" in traits:
        return ["United Nations" + " " * 20 + doc["symbol"], "",
                "Security Council" + " " * 20 + "Distr.: General",
                " " * 36 + ordinal_day_from(doc), "",
                f"Resolution {n} ({y})", "", doc["adoption"], ""]
    return [f"Resolution {n} ({y})", "", doc["adoption"], ""]


def render_page(doc: dict, traits: tuple[str, ...], rng: random.Random, page_id: str,
                glue: dict | None) -> str:
    if "bullets" in traits:
        paragraphs = bulleted(doc, rng)
    elif "markdown" in traits:
        paragraphs = as_markdown(doc)
    else:
        paragraphs = body_paragraphs(doc)
    if "missing-commas" in traits:
        paragraphs = without_commas(paragraphs)
    head = heading_lines(doc, traits)
    if "markdown" in traits and head:
        head = ["## " + head[0], *head[1:]]
    if "para-per-line" in traits:
        body = [h for h in head if h]
        body += paragraphs
    else:
        body = list(head)
        for p in paragraphs:
            body += [p, ""]
    if "hard-wrap" in traits:
        body = hard_wrap(body, rng.choice([72, 78, 80, 88]))
    if "pdf-paste" in traits:
        body = pdf_pages(doc, hard_wrap(body, 80) if "hard-wrap" not in traits else body, rng)
    if "one-line" in traits:
        body = [" ".join(line for line in body if line.strip())]
    top: list[str] = []
    bottom: list[str] = []
    for trait in traits:
        top += chrome_top(trait, doc, rng, page_id)
        bottom += chrome_bottom(trait, doc, rng)
    if glue is not None:
        bottom = ["", "", *render_official(glue).splitlines(), *bottom]
    return "\n".join(top + body + bottom).rstrip() + "\n"


def page_name(number: int, source: str, traits: tuple[str, ...], doc: dict | None) -> str:
    if doc is not None and "filename-only" in traits:
        return f"S_RES_{doc['number']}_{doc['year']}_EN.txt"
    return f"en-web-2-{number:02d}.txt"


def page_plan(shared: Path | None = None) -> list[dict]:
    """Every page: id, file name, source, language and layout traits, in order.

    File names of ``filename-only`` pages need the symbol: they are taken from the source's
    file name (S_RES_<n>_..., year from the folder).
    """
    plan = []
    for number, source, traits in PLAN:
        page = f"en-web-2-{number:02d}.txt"
        if "filename-only" in traits:
            n = re.search(r"S_RES_(\d+)", source).group(1)
            y = re.search(r"/(\d{4})/", source).group(1)
            page = f"S_RES_{n}_{y}_EN.txt"
        plan.append({"id": f"en-web-2-{number:02d}", "page": page, "source": source,
                     "lang": "en", "layout": list(traits)})
    for number, page, lang, traits in OWN_PLAN:
        plan.append({"id": f"en-web-2-{number:02d}", "page": page, "source": "own",
                     "lang": lang, "layout": list(traits)})
    return plan


def write_pages(shared: Path, out: Path) -> list[Path]:
    """Write every page of the set into ``out`` and return their paths in plan order."""
    out.mkdir(parents=True, exist_ok=True)
    corpus = Path(shared) / "corpus"
    docs = [read_resolution(corpus / source) for _, source, _ in PLAN]
    paths = []
    for index, (entry, (number, _source, traits)) in enumerate(zip(page_plan(), PLAN)):
        rng = random.Random(f"en-web-2-{number:02d}")
        glue = docs[(index + 1) % len(docs)] if "glued-second" in traits else None
        text = render_page(docs[index], traits, rng, entry["id"], glue)
        path = out / entry["page"]
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    for entry in page_plan()[len(PLAN):]:
        path = out / entry["page"]
        shutil.copyfile(OWN / entry["page"], path)
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written in write_pages(Path(sys.argv[1]), Path(sys.argv[2])):
        print(written)
