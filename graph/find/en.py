"""Find references, verbs, addressees and deadlines in one English paragraph.

Everything is matched on ``paragraph.match`` (the source slice folded one character for one),
so an offset ``i`` in it is ``paragraph.span.start + i`` in the source text.

Resolution lists are read from a keyword (``resolution``, ``resolutions``) as a chain of items
``446 (1979), 465 (1980) … and 592 (1986)``, each optionally followed by ``of <date>`` and a
footnote number. An item with a four-digit year is a Security Council resolution unless the
chain is headed by *General Assembly* or *Economic and Social Council*; an item with a Roman
session (``1514 (XV)``, ``217 A (III)``, ``1474 (ES-IV)``) or written ``41/128``, ``S-14/1``,
``ES-7/2`` is a General Assembly resolution (never a Council one). A ``n (yyyy)`` outside any
chain is still taken as a Council resolution.

>>> from graph.model import Paragraph, Span
>>> from graph.registry import parse_registry
>>> reg = parse_registry('')
>>> text = ('Recalling its resolutions 446 (1979), 465\\n(1980) and General Assembly '
...         'resolution 1514 (XV),')
>>> found = find_en(Paragraph('PP', 1, Span(10, 10 + len(text)), text, text), reg)
>>> [(type(r).__name__, getattr(r, 'number', None) or r.symbol) for r in found.references]
[('ResolutionRef', 446), ('ResolutionRef', 465), ('GAResolutionRef', 'A/RES/1514 (XV)')]
>>> found.references[1].span
Span(start=48, end=58)
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from graph.iri import entity_iri
from graph.model import (
    AnaphoraRef,
    ArticleRef,
    Clause,
    DateResolutionRef,
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
from graph.segment.en import _MONTH, MONTHS, parse_date_en
from graph.symbols import ga_resolution

__all__ = ["find_en", "find_resolutions_en", "find_symbols_en", "find_articles_en",
           "find_deadline_en", "find_titles_en"]

_OCR = str.maketrans({"I": "1", "l": "1", "!": "1", "O": "0", "o": "0"})
_N = r"(?<![\w/.-])(?P<num>[0-9Il!]?[0-9][0-9Il!O]{0,3})"
_ROMAN = r"(?P<roman>(?:E?S-)?[IVXL]{1,6})(?P<close>\)|D\b|\]|1\)|l\))"
_ITEM = re.compile(
    _N + r"(?:\s*(?P<letter>[A-D])(?=\s*\())?\s*(?:\.(?=\((?:19|20)\d))?\(\s*"
    r"(?:(?P<year>(?:19|20)[0-9Il]{2})\s*\)|"
    + _ROMAN + r")"
    r"|(?<![\w/.-])(?P<session>(?:E?S-)?\d{1,2})/(?P<gnum>\d{1,3})(?P<gletter>\s?[A-D]\b)?"
    # a resolution by its number alone ("paragraph 13 of resolution 2391"): right after the
    # keyword, or later in a chain when it has four digits ("resolutions 2699 and 2700")
    r"|(?<![\w/.-])(?P<bare>[1-9]\d{2,3})(?![\w/]|\.\d|\s*\(|\s*[A-D]\s*\()"
)
_KEYWORD = re.compile(r"\bres(?:o|-\s*o)l(?:u|-\s*u)(?:t|-\s*t)ions?\b", re.I)
#: a Council resolution written as its symbol, ``S/RES/1645 (2005)``, or without the year
_SC_SYMBOL = re.compile(
    r"(?<![\w/])S/RES/(?P<num>\d{1,4})(?:\s*\(\s*(?P<year>(?:19|20)\d{2})\s*\))?(?![\d(])")
#: an Assembly resolution written as its symbol: ``A/RES/60/288``, ``A/RES/1514 (XV)``
_GA_SYMBOL = re.compile(
    r"(?<![\w/])A/RES/(?:(?P<session>(?:E?S-)?\d{1,2})/(?P<num>\d{1,3})(?P<letter>[A-D])?"
    r"|(?P<old>\d{1,4})\s*(?P<oletter>[A-D])?\s*\(\s*(?P<roman>(?:E?S-)?[IVXL]+)\s*\))(?![\w/])")
_SEP = re.compile(r"(?:\s*(?:,|;|and\b|or\b|as\s+well\s+as\b|its\b))+\s*")
_DATE_TAIL = re.compile(
    r"\s*,?\s*of\s+(?:\d{1,2}(?:\s*(?:,|and)\s*\d{1,2})*\s+" + _MONTH + r"(?:\s+\d{4})?|"
    + _MONTH + r"\s+\d{1,2}"
    r"(?:,\s*\d{4})?|that\s+date|the\s+same\s+date)"
)
_FOOTNOTE_TAIL = re.compile(r"\s*,?\s*\d{1,3}(?=\s*(?:[,;.)]|and\b|or\b|$))")
_GA_HEAD = re.compile(r"(?:General\s+Assembly|Assembly)(?:'s)?\s*(?:,\s*)?(?:in\s+its\s+)?$")
_OTHER_HEAD = re.compile(
    r"(?:Economic\s+and\s+Social\s+Council|Commission|Conference|Organization|Committee|"
    r"Board|Council\s+of\s+\w+|(?P<hrc>Human\s+Rights\s+Council)|Trusteeship\s+Council)"
    r"(?:'s)?\s*(?:,\s*)?(?:in\s+its\s+)?$")
#: more numbers of the same addendum, corrigendum or revision: a range ("Add.1-3", "Add.1 to
#: 3") or a list ("Add.1 and 2", "Add.1, 2 and 3"); never a date ("Add.1 and 20 June")
_PART_MORE = (r"(?:\s*(?:-|–|to\b|and\b|,)\s*\d{1,2}(?![\d/]|\.\d|\s+" + _MONTH
              + r"|\s*\())*")
#: a Council document; a line break or a space may split it after "S/" or the year
#: ("S/\n25704", "S/1994/ 565"); a space may stand for the slash after a year of the
#: symbols with a year ("S/2013 493": S/2013/493, not the document S/2013 of 1951)
_SYMBOL = re.compile(
    r"(?<![\w/])[S$]/[ \t]?\n?[ \t]?(?P<body>PRST/\s?\d{4}/\d+|Agenda/\d+|\d{4}/\s?\d+|"
    r"(?:199[4-9]|20[0-4]\d)[ \t]+(?:\d{2,4}(?![\d/])|\d(?![\d/.,]))(?!\s+" + _MONTH + r")|"
    r"\d{2,5}(?!\d)|AC\.\d+/(?:\d{4}/)?(?:COMM\.)?\d+)"
    r"(?P<parts>(?:/(?:Add|Corr|Rev)\.\s?\d+" + _PART_MORE + r")*)"
)
#: symbols of the other organs and of the Secretariat: ``A/70/729``, ``A/HRC/32/30``,
#: ``A/60/L.1``, ``E/2018/54``, ``ST/SGB/2003/13``, ``PBC/7/OC/L.1``, ``FCCC/CP/2015/10/Add.1``
#: (Assembly resolutions, ``A/RES/…``, are found as such)
_OTHER_SYMBOL = re.compile(
    r"(?<![\w/])(?P<symbol>(?:A|E|ST|PBC|FCCC|SC)"
    r"(?:/(?:[A-Z]{1,4}\.\d+|(?:Add|Corr|Rev)\.\d+|(?:E?S-)?\d{1,4}|[A-Z]{1,6}))+"
    r"(?:/[ \t]*\n[ \t]*(?:Add|Corr|Rev)\.\d+)?)"  # "A/6000/" at a line's end, "Rev.1" below
    r"(?![\w/])")
#: a presidential statement by its number without "S/PRST/": "Presidential Statement
#: 2015/25", "PRST/2015/25"
_PRST = re.compile(r"(?:(?<![\w/])PRST/|\b[Pp]residential\s+[Ss]tatement\s+(?:No\.\s*)?)"
                   r"(?P<year>(?:19|20)\d{2})/(?P<n>\d{1,3})(?![\d/])")
_SYMBOL_MORE = re.compile(
    r"\s*(?:\d{1,3}\s+)?(?:,|and|&)\s*(?P<part>Add|Corr|Rev)\.\s?(?P<n>\d+)"
    r"(?P<more>" + _PART_MORE + r")")
_ARTICLE = re.compile(
    r"\b(?P<word>Articles?|articles?|Chapters?|chapters?)\s+"
    r"(?P<first>\d+|[IVX]{1,5}\b)(?P<rest>(?:\s*(?:,|and|or)\s*(?:\d+|[IVX]{1,5}\b))*)"
)
#: what follows an article or chapter: its paragraph, more articles ("Article 25 and Article
#: 26 of the Statute"), then the instrument ("of the Charter", "in the Revitalised Agreement")
_ARTICLE_TAIL = re.compile(
    r"(?:\s*\(\s*\w{1,4}\s*\))?"  # "Article 4 (17) of the Comprehensive Peace Agreement"
    r"\s*(?:,?\s*paragraphs?\s+\d+(?:\s*\([a-z0-9]\))?\s*,?)?"
    r"(?:\s*(?:,|and|or)\s*(?:Articles?|articles?|Chapters?|chapters?)\s+(?:\d+|[IVX]{1,5}\b))*"
    r"\s*(?P<of>(?:of|in)\s+(?:the\s+)?(?P<what>\w+))?")
_BODY = re.compile(
    r"\b(?P<head>Committee|Commission|Mission|Force|Group|Team|Panel|Tribunal|Operation|"
    r"Office|Mechanism|Representative|Observers?)\b[^;:.]{0,90}?\b(?:established|set\s+up|"
    r"created|constituted)\s+(?:by|under|in\s+pursuance\s+of|pursuant\s+to|in\s+accordance\s+"
    r"with|in)\s+(?:(?:the\s+)?(?:Security\s+)?Council(?:'s)?\s+|its\s+)?(?=resolutions?\b)"
)
#: "its resolution of 1 August 1947", "the Council's resolution of …": the reference starts at
#: ``ref``; ``who`` is the word before "Council", so that another organ's council (the
#: International Civil Aviation Organization Council resolution of 16 February 1989) is not
#: read as this Council
_DATE_RES = re.compile(
    r"(?:\b(?P<who>[A-Za-z]+)\s+)?\b(?P<ref>its|Council(?:'s)?)\s+resolutions?\s+of\s+"
    r"(?P<d>\d{1,2}\s+" + _MONTH + r"\s+\d{4})")
#: words before "Council" that name this Council (or none: "the Council's resolution")
_THIS_COUNCIL = {"security", "the", "this", "by", "in", "and", "of", "its", "whose", "that"}
_ANAPHORA = re.compile(
    r"\b(?:that|those|these|the\s+said|the\s+above-?\s*mentioned|the\s+aforementioned|"
    r"the\s+aforesaid)\s+resolutions?\b")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty-five": 45, "forty": 40, "sixty": 60, "ninety": 90, "a": 1,
}
_WITHIN = re.compile(
    r"\bwithin\s+(?:a\s+period\s+of\s+)?(?:the\s+next\s+)?(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?P<unit>days?|weeks?|months?)\b", re.I)
_BY_DATE = re.compile(
    r"\b(?:not\s+later\s+than|no\s+later\s+than|by|before)\s+(?P<d>\d{1,2}\s+" + _MONTH
    + r"\s+\d{4})")
#: "the positions held by them before 5 August 1965", "occupied by Israel before …": the date
#: places a past state (where forces stood), it is not a time limit for the act
_PAST_STATE = re.compile(r"\b(?:held|occupied)(?:\s+by\s+[\w'-]+(?:\s+[\w'-]+){0,3})?\s+$")
_LEADER = re.compile(r"^\s*['\"]?(?:[0-9IilO]{1,3}\s*[.,]\s*)?(?:\([a-z0-9]\)\s*)?")
_ADVERB = re.compile(r"(?:[A-Za-z]+ly|[Ff]urther|[Aa]lso|[Aa]gain|[Oo]nce\s+again)\s+")
#: the subject of a presidential statement's sentences, then adverbs, before the verb
_SUBJECT = re.compile(
    r"(?:^|(?<=[.;:])\s+)[\"']?\s*(?:The\s+(?:Security\s+)?Council|It)\s+"
    r"(?:(?:also|further|again|once\s+again|therefore|[a-z]+ly)\s+)*")
_LATER_VERB = re.compile(
    r"(?:(?:[;,:]\s*|\s)(?:and\s+|further\s+|also\s+)+|[;,]\s+)"
    r"(?:(?:in\s+this\s+(?:regard|context|respect|connection)|to\s+this\s+end|accordingly|"
    r"therefore|in\s+particular|at\s+the\s+same\s+time)\s*,?\s+)?(?=[a-z])")
#: a place named in the name of a United Nations mission or office ("United Nations
#: Multidimensional Integrated Stabilization Mission in Mali"): the mission, not the place
_MISSION_BEFORE = re.compile(
    r"\b(?:Mission|Force|Operation|Office|Observer\s+Group|Authority)\s+(?:in|for)\s+(?:the\s+)?"
    r"(?:Republic\s+of\s+)?$")
#: what may stand between a verb and its addressee: articles and quantifiers, "that"
#: ("Decides that all Member States shall"), a government ("calls upon the Government of
#: Guinea-Bissau": the State), a phrase between commas ("Requests, in the light of paragraph
#: 4, the Secretary-General")
_ADDRESSEE_GAP = re.compile(
    r"\s*(?:,[^,;:]{1,80},\s*)?(?:(?:upon|on|the|all|both|its|to|of|that|relevant|concerned|"
    r"(?:Transitional|Federal|National|transitional|federal|national)|Governments?|"
    r"authorities)\s+)*")


#: a word of a title: capitalised, or a year ("the 1951 Convention")
_CAP = r"(?:(?!The\b)[A-Z][\w'’-]*|\d{4})"
_HEAD = re.compile(
    r"(?<![\w-])(?:Plans?\s+of\s+Action|Platforms?\s+for\s+Action|Programmes?\s+of\s+Action|"
    r"Road\s*[Mm]aps?|Final\s+Acts?|Conventions?|Treat(?:y|ies)|Covenants?|"
    r"Protocols?|Agreements?|Accords?|Memorand(?:um|a)\s+of\s+Understanding|"
    r"Declarations?|Charters?|Pacts?)(?![\w-])")
#: the capitalised words before a head word, joined by "of" or "and" ("Global and
#: All-Inclusive Agreement")
_TITLE_LEFT = re.compile(r"(?:(?<![\w'’-])" + _CAP + r"\s+(?:(?:of|and)\s+(?=[A-Z]))?){1,6}$")
#: a date inside a title, before what the title goes on with ("the Moscow Agreement of 14
#: May 1994 on a Ceasefire and Separation of Forces")
_TITLE_DATE = re.compile(r"\s+of\s+\d{1,2}\s+" + _MONTH + r"\s+\d{4}(?=\s+(?:on|concerning)\s+"
                         r"(?:(?:a|an|the)\s+)?[A-Z])")
#: what continues a title after its head: small words then capitalised ones ("on the
#: Prohibition of …"), never "and the" (a second title); a comma only inside an
#: enumeration that ends with "and" ("the Development, Production, Stockpiling and Use of")
_TITLE_RIGHT = re.compile(
    r"(?:\s+(?:of|on|for|to|against|between|concerning|relating\s+to|in|the|"
    r"with(?=\s+[A-Z])|a(?=\s+[A-Z])|at(?=\s+[A-Z])|by(?=\s+[A-Z])|"
    r"and(?!\s+(?:the|of|General\s+Assembly|Security\s+Council|Economic\s+and)\b)))+\s+"
    + _CAP + r"(?:\s+" + _CAP + r")*")
#: the second party of an agreement "between the Republic of Croatia and the …"
_SECOND_PARTY = re.compile(r"\s+and\s+(?:the\s+)?" + _CAP + r"(?:\s+" + _CAP
                           + r")*(?:\s+of\s+(?:the\s+)?" + _CAP + r"(?:\s+" + _CAP + r")*)*")
#: a title's first word that makes it a body's name ("Government of National Accord")
_BODY_FIRST = re.compile(r"(?:Government|Council|Commission|Committee|Ministry|Office|Party|"
                         r"Parliament|Assembly)\b")
_TITLE_COMMA = re.compile(
    r"(?:,\s+(?!The\b)" + _CAP + r"(?:\s+" + _CAP + r"){0,2})+,?\s+and\s+" + _CAP
    + r"(?:\s+" + _CAP + r")*")


def find_titles_en(text: str, offset: int = 0) -> list[TitleRef]:
    """Return the capitalised titles of instruments: conventions, protocols, treaties,
    agreements, declarations, plans of action, roadmaps, final acts, charters. A head word
    alone ("the Agreement", "the Charter") is not a title: another capitalised word must
    name it. The first word of a sentence is not taken into a title ("Welcoming Kampala
    Agreement" would be a verb).

    >>> [t.title for t in find_titles_en('Welcoming the Stockholm Agreement and the Quartet '
    ...     'Roadmap, and the Convention on the Prohibition of the Development, Production, '
    ...     'Stockpiling and Use of Chemical Weapons and on Their Destruction, and the Agreement')]
    ... # doctest: +NORMALIZE_WHITESPACE
    ['Stockholm Agreement', 'Quartet Roadmap', 'Convention on the Prohibition of the
     Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction']
    """
    out: list[TitleRef] = []
    end_done = 0
    for h in _HEAD.finditer(text):
        if h.start() < end_done:
            continue
        start = h.start()
        left = _TITLE_LEFT.search(text, max(0, start - 120), start)
        if left:
            words = list(re.finditer(_CAP, text[left.start():start]))
            owners = [i for i, w in enumerate(words)
                      if re.match(r"[\w-]+['’]s\b", text[left.start() + w.start():])]
            if owners and (owners[-1] + 1 < len(words) or len(h.group().split()) > 1):
                # "Somalia's National Strategy", "the Secretary-General's Plan of Action to
                # …": the title follows its owner (but "Somali Women's Charter" is a title
                # whole)
                words = words[owners[-1] + 1:]
            joined = [i for i, w in enumerate(words)
                      if re.match(r"\s+and\s", text[left.start() + w.end():])]
            if joined and h.group().endswith("s") and joined[-1] + 1 < len(words):
                # "the Linggadjati and Renville Agreements": two titles, the last one here
                words = words[joined[-1] + 1:]
            for w in words:
                at = left.start() + w.start()
                before = text[:at].rstrip()
                if before and not re.search(r"[.;:]$|^\W*\d{1,3}\s*[.]$", before) and not (
                        _LEADER.fullmatch(text[:at])):
                    start = at
                    break
        end = h.end()
        extended = False
        while True:
            m = _TITLE_RIGHT.match(text, end)
            if m is not None and start < h.start() and re.match(r"\s+between\b", m.group()):
                break  # "the Comprehensive Peace Agreement between the Government of …": named
            if m is not None and end == h.end() and re.match(r"\s+the\s", m.group()):
                break  # "the Peace Agreement the High Representative …": no title goes on so
            if m is None and extended:
                m = _TITLE_COMMA.match(text, end)
            if m is None:
                dated = _TITLE_DATE.match(text, end)
                m = _TITLE_RIGHT.match(text, dated.end()) if dated else None
            if m is None:
                break
            end, extended = m.end(), True
        if re.search(r"\sbetween\s", text[h.start():end]):
            second = _SECOND_PARTY.match(text, end)
            if second:  # "Agreement … between the Republic of Croatia and the Federal …"
                end = second.end()
        day = re.search(r"(?<![\w,])\d{1,2}\s+$", text[max(0, start - 4):start])
        if day and re.match(_MONTH, text[start:]):  # "the 20 June 2011 Agreement": its day too
            start -= len(day.group())
        if _BODY_FIRST.match(text, start):
            continue  # "the Government of National Accord": a body, not an instrument
        year = re.search(r"\s+of\s+\d{4}$", text[start:end])
        if year:  # "the Armistice Agreement of 1949": the year dates the title, is not in it
            end = start + year.start()
        caps = [w for w in re.findall(_CAP, text[start:end])]
        head_words = len(re.findall(_CAP, h.group(0)))
        if len(caps) - head_words < 1:
            continue
        end_done = end
        out.append(TitleRef(Span(offset + start, offset + end), text[start:end],
                            title=" ".join(text[start:end].split())))
    return out


#: capitalised words: a title or name after "the parties to the …"
_CAPS = r"[A-Z][\w'’-]*(?:\s+(?:of\s+|on\s+|the\s+)*[A-Z][\w'’-]*)*"
#: where a group is: "in Somalia", "in the Republic of Bosnia and Herzegovina", "in the former
#: Yugoslavia", "in the Great Lakes region", "in the region", "in the country"
_PLACE = (r"(?:the\s+)?(?:former\s+)?[A-Z][\w'’-]*"
          r"(?:\s+(?:(?:and|of)\s+(?:the\s+)?)?[A-Z][\w'’-]*)*(?:\s+(?:sub)?region\b)?|the\s+(?:sub)?region\b|the\s+country\b")
#: what follows a registry group and makes it another group: "all parties in Somalia", "all
#: States in the region", "all parties to the conflict in Ituri"
_GROUP_TAIL = re.compile(r"\s+(?:concerned\s+|involved\s+)?(?:to\s+the\s+conflict\s+)?in\s+(?:"
                         + _PLACE + r")")
#: what narrows a group down to some of its members, up to the infinitive or the modal of the
#: clause: "Member States acting nationally or through regional organizations (to act)",
#: "the Member States participating in the Multinational Interim Force (to take)", "Member
#: States contributing to regional forces (to cooperate)", "Member States of the African Union"
_ACTING = re.compile(
    r"\s+(?:(?:participating|acting|contributing\s+to|operating|cooperating|engaged|involved|"
    r"deploying|utilizing|using|working|neighbouring|neighboring|bordering|that|which|who|"
    r"whose)\b[^,;:()]{0,160}?|(?:able|in\s+a\s+position)\s+to\s+do\s+so|"
    r"of\s+the\s+[A-Z][\w'’-]*(?:\s+(?:of\s+|on\s+|the\s+|for\s+)*[A-Z][\w'’-]*)*)"
    r"(?=\s+to\s+(?!(?:the|a|an|all|any|its|their|such|this|that|these|those|regional|"
    r"international|national|paragraphs?|resolutions?)\b)[a-z]|\s+(?:shall|should|will|must|"
    r"may)\b|\s*[,;:.])")
#: what an authorization deploys or establishes: its addressee ("Authorizes the immediate
#: deployment of a Multinational Interim Force", "the deployment until 1 September 2003 of an
#: Interim Emergency Multinational Force in Bunia")
_DEPLOYMENT = re.compile(r"\s+(?:the\s+)?(?:immediate\s+|continued\s+)?(?:deployment|"
                         r"establishment)\s+(?:[^;:,]{0,60}?\s+)?of\s+(?:a|an|the)\s+(?=[A-Z])")
#: an addressee named by a pronoun: whom it stands for is found by :func:`_antecedents`
_PRONOUN = re.compile(r"(?:him|them)\b(?=\s+to\s+[a-z]|\s+in\b|\s*[,;.])")
#: a word after a registry group that makes it a group of its own ("all States concerned")
_CONCERNED = re.compile(r"\s+(?:concerned|involved)\b")
#: the last word of a group that :data:`_ACTING` may narrow down
_NARROWED = re.compile(r"(?:States|parties|countries|organi[sz]ations)$")
#: a group addressed by a common noun: "all parties", "every State", "regional
#: organizations", "the Malian parties", "the international community"
_GROUP = re.compile(
    r"(?:(?:all|every|each|the|both|other|two)\s+){0,3}(?:(?!(?:of|to|that|and|or|the|its|including|"
    r"such|as|in|for|by|with|from|on|between|among)\b)(?![\w-]+['’]s\b)"
    r"[\w'’-]+\s+){0,3}?(?:Member\s+States|States?|parties|Parties|sides|donors|"
    r"organizations|partners|stakeholders|actors|agencies|entities|community|countries|"
    r"Governments|authorities|forces|groups|side|leaders|observers|personnel|others|"
    r"individuals|programmes|"
    r"people(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*)*)?|civil\s+society)"
    r"(?:(?:,\s+funds)?\s+and\s+programmes)?"  # "organizations and programmes", "agencies, funds …"
    r"(?![\w-])"
    r"(?:\s+(?:concerned|involved)\b)?(?:\s+to\s+the\s+(?:conflict\b|" + _CAPS + r"))?"
    r"(?:\s+in\s+(?:" + _PLACE + r"))?")
#: a body addressed by a capitalised name the registry lacks: "the Panel of Experts", "the
#: Committee", "the Transitional Federal Government"
_WORD = r"(?:[A-Z]|d['’][A-Z])[\w'’.-]*"  # "Côte d'Ivoire": d' before a capital
_NAMED = re.compile(
    r"(?:the\s+)?(?P<name>" + _WORD + r"(?:\s+" + _WORD + r")*(?:\s+(?:of|for|on|in)\s+(?:the\s+)?"
    + _WORD + r"(?:\s+" + _WORD + r")*(?:\s+and\s+" + _WORD + r"(?:\s+" + _WORD + r")*)*)*)")
_NOT_ADDRESSEE = re.compile(r"(?:Chapter|Article|Charter|January|February|March|April|May|June|"
                            r"July|August|September|October|November|December)\b")
_ADDRESSEE_LEAD = re.compile(
    r"\s*(?:(?:also|further|again|once\s+again|strongly|urgently|therefore|thus|[a-z]+ly)\s+)*"
    r"(?:,[^,;:]{1,80},\s*)?(?:(?:upon|on|that|his|her|to(?=\s+(?:all|the|every|each|both|"
    r"Member|States)\b))\s+)*")
#: what joins two addressees: a comma, "and", "as well as", "or", and those named in
#: particular ("calls on both sides, and in particular the Georgian side", "all States,
#: including Rwanda")
_ADDRESSEE_NEXT = re.compile(r"\s*(?:(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and\s+|as\s+well\s+as\s+"
                             r"|or\s+)(?:(?:in\s+particular|particularly|especially|notably|"
                             r"including)\s*,?\s*)?|(?:in\s+particular|particularly|especially|"
                             r"notably|including)\s*,?\s*)")


#: a plural noun after a name that makes it a group's qualifier
_QUALIFIED = re.compile(r"\s+(?:(?!(?:and|or|as|the|of|to|in|for|with)\b)[a-z][\w-]*\s+){0,2}"
                        r"(?:observers|personnel|staff|peacekeepers|"
                        r"troops|officials|agencies|entities|member\s+States|actors|"
                        r"stakeholders|leaders|parties|groups|people|women|communities|"
                        r"political\s+forces|"
                        r"civil\s+society)(?![\w-])")


#: a person named after an addressee, between commas: who the addressee is, not another one
_APPOSITIVE = re.compile(r"(?:President|Prime\s+Minister|Mr\.|Ms\.|Mrs\.|Dr\.|General|"
                         r"Ambassador|Judge)\s+[A-Z][^,;:]{1,60}(?=,)")


def _addressees(text: str, pos: int, end: int, base: int,
                entities: list[EntityRef]) -> list[EntityRef]:
    """The addressees right after a verb ending at *pos* (before *end*): registry entities,
    else groups and capitalised names as unresolved :class:`EntityRef` (``entity=None``, for
    graph.resolve to find or mint), joined by commas, "and", "as well as".

    >>> from graph.model import Span
    >>> t = 'Calls upon all parties, Member States and the Panel of Experts to act'
    >>> [a.surface for a in _addressees(t, 10, len(t), 0, [])]
    ['all parties', 'Member States', 'Panel of Experts']
    """
    out: list[EntityRef] = []
    while pos < end:
        lead = _ADDRESSEE_LEAD.match(text, pos)
        at = lead.end() if lead else pos
        found: EntityRef | None = None
        for ent in entities:
            s = ent.span.start - base
            if at <= s < end and _ADDRESSEE_GAP.fullmatch(text[pos:s]):
                found = ent
                break
        if found is not None and (_QUALIFIED.match(text, found.span.end - base) or re.match(
                r"['’]s?\s+[A-Z]", text[found.span.end - base:]) or (
                (_GROUP_TAIL.match(text, found.span.end - base)
                 or _CONCERNED.match(text, found.span.end - base))
                and _GROUP.match(text, at)) or re.match(
                r"\s+(?!(?:and|or|as|of|in|to|for)\b)[A-Z]", text[found.span.end - base:])):
            # "the United Nations observers": the observers, not the UN; "the Sudan People's
            # Liberation Movement": a longer name, not the State; "the Secretary-General's
            # Special Envoy": the envoy (but "MINUSCA's leadership": the mission)
            found = None
        if found is not None and _NARROWED.search(found.surface):
            acting = _ACTING.match(text, found.span.end - base)
            if acting and acting.end() <= end:  # some of the group: a group of its own
                start = found.span.start - base
                found = EntityRef(Span(found.span.start, base + acting.end()),
                                  text[start:acting.end()])
        pronoun = _PRONOUN.match(text, at) if found is None or found.span.start - base > at \
            else None
        if pronoun is not None:  # "calls on him", "encourages them": graph.find.en._clauses
            found = EntityRef(Span(base + at, base + pronoun.end()), pronoun.group())
        if found is None:
            m = _GROUP.match(text, at)
            if m is None:
                m = _NAMED.match(text, at)
                if m and (not m.group("name") or _NOT_ADDRESSEE.match(m.group("name"))
                          or re.search(r"['’]s$", m.group("name"))):
                    m = None  # "MINUSCA's leadership": not MINUSCA
            if m is None or m.end() > end:
                break
            name_start = m.start("name") if "name" in m.groupdict() else m.start()
            if text[name_start:].startswith("the "):
                name_start += 4
            name_end = m.end()
            acting = _ACTING.match(text, name_end) if _NARROWED.search(m.group()) else None
            if acting and acting.end() <= end:  # "States utilizing the authority of …"
                name_end = acting.end()
            found = EntityRef(Span(base + name_start, base + name_end),
                              text[name_start:name_end])
            stop = name_end
        elif pronoun is not None:
            stop = pronoun.end()
        else:
            stop = found.span.end - base
        out.append(found)
        more = _ADDRESSEE_NEXT.match(text, stop)
        if more is not None and more.group().strip() == ",":
            person = _APPOSITIVE.match(text, more.end())
            if person:  # "the Facilitator, President Blaise Compaoré, to continue": one
                more = _ADDRESSEE_NEXT.match(text, person.end())
        if more is None:
            break
        pos = more.end()
    return out


def _ocr_int(token: str) -> int:
    return int(token.translate(_OCR))


def _resolution_items(text: str, offset: int) -> list[tuple[Reference, int, int]]:
    """Return (reference, start, end) for items of every resolution chain in *text*."""
    out: list[tuple[Reference, int, int]] = []
    taken: set[int] = set()
    seen: set[int] = set()  # items of chains, whatever they were found to be
    for kw in _KEYWORD.finditer(text):
        before = text[max(0, kw.start() - 60):kw.start()]
        ga = bool(_GA_HEAD.search(before))
        head = _OTHER_HEAD.search(before)
        other = bool(head) and not ga
        hrc = other and bool(head and head.group("hrc"))
        pos = kw.end()
        first = True
        while True:
            sep = _SEP.match(text, pos) if not first else re.compile(r"\s*").match(text, pos)
            m = _ITEM.match(text, sep.end()) if sep else None
            if m is None or (m.group("bare") and not first and len(m.group("bare")) < 4):
                break  # a number alone later in a chain: a footnote mark, unless of 4 digits
            first = False
            ref = _item_ref(m, offset, ga, other, hrc)
            seen.add(m.start())
            if ref is not None and m.start() not in taken:
                taken.add(m.start())
                out.append((ref, m.start(), m.end()))
            pos = m.end()
            tail = _DATE_TAIL.match(text, pos)
            if tail:
                pos = tail.end()
            foot = _FOOTNOTE_TAIL.match(text, pos)
            sep2 = _SEP.match(text, pos)
            if foot and not (sep2 and _ITEM.match(text, sep2.end())):
                pos = foot.end()
    # symbols: S/RES/1645 (2005), A/RES/60/180
    for m in _SC_SYMBOL.finditer(text):
        span = Span(offset + m.start(), offset + m.end())
        year = int(m.group("year")) if m.group("year") else 0
        out.append((ResolutionRef(span, m.group(0), number=int(m.group("num")), year=year),
                    m.start(), m.end()))
    for m in _GA_SYMBOL.finditer(text):
        if m.group("roman"):
            symbol = ga_resolution(m.group("roman"), m.group("old"), m.group("oletter") or "")
        else:
            symbol = ga_resolution(m.group("session"), m.group("num"), m.group("letter") or "")
        out.append((GAResolutionRef(Span(offset + m.start(), offset + m.end()), m.group(0),
                                    symbol=symbol), m.start(), m.end()))
    # orphans: "n (yyyy)" outside any chain ("and 338 (1973)" after a pinpoint, line breaks)
    for m in _ITEM.finditer(text):
        if m.start() in seen or not m.group("year"):
            continue
        before = text[max(0, m.start() - 25):m.start()]
        if re.search(r"(?:Article|paragraph|para\.|No\.|vol\.|Supplement|page|p\.)\s*$", before,
                     re.I):
            continue
        ref = _item_ref(m, offset, False, False)
        if ref is not None:
            taken.add(m.start())
            out.append((ref, m.start(), m.end()))
    return out


def _item_ref(m: re.Match[str], offset: int, ga: bool, other: bool,
              hrc: bool = False) -> Reference | None:
    span = Span(offset + m.start(), offset + m.end())
    surface = m.group(0)
    if m.group("bare"):  # the year is the one the text gives elsewhere (see resolve)
        if ga or other:
            return None
        return ResolutionRef(span, surface, number=int(m.group("bare")), year=0)
    if m.group("session"):
        if hrc:  # "the Human Rights Council in its resolution 45/34"
            return SymbolRef(span, surface, symbol=f"A/HRC/RES/{m.group('session')}/"
                                                   f"{m.group('gnum')}")
        if other:
            return None
        letter = (m.group("gletter") or "").strip()
        return GAResolutionRef(span, surface, symbol=ga_resolution(
            m.group("session"), m.group("gnum"), letter))
    number = _ocr_int(m.group("num"))
    if m.group("year"):
        if ga or other:
            return None
        year = _ocr_int(m.group("year"))
        if number < 1:
            return None
        return ResolutionRef(span, surface, number=number, year=year)
    if other:
        return None
    roman = m.group("roman")
    if m.group("close") == "D":  # OCR "(XVID" for "(XVII)"
        roman += "I"
    letter = m.group("letter") or ""
    if re.fullmatch(r"[IVXL]+", roman):
        symbol = ga_resolution(roman, str(number), letter)
    else:  # special/emergency session with a Roman number: A/RES/1474 (ES-IV)
        symbol = f"A/RES/{number}{' ' + letter if letter else ''} ({roman})"
    return GAResolutionRef(span, surface, symbol=symbol)


def find_resolutions_en(text: str, offset: int = 0) -> list[Reference]:
    """Return the Council and Assembly resolutions cited in *text*, in text order.

    >>> [r.symbol for r in find_resolutions_en('resolutions 41/128, ES-7/2 and 217 A (III)')]
    ['A/RES/41/128', 'A/RES/ES-7/2', 'A/RES/217 A (III)']
    >>> [(r.number, r.year) for r in find_resolutions_en('resolution !86 (1964)')]
    [(186, 1964)]
    """
    items = sorted(_resolution_items(text, offset), key=lambda t: t[1])
    out: list[Reference] = []
    for ref, start, _end in items:
        if isinstance(ref, ResolutionRef):
            before = text[max(0, start - 60):start]
            pin = re.search(r"(paragraphs?\s+[\w ,()-]+?|article\s+\d+)\s+of\s+"
                            r"(?:(?:Security\s+)?Council\s+|its\s+)?resolution\s*$", before, re.I)
            if pin:
                ref = ResolutionRef(ref.span, ref.surface, number=ref.number, year=ref.year,
                                    pinpoint=re.sub(r"\s+", " ", pin.group(1)))
        out.append(ref)
    return out


def _expand_numbers(first: int, more: str) -> list[int]:
    """The numbers of "1-3", "1 to 3", "1 and 2", "1, 2 and 3" (*more*: what follows the first).

    >>> _expand_numbers(1, '-3'), _expand_numbers(1, ', 2 and 4'), _expand_numbers(2, ' and 1')
    ([1, 2, 3], [1, 2, 4], [2])
    """
    numbers = [first]
    for sep, n in re.findall(r"(-|–|to|and|,)\s*(\d+)", more):
        n = int(n)
        if n <= numbers[-1] or n - numbers[-1] > 30:
            break
        numbers.extend(range(numbers[-1] + 1, n + 1) if sep in ("-", "–", "to") else [n])
    return numbers


def _expand_parts(parts: str) -> list[str]:
    """The suffixes a symbol's parts stand for: "/Add.1-3" -> "/Add.1", "/Add.2", "/Add.3";
    a range applies to the last part ("/Rev.1/Add.1 and 2").

    >>> _expand_parts('/Rev.1/Add.1 and 2')
    ['/Rev.1/Add.1', '/Rev.1/Add.2']
    >>> _expand_parts('')
    ['']
    """
    m = re.search(r"/(?P<part>Add|Corr|Rev)\.(?P<n>\d+)(?P<more>[^/]*)$", parts)
    if m is None:
        return [parts]
    head = parts[:m.start()]
    return [f"{head}/{m.group('part')}.{n}"
            for n in _expand_numbers(int(m.group("n")), m.group("more"))]


def find_symbols_en(text: str, offset: int = 0) -> list[SymbolRef]:
    """Return document symbols (``S/25704 and Add.1``) with their kind.

    >>> [(r.symbol, r.kind) for r in find_symbols_en('report of the Secretary-General (S/25704 '
    ...     'and Add.1)')]
    [('S/25704', 'report'), ('S/25704/Add.1', 'report')]
    """
    out: list[SymbolRef] = []
    for m in _OTHER_SYMBOL.finditer(text):
        symbol = re.sub(r"/\s+", "/", m.group("symbol"))
        if symbol.startswith("A/RES/") or not re.search(r"\d", symbol):
            continue
        before = text[max(0, m.start() - 80):m.start()]
        kind = "report" if re.search(r"\breports?\b", before) else ""
        out.append(SymbolRef(Span(offset + m.start(), offset + m.end()), m.group(0),
                             symbol=symbol, kind=kind))
        pos = m.end()
        while more := _SYMBOL_MORE.match(text, pos):  # "A/5497 and Add.1"
            for n in _expand_numbers(int(more.group("n")), more.group("more")):
                out.append(SymbolRef(Span(offset + more.start("part"), offset + more.end()),
                                     text[more.start("part"):more.end()],
                                     symbol=f"{symbol}/{more.group('part')}.{n}", kind=kind))
            pos = more.end()
    for m in _PRST.finditer(text):
        symbol = f"S/PRST/{m.group('year')}/{m.group('n')}"
        out.append(SymbolRef(Span(offset + m.start(), offset + m.end()), m.group(0),
                             symbol=symbol, kind="prst"))
    for m in _SYMBOL.finditer(text):
        body = re.sub(r"/\s+|(?<=^\d{4})[ \t]+(?=\d)", "/", m.group("body"))
        base = "S/" + body
        symbols = [base + p for p in _expand_parts(re.sub(r"\.\s+", ".", m.group("parts")))]
        window = text[max(0, m.start() - 200):m.start()]
        kind, author = "", None
        if body.startswith("PRST/"):
            kind = "prst"
        elif re.search(r"(?:report\s+(?:\d+\s+)?(?:of|by|submitted\s+by)\s+the\s+Secretary-"
                       r"General|Secretary-General's\s+(?:\w+\s+)?reports?)", window[-160:]):
            kind, author = "report", entity_iri("secretary-general")
        elif re.search(r"\bletters?\b", window[-120:]):
            kind = "letter"
        elif re.search(r"\breports?\b", window[-80:]):
            kind = "report"
        span = Span(offset + m.start(), offset + m.end())
        for symbol in symbols:
            out.append(SymbolRef(span, m.group(0), symbol=symbol, kind=kind, author=author))
        pos = m.end()
        while more := _SYMBOL_MORE.match(text, pos):
            for n in _expand_numbers(int(more.group("n")), more.group("more")):
                out.append(SymbolRef(Span(offset + more.start("part"), offset + more.end()),
                                     text[more.start("part"):more.end()],
                                     symbol=f"{base}/{more.group('part')}.{n}", kind=kind,
                                     author=author))
            pos = more.end()
    return out


def find_articles_en(text: str, offset: int = 0) -> list[ArticleRef]:
    """Return articles and chapters, with the Charter as instrument when it is meant.

    Capitalised *Article*/*Chapter* not followed by ``of the <other instrument>`` is the
    Charter's (the Council's house style); ``chapter VI of its report`` is not.

    >>> found = find_articles_en('Articles 41 and 42 of the Charter; article 13 of the statute; '
    ...                          'chapter VI of its report')
    >>> [(a.part, a.number, a.instrument is not None)
    ...  for a in found]  # doctest: +NORMALIZE_WHITESPACE
    [('article', '41', True), ('article', '42', True), ('article', '13', False),
     ('chapter', 'VI', False)]
    """
    out: list[ArticleRef] = []
    charter = entity_iri("un-charter")
    for m in _ARTICLE.finditer(text):
        word = m.group("word")
        part = "chapter" if word.lower().startswith("chapter") else "article"
        numbers = [m.group("first"), *re.findall(r"\d+|[IVX]{1,5}\b", m.group("rest"))]
        if part == "article" and not numbers[0].isdigit():
            continue
        tail = _ARTICLE_TAIL.match(text, m.end())
        what = (tail.group("what") or "") if tail else ""
        if what:
            is_charter = what.lower() in ("charter", "united") or (
                what.lower() == "said" and "Charter" in text[m.end():m.end() + 40])
        else:
            is_charter = word[0].isupper()
        for n in numbers:
            out.append(ArticleRef(Span(offset + m.start(), offset + m.end()), m.group(0),
                                  part=part, number=n, instrument=charter if is_charter else None))
    return out


def find_deadline_en(text: str, offset: int = 0) -> Deadline | None:
    """Return the first time limit in *text*.

    >>> find_deadline_en('to report within three months').months
    3
    >>> find_deadline_en('not later than 15 June 1993').on
    datetime.date(1993, 6, 15)

    ``before <date>`` after *held* or *occupied* (``the positions held by them before 5 August
    1965``) dates a past state, not a time limit. A date on or before the adoption date is not a
    deadline either, but the adoption date is not known here: that check belongs where the
    deadline is attached to the resolution.

    >>> find_deadline_en('withdraw to the positions occupied by Israel before 15 September 1982')
    """
    best: Deadline | None = None
    m = _WITHIN.search(text)
    if m:
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)
        if n:
            unit = m.group("unit").lower()
            months = n if unit.startswith("month") else 0
            days = n * 7 if unit.startswith("week") else n if unit.startswith("day") else 0
            best = Deadline(m.group(0), Span(offset + m.start(), offset + m.end()),
                            months=months, days=days)
    for d in _BY_DATE.finditer(text):
        if best is not None and d.start() >= best.span.start - offset:
            break
        if d.group(0).startswith("before") and _PAST_STATE.search(text, 0, d.start()):
            continue  # "positions held by them before 5 August 1965": not a time limit
        on: date | None = parse_date_en(d.group("d"))
        if on is not None:
            best = Deadline(d.group(0), Span(offset + d.start(), offset + d.end()), on=on)
            break
    return best


#: the mark of a lettered sub-paragraph and its "To" before a verb: "; (b) To request"
_SUB_VERB = re.compile(r"(?:^|(?<=[:;,.])|(?<=\s))\s*(?:and\s+)?\(\s*[a-z]{1,4}\s*\)\s*"
                       r"(?P<to>[Tt]o\s+)?(?=[A-Za-z])")
#: a verb with an adverb inside it: "calls again on", "calls once again upon"
_SPLIT_VERB = re.compile(r"(?i)(calls?|calling)\s+(?:again|also|further|once\s+again|now|"
                         r"once\s+more|strongly|urgently|in\s+particular|particularly|"
                         r"especially)\s+(upon|on)\b")


def _match_verb(registry: Registry, text: str, pos: int) -> tuple[int, object] | None:
    """The registry's verb at *pos*, also when an adverb stands inside it ("calls again on")."""
    hit = registry.match_verb(text, pos, "en")
    if hit is None:
        m = _SPLIT_VERB.match(text, pos)
        inner = registry.match_verb(f"{m.group(1)} {m.group(2)}", 0, "en") if m else None
        if inner is not None:
            return m.end(), inner[1]
    return hit


def _antecedents(addressees: list[EntityRef], before: str, clauses: list[Clause],
                 entities: list[EntityRef]) -> list[EntityRef]:
    """The addressees with each pronoun replaced by whom it stands for, at the pronoun's span:
    "him" the Secretary-General when the paragraph named him before; "them" the addressees of
    the paragraph's last clause that had any. A pronoun without either is dropped."""
    out: list[EntityRef] = []
    for a in addressees:
        if a.entity is not None or a.surface not in ("him", "them"):
            out.append(a)
        elif a.surface == "him":
            sg = entity_iri("secretary-general")
            if re.search(r"Secretary[-\s]*General", before):
                out.append(replace(a, surface="Secretary-General", entity=sg))
        else:
            last = next((c.addressees for c in reversed(clauses) if c.addressees), [])
            out.extend(replace(b, span=a.span) for b in last)
    return out


def _clauses(paragraph: Paragraph, registry: Registry, entities: list[EntityRef]) -> list[Clause]:
    text = paragraph.match
    base = paragraph.span.start
    starts: list[tuple[int, int, object]] = []  # (verb start, verb end, verb)
    lead = _LEADER.match(text)
    pos = lead.end() if lead else 0
    hit = _match_verb(registry, text, pos)
    if hit is None:
        adv = _ADVERB.match(text, pos)
        while adv and hit is None:
            hit = _match_verb(registry, text, adv.end())
            if hit is None:
                adv = _ADVERB.match(text, adv.end())
            else:
                pos = adv.end()
    if paragraph.kind == "P":  # a statement: "The Security Council recalls …. It also notes"
        for m in _SUBJECT.finditer(text):
            hit = registry.match_verb(text, m.end(), "en")
            if hit is not None:
                if m.start() == 0 or not starts:
                    pos = m.end()
                starts.append((m.end(), hit[0], hit[1]))
        starts = starts or [(pos, pos, None)]
    else:
        starts.append((pos, hit[0] if hit else pos, hit[1] if hit else None))
    if paragraph.kind in ("OP", "P"):
        for m in _LATER_VERB.finditer(text):
            at = m.end()
            hit = _match_verb(registry, text, at)
            adv = _ADVERB.match(text, at) if hit is None else None
            while adv is not None and hit is None:  # "…, strongly urges all parties"
                at = adv.end()
                hit = _match_verb(registry, text, at)
                adv = _ADVERB.match(text, at)
            # a verb in the third person: "stresses", "calls on" (its first word in -s)
            if hit is not None and text[at:hit[0]].split()[0].endswith("s"):
                starts.append((m.end(), hit[0], hit[1]))
        decides = bool(starts[0][2]) and str(starts[0][2]).endswith("/decides")
        for m in _SUB_VERB.finditer(text):
            # a lettered sub-paragraph: "Decides: (a) To call upon …; (c) To request …"
            hit = _match_verb(registry, text, m.end())
            # the base form after "to" ("(a) To call upon"), or in the items of "Decides …
            # to: (a) encourage …; (b) request …", else the third person ("(a) Calls upon")
            base_form = m.group("to") or (decides and re.search(r"\bto\s*:", text[:m.start()]))
            if hit is not None and (base_form or text[m.end():hit[0]].split()[0]
                                    .endswith("s")) and all(s[0] != m.end() for s in starts):
                starts.append((m.end(), hit[0], hit[1]))
    starts.sort(key=lambda t: t[0])
    clauses: list[Clause] = []
    for i, (vs, ve, verb) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        addressees = _addressees(text, ve, end, base, entities) if verb is not None else []
        deployed = _DEPLOYMENT.match(text, ve) if str(verb).endswith("/authorizes") else None
        if not addressees and deployed:  # "Authorizes the deployment of a Force": the force
            addressees = _addressees(text, deployed.end(), end, base, entities)
        addressees = _antecedents(addressees, text[:vs], clauses, entities)
        deadline = find_deadline_en(text[vs:end], base + vs)
        clauses.append(Clause(
            Span(base + vs, base + end), verb,  # type: ignore[arg-type]
            Span(base + vs, base + ve) if verb is not None else None, addressees, deadline))
    return clauses

_OCR_HYPHEN = re.compile(r"(?<=[A-Za-z])[ \t]+(?=-[A-Z])")


def _join_ocr_hyphens(text: str) -> tuple[str, list[int]]:
    """*text* with the OCR blank before a hyphen removed ("Secretary -General"), and for each
    offset of the result (and its end) the offset in *text*.

    >>> joined, at = _join_ocr_hyphens('the Secretary -General to act')
    >>> joined, at[len('the Secretary-General')]
    ('the Secretary-General to act', 22)
    """
    parts: list[str] = []
    at: list[int] = []
    last = 0
    for m in _OCR_HYPHEN.finditer(text):
        parts.append(text[last:m.start()])
        at.extend(range(last, m.start()))
        last = m.end()
    parts.append(text[last:])
    at.extend(range(last, len(text) + 1))
    return "".join(parts), at


def find_en(paragraph: Paragraph, registry: Registry) -> Findings:
    """Return the references and clauses of one English paragraph.

    >>> from graph.model import Paragraph, Span
    >>> from graph.registry import parse_registry
    >>> t = '1. Entrusts the Committee established by resolution 661 (1990) with it;'
    >>> refs = find_en(Paragraph('OP', 1, Span(0, len(t)), t, t), parse_registry('')).references
    >>> [(type(r).__name__, getattr(r, 'head', '')) for r in refs]
    [('EstablishedBodyRef', 'committee'), ('ResolutionRef', '')]
    """
    text = paragraph.match
    base = paragraph.span.start
    refs: list[Reference] = []
    resolutions = find_resolutions_en(text, base)
    refs.extend(resolutions)
    for m in _BODY.finditer(text):
        chain = [r for r in resolutions if isinstance(r, ResolutionRef) and r.year
                 and r.span.start - base >= m.end()]
        chosen: list[ResolutionRef] = []
        last = m.end()
        for r in chain:
            gap = text[last:r.span.start - base]
            if re.fullmatch(r"(?:resolutions?|[\s,]|and|of|\d{1,2}\s+" + _MONTH
                            + r"(?:\s+\d{4})?|" + _MONTH + r"|\d{4}|\d{1,3})*", gap):
                chosen.append(r)
                last = r.span.end - base
            else:
                break
        if chosen:
            head = m.group("head").lower().rstrip("s")
            if head == "observer":
                head = "observers"
            refs.append(EstablishedBodyRef(Span(base + m.start(), base + last),
                                           text[m.start():last], head=head,
                                           resolutions=tuple(chosen)))
    refs.extend(find_symbols_en(text, base))
    refs.extend(find_articles_en(text, base))
    for m in _DATE_RES.finditer(text):
        who = m.group("who")
        if m.group("ref").startswith("Council") and who and who.lower() not in _THIS_COUNCIL:
            continue  # another organ's council
        refs.append(DateResolutionRef(Span(base + m.start("ref"), base + m.end()),
                                      text[m.start("ref"):m.end()],
                                      dated=parse_date_en(m.group("d"))))
    for m in _ANAPHORA.finditer(text):
        refs.append(AnaphoraRef(Span(base + m.start(), base + m.end()), m.group(0)))
    joined, at = _join_ocr_hyphens(text)
    entities = [EntityRef(Span(base + at[s], base + at[e]), text[at[s]:at[e]], entity=iri)
                for s, e, iri in registry.find_entities(joined, "en")
                if not (_MISSION_BEFORE.search(text, 0, at[s])
                        and registry.kind(iri) == "place")]
    refs.extend(entities)
    # titles of instruments the registry does not name whole (a registry name inside a longer
    # title is left to graph.resolve, which prefers the title)
    for t in find_titles_en(text, base):
        if not any(e.span.start <= t.span.start and t.span.end <= e.span.end for e in entities):
            refs.append(t)
    refs.sort(key=lambda r: (r.span.start, r.span.end, type(r).__name__))
    return Findings(paragraph, refs, _clauses(paragraph, registry, entities))


# keep MONTHS importable from here for callers that parse dates next to references
_ = MONTHS
