"""Tests of the meeting tables, the veto list and the UNDL record table as graph sources."""

from __future__ import annotations

import itertools
import shutil
import time
from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS, XSD

from graph.builder import BuildSummary, collect_inputs, read_sources
from graph.catalogue import (
    merge_documents,
    merge_meetings,
    table_documents,
    table_meetings,
    veto_documents,
)
from graph.context import record_facts
from graph.emit.catalogue import generate_catalogue_triples
from graph.emit.library import generate_undl_triples, generate_veto_triples
from graph.errors import InputError
from graph.iri import document_iri, entity_iri, meeting_iri
from graph.namespaces import ELI, UNSC
from graph.sources.meetings import (
    ERRATA,
    detect_meeting_file,
    parse_meeting_table,
    read_meeting_folder,
    read_meeting_tables,
    resolution_symbols,
)
from graph.sources.undl import parse_undl_records, read_undl_records
from graph.sources.vetoes import detect_veto_file, read_veto_table

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "meetings"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MEETINGS_DIR = SHARED / "corpus" / "un-meetings"
UNDL_CSV = SHARED / "corpus" / "undl-records" / "UNSC_Record-Table_2722.csv"

EARLY = FIXTURES / "meetings-1947-fixture.html"
RECENT = FIXTURES / "meetings-2017-fixture.html"
COVID = FIXTURES / "scact2020_covid_table_en.html"
MIDDLE = FIXTURES / "meetings-1993-fixture.html"
VETO = FIXTURES / "scact_veto_table_en.html"


@pytest.fixture(scope="module")
def fixture_records():
    return read_meeting_tables([EARLY, MIDDLE, RECENT, COVID])


@pytest.fixture(scope="module")
def fixture_vetoes():
    return read_veto_table(VETO)


def generate_meeting_triples(records, vetoes):
    """What the tables give the graph: their documents and meetings in the catalogue (merged
    as the build merges them) and the votes of the vetoes."""
    docs, veto_meetings = veto_documents(vetoes)
    merged, _ = merge_documents(table_documents(records) + docs)
    meetings = merge_meetings(table_meetings(records) + veto_meetings)
    yield from generate_catalogue_triples(merged, meetings)
    from graph.registry import load_registry

    states = set(load_registry().graph.subjects(RDF.type, UNSC.State))
    yield from generate_veto_triples(vetoes, states)


@pytest.fixture(scope="module")
def fixture_graph(fixture_records, fixture_vetoes):
    g = Graph()
    for t in generate_meeting_triples(fixture_records, fixture_vetoes):
        g.add(t)
    return g


def _by_symbol(records):
    return {o.symbol: (r, o) for r in records for o in r.outcomes}


# --- parsing the yearly tables ---------------------------------------------------------------


