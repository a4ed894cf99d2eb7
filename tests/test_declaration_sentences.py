"""Declarations on the invented sentences of tests/data/declaration_sentences.tsv: the
failure classes issue 13 saw on unseen articles (documents named only in the headline or a
photo caption, names with a comma, colon or quotes inside, names that must be cut where
they end, one joint statement written two ways, the status the governing verb gives), and
names that are no document (bodies, meetings, themes, a country's law, "các văn kiện")."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import extract_facts
from briefgen.records import Block, Document, Role

SENTENCES = Path(__file__).parent / "data" / "declaration_sentences.tsv"


def _rows() -> list:
    """Each sentence's row; one the rules still get wrong ("open: why") must fail."""
    lines = SENTENCES.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return [
        pytest.param(*row[:3], marks=pytest.mark.xfail(reason=row[3], strict=True))
        if len(row) > 3
        else pytest.param(*row)
        for row in rows[1:]
    ]


ROWS = _rows()


def _expected(cell: str) -> list[tuple[str, str]]:
    if cell == "none":
        return []
    return sorted(tuple(item.split(" => ")) for item in cell.split(" ;; "))


def _document(where: str, text: str) -> Document:
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


def test_the_invented_set_covers_documents_and_non_documents():
    assert len(ROWS) >= 60
    assert sum(row.values[2] == "none" for row in ROWS) >= 10
    assert {row.values[0] for row in ROWS} == {"body", "headline", "caption"}


@pytest.mark.parametrize(("where", "text", "expected"), ROWS, ids=range(len(ROWS)))
def test_each_document_is_listed_once_with_its_status(where, text, expected, glossary):
    facts = extract_facts(_document(where, text), glossary)
    assert sorted((d.name.vi, d.status) for d in facts.declarations) == _expected(expected)
