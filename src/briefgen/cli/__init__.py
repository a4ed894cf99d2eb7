"""The ``briefgen`` command line: parses options, calls the library, maps errors to exits.

Each command group lives in its own module; this one assembles them.
"""

from __future__ import annotations

import logging

import click

from briefgen import __version__
from briefgen.cli.brief import brief
from briefgen.cli.common import BriefgenGroup
from briefgen.cli.eval import eval_command
from briefgen.cli.eval_brief import eval_brief
from briefgen.cli.glossary import glossary
from briefgen.cli.model import model
from briefgen.cli.serve import serve
from briefgen.cli.translate import translate


@click.group(cls=BriefgenGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefgen")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """Translate Vietnamese articles on ASEAN cooperation into English, with guaranteed
    terminology, and turn them into Word briefings."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


cli.add_command(translate)
cli.add_command(model)
cli.add_command(glossary)
cli.add_command(brief)
cli.add_command(eval_command)
cli.add_command(eval_brief)
cli.add_command(serve)


def main() -> None:
    cli(prog_name="briefgen")
