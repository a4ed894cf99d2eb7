"""Read .txt articles: decode, refuse what is not Vietnamese text, keep every line."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.encoding import check_vietnamese, decode
from briefgen.ingest.layout import classify_lines
from briefgen.records import Document


def read_text(path: Path) -> Document:
    """Read one .txt article, one Block per line.

    Raises:
        InputError: the file is empty, binary, in a legacy encoding, or not Vietnamese.
    """
    text = decode(path, path.read_bytes())
    check_vietnamese(path, text)
    return classify_lines(path, "txt", text.splitlines())
