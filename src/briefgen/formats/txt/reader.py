"""Read .txt articles: decode, refuse what is not Vietnamese text, keep every line."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.encoding import check_vietnamese, decode
from briefgen.ingest.layout import classify_lines
from briefgen.records import Document


def read_text(data: bytes, source: Path) -> Document:
    """Read one .txt article's bytes, one Block per line.

    Raises:
        InputError: the file is empty, binary, in a legacy encoding, or not Vietnamese.
    """
    text = decode(source, data)
    check_vietnamese(source, text)
    return classify_lines(source, "txt", text.splitlines())
