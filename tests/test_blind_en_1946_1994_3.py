"""The round-3 blind set tests/blind/en-1946-1994-3 (issue 16): corpus texts of 1946-1994 with
numbered footnotes, used as they are. Its gold file is well formed, its pages are exactly
RESERVED.txt and agree with the texts in ../shared."""

import json
import re
from pathlib import Path

import pytest

from graph.evaluation.blind import GOLD_KEYS as KEYS
from graph.evaluation.blind import read_gold as read_set_gold

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "tests" / "blind" / "en-1946-1994-3"
GOLD = SET / "gold.jsonl"
# OCR misprints of a document symbol, keyed as the real symbol (each noted in its record)
OCR_SYMBOLS = {"S/20134": "$/20134", "S/13369": "/13369", "S/21183": "s/21183"}
# OCR misprints of a resolution number, keyed as the real number (each noted in its record)
OCR_NUMBERS = {"111": "I11", "501": r"501|SO\}|SOL", "508": r"508|SO8"}


def read_gold() -> list[dict]:
    return read_set_gold(SET)


def flatten(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("check", [
    # every key present, no other key, lists where lists are due
    "keys",
    # ids unique and numbered in page order
    "ids",
    # the pages are exactly RESERVED.txt, each once
    "reserved",
    # none of the texts is in rounds 1-2 or in the project's other gold sets
    "disjoint",
    # one addressee entry per paragraph and addressee
    "addressees-unique",
    # citation lists sorted and without repeats, in the official forms
    "forms",
])
def test_set_shape(check):
    records = read_gold()
    pages = [r["page"] for r in records]
    if check == "keys":
        for r in records:
            assert set(r) == KEYS, r["id"]
            assert all(isinstance(r[k], list) for k in ("sc", "ga", "doc", "instrument",
                                                           "addressees", "layout"))
            assert all(set(a) == {"paragraph", "verb", "addressee", "surface"}
                       for a in r["addressees"])
            assert all(set(i) == {"name", "surface"} for i in r["instrument"])
    elif check == "ids":
        assert len(records) >= 30
        assert [r["id"] for r in records] == [f"en-1946-1994-3-{i:02d}"
                                              for i in range(1, len(records) + 1)]
    elif check == "reserved":
        reserved = (SET / "RESERVED.txt").read_text(encoding="utf-8").split()
        assert pages == reserved and len(set(pages)) == len(pages)
    elif check == "disjoint":
        other = {json.loads(line)["file"]
                 for name in ("en-references.jsonl", "en-heldout.jsonl")
                 for line in (ROOT / "tests" / "gold" / name).read_text().splitlines()}
        for earlier in ("en-1946-1994", "en-1946-1994-2"):
            other |= set((ROOT / "tests" / "blind" / earlier / "RESERVED.txt").read_text().split())
        assert not other & set(pages)
    elif check == "addressees-unique":
        for r in records:
            keys = [(a["paragraph"], a["addressee"]) for a in r["addressees"]]
            assert len(keys) == len(set(keys)), r["id"]
    else:
        for r in records:
            for kind in ("sc", "ga", "doc"):
                assert r[kind] == sorted(set(r[kind])), (r["id"], kind)
            assert all(re.fullmatch(r"S/RES/\d+ \((19[4-9]\d)\)", k) for k in r["sc"]), r["id"]
            assert all(re.fullmatch(r"A/RES/(\d+ \((ES-)?[IVXL]+\)|\d+/\d+)", k)
                       for k in r["ga"]), r["id"]
            assert all(re.fullmatch(r"[SA]/[A-Za-z0-9./-]+", k) for k in r["doc"]), r["id"]
            assert r["identity"] not in r["sc"], r["id"]


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
    # every document's base symbol is printed in the text (OCR misprints mapped)
    "documents",
    # every Council resolution's number is printed in the text (OCR misprints mapped)
    "resolutions",
    # every operative paragraph label names a printed number, or OP1 of an unnumbered text
    "paragraphs",
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
            forms = (flatten(text), flatten(re.sub(r"-\n", "", text)),
                     flatten(re.sub(r"-\n", "-", text)))
            for item in r["instrument"] + r["addressees"]:
                assert any(item["surface"] in form for form in forms), (r["id"], item)
        elif check == "documents":
            printed = re.sub(r"\s+", "", text)
            for key in r["doc"]:
                base = re.split(r"/(?:Add|Corr)\.", key)[0]
                assert OCR_SYMBOLS.get(base, base) in printed, (r["id"], key)
        elif check == "resolutions":
            for key in r["sc"]:
                number = re.match(r"S/RES/(\d+)", key).group(1)
                pattern = OCR_NUMBERS.get(number, number)
                assert re.search(rf"(?<![\dA-Z])(?:{pattern})(?!\d)", text), (r["id"], key)
        else:
            for a in r["addressees"]:
                n = a["paragraph"][2:]
                assert (re.search(rf"(?m)^\f?{n}[.,] ", text)
                        or (n == "1" and not re.search(r"(?m)^1[.,] ", text))), (r["id"], a)
