"""Chinese web pages for DEVELOPMENT: how the pipeline reads resolutions pasted from the web.

Pages are generated from the NON-reserved Chinese AKN4UN files of ``../shared/corpus/akn``
(the lists given with ``--exclude`` are left out, as in :mod:`benchmarks.akn_links`) with this
module's own rendering of the XML (ElementTree, its own rules; not the project's reader) and its
own page chrome, written from the description of issue 16: Wikisource title lines, navigation
lines (``← 2387(2017) | 2389(2017) →``), info boxes (some with a neighbour's symbol), numbered
and plain footers, the Macau official gazette's notice and page furniture, news-site furniture
with related links; headings in the official form, over two lines, symbol only, after a title
line, or absent (the file then named ``S_RES_<n>_<year>_ZH.txt``); bodies in the official
layout, one paragraph a line, all on one line, hard-wrapped, with bullets, without the comma
after ``根据《联合国宪章》第七章采取行动``, with a second resolution glued on; simplified or
traditional (OpenCC ``s2t``, ``s2tw``, ``s2hk``). Every choice is drawn from a generator seeded
with the resolution's symbol: the same corpus gives the same pages.

Each page is then read as the build reads a text (:func:`graph.pipeline.read_parsed`,
:func:`graph.resolve.resolve` with the record of ``data_extract``) and compared with

* the **reference**: the same resolution read from its XML (:func:`graph.sources.akn.read_akn`)
  and resolved the same way (preambular and operative paragraphs): what the layout and chrome
  cost (identity, operative paragraphs, citations by kind, instruments, addressees);
* the **silver labels**: the editors' ``undocs.org`` links of the preamble and operative part.

Nothing generated is kept: the pages go to a temporary folder (or ``--out``)::

    python -m benchmarks.zh_web_dev [AKN_DIR] --exclude LIST ... [--out DIR] [--list]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "corpus" / "akn"
_NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


# --- rendering the XML (this module's own rules) ----------------------------------------------


@dataclass
class Resolution:
    """A Chinese resolution rendered from its XML: heading fields and paragraphs."""

    xml: Path
    symbol: str
    number: int
    year: int
    adopted: date | None
    meeting: int | None
    preamble: list[str]  # one string a preambular paragraph
    operative: list[list[str]]  # each operative paragraph: its lines ("1. …", "(a) …")
    links: set[str] = field(default_factory=set)  # symbols the editors linked


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\t", " ")).strip()


def _text(elem: ET.Element) -> str:
    """The text of *elem* without its authorial notes."""
    parts: list[str] = []

    def walk(e: ET.Element) -> None:
        if e.tag == _NS + "authorialNote":
            if e.tail:
                parts.append(e.tail)
            return
        if e.text:
            parts.append(e.text)
        for c in e:
            walk(c)
        if e.tail and e is not elem:
            parts.append(e.tail)

    walk(elem)
    return _clean("".join(parts))


def link_symbol(href: str) -> str | None:
    """The document an editors' link points at, in official spelling.

    >>> link_symbol('https://undocs.org/ch/S/RES/1500(2003)')
    'S/RES/1500 (2003)'
    >>> link_symbol('https://undocs.org/zh/A/RES/70/1'), link_symbol('http://example.org/x')
    ('A/RES/70/1', None)
    """
    m = re.match(r"https?://(?:undocs\.org|docs\.un\.org)/(?:(?:[a-z]{2}|ch)/)?(.+)$", href)
    if not m:
        return None
    sym = unquote(m.group(1)).strip().strip("/")
    sym = re.sub(r"\s+", "", sym).upper().replace("S/RES/", "S/RES/")
    r = re.fullmatch(r"S/RES/(\d+)\((\d{4})\)", sym)
    if r:
        return f"S/RES/{int(r.group(1))} ({r.group(2)})"
    r = re.fullmatch(r"A/RES/(\d+)\(([IVXL]+)\)", sym)
    if r:
        return f"A/RES/{r.group(1)} ({r.group(2)})"
    return sym or None


def _op_lines(par: ET.Element) -> list[str]:
    """The lines of an operative paragraph: the number and lead-in, then each point."""
    lines: list[str] = []

    def walk(e: ET.Element, prefix: str) -> None:
        num = ""
        for c in e:
            tag = c.tag[len(_NS):]
            if tag == "num":
                num = _clean("".join(c.itertext()))
            elif tag in ("content", "intro", "wrapUp", "p"):
                text = _text(c)
                if text:
                    head = (prefix or num)
                    lines.append(f"{head} {text}".strip() if head else text)
                    prefix = num = ""
            elif tag in ("list", "sublist", "point", "subparagraph", "blockList", "item"):
                if num and not lines:
                    lines.append(num)
                    num = ""
                walk(c, "")

    walk(par, "")
    return lines


def render(xml: Path, adoptions: dict[str, tuple[date | None, int | None]]) -> Resolution | None:
    """Render one Chinese resolution; None for what is not one (a statement, a bad file)."""
    try:
        root = ET.parse(xml).getroot()
    except ET.ParseError:
        return None
    this = root.find(f".//{_NS}FRBRWork/{_NS}FRBRthis")
    m = re.search(r"/unsc/[\d-]+/(\d+)-(\d{4})/", this.get("value", "")) if this is not None \
        else None
    if m is None:
        return None
    number, year = int(m.group(1)), int(m.group(2))
    symbol = f"S/RES/{number} ({year})"
    preamble_el = root.find(f".//{_NS}preamble")
    body_el = root.find(f".//{_NS}mainBody")
    if preamble_el is None or body_el is None:
        return None
    preamble = [_text(c) for c in preamble_el if c.tag == _NS + "container"]
    preamble = [p for p in preamble if p]
    operative: list[list[str]] = []
    links: set[str] = set()
    for c in preamble_el:
        if c.tag == _NS + "container":
            links |= {s for a in c.iter(_NS + "a") if (s := link_symbol(a.get("href", "")))}

    def body(e: ET.Element) -> None:
        for c in e:
            tag = c.tag[len(_NS):]
            if tag == "paragraph":
                lines = _op_lines(c)
                if lines and re.match(r"\d+\.", lines[0]):
                    operative.append(lines)
                elif lines and operative:
                    operative[-1].extend(lines)
                for a in c.iter(_NS + "a"):
                    s = link_symbol(a.get("href", ""))
                    if s:
                        links.add(s)
            elif tag in ("section", "hcontainer", "chapter", "part", "division"):
                body(c)

    body(body_el)
    if not operative:
        return None
    day, meeting = adoptions.get(symbol, (None, None))
    return Resolution(xml, symbol, number, year, day, meeting, preamble, operative, links)


# --- page chrome and layouts (this module's own) -----------------------------------------------


def _cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _gazette_date(d: date) -> str:
    digits = "〇一二三四五六七八九"
    y = "".join(digits[int(c)] for c in str(d.year)).replace("〇", "零")

    def small(n: int) -> str:
        if n < 10:
            return digits[n]
        return ("" if n < 20 else digits[n // 10]) + "十" + (digits[n % 10] if n % 10 else "")

    return f"二{y[1:]}年{small(d.month)}月{small(d.day)}日"


def _heading_lines(r: Resolution, rng: random.Random, style: str) -> list[str]:
    h = f"第{r.number}({r.year})号决议"
    if rng.random() < 0.3:
        h = f"第 {r.number}({r.year})号决议"
    adopted = ""
    if r.adopted:
        if r.meeting and rng.random() < 0.85:
            adopted = f"安全理事会{_cn_date(r.adopted)}第{r.meeting}次会议通过"
        else:
            adopted = f"安全理事会{_cn_date(r.adopted)}通过"
        if rng.random() < 0.2:
            adopted = adopted.replace("安全理事会", "安全理事会 ").replace("日第", "日 第")
    if style == "standard":
        lines = [h]
    elif style == "two-line":
        lines = rng.choice([[f"第{r.number}({r.year})号", "决议"],
                            ["联合国安全理事会", h], [f"S/RES/{r.number} ({r.year})", h]])
    elif style == "symbol-only":
        lines = [f"S/RES/{r.number} ({r.year})"]
    elif style == "prefixed":
        lines = [f"联合国安全理事会{h}"]
    else:  # "none"
        lines = []
    if adopted and (style != "symbol-only" or rng.random() < 0.6) and rng.random() < 0.92:
        lines.append(adopted)
    return lines


def _wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


_BULLETS = ["• ", "· ", "● ", "- ", "* ", "○ ", "▪ "]


def _body_lines(r: Resolution, rng: random.Random, layout: str, traits: list[str]) -> list[str]:
    """The body's lines in *layout*; blank lines are empty strings."""
    pre = list(r.preamble)
    ops = [list(x) for x in r.operative]
    if "no-comma" in traits:
        pre = [re.sub(r"(第七章采取行动)[，,]$", r"\1", p) for p in pre]
    if "bullets" in traits:
        bullet = rng.choice(_BULLETS)
        pre = [bullet + p for p in pre]
    paras = [[p] for p in pre] + ops
    formula = ["安全理事会，"]
    if layout == "official":
        out = [*formula, ""]
        for p in paras:
            out += [*p, ""]
        return out
    if layout == "per-line":
        out = formula[:]
        for p in paras:
            out += p if rng.random() < 0.7 else [" ".join(p)]
        return out
    if layout == "one-line":
        sep = rng.choice(["", " ", "  "])
        return [sep.join(formula + [" ".join(p) for p in paras])]
    # hard-wrapped
    width = rng.randint(24, 42)
    blank = rng.random() < 0.5
    out = formula + ([""] if blank else [])
    for p in paras:
        for line in p:
            out += _wrap(line, width)
        if blank:
            out.append("")
    return out


