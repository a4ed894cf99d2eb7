"""Read glossary tables: briefgen's TSV with a header, or a plain two-column TSV/CSV."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from briefgen.errors import GlossaryError
from briefgen.models import Entry
from briefgen.normalize import nfc

COLUMNS = ("vi", "en", "variants", "category", "case", "note", "source_variants")
LIST_SEP = "|"


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split(LIST_SEP) if v.strip())


def read_table(path: Path) -> list[Entry]:
    """Entries of a glossary table; raises GlossaryError naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise GlossaryError(f"{path}: glossary file not found") from None
    except (UnicodeDecodeError, IsADirectoryError):
        raise GlossaryError(f"{path}: not a UTF-8 glossary file") from None
    return list(_entries(path, text))


def _entries(path: Path, text: str) -> Iterator[Entry]:
    delimiter = "," if path.suffix.lower() == ".csv" else "\t"
    rows = csv.reader(text.splitlines(), delimiter=delimiter)
    header: tuple[str, ...] | None = None
    for lineno, row in enumerate(rows, start=1):
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue
        if lineno == 1 and row[0].strip().lower() in ("vi", "vi_term", "source"):
            header = tuple(c.strip().lower() for c in row)
            continue
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            raise GlossaryError(
                f"{path}:{lineno}: expected a Vietnamese term and its English, got {row!r}"
            )
        cells = dict(zip(header or COLUMNS, (nfc(c.strip()) for c in row), strict=False))
        yield Entry(
            vi=cells["vi"] if "vi" in cells else nfc(row[0].strip()),
            en=cells["en"] if "en" in cells else nfc(row[1].strip()),
            variants=_split(cells.get("variants", "")),
            category=cells.get("category", ""),
            case=cells.get("case", "") or "preserve",
            note=cells.get("note", ""),
            source_variants=_split(cells.get("source_variants", "")),
            origin=f"{path}:{lineno}",
        )
