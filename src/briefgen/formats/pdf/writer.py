"""Write the translation of a PDF as a new .docx: one paragraph per translated block,
the title in Word's Title style, the rest as plain paragraphs."""

from __future__ import annotations

import io

import docx

from briefgen.formats.docx.properties import describe
from briefgen.formats.xmltext import xml_safe
from briefgen.records import DocumentTranslation, Role

ENGLISH = "en-GB"


def render_pdf_translation(result: DocumentTranslation, *, article_only: bool = False) -> bytes:
    """A .docx of the translated paragraphs; with ``article_only`` the title and body
    alone, else every paragraph that was translated, in reading order."""
    roles = (Role.TITLE, Role.BODY) if article_only else tuple(Role)
    document = docx.Document()
    document.core_properties.language = ENGLISH
    describe(document.core_properties, title=result.document.source.name)
    for block in result.document.with_role(*roles):
        english = xml_safe(result.block_translation(block.index))  # .docx is XML
        if not english:
            continue
        if block.role is Role.TITLE:
            document.add_paragraph(english, style="Title")
        else:
            document.add_paragraph(english)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
