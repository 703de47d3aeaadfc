"""Blind set zh-web: Chinese resolution texts as users paste them from web pages.

The pages derive from the UN's AKN XML under ``../shared/corpus/akn`` (never committed), so
they are generated on demand: ``write_pages(shared, out)`` renders each reserved resolution to
plain text with this module's own simple rules (ElementTree, no project code), reshapes it as a
web page would be pasted (Wikisource, Macau gazette, news sites, wrapped, one line, ...),
converts the traditional pages with OpenCC and writes one file per page. The negative pages
(written by the annotator) are copied from ``own/``. Stdlib only, plus OpenCC.

>>> [p["id"] for p in PAGES][:2]
['zh-web-01', 'zh-web-02']
"""

from __future__ import annotations

import json
import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 16
RESERVED = [  # /work/notes/reserved-zh.txt, 34 files; 32 kept by random.Random(16).sample
    "2020/Chinese/S_RES_2518 (2020)-2004817C.xml",
    "2020/Chinese/S_RES_2521 (2020)-2007257C.xml",
    "2020/Chinese/S_RES_2536 (2020)-2010201C.xml",
    "2020/Chinese/S_RES_2539 (2020)-2011260C.xml",
    "2020/Chinese/S_RES_2552 (2020)-2015117C.xml",
    "2020/Chinese/S_RES_2554 (2020)-2016409C.xml",
    "2021/Chinese/SC_2561_2021-C.xml",
    "2021/Chinese/SC_2570_2021-C.xml",
    "2021/Chinese/S_RES_2606 (2021)-2116768C.xml",
    "2021/Chinese/S_RES_2608 (2021)-2117997C.xml",
    "2022/Chinese/S_RES_2621 (2022)-2202537C.xml",
    "2022/Chinese/S_RES_2623 (2022)-2202879C.xml",
    "2022/Chinese/S_RES_2644 (2022)-2211043C.xml",
    "2022/Chinese/S_RES_2654-2224261C.xml",
    "2022/Chinese/S_RES_2666-2229059C.xml",
    "2023/Chinese/S_RES_2672_C.xml",
    "2023/Chinese/S_RES_2681_C.xml",
    "2023/Chinese/S_RES_2702-2320998C.xml",
    "2023/Chinese/S_RES_2705-2321113C.xml",
    "2023/Chinese/S_RES_2710-2322385C.xml",
    "2023/Chinese/S_RES_2713-2323995C.xml",
    "2023/Chinese/S_RES_2717-2325640C.xml",
    "2023/Chinese/S_RES_2719-2325940C.xml",
    "2024/Chinese/S_RES_2747-2414572C.xml",
    "2024/Chinese/S_RES_2750-2416409C.xml",
    "2025/Chinese/S_RES-2779-2507317C.xml",
    "2025/Chinese/S_RES-2782-2510706C.xml",
    "2025/Chinese/S_RES-2783-2510739C.xml",
    "2025/Chinese/S_RES_2791-2514678C.xml",
    "2025/Chinese/S_RES_2795-2517578C.xml",
    "2025/Chinese/S_RES_2797-2517592C.xml",
    "2025/Chinese/S_RES_2804-2519363C.xml",
    "2026/Chinese/S_RES_2821-2607533C.xml",
    "2026/Chinese/S_RES_2822-2608626C.xml",
]


def select_sources(reserved: list[str] = RESERVED, k: int = 32, seed: int = SEED) -> list[str]:
    """Return the seeded sample of reserved files, sorted by path.

    >>> len(select_sources())
    32
    """
    return sorted(random.Random(seed).sample(sorted(reserved), k))


