"""Participants on the invented sentences of tests/data/name_boundary_sentences.tsv: where
a person's name starts after a role that ends in an organisation's or a place's own name
("Chủ tịch Tập đoàn Mai Linh Hồ Ngọc Hải"), names no split may touch (Vietnamese ones after
a ministry, foreign ones after a company or a country), a name of one word, and roles that
run on into the verb phrase or hold two titles. Each row must give exactly the listed
people and roles; one the rules still get wrong ("open: why") must fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from briefgen.records import Block, Document, Role

SENTENCES = Path(__file__).parent / "data" / "name_boundary_sentences.tsv"


def _rows() -> list:
    lines = SENTENCES.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return [
        pytest.param(*row[:3], marks=pytest.mark.xfail(reason=row[3], strict=True))
        if len(row) > 3
        else pytest.param(*row)
        for row in rows[1:]
    ]


ROWS = _rows()


def _expected(cell: str) -> list[tuple[str, str]]:
    if cell == "none":
        return []
    return sorted(tuple(item.split(" => ")) for item in cell.split(" ;; "))


def test_the_invented_set_covers_each_class():
    assert len(ROWS) >= 60
    classes = [row.values[0] for row in ROWS]
    assert {"org", "unit", "keep", "lone", "runon"} <= set(classes)
    assert classes.count("org") >= 25 and classes.count("keep") >= 20


@pytest.mark.parametrize(("kind", "sentence", "expected"), ROWS, ids=range(len(ROWS)))
def test_each_person_is_named_from_where_the_name_starts(kind, sentence, expected):
    document = Document(
        source=Path("invented.txt"),
        format="txt",
        blocks=(Block(0, sentence, Role.BODY, (sentence,)),),
    )
    people = extract_facts(document).participants
    assert sorted((p.name.vi, p.role.vi) for p in people) == _expected(expected)
