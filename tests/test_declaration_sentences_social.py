"""Declarations on invented sentences of the ASEAN socio-cultural pillar and UN agencies
(tests/data/declaration_sentences_social.tsv), written before the rules were changed for
them: UN programmes named as bodies, adoptions still to come, a semicolon-run list taking
its verb, and an instrument named only in the name of its parties' meeting."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from sentence_rows import document, expected, rows

ROWS = rows(Path(__file__).parent / "data" / "declaration_sentences_social.tsv")


@pytest.mark.parametrize(("where", "text", "cell"), ROWS, ids=range(len(ROWS)))
def test_each_document_is_listed_once_with_its_status(where, text, cell, glossary):
    facts = extract_facts(document(where, text), glossary)
    assert sorted((d.name.vi, d.status) for d in facts.declarations) == expected(cell)
