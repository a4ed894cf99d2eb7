"""PDF, read only: :mod:`.reader` takes the text layer with pdfminer.six and
:mod:`.layout` rebuilds its paragraphs; the translation is written as a .docx
(:mod:`.writer`), since laying a PDF out again is not briefgen's job."""
