"""``briefgen translate``: translate files, folders and globs into a mirrored output folder.

The work is done by :mod:`briefgen.batch` through the library's translator stack
(:func:`briefgen.translate.stack.open_stack`); this module parses options and maps the
outcome to an exit status (0 done, 1 some files failed, 2 bad command, 130 interrupted).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefgen.cli.common import (
    check_engine,
    engine_options,
    glossary_options,
    model_options,
    stack_settings,
    tm_options,
)
from briefgen.cli.formats import apply_xliff_command, format_options
from briefgen.cli.report import Lines, reporter
from briefgen.formats.files import refuse_overwriting_inputs
from briefgen.formats.output import translated_suffix
from briefgen.translate.stack import Stack, open_stack

if TYPE_CHECKING:
    from briefgen.batch import Convert, Job, Summary


@click.command()
@click.argument("inputs", nargs=-1, metavar="FILE|DIR|ARCHIVE|'GLOB'...")
@click.option(
    "-o",
    "--output",
    "outdir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder for the translations; it mirrors the input folders.",
)
@click.option(
    "--article-only",
    is_flag=True,
    help="Translate only the title and body, leaving out captions and page clutter.",
)
@format_options
@model_options
@tm_options
@click.option("--overwrite", "--force", is_flag=True, help="Translate again files already done.")
@click.option("-q", "--quiet", is_flag=True, help="Print only failures.")
@click.option("--log-json", is_flag=True, help="One JSON object per file on stdout.")
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write a JSON report of each segment's required terms and whether they appear.",
)
@glossary_options
@engine_options
@click.pass_context
def translate(
    ctx: click.Context,
    inputs,
    outdir,
    article_only,
    overwrite,
    quiet,
    log_json,
    report,
    to,
    bilingual,
    xliff,
    xliff_version,
    apply_xliff,
    engine,
    ray_address,
    workers,
    **settings,
) -> None:
    """Translate Vietnamese documents to English: FILE.txt → OUTDIR/FILE.en.txt.

    A .docx or .html is written as one again, keeping its layout; a PDF becomes a .docx
    (or, like any input, plain text with --to txt).

    Folders are read recursively and quoted patterns ('articles/**/*.txt') are expanded;
    the output folder mirrors them. An archive (.zip, .tar, .tar.gz/.tgz, .tar.bz2,
    .tar.xz) is read like a folder, unpacked under OUTDIR/.briefgen-archives: x/a.txt in
    articles.zip becomes OUTDIR/articles/x/a.en.txt. Rerunning an interrupted command
    finishes it, skipping files already done. With --engine ray, --workers Ray actors share
    the files and write the same outputs. Exit status: 0 done, 1 some files failed, 2 bad
    command.
    """
    if apply_xliff is not None:
        return apply_xliff_command(inputs, apply_xliff, outdir)
    if not inputs:
        raise click.UsageError("give at least one FILE|DIR|'GLOB', or --apply-xliff FILE.xlf")
    check_engine(engine, ray_address, workers)
    from briefgen import batch

    formats = _output_formats(to, bilingual=bilingual, xliff=xliff, xliff_version=xliff_version)
    jobs = batch.plan(inputs, outdir, suffix=functools.partial(translated_suffix, to=to))
    refuse_overwriting_inputs({"--report": report}, [job.source for job in jobs])
    view = reporter(quiet=quiet, log_json=log_json)
    with open_stack(stack_settings(**settings)) as stack:
        convert = _file_converter(
            stack,
            engine=engine,
            workers=workers,
            address=ray_address,
            article_only=article_only,
            formats=formats,
            report=report is not None,
        )
        resume = batch.resume_settings(stack.signature, article_only=article_only, formats=formats)
        summary = _translate_files(
            ctx,
            jobs,
            convert,
            view,
            outdir=outdir,
            settings=resume,
            overwrite=overwrite,
            report=report is not None,
        )
    view.summary(summary)
    if report:
        _write_term_report(jobs, outdir, report)
    ctx.exit(summary.exit_code)


def _output_formats(to: str | None, *, bilingual: bool, xliff: bool, xliff_version: str) -> dict:
    """The outputs each file gets; a rerun skips only files made with the same ones."""
    formats = {"bilingual": bilingual, "xliff": xliff, "xliff_version": xliff_version}
    if to:  # only when given, so runs from before --to existed still resume
        formats["to"] = to
    return formats


def _file_converter(
    stack: Stack,
    *,
    engine: str,
    workers: int,
    address: str | None,
    article_only: bool,
    formats: dict,
    report: bool,
) -> Convert:
    """What reads, translates and writes each file: this process, or Ray workers."""
    if engine == "ray":
        from briefgen.batch.rayengine import RayTranslator

        return RayTranslator(
            stack,
            workers=workers,
            address=address,
            article_only=article_only,
            formats=formats,
            report=report,
        )
    from briefgen import batch

    return batch.FileTranslator(stack, article_only=article_only, formats=formats, report=report)


def _translate_files(
    ctx: click.Context,
    jobs: list[Job],
    convert: Convert,
    view: Lines,
    *,
    outdir: Path,
    settings: str,
    overwrite: bool,
    report: bool,
) -> Summary:
    """Run the planned files through ``convert``; Ctrl-C stops with exit status 130."""
    from briefgen import batch

    try:
        return batch.run(
            jobs,
            convert,
            outdir=outdir,
            settings=settings,
            overwrite=overwrite,
            observer=view,
            report=report,
        )
    except KeyboardInterrupt:
        view.close()
        click.echo("interrupted; run the same command again to finish", err=True)
        ctx.exit(130)
    finally:
        view.close()


def _write_term_report(jobs: list[Job], outdir: Path, path: Path) -> None:
    """The JSON report of each segment's required terms and whether they appear."""
    from briefgen import batch
    from briefgen.glossary.report import write_report

    write_report(batch.reports(jobs, outdir), path)