# ---------------------------------------------------------------- reading the AKN XML


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(elem: ET.Element, notes: list) -> str:
    """Text of ``elem`` with footnotes replaced by their marker (notes collected)."""
    parts = [elem.text or ""]
    for child in elem:
        if _local(child.tag) == "authorialNote":
            marker = child.get("marker", str(len(notes) + 1))
            notes.append((marker, _squash("".join(child.itertext())).lstrip("* ")))
            parts.append(marker)
        else:
            parts.append(_text(child, notes))
        parts.append(child.tail or "")
    return "".join(parts)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _ptexts(elem: ET.Element, notes: list) -> list[str]:
    """Texts of the ``p`` elements under ``elem`` (not those inside footnotes)."""
    if _local(elem.tag) == "p":
        return [_squash(_text(elem, notes))]
    out = []
    for child in elem:
        if _local(child.tag) != "authorialNote":
            out += _ptexts(child, notes)
    return out


def _paragraph(par: ET.Element, notes: list) -> dict:
    """One operative paragraph (or section heading): number, text, lettered items, wrap-up."""
    num_el = next((c for c in par if _local(c.tag) == "num"), None)
    num = (num_el.text or "").strip().rstrip(".") if num_el is not None else ""
    text, items, wrap = [], [], []
    for child in par:
        name = _local(child.tag)
        if name == "content":
            text += _ptexts(child, notes)
        elif name == "list":
            for part in child:
                if _local(part.tag) == "intro":
                    text += _ptexts(part, notes)
                elif _local(part.tag) == "wrapUp":
                    wrap += _ptexts(part, notes)
            items += _points(child, notes)
    return {"num": num, "text": " ".join(text), "items": items, "wrap": " ".join(wrap)}


def _points(container: ET.Element, notes: list) -> list[dict]:
    """The points of a list; a ``sublist`` after a point holds that point's sub-items."""
    items: list[dict] = []
    for part in container:
        name = _local(part.tag)
        if name == "point":
            items.append(_point(part, notes))
        elif name in ("sublist", "list"):
            if items:
                items[-1]["items"] += _points(part, notes)
            else:
                items += _points(part, notes)
    return items


def _point(point: ET.Element, notes: list) -> dict:
    num_el = next((c for c in point if _local(c.tag) == "num"), None)
    num = (num_el.text or "").strip().rstrip(".") if num_el is not None else ""
    text, sub = [], []
    for child in point:
        name = _local(child.tag)
        if name == "content":
            text += _ptexts(child, notes)
        elif name in ("list", "sublist"):
            for part in child:
                if _local(part.tag) in ("intro", "wrapUp"):
                    text += _ptexts(part, notes)
            sub += _points(child, notes)
    return {"num": num, "text": " ".join(text), "items": sub}


def read_resolution(path: Path, meetings: dict[str, str] | None = None) -> dict:
    """Read one Chinese AKN resolution into a plain dict of its parts.

    Parameters
    ----------
    path : Path
        The XML file.
    meetings : dict, optional
        Symbol -> adoption meeting as in ``data_extract`` ("8750th meeting").

    Returns
    -------
    dict
        number, year, symbol, date (y, m, d), meeting (int or None), preamble (list of str),
        operative (list of paragraph dicts), notes, annex (list of str).
    """
    root = ET.parse(path).getroot()
    statement = next(e for e in root if _local(e.tag) == "statement")
    work = statement.find("./{*}meta/{*}identification/{*}FRBRWork")
    uri = work.find("{*}FRBRthis").get("value").strip("/").split("/")
    number, year = (int(x) for x in uri[-2].split("-"))
    date = tuple(int(x) for x in work.find("{*}FRBRdate").get("date").split("-"))
    symbol = f"S/RES/{number} ({year})"
    meeting = None
    found = re.search(r"(\d+)\s*(st|nd|rd|th) meeting", (meetings or {}).get(symbol, ""))
    if found:
        meeting = int(found.group(1))
    notes: list = []
    preamble = statement.find("{*}preamble")
    formula = []
    pre = []
    for child in preamble:
        if _local(child.tag) == "formula":
            formula += _ptexts(child, notes)
        elif _local(child.tag) == "p":  # a sub-heading between preambular paragraphs
            pre += [("section", t) for t in _ptexts(child, notes) if t]
        else:
            pre += [t for t in _ptexts(child, notes) if t]
    operative = [_paragraph(p, notes) for p in statement.find("{*}mainBody")
                 if _local(p.tag) == "paragraph"]
    annex = []
    attachments = statement.find("{*}attachments")
    if attachments is not None:
        for doc in attachments.iter():
            if _local(doc.tag) in ("mainBody", "preface", "preamble"):
                annex += _annex_lines(doc, notes)
    return {"number": number, "year": year, "symbol": symbol, "date": date,
            "meeting": meeting, "formula": formula[0] if formula else "安全理事会，",
            "preamble": pre, "operative": operative, "notes": notes, "annex": annex}


