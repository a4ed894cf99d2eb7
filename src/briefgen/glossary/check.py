"""Validate a glossary file and report each defect with its file:line.

A maintainer runs this before committing: a bad row would otherwise show up only as a
wrong or missing term in some translation much later.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import one_line
from briefgen.formats.xmltext import xml_safe
from briefgen.glossary.tbx import read_tbx
from briefgen.glossary.tsv import (
    CASES,
    CATEGORIES,
    COLUMNS,
    LIST_SEP,
    Table,
    parse_table,
    read_text,
    row_entry,
)
from briefgen.normalize import fold, tokenize
from briefgen.records import Entry

_STRAY_SPACE = re.compile(r"^\s|\s$|\s\s|[\u00a0\u200b\ufeff]")
_EN_WORD = re.compile(r"[a-z0-9]+")
_STOP_WORDS = frozenset(
    {"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"} | {"s"}
)
# A longer term may legitimately not translate a term it contains ("Đại sứ quán" is
# "Embassy", not "...Ambassador..."); its note says so with "≠ <contained term>".
_DISTINCT = "≠"


@dataclass(frozen=True)
class Problem:
    """One defect, located so an editor can jump to it."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return one_line(f"{self.path}:{self.line}: {self.message}")


def check_files(paths: Iterable[Path]) -> list[Problem]:
    """Every defect of the glossary made of ``paths`` together (conflicts between files
    included), by file and line.

    Raises:
        GlossaryError: a file is missing or unreadable.
    """
    paths = list(paths)
    problems: list[Problem] = []
    entries: list[Entry] = []
    for path in paths:
        if path.suffix.lower() in (".tbx", ".xml"):
            entries += read_tbx(path)
            continue
        table = parse_table(path, read_text(path))
        problems += _row_problems(table)
        entries += [row_entry(table, r) for r in table.rows if _has_terms(r.cells)]
    problems += check_entries(entries)
    order = {str(p): i for i, p in enumerate(paths)}
    return sorted(problems, key=lambda p: (order.get(p.path, len(order)), p.line))


def check_entries(entries: Iterable[Entry]) -> list[Problem]:
    """Defects of entries: unknown categories or case rules, duplicates, conflicts and
    inconsistent sub-terms."""
    entries = list(entries)
    return [*_value_problems(entries), *_duplicates(entries), *_subterm_problems(entries)]


def _value_problems(entries: list[Entry]) -> Iterator[Problem]:
    """A category or case rule outside the allowed sets (a typo such as ``ministy``)."""
    for entry in entries:
        where = (_path(entry), _line(entry))
        if entry.category and entry.category not in CATEGORIES:
            yield Problem(
                *where,
                f"unknown category {entry.category!r}; use one of {', '.join(CATEGORIES)}",
            )
        if entry.case not in CASES:
            yield Problem(*where, f"unknown case {entry.case!r}; use one of {', '.join(CASES)}")


def _has_terms(cells: tuple[str, ...]) -> bool:
    return len(cells) >= 2 and bool(cells[0].strip()) and bool(cells[1].strip())


def _row_problems(table: Table) -> Iterator[Problem]:
    names = table.header or COLUMNS
    for row in table.rows:
        where = (str(table.path), row.lineno)
        expected = len(table.header) if table.header else None
        if (expected and len(row.cells) != expected) or not 2 <= len(row.cells) <= len(names):
            want = expected or f"2 to {len(COLUMNS)}"
            yield Problem(*where, f"expected {want} columns, found {len(row.cells)}")
        for name, cell in zip(("Vietnamese term", "English"), row.cells[:2], strict=False):
            if not cell.strip():
                yield Problem(*where, f"empty {name}")
        for name, cell in zip(names, row.cells, strict=False):
            if xml_safe(cell) != cell:
                yield Problem(*where, f"{name}: control character in {cell!r}")
            if unicodedata.normalize("NFC", cell) != cell:
                yield Problem(*where, f"{name}: text is not NFC-normalised: {cell!r}")
            items = cell.split(LIST_SEP) if name.endswith("variants") else [cell]
            if any(_STRAY_SPACE.search(item) for item in items if item):
                yield Problem(*where, f"{name}: stray whitespace in {cell!r}")


