"""Declarations on invented sentences of speeches and statements
(tests/data/declaration_sentences_speeches.tsv), written before the rules were changed for
them: a topic joining two verbs with "và" right after "về", and a document named again by
its bare kind, which is no second document."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from sentence_rows import document, expected, rows

ROWS = rows(Path(__file__).parent / "data" / "declaration_sentences_speeches.tsv")


@pytest.mark.parametrize(("where", "text", "cell"), ROWS, ids=range(len(ROWS)))
def test_each_document_is_listed_once_with_its_status(where, text, cell, glossary):
    facts = extract_facts(document(where, text), glossary)
    assert sorted((d.name.vi, d.status) for d in facts.declarations) == expected(cell)
