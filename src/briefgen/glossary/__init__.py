"""The terminology glossary: which Vietnamese terms must come out as which English.

A :class:`Glossary` is loaded from one or more files (later files override earlier ones,
entry by entry) and finds its terms in Vietnamese text, longest match first.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from briefgen.data import data_dir
from briefgen.glossary.match import Matcher
from briefgen.glossary.tsv import read_table
from briefgen.normalize import fold
from briefgen.records import Entry, TermMatch

BUILTIN_NAME = "asean.tsv"  # the file ``glossary add`` edits unless told otherwise


class Glossary:
    """An ordered set of entries, keyed by the folded Vietnamese term."""

    def __init__(self, entries: Iterable[Entry] = (), *, sources: Sequence[str] = ()) -> None:
        self._entries: dict[str, Entry] = {}
        for entry in entries:
            self._entries[fold(entry.vi)] = entry
        self.sources = tuple(sources)
        self._matcher: Matcher | None = None

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self):
        return iter(self._entries.values())

    def get(self, vi: str) -> Entry | None:
        return self._entries.get(fold(vi))

    def merged(self, other: Glossary) -> Glossary:
        """This glossary with ``other``'s entries added, ``other`` winning on conflicts."""
        return Glossary([*self, *other], sources=(*self.sources, *other.sources))

    def find(self, text: str) -> list[TermMatch]:
        """Non-overlapping term occurrences in ``text``, longest first, in text order."""
        if self._matcher is None:
            self._matcher = Matcher(self)
        return self._matcher.find(text)

    @property
    def sha256(self) -> str:
        digest = hashlib.sha256()
        for e in self:
            digest.update(f"{e.vi}\t{e.en}\t{'|'.join(e.source_variants)}\n".encode())
        return digest.hexdigest()


def builtin_path() -> Path:
    """The main shipped glossary file (``glossary/asean.tsv`` in the source tree)."""
    return data_dir("glossary") / BUILTIN_NAME


def builtin_paths() -> tuple[Path, ...]:
    """Every shipped glossary file (``glossary/*.tsv``, one per group of categories), in
    name order; together they are the built-in glossary and must not conflict."""
    return tuple(sorted(data_dir("glossary").glob("*.tsv")))


@functools.cache
def builtin_forms(category: str) -> tuple[str, ...]:
    """Every Vietnamese form (the term and its source variants) of the built-in glossary's
    entries in ``category``, in file order, read once: the extractors take their countries
    from here, so a country the glossary gains is one they know."""
    entries = (e for path in builtin_paths() for e in read_table(path) if e.category == category)
    return tuple(dict.fromkeys(form for e in entries for form in (e.vi, *e.source_variants)))


def load(path: str | Path) -> Glossary:
    """Read one glossary file, choosing the reader by its suffix.

    Raises:
        GlossaryError: the file is missing or a row is malformed (with file:line).
    """
    path = Path(path)
    if path.suffix.lower() in (".tbx", ".xml"):
        from briefgen.glossary.tbx import read_tbx

        return Glossary(read_tbx(path), sources=(str(path),))
    return Glossary(read_table(path), sources=(str(path),))


def load_glossaries(paths: Sequence[str | Path] = (), *, builtin: bool = True) -> Glossary:
    """The built-in glossary (unless ``builtin`` is false) overridden by ``paths`` in order."""
    glossary = Glossary()
    for path in (*(builtin_paths() if builtin else ()), *paths):
        glossary = glossary.merged(load(path))
    return glossary
