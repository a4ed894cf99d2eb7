"""The format registry: which file types briefgen reads, and what each becomes.

One :class:`Format` entry per input format names its reader and writer as
``"module:function"`` strings, imported only when a file of that format is met (so python-docx
and lxml load only for .docx and .html). Reading (:func:`briefgen.ingest.read_document`)
and writing (:mod:`briefgen.formats.output`) both look formats up here, so a format
without an entry is refused in one line instead of silently written as .txt. Each
built-in format lives in its own subpackage (``formats/docx/``, ``formats/html/``,
``formats/txt/``, ``formats/pdf/``): a reader, a writer and, for structured formats, the
one walk over the file that both share; a PDF is read only, its translation a .docx.
Other packages add formats through the ``briefgen.formats`` entry-point group, whose
values are :class:`Format` objects.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib.metadata import entry_points
from pathlib import Path
from types import MappingProxyType

from briefgen.errors import InputError
from briefgen.formats.project import InlineLabels
from briefgen.records import Document, DocumentTranslation

Reader = Callable[[bytes, Path], Document]
"""``reader(data, source)``: the file's bytes and its name, as a Document (raises
InputError on bad input)."""
Writer = Callable[..., bytes]
"""``writer(result, *, article_only)``: the translated file's bytes."""


@dataclass(frozen=True)
class Format:
    """One input format, and the output format its translation is written in.

    Attributes:
        name: what :attr:`briefgen.records.Document.format` says (``"docx"``).
        suffixes: the file suffixes read as this format, lower-case with the dot.
        reader: ``"module:function"`` of the :data:`Reader`.
        writer: ``"module:function"`` of the :data:`Writer` of the translation.
        writes: the output's format (a PDF, read only, could write ``"docx"``).
        output_suffix: what replaces the input's suffix in the output's name.
    """

    name: str
    suffixes: tuple[str, ...]
    reader: str
    writer: str
    writes: str
    output_suffix: str
    inline: str | None = None
    """``"module:function"`` giving formatted blocks' formatting labels
    (:class:`briefgen.formats.project.InlineLabels`), for XLIFF inline codes; None when the
    format has no inline formatting."""

    def read(self, data: bytes, source: Path) -> Document:
        """The Document, marked as this format and holding ``data`` for the writer."""
        reader: Reader = _load(self.reader)
        return replace(reader(data, source), format=self.name, data=data)

    def inline_labels(self, document: Document) -> dict[int, InlineLabels]:
        """Block index → its formatting labels, formatted blocks only."""
        return _load(self.inline)(document) if self.inline else {}

    def render(self, result: DocumentTranslation, *, article_only: bool = False) -> bytes:
        writer: Writer = _load(self.writer)
        return writer(result, article_only=article_only)


BUILTIN_FORMATS = {
    "txt": Format(
        "txt",
        (".txt",),
        reader="briefgen.formats.txt.reader:read_text",
        writer="briefgen.formats.txt.writer:render_text_bytes",
        writes="txt",
        output_suffix=".en.txt",
    ),
    "docx": Format(
        "docx",
        (".docx",),
        reader="briefgen.formats.docx.reader:read_docx",
        writer="briefgen.formats.docx.writer:render_docx",
        writes="docx",
        output_suffix=".en.docx",
        inline="briefgen.formats.docx.writer:inline_labels",
    ),
    "html": Format(
        "html",
        (".html", ".htm"),
        reader="briefgen.formats.html.reader:read_html",
        writer="briefgen.formats.html.writer:render_html",
        writes="html",
        output_suffix=".en.html",
        inline="briefgen.formats.html.writer:inline_labels",
    ),
    "pdf": Format(
        "pdf",
        (".pdf",),
        reader="briefgen.formats.pdf.reader:read_pdf",
        writer="briefgen.formats.pdf.writer:render_pdf_translation",
        writes="docx",
        output_suffix=".en.docx",
    ),
}


def _load(reference: str):
    module, _, name = reference.partition(":")
    return getattr(importlib.import_module(module), name)


@functools.cache
def registry() -> MappingProxyType[str, Format]:
    """Built-in formats, then those other packages register (a built-in name wins); read
    once, as a batch looks a format up for every file."""
    table = dict(BUILTIN_FORMATS)
    for ep in entry_points(group="briefgen.formats"):
        table.setdefault(ep.name, ep.load())
    return MappingProxyType(table)


def supported_suffixes() -> tuple[str, ...]:
    """Every suffix some format reads, in registry order: ``(".txt", ".docx", …)``."""
    return tuple(s for f in registry().values() for s in f.suffixes)


UNREAD_ARCHIVE_SUFFIXES = frozenset({".7z", ".rar", ".gz", ".bz2", ".xz"})
"""Archives and compressed files not read as inputs (.zip and .tar archives are, by
:mod:`briefgen.batch.archives`, before any name reaches here): the user unpacks them."""


def format_for(path: str | Path) -> Format:
    """The format that reads ``path``, by its suffix.

    Raises:
        InputError: no format reads this suffix (one line listing those that are read).
    """
    suffix = Path(path).suffix.lower()
    for entry in registry().values():
        if suffix in entry.suffixes:
            return entry
    hint = (
        "; unpack it and give its folder, or pack it as .zip or .tar.gz"
        if suffix in UNREAD_ARCHIVE_SUFFIXES
        else ""
    )
    raise InputError(
        f"{path}: unsupported file type {suffix or '(none)'}; use one of "
        + ", ".join(supported_suffixes())
        + hint
    )


def format_named(name: str) -> Format:
    """The format a Document says it was read as.

    Raises:
        InputError: no such format is registered.
    """
    table = registry()
    if name not in table:
        raise InputError(f"no writer for format {name!r}; formats: {', '.join(table)}")
    return table[name]
