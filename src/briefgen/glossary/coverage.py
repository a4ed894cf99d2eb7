"""Suggest what to add to a glossary: frequent names of bodies, meetings and documents in
Vietnamese articles that no entry covers yet.

Vietnamese capitalises the first syllable of such a name ("Vụ Hợp tác quốc tế"), so a name
cannot be read off capitals alone. Instead every word sequence that starts with a head
word ("Bộ", "Hội nghị", "Tuyên bố"…) is counted, and a sequence is kept when it recurs
and no one-syllable-longer sequence recurs as often (it is "closed"), which is where a
name ends and the varying text after it begins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from briefgen.glossary import Glossary
from briefgen.normalize import fold
from briefgen.segment import split_sentences

_HEAD_WORDS = (
    "Bộ, Vụ, Cục, Ban, Sở, Viện, Quỹ, Nhóm, Lễ, Đề án, Hội nghị, Hội đồng, Ủy ban, Tuyên bố, "
    "Kế hoạch, Khuôn khổ, Chương trình, Chiến lược, Tầm nhìn, Hiệp định, Hiệp ước, "
    "Trung tâm, Học viện, Diễn đàn, Mạng lưới, Sáng kiến, Cơ quan, Tổng cục, Văn phòng, "
    "Cộng đồng, Công ước, Hiến chương"
)
HEADS = frozenset(fold(h) for h in _HEAD_WORDS.split(", "))
# Words a name does not end with: they join it to what follows.
_OPEN_END_WORDS = "và, về, các, của, với, tại, cho, là, được, đã, đang, sẽ, có, này, do, trong"
_OPEN_ENDS = frozenset(fold(w) for w in _OPEN_END_WORDS.split(", "))
_WORD = re.compile(r"[^\W_]+|[-+]")
MAX_SYLLABLES = 12


@dataclass(frozen=True)
class Candidate:
    term: str
    count: int
    example: str


def _chunks(sentence: str, glossary: Glossary) -> Iterable[list[str]]:
    """Runs of words between punctuation and glossary terms (already covered). One-word
    terms (ASEAN, Lào) stay: they are often part of a longer name."""
    last = 0
    pieces = []
    for match in glossary.find(sentence):
        if len(_WORD.findall(match.surface)) < 2:
            continue
        pieces.append(sentence[last : match.start])
        last = match.end
    pieces.append(sentence[last:])
    for piece in pieces:
        for part in re.split(r"[^\w\s+-]", piece):
            words = _WORD.findall(part)
            if words:
                yield words


def _is_head(words: list[str], i: int) -> bool:
    return words[i][0].isupper() and (
        fold(words[i]) in HEADS or fold(" ".join(words[i : i + 2])) in HEADS
    )


def _is_name(words: list[str]) -> bool:
    capitals = sum(1 for w in words if w[0].isupper())
    return len(words) >= 2 and capitals >= 2 and fold(words[-1]) not in _OPEN_ENDS


def coverage(texts: Iterable[str], glossary: Glossary, *, min_count: int = 2) -> list[Candidate]:
    """Candidate terms seen at least ``min_count`` times in ``texts``, most frequent first,
    each with the first sentence it occurs in."""
    counts: dict[str, list] = {}
    for text in texts:
        for line in text.splitlines():
            for sentence in split_sentences(line):
                for words in _chunks(sentence, glossary):
                    for i in range(len(words)):
                        if not _is_head(words, i):
                            continue
                        for j in range(i + 2, min(len(words), i + MAX_SYLLABLES) + 1):
                            gram = " ".join(words[i:j])
                            counts.setdefault(fold(gram), [gram, 0, sentence.strip()])[1] += 1
    found = []
    for key, (gram, count, example) in counts.items():
        longer = (c for k, (_, c, _) in counts.items() if k.startswith(key + " "))
        closed = all(c < count for c in longer)
        if count >= min_count and closed and _is_name(gram.split(" ")):
            found.append(Candidate(re.sub(r" ?- ?", " - ", gram), count, example))
    return sorted(found, key=lambda c: (-c.count, c.term))
