"""Commitments on invented sentences of multilateral meetings
(tests/data/commitment_sentences_delegations.tsv), written before the rules were changed
for them: APEC's economies as a party, a subject set apart from its "sẽ" by an apposition,
and a chairmanship taken over, which is a calendar fact."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from briefgen.extract.commitments import extract_commitments
from extracted import participant_names

DATA = Path(__file__).parent / "data" / "commitment_sentences_delegations.tsv"
LINES = DATA.read_text(encoding="utf-8").splitlines()
ROWS = list(csv.DictReader((x for x in LINES if not x.startswith("#")), delimiter="\t"))


@pytest.mark.parametrize("row", ROWS, ids=[row["sentence"][:50] for row in ROWS])
def test_each_sentence_commits_as_annotated_with_its_kind_and_actor(row):
    sentence = row["sentence"]
    found = extract_commitments([sentence], participant_names([sentence]), event_year=2026)
    assert bool(found) is (row["expected"] == "commits"), sentence
    if found:
        assert found[0].kind == row["kind"]
        assert row["actor"].lower() in found[0].actor.vi.lower()


def test_the_set_holds_commitments_and_calendar_facts():
    assert {row["expected"] for row in ROWS} == {"commits", "none"}
