"""Domain errors: the library raises these, and only the CLI turns them into exit codes."""

from __future__ import annotations


class BriefgenError(Exception):
    """Base of every error a user can cause and fix; its message is one actionable line."""

    exit_code = 2


class InputError(BriefgenError):
    """An input document is missing, empty, binary, unreadable or not Vietnamese."""


class ModelError(BriefgenError):
    """A translation model could not be found or loaded."""


class GlossaryError(BriefgenError):
    """A glossary file is malformed or conflicts with another entry."""


class OutputError(BriefgenError):
    """An output cannot be written: its folder is a file, the disk is full, no permission."""


def write_failure(path, exc: OSError) -> OutputError:
    """The one-line error for an OSError met while writing ``path``."""
    where = exc.filename if isinstance(exc.filename, str) and exc.filename else path
    return OutputError(f"{where}: cannot write ({exc.strerror or exc})")


class TemplateError(BriefgenError):
    """A briefing template is missing or does not render."""


class BackendError(BriefgenError):
    """An unknown translation backend was requested, or its package is missing."""
