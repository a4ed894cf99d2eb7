"""Date and place on invented leads in the style of Vietnamese press, each with the date and
place as docs/annotating.md annotates them: tests/data/when_where_sentences.tsv, written
before the rules were changed (the rules were then developed on it), and
tests/data/when_where_fresh.tsv, written after that round and measured before any further
change, and tests/data/when_where_more.tsv, on the classes issue 13 names (plan and law
years, a visitor's country, online and two-city meetings, weekdays said without a date),
in five rounds, each written and measured before its rules were written (all 64 rows on
the rules before any of them: dates 49/64, places 51/64; round 5, a year in words after the
day against a term of office or a plan's year: dates 5/8 before its rule). The share right
in each is held to just under the figure measured, so a rule that breaks one form fails
here."""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from briefgen.ingest import read_document

HEADLINE = "Bản tin hợp tác ASEAN"
DATA = Path(__file__).parent / "data"
# file: (dates right, places right), just under the figures measured
FLOORS = {
    "when_where_sentences.tsv": (0.98, 0.98),
    "when_where_fresh.tsv": (0.97, 0.94),
    "when_where_more.tsv": (0.97, 0.97),
    "when_where_pages4.tsv": (0.99, 0.99),
    "when_where_signings.tsv": (0.99, 0.99),
    "when_where_forums.tsv": (0.99, 0.99),
    "when_where_plans.tsv": (0.99, 0.99),
    "when_where_calls.tsv": (0.99, 0.99),
    "when_where_mekong.tsv": (0.99, 0.79),
    "when_where_partners.tsv": (0.99, 0.99),
    "when_where_nations.tsv": (0.99, 0.99),
}


@dataclass(frozen=True)
class Lead:
    id: str
    published: date | None
    text: str
    date: str | None
    place: str | None


def leads(name: str) -> list[Lead]:
    with (DATA / name).open(encoding="utf-8") as f:
        rows = csv.DictReader(
            (line for line in f if not line.startswith("#")),
            delimiter="\t",
            quoting=csv.QUOTE_NONE,
        )
        return [
            Lead(
                r["id"],
                date.fromisoformat(r["published"]) if r["published"] else None,
                r["text"],
                r["date"] or None,
                r["place"] or None,
            )
            for r in rows
        ]


def found(lead: Lead, folder: Path) -> tuple[str | None, str | None]:
    """The date and place a briefing gives the lead, read as a page under a headline that
    says neither, so an agency's dateline is taken off the lead as the reader does."""
    page = folder / f"{lead.id}.txt"
    page.write_text(f"{HEADLINE}\n\n{lead.text}\n", encoding="utf-8")
    document = replace(read_document(page), published=lead.published)
    facts = extract_facts(document)
    when, where = facts.event_date, facts.location
    return (str(when) if when else None), (where.vi if where else None)


def test_the_files_cover_enough_leads():
    assert len(leads("when_where_sentences.tsv")) >= 60
    assert len(leads("when_where_fresh.tsv")) >= 30
    assert len(leads("when_where_more.tsv")) >= 45


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dates_and_places_of_invented_leads(tmp_path, name):
    dates_right, places_right = FLOORS[name]
    rows = leads(name)
    results = [(lead, *found(lead, tmp_path)) for lead in rows]
    dates = [lead for lead, when, _ in results if when == lead.date]
    places = [lead for lead, _, where in results if where == lead.place]
    wrong = [
        f"{lead.id}: date {when} (want {lead.date}), place {where} (want {lead.place})"
        for lead, when, where in results
        if when != lead.date or where != lead.place
    ]
    print(f"dates {len(dates)}/{len(rows)}, places {len(places)}/{len(rows)}")
    print("\n".join(wrong))
    assert len(dates) / len(rows) >= dates_right, "\n".join(wrong)
    assert len(places) / len(rows) >= places_right, "\n".join(wrong)
