"""Meeting tables that are cut short or hold outcomes that cannot be read.

A table cut short loses its oldest meetings (the tables list the newest first): it is refused
with one line naming the file (skipped when found in a folder). An outcome that looks like a
symbol or a vote but cannot be read, and a gap in the meeting numbers between the tables of
consecutive years, are warnings: nothing is lost without a word. The damaged tables are made
from the fixtures in ``tests/fixtures/meetings`` at test time.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from graph.builder import BuildSummary, collect_inputs, read_sources
from graph.cli import main
from graph.context import record_facts
from graph.errors import InputError
from graph.sources.meetings import parse_meeting_table, read_meeting_tables, read_table_file
from graph.sources.vetoes import parse_veto_table
from tests.conftest import FIXTURES, SHARED

MEETINGS = FIXTURES / "meetings"
REAL = SHARED / "corpus" / "un-meetings"
UNDL_CSV = SHARED / "corpus" / "undl-records" / "UNSC_Record-Table_2722.csv"

TABLES = ["meetings-1947-fixture.html", "meetings-1993-fixture.html",
          "meetings-2017-fixture.html", "scact2020_covid_table_en.html"]


def _text(name: str) -> str:
    return (MEETINGS / name).read_text(encoding="utf-8")


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- a file cut short is refused -------------------------------------------------------------


@pytest.mark.parametrize(
    "name, marker, after, problem",
    [
        # cut inside the closing tag of the last row: every cell of the row is there
        ("meetings-2017-fixture.html", "</tr>", 4, "ends inside a tag"),
        # cut inside the text of the last cell (a vote)
        ("meetings-2017-fixture.html", "13-0-2", 3, "ends inside a table row"),
        # cut after a complete cell, before the others of the row
        ("meetings-1993-fixture.html", "</td>", 5, "ends inside a table row"),
        # cut right after a row: neither the table nor the page is closed
        ("meetings-1947-fixture.html", "</tr>", 5, "without closing the table"),
        # videoconference table, cut inside the start tag of a cell
        ("scact2020_covid_table_en.html", "<td", 3, "ends inside a tag"),
        # the veto list (it never closes its table, only the page), cut inside a row
        ("scact_veto_table_en.html", "<td>", 4, "ends inside a table row"),
    ],
)
def test_a_table_cut_short_is_refused(tmp_path, name, marker, after, problem):
    text = _text(name)
    cut = _write(tmp_path, name, text[:text.rindex(marker) + after])
    read = read_table_file(cut)
    assert isinstance(read, InputError), read
    assert read.problem.startswith("truncated: ") and problem in read.problem
    assert read.path.endswith(name) and "\n" not in str(read)


@pytest.mark.parametrize("name", [*TABLES, "scact_veto_table_en.html"])
def test_no_cut_loses_meetings_silently(name):
    # at every length, the prefix of the table is refused or reads as the whole table (the
    # cut fell after the end of the table)
    text = _text(name)
    parse = parse_veto_table if "veto" in name else parse_meeting_table
    whole = parse(text, name)
    accepted = []
    for end in range(1, len(text)):
        try:
            rows = parse(text[:end], name)
        except InputError:
            continue
        assert rows == whole, f"{name} cut at {end} of {len(text)}: {len(rows)} rows"
        accepted.append(end)
    assert all(end > text.rindex("</tr>") for end in accepted)


@pytest.mark.parametrize("fraction", [0.25, 0.5, 0.9])
def test_real_tables_cut_short_are_refused(fraction):
    # every table of the library, cut at a fraction of its length
    if not REAL.is_dir():
        pytest.skip(f"../shared not present: {REAL}")
    files = sorted(REAL.glob("scact*.html"))
    assert len(files) == 79
    accepted = []
    for path in files:
        text = path.read_text(encoding="utf-8-sig")
        parse = parse_veto_table if "veto" in path.name else parse_meeting_table
        cut = text[:int(len(text) * fraction)]
        try:
            parse(cut, path.name)
        except InputError as e:
            # before the table begins, the file is no table at all
            assert e.problem.startswith("truncated: ") or "<table" not in cut.lower(), (
                path.name, e.problem)
        else:
            accepted.append(path.name)
    assert accepted == []


def _read(paths, named=False):
    """The build's reading of the tables: (year ranges, skipped, warnings)."""
    summary = BuildSummary()
    inputs = collect_inputs(paths)
    if not named:
        inputs.named = set()
    sources = read_sources(inputs, summary)
    return record_facts(sources.meetings).years, summary.skipped, summary.warnings


