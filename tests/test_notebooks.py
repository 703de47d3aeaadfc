"""The notebooks run top to bottom on the bundled seed and show what their text promises.

Each notebook is executed once (``nbclient``) in a kernel of the running interpreter: a
kernelspec for ``sys.executable`` is written into a temporary ``JUPYTER_PATH``, so no kernel
installed elsewhere on the machine is picked up and nothing is fetched. The kernel works in a
temporary folder with its own ``TMPDIR``. Expected values come from the seed's text
(S/RES/2388 (2017), Chinese), not from running the code.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from graph.query import list_queries

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NAMES = ["citation-network-tour", "sparql-cookbook", "obligations", "network-analysis"]
CELL_TIMEOUT_S = 120
#: the whole record: the cookbook runs every canned query over 3 million triples in one cell
RECORD_CELL_TIMEOUT_S = 900


@pytest.fixture(scope="module")
def kernel_env(tmp_path_factory):
    """Environment for the kernels: our kernelspec first, a private TMPDIR, no UNSC_GRAPH."""
    from ipykernel.kernelspec import write_kernel_spec

    root = tmp_path_factory.mktemp("jupyter")
    write_kernel_spec(root / "kernels" / "python3",
                      overrides={"argv": [sys.executable, "-m", "ipykernel_launcher",
                                          "-f", "{connection_file}"],
                                 "display_name": "Python 3 (this interpreter)"})
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JUPYTER_PATH", str(root))
        mp.setenv("JUPYTER_PLATFORM_DIRS", "1")
        mp.setenv("IPYTHONDIR", str(root / "ipython"))
        mp.delenv("UNSC_GRAPH", raising=False)
        yield mp


def _execute(name: str, work: Path, mp: pytest.MonkeyPatch, timeout: int = CELL_TIMEOUT_S,
             **env: str):
    """Execute notebook *name* in *work* (with its own TMPDIR) and return it."""
    tmp = work / "tmp"
    tmp.mkdir(parents=True)
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    with mp.context() as m:
        m.setenv("TMPDIR", str(tmp))
        for key, value in env.items():
            m.setenv(key, value)
        NotebookClient(nb, kernel_name="python3", timeout=timeout, startup_timeout=60,
                       resources={"metadata": {"path": str(work)}}).execute()
    return nb


@pytest.fixture(scope="module")
def executed(kernel_env, tmp_path_factory):
    """Each notebook executed once on the bundled seed (lazily, on first use)."""
    cache: dict[str, tuple[nbformat.NotebookNode, Path]] = {}

    def get(name: str):
        if name not in cache:
            work = tmp_path_factory.mktemp(name)
            cache[name] = (_execute(name, work, kernel_env), work)
        return cache[name]

    return get


def _outputs(nb, source: str = ""):
    """Outputs of the code cells whose source contains *source*."""
    for cell in nb.cells:
        if cell.cell_type == "code" and source in cell.source:
            yield from cell.outputs


def _text(nb, source: str = "") -> str:
    """What the code cells whose source contains *source* printed."""
    return "".join(o.text for o in _outputs(nb, source) if o.output_type == "stream"
                   and o.name == "stdout")


def _sections(nb) -> dict[str, str]:
    """Printed text under each ``### `name``` heading displayed as Markdown."""
    sections: dict[str, str] = {}
    current = None
    for o in _outputs(nb):
        md = o.get("data", {}).get("text/markdown", "") if o.output_type == "display_data" else ""
        heading = re.match(r"### `([^`]+)`", md)
        if heading:
            current = heading.group(1)
            sections[current] = ""
        elif current is not None and o.output_type == "stream":
            sections[current] += o.text
    return sections


def _rows(table: str) -> list[str]:
    """Data lines of a text table (below the dashes line), without the '… more rows' line."""
    lines = table.strip("\n").splitlines()
    dash = next(i for i, line in enumerate(lines) if re.fullmatch(r"[- ]+", line))
    return [line for line in lines[dash + 1:] if not line.startswith("…")]


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_without_errors_or_stderr(executed, name):
    # every code cell ran, none wrote an error or anything to stderr (warnings included)
    nb, _ = executed(name)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.execution_count is not None for c in code)
    bad = [o for o in _outputs(nb) if o.output_type == "error"
           or (o.output_type == "stream" and o.name == "stderr")]
    assert bad == []
    assert "graph: the bundled seed" in _text(nb)


@pytest.mark.parametrize("name", NAMES)
def test_notebook_leaves_no_temporary_build(executed, name):
    # the seed is built in a TemporaryDirectory that goes away with the kernel
    _, work = executed(name)
    assert list((work / "tmp").glob("unsc-graph-*")) == []


@pytest.mark.parametrize("name, images", [
    ("citation-network-tour", 3),  # in-degree, lag, citations per year
    ("obligations", 3),  # verbs by force, addressee grid, over time
    ("network-analysis", 2),  # verbs by decade, communities on the timeline
])
def test_notebook_draws_its_plots(executed, name, images):
    nb, _ = executed(name)
    pngs = [o for o in _outputs(nb) if "image/png" in o.get("data", {})]
    assert len(pngs) == images


