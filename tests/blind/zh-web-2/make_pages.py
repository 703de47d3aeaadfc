"""Round-2 blind set zh-web-2: Chinese resolution texts reshaped as web pages (issue 16).

The pages are derived at run time from the UN's Chinese AKN files in ``../shared/corpus/akn``
(never committed). The AKN XML is rendered to plain text with this file's own ElementTree rules;
each page then gets its own invented layout (chrome, wrapping, headings), seeded per page.
Standard library only, plus OpenCC for the traditional-script pages.

>>> render_heading(2747, 2024, "Hans")
'第2747(2024)号决议'
"""

from __future__ import annotations

import json
import random
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261203

#: The 34 Chinese AKN files reserved for the Chinese blind sets (/work/notes/reserved-zh.txt).
RESERVED = [
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

NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


def select_sources() -> list[str]:
    """The 30 reserved files of this set, in page order (seeded sample)."""
    return random.Random(SEED).sample(sorted(RESERVED), 30)


# --- rendering the AKN XML to plain text (own rules) -------------------------------------------

def clean(text: str) -> str:
    """Collapse XML whitespace: tabs and newlines go, single spaces inside numbers stay."""
    text = re.sub(r"[\t\r\n]+", "", text)
    text = re.sub(r" {2,}", " ", text)
    return text.strip()


def inline_text(elem: ET.Element, notes: list[str]) -> str:
    """The text of an element; an authorial note becomes its marker, the note is collected."""
    parts = [elem.text or ""]
    for child in elem:
        if child.tag == NS + "authorialNote":
            notes.append(child.get("marker", str(len(notes) + 1)) + " "
                         + clean("".join(child.itertext())))
            parts.append(child.get("marker", ""))
        else:
            parts.append(inline_text(child, notes))
        parts.append(child.tail or "")
    return "".join(parts)


def outer_paras(elem: ET.Element) -> list[ET.Element]:
    """The <p> elements under ``elem``, not those inside an authorial note."""
    found: list[ET.Element] = []
    for child in elem:
        if child.tag == NS + "authorialNote":
            continue
        if child.tag == NS + "p":
            found.append(child)
        else:
            found.extend(outer_paras(child))
    return found


def paras_of(elem: ET.Element, notes: list[str]) -> list[str]:
    return [clean(inline_text(p, notes)) for p in outer_paras(elem)]


def render_points(lst: ET.Element, notes: list[str], depth: int) -> list[tuple]:
    """Items of a list (lettered points, nested sub-points, intro and wrap-up)."""
    blocks: list[tuple] = []
    for child in lst:
        tag = child.tag[len(NS):]
        if tag == "intro":
            blocks.append(("text", depth, " ".join(paras_of(child, notes))))
        elif tag == "point":
            num = child.find(NS + "num")
            label = clean(num.text or "") if num is not None else ""
            content = child.find(NS + "content")
            sub = [c for c in child if c.tag in (NS + "list", NS + "sublist")]
            if content is not None:
                blocks.append(("item", depth + 1, label, " ".join(paras_of(content, notes))))
            for s in sub:
                inner = render_points(s, notes, depth + 1)
                if inner and inner[0][0] == "text" and content is None:
                    blocks.append(("item", depth + 1, label, inner[0][2]))
                    inner = inner[1:]
                elif content is None:
                    blocks.append(("item", depth + 1, label, ""))
                blocks.extend(inner)
        elif tag in ("list", "sublist"):
            blocks.extend(render_points(child, notes, depth + 1))
        elif tag == "wrapUp":
            blocks.append(("text", depth, " ".join(paras_of(child, notes))))
    return blocks


def read_akn(path: Path) -> dict:
    """Number, year, date, meeting and the text blocks of one Chinese AKN resolution."""
    root = ET.parse(path).getroot()
    uri = root.find(f".//{NS}FRBRWork/{NS}FRBRuri").get("value")
    m = re.search(r"/(\d{4})-(\d\d)-(\d\d)/(\d+)-(\d{4})/", uri)
    year, month, day, number = int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4))
    meeting = ""
    for inline in root.iter(NS + "inline"):
        if inline.get("name") == "adoptionMeeting":
            meeting = (inline.get("title") or "").strip()
    notes: list[str] = []
    blocks: list[tuple] = []
    preamble = root.find(f".//{NS}preamble")
    for child in preamble:
        if child.tag == NS + "formula":
            blocks.append(("formula", " ".join(paras_of(child, notes))))
        elif child.tag == NS + "p":
            text = clean(inline_text(child, notes))
            if text:
                blocks.append(("section", text))
        else:
            for text in paras_of(child, notes):
                if text:
                    blocks.append(("pp", text))
    body = root.find(f".//{NS}mainBody")
    for child in body:
        if child.tag != NS + "paragraph":
            text = clean("".join(child.itertext()))
            if text:
                blocks.append(("sep", text))
            continue
        num = child.find(NS + "num")
        label = clean(num.text or "") if num is not None else ""
        head = child.find(NS + "heading")
        if head is None:
            head = child.find(NS + "subheading")
        if head is not None:
            blocks.append(("section", clean("".join(head.itertext()))))
            continue
        content = child.find(NS + "content")
        lst = child.find(NS + "list")
        if label and not re.fullmatch(r"\d+\.", label):  # "A." section headings
            text = " ".join(paras_of(content, notes)) if content is not None else ""
            blocks.append(("section", f"{label} {text}".strip()))
            continue
        if content is not None:
            blocks.append(("op", label, " ".join(paras_of(content, notes))))
        elif lst is not None:
            inner = render_points(lst, notes, 0)
            first = inner[0][2] if inner and inner[0][0] == "text" else ""
            blocks.append(("op", label, first))
            blocks.extend(inner[1:] if first else inner)
    annex_lines: list[str] = []
    for att in root.iter(NS + "attachment"):
        for p in outer_paras(att):
            text = clean(inline_text(p, notes))
            if text:
                annex_lines.append(text)
    return {"number": number, "year": year, "month": month, "day": day,
            "date": f"{year}年{month}月{day}日",
            "meeting": meeting, "blocks": blocks, "notes": notes, "annex": annex_lines}


