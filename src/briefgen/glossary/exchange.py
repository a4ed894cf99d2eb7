"""Convert glossaries between briefgen's TSV, the two-column lists that machine
translation services accept, and TBX; and add entries to a TSV without disturbing it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from briefgen.errors import GlossaryError
from briefgen.formats.files import atomic_write_bytes
from briefgen.glossary.tsv import (
    COLUMNS,
    delimiter_for,
    entry_cells,
    format_glossary,
    format_pairs,
    format_table,
    parse_table,
    read_text,
    row_entry,
)
from briefgen.normalize import fold, nfc
from briefgen.records import Entry

FORMATS = ("tsv", "pairs", "tbx")


def guess_format(path: Path) -> str:
    """``tbx`` for .tbx/.xml, ``pairs`` for .csv, else ``tsv`` (briefgen's own)."""
    suffix = path.suffix.lower()
    return "tbx" if suffix in (".tbx", ".xml") else "pairs" if suffix == ".csv" else "tsv"


def serialize(entries: Iterable[Entry], fmt: str, *, delimiter: str = "\t") -> bytes:
    """``entries`` in ``fmt``: ``tsv`` (all columns), ``pairs`` (two columns, no header)
    or ``tbx``."""
    if fmt == "tbx":
        from briefgen.glossary.tbx import to_tbx

        return to_tbx(entries)
    if fmt == "pairs":
        return format_pairs(entries, delimiter=delimiter).encode("utf-8")
    if fmt == "tsv":
        return format_glossary(entries).encode("utf-8")
    raise GlossaryError(f"unknown glossary format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_glossary(entries: Iterable[Entry], path: Path, fmt: str, *, force: bool) -> None:
    """Write ``entries`` to ``path`` atomically, refusing to replace a file unless ``force``."""
    if path.exists() and not force:
        raise GlossaryError(f"{path}: already exists; use --force to replace it")
    atomic_write_bytes(path, serialize(entries, fmt, delimiter=delimiter_for(path)))


def add_entry(path: Path, entry: Entry, *, force: bool = False) -> str:
    """Add ``entry`` to the table at ``path``, keeping every other line as it was.

    A new term is appended; with ``force`` a conflicting entry's line is replaced in place.

    Returns:
        ``"added"``, ``"replaced"`` or ``"unchanged"`` (the same entry is already there).

    Raises:
        GlossaryError: a Vietnamese form is already there with other English (no ``force``).
    """
    if guess_format(path) == "tbx":
        raise GlossaryError(f"{path}: add edits TSV/CSV glossaries; import the TBX first")
    text = read_text(path) if path.exists() else format_table([COLUMNS])
    table = parse_table(path, text)
    clash = None
    for row in table.rows:
        existing = row_entry(table, row)
        old_forms = {fold(f) for f in (existing.vi, *existing.source_variants)}
        if old_forms & {fold(f) for f in (entry.vi, *entry.source_variants)}:
            if existing.en == entry.en and fold(existing.vi) == fold(entry.vi) and not force:
                return "unchanged"
            clash = (row, existing)
            break
    if clash and not force:
        row, existing = clash
        raise GlossaryError(
            f"{path}:{row.lineno}: {existing.vi!r} is already there as {existing.en!r}; "
            "use --force to replace it"
        )
    cells = _cells_for(table.header, entry)
    line = format_table([cells], delimiter=delimiter_for(path))
    lines = text.splitlines(keepends=True)
    if clash:
        lines[clash[0].lineno - 1] = line
    else:
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        lines.append(line)
    atomic_write_bytes(path, "".join(lines).encode("utf-8"))
    return "replaced" if clash else "added"


def _cells_for(header: tuple[str, ...] | None, entry: Entry) -> tuple[str, ...]:
    if header is None:
        return (entry.vi, entry.en)
    by_name = dict(zip(COLUMNS, entry_cells(entry), strict=True))
    return tuple(by_name.get(name, "") for name in header)


def new_entry(vi: str, en: str, **fields) -> Entry:
    """An entry from user input: NFC text, stripped, empty terms refused."""
    vi, en = nfc(vi.strip()), nfc(en.strip())
    if not vi or not en:
        raise GlossaryError("a glossary entry needs a Vietnamese term and its English")
    clean = {
        k: tuple(nfc(x.strip()) for x in v) if isinstance(v, tuple) else nfc(v.strip())
        for k, v in fields.items()
    }
    return replace(Entry(vi, en), **clean)