def test_tour_ranks_the_seed(executed):
    nb, _ = executed("citation-network-tour")
    text = _text(nb)
    # the only text of the seed is the only citing resolution
    citing = text.split("Citing the most\n", 1)[1]
    assert _rows(citing)[0].startswith("S/RES/2388 (2017)")
    # PP20 recalls resolution 1261 (1999): a lag of 2017 - 1999 years
    assert re.search(r"S/RES/2388 \(2017\)\s+S/RES/1261 \(1999\)\s+18\b", text)
    # PP1 recalls S/PRST/2015/25: it is among the most recalled of the 2010s
    recalled = text.split("Most cited per decade (recalls)", 1)[1]
    assert re.search(r"2010s\s+\d\s+S/PRST/2015/25", recalled)


def test_tour_shows_the_page_escaped_in_a_sandboxed_iframe(executed):
    nb, _ = executed("citation-network-tour")
    frames = [o.data["text/html"] for o in _outputs(nb)
              if "<iframe" in o.get("data", {}).get("text/html", "")]
    assert len(frames) == 1
    frame = frames[0]
    assert 'sandbox="allow-scripts"' in frame
    srcdoc = re.search(r'srcdoc="([^"]*)"', frame)
    assert srcdoc is not None
    # the whole page is inside the attribute: no raw tag or quote of the page leaks out of it
    assert "<" not in srcdoc.group(1)
    page = html.unescape(srcdoc.group(1))
    assert page.lstrip().lower().startswith("<html") or "<!doctype html>" in page.lower()
    assert "S/RES/2388 (2017)" in page and "</html>" in page


def test_cookbook_runs_every_canned_query(executed):
    nb, _ = executed("sparql-cookbook")
    sections = _sections(nb)
    assert sorted(sections) == sorted(q.name for q in list_queries())
    # integrity checks hold on the seed: their tables have no rows
    for name, table in sections.items():
        if name.endswith("-violation"):
            assert _rows(table) == [], name


def test_cookbook_citations_table_has_the_seed_citations(executed):
    nb, _ = executed("sparql-cookbook")
    rows = _rows(_sections(nb)["citations"])
    # PP1 recalls resolution 2331 (2016), PP4 takes note of it
    assert any(re.match(r"S/RES/2388 \(2017\)\s+S/RES/2331 \(2016\)\s+PP1\s+recalls", r)
               for r in rows)
    assert any(re.match(r"S/RES/2388 \(2017\)\s+S/RES/2331 \(2016\)\s+PP4\s+takes note", r)
               for r in rows)


def test_cookbook_hand_written_queries(executed):
    nb, _ = executed("sparql-cookbook")
    text = _text(nb)
    # PP15 condemns ISIL, named in Chinese as 伊黎伊斯兰国
    assert re.search(r"PP15\s+Islamic State in Iraq and the Levant\s+\S*伊黎伊斯兰国", text)
    # the evidence of PP1's citation of 2331 (2016) is the Chinese surface text
    assert re.search(r"PP1\s+S/RES/2331 \(2016\)\s+recalls\s+zh\s+\d+\s+\d+\s+2331\(2016\)", text)
    # the hostile parameter value stays inside an escaped literal
    assert '{ ?target dcterms:identifier "x\\" } DROP ALL { \\"" }' in text
    # the seed does not act under Chapter VII: no binding decision
    binding = _text(nb, "binding_decisions = ").split("Binding decisions\n", 1)[1]
    assert binding.startswith("resolution") and _rows(binding) == []


def test_obligations_lists_the_deadline_and_the_verbs(executed):
    nb, _ = executed("obligations")
    text = _text(nb)
    # OP34 requests a report of the Secretary-General by 21 November 2018, one year after
    # adoption on 21 November 2017
    assert re.search(r"S/RES/2388 \(2017\)\s+OP34\s+requests\s+Secretary-General\s+2017-11-21"
                     r"\s+2018-11-21\s+365\b", text)
    # the strongest verb of the scheme heads the table
    assert re.search(r"^decides\s+100\s", text, re.M)
    # one year of resolutions on the seed
    assert "1 year(s): 2017-2017" in text


def test_notebook_reads_the_build_named_by_unsc_graph(kernel_env, seed_build, tmp_path):
    # UNSC_GRAPH points at a build folder: the notebook opens it instead of building
    nb = _execute("obligations", tmp_path, kernel_env, UNSC_GRAPH=str(seed_build))
    text = _text(nb)
    assert f"graph: {seed_build} (from UNSC_GRAPH)" in text
    assert "bundled seed" not in text
    assert re.search(r"OP34\s+requests\s+Secretary-General", text)


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.name)
def test_committed_notebook_is_stripped(path):
    # no outputs, no execution counts, a valid nbformat 4 document with unique cell ids
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.nbformat == 4
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert all(c.outputs == [] and c.execution_count is None for c in code)
    ids = [c.id for c in nb.cells]
    assert len(ids) == len(set(ids))
    assert nb.metadata.kernelspec.name == "python3"


