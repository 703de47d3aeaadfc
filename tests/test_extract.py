"""The adoption data of the UN's XML texts (graph.sources.extract) and the States of the
registry (data/registry/states.ttl)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.iri import entity_iri
from graph.registry import load_registry
from graph.sources.extract import (
    parse_adoption_date,
    read_adoption_records,
    resolve_states,
    state_iri,
)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "extract"
DATA = ROOT.parent / "shared" / "corpus" / "akn" / "data_extract"


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.fixture(scope="module")
def records():
    return {r.symbol: r for r in read_adoption_records(FIXTURES / "2026.json")}


def test_a_full_record(records):
    r = records["S/RES/2999 (2026)"]
    assert (r.meeting, r.adopted, r.chapter_vii) == (10100, date(2026, 3, 5), True)
    assert (r.draft, r.record, r.agenda_item) == (
        "S/2026/150", "S/PV.10100", "Maintenance of international peace and security")
    assert r.votes == (13, 0, 2)  # the empty count is that of the empty list
    assert r.abstaining == ("CONGO", "RUSSIAN FEDERATION") and r.against == ()
    # sponsors and additional sponsors; the report is a note, not a sponsor
    assert r.sponsors == ("GEORGIA", "CHAD", "LICHTENSTEIN")
    assert r.sponsor_notes == ("REPORT OF THE SECRETARY-GENERAL",)
    assert r.sdgs == ("16", "5") and r.subjects[0] == ("TRAFFICKING IN PERSONS", "UNBIS Thesaurus")
    assert r.source.endswith("2026.json")


def test_missing_fields_are_tolerated(records):
    r = records["S/RES/2998 (2026)"]
    # no meeting (voting by mail); the day from the title line without its space
    assert (r.meeting, r.adopted, r.chapter_vii, r.in_favour, r.votes) == (
        None, date(2026, 1, 20), None, (), None)
    r = records["S/RES/2997 (2026)"]
    assert (r.meeting, r.record) == (10042, "S/PV.10042 (Resumption 1)")


@pytest.mark.parametrize("text, day", [
    ("19 January 2017", date(2017, 1, 19)),  # as the field writes it
    ("Adopted by the Security Council at its 7600th meeting, on20 January 2016",
     date(2016, 1, 20)),  # the title line, space lost
    ("2016-01-20", date(2016, 1, 20)),  # ISO
    ("31 February 2016", None),  # no such day
    ("", None),  # nothing
])
def test_adoption_date(text, day):
    assert parse_adoption_date(text) == day


@pytest.mark.parametrize("name, problem", [
    ("broken-line.json", r"broken-line\.json: line 2: not JSON"),  # cut in the middle
    ("not-an-object.json", r"line 2: not a JSON object"),  # a list
    ("wrong-type.json", r"line 1: field 'MS_in_favour' is not a list of names"),  # a mapping
    ("no-symbol.json", r"line 1: no symbol"),  # the key is missing
    ("absent.json", r"no such file"),  # no file
])
def test_bad_files_are_refused_by_file_and_line(name, problem):
    with pytest.raises(InputError, match=problem):
        read_adoption_records(FIXTURES / name)


@pytest.mark.parametrize("name, slug", [
    ("UNITED STATES ", "united-states"),  # a trailing space
    ("UNITED KINGDOM", "united-kingdom"),  # the veto list's slug
    ("RUSSIAN FEDERATION", "russian-federation"),
    ("VENEZUELA (BOLIVARIAN REPUBLIC OF)", "venezuela"),  # the UN's form, upper case
    ("PLURINATIONAL STATE OF BOLIVIA", "bolivia"),  # another order
    ("NETHERLANDS (KINGDOM OF THE)", "netherlands"),
    ("BAHAMAS (THE)", "bahamas"),  # a hidden label
    ("TÜRKİYE", "turkiye"),  # a dotted capital I
    ("CÔTE D’IVOIRE", "cote-d-ivoire"),  # a curly apostrophe
    ("LIBYAN ARAB JAMAHIRIYA", "libya"),  # a former name: the IRI of the older texts
    ("LIBYA ARAB JAMAHIRIYA", "libya"),  # one letter short
    ("LICHTENSTEIN", "liechtenstein"),  # one letter short
    ("CHILEs", "chile"),  # one letter too many
    ("THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA", "north-macedonia"),
    ("GUINEA", "guinea"), ("GUINEA-BISSAU", "guinea-bissau"),
    ("PAPUA NEW GUINEA", "papua-new-guinea"), ("EQUATORIAL GUINEA", "equatorial-guinea"),
    ("CONGO", "congo"), ("DEMOCRATIC REPUBLIC OF THE CONGO", "drc"),
    ("SUDAN", "sudan"), ("SOUTH SUDAN", "south-sudan"),
    ("NIGER", "niger"), ("NIGERIA", "nigeria"),
    ("GEORGIA", "georgia"), ("CHAD", "chad"),
])
def test_state_iri(registry, name, slug):
    assert state_iri(name, registry) == entity_iri(slug)


@pytest.mark.parametrize("name", [
    "REPORT OF THE SECRETARY-GENERAL",  # not a State
    "MALTESE",  # two letters from Malta: not corrected
    "CHAO",  # too short to correct (Chad)
    "",  # nothing
])
def test_state_iri_none(registry, name):
    assert state_iri(name, registry) is None


def test_split_name_is_joined(registry, records):
    names = records["S/RES/2999 (2026)"].in_favour
    resolved = resolve_states(names, registry)
    assert ("CÔTE D'IVOIRE", entity_iri("cote-d-ivoire")) in resolved
    assert len(resolved) == len(names) - 1 and all(iri for _, iri in resolved)


@pytest.mark.parametrize("lang, text, slugs", [
    # the longest name wins: Guinea, Guinea-Bissau, Papua New Guinea, Equatorial Guinea
    ("en", "Guinea, Guinea-Bissau, Papua New Guinea and Equatorial Guinea",
     ["guinea", "guinea-bissau", "papua-new-guinea", "equatorial-guinea"]),
    # the Congo and the Democratic Republic of the Congo; the Sudan and South Sudan
    ("en", "the Congo, the Democratic Republic of the Congo, the Sudan and South Sudan",
     ["congo", "drc", "sudan", "south-sudan"]),
    # Niger and Nigeria; Georgia and Chad
    ("en", "the Niger, Nigeria, Georgia and Chad", ["niger", "nigeria", "georgia", "chad"]),
    # an abbreviation of the texts
    ("en", "the Government of the DRC", ["drc"]),
    # the same in Chinese (no spaces between words)
    ("zh", "几内亚、几内亚比绍、巴布亚新几内亚和赤道几内亚",
     ["guinea", "guinea-bissau", "papua-new-guinea", "equatorial-guinea"]),
    ("zh", "刚果、刚果民主共和国、苏丹和南苏丹", ["congo", "drc", "sudan", "south-sudan"]),
    ("zh", "尼日尔和尼日利亚", ["niger", "nigeria"]),
    # 刚果(金) is the Democratic Republic of the Congo
    ("zh", "欢迎刚果(金)呼吁", ["drc"]),
])
def test_state_names_in_texts(registry, lang, text, slugs):
    found = registry.find_entities(text, lang)
    assert [str(iri).rsplit("/", 1)[1] for _, _, iri in found] == slugs


def test_states_are_places_for_the_finders(registry):
    assert registry.kind(entity_iri("libya")) == "place"
    assert registry.kind(entity_iri("ussr")) == "place"


def test_every_listed_name_resolves(registry, capsys):
    if not DATA.is_dir():
        pytest.skip("../shared not present: data_extract is needed for this test")
    names = unresolved = 0
    notes: set[str] = set()
    records = 0
    for f in sorted(DATA.glob("*.json")):
        for r in read_adoption_records(f):
            records += 1
            notes.update(r.sponsor_notes)
            for listed in (r.in_favour, r.against, r.abstaining, r.sponsors):
                for _name, iri in resolve_states(listed, registry):
                    names += 1
                    unresolved += iri is None
    with capsys.disabled():
        print(f"\ndata_extract: {records} records, {names} listed names; entries that name "
              f"no State: {sorted(notes)}")
    assert records > 1500 and names > 20000 and unresolved == 0
