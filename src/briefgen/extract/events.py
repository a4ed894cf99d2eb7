"""What happened, when and where: the named meetings, the event date and the place.

News leads put the date and place in the first sentence ("Chiều nay 05/8/2022, tại Hà Nội,
Bộ trưởng … chủ trì Hội nghị …"), so they are read from the opening sentences, then the
headline; the date grammar is :mod:`briefgen.extract.dates`, the place grammar
:mod:`briefgen.extract.places`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from briefgen.extract.datelines import Dateline
from briefgen.extract.dates import (
    DateMention,
    anniversary_day,
    find_dates,
    infer_year,
    resolve,
)
from briefgen.extract.places import BUILDING_WORDS, VENUE_HEADS, PlaceMention, find_places
from briefgen.normalize import fold
from briefgen.records import Bilingual, EventDate

_EVENT = re.compile(
    r"\b(?:Hội nghị|Hội thảo|Diễn đàn|Lễ|Phiên họp|Cuộc họp|Hội đàm|Tọa đàm)"
    r"\s+[^,.;:()]*?(?:lần thứ\s+\w+|\([A-Z][^)]*\)|(?=[,.;:(]| với | do | tại ))"
)
OPENING_SENTENCES = 3


def _lead(sentences: Sequence[str], headline: str | None) -> list[str]:
    """Where the main event is dated and placed: the opening sentences, then the headline.
    A copy of the headline at the top of the body is not one of the opening sentences."""
    title = fold(headline or "")
    body = [s for s in sentences if fold(s) != title]
    return [*body[:OPENING_SENTENCES], *([headline] if headline else [])]


def _event_days(texts: Sequence[str]) -> list[tuple[int, DateMention]]:
    """The lead's dates that may be the event's, best first: a single day before or within
    the first span ("từ ngày 2-3/9 … Sáng 3/9": the day of the talks in a visit), then that
    span's first day, then other days. Dates of history, documents and plans are left out,
    as is a day of a year before the anniversary the lead marks ("Nhân kỷ niệm 31 năm …
    (28/7/1995-28/7/2026), … Ba mươi mốt năm trước, ngày 28/7/1995, …"); with no day left,
    the anniversary's own day is the event's."""
    marked = [(i, m) for i, text in enumerate(texts) if (m := anniversary_day(text))]
    found = [
        (i, m)
        for i, text in enumerate(texts)
        for m in find_dates(text)
        if not m.aside
        and (m.is_day or m.is_span)
        and not (marked and m.year is not None and m.year < (marked[0][1].year or 0))
    ]
    if not found:
        return marked[:1]
    spans = [x for x in found if x[1].is_span]
    if not spans:
        return found
    span = spans[0]
    inside = [
        x
        for x in found
        if x[1].is_day
        and (
            (x[0], x[1].start) < (span[0], span[1].start)
            or (x[1].day is not None and span[1].holds(x[1].day, x[1].month or 0))
        )
    ]
    return [*inside, span, *(x for x in found if x not in inside and x is not span)]


def _filed_on(dated: Dateline | None, texts: Sequence[str]) -> EventDate | None:
    """The day a dispatch was filed, its year from the dateline or else the text."""
    if dated is None or dated.day is None:
        return None
    day = dated.day
    if day.year is not None:
        return day
    year = infer_year(day.day, day.month, texts)
    return EventDate(day.day, day.month, year) if year else day


def _dated_on(dated: Dateline | None) -> date | None:
    """The day a dateline gives in full ("Hà Nội, 20/4/2024 (TTXVN) - "): it dates the
    dispatch as a page's stamp does, so it settles the year before the text's evidence."""
    day = dated.day if dated is not None else None
    return day.calendar_date if day is not None else None


def _counted_from(filed: EventDate, mention: DateMention) -> EventDate | None:
    """The day a relative mention means counted from the day of filing: "hôm qua" in a
    dispatch of 12/3 is 11/3, of a year left unsaid where the dateline and the text do not
    give it; a weekday needs the year ("thứ Tư vừa qua")."""
    if filed.calendar_date is not None:
        on = mention.counted_from(filed.calendar_date)
        return EventDate.of(on) if on else None
    if mention.days is None:
        return None
    on = date(2000, filed.month, filed.day) + timedelta(days=mention.days)
    return EventDate(on.day, on.month)


def _main_date(
    sentences: Sequence[str],
    headline: str | None,
    published: date | None,
    year: int | None,
    dated: Dateline | None = None,
) -> tuple[int, DateMention, EventDate | None] | None:
    """The main event's date mention (text index, mention) and the day it means, without
    a year where nothing gives one: another date is another event's, so it is never used
    instead. "sáng nay", "hôm qua" count from the publication date, else from the
    dateline's day ("Viêng Chăn, 12/3 (TTXVN) - "); without either they give way to the
    next. A dateline with its year dates the dispatch as the page's stamp would."""
    texts = _lead(sentences, headline)
    every = [*sentences, *([headline] if headline else [])]
    published = published or _dated_on(dated)
    filed = None if published else _filed_on(dated, every)
    for i, mention in _event_days(texts):
        if mention.relative and published is None:
            counted = _counted_from(filed, mention) if filed is not None else None
            if counted is not None:
                return i, mention, counted
            continue
        if mention.day is not None and mention.month is not None and mention.year is None:
            year = infer_year(
                mention.day,
                mention.month,
                every,
                published=published,
                year=year,
                named_from=every.index(texts[i]) if texts[i] in every else 0,
            )
        return i, mention, resolve(mention, year, published)
    return None


def event_date(
    sentences: Sequence[str],
    *,
    year: int | None = None,
    published: date | None = None,
    headline: str | None = None,
    dated: Dateline | None = None,
) -> EventDate | None:
    """The day the main event began, from the lead's first dated day or span; a missing
    year comes from ``published``, the text (:func:`~briefgen.extract.dates.infer_year`),
    then ``year``, and is left None where none of them gives it ("Ngày 4/7, …" on a page
    without a date is 4 July, year not stated); "sáng nay"/"hôm qua" count from
    ``published``, else from the dateline's day (``dated``)."""
    found = _main_date(sentences, headline, published, year, dated)
    return found[2] if found else None


def location(
    sentences: Sequence[str],
    *,
    headline: str | None = None,
    published: date | None = None,
    dated: Dateline | None = None,
) -> str | None:
    """The main event's place as written: the lead's place nearest its date ("từ ngày 3-7/7,
    chiều 4/7 tại thủ đô Vientiane") that does not frame a visit or a programme ("Tiếp tục
    chương trình công tác tại Hoa Kỳ, chiều 22/9, … tại thành phố New York"), or where it
    only frames one, a place another lead sentence says the meeting was held at ("… đang
    có chuyến thăm tại Việt Nam. Cuộc tiếp diễn ra tại trụ sở Bộ Ngoại giao."); else the
    lead's first place, else the city the dispatch was filed in ("Viêng Chăn, 12/3
    (TTXVN) - "), else the headline's. A sentence on a meeting held online places it only
    where it says it was held ("tổ chức trực tuyến tại hai điểm cầu Hà Nội và …"), not at
    what it discussed ("… thảo luận về tình hình tại Biển Đông")."""
    texts = _lead(sentences, headline)
    places: list[tuple[int, PlaceMention]] = [
        (i, p) for i, text in enumerate(texts) for p in _venues(text)
    ]
    main = _main_date(sentences, headline, published, None, dated)
    if main is not None:
        i, mention, _ = main
        near = [p for j, p in places if j == i]
        if near:
            best = min(near, key=lambda p: (p.framed, abs(p.at - mention.end)))
            held = [p for j, p in places if j != i and _held_at(texts[j], p)]
            return (held[0] if best.framed and held else best).text
    # (not where a sentence recalls a day of an earlier year: "Ba mươi mốt năm trước, ngày
    # 28/7/1995, tại Bandar Seri Begawan, …" in an article marking the anniversary)
    year = main[2].year if main is not None and main[2] is not None else None
    places = [(j, p) for j, p in places if not _recalls_earlier_year(texts[j], year)]
    in_body = [p for j, p in places if not (headline and j == len(texts) - 1)]
    if in_body:
        return in_body[0].text
    if dated is not None and dated.place:
        return dated.place
    if places:
        return places[0][1].text
    return _later_place(sentences)


def _recalls_earlier_year(text: str, year: int | None) -> bool:
    """Whether ``text`` tells of a day of a year before the event's ``year``."""
    return year is not None and any(
        m.is_day and not m.aside and m.year is not None and m.year < year for m in find_dates(text)
    )


def _venues(text: str) -> list[PlaceMention]:
    """The places a sentence could hold the event at: in a sentence on a meeting held only
    online, not a place inside what it discussed ("… thảo luận về tình hình an ninh tại
    Biển Đông"), only one that opens a clause ("Ngày 12/11, tại Hà Nội, Thủ tướng dự …
    trực tuyến"), that a verb of holding or "trực tuyến" places the session at, or a
    venue ("trực tuyến tại trụ sở Bộ Y tế")."""
    places = find_places(text)
    if _ONLINE.search(text) and not _IN_PERSON.search(text):
        return [p for p in places if _joined_from(text, p)]
    return places


def _joined_from(text: str, place: PlaceMention) -> bool:
    """Whether an online meeting's sentence says it was held or joined at ``place``."""
    before = text[: place.at].rstrip()
    return (
        not before
        or before.endswith((",", ";", ":"))
        or before.endswith("trực tuyến")
        or _held_at(text, place)
        or place.text.lower().startswith(VENUE_HEADS)
        or place.text.startswith(BUILDING_WORDS)
    )


def _held_at(text: str, place: PlaceMention) -> bool:
    """Whether a verb of holding places the session just before ("diễn ra tại …")."""
    return bool(_HELD_AT.search(text, max(0, place.at - 40), place.at)) and not place.framed


def _later_place(sentences: Sequence[str]) -> str | None:
    """Where neither the lead nor the headline places the event, the place of a session
    being held further on ("Hội nghị diễn ra tại thủ đô Jakarta"): a place right after a
    verb of holding, not any place the body mentions."""
    for text in sentences[OPENING_SENTENCES:]:
        for place in find_places(text):
            if _held_at(text, place) and not _PLANNED.search(text, 0, place.at):
                return place.text
    return None


# A meeting planned, not held: "dự kiến tổ chức tại Nhật Bản", "sẽ diễn ra tại", or one the
# parties agree to hold ("nhất trí tổ chức Hội nghị lần thứ 6 tại …", "đồng ý tổ chức …").
_PLANNED = re.compile(
    r"\b(?:sẽ|dự kiến|sắp|tiếp theo|lần tới|kế hoạch|đề xuất|đề nghị|nhất trí|thống nhất"
    r"|đồng ý)\b"
)
# A meeting held online ("theo hình thức trực tuyến"), unless in person too ("kết hợp
# trực tiếp và trực tuyến tại Hà Nội", "tại Hà Nội và trực tuyến").
_ONLINE = re.compile(r"\btrực tuyến\b|\bonline\b", re.IGNORECASE)
_IN_PERSON = re.compile(r"\b(?:trực tiếp|kết hợp|và trực tuyến|trực tuyến và)\b", re.IGNORECASE)
# "diễn ra tại", "được tổ chức tại", "khai mạc sáng 5/8 tại": the session's own place.
_HELD_AT = re.compile(r"\b(?:diễn ra|tổ chức|khai mạc|bế mạc|họp)\b[^,;.]{0,25}$")


def events(sentences: Sequence[str]) -> tuple[Bilingual, ...]:
    """Named meetings ("Hội nghị … lần thứ 6"), each once, in order of first mention."""
    seen: dict[str, Bilingual] = {}
    for sentence in sentences:
        for m in _EVENT.finditer(sentence):
            name = m.group().strip()
            if len(name.split()) >= 4:
                seen.setdefault(fold(name), Bilingual(name))
    return tuple(seen.values())