@pytest.mark.parametrize(
    "symbol, kind, meeting, day, vote, votes, topic",
    [
        # early table, rowspan layout (<th rowspan>), first agenda item of the meeting
        ("S/RES/37 (1947)", "resolution", 222, date(1947, 12, 9), "11-0-0", (11, 0, 0),
         "Provisional Rules of Procedure of the Security Council regarding the admission of "
         "New Members"),
        # same meeting, third agenda item: early vote written in words
        ("S/RES/36 (1947)", "resolution", 222, date(1947, 12, 9), "adopted unanimously", None,
         "The Palestine question"),
        # a row with two resolutions, each with its own vote
        ("S/RES/27 (1947)", "resolution", 173, date(1947, 8, 1), "8-0-3", (8, 0, 3),
         "The Indonesian question"),
        ("S/RES/28 (1947)", "resolution", 173, date(1947, 8, 1), "10-0-1", (10, 0, 1),
         "The Indonesian question"),
        # early failed draft, kept as an outcome of kind "draft"
        ("S/552", "draft", 202, date(1947, 9, 15), "9-2-0", (9, 2, 0), "The Greek question"),
        # 1993: resolution and a statement under an ordinary symbol "S/26809 (PRST)"
        ("S/RES/827 (1993)", "resolution", 3217, date(1993, 5, 25), "15-0-0", (15, 0, 0),
         "Establishment of an international tribunal for the prosecution of persons "
         "responsible for serious violations of international humanitarian law committed in "
         "the territory of the former Yugoslavia"),
        ("S/26809", "prst", 3320, date(1993, 11, 29), None, None,
         "The situation in the Middle East"),
        # recent table with a press release column
        ("S/RES/2388 (2017)", "resolution", 8111, date(2017, 11, 21), "15-0-0", (15, 0, 0),
         "Maintenance of international peace and security"),
        # presidential statement: no vote
        ("S/PRST/2017/27", "prst", 8149, date(2017, 12, 21), None, None,
         "United Nations peacekeeping operations"),
        # resolution and statement in one cell; date written "9 Nov."
        ("S/RES/2384 (2017)", "resolution", 8100, date(2017, 11, 9), "15-0-0", (15, 0, 0),
         "The situation in Bosnia and Herzegovina"),
        ("S/PRST/2017/21", "prst", 8100, date(2017, 11, 9), None, None,
         "The situation in Bosnia and Herzegovina"),
        # "S/RES/a and S/RES/b 13-0-2": one vote for both; "8 + 9 November": the last day
        ("S/RES/2382 (2017)", "resolution", 8099, date(2017, 11, 9), "13-0-2", (13, 0, 2),
         "Reports of the Secretary-General on the Sudan and South Sudan"),
        ("S/RES/2383 (2017)", "resolution", 8099, date(2017, 11, 9), "13-0-2", (13, 0, 2),
         "Reports of the Secretary-General on the Sudan and South Sudan"),
        # "Draft resolutionS/2017/970vetoed by": no blanks around the symbol
        ("S/2017/970", "draft", 8107, date(2017, 11, 17), "11-2-2", (11, 2, 2), "Middle East"),
        # videoconference of 2020: no meeting; the table's title says 2021
        ("S/RES/2560 (2020)", "resolution", None, date(2020, 12, 29), "15-0-0", (15, 0, 0),
         "Threats to international peace and security caused by terrorist acts"),
        ("S/PRST/2020/13", "prst", None, date(2020, 12, 21), None, None,
         "The promotion and strengthening of the rule of law"),
    ],
)
def test_outcomes(fixture_records, symbol, kind, meeting, day, vote, votes, topic):
    record, outcome = _by_symbol(fixture_records)[symbol]
    assert (outcome.kind, record.number, record.date) == (kind, meeting, day)
    assert (outcome.vote, outcome.votes, outcome.topic) == (vote, votes, topic)


@pytest.mark.parametrize(
    "source, numbers",
    [
        # 1947: a closed meeting with a communiqué, rowspan rows, a row missing its outcome
        # cell followed by a row with blank record and date (second agenda item)
        (EARLY, [223, 222, 202, 201, 173, 172]),
        # 2017: a resumption is its own row with the meeting's number
        (RECENT, [8151, 8149, 8111, 8107, 8105, 8105, 8100, 8099]),
        # 2020 videoconferences: no meeting record
        (COVID, [None, None, 8778]),
    ],
)
def test_meetings_in_table_order(source, numbers):
    assert [r.number for r in read_meeting_tables([source])] == numbers


@pytest.mark.parametrize(
    "number, record, topics, outcomes",
    [
        # communiqué only: no outcome
        (223, "S/PV.223 (closed)", ("Appointment of a Governor of the Free Territory of Trieste",),
         0),
        # three agenda items on three rows
        (222, "S/PV.222", ("Provisional Rules of Procedure of the Security Council regarding "
                           "the admission of New Members", "The Indonesian question",
                           "The Palestine question"), 2),
        # empty outcome cell, agenda item continued on a row with blank cells
        (201, "S/PV.201", ("The Greek question", "The Indonesian question"), 0),
    ],
)
def test_early_meeting_rows(fixture_records, number, record, topics, outcomes):
    [m] = [r for r in fixture_records if r.number == number]
    assert (m.record, m.topics, len(m.outcomes)) == (record, topics, outcomes)


