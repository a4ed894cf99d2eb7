"""``briefgen model``: prepare models for offline use: demo models, conversion, the cache."""

from __future__ import annotations

from pathlib import Path

import click

from briefgen.cli.common import glossary_options, open_glossary
from briefgen.translate.converted import QUANTIZATIONS
from briefgen.translate.tinymodels import BUILDERS


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
@click.option(
    "--family",
    type=click.Choice(list(BUILDERS)),
    default="marian",
    show_default=True,
    help="Model family (architecture) of the demo model.",
)
def demo(outdir: Path, texts: tuple[Path, ...], family: str) -> None:
    """Build a tiny random model in OUTDIR, for trying the tool without network access.

    Its translations are gibberish: it exists so the pipeline, glossary guarantee and
    document formats can be seen working before real weights are copied over.
    """
    from briefgen.glossary import load_glossaries
    from briefgen.translate.tinymodels import build_tiny

    glossary = list(load_glossaries())
    vi = [e.vi for e in glossary] + [
        line for path in texts for line in path.read_text(encoding="utf-8").splitlines()
    ]
    en = [e.en for e in glossary]
    build_tiny(family, outdir, vi, en)
    click.echo(
        f"built a tiny random {family} model in {outdir} "
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
    from briefgen.translate.converted import convert as convert_model

    target = convert_model(model_id, out_dir, quantization=quantization, force=force)
    click.echo(f"converted {model_id} → {target} ({quantization})")


@model.command()
@click.argument("model_id", metavar="MODEL")
@click.argument("parallel", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--per-source",
    type=click.IntRange(1),
    default=50,
    show_default=True,
    help="Target subwords kept for each source subword.",
)
@click.option(
    "--common",
    type=click.IntRange(0),
    default=500,
    show_default=True,
    help="Most frequent target subwords, always allowed.",
)
@click.option("--remove", is_flag=True, help="Delete MODEL's vocabulary map instead.")
@glossary_options
def vmap(
    model_id: str,
    parallel: tuple[Path, ...],
    per_source: int,
    common: int,
    remove: bool,
    **glossary,
) -> None:
    """Build a vocabulary map for the converted MODEL from PARALLEL text (TSV files of
    Vietnamese<TAB>English sentence pairs) and the glossary.

    CTranslate2 then scores only the target subwords the source can lead to, not the whole
    vocabulary, which makes decoding faster on a CPU. The map can only be as good as the
    parallel text: build it from a large corpus (hundreds of thousands of pairs), check
    the translations with `briefgen eval`, and `--remove` it if they got worse.
    """
    from briefgen.errors import ModelError
    from briefgen.formats.files import atomic_write_bytes
    from briefgen.translate.converted import find_ct2
    from briefgen.translate.ct2 import missing_reason
    from briefgen.translate.subwords import load_subwords
    from briefgen.translate.vocabmap import (
        VMAP_FILE,
        build_vocab_map,
        check_vmap_supported,
        read_parallel,
        target_vocabulary,
    )

    folder = find_ct2(model_id)
    if folder is None:
        raise ModelError(f"cannot find a converted {model_id}: {missing_reason(model_id)}")
    if remove:
        (folder / VMAP_FILE).unlink(missing_ok=True)
        click.echo(f"removed the vocabulary map of {folder}")
        return
    subwords = load_subwords(folder)
    check_vmap_supported(subwords.family)
    pairs = [pair for path in parallel for pair in read_parallel(path)]
    vocabulary = target_vocabulary(folder)
    built = build_vocab_map(
        pairs,
        subwords,
        vocabulary,
        glossary=open_glossary(**glossary),
        per_source=per_source,
        common=common,
    )
    atomic_write_bytes(folder / VMAP_FILE, built.text().encode("utf-8"))
    click.echo(
        f"wrote {folder / VMAP_FILE}: {len(built.rules)} source subwords, "
        f"{len(built.always)} always allowed, from {len(pairs)} sentence pairs "
        f"(vocabulary {len(vocabulary)})"
    )


@model.command("list")
def list_models() -> None:
    """List the converted models in the model cache: source, family, quantization, size,
    licence (from the model card), folder, and whether it has a vocabulary map."""
    from briefgen.translate.converted import list_cached, models_root

    cached = list_cached()
    if not cached:
        click.echo(f"no converted models in {models_root()}")
    for item in cached:
        size = item.size_bytes / 1e6
        vmap = "\tvocabulary map" if item.vocab_map else ""
        fields = [item.source, item.family, item.quantization, f"{size:.1f} MB"]
        fields += [item.licence or LICENCE_UNKNOWN, str(item.path)]
        click.echo("\t".join(fields) + vmap)


LICENCE_UNKNOWN = "licence unknown"


@model.command()
@click.argument("model_id", metavar="MODEL")
def info(model_id: str) -> None:
    """Describe MODEL (a transformers or CTranslate2 folder, or a hub id converted into the
    cache): architecture and family, languages, parameters, size on disk, quantization,
    vocabulary map and licence (from the model card's front matter)."""
    from briefgen.translate.modelinfo import describe

    found = describe(model_id)
    params = f"{found.parameters:,} ({found.parameters / 1e6:.1f} M)" if found.parameters else "?"
    rows = [
        ("model", str(found.path)),
        ("format", found.format),
        ("architecture", f"{found.architecture} (family {found.family.name})"),
        ("languages", found.languages()),
        ("parameters", params),
        ("size on disk", f"{found.size_bytes / 1e6:.1f} MB"),
        ("quantization", found.quantization),
        ("vocabulary map", "yes" if found.vocab_map else "no"),
        ("licence", found.licence or f"{LICENCE_UNKNOWN} (no license in the model card)"),
    ]
    for name, value in rows:
        click.echo(f"{name + ':':16}{value}")
