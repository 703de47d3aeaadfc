"""The English development pages (benchmarks.en_web_dev): deterministic, and read with the
identity each page must have (valid pages kept, pages to refuse refused). Needs ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.en_web_dev import DEFAULT_DIR, make_page, read_resolutions

ROOT = Path(__file__).resolve().parents[1]
EXCLUDE = [*sorted((ROOT / "tests" / "blind").glob("*/RESERVED.txt")),
           *sorted(Path("/work/notes").glob("reserved*.txt"))]


@pytest.fixture(scope="module")
def resolutions():
    if not DEFAULT_DIR.is_dir():
        pytest.skip("../shared not present: the AKN corpus is needed for the development pages")
    from benchmarks.en_web_dev import read_exclude

    return read_resolutions(DEFAULT_DIR, read_exclude(EXCLUDE), 12)


def test_pages_are_deterministic(resolutions, tmp_path):
    pages = []
    for name in ("a", "b"):  # the same resolution and page number, twice
        (tmp_path / name).mkdir()
        pages.append(make_page(resolutions[0], None, tmp_path / name, 3))
    assert pages[0].path.read_bytes() == pages[1].path.read_bytes()
    assert pages[0].traits == pages[1].traits


def test_every_page_is_read_as_it_must_be(resolutions, tmp_path):
    from graph.errors import InputError
    from graph.pipeline import read_parsed

    wrong = []
    for i, r in enumerate(resolutions):
        for k in range(3):
            folder = tmp_path / f"{i}-{k}"
            folder.mkdir()
            page = make_page(r, resolutions[i - 1] if i else None, folder, k)
            try:
                got = read_parsed(page.path).header.symbol
            except InputError:
                got = None
            if got != page.identity:
                wrong.append((page.path.name, page.traits, got, page.identity))
    assert wrong == []
