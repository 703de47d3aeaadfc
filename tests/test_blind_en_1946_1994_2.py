"""The round-2 blind set tests/blind/en-1946-1994-2 (issue 16): corpus texts of 1946-1994 with
numbered footnotes, used as they are. Its gold file is well formed, its pages are exactly
RESERVED.txt and agree with the texts in ../shared."""

import json
import re
from pathlib import Path

import pytest

from graph.evaluation.blind import read_gold as read_set_gold

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "tests" / "blind" / "en-1946-1994-2"
GOLD = SET / "gold.jsonl"
# OCR misprints of a document symbol, keyed as the real symbol (each noted in its record)
OCR_SYMBOLS = {"S/5621": "$/5621", "S/26026": "S/26G26"}


def read_gold() -> list[dict]:
    return read_set_gold(SET)


def flatten(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("check", [
    # ids unique and numbered in page order
    "ids",
    # the pages are exactly RESERVED.txt, each once
    "reserved",
    # none of the texts is in round 1 or in the project's other gold sets
    "disjoint",
    # one addressee entry per paragraph and addressee
    "addressees-unique",
])
def test_set_shape(check):
    records = read_gold()
    pages = [r["page"] for r in records]
    if check == "ids":
        assert [r["id"] for r in records] == [f"en-1946-1994-2-{i:02d}"
                                              for i in range(1, len(records) + 1)]
    elif check == "reserved":
        reserved = (SET / "RESERVED.txt").read_text(encoding="utf-8").split()
        assert pages == reserved and len(set(pages)) == len(pages)
    elif check == "disjoint":
        other = {json.loads(line)["file"]
                 for name in ("en-references.jsonl", "en-heldout.jsonl")
                 for line in (ROOT / "tests" / "gold" / name).read_text().splitlines()}
        round1 = (ROOT / "tests" / "blind" / "en-1946-1994" / "RESERVED.txt").read_text().split()
        assert not (other | set(round1)) & set(pages)
    else:
        for r in records:
            keys = [(a["paragraph"], a["addressee"]) for a in r["addressees"]]
            assert len(keys) == len(set(keys)), r["id"]


def test_identity_source_and_labels():
    for r in read_gold():
        _, _, number, year, *_ = r["page"].split("_")
        assert r["identity"] == f"S/RES/{int(number)} ({year})"
        assert r["source"] == f"en-resolutions/{r['page']}"
        assert (r["lang"], r["script"], r["refuse"]) == ("en", "Latn", False)
        assert r["layout"][:2] == ["corpus-ocr", "footnotes"]
        assert all(re.fullmatch(r"OP\d+", a["paragraph"]) for a in r["addressees"])
        assert all(a["verb"] and a["addressee"] and a["surface"] for a in r["addressees"])
        assert all(i["name"] and i["surface"] for i in r["instrument"])
        assert r["notes"]


@pytest.mark.parametrize("check", [
    # every listed page exists in ../shared/corpus
    "exists",
    # the first heading line names the resolution the record says
    "heading",
    # every surface is printed in the text (whitespace collapsed, line-end hyphens joined)
    "surfaces",
    # every document's base symbol is printed in the text (two OCR misprints mapped)
    "documents",
    # every Council resolution's number is printed in the text
    "resolutions",
])
def test_gold_agrees_with_the_texts(shared, check):
    for r in read_gold():
        path = shared / "corpus" / r["source"]
        if check == "exists":
            assert path.is_file(), path
            continue
        text = path.read_text(encoding="utf-8")
        if check == "heading":
            heads = [m for line in text.splitlines()
                     if (m := re.match(r"(?:resolution )?(\d+) \((\d{4})\)", line.strip(), re.I))]
            assert heads, r["id"]
            assert r["identity"] == f"S/RES/{heads[0].group(1)} ({heads[0].group(2)})", r["id"]
        elif check == "surfaces":
            forms = (flatten(text), flatten(re.sub(r"-\n", "", text)))
            for item in r["instrument"] + r["addressees"]:
                assert any(item["surface"] in form for form in forms), (r["id"], item)
        elif check == "documents":
            printed = re.sub(r"\s+", "", text)
            for key in r["doc"]:
                base = re.split(r"/(?:Add|Corr)\.", key)[0]
                assert OCR_SYMBOLS.get(base, base) in printed, (r["id"], key)
        else:
            for key in r["sc"]:
                number = re.match(r"S/RES/(\d+)", key).group(1)
                assert re.search(rf"(?<!\d){number}(?!\d)", text), (r["id"], key)
