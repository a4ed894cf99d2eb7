"""Declarations on the invented sentences of tests/data/declaration_sentences_local.tsv:
the classes blind invented articles on local international cooperation showed (a donor's
project named by what it does, a provincial master plan, an exchange of notes), and names
that are no document there (a department named "Sở Kế hoạch và Đầu tư", a generic
"thỏa thuận hợp tác với …", guidance to be issued)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from sentence_rows import document, expected, rows

ROWS = rows(Path(__file__).parent / "data" / "declaration_sentences_local.tsv")


def test_the_set_holds_documents_and_non_documents():
    cells = [row.values[2] for row in ROWS]
    assert len(cells) >= 12 and sum(cell == "none" for cell in cells) >= 5


@pytest.mark.parametrize(("where", "text", "cell"), ROWS, ids=range(len(ROWS)))
def test_each_document_is_listed_once_with_its_status(where, text, cell, glossary):
    facts = extract_facts(document(where, text), glossary)
    assert sorted((d.name.vi, d.status) for d in facts.declarations) == expected(cell)
