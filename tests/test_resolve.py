"""Presidential statements cited by a resolution are checked against the meeting tables: one
made after the resolution, or numbered past the last statement of its year, is a warning and
not a citation (the tables list the statements of each year with their days)."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph

from graph.cli import main
from graph.iri import document_iri
from graph.namespaces import CITO
from tests.conftest import FIXTURES, SEED

TABLE_2017 = FIXTURES / "meetings" / "meetings-2017-fixture.html"  # lists S/PRST/2017/21, /27
CITING = document_iri("S/RES/2388 (2017)")  # adopted 21 November 2017


def build_with_statements(tmp_path, statements: str, tables: bool) -> tuple[Graph, list[str]]:
    text = SEED.read_text(encoding="utf-8")
    anchor = "回顾第 2015/25 号主席声明"
    assert anchor in text
    text = text.replace(anchor, f"回顾{statements}，\n\n{anchor}", 1)
    source = tmp_path / SEED.name
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "b"
    inputs = [str(source)] + ([str(TABLE_2017)] if tables else [])
    assert main(["build", "--quiet", "--no-sample", *inputs, "-o", str(out)]) == 0
    g = Graph()
    g.parse(out / "graph.ttl")
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return g, [w[2] for w in summary["warnings"]]


@pytest.mark.parametrize(
    ("statement", "tables", "why"),
    [
        # made on 21 December 2017, a month after the resolution
        ("S/PRST/2017/27", True, "after the citing resolution"),
        # the tables' statements of 2017 stop at 27
        ("S/PRST/2017/30", True, "did not exist"),
        # made in November 2017, before the resolution: a citation
        ("S/PRST/2017/21", True, None),
        # a year the tables do not cover: nothing to check against
        ("S/PRST/2015/25", True, None),
        # without the tables, a statement of the same year is taken as written
        ("S/PRST/2017/27", False, None),
    ],
)
def test_statements_are_checked_against_the_meeting_tables(tmp_path, statement, tables, why):
    year, number = statement.split("/")[2:]
    g, warnings = build_with_statements(tmp_path, f"第 {year}/{number} 号主席声明", tables)
    cited = set(g.objects(CITING, CITO.cites))
    if why is None:
        assert document_iri(statement) in cited
        assert not [w for w in warnings if statement in w]
    else:
        assert document_iri(statement) not in cited
        assert not list(g.subjects(CITO.hasCitedEntity, document_iri(statement)))
        assert [w for w in warnings if statement in w and why in w], warnings
