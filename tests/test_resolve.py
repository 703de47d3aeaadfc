"""Presidential statements cited by a resolution are checked against the meeting tables: one
made after the resolution, or numbered past the last statement of its year, is a warning and
not a citation (the tables list the statements of each year with their days)."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph

from graph.cli import main
from graph.iri import document_iri
from graph.namespaces import CITO
from tests.conftest import FIXTURES, SEED

TABLE_2017 = FIXTURES / "meetings" / "meetings-2017-fixture.html"  # lists S/PRST/2017/21, /27
CITING = document_iri("S/RES/2388 (2017)")  # adopted 21 November 2017


def build_with_statements(tmp_path, statements: str, tables: bool) -> tuple[Graph, list[str]]:
    text = SEED.read_text(encoding="utf-8")
    anchor = "回顾第 2015/25 号主席声明"
    assert anchor in text
    text = text.replace(anchor, f"回顾{statements}，\n\n{anchor}", 1)
    source = tmp_path / SEED.name
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "b"
    inputs = [str(source)] + ([str(TABLE_2017)] if tables else [])
    assert main(["build", "--quiet", "--no-sample", *inputs, "-o", str(out)]) == 0
    g = Graph()
    g.parse(out / "graph.ttl")
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return g, [w[2] for w in summary["warnings"]]


@pytest.mark.parametrize(
    ("statement", "tables", "why"),
    [
        # made on 21 December 2017, a month after the resolution
        ("S/PRST/2017/27", True, "after the citing resolution"),
        # the tables' statements of 2017 stop at 27
        ("S/PRST/2017/30", True, "did not exist"),
        # made in November 2017, before the resolution: a citation
        ("S/PRST/2017/21", True, None),
        # a year the tables do not cover: nothing to check against
        ("S/PRST/2015/25", True, None),
        # without the tables, a statement of the same year is taken as written
        ("S/PRST/2017/27", False, None),
    ],
)
def test_statements_are_checked_against_the_meeting_tables(tmp_path, statement, tables, why):
    year, number = statement.split("/")[2:]
    g, warnings = build_with_statements(tmp_path, f"第 {year}/{number} 号主席声明", tables)
    cited = set(g.objects(CITING, CITO.cites))
    if why is None:
        assert document_iri(statement) in cited
        assert not [w for w in warnings if statement in w]
    else:
        assert document_iri(statement) not in cited
        assert not list(g.subjects(CITO.hasCitedEntity, document_iri(statement)))
        assert [w for w in warnings if statement in w and why in w], warnings


# --- addressees of directive operative paragraphs (issue 16) ---------------------------------

def resolve_operative(bodies: list[str], lang: str = "en"):
    from pathlib import Path

    from graph.model import Header, Paragraph, ParsedText, SourceText, Span
    from graph.registry import load_registry
    from graph.resolve import resolve

    text, paras = "", []
    for i, body in enumerate(bodies, 1):
        line = f"{i}. {body}"
        paras.append(Paragraph("OP", i, Span(len(text), len(text) + len(line)), line, line, i))
        text += line + "\n"
    source = SourceText(Path("x.txt"), text, "0", lang, "utf-8", match_text=text)
    parsed = ParsedText(source, Header("S/RES/1390 (2002)", 1390, 2002), paras)
    return resolve(parsed, load_registry())


def addressees_of(resolved) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for o in resolved.obligations:
        if o.addressee is not None:
            out.setdefault(o.paragraph.label, []).append(str(o.addressee).split("/entity/")[1])
    return out


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a group the registry lacks: minted, in the language found
        ("Calls upon all parties to cease hostilities;", ["all-parties"]),
        # the registry's Secretary-General and a panel it lacks, joined by "and"
        ("Requests the Secretary-General and the Panel of Experts to report;",
         ["secretary-general", "body/en/panel-of-experts"]),
        # a list with commas: registry group, minted group, minted mission acronym
        ("Urges Member States, regional organizations and UNMISS to cooperate;",
         ["member-states", "regional-organizations", "unmiss"]),
        # "decides that all States shall": the registry's group
        ("Decides that all States shall prevent the supply;", ["states"]),
        # the Council deciding something itself: no addressee
        ("Decides to extend the mandate until 30 April 2020;", []),
        # a government: the State
        ("Calls upon the Government of the Sudan to cooperate;", ["sudan"]),
        # "every State" and a named State after a minted government
        ("Encourages every State to submit reports;", ["body/en/every-state"]),
        ("Calls upon the Transitional Federal Government and Ethiopia to ensure;",
         ["body/en/transitional-federal-government", "ethiopia"]),
        # not directive (welcomes): what follows is its object, not an addressee
        ("Welcomes the Panel of Experts;", []),
        # a word broken at a line end, an OCR double hyphen: still the registry's
        ("Requests the Secretary-\nGeneral to report;", ["secretary-general"]),
        ("Requests the Secretary--General to report;", ["secretary-general"]),
        # a name with "and" inside its "of" part is one body
        ("Requests the Chairman-in-Office of the Conference on Security and Cooperation in "
         "Europe to report;",
         ["body/en/chairman-in-office-of-the-conference-on-security-and-cooperation-in-europe"]),
        # an adverb after the verb, "appeals to"
        ("Requests also the Panel of Experts to report;", ["body/en/panel-of-experts"]),
        ("Appeals to all parties to show restraint;", ["all-parties"]),
        # "decides to <verb>": the Council acts, what follows is not an addressee
        ("Decides to authorize Member States to take measures;", []),
        # a possessive names something of the body's, not the body
        # the registry's mission in a possessive: its leadership is the mission's
        ("Requests MINUSCA's leadership to report;", ["minusca"]),
        # an adjective before "side": a group
        ("Calls upon the Turkish Cypriot side to engage;", ["body/en/turkish-cypriot-side"]),
        # "including" is not part of a group's name: the States after it are addressed too
        ("Urges all parties, including States of the region, to cooperate;",
         ["all-parties", "body/en/states"]),
        # determiners and "concerned" around the registry's group: the registry's group
        ("Calls upon all the parties concerned to cooperate;", ["all-parties"]),
        ("Demands that all other parties withdraw;", ["all-parties"]),
        # "the two parties": both parties, the registry's group
        ("Calls upon the two parties to co-operate;", ["all-parties"]),
        # "the parties" addressed: the parties to the situation, the registry's group
        ("Calls again on the parties to implement the decision;", ["all-parties"]),
    ],
)
def test_addressees_of_directive_paragraphs(body, expected):
    assert addressees_of(resolve_operative([body])).get("OP1", []) == expected


def test_a_head_word_alone_is_the_body_the_text_named():
    # "the Panel" after "the Panel of Experts": the same body
    resolved = resolve_operative(["Requests the Panel of Experts to report;",
                                  "Requests the Panel to share its findings;"])
    assert addressees_of(resolved) == {"OP1": ["body/en/panel-of-experts"],
                                       "OP2": ["body/en/panel-of-experts"]}


def test_a_short_title_after_the_longer_one_is_the_same_instrument():
    # "the Ceasefire Agreement" after "the Lusaka Ceasefire Agreement": one minted instrument
    resolved = resolve_operative(["Calls upon the parties to the Lusaka Ceasefire Agreement to "
                                  "act;", "Reminds all parties of the Ceasefire Agreement;"])
    assert [f.label for f in resolved.found if "/instrument/" in f.iri] == [
        "Lusaka Ceasefire Agreement"]


def test_minted_addressees_are_uncurated_bodies_labelled_as_found():
    from graph.namespaces import UNSC

    resolved = resolve_operative(["Requests the Panel of Experts and all neighbouring States to "
                                  "report;"])
    assert {(f.label, f.cls.split("#")[1], f.lang) for f in resolved.found} == {
        ("Panel of Experts", "Mechanism", "en"), ("all neighbouring States", "StateGroup", "en")}
    assert all(f.cls in (UNSC.Mechanism, UNSC.StateGroup) for f in resolved.found)


@pytest.mark.parametrize(
    ("bodies", "expected", "warned"),
    [
        # the text names one committee (the registry's 1267 Committee): "the Committee" is it
        (["Recalls the Committee established pursuant to resolution 1267 (1999);",
          "Requests the Committee to report;"], ["committee-1267"], False),
        # no committee named anywhere: a warning, no guess
        (["Requests the Committee to report;"], [], True),
    ],
)
def test_the_committee_is_the_one_the_text_names(bodies, expected, warned):
    resolved = resolve_operative(bodies)
    label = f"OP{len(bodies)}"
    assert addressees_of(resolved).get(label, []) == expected
    assert bool([w for w in resolved.warnings if "Committee" in w.message]) is warned


def test_chinese_addressees_go_through_the_same_path():
    # what a Chinese finder reports as an unrecognised addressee (entity None) is found in the
    # registry by its whole name or minted as a body, as in English
    from pathlib import Path

    from graph.iri import entity_iri, found_entity_iri, verb_iri
    from graph.model import (
        Clause,
        EntityRef,
        Findings,
        Header,
        Paragraph,
        ParsedText,
        SourceText,
        Span,
    )
    from graph.registry import load_registry
    from graph.resolve import resolve_text

    text = "1. 请专家小组和会员国提交报告；"
    para = Paragraph("OP", 1, Span(0, len(text)), text, text, 1)
    source = SourceText(Path("x.txt"), text, "0", "zh", "utf-8", match_text=text)
    parsed = ParsedText(source, Header("S/RES/1390 (2002)", 1390, 2002), [para])
    clause = Clause(Span(3, len(text)), verb_iri("requests"), Span(3, 4),
                    [EntityRef(Span(4, 8), "专家小组"), EntityRef(Span(9, 12), "会员国")])
    resolved = resolve_text(parsed, [Findings(para, [], [clause])], load_registry())
    minted = found_entity_iri("body", "专家小组", "zh")
    assert [o.addressee for o in resolved.obligations] == [minted, entity_iri("member-states")]
    assert [(f.label, f.cls.split("#")[1]) for f in resolved.found] == [("专家小组", "Mechanism")]
