"""Hostile and broken input through the command line: every bad case is a clear one-line
refusal with exit code 2 (or a graph of what is there), never a traceback, a hang or the loss
of a previous output.

What tests/test_cli.py and tests/test_seed_variants.py already cover (empty, binary, news
article, missing file, a folder with one bad file, unwritable output, encodings, determinism,
input order) is not repeated here. The behaviours are listed for users in docs/bad-input.md.
"""

from __future__ import annotations

import errno
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from graph.builder import build
from graph.cli import main
from graph.iri import document_iri
from graph.namespaces import CITO, ELI, UNSC
from graph.read import MAX_BYTES
from tests.conftest import FIXTURES, ROOT, SEED

HOSTILE = FIXTURES / "hostile"
MEETINGS = FIXTURES / "meetings"


def run(*args: str, timeout: float = 300) -> tuple[int, str, str]:
    proc = subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=timeout, stdin=subprocess.DEVNULL)
    return proc.returncode, proc.stdout, proc.stderr


def assert_refused(code: int, stderr: str, *words: str) -> str:
    """Exit 2, exactly one line on stderr, no traceback, the line holds every word."""
    lines = stderr.splitlines()
    assert code == 2, stderr
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    for w in words:
        assert w in lines[0], (w, lines[0])
    return lines[0]


def build_graph(tmp_path: Path, *inputs: Path) -> tuple[Graph, dict]:
    out = tmp_path / "b"
    assert main(["build", "--quiet", "--no-sample", *map(str, inputs), "-o", str(out)]) == 0
    g = Graph()
    g.parse(out / "graph.ttl")
    return g, json.loads((out / "summary.json").read_text(encoding="utf-8"))


# -- size --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "make"),
    [
        # a 50 MB text of many lines
        ("big.txt", lambda f: f.write_bytes(("第 1(2020)号决议\n" + "安全理事会，\n" * 2_800_000)
                                           .encode()[:50_000_000])),
        # a single line of 10 MB
        ("line.txt", lambda f: f.write_bytes(b"RESOLUTION 1 (1946) " + b"x" * 10_000_000)),
    ],
)
def test_files_over_the_limit_are_refused_quickly_with_their_size(tmp_path, name, make):
    f = tmp_path / name
    make(f)
    size = f.stat().st_size
    assert size > MAX_BYTES
    t = time.perf_counter()
    code, _, err = run("build", str(f), "-o", str(tmp_path / "b"))
    line = assert_refused(code, err, name, "too large", f"{size / 1e6:.1f} MB")
    assert f"{MAX_BYTES / 1e6:.1f} MB" in line  # the limit is told too
    assert time.perf_counter() - t < 30
    assert not (tmp_path / "b").exists()


def test_a_long_paragraph_under_the_limit_builds_quickly(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    head = text[:text.index("回顾第 2015/25")]
    f = tmp_path / "long.txt"
    # one paragraph of 860 KB (290 000 characters): 12 000 clauses naming the United Nations,
    # a citation at the start; measured: 96 000 characters took 17 s, growing faster than
    # linearly
    f.write_text(head + "回顾第 2331(2016)号决议，"
                 + "表示注意到联合国各实体以及国际和区域机构的努力，" * 12_000, encoding="utf-8")
    assert f.stat().st_size < MAX_BYTES / 8
    try:
        code, _, err = run("build", "--no-sample", str(f), "-o", str(tmp_path / "b"), timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("a one-paragraph text of 860 KB took more than 20 s")
    assert code == 0, err


# -- texts that are not (whole) resolutions -------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "zh_no_operative.txt",  # Chinese: heading, adoption line, three preambular paragraphs
        "en_no_operative.txt",  # English: the same
    ],
)
def test_a_resolution_without_operative_part_gives_its_preamble(tmp_path, name):
    g, summary = build_graph(tmp_path, HOSTILE / name)
    kinds = {o for s in g.subjects(ELI.is_part_of, None) for o in g.objects(s, RDF.type)}
    assert UNSC.PreambularParagraph in kinds
    assert UNSC.OperativeParagraph not in kinds
    assert summary["paragraphs"] == 3
    assert summary["obligations"] == 0
    assert summary["citations"] >= 1  # the preamble's citations are kept
    assert [w for w in summary["warnings"] if "no operative paragraph" in w[2]]


