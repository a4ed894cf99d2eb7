"""Status of each named document on invented sentences written before the status rules were
read (tests/data/declaration_status_unseen.tsv): passives, the document as subject, several
documents and lists, aspect and tense, drafting, review, basis and context, relative and
participle clauses, nominalisations and negation, so that status rests on the verb that
governs a mention rather than on cue strings tuned to the annotated articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from sentence_rows import document, expected, rows

ROWS = rows(Path(__file__).parent / "data" / "declaration_status_unseen.tsv", noted=True)


@pytest.mark.parametrize(("where", "text", "cell"), ROWS, ids=range(len(ROWS)))
def test_each_document_is_listed_once_with_its_status(where, text, cell, glossary):
    facts = extract_facts(document(where, text), glossary)
    assert sorted((d.name.vi, d.status) for d in facts.declarations) == expected(cell)
