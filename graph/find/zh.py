"""Find references and clauses in a Chinese paragraph.

Works on ``paragraph.match`` (the folded source slice) with its line breaks taken out: Chinese
has no spaces between words, so a word, number or symbol cut by a line break (a hard-wrapped or
paged PDF text) is found as if written on one line. Every offset found maps back to the source
text through :class:`_Text`, so spans stay exact (their text may then hold the line break).

>>> from graph.model import Paragraph, Span
>>> from graph.registry import parse_registry
>>> reg = parse_registry('')
>>> p = Paragraph('PP', 1, Span(100, 130), '', '回顾第2121(2013)、2127(2013)和 2134(2014)号决议，')
>>> [(r.number, r.year, r.span.start) for r in find_zh(p, reg).references]
[(2121, 2013, 103), (2127, 2013, 114), (2134, 2014, 126)]
>>> p = Paragraph('PP', 1, Span(100, 130), '', '回顾第 2121(2013)、2127\\n(2013)号决\\n议，')
>>> [(r.number, r.surface, r.span) for r in find_zh(p, reg).references]
[(2121, '2121(2013)', Span(start=104, end=114)), (2127, '2127(2013)', Span(start=115, end=126))]
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from rdflib import URIRef

from graph.iri import entity_iri
from graph.model import (
    ArticleRef,
    Clause,
    Deadline,
    EntityRef,
    EstablishedBodyRef,
    Findings,
    GAResolutionRef,
    Paragraph,
    Reference,
    ResolutionRef,
    Span,
    SymbolRef,
    TitleRef,
)
from graph.registry import Registry
from graph.segment.zh import parse_cn_number
from graph.symbols import ga_resolution, presidential_statement

__all__ = ["find_zh", "is_instrument_title"]

_NUM = r"[0-9一二三四五六七八九十百零〇两]+"
_SC_ITEM = r"(\d{1,5})\s*\(\s*((?:19|20)\d{2})\s*\)"
_GA_ITEM = r"(?:(\d{1,4})\s*([A-Z])?\s*\(\s*([IVXL]+)\s*\)|((?:ES-|S-)?\d{1,2})\s*/\s*(\d{1,3}))"
_ITEM = rf"(?:{_SC_ITEM}|{_GA_ITEM})"
#: the organ that adopted the items after it, when a list mixes them ("大会第60/180号和安理会第
#: 1645(2005)号")
_ORGAN = r"(?:安理会|安全理事会|大会)"
#: between two items: a conjunction, and before the next item its date and organ
#: ("1995年12月15日第1031(1995)号、1996年12月12日第1088(1996)号")
_SEP = (r"\s*(?:号\s*(?=[、,和及与]|第|(?:19|20)\d{2}\s*年))?(?:[、,]|和|及|以及|与|and)?\s*"
        r"(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?"
        rf"(?:{_ORGAN}\s*)?(?:第\s*)?")
#: a list of resolutions: ``第1970(2011)和2146(2014)号决议``; also without 第 (``根据2379(2017)号决
#: 议``), without 号 (``第2664(2022)决议``), and ending ``号等决议``, ``号等其后相关决议``
_LIST = re.compile(rf"(?:第\s*|(?<![\d/.]))({_ITEM}(?:{_SEP}{_ITEM})*)\s*号?\s*"
                   r"(?:等[^，。；、,;\d]{0,10}?)?决议")
_ITEM_RE = re.compile(_ITEM)
_BARE_LIST = re.compile(r"(?<=第)\s*\d{3,4}(?:\s*(?:[、,和及与]|以及)\s*(?:第\s*)?\d{3,4})*"
                        r"(?=\s*号\s*决议)")
_PINPOINT = re.compile(rf"\s*第\s*({_NUM})\s*(?:(?:至|到|-)\s*(?:第\s*)?({_NUM})\s*)?段")
_ESTABLISHED = re.compile(
    r"\s*所\s*设(?:立)?(?:的)?(?:并经.{0,60}?(?:延长|延续)(?:其)?任期的)?\s*"
    r"(委员会|调查队|调查小组|专家小组|专家组|监测组|监察组|机制|特派团|工作组|小组|法庭|办事处)"
)
_PRST_NUMBERED = re.compile(r"第\s*((?:19|20)\d{2})\s*/\s*(\d{1,3})\s*号\s*主席\s*声明")
_DATE_ZH = r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_DATE = re.compile(_DATE_ZH)
_SYMBOL = re.compile(
    r"(?<![A-Za-z/])(S/PRST/(?:19|20)\d{2}/\d{1,3}|S/(?:19|20)\d{2}/\d{1,4}|S/\d{3,5}"
    r"|S/AC\.\d+/(?:(?:19|20)\d{2}/)?(?:COMM\.)?\d{1,4}"
    r"|A/(?:RES/)?(?:ES-|S-)?\d{1,2}/(?:L\.)?\d{1,4}"
    # press releases (SC/14986号新闻谈话) and the other organs' symbols (A/HRC/32/30, E/2018/54)
    r"|SC/\d{4,5}(?![\d/])"
    r"|(?:A|E|ST|PBC)(?:/(?:[A-Z]{1,4}\.\d+|(?:E?S-)?\d{1,4}|[A-Z]{1,6})){2,}(?![\w/]))"
    r"((?:\s*(?:和|及|and|,)?\s*(?:Add|Corr|Rev)\.\d+)*)"
)
_TITLE = re.compile(r"《([^《》]{2,80})》")
#: a short title defined after the full one: "《…》(《…》)"
_ALIAS = re.compile(r"\s*\(\s*(《([^《》]{1,40})》)\s*\)")
_ARTICLE = re.compile(rf"\s*第\s*({_NUM})\s*(条|章)")
#: Chapter VII without the Charter's title before it ("根据第七章采取行动")
_CHAPTER_VII = re.compile(r"(?:根据|依照|按照|依据)\s*(?P<chapter>第\s*七\s*章)")
_DEADLINE_WITHIN = re.compile(rf"(?:在|于)?\s*({_NUM})\s*(个月|天|日|周|星期)\s*(?:之内|内)")
_DEADLINE_DATE = re.compile(
    rf"(?:(?:不迟于|最迟于|至迟于)\s*{_DATE_ZH}|(?:于|在)\s*{_DATE_ZH}\s*(?:之前|以前|前))"
)
_PERIODIC = re.compile(r"每\s*$")
_ADVERBS = re.compile(
    r"(?:(?:并且|同时|而且|为此|因此|此外|另外|又|还|并|也|亦|且|再次|再度|进一步|一再)\s*)*"
)
_CLAUSE_BREAK = re.compile(r"[,;:。]\s*")
#: 并 (and) before a directive verb inside a clause ("请秘书长并促请区域组织…")
_AND_VERB = re.compile(r"(?:并且|并|而且)\s*(?:还|又|也)?\s*"
                       r"((?=请|促请|吁请|要求|敦促|鼓励|呼吁|邀请|授权|恳请))")
#: a verb opening a list of lettered items ("要求：a. …；b. …")
_LIST_OPENS = re.compile(r"\s*:\s*(?:[a-z]|\([a-z]\))[.)]?\s")
#: the mark of a lettered or numbered item at a clause's start ("a. ", "(b) ", "c) ", "㈠")
_ITEM_MARK = re.compile(
    r"\s*(?:\(?[a-z]\)|[a-z]\.|[\u3220-\u3229]|\((?:i{1,3}|iv|vi{0,3}|ix|x)\))\s*")
_ROMAN = {"一": "I", "二": "II", "三": "III", "四": "IV", "五": "V", "六": "VI", "七": "VII",
          "八": "VIII", "九": "IX", "十": "X", "十一": "XI", "十二": "XII", "十三": "XIII"}

SECRETARY_GENERAL = entity_iri("secretary-general")
UN_CHARTER = entity_iri("un-charter")


# a run of white space holding a line break, inside a paragraph: the line was wrapped (or the
# page broken) there; it is kept only between two Latin letters (English words need a space)
_BREAK = re.compile(r"[ \t\u3000]*[\r\n]\s*")


class _Text:
    """The text of a paragraph to search, with its line breaks taken out.

    ``text`` is ``paragraph.match`` without the runs of white space holding a line break
    (unless the run separates two Latin letters); ``at[i]`` is the offset in ``match`` of
    ``text[i]``. Without line breaks ``text`` is ``match`` and offsets are unchanged.

    >>> from graph.model import Paragraph, Span
    >>> t = _Text(Paragraph('PP', 1, Span(10, 23), '', '指出任\\n\\n何 2017 \\n年 a\\nb'))
    >>> t.text, t.span(2, 4), t.local(12), t.local_end(16)
    ('指出任何 2017年 a\\nb', Span(start=12, end=16), 2, 4)
    """

    def __init__(self, p: Paragraph) -> None:
        self.paragraph = p
        self.base = p.span.start
        match = p.match
        parts: list[str] = []
        at: list[int] = []
        pos = 0
        for m in _BREAK.finditer(match):
            before = match[m.start() - 1] if m.start() else ""
            after = match[m.end()] if m.end() < len(match) else ""
            if before.isascii() and before.isalpha() and after.isascii() and after.isalpha():
                continue
            parts.append(match[pos:m.start()])
            at.extend(range(pos, m.start()))
            pos = m.end()
        parts.append(match[pos:])
        at.extend(range(pos, len(match)))
        self.text = "".join(parts)
        self.at = at
        self.size = len(match)

    def span(self, start: int, end: int) -> Span:
        """The source span of ``text[start:end]``: from its first character to its last."""
        s = self.at[start] if start < len(self.at) else self.size
        e = self.at[end - 1] + 1 if end > start else s
        return Span(self.base + s, self.base + e)

    def local(self, offset: int) -> int:
        """The offset in ``text`` of the character at source *offset*."""
        return bisect.bisect_left(self.at, offset - self.base)

    def local_end(self, offset: int) -> int:
        """The offset in ``text`` of the end of a span ending at source *offset*."""
        return bisect.bisect_left(self.at, offset - self.base - 1) + 1


def _pinpoint(text: str, pos: int) -> tuple[str | None, int]:
    m = _PINPOINT.match(text, pos)
    if not m:
        return None, pos
    a = parse_cn_number(m.group(1))
    b = parse_cn_number(m.group(2)) if m.group(2) else None
    if b:
        return f"paragraphs {a}-{b}", m.end()
    return f"paragraph {a}", m.end()


def _find_resolution_lists(p: _Text, refs: list[Reference], taken: list[Span]) -> None:
    text = p.text
    for m in _LIST.finditer(text):
        before = text[max(0, m.start() - 12):m.start()]
        is_ga_context = "大会" in before
        hrc = before.endswith("人权理事会") or before.endswith("人权理事会的")
        items: list[Reference] = []
        sc_items: list[ResolutionRef] = []
        last = m.start(1)
        for it in _ITEM_RE.finditer(text, m.start(1), m.end(1)):
            s, e = it.start(), it.end()
            surface = text[s:e]
            organ = re.findall(_ORGAN, text[last:s])
            if organ:  # the separator names the organ of the items from here on
                is_ga_context = organ[-1] == "大会"
            last = e
            if it.group(1) and not is_ga_context:
                ref = ResolutionRef(p.span(s, e), surface, number=int(it.group(1)),
                                    year=int(it.group(2)))
                sc_items.append(ref)
                items.append(ref)
            elif it.group(5):  # Roman session: 1514(XV)
                sym = ga_resolution(it.group(5), it.group(3), it.group(4) or "")
                items.append(GAResolutionRef(p.span(s, e), surface, symbol=sym))
            elif it.group(6) and hrc:  # "人权理事会第45/34号决议"
                items.append(SymbolRef(p.span(s, e), surface, symbol=f"A/HRC/RES/"
                                       f"{it.group(6).replace(' ', '')}/{it.group(7)}"))
            elif it.group(6):
                sym = ga_resolution(it.group(6).replace(" ", ""), it.group(7))
                items.append(GAResolutionRef(p.span(s, e), surface, symbol=sym))
            elif it.group(1) and is_ga_context:
                # "大会第 N(YYYY) 号决议" does not exist in Council texts:
                # keep nothing rather than guess
                continue
        pinpoint, after = _pinpoint(text, m.end())
        if pinpoint and len(items) == 1 and isinstance(items[0], ResolutionRef):
            r = items[0]
            items = [ResolutionRef(r.span, r.surface, number=r.number, year=r.year,
                                   pinpoint=pinpoint)]
            sc_items = [items[0]]  # type: ignore[list-item]
        refs.extend(items)
        taken.append(Span(m.start(), m.end()))
        est = _ESTABLISHED.match(text, after if after > m.end() else m.end())
        if est and sc_items:
            head = {"委员会": "committee", "调查队": "team", "调查小组": "team",
                    "专家小组": "group-of-experts", "专家组": "group-of-experts",
                    "监测组": "monitoring-team", "监察组": "monitoring-team",
                    "机制": "mechanism", "特派团": "mission", "工作组": "working-group",
                    "小组": "team", "法庭": "tribunal", "办事处": "office"}[est.group(1)]
            refs.append(EstablishedBodyRef(p.span(m.start(), est.end()),
                                           text[m.start():est.end()],
                                           head=head, resolutions=tuple(sc_items)))
    # resolutions by their number alone, "第2513号决议", "第2699和2700号决议": the year is the one
    # the text gives elsewhere (see graph.resolve)
    for m in _BARE_LIST.finditer(text):
        if any(t.start <= m.start() < t.end for t in taken):
            continue
        items = [ResolutionRef(p.span(it.start(), it.end()), it.group(0),
                               number=int(it.group(0)), year=0)
                 for it in re.compile(r"\d{3,4}").finditer(text, m.start(), m.end())]
        tail = re.compile(r"\s*号\s*决议").match(text, m.end())
        pinpoint, _ = _pinpoint(text, tail.end() if tail else m.end())
        if pinpoint and len(items) == 1:
            items = [ResolutionRef(items[0].span, items[0].surface, number=items[0].number,
                                   year=0, pinpoint=pinpoint)]
        refs.extend(items)
        taken.append(Span(m.start(), m.end()))


def _find_symbols(p: _Text, refs: list[Reference], taken: list[Span]) -> None:
    text = p.text
    for m in _PRST_NUMBERED.finditer(text):
        sym = presidential_statement(int(m.group(1)), int(m.group(2)))
        refs.append(SymbolRef(p.span(m.start(), m.end()), m.group(0), symbol=sym, kind="prst",
                              dated=_date_before(text, m.start())))
        taken.append(Span(m.start(), m.end()))
    for m in _SYMBOL.finditer(text):
        if any(t.start <= m.start() < t.end for t in taken):
            continue
        sym = re.sub(r"\s+", "", m.group(1))
        window = text[max(0, m.start() - 30):m.start()] + text[m.end():m.end() + 8]
        kind, author = "", None
        if sym.startswith("S/PRST/"):
            kind = "prst"
        elif "报告" in window:
            kind = "report"
        elif "信" in window:
            kind = "letter"
        if "秘书长" in window and kind in ("report", "letter"):
            author = SECRETARY_GENERAL
        if sym.startswith("A/RES/"):
            refs.append(GAResolutionRef(p.span(m.start(), m.start() + len(m.group(1))),
                                        m.group(1), symbol=sym))
        else:
            refs.append(SymbolRef(p.span(m.start(), m.start() + len(m.group(1))), m.group(1),
                                  symbol=sym, kind=kind, author=author,
                                  dated=_date_before(text, m.start())))
        taken.append(Span(m.start(), m.end()))


def _date_before(text: str, pos: int) -> date | None:
    window = text[max(0, pos - 16):pos]
    found = list(_DATE.finditer(window))
    if not found:
        return None
    y, mth, d = (int(g) for g in found[-1].groups())
    try:
        return date(y, mth, d)
    except ValueError:
        return None


def _find_entities(p: _Text, registry: Registry, refs: list[Reference],
                   taken: list[Span]) -> list[EntityRef]:
    text = p.text
    found = []
    for s, e, iri in registry.find_entities(text, "zh"):
        if _MISSION_AFTER.match(text, e) and registry.kind(iri) == "place":
            continue  # "马里稳定团" (MINUSMA), "南苏丹特派团": a mission, not the State
        ref = EntityRef(p.span(s, e), text[s:e], entity=iri)
        refs.append(ref)
        found.append(ref)
    # titles in 《…》: the registry's when one of its names is the whole title, with their
    # articles; a registry instrument named inside another title is not cited ("宪章" in
    # 《过渡联邦宪章》 is not the Charter); other titles of instruments are reported as titles
    aliases: set[int] = set()
    for m in _TITLE.finditer(text):
        if m.start() in aliases:
            continue
        inside = [r for r in found if m.start() <= p.local(r.span.start)
                  and p.local_end(r.span.end) <= m.end() + 1]
        whole = [r for r in inside
                 if re.sub(r"\s+", "", r.surface) == re.sub(r"\s+", "", m.group(1))]
        instrument = whole[0].entity if whole else None
        for r in inside:
            # a bare head word ("宪章" in 《过渡联邦宪章》) is no citation of the registry's
            # instrument; a registry title inside a longer one (the Convention in the title of
            # its Protocol) stays cited
            if (r not in whole and registry.kind(r.entity) == "instrument"
                    and _INSTRUMENT_HEAD.fullmatch(re.sub(r"\s+", "", r.surface))):
                refs.remove(r)
                found.remove(r)
        entitled = _ENTITLED.search(text, max(0, m.start() - 4), m.start()) and \
            _TITLE_OF_DOCUMENT.match(text, m.end())  # "题为《…》的第70/1号决议": its title
        if instrument is None and is_instrument_title(m.group(1)) and not entitled:
            refs.append(TitleRef(p.span(m.start(), m.end()), m.group(0), title=m.group(1)))
        short = _ALIAS.match(text, m.end())
        if short and (instrument is not None or is_instrument_title(m.group(1))):
            # "《联合国海洋法公约》(《海洋法公约》)": the short title the text goes on with names
            # the same instrument (the resolver reads it so in the other paragraphs too)
            aliases.add(short.start(1))
            for r in [r for r in found if short.start(1) <= p.local(r.span.start)
                      and p.local_end(r.span.end) <= short.end(1)]:
                refs.remove(r)
                found.remove(r)
            refs.append(TitleRef(p.span(short.start(1), short.end(1)), short.group(1),
                                 title=m.group(1)))
        # an article after the title: of the registry's instrument named in it (the resolver
        # moves it to the title's instrument when the title is another one)
        instrument = instrument or (inside[0].entity if inside else None)
        art = _ARTICLE.match(text, m.end())
        if art and instrument is not None:
            n = parse_cn_number(art.group(1))
            if n is not None:
                part = "article" if art.group(2) == "条" else "chapter"
                number = str(n) if part == "article" else _ROMAN.get(art.group(1), str(n))
                refs.append(ArticleRef(p.span(m.start(), art.end()), text[m.start():art.end()],
                                       part=part, number=number, instrument=instrument))
    # "根据第七章": the Council's Chapter VII is the Charter's, named or not
    for m in _CHAPTER_VII.finditer(text):
        refs.append(ArticleRef(p.span(m.start("chapter"), m.end()), m.group("chapter"),
                               part="chapter", number="VII", instrument=UN_CHARTER))
    return found


#: the head words of an instrument's title (treaties, conventions, protocols, agreements,
#: declarations, plans of action, roadmaps, final acts, charters, statutes, principles)
#: and of the other titled texts the Council cites by their title: plans, agendas, strategies,
#: policies, communiqués, codes, laws, regulations, manuals, guidelines, documents
_INSTRUMENT_HEAD = re.compile(
    r"(?:公约|议定书|条约|协定|协议|宣言|行动纲领|纲领|行动计划|行动方案|路线图|最后文件|宪章|规约|原则|"
    r"盟约|框架|协约|契约|和约|约章|章程|"
    r"计划|方案|议程|战略|政策|构想|目标|公报|声明|共识|备忘录|文件|宪法|做法|准则|指南|手册|"
    r"简编|标准|法令|法|条例|细则|规则|守则)"
    r"(?:\s*[(（][^()（）]{1,30}[)）])?$"
)


def is_instrument_title(title: str) -> bool:
    """Tell whether a title in 《…》 names an instrument by its head word (a treaty, an
    agreement, a plan, a policy, a law, a code, a manual …), not a report or a resolution, nor
    the bare short name of one named in full elsewhere (《协议》, 《和平协定》).

    >>> [is_instrument_title(t) for t in ('过渡联邦宪章', '儿童权利公约', '国家人权政策',
    ...                                   '和平、安全与合作框架', '秘书长的报告', '协议')]
    [True, True, True, True, False, False]
    """
    title = re.sub(r"\s+", "", title)
    head = _INSTRUMENT_HEAD.search(title)
    if head is None:
        return False
    # "《协议》", "《和平协定》": a short name of an instrument the text names in full elsewhere
    return title[:head.start()] not in _GENERIC_QUALIFIERS


_GENERIC_QUALIFIERS = {"", "和平", "停火", "全面", "最后", "最终", "本", "该", "此", "上述", "有关",
                       "相关"}
#: after a title, what makes it the title of a resolution or a report, not of an instrument
#: ("题为《变革我们的世界：2030年可持续发展议程》的第70/1号决议")
_TITLE_OF_DOCUMENT = re.compile(r"\s*的?\s*(?:第\s*[0-9A-Z/()\s]{1,20}号\s*)?(?:决议|报告)")
_ENTITLED = re.compile(r"题为\s*$")


#: what makes a place's name the short name of a United Nations mission or office
_MISSION_AFTER = re.compile(
    r"\s*(?:多层面综合稳定团|稳定特派团|稳定团|特派团|援助团|支助团|过渡援助团|综合过渡团|过渡团|"
    r"维持和平部队|临时部队|临时安全部队|安全部队|观察团|观察员团|核查团|综合办事处|建设和平办事处|"
    r"办事处|混合行动)")

_CHAIN = re.compile(r"\s*(?:和|并且|并|及)\s*")
_DEGREE = re.compile(r"(?:最|再次|深切|深为|严重|强烈|坚决|一致|特别)+地?\s*")
_OP_NUMBER = re.compile(r"\s*\d{1,3}\s*[.、]\s*")


#: the subject of a presidential statement's sentences ("安全理事会回顾", "安理会还欢迎")
_SUBJECT = re.compile(r"\s*[\"“]?\s*(?:安全理事会|安理会)")


def _verb_at(text: str, pos: int, registry: Registry) -> tuple[int, int, URIRef] | None:
    """A verb at *pos*, possibly after adverbs (还, 又, 并 …) and words of degree (最强烈地)."""
    candidates = [pos]
    adv = _ADVERBS.match(text, pos)
    if adv and adv.end() > pos:
        candidates.append(adv.end())
    for c in list(candidates):
        deg = _DEGREE.match(text, c)
        if deg and deg.end() > c:
            candidates.append(deg.end())
    for at in candidates:
        hit = registry.match_verb(text, at, "zh")
        if hit is not None:
            return at, hit[0], hit[1]
    return None


def _find_clauses(p: _Text, registry: Registry, entities: list[EntityRef]) -> list[Clause]:
    text = p.text
    first = 0
    if p.paragraph.kind == "OP":
        num = _OP_NUMBER.match(text)
        first = num.end() if num else 0
    starts = [first] + [m.end() for m in _CLAUSE_BREAK.finditer(text, first)]
    # "请秘书长并促请区域组织…": a directive verb after 并 inside a clause opens another one
    joined = [m.start(1) for m in _AND_VERB.finditer(text, first)]
    starts = sorted(set(starts) | set(joined))
    joined_at = set(joined) - set(starts[:1])
    clauses: list[Clause] = []
    ordered = sorted(entities, key=lambda r: r.span.start)
    by_start = {p.local(r.span.start): r for r in reversed(ordered)}
    ends = frozenset(p.local_end(r.span.end) for r in ordered)
    names = sorted((k, p.local_end(r.span.end)) for k, r in by_start.items())
    for pos in starts:
        if pos in joined_at and clauses and pos < p.local_end(clauses[-1].verb_span.end):
            continue  # "欢迎并鼓励": the chained verb, read with the first
        subject = _SUBJECT.match(text, pos) if p.paragraph.kind == "P" else None
        item = _ITEM_MARK.match(text, pos)
        # "a. 请联邦政府…": an item's own verb after its mark
        hit = _verb_at(text, subject.end() if subject else item.end() if item else pos,
                       registry)
        if hit is None and pos in joined_at:
            continue
        if item and any(str(c.verb).endswith("/expresses-intention") for c in clauses):
            continue  # "表示打算…：(b) 请秘书长…": what the Council intends, not a request
        if hit is None and item and clauses and \
                _LIST_OPENS.match(text, p.local_end(clauses[-1].verb_span.end)) and \
                not str(clauses[-1].verb).endswith("/decides"):
            # "要求：a. 专家小组…继续监测；b. 联邦政府…": each item names whom the verb
            # before the list addresses
            last = clauses[-1]
            last.addressees.extend(_addressees(p, item.end(), last.verb, by_start, registry,
                                               ends, names))
            continue
        if hit is None:
            # "还决定，为支持…，荷台达协议支助团应承担…": whom the decision binds
            last = clauses[-1] if clauses else None
            if last is not None and str(last.verb).endswith("/decides") and not last.addressees:
                last.addressees.extend(_addressees(p, item.end() if item else pos, last.verb,
                                                   by_start, registry, ends, names))
            continue
        at, end, verb = hit
        chained = _CHAIN.match(text, end)
        second = _verb_at(text, chained.end(), registry) if chained else None
        if second is not None:  # "确认和鼓励", "欢迎并鼓励": the second verb directs
            at, end, verb = second
        clauses.append(Clause(span=Span(pos, pos), verb=verb, verb_span=p.span(at, end)))
        clauses[-1].addressees.extend(_addressees(p, end, verb, by_start, registry, ends,
                                                  names))
    # clause spans run to the next clause start
    for i, c in enumerate(clauses):
        start = c.span.start
        end = clauses[i + 1].span.start if i + 1 < len(clauses) else len(text)
        c.span = p.span(start, end)
        c.deadline = _find_deadline(p, start, end)
    return clauses


#: the words that name an addressee the registry does not know: a whole name ("各方"), or the
#: head word of one ("南苏丹特派团", "专家小组", "布隆迪政府")
_ADDRESSEE_WORDS = (
    r"(?:所有各方|当事各方|冲突各方|所有当事方|各当事方|各方|当事方|双方|有关各方|"
    r"国际社会|捐助方|捐助者|捐助国|会员国|所有国家|各国|部队和警察派遣国|部队派遣国|警察派遣国|"
    r"派遣国|邻国|区域各国|区域国家|利益攸关方|所有相关行为体|相关行为体|船旗国|港口国|沿海国|过境国)"
)
_ADDRESSEE_HEAD = (
    r"(?:特派团|稳定团|援助团|支助团|观察团|核查团|过渡团|办事处|部队|政府|当局|委员会|专家小组|"
    r"专家组|监测组|监察组|工作组|调查组|小组|机制|秘书处|法院|法庭|联盟|组织|机构|实体|伙伴|"
    r"各方|当事方|国家|会员国|成员国|领导人|特使|特别代表|高级专员|协调员|署长|主席|总干事|"
    r"武装部队|安全部队|维持和平部队|联合部队|部队派遣国|警察派遣国|派遣国|集团|理事会|银行|"
    r"武装团体|武装(?!抢劫|冲突|人员|暴力|袭击|行动|部门)|团体|民兵|族群|社区|军方|捐助方|捐助者|捐助国|行为体|利益攸关方|阵线|运动|"
    r"签署方|签署国|缔约国|缔约方|主管部门|成员州|成员|国籍国|工作队|行动部|事务部|支助部)"
)
#: before the head word: a name, not a verb phrase or a clause ("延长特派团任务")
_ADDRESSEE_PREFIX = r"[^\s,;:。、和及与向在于就对为以同并且的将把使让从至到被由按应须可]{0,12}?"
_NOT_A_NAME = re.compile(
    r"(?:延长|加强|确保|提供|支持|继续|设立|采取|进一步|立即|充分|全面|尽快|积极|考虑|审查|执行|"
    r"实施|成立|建立|保持|维持|结束|停止|终止|增加|减少|授权|核准|批准|调整|部署|撤出|扩大|改为|"
    r"重申|强调|表示|欢迎|注意|认为|谴责|请|要求|呼吁|鼓励|敦促|促请|吁请)"
)
#: words that never sit inside a name: the name ended before them ("秘书长通过其特别代表")
_NOT_INSIDE = re.compile(r"通过|经由|借助|继续|提交|确保|协助|支持|提供|加强|采取|利用|动用|"
                         r"进一步|推行|推动|促进|改进|改善|落实|开展|进行|制定|"
                         r"根据|按照|依照|依据|会议|"
                         r"酌情|立即|尽快|努力|设法|考虑|审议|报告|执行|实施|尊重|包括|关切|承诺|"
                         r"保护|争取|增加|便利|安理会|任何|这些|请|授权|要求|鼓励|敦促|吁请|促请|"
                         r"邀请|呼吁|决定|允许|同意|希望|参与|遵守|配合|合作(?!伙伴)")
_ADDRESSEE = re.compile(
    rf"(?:(?:所有|全体|各个|各|有关|相关|其他|该|其|本|整个)\s*){{0,2}}"
    rf"(?P<name>{_ADDRESSEE_WORDS}|(?:和平)?{_ADDRESSEE_PREFIX}{_ADDRESSEE_HEAD})"
)
_NAME_CHAR = _ADDRESSEE_PREFIX[:-len("{0,12}?")]
#: qualifiers sharing one head word ("国际、区域和次区域组织", "国际和区域伙伴"): one name
_QUALIFIER = r"(?:国际|区域|次区域|分区域|国家|地方|双边|多边|全球|非政府|政府间)"
_QUALIFIED = re.compile(
    rf"(?:所有|全体|各|有关|相关|其他)?\s*"
    rf"(?P<name>{_QUALIFIER}(?:\s*(?:[、和及与]|以及)\s*{_QUALIFIER}){{1,3}}"
    rf"{_NAME_CHAR}{{0,4}}?{_ADDRESSEE_HEAD})")
#: the longest name ending in a head word, perhaps joined inside by 和/与 ("国际和区域伙伴") or
#: 的 ("非索过渡特派团的传统捐助方")
_ADDRESSEE_LONG = re.compile(
    rf"(?:(?:所有|全体|各个|各|有关|相关|其他|该|其|本|整个)\s*){{0,2}}"
    rf"(?P<name>(?P<left>{_NAME_CHAR}{{1,8}})(?P<join>[和的]){_NAME_CHAR}{{0,8}}{_ADDRESSEE_HEAD}"
    rf"|(?:和平)?{_NAME_CHAR}{{0,12}}{_ADDRESSEE_HEAD})"
)
#: what a State's name heads when the addressee is its government, authorities or army
#: ("苏丹政府", "马里过渡政府", "缅甸军方"): a name of its own
_GOVERNMENT_OF = re.compile(
    r"\s*(?:伊斯兰共和国|共和国|联邦共和国)?\s*(?:过渡|联邦|临时|民族团结|民族团结临时)?\s*"
    r"(?:政府|当局|军方|武装部队|安全部队|国防军|邻国|各邻国|周边国家|(?:所有)?各方)")
#: after a State's name, its government or authorities: the State is the addressee
#: ("马里政府", "索马里联邦政府", "马里过渡当局")
_GOVERNMENT = re.compile(r"\s*(?:过渡|联邦|临时|民族团结|民族团结临时)?\s*(?:政府|当局)|\s*各方")
_ADDRESSEE_SEP = re.compile(
    r"\s*(?:[,、]?\s*(?:特别是|尤其是|特别|尤其)|在内的|[、和及]|,?\s*以及|及其)?\s*")
_QUANTIFIER = re.compile(r"(?:包括\s*)?(?:所有|全体|各|整个)?\s*")
#: a group named by a clause ending in 的 ("签署《和平协议》的武装团体", "在刚果民主共和国开展业务
#: 的其他联合国实体"): up to 30 characters without a stop, then a group's head word
_RELATIVE_NAME = re.compile(
    r"(?P<name>(?P<clause>[^,;:。、\s]{2,30}?)的\s*(?:(?:所有|其他|各)\s*)?"
    r"[^,;:。、\s的]{0,6}?(?:会员国|国家|武装团体|团体|实体|组织|伙伴|各方|签署方|签署国|国籍国))"
    r"(?![的国方组团体部队员和及与、资财人])")
#: what such a clause never holds: another directive verb, a report or resolution
_RELATIVE_NOT = re.compile(r"请|敦促|促请|吁请|鼓励|要求|呼吁|决议|报告|这方面|此类|该|其")
#: after "决定" an addressee comes only before what it shall do ("决定所有国家应…")
_MODAL = re.compile(r"\s*(?:今后|此后|随后|届时)?\s*(?:也|还|均|都|亦)?\s*"
                    r"(?:应当|应|必须|须|不得|可以|可)")
#: ... or before its mandate ("决定中非稳定团的任务授权应包括…": what the mission shall do)
_MANDATE = re.compile(r"\s*的\s*(?:任务授权|授权任务|任务规定|任务)\s*(?:还|也)?\s*(?:应|将)?\s*"
                      r"(?:包括|为)")


_WHOLE_WORD = re.compile(
    rf"(?:(?:所有|全体|有关|相关|其他|该|其|本|整个)\s*){{0,2}}(?P<name>{_ADDRESSEE_WORDS})")


_WORDS_RE = re.compile(_ADDRESSEE_WORDS)
#: a registry name ending in a group word ("武装冲突各方") may end a longer name
_ENDS_IN_WORD = re.compile(rf"{_ADDRESSEE_WORDS}$")
_HEAD_AT = re.compile(r"(?:政府|当局|主管部门|领导人)")
_WORD_HEAD = re.compile(rf"(?:(?:所有|全体|有关|相关|其他|该|其|本|整个)\s*){{0,2}}"
                        rf"(?P<name>{_ADDRESSEE_WORDS}{_HEAD_AT.pattern})")


def _between(starts: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of the registry names starting strictly between *lo* and *hi*
    (*starts* sorted)."""
    i = bisect.bisect_right(starts, (lo, len(starts) + 10**9))
    out = []
    while i < len(starts) and starts[i][0] < hi:
        out.append(starts[i])
        i += 1
    return out


