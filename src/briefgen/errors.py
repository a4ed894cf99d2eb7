"""Domain errors: the library raises these, and only the CLI turns them into exit codes."""

from __future__ import annotations

import re

# What would end or break the line a message is printed on: C0/C1 controls (newline,
# carriage return, escape…), the Unicode line and paragraph separators, and the lone
# surrogates of an undecodable file name, which no terminal can print. A file name or a
# quoted cell may hold any of them.
_LINE_BREAKERS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def one_line(message: str) -> str:
    """``message`` with every character that would break or garble its line written as
    a Python escape (``\\n``, ``\\x1b``)."""
    return _LINE_BREAKERS.sub(lambda m: m.group().encode("unicode_escape").decode(), message)


class BriefgenError(Exception):
    """Base of every error a user can cause and fix; its message is one actionable line,
    whatever file names or text it quotes."""

    exit_code = 2

    def __init__(self, message: str = "", *args: object) -> None:
        super().__init__(one_line(str(message)), *args)


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