def _cited(g: Graph) -> set[str]:
    return {str(o) for o in g.objects(None, CITO.cites)}


def test_a_truncated_resolution_builds_what_is_there(tmp_path):
    # half the seed, cut in the middle of a paragraph: the pipeline cannot tell a cut text from
    # a whole one, it builds the paragraphs it has (the last one cut short)
    text = SEED.read_text(encoding="utf-8")
    half = text[: len(text) // 2]
    assert not half.rstrip().endswith(("，", "。", "；", ",", ";"))  # really mid-paragraph
    src = tmp_path / "in" / "half.txt"
    src.parent.mkdir()
    src.write_text(half, encoding="utf-8")
    whole, whole_summary = build_graph(tmp_path / "whole", SEED)
    cut, cut_summary = build_graph(tmp_path / "cut", src)
    assert 0 < cut_summary["paragraphs"] < whole_summary["paragraphs"]
    assert _cited(cut) and _cited(cut) < _cited(whole)
    # the last paragraph is the start of the same paragraph of the whole text
    last = max(cut.subjects(UNSC.position, None), key=lambda p: int(cut.value(p, UNSC.position)))
    cut_text, whole_text = str(cut.value(last, UNSC.text)), str(whole.value(last, UNSC.text))
    assert len(cut_text) < len(whole_text) and whole_text.startswith(cut_text[:-1])


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("fr.txt", "French"),  # French, as published
        ("fr_ascii.txt", "French"),  # French without accents: the heading looks English
        ("ru.txt", "Russian"),  # Cyrillic
        ("ar.txt", "Arabic"),  # Arabic script
    ],
)
def test_a_text_in_another_language_is_refused_by_name(tmp_path, name, language):
    code, _, err = run("build", str(HOSTILE / name), "-o", str(tmp_path / "b"))
    assert_refused(code, err, name, f"text is in {language}")
    assert not (tmp_path / "b").exists()


def test_random_bytes_are_refused(tmp_path):
    rnd = random.Random(7)
    f = tmp_path / "noise.txt"
    # no NUL byte, so that the "binary" shortcut does not decide
    f.write_bytes(bytes(rnd.choice(range(1, 256)) for _ in range(20_000)))
    code, _, err = run("build", str(f), "-o", str(tmp_path / "b"))
    assert_refused(code, err, "noise.txt")


def test_utf8_with_invalid_bytes_mid_file_is_refused_with_the_place(tmp_path):
    raw = SEED.read_bytes()
    cut = raw.index("表示注意到秘书长".encode())  # a character boundary in the middle
    line = raw.count(b"\n", 0, cut) + 1
    f = tmp_path / "broken.txt"
    f.write_bytes(raw[:cut] + b"\xff\xfe" + raw[cut:])
    code, _, err = run("build", str(f), "-o", str(tmp_path / "b"))
    assert_refused(code, err, "broken.txt", "invalid UTF-8", f"byte {cut + 1} ",
                   f"(line {line})", "0xFF")


def test_a_windows_code_page_text_is_not_read_as_gb18030(tmp_path):
    # "Côte d'Ivoire" in Windows-1252: the bytes also decode as GB18030, into gibberish
    text = ("RESOLUTION 1 (1993)\n\nThe Security Council,\n\nConcerned about Côte d'Ivoire,\n\n"
            "1. Decides to remain seized of the matter.\n")
    f = tmp_path / "cp1252.txt"
    f.write_bytes(text.encode("cp1252"))
    code, _, err = run("build", str(f), "-o", str(tmp_path / "b"))
    assert_refused(code, err, "cp1252.txt", "invalid UTF-8", "0xF4")


# -- files that are not regular files ------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, _, err = run("build", str(fifo), "-o", str(tmp_path / "b"), timeout=60)
    assert_refused(code, err, "pipe.txt", "not a regular file (a FIFO)")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links on this platform")
def test_a_symlink_loop_is_refused(tmp_path):
    loop = tmp_path / "loop.txt"
    try:
        loop.symlink_to(loop)
    except OSError as exc:
        pytest.skip(f"cannot make a symbolic link: {exc}")
    code, _, err = run("build", str(loop), "-o", str(tmp_path / "b"), timeout=60)
    assert_refused(code, err, "loop.txt")


