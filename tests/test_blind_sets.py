"""The blind evaluation sets of tests/blind/ (issue 16): their gold files are well formed and
their texts exist in ../shared. Each set has its own functions below."""

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "tests" / "blind"
KEYS = {"id", "page", "source", "lang", "script", "layout", "identity", "refuse", "sc", "ga",
        "doc", "instrument", "addressees", "notes"}


# --- zh-web: Chinese resolution texts as pasted from web pages (generated from ../shared) -------

ZH = BLIND / "zh-web"


def load_zh_generator():
    """make_pages.py of the zh-web set, imported by path (its folder name has a dash)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("zh_web_make_pages", ZH / "make_pages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_zh_gold() -> list[dict]:
    return [json.loads(line) for line in (ZH / "gold.jsonl").read_text(encoding="utf-8").splitlines()]


def test_zh_web_gold_is_sorted_json_with_every_key():
    lines = (ZH / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records] == lines
    assert all(set(r) == KEYS for r in records)
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["page"] for r in records}) == len(records)


def test_zh_web_gold_counts_meet_the_brief():
    records = read_zh_gold()
    pages = [r for r in records if not r["refuse"]]
    assert len(pages) >= 30
    assert sum(r["script"] == "Hans" for r in pages) >= 15
    assert sum(r["script"] == "Hant" for r in pages) >= 12
    assert sum(r["refuse"] and r["identity"] is None for r in records) >= 3
    assert all(2 <= len([t for t in r["layout"] if not t.startswith("opencc-")]) <= 4
               for r in records if not r["refuse"])


def test_zh_web_gold_is_what_the_annotations_give():
    # gold.jsonl is written from annotations.py by make_pages.write_gold: no hand edits drift
    assert load_zh_generator().generate_gold() == read_zh_gold()


@pytest.mark.parametrize("field, pattern", [
    ("sc", r"S/RES/\d+ \(\d{4}\)"),          # official symbol with the space
    ("ga", r"A/RES/(\d+/\d+|\d+ \([A-Z-]+\))"),
    ("doc", r"(S|SC|A)/\S+"),
])
def test_zh_web_symbols_are_well_formed(field, pattern):
    for record in read_zh_gold():
        for symbol in record[field]:
            assert re.fullmatch(pattern, symbol), (record["id"], symbol)


def test_zh_web_pages_are_generated_one_per_gold_line(shared, tmp_path):
    paths = load_zh_generator().write_pages(shared, tmp_path / "pages")
    gold = read_zh_gold()
    assert [p.name for p in paths] == [r["page"] for r in gold]
    for path, record in zip(paths, gold):
        text = path.read_text(encoding="utf-8")
        assert text.strip(), path.name
        flat = re.sub(r"\s+", "", text).translate(str.maketrans("（），；：", "(),;:"))
        for item in record["instrument"] + record["addressees"]:
            surface = re.sub(r"\s+", "", item["surface"]).translate(
                str.maketrans("（），；：", "(),;:"))
            assert surface in flat, (record["id"], item["surface"])


def test_zh_web_pages_are_deterministic(shared, tmp_path):
    make = load_zh_generator()
    first = make.write_pages(shared, tmp_path / "a")
    second = make.write_pages(shared, tmp_path / "b")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
