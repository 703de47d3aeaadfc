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

import functools
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


# ---------------------------------------------------------------- the page plan

# (page number, resolution number, OpenCC configuration or None, layout traits)
PLAN = [
    (1, 2518, None, ["news", "title-line", "punct-mix"]),
    (2, 2521, None, ["wikisource", "nav-line", "footer-list", "filename-id"]),
    (3, 2536, None, ["no-heading", "filename-id", "line-per-para", "bullets"]),
    (4, 2539, "s2tw", ["wikisource", "nav-line", "hard-wrap-36"]),
    (5, 2552, None, ["one-line", "symbol-heading"]),
    (6, 2554, "s2hk", ["gazette", "heading-two-lines"]),
    (7, 2561, None, ["hard-wrap-30", "glued-next"]),
    (8, 2570, "s2t", ["wikisource", "infobox-wrong-symbol", "nav-line"]),
    (9, 2606, None, ["filename-mismatch", "news"]),
    (10, 2608, "s2tw", ["chapter7-no-comma", "line-per-para", "bullets"]),
    (11, 2621, None, ["symbol-heading", "related"]),
    (12, 2623, "s2hk", ["gazette", "punct-mix"]),
    (13, 2644, None, ["chapter7-no-comma", "hard-wrap-40", "title-line"]),
    (14, 2654, "s2t", ["news", "heading-two-lines", "glued-next"]),
    (15, 2666, None, ["wikisource", "footer-list", "line-per-para"]),
    (16, 2672, "s2tw", ["no-heading", "filename-id", "hard-wrap-34"]),
    (17, 2681, None, ["heading-two-lines", "bullets", "related"]),
    (18, 2702, "s2hk", ["symbol-heading", "line-per-para", "news"]),
    (19, 2705, None, ["glued-next", "punct-mix", "title-line"]),
    (20, 2710, "s2t", ["chapter7-no-comma", "one-line"]),
    (21, 2713, None, ["hard-wrap-38", "wikisource", "nav-line"]),
    (22, 2717, "s2tw", ["wikisource", "footer-list", "punct-mix"]),
    (23, 2719, None, ["no-heading", "filename-id", "line-per-para"]),
    (24, 2747, "s2hk", ["gazette", "chapter7-no-comma"]),
    (25, 2750, None, ["filename-mismatch", "bullets", "related"]),
    (26, 2782, "s2t", ["news", "hard-wrap-32"]),
    (27, 2783, None, ["chapter7-no-comma", "symbol-heading", "glued-next"]),
    (28, 2791, "s2tw", ["title-line", "heading-two-lines", "line-per-para"]),
    (29, 2795, None, ["one-line", "news"]),
    (30, 2797, "s2hk", ["no-heading", "filename-id", "bullets", "punct-mix"]),
    (31, 2804, None, ["wikisource", "nav-line", "chapter7-no-comma"]),
    (32, 2821, "s2t", ["gazette", "hard-wrap-40"]),
]

# negative pages written by the annotator (committed in own/): page number, file, script, layout
NEGATIVE = [
    (33, "zh-web-33.txt", "Hans", ["news", "no-resolution"]),
    (34, "zh-web-34.txt", "Hant", ["wikisource", "index-page", "no-resolution"]),
    (35, "zh-web-35.txt", "Hant", ["gazette", "no-resolution"]),
    (36, "zh-web-36.txt", "Hans", ["meeting-coverage", "no-resolution"]),
]


def page_name(number: int, res_number: int, year: int, traits: list[str]) -> str:
    """File name of a page: ``S_RES_<n>_<year>_ZH.txt`` when the page tests the file name.

    >>> page_name(3, 2536, 2020, ["filename-id"])
    'S_RES_2536_2020_ZH.txt'
    >>> page_name(9, 2606, 2021, ["filename-mismatch"])
    'S_RES_2607_2021_ZH.txt'
    >>> page_name(1, 2518, 2020, ["news"])
    'zh-web-01.txt'
    """
    if "filename-mismatch" in traits:
        return f"S_RES_{res_number + 1}_{year}_ZH.txt"
    if "filename-id" in traits:
        return f"S_RES_{res_number}_{year}_ZH.txt"
    return f"zh-web-{number:02d}.txt"


PAGES = [{"id": f"zh-web-{n:02d}", "number": r, "convert": c, "layout": t} for n, r, c, t in PLAN]
PAGES += [{"id": f"zh-web-{n:02d}", "own": f, "script": s, "layout": t} for n, f, s, t in NEGATIVE]