def _nav(r: Resolution, rng: random.Random) -> str:
    a, b = r.number - 1, r.number + 1
    return rng.choice([
        f"← {a}({r.year}) | {b}({r.year}) →",
        f"←第{a}({r.year})号决议 | 第{b}({r.year})号决议→",
        f"上一篇：第{a}({r.year})号决议　　下一篇：第{b}({r.year})号决议",
        f"< 联合国安全理事会决议\n← {a} | {b} →",
    ])


def _infobox(r: Resolution, rng: random.Random) -> list[str]:
    wrong = rng.random() < 0.5
    n = r.number + rng.choice([-1, 1]) if wrong else r.number
    lines = [f"联合国安全理事会第{r.number}号决议"]
    if r.adopted:
        lines.append(f"通过日期：{_cn_date(r.adopted)}")
    if r.meeting:
        lines.append(f"会议：第{r.meeting}次")
    lines += [f"文件编号：S/RES/{n} ({r.year})", "表决：赞成15票，反对0票，弃权0票",
              f"之前：第{r.number - 1}号决议", f"之后：第{r.number + 1}号决议"]
    return lines


def _footer(r: Resolution, rng: random.Random, numbered: bool) -> list[str]:
    notes = [
        "本作品是联合国的官方文件，依照联合国的政策属于公有领域。",
        "本文件为联合国正式文件的非正式副本，仅供参考。",
        f"相关决议：第{r.number - 1}({r.year})号决议、第{r.number + 1}({r.year})号决议",
        "本页面最后修订于2023年3月4日 (星期六) 10:11。",
    ]
    picked = rng.sample(notes, k=3)
    if numbered:
        return ["注释"] + [f"{i}. {t}" for i, t in enumerate(picked, 1)]
    return [*picked, "分类：联合国安全理事会决议",
            f"取自“https://zh.wikisource.org/wiki/联合国安全理事会第{r.number}号决议”"]


