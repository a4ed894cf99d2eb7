"""What the commands share: error mapping, and the model/backend/glossary/memory options
that become one translator stack's settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from briefgen.errors import BriefgenError
from briefgen.glossary import Glossary, load_glossaries
from briefgen.translate import DEFAULT_MODEL, backend_names
from briefgen.translate.base import DecodeOptions
from briefgen.translate.memory import default_tm_path
from briefgen.translate.stack import StackSettings


class UserError(click.ClickException):
    """A BriefgenError shown as one line on stderr, exit status 2."""

    exit_code = 2


class BriefgenGroup(click.Group):
    """Turns library errors into one-line messages instead of tracebacks."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BriefgenError as exc:
            raise UserError(str(exc)) from exc
        except OSError as exc:  # a write the library did not wrap: still one line
            where = f"{exc.filename}: " if exc.filename else ""
            raise UserError(f"{where}{exc.strerror or exc}") from exc


def with_options(func: Callable, *options: Callable[[Callable], Callable]) -> Callable:
    """``func`` with click ``options`` applied as if stacked above it in this order: one
    decorator for options that always go together."""
    for option in reversed(options):
        func = option(func)
    return func


def model_options(func: Callable) -> Callable:
    """--model, --backend, --beam-size and --threads, for every command that translates."""
    model = click.option(
        "--model",
        "-m",
        envvar="BRIEFGEN_MODEL",
        default=DEFAULT_MODEL,
        show_default=True,
        help="Hugging Face hub id or local model folder (env: BRIEFGEN_MODEL).",
    )
    return with_options(func, model, decoding_options)


def decoding_options(func: Callable) -> Callable:
    """--backend, --beam-size and --threads: how any model runs, for the commands that
    translate and the web app (which offers several models)."""
    return with_options(
        func,
        click.option(
            "--backend",
            type=click.Choice(["auto", *backend_names()]),
            default="auto",
            show_default=True,
            help="Inference engine; auto uses ctranslate2 where a converted model exists.",
        ),
        click.option(
            "--beam-size",
            type=click.IntRange(1, 16),
            default=4,
            show_default=True,
            help="Beam width; 1 is greedy decoding.",
        ),
        click.option(
            "--threads",
            type=click.IntRange(0),
            default=0,
            help="CPU threads (default 0: one per physical core).",
        ),
    )


def glossary_options(func: Callable) -> Callable:
    """--glossary (repeatable, later files win) and --no-builtin-glossary."""
    return with_options(
        func,
        click.option(
            "--glossary",
            "glossaries",
            multiple=True,
            type=click.Path(dir_okay=False, path_type=Path),
            help="Extra glossary (TSV, two-column CSV/TSV, or TBX); repeatable, later files win.",
        ),
        click.option(
            "--no-builtin-glossary", is_flag=True, help="Do not apply the shipped ASEAN glossary."
        ),
    )


def tm_options(func: Callable) -> Callable:
    """--tm and --no-tm, for every command whose translations the memory keeps."""
    return with_options(
        func,
        click.option(
            "--tm",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Translation memory file "
            "[default: ~/.cache/briefgen/tm.sqlite3, env BRIEFGEN_CACHE].",
        ),
        click.option("--no-tm", is_flag=True, help="Neither reuse nor remember translations."),
    )


def engine_options(func: Callable) -> Callable:
    """--engine, --ray-address and --workers: where a many-file command translates."""
    return with_options(
        func,
        click.option(
            "--engine",
            type=click.Choice(["local", "ray"]),
            default="local",
            show_default=True,
            help="Where files are translated: here, or on a Ray cluster "
            "(pip install 'briefgen[ray]').",
        ),
        click.option(
            "--ray-address",
            help="Ray cluster to join ('auto': the one `ray start` runs here) "
            "[default: a local one].",
        ),
        click.option(
            "--workers",
            type=click.IntRange(1),
            default=1,
            show_default=True,
            help="Ray workers, each with its own model on --threads cores (1 unless given).",
        ),
    )


def check_engine(engine: str, ray_address: str | None, workers: int) -> None:
    """Refuse Ray's options without ``--engine ray``, and ``--engine ray`` without Ray."""
    if engine != "ray":
        if ray_address or workers != 1:
            raise click.UsageError("--ray-address and --workers go with --engine ray")
        return
    from briefgen.batch.rayengine import import_ray

    import_ray()  # fail before any work when the extra is missing


def open_glossary(glossaries: tuple[Path, ...], no_builtin_glossary: bool) -> Glossary:
    """The glossary a command applies: the built-in one overridden by the user's files."""
    return load_glossaries(glossaries, builtin=not no_builtin_glossary)


def stack_settings(
    *,
    model: str,
    backend: str,
    beam_size: int,
    threads: int,
    glossaries: tuple[Path, ...],
    no_builtin_glossary: bool,
    tm: Path | None = None,
    no_tm: bool = True,
) -> StackSettings:
    """The translator stack the options above describe (``--threads 0``: the backend's
    choice; the memory at its default place unless ``--tm`` or ``--no-tm``)."""
    return StackSettings(
        model=model,
        backend=backend,
        options=DecodeOptions(beam_size=beam_size),
        threads=threads or None,
        glossary=open_glossary(glossaries, no_builtin_glossary),
        tm=None if no_tm else tm or default_tm_path(),
    )
