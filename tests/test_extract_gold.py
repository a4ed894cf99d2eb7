"""Agreement of the extractors with the hand annotations, on the tuning and held-out sets.

Extraction is measured on the annotated article body, apart from clutter removal. The
tuning set's thresholds sit just under what the rules reach there; the held-out set's just
under what was measured on it without looking at its failures (tests/data/gold_split.tsv).
"""

from __future__ import annotations

import pytest

from gold_eval import SETS, Tally, as_read, facts, items, participants, status_agreement

# Lowest acceptable figure per set: (tuning, held out).
THRESHOLDS = {
    "participants_recall": (0.93, 0.78),
    "participants_precision": (0.93, 0.74),
    "participants_read_recall": (0.93, 0.78),
    "participants_read_precision": (0.93, 0.74),
    "declarations_recall": (0.94, 0.70),
    "declarations_precision": (0.98, 0.90),
    "commitments_recall": (0.88, 0.83),
    "commitments_precision": (0.95, 0.83),
    "declaration_status": (0.92, 0.62),
}


def least(measure: str, subset: str) -> float:
    return THRESHOLDS[measure][SETS.index(subset)]


def assert_reaches(tally: Tally, measure: str, subset: str) -> None:
    """Recall and precision at least the set's thresholds. Only the tuning set's misses
    are shown: the held-out set's stay unread, so no rule is written against them."""
    recall, precision = tally.recall, tally.precision  # floats, so pytest shows no misses
    missed, spurious = (
        (tally.missed, tally.spurious) if subset == "tuning" else ("held out", "held out")
    )
    assert recall >= least(f"{measure}_recall", subset), missed
    assert precision >= least(f"{measure}_precision", subset), spurious


@pytest.fixture(scope="module", params=SETS)
def subset(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def extracted(shared, subset):
    return list(facts(shared, subset))


def test_participants_by_name_and_role(extracted, subset):
    assert_reaches(participants(extracted), "participants", subset)


def test_participants_as_users_get_them(shared, subset):
    """Through the reader, photo captions included: people named only in a caption
    took part too."""
    assert_reaches(participants(list(facts(shared, subset, as_read))), "participants_read", subset)


@pytest.mark.parametrize("kind", ["declarations", "commitments"])
def test_items_agree_with_gold(extracted, subset, kind):
    """Declarations by name overlap, commitments by their sentence."""
    assert_reaches(items(extracted, kind), kind, subset)


def test_declaration_status_mostly_agrees(extracted, subset):
    assert status_agreement(extracted) >= least("declaration_status", subset)


def test_event_date_exact_where_the_text_gives_it(extracted):
    dated = [(g, f) for g, f in extracted if f.event_date is not None]
    assert len(dated) >= 4
    assert sum(str(f.event_date) == g["event_date"] for g, f in dated) / len(dated) >= 0.75


def test_location_as_written(extracted):
    placed = [(g, f) for g, f in extracted if f.location is not None]
    assert len(placed) >= 5
    assert sum(f.location.vi == g["location"] for g, f in placed) / len(placed) >= 0.5