def _gazette_head(r: Resolution, rng: random.Random, issue: int, page: int) -> list[str]:
    d = r.adopted or date(r.year, 6, 1)
    pub = date(d.year, d.month, min(d.day, 20) + 7) if d.day <= 20 else d
    lines = [f"N.º {issue} — {pub.day}-{pub.month}-{pub.year} BOLETIM OFICIAL DA REGIÃO "
             f"ADMINISTRATIVA ESPECIAL DE MACAU — II SÉRIE {page}",
             f"第 {issue} 期 —— {pub.year} 年 {pub.month} 月 {pub.day} 日 "
             "澳门特别行政区公报——第二组",
             "行 政 长 官 办 公 室",
             f"第 {rng.randint(10, 60)}/{pub.year} 号行政长官公告",
             "中华人民共和国是联合国的会员国，根据《联合国宪章》第二十五条的规定，有义务接受并履行"
             "安全理事会的决定；",
             f"行政长官根据第3/1999号法律《法规的公布与格式》第六条第一款的规定，命令公布联合国安全"
             f"理事会于{_gazette_date(d)}通过的第{r.number}({r.year})号决议的中文及英文文本。",
             f"{_gazette_date(pub)}发布。", "行政长官 贺一诚", ""]
    return lines


def _gazette_furniture(issue: int, page: int, year: int) -> str:
    return rng_choice_furniture(issue, page, year)


def rng_choice_furniture(issue: int, page: int, year: int) -> str:
    if page % 2:
        return f"{page} 澳门特别行政区公报——第二组 第 {issue} 期 —— {year} 年"
    return f"第 {issue} 期 —— {year} 年 澳门特别行政区公报——第二组 {page}"


def _news_head(r: Resolution, rng: random.Random) -> list[str]:
    d = r.adopted or date(r.year, 1, 1)
    return ["首页 > 国际 > 正文", rng.choice([f"联合国安理会第{r.number}号决议全文",
                                         f"全文：联合国安理会第{r.number}号决议"]),
            f"{d.isoformat()} 10:23:45 来源：新华网", "【字号 大 中 小】【打印】【关闭】",
            f"新华社联合国{d.month}月{d.day}日电 联合国安理会{d.day}日通过第{r.number}号决议。"
            "以下为决议全文：", ""]


def _news_tail(r: Resolution, rng: random.Random) -> list[str]:
    return ["（完）", "责任编辑：张三", "相关新闻：",
            f"· 安理会通过第{r.number - 1}({r.year})号决议",
            f"· 安理会一致通过第{r.number - 2}号决议，延长特派团任务期限"]


@dataclass
class Page:
    """A generated page and what it is."""

    path: Path
    resolution: Resolution
    traits: list[str]
    identity: str | None  # the resolution the page is