@functools.cache
def converter(config: str | None):
    """OpenCC conversion function for ``config`` ('s2t', 's2tw', 's2hk'); identity for None.

    >>> converter("s2tw")("联合国")
    '聯合國'
    """
    if not config:
        return lambda text: text
    import opencc

    return opencc.OpenCC(config).convert


# ---------------------------------------------------------------- page chrome (simplified)


def _date_zh(date: tuple) -> str:
    return f"{date[0]}年{date[1]}月{date[2]}日"


def _neighbours(res: dict) -> tuple[str, str]:
    n, _y = res["number"], res["year"]
    return f"第{n - 1}号决议", f"第{n + 1}号决议"


def chrome_top(res: dict, traits: list[str], rng: random.Random) -> list[str]:
    """Lines pasted above the resolution text."""
    n, y = res["number"], res["year"]
    lines: list[str] = []
    if "news" in traits:
        lines += [rng.choice(["首页 | 国际 | 时政 | 财经 | 视频 | 专题 | 评论",
                              "首页 > 新闻中心 > 国际新闻 > 正文",
                              "导航：首页 | 滚动 | 国际 | 联合国 | 图片 | English"]),
                  f"联合国安理会通过第{n}号决议（全文）",
                  f"{y}-{res['date'][1]:02d}-{res['date'][2] + 1 if res['date'][2] < 28 else 28:02d}"
                  f" 09:{rng.randint(10, 59)}:{rng.randint(10, 59)}　来源：联合国新闻　"
                  f"作者：{rng.choice(['国际部', '综合报道', '新华网'])}",
                  "【字体：大 中 小】【打印】【关闭】", ""]
    if "title-line" in traits:
        lines += [rng.choice([f"全文：联合国安理会第{n}号决议",
                              f"安理会第{n}({y})号决议全文", f"决议{n}"]), ""]
    if "wikisource" in traits:
        lines += [f"联合国安全理事会第{n}号决议", ""]
        if "nav-line" in traits:
            prev, nxt = _neighbours(res)
            lines += [rng.choice([f"← {prev} | {nxt} →",
                                  f"← {n - 1}({y}) | {n + 1}({y}) →"]), ""]
        symbol = res["symbol"]
        if "infobox-wrong-symbol" in traits:
            symbol = f"S/RES/{n - 1} ({y})"
        lines += [f"联合国安全理事会第{n}号决议", "作者：联合国安全理事会",
                  f"日期：{_date_zh(res['date'])}"]
        if res["meeting"]:
            lines.append(f"会议：第{res['meeting']}次会议")
        lines += [f"文件编号：{symbol}", "语言：中文", "姊妹计划：维基百科条目", ""]
    elif "nav-line" in traits:
        prev, nxt = _neighbours(res)
        lines += [f"← {prev} | {nxt} →", ""]
    if "gazette" in traits:
        issue = rng.randint(10, 52)
        y, m, d = res["date"]
        pm, pd = (m % 12) + 1, min(d, 28)
        py = y + (1 if m == 12 else 0)
        lines += ["澳门特别行政区公报——第二组",
                  f"第 {issue} 期 —— {py} 年 {pm} 月 {pd} 日", "",
                  "行政长官办公室", "",
                  f"第{rng.randint(10, 60)}/{py}号行政长官公告", "",
                  "中华人民共和国是联合国的会员国，根据《联合国宪章》第二十五条的规定，有义务接受并"
                  "履行安全理事会的决定；",
                  f"联合国安全理事会于{y}年{m}月{d}日通过了第{n}({y})号决议；",
                  "基于此，行政长官根据第3/1999号法律《法规的公布与格式》第六条第一款的规定，"
                  "命令公布该决议的中文正式文本。",
                  f"{py}年{pm}月{max(pd - 5, 1)}日发布。", "行政长官", "", "附件", ""]
    return lines


