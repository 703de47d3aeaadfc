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
