"""Dates and counters on a news page: the banner's date, "Ngày đăng: …", "Cập nhật …".

The reader takes the article's publication date from them and keeps them out of the body.
"""

from __future__ import annotations

import re
from datetime import date

from briefgen.ingest.line_shapes import words

DATE = re.compile(
    r"\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b"
    r"|\b(?P<year>(?:19|20)\d\d)-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"  # ISO: 2018-11-30
    # in words, as a date banner writes it: "ngày 05 tháng 8 năm 2024"
    r"|\b(?P<wday>\d{1,2})\s+tháng\s+(?P<wmonth>\d{1,2})\s+năm\s+(?P<wyear>(?:19|20)\d\d)\b"
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_META_WORDS = re.compile(r"ngày đăng|cập nhật|đăng lúc|lượt xem|lượt đọc|\bGMT\b", re.IGNORECASE)


def is_meta(text: str) -> bool:
    """A short line carrying a date, time or counter rather than prose ("Ngày đăng: …")."""
    if words(text) > 12:
        return False
    return bool(DATE.search(text) or (_TIME.search(text) and _META_WORDS.search(text)))


def is_timestamp(text: str) -> bool:
    """A meta line that dates the article itself: with a time or a label ("Cập nhật"), not
    a bare "Hà Nội, Ngày 11/08/2022" banner showing today's date."""
    return is_meta(text) and bool(_TIME.search(text) or _META_WORDS.search(text))


def find_date(text: str) -> date | None:
    """The first day/month/year date in ``text``, or None."""
    for m in DATE.finditer(text):
        if m.group("year"):
            day, month, year = (int(m.group(k)) for k in ("day", "month", "year"))
        elif m.group("wyear"):
            day, month, year = (int(m.group(k)) for k in ("wday", "wmonth", "wyear"))
        else:
            day, month, year = (int(g) for g in m.groups()[:3])
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None
