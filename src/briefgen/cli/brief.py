"""``briefgen brief``: one Word briefing (and optionally the facts as JSON) from articles."""

from __future__ import annotations

from pathlib import Path

import click

from briefgen.cli.common import (
    check_engine,
    engine_options,
    glossary_options,
    model_options,
    stack_settings,
    tm_options,
)
from briefgen.cli.report import reporter
from briefgen.errors import InputError
from briefgen.formats.files import refuse_overwriting_inputs
from briefgen.translate.stack import open_stack


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE|DIR|ARCHIVE...")
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
@tm_options
@glossary_options
@engine_options
def brief(
    inputs, output, template, json_path, title, engine, ray_address, workers, **settings
) -> None:
    """Write an English Word briefing of the events, participants, declarations and
    commitments in Vietnamese articles; several articles make one digest. Articles are
    files, folders or archives (.zip, .tar, .tar.gz/.tgz, .tar.bz2, .tar.xz; unpacked
    beside the briefing, in .briefgen-archives), read as `briefgen translate` reads them.

    Translation goes through the same stack as `briefgen translate`: the glossary is
    guaranteed, and the translation memory reused and filled, so a brief of articles
    already translated needs no model time. On a terminal a bar on stderr shows the
    sentences translated so far. With --engine ray, Ray workers translate the articles
    into the memory first, and the briefing is written from it."""
    from briefgen.batch import expand
    from briefgen.pipeline import build_brief
    from briefgen.render.briefing import check_template, write_docx, write_json
    from briefgen.render.templates import find_template

    if output.suffix.lower() != ".docx":
        raise InputError(f"{output}: a briefing is a Word file; give -o a name ending in .docx")
    once: dict[Path, Path] = {}  # a file named twice (a folder and one of its files) once
    for raw in inputs:
        for path, _ in expand(raw, output.parent):
            once.setdefault(path.resolve(), path)
    files = list(once.values())
    if any(f.resolve() == output.resolve() for f in files):
        raise InputError(f"{output}: output would overwrite an input; choose another -o file")
    template_path = find_template(template)
    read = [*files, template_path, *settings["glossaries"], *filter(None, [settings["tm"]])]
    refuse_overwriting_inputs({"-o": output, "--json": json_path}, read)
    check_template(template_path)
    check_engine(engine, ray_address, workers)
    view = reporter(quiet=False, log_json=False)  # bars on a terminal, else nothing
    view.begin(f"{len(files)} article{'s' if len(files) > 1 else ''}")
    try:
        with open_stack(stack_settings(**settings)) as stack:
            if engine == "ray":
                from briefgen.batch.rayengine import remember_on_ray

                remember_on_ray(files, stack, workers=workers, address=ray_address)
            result = build_brief(files, stack, title=title, progress=view.advanced)
    finally:
        view.close()
    click.echo(f"wrote {write_docx(result, template_path, output)}")
    if json_path:
        click.echo(f"wrote {write_json(result, json_path)}")
