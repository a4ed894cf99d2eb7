"""What the extractors find, as the plain values the extraction tests compare.

One way for every test to ask "which documents, which people, which facts": the
extractors' records reduced to their Vietnamese names, roles, statuses and kinds, and a page
written to a file and read the way ``briefgen brief`` reads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from briefgen.extract import extract_facts
from briefgen.extract.commitments import extract_commitments
from briefgen.extract.declarations import extract_declarations
from briefgen.extract.participants import extract_participants
from briefgen.ingest import read_document
from briefgen.records import ArticleFacts, Document


def declared(sentences: Iterable[str], glossary=None, **context) -> list[tuple[str, str]]:
    """Each document found, as (Vietnamese name, status); ``context`` is the headline or
    captions :func:`extract_declarations` takes."""
    return [(d.name.vi, d.status) for d in extract_declarations(sentences, glossary, **context)]


def participant_names(sentences: Iterable[str], **context) -> list[str]:
    """The Vietnamese name of each person taking part; ``context`` is the captions or
    event date :func:`extract_participants` takes."""
    return [p.name.vi for p in extract_participants(sentences, **context)]


def names_and_roles(sentences: Iterable[str], **context) -> list[tuple[str, str]]:
    """Each person taking part, as (Vietnamese name, Vietnamese role)."""
    return [(p.name.vi, p.role.vi) for p in extract_participants(sentences, **context)]


def commitment_kinds(sentences: Sequence[str], **context) -> list[str]:
    """The kind of each commitment found, in text order; ``context`` is the people and
    event year :func:`extract_commitments` takes."""
    return [c.kind for c in extract_commitments(sentences, **context)]


def write_page(path: Path, text: str) -> Path:
    """``path``, holding ``text`` in UTF-8 (its suffix picks the format it is read as)."""
    path.write_text(text, encoding="utf-8")
    return path


def read_page(path: Path, text: str) -> Document:
    """The document ``text`` reads as once saved at ``path``."""
    return read_document(write_page(path, text))


def read_lines(folder: Path, lines: list[str]) -> Document:
    """The document a .txt page of ``lines``, one a line, reads as once saved in ``folder``."""
    return read_page(folder / "page.txt", "\n".join(lines) + "\n")


def page_facts(path: Path, text: str, glossary=None) -> ArticleFacts:
    """The facts of the page ``text`` saved at ``path``."""
    return extract_facts(read_page(path, text), glossary)
