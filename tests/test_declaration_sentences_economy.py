"""Declarations on invented sentences of ASEAN economic cooperation and trade
(tests/data/declaration_sentences_economy.tsv), written before the rules were changed for
them: an agreement named again by its bare kind before an adverb or a time, "TP.HCM" and
two asides in brackets and a ministry named by its fields inside a name, a topic "về tạo
thuận lợi", a signing still to come after "ưu tiên" or "đặt mục tiêu", and memoranda of one
list told apart by their topic after the parties."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from sentence_rows import document, expected, rows

ROWS = rows(Path(__file__).parent / "data" / "declaration_sentences_economy.tsv")


@pytest.mark.parametrize(("where", "text", "cell"), ROWS, ids=range(len(ROWS)))
def test_each_document_is_listed_once_with_its_status(where, text, cell, glossary):
    facts = extract_facts(document(where, text), glossary)
    assert sorted((d.name.vi, d.status) for d in facts.declarations) == expected(cell)
