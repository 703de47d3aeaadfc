"""A synthetic record shaped like the Security Council's, to measure the network pages at
sizes the real build does not reach yet (the whole record 1946-2026 has several thousand
nodes; the English corpus of ../shared gives 939).

What it generates (N-Quads, one named graph per document and language, as the build does):

* resolutions numbered from 1, so many per year as the Council adopted (about 10 a year in the
  1950s, 15-20 in the 1960s-80s, 55-65 from 1990), and presidential statements from 1990 on,
  scaled to the number of citing documents asked for; dates within their year;
* agenda items (``unsc:topic``) with a life span and a popularity: each document belongs to one
  item active in its year, so the network has communities; titles in English and Chinese;
* citations: each document cites earlier documents of its item (preferring the recent and the
  much cited), sometimes a thematic hub of another item, reports, General Assembly
  resolutions and instruments; one preambular paragraph often cites several documents at once
  ("Recalling its resolutions …"), operative paragraphs one or two; verbs by paragraph kind,
  "reaffirms" growing over the decades as it did;
* paragraph texts in English and, for most documents, Chinese; votes; instruments with labels
  in both languages.

Everything is drawn from a seeded ``random.Random``: the same arguments give the same bytes.
IRIs are minted by :mod:`graph.iri`. Nothing here is real text.

>>> data = generate_synthetic(40)
>>> data == generate_synthetic(40)
True
>>> b"ontology#PresidentialStatement>" in data and "回顾".encode() in data
True
"""

from __future__ import annotations

import argparse
import math
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef

from graph.iri import (
    REGISTRY_GRAPH,
    citation_iri,
    document_iri,
    entity_iri,
    graph_iri,
    paragraph_iri,
    undocs_url,
    verb_iri,
)
from graph.namespaces import CITO, DCTERMS, ELI, FOAF, RDF, SKOS, UNSC, XSD
from graph.ntriples import nt_term

__all__ = ["generate_synthetic", "write_synthetic", "SEED"]

SEED = 1946

#: (English, Chinese) names of places of the agenda items
_PLACES = [
    ("Cyprus", "塞浦路斯"),
    ("the Middle East", "中东"),
    ("Korea", "朝鲜"),
    ("Angola", "安哥拉"),
    ("Somalia", "索马里"),
    ("Haiti", "海地"),
    ("Afghanistan", "阿富汗"),
    ("Iraq", "伊拉克"),
    ("Kuwait", "科威特"),
    ("Lebanon", "黎巴嫩"),
    ("Sudan", "苏丹"),
    ("South Sudan", "南苏丹"),
    ("Libya", "利比亚"),
    ("Mali", "马里"),
    ("Liberia", "利比里亚"),
    ("Sierra Leone", "塞拉利昂"),
    ("Rwanda", "卢旺达"),
    ("Burundi", "布隆迪"),
    ("Côte d'Ivoire", "科特迪瓦"),
    ("the Democratic Republic of the Congo", "刚果民主共和国"),
    ("Bosnia and Herzegovina", "波斯尼亚和黑塞哥维那"),
    ("Kosovo", "科索沃"),
    ("Georgia", "格鲁吉亚"),
    ("Timor-Leste", "东帝汶"),
    ("Yemen", "也门"),
    ("Syria", "叙利亚"),
    ("Western Sahara", "西撒哈拉"),
    ("Eritrea and Ethiopia", "厄立特里亚和埃塞俄比亚"),
    ("Namibia", "纳米比亚"),
    ("Southern Rhodesia", "南罗得西亚"),
    ("South Africa", "南非"),
    ("India and Pakistan", "印度和巴基斯坦"),
    ("Palestine", "巴勒斯坦"),
    ("Indonesia", "印度尼西亚"),
    ("Mozambique", "莫桑比克"),
    ("El Salvador", "萨尔瓦多"),
    ("Guatemala", "危地马拉"),
    ("Tajikistan", "塔吉克斯坦"),
    ("the Central African Republic", "中非共和国"),
    ("Chad", "乍得"),
]
#: thematic items (no place) with their Chinese names
_THEMES = [
    ("Threats to international peace and security caused by terrorist acts",
     "恐怖行为对国际和平与安全造成的威胁"),
    ("Women and peace and security", "妇女与和平与安全"),
    ("Children and armed conflict", "儿童与武装冲突"),
    ("Protection of civilians in armed conflict", "在武装冲突中保护平民"),
    ("Non-proliferation", "不扩散"),
    ("Maintenance of international peace and security", "维持国际和平与安全"),
    ("Admission of new Members", "接纳新会员国"),
    ("Small arms", "小武器"),
]
#: instruments: English and Chinese names, year
_INSTRUMENTS = [
    ("Charter of the United Nations", "联合国宪章", 1945),
    ("Geneva Conventions", "日内瓦公约", 1949),
    ("Convention on the Rights of the Child", "儿童权利公约", 1989),
    ("Treaty on the Non-Proliferation of Nuclear Weapons", "不扩散核武器条约", 1968),
    ("Rome Statute of the International Criminal Court", "国际刑事法院罗马规约", 1998),
    ("United Nations Convention against Transnational Organized Crime",
     "联合国打击跨国有组织犯罪公约", 2000),
    ("Convention on the Prevention and Punishment of the Crime of Genocide",
     "防止及惩治灭绝种族罪公约", 1948),
    ("Arms Trade Treaty", "武器贸易条约", 2013),
]
#: verb slug -> (English, Chinese, force)
_VERBS = {
    "decides": ("decides", "决定", 100), "demands": ("demands", "要求", 95),
    "calls-upon": ("calls upon", "促请", 75), "urges": ("urges", "敦促", 70),
    "requests": ("requests", "请", 60), "endorses": ("endorses", "核可", 50),
    "reaffirms": ("reaffirms", "重申", 40), "welcomes": ("welcomes", "欢迎", 30),
    "recalls": ("recalls", "回顾", 20), "takes-note": ("takes note", "注意到", 10),
    "bearing-in-mind": ("bearing in mind", "铭记", 15),
}
_PP_VERBS = ["recalls", "reaffirms", "welcomes", "takes-note", "bearing-in-mind"]
_OP_VERBS = ["decides", "requests", "calls-upon", "urges", "endorses", "reaffirms", "demands"]
_EN_START = {"recalls": "Recalling", "reaffirms": "Reaffirming", "welcomes": "Welcoming",
             "takes-note": "Taking note of", "bearing-in-mind": "Bearing in mind",
             "decides": "Decides", "requests": "Requests", "calls-upon": "Calls upon",
             "urges": "Urges", "endorses": "Endorses", "demands": "Demands"}
