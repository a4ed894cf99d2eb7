"""Participants on invented passages of defence and security reporting
(tests/data/participant_sentences_security.tsv), written before the rules were changed for
them: a speech printed in full ends with its closing thanks, and the reporter's sentences
after it report who took part; thanks inside the speech close nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from sentence_rows import document, rows
from sentence_rows import expected as expected_pairs

ROWS = rows(Path(__file__).parent / "data" / "participant_sentences_security.tsv")


def test_the_invented_set_covers_each_class():
    assert {row.values[0] for row in ROWS} >= {"closing", "within"}


@pytest.mark.parametrize(("kind", "passage", "expected"), ROWS, ids=range(len(ROWS)))
def test_each_person_takes_part_or_is_only_spoken_of(kind, passage, expected):
    people = extract_facts(document("body", passage)).participants
    assert sorted((p.name.vi, p.role.vi) for p in people) == expected_pairs(expected)