def render_heading(number: int, year: int, script: str) -> str:
    """The official Chinese heading of a resolution."""
    return f"第{number}({year})号决议" if script == "Hans" else f"第{number}({year})號決議"


def adoption_line(res: dict) -> str:
    meeting = f"第{res['meeting']}次会议" if res["meeting"] else "会议"
    return f"{res['date']}安全理事会{meeting}通过"


def body_lines(res: dict, bullets: str = "", indent: str = "") -> list[str]:
    """The resolution's text, one paragraph per line (before any layout)."""
    lines: list[str] = []
    for block in res["blocks"]:
        kind = block[0]
        if kind == "formula":
            lines.append(block[1])
        elif kind == "pp":
            lines.append(f"{bullets}{block[1]}")
        elif kind == "op":
            lines.append(f"{block[1]} {block[2]}".strip())
        elif kind == "item":
            lines.append(f"{indent * block[1]}{block[2]} {block[3]}".strip())
        elif kind == "text":
            lines.append(block[2])
        elif kind in ("section", "sep"):
            lines.append(block[1])
    if res["annex"]:
        lines.append("附件")
        lines.extend(res["annex"])
    if res["notes"]:
        lines.append("")
        lines.extend(res["notes"])
    return lines


# --- layouts (invented for this set) ----------------------------------------------------------

def wrap(line: str, width: int) -> list[str]:
    """Break a line every ``width`` characters, never inside a run of Latin letters, digits
    and symbol characters (a PDF keeps "2664(2022)" or "S/2021/920" on one line).

    >>> wrap("第2664(2022)号决议", 3)
    ['第', '2664(2022)', '号决议']
    """
    tokens = re.findall(r"[A-Za-z0-9/.()\-]+|.", line)
    out: list[str] = []
    current = ""
    for token in tokens:
        if current and len(current) + len(token) > width:
            out.append(current)
            current = ""
        current += token
    out.append(current)
    return out


