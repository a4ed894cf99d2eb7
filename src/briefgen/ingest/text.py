"""Read .txt articles: decode, refuse what is not Vietnamese text, keep every line."""

from __future__ import annotations

from pathlib import Path

from briefgen.errors import InputError
from briefgen.ingest.layout import classify_lines
from briefgen.models import Document
from briefgen.normalize import nfc, vietnamese_ratio

MIN_VIETNAMESE_RATIO = 0.15


def decode(path: Path, data: bytes) -> str:
    """UTF-8 text of ``data`` (BOM allowed), or an InputError saying what it is instead."""
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(
            f"{path}: not UTF-8 text; re-save it as UTF-8 (legacy Vietnamese encodings such as "
            "Windows-1258, TCVN3 and VNI are not read)"
        ) from None


def check_vietnamese(path: Path, text: str) -> None:
    if vietnamese_ratio(text) < MIN_VIETNAMESE_RATIO:
        raise InputError(f"{path}: does not look like Vietnamese text")


def read_text(path: Path) -> Document:
    text = nfc(decode(path, path.read_bytes()))
    check_vietnamese(path, text)
    lines = text.splitlines()
    return classify_lines(path, "txt", lines)