def chrome_bottom(res: dict, traits: list[str], rng: random.Random,
                  other: dict | None) -> list[str]:
    """Lines pasted below the resolution text."""
    n, y = res["number"], res["year"]
    lines: list[str] = [""]
    if "glued-next" in traits and other is not None:
        blocks = make_blocks(other)
        lines += [b[1] for b in blocks[:5]]
    if "related" in traits:
        lines += ["", "相关决议"] + [f"· 第{n - k}({y})号决议" for k in (3, 2, 1)] + \
                 [f"· 第{n + 1}({y})号决议", "· 安全理事会主席声明"]
    if "news" in traits:
        lines += ["", f"责任编辑：{rng.choice(['王磊', '李娜', '张伟', '刘洋'])}",
                  "分享到：微信 微博 QQ空间 豆瓣", "",
                  "相关新闻", f"· 安理会就第{n}号决议草案举行表决",
                  "· 秘书长欢迎安理会通过决议", "版权所有 © 本网站 | 关于我们 | 联系我们"]
    if "wikisource" in traits:
        if "footer-list" in traits:
            lines += ["", "1. 本作品在全世界都属于公有领域，因为它是联合国的正式文件。",
                      "2. 根据联合国出版物政策，正式记录可以自由转载，但须注明出处。",
                      f"3. 本页面最后修订于{y}年{res['date'][1]}月{min(res['date'][2] + 3, 28)}日。"]
        lines += ["", f"分类：联合国安全理事会决议 | {y}年作品 | 公有领域",
                  "本页面最后编辑于2024年3月2日 (星期六) 08:15。", "隐私政策 关于维基文库 免责声明"]
    elif "footer-list" in traits:
        lines += ["", "1. 本作品属于公有领域。", "2. 来源：联合国正式文件系统。"]
    if "gazette" in traits:
        lines += ["", "澳门特别行政区公报——第二组", "印务局 Imprensa Oficial", "每期价格 $12.00"]
    return lines


# ---------------------------------------------------------------- body layouts


def _chapter7_no_comma(text: str) -> str:
    return re.sub(r"(第七章采取行动)[，,]", r"\1", text)


def _punct_mix(text: str, rng: random.Random) -> str:
    swaps = {"，": ",", "；": ";", "(": "（", ")": "）", "：": ":"}
    return "".join(swaps[c] if c in swaps and rng.random() < 0.4 else c for c in text)


def body_lines(res: dict, traits: list[str], rng: random.Random, convert) -> list[str]:
    """The resolution text (converted) laid out with the page's traits."""
    blocks = make_blocks(res)
    if "no-heading" in traits:
        blocks = [b for b in blocks if b[0] != "heading"]
    out: list[tuple[str, str]] = []
    for kind, text in blocks:
        if kind == "heading" and "symbol-heading" in traits:
            text = res["symbol"]
        if "chapter7-no-comma" in traits:
            text = _chapter7_no_comma(text)
        text = convert(text)
        if "punct-mix" in traits and kind not in ("heading", "adoption"):
            text = _punct_mix(text, rng)
        if kind == "pp" and "bullets" in traits:
            text = f"{rng.choice(['•', '·', '-'])} {text}"
        if kind == "heading" and "heading-two-lines" in traits:
            cut = text.index(")") + 1 if ")" in text else len(text) - 2
            text = f"{text[:cut]}\n{text[cut:]}"
        out.append((kind, text))
    texts = [t for _, t in out if t]
    width = next((int(t.rsplit("-", 1)[1]) for t in traits if t.startswith("hard-wrap-")), 0)
    if "one-line" in traits:
        return [" ".join(texts)]
    if width:
        lines = []
        for t in texts:
            lines += [t[i:i + width] for i in range(0, len(t), width)]
        return lines
    if "line-per-para" in traits:
        return texts
    lines = []
    for t in texts:
        lines += [t, ""]
    return lines


def _gazette_furniture(lines: list[str], rng: random.Random, convert) -> list[str]:
    """Insert gazette page headers and footers every 14-22 lines."""
    out, page, count = [], rng.randint(300, 2900), 0
    step = rng.randint(14, 22)
    for line in lines:
        out.append(line)
        count += 1
        if count % step == 0:
            out += [str(page), "", convert(f"澳门特别行政区公报——第二组 {page + 1}"), ""]
            page += 1
    return out