def hard_wrap(lines: list[str], width: int) -> list[str]:
    out: list[str] = []
    for line in lines:
        out.extend(wrap(line, width))
    return out


def pdf_paste(lines: list[str], res: dict, rng: random.Random) -> list[str]:
    """Hard wraps at 38-44 characters, page breaks with running heads and job numbers."""
    width = rng.randint(38, 44)
    wrapped = hard_wrap(lines, width)
    symbol = f"S/RES/{res['number']} ({res['year']})"
    job = f"{res['year'] % 100}-{rng.randint(10000, 29999)} (C)"
    out: list[str] = []
    page = 1
    for i, line in enumerate(wrapped, 1):
        out.append(line)
        if i % 46 == 0 and i < len(wrapped) - 3:
            page += 1
            out.extend([f"{job}", f"{page - 1}/{(len(wrapped) // 46) + 1}", "", symbol, ""])
    return out


def no_comma_chapter7(lines: list[str]) -> list[str]:
    return [re.sub(r"第七章采取行动，$", "第七章采取行动", line) for line in lines]


def fullwidth_parens(lines: list[str]) -> list[str]:
    """'第1701(2006)号' -> '第1701（2006）号', as many Chinese sites print it."""
    table = str.maketrans({"(": "（", ")": "）"})
    return [line.translate(table) for line in lines]


def halfwidth_punct(lines: list[str]) -> list[str]:
    table = str.maketrans({"，": ",", "；": ";", "：": ":"})
    return [line.translate(table) for line in lines]


def chrome_wiki(res: dict, script: str, rng: random.Random) -> tuple[list[str], list[str]]:
    n, y = res["number"], res["year"]
    top = [f"联合国安全理事会第{n}号决议", "维基文库，自由的图书馆",
           f"< 联合国安全理事会决议 | {y}年",
           f"← 第{n - 1}号决议\t联合国安全理事会第{n}号决议\t第{n + 1}号决议 →",
           f"作者：联合国安全理事会  {res['date']}", "",
           "姊妹计划：数据项", ""]
    bottom = ["", "本作品是联合国的正式文件，依据联合国的政策属于公有领域。",
              f"分类：联合国安全理事会{y}年决议", "本页面最后编辑于2026年3月1日 (星期日) 08:12。",
              "隐私政策  关于维基文库  免责声明  行为准则  开发者  手机版视图"]
    return top, bottom


def chrome_news(res: dict, script: str, rng: random.Random) -> tuple[list[str], list[str]]:
    n, y = res["number"], res["year"]
    source = rng.choice(["新华社", "联合国新闻", "环球观察网", "国际在线"])
    top = ["首页 | 国际 | 时政 | 军事 | 财经 | 视频 | 专题", "首页 > 国际 > 联合国 > 正文",
           f"全文：联合国安理会第{n}号决议", f"{res['date']} 09:{rng.randint(10, 59)}  来源：{source}",
           "分享到： 微信  微博  QQ空间  复制链接", "字号：大 中 小", ""]
    related = [rng.randint(2400, 2830) for _ in range(3)]
    bottom = ["", f"（责任编辑：{rng.choice(['王', '李', '陈', '张'])}{rng.choice(['明', '颖', '涛', '静'])}）",
              "相关阅读：", *[f"· 安理会通过第{r}({y})号决议 延长制裁措施" for r in related],
              "点赞 0  收藏  评论", "关于我们 | 联系我们 | 网站地图 | 版权声明",
              f"Copyright © 2008-{y + 1} 版权所有 未经授权禁止转载"]
    return top, bottom


def chrome_ngo(res: dict, script: str, rng: random.Random) -> tuple[list[str], list[str]]:
    n, y = res["number"], res["year"]
    top = ["本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意我们的Cookie政策。 [接受] [拒绝]",
           "和平与安全研究中心 | 资料库 | 联合国文件 | 捐助我们",
           f"资料库 › 安理会决议 › {y}", f"标题：安理会决议{n}（{y}）中文文本",
           f"下载PDF (S/RES/{n} ({y}))  |  English  |  Français", ""]
    bottom = ["", "注释", "1. 本文转载自联合国正式文件系统，仅供研究参考。",
              "2. 如有出入，以联合国正式印发的文本为准。",
              "3. 转载请注明出处；本中心不对内容的准确性负责。",
              f"相关文件：S/RES/{n - 1} ({y})；S/PV.{rng.randint(9000, 9999)}",
              "订阅我们的通讯  |  隐私  |  联系"]
    return top, bottom


