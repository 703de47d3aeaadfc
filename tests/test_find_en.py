"""Reference, verb and deadline finding in English paragraphs."""

from datetime import date
from pathlib import Path

import pytest

from graph.find.en import find_en, find_resolutions_en
from graph.iri import entity_iri, verb_iri
from graph.model import (
    AnaphoraRef,
    ArticleRef,
    DateResolutionRef,
    EstablishedBodyRef,
    GAResolutionRef,
    Paragraph,
    ResolutionRef,
    SourceText,
    Span,
    SymbolRef,
)
from graph.registry import parse_registry
from graph.segment.en import segment_en

FIXTURES = Path(__file__).parent / "fixtures" / "en"

REGISTRY = parse_registry("""
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix unsc: <https://w3id.org/unsc-graph/ontology#> .
<https://w3id.org/unsc-graph/id/verb/requests> a skos:Concept ;
    skos:prefLabel "Requests"@en .
<https://w3id.org/unsc-graph/id/verb/decides> a skos:Concept ;
    skos:prefLabel "Decides"@en .
<https://w3id.org/unsc-graph/id/verb/calls-upon> a skos:Concept ;
    skos:prefLabel "Calls upon"@en .
<https://w3id.org/unsc-graph/id/entity/secretary-general> a unsc:Office ;
    skos:prefLabel "Secretary-General"@en .
<https://w3id.org/unsc-graph/id/entity/all-states> a unsc:StateGroup ;
    skos:prefLabel "all States"@en .
""")


def para(text: str, kind: str = "OP", start: int = 100) -> Paragraph:
    return Paragraph(kind, 1, Span(start, start + len(text)), text, text)


def refs_of(text: str, cls: type) -> list:
    return [r for r in find_en(para(text), REGISTRY).references if isinstance(r, cls)]


@pytest.mark.parametrize("text, expected", [
    # a list with a line break inside an item
    ("resolutions 446 (1979), 465 (1980), 497\n(1981) and 592 (1986)",
     [(446, 1979), (465, 1980), (497, 1981), (592, 1986)]),
    # dates and footnote numbers between items
    ("resolutions 338 (1973) of 22 October, 340 (1973) of 25 October 1973, 12 and 344 (1973)",
     [(338, 1973), (340, 1973), (344, 1973)]),
    # OCR slips for the digit 1
    ("resolution !86 (1964) and resolution l86 (1964) and I86 (1964)",
     [(186, 1964), (186, 1964), (186, 1964)]),
    # a pinpoint before the resolution
    ("paragraph 3 of resolution 242 (1967)", [(242, 1967)]),
    # an OCR full stop between the number and its year
    ("resolutions 511 (1982), 512.(1982) and 513 (1982)", [(511, 1982), (512, 1982),
                                                          (513, 1982)]),
    # Assembly forms never become Council resolutions
    ("General Assembly resolutions 1514 (XV), 217 A (III), 41/128 and ES-7/2", []),
    # another body's resolution with a year is not the Council's
    ("Economic and Social Council resolution 1503 (1970)", []),
])
def test_sc_resolutions(text, expected):
    found = refs_of(text, ResolutionRef)
    assert [(r.number, r.year) for r in found] == expected
    for r in found:  # spans index the source: the paragraph starts at 100
        assert text[r.span.start - 100:r.span.end - 100] == r.surface


def test_pinpoint_is_kept():
    (ref,) = find_resolutions_en("paragraph 3 of resolution 242 (1967)")
    assert ref.pinpoint == "paragraph 3"


@pytest.mark.parametrize("text, symbols", [
    # Roman session, with a letter, Arabic session, special and emergency sessions
    ("General Assembly resolutions 1514 (XV), 217 A (III), 41/128, S-14/1 and ES-7/2",
     ["A/RES/1514 (XV)", "A/RES/217 A (III)", "A/RES/41/128", "A/RES/S-14/1",
      "A/RES/ES-7/2"]),
    # named explicitly, across a line break, with OCR "(XVID" for (XVII)
    ("General Assembly resolution 181 (II) and resolution 1761\n(XVID of 6 November 1962",
     ["A/RES/181 (II)", "A/RES/1761 (XVII)"]),
    # emergency special session with a Roman number
    ("General Assembly resolution 1474 (ES-IV)", ["A/RES/1474 (ES-IV)"]),
])
def test_ga_resolutions(text, symbols):
    assert [r.symbol for r in refs_of(text, GAResolutionRef)] == symbols