def _name_at(text: str, at: int, ends: frozenset[int] = frozenset(),
             starts: list[tuple[int, int]] | None = None) -> re.Match[str] | None:
    """The name of an addressee the registry does not know at *at*: a whole word ("所有各方"),
    else the longest name ending in a head word that holds no verb ("国际和区域伙伴", not
    "会员国和国际组织", two names, nor "秘书长和会员国": *ends* are where registry names end),
    else the shortest; never one holding another registry name (*starts*: (start, end))
    unless it ends the name right after the first ("缅甸所有各方" is one name) or is a group
    word ending it ("中非共和国境内武装冲突各方"). Qualifiers sharing a head word
    ("国际、区域和次区域组织") and a group word before a head ("邻国当局") are one name."""
    for rx in (_QUALIFIED, _WORD_HEAD, _WHOLE_WORD, _ADDRESSEE_LONG, _ADDRESSEE):
        m = rx.match(text, at)
        if m is None:
            continue
        if rx is _QUALIFIED or rx is _WORD_HEAD:
            # the registry's names inside are the parts of the list; "邻国当局", "双方领导人":
            # the word begins a longer name
            return m
        name = m.group("name")
        if _NOT_A_NAME.match(name) or _NOT_INSIDE.search(name):
            continue
        if rx is _ADDRESSEE_LONG and m.group("join") == "和" and (
                _WHOLE_WORD.fullmatch(m.group("left")) or _ADDRESSEE.fullmatch(m.group("left"))
                or m.start("join") in ends):
            continue  # "会员国和国际组织": two names
        if rx is not _WHOLE_WORD and starts and any(
                e < m.end() or (k not in ends and not _ENDS_IN_WORD.search(text, k, e))
                for k, e in _between(starts, m.start("name"), m.end())):
            continue  # "秘书长迅速任命秘书长特别代表": another registry name inside, no name
        if rx is _ADDRESSEE_LONG and any(
                w.end() < m.end() and not _HEAD_AT.fullmatch(text, w.end(), m.end())
                for w in _WORDS_RE.finditer(text, m.start("name"), m.end())):
            continue  # "马里各方收悉国际调查委员会": the name ended with 各方
        if text.startswith("会议", m.end()):
            return None  # "呼吁联合军事委员会会议继续举行": the meetings, no addressee
        return m
    return None


