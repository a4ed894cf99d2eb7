"""Rows of an invented sentence file (tests/data/declaration_*.tsv,
name_boundary_sentences.tsv), the "Name => value ;; …" cells they expect, and the article
each makes, as the reader makes one: shared by the tests that read them."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.evaluate.sentence_tables import read_sentence_table
from briefgen.records import Block, Document, Role


def rows(path: Path) -> list:
    """Each sentence's row; one the rules still get wrong ("open: why") must fail."""
    return [
        pytest.param(
            r.where, r.text, r.expected, marks=pytest.mark.xfail(reason=r.open, strict=True)
        )
        if r.open
        else pytest.param(r.where, r.text, r.expected)
        for r in read_sentence_table(path)
    ]


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