@pytest.mark.parametrize("text, expected", [
    # a Secretary-General's report with an addendum
    ("the report of the Secretary-General (S/25704 and Add.1)",
     [("S/25704", "report"), ("S/25704/Add.1", "report")]),
    # a presidential statement
    ("the statement S/PRST/1994/12", [("S/PRST/1994/12", "prst")]),
    # a letter, symbol with /Add. written in
    ("the letter contained in document S/7930/Add.107", [("S/7930/Add.107", "letter")]),
    # a resolution symbol is not a document symbol
    ("S/RES/661 (1990)", []),
    # a space for the slash after the year of a modern symbol
    ("Welcoming the report of the Secretary-General S/2013 493 of 19 August 2013",
     [("S/2013/493", "report")]),
    # an old symbol numbered like a year stays whole before "of <year>"
    ("the letter S/2013 of 1951", [("S/2013", "letter")]),
    # a day and month after an old symbol are a date, not its number
    ("the letter S/2013 19 August", [("S/2013", "letter")]),
])
def test_symbols(text, expected):
    found = refs_of(text, SymbolRef)
    assert [(r.symbol, r.kind) for r in found] == expected
    assert all((r.author == entity_iri("secretary-general")) == (r.kind == "report")
               for r in found)


@pytest.mark.parametrize("text, expected", [
    # Charter article with "of the Charter"
    ("Article 41 of the Charter", [("article", "41", True)]),
    # Chapter VII of the Charter, OCR'd "wider"
    ("Acting wider Chapter VII of the Charter", [("chapter", "VII", True)]),
    # paragraph between article and "of the Charter"
    ("Article 93, paragraph 2, of the Charter", [("article", "93", True)]),
    # another instrument's article, a report's chapter
    ("article 13 of the statute; chapter VI of its report",
     [("article", "13", False), ("chapter", "VI", False)]),
])
def test_articles(text, expected):
    found = refs_of(text, ArticleRef)
    assert [(a.part, a.number, a.instrument == entity_iri("un-charter")) for a in found] == expected


@pytest.mark.parametrize("text, head, numbers", [
    # a committee, with the resolution also found on its own
    ("the Committee established by resolution 661 (1990) shall", "committee", [661]),
    # a commission set up by two resolutions with dates between
    ("the Commission established by its resolutions 39 (1948) of 20 January and 47 (1948)",
     "commission", [39, 47]),
    # a force
    ("the Peace-keeping Force established under resolution 186 (1964)", "force", [186]),
])
def test_established_bodies(text, head, numbers):
    (body,) = refs_of(text, EstablishedBodyRef)
    assert body.head == head
    assert [r.number for r in body.resolutions] == numbers
    assert [r.number for r in refs_of(text, ResolutionRef)] == numbers


@pytest.mark.parametrize(("text", "dated"), [
    # the Council's own resolution, by "its"
    ("Recalling its resolution of 1 August 1947,", date(1947, 8, 1)),
    # by "Security Council"
    ("Recalling Security Council resolution of 4 November 1946,", date(1946, 11, 4)),
    # by "the Council's"
    ("Recalling the Council's resolution of 25 June 1950,", date(1950, 6, 25)),
    # another organ's council is not this Council (S/RES/635 (1989), PP6)
    ("Taking note of the International Civil Aviation Organization Council resolution of "
     "16 February 1989,", None),
    # nor the Trusteeship Council
    ("Recalling the Trusteeship Council resolution of 10 July 1951,", None),
])
def test_dated_resolutions_are_this_councils(text, dated):
    found = refs_of(text, DateResolutionRef)
    assert [r.dated for r in found] == ([dated] if dated else [])
    if found:
        assert found[0].surface.startswith(("its", "Council"))


def test_dated_resolution_and_anaphora():
    text = "Recalling its resolution of 1 August 1947 and that resolution, but not this resolution"
    (dated,) = refs_of(text, DateResolutionRef)
    assert dated.dated == date(1947, 8, 1)
    assert [a.surface for a in refs_of(text, AnaphoraRef)] == ["that resolution"]


