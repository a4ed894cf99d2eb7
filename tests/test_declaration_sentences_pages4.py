"""Declarations on invented sentences of the pages4 set's class
(tests/data/declaration_sentences_pages4.tsv), written before the rule: a vision whose
implementation is pushed forward is a text carried out, not a goal."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from sentence_rows import document, expected, rows

ROWS = rows(Path(__file__).parent / "data" / "declaration_sentences_pages4.tsv")


@pytest.mark.parametrize(("where", "text", "cell"), ROWS, ids=range(len(ROWS)))
def test_each_document_is_listed_once_with_its_status(where, text, cell, glossary):
    facts = extract_facts(document(where, text), glossary)
    assert sorted((d.name.vi, d.status) for d in facts.declarations) == expected(cell)