def generate_page(res: dict, page: dict, other: dict | None) -> str:
    """The text of one resolution page (pure: no file access).

    >>> res = {"number": 1, "year": 2000, "symbol": "S/RES/1 (2000)", "date": (2000, 1, 2),
    ...        "meeting": 10, "formula": "安全理事会，", "preamble": ["回顾，"],
    ...        "operative": [{"num": "1", "text": "请秘书长报告；", "items": [], "wrap": ""}],
    ...        "notes": [], "annex": []}
    >>> print(generate_page(res, {"id": "zh-web-99", "convert": None, "layout": ["one-line"]},
    ...                     None).strip())
    第1(2000)号决议 安全理事会2000年1月2日第10次会议通过 安全理事会， 回顾， 1. 请秘书长报告；
    """
    traits = page["layout"]
    rng = random.Random(f"{SEED}-{page['id']}")
    convert = converter(page["convert"])
    top = [convert(line) for line in chrome_top(res, traits, rng)]
    body = body_lines(res, traits, rng, convert)
    if "gazette" in traits:
        body = _gazette_furniture(body, rng, convert)
    bottom = [convert(line) for line in chrome_bottom(res, traits, rng, other)]
    text = "\n".join(top + body + bottom)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def write_pages(shared: Path, out: Path) -> list[Path]:
    """Write the zh-web pages into ``out`` and return their paths (in gold order).

    Parameters
    ----------
    shared : Path
        The ``../shared`` folder (reads ``corpus/akn``).
    out : Path
        Folder for the pages (created).

    Returns
    -------
    list of Path
        One path per line of ``gold.jsonl``.
    """
    akn = shared / "corpus" / "akn"
    meetings = read_meetings(shared)
    by_number = {}
    for src in select_sources():
        res = read_resolution(akn / src, meetings)
        res["source"] = f"akn/{src}"
        by_number[res["number"]] = res
    numbers = sorted(by_number)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for page in PAGES:
        if "own" in page:
            path = out / page["own"]
            path.write_bytes((HERE / "own" / page["own"]).read_bytes())
        else:
            res = by_number[page["number"]]
            nxt = numbers[(numbers.index(res["number"]) + 1) % len(numbers)]
            name = page_name(int(page["id"][-2:]), res["number"], res["year"], page["layout"])
            path = out / name
            path.write_text(generate_page(res, page, by_number[nxt]), encoding="utf-8")
        paths.append(path)
    return paths


# ---------------------------------------------------------------- gold facts


def _annotations() -> dict:
    import importlib.util

    spec = importlib.util.spec_from_file_location("zh_web_annotations", HERE / "annotations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ANNOTATIONS


def generate_gold() -> list[dict]:
    """The gold records of all pages (one per page, in page order), from ``annotations.py``.

    Needs no ``../shared``: sources, dates and file names are fixed here. Surfaces are
    converted with the page's OpenCC configuration on traditional pages.

    >>> gold = generate_gold()
    >>> len(gold), gold[0]["identity"], gold[-1]["refuse"]
    (36, 'S/RES/2518 (2020)', True)
    """
    annotations = _annotations()
    sources = {int(re.search(r"(?:RES|SC)[_-](\d{4})", Path(s).name).group(1)): s
               for s in select_sources()}
    gold = []
    for page in PAGES:
        if "own" in page:
            gold.append({"id": page["id"], "page": page["own"], "source": "own", "lang": "zh",
                         "script": page["script"], "layout": page["layout"], "identity": None,
                         "refuse": True, "sc": [], "ga": [], "doc": [], "instrument": [],
                         "addressees": [], "notes": "Own text without any resolution: must be "
                         "refused (exit 2)."})
            continue
        number = page["number"]
        ann = annotations[number]
        src = sources[number]
        year = int(src.split("/")[0])
        convert = converter(page["convert"])
        layout = list(page["layout"]) + ([f"opencc-{page['convert']}"] if page["convert"] else [])
        gold.append({
            "id": page["id"],
            "page": page_name(int(page["id"][-2:]), number, year, page["layout"]),
            "source": f"akn/{src}", "lang": "zh",
            "script": "Hant" if page["convert"] else "Hans", "layout": layout,
            "identity": f"S/RES/{number} ({year})", "refuse": False,
            "sc": sorted(set(ann["sc"]) - {f"S/RES/{number} ({year})"}),
            "ga": sorted(set(ann["ga"])), "doc": sorted(set(ann["doc"])),
            "instrument": [{"name": i["name"], "surface": convert(i["surface"])}
                           for i in ann["instrument"]],
            "addressees": _unique([{**a, "surface": convert(a["surface"])}
                                   for a in ann["addressees"]]),
            "notes": ann["notes"],
        })
    return gold


def _unique(records: list[dict]) -> list[dict]:
    seen, out = set(), []
    for record in records:
        key = (record["paragraph"], record["verb"], record["addressee"])
        if key not in seen:
            seen.add(key)
            out.append(record)
    return out


def write_gold(path: Path = HERE / "gold.jsonl") -> Path:
    """Write ``gold.jsonl`` (one JSON object per page, keys sorted)."""
    lines = [json.dumps(record, ensure_ascii=False, sort_keys=True) for record in generate_gold()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
