"""Commitments on invented sentences of ASEAN socio-cultural meetings and speeches
(tests/data/commitment_sentences_social.tsv), with kind and actor: written before the rules
were changed against them. Rows sharing a group are read together, in order, as a list
after its lead; people named come from participant extraction."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from briefgen.extract.commitments import extract_commitments
from extracted import participant_names

DATA = Path(__file__).parent / "data" / "commitment_sentences_social.tsv"


def _passages() -> list[list[dict[str, str]]]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    rows = list(csv.DictReader((x for x in lines if not x.startswith("#")), delimiter="\t"))
    grouped: dict[str, list[dict[str, str]]] = {}
    for i, row in enumerate(rows):
        grouped.setdefault(row["group"] if row["group"] != "-" else f"#{i}", []).append(row)
    return list(grouped.values())


PASSAGES = _passages()


@pytest.mark.parametrize("passage", PASSAGES, ids=lambda p: p[0]["sentence"][:60])
def test_each_sentence_commits_as_annotated_with_its_kind_and_actor(passage):
    sentences = [row["sentence"] for row in passage]
    people = participant_names(sentences)
    found = {c.text.vi: c for c in extract_commitments(sentences, people, event_year=2026)}
    for row in passage:
        commitment = found.get(row["sentence"])
        assert (commitment is not None) is (row["expected"] == "commits"), row["sentence"]
        if commitment is not None:
            assert commitment.kind == row["kind"], row["sentence"]
            actor = commitment.actor.vi.lower()
            assert actor and any(
                actor in e.lower() or e.lower() in actor for e in row["actor"].split("|")
            ), commitment.actor.vi


def test_the_set_holds_commitments_and_sentences_that_are_none():
    rows = [row for passage in PASSAGES for row in passage]
    commits = sum(row["expected"] == "commits" for row in rows)
    assert len(rows) >= 10 and 0.3 <= commits / len(rows) <= 0.7