def test_recent_table_keeps_press_release_and_resumption(fixture_records):
    resumed = [r for r in fixture_records if r.number == 8105]
    assert [r.record for r in resumed] == ["S/PV.8105 (Resumption 1)", "S/PV.8105"]
    assert [r.press_release for r in resumed] == ["none issued", "SC/13071"]
    assert all(not r.outcomes for r in resumed)  # one empty cell, one "--"


def test_double_encoded_bom_is_ignored():
    assert RECENT.read_bytes()[:6] == b"\xc3\xaf\xc2\xbb\xc2\xbf"
    assert read_meeting_tables([RECENT])[0].record == "S/PV.8151"


@pytest.mark.parametrize(
    "day, symbols",
    [
        # two resolutions at one meeting, two rows of the same cell
        (date(1947, 8, 1), ["S/RES/27 (1947)", "S/RES/28 (1947)"]),
        # two resolutions of one meeting, ordered by number
        (date(1947, 12, 9), ["S/RES/36 (1947)", "S/RES/37 (1947)"]),
        # exactly one
        (date(2017, 11, 21), ["S/RES/2388 (2017)"]),
        # a statement only: no resolution
        (date(2017, 12, 21), []),
        # no meeting at all
        (date(1947, 8, 2), []),
    ],
)
def test_resolutions_on(fixture_records, day, symbols):
    assert list(record_facts(fixture_records).adopted_on.get(day, ())) == symbols


# --- the veto list ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, day, meeting, members",
    [
        # vote by videoconference: the records are letters, no meeting
        ("S/2020/852", date(2020, 8, 31), None, ("USA",)),
        ("S/2017/970", date(2017, 11, 17), 8107, ("Russian Federation",)),
        # two-digit year
        ("S/17769/Rev.1", date(1986, 1, 30), 2642, ("USA",)),
        # a range of days: the last one, when the vote was taken
        ("S/16077/Rev.1", date(1983, 10, 28), 2491, ("USA",)),
        # members separated by </br>
        ("S/14462", date(1981, 4, 30), 2277, ("France", "UK", "USA")),
        # draft cell "S/552, S/PV.202": the document symbol
        ("S/552", date(1947, 9, 15), 202, ("USSR",)),
        # proposal without a document; members separated by a comma
        (None, date(1946, 6, 26), 49, ("France", "USSR")),
    ],
)
def test_veto_rows(fixture_vetoes, draft, day, meeting, members):
    [v] = [v for v in fixture_vetoes if v.draft == draft]
    assert (v.date, v.meeting, v.members) == (day, meeting, members)


# --- errors and routing ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, problem",
    [
        # a table, but not of meetings
        ("not_a_meeting_table.html", "not a meeting table"),
        # a meetings table whose date cell is not a date
        ("scact1999_bad_date_table_en.html", "no date"),
        # no table at all
        ("notes.txt", "no HTML table"),
    ],
)
def test_bad_meeting_tables_raise_input_error(name, problem):
    with pytest.raises(InputError, match=problem) as err:
        read_meeting_tables([FIXTURES / name])
    assert err.value.path.endswith(name)


def test_veto_reader_rejects_a_meeting_table():
    with pytest.raises(InputError, match="not the veto list") as err:
        read_veto_table(EARLY)
    assert err.value.path.endswith(EARLY.name)


def test_not_utf8_raises_input_error(tmp_path):
    bad = tmp_path / "scact1950_table_en.html"
    bad.write_bytes(b"<table>\xff\xfe</table>")
    with pytest.raises(InputError, match="not UTF-8") as err:
        read_meeting_tables([bad])
    assert err.value.path == str(bad)


def test_parse_is_pure_and_names_the_source():
    with pytest.raises(InputError, match=r"^given-name: "):
        parse_meeting_table("<p>nothing</p>", "given-name")


