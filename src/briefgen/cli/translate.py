"""``briefgen translate``: translate files, folders and globs into a mirrored output folder.

The work is done by :mod:`briefgen.batch`; this module parses options, builds the
translator stack and maps the outcome to an exit status (0 done, 1 some files failed,
2 bad command, 130 interrupted).
"""

from __future__ import annotations

from pathlib import Path

import click

from briefgen.cli.common import glossary_options, model_options, open_glossary
from briefgen.cli.formats import apply_xliff_command, format_options
from briefgen.cli.report import reporter
from briefgen.glossary import Glossary
from briefgen.translate.base import Translator

# Options that change how a run goes, not what it writes: left out of the settings that
# decide whether an existing output can be kept.
RUN_ONLY = frozenset(
    {"inputs", "outdir", "threads", "tm", "no_tm", "overwrite", "quiet", "log_json", "report"}
)


def open_translator(
    model: str, backend: str, threads: int, tm: Path | None, *, glossary: Glossary | None = None
) -> Translator:
    """The translator stack, innermost first: the model, the glossary guarantee, then the
    translation memory, so what it remembers is the finished, terminology-checked
    sentence (keyed by the glossary's checksum) and a rerun needs no model at all."""
    from briefgen.glossary.enforce import enforce_terms
    from briefgen.translate import load_translator
    from briefgen.translate.memory import CachedTranslator, TranslationMemory

    translator = load_translator(model, backend=backend, threads=threads or None)
    if glossary is not None:
        translator = enforce_terms(translator, glossary)
    if tm is not None:
        context = glossary.sha256 if glossary is not None else ""
        translator = CachedTranslator(translator, TranslationMemory(tm), context=context)
    return translator


def run_settings(params: dict) -> str:
    """A checksum of the options that decide the outputs, with the model and any file
    option (glossary…) standing for their contents' size and date."""
    from briefgen import __version__
    from briefgen.batch import settings_digest
    from briefgen.translate.memory import model_fingerprint

    def stamp(value):
        if isinstance(value, tuple | list):
            return [stamp(v) for v in value]
        if isinstance(value, Path) and value.is_file():
            stat = value.stat()
            return f"{value.resolve()}@{stat.st_size}:{stat.st_mtime_ns}"
        return value

    settings = {k: stamp(v) for k, v in params.items() if k not in RUN_ONLY}
    settings["model"] = model_fingerprint(str(params.get("model", "")))
    if settings.get("backend") == "auto":  # record the engine that will run, not "auto"
        from briefgen.translate.converted import auto_backend

        settings["backend"] = auto_backend(str(params.get("model", "")))
    return settings_digest({"version": __version__, **settings})


def tm_path(tm: Path | None, no_tm: bool) -> Path | None:
    from briefgen.translate.memory import default_tm_path

    return None if no_tm else tm or default_tm_path()


@click.command()
@click.argument("inputs", nargs=-1, metavar="FILE|DIR|'GLOB'...")
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
@click.option(
    "--tm",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Translation memory file [default: ~/.cache/briefgen/tm.sqlite3, env BRIEFGEN_CACHE].",
)
@click.option("--no-tm", is_flag=True, help="Neither reuse nor remember translations.")
@click.option("--overwrite", "--force", is_flag=True, help="Translate again files already done.")
@click.option("-q", "--quiet", is_flag=True, help="Print only failures.")
@click.option("--log-json", is_flag=True, help="One JSON object per file on stdout.")
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write a JSON report of each segment's required terms and whether they appear.",
)
@glossary_options
@click.pass_context
def translate(
    ctx: click.Context,
    inputs,
    outdir,
    article_only,
    model,
    backend,
    beam_size,
    threads,
    tm,
    no_tm,
    overwrite,
    quiet,
    log_json,
    report,
    glossaries,
    no_builtin_glossary,
    **formats,
) -> None:
    """Translate Vietnamese documents to English: FILE.txt → OUTDIR/FILE.en.txt.

    Folders are read recursively and quoted patterns ('articles/**/*.txt') are expanded;
    the output folder mirrors them. Rerunning an interrupted command finishes it, skipping
    files already done. Exit status: 0 done, 1 some files failed, 2 bad command.
    """
    xliff_edits = formats.pop("apply_xliff")
    if xliff_edits is not None:
        return apply_xliff_command(inputs, xliff_edits, outdir)
    if not inputs:
        raise click.UsageError("give at least one FILE|DIR|'GLOB', or --apply-xliff FILE.xlf")
    from functools import partial

    from briefgen import batch
    from briefgen.translate import DecodeOptions

    terms = open_glossary(glossaries, no_builtin_glossary)
    load = partial(open_translator, model, backend, threads, tm_path(tm, no_tm), glossary=terms)
    convert = batch.FileTranslator(
        load,
        article_only=article_only,
        options=DecodeOptions(beam_size=beam_size),
        formats=formats,
        glossary=terms,
        report=report is not None,
    )
    view = reporter(quiet=quiet, log_json=log_json)
    try:
        jobs = batch.plan(inputs, outdir)
        summary = batch.run(
            jobs,
            convert,
            outdir=outdir,
            settings=run_settings(ctx.params),
            overwrite=overwrite,
            observer=view,
            report=report is not None,
        )
    except KeyboardInterrupt:
        view.close()
        click.echo("interrupted; run the same command again to finish", err=True)
        ctx.exit(130)
    finally:
        view.close()
        convert.close()
    view.summary(summary)
    if report:
        from briefgen.glossary.report import write_report

        write_report(batch.reports(jobs, outdir), report)
    ctx.exit(summary.exit_code)
