"""Pages of the round-3 blind set zh-web-3 (issue 16): Chinese resolution texts as pasted from
web pages, written from the UN's Chinese AKN files in ../shared with the annotator's own simple
renderer (render.py) and own layouts. Stdlib + OpenCC only; deterministic.

    python make_pages.py <shared> <out>    write the pages into <out>
    python make_pages.py gold <shared>     rewrite gold.jsonl from annotations.py
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_annotations():
    """annotations.py of this set, imported by path under a name of its own."""
    spec = importlib.util.spec_from_file_location("zh_web_3_annotations",
                                                  HERE / "annotations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SET = "zh-web-3"
RESERVED = HERE / "RESERVED.txt"

# ---------------------------------------------------------------------------------------------
# the annotator's own rendering of a Chinese AKN file (ElementTree, itertext)


BLOCKS = {"p", "heading", "subheading", "listIntroduction", "item"}
SKIP = {"meta", "footerFirstPage", "img", "coverPage"}


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def render(path: Path) -> dict:
    """Heading, adoption line and body blocks (kind, number, text) of one AKN file."""
    root = ET.parse(path).getroot()
    heading = adoption = ""
    for el in root.iter():
        if local(el.tag) == "docTitle":
            if el.get("refersTo") == "#resolutionNumber":
                heading = clean("".join(el.itertext()))
            elif el.get("refersTo") == "#adoption":
                adoption = clean("".join(el.itertext()))
    blocks: list[tuple[str, str, str]] = []

    def walk(el, section: str, pending: list[str]) -> None:
        name = local(el.tag)
        if name in SKIP:
            return
        if name in ("preamble", "mainBody", "attachments"):
            section = {"preamble": "PP", "mainBody": "OP", "attachments": "AN"}[name]
        if name == "num":
            pending.append(clean("".join(el.itertext())))
            return
        if name in BLOCKS:
            text = clean("".join(el.itertext()))
            if text or pending:
                blocks.append((section, " ".join(pending), text))
            pending.clear()
            return
        for child in el:
            walk(child, section, pending)

    walk(root, "", [])
    return {"heading": heading, "adoption": adoption, "blocks": blocks}


# ---------------------------------------------------------------------------------------------
# selection: the 35 shortest (by rendered body text) of the 40 reserved files, in a seeded order

ALL_RESERVED = """\
2020/Chinese/S_RES_2512 (2020)-2003205C.xml
2020/Chinese/S_RES_2522 (2020)-2007234C.xml
2020/Chinese/S_RES_2543 (2020)-2011956C.xml
2020/Chinese/S_RES_2551 (2020)-2015095C.xml
2020/Chinese/S_RES_2557 (2020)-2017451C.xml
2021/Chinese/SC_2564_2021-C.xml
2021/Chinese/SC_2567_2021-C.xml
2021/Chinese/SC_2569_2021-C.xml
2021/Chinese/SC_2572_2021-C.xml
2021/Chinese/SC_2584_2021-C.xml
2021/Chinese/S_RES_2585 (2021)-2109587C.xml
2021/Chinese/S_RES_2591 (2021)-2112018C.xml
2021/Chinese/S_RES_2596 (2021)-2113147C.xml
2021/Chinese/S_RES_2599 (2021)_C.xml
2021/Chinese/S_RES_2609 (2021)-2119016C.xml
2021/Chinese/S_RES_2614 (2021)-2119475C.xml
2022/Chinese/S_RES_2638 (2022)-2209857C.xml
2022/Chinese/S_RES_2651_2221898C.xml
2022/Chinese/S_RES_2657-2224442C.xml
2022/Chinese/S_RES_2665-2228829C.xml
2022/Chinese/S_RES_2668-2229136C.xml
2022/Chinese/S_RES_2671-2229246C.xml
2023/Chinese/S_RES_2674_C.xml
2023/Chinese/S_RES_2677_C.xml
2023/Chinese/S_RES_2680_C.xml
2023/Chinese/S_RES_2684_C.xml
2023/Chinese/S_RES_2687_C.xml
2023/Chinese/S_RES_2698-2318900C.xml
2023/Chinese/S_RES_2711-2322387C.xml
2023/Chinese/S_RES_2716-2325346C.xml
2024/Chinese/S_RES_2723-2401650C.xml
2024/Chinese/S_RES_2728-2405650C.xml
2024/Chinese/S_RES_2732-2409702C.xml
2024/Chinese/S_RES_2734-2410318C.xml
2024/Chinese/S_RES_2746-2414295C.xml
2024/Chinese/S_RES_2759-2421413C.xml
2025/Chinese/S_RES_2771-2501522C.xml
2025/Chinese/S_RES_2794-2516869C.xml
2026/Chinese/S_RES_2812-2600463C.xml
2026/Chinese/S_RES_2813-2601034C.xml
""".split("\n")
ALL_RESERVED = [line for line in ALL_RESERVED if line]
SEED = 20261203


def body_length(doc: dict) -> int:
    return sum(len(text) for _, _, text in doc["blocks"])


def select_sources(shared: Path) -> list[str]:
    """The 35 shortest reserved files (ties by name), shuffled with a fixed seed."""
    root = Path(shared) / "corpus" / "akn"
    sized = sorted((body_length(render(root / rel)), rel) for rel in ALL_RESERVED)
    chosen = sorted(rel for _, rel in sized[:35])
    random.Random(SEED).shuffle(chosen)
    return chosen


# ---------------------------------------------------------------------------------------------
# the plain text of one resolution

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚"
FULLWIDTH = str.maketrans("0123456789()", "０１２３４５６７８９（）")


def identity(doc: dict) -> tuple[int, int]:
    number, year = re.fullmatch(r"第(\d+) ?\((\d{4})\)号决议", doc["heading"]).groups()
    return int(number), int(year)


def adoption_line(doc: dict) -> str:
    text = doc["adoption"]
    m = re.fullmatch(r"(\d{4}年\d+月\d+日)\s*(?:安全理事会)?\s*(\d+)次会议通过", text)
    if m:
        return f"安全理事会{m.group(1)}第{m.group(2)}次会议通过"
    return text


def paragraphs(doc: dict) -> list[tuple[str, str, str]]:
    """(kind, number, text) with kind PP (preamble incl. the formula), OP, ITEM (lettered or
    numbered items inside an operative paragraph), HEAD (a section heading) or AN (annex)."""
    out = []
    in_annex = False
    for section, num, text in doc["blocks"]:
        if section == "PP":
            out.append(("PP", "", f"{num} {text}" if num else text))
            continue
        if text in ("附件", "指认附件"):
            in_annex = True
        if in_annex:
            out.append(("AN", num, text))
        elif re.fullmatch(r"\d+\.", num):
            out.append(("OP", num, text))
        elif num:
            out.append(("ITEM", num, text))
        elif not re.search(r"[，。；：]$", text) and len(text) < 30:
            out.append(("HEAD", "", text))
        else:
            out.append(("OP", "", text))
    return out


# ---------------------------------------------------------------------------------------------
# layouts: each page gets a mix of traits (the table in README.md)

PAGES = [
    # (script config or None, traits)
    (None, ["baike", "heading-symbol-first"]),
    ("s2t", ["weixin", "pp-circled", "no-adoption"]),
    (None, ["pdf-paste", "adoption-before"]),
    ("s2hk", ["filename-only", "one-line"]),
    (None, ["forum", "halfwidth-punct", "heading-two-lines"]),
    ("s2tw", ["lawdb", "ideographic-indent"]),
    (None, ["markdown", "glued-next"]),
    ("s2hk", ["gazette-mo", "no-commas"]),
    (None, ["nav-links", "heading-fullwidth", "line-per-para"]),
    ("s2t", ["pdf-paste", "wrap-anywhere"]),
    (None, ["news", "title-then-heading", "spaced-citations"]),
    ("s2tw", ["baike", "heading-english", "op-fullwidth"]),
    (None, ["filename-agree", "pp-dash", "no-commas"]),
    ("s2hk", ["weixin", "heading-spaced"]),
    (None, ["comments", "one-line", "fullwidth-citations"]),
    ("s2t", ["news", "heading-symbol-only", "html-residue"]),
    (None, ["forum", "wrap-anywhere", "no-adoption"]),
    ("s2twp", ["lawdb", "adoption-before", "pp-circled"]),
    (None, ["gazette-mo", "line-per-para"]),
    ("s2hk", ["markdown", "heading-two-lines", "halfwidth-punct"]),
    (None, ["pdf-paste", "glued-next", "heading-symbol-first"]),
    ("s2tw", ["filename-only", "ideographic-indent", "no-commas"]),
    (None, ["baike", "title-then-heading", "fullwidth-citations"]),
    ("s2t", ["comments", "heading-fullwidth", "pp-dash"]),
    (None, ["nav-links", "heading-english", "one-line"]),
    ("s2hk", ["news", "op-fullwidth", "spaced-citations"]),
    (None, ["weixin", "heading-symbol-only", "line-per-para"]),
    ("s2tw", ["forum", "filename-agree", "html-residue"]),
    (None, ["lawdb", "heading-spaced", "halfwidth-punct"]),
    ("s2t", ["gazette-mo", "wrap-anywhere", "adoption-before"]),
    (None, ["baike", "adoption-before", "pp-dash"]),
    ("s2hk", ["pdf-paste", "heading-two-lines"]),
    (None, ["weixin", "glued-next", "op-fullwidth"]),
    ("s2tw", ["news", "filename-only"]),
    (None, ["lawdb", "crlf", "fullwidth-citations"]),
]

OWN = [  # (file, lang, script, notes)
    ("zh-news-2728.txt", "zh", "Hans",
     "A news report about the adoption of resolution 2728 (2024): it names resolutions and a "
     "draft but holds no resolution text."),
    ("zh-hant-index-2021.txt", "zh", "Hant",
     "A traditional-script index table of 2021 resolutions (symbols, dates, topics): no text."),
    ("zh-meeting-9731.txt", "zh", "Hans",
     "Meeting coverage (speakers' summaries, a vote on a draft): quotes no resolution text."),
    ("fr-resolution.txt", "fr", "Latn",
     "A French resolution-shaped text written by the annotator (language to refuse)."),
    ("es-resolucion.txt", "es", "Latn",
     "A Spanish resolution-shaped text written by the annotator (language to refuse)."),
    ("ru-rezolyutsiya.txt", "ru", "Cyrl",
     "A Russian resolution-shaped text written by the annotator (language to refuse)."),
    ("ko-gyeoruian.txt", "ko", "Kore",
     "A Korean resolution-shaped text written by the annotator (language to refuse); it cites "
     "resolutions with Arabic numerals and 호."),
    ("vi-nghi-quyet.txt", "vi", "Latn",
     "A Vietnamese resolution-shaped text written by the annotator (language to refuse)."),
]


def converter(config: str | None):
    if config is None:
        return lambda text: text
    import opencc
    return opencc.OpenCC(config).convert


def punct(text: str, traits: list[str]) -> str:
    """Character-level traits that apply to the resolution text and to the gold surfaces."""
    if "halfwidth-punct" in traits:
        text = text.translate(str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(",
                                             "）": ")"}))
    if "fullwidth-citations" in traits:
        text = re.sub(r"(\d{1,4}) ?\((\d{4})\)", lambda m: f"{m.group(1)}（{m.group(2)}）", text)
    if "spaced-citations" in traits:
        text = re.sub(r"第(\d{1,4}) ?\((\d{4})\)号", r"第 \1 (\2) 号", text)
        text = re.sub(r"、(\d{1,4}) ?\((\d{4})\)", r"、 \1 (\2)", text)
    return text


def heading_lines(number: int, year: int, doc: dict, traits: list[str]) -> list[str]:
    head = f"第{number}({year})号决议"
    if "heading-two-lines" in traits:
        lines = [f"第{number}({year})号", "决议"]
    elif "heading-fullwidth" in traits:
        lines = [head.translate(FULLWIDTH)]
    elif "heading-spaced" in traits:
        lines = [f"第 {number} ( {year} ) 号 决 议"]
    elif "heading-english" in traits:
        lines = [f"RESOLUTION {number} ({year})"]
    elif "heading-symbol-only" in traits:
        lines = [f"S/RES/{number}（{year}）"]
    elif "filename-only" in traits:
        lines = []
    else:
        lines = [head]
    if "heading-symbol-first" in traits:
        lines = [f"S/RES/{number} ({year})", "", *lines]
    if "title-then-heading" in traits:
        lines = [f"【全文】联合国安理会第{number}号决议（{year}年）", "", *lines]
    adoption = adoption_line(doc)
    if "no-adoption" in traits or "filename-only" in traits:
        return lines
    if "adoption-before" in traits:
        return [adoption, *lines]
    return [*lines, adoption]


def body_lines(doc: dict, traits: list[str], rng: random.Random) -> list[str]:
    """The resolution's paragraphs, one string each (before wrapping)."""
    out = []
    pp_index = 0
    for kind, num, text in paragraphs(doc):
        if kind == "PP":
            if "no-commas" in traits:
                text = re.sub(r"[，,]$", "", text)
            if pp_index > 0:
                if "pp-circled" in traits:
                    text = CIRCLED[(pp_index - 1) % len(CIRCLED)] + " " + text
                elif "pp-dash" in traits:
                    text = "— " + text
            pp_index += 1
        elif kind == "OP" and num:
            if "no-commas" in traits:
                text = re.sub(r"[；;]$", "", text)
            if "op-fullwidth" in traits:
                num = num.translate(FULLWIDTH).replace(".", "．")
            text = f"{num} {text}"
        elif kind in ("ITEM", "AN") and num:
            text = f"{num} {text}"
        if "ideographic-indent" in traits and kind != "HEAD":
            text = "\u3000\u3000" + text
        if "markdown" in traits:
            if kind == "HEAD":
                text = "### " + text
            elif kind == "PP" and pp_index == 1:
                text = re.sub(r"^安全理事会", "**安全理事会**", text)
            elif kind == "ITEM":
                text = "  * " + text
        if "html-residue" in traits and kind == "PP" and pp_index % 3 == 2:
            text = text + "&nbsp;"
        out.append(text)
    return out