@pytest.mark.parametrize(
    "name, meeting, veto",
    [
        # yearly tables, early and recent
        ("meetings-1947-fixture.html", True, False),
        ("meetings-2017-fixture.html", True, False),
        # the veto list is routed here too, and recognised as such
        ("scact_veto_table_en.html", True, True),
        # another HTML table, a text file, a CSV
        ("not_a_meeting_table.html", False, False),
        ("notes.txt", False, False),
        ("undl_records.csv", False, False),
    ],
)
def test_detect(name, meeting, veto):
    assert detect_meeting_file(FIXTURES / name) is meeting
    assert detect_veto_file(FIXTURES / name) is veto


def test_read_meeting_folder_skips_other_files(tmp_path):
    for name in ["meetings-1947-fixture.html", "scact_veto_table_en.html", "notes.txt",
                 "not_a_meeting_table.html", "undl_records.csv"]:
        shutil.copy(FIXTURES / name, tmp_path / name)
    records, vetoes = read_meeting_folder(tmp_path)
    assert {r.source for r in records} == {"meetings-1947-fixture.html"}
    assert len(vetoes) == 7


# --- triples ---------------------------------------------------------------------------------

RES = document_iri("S/RES/2388 (2017)")
PRST = document_iri("S/PRST/2017/21")
VETOED = document_iri("S/14462")


def _int(n):
    return Literal(n, datatype=XSD.integer)


def _day(s):
    return Literal(s, datatype=XSD.date)


@pytest.mark.parametrize(
    "s, p, o",
    [
        # a resolution with everything the tables say about it
        (RES, RDF.type, UNSC.SecurityCouncilResolution),
        (RES, DCTERMS.identifier, Literal("S/RES/2388 (2017)")),
        (RES, UNSC.number, _int(2388)),
        (RES, UNSC.year, _int(2017)),
        (RES, DCTERMS.date, _day("2017-11-21")),
        (RES, UNSC.adoptedAt, URIRef("https://w3id.org/unsc-graph/id/meeting/8111")),
        (RES, UNSC.topic, Literal("Maintenance of international peace and security", lang="en")),
        (RES, UNSC.vote, Literal("15-0-0")),
        (RES, UNSC.votesFor, _int(15)),
        (RES, UNSC.votesAgainst, _int(0)),
        (RES, UNSC.abstentions, _int(0)),
        (RES, FOAF.page, URIRef("https://undocs.org/S/RES/2388(2017)")),
        (RES, ELI.passed_by, URIRef("https://w3id.org/unsc-graph/id/entity/security-council")),
        # the meeting
        (meeting_iri(8111), RDF.type, UNSC.Meeting),
        (meeting_iri(8111), UNSC.meetingNumber, _int(8111)),
        (meeting_iri(8111), DCTERMS.date, _day("2017-11-21")),
        (meeting_iri(8111), FOAF.page, URIRef("https://undocs.org/S/PV.8111")),
        # a presidential statement
        (PRST, RDF.type, UNSC.PresidentialStatement),
        (PRST, DCTERMS.identifier, Literal("S/PRST/2017/21")),
        (PRST, UNSC.year, _int(2017)),
        (PRST, DCTERMS.date, _day("2017-11-09")),
        (PRST, UNSC.adoptedAt, meeting_iri(8100)),
        # a vetoed draft
        (VETOED, RDF.type, UNSC.VetoedDraft),
        (VETOED, DCTERMS.identifier, Literal("S/14462")),
        (VETOED, UNSC.year, _int(1981)),
        (VETOED, DCTERMS.date, _day("1981-04-30")),
        (VETOED, UNSC.votedAt, meeting_iri(2277)),
        (VETOED, UNSC.vetoedBy, entity_iri("france")),
        (VETOED, UNSC.vetoedBy, entity_iri("united-kingdom")),
        (VETOED, UNSC.vetoedBy, entity_iri("united-states")),
        # a statement of 1993 under an ordinary symbol: a document adopted at the meeting
        (document_iri("S/26809"), RDF.type, UNSC.Document),
        (document_iri("S/26809"), UNSC.year, _int(1993)),
        (document_iri("S/26809"), UNSC.adoptedAt, meeting_iri(3320)),
    ],
)
def test_triples_present(fixture_graph, s, p, o):
    assert (s, p, o) in fixture_graph


