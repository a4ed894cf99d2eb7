"""Tables of invented sentences and what the extractors should find in them
(tests/data/declaration_sentences*.tsv, participant_sentences*.tsv, …): read here once for
the tests that check them and the tool that trains the document tagger on them.

A table is tab-separated, "#" lines are comments, the first row names the columns: where
the sentence stands, the text (" || " between paragraphs), what it expects ("none" or
"Name => value ;; …"), then an optional "note" (the annotator's reasoning, not read) and
the reason the row is still open, where the rules get it wrong or the convention is not
settled.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SentenceRow:
    where: str
    text: str
    expected: str
    open: str  # why the rules still get this row wrong; "" once it is settled


def read_sentence_table(path: Path) -> list[SentenceRow]:
    lines = path.read_text(encoding="utf-8").splitlines()
    cells = [line.split("\t") for line in lines if line and not line.startswith("#")]
    opened = 4 if cells[0][3:4] == ["note"] else 3
    return [
        SentenceRow(row[0], row[1], row[2].strip(), row[opened] if len(row) > opened else "")
        for row in cells[1:]
    ]


def expected_pairs(cell: str) -> list[tuple[str, str]]:
    """The (name, status or role) pairs a "Name => … ;; …" cell lists, in its order (the
    tagger marks nested names in it)."""
    if cell == "none":
        return []
    return [tuple(item.split(" => ", 1)) for item in cell.split(" ;; ")]


@dataclass(frozen=True)
class CommitmentRow:
    """A sentence of a commitment table (tests/data/commitment_sentences*.tsv): whether it
    commits, its kind and the actors any of which is right ("-" where not asked)."""

    group: str
    commits: bool
    kind: str
    actors: tuple[str, ...]
    sentence: str
    open: str  # why the rules still get this row wrong; "" once it is settled


def read_commitment_passages(path: Path) -> list[list[CommitmentRow]]:
    """The passages of a commitment table, each a list of rows read together, in order.

    The table has either the columns ``label sentence`` (``commits`` or ``none``, every
    sentence alone) or ``group expected kind actor sentence``, rows sharing a group other
    than ``-`` making one passage, and an optional last column saying why a row is open."""
    lines = path.read_text(encoding="utf-8").splitlines()
    cells = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    header, body = cells[0], cells[1:]
    grouped: dict[str, list[CommitmentRow]] = {}
    for i, row in enumerate(body):
        if header[0] == "label":
            label, sentence = row[:2]
            group, commits, kind, actors, extra = f"#{i}", label == "commits", "-", (), row[2:]
        else:
            group, expected, kind, actor, sentence = row[:5]
            group = group if group != "-" else f"#{i}"
            commits, extra = expected == "commits", row[5:]
            actors = tuple(a for a in actor.split("|") if a and a != "-")
        grouped.setdefault(group, []).append(
            CommitmentRow(group, commits, kind, actors, sentence, extra[0] if extra else "")
        )
    return list(grouped.values())
