"""Give each line of a scraped article its role (title, body, caption, clutter…)."""

from __future__ import annotations

from pathlib import Path

from briefgen.models import Block, Document, Role
from briefgen.segment import split_sentences


def classify_lines(
    path: Path, fmt: str, lines: list[str], styles: list[str | None] | None = None
) -> Document:
    """A Document whose first non-blank line is the title and the rest body."""
    blocks: list[Block] = []
    title: str | None = None
    for i, line in enumerate(lines):
        text = line.strip()
        style = styles[i] if styles else None
        if not text:
            blocks.append(Block(i, line, Role.BLANK, style=style))
            continue
        role = Role.BODY
        if title is None:
            title, role = text, Role.TITLE
        blocks.append(Block(i, line, role, tuple(split_sentences(text)), style))
    return Document(path, fmt, tuple(blocks), title=title)
