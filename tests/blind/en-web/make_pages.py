"""Generate the pages of the blind set ``en-web`` from the UN's AKN XML texts in ../shared.

Each page is an English Security Council resolution as a user would paste it from a public web
page: the resolution's text (rendered here from the AKN XML by this module's own simple rules,
not by the project's reader) wrapped in page chrome and reshaped by 2-4 layout traits. The
pages of our own writing (negative pages, other languages) are copied from ``own/``.

Deterministic: the same ../shared gives byte-identical pages (one ``random.Random`` per page,
seeded with the page id). Stdlib only.

>>> import random
>>> hyphenate_wrap("one two three four", 9, random.Random(0), hyphens=False)
['one two', 'three', 'four']
"""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


# --- rendering the AKN XML to plain text ----------------------------------------------------

def local(tag: str) -> str:
    """The local name of an ElementTree tag."""
    return tag.rsplit("}", 1)[-1]


def flat(element: ET.Element) -> str:
    """The element's text with whitespace collapsed."""
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def spoken_date(iso: str) -> str:
    """'2023-12-19' -> '19 December 2023'."""
    year, month, day = iso.split("-")
    return f"{int(day)} {MONTHS[int(month) - 1]} {year}"


def read_points(parent: ET.Element, level: int) -> list[dict]:
    """The lettered (level 1) or dashed (level 2) items of a list, in order."""
    blocks = []
    for child in parent:
        name = local(child.tag)
        if name == "point":
            num = child.find(AKN + "num")
            body = " ".join(flat(p) for p in child.iter(AKN + "p"))
            blocks.append({"kind": "item", "num": flat(num) if num is not None else "",
                           "text": body, "level": level})
        elif name == "sublist":
            blocks += read_points(child, level + 1)
    return blocks


def read_resolution(path: Path) -> dict:
    """Read one AKN resolution: number, year, meeting, date, docket and its text blocks.

    Blocks: ``formula``, ``pp`` (a preambular paragraph), ``sub`` (a subheading between
    operative paragraphs), ``op`` (a numbered or unnumbered operative paragraph, ``num`` as
    printed) and ``item`` (a lettered or dashed sub-item, ``level`` 1 or 2).
    """
    root = ET.parse(path).getroot()
    statement = root[0]
    symbol = flat(root.find(f".//{AKN}docNumber"))
    m = re.fullmatch(r"S/RES/(\d+) \((\d{4})\)", symbol)
    number, year = int(m.group(1)), int(m.group(2))
    meeting = root.find(f".//{AKN}inline[@name='adoptionMeeting']").get("title")
    date = root.find(f".//{AKN}docDate[@refersTo='#adoptionDate']").get("date")
    issued = root.find(f".//{AKN}docDate[@refersTo='#dateOfIssuance']").get("date")
    votes = {c.get("refersTo"): int(c.get("value")) for c in root.iter(AKN + "count")}
    docket = root.find(f".//{AKN}docketNumber")
    docket = flat(docket) if docket is not None else ""
    job = re.search(r"N(\d{2})(\d{5})", path.name)
    if not docket and job:  # the job number is also in the file name (N1070602 -> 10-70602)
        docket = f"{job.group(1)}-{job.group(2)} (E)"
    blocks: list[dict] = []
    for p in statement.find(AKN + "preamble"):
        text = " ".join(flat(q) for q in p.iter(AKN + "p"))
        blocks.append({"kind": "formula" if local(p.tag) == "formula" else "pp", "text": text})
    for para in statement.find(AKN + "mainBody"):
        sub = para.find(AKN + "subheading")
        if sub is not None:
            blocks.append({"kind": "sub", "text": flat(sub)})
            continue
        num = para.find(AKN + "num")
        num_text = flat(num) if num is not None else ""
        lst = para.find(AKN + "list")
        if lst is not None:
            intro = lst.find(AKN + "intro")
            blocks.append({"kind": "op", "num": num_text,
                           "text": " ".join(flat(q) for q in intro.iter(AKN + "p"))})
            blocks += read_points(lst, 1)
            continue
        text = " ".join(flat(q) for q in para.iter(AKN + "p"))
        if re.fullmatch(r"\([a-z]+\)", num_text):
            blocks.append({"kind": "item", "num": num_text, "text": text, "level": 1})
        else:
            blocks.append({"kind": "op", "num": num_text, "text": text})
    merged: list[dict] = []
    for b in blocks:  # a number whose text sits in the next, unnumbered paragraph (1736)
        if merged and merged[-1]["kind"] == "op" and not merged[-1]["text"] and b["kind"] == "op":
            merged[-1]["text"] = b["text"]
        else:
            merged.append(b)
    blocks = [b for b in merged if b["text"]]
    return {"number": number, "year": year, "symbol": symbol, "meeting": meeting,
            "date": spoken_date(date), "issued": spoken_date(issued), "docket": docket,
            "votes": votes,
            "blocks": blocks}


