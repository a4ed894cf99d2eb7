"""Vietnamese family names and what else each may be, read from family_names.tsv beside
this module: the one list of them, from which extraction (where a name starts, which
syllables a name run may hold) and glossary protection (which runs keep their spelling)
both derive theirs, so a name added once is known everywhere."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files


@dataclass(frozen=True)
class FamilyName:
    """One row: the name, what else it is often ("given", "place", "middle"), its tags
    ("leads", "common"); see the file's header for what each means."""

    name: str
    also: frozenset[str]
    tags: frozenset[str]


def _read_family_names() -> tuple[FamilyName, ...]:
    text = files("briefgen.data").joinpath("family_names.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    header, *body = rows
    width = len(header)
    return tuple(
        FamilyName(name, frozenset(also.split()), frozenset(tags.split()))
        for name, also, tags in (row + [""] * (width - len(row)) for row in body)
    )


# Every row of the file, in its order.
ROWS = _read_family_names()
# Every family name, as written ("Nguyễn").
FAMILY_NAMES = frozenset(row.name for row in ROWS)
# Far more often a middle name ("Văn"): never taken to open a name among syllables.
MOSTLY_MIDDLE = frozenset(row.name for row in ROWS if "middle" in row.also)
# As often a given or middle name or a place's first syllable ("Hoàng", "Mai", "Hà").
ALSO_GIVEN_OR_PLACE = frozenset(row.name for row in ROWS if row.also & {"given", "place"})
# Seldom a middle name, so one after another syllable opens a name of its own ("Nguyễn").
LEADING = frozenset(row.name for row in ROWS if "leads" in row.tags)
# The commonest, which open a personal name wherever they lead a capitalised run.
COMMON = frozenset(row.name for row in ROWS if "common" in row.tags)
