"""Whether a capitalised syllable and the lower-case one after it are one word.

Vietnamese writes each syllable apart and capitalises only a name's first syllable of each
word, so "Bộ Ngoại giao để …" does not show that "giao" ends the ministry's name while
"Viêng Chăn bàn về …" does not show that "bàn" begins the predicate. underthesea's word
segmenter (a CRF model in its wheel, Apache-2.0) knows the words; it takes seconds to
import, so it is loaded only when a name's end is in doubt.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache


@cache
def _segmenter() -> Callable[[str], list[str]]:
    from underthesea import word_tokenize  # deferred: importing it loads transformers

    return word_tokenize


@lru_cache(maxsize=4096)
def joins(phrase: str, syllable: str) -> bool:
    """Whether the last syllable of ``phrase`` and ``syllable`` make one word: "Bộ Ngoại",
    "giao" do; "Viêng Chăn", "bàn" do not."""
    words = _segmenter()(f"{phrase} {syllable}")
    return bool(words) and words[-1].endswith(f" {syllable}")