_FILLER_EN = ("and expressing its determination to support the efforts of all parties to "
              "reach a lasting settlement, in full respect of the principles of the Charter,")
_FILLER_ZH = "并表示决心支持各方为达成持久解决办法所作的努力，充分尊重《宪章》的各项原则，"


def _per_year(year: int) -> tuple[float, float]:
    """About how many resolutions and presidential statements the Council adopted a year."""
    if year < 1960:
        res = 9.0
    elif year < 1990:
        res = 17.0
    else:
        res = 60.0
    prst = 0.0 if year < 1990 else 38.0 if year < 2010 else 28.0
    return res, prst


@dataclass
class _Item:
    """An agenda item: its names, its years and how often it comes up."""

    en: str
    zh: str
    first: int
    last: int
    weight: float
    docs: list[int] = field(default_factory=list)


@dataclass
class _Doc:
    symbol: str
    year: int
    date: str
    kind: str  # "res", "prst", "report", "ga"
    item: int | None = None
    number: int = 0


class _Writer:
    """Collect N-Quads lines (terms written by :func:`graph.store.nt_term`)."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, s: URIRef, p: URIRef, o: object, g: URIRef) -> None:
        self.lines.append(f"{nt_term(s)} {nt_term(p)} {nt_term(o)} {nt_term(g)} .\n")

    def data(self) -> bytes:
        return "".join(self.lines).encode("utf-8")


def _items(rng: random.Random) -> list[_Item]:
    items = []
    for en, zh in _PLACES:
        first = rng.choice([1946, 1948, 1960, 1965, 1975, 1988, 1991, 1993, 1997, 2003, 2011])
        last = min(2026, first + rng.randint(6, 60))
        items.append(_Item(f"The situation in {en}", f"{zh}局势", first, last,
                           rng.paretovariate(1.3)))
    for en, zh in _THEMES:
        first = rng.choice([1946, 1990, 1999, 2000, 2006])
        items.append(_Item(en, zh, first, 2026, 0.6 * rng.paretovariate(1.5)))
    return items


def _ntexts(rng: random.Random, n: int, size: float) -> int:
    """A count near *n* (Poisson-like by rounding a scaled draw)."""
    return int(rng.random() + n * size)


def generate_synthetic(documents: int = 5000, *, seed: int = SEED) -> bytes:
    """Return N-Quads of a synthetic record with about *documents* citing documents.

    See the module docstring for what it holds.
    """
    rng = random.Random(seed)
    base = sum(sum(_per_year(y)) for y in range(1946, 2027))
    size = documents / base
    items = _items(rng)
    docs: list[_Doc] = []
    number, cited_count = 0, Counter()
    out = _Writer()
    registry = URIRef(REGISTRY_GRAPH)

    for slug, (en, zh, force) in _VERBS.items():
        v = verb_iri(slug)
        out.add(v, RDF.type, SKOS.Concept, registry)
        out.add(v, SKOS.prefLabel, Literal(en, lang="en"), registry)
        out.add(v, SKOS.prefLabel, Literal(zh, lang="zh"), registry)
        out.add(v, UNSC.force, Literal(force), registry)
    instruments = []
    for i, (en, zh, year) in enumerate(_INSTRUMENTS):
        e = entity_iri(f"synthetic-instrument-{i}")
        instruments.append(e)
        out.add(e, RDF.type, UNSC.Charter if i == 0 else UNSC.Treaty, registry)
        out.add(e, SKOS.prefLabel, Literal(en, lang="en"), registry)
        out.add(e, SKOS.prefLabel, Literal(zh, lang="zh"), registry)
        out.add(e, DCTERMS.date, Literal(f"{year}-06-26", datatype=XSD.date), registry)

    reports: list[_Doc] = []
    for year in range(1946, 2027):
        res, prst = _per_year(year)
        active = [i for i, it in enumerate(items) if it.first <= year <= it.last]
        weights = [items[i].weight for i in active]
        days = sorted(rng.randint(1, 365) for _ in range(_ntexts(rng, res + prst, size)))
        kinds = ["res"] * _ntexts(rng, res, size)
        kinds += ["prst"] * max(0, len(days) - len(kinds))
        rng.shuffle(kinds)
        prst_n = 0
        for day, kind in zip(days, kinds):
            month, mday = min(12, (day - 1) // 31 + 1), min(28, (day - 1) % 31 + 1)
            date = f"{year}-{month:02d}-{mday:02d}"
            item = rng.choices(active, weights)[0]
            if kind == "res":
                number += 1
                doc = _Doc(f"S/RES/{number} ({year})", year, date, "res", item, number)
            else:
                prst_n += 1
                doc = _Doc(f"S/PRST/{year}/{prst_n}", year, date, "prst", item)
            docs.append(doc)
        # reports of the Secretary-General and General Assembly resolutions of the year
        for k in range(_ntexts(rng, 6 if year >= 1990 else 1, size)):
            reports.append(_Doc(f"S/{year}/{100 + k}", year, f"{year}-06-01", "report",
                                rng.choice(active)))
        if year % 2 == 0:
            reports.append(_Doc(f"A/RES/{year - 1945}/{10 + year % 7}", year, f"{year}-12-10",
                                "ga"))

    for doc in docs + reports:
        g = graph_iri("en", doc.symbol)
        d = document_iri(doc.symbol)
        cls = {"res": UNSC.SecurityCouncilResolution, "prst": UNSC.PresidentialStatement,
               "report": UNSC.Report, "ga": UNSC.GeneralAssemblyResolution}[doc.kind]
        out.add(d, RDF.type, cls, g)
        out.add(d, DCTERMS.identifier, Literal(doc.symbol), g)
        out.add(d, UNSC.year, Literal(doc.year), g)
        out.add(d, DCTERMS.date, Literal(doc.date, datatype=XSD.date), g)
        if doc.kind in ("res", "prst"):
            it = items[doc.item]
            out.add(d, UNSC.topic, Literal(it.en, lang="en"), g)
            out.add(d, DCTERMS.title, Literal(it.en, lang="en"), g)
            out.add(d, DCTERMS.title, Literal(it.zh, lang="zh"), graph_iri("zh", doc.symbol))
            out.add(d, FOAF.page, URIRef(undocs_url(doc.symbol)), g)
        if doc.kind == "res":
            out.add(d, UNSC.number, Literal(doc.number), g)
            against = rng.choice([0, 0, 0, 0, 1, 2]) if doc.year < 1990 else 0
            abst = rng.choice([0, 0, 0, 1, 2, 3, 5])
            members = 11 if doc.year < 1966 else 15
            out.add(d, UNSC.vote, Literal(f"{members - against - abst}-{against}-{abst}"), g)

    # citations, in date order: each document cites what came before it
    by_item: dict[int, list[_Doc]] = defaultdict(list)
    earlier_reports: list[_Doc] = []
    hubs: list[_Doc] = []
    report_at = 0
    reports.sort(key=lambda r: r.date)
    for doc in docs:
        while report_at < len(reports) and reports[report_at].date < doc.date:
            earlier_reports.append(reports[report_at])
            report_at += 1
        pool = by_item[doc.item]
        mean = 1.5 if doc.year < 1970 else 4.0 if doc.year < 1990 else 9.0
        if doc.kind == "prst":
            mean *= 0.5
        targets: list[URIRef] = []
        seen: set[str] = set()
        for _ in range(max(0, int(rng.expovariate(1 / mean) + 0.5))):
            r = rng.random()
            if pool and r < 0.72:
                # recent first, and the much cited: the last few, or one by citations
                if rng.random() < 0.6:
                    t = pool[-1 - min(len(pool) - 1, int(rng.expovariate(0.4)))]
                else:
                    t = max(rng.sample(pool, min(4, len(pool))),
                            key=lambda x: cited_count[x.symbol])
                symbol = t.symbol
            elif hubs and r < 0.82:
                symbol = rng.choice(hubs).symbol
            elif earlier_reports and r < 0.93:
                symbol = rng.choice(earlier_reports[-200:]).symbol
            else:
                symbol = ""
                target = rng.choice(instruments)
            if symbol in seen or (symbol and symbol == doc.symbol):
                continue
            if symbol:
                seen.add(symbol)
                cited_count[symbol] += 1
                target = document_iri(symbol)
            targets.append(target)
        _write_citations(out, rng, doc, items[doc.item], targets)
        pool.append(doc)
        if doc.kind == "res" and rng.random() < 0.01:
            hubs.append(doc)
    return out.data()


def _label(target: URIRef) -> str:
    text = str(target)
    return text.rsplit("/doc/", 1)[-1] if "/doc/" in text else "the instrument"


def _write_citations(out: _Writer, rng: random.Random, doc: _Doc, item: _Item,
                     targets: list[URIRef]) -> None:
    """Write the paragraphs of *doc* citing *targets*: preambular ones citing up to four
    documents at once, operative ones one or two; a few targets cited twice."""
    d = document_iri(doc.symbol)
    g_en, g_zh = graph_iri("en", doc.symbol), graph_iri("zh", doc.symbol)
    with_zh = rng.random() < 0.75
    for t in targets:
        out.add(d, CITO.cites, t, g_en)
    pp = op = 0
    rest = list(targets)
    twice = [t for t in targets if rng.random() < 0.15]
    groups: list[tuple[str, list[URIRef]]] = []
    while rest:
        if rng.random() < 0.65:
            take = rest[: rng.randint(1, 4)]
            groups.append(("PP", take))
        else:
            take = rest[: rng.randint(1, 2)]
            groups.append(("OP", take))
        rest = rest[len(take):]
    groups += [("OP", [t]) for t in twice]
    groups.sort(key=lambda kv: kv[0] != "PP")  # preambular paragraphs first
    reaffirm = min(0.5, max(0.05, (doc.year - 1946) / 120))
    for position, (kind, cited) in enumerate(groups, 1):
        if kind == "PP":
            pp += 1
            label = f"PP{pp}"
            verb = "reaffirms" if rng.random() < reaffirm else rng.choice(_PP_VERBS)
        else:
            op += 1
            label = f"OP{op}"
            verb = "reaffirms" if rng.random() < reaffirm / 2 else rng.choice(_OP_VERBS)
        p = paragraph_iri(doc.symbol, label)
        names = ", ".join(_label(t) for t in cited)
        en = f"{_EN_START[verb]} {names} on {item.en.lower()}, {_FILLER_EN}"
        if kind == "OP":
            en = f"{en} and decides to remain actively seized of the matter;"
        out.add(p, RDF.type, UNSC.PreambularParagraph if kind == "PP" else UNSC.OperativeParagraph,
                g_en)
        out.add(p, ELI.is_part_of, d, g_en)
        out.add(p, ELI.number, Literal(label), g_en)
        out.add(p, UNSC.position, Literal(position), g_en)
        out.add(p, UNSC.text, Literal(en, lang="en"), g_en)
        if with_zh:
            names_zh = "、".join(_label(t) for t in cited)
            zh = f"{_VERBS[verb][1]}关于{item.zh}的{names_zh}，{_FILLER_ZH}"
            out.add(p, UNSC.text, Literal(zh, lang="zh"), g_zh)
        for t in cited:
            c = citation_iri(p, t)
            out.add(c, RDF.type, CITO.Citation, g_en)
            out.add(c, CITO.hasCitingEntity, p, g_en)
            out.add(c, CITO.hasCitedEntity, t, g_en)
            out.add(c, UNSC.citingDocument, d, g_en)
            out.add(c, UNSC.characterization, verb_iri(verb), g_en)


def write_synthetic(path: str | Path, documents: int = 5000, *, seed: int = SEED) -> Path:
    """Write :func:`generate_synthetic` to *path* (N-Quads, ``.nq``) and return the path."""
    path = Path(path)
    path.write_bytes(generate_synthetic(documents, seed=seed))
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output", help="the N-Quads file to write (.nq)")
    ap.add_argument("--documents", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    path = write_synthetic(args.output, args.documents, seed=args.seed)
    print(f"wrote {path} ({math.ceil(path.stat().st_size / 1e6)} MB)")


if __name__ == "__main__":
    main()
