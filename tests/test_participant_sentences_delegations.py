"""Participants on invented passages of multilateral meetings
(tests/data/participant_sentences_delegations.tsv), written before the rules were changed
for them: a representative's title after the name, titles of international bodies longer
than the usual role, the foreign "Tổng Vụ trưởng", and a minister who stayed away and sent
a deputy, who does not take part."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from sentence_rows import document, rows
from sentence_rows import expected as expected_pairs

ROWS = rows(Path(__file__).parent / "data" / "participant_sentences_delegations.tsv")


def test_the_invented_set_covers_each_class():
    assert {row.values[0] for row in ROWS} >= {"rep", "long", "dg", "absent", "keep"}


@pytest.mark.parametrize(("kind", "passage", "expected"), ROWS, ids=range(len(ROWS)))
def test_each_delegate_is_listed_with_the_title_beside_the_name(kind, passage, expected):
    people = extract_facts(document("body", passage)).participants
    assert sorted((p.name.vi, p.role.vi) for p in people) == expected_pairs(expected)