def test_clauses_verbs_addressees_deadlines():
    text = ("2. Requests the Secretary-General to report within thirty days and decides that "
            "it shall end not later than 15 June 1993;")
    clauses = find_en(para(text), REGISTRY).clauses
    assert [c.verb for c in clauses] == [verb_iri("requests"), verb_iri("decides")]
    assert [a.entity for a in clauses[0].addressees] == [entity_iri("secretary-general")]
    assert clauses[0].deadline.days == 30 and clauses[0].deadline.on is None
    assert clauses[1].deadline.on == date(1993, 6, 15)
    assert clauses[0].span.end == clauses[1].span.start


def test_calls_upon_all_states_with_months():
    clauses = find_en(para("Calls upon all States to act within three months."), REGISTRY).clauses
    assert clauses[0].verb == verb_iri("calls-upon")
    assert [a.entity for a in clauses[0].addressees] == [entity_iri("all-states")]
    assert clauses[0].deadline.months == 3


def test_fixture_end_to_end():
    text = (FIXTURES / "middle.txt").read_text(encoding="utf-8")
    parsed = segment_en(SourceText(FIXTURES / "middle.txt", text, "0" * 64, "en", "utf-8"))
    found = [r for p in parsed.paragraphs for r in find_en(p, REGISTRY).references]
    sc = [(r.number, r.year) for r in found if isinstance(r, ResolutionRef)]
    ga = [r.symbol for r in found if isinstance(r, GAResolutionRef)]
    assert sc == [(446, 1979), (452, 1979), (592, 1986), (186, 1964)]
    assert ga == ["A/RES/1514 (XV)", "A/RES/217 A (III)", "A/RES/41/128", "A/RES/S-14/1",
                  "A/RES/ES-7/2", "A/RES/181 (II)"]
    for r in found:
        assert fold_text(text[r.span.start:r.span.end]) == r.surface


def fold_text(s: str) -> str:
    from graph.segment.en import fold_en
    return fold_en(s)


def test_a_list_goes_on_after_a_date_with_two_days():
    """'of 4 and 14 July 1967' ends one item; the list continues with session/number forms."""
    from graph.find.en import _resolution_items

    text = ("General Assembly resolutions 2253 (ES-V) and 2254 (ES-V) of 4 and 14 July 1967, "
            "32/5 of 28 October 1977 and 33/113 of 18 December 1978,")
    found = [getattr(r, "symbol", None) for r, _, _ in _resolution_items(text, 0)]
    assert found == ["A/RES/2253 (ES-V)", "A/RES/2254 (ES-V)", "A/RES/32/5", "A/RES/33/113"]


# --- forms of the UN's XML texts (2000-2026), found by benchmarks/akn_links.py ---------------


@pytest.mark.parametrize("text, expected", [
    # a resolution written as its symbol
    ("as well as A/RES/60/180 and S/RES/1645 (2005) of 20 December 2005", [(1645, 2005)]),
    # a list of symbols
    ("2664 (2022), S/RES/2676 (2023), S/RES/2725 (2024), and S/RES/2736 (2024)",
     [(2664, 2022), (2676, 2023), (2725, 2024), (2736, 2024)]),
    # a resolution by its number alone, right after the keyword: the year is resolve's task
    ("all provisions of paragraph 13 of resolution 2391, takes note", [(2391, 0)]),
    # the symbol without its year
    ("its Resolution (S/RES/2337), welcomes", [(2337, 0)]),
    # a number alone later in a chain is a footnote mark, not a resolution
    ("its resolution 721 (1991) of 11 December 1991, 196 concerning", [(721, 1991)]),
    # an impossible year printed by mistake is not read (the text's own typo), the rest is
    ("its resolutions 2240 (2015), 2312 (2106), 2380 (2017)", [(2240, 2015), (2380, 2017)]),
    # an Assembly resolution by number alone is not the Council's
    ("General Assembly resolution 2625 and", []),
])
def test_sc_resolutions_in_modern_forms(text, expected):
    assert [(r.number, r.year) for r in refs_of(text, ResolutionRef)] == expected