def gazette_facts(res: dict) -> tuple[int, str, str]:
    """Issue number, issue date (Chinese and dd-mm-yyyy) of the gazette, weeks after adoption."""
    import datetime

    adopted = datetime.date(res["year"], res["month"], res["day"])
    seed = random.Random(f"gazette-{res['number']}")
    issued = adopted + datetime.timedelta(days=seed.randint(12, 40))
    issue = (issued.timetuple().tm_yday + 6) // 7
    return (issue, f"{issued.year}年{issued.month}月{issued.day}日",
            f"{issued.day}-{issued.month}-{issued.year}")


def chrome_gazette(res: dict, script: str, rng: random.Random) -> tuple[list[str], list[str]]:
    """Macau official gazette (second series): issue header, Chief Executive's notice."""
    n, y = res["number"], res["year"]
    issue, date, short = gazette_facts(res)
    top = [f"第 {issue} 期 —— {date}", "澳门特别行政区公报——第二组", "行政长官办公室",
           f"第{rng.randint(1, 60)}/{y}号行政长官公告",
           f"中华人民共和国就执行联合国安全理事会于{res['date']}通过的第{n}({y})号决议，"
           "通知澳门特别行政区；",
           "基于此，行政长官根据第3/1999号法律第六条第一款的规定，命令公布该决议的中文正式文本。",
           f"{date}发布。", "行政长官  岑浩辉", "——————————", ""]
    bottom = ["", f"N.º {issue} — {short}", "澳门特别行政区公报——第二组",
              f"第 {rng.randint(1000, 9000)} 页", "（是项刊登费用为 $0.00）"]
    return top, bottom


CHROME = {"wiki": chrome_wiki, "news": chrome_news, "ngo": chrome_ngo, "gazette": chrome_gazette}


def insert_furniture(lines: list[str], res: dict, rng: random.Random) -> list[str]:
    """Gazette running heads and page numbers dropped between paragraphs."""
    out: list[str] = []
    page = rng.randint(1000, 8000)
    for i, line in enumerate(lines, 1):
        out.append(line)
        if i % 9 == 0:
            page += 1
            out.extend([f"第 {page} 页", "澳门特别行政区公报——第二组",
                        f"N.º {gazette_facts(res)[0]} — {gazette_facts(res)[2]}"])
    return out


#: page plan: (source index in select_sources(), script/OpenCC config, layout traits)
PLAN = [
    ("s2t", ["wiki", "nav-line"]),
    ("Hans", ["news", "title-line", "one-line"]),
    ("Hans", ["pdf-paste", "symbol-heading"]),
    ("s2hk", ["gazette", "line-per-para"]),
    ("Hans", ["symbol-heading", "bullets"]),
    ("s2tw", ["ngo", "footer-list", "hard-wrap"]),
    ("Hans", ["filename-id", "no-heading", "line-per-para"]),
    ("Hans", ["heading-two-lines", "halfwidth-punct"]),
    ("s2t", ["news", "title-line", "halfwidth-punct"]),
    ("Hans", ["wiki", "infobox-wrong-symbol", "chapter7-no-comma"]),
    ("s2hk", ["gazette", "pdf-paste"]),
    ("Hans", ["glued-next", "line-per-para"]),
    ("s2tw", ["one-line", "filename-id"]),
    ("Hans", ["ngo", "footer-list", "bullets"]),
    ("s2t", ["symbol-heading", "hard-wrap"]),
    ("Hans", ["filename-mismatch", "line-per-para"]),
    ("s2hk", ["heading-two-lines", "bullets"]),
    ("Hans", ["news", "title-line", "chapter7-no-comma"]),
    ("s2t", ["wiki", "nav-line", "hard-wrap"]),
    ("Hans", ["pdf-paste", "no-blank-lines"]),
    ("s2tw", ["filename-id", "no-heading", "one-line"]),
    ("Hans", ["gazette", "line-per-para"]),
    ("s2hk", ["ngo", "footer-list"]),
    ("Hans", ["heading-after-title", "halfwidth-punct"]),
    ("s2t", ["glued-next", "bullets"]),
    ("Hans", ["wiki", "nav-line", "one-line"]),
    ("s2tw", ["news", "title-line", "pdf-paste"]),
    ("Hans", ["symbol-heading", "fullwidth-parens", "hard-wrap"]),
    ("s2hk", ["wiki", "infobox-wrong-symbol", "line-per-para", "chapter7-no-comma"]),
    ("Hans", ["ngo", "heading-two-lines", "bullets"]),
]


