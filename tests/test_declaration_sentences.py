"""Declarations on the tables of invented sentences in tests/data, each written for a batch
of failure classes or an invented genre before the rules were changed for it (each file's
header says which, and what the rules scored on it first): documents named only in the
headline or a photo caption, names with a comma, colon or quotes inside, names cut where
they end, one document written two ways, names that are no document (bodies, meetings,
themes, "các văn kiện"), and the status the verb governing a mention gives
(declaration_status_unseen.tsv was written before the status rules were read). Each
document named is listed once, with its status."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.evaluate.sentence_tables import expected_pairs
from briefgen.extract import extract_facts
from sentence_rows import document, rows

DATA = Path(__file__).parent / "data"
TABLES = (
    *sorted(DATA.glob("declaration_sentences*.tsv")),
    DATA / "declaration_status_unseen.tsv",
)
ROWS = {table.stem: rows(table) for table in TABLES}
CASES = [
    pytest.param(*row.values, marks=row.marks, id=f"{stem}-{i}")
    for stem, table_rows in ROWS.items()
    for i, row in enumerate(table_rows)
]


def test_the_first_table_covers_documents_and_non_documents():
    first = ROWS["declaration_sentences"]
    assert len(first) >= 60
    assert sum(row.values[2] == "none" for row in first) >= 10
    assert {row.values[0] for row in first} == {"body", "headline", "caption"}


def test_every_genre_has_a_table_of_its_own():
    genres = {"delegations", "economy", "local", "outcomes", "pages4", "pages5", "receptions"}
    genres |= {"anniv", "security", "social", "speeches", "trade", "visits"}
    assert {f"declaration_sentences_{genre}" for genre in genres} <= set(ROWS)
    assert all(len(table_rows) >= 2 for table_rows in ROWS.values())


@pytest.mark.parametrize(("where", "text", "cell"), CASES)
def test_each_document_is_listed_once_with_its_status(where, text, cell, glossary):
    """``where`` places the row's first part in the headline or a caption; any other first
    column (a class of rows) puts the whole row in the body."""
    facts = extract_facts(document(where, text), glossary)
    assert sorted((d.name.vi, d.status) for d in facts.declarations) == sorted(expected_pairs(cell))