def _line(entry: Entry) -> int:
    tail = entry.origin.rpartition(":")[2]
    return int(tail) if tail.isdigit() else 0


def _path(entry: Entry) -> str:
    return entry.origin.rpartition(":")[0] or entry.origin


def _duplicates(entries: list[Entry]) -> Iterator[Problem]:
    """The same Vietnamese form twice: a duplicate if the English agrees, else a conflict."""
    seen: dict[str, tuple[Entry, str]] = {}
    for entry in entries:
        for form in (entry.vi, *entry.source_variants):
            key = fold(form)
            if key not in seen:
                seen[key] = (entry, form)
                continue
            first, first_form = seen[key]
            where = (_path(entry), _line(entry))
            if first is entry:
                yield Problem(*where, f"{form!r} is listed twice in this entry")
            elif first.en == entry.en:
                yield Problem(*where, f"duplicate of line {_line(first)} ({first_form!r})")
            else:
                yield Problem(
                    *where,
                    f"{form!r}: conflicting English {entry.en!r}; line {_line(first)} "
                    f"has {first.en!r}",
                )


def _words(text: str) -> list[str]:
    return [w for w in _EN_WORD.findall(text.lower()) if w not in _STOP_WORDS]


def _contains(longer_en: str, shorter_en: str) -> bool:
    """Whether every content word of ``shorter_en`` appears in ``longer_en``, allowing
    for inflection ("Ministry" in "Minister", "Asia" in "Asian")."""
    have = _words(longer_en)
    return all(any(v.startswith(w[:6]) for v in have) for w in _words(shorter_en))


def _subterm_problems(entries: list[Entry]) -> Iterator[Problem]:
    """A term inside a longer term whose English does not contain the term's English."""
    by_keys: dict = {}  # a trie: syllable → subtrie, and None → the entry ending there
    for entry in entries:
        for form in (entry.vi, *entry.source_variants):
            node = by_keys
            for t in tokenize(form):
                node = node.setdefault(t.key, {})
            node.setdefault(None, entry)
    for entry in entries:
        note_keys = tuple(t.key for t in tokenize(entry.note))
        for form in (entry.vi, *entry.source_variants):
            for inner in _inner_terms(tuple(t.key for t in tokenize(form)), by_keys, entry):
                english = (inner.en, *inner.variants)
                if any(_contains(entry.en, en) for en in english):
                    continue
                if any(_marked_distinct(note_keys, f) for f in (inner.vi, *inner.source_variants)):
                    continue
                yield Problem(
                    _path(entry),
                    _line(entry),
                    f"{form!r} contains {inner.vi!r} (line {_line(inner)}) but its English "
                    f"{entry.en!r} does not contain {inner.en!r}; fix one, or note "
                    f"'{_DISTINCT} {inner.vi}'",
                )
                break


def _inner_terms(keys: tuple[str, ...], trie: dict, outer: Entry) -> list[Entry]:
    """Entries found inside ``keys``, leaving out those nested in another found one.

    The trie walk from each syllable stops where no term continues, and nesting is one
    sweep over the sorted spans, so a 2,000-syllable term costs milliseconds, not minutes.
    """
    spans: list[tuple[int, int, Entry]] = []
    for i in range(len(keys)):
        node = trie
        for j in range(i, len(keys)):
            node = node.get(keys[j])
            if node is None:
                break
            found = node.get(None)
            if found is not None and found is not outer and (i, j + 1) != (0, len(keys)):
                spans.append((i, j + 1, found))
    nested = set()
    widest = -1  # the furthest end of the spans starting earlier (or here, and longer)
    for i, j, _ in sorted(spans, key=lambda s: (s[0], -s[1])):
        if widest >= j:
            nested.add((i, j))
        widest = max(widest, j)
    return [e for i, j, e in spans if (i, j) not in nested]


def _marked_distinct(note_keys: tuple[str, ...], form: str) -> bool:
    wanted = (_DISTINCT, *(t.key for t in tokenize(form)))
    n = len(wanted)
    return any(note_keys[i : i + n] == wanted for i in range(len(note_keys) - n + 1))