def test_real_tables_are_accepted_without_warnings():
    # none of the 79 tables is taken for one cut short, none gives a warning
    if not (REAL.is_dir() and UNDL_CSV.is_file()):
        pytest.skip(f"../shared not present: {REAL}")
    years, skipped, warnings = _read([*sorted(REAL.glob("scact*.html")), UNDL_CSV])
    assert (skipped, warnings) == ([], [])
    assert min(years) == 1946 and max(years) == 2022


@pytest.mark.parametrize("named", [True, False])
def test_build_sources_refuse_or_skip_a_cut_table(tmp_path, named):
    # the cut table also has an unreadable vote: a file not used gives no warning
    text = _text("meetings-2017-fixture.html").replace("13-0-2", "13-0-", 1)
    cut = _write(tmp_path, "scact2017_table_en.html", text[:text.index("S/PV.8100")])
    good = MEETINGS / "meetings-1993-fixture.html"
    if named:
        with pytest.raises(InputError, match="truncated: ends inside a tag") as err:
            _read([good, cut], named=True)
        assert err.value.path == str(cut)
        return
    years, skipped, warnings = _read([good, cut])
    assert [p for p, _ in skipped] == [str(cut)] and skipped[0][1].startswith("truncated: ")
    assert list(years) == [1993] and warnings == []


@pytest.mark.parametrize("in_folder", [False, True])
def test_command_line_refuses_or_skips_a_cut_table(tmp_path, capsys, in_folder):
    folder = tmp_path / "in"
    folder.mkdir()
    text = _text("meetings-2017-fixture.html")
    cut = _write(folder, "scact2017_table_en.html", text[:text.rindex("</tr>") + 4])
    shutil.copy(MEETINGS / "meetings-1993-fixture.html", folder / "scact1993_table_en.html")
    out = tmp_path / "b"
    argv = ["build", "--quiet", "--no-sample", str(folder if in_folder else cut), "-o", str(out)]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    if not in_folder:
        # named: one line, the file and the problem, and no output at all
        assert err == [f"unsc-graph: {cut}: truncated: ends inside a tag (the file may be cut short)"]
        assert not out.exists()
        return
    # in a folder: skipped with its reason, the other table is built
    assert any(line.startswith(f"{cut}: skipped: truncated") for line in err), err
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert [Path(p).name for p, _ in summary["skipped"]] == [cut.name]
    assert "S/RES/827" in (out / "graph.nq").read_text(encoding="utf-8")


# --- outcomes that cannot be read ------------------------------------------------------------


@pytest.mark.parametrize(
    "old, new, meeting, fragment, lost",
    [
        # a year that is not a year: the resolution would vanish
        ("S/RES/2388 (2017)<", "S/RES/2388 (20X7)<", "S/PV.8111", "S/RES/2388 (20X7)",
         "S/RES/2388 (2017)"),
        # blanks inside the symbol
        ("S/RES/2388 (2017)<", "S / RES/2388 (2017)<", "S/PV.8111", "S / RES/2388 (2017)",
         "S/RES/2388 (2017)"),
        # lower case
        ("S/RES/2388 (2017)<", "s/res/2388 (2017)<", "S/PV.8111", "s/res/2388 (2017)",
         "S/RES/2388 (2017)"),
        # a statement without its number
        ("S/PRST/2017/27<", "S/PRST/2017/<", "S/PV.8149", "S/PRST/2017/", "S/PRST/2017/27"),
        # a vote missing its abstentions (the first 15-0-0 is that of S/RES/2397)
        ("15-0-0", "15-0-", "S/PV.8151", "15-0-", "S/RES/2397 (2017)"),
        # a vote written with en dashes
        ("15-0-0", "15\u20130\u20130", "S/PV.8151", "15\u20130\u20130", "S/RES/2397 (2017)"),
        # one vote for two resolutions, cut short: both lose it
        ("13-0-2", "13-0", "S/PV.8099", "13-0", "S/RES/2383 (2017)"),
    ],
)
def test_unreadable_outcome_is_a_warning(tmp_path, old, new, meeting, fragment, lost):
    text = _text("meetings-2017-fixture.html")
    assert old in text
    path = _write(tmp_path, "scact2017_table_en.html", text.replace(old, new, 1))
    warnings: list = []
    records = read_meeting_tables([path], warnings)
    [w] = warnings
    assert (w.path, w.paragraph) == (str(path), meeting)
    assert repr(fragment) in w.message and "cannot be read" in w.message
    assert "\n" not in w.message
    # the warning is not idle: the document, or its vote, is indeed missing
    kept = [o for r in records for o in r.outcomes if o.symbol == lost]
    assert kept == [] or kept[0].vote is None


