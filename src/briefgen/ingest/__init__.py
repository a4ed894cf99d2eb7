"""Read a source file into a :class:`~briefgen.records.Document`, whatever its format.

This is the only stage that reads files; it picks a reader by suffix, and every reader
checks the input is a readable Vietnamese document before anything else runs.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.errors import InputError
from briefgen.records import Document

SUPPORTED_SUFFIXES = (".txt", ".docx", ".html", ".htm")


def read_document(path: str | Path) -> Document:
    """Read and classify one source document.

    Raises:
        InputError: the file is missing, of an unsupported type, empty, binary, in a
            legacy encoding, broken, or not Vietnamese.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a document")
    suffix = path.suffix.lower()
    if suffix == ".txt":
        from briefgen.ingest.text import read_text

        return read_text(path)
    if suffix == ".docx":
        from briefgen.ingest.docx import read_docx

        return read_docx(path)
    if suffix in (".html", ".htm"):
        from briefgen.ingest.html import read_html

        return read_html(path)
    raise InputError(
        f"{path}: unsupported file type {suffix or '(none)'}; use one of "
        + ", ".join(SUPPORTED_SUFFIXES)
    )