def heading_of(doc: dict) -> str:
    """The heading: 'Resolution N (YYYY)'."""
    return f"Resolution {doc['number']} ({doc['year']})"


def adoption_of(doc: dict) -> str:
    """The adoption line (resolutions adopted by written procedure in 2020-2021 name no
    meeting)."""
    if not doc["meeting"]:
        return f"Adopted by the Security Council on {doc['date']}"
    return (f"Adopted by the Security Council at its {doc['meeting']} meeting, "
            f"on {doc['date']}")


def block_lines(doc: dict) -> list[str]:
    """The body as one string per paragraph (numbers and letters before the text)."""
    lines = []
    for b in doc["blocks"]:
        if b["kind"] in ("op", "item") and b["num"]:
            lines.append(f"{b['num']} {b['text']}")
        else:
            lines.append(b["text"])
    return lines


def render_official(doc: dict) -> str:
    """The resolution in the official layout: heading, adoption line, one paragraph a block."""
    parts = [heading_of(doc), adoption_of(doc), *block_lines(doc)]
    return "\n\n".join(parts) + "\n"


# --- the pages: which text, which file name, which layout traits ------------------------------

A = "akn/"
# (number in the id, source under ../shared/corpus, file name or None for en-web-NN.txt, traits)
PAGES = [
    (1, A + "2020/English/S_RES_2509 (2020)-2002070E.xml", None,
     ["title-line", "nav-menu", "share-bar", "related-links"]),
    (2, A + "2020/English/S_RES_2515 (2020)-2004804E.xml", None,
     ["symbol-heading", "pdf-artefacts"]),
    (3, A + "2021/English/SC_2570_2021-E.xml", None,
     ["press-release", "cookie-banner", "nbsp"]),
    (4, A + "2022/English/S_RES_2620 (2022)-2202077E.xml", None,
     ["breadcrumbs", "heading-two-lines", "numbered-footer"]),
    (5, A + "2022/English/S_RES_2630 (2022)-2207101E.xml", "S_RES_2630_2022_EN.txt",
     ["no-heading", "para-per-line", "straight-quotes"]),
    (6, A + "2023/English/S_RES_2717-2325640E.xml", None,
     ["title-line", "bullets", "hard-wrap", "related-links"]),
    (7, A + "2024/English/S_RES_2735-2410326E.xml", None,
     ["title-line", "one-line", "share-bar"]),
    (8, A + "2024/English/S_RES_2756-2420106E.xml", None,
     ["prev-next", "info-box", "nbsp"]),
    (9, A + "2025/English/S_RES_2789-2512325E.xml", None,
     ["one-line", "cookie-banner", "numbered-footer"]),
    (10, A + "Pre-2020/2000/S_RES_1300_N0045619.xml", None,
     ["pdf-artefacts", "hyphenation", "broken-symbol"]),
    (11, A + "Pre-2020/2000/S_RES_1304_N0048559.xml", None,
     ["nav-menu", "breadcrumbs", "bullets", "heading-two-lines"]),
    (12, A + "Pre-2020/2000/S_RES_1333_N0080662.xml", None,
     ["title-line", "hard-wrap", "hyphenation", "smart-quotes"]),
    (13, A + "Pre-2020/2003/S_RES_1457_N0322255.xml", None,
     ["press-release", "para-per-line", "related-links"]),
    (14, A + "Pre-2020/2003/S_RES_1475_N0332310.xml", None,
     ["symbol-heading", "nav-menu", "numbered-footer"]),
    (15, A + "Pre-2020/2004/S_RES_1529_N0425410.xml", "S_RES_1529_2004_EN.txt",
     ["no-heading", "one-line"]),
    (16, A + "Pre-2020/2005/S_RES_1639_N0561329.xml", None,
     ["pdf-artefacts", "broken-symbol", "straight-quotes"]),
    (17, A + "Pre-2020/2006/S_RES_1736_N0668056.xml", None,
     ["title-line", "prev-next", "cookie-banner"]),
    (18, A + "Pre-2020/2007/S_RES_1768_N0744540.xml", "S_RES_1767_2007_EN.txt",
     ["heading-two-lines", "filename-mismatch", "share-bar"]),
    (19, A + "Pre-2020/2008/S_RES_1810_N0831865.xml", None,
     ["info-box", "bullets", "hard-wrap"]),
    (20, A + "Pre-2020/2008/S_RES_1831_N0846582.xml", None,
     ["breadcrumbs", "para-per-line", "nbsp", "numbered-footer"]),
    (21, A + "Pre-2020/2009/S_RES_1864_N0921771.xml", "S_RES_1825_2008_EN.txt",
     ["title-line", "filename-mismatch", "straight-quotes"]),
    (22, A + "Pre-2020/2009/S_RES_1873_N0935435.xml", None,
     ["nav-menu", "info-box", "one-line"]),
    (23, A + "Pre-2020/2009/S_RES_1879_N0942142.xml", None,
     ["symbol-heading", "cookie-banner", "smart-quotes", "related-links"]),
    (24, A + "Pre-2020/2009/S_RES_1880_N0943360.xml", None,
     ["title-line", "pdf-artefacts", "hyphenation"]),
    (25, A + "Pre-2020/2010/S_RES_1964_N1070602.xml", None,
     ["press-release", "hard-wrap", "prev-next"]),
    (26, A + "Pre-2020/2011/S_RES_1976_N1129544.xml", None,
     ["breadcrumbs", "bullets", "para-per-line", "share-bar"]),
    (27, A + "Pre-2020/2014/S_RES_2174_1459959E.xml", "S_RES_2174_2014_EN.txt",
     ["no-heading", "hard-wrap", "broken-symbol"]),
    (28, A + "Pre-2020/2015/S_RES_2242_1517716E.xml", None,
     ["heading-two-lines", "nbsp", "related-links", "cookie-banner"]),
    (29, A + "Pre-2020/2015/S_RES_2245_1519517E.xml", None,
     ["symbol-heading", "one-line", "straight-quotes"]),
    (30, A + "Pre-2020/2016/S_RES_2281_1606833E.xml", None,
     ["title-line", "nav-menu", "numbered-footer"]),
    (31, A + "Pre-2020/2016/S_RES_2312_1617351E.xml", None,
     ["info-box-wrong", "hard-wrap", "hyphenation"]),
    (32, A + "Pre-2020/2017/S_RES_2344_1704376E.xml", None,
     ["press-release", "nbsp", "share-bar"]),
    (33, A + "Pre-2020/2017/S_RES_2380_1717547E.xml", "S_RES_2312_2016_EN.txt",
     ["filename-mismatch", "breadcrumbs", "para-per-line"]),
    (34, A + "Pre-2020/2019/S_RES_2458_1903443E.xml", None,
     ["title-line", "pdf-artefacts", "hyphenation", "smart-quotes"]),
]

