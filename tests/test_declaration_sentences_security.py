"""Declarations on invented sentences of defence and security reporting
(tests/data/declaration_sentences_security.tsv), written before the rules were changed for
them: a guideline a verb carries out, "hậu cần" inside a name, the items of a list of papers
a meeting adopts, and two editions of a vision statement that run to different years."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from sentence_rows import document, expected, rows

ROWS = rows(Path(__file__).parent / "data" / "declaration_sentences_security.tsv")


def test_the_invented_set_is_large_enough():
    assert len(ROWS) >= 5


@pytest.mark.parametrize(("where", "text", "cell"), ROWS, ids=range(len(ROWS)))
def test_each_document_is_listed_once_with_its_status(where, text, cell, glossary):
    facts = extract_facts(document(where, text), glossary)
    assert sorted((d.name.vi, d.status) for d in facts.declarations) == expected(cell)
