"""Pick the writer for a translation: the output format follows the input's.

Renderers return bytes and this module writes them atomically, so a batch runner can
choose its own output paths (a mirrored tree) and still use :func:`write_outputs`.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.formats.files import atomic_write_bytes
from briefgen.records import DocumentTranslation
from briefgen.translate.base import Translator

_SUFFIXES = {".docx": ".en.docx", ".html": ".en.html", ".htm": ".en.html"}


def translated_suffix(source: Path) -> str:
    """What replaces an input's suffix in its translation's name: ``.en.docx`` …"""
    return _SUFFIXES.get(source.suffix.lower(), ".en.txt")


def render_translation(
    result: DocumentTranslation,
    *,
    translator: Translator | None = None,
    article_only: bool = False,
) -> bytes:
    """The translated document in the source's own format.

    ``translator``, when given, lends its word alignments to place inline formatting.
    ``article_only`` shortens a .txt output to title and body; a .docx or .html keeps
    its layout, with only the article translated.
    """
    fmt = result.document.format
    if fmt == "docx":
        from briefgen.formats.docx_out import render_docx

        return render_docx(result, translator=translator)
    if fmt == "html":
        from briefgen.formats.html_out import render_html

        return render_html(result, translator=translator)
    from briefgen.formats.files import render_text

    return render_text(result, article_only=article_only).encode("utf-8")


def write_outputs(
    result: DocumentTranslation,
    target: Path,
    *,
    translator: Translator | None = None,
    bilingual: bool = False,
    xliff: bool = False,
    xliff_version: str = "2.0",
    article_only: bool = False,
    **_: object,
) -> list[Path]:
    """Write the translation to ``target``, and beside it ``<stem>.bilingual.docx`` and
    ``<stem>.en.xlf`` when asked for; returns the paths written."""
    document = render_translation(result, translator=translator, article_only=article_only)
    atomic_write_bytes(target, document)
    paths = [target]
    stem = result.document.source.stem
    if bilingual:
        from briefgen.formats.bilingual import render_bilingual

        paths.append(target.with_name(f"{stem}.bilingual.docx"))
        atomic_write_bytes(paths[-1], render_bilingual(result))
    if xliff:
        from briefgen.formats.xliff import render_xliff

        paths.append(target.with_name(f"{stem}.en.xlf"))
        atomic_write_bytes(paths[-1], render_xliff(result, version=xliff_version))
    return paths
