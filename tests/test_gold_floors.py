"""The briefing's parts against the annotated sets that are not ../shared/gold, each held
to a floor just under a measurement (docs/annotating.md gives the conventions):

- **fresh** (tests/data/gold_fresh): four articles of ../shared/corpus/pairs annotated
  blind and committed before any rule ran on them; their misses are not read.
- **invented genres** (tests/data/gold_invented/<genre>): whole articles invented one genre
  at a time and annotated blind before briefgen ran on them. Their first measurement was
  the honest one (README, "Invented articles"); rules were then fixed for the failure
  classes they showed, each pinned by invented sentences of its own, so their floors sit
  under the figures after those fixes: a change must not break them.
- **blind** (tests/data/gold_invented_blind): articles written and annotated by a helper
  who never read the rules, committed before briefgen ran on them, and never tuned on:
  their misses are not read, so a floor that drops is a regression on unseen text,
  whatever the tuning figures say.
- **blind2** (tests/data/gold_invented_blind2): a second such set, written in a later
  session; **blind3** (tests/data/gold_invented_blind3), a third, written, conformed by an
  auditor who never saw the tool's output, and measured at the start of the session of 7
  December 2026, before that session's fixes; **blind4** (tests/data/gold_invented_blind4),
  a fourth, made the same way at the start of the next session, **blind5**, a fifth,
  made in that session between its two rounds of fixes, and **blind6**, a sixth, made at
  the start of the session after.

Both blind sets' annotators had dropped styles such as "Dato'" and "U" from names, which
../shared/gold keeps ("U Win Myint"); auditors who never saw the tool's output conformed
the names to docs/annotating.md, which now says so, before these floors were set.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import cli
from briefgen.evaluate.brief import ABOUT, SetScore, score_set
from briefgen.evaluate.gold import read_annotations
from briefgen.glossary import load_glossaries
from conftest import DATA

INVENTED = DATA / "gold_invented"
INVENTED_ARTICLES = DATA / "invented_articles"
FIGURES = tuple(figure for figure in ABOUT if figure != "clutter_lines")


@dataclass(frozen=True)
class GoldSet:
    """One annotated folder, where its articles live, and the floor of each figure
    (None where the set annotates nothing to count)."""

    name: str
    gold: Path
    articles: Path | None  # None: ../shared, skipped where it is absent
    files: tuple[str, ...]
    floors: dict[str, float | None]
    most_clutter_lines: int = 0


def _floors(*values: float | None) -> dict[str, float | None]:
    assert len(values) == len(FIGURES), "one floor per figure, in ABOUT's order"
    return dict(zip(FIGURES, values, strict=True))


def _numbered(folder: str, count: int, html: tuple[int, ...] = ()) -> tuple[str, ...]:
    """The articles 01…count of a folder, .txt but for the numbers saved as .html pages."""
    return tuple(f"{folder}/{n:02}.{'html' if n in html else 'txt'}" for n in range(1, count + 1))


# Five declaration-status floors went down once, on purpose (7 December 2026, fifth
# session): the learned document tagger (extract/document_tagger.py) lists documents the
# rules missed (recall up in 17 sets), and a status is scored only on what is found, so
# each name found with a status the annotators read otherwise lowers the share although
# no status already right went wrong (pages2 16 right before and after, pages5 42, local
# 18, plans 39 → 40, blind6 72 → 74).
# Floors in ABOUT's order: participants R, P, as read R, P; declarations R, P, status;
# commitments R, P; date R, P, day and month; place R, P; title; body start, end;
# captions; byline; published.
SETS = (
    GoldSet(
        "fresh",
        DATA / "gold_fresh",
        None,
        tuple(f"corpus/pairs/{n}.vi.txt" for n in ("015", "016", "018", "023")),
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(None, None, None),
            *(0.30, 0.99),
            *(0.70, 0.99, 0.99),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
    ),
    GoldSet(
        "diplomacy",
        INVENTED / "diplomacy",
        INVENTED_ARTICLES,
        _numbered("diplomacy", 10),
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.96, 0.94, 0.99),
            *(0.99, 0.97),
            *(0.89, 0.99, 0.99),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
    ),
    GoldSet(
        "sectoral",
        INVENTED / "sectoral",
        INVENTED_ARTICLES,
        _numbered("sectoral", 10),
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.93, 0.95, 0.99),
            *(0.97, 0.99),
            *(0.89, 0.99, 0.99),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
    ),
    GoldSet(
        "speeches",
        INVENTED / "speeches",
        INVENTED_ARTICLES,
        _numbered("speeches", 10),
        _floors(
            *(0.85, 0.99, 0.85, 0.99),
            *(0.99, 0.96, 0.96),
            *(0.99, 0.99),
            *(0.89, 0.89, 0.89),
            *(0.70, 0.80),
            *(0.99, 0.99, 0.99, 0.89, 0.99, 0.99),
        ),
    ),
    GoldSet(
        "interviews",
        INVENTED / "interviews",
        INVENTED_ARTICLES,
        _numbered("interviews", 10),
        # First run (annotated blind): participants 90/75, declarations 98/96, status 92%,
        # commitments 93/100; floors under the figures after the fixes for its classes.
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.97, 0.97, 0.95),
            *(0.95, 0.99),
            *(0.99, 0.74, 0.99),
            *(0.79, 0.49),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
    ),
    GoldSet(
        "pages",
        INVENTED / "pages",
        INVENTED_ARTICLES,
        _numbered("pages", 10, html=(8,)),
        _floors(
            *(0.94, 0.99, 0.94, 0.99),
            *(0.94, 0.99, 0.99),
            *(0.95, 0.99),
            *(0.89, 0.99, 0.99),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
    ),
    GoldSet(
        "people",
        INVENTED / "people",
        INVENTED_ARTICLES,
        _numbered("people", 10),
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.99, 0.8, 0.8),
            *(0.99, 0.99),
            *(0.89, 0.99, 0.99),
            *(0.99, 0.99),
            *(0.89, 0.99, 0.99, 0.89, 0.89, 0.99),
        ),
    ),
    GoldSet(
        "pages2",
        INVENTED / "pages2",
        INVENTED_ARTICLES,
        _numbered("pages2", 10, html=(10,)),
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.99, 0.94, 0.88),
            *(0.99, 0.99),
            *(0.89, 0.99, 0.99),
            *(0.99, 0.99),
            *(0.89, 0.89, 0.99, 0.89, 0.99, 0.99),
        ),
    ),
    GoldSet(
        "pages4",
        INVENTED / "pages4",
        INVENTED_ARTICLES,
        _numbered("pages4", 10, html=(8, 10)),
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.97, 0.92, 0.89),
            *(0.97, 0.95),
            *(0.88, 0.89, 0.99),
            *(0.89, 0.99),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
    ),
    GoldSet(
        "pages5",
        INVENTED / "pages5",
        INVENTED_ARTICLES,
        _numbered("pages5", 10, html=(3, 9)),
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.99, 0.99, 0.83),
            *(0.97, 0.99),
            *(0.99, 0.99, 0.99),
            *(0.89, 0.89),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
    ),
    GoldSet(
        "local",
        INVENTED / "local",
        INVENTED_ARTICLES,
        _numbered("local", 10),
        _floors(
            *(0.99, 0.97, 0.99, 0.97),
            *(0.99, 0.91, 0.81),
            *(0.95, 0.97),
            *(0.79, 0.99, 0.99),
            *(0.74, 0.66),
            *(0.99, 0.99, 0.99, 0.89, 0.89, 0.99),
        ),
        most_clutter_lines=0,
    ),
    GoldSet(
        "visits",
        INVENTED / "visits",
        INVENTED_ARTICLES,
        _numbered("visits", 10),
        _floors(
            *(0.99, 0.96, 0.99, 0.96),
            *(0.99, 0.96, 0.95),
            *(0.99, 0.96),
            *(0.89, 0.99, 0.99),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
        most_clutter_lines=0,
    ),
    GoldSet(
        "delegations",
        INVENTED / "delegations",
        INVENTED_ARTICLES,
        _numbered("delegations", 10),
        _floors(
            *(0.98, 0.96, 0.98, 0.96),
            *(0.96, 0.96, 0.93),
            *(0.99, 0.99),
            *(0.89, 0.99, 0.99),
            *(0.89, 0.89),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
        most_clutter_lines=0,
    ),
    GoldSet(
        "outcomes",
        INVENTED / "outcomes",
        INVENTED_ARTICLES,
        _numbered("outcomes", 10),
        _floors(
            *(0.96, 0.96, 0.96, 0.96),
            *(0.99, 0.98, 0.98),
            *(0.94, 0.94),
            *(0.99, 0.99, 0.99),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
        most_clutter_lines=0,
    ),
    GoldSet(
        "summits",
        INVENTED / "summits",
        INVENTED_ARTICLES,
        _numbered("summits", 10),
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.94, 0.95, 0.90),
            *(0.95, 0.98),
            *(0.99, 0.99, 0.99),
            *(0.89, 0.89),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
        most_clutter_lines=0,
    ),
    GoldSet(
        "partners",
        INVENTED / "partners",
        INVENTED_ARTICLES,
        _numbered("partners", 10),
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.96, 0.99, 0.96),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
        most_clutter_lines=0,
    ),
    GoldSet(
        "receptions",
        INVENTED / "receptions",
        INVENTED_ARTICLES,
        _numbered("receptions", 10),
        _floors(
            *(0.94, 0.99, 0.94, 0.99),
            *(0.96, 0.99, 0.91),
            *(0.96, 0.97),
            *(0.99, 0.99, 0.99),
            *(0.87, 0.87),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
        most_clutter_lines=0,
    ),
    GoldSet(
        "anniv",
        INVENTED / "anniv",
        INVENTED_ARTICLES,
        _numbered("anniv", 10),
        # First measured before any fix (participants 93/84, declarations 95/93, status 85%,
        # commitments 85/93, captions 90%); floors under its figures after the fixes for
        # its classes (participants 97/97, status 88%, commitments 94/100).
        _floors(
            *(0.96, 0.96, 0.96, 0.96),
            *(0.97, 0.94, 0.89),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
        most_clutter_lines=0,
    ),
    GoldSet(
        "security",
        INVENTED / "security",
        INVENTED_ARTICLES,
        _numbered("security", 10),
        # first run: participants R 0.96, declarations R 0.87 P 0.90, commitments R 0.85 P 0.86
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.91, 0.96, 0.90),
            *(0.95, 0.97),
            *(0.99, 0.99, 0.99),
            *(0.99, 0.89),
            *(0.99, 0.99, 0.99, 0.89, 0.89, 0.99),
        ),
        most_clutter_lines=0,
    ),
    GoldSet(
        "forums",
        INVENTED / "forums",
        INVENTED_ARTICLES,
        _numbered("forums", 10),
        # First measured before any fix (participants 96/100, declarations 98/96, status
        # 85%, commitments 85/98, place 80%, title 90%, captions 90%); floors under its
        # figures after the fixes for its classes (place 9/10 → 10/10 once the countries
        # came from the glossary: "thủ đô Baku của Azerbaijan").
        _floors(
            *(0.97, 0.99, 0.97, 0.99),
            *(0.99, 0.97, 0.89),
            *(0.98, 0.99),
            *(0.99, 0.99, 0.99),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
    ),
    GoldSet(
        "economy",
        INVENTED / "economy",
        INVENTED_ARTICLES,
        _numbered("economy", 10),
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.97, 0.95, 0.90),
            *(0.97, 0.99),
            *(0.89, 0.99, 0.99),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
    ),
    GoldSet(
        # trade negotiations, upgrades, ratification and entry into force (issue 13),
        # floors from its figures after the fixes for its classes
        "trade",
        INVENTED / "trade",
        INVENTED_ARTICLES,
        _numbered("trade", 10),
        # participants 34/36 R, 34/35 P → 36/36 once a region word ends the role ("Ủy ban
        # Kinh tế Á-Âu Andrei Volkonsky") and "chuyên viên" is a title
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.93, 0.91, 0.93),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99),
            *(0.89, 0.89),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
    ),
    GoldSet(
        "social",
        INVENTED / "social",
        INVENTED_ARTICLES,
        _numbered("social", 10),
        _floors(
            *(0.96, 0.96, 0.96, 0.96),
            *(0.97, 0.96, 0.91),
            *(0.97, 0.99),
            *(0.99, 0.99, 0.99),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
        most_clutter_lines=0,
    ),
    GoldSet(
        "signings",
        INVENTED / "signings",
        INVENTED_ARTICLES,
        _numbered("signings", 10),
        # First measured before any fix (participants 100/100, declarations 90/95, status
        # 94%, commitments 94/92, place 90%, title 80%, captions 90%); floors under the
        # figures after the fixes for the classes it showed.
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.99, 0.97, 0.97),
            *(0.97, 0.97),
            *(0.99, 0.99, 0.99),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
        most_clutter_lines=0,
    ),
    GoldSet(
        "plans",
        INVENTED / "plans",
        INVENTED_ARTICLES,
        _numbered("plans", 10),
        # First run, blind: declarations 46/57 R, 46/56 P, commitments 31/56 R, 31/36 P;
        # these floors sit just under its figures after the fixes for its classes (raised
        # after plans2: declarations 50/57 R, 50/54 P, status 38/50, commitments 48/56 R).
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.90, 0.92, 0.74),
            *(0.85, 0.95),
            *(0.77, 0.99, 0.77),
            *(0.99, 0.82),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
    ),
    GoldSet(
        "blind",
        DATA / "gold_invented_blind",
        INVENTED_ARTICLES,
        _numbered("blind", 12),
        # Just under the measurement (11 of 12 is 0.917), names conformed as blind2's.
        _floors(
            *(0.94, 0.96, 0.94, 0.96),
            *(0.95, 0.93, 0.91),
            *(0.97, 0.99),
            *(0.99, 0.99, 0.99),
            *(0.89, 0.89),
            *(0.91, 0.99, 0.91, 0.91, 0.91, 0.99),
        ),
        most_clutter_lines=1,
    ),
    GoldSet(
        "blind2",
        DATA / "gold_invented_blind2",
        INVENTED_ARTICLES,
        _numbered("blind2", 12, html=(8,)),
        # Just under the measurement after this session's fixes (names conformed first);
        # participants raised after the real-dev participant classes (55 of 57, 55 of 56).
        _floors(
            *(0.95, 0.97, 0.95, 0.97),
            *(0.98, 0.98, 0.89),
            *(0.94, 0.94),
            *(0.99, 0.91, 0.99),
            *(0.90, 0.90),
            *(0.99, 0.99, 0.99, 0.91, 0.74, 0.99),
        ),
        most_clutter_lines=1,
    ),
    GoldSet(
        "blind3",
        DATA / "gold_invented_blind3",
        INVENTED_ARTICLES,
        _numbered("blind3", 12, html=(11,)),
        # First measured at the start of the session that wrote it (participants 96/96,
        # declarations 90/95, status 84%, commitments 98/95, title 11 of 12, captions 9,
        # clutter 3); these floors sit just under its figures after that session's fixes,
        # none made for it.
        _floors(
            *(0.95, 0.99, 0.95, 0.99),
            *(0.94, 0.93, 0.90),
            *(0.99, 0.97),
            *(0.91, 0.99, 0.91),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99, 0.82, 0.91, 0.99),
        ),
        most_clutter_lines=3,
    ),
    GoldSet(
        "blind4",
        DATA / "gold_invented_blind4",
        INVENTED_ARTICLES,
        _numbered("blind4", 12, html=(7,)),
        # First measured before that session's fixes, as conformed (participants 96/100,
        # declarations 94/97, status 91%, commitments 95/96, clutter 2); these floors sit
        # just under its figures after its two rounds of fixes, none made for it.
        _floors(
            *(0.95, 0.99, 0.95, 0.99),
            *(0.97, 0.96, 0.91),
            *(0.94, 0.98),
            *(0.99, 0.99, 0.99),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99, 0.99, 0.82, 0.99),
        ),
        most_clutter_lines=2,
    ),
    GoldSet(
        "blind5",
        DATA / "gold_invented_blind5",
        INVENTED_ARTICLES,
        _numbered("blind5", 12, html=(7,)),
        # Written after that session's first round, measured as conformed before its second
        # (participants 97/100, declarations 95/95, status 91%, commitments 97/99, body end
        # 11 of 12, captions 9, clutter 0); floors just under its figures after the second.
        _floors(
            *(0.96, 0.99, 0.96, 0.99),
            *(0.96, 0.94, 0.90),
            *(0.96, 0.98),
            *(0.99, 0.99, 0.99),
            *(0.91, 0.91),
            *(0.99, 0.99, 0.91, 0.74, 0.82, 0.99),
        ),
        most_clutter_lines=0,
    ),
    GoldSet(
        "blind6",
        DATA / "gold_invented_blind6",
        INVENTED_ARTICLES,
        _numbered("blind6", 12, html=(7,)),
        # Written at the start of the session of 7 December 2026 (third), conformed by an
        # auditor (16 conventions, 3 annotations changed), measured before that session's
        # fixes (participants 100/100, declarations 93/94, status 91%, commitments 97/100,
        # captions 10 of 12, byline 11, clutter 0); these floors sit just under its figures
        # after that session's two rounds of fixes, none made for it (declarations 94/94,
        # status 95%); commitments R raised after the fourth session's real-dev commitment
        # classes (71/72), none made for it.
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.96, 0.93, 0.93),
            *(0.98, 0.99),
            *(0.99, 0.99, 0.99),
            *(0.99, 0.99),
            *(0.99, 0.99, 0.99, 0.82, 0.91, 0.99),
        ),
        most_clutter_lines=0,
    ),
    GoldSet(
        "parliament",
        INVENTED / "parliament",
        INVENTED_ARTICLES,
        _numbered("parliament", 10),
        # Annotated blind, then first measured (participants 98/100, declarations 88/98,
        # status 79%, commitments 82/93, place 90%, captions 8 of 10, clutter 1); these
        # floors sit just under its figures after the fixes for its classes (raised after
        # plans2: status 39/46, commitments 48/50 R; commitments R 49/50 after the real-dev
        # class of a commitment affirmed by its noun, "nhắc lại cam kết của …").
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.97, 0.97, 0.84),
            *(0.97, 0.97),
            *(0.99, 0.99, 0.99),
            *(0.89, 0.89),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
        most_clutter_lines=0,
    ),
    GoldSet(
        "calls",
        INVENTED / "calls",
        INVENTED_ARTICLES,
        _numbered("calls", 10),
        # Remote and written diplomacy (phone calls, online talks, messages, the Foreign
        # Ministry spokesperson, joint press releases), annotated blind, then first measured
        # (participants 100/100, declarations 93/100, status 87%, commitments 96/97, place
        # 2 of 4 (2 of 3 found), title 9 of 10, captions 9 of 10, clutter 3); these floors
        # sit just under its figures after the fixes for its classes.
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.97, 0.99, 0.92),
            *(0.99, 0.99),
            *(0.99, 0.89, 0.99),
            *(0.49, 0.99),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
        most_clutter_lines=0,
    ),
    GoldSet(
        "mekong",
        INVENTED / "mekong",
        INVENTED_ARTICLES,
        _numbered("mekong", 10),
        # Annotated blind, then first measured (participants 39/39, declarations R 37/43 P
        # 37/39, status 78%, commitments R 51/55 P 51/53, place 80%, captions 8 of 10,
        # clutter 3); these floors sit just under its figures after the fixes for its
        # classes (named projects, "theo <text>" carried out, "Theo Biên bản, …", a commune
        # or ward as the place).
        _floors(
            *(0.99, 0.99, 0.99, 0.99),
            *(0.99, 0.99, 0.83),
            *(0.97, 0.97),
            *(0.99, 0.99, 0.99),
            *(0.89, 0.89),
            *(0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
        ),
        most_clutter_lines=0,
    ),
)
_SCORES: dict[str, SetScore] = {}


@pytest.fixture(params=SETS, ids=lambda gold_set: gold_set.name)
def gold_set(request) -> GoldSet:
    return request.param


def _root(gold_set: GoldSet, request) -> Path:
    return gold_set.articles or request.getfixturevalue("shared")


@pytest.fixture
def scores(gold_set: GoldSet, request) -> SetScore:
    """Each set scored once for all its figures."""
    if gold_set.name not in _SCORES:
        annotations = read_annotations(gold_set.gold, _root(gold_set, request))
        _SCORES[gold_set.name] = score_set(gold_set.name, annotations, load_glossaries())
    return _SCORES[gold_set.name]


def test_every_figure_has_a_floor(gold_set):
    assert set(gold_set.floors) | {"clutter_lines"} == set(ABOUT)


def test_each_set_is_the_articles_of_its_own_folder(gold_set, request):
    annotations = read_annotations(gold_set.gold, _root(gold_set, request))
    assert tuple(a.file for a in annotations) == gold_set.files


@pytest.mark.parametrize("figure", FIGURES)
def test_figure_holds_its_floor(gold_set, scores, figure):
    ratio = getattr(scores.figures, figure)
    least = gold_set.floors[figure]
    if least is None:
        # Nothing annotated to recall, and any item found is a false hit: a figure that
        # gains annotations needs a floor.
        assert ratio.total == 0, f"{gold_set.name}: {figure} is annotated now"
        return
    assert ratio.total > 0, "nothing to count: the annotations changed"
    assert ratio.value >= least, f"{gold_set.name}: {ratio.hits}/{ratio.total} < {least}"


def test_clutter_in_body_no_worse(gold_set, scores):
    assert scores.figures.clutter_lines <= gold_set.most_clutter_lines


@pytest.mark.parametrize(
    ("gold", "articles", "count"),
    [
        # every genre folder is one of SETS, so a genre without floors is caught here
        (INVENTED, INVENTED_ARTICLES, sum(len(s.files) for s in SETS if s.gold.parent == INVENTED)),
        (DATA / "gold_invented_blind", INVENTED_ARTICLES, 12),
        (DATA / "gold_invented_blind2", INVENTED_ARTICLES, 12),
        (DATA / "gold_invented_blind3", INVENTED_ARTICLES, 12),
        (DATA / "gold_invented_blind4", INVENTED_ARTICLES, 12),
        (DATA / "gold_invented_blind5", INVENTED_ARTICLES, 12),
        (DATA / "gold_invented_blind6", INVENTED_ARTICLES, 12),
        (DATA / "gold_fresh", None, 4),
    ],
    ids=["invented", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "fresh"],
)
def test_eval_brief_scores_a_folder_as_one_set(gold, articles, count, request):
    """The README's commands: a folder of annotations (genre folders within it) in one
    column, with no split, as a user with one folder of annotations would run it."""
    root = articles or request.getfixturevalue("shared")
    result = CliRunner().invoke(cli, ["eval-brief", str(gold), str(root)])
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if line.startswith("| figure"))
    assert header == f"| figure | all ({count}) | target |"
