"""Time glossary matching at scale: 10,000 entries against a 100,000-word document.

Run: ``PYTHONPATH=src python benchmarks/glossary_match.py [ENTRIES] [WORDS]``, or
``... glossary_match.py builtin [WORDS]`` to time the shipped glossary (load, index, find)
on the corpus articles repeated to WORDS words. It prints figures; it is not a test. Terms
and text are built from the same Vietnamese syllables, so many positions start a term and
the matcher does real work.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from briefgen.glossary import Glossary, load_glossaries
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


def main_builtin(words: int = 100_000, corpus: Path = Path("/work/shared/corpus")) -> None:
    t0 = time.perf_counter()
    glossary = load_glossaries()
    t1 = time.perf_counter()
    glossary.find("")  # builds the matcher
    t2 = time.perf_counter()
    articles = " ".join(p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.vi.txt")))
    base = articles.split()
    text = " ".join(base * (words // len(base) + 1))
    c1, t3 = time.process_time(), time.perf_counter()
    matches = glossary.find(text)
    t4, c2 = time.perf_counter(), time.process_time()
    print(
        f"built-in entries: {len(glossary):,}  words: {len(text.split()):,}  "
        f"matches: {len(matches):,}"
    )
    print(f"load: {t1 - t0:.3f} s  index build: {t2 - t1:.3f} s")
    print(f"find: {t4 - t3:.3f} s wall, {c2 - c1:.3f} s CPU")


if __name__ == "__main__":
    if sys.argv[1:2] == ["builtin"]:
        main_builtin(*(int(a) for a in sys.argv[2:3]))
    else:
        main(*(int(a) for a in sys.argv[1:3]))
