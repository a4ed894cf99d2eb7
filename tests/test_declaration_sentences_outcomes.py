"""Declarations on invented sentences of summit and ministerial outcomes and signing
ceremonies (tests/data/declaration_sentences_outcomes.tsv), written before the rules were
changed for them: list items that take the status of the verb introducing them, a verb
acting on its own clause's object only, a name glossed or named again in short, a vision
cited as a text, and kinds of document (concept and white papers) and generic mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from sentence_rows import document, expected, rows

ROWS = rows(Path(__file__).parent / "data" / "declaration_sentences_outcomes.tsv")


@pytest.mark.parametrize(("where", "text", "cell"), ROWS, ids=range(len(ROWS)))
def test_each_document_is_listed_once_with_its_status(where, text, cell, glossary):
    facts = extract_facts(document(where, text), glossary)
    assert sorted((d.name.vi, d.status) for d in facts.declarations) == expected(cell)
