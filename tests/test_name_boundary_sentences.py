"""Participants on the invented sentences of tests/data/name_boundary_sentences.tsv: where
a person's name starts after a role that ends in an organisation's or a place's own name
("Chủ tịch Tập đoàn Mai Linh Hồ Ngọc Hải"), names no split may touch (Vietnamese ones after
a ministry, foreign ones after a company or a country), a name of one word, and roles that
run on into the verb phrase or hold two titles. Each row must give exactly the listed
people and roles; one the rules still get wrong ("open: why") must fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.evaluate.sentence_tables import expected_pairs
from briefgen.extract import extract_facts
from sentence_rows import document, rows

SENTENCES = Path(__file__).parent / "data" / "name_boundary_sentences.tsv"


ROWS = rows(SENTENCES)


def test_the_invented_set_covers_each_class():
    assert len(ROWS) >= 60
    classes = [row.values[0] for row in ROWS]
    assert {"org", "unit", "keep", "lone", "runon"} <= set(classes)
    assert classes.count("org") >= 25 and classes.count("keep") >= 20


@pytest.mark.parametrize(("kind", "sentence", "expected"), ROWS, ids=range(len(ROWS)))
def test_each_person_is_named_from_where_the_name_starts(kind, sentence, expected):
    people = extract_facts(document("body", sentence)).participants
    assert sorted((p.name.vi, p.role.vi) for p in people) == sorted(expected_pairs(expected))
