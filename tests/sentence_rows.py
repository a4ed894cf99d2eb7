"""Rows of an invented sentence file (tests/data/declaration_*.tsv,
name_boundary_sentences.tsv), the "Name => value ;; …" cells they expect, and the article
each makes, as the reader makes one: shared by the tests that read them."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.records import Block, Document, Role


def rows(path: Path) -> list:
    """Each sentence's row; one the rules still get wrong ("open: why") must fail. A file
    whose header names a fourth column "note" (the annotator's reasoning, not read) has
    "open: why" in the fifth."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found = [line.split("\t") for line in lines if line and not line.startswith("#")]
    opened = 4 if found[0][3:4] == ["note"] else 3
    return [
        pytest.param(*row[:3], marks=pytest.mark.xfail(reason=row[opened], strict=True))
        if len(row) > opened and row[opened]
        else pytest.param(*row[:3])
        for row in found[1:]
    ]


def expected(cell: str) -> list[tuple[str, str]]:
    """The (name, status or role) pairs a row's "Name => … ;; …" cell lists, sorted."""
    if cell == "none":
        return []
    return sorted(tuple(item.split(" => ")) for item in cell.split(" ;; "))


def document(where: str, text: str) -> Document:
    """An article as the reader makes it: the row's first part is its headline or photo
    caption (for those rows), the rest its body."""
    parts = text.split(" || ")
    shown = parts.pop(0) if where in ("headline", "caption") else None
    body = parts or ["Hai bên nhất trí tăng cường hợp tác."]
    return Document(
        source=Path("invented.txt"),
        format="txt",
        blocks=tuple(Block(i, s, Role.BODY, (s,)) for i, s in enumerate(body)),
        title=shown if where == "headline" else None,
        caption_texts=(shown,) if where == "caption" and shown else (),
    )