def test_a_symlink_loop_is_named_as_such(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    code, _, err = run("build", str(loop), "-o", str(tmp_path / "b"), timeout=60)
    assert_refused(code, err, "loop.txt", "symbolic link loop")


# -- folders -------------------------------------------------------------------------------------


def test_an_empty_folder_is_refused(tmp_path):
    (tmp_path / "empty").mkdir()
    code, _, err = run("build", str(tmp_path / "empty"), "-o", str(tmp_path / "b"))
    assert_refused(code, err, "empty", "no resolution texts")
    assert not (tmp_path / "b").exists()


def test_a_folder_is_walked_into_its_subfolders(tmp_path):
    top = tmp_path / "texts"
    (top / "sub" / "deeper").mkdir(parents=True)
    (top / "sub" / "deeper" / "a.txt").write_bytes(SEED.read_bytes())
    (top / "b.txt").write_text(SEED.read_text(encoding="utf-8").replace("2388", "2389"),
                               encoding="utf-8")
    (top / "sub" / "README.md").write_text("notes, not an input\n", encoding="utf-8")
    _, summary = build_graph(tmp_path, top)
    assert summary["texts"] == 2
    assert summary["skipped"] == []


# -- citations that cannot be right --------------------------------------------------------------

ZH_CITING, EN_CITING = "S/RES/2388 (2017)", "S/RES/827 (1993)"


@pytest.mark.parametrize(
    ("name", "tables", "wrong", "kept"),
    [
        # Chinese, no meeting tables: the later, the pre-1946 and the self citation are warned
        ("zh_impossible_citations.txt", False,
         {"9999 (1950)": "later than the citing", "5 (1945)": "before the Council existed",
          "2400 (2018)": "later than the citing", "2388 (2017)": "cites itself"},
         ["S/RES/2331 (2016)", "S/RES/2000 (2017)"]),
        # Chinese with the 2017 table: 2000 (2017) is outside 2017's numbers too
        ("zh_impossible_citations.txt", True,
         {"9999 (1950)": "later than the citing", "5 (1945)": "before the Council existed",
          "2400 (2018)": "later than the citing", "2388 (2017)": "cites itself",
          "2000 (2017)": "did not exist"},
         ["S/RES/2331 (2016)"]),
        # English, no meeting tables
        ("en_impossible_citations.txt", False,
         {"9999 (1950)": "later than the citing", "900 (1994)": "later than the citing",
          "827 (1993)": "cites itself"},
         ["S/RES/713 (1991)", "S/RES/700 (1993)"]),
        # English with the 1993 table: 700 (1993) is outside 1993's numbers
        ("en_impossible_citations.txt", True,
         {"9999 (1950)": "later than the citing", "900 (1994)": "later than the citing",
          "827 (1993)": "cites itself", "700 (1993)": "did not exist"},
         ["S/RES/713 (1991)"]),
    ],
)
def test_impossible_citations_are_warnings_not_citations(tmp_path, name, tables, wrong, kept):
    inputs = [HOSTILE / name]
    if tables:
        inputs += [MEETINGS / "meetings-2017-fixture.html", MEETINGS / "meetings-1993-fixture.html"]
    g, summary = build_graph(tmp_path, *inputs)
    citing = document_iri(ZH_CITING if name.startswith("zh") else EN_CITING)
    cited = set(g.objects(citing, CITO.cites))
    messages = [w[2] for w in summary["warnings"] if w[0].endswith(name)]
    for ref, why in wrong.items():
        assert any(ref in m and why in m for m in messages), (ref, messages)
        assert document_iri(f"S/RES/{ref}") not in cited
        # no citation node either
        assert not list(g.subjects(CITO.hasCitedEntity, document_iri(f"S/RES/{ref}")))
    for symbol in kept:
        assert document_iri(symbol) in cited


def test_an_english_citation_before_1946_is_a_warning(tmp_path):
    _, summary = build_graph(tmp_path, HOSTILE / "en_impossible_citations.txt")
    assert any("5 (1945)" in w[2] and "before the Council" in w[2] for w in summary["warnings"])


# -- known crashes (tracebacks instead of one line) -------------------------------------------

ZH_BODY = "\n\n安全理事会，\n\n回顾其各项决议，\n\n1. 决定继续积极处理此案。\n"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        pytest.param("zero.txt", "第 0(2020)号决议" + ZH_BODY),  # heading numbered 0
        pytest.param("y1800.txt", "第 1(1800)号决议" + ZH_BODY),  # heading dated 1800
        pytest.param("cite0.txt", "第 5(2004)号决议\n\n安全理事会，\n\n回顾第 0(2000)号决议，\n"),
        pytest.param("footnote.txt", "RESOLUTION 5 (1946)\n\nThe Security Council,\n\n"
                     "Recalling its resolution 1 (1946)3,\n\n1. Decides to act.\n"),
        # the English heading numbered 0 is already refused properly
        ("en_zero.txt", "RESOLUTION 0 (1993)\n\nThe Security Council,\n\n1. Decides.\n"),
    ],
)
def test_malformed_numbers_are_one_line_refusals(tmp_path, name, text):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    code, _, err = run("build", "--no-sample", str(f), "-o", str(tmp_path / "b"))
    if code == 0:  # a graph of what is there is fine too, as long as it is one
        assert (tmp_path / "b" / "graph.ttl").is_file()
        return
    assert_refused(code, err, name)


