"""underthesea's Vietnamese models (CRF, in its wheel, Apache-2.0), loaded on first use.

Importing underthesea takes seconds (it loads transformers), so briefgen asks it only about
the few lines and names the rules cannot settle, and a command that never does never loads
it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache


@cache
def pos_tagger() -> Callable[[str], list[tuple[str, str]]]:
    """underthesea's part-of-speech tagger: text → (word, tag) pairs."""
    from underthesea import pos_tag  # deferred: importing it loads transformers

    return pos_tag


@lru_cache(maxsize=2048)
def pos_tags(text: str) -> tuple[tuple[str, str], ...]:
    """The tagger's (word, tag) pairs for ``text``, kept: more than one rule asks about the
    same sentence ("sẽ" and "sẵn sàng" in one commitment), and tagging is the slow part."""
    return tuple(pos_tagger()(text))


@cache
def word_segmenter() -> Callable[[str], list[str]]:
    """underthesea's word segmenter: text → its words, a word's syllables joined by spaces."""
    from underthesea import word_tokenize  # deferred: importing it loads transformers

    return word_tokenize
