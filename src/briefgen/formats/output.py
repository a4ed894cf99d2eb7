"""Write a translation in the output format its input's registry entry names.

Renderers return bytes and this module writes them atomically, so a batch runner can
choose its own output paths (a mirrored tree) and still use :func:`write_outputs`.
Writers work from the Document alone (its kept bytes, the alignments kept with each
segment): nothing here reopens a source or calls a model.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.errors import InputError
from briefgen.formats import Format, format_for, format_named, registry
from briefgen.formats.bilingual import render_bilingual
from briefgen.formats.files import atomic_write_bytes
from briefgen.formats.xliff import render_xliff
from briefgen.records import DocumentTranslation

PLAIN_TEXT = "txt"
"""The output any document can be written as besides its own (``--to txt``): the .txt
writer needs only the blocks and their translations."""

SIDE_SUFFIXES = (".bilingual.docx", ".en.xlf")
"""The names of the outputs written beside a translation when asked for."""


def _writer(entry: Format, to: str | None) -> Format:
    """The entry whose writer writes ``entry``'s translation as ``to`` (None: its own)."""
    if to is None or to == entry.writes:
        return entry
    if to == PLAIN_TEXT:
        return format_named(PLAIN_TEXT)
    raise InputError(f"a {entry.name} can be written as {entry.writes} or {PLAIN_TEXT}, not {to}")


def translated_suffix(source: Path, *, to: str | None = None) -> str:
    """What replaces an input's suffix in its translation's name: ``.en.docx`` …, or
    that of the output format ``to`` (``.en.txt``).

    Raises:
        InputError: no format reads this suffix, or it cannot be written as ``to``.
    """
    return _writer(format_for(source), to).output_suffix


def is_own_output(path: Path) -> bool:
    """True for a name briefgen gives its outputs (``*.en.txt``, ``*.bilingual.docx``…):
    folders and patterns given as input skip them, so translating a folder into itself
    can be run again and resumes instead of reading its own translations."""
    suffixes = {entry.output_suffix for entry in registry().values()} | set(SIDE_SUFFIXES)
    return path.name.lower().endswith(tuple(suffixes))


def render_translation(
    result: DocumentTranslation, *, article_only: bool = False, to: str | None = None
) -> bytes:
    """The translated document in the output format of the source's format, or as
    plain text with ``to="txt"``.

    ``article_only`` shortens a .txt output to title and body; a .docx or .html keeps
    its layout, with only the article translated.

    Raises:
        InputError: the Document's format has no registry entry, or its kept source no
            longer matches it.
    """
    entry = _writer(format_named(result.document.format), to)
    return entry.render(result, article_only=article_only)


def side_outputs(
    target: Path, source: Path, *, bilingual: bool = False, xliff: bool = False
) -> list[Path]:
    """Where ``<stem>.bilingual.docx`` and ``<stem>.en.xlf`` go beside ``target``, when
    asked for (a batch tracks them to redo a file whose side output went missing)."""
    paths = []
    if bilingual:
        paths.append(target.with_name(f"{source.stem}{SIDE_SUFFIXES[0]}"))
    if xliff:
        paths.append(target.with_name(f"{source.stem}{SIDE_SUFFIXES[1]}"))
    return paths


def write_outputs(
    result: DocumentTranslation,
    target: Path,
    *,
    bilingual: bool = False,
    xliff: bool = False,
    xliff_version: str = "2.0",
    article_only: bool = False,
    to: str | None = None,
) -> list[Path]:
    """Write the translation to ``target`` (as ``to``, when given), and beside it
    ``<stem>.bilingual.docx`` and ``<stem>.en.xlf`` when asked for; returns the paths
    written."""
    atomic_write_bytes(target, render_translation(result, article_only=article_only, to=to))
    bilingual_path, xliff_path = side_outputs(
        target, result.document.source, bilingual=True, xliff=True
    )
    paths = [target]
    if bilingual:
        atomic_write_bytes(bilingual_path, render_bilingual(result))
        paths.append(bilingual_path)
    if xliff:
        atomic_write_bytes(xliff_path, render_xliff(result, version=xliff_version))
        paths.append(xliff_path)
    return paths
