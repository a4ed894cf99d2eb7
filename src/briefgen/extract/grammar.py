"""Parts of speech of Vietnamese words, from underthesea's tagger (a CRF model in its wheel).

Rules read a few words with it where a word list would not close: whether a list item
opens with a verb (a thing to do: "Chú trọng đào tạo …") or a noun (a topic: "Tình hình
kinh tế …"). underthesea is optional (``briefgen[nlp]``); importing it costs seconds, so it
is loaded on first use, and without it every question here answers None.
"""

from __future__ import annotations

from functools import cache
from typing import Any

_VERB_TAGS = frozenset({"V"})


@cache
def _tagger() -> Any | None:
    try:
        from underthesea import pos_tag  # deferred: it loads a model and torch
    except ImportError:
        return None
    return pos_tag


def opens_with_verb(text: str) -> bool | None:
    """Whether ``text`` opens with a verb, or None where underthesea is not installed.

    The first letter is lowered, as the tagger reads a capitalised word as a name."""
    tag = _tagger()
    words = text.strip().split()[:6]
    if tag is None or not words:
        return None
    phrase = " ".join(words)
    tagged = tag(phrase[0].lower() + phrase[1:])
    return bool(tagged) and tagged[0][1] in _VERB_TAGS
