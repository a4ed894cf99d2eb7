"""Participants on invented passages of local international cooperation
(tests/data/participant_sentences_local.tsv), written before the rules were changed for
them: people only recalled after "nhắc lại,", names after academic prefixes, a title with
no name whose clause runs on to a body's name, and people who do take part."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from sentence_rows import document, rows
from sentence_rows import expected as expected_pairs

ROWS = rows(Path(__file__).parent / "data" / "participant_sentences_local.tsv")


def test_the_set_covers_each_class():
    classes = {row.values[0] for row in ROWS}
    assert {"recalled", "academic", "organisation", "runon", "orgname", "keep"} <= classes


@pytest.mark.parametrize(("kind", "passage", "expected"), ROWS, ids=range(len(ROWS)))
def test_each_person_takes_part_or_is_only_spoken_of(kind, passage, expected):
    people = extract_facts(document("body", passage)).participants
    assert sorted((p.name.vi, p.role.vi) for p in people) == expected_pairs(expected)
