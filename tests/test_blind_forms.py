"""The form every blind set of tests/blind/ shares (issue 16): gold lines as sorted JSON with
every key of the schema (/work/notes/blind-spec.md in the sets' READMEs), unique ids and
pages, at least 30 resolution pages, symbols in their official form as sorted sets, and for
the sets made by a generator, its doctests and byte-identical pages from two runs. What only
one set has (its page plan, traits, reserved list, agreement with its texts) is tested in
that set's own module (tests/test_blind_sets.py, tests/test_blind_*_2.py)."""

from __future__ import annotations

import doctest
import json
import re
from pathlib import Path

import pytest

from graph.evaluation.blind import GOLD_KEYS as KEYS
from graph.evaluation.blind import import_generator
from graph.evaluation.blind import read_gold as read_set_gold

BLIND = Path(__file__).resolve().parent / "blind"
SETS = sorted(p.name for p in BLIND.iterdir() if (p / "gold.jsonl").is_file())
GENERATED = [name for name in SETS if (BLIND / name / "make_pages.py").is_file()]

#: the form of each kind of symbol, by set (the eras and series each set's texts cite)
SYMBOL_FORMS = {
    # Council resolutions: the official symbol with the space, a year of the set's era
    "sc": {"en-1946-1994": r"S/RES/\d+ \((19[4-9]\d)\)",
           "en-1946-1994-2": r"S/RES/\d+ \((19[4-9]\d)\)",
           "en-1946-1994-3": r"S/RES/\d+ \((19[4-9]\d)\)",
           "en-web": r"S/RES/\d+ \((19[4-9]\d|20[0-2]\d)\)",
           "en-web-2": r"S/RES/\d+ \((19[4-9]\d|20[0-2]\d)\)",
           "en-web-3": r"S/RES/\d+ \((19[4-9]\d|20[01]\d)\)",
           "zh-web": r"S/RES/\d+ \(\d{4}\)",
           "zh-web-2": r"S/RES/\d+ \(\d{4}\)",
           "zh-web-3": r"S/RES/\d+ \(\d{4}\)"},
    # Assembly resolutions: old style with the session in roman numerals, new style n/m
    "ga": {"en-1946-1994": r"A/RES/(\d+ \((ES-)?[IVXL]+\)|\d+/\d+)",
           "en-1946-1994-2": r"A/RES/(\d+ \((ES-)?[IVXL]+\)|\d+/\d+)",
           "en-1946-1994-3": r"A/RES/(\d+ \((ES-)?[IVXL]+\)|\d+/\d+)",
           "en-web": r"A/RES/\d+/\d+",
           "en-web-2": r"A/RES/\d+/\d+",
           "en-web-3": r"A/RES/\d+/\d+",
           "zh-web": r"A/RES/(\d+/\d+|\d+ \([A-Z-]+\))",
           "zh-web-2": r"A/RES/\d+/\d+",
           "zh-web-3": r"A/RES/\d+/\d+"},
    # other documents: a series (S/, A/, SC/, ST/) and no space inside
    "doc": {"en-1946-1994": r"[SA]/[A-Za-z0-9./-]+",
            "en-1946-1994-2": r"[SA]/[A-Za-z0-9./-]+",
            "en-1946-1994-3": r"[SA]/[A-Za-z0-9./-]+",
            "en-web": r"[SA]/[A-Za-z0-9./-]+",
            "en-web-2": r"(S|A|ST|SC)/[A-Za-z0-9./-]+",
            "en-web-3": r"(S|A|ST|SC)/[A-Za-z0-9./-]+",
            "zh-web": r"(S|SC|A)/\S+",
            "zh-web-2": r"(S|SC|A)/[A-Za-z0-9./-]+",
            "zh-web-3": r"(S|SC|A)/[A-Za-z0-9./-]+"},
}


def read_gold(name: str) -> list[dict]:
    return read_set_gold(BLIND / name)


def load_generator(name: str):
    """A set's make_pages.py, imported by path (the folder names have dashes)."""
    return import_generator(BLIND / name)


@pytest.mark.parametrize("name", SETS)
def test_gold_lines_are_sorted_json_with_every_key(name):
    lines = (BLIND / name / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records] == lines
    assert all(set(r) == KEYS for r in records), name
    assert len({r["id"] for r in records}) == len({r["page"] for r in records}) == len(records)
    assert sum(not r["refuse"] for r in records) >= 30


def test_every_set_has_its_symbol_forms():
    # a new set must say which symbols its texts cite
    assert all(set(forms) == set(SETS) for forms in SYMBOL_FORMS.values())


@pytest.mark.parametrize("field", sorted(SYMBOL_FORMS))
@pytest.mark.parametrize("name", SETS)
def test_symbols_have_their_form_as_sorted_sets(name, field):
    pattern = SYMBOL_FORMS[field][name]
    for r in read_gold(name):
        assert r[field] == sorted(set(r[field])), (r["id"], field)
        for symbol in r[field]:
            assert re.fullmatch(pattern, symbol), (r["id"], symbol)
        assert r["identity"] not in r[field], r["id"]


@pytest.mark.parametrize("name", GENERATED)
def test_generator_doctests_pass(name):
    result = doctest.testmod(load_generator(name))
    assert not result.failed, name


@pytest.mark.parametrize("name", GENERATED)
def test_pages_are_deterministic(name, shared, tmp_path):
    make = load_generator(name)
    first = make.write_pages(shared, tmp_path / "a")
    second = make.write_pages(shared, tmp_path / "b")
    assert [p.name for p in first] == [r["page"] for r in read_gold(name)]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


def test_seen_sets_exist_and_are_dated():
    # tests/blind/SEEN.tsv names only sets that exist, each with an ISO date of its first run
    from graph.evaluation.blind import read_seen
    seen = read_seen(BLIND)
    assert seen, "SEEN.tsv lists the sets measured before"
    for name, date in seen.items():
        assert name in SETS, name
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", date), (name, date)
