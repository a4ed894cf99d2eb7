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


def first_tag(text: str) -> str | None:
    """The tag of the first word of ``text`` ("V" verb, "N" noun, "Np" name, "L"
    determiner, …), or None where underthesea is not installed. The first letter is
    lowered, as the tagger reads a capitalised word as a name."""
    tag = _tagger()
    words = text.strip().split()[:6]
    if tag is None or not words:
        return None
    phrase = " ".join(words)
    tagged = tag(phrase[0].lower() + phrase[1:])
    return tagged[0][1] if tagged else None


def opens_with_verb(text: str) -> bool | None:
    """Whether ``text`` opens with a verb, or None where underthesea is not installed."""
    found = first_tag(text)
    return None if found is None else found in _VERB_TAGS


def opens_with_common_noun(text: str) -> bool | None:
    """Whether ``text`` opens with a common noun ("tình hình …"), not a name, a pronoun or
    a determiner ("Việt Nam …", "chúng ta …", "các nước …"), which may be who acts."""
    found = first_tag(text)
    return None if found is None else found == "N"
