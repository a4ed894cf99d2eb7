"""Declarations on invented sentences of multilateral meetings
(tests/data/declaration_sentences_delegations.tsv), written before the rules were changed
for them: a document named again by its bare kind or a shorter form, a post that holds a
document word, and visions, programmes and projects cited with their own names."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from sentence_rows import document, expected, rows

ROWS = rows(Path(__file__).parent / "data" / "declaration_sentences_delegations.tsv")


def test_the_invented_set_covers_each_class():
    assert {row.values[0] for row in ROWS} >= {"anaphor", "post", "named", "keep"}


@pytest.mark.parametrize(("kind", "text", "cell"), ROWS, ids=range(len(ROWS)))
def test_each_document_is_listed_once_with_its_status(kind, text, cell, glossary):
    facts = extract_facts(document("body", text), glossary)
    assert sorted((d.name.vi, d.status) for d in facts.declarations) == expected(cell)
