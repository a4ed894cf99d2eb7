"""Participants and declarations on invented passages of bilateral visits and courtesy
calls (tests/data/participant_sentences_visits.tsv, declaration_sentences_visits.tsv),
written before the rules were changed for them: predecessors named in apposition and
leaders a guest will call on later, who take no part; "H.E.", "Bapak" and "Ibu" before a
name; a body's name ending in a capitalised word before a Vietnamese name; later mentions
of Malay and Bruneian names that keep some honorifics; plans of one pair of parties for two
periods, and a signing dated after a document's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from sentence_rows import document, expected, rows

DATA = Path(__file__).parent / "data"
PEOPLE = rows(DATA / "participant_sentences_visits.tsv")
DOCUMENTS = rows(DATA / "declaration_sentences_visits.tsv")


def test_the_invented_sets_cover_each_class():
    classes = {row.values[0] for row in PEOPLE}
    assert {"predecessor", "planned", "courtesy", "orgend", "short", "keep"} <= classes
    assert len(DOCUMENTS) >= 5


@pytest.mark.parametrize(("kind", "passage", "cell"), PEOPLE, ids=range(len(PEOPLE)))
def test_each_person_takes_part_once_or_is_only_spoken_of(kind, passage, cell):
    people = extract_facts(document("body", passage)).participants
    assert sorted((p.name.vi, p.role.vi) for p in people) == expected(cell)


@pytest.mark.parametrize(("where", "text", "cell"), DOCUMENTS, ids=range(len(DOCUMENTS)))
def test_each_document_is_listed_once_with_its_status(where, text, cell, glossary):
    facts = extract_facts(document(where, text), glossary)
    assert sorted((d.name.vi, d.status) for d in facts.declarations) == expected(cell)
