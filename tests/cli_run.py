"""Run the ``briefgen`` command line in-process, as a user types it."""

from __future__ import annotations

from click.testing import CliRunner, Result

from briefgen.cli import cli


def run(*args: object) -> Result:
    """``briefgen ARGS…``; paths and numbers may be given as they are."""
    return CliRunner().invoke(cli, [str(a) for a in args])