@pytest.mark.parametrize(
    "s, p",
    [
        # vote in words ("adopted unanimously"): no unsc:vote (the shapes want "a-b-c"), no counts
        (document_iri("S/RES/36 (1947)"), UNSC.vote),
        (document_iri("S/RES/36 (1947)"), UNSC.votesFor),
        # videoconference: no meeting to link
        (document_iri("S/RES/2560 (2020)"), UNSC.adoptedAt),
        # failed drafts of the meeting tables are not documents of the graph
        (document_iri("S/2017/970"), UNSC.vote),
        # videoconference veto: no meeting
        (document_iri("S/2020/852"), UNSC.votedAt),
    ],
)
def test_triples_absent(fixture_graph, s, p):
    assert fixture_graph.value(s, p) is None


def test_each_node_described_once(fixture_graph):
    # a meeting with a resumption has one date; S/552 is listed twice (the fixture has it
    # once in the meeting table and once in the veto list) and has one type of veto
    assert len(list(fixture_graph.objects(meeting_iri(8105), DCTERMS.date))) == 1
    assert set(fixture_graph.objects(document_iri("S/552"), RDF.type)) == {UNSC.VetoedDraft}
    for res in fixture_graph.subjects(RDF.type, UNSC.SecurityCouncilResolution):
        assert len(list(fixture_graph.objects(res, DCTERMS.date))) == 1


def test_no_blank_nodes_and_deterministic(fixture_records, fixture_vetoes):
    first = list(generate_meeting_triples(fixture_records, fixture_vetoes))
    again = list(generate_meeting_triples(list(reversed(fixture_records)), fixture_vetoes))
    assert first == again
    assert all(isinstance(t, (URIRef, Literal)) for triple in first for t in triple)


def test_fixture_graph_satisfies_the_shapes(fixture_graph):
    from graph.validate import validate_graph

    result = validate_graph(fixture_graph)
    assert result.conforms, result.text


@pytest.mark.parametrize(
    "files, years, day, on_day",
    [
        # one table: the range of numbers of 1947 as far as the fixture lists them
        (["meetings-1947-fixture.html"], {1947: (27, 37)}, date(1947, 8, 1),
         ("S/RES/27 (1947)", "S/RES/28 (1947)")),
        # two tables and the veto list: a range per year
        (["meetings-1993-fixture.html", "meetings-2017-fixture.html", "scact_veto_table_en.html"],
         {1993: (827, 887), 2017: (2382, 2397)}, date(2017, 11, 9),
         ("S/RES/2382 (2017)", "S/RES/2383 (2017)", "S/RES/2384 (2017)")),
    ],
)
def test_read_sources(files, years, day, on_day):
    summary = BuildSummary()
    sources = read_sources(collect_inputs(
        [FIXTURES / f for f in files] + [FIXTURES / "undl_records.csv"]), summary)
    facts = record_facts(sources.meetings)
    assert (facts.years, facts.adopted_on[day], summary.skipped) == (years, on_day, [])
    assert sources.undl and sources.documents


def test_read_sources_skips_or_raises():
    other = FIXTURES / "not_a_meeting_table.html"
    bad = FIXTURES / "scact1999_bad_date_table_en.html"
    summary = BuildSummary()
    sources = read_sources(collect_inputs([FIXTURES]), summary)
    skipped = [p for p, _ in summary.skipped]
    assert str(other) in skipped and str(bad) in skipped
    assert record_facts(sources.meetings).years[1947] == (27, 37)
    with pytest.raises(InputError) as err:
        read_sources(collect_inputs([EARLY, bad]), BuildSummary())
    assert err.value.path == str(bad)


def test_council_entity_comes_from_iri_module(fixture_graph):
    assert set(fixture_graph.objects(predicate=ELI.passed_by)) == {entity_iri("security-council")}


# --- UNDL records ----------------------------------------------------------------------------