def wrap(lines: list[str], width: int, anywhere: bool) -> list[str]:
    """Hard wraps at `width` characters; unless `anywhere`, never inside a run of digits,
    Latin letters or symbol characters."""
    out = []
    for line in lines:
        while len(line) > width:
            cut = width
            if not anywhere:
                while cut > 5 and re.match(r"[\w()/.\-]", line[cut - 1], re.ASCII) \
                        and re.match(r"[\w()/.\-]", line[cut], re.ASCII):
                    cut -= 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


def glued(doc: dict) -> list[str]:
    """Heading, adoption line and first four paragraphs of another resolution."""
    number, year = identity(doc)
    lines = [f"第{number}({year})号决议", adoption_line(doc), ""]
    for _kind, _num, text in paragraphs(doc)[:4]:
        lines += [text, ""]
    return lines


def chrome(kind: str, number: int, year: int, rng: random.Random) -> tuple[list[str], list[str]]:
    """Lines before and after the text for a site trait."""
    prev_n, next_n = number - 1, number + 1
    other = rng.choice([1325, 1373, 2250, 2417, 2532])
    if kind == "baike":
        head = [f"联合国安理会第{number}号决议_百科", "", "编辑 | 讨论 | 收藏 | 分享", "",
                f"联合国安理会第{number}号决议", "",
                f"联合国安理会第{number}号决议是联合国安全理事会于{year}年通过的一项决议。"
                f"安理会此前于同一议题通过了第{prev_n}号决议。", "",
                "基本信息", f"中文名　联合国安理会第{number}号决议",
                f"外文名　United Nations Security Council Resolution {number}",
                f"文件编号　S/RES/{number} ({year})", f"通过年份　{year}年",
                f"上一决议　第{prev_n}号", f"下一决议　第{next_n}号", "",
                "目录", "1 背景", "2 决议全文", "3 参考资料", "", "决议全文", ""]
        tail = ["", "参考资料",
                f"[1] 联合国正式文件 S/RES/{number} ({year}) [引用日期2025-03-01]",
                f"[2] 安全理事会第{other}号决议 . 联合国 [引用日期2025-03-01]", "",
                "词条标签：国际组织 , 联合国 , 安全理事会"]
    elif kind == "weixin":
        head = ["原创 编辑部 国际法观察 " + f"{year}-{rng.randint(1, 12):02d}-"
                f"{rng.randint(1, 28):02d} 08:30 北京", "", "↑点击上方蓝字，关注我们", "",
                f"编者按：本文转载安理会第{number}号决议中文本，供读者学习参考。"
                f"第{other}号决议的全文见往期推送。", "", "━━━━━━━━━━", ""]
        tail = ["", "END", "", "往期推荐", f"▶ 安理会第{prev_n}号决议全文",
                f"▶ 解读｜第{other}号决议二十年", "", "预览时标签不可点", "微信扫一扫",
                "关注该公众号", "", "阅读 1.2万 　在看 36"]
    elif kind == "forum":
        head = [f"标题: [资料] 安理会第{number}号决议 中文本（{year}）",
                f"作者: blue_ocean  发表于 {year}-{rng.randint(1, 12)}-{rng.randint(1, 28)} "
                "10:02 | 只看楼主 | 倒序浏览", "", "1#", ""]
        tail = ["", "2#  回复 1# 楼主", f"谢谢楼主！顺便问下第{other}号决议有没有中文本？",
                "", "3#  楼主 回复 2#", f"有的，S/RES/{other} 在联合国文件系统可以下载。", "",
                "快速回复  返回顶部  返回列表"]
    elif kind == "lawdb":
        head = ["法规资料查询系统 > 国际条约及文件 > 联合国安全理事会决议", "",
                f"法规名称：联合国安全理事会第{number}({year})号决议（参考中文本）",
                "公发布日：", "法规类别：国际文件 > 联合国", "", "所有条文", ""]
        tail = ["", "附件：无", "", "友善列印 | 回页首 | 相关法规：第"
                f"{prev_n}号决议、第{next_n}号决议"]
    elif kind == "gazette-mo":
        issue = rng.randint(10, 52)
        head = ["澳门特别行政区公报——第二组", f"第{issue}期 —— {year}年 第 {rng.randint(300, 900)}"
                " 页", "", "行政长官办公室", "",
                f"第{rng.randint(5, 40)}/{year + 1}号行政长官公告",
                "行政长官根据第3/1999号法律第六条第一款的规定，命令公布联合国安全理事会于"
                f"{year}年通过的第{number}号决议的中文文本。", "", "（附件）", ""]
        tail = ["", "二零二五年二月十日发布。", "行政长官　岑浩辉", "",
                "印务局　*　澳门官印局", "每份价格 $10.00"]
    elif kind == "news":
        head = ["首页 > 国际 > 联合国 > 正文", "",
                f"全文：联合国安理会第{number}号决议", "",
                f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 来源：国际在线"
                "  字号：大 中 小", "分享到：微信 微博 QQ空间", ""]
        tail = ["", "【责任编辑：王芳】", "", "相关新闻",
                f"· 安理会通过第{next_n}号决议", f"· 专家解读第{other}号决议执行情况", "",
                "版权所有 © 国际在线  未经授权禁止转载"]
    elif kind == "comments":
        head = [f"安理会第{number}号决议（{year}年）中文全文", "", ""]
        tail = ["", "网友评论（3）",
                f"用户1029：和第{prev_n}({year})号决议比，这次变化不大。",
                f"用户5530：请问S/RES/{other}的中文本在哪？", "用户7781：收藏了。", "",
                "发表评论  登录后参与讨论"]
    elif kind == "nav-links":
        head = [f"« 第{prev_n}({year})号决议 | 决议列表 | 第{next_n}({year})号决议 »", ""]
        tail = ["", f"« 第{prev_n}({year})号决议 | 决议列表 | 第{next_n}({year})号决议 »",
                "", "本站文本仅供参考，以联合国正式文件为准。"]
    elif kind == "markdown":
        head = ["---", f"title: 安理会决议 {number}", "tags: [联合国, 安理会]", "---", "",
                "# "]
        tail = ["", "---", "*整理：笔记本* · 许可：CC BY-SA 4.0"]
    elif kind == "pdf-paste":
        head, tail = [], []
    else:
        head, tail = [], []
    return head, tail


