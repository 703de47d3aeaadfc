"""The other sources next to the texts (sanctions list, UNDL record table), given by name or
found in a folder: a file named on the command line that cannot be used is refused with one
line and exit 2; one found in a folder is skipped with its reason, the rest is built, and the
exit code is 2 all the same (docs/bad-input.md)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from graph.cli import main
from tests.conftest import FIXTURES, SEED

SANCTIONS = FIXTURES / "sanctions"
MEETINGS = FIXTURES / "meetings"


def one_line_refusal(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert "Traceback" not in err[0]
    return err[0]


@pytest.mark.parametrize(
    ("files", "skipped", "reason"),
    [
        # a truncated sanctions list beside a good one: the good one is used
        (["sanctions/small.xml", "sanctions/truncated.xml"], "truncated.xml", ""),
        # an XML file that is not the consolidated list at all
        (["sanctions/small.xml", "sanctions/not-sanctions.xml"], "not-sanctions.xml", ""),
        # a record table without the meeting tables that give each resolution's year
        (["meetings/undl_records.csv"], "undl_records.csv", "needs the meeting tables"),
        # a damaged record table without meeting tables: its own problem is the reason
        (["meetings/undl_bad.csv"], "undl_bad.csv", ""),
    ],
)
def test_an_unusable_source_in_a_folder_is_skipped_and_the_rest_built(tmp_path, capsys, files,
                                                                       skipped, reason):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    for f in files:
        shutil.copy(FIXTURES / f, folder / Path(f).name)
    out = tmp_path / "b"
    assert main(["build", "--quiet", "--no-sample", str(folder), "-o", str(out)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if skipped in line and ": skipped: " in line], err
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    reasons = {Path(p).name: why for p, why in summary["skipped"]}
    assert skipped in reasons, summary["skipped"]
    assert reason in reasons[skipped]
    assert summary["texts"] == 1


def test_the_good_sanctions_list_is_still_used_beside_a_bad_one(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("small.xml", "truncated.xml"):
        shutil.copy(SANCTIONS / name, folder / name)
    out = tmp_path / "b"
    assert main(["build", "--quiet", "--no-sample", str(folder), "-o", str(out)]) == 2
    assert "sanctions" in (out / "graph.nq").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "words"),
    [
        # named on the command line, a bad sanctions list stops the build
        ("sanctions/truncated.xml", ["truncated.xml"]),
        # named, a good record table without meeting tables cannot be used
        ("meetings/undl_records.csv", ["undl_records.csv", "needs the meeting tables"]),
        # named, a damaged record table is refused for its own problem
        ("meetings/undl_bad.csv", ["undl_bad.csv"]),
    ],
)
def test_an_unusable_source_named_on_the_command_line_is_refused(tmp_path, capsys, name,
                                                                 words):
    out = tmp_path / "b"
    line = one_line_refusal(capsys, ["build", "--quiet", "--no-sample", str(SEED),
                                     str(FIXTURES / name), "-o", str(out)])
    for w in words:
        assert w in line, line
    assert not out.exists()


def test_a_record_table_with_the_meeting_tables_is_used(tmp_path):
    out = tmp_path / "b"
    assert main(["build", "--quiet", "--no-sample", str(MEETINGS / "meetings-2017-fixture.html"),
                 str(MEETINGS / "undl_records.csv"), "-o", str(out)]) == 0
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert not summary["skipped"]
    assert "rdf-schema#seeAlso" in (out / "graph.nq").read_text(encoding="utf-8")
