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