@pytest.mark.parametrize("text, symbols", [
    # an Assembly resolution as its symbol
    ("the United Nations Global Counter-Terrorism Strategy (A/RES/60/288) including",
     ["A/RES/60/288"]),
    # an old-style symbol with its session
    ("General Assembly resolution A/RES/1514 (XV) on", ["A/RES/1514 (XV)"]),
])
def test_ga_resolution_symbols(text, symbols):
    assert [r.symbol for r in refs_of(text, GAResolutionRef)] == symbols


@pytest.mark.parametrize("text, symbols", [
    # a subsidiary body's document: the conclusions of the Working Group
    ("Children and Armed Conflict (S/AC.51/2020/7),", ["S/AC.51/2020/7"]),
    # a committee communication
    ("the Committee's notice S/AC.47/2023/COMM.8 of", ["S/AC.47/2023/COMM.8"]),
    # a statement symbol with a space after a slash
    ("19 November 2014 (S/PRST/ 2014/23), 29 May 2015", ["S/PRST/2014/23"]),
    # a joint Assembly and Council report: both symbols
    ("the Panel on Peace Operations (A/70/95-S/2015/446) and", ["A/70/95", "S/2015/446"]),
    # other organs and the Secretariat: draft, Human Rights Council, bulletin, PBC, UNFCCC
    ("the Outcome Document (A/60/L.1) and the report A/HRC/32/30", ["A/60/L.1", "A/HRC/32/30"]),
    ("exploitation and abuse (ST/SGB/2003/13); the Framework (PBC/7/OC/L.1),",
     ["ST/SGB/2003/13", "PBC/7/OC/L.1"]),
    ("adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21",
     ["FCCC/CP/2015/10/Add.1"]),
    # a Human Rights Council resolution by its number
    ("in accordance with Human Rights Council resolution 19/29, and", ["A/HRC/RES/19/29"]),
    # a word with a slash is not a symbol
    ("an A/B comparison", []),
    # an addendum after another organ's symbol
    ("addendum to agenda item 30, documents A/5497 and Add.1;", ["A/5497", "A/5497/Add.1"]),
    # a revision on the next line after a slash at a line's end
    ("addendum to agenda item 23 (document A/6000/\nRev.1).", ["A/6000/Rev.1"]),
    # a presidential statement by its number without "S/"
    ("Recalling resolution 2240 (2015) and Presidential Statement 2015/25,",
     ["S/PRST/2015/25"]),
    ("the statement PRST/2014/23 of", ["S/PRST/2014/23"]),
    # the whole symbol once
    ("its statement S/PRST/2015/25 and", ["S/PRST/2015/25"]),
    # an addendum range and list before a full stop
    ("8 Ibid., documents S/4389 and Add.1-3.",
     ["S/4389", "S/4389/Add.1", "S/4389/Add.2", "S/4389/Add.3"]),
    ("48 Ibid., document S/16596 and Add.1 and 2.",
     ["S/16596", "S/16596/Add.1", "S/16596/Add.2"]),
    # a decimal number after an addendum is no addendum
    ("S/25704/Add.1 and 2.5 million", ["S/25704/Add.1"]),
])
def test_other_document_symbols(text, symbols):
    assert sorted(r.symbol for r in refs_of(text, SymbolRef)) == sorted(symbols)


def test_resolution_by_number_alone_takes_the_year_the_text_gives():
    from graph.context import RecordFacts
    from graph.model import Header, ParsedText
    from graph.resolve import resolve_text

    texts = ["Recalling its resolution 2391 (2017),", "1. Recalls paragraph 13 of resolution "
             "2391 and resolution 1701;"]
    paragraphs, start = [], 0
    for i, t in enumerate(texts):
        kind = "PP" if i == 0 else "OP"
        paragraphs.append(Paragraph(kind, 1, Span(start, start + len(t)), t, t))
        start += len(t) + 2
    source = SourceText(Path("x.txt"), "\n\n".join(texts), "", "en", "utf-8")
    parsed = ParsedText(source, Header("S/RES/2531 (2020)", 2531, 2020), paragraphs)
    findings = [find_en(p, REGISTRY) for p in paragraphs]
    # without the meeting tables, 1701 has no year: a warning, no fact
    out = resolve_text(parsed, findings, REGISTRY)
    assert sorted((c.paragraph.label, c.document.symbol) for c in out.citations) == [
        ("OP1", "S/RES/2391 (2017)"), ("PP1", "S/RES/2391 (2017)")]
    assert any("1701 cited without its year" in w.message for w in out.warnings)
    # with them, the year whose numbers include it
    out = resolve_text(parsed, findings, REGISTRY, RecordFacts(years={2006: (1650, 1735)}))
    assert ("OP1", "S/RES/1701 (2006)") in {(c.paragraph.label, c.document.symbol)
                                            for c in out.citations}


