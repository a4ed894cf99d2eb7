"""Find what a translation must keep as written: personal names, numbers, dates,
percentages, document numbers and acronyms.

Each is returned as a :class:`~briefgen.records.Requirement` whose English is fixed:
Vietnamese personal names lose their diacritics ("Vũ Chiến Thắng" → "Vu Chien Thang"), as
English-language media write them; everything else is copied exactly, because a model
that turns "05/8/2022" into "05/8/202" or "1313/QĐ-TTg" into "1313 / QD" misstates the
source. Glossary enforcement places these the same way it places glossary terms.
"""

from __future__ import annotations

import re

from briefgen.data.family_names import COMMON
from briefgen.normalize import strip_diacritics
from briefgen.records import Requirement

# Longest and most specific first: a document number contains a date-like "12/2021".
_NUMBERS = re.compile(
    r"""(?<![\w/.,+])(?:
        (?P<docnum>\d+(?:[./]\d+)*/[A-ZĐ][A-Za-zĐđ]*(?:-[A-Za-zĐđ]+)*)
      | (?P<date>\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}-\d{1,2}-\d{4})
      | (?P<percent>\d+(?:[.,]\d+)*\s?%)
      | (?P<number>\d+(?:[.,]\d+)*)
    )(?![\w/]|[.,]\d)""",
    re.VERBOSE,
)
_ACRONYM = re.compile(r"(?<![\w+&-])[A-Z][A-Z0-9]*(?:[+&-][A-Z0-9]+)*\+?(?![\w+&-])")
_NOT_ACRONYMS = frozenset({"TP", "I", "V", "X"})
_WORD = re.compile(r"[^\W\d_]+")

TITLES = (
    "bộ trưởng",
    "thứ trưởng",
    "thủ tướng",
    "chủ tịch",
    "tổng thư ký",
    "tổng bí thư",
    "đại sứ",
    "đồng chí",
    "ngài",
    "ông",
    "bà",
)
# The commonest family names, lower-cased: a capitalised run they lead is a name.
_COMMON_FAMILY_NAMES = frozenset(name.lower() for name in COMMON)
# Capitalised words that follow a title but start an organisation, not a name.
_NOT_NAME_START = frozenset(
    ["bộ", "ban", "hội", "ủy", "uỷ", "cục", "vụ", "viện", "sở", "tổng", "văn", "liên", "cộng"]
)
MAX_NAME_SYLLABLES = 4


def protected(sentence: str) -> list[Requirement]:
    """Names, numbers and acronyms of ``sentence``, in text order, not overlapping."""
    found = [*_numbers(sentence), *_names(sentence), *_acronyms(sentence)]
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[Requirement] = []
    for req in found:
        if not kept or req.start >= kept[-1].end:
            kept.append(req)
    return kept


def _numbers(sentence: str) -> list[Requirement]:
    return [
        Requirement(m.start(), m.end(), m.group(), m.group(), m.lastgroup or "number")
        for m in _NUMBERS.finditer(sentence)
    ]


def _acronyms(sentence: str) -> list[Requirement]:
    vietnamese = [w for w in _WORD.findall(sentence) if not w.isascii()]
    if vietnamese and sum(w.isupper() for w in vietnamese) > len(vietnamese) / 2:
        return []  # an all-capitals heading ("HỘI NGHỊ…"): its words are not acronyms
    out = []
    for m in _ACRONYM.finditer(sentence):
        word = m.group()
        if sum(c.isupper() for c in word) >= 2 and word not in _NOT_ACRONYMS:
            out.append(Requirement(m.start(), m.end(), word, word, "acronym"))
    return out


def _is_capitalised(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or word[1:].islower())


def _names(sentence: str) -> list[Requirement]:
    """Runs of capitalised syllables that start with a common surname, or that follow a
    title ("Bộ trưởng", "ông"…) and do not start an organisation's name."""
    words = list(_WORD.finditer(sentence))
    out: list[Requirement] = []
    i = 0
    while i < len(words):
        first = words[i].group().lower()
        if first in TITLES:  # a capitalised "Ông"/"Bà" introduces the name, is not in it
            i += 1
            continue
        run = _capitalised_run(sentence, words, i)
        after_title = sentence[: words[i].start()].rstrip().lower().endswith(TITLES)
        is_name = len(run) >= 2 and (
            first in _COMMON_FAMILY_NAMES or (after_title and first not in _NOT_NAME_START)
        )
        if is_name:
            start, end = run[0].start(), run[-1].end()
            name = sentence[start:end]
            out.append(Requirement(start, end, name, strip_diacritics(name), "name"))
            i += len(run)
        else:
            i += max(1, len(run))
    return out


def _capitalised_run(sentence: str, words: list[re.Match], i: int) -> list[re.Match]:
    """The capitalised words from ``words[i]`` on, separated by single spaces only."""
    run: list[re.Match] = []
    for j in range(i, min(len(words), i + MAX_NAME_SYLLABLES)):
        word = words[j]
        if not _is_capitalised(word.group()):
            break
        if run and sentence[run[-1].end() : word.start()] != " ":
            break
        run.append(word)
    return run