def test_undl_records_and_triples(fixture_records):
    records = read_undl_records(FIXTURES / "undl_records.csv")
    assert records[2388] == "https://digitallibrary.un.org/record/1310710"
    triples = set(generate_undl_triples(records, resolution_symbols(fixture_records)))
    assert (RES, RDFS.seeAlso, URIRef("https://digitallibrary.un.org/record/1310710")) in triples
    # 27 and 2388 are in the tables; 36 too; 2999 has no known symbol and is left out
    assert {str(s).rsplit("/", 1)[1] for s, _, _ in triples} == {
        "27(1947)", "36(1947)", "2388(2017)"}


@pytest.mark.parametrize(
    "text, problem",
    [
        # wrong header
        ("number,url\n1,https://digitallibrary.un.org/record/1\n", "header"),
        # not a URL of the library
        ("res_no,url_record\n27,not a url\n", "line 2"),
        # one number, two records
        ("res_no,url_record\n1,https://digitallibrary.un.org/record/1\n"
         "1,https://digitallibrary.un.org/record/2\n", "two records"),
        # header only
        ("res_no,url_record\n", "no records"),
    ],
)
def test_bad_undl_tables(text, problem):
    with pytest.raises(InputError, match=problem):
        parse_undl_records(text, "undl.csv")


def test_bad_undl_file_names_the_file():
    with pytest.raises(InputError) as err:
        read_undl_records(FIXTURES / "undl_bad.csv")
    assert err.value.path.endswith("undl_bad.csv")


# --- the real tables in ../shared ------------------------------------------------------------


@pytest.fixture(scope="module")
def shared_tables():
    if not MEETINGS_DIR.is_dir():
        pytest.skip(f"../shared not present: {MEETINGS_DIR}")
    start = time.perf_counter()
    records, vetoes = read_meeting_folder(MEETINGS_DIR)
    seconds = time.perf_counter() - start
    return records, vetoes, seconds


def test_shared_every_file_is_detected():
    if not MEETINGS_DIR.is_dir():
        pytest.skip(f"../shared not present: {MEETINGS_DIR}")
    files = sorted(MEETINGS_DIR.glob("scact*.html"))
    assert len(files) == 79  # 77 years 1946-2022, a second table for 2020, the veto list
    assert all(detect_meeting_file(f) for f in files)
    assert [f.name for f in files if detect_veto_file(f)] == ["scact_veto_table_en.html"]


def test_shared_resolution_numbering_has_no_gaps(shared_tables):
    records, _, seconds = shared_tables
    symbols = resolution_symbols(records)
    print(f"\nparsed {len(records)} meeting rows in {seconds:.2f} s; "
          f"{len(symbols)} distinct resolutions")
    assert min(symbols) == 1
    assert sorted(symbols) == list(range(1, max(symbols) + 1))
    assert max(symbols) == 2640  # S/RES/2640 (2022) of 29 June 2022, the last row
    assert symbols[2640] == "S/RES/2640 (2022)"


@pytest.mark.parametrize(
    "symbol, meeting, day, vote",
    [
        ("S/RES/2388 (2017)", 8111, date(2017, 11, 21), (15, 0, 0)),
        # adopted unanimously by the 15 members
        ("S/RES/827 (1993)", 3217, date(1993, 5, 25), (15, 0, 0)),
        # corrected slips of the tables (ERRATA)
        ("S/RES/666 (1990)", 2939, date(1990, 9, 13), (13, 2, 0)),
        ("S/RES/695 (1991)", 2990, date(1991, 5, 30), (15, 0, 0)),
        ("S/RES/663 (1990)", 2936, date(1990, 8, 14), (15, 0, 0)),
        # printed "S/RES/207 (1964)" in the 1965 table
        ("S/RES/207 (1965)", None, date(1965, 8, 10), (11, 0, 0)),
        # the first resolution, 1946
        ("S/RES/1 (1946)", None, date(1946, 1, 25), None),
    ],
)
def test_shared_known_resolutions(shared_tables, symbol, meeting, day, vote):
    records, _, _ = shared_tables
    found = [(r, o) for r in records for o in r.outcomes if o.symbol == symbol]
    assert found, symbol
    (r, o), *_ = found
    assert r.date == day
    if meeting is not None:
        assert r.number == meeting
    if vote is not None:
        assert o.votes == vote


