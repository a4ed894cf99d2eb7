"""Uploaded files: typed by their content, never by their name, and stored under safe names.

A browser sends whatever name the user's file had (``../../etc/passwd``, ``CON``, control
characters, 300 characters…); the name is only ever shown, and the stored file gets a
cleaned stem with the suffix of what the bytes are.
"""

from __future__ import annotations

import contextlib
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath, PureWindowsPath

from briefgen.errors import BriefgenError, InputError

MAX_NAME = 80
_UNSAFE = re.compile(r"[^\w\-. ]+")
_HTML_START = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|p|div)\b", re.I | re.S
)


def safe_name(name: str, fallback: str = "article") -> str:
    """A file stem safe on any file system: the last path part of ``name``, letters,
    digits, ``-_. `` and spaces only, no leading dot, at most 80 characters."""
    base = PureWindowsPath(PurePosixPath(name or "").name).name
    stem = base.rsplit(".", 1)[0] if "." in base.lstrip(".") else base
    stem = _UNSAFE.sub("_", unicodedata.normalize("NFC", stem)).strip(" ._")[:MAX_NAME]
    return stem.strip(" ._") or fallback


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, ValueError):
        return False


def _text(data: bytes) -> str | None:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        if "\x00" not in text:
            return text
    return None


def article_suffix(data: bytes, shown_name: str) -> str:
    """``.docx``, ``.pdf``, ``.html`` or ``.txt``: what the bytes of an uploaded article are.

    Raises:
        InputError: empty, or a binary file of another kind.
    """
    if not data.strip():
        raise InputError(f"{shown_name}: the file is empty")
    if data.startswith(b"%PDF"):
        return ".pdf"
    if data.startswith(b"PK"):
        if _is_docx(data):
            return ".docx"
        raise InputError(f"{shown_name}: a zip archive that is not a Word .docx document")
    text = _text(data)
    if text is None:
        raise InputError(
            f"{shown_name}: not a text, .docx, .pdf or .html file (binary content, or an encoding "
            "other than UTF-8/UTF-16)"
        )
    return ".html" if _HTML_START.match(text.encode("utf-8")[:4096]) else ".txt"


def glossary_suffix(data: bytes, shown_name: str) -> str:
    """``.tbx`` for XML, else ``.csv`` or ``.tsv`` by the uploaded name's suffix (both are
    text tables, the reader tells them apart by delimiter too).

    Raises:
        InputError: empty or binary.
    """
    text = _text(data) if data.strip() else None
    if text is None:
        raise InputError(f"{shown_name}: not a glossary (TSV, CSV or TBX text)")
    if text.lstrip().startswith("<"):
        return ".tbx"
    return ".csv" if shown_name.lower().endswith(".csv") else ".tsv"


def is_docx(data: bytes) -> bool:
    """Whether ``data`` is a Word document (for uploaded brief templates)."""
    return data.startswith(b"PK") and _is_docx(data)


@contextlib.contextmanager
def named_as_uploaded(stored: Path, shown: str) -> Iterator[None]:
    """Let an error about the stored copy of an upload name the file as the user knows it
    (``office.tsv:2: …``), not by the server's job folder, which means nothing to them."""
    try:
        yield
    except BriefgenError as exc:
        raise type(exc)(str(exc).replace(str(stored), shown)) from exc
