"""The blind evaluation sets of tests/blind/ (issue 16): their gold files are well formed and
their texts exist in ../shared. Each set has its own functions below."""

import json
import re
from pathlib import Path

import pytest

from graph.evaluation.blind import import_generator
from graph.evaluation.blind import read_gold as read_set_gold

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "tests" / "blind"


# --- en-1946-1994: corpus texts with numbered footnotes, used as they are ---------------------

OLD = BLIND / "en-1946-1994"
OLD_GOLD = OLD / "gold.jsonl"


def read_old_gold() -> list[dict]:
    return read_set_gold(OLD)


def flatten(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("check", [
    # ids unique and numbered in page order
    "ids",
    # the pages are exactly RESERVED.txt, each once
    "reserved",
    # each era 1946-1959, 1960-1979, 1980-1994 holds at least 8 texts
    "eras",
    # none of the texts is in the project's other gold sets
    "disjoint",
])
def test_en_1946_1994_set_shape(check):
    records = read_old_gold()
    pages = [r["page"] for r in records]
    if check == "ids":
        assert [r["id"] for r in records] == [f"en-1946-1994-{i:02d}"
                                              for i in range(1, len(records) + 1)]
    elif check == "reserved":
        reserved = (OLD / "RESERVED.txt").read_text(encoding="utf-8").split()
        assert pages == reserved and len(set(pages)) == len(pages)
    elif check == "eras":
        years = [int(p.split("_")[3]) for p in pages]
        for lo, hi in [(1946, 1959), (1960, 1979), (1980, 1994)]:
            assert sum(lo <= y <= hi for y in years) >= 8, (lo, hi)
    else:
        other = {json.loads(line)["file"]
                 for name in ("en-references.jsonl", "en-heldout.jsonl")
                 for line in (ROOT / "tests" / "gold" / name).read_text().splitlines()}
        assert not other & set(pages)


def test_en_1946_1994_identity_source_and_addressee_labels():
    for r in read_old_gold():
        _, _, number, year, *_ = r["page"].split("_")
        assert r["identity"] == f"S/RES/{int(number)} ({year})"
        assert r["source"] == f"en-resolutions/{r['page']}"
        assert (r["lang"], r["script"], r["refuse"]) == ("en", "Latn", False)
        assert all(re.fullmatch(r"OP\d+", a["paragraph"]) for a in r["addressees"])
        assert all(a["verb"] and a["addressee"] for a in r["addressees"])
        assert all(i["name"] and i["surface"] for i in r["instrument"])
        assert r["notes"]


@pytest.mark.parametrize("check", [
    # every listed page exists in ../shared/corpus
    "exists",
    # the heading (first two lines) names the resolution the record says
    "heading",
    # every surface is printed in the text (whitespace collapsed, line-end hyphens joined)
    "surfaces",
    # every document's base symbol is printed in the text (OCR '8/' for 'S/' noted in 0188)
    "documents",
])
def test_en_1946_1994_gold_agrees_with_the_texts(shared, check):
    for r in read_old_gold():
        path = shared / "corpus" / r["source"]
        if check == "exists":
            assert path.is_file(), path
            continue
        text = path.read_text(encoding="utf-8")
        if check == "heading":
            head = flatten(" ".join(text.splitlines()[:2]))
            m = re.match(r"(?:Resolution )?(\d+) \((\d{4})\)", head)
            assert m and r["identity"] == f"S/RES/{m.group(1)} ({m.group(2)})", r["id"]
        elif check == "surfaces":
            forms = (flatten(text), flatten(re.sub(r"-\n", "", text)))
            for item in r["instrument"] + r["addressees"]:
                assert any(item["surface"] in form for form in forms), (r["id"], item)
        else:
            printed = re.sub(r"\s+", "", text).replace("8/5635", "S/5635")
            for key in r["doc"]:
                assert re.split(r"/(?:Add|Corr)\.", key)[0] in printed, (r["id"], key)


def test_en_1946_1994_readme_selection_reproduces_reserved(shared, monkeypatch):
    readme = (OLD / "README.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", readme, re.S).group(1)
    monkeypatch.chdir(ROOT)
    scope: dict = {}
    exec(compile(code, "README.md", "exec"), scope)  # the documented, seeded selection
    reserved = (OLD / "RESERVED.txt").read_text(encoding="utf-8").split()
    assert scope["sample"] == reserved


# --- zh-web: Chinese resolution texts as pasted from web pages (generated from ../shared) -------

ZH = BLIND / "zh-web"


def load_zh_generator():
    """make_pages.py of the set, imported by path (its folder name has a dash)."""
    return import_generator(ZH)


def read_zh_gold() -> list[dict]:
    return read_set_gold(ZH)


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


# --- en-web: English resolutions as pasted from web pages, generated from the AKN XML --------

WEB = BLIND / "en-web"
WEB_GOLD = WEB / "gold.jsonl"


def load_web_generator():
    """make_pages.py of the set, imported by path (its folder name has a dash)."""
    return import_generator(WEB)


def read_web_gold() -> list[dict]:
    return read_set_gold(WEB)


@pytest.mark.parametrize("check", [
    # ids, file names, sources, languages and traits are the generator's page plan
    "plan",
    # the resolution pages are exactly RESERVED.txt, each once
    "reserved",
    # every resolution page has 2-4 layout traits
    "traits",
    # at least 3 English pages without a resolution and 2 each in German, Portuguese, Italian
    "refusals",
    # the pages of our own writing exist in own/ and nothing else is there
    "own",
])
def test_en_web_set_shape(check):
    records = read_web_gold()
    positive = [r for r in records if not r["refuse"]]
    if check == "plan":
        plan = load_web_generator().page_plan()
        fields = ("id", "page", "source", "lang", "layout")
        assert [tuple(r[f] for f in fields) for r in records] == \
               [tuple(p[f] for f in fields) for p in plan]
        assert len({r["page"] for r in records}) == len(records)
    elif check == "reserved":
        reserved = (WEB / "RESERVED.txt").read_text(encoding="utf-8").splitlines()
        assert [r["source"] for r in positive] == reserved
        assert len(set(reserved)) == len(reserved) >= 30
    elif check == "traits":
        assert all(2 <= len(r["layout"]) <= 4 for r in positive)
    elif check == "refusals":
        refused = [r for r in records if r["refuse"]]
        assert sum(r["lang"] == "en" and "negative" in r["layout"] for r in refused) >= 3
        for lang in ("de", "pt", "it"):
            assert sum(r["lang"] == lang for r in refused) >= 2, lang
    else:
        own = sorted(r["page"] for r in records if r["source"] == "own")
        assert own == sorted(p.name for p in (WEB / "own").iterdir())


def test_en_web_refusals_and_labels():
    for r in read_web_gold():
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


def test_en_web_writes_one_page_per_gold_line(shared, tmp_path):
    paths = load_web_generator().write_pages(shared, tmp_path)
    records = read_web_gold()
    assert [p.name for p in paths] == [r["page"] for r in records]
    for r in records:
        page = tmp_path / r["page"]
        assert page.is_file() and page.read_text(encoding="utf-8").strip(), r["id"]


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
def test_en_web_gold_agrees_with_the_texts(shared, check):
    make = load_web_generator()
    for r in read_web_gold():
        if r["refuse"]:
            continue
        doc = make.read_resolution(shared / "corpus" / r["source"])
        text = re.sub(r"\s+", " ", make.render_official(doc))
        if "straight-quotes" in r["layout"]:
            text = make.straighten(text)
        if check == "identity":
            assert doc["symbol"] == r["identity"], r["id"]
        elif check == "sc":
            for key in r["sc"]:
                number = re.match(r"S/RES/(\d+)", key).group(1)
                assert re.search(rf"\b{number}\b", text), (r["id"], key)
        elif check == "doc":
            for key in r["doc"] + r["ga"]:
                tail = key.split("/", 2)[-1] if key.startswith("A/RES/") else key
                assert tail.replace("S/PRST/", "") in text, (r["id"], key)
        elif check == "surfaces":
            for item in r["instrument"] + r["addressees"]:
                assert item["surface"] in text, (r["id"], item)
        else:
            numbers = {f"OP{b['num'].rstrip('.')}" for b in doc["blocks"]
                       if b["kind"] == "op" and b["num"]} or {"OP1"}
            assert {a["paragraph"] for a in r["addressees"]} <= numbers, r["id"]
