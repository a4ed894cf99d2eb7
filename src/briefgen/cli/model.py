"""``briefgen model``: prepare models for offline use."""

from __future__ import annotations

from pathlib import Path

import click


@click.group()
def model() -> None:
    """Prepare translation models."""


@model.command()
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--text",
    "texts",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Vietnamese text files to train the demo tokenizer on (repeatable).",
)
@click.option("--nllb", is_flag=True, help="Build an NLLB-architecture model instead of Marian.")
def demo(outdir: Path, texts: tuple[Path, ...], nllb: bool) -> None:
    """Build a tiny random model in OUTDIR, for trying the tool without network access.

    Its translations are gibberish: it exists so the pipeline, glossary guarantee and
    document formats can be seen working before real weights are copied over.
    """
    from briefgen.glossary import load_glossaries
    from briefgen.tinymodels import build_marian, build_nllb

    glossary = list(load_glossaries())
    vi = [e.vi for e in glossary] + [
        line for path in texts for line in path.read_text(encoding="utf-8").splitlines()
    ]
    en = [e.en for e in glossary]
    (build_nllb if nllb else build_marian)(outdir, vi, en)
    click.echo(
        f"built a tiny random {'NLLB' if nllb else 'Marian'} model in {outdir} "
        "(output is gibberish; use it to try the tool offline)"
    )