def make_page(r: Resolution, glued: Resolution | None, out: Path, seed: str = "dev") -> Page:
    """Write one page of resolution *r* (with *glued* appended when given) into *out*."""
    rng = random.Random(f"{seed}:{r.symbol}")
    chrome = rng.choice(["wikisource", "wikisource", "gazette", "news", "plain"])
    heading = rng.choice(["standard", "standard", "two-line", "symbol-only", "prefixed", "none"])
    layout = rng.choice(["official", "per-line", "one-line", "wrapped"])
    traits = [chrome, f"heading-{heading}", layout]
    if rng.random() < 0.3:
        traits.append("bullets")
    if rng.random() < 0.5:
        traits.append("no-comma")
    script = rng.choice(["Hans", "Hans", "s2t", "s2tw", "s2hk"])
    if chrome == "gazette":
        script = rng.choice(["s2t", "s2hk"])
    traits.append(script)
    lines: list[str] = []
    if chrome == "wikisource":
        lines += [f"联合国安全理事会第{r.number}号决议", "维基文库，自由的图书馆", _nav(r, rng)]
        if rng.random() < 0.6:
            lines += _infobox(r, rng)
            traits.append("infobox")
        lines.append("")
    elif chrome == "gazette":
        issue, page = rng.randint(10, 52), rng.randint(8000, 16000)
        lines += _gazette_head(r, rng, issue, page)
    elif chrome == "news":
        lines += _news_head(r, rng)
    lines += _heading_lines(r, rng, heading)
    if lines and lines[-1] != "" and layout == "official":
        lines.append("")
    body = _body_lines(r, rng, layout, traits)
    if chrome == "gazette" and layout != "one-line":
        issue, page = rng.randint(10, 52), rng.randint(8000, 16000)
        for k in sorted(rng.sample(range(1, len(body)), k=min(3, len(body) - 1)), reverse=True):
            body.insert(k, rng_choice_furniture(issue, page + k, r.year))
    lines += body
    if glued is not None and rng.random() < 0.5:
        traits.append("glued")
        lines += _heading_lines(glued, rng, "standard") + _body_lines(glued, rng, layout, [])
    if chrome == "wikisource":
        numbered = rng.random() < 0.5
        lines += ["", *_footer(r, rng, numbered)]
        traits.append("footer-numbered" if numbered else "footer")
    elif chrome == "news":
        lines += _news_tail(r, rng)
    elif chrome == "gazette" and rng.random() < 0.5:
        traits.append("gazette-english")
        lines += ["", f"Resolution {r.number} ({r.year})",
                  "Adopted by the Security Council at its meeting",
                  "The Security Council,", "1. Decides to remain seized of the matter."]
    text = "\n".join(lines).rstrip() + "\n"
    if script != "Hans":
        import opencc

        text = opencc.OpenCC(script).convert(text)
    name = (f"S_RES_{r.number}_{r.year}_ZH.txt" if heading == "none"
            else f"zh-dev-{r.number}-{r.year}.txt")
    path = out / name
    path.write_text(text, encoding="utf-8")
    return Page(path, r, traits, r.symbol)


# --- the wider generator: more heading forms and page chrome, written from what real sites do -


_FW_DIGITS = str.maketrans("0123456789()/SRE", "０１２３４５６７８９（）／ＳＲＥ")
_TOPICS = ["关于维持国际和平与安全", "武装冲突中保护平民", "关于制裁制度", "延长特派团任务期限",
           "关于不扩散问题", "妇女与和平与安全", "儿童与武装冲突", "关于人道主义局势"]


def _wide_heading(r: Resolution, rng: random.Random) -> tuple[str, list[str]]:
    """A heading form and its lines (without the adoption line)."""
    n, y = r.number, r.year
    h = f"第{n}({y})号决议"
    forms: dict[str, list[str]] = {
        "std": [h],
        "spaced": [f"第 {n} ({y}) 号决议"],
        "fullwidth-parens": [f"第{n}（{y}）号决议"],
        "fullwidth-digits": [f"第{n}({y})号决议".translate(_FW_DIGITS)],
        "organ": [rng.choice(["安全理事会", "联合国安理会", "联合国安全理事会", "安理会"]) + h],
        "quanwen": [rng.choice([f"安理会第{n}({y})号决议全文",
                                f"联合国安理会第{n}({y})号决议（全文）", f"第{n}({y})号决议全文"])],
        "quanwen-prefix": [rng.choice([f"全文：联合国安理会第{n}({y})号决议",
                                       f"全文: 安全理事会第{n}（{y}）号决议"])],
        "topic": [rng.choice([f"{h}：{rng.choice(_TOPICS)}", f"{h} — {rng.choice(_TOPICS)}",
                              f"{h}（{rng.choice(_TOPICS)}）"])],
        "symbol": [rng.choice([f"S/RES/{n} ({y})", f"S/RES/{n}({y})", f"s/res/{n} ({y})",
                               f"S/RES/{n} ({y})".translate(_FW_DIGITS), f"S/RES/ {n} ( {y} )"])],
        "symbol+heading": [f"S/RES/{n} ({y})", h],
        "heading+symbol": [rng.choice([f"{h} (S/RES/{n} ({y}))", f"{h}　S/RES/{n}({y})"])],
        "two-line": rng.choice([[f"第{n}({y})号", "决议"], [f"第{n}", f"({y})号决议"],
                                ["联合国安全理事会", h], ["安全理事会", f"第{n}({y})号决议"]]),
        "no-year": [rng.choice([f"联合国安全理事会第{n}号决议", f"安理会第{n}号决议",
                                f"第{n}号决议"])],
        "markup": [rng.choice([f"# {h}", f"## {h}", f"**{h}**", f"【{h}】", f"〈{h}〉", f"《{h}》",
                               f"{h}[编辑]", f"{h} [编辑]", f"=== {h} ==="])],
        "letterspaced": [f"第 {n}({y}) 号 决 议"],
        "no-di": [f"安理会{n}({y})号决议"],
    }
    name = rng.choice(sorted(forms))
    return name, forms[name]


