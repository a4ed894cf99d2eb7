"""Read and write glossary tables: briefgen's TSV with a header, or a plain two-column
TSV/CSV without one (the format DeepL, Google and Amazon accept)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import GlossaryError
from briefgen.normalize import nfc
from briefgen.records import Entry

COLUMNS = ("vi", "en", "variants", "category", "case", "note", "source_variants", "source")
CATEGORIES = (
    "ministry",
    "agency",
    "department",
    "title",
    "official",
    "party-state",
    "national-assembly",
    "province",
    "asean-organ",
    "asean-meeting",
    "asean-document",
    "vn-document",
    "country",
    "organisation",
    "place",
    "landmark",
    "person",
    "concept",
    "abbreviation",
)
CASES = ("preserve", "sentence")
LIST_SEP = "|"
# A header names both term columns: a headerless table may well start with the term "vi".
HEADER_FIRST_CELLS = ("vi", "vi_term", "source")
HEADER_SECOND_CELLS = ("en", "en_rendering", "en_term", "target")


@dataclass(frozen=True)
class Row:
    """One data line of a table, cells as written (not stripped or normalised)."""

    lineno: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    path: Path
    header: tuple[str, ...] | None
    rows: tuple[Row, ...]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split(LIST_SEP) if v.strip())


def delimiter_for(path: Path) -> str:
    return "," if path.suffix.lower() == ".csv" else "\t"


def read_text(path: Path) -> str:
    """The file's text, line ends as written (a quoted cell may hold a carriage return);
    raises GlossaryError when it is missing or not UTF-8."""
    try:
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise GlossaryError(f"{path}: glossary file not found") from None
    except (UnicodeDecodeError, IsADirectoryError):
        raise GlossaryError(f"{path}: not a UTF-8 glossary file") from None


def _numbered(path: Path, rows) -> Iterator[tuple[int, list[str]]]:
    """``rows`` (a csv reader) with the line each ends on; a csv error (a cell over the
    field size limit, a stray quote) becomes a GlossaryError naming the file and line."""
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            raise GlossaryError(f"{path}:{rows.line_num}: unreadable row: {exc}") from None
        yield rows.line_num, row


def physical_lines(text: str) -> list[str]:
    """``text``'s lines with their ends, split only at ``\\n``, ``\\r`` and ``\\r\\n``
    as csv and editors count them: a U+2028 or form feed inside a cell ends no row."""
    return io.StringIO(text, newline="").readlines()


def parse_table(path: Path, text: str) -> Table:
    """Split ``text`` into header and data rows, skipping blank and ``#`` comment lines.

    A row is numbered by the line it starts on. Only a line that *starts* with ``#`` is a
    comment: a term written ``"#…"`` (quoted, as :func:`format_table` writes it) is data.
    """
    lines = physical_lines(text)
    rows = csv.reader(lines, delimiter=delimiter_for(path), quoting=csv.QUOTE_MINIMAL)
    header: tuple[str, ...] | None = None
    data: list[Row] = []
    start = 1
    for end, row in _numbered(path, rows):
        lineno, start = start, end + 1
        if not row or not "".join(row).strip() or lines[lineno - 1].startswith("#"):
            continue
        if lineno == 1 and _is_header(row):
            header = tuple(c.strip().lower() for c in row)
            continue
        data.append(Row(lineno, tuple(row)))
    return Table(path, header, tuple(data))


def _is_header(row: list[str]) -> bool:
    cells = [c.strip().lower() for c in row[:2]]
    return len(cells) == 2 and cells[0] in HEADER_FIRST_CELLS and cells[1] in HEADER_SECOND_CELLS


def row_entry(table: Table, row: Row) -> Entry:
    """The entry a row stands for; raises GlossaryError (file:line) when a term is missing."""
    if len(row.cells) < 2 or not row.cells[0].strip() or not row.cells[1].strip():
        raise GlossaryError(
            f"{table.path}:{row.lineno}: expected a Vietnamese term and its English, "
            f"got {list(row.cells)!r}"
        )
    names = table.header or COLUMNS
    cells = dict(zip(names, (nfc(c.strip()) for c in row.cells), strict=False))
    if "vi" not in cells or "en" not in cells:  # a foreign header: first two columns
        cells["vi"], cells["en"] = nfc(row.cells[0].strip()), nfc(row.cells[1].strip())
    return Entry(
        vi=cells["vi"],
        en=cells["en"],
        variants=_split(cells.get("variants", "")),
        category=cells.get("category", ""),
        case=cells.get("case", "") or "preserve",
        note=cells.get("note", ""),
        source_variants=_split(cells.get("source_variants", "")),
        origin=f"{table.path}:{row.lineno}",
        source=cells.get("source", ""),
    )


def read_table(path: Path) -> list[Entry]:
    """Entries of a glossary table; raises GlossaryError naming the file and line."""
    table = parse_table(path, read_text(path))
    return [row_entry(table, row) for row in table.rows]


def entry_cells(entry: Entry) -> tuple[str, ...]:
    """The cells of ``entry`` in briefgen's column order."""
    return (
        entry.vi,
        entry.en,
        LIST_SEP.join(entry.variants),
        entry.category,
        entry.case,
        entry.note,
        LIST_SEP.join(entry.source_variants),
        entry.source,
    )


def format_table(rows: Iterable[Iterable[str]], *, delimiter: str = "\t") -> str:
    """Rows as TSV/CSV text with ``\\n`` line ends, quoting only where a cell needs it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    # Quoted in full: a row whose first cell a reader would take for a comment ("#…") or,
    # at the start of the file, for a byte-order mark; or with a carriage return in a
    # cell (csv quotes only "\n" for us).
    quoted = csv.writer(buffer, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_ALL)
    for row in rows:
        cells = list(row)
        misread = bool(cells) and cells[0].startswith(("#", "\ufeff"))
        (quoted if misread or any("\r" in c for c in cells) else writer).writerow(cells)
    return buffer.getvalue()


def format_glossary(entries: Iterable[Entry], *, delimiter: str = "\t") -> str:
    """briefgen's table (TSV, or CSV with ``delimiter=","``): a header line, then one
    entry per line with every column."""
    return format_table([COLUMNS, *(entry_cells(e) for e in entries)], delimiter=delimiter)


def format_pairs(entries: Iterable[Entry], *, delimiter: str = "\t") -> str:
    """Two columns, no header: each Vietnamese form (term and source variants) and its
    English, as machine-translation services take glossaries."""
    pairs = [(form, e.en) for e in entries for form in (e.vi, *e.source_variants)]
    return format_table(pairs, delimiter=delimiter)
