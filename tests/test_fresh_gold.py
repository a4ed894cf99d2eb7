"""The briefing's parts against tests/data/gold_fresh: four articles of ../shared/corpus/pairs
(015, 016, 018, 023) annotated blind, committed before any rule was run on them.

No rule was written or tuned against them, and their misses are not for writing rules
against either: they are a third figure beside the tuning and held-out sets of
../shared/gold. Thresholds sit just under what main's rules reached on the first
measurement (`briefgen eval-brief tests/data/gold_fresh ../shared`); a figure with nothing
annotated (no declarations here) is not measured. docs/annotating.md gives the
conventions the annotations follow.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import cli
from briefgen.evaluate.brief import ABOUT, SetScore, score_set
from briefgen.evaluate.gold import read_annotations
from briefgen.glossary import load_glossaries
from conftest import DATA

FRESH = DATA / "gold_fresh"
FRESH_ARTICLES = ("015", "016", "018", "023")

# Lowest acceptable figure; None where the set annotates nothing to count.
THRESHOLDS = {
    "participants_recall": 0.99,
    "participants_precision": 0.99,
    "participants_as_read_recall": 0.99,
    "participants_as_read_precision": 0.99,
    "declarations_recall": None,
    "declarations_precision": None,
    "declaration_status": None,
    "commitments_recall": 0.30,
    "commitments_precision": 0.99,
    "date_recall": 0.70,
    "date_precision": 0.99,
    "day_and_month_recall": 0.99,
    "place_recall": 0.99,
    "place_precision": 0.99,
    "title": 0.99,
    "body_start": 0.99,
    "body_end": 0.99,
    "captions": 0.99,
    "byline": 0.99,
    "published": 0.99,
}
MOST_CLUTTER_LINES = 0


@pytest.fixture(scope="module")
def fresh_scores(shared: Path) -> SetScore:
    return score_set("fresh", read_annotations(FRESH, shared), load_glossaries())


def test_every_figure_has_a_threshold():
    assert set(THRESHOLDS) | {"clutter_lines"} == set(ABOUT)


def test_the_fresh_set_is_the_four_reserved_articles(shared):
    articles = [a.file for a in read_annotations(FRESH, shared)]
    assert articles == [f"corpus/pairs/{n}.vi.txt" for n in FRESH_ARTICLES]


@pytest.mark.parametrize("figure", [f for f, least in THRESHOLDS.items() if least is not None])
def test_figure_reaches_first_measurement(fresh_scores, figure):
    ratio = getattr(fresh_scores.figures, figure)
    assert ratio.total > 0, "nothing to count: the annotations changed"
    assert ratio.value >= THRESHOLDS[figure], f"{ratio.hits}/{ratio.total}"


@pytest.mark.parametrize("figure", [f for f, least in THRESHOLDS.items() if least is None])
def test_unmeasured_figure_has_nothing_annotated(fresh_scores, figure):
    """None of the four articles names a document: nothing to recall, and any
    declaration found is a false hit (precision counts what was found). A figure that
    gains annotations needs a threshold."""
    assert getattr(fresh_scores.figures, figure).total == 0


def test_no_clutter_in_body(fresh_scores):
    assert fresh_scores.figures.clutter_lines <= MOST_CLUTTER_LINES


def test_eval_brief_scores_the_fresh_folder_as_one_set(shared):
    """The command the README gives for the fresh figure: no split, one column."""
    result = CliRunner().invoke(cli, ["eval-brief", str(FRESH), str(shared)])
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if line.startswith("| figure"))
    assert header == f"| figure | all ({len(FRESH_ARTICLES)}) | target |"
