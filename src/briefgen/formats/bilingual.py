"""A bilingual .docx: each translated paragraph beside its source, in a two-column table,
for readers who check the English against the Vietnamese."""

from __future__ import annotations

import io

from briefgen.formats.docx.properties import describe
from briefgen.formats.xmltext import xml_safe
from briefgen.records import DocumentTranslation, Role

HEADINGS = ("Tiếng Việt", "English")


def render_bilingual(result: DocumentTranslation) -> bytes:
    """The bilingual .docx: one row per translated source block."""
    import docx

    document = docx.Document()
    describe(document.core_properties, title=result.document.source.name)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, HEADINGS, strict=True):
        cell.paragraphs[0].add_run(heading).bold = True
    for block in result.document.blocks:
        if block.index not in result.by_block:
            continue
        left, right = table.add_row().cells
        left.text = xml_safe(block.text.strip())
        right.text = xml_safe(result.block_translation(block.index))
        if block.role is Role.TITLE:
            for run in (*left.paragraphs[0].runs, *right.paragraphs[0].runs):
                run.bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
