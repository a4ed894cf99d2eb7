"""Commitments on the sets of invented sentences, with kind and actor.

tests/data/commitment_sentences_unseen.tsv was written before the rules were changed
against it (they then scored recall 89%, precision 89%, actor 86%);
tests/data/commitment_sentences_fresh.tsv after, and run once before any change against it
(recall 100%, precision 100%, actor 95%); tests/data/commitment_sentences_diplomacy.tsv from
the classes invented diplomacy articles showed, before any change for them;
tests/data/commitment_sentences_visits.tsv likewise from invented visits articles;
tests/data/commitment_sentences_local.tsv from the classes blind invented articles on
local cooperation showed (recall 18% before the changes for them);
tests/data/commitment_sentences_security.tsv from invented defence and security
articles; tests/data/commitment_sentences_economy.tsv from invented ASEAN economy
articles; tests/data/commitment_sentences_social.tsv from invented socio-cultural meetings
and speeches; tests/data/commitment_sentences_speeches.tsv from speeches, statements,
interviews and briefings, written before the rules were changed against them (they then
scored recall 64%, precision 41%; a second round of 8 rows, "sẽ cùng <partner> …" and
"không cho phép bất kỳ thế lực nào …", recall 65% on the rules after the first round,
precision 100%); tests/data/commitment_sentences_parliament.tsv, _summits.tsv and
_forums.tsv from invented inter-parliamentary articles, summits and ministers' meetings, and
multilateral forums beyond ASEAN, each before any change for them;
tests/data/commitment_sentences_realdev.tsv from the classes the real development set showed,
before any change for them. Rows sharing a group are
read together, in order, as a list after its lead or a statement's numbered paragraphs;
people named come from participant extraction, as in a briefing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.evaluate.sentence_tables import CommitmentRow, read_commitment_passages
from briefgen.extract.commitments import extract_commitments
from extracted import participant_names

DATA = Path(__file__).parent / "data"
FILES = (
    "commitment_sentences_unseen.tsv",
    "commitment_sentences_fresh.tsv",
    "commitment_sentences_diplomacy.tsv",
    "commitment_sentences_visits.tsv",
    "commitment_sentences_local.tsv",
    "commitment_sentences_security.tsv",
    "commitment_sentences_economy.tsv",
    "commitment_sentences_social.tsv",
    "commitment_sentences_speeches.tsv",
    "commitment_sentences_parliament.tsv",
    "commitment_sentences_signings.tsv",
    "commitment_sentences_summits.tsv",
    "commitment_sentences_forums.tsv",
    "commitment_sentences_interviews.tsv",
    "commitment_sentences_plans.tsv",
    "commitment_sentences_pages5.tsv",
    "commitment_sentences_anniv.tsv",
    "commitment_sentences_calls.tsv",
    "commitment_sentences_mekong.tsv",
    "commitment_sentences_commit31.tsv",
    "commitment_sentences_realdev.tsv",
    "commitment_sentences_fresh5.tsv",
    "commitment_sentences_fresh6.tsv",
    "commitment_sentences_fresh7.tsv",
    "commitment_sentences_fresh8.tsv",
)


def _case(name: str, passage: list[CommitmentRow]):
    """A passage to test; one with a row the rules still get wrong (a sixth column "open:
    why") must fail."""
    why = next((row.open for row in passage if row.open), None)
    marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
    return pytest.param(name, passage, marks=marks, id=passage[0].sentence[:60])


PASSAGES = [
    _case(name, passage) for name in FILES for passage in read_commitment_passages(DATA / name)
]


def _found(passage: list[CommitmentRow]) -> dict:
    sentences = [row.sentence for row in passage]
    people = participant_names(sentences)
    return {c.text.vi: c for c in extract_commitments(sentences, people, event_year=2024)}


def _actor_right(found: str, expected: tuple[str, ...]) -> bool:
    found = found.lower()
    return bool(found) and any(found in e.lower() or e.lower() in found for e in expected)


@pytest.mark.parametrize(("name", "passage"), PASSAGES)
def test_each_sentence_commits_as_annotated_with_its_kind_and_actor(name, passage):
    found = _found(passage)
    for row in passage:
        commitment = found.get(row.sentence)
        assert (commitment is not None) is row.commits, row.sentence
        if commitment is not None:
            assert commitment.kind == row.kind, row.sentence
            assert _actor_right(commitment.actor.vi, row.actors), commitment.actor.vi


def test_the_sets_are_large_and_balanced():
    rows = [row for case in PASSAGES for row in case.values[1]]
    commits = sum(row.commits for row in rows)
    assert len(rows) >= 150 and 0.4 <= commits / len(rows) <= 0.6
