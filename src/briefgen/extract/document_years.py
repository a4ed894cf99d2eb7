"""Whether a year belongs to a document's name rather than to the event reported.

A lead names the year of what a meeting discusses as often as its own. A plan, a
programme or a vision is named for the year it aims at ("triển khai Chương trình công tác
năm 2025", "Tầm nhìn Cộng đồng ASEAN năm 2045"), a law or a resolution for the year it was
enacted, often years back ("giới thiệu Luật Đầu tư năm 2020"): neither year dates the
meeting. A memorandum or a declaration named with a year ("Bản ghi nhớ hợp tác năm 2012")
is most often the one the meeting signs, so its year still counts.
"""

from __future__ import annotations

import re

from briefgen.extract.document_words import (
    DOCUMENT_WORDS,
    LOWER_DOCUMENT_WORDS,
    WEAK_DOCUMENT_WORDS,
)

# Document kinds the lexicon's declaration words leave out, since no meeting adopts them
# ("Luật Đầu tư năm 2020", "Báo cáo thường niên năm 2023", "Sách trắng Quốc phòng 2019").
_OTHER_DOCUMENTS = ("Luật", "Bộ luật", "Báo cáo", "Sách trắng", "Thông tư", "Chỉ thị")
# The kinds named for the year they aim at, and the legal instruments named for the year
# they were enacted, in either case.
_NOT_THE_EVENTS = (
    *("kế hoạch", "chương trình", "chiến lược", "tầm nhìn", "đề án", "lộ trình", "cương lĩnh"),
    *("luật", "bộ luật", "nghị quyết", "nghị định", "quyết định", "thông tư", "chỉ thị"),
)
_DOCUMENTS = sorted(
    {*DOCUMENT_WORDS, *WEAK_DOCUMENT_WORDS, *LOWER_DOCUMENT_WORDS, *_OTHER_DOCUMENTS},
    key=len,
    reverse=True,
)
_DOCUMENT = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _DOCUMENTS)) + r")(?!\w)")
# What ends the noun phrase a year is part of: a clause break, or a verb or preposition of
# the sentence around it ("Kế hoạch … được thông qua tại Hội nghị năm 2024" is the
# meeting's year, not the plan's).
_PHRASE_END = re.compile(
    r"[,;:.!?()]|\b(?:tại|ở|được|đã|sẽ|do|bởi|cho|trong|vào|khi|nhân dịp|diễn ra|tổ chức|"
    r"khai mạc|họp|thông qua|ký)\b"
)
# How far back a document's name may start: the longest names run to a dozen words.
_REACH = 100


def _document_before(text: str, start: int) -> str | None:
    """The document word whose name the year at ``start`` ends, if any: one standing before
    it in the same noun phrase ("Bản ghi nhớ về hợp tác lao động năm 2024")."""
    window = text[max(0, start - _REACH) : start]
    documents = list(_DOCUMENT.finditer(window))
    if not documents or _PHRASE_END.search(window, documents[-1].end()):
        return None
    return documents[-1].group()


def not_the_events_year(text: str, start: int) -> bool:
    """Whether the year written at ``start`` ends the name of a plan, a programme, a vision
    or a legal instrument, so that it is not the event's year."""
    document = _document_before(text, start)
    return document is not None and document.lower().startswith(_NOT_THE_EVENTS)
