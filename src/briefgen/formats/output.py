"""Pick the writer for a translation: the output format follows the input's."""

from __future__ import annotations

from pathlib import Path

from briefgen.models import DocumentTranslation
from briefgen.translate.base import Translator


def write_translation(
    result: DocumentTranslation, outdir: Path, *, translator: Translator | None = None
) -> Path:
    """Write ``OUTDIR/<stem>.en.<suffix>`` in the source's own format.

    ``translator``, when given, lends its word alignments to place inline formatting.
    """
    fmt = result.document.format
    if fmt == "docx":
        from briefgen.formats.docx_out import write_docx

        return write_docx(result, outdir, translator=translator)
    if fmt == "html":
        from briefgen.formats.html_out import write_html

        return write_html(result, outdir, translator=translator)
    from briefgen.write import write_text

    return write_text(result, outdir)


def write_outputs(
    result: DocumentTranslation,
    outdir: Path,
    *,
    translator: Translator | None = None,
    bilingual: bool = False,
    xliff: bool = False,
    xliff_version: str = "2.0",
    **_: object,
) -> list[Path]:
    """The translated document, plus the bilingual .docx and XLIFF when asked for."""
    paths = [write_translation(result, outdir, translator=translator)]
    if bilingual:
        from briefgen.formats.bilingual import write_bilingual

        paths.append(write_bilingual(result, outdir))
    if xliff:
        from briefgen.formats.xliff import write_xliff

        paths.append(write_xliff(result, outdir, version=xliff_version))
    return paths