@pytest.mark.parametrize("name", TABLES)
def test_fixtures_give_no_warning(name):
    warnings: list = []
    assert read_meeting_tables([MEETINGS / name], warnings)
    assert warnings == []


def test_a_repeated_row_warns_once(tmp_path):
    # the 2011 table prints a row twice: the meeting is kept once, so is its warning
    text = _text("meetings-2017-fixture.html").replace("13-0-2", "13-0-", 1)
    start = text.rindex("<tr>")
    row = text[start:text.rindex("</tr>") + 5]
    path = _write(tmp_path, "scact2017_table_en.html", text[:start] + row + "\n" + text[start:])
    warnings: list = []
    records = read_meeting_tables([path], warnings)
    assert [r.number for r in records].count(8099) == 1
    assert [w.paragraph for w in warnings] == ["S/PV.8099"]


# --- gaps between the tables of consecutive years ---------------------------------------------


def _year_table(year: int, numbers: list[int]) -> str:
    rows = "".join(
        f"<tr><td>S/PV.{n}</td><td>{1 + i % 28} January</td><td>Item</td><td>--</td></tr>\n"
        for i, n in enumerate(numbers))
    return (f"<table><tr><th>Meetings conducted by the Security Council in {year}</th></tr>\n"
            "<tr><th>Meeting Record</th><th>Date</th><th>Topic</th><th>Outcome</th></tr>\n"
            f"{rows}</table>\n")


@pytest.mark.parametrize(
    "tables, expected",
    [
        # the numbers follow on from year to year: nothing to say
        ([("a.html", 2016, [7855, 7854]), ("b.html", 2017, [7857, 7856])], []),
        # the later table lost its oldest rows: it is named, with the missing range
        ([("a.html", 2016, [7855]), ("b.html", 2017, [7990, 7989])],
         [("b.html", "S/PV.7989", "meetings S/PV.7856-7988 are")]),
        # a single meeting missing
        ([("a.html", 2016, [7855]), ("b.html", 2017, [7857])],
         [("b.html", "S/PV.7857", "meeting S/PV.7856 is")]),
        # years that do not follow each other cannot be compared
        ([("a.html", 2015, [7599]), ("b.html", 2017, [8151])], []),
        # two tables of one year (2020): together they follow on
        ([("a.html", 2019, [8697]), ("b.html", 2020, [8745, 8698]),
          ("c.html", 2020, [8778, 8746]), ("d.html", 2021, [8779])], []),
        # the first table of 2020 is not given: the second is named
        ([("a.html", 2019, [8697]), ("c.html", 2020, [8778, 8746])],
         [("c.html", "S/PV.8746", "meetings S/PV.8698-8745 are")]),
        # three years, one gap: only the table after it is named
        ([("a.html", 1992, [3154]), ("b.html", 1993, [3325, 3200]), ("c.html", 1994, [3326])],
         [("b.html", "S/PV.3200", "meetings S/PV.3155-3199 are")]),
    ],
)
def test_gap_between_years_is_a_warning(tmp_path, tables, expected):
    paths = [_write(tmp_path, name, _year_table(year, numbers)) for name, year, numbers in tables]
    _, skipped, warnings = _read(list(reversed(paths)))
    assert skipped == []
    assert [(Path(p).name, para) for p, para, _ in warnings] == [e[:2] for e in expected]
    for (_, _, message), (_, _, missing) in zip(warnings, expected):
        assert missing in message and "\n" not in message
