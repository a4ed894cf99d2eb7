"""Read a source file into a :class:`~briefgen.records.Document`, whatever its format.

This is the only stage that reads files. The format comes from the registry
(:mod:`briefgen.formats`) by the file's suffix, and every reader checks its input is a
readable Vietnamese document before anything else runs. Readers take bytes, so a
document can come from a file, an upload or an archive alike, and the Document keeps
them for the writer.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.errors import InputError
from briefgen.formats import format_for
from briefgen.records import Document


def read_document(path: str | Path) -> Document:
    """Read and classify one source document.

    Raises:
        InputError: the file is missing, of an unsupported type, empty, binary, in a
            legacy encoding, broken, or not Vietnamese.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a document")
    entry = format_for(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    return entry.read(data, path)


def read_bytes(data: bytes, name: str | Path) -> Document:
    """Read a document given as bytes; ``name`` (its file name) picks the format and is
    the Document's ``source`` in messages and outputs.

    Raises:
        InputError: an unsupported type, or bytes that are not a readable Vietnamese
            document.
    """
    name = Path(name)
    return format_for(name).read(data, name)