def _addressees(p: _Text, pos: int, verb: URIRef, by_start: dict[int, EntityRef],
                registry: Registry | None = None, ends: frozenset[int] | None = None,
                starts: list[tuple[int, int]] | None = None) -> list[EntityRef]:
    """The addressees right after a verb at *pos*: registry entities and other names of
    bodies, States, parties ("秘书长和专家小组", "所有各方", "南苏丹特派团"), joined by 和/及/、,
    "特别是" ("所有各方、特别是叙利亚当局": both) or "包括…在内的" ("包括所有会员国在内的所有各方").

    A name the registry does not know is an :class:`EntityRef` without entity (the resolver
    creates the body). A State's government ("苏丹政府") is the State (the registry's hidden
    label, as "the Government of the Sudan" in English); a qualified government, authorities or
    army ("马里过渡政府", "缅甸军方") is named as the text names it. After ``决定`` a name is an
    addressee only before ``应``/``必须``/…: the Council otherwise decides something itself.
    """
    text = p.text
    if verb.endswith("/decides") and registry is not None:
        inner = _verb_at(text, pos, registry)  # "决定授权南苏丹特派团": whom it authorizes
        if inner is not None and not inner[2].endswith("/decides"):
            return _addressees(p, inner[1], inner[2], by_start, registry, ends, starts)
    found: list[EntityRef] = []
    # where the registry's names end and begin (computed once per paragraph by the callers)
    if ends is None:
        ends = frozenset(p.local_end(r.span.end) for r in by_start.values())
    if starts is None:
        starts = sorted((k, p.local_end(r.span.end)) for k, r in by_start.items())
    cursor = pos
    while cursor < len(text):
        sep = _ADDRESSEE_SEP.match(text, cursor) if found else re.compile(r"\s*").match(
            text, cursor)  # "请和平理事会": 和 begins the first name
        at = sep.end() if sep else cursor
        if found and (sep is None or sep.end() == cursor):
            break  # two addressees need a conjunction between them
        quantified = _QUANTIFIER.match(text, at)
        if quantified and quantified.end() > at and text.startswith("包括", at):
            at += 2  # "包括所有会员国在内的所有各方"
            at = at + len(text[at:]) - len(text[at:].lstrip())
            quantified = _QUANTIFIER.match(text, at)
        ent = by_start.get(at) or by_start.get(quantified.end() if quantified else at)
        if ent is not None and registry is not None and registry.kind(ent.entity) == "place":
            gov = _GOVERNMENT_OF.match(text, p.local_end(ent.span.end))
            if gov is not None:  # "苏丹政府", "阿富汗伊斯兰共和国政府": the government
                start = p.local(ent.span.start)
                found.append(EntityRef(p.span(start, gov.end()), text[start:gov.end()]))
                cursor = gov.end()
                continue
        longer = _name_at(text, at, ends, starts) if ent is not None else None
        if longer is not None and longer.end() > p.local_end(ent.span.end) and not \
                _GOVERNMENT.fullmatch(text, p.local_end(ent.span.end), longer.end()):
            ent = None  # "秘书长特别代表": the registry's name begins a longer one
        if ent is not None:
            found.append(ent)
            cursor = p.local_end(ent.span.end)
            after_place = _GOVERNMENT.match(text, cursor)
            if after_place:
                cursor = after_place.end()
            continue
        m = _name_at(text, at, ends, starts)
        if m is None and not verb.endswith(("/decides", "/calls-for")):
            # "敦促…和签署《和平协议》的武装团体…", "授权根据上文第1段采取行动的会员国…": a
            # group named by what it did or does, a clause ending in 的 before its head word
            m = _RELATIVE_NAME.match(text, at)
            if m is not None and (_NOT_A_NAME.match(m.group("name"))
                                  or _RELATIVE_NOT.search(m.group("clause"))):
                m = None
        if m is None:
            break
        # a name the registry lacks keeps its quantifier, as written ("所有各方", "各援助机构",
        # "有关当局", "所有政治利益攸关方": the body is named as the text names it)
        quantifier = text[m.start():m.start("name")].strip()
        bare = re.fullmatch(_ADDRESSEE_HEAD, m.group("name")) is not None
        name_start = m.start() + len(text[m.start():m.end()]) - len(
            text[m.start():m.end()].lstrip())
        last = found[-1] if found else None
        if bare and not quantifier and last is not None and last.entity is None and \
                not _WORDS_RE.fullmatch(m.group("name")) and \
                re.fullmatch(r"\s*(?:和|及|以及)\s*", text[cursor:at]):
            # "利比亚有关机构和主管部门": a bare head word after 和 shares the name before it
            start = p.local(last.span.start)
            found[-1] = EntityRef(p.span(start, m.end()), text[start:m.end()])
        else:
            # a registry entity inside the name ("南苏丹" in "南苏丹特派团") is part of it
            found.append(EntityRef(p.span(name_start, m.end()), text[name_start:m.end()]))
        cursor = m.end()
    if found and verb.endswith("/decides") and not (_MODAL.match(text, cursor)
                                                     or _MANDATE.match(text, cursor)):
        return []
    return found


