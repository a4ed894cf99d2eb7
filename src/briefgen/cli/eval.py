"""``briefgen eval``: score translation quality and term accuracy on article pairs."""

from __future__ import annotations

import json
from pathlib import Path

import click

from briefgen.cli.common import glossary_options, model_options, stack_settings
from briefgen.translate.stack import open_stack


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
def eval_command(pairs_dir, json_path, **settings) -> None:
    """Translate PAIRS_DIR/NNN.vi.txt and score it against NNN.en.txt: BLEU, chrF
    (sacrebleu) and glossary term accuracy. The translation memory is not used: the
    scores are the model's."""
    from briefgen.evaluate.translation import evaluate, find_pairs, format_table
    from briefgen.formats.files import atomic_write_bytes

    find_pairs(pairs_dir)  # a bad folder fails before the model loads
    with open_stack(stack_settings(**settings)) as stack:
        result = evaluate(pairs_dir, stack)
    click.echo(format_table(result))
    if json_path:
        data = {
            "model": settings["model"],
            "backend": settings["backend"],
            "beam_size": settings["beam_size"],
            "signature": str(stack.signature),
            **result.as_dict(),
        }
        atomic_write_bytes(json_path, (json.dumps(data, indent=2) + "\n").encode("utf-8"))
