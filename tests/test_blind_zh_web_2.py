"""Form checks of the round-2 blind set tests/blind/zh-web-2 (issue 16): its gold file is well
formed, is what its annotations give, and its pages are generated deterministically from
../shared (those checks skip without it)."""

import re
from pathlib import Path

import pytest

from graph.evaluation.blind import import_generator
from graph.evaluation.blind import read_gold as read_set_gold

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "tests" / "blind" / "zh-web-2"
GOLD = SET / "gold.jsonl"
#: page furniture the pdf-paste and gazette traits put between lines (dropped before looking
#: for a surface that a page break may have split)
FURNITURE = re.compile(r"\d\d-\d{5} \(C\)|\d+/\d+|S/RES/\d+ \(\d{4}\)|第 \d+ [页頁]"
                       r"|澳[门門]特[别別]行政[区區]公[报報]——第二[组組]|N\.º .*")


def load_generator():
    """The set's generator module (its make_pages.py)."""
    return import_generator(SET)


def read_gold() -> list[dict]:
    return read_set_gold(SET)


def flatten(text: str) -> str:
    """A page without furniture lines and without any whitespace."""
    kept = [line for line in text.splitlines() if not FURNITURE.fullmatch(line.strip())]
    return re.sub(r"\s+", "", "".join(kept))


@pytest.mark.parametrize("check", [
    # ids are zh-web-2-01.. in page order, pages unique
    "ids",
    # at least 30 resolution pages, both scripts, and at least 5 pages to refuse
    "counts",
    # a page to refuse has no identity and no facts; a resolution page has an identity
    "refusals",
    # resolution pages come from RESERVED.txt, each once, in order; the rest are own/ pages
    "sources",
    # every own/ page is in the gold and nothing else is in own/
    "own",
    # 2-4 layout traits per resolution page (the OpenCC configuration not counted)
    "traits",
])
def test_set_shape(check):
    records = read_gold()
    resolutions = [r for r in records if not r["refuse"]]
    refused = [r for r in records if r["refuse"]]
    if check == "ids":
        assert [r["id"] for r in records] == [f"zh-web-2-{i:02d}"
                                              for i in range(1, len(records) + 1)]
        assert len({r["page"] for r in records}) == len(records)
    elif check == "counts":
        assert len(resolutions) >= 30
        assert sum(r["script"] == "Hans" for r in resolutions) >= 12
        assert sum(r["script"] == "Hant" for r in resolutions) >= 12
        assert len(refused) >= 5
    elif check == "refusals":
        for r in refused:
            assert r["identity"] is None and r["source"] == "own", r["id"]
            assert not (r["sc"] or r["ga"] or r["doc"] or r["instrument"] or r["addressees"])
        for r in resolutions:
            assert re.fullmatch(r"S/RES/\d+ \(\d{4}\)", r["identity"]), r["id"]
            assert (r["lang"], r["refuse"]) == ("zh", False)
    elif check == "sources":
        reserved = (SET / "RESERVED.txt").read_text(encoding="utf-8").splitlines()
        assert [r["source"] for r in resolutions] == reserved
        assert len(set(reserved)) == len(reserved)
        assert records[:len(resolutions)] == resolutions
    elif check == "own":
        own = sorted(p.name for p in (SET / "own").iterdir())
        assert own == sorted(r["page"] for r in refused)
    else:
        for r in resolutions:
            traits = [t for t in r["layout"] if not t.startswith("opencc-")]
            assert 2 <= len(traits) <= 4, r["id"]
            assert (r["script"] == "Hant") == (len(traits) < len(r["layout"])), r["id"]


def test_addressees_and_instruments_are_complete_entries():
    for r in read_gold():
        for a in r["addressees"]:
            assert set(a) == {"paragraph", "verb", "addressee", "surface"}, r["id"]
            assert re.fullmatch(r"OP\d+", a["paragraph"]) and a["verb"] and a["addressee"]
        triples = [(a["paragraph"], a["verb"], a["addressee"]) for a in r["addressees"]]
        assert len(triples) == len(set(triples)), r["id"]
        names = [i["name"] for i in r["instrument"]]
        assert len(names) == len(set(names)) and all(i["surface"] for i in r["instrument"])


def test_gold_is_what_the_annotations_give(shared):
    # gold.jsonl is written by make_pages.write_gold from annotations.py: no hand edits
    assert load_generator().gold_records(shared) == read_gold()


def test_pages_hold_their_identity_and_surfaces(shared, tmp_path):
    paths = load_generator().write_pages(shared, tmp_path / "pages")
    records = read_gold()
    assert [p.name for p in paths] == [r["page"] for r in records]
    for path, r in zip(paths, records):
        text = path.read_text(encoding="utf-8")
        flat = flatten(text)
        if r["refuse"]:
            continue
        number, year = re.fullmatch(r"S/RES/(\d+) \((\d{4})\)", r["identity"]).groups()
        if "no-heading" in r["layout"]:
            # identity only from the file name
            assert path.name == f"S_RES_{number}_{year}_ZH.txt"
            assert f"{number}({year})" not in text.split("\n", 3)[1]
        else:
            assert re.search(rf"{number}\s*[(（]\s*{year}\s*[)）]|S/RES/{number} \({year}\)",
                             text), r["id"]
        for item in r["instrument"] + r["addressees"]:
            assert re.sub(r"\s+", "", item["surface"]) in flat, (r["id"], item["surface"])

