"""Participants on the tables of invented passages in tests/data, one per genre, each
written before the rules were changed for it (each file's header says what for): who takes
part and who is only spoken of (predecessors, leaders recalled or to be called on later,
people named in another's report), and each name with the title printed beside it (long
chained posts, ranks, honorifics and name styles of many nations, names in appositions)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.evaluate.sentence_tables import expected_pairs
from briefgen.extract import extract_facts
from sentence_rows import document, rows

DATA = Path(__file__).parent / "data"
# The classes each table's first column must cover ("keep": rows that a fix must not break).
CLASSES = {
    "delegations": {"rep", "long", "dg", "absent", "keep"},
    "forums": {"board", "keep"},
    "interviews": {"opening", "reported", "deputy", "keep"},
    "nations": {"country", "region", "academic", "lower", "given", "posted", "keep"},
    "local": {"recalled", "academic", "organisation", "runon", "orgname", "keep"},
    "pages5": {"province", "sector", "keep"},
    "parliament": {"lower", "keep"},
    "people": {"particle", "spouse", "aside", "accent", "then", "recalled", "tocome", "keep"},
    "anniv": {"dated", "lowercase", "keep"},
    "receptions": {"article", "pastvisit", "comrade", "particle", "keep"},
    "security": {"closing", "within"},
    "speeches": set(),
    "visits": {"predecessor", "planned", "courtesy", "orgend", "short", "keep"},
    "fresh6": {"place", "prefix", "keep"},
    "fresh7": {"visit", "mourned", "keep"},
    "fresh8": {"joined", "stray", "keep"},
}
ROWS = {
    table.stem.removeprefix("participant_sentences_"): rows(table)
    for table in sorted(DATA.glob("participant_sentences_*.tsv"))
}
CASES = [
    pytest.param(*row.values, marks=row.marks, id=f"{genre}-{i}")
    for genre, table_rows in ROWS.items()
    for i, row in enumerate(table_rows)
]


@pytest.mark.parametrize("genre", sorted(CLASSES))
def test_each_table_covers_its_classes(genre):
    assert CLASSES[genre] <= {row.values[0] for row in ROWS[genre]}
    assert len(ROWS[genre]) >= 3


def test_every_table_is_listed():
    assert set(ROWS) == set(CLASSES)


@pytest.mark.parametrize(("kind", "passage", "cell"), CASES)
def test_each_person_takes_part_once_or_is_only_spoken_of(kind, passage, cell):
    people = extract_facts(document("body", passage)).participants
    assert sorted((p.name.vi, p.role.vi) for p in people) == sorted(expected_pairs(cell))
