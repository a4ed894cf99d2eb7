"""Time glossary matching at scale: 10,000 entries against a 100,000-word document.

Run: ``PYTHONPATH=src python benchmarks/glossary_match.py [ENTRIES] [WORDS]``. It prints
figures; it is not a test. Terms and text are built from the same Vietnamese syllables,
so many positions start a term and the matcher does real work.
"""

from __future__ import annotations

import random
import sys
import time

from briefgen.glossary import Glossary
from briefgen.records import Entry

SYLLABLE_TEXT = (
    "bộ nội vụ ngoại giao hợp tác quốc tế cộng đồng văn hóa xã hội hội nghị cấp cao "
    "bộ trưởng thứ trưởng nền công vụ chuyển đổi số chính phủ điện tử cải cách hành chính "
    "kế hoạch tổng thể tầm nhìn tuyên bố khuôn khổ phát triển bền vững lao động thương binh"
)


SYLLABLES = SYLLABLE_TEXT.split(" ")


def build(entries: int, words: int, seed: int = 0) -> tuple[Glossary, str]:
    rng = random.Random(seed)
    terms = {" ".join(rng.choices(SYLLABLES, k=rng.randint(2, 8))) for _ in range(entries * 2)}
    glossary = Glossary(Entry(t, f"term {i}") for i, t in enumerate(sorted(terms)[:entries]))
    text = " ".join(rng.choices(SYLLABLES, k=words))
    return glossary, text


def main(entries: int = 10_000, words: int = 100_000) -> None:
    glossary, text = build(entries, words)
    t0 = time.perf_counter()
    glossary.find("")  # builds the matcher
    t1, c1 = time.perf_counter(), time.process_time()
    matches = glossary.find(text)
    t2, c2 = time.perf_counter(), time.process_time()
    print(f"entries: {len(glossary):,}  words: {words:,}  matches: {len(matches):,}")
    print(f"index build: {t1 - t0:.3f} s")
    print(f"find:        {t2 - t1:.3f} s wall, {c2 - c1:.3f} s CPU")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