#: an agreement named by its date, without 《》 ("2020年10月23日停火协议")
_DATED_AGREEMENT = re.compile(
    rf"(?<!《){_DATE_ZH}\s*(?:全面)?(?:停火|和平|停止敌对行动)?\s*(?:协议|协定)(?!\s*》)")
#: a roadmap or plan of action named after the forum or conference that adopted it, without
#: 《》 ("利比亚政治对话论坛路线图", "大湖区问题国际会议路线图")
_FORUM_PLAN = re.compile(r"([^\s,;:。、的《》()\"“”]{2,24}?(?:论坛|国际会议))\s*"
                         r"(路线图|行动计划)(?!\s*》)")
#: words before such a name that are not part of it
_LEAD_VERBS = re.compile(r"(?:回顾|按照|根据|依照|遵循|遵守|执行|落实|实施|支持|破坏|采取|通过|"
                         r"和|及|并|以及|包括|在|对|与|其|该|还|又|也|继续|全面|充分|确保|促请|"
                         r"鼓励|敦促)+")


def _find_untitled_instruments(p: _Text, registry: Registry, refs: list[Reference]) -> None:
    """Instruments named without 《》 whose name says which one they are: an agreement by its
    date ("2020年10月23日停火协议"), a roadmap or plan of action by the forum or conference
    that adopted it when a place the registry knows opens that name ("利比亚政治对话论坛路线图");
    each a :class:`TitleRef` the resolver mints."""
    text = p.text
    for m in _DATED_AGREEMENT.finditer(text):
        title = re.sub(r"\s+", "", m.group(0))
        refs.append(TitleRef(p.span(m.start(), m.end()), m.group(0), title=title))
    for m in _FORUM_PLAN.finditer(text):
        lead = _LEAD_VERBS.match(text, m.start(1))
        start = lead.end() if lead else m.start(1)
        if start >= m.end(1):
            continue
        first = [iri for s, _, iri in registry.find_entities(text[start:m.end(1)], "zh")
                 if s == 0]
        if not any(registry.kind(iri) == "place" for iri in first):
            continue  # a name the registry cannot anchor: maybe no name at all
        title = re.sub(r"\s+", "", text[start:m.end()])
        refs.append(TitleRef(p.span(start, m.end()), text[start:m.end()], title=title))