# Pages of our own writing, copied from own/ (they hold no resolution text the tool may read):
# (number in the id, file name, language, traits)
OWN_PAGES = [
    (35, "en-web-35.txt", "en", ["own", "negative", "index-page", "numbered-footer"]),
    (36, "en-web-36.txt", "en", ["own", "negative", "news-story"]),
    (37, "en-web-37.txt", "en", ["own", "negative", "press-briefing"]),
    (38, "en-web-38.txt", "en", ["own", "negative", "meeting-coverage"]),
    (39, "en-web-39.txt", "de", ["own", "other-language"]),
    (40, "S_RES_2242_2015_DE.txt", "de", ["own", "other-language", "title-line"]),
    (41, "en-web-41.txt", "pt", ["own", "other-language"]),
    (42, "en-web-42.txt", "pt", ["own", "other-language", "title-line", "breadcrumbs",
                                 "share-bar"]),
    (43, "en-web-43.txt", "it", ["own", "other-language"]),
    (44, "en-web-44.txt", "it", ["own", "other-language", "title-line"]),
    (45, "en-web-45.txt", "fr", ["own", "other-language"]),
    (46, "en-web-46.txt", "es", ["own", "other-language"]),
]

TOPICS = {
    1300: "the Middle East (UNDOF)", 1304: "the Democratic Republic of the Congo",
    1333: "Afghanistan", 1457: "the Democratic Republic of the Congo", 1475: "Cyprus",
    1529: "Haiti", 1639: "Bosnia and Herzegovina", 1736: "the Democratic Republic of the Congo",
    1768: "the Democratic Republic of the Congo", 1810: "non-proliferation", 1831: "Somalia",
    1864: "Nepal", 1873: "Cyprus", 1879: "Nepal", 1880: "Côte d'Ivoire", 1964: "Somalia",
    1976: "piracy off the coast of Somalia", 2174: "Libya",
    2242: "women, peace and security", 2245: "Somalia", 2281: "the Central African Republic",
    2312: "migrant smuggling off the coast of Libya", 2344: "Afghanistan",
    2380: "migrant smuggling off the coast of Libya", 2458: "Guinea-Bissau", 2509: "Libya",
    2515: "non-proliferation (DPRK)", 2570: "Libya", 2620: "Sudan", 2630: "Abyei",
    2717: "the Democratic Republic of the Congo", 2735: "the Middle East (Gaza)",
    2756: "Western Sahara", 2789: "the Central African Republic",
}

