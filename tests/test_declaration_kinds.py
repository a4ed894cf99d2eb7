"""Declarations on the invented sentences of tests/data/declaration_kinds.tsv: the kinds of
formal document ASEAN and diplomacy articles name beyond declarations, plans and
agreements (a named project, message, commitment, set of principles or criteria, call to
action, contract, charter of statutes, Party conclusion), lists of documents signed or
adopted, names with an English name in brackets, and the status of a document's strongest
mention; and the same words as common nouns, which name no document."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.evaluate.sentence_tables import expected_pairs
from briefgen.extract import extract_facts
from sentence_rows import document, rows

KINDS = Path(__file__).parent / "data" / "declaration_kinds.tsv"
ROWS = rows(KINDS)


def test_the_kinds_file_holds_documents_and_common_nouns():
    assert len(ROWS) >= 60
    assert sum(row.values[2] == "none" for row in ROWS) >= 20
    assert {row.values[0] for row in ROWS} == {"body", "headline", "caption"}


@pytest.mark.parametrize(("where", "text", "cell"), ROWS, ids=range(len(ROWS)))
def test_each_kind_of_document_is_listed_with_its_status(where, text, cell, glossary):
    facts = extract_facts(document(where, text), glossary)
    assert sorted((d.name.vi, d.status) for d in facts.declarations) == sorted(expected_pairs(cell))