# -- no data loss ------------------------------------------------------------------------------


@pytest.fixture
def previous_build(tmp_path) -> Path:
    out = tmp_path / "build"
    assert main(["build", "--quiet", "--no-sample", "-o", str(out)]) == 0
    return out


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and "store" not in p.parts}


def _no_leftovers(folder: Path) -> None:
    left = [p.name for p in folder.iterdir() if ".tmp-" in p.name or ".old-" in p.name]
    assert left == [], left


def _fail_halfway(monkeypatch, method: str, name_part: str) -> None:
    """Make ``Path.<method>`` write half its data to files whose name holds *name_part*, then
    fail as a full disk does."""
    original = getattr(Path, method)

    def broken(self, data, *args, **kwargs):
        if name_part in self.name:
            original(self, data[: len(data) // 2], *args, **kwargs)
            raise OSError(errno.ENOSPC, "No space left on device", str(self))
        return original(self, data, *args, **kwargs)

    monkeypatch.setattr(Path, method, broken)


def test_a_build_that_fails_while_writing_keeps_the_previous_build(previous_build,
                                                                   monkeypatch):
    before = _snapshot(previous_build)
    _fail_halfway(monkeypatch, "write_text", "summary.json")  # the last file of a build
    variant = previous_build.parent / "in" / "S_RES_2389_2017_ZH.txt"
    variant.parent.mkdir()
    variant.write_text(SEED.read_text(encoding="utf-8").replace("2388", "2389"), "utf-8")
    with pytest.raises(OSError):
        build([variant], previous_build)
    assert _snapshot(previous_build) == before
    _no_leftovers(previous_build.parent)


def test_a_build_whose_final_rename_fails_keeps_the_previous_build(previous_build, monkeypatch):
    before = _snapshot(previous_build)
    real = os.replace

    def replace(src, dst):
        if ".tmp-" in str(src):
            raise OSError(errno.EXDEV, "Invalid cross-device link", str(src))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError):
        build(None, previous_build)
    assert _snapshot(previous_build) == before
    _no_leftovers(previous_build.parent)


@pytest.mark.parametrize("kind", ["folder", "file"])
def test_build_never_replaces_something_that_is_not_a_build(tmp_path, kind):
    target = tmp_path / "mine"
    if kind == "folder":
        target.mkdir()
        (target / "notes.md").write_text("precious\n", encoding="utf-8")
    else:
        target.write_text("precious\n", encoding="utf-8")
    code, _, err = run("build", "--no-sample", "-o", str(target))
    precious = (target / "notes.md") if kind == "folder" else target
    assert precious.is_file() and precious.read_text(encoding="utf-8") == "precious\n"
    assert_refused(code, err, "mine")


@pytest.mark.parametrize(
    ("argv", "method", "name_part"),
    [
        # export: the serialised bytes are written halfway, then the disk is full
        (["export", "--format", "turtle"], "write_bytes", ".out.ttl.tmp"),
        # export to a network format: networkx writes the file itself
        (["export", "--format", "graphml"], None, None),
        # viz: the page is written halfway
        (["viz"], "write_text", ".out.ttl.tmp"),
    ],
)
def test_export_and_viz_that_fail_keep_the_previous_output(seed_build, tmp_path, monkeypatch,
                                                          argv, method, name_part):
    out = tmp_path / "out.ttl"
    out.write_bytes(b"previous output\n")
    if method is None:
        import graph.network

        def explode(*args, **kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(graph.network, "write_network", explode)
    else:
        _fail_halfway(monkeypatch, method, name_part)
    assert main([*argv, "--graph", str(seed_build), "-o", str(out)]) == 2  # one line, exit 2
    assert out.read_bytes() == b"previous output\n"
    _no_leftovers(tmp_path)


def test_a_failure_while_writing_is_one_line_exit_2(seed_build, tmp_path, monkeypatch, capsys):
    _fail_halfway(monkeypatch, "write_bytes", ".g.ttl.tmp")
    code = main(["export", "--format", "turtle", "--graph", str(seed_build),
                 "-o", str(tmp_path / "g.ttl")])
    err = capsys.readouterr().err
    assert code == 2 and len(err.splitlines()) == 1 and "No space left" in err


# -- the command line's error paths ----------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "code", "words"),
    [
        # a missing input, a file of an unknown kind named on the command line
        (["build", "{tmp}/missing.txt"], 2, ["missing.txt", "no such file"]),
        (["build", "pyproject.toml"], 2, ["pyproject.toml", "unknown input type"]),
        # a folder with nothing to read
        (["build", "{tmp}/notes"], 2, ["notes", "no resolution texts"]),
        # query: unknown canned query, no graph, bad parameter
        (["query", "no-such-query", "--graph", "{seed}"], 2, ["no-such-query"]),
        (["query", "citations", "--graph", "{tmp}/none"], 2, ["no such graph"]),
        (["query", "citations", "--graph", "{seed}", "--param", "x"], 2, ["name=value"]),
        (["query"], 2, ["give a query name"]),
        # a graph file that is not RDF
        (["validate", "--graph", "tests/fixtures/hostile/fr.txt"], 2, ["unknown graph file"]),
        (["export", "--format", "turtle", "--graph", "{tmp}/bad.ttl"], 2, ["not a valid graph"]),
        # network format without an output file
        (["export", "--format", "graphml", "--graph", "{seed}"], 2, ["needs -o"]),
        (["network", "--graph", "{tmp}/none"], 2, ["no such graph"]),
        # a validation failure is exit 1, with the report on stdout
        (["validate", "--graph", "ontology/examples/model-invalid-01.ttl"], 1, []),
    ],
)
def test_every_error_is_one_line_with_the_documented_code(seed_build, tmp_path, argv, code,
                                                           words):
    (tmp_path / "bad.ttl").write_text("this is not turtle <<<\n", encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "README.md").write_text("no input here\n", encoding="utf-8")
    argv = [a.replace("{seed}", str(seed_build)).replace("{tmp}", str(tmp_path)) for a in argv]
    got, out, err = run(*argv)
    assert got == code, err
    if code == 1:
        assert err == "" and out.strip()
        return
    assert_refused(got, err, *words)


@pytest.mark.parametrize(
    "argv",
    [
        ["build", "--workers", "many"],  # not a number
        ["export"],  # --format missing
        ["frobnicate"],  # no such command
    ],
)
def test_usage_errors_are_one_line_exit_2(argv):
    code, _, err = run(*argv)
    assert_refused(code, err)


@pytest.mark.parametrize(
    "argv",
    [
        ["query", "no-such-query"],  # a usage error
        ["build", "tests/fixtures/hostile/ru.txt", "-o", "{tmp}/b"],  # an input error
    ],
)
def test_debug_shows_the_traceback_of_every_error(tmp_path, argv):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, _, err = run("--debug", *argv)
    assert code != 0
    assert "Traceback" in err and len(err.splitlines()) > 3



# --- language identification (graph.read.detect_language) ------------------------------------

_CHROME_EN = ("Home | News | Documents | Contact us\nShare this page on social media\n"
              "This page was last updated by our editorial team.\n")
_DE = ("Der Sicherheitsrat,\nunter Hinweis auf seine früheren Resolutionen und die Erklärungen "
       "seines Präsidenten,\n1. verlangt, dass alle Parteien die Waffenruhe uneingeschränkt "
       "einhalten;\n2. ersucht den Generalsekretär, dem Rat innerhalb von 90 Tagen Bericht zu "
       "erstatten;\n3. beschließt, mit der Angelegenheit aktiv befasst zu bleiben.\n")
_EN = ("The Security Council,\nRecalling its previous resolutions and the statements of its "
       "President,\n1. Demands that all parties fully respect the ceasefire;\n2. Requests the "
       "Secretary-General to report to the Council within 90 days;\n3. Decides to remain "
       "actively seized of the matter.\n")


@pytest.mark.parametrize("text, lang", [
    # English, as published
    (_EN, "en"),
    # English, hard-wrapped OCR lines of a 1946-1994 text
    ("Resolution 206 (1965)\nof 15 June 1965\n\nThe Security Council,\n\nNoting that the "
     "situation\nin Cyprus is likely to\ncontinue,\n\n1. Calls upon all\nparties to act;\n", "en"),
    # German
    (_DE, "de"),
    # Portuguese
    ("O Conselho de Segurança,\nRecordando as suas resoluções anteriores e as declarações do "
     "seu Presidente,\n1. Exige que todas as partes respeitem plenamente o cessar-fogo;\n"
     "2. Solicita ao Secretário-Geral que apresente um relatório no prazo de 90 dias;\n", "pt"),
    # Italian
    ("Il Consiglio di sicurezza,\nRichiamando le sue precedenti risoluzioni e le dichiarazioni "
     "del suo Presidente,\n1. Esige che tutte le parti rispettino pienamente il cessate il "
     "fuoco;\n2. Chiede al Segretario generale di riferire al Consiglio entro 90 giorni;\n",
     "it"),
    # Spanish
    ("El Consejo de Seguridad,\nRecordando sus resoluciones anteriores y las declaraciones de "
     "su Presidencia,\n1. Exige que todas las partes respeten plenamente el alto el fuego;\n"
     "2. Solicita al Secretario General que informe al Consejo en un plazo de 90 días;\n", "es"),
    # French
    ("Le Conseil de sécurité,\nRappelant ses résolutions antérieures et les déclarations de "
     "son Président,\n1. Exige que toutes les parties respectent pleinement le cessez-le-feu;\n"
     "2. Prie le Secrétaire général de lui faire rapport dans un délai de 90 jours;\n", "fr"),
    # Dutch
    ("De Veiligheidsraad,\nherinnerend aan zijn eerdere resoluties en de verklaringen van zijn "
     "voorzitter,\n1. eist dat alle partijen het staakt-het-vuren volledig eerbiedigen;\n"
     "2. verzoekt de secretaris-generaal binnen 90 dagen verslag uit te brengen;\n", "nl"),
    # English page chrome around a German text: German
    (_CHROME_EN + _DE + _CHROME_EN, "de"),
    # German page chrome around an English text: English
    ("Startseite | Nachrichten | Dokumente\nDiese Seite wurde zuletzt aktualisiert.\n" + _EN,
     "en"),
    # English page chrome around a Chinese text: Chinese
    (_CHROME_EN + "安全理事会，\n回顾其以往各项决议和主席声明，\n1. 要求各方充分遵守停火；\n"
     "2. 请秘书长在90天内向安理会提交报告；\n", "zh"),
    # traditional Chinese
    ("安全理事會，\n回顧其以往各項決議和主席聲明，\n1. 要求各方充分遵守停火；\n", "zh"),
    # Arabic
    ("إن مجلس الأمن،\nإذ يشير إلى قراراته السابقة،\n1. يطالب جميع الأطراف باحترام وقف إطلاق النار;\n",
     "ar"),
])
def test_detect_language(text, lang):
    from graph.read import detect_language

    assert detect_language(text) == lang


@pytest.mark.parametrize("text, language", [
    # German: refused by name instead of read as English
    ("Resolution 2231 (2015)\n\n" + _DE, "German"),
    # Portuguese
    ("Resolução 2231 (2015)\n\nO Conselho de Segurança,\nRecordando as suas resoluções "
     "anteriores e as declarações do seu Presidente,\n1. Exige que todas as partes respeitem "
     "plenamente o cessar-fogo;\n", "Portuguese"),
])
def test_read_source_refuses_other_languages_by_name(tmp_path, text, language):
    from graph.errors import InputError
    from graph.read import read_source

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_source(path)
    message = str(exc.value)
    assert str(path) in message and f"text is in {language}" in message
    assert "\n" not in message