SITES = ["baike", "weixin", "forum", "lawdb", "gazette-mo", "news", "comments", "nav-links",
         "markdown", "pdf-paste"]


def page_text(doc: dict, traits: list[str], config: str | None, rng: random.Random,
              next_doc: dict | None) -> str:
    number, year = identity(doc)
    heading = heading_lines(number, year, doc, traits)
    body = body_lines(doc, traits, rng)
    site = next((t for t in traits if t in SITES), None)
    head, tail = chrome(site, number, year, rng) if site else ([], [])
    if site == "markdown" and heading:
        head = head[:-1]
        heading = ["# " + heading[0], *heading[1:]]
    if "pdf-paste" in traits or "wrap-anywhere" in traits:
        width = rng.randint(32, 40)
        lines = wrap(heading + body, width, "wrap-anywhere" in traits)
        if "pdf-paste" in traits:
            job = f"{year % 100}-{rng.randint(1000, 29999):05d} (C)"
            paged: list[str] = []
            page_no, per_page = 1, rng.randint(36, 46)
            for i, line in enumerate(lines):
                if i and i % per_page == 0:
                    page_no += 1
                    paged += ["", f"{page_no}/{(len(lines) // per_page) + 1}", job, "",
                              f"S/RES/{number} ({year})", ""]
                paged.append(line)
            lines = [job, f"*{job[:8].replace('-', '')}*", "", *paged, "", job]
        text_lines = lines
    elif "one-line" in traits:
        text_lines = [" ".join([*heading, "".join(body)])]
    elif "line-per-para" in traits:
        text_lines = heading + body
    else:
        text_lines = [*heading, ""]
        for line in body:
            text_lines += [line, ""]
    text_lines = [punct(line, traits) for line in text_lines]
    if "glued-next" in traits and next_doc is not None:
        text_lines += ["", "", *glued(next_doc)]
    lines = head + text_lines + tail
    text = converter(config)("\n".join(lines).rstrip("\n") + "\n")
    if "crlf" in traits:
        text = text.replace("\n", "\r\n")
    return text


