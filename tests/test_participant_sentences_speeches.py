"""Participants on invented passages of press briefings and audiences
(tests/data/participant_sentences_speeches.tsv), written before the rules were changed for
them: a person named only for a visit still to come, dated after the event reported, or
only in a reporter's question, does not take part; a visit to come that is itself the event
reported keeps its people."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from sentence_rows import document, rows
from sentence_rows import expected as expected_pairs

ROWS = rows(Path(__file__).parent / "data" / "participant_sentences_speeches.tsv")


@pytest.mark.parametrize(("kind", "passage", "expected"), ROWS, ids=range(len(ROWS)))
def test_each_person_takes_part_or_is_only_spoken_of(kind, passage, expected):
    people = extract_facts(document("body", passage)).participants
    assert sorted((p.name.vi, p.role.vi) for p in people) == expected_pairs(expected)
