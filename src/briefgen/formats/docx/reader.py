"""Read .docx articles: body paragraphs, headings and table cells in document order.

Headers, footers and footnotes follow the body as blocks of their own, marked clutter:
a full translation translates them, while the article (title, body) is only the body.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefgen.errors import InputError
from briefgen.formats.docx.walk import (
    BODY,
    is_formatted,
    iter_paragraphs,
    open_docx,
    paragraph_text,
)
from briefgen.ingest.encoding import check_vietnamese
from briefgen.ingest.layout import classify_lines
from briefgen.records import Block, Document, Role
from briefgen.segment import split_sentences


def read_docx(data: bytes, path: Path) -> Document:
    """Read a .docx's bytes into a Document whose block ``i`` is the ``i``-th walked
    paragraph.

    Raises:
        InputError: not a valid .docx, no text, or not Vietnamese.
    """
    paragraphs = list(iter_paragraphs(open_docx(data, path)))
    texts = [paragraph_text(p.element) for p in paragraphs]
    if not any(t.strip() for t in texts):
        raise InputError(f"{path}: document has no text")
    check_vietnamese(path, "\n".join(texts))
    body = [i for i, p in enumerate(paragraphs) if p.story == BODY]
    document = classify_lines(
        path, "docx", [texts[i] for i in body], [paragraphs[i].style for i in body]
    )
    extra = tuple(
        Block(
            i,
            texts[i],
            Role.CLUTTER if texts[i].strip() else Role.BLANK,
            tuple(split_sentences(texts[i])),
            paragraphs[i].style,
        )
        for i in range(len(body), len(paragraphs))
    )
    blocks = tuple(
        replace(b, formatted=is_formatted(paragraphs[b.index].element))
        for b in document.blocks + extra
    )
    return replace(document, blocks=blocks)
