"""Write a translation in the output format its input's registry entry names.

Renderers return bytes and this module writes them atomically, so a batch runner can
choose its own output paths (a mirrored tree) and still use :func:`write_outputs`.
Writers work from the Document alone (its kept bytes, the alignments kept with each
segment): nothing here reopens a source or calls a model.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.formats import format_for, format_named
from briefgen.formats.bilingual import render_bilingual
from briefgen.formats.files import atomic_write_bytes
from briefgen.formats.xliff import render_xliff
from briefgen.records import DocumentTranslation


def translated_suffix(source: Path) -> str:
    """What replaces an input's suffix in its translation's name: ``.en.docx`` …

    Raises:
        InputError: no format reads this suffix.
    """
    return format_for(source).output_suffix


def render_translation(result: DocumentTranslation, *, article_only: bool = False) -> bytes:
    """The translated document in the output format of the source's format.

    ``article_only`` shortens a .txt output to title and body; a .docx or .html keeps
    its layout, with only the article translated.

    Raises:
        InputError: the Document's format has no registry entry, or its kept source no
            longer matches it.
    """
    return format_named(result.document.format).render(result, article_only=article_only)


def side_outputs(
    target: Path, source: Path, *, bilingual: bool = False, xliff: bool = False
) -> list[Path]:
    """Where ``<stem>.bilingual.docx`` and ``<stem>.en.xlf`` go beside ``target``, when
    asked for (a batch tracks them to redo a file whose side output went missing)."""
    paths = []
    if bilingual:
        paths.append(target.with_name(f"{source.stem}.bilingual.docx"))
    if xliff:
        paths.append(target.with_name(f"{source.stem}.en.xlf"))
    return paths


def write_outputs(
    result: DocumentTranslation,
    target: Path,
    *,
    bilingual: bool = False,
    xliff: bool = False,
    xliff_version: str = "2.0",
    article_only: bool = False,
) -> list[Path]:
    """Write the translation to ``target``, and beside it ``<stem>.bilingual.docx`` and
    ``<stem>.en.xlf`` when asked for; returns the paths written."""
    atomic_write_bytes(target, render_translation(result, article_only=article_only))
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