def converter(config: str):
    if config == "Hans":
        return lambda text: text
    import opencc

    return opencc.OpenCC(config).convert


def page_name(index: int, res: dict, layout: list[str]) -> str:
    if "filename-id" in layout:
        return f"S_RES_{res['number']}_{res['year']}_ZH.txt"
    if "filename-mismatch" in layout:
        return f"S_RES_{res['number'] + 1}_{res['year']}_ZH.txt"
    return f"zh-web-2-{index:02d}.txt"


def build_page(res: dict, layout: list[str], rng: random.Random, glue: dict | None) -> str:
    """One page (simplified script) of a resolution with the given layout traits."""
    n, y = res["number"], res["year"]
    bullets = rng.choice(["• ", "· ", "- ", "◆ "]) if "bullets" in layout else ""
    lines = body_lines(res, bullets=bullets, indent="  " if "line-per-para" not in layout else "")
    if "chapter7-no-comma" in layout:
        changed = no_comma_chapter7(lines)
        if changed == lines:
            raise ValueError(f"{n}: no Chapter VII line for the chapter7-no-comma trait")
        lines = changed
    if "halfwidth-punct" in layout:
        lines = halfwidth_punct(lines)
    if "fullwidth-parens" in layout:
        lines = fullwidth_parens(lines)
    heading = [render_heading(n, y, "Hans"), adoption_line(res)]
    if "symbol-heading" in layout:
        heading = [f"S/RES/{n} ({y})", adoption_line(res)]
    if "heading-two-lines" in layout:
        heading = [f"第{n}({y})号", "决议", adoption_line(res)]
    if "no-heading" in layout:
        heading = []
    if "heading-after-title" in layout:
        heading = [f"联合国安理会第{n}号决议（{y}年）全文", "", *heading]
    if "title-line" in layout and "news" not in layout:
        heading = [f"全文：联合国安理会第{n}号决议", *heading]
    text_lines = [*heading, "", *lines]
    if "one-line" in layout:
        text_lines = [" ".join(line for line in text_lines if line)]
    elif "pdf-paste" in layout:
        text_lines = pdf_paste(text_lines, res, rng)
    elif "hard-wrap" in layout:
        text_lines = hard_wrap(text_lines, rng.randint(30, 40))
    elif "line-per-para" not in layout and "no-blank-lines" not in layout:
        text_lines = [x for line in text_lines for x in (line, "")]
    if "gazette" in layout and "pdf-paste" not in layout and "one-line" not in layout:
        text_lines = insert_furniture(text_lines, res, rng)
    if "glued-next" in layout and glue is not None:
        nxt = body_lines(glue)[:4]
        text_lines += ["", render_heading(glue["number"], glue["year"], "Hans"),
                       adoption_line(glue), "", *nxt]
    top: list[str] = []
    bottom: list[str] = []
    for name, make in CHROME.items():
        if name in layout:
            top, bottom = make(res, "Hans", rng)
    if "nav-line" in layout and "wiki" not in layout:
        top = [f"← {n - 1}({y}) | {n + 1}({y}) →", *top]
    if "infobox-wrong-symbol" in layout:
        wrong = n + rng.choice([-7, -3, 2, 5])
        top += ["文件信息", f"文号：S/RES/{wrong} ({y})", f"通过日期：{res['date']}",
                "表决：参见会议记录", ""]
    return "\n".join(top + text_lines + bottom).rstrip("\n") + "\n"


