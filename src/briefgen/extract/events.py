"""What happened, when and where: the named meetings, the event date and the place.

News leads put these in the first sentence ("Chiều nay 05/8/2022, tại Hà Nội, Bộ trưởng …
chủ trì Hội nghị …"), so the date and place are read from the opening sentences only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from briefgen.extract.lexicon import CAP_WORD, COUNTRIES, DOCUMENT_WORDS, SURNAMES
from briefgen.normalize import fold
from briefgen.records import Bilingual

_DATE = re.compile(
    r"(?<!từ )\b(?:(?:sáng|chiều|tối|trưa|hôm|ngày)(?:\s+nay)?\s+(?:ngày\s+)?)"
    r"(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/-]|\s+của\b)",
    re.IGNORECASE,
)
_TODAY = re.compile(r"\b(?:sáng|chiều|tối|trưa|hôm) nay\b", re.IGNORECASE)
_YEAR = re.compile(r"\bnăm ((?:19|20)\d{2})\b")
_PLACE = re.compile(
    rf"\btại\s+((?P<kind>(?:thủ đô|thành phố|tỉnh|bang|trụ sở|Thủ đô|Thành phố|Tỉnh)\s+)?"
    rf"(?:{CAP_WORD}\s?)+(?:,\s*(?:{'|'.join(map(re.escape, COUNTRIES))})\b)?)"
)
_EVENT = re.compile(
    r"\b(?:Hội nghị|Hội thảo|Diễn đàn|Lễ|Phiên họp|Cuộc họp|Hội đàm|Tọa đàm)"
    r"\s+[^,.;:()]*?(?:lần thứ\s+\w+|\([A-Z][^)]*\)|(?=[,.;:(]| với | do | tại ))"
)
OPENING_SENTENCES = 3


def event_date(
    sentences: Sequence[str], *, year: int | None = None, published: date | None = None
) -> date | None:
    """The first written date of the opening sentences; ``year`` fills a missing year, and
    "sáng nay"/"hôm nay" without a date means the day of ``published``."""
    for sentence in sentences[:OPENING_SENTENCES]:
        if published and _TODAY.search(sentence) and not _DATE.search(sentence):
            return published
        for m in _DATE.finditer(sentence):
            day, month, y = int(m.group(1)), int(m.group(2)), m.group(3)
            y = int(y) if y else year
            if y is None:
                continue
            try:
                return date(y, month, day)
            except ValueError:
                continue
    return None


def guess_year(texts: Sequence[str]) -> int | None:
    """The year an opening sentence names ("năm 2020"), for dates written as day/month."""
    for text in texts[:OPENING_SENTENCES]:
        m = _YEAR.search(text)
        if m:
            return int(m.group(1))
    return None


def location(sentences: Sequence[str]) -> str | None:
    """The place after "tại" in the opening sentences, as written."""
    for sentence in sentences[:OPENING_SENTENCES]:
        m = _PLACE.search(sentence)
        if m:
            words = m.group(1).split()
            first = len((m.group("kind") or "").split())
            # A person's name can follow the place ("tại Hàn Quốc Vũ Hồ"): cut at a surname.
            cut = next((i for i, w in enumerate(words) if i > first and w in SURNAMES), len(words))
            place = " ".join(words[:cut])
            if not sentence[m.start(1) :].startswith(("Hội", "Lễ", "Diễn", *DOCUMENT_WORDS)):
                return place
    return None


def events(sentences: Sequence[str]) -> tuple[Bilingual, ...]:
    """Named meetings ("Hội nghị … lần thứ 6"), each once, in order of first mention."""
    seen: dict[str, Bilingual] = {}
    for sentence in sentences:
        for m in _EVENT.finditer(sentence):
            name = m.group().strip()
            if len(name.split()) >= 4:
                seen.setdefault(fold(name), Bilingual(name))
    return tuple(seen.values())