SITES = ["Peace & Security Monitor", "Global Policy Desk", "UN Documents Tracker",
         "Westbridge University Law Library", "Conflict Resolution Network",
         "The Daily Dispatch", "Human Security Watchlist", "Institute for Multilateral Studies"]


def page_name(number: int, name: str | None) -> str:
    """The file name of a page."""
    return name or f"en-web-{number:02d}.txt"


def page_plan() -> list[dict]:
    """Every page of the set in order: id, page (file name), source and layout traits.

    >>> page_plan()[0]["id"], page_plan()[0]["page"]
    ('en-web-01', 'en-web-01.txt')
    """
    plan = [{"id": f"en-web-{n:02d}", "page": page_name(n, name), "source": source,
             "lang": "en", "layout": traits} for n, source, name, traits in PAGES]
    plan += [{"id": f"en-web-{n:02d}", "page": name, "source": "own", "lang": lang,
              "layout": traits} for n, name, lang, traits in OWN_PAGES]
    return plan


# --- page chrome ----------------------------------------------------------------------------

def title_line(doc: dict, rng: random.Random, smart: bool) -> str:
    """A page title before the heading (chrome)."""
    n, y, topic = doc["number"], doc["year"], TOPICS[doc["number"]]
    forms = [f"Full text: UN Security Council Resolution {n}",
             f"Resolution {n}",
             f"UN Security Council Resolution {n} ({y}) on {topic}",
             f"Text of Security Council resolution {n} ({y}) \u2013 {topic}",
             f"UNSC Resolution {n} | {rng.choice(SITES)}"]
    if smart:
        return f"Full text of \u201cResolution {n} ({y})\u201d \u2014 {topic}"
    return rng.choice(forms)


def nav_menu(rng: random.Random) -> list[str]:
    """Site navigation lines (chrome)."""
    menus = [["Home | About us | Research | Publications | Security Council | Contact"],
             ["Home", "News", "Documents", "Resolutions", "Events", "Donate"],
             ["MENU  Topics  Regions  Analysis  UN Documents  Subscribe  Search"],
             ["Skip to main content", "Home \u00bb What we do \u00bb Databases \u00bb Login"]]
    return rng.choice(menus)


def breadcrumbs(doc: dict, rng: random.Random) -> list[str]:
    """A breadcrumb line ending in the resolution's symbol (chrome)."""
    sep = rng.choice([" > ", " / ", " \u203a "])
    parts = ["Home", "Documents", "Security Council resolutions", str(doc["year"]),
             doc["symbol"]]
    return [sep.join(parts)]


def share_bar(rng: random.Random) -> list[str]:
    """Share links (chrome)."""
    return [rng.choice(["Share this: Facebook | X | LinkedIn | Email | Print",
                        "SHARE  f  in  \u2709  \U0001f5b6",
                        "Share on Facebook  Share on X  Copy link"])]