def write_pages(shared: Path, out: Path) -> list[Path]:
    """Write the set's pages (generated resolution pages and own/ pages) into ``out``.

    Deterministic: the same ``shared`` gives byte-identical pages.
    """
    out.mkdir(parents=True, exist_ok=True)
    sources = select_sources()
    written: list[Path] = []
    for index, ((config, layout), source) in enumerate(zip(PLAN, sources), 1):
        res = read_akn(shared / "corpus" / "akn" / source)
        rng = random.Random(f"{SEED}-{index}")
        glue = None
        if "glued-next" in layout:
            glue = read_akn(shared / "corpus" / "akn" / sources[index % len(sources)])
        text = converter(config)(build_page(res, layout, rng, glue))
        path = out / page_name(index, res, layout)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    for own in sorted((HERE / "own").glob("*.txt")):
        target = out / own.name
        shutil.copyfile(own, target)
        written.append(target)
    return written


def load_annotations():
    """annotations.py of this folder, imported by path (the folder name has a dash)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("zh_web_2_annotations", HERE / "annotations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sc_symbol(short: str) -> str:
    """'2499(2019)' -> 'S/RES/2499 (2019)'.

    >>> sc_symbol("733(1992)")
    'S/RES/733 (1992)'
    """
    number, year = re.fullmatch(r"(\d+)\((\d{4})\)", short).groups()
    return f"S/RES/{number} ({year})"


def gold_records(shared: Path) -> list[dict]:
    """One gold record per page, in page order (resolution pages, then own/ pages)."""
    facts = load_annotations()
    records: list[dict] = []
    for index, ((config, layout), source) in enumerate(zip(PLAN, select_sources()), 1):
        res = read_akn(shared / "corpus" / "akn" / source)
        fact = facts.FACTS[res["number"]]
        convert = converter(config)

        def surface(text: str, layout: list[str] = layout, convert=convert) -> str:
            """A surface as the page prints it (same punctuation traits and OpenCC)."""
            if "halfwidth-punct" in layout:
                text = halfwidth_punct([text])[0]
            if "fullwidth-parens" in layout:
                text = fullwidth_parens([text])[0]
            return convert(text)

        records.append({
            "id": f"zh-web-2-{index:02d}",
            "page": page_name(index, res, layout),
            "source": f"akn/{source}",
            "lang": "zh",
            "script": "Hans" if config == "Hans" else "Hant",
            "layout": list(layout) + ([] if config == "Hans" else [f"opencc-{config}"]),
            "identity": f"S/RES/{res['number']} ({res['year']})",
            "refuse": False,
            "sc": sorted({sc_symbol(x) for x in fact["sc"]}),
            "ga": sorted(set(fact["ga"])),
            "doc": sorted(set(fact["doc"])),
            "instrument": [{"name": name, "surface": surface(text)}
                           for name, text in fact["instrument"]],
            "addressees": [{"paragraph": para, "verb": verb, "addressee": who,
                            "surface": surface(text)}
                           for para, verb, who, text in fact["addressees"]],
            "notes": fact["notes"],
        })
    for own in facts.OWN:
        records.append({**own, "refuse": True, "identity": None, "sc": [], "ga": [], "doc": [],
                        "instrument": [], "addressees": [],
                        "source": "own"})
    return records


def write_gold(shared: Path, path: Path = HERE / "gold.jsonl") -> Path:
    """Write gold.jsonl: one JSON object a line, keys sorted."""
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in gold_records(shared)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def plain_text(shared: Path, source: str) -> str:
    """The resolution as plain text, one paragraph a line (for reading and annotating)."""
    res = read_akn(shared / "corpus" / "akn" / source)
    return "\n".join([render_heading(res["number"], res["year"], "Hans"), adoption_line(res),
                      *body_lines(res, indent="  ")])


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["gold"]:
        print(write_gold(Path(sys.argv[2])))
    else:
        for p in write_pages(Path(sys.argv[1]), Path(sys.argv[2])):
            print(p)
