"""``--bilingual``: a .docx with each source paragraph beside its translation."""

from __future__ import annotations

import docx

from briefgen.formats.bilingual import HEADINGS
from briefgen.ingest import read_document
from docx_sample import TITLE


def test_bilingual_docx_pairs_paragraphs(translated_docx):
    output = docx.Document(str(translated_docx / "hoi-nghi.bilingual.docx"))
    assert len(output.tables) == 1
    rows = [[c.text for c in row.cells] for row in output.tables[0].rows]
    assert tuple(rows[0]) == HEADINGS
    sample = translated_docx.parent / "hoi-nghi.docx"
    sources = [b.text.strip() for b in read_document(sample).blocks if b.text.strip()]
    assert [left for left, _ in rows[1:]] == sources
    assert rows[1][0] == TITLE and all(right.strip() for _, right in rows[1:])
    assert output.tables[0].rows[1].cells[0].paragraphs[0].runs[0].bold
    assert (translated_docx / "hoi-nghi.en.docx").exists()
