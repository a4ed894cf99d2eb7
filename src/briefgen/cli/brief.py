"""``briefgen brief``: one Word briefing (and optionally the facts as JSON) from articles."""

from __future__ import annotations

from pathlib import Path

import click

from briefgen.cli.common import glossary_options, model_options, open_glossary
from briefgen.errors import InputError


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE...")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The briefing to write (.docx).",
)
@click.option(
    "--template",
    default="default",
    show_default=True,
    help="A shipped template name or the path of your own .docx template.",
)
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the extracted facts to this JSON file.",
)
@click.option("--title", help="Briefing title (default: the article's title, or 'Digest…').")
@model_options
@glossary_options
def brief(
    inputs,
    output,
    template,
    json_path,
    title,
    model,
    backend,
    beam_size,
    threads,
    glossaries,
    no_builtin_glossary,
) -> None:
    """Write an English Word briefing of the events, participants, declarations and
    commitments in Vietnamese articles; several articles make one digest."""
    from briefgen.batch import expand
    from briefgen.pipeline import build_brief
    from briefgen.render.briefing import check_template, write_docx, write_json
    from briefgen.render.templates import find_template
    from briefgen.translate import DecodeOptions, load_translator

    files = [path for raw in inputs for path, _ in expand(raw, output.parent)]
    if any(f.resolve() == output.resolve() for f in files):
        raise InputError(f"{output}: output would overwrite an input; choose another -o file")
    template_path = find_template(template)
    check_template(template_path)
    glossary = open_glossary(glossaries, no_builtin_glossary)
    translator = load_translator(model, backend=backend, threads=threads or None)
    result = build_brief(
        files,
        translator,
        glossary=glossary,
        title=title,
        options=DecodeOptions(beam_size=beam_size),
    )
    click.echo(f"wrote {write_docx(result, template_path, output)}")
    if json_path:
        click.echo(f"wrote {write_json(result, json_path)}")
