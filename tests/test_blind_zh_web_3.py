"""Form checks of the round-3 blind set tests/blind/zh-web-3 (issue 16): its gold file is well
formed and is what its annotations give, and its pages are generated deterministically from
../shared with every gold surface on its page (those checks skip without ../shared)."""

import json
import re
from pathlib import Path

import pytest

from graph.evaluation.blind import GOLD_KEYS as KEYS
from graph.evaluation.blind import import_generator
from graph.evaluation.blind import read_gold as read_set_gold

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "tests" / "blind" / "zh-web-3"
GOLD = SET / "gold.jsonl"
VERBS = {"decides", "demands", "requests", "calls upon", "urges", "encourages", "invites",
         "authorizes", "directs"}
#: lines the pdf-paste trait puts between the lines of a text (a job number, its bar code, a
#: page number n/m, the running head)
FURNITURE = re.compile(r"\d\d-\d{5} \(C\)|\*\d{7}\*|\d+/\d+|S/RES/\d+ \(\d{4}\)")


def load_generator():
    """The set's generator module (its make_pages.py)."""
    return import_generator(SET)


def read_gold() -> list[dict]:
    return read_set_gold(SET)


def flatten(text: str) -> str:
    """A page without furniture lines, HTML residue and whitespace."""
    kept = [line for line in text.splitlines() if not FURNITURE.fullmatch(line.strip())]
    return re.sub(r"\s+", "", "".join(kept).replace("&nbsp;", ""))


@pytest.mark.parametrize("check", [
    # every key present, nothing else, lines written with sorted keys
    "keys",
    # ids are zh-web-3-01.. in order, page names unique
    "ids",
    # at least 30 resolution pages, both scripts, 5-8 pages to refuse
    "counts",
    # a page to refuse has no identity and no facts; a resolution page has an identity
    "refusals",
    # resolution pages come from RESERVED.txt, each once, in order; then the own/ pages
    "sources",
    # every own/ page is in the gold and nothing else is in own/
    "own",
    # 2-4 layout traits per resolution page, plus opencc-<config> exactly on Hant pages
    "traits",
    # symbols are official: S/RES/n (yyyy), A/RES/.., documents without spaces; no duplicates
    "symbols",
])
def test_set_shape(check):
    records = read_gold()
    resolutions = [r for r in records if not r["refuse"]]
    refused = [r for r in records if r["refuse"]]
    if check == "keys":
        lines = GOLD.read_text(encoding="utf-8").splitlines()
        for line, r in zip(lines, records):
            assert set(r) == KEYS, r["id"]
            assert line == json.dumps(r, ensure_ascii=False, sort_keys=True)
    elif check == "ids":
        assert [r["id"] for r in records] == [f"zh-web-3-{i:02d}"
                                              for i in range(1, len(records) + 1)]
        assert len({r["page"] for r in records}) == len(records)
    elif check == "counts":
        assert len(resolutions) >= 30
        assert sum(r["script"] == "Hans" for r in resolutions) >= 12
        assert sum(r["script"] == "Hant" for r in resolutions) >= 12
        assert 5 <= len(refused) <= 8
    elif check == "refusals":
        for r in refused:
            assert r["identity"] is None and r["source"] == "own", r["id"]
            assert not (r["sc"] or r["ga"] or r["doc"] or r["instrument"] or r["addressees"])
        for r in resolutions:
            assert re.fullmatch(r"S/RES/\d+ \(\d{4}\)", r["identity"]), r["id"]
            assert (r["lang"], r["refuse"]) == ("zh", False)
            assert r["identity"] not in r["sc"], r["id"]
    elif check == "sources":
        reserved = (SET / "RESERVED.txt").read_text(encoding="utf-8").splitlines()
        assert [r["source"] for r in resolutions] == reserved
        assert len(set(reserved)) == len(reserved)
        assert records[:len(resolutions)] == resolutions
    elif check == "own":
        own = sorted(p.name for p in (SET / "own").iterdir())
        assert own == sorted(r["page"] for r in refused)
    elif check == "traits":
        for r in resolutions:
            traits = [t for t in r["layout"] if not t.startswith("opencc-")]
            assert 2 <= len(traits) <= 4, r["id"]
            assert (r["script"] == "Hant") == (len(traits) < len(r["layout"])), r["id"]
    else:
        for r in records:
            assert all(re.fullmatch(r"S/RES/\d+ \(\d{4}\)", s) for s in r["sc"]), r["id"]
            assert all(re.fullmatch(r"A/RES/\S+", s) for s in r["ga"]), r["id"]
            assert all(re.fullmatch(r"(S|A|SC)/\S+", s) for s in r["doc"]), r["id"]
            for kind in ("sc", "ga", "doc"):
                assert len(r[kind]) == len(set(r[kind])), (r["id"], kind)


