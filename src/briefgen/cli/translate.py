"""``briefgen translate``: translate documents into an output folder."""

from __future__ import annotations

from pathlib import Path

import click

from briefgen.cli.common import model_options
from briefgen.errors import InputError
from briefgen.ingest import SUPPORTED_SUFFIXES


def expand_inputs(paths: tuple[str, ...]) -> list[Path]:
    """Files as given, and the supported files inside any folder, recursively, sorted."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES)
            if not found:
                raise InputError(f"{path}: no {'/'.join(SUPPORTED_SUFFIXES)} files in this folder")
            files.extend(found)
        elif not path.exists():
            raise InputError(f"{path}: no such file")
        else:
            files.append(path)
    return files


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE_OR_DIR...")
@click.option(
    "-o",
    "--output",
    "outdir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder for the translations.",
)
@click.option(
    "--article-only",
    is_flag=True,
    help="Translate only the title and body, leaving out captions and page clutter.",
)
@model_options
def translate(inputs, outdir, article_only, model, backend, beam_size, threads) -> None:
    """Translate Vietnamese documents to English: FILE.txt → OUTDIR/FILE.en.txt."""
    from briefgen.ingest import read_document
    from briefgen.pipeline import translate_document
    from briefgen.translate import DecodeOptions, load_translator
    from briefgen.write import write_text

    files = expand_inputs(inputs)
    documents = [read_document(p) for p in files]
    translator = load_translator(model, backend=backend, threads=threads or None)
    options = DecodeOptions(beam_size=beam_size)
    for document in documents:
        result = translate_document(
            document, translator, article_only=article_only, options=options
        )
        target = write_text(result, outdir, article_only=article_only)
        click.echo(f"{document.source} → {target} ({len(result.segments)} segments)")