@pytest.mark.parametrize("text, charter", [
    # several articles of another instrument
    ("Recalling Article 25 and Article 26 of the Statute of the Mechanism", [False, False]),
    # a chapter of an agreement, "in"
    ("as recognized by Chapter V in the Revitalised Agreement, and", [False]),
    # the Council's Chapter VII is the Charter's
    ("Acting under Chapter VII of the Charter", [True]),
    # a sub-article number in brackets before "of <another instrument>"
    ("referred to in Article 4 (17) of the Comprehensive Peace Agreement", [False]),
])
def test_articles_of_other_instruments(text, charter):
    assert [r.instrument is not None for r in refs_of(text, ArticleRef)] == charter


def test_four_digit_numbers_alone_later_in_a_chain():
    text = "the sanctions measures imposed under resolutions 2699 and 2700 should"
    assert [(r.number, r.year) for r in refs_of(text, ResolutionRef)] == [(2699, 0), (2700, 0)]


@pytest.mark.parametrize("text, verbs", [
    # a later verb after a bare comma, as the XML era writes them
    ("7. Calls upon the sides to reduce barriers, requests the Secretary-General to report;",
     ["calls-upon", "requests"]),
    # after "and", as before
    ("7. Calls upon the sides to act and decides to remain seized;", ["calls-upon", "decides"]),
    # a word after a comma that is no verb of the Council starts no clause
    ("7. Requests the Secretary-General, inter alia, to report;", ["requests"]),
    # a preambular paragraph has no later verbs (here not even its first: not in REGISTRY)
    ("Recalling its resolutions, decides nothing", []),
])
def test_later_verbs_after_a_comma(text, verbs):
    kind = "PP" if text.startswith("Recalling") else "OP"
    clauses = find_en(para(text, kind), REGISTRY).clauses
    found = [str(c.verb).rsplit("/", 1)[1] for c in clauses if c.verb is not None]
    assert found == verbs


@pytest.fixture(scope="module")
def full_registry():
    from graph.registry import load_registry

    return load_registry()


@pytest.mark.parametrize("text, verb, addressee", [
    # the Government of a State: the State
    ("10. Calls upon the Government of Guinea-Bissau to act;", "calls-upon", "guinea-bissau"),
    # a phrase between commas before the addressee
    ("5. Requests, in the light of paragraph 4, the Secretary-General to report;", "requests",
     "secretary-general"),
    # "that" before the addressee
    ("1. Decides that all Member States shall take measures;", "decides", "member-states"),
    # an abbreviation of the texts
    ("12. Requests the CAR authorities to report;", "requests", "central-african-republic"),
    # "reiterates its call upon" is a call upon
    ("10. Reiterates its call upon the Government of South Sudan to comply;", "calls-upon",
     "south-sudan"),
    # an OCR blank before the hyphen of a hyphenated title
    ("3. Requests the Secretary -General to keep the Council informed;", "requests",
     "secretary-general"),
])
def test_addressees_of_the_xml_era(full_registry, text, verb, addressee):
    clause = find_en(para(text), full_registry).clauses[0]
    assert str(clause.verb).rsplit("/", 1)[1] == verb
    assert [str(a.entity).rsplit("/", 1)[1] for a in clause.addressees] == [addressee]


@pytest.mark.parametrize("text, places", [
    # a State in the name of a mission is the mission's name, not the State
    ("the United Nations Multidimensional Integrated Stabilization Mission in Mali and Mali",
     ["mali"]),
    ("the United Nations Interim Force in Lebanon", []),
    # the adjective of a State names it, as the Chinese texts do (索马里当局)
    ("urges the Somali authorities and the Libyan Political Dialogue Forum",
     ["somalia", "libya"]),
    # "South Sudanese" is South Sudan's, "Sudanese" the Sudan's
    ("South Sudanese and Sudanese refugees", ["south-sudan", "sudan"]),
])
def test_places_named_in_the_xml_era(full_registry, text, places):
    found = [str(r.entity).rsplit("/", 1)[1] for r in find_en(para(text, "PP"), full_registry)
             .references if getattr(r, "entity", None) and full_registry.kind(r.entity) == "place"]
    assert found == places


