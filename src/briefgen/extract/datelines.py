"""The dateline an agency's dispatch opens with: where it was filed, and on which day.

"Viêng Chăn, 12/3 (TTXVN) - Hội nghị … khai mạc sáng nay", "HÀ NỘI - Ngày 14/9, …": the
reader takes the tag off the lead (it is neither title nor sentence), but it still says
where the reporter was and which day "sáng nay" or "hôm qua" counts from. An outlet's tag
("Tin tức (TTXVN) - ", "VOV.VN - ", "Dân trí - ") names no place: a dateline's place is
followed by its date, written in capitals, or a place the gazetteer knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.extract.gazetteer import KNOWN_PLACES
from briefgen.extract.geography import NATIONS
from briefgen.extract.word_patterns import UPPER
from briefgen.records import Document, EventDate

_DATELINE = re.compile(
    rf"^\s*(?P<place>[{UPPER}][^\W\d_]*(?:[\s-][{UPPER}][^\W\d_]*){{0,4}})"
    r"(?:\s*,\s*(?:ngày\s*)?(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?)?"
    r"\s*(?:\([^()]{2,30}\))?\s*[-–—:]\s*$"
)
_KNOWN = frozenset(p.casefold() for p in (*KNOWN_PLACES, *NATIONS))


@dataclass(frozen=True)
class Dateline:
    """Where and when a dispatch was filed; ``day`` has its year only where written."""

    place: str | None
    day: EventDate | None


def dateline(tag: str) -> Dateline | None:
    """The place and day of a lead's tag ("Viêng Chăn, 12/3 (TTXVN) - "), or None where
    the tag is no dateline."""
    m = _DATELINE.match(tag)
    if not m:
        return None
    place = m["place"]
    day = None
    if m["d"]:
        try:
            day = EventDate(int(m["d"]), int(m["m"]), int(m["y"]) if m["y"] else None)
        except ValueError:
            day = None
    capitals = len(place.split()) > 1 and place.isupper()
    if not (day or capitals or place.casefold() in _KNOWN):
        place = None
    return Dateline(place, day) if place or day else None


def dateline_of(document: Document) -> Dateline | None:
    """The dateline of a document's lead: what its first body block says before its first
    sentence, which the reader took off as the source's tag."""
    body = document.body
    if not body or not body[0].sentences:
        return None
    text, first = body[0].text, body[0].sentences[0]
    at = text.find(first)
    return dateline(text[:at]) if at > 0 else None
