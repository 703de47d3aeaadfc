"""Open-world instruments: a title of a convention, protocol, treaty, agreement, declaration,
plan of action, roadmap, final act or charter becomes an instrument node even when the
registry lacks it: minted from the title (language-tagged), typed by its head word, marked
not curated, labelled as found, and merged with a registry entry only when the whole title is
one of its labels (so Somalia's Transitional Federal Charter never becomes the UN Charter)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal

from graph.emit.text import generate_text_triples
from graph.find.en import find_titles_en
from graph.iri import entity_iri, found_entity_iri
from graph.model import Header, Paragraph, ParsedText, SourceText, Span
from graph.namespaces import CITO, RDF, SKOS, UNSC
from graph.registry import load_registry
from graph.resolve import resolve

REGISTRY = load_registry()
CHARTER = entity_iri("un-charter")


def parse_one(text: str, lang: str = "en", kind: str = "PP") -> ParsedText:
    source = SourceText(Path(f"S_RES_2500_2019_{lang.upper()}.txt"), text, "0", lang, "utf-8",
                        match_text=text)
    para = Paragraph(kind, 1, Span(0, len(text)), text, text, 1)
    return ParsedText(source, Header("S/RES/2500 (2019)", 2500, 2019), [para])


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a place before the head word
        ("Welcoming the Stockholm Agreement,", ["Stockholm Agreement"]),
        # a long title with an enumeration after the head word
        ("Recalling the Convention on the Prohibition of the Development, Production, "
         "Stockpiling and Use of Chemical Weapons and on Their Destruction,",
         ["Convention on the Prohibition of the Development, Production, Stockpiling and Use "
          "of Chemical Weapons and on Their Destruction"]),
        # two heads in one title: one title
        ("Recalling the Beijing Declaration and Platform for Action,",
         ["Beijing Declaration and Platform for Action"]),
        # "and the" starts a second title
        ("Recalling the Quartet Roadmap and the Helsinki Final Act,",
         ["Quartet Roadmap", "Helsinki Final Act"]),
        # a head word alone, or in lower case, is not a title
        ("Welcoming the Agreement and the agreement reached by the parties,", []),
        # the first word of the paragraph is the verb, not part of a title
        ("Welcomes Kampala Agreement,", ["Kampala Agreement"]),
        # an owner's name before the title is not part of it
        ("Welcoming the Organization of African Unity's Lomé Declaration,",
         ["Lomé Declaration"]),
        # a strategy is no instrument (not a treaty, agreement, declaration, plan of action …)
        ("Welcoming the Department of Operational Support's Environment Strategy,", []),
        # "between …" after a named agreement is not part of its title
        ("Reaffirming the Comprehensive Peace Agreement between the Government of the State of "
         "Eritrea and the Government of Ethiopia,", ["Comprehensive Peace Agreement"]),
        # an agreement between two parties: both are in its title
        ("Welcoming the Agreement on Normalization of Relations between the Republic of Croatia "
         "and the Federal Republic of Yugoslavia,",
         ["Agreement on Normalization of Relations between the Republic of Croatia and the "
          "Federal Republic of Yugoslavia"]),
        # a dated agreement keeps its day
        ("Recalling the 20 June 2011 Agreement on Temporary Arrangements for the Abyei Area,",
         ["20 June 2011 Agreement on Temporary Arrangements for the Abyei Area"]),
        # "Accord" in a government's name is no instrument
        ("Welcoming the Government of National Accord,", []),
        # "the" right after the head word does not carry a title on
        ("under the Peace Agreement the High Representative shall", ["Peace Agreement"]),
        # arrangements are not instruments of the kinds counted
        ("Recalling the Transitional Security Arrangements,", []),
        # a year after "of" dates the title and is not part of it
        ("a violation of the Lebanese-Israeli Armistice Agreement of 1949, the cease-fire",
         ["Lebanese-Israeli Armistice Agreement"]),
        # a comma not in an enumeration ending with "and" ends the title
        ("Acting under the Charter of the Organization of African Unity, Implementation of "
         "the Agreement,", ["Charter of the Organization of African Unity"]),
        # "and General Assembly resolution …" does not continue a title
        ("Recalling the Charter of the Organization of African Unity and General Assembly "
         "resolution 1514 (XV),", ["Charter of the Organization of African Unity"]),
        # "and" between capitalised words before a singular head word: one title
        ("Welcoming the Global and All-Inclusive Agreement on the Transition in the country,",
         ["Global and All-Inclusive Agreement on the Transition"]),
        # before a plural head word: two titles, the last one named here with the head
        ("Recalling the Linggadjati and Renville Agreements,", ["Renville Agreements"]),
        # a date inside a title before what it goes on with ("on a …")
        ("Recalling the Moscow Agreement of 14 May 1994 on a Ceasefire and Separation of "
         "Forces, and", ["Moscow Agreement of 14 May 1994 on a Ceasefire and Separation of "
                         "Forces"]),
        # a date followed by lower-case words ends the title before it
        ("Welcoming the Lusaka Ceasefire Agreement of 10 July 1999 on the ground,",
         ["Lusaka Ceasefire Agreement"]),
        # "for a", "at" and "by" before capitalised words go on with the title
        ("the Agreement for a Complete and Permanent Ceasefire in Libya,",
         ["Agreement for a Complete and Permanent Ceasefire in Libya"]),
        ("the International Convention for the Safety of Life at Sea,",
         ["International Convention for the Safety of Life at Sea"]),
        ("the Protocol against the Smuggling of Migrants by Land, Air and Sea, supplementing",
         ["Protocol against the Smuggling of Migrants by Land, Air and Sea"]),
        # a pact is an agreement
        ("the Pact on Security, Stability and Development in the Great Lakes Region,",
         ["Pact on Security, Stability and Development in the Great Lakes Region"]),
        # an owner before a head word of several words is not in the title
        ("encourages the Secretary-General's Plan of Action to Prevent Violent Extremism to",
         ["Plan of Action to Prevent Violent Extremism"]),
    ],
)
def test_english_titles_are_found(text, titles):
    assert [t.title for t in find_titles_en(text)] == titles


def resolved_instruments(text: str, lang: str = "en"):
    resolved = resolve(parse_one(text, lang), REGISTRY)
    return resolved, {c.target for c in resolved.citations}


@pytest.mark.parametrize(
    ("text", "lang", "title", "cls"),
    [
        # an agreement the registry lacks
        ("Welcoming the Stockholm Agreement,", "en", "Stockholm Agreement", UNSC.Agreement),
        # a roadmap: a plan of action
        ("Recalling the Quartet Roadmap,", "en", "Quartet Roadmap", UNSC.PlanOfAction),
        # a final act: an instrument
        ("Recalling the Helsinki Final Act,", "en", "Helsinki Final Act", UNSC.Instrument),
        # another charter than the UN's, in English
        ("Welcoming the Transitional Federal Charter,", "en", "Transitional Federal Charter",
         UNSC.Charter),
        # and in Chinese: 宪章 inside the title is not the Charter of the United Nations
        ("欢迎《过渡联邦宪章》，", "zh", "过渡联邦宪章", UNSC.Charter),
        # a possessive inside a title is part of it
        ("Recalling the Somali Women's Charter,", "en", "Somali Women's Charter", UNSC.Charter),
        # a pact: an agreement
        ("Welcoming the Stability Pact,", "en", "Stability Pact", UNSC.Agreement),
        # a Chinese convention the registry lacks
        ("回顾《关于集束弹药的公约》，", "zh", "关于集束弹药的公约", UNSC.Treaty),
    ],
)
def test_unknown_titles_become_uncurated_instruments(text, lang, title, cls):
    resolved, cited = resolved_instruments(text, lang)
    iri = found_entity_iri("instrument", title, lang)
    assert iri in cited and CHARTER not in cited
    (found,) = resolved.found
    assert (found.iri, found.cls, found.label, found.lang) == (iri, cls, title, lang)
    triples = set(generate_text_triples(resolved, REGISTRY).entities)
    assert {(iri, RDF.type, cls), (iri, SKOS.prefLabel, Literal(title, lang=lang)),
            (iri, UNSC.curated, Literal(False))} <= triples
    doc = generate_text_triples(resolved, REGISTRY).document
    assert any(p == CITO.hasCitedEntity and o == iri for _, p, o in doc)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the whole title is a registry label: the registry's Charter, nothing minted
        ("Recalling the Charter of the United Nations,", "en"),
        # in Chinese too
        ("回顾《联合国宪章》，", "zh"),
        # "UN" is "United Nations" when titles are compared
        ("Recalling the UN Charter,", "en"),
    ],
)
def test_whole_title_match_is_the_registry_entry(text, lang):
    resolved, cited = resolved_instruments(text, lang)
    assert CHARTER in cited and not resolved.found


def test_same_title_in_two_languages_gives_two_nodes():
    # language-tagged: an English and a Chinese title never collide, whatever their letters
    assert found_entity_iri("instrument", "Charter", "en") != found_entity_iri(
        "instrument", "Charter", "zh")


def test_a_title_that_names_no_instrument_mints_nothing():
    # a report in 《…》 is not an instrument (no instrument word ends its title): no node, no
    # citation; and one that names an instrument does
    resolved, cited = resolved_instruments("注意到《世界毒品报告》，", "zh")
    assert not resolved.found and not cited
    resolved, cited = resolved_instruments("注意到《世界毒品公约》，", "zh")
    assert [f.label for f in resolved.found] == ["世界毒品公约"] and cited


def test_minted_entities_conform_to_the_shapes():
    # a minted instrument and a minted addressee, labelled in one language only, validate
    from rdflib import Graph

    from graph.validate import validate_graph

    text = "1. Requests the Panel of Experts to monitor the Stockholm Agreement;"
    resolved = resolve(parse_one(text, kind="OP"), REGISTRY)
    minted = {f.iri for f in resolved.found}
    assert len(minted) == 2
    g = Graph()
    for triple in generate_text_triples(resolved, REGISTRY).entities:
        g.add(triple)
    result = validate_graph(g)
    assert not [f for f in result.results if str(f.focus) in {str(m) for m in minted}], \
        result.text


@pytest.mark.parametrize(
    ("text", "instrument"),
    [
        # an article of another charter: of that charter, minted, not of the UN Charter
        ("回顾《过渡联邦宪章》第十条，", found_entity_iri("instrument", "过渡联邦宪章", "zh")),
        # an article of the UN Charter by its whole title: the registry's
        ("回顾《联合国宪章》第二十五条，", CHARTER),
    ],
)
def test_articles_belong_to_the_titled_instrument(text, instrument):
    resolved, _ = resolved_instruments(text, "zh")
    parts = {(c.target, c.pinpoint) for c in resolved.citations if c.part is not None}
    assert len(parts) == 1 and next(iter(parts))[0] == instrument


def test_align_found_makes_one_instrument_of_two_languages_titles():
    # the same paragraph of the English and Chinese texts cites one minted agreement each:
    # the Chinese citation points at the English node, its title an alternative label
    from graph.resolve import align_found

    en = resolve(parse_one("Welcoming the Stockholm Agreement,"), REGISTRY)
    zh = resolve(parse_one("欢迎《斯德哥尔摩协定》，", "zh"), REGISTRY)
    en2, zh2 = align_found([en, zh])
    iri = found_entity_iri("instrument", "Stockholm Agreement", "en")
    assert en2 is en
    assert {c.target for c in zh2.citations} == {iri}
    assert [(f.iri, f.label, f.preferred) for f in zh2.found] == [(iri, "斯德哥尔摩协定", False)]
    triples = set(generate_text_triples(zh2, REGISTRY).entities)
    assert (iri, SKOS.altLabel, Literal("斯德哥尔摩协定", lang="zh")) in triples


def test_align_found_leaves_unequal_paragraphs_alone():
    # two agreements in English, one in Chinese: no pairing is certain, nothing renamed
    from graph.resolve import align_found

    en = resolve(parse_one("Welcoming the Stockholm Agreement and the Hodeidah Agreement,"),
                 REGISTRY)
    zh = resolve(parse_one("欢迎《斯德哥尔摩协定》，", "zh"), REGISTRY)
    _, zh2 = align_found([en, zh])
    assert {c.target for c in zh2.citations} == {
        found_entity_iri("instrument", "斯德哥尔摩协定", "zh")}
