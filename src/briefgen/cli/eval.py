"""``briefgen eval``: score translation quality and term accuracy on article pairs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefgen.cli.common import glossary_options, model_options, stack_settings
from briefgen.translate.stack import open_stack

if TYPE_CHECKING:
    from briefgen.evaluate.translation import EvalResult


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
    from briefgen.evaluate.translation import evaluate, find_pairs
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


def format_table(result: EvalResult) -> str:
    """The scores as a plain-text table: one row per pair, then the corpus scores."""
    rows = [f"{'pair':<10} {'segments':>8} {'terms':>9} {'chrF':>6}"]
    for p in result.pairs:
        terms = f"{p.terms_satisfied}/{p.terms_required}"
        rows.append(f"{p.id:<10} {p.segments:>8} {terms:>9} {p.chrf:>6.1f}")
    t = result.terms
    accuracy = f"{100 * t.term_accuracy:.1f}%" if t.term_accuracy is not None else "n/a"
    rows += [
        "",
        f"BLEU {result.bleu:.2f}  chrF {result.chrf:.2f}  term accuracy {accuracy} "
        f"({t.terms_satisfied}/{t.terms_required})",
    ]
    return "\n".join(rows)