def page_name(index: int, number: int, year: int, traits: list[str]) -> str:
    if "filename-only" in traits or "filename-agree" in traits:
        return f"S_RES_{number}_{year}_ZH.txt"
    return f"{SET}-{index:02d}.txt"


def write_pages(shared: Path, out: Path) -> list[Path]:
    """Write the set's pages (resolution pages, then the own/ pages) into `out`."""
    root = Path(shared) / "corpus" / "akn"
    sources = select_sources(shared)
    docs = [render(root / rel) for rel in sources]
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, (doc, (config, traits)) in enumerate(zip(docs, PAGES), start=1):
        number, year = identity(doc)
        rng = random.Random(SEED * 100 + i)
        nxt = docs[i % len(docs)]
        path = out / page_name(i, number, year, traits)
        path.write_bytes(page_text(doc, traits, config, rng, nxt).encode("utf-8"))
        paths.append(path)
    for name, *_ in OWN:
        path = out / name
        path.write_bytes((HERE / "own" / name).read_bytes())
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------------------------
# gold

def symbols(field: str) -> list[str]:
    return [s.strip() for s in field.split(",") if s.strip()]


def gold_records(shared: Path) -> list[dict]:
    root = Path(shared) / "corpus" / "akn"
    facts_by_number = load_annotations().FACTS
    records = []
    for i, (rel, (config, traits)) in enumerate(zip(select_sources(shared), PAGES), start=1):
        doc = render(root / rel)
        number, year = identity(doc)
        facts = facts_by_number[number]
        conv = converter(config)

        def surface(text: str, conv=conv, traits=traits) -> str:
            return conv(punct(text, traits))

        layout = list(traits) + ([f"opencc-{config}"] if config else [])
        records.append({
            "id": f"{SET}-{i:02d}", "page": page_name(i, number, year, traits),
            "source": f"akn/{rel}", "lang": "zh", "script": "Hant" if config else "Hans",
            "layout": layout, "identity": f"S/RES/{number} ({year})", "refuse": False,
            "sc": sorted({f"S/RES/{s}" for s in symbols(facts.get("sc", ""))}),
            "ga": sorted(symbols(facts.get("ga", ""))),
            "doc": sorted(symbols(facts.get("doc", ""))),
            "instrument": [{"name": name, "surface": surface(s)}
                           for name, s in facts.get("instrument", [])],
            "addressees": [{"paragraph": p, "verb": v, "addressee": a, "surface": surface(s)}
                           for p, v, a, s in facts.get("addressees", [])],
            "notes": facts.get("notes", ""),
        })
    start = len(records)
    for j, (name, lang, script, notes) in enumerate(OWN, start=start + 1):
        records.append({"id": f"{SET}-{j:02d}", "page": name, "source": "own", "lang": lang,
                        "script": script, "layout": ["own"], "identity": None, "refuse": True,
                        "sc": [], "ga": [], "doc": [], "instrument": [], "addressees": [],
                        "notes": notes})
    return records


def write_gold(shared: Path) -> Path:
    path = HERE / "gold.jsonl"
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in gold_records(shared)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    RESERVED.write_text("".join(f"akn/{rel}\n" for rel in select_sources(shared)),
                        encoding="utf-8")
    return path


if __name__ == "__main__":
    if sys.argv[1] == "gold":
        print(write_gold(Path(sys.argv[2])))
    else:
        for p in write_pages(Path(sys.argv[1]), Path(sys.argv[2])):
            print(p)
