"""Participants on invented passages of receptions, phone calls and party-to-party
meetings (tests/data/participant_sentences_receptions.tsv), written before the rules were
changed for them: Arabic names ending in a lower-case article ("al-Sabah"), the Portuguese
"do" inside a name ("Luís do Rosário Soares"), leaders whose
visit of another month is recalled, and "đồng chí" before a Sino-Vietnamese name set
before its role; and documents (declaration_sentences_receptions.tsv): a themed year
named "trong khuôn khổ “…”", and a signing or ratification hastened ("đẩy nhanh việc phê
chuẩn"), still to come."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from sentence_rows import document, expected, rows

DATA = Path(__file__).parent / "data"
PEOPLE = rows(DATA / "participant_sentences_receptions.tsv")
DOCUMENTS = rows(DATA / "declaration_sentences_receptions.tsv")


def test_the_invented_set_covers_each_class():
    classes = {row.values[0] for row in PEOPLE}
    assert {"article", "pastvisit", "comrade", "particle", "keep"} <= classes
    assert len(DOCUMENTS) >= 8


@pytest.mark.parametrize(("kind", "passage", "cell"), PEOPLE, ids=range(len(PEOPLE)))
def test_each_person_takes_part_once_or_is_only_spoken_of(kind, passage, cell):
    people = extract_facts(document("body", passage)).participants
    assert sorted((p.name.vi, p.role.vi) for p in people) == expected(cell)


@pytest.mark.parametrize(("where", "text", "cell"), DOCUMENTS, ids=range(len(DOCUMENTS)))
def test_each_document_is_listed_once_with_its_status(where, text, cell, glossary):
    facts = extract_facts(document(where, text), glossary)
    assert sorted((d.name.vi, d.status) for d in facts.declarations) == expected(cell)