def cookie_banner(rng: random.Random) -> list[str]:
    """A cookie banner (chrome)."""
    return rng.choice([
        ["We use cookies to improve your experience on our site. By continuing to browse you "
         "agree to our use of cookies.", "Accept all   Manage settings"],
        ["This website uses cookies. Some are essential, others help us understand how the site "
         "is used. Read our cookie policy.", "[OK]  [Reject non-essential]"]])


def prev_next(doc: dict, rng: random.Random) -> list[str]:
    """A line naming the previous and next resolutions (chrome)."""
    n, y = doc["number"], doc["year"]
    return [rng.choice([f"\u2190 Resolution {n - 1} ({y}) | Resolution {n + 1} ({y}) \u2192",
                        f"\u00ab {n - 1}({y}) | {n + 1}({y}) \u00bb",
                        f"Previous: S/RES/{n - 1} ({y})    Next: S/RES/{n + 1} ({y})"])]


def vote_text(doc: dict) -> str:
    """The vote from the XML's counts: '14 in favour, 0 against, 1 abstention'."""
    v = doc["votes"]
    favour, against, abstain = (v.get("inFavour", 0), v.get("against", 0),
                                v.get("abstaining", v.get("abstention", 0)))
    return (f"{favour} in favour, {against} against, {abstain} "
            f"abstention{'' if abstain == 1 else 's'}")


def info_box(doc: dict, symbol: str) -> list[str]:
    """An info box: symbol, date, meeting, vote, subject (chrome)."""
    meeting = f"{doc['meeting']} meeting" if doc["meeting"] else "written procedure"
    return ["Document info", f"Symbol: {symbol}", f"Adopted: {doc['date']}",
            f"Meeting: {meeting}", f"Vote: {vote_text(doc)}",
            f"Subject: {TOPICS[doc['number']]}"]


def related_links(doc: dict, rng: random.Random) -> list[str]:
    """A 'Related' box naming other resolutions and a statement (page chrome)."""
    n, y = doc["number"], doc["year"]
    items = [f"See also: resolution {n - rng.randint(2, 30)} ({y - rng.randint(0, 1)})",
             f"Next on this topic: resolution {n + rng.randint(20, 60)} ({y + 1})",
             f"Presidential statement S/PRST/{y}/{rng.randint(2, 20)}",
             f"Our analysis: what resolution {n} ({y}) changes"]
    return ["Related", *[f"\u2022 {item}" for item in items]]


def numbered_footer(rng: random.Random) -> list[str]:
    """A numbered notes or terms list that is not operative paragraphs (chrome)."""
    return rng.choice([
        ["Terms of use",
         "1. Content on this site is licensed under a Creative Commons Attribution 4.0 "
         "International licence unless otherwise stated.",
         "2. Official texts are published by the United Nations; this copy is provided for "
         "information only.",
         "3. Requests to reproduce material should be addressed to the editors."],
        ["Notes",
         "1. This text is an unofficial copy prepared from the official document.",
         "2. Decisions of the Security Council are reproduced with the permission of the "
         "United Nations.",
         "3. Report errors to the library's reference desk."]])


def press_header(doc: dict, rng: random.Random) -> list[str]:
    """The head of a UN press release up to 'The full text ... reads as follows:'."""
    n, y, topic = doc["number"], doc["year"], TOPICS[doc["number"]]
    release = f"SC/{rng.randint(7000, 15800)}"
    how = ("through a written procedure" if not doc["meeting"]
           else f"at its {doc['meeting']} meeting")
    return ["Meetings Coverage and Press Releases", "SECURITY COUNCIL", "",
            f"{release}", doc["date"], "",
            f"Security Council Adopts Resolution {n} ({y}) on {topic.capitalize()}", "",
            f"The Security Council today adopted resolution {n} ({y}) {how}, by a vote of "
            f"{vote_text(doc)}.", "",
            f"The full text of resolution {n} ({y}) reads as follows:"]


# --- the text and its layouts -----------------------------------------------------------------

