"""Find glossary terms in text: whole syllables, longest match first, no overlaps.

Terms and text are compared on the keys of :mod:`briefgen.normalize`, so case, tone-mark
placement, i/y spelling and spacing around hyphens do not matter. Entries sit in a dict
keyed by their first token, so the cost per text token is a dict lookup plus the few
candidates that start there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.models import Entry, TermMatch
from briefgen.normalize import tokenize

if TYPE_CHECKING:
    from briefgen.glossary import Glossary


class Matcher:
    def __init__(self, glossary: Glossary) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        for entry in glossary:
            for form in (entry.vi, *entry.source_variants):
                keys = tuple(t.key for t in tokenize(form))
                if keys:
                    self._by_first.setdefault(keys[0], []).append((keys, entry))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda c: len(c[0]), reverse=True)

    def find(self, text: str) -> list[TermMatch]:
        tokens = tokenize(text)
        keys = [t.key for t in tokens]
        matches: list[TermMatch] = []
        i = 0
        while i < len(tokens):
            for term_keys, entry in self._by_first.get(keys[i], ()):
                n = len(term_keys)
                if tuple(keys[i : i + n]) == term_keys:
                    start, end = tokens[i].start, tokens[i + n - 1].end
                    matches.append(TermMatch(entry, start, end, text[start:end]))
                    i += n
                    break
            else:
                i += 1
        return matches
