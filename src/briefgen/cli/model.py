"""``briefgen model``: prepare models for offline use: demo models, conversion, the cache."""

from __future__ import annotations

from pathlib import Path

import click

from briefgen.modelcache import QUANTIZATIONS


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


@model.command()
@click.argument("model_id", metavar="MODEL")
@click.argument("out_dir", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--quantization",
    "-q",
    type=click.Choice(QUANTIZATIONS),
    default="int8",
    show_default=True,
    help="Weight type stored on disk.",
)
@click.option("--force", is_flag=True, help="Replace OUT_DIR if it exists.")
def convert(model_id: str, out_dir: Path | None, quantization: str, force: bool) -> None:
    """Convert MODEL (hub id or folder, Marian or NLLB) to CTranslate2 in OUT_DIR.

    Without OUT_DIR the copy goes to the model cache ($BRIEFGEN_CACHE/models, default
    ~/.cache/briefgen/models), where --model MODEL finds it from then on.
    """
    from briefgen.modelcache import convert as convert_model

    target = convert_model(model_id, out_dir, quantization=quantization, force=force)
    click.echo(f"converted {model_id} → {target} ({quantization})")


@model.command("list")
def list_models() -> None:
    """List the converted models in the model cache."""
    from briefgen.modelcache import cache_root, list_cached

    cached = list_cached()
    if not cached:
        click.echo(f"no converted models in {cache_root()}")
    for item in cached:
        size = item.size_bytes / 1e6
        click.echo(f"{item.source}\t{item.quantization}\t{size:.1f} MB\t{item.path}")
