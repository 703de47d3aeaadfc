"""The blind-set harness (graph.evaluation.blind) on its own small set, tests/fixtures/eval-mini:
four pages written for it (never the blind sets)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.evaluation.blind import (
    PageFacts,
    evaluate_set,
    format_set,
    main,
    normalise_name,
    record_context,
    score_page,
)

MINI = Path(__file__).resolve().parent / "fixtures" / "eval-mini"


@pytest.fixture(scope="module")
def mini():
    return evaluate_set(MINI, Path("/nonexistent-shared"), record_context(None))


@pytest.mark.parametrize("text, expected", [
    # quotes, case, runs of spaces and a leading article go
    ('  “The Convention on the  Rights of the Child” ', "convention on the rights of the child"),
    # title brackets go, traditional characters are folded to simplified
    ("《兒童權利公約》", "儿童权利公约"),
    # full-width forms are folded
    ("ＵＮＭＩＳＳ", "unmiss"),
    # "the" inside a name stays
    ("Statute of the Court", "statute of the court"),
])
def test_normalise_name(text, expected):
    assert normalise_name(text) == expected


GOLD = {"identity": "S/RES/1 (1946)", "refuse": False, "sc": ["S/RES/2(1946)"],
        "ga": ["A/RES/70/1"], "doc": ["S/2030/1", "S/2030/1/Add.1"],
        "instrument": [{"name": "Convention on the Rights of the Child",
                        "surface": "《儿童权利公约》"}],
        "addressees": [{"paragraph": "OP1", "verb": "requests",
                        "addressee": "Secretary-General", "surface": "秘书长"}]}


@pytest.mark.parametrize("facts, measure, expected", [
    # a compact gold symbol matches the official one; a spurious one counts as found
    (PageFacts("x", sc={"S/RES/2 (1946)", "S/RES/3 (1946)"}), "sc", (1, 1, 2)),
    # documents and GA resolutions are one measure
    (PageFacts("x", docga={"A/RES/70/1", "S/2030/1"}), "docga", (2, 3, 2)),
    # an instrument matches by its Chinese label against the gold surface
    (PageFacts("x", instrument=[frozenset({"儿童权利公约"})]), "instrument", (1, 1, 1)),
    # by its English label against the gold name
    (PageFacts("x", instrument=[frozenset({"convention on the rights of the child"})]),
     "instrument", (1, 1, 1)),
    # one found instrument matches one gold one only
    (PageFacts("x", instrument=[frozenset({"x"}), frozenset({"y"})]), "instrument", (0, 1, 2)),
    # an addressee in the right paragraph
    (PageFacts("x", addressee=[("OP1", frozenset({"secretary-general"}))]), "addressee",
     (1, 1, 1)),
    # the right entity in another paragraph does not match
    (PageFacts("x", addressee=[("OP2", frozenset({"secretary-general"}))]), "addressee",
     (0, 1, 1)),
    # a refused page finds nothing
    (None, "sc", (0, 1, 0)),
])
def test_score_page(facts, measure, expected):
    assert score_page(GOLD, facts)[measure] == expected


@pytest.mark.parametrize("measure, expected", [
    # two resolutions in mini-01, one in mini-02
    ("sc", [3, 3, 3]),
    # a GA resolution and a report in mini-01
    ("docga", [2, 2, 2]),
    # the Secretary-General in OP1 of both texts
    ("addressee", [2, 2, 2]),
])
def test_mini_set_scores(mini, measure, expected):
    assert mini.counts[measure] == expected


def test_mini_set_identity_and_refusals(mini):
    assert (mini.pages, mini.refusals) == (4, 2)
    assert mini.identity == 4, mini.errors
    assert mini.refused == 2
    table = format_set(mini)
    assert table.splitlines()[0] == "set eval-mini: 4 pages, 2 to refuse (2 refused)"
    assert "SC citations" in table and "0.99" in table


def test_sets_needing_shared_are_skipped_without_it(tmp_path, capsys):
    blind = tmp_path / "corpus-set"
    blind.mkdir()
    record = {"id": "a", "page": "a.txt", "source": "en-resolutions/a.txt", "refuse": False}
    (blind / "gold.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main([str(blind), "--shared", str(tmp_path / "absent")]) == 0
    out = capsys.readouterr()
    assert "set corpus-set: skipped" in out.out and "not present" in out.err


def test_seen_set_is_marked_as_development_material(mini):
    # a set whose first run is published says so in its first line; a blind one does not
    mini.seen = "2026-12-03"
    try:
        first = format_set(mini).splitlines()[0]
    finally:
        mini.seen = ""
    assert first.endswith("[seen since 2026-12-03: development material]")
    assert "seen" not in format_set(mini).splitlines()[0]
