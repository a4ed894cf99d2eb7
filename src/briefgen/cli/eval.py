"""``briefgen eval``: score translation quality and term accuracy on article pairs."""

from __future__ import annotations

import json
from pathlib import Path

import click

from briefgen.cli.common import glossary_options, model_options, open_glossary


@click.command("eval")
@click.argument("pairs_dir", type=click.Path(path_type=Path))
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the scores as JSON to this file.",
)
@model_options
@glossary_options
def eval_command(pairs_dir, json_path, model, backend, beam_size, threads, **glossary) -> None:
    """Translate PAIRS_DIR/NNN.vi.txt and score it against NNN.en.txt: BLEU, chrF
    (sacrebleu) and glossary term accuracy."""
    from briefgen.evaluate import evaluate, find_pairs, format_table
    from briefgen.formats.files import atomic_write_bytes
    from briefgen.translate import DecodeOptions, load_translator

    find_pairs(pairs_dir)  # a bad folder fails before the model loads
    terms = open_glossary(glossary["glossaries"], glossary["no_builtin_glossary"])
    translator = load_translator(model, backend=backend, threads=threads or None)
    result = evaluate(pairs_dir, translator, terms, options=DecodeOptions(beam_size=beam_size))
    click.echo(format_table(result))
    if json_path:
        data = {"model": model, "backend": backend, "beam_size": beam_size, **result.as_dict()}
        atomic_write_bytes(json_path, (json.dumps(data, indent=2) + "\n").encode("utf-8"))