def _annex_lines(elem: ET.Element, notes: list) -> list[str]:
    lines = []
    for child in elem:
        name = _local(child.tag)
        if name == "p":
            lines.append(_squash(_text(child, notes)))
        elif name == "num":
            lines.append((child.text or "").strip())
        else:
            lines += _annex_lines(child, notes)
    # glue a bare number to the text that follows it
    out: list[str] = []
    for line in lines:
        if out and re.fullmatch(r"[\dA-Za-z]{1,3}[.)]?", out[-1]):
            out[-1] = f"{out[-1]} {line}"
        elif line:
            out.append(line)
    return out


def read_meetings(shared: Path) -> dict[str, str]:
    """Symbol -> adoption meeting, from ``corpus/akn/data_extract/<year>.json``."""
    meetings = {}
    for path in sorted((shared / "corpus" / "akn" / "data_extract").glob("20*.json")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                meetings[record["symbol"]] = record.get("adoption_meeting") or ""
    return meetings


# ---------------------------------------------------------------- plain text blocks


def heading_of(res: dict) -> str:
    """The official heading line.

    >>> heading_of({"number": 2570, "year": 2021})
    '第2570(2021)号决议'
    """
    return f"第{res['number']}({res['year']})号决议"


def adoption_of(res: dict) -> str:
    """The adoption line (without a meeting number for resolutions voted by mail).

    >>> adoption_of({"date": (2021, 4, 16), "meeting": None})
    '安全理事会2021年4月16日通过'
    >>> adoption_of({"date": (2023, 1, 9), "meeting": 9237})
    '安全理事会2023年1月9日第9237次会议通过'
    """
    y, m, d = res["date"]
    meeting = f"第{res['meeting']}次会议" if res["meeting"] else ""
    return f"安全理事会{y}年{m}月{d}日{meeting}通过"


def make_blocks(res: dict) -> list[tuple[str, str]]:
    """The resolution as (kind, text) blocks in reading order.

    Kinds: heading, adoption, formula, pp, op, item, section, wrap, note, annex.
    """
    blocks = [("heading", heading_of(res)), ("adoption", adoption_of(res)),
              ("formula", res["formula"])]
    blocks += [t if isinstance(t, tuple) else ("pp", t) for t in res["preamble"]]
    for par in res["operative"]:
        if par["num"].isdigit():
            blocks.append(("op", f"{par['num']}. {par['text']}"))
        else:
            blocks.append(("section", f"{par['num']}. {par['text']}".strip(". ")))
        blocks += _item_blocks(par["items"], 0)
        if par["wrap"]:
            blocks.append(("wrap", par["wrap"]))
    if res["annex"]:
        blocks.append(("annex", "附件"))
        blocks += [("annex", line) for line in res["annex"]]
    blocks += [("note", f"{marker}  {t}") for marker, t in res["notes"]]
    return blocks


def _item_blocks(items: list[dict], depth: int) -> list[tuple[str, str]]:
    out = []
    for item in items:
        num = item["num"]
        if re.fullmatch(r"[A-Za-z0-9]{1,4}", num):
            num = f"({num})"
        out.append(("item", f"{'  ' * depth}{num} {item['text']}".rstrip()))
        out += _item_blocks(item["items"], depth + 1)
    return out
