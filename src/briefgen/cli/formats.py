"""``briefgen translate`` options for output formats: bilingual .docx and XLIFF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from briefgen.cli.common import with_options
from briefgen.formats.output import PLAIN_TEXT
from briefgen.pipeline import apply_xliff


def format_options(func: Callable) -> Callable:
    """--to, --bilingual, --xliff, --xliff-version and --apply-xliff."""
    return with_options(
        func,
        click.option(
            "--to",
            type=click.Choice([PLAIN_TEXT]),
            help="Write the translation as plain text (FILE.en.txt) whatever the input's "
            "format; by default a .docx/.html stays one, and a PDF becomes a .docx.",
        ),
        click.option(
            "--bilingual",
            is_flag=True,
            help="Also write OUTDIR/FILE.bilingual.docx: source and English side by side.",
        ),
        click.option(
            "--xliff",
            is_flag=True,
            help="Also write OUTDIR/FILE.en.xlf (source sentences with the machine translation).",
        ),
        click.option(
            "--xliff-version",
            type=click.Choice(["2.0", "1.2"]),
            default="2.0",
            show_default=True,
            help="XLIFF version for --xliff.",
        ),
        click.option(
            "--apply-xliff",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="Rebuild the translated document from a post-edited XLIFF (no model needed).",
        ),
    )


def apply_xliff_command(inputs: tuple[str, ...], xliff: Path, outdir: Path) -> None:
    """``--apply-xliff``: the XLIFF names its source, so no FILE_OR_DIR is given."""
    if inputs:
        raise click.UsageError("--apply-xliff takes no FILE_OR_DIR: the XLIFF names its source")
    click.echo(f"{xliff} → {apply_xliff(xliff, outdir)}")