def test_addressees_and_instruments_are_complete_entries():
    for r in read_gold():
        for a in r["addressees"]:
            assert set(a) == {"paragraph", "verb", "addressee", "surface"}, r["id"]
            assert re.fullmatch(r"OP\d+", a["paragraph"]) and a["addressee"] and a["surface"]
            assert a["verb"] in VERBS, (r["id"], a["verb"])
        triples = [(a["paragraph"], a["verb"], a["addressee"]) for a in r["addressees"]]
        assert len(triples) == len(set(triples)), r["id"]
        for i in r["instrument"]:
            assert set(i) == {"name", "surface"} and i["name"] and i["surface"], r["id"]
        names = [i["name"] for i in r["instrument"]]
        assert len(names) == len(set(names)), r["id"]


def test_gold_is_what_the_annotations_give(shared):
    # gold.jsonl is written by make_pages.write_gold from annotations.py: no hand edits
    assert load_generator().gold_records(shared) == read_gold()


def test_pages_are_deterministic(shared, tmp_path):
    # two runs give the same files, byte for byte
    generator = load_generator()
    first = generator.write_pages(shared, tmp_path / "a")
    second = generator.write_pages(shared, tmp_path / "b")
    assert [p.name for p in first] == [p.name for p in second]
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_pages_hold_their_identity_and_surfaces(shared, tmp_path):
    paths = load_generator().write_pages(shared, tmp_path / "pages")
    records = read_gold()
    assert [p.name for p in paths] == [r["page"] for r in records]
    for path, r in zip(paths, records):
        text = path.read_text(encoding="utf-8")
        if r["refuse"]:
            continue
        number, year = re.fullmatch(r"S/RES/(\d+) \((\d{4})\)", r["identity"]).groups()
        if "filename-only" in r["layout"]:
            # no heading at all: the identity is only in the file name
            assert path.name == f"S_RES_{number}_{year}_ZH.txt"
            assert not re.search(rf"{number}\s*[(（]\s*{year}", text[:200]), r["id"]
        else:
            digits = text.translate(str.maketrans("０１２３４５６７８９（）", "0123456789()"))
            assert re.search(rf"{number}\s*\(\s*{year}\s*\)", digits), r["id"]
        flat = flatten(text)
        for item in r["instrument"] + r["addressees"]:
            assert re.sub(r"\s+", "", item["surface"]) in flat, (r["id"], item["surface"])


def test_pages_keep_every_cited_number(shared, tmp_path):
    # every Council resolution of the gold is on its page (digits and year in any spacing and
    # brackets, or the number alone before 号)
    paths = load_generator().write_pages(shared, tmp_path / "pages")
    for path, r in zip(paths, read_gold()):
        flat = flatten(path.read_text(encoding="utf-8"))
        flat = flat.translate(str.maketrans("（）", "()"))
        for symbol in r["sc"]:
            number, year = re.fullmatch(r"S/RES/(\d+) \((\d{4})\)", symbol).groups()
            # with its year, or year-less ("第2532号决议", resolved in the gold)
            assert f"{number}({year})" in flat or re.search(rf"(?<!\d){number}[号號]", flat), \
                (r["id"], symbol)
