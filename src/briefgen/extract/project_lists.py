"""The projects a list names after its lead: a loan or grant signed "cho các dự án: A, B,
C", a programme "gồm 3 dự án là A; B; C".

Each item is a named project (docs/annotating.md), printed without the word "dự án" and
often in lower case ("xây dựng cơ sở hạ tầng nước tại tỉnh Đồng Nai"), so no pattern for a
document's name finds it; the lead says what the items are.
"""

from __future__ import annotations

import re

from briefgen.extract.word_patterns import NUMBER_WORDS, UPPER

# "các dự án:", "cho 5 dự án sau:", "gồm 3 dự án là", "hai dự án gồm:": the projects, some
# or all of them counted, and the mark that their names follow.
_LEAD = re.compile(
    rf"\b(?P<count>các|những|\d+|{'|'.join(NUMBER_WORDS)})\s+dự án(?:\s+sau)?"
    r"\s*(?::|(?:là|gồm|bao gồm|gồm có)\b\s*:?)\s*"
)
# An item runs to the sentence's end; one the excerpt cut short has no stop.
# (not an abbreviation's stop: "tại TP. Hạ Long")
_END = re.compile(r"(?<![" + UPPER + r"])\.(?=\s+[" + UPPER + r"]|\s*$)|$")
MIN_ITEM_WORDS = 3


def listed_projects(sentence: str) -> list[tuple[int, int]]:
    """The spans of the projects each list in ``sentence`` names, as printed: the items
    after its lead parted by semicolons where it has them, else by commas, the last one
    by "và" where the lead's count says so ("gồm 2 dự án là A và B")."""
    spans: list[tuple[int, int]] = []
    for lead in _LEAD.finditer(sentence):
        end = _END.search(sentence, lead.end()).start()
        count = _count(lead["count"])
        items = _items(sentence, lead.end(), end, count)
        if len(items) >= 2 or (items and count == 1):
            spans += items
    return spans


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.index(word) + 2 if word in NUMBER_WORDS else None


def _items(sentence: str, start: int, end: int, count: int | None) -> list[tuple[int, int]]:
    """The items between ``start`` and ``end``: parted by semicolons where there are any;
    else, for a count, the first reading that gives that many ("A và B", "A, B và C", "A, B,
    C"), so that a place named with its province ("tại TP. Hạ Long, tỉnh Quảng Ninh") keeps
    its comma; else by commas."""
    text = sentence[start:end]
    if ";" in text:
        readings = [_split(text, ";")]
    elif count is None:
        readings = [_split(text, ",")]
    else:
        by_comma = _split(text, ",")
        readings = [_split(text, " và "), [*by_comma[:-1], *_last_joint(text, by_comma[-1])]]
        readings.append(by_comma)
    parts = next((r for r in readings if count is None or len(r) == count), [])
    spans = [(start + a, start + b) for a, b in parts]
    if any(len(sentence[a:b].split()) < MIN_ITEM_WORDS for a, b in spans):
        return []  # (not a list of names: "các dự án: đầu tư, thương mại, …")
    return spans


def _last_joint(text: str, last: tuple[int, int]) -> list[tuple[int, int]]:
    """The last part, split at its "và" where it has one ("B và C")."""
    a, b = last
    joint = text.rfind(" và ", a, b)
    return [(a, joint), (joint + len(" và "), b)] if joint > a else [last]


def _split(text: str, mark: str) -> list[tuple[int, int]]:
    """The spans of the parts of ``text`` between ``mark``s, without the blanks around."""
    parts: list[tuple[int, int]] = []
    at = 0
    for piece in text.split(mark):
        a = at + len(piece) - len(piece.lstrip())
        b = at + len(piece.rstrip())
        if b > a:
            parts.append((a, b))
        at += len(piece) + len(mark)
    return parts
