"""What the commands share: error mapping, and the model/backend/glossary options."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import click

from briefgen.errors import BriefgenError
from briefgen.translate import DEFAULT_MODEL, backend_names


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


def model_options(func: Callable) -> Callable:
    """--model, --backend, --beam-size and --threads, for every command that translates."""

    @click.option(
        "--model",
        "-m",
        envvar="BRIEFGEN_MODEL",
        default=DEFAULT_MODEL,
        show_default=True,
        help="Hugging Face hub id or local model folder (env: BRIEFGEN_MODEL).",
    )
    @click.option(
        "--backend",
        type=click.Choice(["auto", *backend_names()]),
        default="auto",
        show_default=True,
        help="Inference engine; auto uses ctranslate2 where a converted model exists.",
    )
    @click.option(
        "--beam-size",
        type=click.IntRange(1, 16),
        default=4,
        show_default=True,
        help="Beam width; 1 is greedy decoding.",
    )
    @click.option(
        "--threads",
        type=click.IntRange(0),
        default=0,
        help="CPU threads (default 0: one per physical core).",
    )
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def glossary_options(func: Callable) -> Callable:
    """--glossary (repeatable, later files win) and --no-builtin-glossary."""

    @click.option(
        "--glossary",
        "glossaries",
        multiple=True,
        type=click.Path(dir_okay=False, path_type=Path),
        help="Extra glossary (TSV, two-column CSV/TSV, or TBX); repeatable, later files win.",
    )
    @click.option(
        "--no-builtin-glossary",
        is_flag=True,
        help="Do not apply the shipped ASEAN glossary.",
    )
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def open_glossary(glossaries: tuple[Path, ...], no_builtin_glossary: bool):
    """The glossary a command applies: the built-in one overridden by the user's files."""
    from briefgen.glossary import load_glossaries

    return load_glossaries(glossaries, builtin=not no_builtin_glossary)