BULLETS = ["\u2022 ", "\u00b7 ", "- ", "\u25aa "]
NBSP_RULES = [(re.compile(r"(\d{3,4}) \((\d{4})\)"), "\\1\u00a0(\\2)"),
              (re.compile(r"\bresolution (\d)"), "resolution\u00a0\\1"),
              (re.compile(r"\bArticle (\d)"), "Article\u00a0\\1"),
              (re.compile(r"\bChapter VII"), "Chapter\u00a0VII")]


def straighten(text: str) -> str:
    """Curly quotes and apostrophes as straight ones (a plain-text dump)."""
    return text.translate({0x2019: "'", 0x2018: "'", 0x201c: '"', 0x201d: '"'})


def add_nbsp(text: str, rng: random.Random) -> str:
    """Non-breaking spaces in about two of three symbols, 'resolution N', 'Article N'."""
    for pattern, repl in NBSP_RULES:
        text = pattern.sub(
            lambda m, repl=repl: m.expand(repl) if rng.random() < 0.67 else m.group(0), text)
    return text


def body_paragraphs(doc: dict, traits: list[str], rng: random.Random) -> list[str]:
    """The resolution's paragraphs as strings (number or letter first, bullets if asked)."""
    bullet = rng.choice(BULLETS)
    out = []
    for b, line in zip(doc["blocks"], block_lines(doc)):
        if b["kind"] == "pp" and "bullets" in traits:
            line = bullet + line
        out.append(line)
    return out


def heading_lines(doc: dict, traits: list[str], rng: random.Random) -> list[str]:
    """The heading and adoption line as the page shows them."""
    adoption = adoption_of(doc)
    if "no-heading" in traits:
        return [adoption] if rng.random() < 0.5 else []
    if "symbol-heading" in traits:
        return [doc["symbol"], adoption]
    if "heading-two-lines" in traits:
        first = rng.choice([f"Resolution {doc['number']}\n({doc['year']})",
                            f"Security Council\n{heading_of(doc)}"])
        return [first, adoption]
    return [heading_of(doc), adoption]


def hyphenate_wrap(text: str, width: int, rng: random.Random, hyphens: bool) -> list[str]:
    """Greedy wrap; with ``hyphens`` some long words are split at the line end with '-'."""
    lines, line = [], ""
    for word in text.split(" "):
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            room = width - len(line) - 2
            if hyphens and re.fullmatch(r"[a-z]{9,}[,;.]?", word) and rng.random() < 0.3:
                stem = word.rstrip(",;.")
                cuts = [k for k in range(3, min(room, len(stem) - 3) + 1)
                        if stem[k - 1] in "aeiou" and stem[k] not in "aeiou"]
                if cuts:  # after a vowel, before a consonant: "resolu-tion", "interna-tional"
                    cut = cuts[-1]
                    lines.append(f"{line} {word[:cut]}-")
                    line = word[cut:]
                    continue
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def break_symbol(lines: list[str]) -> list[str]:
    """Break the first document symbol after 'S/' at a line end."""
    for i, line in enumerate(lines):
        m = re.search(r"\bS/(?=(?:PRST/)?\d)", line)
        if m:
            return [*lines[:i], line[:m.end()], line[m.end():], *lines[i + 1:]]
    return lines


def wrapped(paragraphs: list[str], traits: list[str], rng: random.Random,
            width: int) -> list[str]:
    """Paragraphs hard-wrapped, blank line between them."""
    lines: list[str] = []
    for para in paragraphs:
        for part in para.split("\n"):  # a heading over two lines stays two lines
            lines += hyphenate_wrap(part, width, rng, "hyphenation" in traits)
        lines.append("")
    if "broken-symbol" in traits:
        lines = break_symbol(lines)
    return lines[:-1]


