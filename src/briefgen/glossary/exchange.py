"""Convert glossaries between briefgen's TSV, the two-column lists that machine
translation services accept, and TBX; and add entries to a TSV without disturbing it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from briefgen.errors import GlossaryError
from briefgen.formats.files import atomic_write_bytes
from briefgen.glossary.tsv import (
    CASES,
    CATEGORIES,
    COLUMNS,
    delimiter_for,
    entry_cells,
    format_glossary,
    format_pairs,
    format_table,
    parse_table,
    physical_lines,
    read_text,
    row_entry,
)
from briefgen.normalize import fold, nfc
from briefgen.records import Entry

FORMATS = ("tsv", "pairs", "tbx")
TABLE_SUFFIXES = (".tsv", ".csv", ".txt")
TBX_SUFFIXES = (".tbx", ".xml")
# What a two-column list cannot hold; said when a glossary is written as one.
PAIRS_DROP = "variants, category, case, note and source"


def guess_format(path: Path) -> str:
    """``tbx`` for .tbx/.xml, ``pairs`` for .csv, else ``tsv`` (briefgen's own)."""
    suffix = path.suffix.lower()
    return "tbx" if suffix in TBX_SUFFIXES else "pairs" if suffix == ".csv" else "tsv"


def check_suffix(path: Path) -> None:
    """Refuse to write a glossary under a name other tools would misread (``terms.xlsx``)."""
    if path.suffix.lower() not in (*TABLE_SUFFIXES, *TBX_SUFFIXES):
        allowed = ", ".join((*TABLE_SUFFIXES, *TBX_SUFFIXES))
        raise GlossaryError(f"{path}: not a glossary file name; use one ending in {allowed}")


def serialize(entries: Iterable[Entry], fmt: str, *, delimiter: str = "\t") -> bytes:
    """``entries`` in ``fmt``: ``tsv`` (all columns), ``pairs`` (two columns, no header)
    or ``tbx``."""
    if fmt == "tbx":
        from briefgen.glossary.tbx import to_tbx

        return to_tbx(entries)
    if fmt == "pairs":
        return format_pairs(entries, delimiter=delimiter).encode("utf-8")
    if fmt == "tsv":
        return format_glossary(entries, delimiter=delimiter).encode("utf-8")
    raise GlossaryError(f"unknown glossary format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_glossary(entries: Iterable[Entry], path: Path, fmt: str, *, force: bool) -> None:
    """Write ``entries`` to ``path`` atomically, refusing to replace a file unless ``force``
    and a name that is not a glossary file's."""
    check_suffix(path)
    if path.exists() and not force:
        raise GlossaryError(f"{path}: already exists; use --force to replace it")
    atomic_write_bytes(path, serialize(entries, fmt, delimiter=delimiter_for(path)))


def add_entry(path: Path, entry: Entry, *, force: bool = False) -> str:
    """Add ``entry`` to the table at ``path``, keeping every other line as it was.

    A new term is appended. The same term with the same English gains the entry's new
    variants and source variants (and its category, note and source where the line had
    none). With ``force`` a conflicting entry's line is replaced in place.

    Returns:
        ``"added"``, ``"updated"``, ``"replaced"`` or ``"unchanged"``.

    Raises:
        GlossaryError: a Vietnamese form is already there with other English (no ``force``).
    """
    if guess_format(path) == "tbx":
        raise GlossaryError(f"{path}: add edits TSV/CSV glossaries; import the TBX first")
    check_suffix(path)
    text = read_text(path) if path.exists() else format_table([COLUMNS])
    table = parse_table(path, text)
    found = None
    for row in table.rows:
        existing = row_entry(table, row)
        old_forms = {fold(f) for f in (existing.vi, *existing.source_variants)}
        if old_forms & {fold(f) for f in (entry.vi, *entry.source_variants)}:
            found = (row, existing)
            break
    outcome = "added"
    if found:
        row, existing = found
        if existing.en == entry.en and fold(existing.vi) == fold(entry.vi):
            entry = _combined(existing, entry)
            if entry == existing:
                return "unchanged"
            outcome = "updated"
        elif not force:
            raise GlossaryError(
                f"{path}:{row.lineno}: {existing.vi!r} is already there as {existing.en!r}; "
                "use --force to replace it"
            )
        else:
            outcome = "replaced"
    if table.header is not None:
        _require_columns(path, table.header, entry)
    cells = _cells_for(table.header, entry)
    line = format_table([cells], delimiter=delimiter_for(path))
    lines = physical_lines(text)
    if found:
        lines[found[0].lineno - 1] = line
    else:
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        lines.append(line)
    atomic_write_bytes(path, "".join(lines).encode("utf-8"))
    return outcome


def _combined(existing: Entry, new: Entry) -> Entry:
    """``existing`` with ``new``'s extra variants and source variants, and its category,
    note and source where ``existing`` has none."""

    def union(old: tuple[str, ...], more: tuple[str, ...], taken: set[str]) -> tuple[str, ...]:
        out = list(old)
        for item in more:
            if fold(item) not in taken | {fold(o) for o in out}:
                out.append(item)
        return tuple(out)

    return replace(
        existing,
        variants=union(existing.variants, new.variants, {fold(existing.en)}),
        source_variants=union(existing.source_variants, new.source_variants, {fold(existing.vi)}),
        category=existing.category or new.category,
        note=existing.note or new.note,
        source=existing.source or new.source,
    )


def _require_columns(path: Path, header: tuple[str, ...], entry: Entry) -> None:
    """Refuse to drop what a table has no column for (a variant added to a two-column
    file would silently vanish)."""
    by_name = dict(zip(COLUMNS, entry_cells(entry), strict=True))
    lost = [name for name, cell in by_name.items() if cell and name not in header]
    if lost:
        raise GlossaryError(f"{path}: has no {', '.join(lost)} column for this entry")


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
    entry = replace(Entry(vi, en), **clean)
    if entry.category and entry.category not in CATEGORIES:
        raise GlossaryError(
            f"unknown category {entry.category!r}; use one of {', '.join(CATEGORIES)}"
        )
    if entry.case not in CASES:
        raise GlossaryError(f"unknown case {entry.case!r}; use one of {', '.join(CASES)}")
    return entry