def test_statement_sentences_have_their_verbs(full_registry):
    text = ('"The Security Council recalls its resolution 2331 (2016). The Council also '
            'strongly condemns the attacks and requests the Secretary-General to report.')
    clauses = find_en(para(text, "P"), full_registry).clauses
    assert [str(c.verb).rsplit("/", 1)[1] for c in clauses] == [
        "recalls", "condemns", "requests"]


@pytest.mark.parametrize("text, surfaces", [
    # determiners after "all" stay in the group's surface (graph.resolve finds the registry's)
    ("8. Calls on all the parties to provide full cooperation;", ["all the parties"]),
    # "concerned" after a group belongs to it
    ("4. Calls upon all the parties concerned to cooperate;", ["all the parties concerned"]),
    # "the parties to <a title>" is one group
    ("9. Calls on the parties to the Lusaka Ceasefire Agreement to refrain;",
     ["parties to the Lusaka Ceasefire Agreement"]),
    # a name before a plural noun only qualifies it: the observers, not the United Nations
    # (and the place after them belongs to the group)
    ("3. Requests the United Nations observers in Beirut to report;",
     ["United Nations observers in Beirut"]),
    # "all others concerned" after named States
    ("2. Calls upon Israel, Lebanon and all others concerned to co-operate;",
     ["Israel", "Lebanon", "all others concerned"]),
    # a place after a group makes it another group, also after a registry group's name
    ("4. Demands that all parties in the Republic of Bosnia and Herzegovina and all other "
     "concerned parties in the former Yugoslavia stop;",
     ["all parties in the Republic of Bosnia and Herzegovina",
      "all other concerned parties in the former Yugoslavia"]),
    # "in the region" and "to the conflict in <place>" belong to the group
    ("6. Urges all States in the Great Lakes region and all the parties to the conflict in "
     "Ituri to act;", ["all States in the Great Lakes region",
                       "all the parties to the conflict in Ituri"]),
    # "and" after a group is the next addressee, not a qualifier of the first one
    ("5. Urges the two parties and all parties concerned to act;",
     ["the two parties", "all parties concerned"]),
    # a lower-case phrase after "in" is no place: the registry's group alone
    ("7. Urges all States in accordance with the Charter to act;", ["all States"]),
    # a participle narrows the group down up to the clause's infinitive
    ("2. Calls upon Member States acting nationally or through regional organizations to "
     "inspect vessels;", ["Member States acting nationally or through regional organizations"]),
    # "contributing to" keeps its own "to": the group ends before the infinitive
    ("4. Encourages Member States contributing to regional forces to cooperate;",
     ["Member States contributing to regional forces"]),
    # up to the modal of "decides that X shall"
    ("5. Decides that Member States acting under this paragraph shall report;",
     ["Member States acting under this paragraph"]),
    # "of" and a capitalised name narrow it down too
    ("3. Calls upon Member States of the African Union to act;",
     ["Member States of the African Union"]),
    # a group without the registry's name
    ("7. Urges States utilizing the authority of this resolution to use it;",
     ["States utilizing the authority of this resolution"]),
    # an authorization to deploy a force addresses the force
    ("2. Authorizes the immediate deployment of a Multinational Interim Force for a period of "
     "three months;", ["Multinational Interim Force"]),
    # also with a date between the deployment and the force
    ("1. Authorizes the deployment until 1 September 2003 of an Interim Emergency "
     "Multinational Force in Bunia in close coordination with MONUC;",
     ["Interim Emergency Multinational Force in Bunia"]),
    # a request for a deployment addresses nobody
    ("3. Requests the deployment of a Force to the border;", []),
    # individuals are addressed as a group
    ("6. Urges Governments and individuals to contribute;", ["Governments", "individuals"]),
    # "organizations and programmes" is one group, and the bodies after "including" follow
    ("7. Requests the organizations and programmes concerned, including the World Health "
     "Organization and the United Nations Educational, Scientific and Cultural Organization, "
     "to assist;", ["organizations and programmes concerned", "World Health Organization",
                    "United Nations Educational, Scientific and Cultural Organization"]),
    # a participle between commas is no part of the name
    ("8. Requests Member States, acting nationally, to report;", ["Member States"]),
    # a relative clause narrows the group down up to the infinitive
    ("2. Calls upon all States that have not yet presented a first report to submit one;",
     ["all States that have not yet presented a first report"]),
    # "able to do so" keeps its infinitive
    ("9. Urges States able to do so to help;", ["States able to do so"]),
    # "involved" before an infinitive: the infinitive is the clause's, not the participle's
    ("5. Urges all Member States involved to ensure the safety of all;",
     ["all Member States involved"]),
    # "concerned" after the registry's "all States": a group of its own
    ("9. Urges all States concerned to act;", ["all States concerned"]),
    # a place after "neighbouring"
    ("6. Calls upon States neighbouring Libya to act;", ["States neighbouring Libya"]),
])
def test_addressee_groups(full_registry, text, surfaces):
    clause = find_en(para(text), full_registry).clauses[0]
    assert [a.surface for a in clause.addressees] == surfaces


