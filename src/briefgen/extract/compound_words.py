"""Whether a capitalised syllable and the lower-case one after it are one word.

Vietnamese writes each syllable apart and capitalises only a name's first syllable of each
word, so "Bộ Ngoại giao để …" does not show that "giao" ends the ministry's name while
"Viêng Chăn bàn về …" does not show that "bàn" begins the predicate. underthesea's word
segmenter (a CRF model in its wheel, Apache-2.0) knows the words; it takes seconds to
import, so it is loaded only when a name's end is in doubt.
"""

from __future__ import annotations

from functools import lru_cache

from briefgen.underthesea_models import word_segmenter


@lru_cache(maxsize=4096)
def joins(phrase: str, syllable: str) -> bool:
    """Whether the last syllable of ``phrase`` and ``syllable`` make one word: "Bộ Ngoại",
    "giao" do; "Viêng Chăn", "bàn" do not."""
    words = word_segmenter()(f"{phrase} {syllable}")
    return bool(words) and words[-1].endswith(f" {syllable}")