def test_shared_errata_are_needed(shared_tables):
    # each corrected symbol would otherwise be listed at two meetings
    records, _, _ = shared_tables
    for (meeting, printed), corrected in ERRATA.items():
        at = {r.number for r in records for o in r.outcomes if o.symbol == printed}
        assert meeting not in at and len(at) == 1
        assert any(o.symbol == corrected for r in records if r.number == meeting
                   for o in r.outcomes)


#: meetings whose date the tables print out of order: S/PV.3311 (election to the ICJ) is dated
#: 30 October 1993 between meetings of 10 and 11 November 1993
OUT_OF_ORDER = {3311}


def test_shared_dates_follow_meeting_numbers(shared_tables):
    records, _, _ = shared_tables
    by_source: dict[str, list] = {}
    for r in records:
        by_source.setdefault(r.source, []).append(r)
    for source, rows in by_source.items():
        assert len({r.date.year for r in rows}) == 1, source
        first = sorted((r.number, r.date) for r in rows
                       if r.number is not None and r.number not in OUT_OF_ORDER
                       and "Resumption" not in r.record and "Part" not in r.record)
        for (n1, d1), (n2, d2) in itertools.pairwise(first):
            assert d1 <= d2, f"{source}: S/PV.{n1} {d1} after S/PV.{n2} {d2}"


def test_shared_vetoes(shared_tables):
    _, vetoes, _ = shared_tables
    assert len(vetoes) > 200
    assert all(v.members for v in vetoes)
    assert all(1946 <= v.date.year <= 2022 for v in vetoes)
    [v] = [v for v in vetoes if v.draft == "S/2022/431"]
    assert (v.meeting, v.members) == (9048, ("China", "Russian Federation"))


def test_shared_triples_and_undl(shared_tables):
    records, vetoes, _ = shared_tables
    start = time.perf_counter()
    triples = list(generate_meeting_triples(records, vetoes))
    seconds = time.perf_counter() - start
    assert len(triples) == len(set(triples))
    kinds = {}
    for _, p, o in triples:
        if p == RDF.type:
            kinds[o] = kinds.get(o, 0) + 1
    assert kinds[UNSC.SecurityCouncilResolution] == 2640
    assert kinds[UNSC.Meeting] == len({r.number for r in records if r.number is not None})
    if not UNDL_CSV.is_file():
        pytest.skip(f"../shared not present: {UNDL_CSV}")
    undl = read_undl_records(UNDL_CSV)
    assert sorted(undl) == list(range(1, 2723))
    see_also = list(generate_undl_triples(undl, resolution_symbols(records)))
    assert len(see_also) == 2640
    print(f"\n{len(triples)} meeting triples in {seconds:.2f} s, {kinds}; "
          f"{len(see_also)} rdfs:seeAlso")


def test_veto_members_are_the_registrys_states():
    # the list's "UK", "USSR", "USA" are the registry's States: no second name, no other type
    from graph.registry import load_registry

    states = set(load_registry().graph.subjects(RDF.type, UNSC.State))
    vetoes = read_veto_table(VETO)
    triples = set(generate_veto_triples(vetoes, states))
    members = {o for _, p, o in triples if p == UNSC.vetoedBy}
    assert {entity_iri(s) for s in ("united-kingdom", "ussr", "united-states")} <= members
    assert members <= states
    assert not any(s in members for s, p, _ in triples if p in (RDF.type, SKOS.prefLabel))
    # a member the registry does not know is a State of its own, named as listed
    unknown = set(generate_veto_triples(vetoes, states - {entity_iri("ussr")}))
    assert (entity_iri("ussr"), SKOS.prefLabel, Literal("USSR", lang="en")) in unknown
    assert (entity_iri("ussr"), RDF.type, UNSC.State) in unknown
