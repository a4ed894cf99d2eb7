"""Participants on invented passages of receptions, visits and meetings
(tests/data/participant_sentences_people.tsv), written before the rules were changed for
them: foreign names with particles, accents and bracketed countries before them, spouses
who take part, and people only recalled (an office holder "khi đó", a visit of another
month) or met later on the programme, who do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from sentence_rows import document, rows
from sentence_rows import expected as expected_pairs

ROWS = rows(Path(__file__).parent / "data" / "participant_sentences_people.tsv")


def test_the_invented_set_covers_each_class():
    classes = {row.values[0] for row in ROWS}
    wanted = {"particle", "spouse", "aside", "accent", "then", "recalled", "tocome", "keep"}
    assert wanted <= classes


@pytest.mark.parametrize(("kind", "passage", "expected"), ROWS, ids=range(len(ROWS)))
def test_each_person_takes_part_or_is_only_spoken_of(kind, passage, expected):
    people = extract_facts(document("body", passage)).participants
    assert sorted((p.name.vi, p.role.vi) for p in people) == expected_pairs(expected)