def _find_deadline(p: _Text, start: int, end: int) -> Deadline | None:
    text = p.text
    for m in _DEADLINE_DATE.finditer(text, start, end):
        y, mo, d = (g for g in m.groups() if g is not None)
        try:
            on = date(int(y), int(mo), int(d))
        except ValueError:
            continue
        return Deadline(m.group(0), p.span(m.start(), m.end()), on=on)
    for m in _DEADLINE_WITHIN.finditer(text, start, end):
        if _PERIODIC.search(text[max(0, m.start() - 3):m.start() + 1]) or "每" in text[
            max(0, m.start() - 2):m.start() + 2
        ]:
            continue
        n = parse_cn_number(m.group(1))
        if not n:
            continue
        unit = m.group(2)
        if unit == "个月":
            return Deadline(m.group(0), p.span(m.start(), m.end()), months=n)
        days = n * 7 if unit in ("周", "星期") else n
        return Deadline(m.group(0), p.span(m.start(), m.end()), days=days)
    return None


def find_zh(paragraph: Paragraph, registry: Registry) -> Findings:
    """Return the references and clauses of a Chinese paragraph."""
    refs: list[Reference] = []
    taken: list[Span] = []  # offsets in the text searched, not in the source
    text = _Text(paragraph)
    _find_resolution_lists(text, refs, taken)
    _find_symbols(text, refs, taken)
    entities = _find_entities(text, registry, refs, taken)
    _find_untitled_instruments(text, registry, refs)
    clauses = _find_clauses(text, registry, entities)
    refs.sort(key=lambda r: (r.span.start, r.span.end, type(r).__name__))
    return Findings(paragraph=paragraph, references=refs, clauses=clauses)