def test_every_notebook_is_tested():
    # a new notebook must be added to NAMES (and so be executed here)
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb")) == sorted(NAMES)


# --- the whole-record analysis on bigger graphs --------------------------------------------------


#: the titles of the analysis' tables, by a word of the code cell that prints them
DECADES = ("characterizations_by_decade", "Citation practice by decade (share of the decade's "
                                          "characterized citations)")
ERAS = ("central_by_era", "Most central per era (PageRank of the era's citations)")
COMMUNITIES = ("community_topics", "Communities by agenda item")


def _table_rows(nb, table: tuple[str, str]) -> list[str]:
    """The data lines of the table printed under its title by its cell."""
    source, title = table
    return _rows(_text(nb, source).split(title + "\n", 1)[1].split("\n\n", 1)[0])


@pytest.fixture(scope="module")
def synthetic_record(tmp_path_factory) -> Path:
    """The synthetic record of benchmarks/viz_synthetic.py, 600 citing documents 1946-2026."""
    from benchmarks.viz_synthetic import write_synthetic

    return write_synthetic(tmp_path_factory.mktemp("synthetic") / "record.nq", 600)


def test_network_analysis_on_a_synthetic_record(kernel_env, synthetic_record, tmp_path):
    from benchmarks.viz_synthetic import _PLACES, _THEMES

    nb = _execute("network-analysis", tmp_path, kernel_env, UNSC_GRAPH=str(synthetic_record))
    text = _text(nb)
    assert not [o for o in _outputs(nb) if o.output_type == "error"]
    # the generator dates documents 1946-2026: eight decades of citations
    decades = [r.split()[0] for r in _table_rows(nb, DECADES)]
    assert decades == [f"{d}s" for d in range(1940, 2030, 10)]
    # every era of graph.network.ERAS has its most central documents
    eras = {r.split()[0] for r in _table_rows(nb, ERAS)}
    assert eras == {"1946-1989", "1990-1999", "2000-2009", "2010-2019", "2020-2029"}
    # communities are named by the generator's agenda items (one per document)
    items = {f"The situation in {en}" for en, _ in _PLACES} | {en for en, _ in _THEMES}
    named = _table_rows(nb, COMMUNITIES)
    assert named and all(any(r.split(None, 3)[3].startswith(i[:40]) for i in items)
                         for r in named)
    assert "nodes on the timeline" in text and list((tmp_path / "tmp").glob("unsc-graph-*")) == []


@pytest.fixture(scope="module")
def record_build(tmp_path_factory) -> Path:
    """The whole shared record 1946-2026 (English texts, the UN's XML in English and Chinese
    with statements and adoption data, meeting tables, UNDL records, sanctions list)."""
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    if not (corpus / "akn").is_dir():
        pytest.skip("../shared not present: the whole record is needed for this test")
    from graph.builder import build

    out = tmp_path_factory.mktemp("record") / "build"
    build([corpus / "en-resolutions", corpus / "akn", corpus / "un-meetings",
           corpus / "undl-records", corpus / "sanctions"], out, workers=2, progress=False)
    return out


def _errors(nb) -> list:
    return [o for cell in nb.cells for o in cell.get("outputs", [])
            if o.get("output_type") == "error" or o.get("name") == "stderr"]


# network-analysis runs on the whole record in its own test below
@pytest.mark.parametrize("name", [n for n in NAMES if n != "network-analysis"])
def test_notebook_runs_on_the_whole_record(kernel_env, record_build, tmp_path, name):
    nb = _execute(name, tmp_path, kernel_env, RECORD_CELL_TIMEOUT_S,
                  UNSC_GRAPH=str(record_build))
    assert _errors(nb) == []


def test_network_analysis_on_the_whole_record(kernel_env, record_build, tmp_path):
    nb = _execute("network-analysis", tmp_path, kernel_env, RECORD_CELL_TIMEOUT_S,
                  UNSC_GRAPH=str(record_build))
    assert _errors(nb) == []
    # the record runs from the 1940s to the 2020s
    decades = [r.split()[0] for r in _table_rows(nb, DECADES)]
    assert decades[:1] == ["1940s"] and decades[-1] == "2020s" and len(decades) == 9
    # resolutions recall and reaffirm earlier ones: those verbs lead the decades of the record
    leaders = [r.split()[2] for r in _table_rows(nb, DECADES)]
    assert {"recalls", "reaffirms"} <= set(leaders[2:])
    # the Charter is the instrument every era invokes
    central = _table_rows(nb, ERAS)
    assert any(r.startswith("1946-1989") and "Charter of the United Nations" in r
               for r in central)
    # 1325 (2000) on women and peace and security is among the most central of the 2000s on
    assert any("S/RES/1325 (2000)" in r for r in central)