@pytest.mark.parametrize("text, verbs", [
    # a verb after "and in this regard": a clause of its own
    ("5. Requests the Secretary-General to report, and in this regard encourages UNOCI to "
     "assist;", ["requests", "encourages"]),
    # after "and, to this end,"
    ("2. Welcomes the plan and, to this end, urges all States to help;", ["welcomes", "urges"]),
    # an adverb before a later verb after a comma
    ("4. Takes note of it, strongly urges all parties to engage;", ["takes-note", "urges"]),
    # an adverb before a word that is no verb starts no clause
    ("4. Takes note of it, strongly worded;", ["takes-note"]),
])
def test_later_verbs_after_a_phrase(full_registry, text, verbs):
    clauses = find_en(para(text), full_registry).clauses
    assert [str(c.verb).rsplit("/", 1)[1] for c in clauses if c.verb is not None] == verbs


@pytest.mark.parametrize("text, verbs, surfaces", [
    # an adverb inside "calls on": still a call upon the parties
    ("6. Welcomes initiatives, and calls again on both parties to normalize;",
     ["welcomes", "calls-upon"], ["both parties"]),
    # the people of a country is a group
    ("4. Calls upon the people of Timor-Leste to remain calm;", ["calls-upon"],
     ["people of Timor-Leste"]),
    # a State's name opening a longer name: the longer name, then the rest of the list
    ("1. Demands that the Sudan People's Liberation Movement and all parties cease;",
     ["demands"], ["Sudan People's Liberation Movement", "all parties"]),
    # "his Special Representative" after the Secretary-General
    ("3. Requests the Secretary-General and his Special Representative to report;",
     ["requests"], ["Secretary-General", "Special Representative"]),
    # civil society in a list
    ("5. Encourages the Transitional Federal Institutions, civil society and the international "
     "community to act;", ["encourages"],
     ["Transitional Federal Institutions", "civil society", "international community"]),
    # a person between commas after the addressee names it: one addressee
    ("10. Encourages the Facilitator, President Blaise Compaoré, to continue;", ["encourages"],
     ["Facilitator"]),
    # "d'Ivoire" inside a capitalised name
    ("6. Requests the Special Envoy in Côte d'Ivoire to certify;", ["requests"],
     ["Special Envoy in Côte d'Ivoire"]),
    # "decides therefore that X shall": X
    ("6. Decides therefore that the Special Representative shall certify the elections;",
     ["decides"], ["Special Representative"]),
    # a State's adjective before "political forces": the forces, not the State
    ("8. Urges the Ivorian political forces to rely on the mediation;", ["urges"],
     ["Ivorian political forces"]),
    # an adjective of a State before "political actors": the actors, not the State
    ("4. Calls upon all relevant Afghan political actors to engage;", ["calls-upon"],
     ["all relevant Afghan political actors"]),
])
def test_more_addressees(full_registry, text, verbs, surfaces):
    clauses = [c for c in find_en(para(text), full_registry).clauses if c.verb is not None]
    assert [str(c.verb).rsplit("/", 1)[1] for c in clauses] == verbs
    assert [a.surface for a in clauses[-1].addressees] == surfaces