def _wide_adopted(r: Resolution, rng: random.Random) -> tuple[str, list[str]]:
    """An adoption line form (may be absent) and its lines."""
    if r.adopted is None:
        return "none", []
    d, m = r.adopted, r.meeting
    cn = _cn_date(d)
    spaced = f"{d.year} 年 {d.month} 月 {d.day} 日"
    meet = f"第{m}次会议" if m else "会议"
    forms = {
        "std": f"安全理事会{cn}{meet}通过",
        "pdf": f"安全理事会 {spaced}第 {m} 次会议通过" if m else f"安全理事会 {spaced}通过",
        "brackets": f"（{cn}安全理事会{meet}通过）",
        "date-first": f"{cn}安全理事会{meet}通过",
        "abbrev": f"安理会{cn}{meet}通过",
        "zai": f"安全理事会于{cn}在其{meet}上通过",
        "date-only": cn,
        "none": "",
    }
    name = rng.choice(sorted(forms))
    return name, [forms[name]] if forms[name] else []


def _wide_chrome_head(r: Resolution, rng: random.Random) -> tuple[str, list[str]]:
    n, y = r.number, r.year
    d = r.adopted or date(y, 6, 1)
    name = rng.choice(["wikisource", "un-press", "news", "pdf-cover", "blog", "gazette",
                       "plain", "breadcrumb-toc"])
    if name == "wikisource":
        lines = [rng.choice([f"联合国安全理事会第{n}号决议",
                             f"第{n}({y})号决议 - 维基文库，自由的图书馆",
                             f"联合国安全理事会第{n}号决议 - 维基文库"]),
                 "维基文库，自由的图书馆", "跳到导航 跳到搜索", _nav(r, rng)]
        if rng.random() < 0.7:
            lines += _infobox(r, rng)
        if rng.random() < 0.5:
            lines += ["姊妹计划：维基百科 条目", "数据项"]
    elif name == "un-press":
        lines = ["联合国 | 会议报道和新闻稿", f"SC/{rng.randint(12000, 15999)}",
                 _cn_date(d), f"安理会通过第{n}({y})号决议，{rng.choice(_TOPICS)}",
                 f"安理会今天以15票赞成、0票反对、0票弃权通过第{n}({y})号决议。决议全文如下：", ""]
    elif name == "news":
        lines = [rng.choice(["首页 > 国际 > 正文", "当前位置：首页 » 国际新闻 » 联合国",
                             "您的位置: 首页 / 时政 / 国际"]),
                 rng.choice([f"联合国安理会第{n}号决议全文", f"全文：联合国安理会第{n}号决议"]),
                 f"{d.isoformat()} 10:23:45 来源：新华网", "分享到：微信 微博 QQ空间",
                 "本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意。[接受]",
                 f"新华社联合国{d.month}月{d.day}日电 联合国安理会{d.day}日通过第{n}号决议，"
                 f"该决议回顾了第{n - 3}({y})号决议。以下为决议全文：", ""]
    elif name == "pdf-cover":
        lines = [rng.choice([f"联 合 国 S/RES/{n} ({y})", "联合国", "联 合 国"]),
                 "安全理事会", "Distr.: General", f"{d.day} {d.strftime('%B')} {d.year}",
                 f"{str(y)[2:]}-{rng.randint(10000, 99999)} (C)",
                 f"*{rng.randint(1000000, 9999999)}*"]
        if not lines[0].endswith(")"):
            lines.insert(1, f"S/RES/{n} ({y})")
    elif name == "blog":
        lines = [f"发布于 {d.isoformat()} | 阅读 {rng.randint(10, 9999)} | 标签：联合国 安理会",
                 f"【资料】安理会第{n}号决议中文本", "目录", "1 序言", "2 执行部分", "3 参见", ""]
    elif name == "gazette":
        lines = _gazette_head(r, rng, rng.randint(10, 52), rng.randint(8000, 16000))
    elif name == "breadcrumb-toc":
        lines = [f"首页 > 联合国文件 > 安全理事会 > 决议 > {y}年 > 第{n}({y})号决议",
                 "目录", "序言部分", "执行部分", "相关文件", ""]
    else:
        lines = []
    return name, lines


def _wide_tail(r: Resolution, rng: random.Random) -> tuple[str, list[str]]:
    n, y = r.number, r.year
    name = rng.choice(["footer", "footer-numbered", "news-tail", "related", "share",
                       "comments", "none", "english"])
    lines = {
        "footer": _footer(r, rng, False),
        "footer-numbered": _footer(r, rng, True),
        "news-tail": _news_tail(r, rng),
        "related": ["相关决议：", f"第{n - 1}({y})号决议", f"第{n + 1}({y})号决议",
                    f"S/RES/{n + 2} ({y})"],
        "share": ["分享到：微信 微博 QQ空间 豆瓣", "扫一扫，分享到微信", "返回顶部"],
        "comments": ["发表评论", "网友评论（0）", f"上一篇：安理会第{n - 1}号决议",
                     f"下一篇：安理会第{n + 1}号决议"],
        "english": ["", f"Resolution {n} ({y})", "Adopted by the Security Council at its "
                    "meeting", "The Security Council,", "1. Decides to remain seized of the "
                    "matter."],
        "none": [],
    }[name]
    return name, lines