def pdf_layout(doc: dict, head: list[str], paragraphs: list[str], traits: list[str],
               rng: random.Random) -> list[str]:
    """A plain-text dump of the UN PDF: cover lines, wrapped text, page furniture."""
    width = rng.choice([72, 75, 78])
    tab = rng.random() < 0.5
    paras = [re.sub(r"^(\d+\.|\([a-z]+\)) ", "\\1\t", p) if tab else p for p in paragraphs]
    body = wrapped(head + paras, traits, rng, width)
    job = doc["docket"].split(" ")[0]
    top = [f"United Nations{' ' * 40}{doc['symbol']}", "",
           f"Security Council{' ' * 38}Distr.: General", f"{' ' * 54}{doc['issued']}", ""]
    pages, rest, size = [], body, 40
    while rest:
        cut = min(size, len(rest))
        while 1 < cut < len(rest) and rest[cut - 1].endswith("-"):
            cut -= 1  # no hyphenated word across a page break
        pages.append(rest[:cut])
        rest, size = rest[cut:], 48
    total = len(pages)
    out = top + pages[0] + ["", f"{doc['docket']}", f"*{job.replace('-', '')}*"]
    for k, page in enumerate(pages[1:], start=2):
        head_line = (f"{doc['symbol']}" if k % 2 == 0
                     else f"{' ' * 58}{doc['symbol']}")
        foot = f"{k}/{total}{' ' * 60}{job}" if k % 2 == 0 else f"{job}{' ' * 60}{k}/{total}"
        out += ["", head_line, "", *page, "", foot]
    return out


def page_text(doc: dict, traits: list[str], rng: random.Random) -> str:
    """One page: chrome around the resolution text, laid out by the traits."""
    head = heading_lines(doc, traits, rng)
    paras = body_paragraphs(doc, traits, rng)
    if "press-release" in traits:
        head = []
        paras = ["\u201c" + p for p in paras]
        paras[-1] += "\u201d"
    if "straight-quotes" in traits:
        head, paras = [straighten(h) for h in head], [straighten(p) for p in paras]
    if "nbsp" in traits:
        paras = [add_nbsp(p, rng) for p in paras]
    if "one-line" in traits:
        text_lines = [" ".join(head + paras).replace("\n", " ")]
    elif "para-per-line" in traits:
        text_lines = "\n".join(head + paras).split("\n")
    elif "pdf-artefacts" in traits:
        text_lines = pdf_layout(doc, head, paras, traits, rng)
    elif "hard-wrap" in traits:
        text_lines = wrapped(head + paras, traits, rng, rng.randint(60, 80))
    else:
        text_lines = "\n\n".join(head + paras).split("\n")
    top: list[list[str]] = []
    bottom: list[list[str]] = []
    if "cookie-banner" in traits:
        (top if rng.random() < 0.5 else bottom).append(cookie_banner(rng))
    if "nav-menu" in traits:
        top.append(nav_menu(rng))
    if "breadcrumbs" in traits:
        top.append(breadcrumbs(doc, rng))
    if "title-line" in traits:
        top.append([title_line(doc, rng, "smart-quotes" in traits)])
    elif "smart-quotes" in traits:
        top.append([f"\u201c{heading_of(doc)}\u201d \u2014 {rng.choice(SITES)}"])
    if "info-box" in traits:
        top.append(info_box(doc, doc["symbol"]))
    if "info-box-wrong" in traits:  # the box names another resolution; the heading decides
        top.append(info_box(doc, f"S/RES/{doc['number'] + 68} ({doc['year'] + 1})"))
    if "press-release" in traits:
        top.append(press_header(doc, rng))
    if "share-bar" in traits:
        bottom.append(share_bar(rng))
    if "prev-next" in traits:
        bottom.append(prev_next(doc, rng))
    if "related-links" in traits:
        bottom.append(related_links(doc, rng))
    if "numbered-footer" in traits:
        bottom.append(numbered_footer(rng))
    sections = [*top, text_lines, *bottom]
    return "\n\n".join("\n".join(section) for section in sections) + "\n"


def write_pages(shared: Path, out: Path) -> list[Path]:
    """Write every page of the set into ``out``; return their paths in id order.

    ``shared`` is the ../shared folder (its corpus/akn holds the XML texts). The pages of our
    own writing are copied from own/.
    """
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, source, name, traits in PAGES:
        doc = read_resolution(shared / "corpus" / source)
        rng = random.Random(f"en-web-{number:02d}")
        path = out / page_name(number, name)
        path.write_text(page_text(doc, traits, rng), encoding="utf-8")
        paths.append(path)
    for _, name, _, _ in OWN_PAGES:
        path = out / name
        path.write_bytes((HERE / "own" / name).read_bytes())
        paths.append(path)
    return paths


if __name__ == "__main__":  # python make_pages.py ../../../../shared OUT
    import sys

    for written in write_pages(Path(sys.argv[1]), Path(sys.argv[2])):
        print(written)
