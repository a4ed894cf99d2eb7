"""Write a translation as plain text, line for line or as the article alone."""

from __future__ import annotations

from briefgen.records import DocumentTranslation, Role


def render_text(result: DocumentTranslation, *, article_only: bool = False) -> str:
    """The translation as plain text.

    By default line N of the output is the translation of line N of the input and blanks
    stay blank. With ``article_only`` it is the title and then each body paragraph,
    separated by blank lines; captions, bylines and page clutter are left out.
    """
    if article_only:
        blocks = result.document.with_role(Role.TITLE, Role.BODY)
        paragraphs = [result.block_translation(b.index) for b in blocks]
        return "\n\n".join(p for p in paragraphs if p) + "\n"
    lines = [
        "" if block.role is Role.BLANK else result.block_translation(block.index)
        for block in result.document.blocks
    ]
    return "\n".join(lines) + "\n"


def render_text_bytes(result: DocumentTranslation, *, article_only: bool = False) -> bytes:
    """:func:`render_text` as UTF-8, the registry's writer for .txt."""
    return render_text(result, article_only=article_only).encode("utf-8")
