"""Find glossary terms in text: whole syllables, longest match first, no overlaps.

Terms and text are compared on the token keys of :mod:`briefgen.normalize`, so case, tone-mark
placement, i/y spelling and Unicode composition do not matter. Hyphens and dashes are
skipped on both sides, so "Lao động - Thương binh", "Lao động– Thương binh", "Lao động −
Thương binh" and "Lao động Thương binh" are one term. Term keys sit in a
trie, so each text position costs one dict lookup per syllable of the longest term that
starts there, however large the glossary.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from briefgen.normalize import token_keys
from briefgen.records import Entry, TermMatch

if TYPE_CHECKING:
    from briefgen.glossary import Glossary

_END = ""  # the trie key under which a node keeps the entry that ends there (no token is "")
# Keys of the joining marks Vietnamese writers space and choose freely: hyphen, the dashes
# normalize folds to it, and those it does not (figure dash, minus, small/full-width).
_JOINERS = frozenset("-\u2012\u2212\ufe58\ufe63\uff0d")


def _keys(text: str) -> tuple[list[str], list[int], list[int]]:
    """``text``'s token keys and offsets, without hyphens and dashes."""
    keys, starts, ends = token_keys(text)
    kept = [i for i, key in enumerate(keys) if key not in _JOINERS]
    if len(kept) == len(keys):
        return keys, starts, ends
    return [keys[i] for i in kept], [starts[i] for i in kept], [ends[i] for i in kept]


class Matcher:
    """A glossary's terms, ready to be found in any number of texts."""

    def __init__(self, glossary: Glossary | Iterable[Entry]) -> None:
        self._root: dict = {}
        for entry in glossary:
            for form in (entry.vi, *entry.source_variants):
                keys = _keys(_nfc(form))[0]
                if not keys:
                    continue
                node = self._root
                for key in keys:
                    node = node.setdefault(key, {})
                node[_END] = entry  # later entries (an overriding glossary) win

    def find(self, text: str) -> list[TermMatch]:
        """Non-overlapping term occurrences in ``text``, longest first, in text order."""
        composed, offsets = _composed(text)
        keys, starts, ends = _keys(composed)
        matches: list[TermMatch] = []
        i, n = 0, len(keys)
        while i < n:
            node, j, best = self._root, i, None
            while j < n and (node := node.get(keys[j])) is not None:
                j += 1
                if _END in node:
                    best = (j, node[_END])
            if best is None:
                i += 1
                continue
            j, entry = best
            start, end = offsets[starts[i]], offsets[ends[j - 1]]
            matches.append(TermMatch(entry, start, end, text[start:end]))
            i = j
        return matches


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _composed(text: str) -> tuple[str, list[int]]:
    """``text`` in NFC, and for each offset in it (and its end) the offset in ``text``.

    Decomposed input ("o" + combining marks) would otherwise split syllables apart.
    """
    if unicodedata.is_normalized("NFC", text):
        return text, range(len(text) + 1)  # type: ignore[return-value]
    pieces: list[str] = []
    offsets: list[int] = []
    start = 0
    for k in range(1, len(text) + 1):
        if k == len(text) or not unicodedata.combining(text[k]):
            piece = unicodedata.normalize("NFC", text[start:k])
            pieces.append(piece)
            offsets.extend([start] * len(piece))
            start = k
    offsets.append(len(text))
    return "".join(pieces), offsets