def make_wide_page(r: Resolution, glued: Resolution | None, out: Path,
                   seed: str = "wide") -> Page:
    """Write one page of *r* from the wider generator: more heading and adoption-line forms
    (order varied), more chrome before and after, PDF running heads, indented paragraphs."""
    rng = random.Random(f"{seed}:{r.symbol}")
    traits: list[str] = []
    chrome, head = _wide_chrome_head(r, rng)
    hform, heading = _wide_heading(r, rng)
    aform, adopted = _wide_adopted(r, rng)
    if hform == "no-year" and aform in ("none", "date-only"):
        aform, adopted = "std", [f"安全理事会{_cn_date(r.adopted)}通过"] if r.adopted else []
    if hform == "no-year" and not adopted:
        hform, heading = "std", [f"第{r.number}({r.year})号决议"]
    order = rng.choice(["heading-first", "heading-first", "heading-first", "adopted-first"])
    if rng.random() < 0.25 and chrome != "pdf-cover":
        heading = []
        hform = "none"
    traits += [f"chrome-{chrome}", f"head-{hform}", f"adopted-{aform}", order]
    layout = rng.choice(["official", "per-line", "one-line", "wrapped", "indented", "pdf"])
    traits.append(f"layout-{layout}")
    body_layout = {"indented": "per-line", "pdf": "official"}.get(layout, layout)
    btraits: list[str] = []
    if rng.random() < 0.3:
        btraits.append("bullets")
    if rng.random() < 0.4:
        btraits.append("no-comma")
    traits += btraits
    body = _body_lines(r, rng, body_layout, btraits)
    formula = rng.choice(["std", "std", "colon", "bare", "same-line"])
    if body and body[0] == "安全理事会，":
        if formula == "colon":
            body[0] = "安全理事会："
        elif formula == "bare":
            body[0] = "安全理事会"
        elif formula == "same-line" and len(body) > 2 and body_layout != "one-line":
            k = 2 if body[1] == "" else 1
            body[0:k + 1] = ["安全理事会，" + body[k]]
    traits.append(f"formula-{formula}")
    if layout == "indented":
        body = ["　　" + x if x else x for x in body]
    if layout == "pdf":
        job = f"{str(r.year)[2:]}-{rng.randint(10000, 99999)}"
        pages = max(2, len(body) // 12)
        for k in sorted(rng.sample(range(2, len(body)), k=min(pages, len(body) - 2)),
                        reverse=True):
            p = k // 12 + 2
            body[k:k] = rng.choice([[f"S/RES/{r.number} ({r.year})", "", f"{job} {p}/{pages + 1}"],
                                    [f"{p}/{pages + 1} {job}", f"S/RES/{r.number} ({r.year})"],
                                    [f"- {p} -"], [f"第 {p} 页，共 {pages + 1} 页"]])
    if chrome == "gazette" and layout not in ("one-line", "pdf"):
        issue, page = rng.randint(10, 52), rng.randint(8000, 16000)
        for k in sorted(rng.sample(range(1, len(body)), k=min(3, len(body) - 1)), reverse=True):
            body.insert(k, rng_choice_furniture(issue, page + k, r.year))
    top = heading + adopted if order == "heading-first" else adopted + heading
    if rng.random() < 0.3:
        top = [x for t in top for x in (t, "")]
    lines = [*head, *top, ""] if layout != "one-line" else [*head, " ".join(top)]
    lines += body
    if glued is not None and rng.random() < 0.3:
        traits.append("glued")
        lines += ["", *_heading_lines(glued, rng, "standard"),
                  *_body_lines(glued, rng, body_layout, [])]
    tname, tail = _wide_tail(r, rng)
    traits.append(f"tail-{tname}")
    lines += ["", *tail]
    text = "\n".join(lines).rstrip() + "\n"
    script = rng.choice(["Hans", "Hans", "s2t", "s2tw", "s2hk"])
    traits.append(script)
    if script != "Hans":
        import opencc

        text = opencc.OpenCC(script).convert(text)
    named = not heading or rng.random() < 0.15
    name = (rng.choice([f"S_RES_{r.number}_{r.year}_ZH.txt",
                        f"S_RES_{r.number:04d}_{r.year}_ZH.txt",
                        f"S RES {r.number} ({r.year}) ZH.txt"]) if named
            else f"zh-wide-{seed}-{r.number}-{r.year}.txt")
    if named:
        traits.append("file-name")
    path = out / name
    path.write_text(text, encoding="utf-8")
    return Page(path, r, traits, r.symbol)


def make_refused_page(r: Resolution, out: Path, seed: str = "refuse") -> Page:
    """A page that holds no identity: no heading, a neutral file name, chrome that names
    resolutions (navigation line, info box, related links) and the body that recalls others;
    it must be refused, never guessed from the chrome or the recalled paragraphs."""
    rng = random.Random(f"{seed}:{r.symbol}")
    head: list[str] = []
    kind = rng.choice(["bare", "nav", "infobox", "news"])
    if kind == "nav":
        head = ["维基文库，自由的图书馆", _nav(r, rng), ""]
    elif kind == "infobox":
        head = [*_infobox(r, rng), ""]
    elif kind == "news":
        head = ["首页 > 国际 > 正文", f"{r.year}-01-01 来源：新华网", ""]
    lines = head + _body_lines(r, rng, "per-line", []) + ["", *_wide_tail(r, rng)[1]]
    text = "\n".join(lines).rstrip() + "\n"
    path = out / f"zh-refuse-{r.number}-{r.year}.txt"
    path.write_text(text, encoding="utf-8")
    return Page(path, r, [f"refuse-{kind}"], None)


def read_resolutions(folder: Path, exclude: set[str]) -> list[Resolution]:
    """Render every non-excluded Chinese resolution of *folder*, once per symbol."""
    from graph.sources.extract import read_adoption_records

    adoptions = {a.symbol: (a.adopted, a.meeting)
                 for f in sorted((folder / "data_extract").glob("*.json"))
                 for a in read_adoption_records(f)}
    seen: dict[str, Resolution] = {}
    for f in sorted(folder.glob("*/Chinese/*.xml")):
        # the lists name files from the AKN folder or from the corpus ("akn/2021/Chinese/…")
        if {str(f.relative_to(folder)), str(f.relative_to(folder.parent))} & exclude:
            continue
        r = render(f, adoptions)
        if r is not None:
            seen.setdefault(r.symbol, r)
    return sorted(seen.values(), key=lambda r: (r.year, r.number))


def write_dev_pages(folder: Path, out: Path, exclude: set[str], wide: int = 2) -> list[Page]:
    """Write the pages of every non-excluded Chinese resolution into *out*: one from the first
    generator (:func:`make_page`), *wide* from the wider one (:func:`make_wide_page`), and for
    every eighth resolution a page without identity (:func:`make_refused_page`)."""
    res = read_resolutions(folder, exclude)
    pages = []
    for i, r in enumerate(res):
        glued = res[i + 1] if i + 1 < len(res) else None
        page = make_page(r, glued, out)
        page.traits.insert(0, "gen-classic")
        pages.append(page)
        for k in range(wide):
            page = make_wide_page(r, glued, out, seed=f"wide{k + 1}")
            page.traits.insert(0, "gen-wide")
            pages.append(page)
        if i % 8 == 0:
            page = make_refused_page(r, out)
            page.traits.insert(0, "gen-refuse")
            pages.append(page)
    return pages


# --- measuring ---------------------------------------------------------------------------------


def _facts(resolved) -> dict[str, set]:
    """Citations by kind, instruments and addressees of a resolved text (PP and OP only)."""
    from graph.model import Clause  # noqa: F401

    out: dict[str, set] = {"sc": set(), "ga": set(), "doc": set(), "instrument": set(),
                           "addressee": set(), "ops": set()}
    for c in resolved.citations:
        if c.paragraph.kind not in ("PP", "OP"):
            continue
        sym = c.document.symbol if c.document is not None else None
        if sym is None:
            out["instrument"].add(str(c.target))
        elif sym.startswith("S/RES/"):
            out["sc"].add(sym)
        elif sym.startswith("A/RES/"):
            out["ga"].add(sym)
        else:
            out["doc"].add(sym)
    for o in resolved.obligations:
        if o.addressee is not None:
            out["addressee"].add((o.paragraph.label, str(o.addressee)))
    out["ops"] = {p.label for p in resolved.parsed.paragraphs if p.kind == "OP"}
    return out


def _titles(parsed, registry) -> set[str]:
    from graph.find import find
    from graph.model import TitleRef

    return {r.title for p in parsed.paragraphs if p.kind in ("PP", "OP")
            for r in find(p, registry, "zh").references if isinstance(r, TitleRef)}


def _pr(got: set, want: set) -> tuple[int, int, int]:
    return len(got & want), len(got - want), len(want - got)


def run(folder: Path, exclude: set[str], out: Path, listing: bool, wide: int = 2) -> str:
    from benchmarks.akn_links import record_of
    from graph.errors import InputError
    from graph.pipeline import read_parsed
    from graph.read import to_simplified
    from graph.registry import load_registry
    from graph.resolve import resolve
    from graph.sources.akn import read_akn

    registry = load_registry()
    record = record_of(folder)
    pages = write_dev_pages(folder, out, exclude, wide)
    kinds = ("sc", "ga", "doc", "instrument", "addressee", "titles")
    vs_ref = {k: [0, 0, 0] for k in kinds}
    vs_silver = {k: [0, 0, 0] for k in ("sc", "ga", "doc")}
    ident = Counter()
    gen: dict[str, Counter] = {"gen-classic": Counter(), "gen-wide": Counter(),
                               "gen-refuse": Counter()}
    ops_ok = 0
    by_trait: dict[str, Counter] = {}
    problems: list[str] = []
    refs: dict[str, dict[str, set]] = {}
    for page in pages:
        ref = refs.get(page.resolution.symbol)
        if ref is None:
            ref_parsed = read_akn(page.resolution.xml)
            ref = _facts(resolve(ref_parsed, registry, record))
            ref["titles"] = {to_simplified(t) for t in _titles(ref_parsed, registry)}
            refs[page.resolution.symbol] = ref
        try:
            parsed = read_parsed(page.path)
            got_id = parsed.header.symbol
            resolved = resolve(parsed, registry, record)
            got = _facts(resolved)
            got["titles"] = {to_simplified(t) for t in _titles(parsed, registry)}
        except InputError as exc:
            got_id, got = None, {k: set() for k in (*kinds, "ops")}
            if page.identity is not None:
                problems.append(f"{page.path.name} {page.traits}: refused: {exc}")
        good_id = got_id == page.identity
        gen[page.traits[0]]["right" if good_id else "wrong"] += 1
        if page.identity is None:
            if not good_id:
                problems.append(f"{page.path.name} {page.traits}: identity {got_id}, "
                                "expected a refusal")
            continue
        ident["right" if good_id else "wrong"] += 1
        page_ok = good_id and got["ops"] == ref["ops"]
        ops_ok += got["ops"] == ref["ops"]
        for k in kinds:
            tp, fp, fn = _pr(got[k], ref[k])
            for i, v in enumerate((tp, fp, fn)):
                vs_ref[k][i] += v
            if (fp or fn) and k in ("sc", "ga", "doc", "addressee"):
                page_ok = False
                if listing and got_id is not None:
                    problems.append(f"{page.path.name} {page.traits}: {k} extra "
                                    f"{sorted(got[k] - ref[k])[:6]} missing "
                                    f"{sorted(ref[k] - got[k])[:6]}")
        silver = page.resolution.links
        for k, prefix in (("sc", "S/RES/"), ("ga", "A/RES/")):
            want = {s for s in silver if s.startswith(prefix)}
            for i, v in enumerate(_pr(got[k], want)):
                vs_silver[k][i] += v
        want = {s for s in silver if not s.startswith(("S/RES/", "A/RES/"))}
        for i, v in enumerate(_pr(got["doc"], want)):
            vs_silver["doc"][i] += v
        if not good_id:
            problems.append(f"{page.path.name} {page.traits}: identity {got_id}")
        elif got["ops"] != ref["ops"]:
            problems.append(f"{page.path.name} {page.traits}: ops {len(got['ops'])} vs "
                            f"{len(ref['ops'])}: extra {sorted(got['ops'] - ref['ops'])[:5]} "
                            f"missing {sorted(ref['ops'] - got['ops'])[:5]}")
        for t in page.traits:
            by_trait.setdefault(t, Counter())["ok" if page_ok else "bad"] += 1

    def prf(tp: int, fp: int, fn: int) -> str:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return f"P {p:.4f} R {r:.4f} ({tp} / +{fp} / -{fn})"

    lines = [f"zh web dev pages: {len(pages)} (from {folder})",
             f"identity right {ident['right']} wrong {ident['wrong']}; operative paragraphs as "
             f"in the XML: {ops_ok}"]
    lines += [f"  {g[4:]:8} identity right {c['right']} of {c['right'] + c['wrong']}"
              for g, c in gen.items()]
    lines += ["", "against the XML read by the AKN reader:"]
    lines += [f"  {k:10} {prf(*v)}" for k, v in vs_ref.items()]
    lines += ["", "against the editors' links (silver):"]
    lines += [f"  {k:10} {prf(*v)}" for k, v in vs_silver.items()]
    lines += ["", "pages with every fact as the XML's, by trait:"]
    lines += [f"  {t:16} {c['ok']}/{c['ok'] + c['bad']}" for t, c in sorted(by_trait.items())]
    if listing:
        lines += ["", *problems]
    return "\n".join(lines)


def write_gold_pages(gold: Path, shared: Path, out: Path, plain: bool = False) -> list[Path]:
    """Write one page per record of a development gold file *gold* into *out* (laid out by
    :func:`make_wide_page`, seeded by the record's id) and return the paths; with *plain*, the
    official layout (heading, adoption line, "安全理事会，", one paragraph a line) instead
    (``benchmarks/dev-gold/zh*/make_pages.py``)."""
    import json

    from graph.sources.extract import read_adoption_records

    akn = shared / "corpus" / "akn"
    adoptions: dict[str, tuple[date | None, int | None]] = {
        a.symbol: (a.adopted, a.meeting)
        for f in sorted((akn / "data_extract").glob("*.json"))
        for a in read_adoption_records(f)}
    paths = []
    for line in gold.read_text(encoding="utf-8").splitlines():
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--exclude", action="append", default=[], type=Path)
    ap.add_argument("--out", type=Path, help="write the pages here (kept)")
    ap.add_argument("--list", action="store_true", help="list every page that differs")
    ap.add_argument("--wide", type=int, default=2,
                    help="pages per resolution from the wider generator (default 2)")
    args = ap.parse_args(argv)
    if not args.folder.is_dir():
        print(f"skipped: {args.folder} not found")
        return 0
    exclude: set[str] = set()
    for f in args.exclude:
        exclude |= {line.strip() for line in f.read_text(encoding="utf-8").splitlines()
                    if line.strip()}
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        print(run(args.folder, exclude, args.out, args.list, args.wide))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            print(run(args.folder, exclude, Path(tmp), args.list, args.wide))
    return 0


if __name__ == "__main__":
    sys.exit(main())
