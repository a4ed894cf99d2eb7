"""Write a translation as plain text, line for line or as the article alone."""

from __future__ import annotations

import re

from briefgen.records import DocumentTranslation, Role

# Whatever ends a line for a reader of the output (ours splits with str.splitlines): a
# line break a post-editor left in an XLIFF target would shift every later line.
_LINE_BREAK = re.compile("\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def _one_line(text: str) -> str:
    return _LINE_BREAK.sub(" ", text)


def render_text(result: DocumentTranslation, *, article_only: bool = False) -> str:
    """The translation as plain text.

    By default line N of the output is the translation of line N of the input and blanks
    stay blank (a line break inside a translation becomes a space). With ``article_only``
    it is the title and then each body paragraph, separated by blank lines; captions,
    bylines and page clutter are left out.
    """
    if article_only:
        blocks = result.document.with_role(Role.TITLE, Role.BODY)
        paragraphs = [_one_line(result.block_translation(b.index)) for b in blocks]
        return "\n\n".join(p for p in paragraphs if p) + "\n"
    lines = [
        "" if block.role is Role.BLANK else _one_line(result.block_translation(block.index))
        for block in result.document.blocks
    ]
    return "\n".join(lines) + "\n"


def render_text_bytes(result: DocumentTranslation, *, article_only: bool = False) -> bytes:
    """:func:`render_text` as UTF-8, the registry's writer for .txt."""
    return render_text(result, article_only=article_only).encode("utf-8")
