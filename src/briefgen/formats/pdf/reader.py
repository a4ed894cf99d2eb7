"""Read a text-layer PDF into a Document: its paragraphs in reading order, as lines of an
article, classified like a .txt's.

pdfminer.six (MIT) finds the lines and their positions; :mod:`.layout` drops running
headers, footers and page numbers and rejoins the paragraphs. A PDF without a text layer
(a scan), one locked by a password and one that does not parse are refused in one line.
"""

from __future__ import annotations

import io
import logging
import statistics
from collections.abc import Sequence
from pathlib import Path

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTAnno, LTChar, LTPage, LTTextBox, LTTextLineHorizontal
from pdfminer.pdfdocument import PDFEncryptionError, PDFTextExtractionNotAllowed
from pdfminer.psexceptions import PSException

from briefgen.errors import InputError
from briefgen.formats.pdf.layout import Line, Page, Paragraph, paragraphs
from briefgen.ingest.encoding import check_vietnamese
from briefgen.ingest.layout import classify_lines
from briefgen.records import Document

TITLE_SCALE = 1.2
FOOTNOTE_MARK_SCALE = 0.75
OCR_HINT = "run OCR first (e.g. ocrmypdf --language vie) and translate the result"


def read_pdf(data: bytes, source: Path) -> Document:
    """Read a PDF's bytes, one Block per paragraph.

    Raises:
        InputError: the PDF is broken, encrypted, has no text layer, or is not Vietnamese.
    """
    pages = read_pages(data, source)
    found = paragraphs(pages)
    if not found:
        raise InputError(f"{source}: the PDF has no text layer (a scan?); {OCR_HINT}")
    texts = [p.text for p in found]
    check_vietnamese(source, "\n".join(texts))
    return classify_lines(source, "pdf", texts, _styles(found))


def _styles(found: Sequence[Paragraph]) -> list[str | None]:
    """ "Title" for the first paragraph set clearly larger than the text, as Word's
    heading styles tell the .docx reader where the title is."""
    text_size = statistics.median(p.size for p in found)
    title = next((i for i, p in enumerate(found) if p.size >= TITLE_SCALE * text_size), None)
    return [("Title" if i == title else None) for i in range(len(found))]


def read_pages(data: bytes, source: Path) -> list[Page]:
    """Every page's text lines with their positions.

    Raises:
        InputError: the PDF is broken or needs a password.
    """
    if not data.lstrip()[:5] == b"%PDF-":
        raise InputError(f"{source}: not a PDF file")
    try:
        return [
            _page(i, p) for i, p in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams()))
        ]
    except (PDFEncryptionError, PDFTextExtractionNotAllowed) as exc:
        raise InputError(
            f"{source}: the PDF is encrypted ({type(exc).__name__}); "
            "save an unlocked copy and translate that"
        ) from exc
    except (PSException, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        # pdfminer reports damage with its own errors and, deeper down, with built-in ones
        logging.getLogger(__name__).debug("pdfminer failed on %s", source, exc_info=True)
        raise InputError(f"{source}: not a readable PDF ({type(exc).__name__})") from exc


def _page(number: int, page: LTPage) -> Page:
    lines = []
    for box_number, box in enumerate(b for b in page if isinstance(b, LTTextBox)):
        for line in box:
            if not isinstance(line, LTTextLineHorizontal):
                continue
            chars = [c for c in line if isinstance(c, LTChar)]
            if not chars:
                continue
            size = statistics.median(c.size for c in chars)
            text = _text(line, size).strip(" \t\r\n")
            if text:
                width = sum(c.width for c in chars) / len(chars)
                lines.append(Line(number, box_number, *line.bbox, text, width, size))
    return Page(number, page.width, page.height, tuple(lines))


def _text(line: LTTextLineHorizontal, size: float) -> str:
    """The line's text without footnote marks (digits set much smaller than the line)."""
    return "".join(
        item.get_text()
        for item in line
        if isinstance(item, LTAnno)
        or (
            isinstance(item, LTChar)
            and not (item.get_text().isdigit() and item.size < FOOTNOTE_MARK_SCALE * size)
        )
    )
