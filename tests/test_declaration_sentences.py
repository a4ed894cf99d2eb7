"""Declarations on the invented sentences of tests/data/declaration_sentences.tsv: the
failure classes issue 13 saw on unseen articles (documents named only in the headline or a
photo caption, names with a comma, colon or quotes inside, names that must be cut where
they end, one joint statement written two ways, the status the governing verb gives), and
names that are no document (bodies, meetings, themes, a country's law, "các văn kiện")."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from sentence_rows import document, expected, rows

SENTENCES = Path(__file__).parent / "data" / "declaration_sentences.tsv"
ROWS = rows(SENTENCES)


def test_the_invented_set_covers_documents_and_non_documents():
    assert len(ROWS) >= 60
    assert sum(row.values[2] == "none" for row in ROWS) >= 10
    assert {row.values[0] for row in ROWS} == {"body", "headline", "caption"}


@pytest.mark.parametrize(("where", "text", "cell"), ROWS, ids=range(len(ROWS)))
def test_each_document_is_listed_once_with_its_status(where, text, cell, glossary):
    facts = extract_facts(document(where, text), glossary)
    assert sorted((d.name.vi, d.status) for d in facts.declarations) == expected(cell)