@pytest.mark.parametrize("text, verbs, addressees", [
    # lettered sub-paragraphs with "To" and the verb in its base form each address someone
    ("1. Decides: (a) To call upon the parties concerned to act; (b) To renew the mandate; "
     "(c) To request the Secretary-General to report;",
     ["decides", "calls-upon", "requests"], [[], ["all-parties"], ["secretary-general"]]),
    # a sub-paragraph in the third person
    ("2. Decides: (a) Calls upon all States to comply;", ["decides", "calls-upon"],
     [[], ["states"]]),
    # the base form in the items of "Decides … to:"
    ("11. Decides in that regard to: (a) encourage the dialogue; (b) request the 1540 Committee "
     "to continue;", ["decides", "encourages", "requests"], [[], [], ["committee-1540"]]),
    # but not in the items of a request: the Secretary-General encourages, not the Council
    ("3. Requests the Secretary-General to: (a) encourage the parties to talk; (b) report;",
     ["requests"], [["secretary-general"]]),
    # a letter in brackets inside a sentence without a verb after it starts no clause
    ("3. Requests the Secretary-General to report on (a) the situation;", ["requests"],
     [["secretary-general"]]),
])
def test_verbs_of_lettered_sub_paragraphs(full_registry, text, verbs, addressees):
    clauses = [c for c in find_en(para(text), full_registry).clauses if c.verb is not None]
    assert [str(c.verb).rsplit("/", 1)[1] for c in clauses] == verbs
    assert [[str(a.entity).rsplit("/", 1)[1] for a in c.addressees] for c in clauses] == (
        addressees)


@pytest.mark.parametrize("text, entity", [
    # "all" before the registry's name of the Member States
    ("3. Requests all Member States to act;", "member-states"),
    # the formal name after "all": not "all States"
    ("3. Requests all States Members of the United Nations to act;", "member-states"),
    # "reaffirms its call upon" is a call upon
    ("12. Reaffirms its call upon all States to cease;", "states"),
    # "reiterates its appeal to", after an adverb, is an appeal to
    ("2. Urgently reiterates its appeal to the Government of Israel to act;", "israel"),
    # the States outside the Organization are a group of their own
    ("2. Urges States not Members of the United Nations to act;", "non-member-states"),
    # "the parties concerned" are the parties the resolution addresses
    ("1. Calls upon the parties concerned to act;", "all-parties"),
])
def test_group_names_of_the_registry(full_registry, text, entity):
    clause = find_en(para(text), full_registry).clauses[0]
    assert [str(a.entity).rsplit("/", 1)[1] for a in clause.addressees] == [entity]


@pytest.mark.parametrize("text, addressees", [
    # "him" after the paragraph named the Secretary-General: the Secretary-General
    ("8. Welcomes the commitment of the Secretary-General, and calls upon him to review it;",
     [[], ["secretary-general"]]),
    # "him" with nobody named before: no addressee
    ("9. Welcomes the report and calls upon him to act;", [[], []]),
    # "them": the addressees of the last clause that had any
    ("7. Calls upon ECOWAS and the AU to act, and encourages them to continue;",
     [["ecowas", "african-union"], ["ecowas", "african-union"]]),
    # an addressee named "in particular" after a comma and "and"
    ("9. Calls on both sides, and in particular the Georgian side, to continue;",
     [["all-parties", "None"]]),
    # "including" before a State
    ("5. Calls upon all States, including Rwanda, to act;", [["states", "rwanda"]]),
    # "including" before no addressee ends the list
    ("5. Calls upon all States, including through the Committee, to act;", [["states"]]),
    # "in particular" inside "calls on"
    ("13. Calls in particular on the Abkhaz side to act;", [["None"]]),
    # "them" with no addressee before: none
    ("9. Encourages them to go on;", [[]]),
    # a registry name before "'s" and a capitalised name is the owner, not the addressee
    ("3. Requests the Secretary-General's Special Envoy to report;", [["None"]]),
    # before a common noun, the owner stands for it ("MINUSCA's leadership")
    ("3. Requests MINUSCA's leadership to report;", [["minusca"]]),
])
def test_pronouns_stand_for_addressees_named_before(full_registry, text, addressees):
    clauses = find_en(para(text), full_registry).clauses
    assert [[str(a.entity).rsplit("/", 1)[-1] for a in c.addressees] for c in clauses] == (
        addressees)
