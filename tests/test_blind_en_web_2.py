"""The round-2 blind set tests/blind/en-web-2 (issue 16): its gold file is well formed, agrees
with its generator's page plan and with the resolution texts in ../shared, and its pages are
generated deterministically."""

import re
from pathlib import Path

import pytest

from graph.evaluation.blind import import_generator
from graph.evaluation.blind import read_gold as read_set_gold

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "tests" / "blind" / "en-web-2"
GOLD = SET / "gold.jsonl"


def load_generator():
    """The set's generator module (its make_pages.py)."""
    return import_generator(SET)


def read_gold() -> list[dict]:
    return read_set_gold(SET)


@pytest.mark.parametrize("check", [
    # ids, file names, sources, languages and traits are the generator's page plan
    "plan",
    # ids and page names are unique
    "unique",
    # the resolution pages are exactly RESERVED.txt, each once, at least 30
    "reserved",
    # at least 20 resolution pages come from the 2000-2019 list reserved for round 2
    "round-2-list",
    # every resolution page has 2-4 layout traits
    "traits",
    # at least 3 English pages without a resolution and 2 each in German, Portuguese, Italian
    "refusals",
    # the pages of our own writing exist in own/ and nothing else is there
    "own",
])
def test_set_shape(check):
    records = read_gold()
    positive = [r for r in records if not r["refuse"]]
    if check == "plan":
        plan = load_generator().page_plan()
        fields = ("id", "page", "source", "lang", "layout")
        assert [tuple(r[f] for f in fields) for r in records] == \
               [tuple(p[f] for f in fields) for p in plan]
    elif check == "unique":
        assert len({r["id"] for r in records}) == len({r["page"] for r in records}) == len(records)
    elif check == "reserved":
        reserved = (SET / "RESERVED.txt").read_text(encoding="utf-8").splitlines()
        assert [r["source"] for r in positive] == reserved
        assert len(set(reserved)) == len(reserved) >= 30
    elif check == "round-2-list":
        assert sum(re.search(r"/(200\d|201\d)/", r["source"]) is not None
                   for r in positive) >= 20
    elif check == "traits":
        assert all(2 <= len(r["layout"]) <= 4 for r in positive)
    elif check == "refusals":
        refused = [r for r in records if r["refuse"]]
        assert sum(r["lang"] == "en" and "negative" in r["layout"] for r in refused) >= 3
        for lang in ("de", "pt", "it"):
            assert sum(r["lang"] == lang for r in refused) >= 2, lang
    else:
        own = sorted(r["page"] for r in records if r["source"] == "own")
        assert own == sorted(p.name for p in (SET / "own").iterdir())


def test_refusals_and_labels():
    for r in read_gold():
        assert r["script"] == "Latn" and r["notes"]
        if r["refuse"]:
            # a page to refuse has no identity and nothing to extract
            assert r["identity"] is None
            assert not (r["sc"] or r["ga"] or r["doc"] or r["instrument"] or r["addressees"])
            continue
        assert re.fullmatch(r"S/RES/\d+ \(\d{4}\)", r["identity"]) and r["lang"] == "en"
        assert r["identity"] not in r["sc"], r["id"]
        assert all(re.fullmatch(r"OP\d+", a["paragraph"]) for a in r["addressees"])
        assert all(a["verb"] and a["addressee"] and a["surface"] for a in r["addressees"])
        assert all(i["name"] and i["surface"] for i in r["instrument"])
        keys = [(a["paragraph"], a["verb"], a["addressee"]) for a in r["addressees"]]
        assert len(keys) == len(set(keys)), r["id"]


def test_writes_one_page_per_gold_line(shared, tmp_path):
    paths = load_generator().write_pages(shared, tmp_path)
    records = read_gold()
    assert [p.name for p in paths] == [r["page"] for r in records]
    for r in records:
        page = tmp_path / r["page"]
        assert page.is_file() and page.read_text(encoding="utf-8").strip(), r["id"]


def test_filename_only_pages_have_no_heading(shared, tmp_path):
    make = load_generator()
    make.write_pages(shared, tmp_path)
    for r in read_gold():
        if "filename-only" in r["layout"] and not r["refuse"]:
            text = (tmp_path / r["page"]).read_text(encoding="utf-8")
            number = re.match(r"S/RES/(\d+)", r["identity"]).group(1)
            assert r["page"].startswith(f"S_RES_{number}_")
            assert f"Resolution {number}" not in text and r["identity"] not in text, r["id"]


@pytest.mark.parametrize("check", [
    # the XML's own symbol is the record's identity
    "identity",
    # every resolution cited is printed in the text with its number
    "sc",
    # every document and General Assembly resolution's number is printed in the text
    "doc",
    # every instrument and addressee surface is printed in the text
    "surfaces",
    # every addressee's paragraph is a numbered operative paragraph of the text (1300: OP1)
    "paragraphs",
])
def test_gold_agrees_with_the_texts(shared, check):
    make = load_generator()
    for r in read_gold():
        if r["refuse"]:
            continue
        doc = make.read_resolution(shared / "corpus" / r["source"])
        text = re.sub(r"\s+", " ", make.render_official(doc))
        if check == "identity":
            assert doc["symbol"] == r["identity"], r["id"]
        elif check == "sc":
            for key in r["sc"]:
                number = re.match(r"S/RES/(\d+)", key).group(1)
                assert re.search(rf"\b{number}\b", text), (r["id"], key)
        elif check == "doc":
            for key in r["doc"] + r["ga"]:
                tail = key.split("/", 2)[-1] if key.startswith("A/RES/") else key
                tail = tail.replace("S/PRST/", "")
                assert tail in text or tail.replace("S/2013/493", "S/2013 493") in text, \
                    (r["id"], key)
        elif check == "surfaces":
            for item in r["instrument"] + r["addressees"]:
                assert item["surface"] in text, (r["id"], item)
        else:
            numbers = {f"OP{b['num'].rstrip('.')}" for b in doc["blocks"]
                       if b["kind"] == "op" and re.fullmatch(r"\d+\.", b["num"])} or {"OP1"}
            assert {a["paragraph"] for a in r["addressees"]} <= numbers, r["id"]
