"""A grammar of the dates Vietnamese news prose writes, and the year a year-less one means.

Leads date the event by day and month only ("Sáng 8/8, tại Hà Nội, …", "Chiều nay (5/8)",
"Từ ngày 29 đến 30/11", "ngày 18 tháng 3 năm 2015"), and the same text also dates history
("thành lập ngày 8/8/1967"), documents ("Quyết định số 1439/QĐ-TTg ngày 29/10/2018") and
plans ("vào tháng 5/2023"). :func:`find_dates` reads every form with where it stands and
what kind of mention it is; :func:`infer_year` says which year a day-and-month means, from
the publication date or, failing that, from evidence in the text that is not history,
a plan or a period.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from briefgen.extract.document_years import not_the_events_year
from briefgen.records import EventDate

_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_YEAR = r"(?:19|20)\d{2}"
# A day and month with an optional year, or a span of days within a month: "18/3",
# "05/8/2022", "26.10", "18-3-2015", "16-18/3/2015", "29 đến 30/11", "5 và 6/8"; the year may
# follow in words ("5/3 năm 2026", "5-6/3 năm 2026"). A dash or dot needs the year or a cue
# word before it (checked in code): "3-7" or "2.5" alone is a number.
_NUMERIC = re.compile(
    rf"(?<![\d/.,])(?:(?P<first>{_DAY})\s*(?:[-–]|\s(?:đến|tới|và)\s+(?:hết\s+)?(?:ngày\s+)?)\s*)?"
    rf"(?P<d>{_DAY})(?P<sep>[/.-])(?P<m>{_MONTH})"
    rf"(?:(?P=sep)(?P<y>{_YEAR})|\s+năm\s+(?P<y2>{_YEAR})\b)?(?![\d/]|\.\d)",
    re.IGNORECASE,
)
# "ngày 18 tháng 3", "ngày 18 tháng 3 năm 2015", "ngày 18 tháng 3, 2015", and a span of
# days in words: "ngày 29 và 30 tháng 11", "các ngày 16-18 tháng 3".
_WORDS = re.compile(
    rf"(?<=ngày )(?:(?P<first>{_DAY})\s*(?:[-–]|\s(?:đến|tới|và)\s+(?:ngày\s+)?)\s*)?"
    rf"(?P<d>{_DAY})\s+tháng\s+(?P<m>{_MONTH})(?:\s*(?:năm|,)\s*(?P<y>{_YEAR}))?\b",
    re.IGNORECASE,
)
# Month only: "tháng 3/2015", "tháng 12 năm 2022", "tháng 3".
_MONTH_ONLY = re.compile(
    rf"(?<![\d/])\btháng\s+(?P<m>{_MONTH})(?:\s*/\s*(?P<y>{_YEAR})|\s+năm\s+(?P<y2>{_YEAR}))?\b"
    rf"(?![/.]\d)",
    re.IGNORECASE,
)
# Today, yesterday and tomorrow, as the prose says them ("sáng nay", "hôm qua", "tối mai").
_RELATIVE = re.compile(
    r"\b(?:(?:sáng|chiều|tối|trưa|đêm|hôm|ngày)\s+(?P<rel>nay|qua|mai)|hôm\s+(?P<kia>kia))\b",
    re.IGNORECASE,
)
_RELATIVE_DAYS = {"nay": 0, "qua": -1, "mai": 1, "kia": -2}
# A weekday with no date, as a report of the last few days says it: "Hôm thứ Tư, …",
# "Thứ Năm tuần trước, …", "Chủ nhật vừa qua", "chiều thứ 3 vừa qua", "vào thứ Sáu". An
# ordinal ("Kỳ họp thứ năm", "lần thứ ba") and an enumeration ("Thứ hai, ASEAN cần …")
# are no weekday: the day must follow a part of the day, "hôm" or "vào", or open a
# clause with its week ("Thứ Năm tuần trước", "thứ Ba vừa qua"); "Chủ nhật" is never a
# count, so it may open a clause alone.
_WEEKDAY_NAME = r"(?:thứ\s+(?P<n>hai|ba|tư|năm|sáu|bảy|[2-7])|(?P<sun>chủ\s+nhật))"
_WEEK_WORDS = r"tuần\s+(?:này|trước|qua|rồi|tới|sau)|vừa\s+(?:qua|rồi)|tới|này"
_NO_DATE_AFTER = r"(?![\w/])(?!\s*[,(]?\s*(?:ngày\s*)?\d)"
_WEEKDAY_ALONE = re.compile(
    r"(?:(?i:\b(?:rạng\s+sáng|sáng|chiều|tối|trưa|đêm|hôm|vào)\s+"
    + _WEEKDAY_NAME
    + rf"(?:\s+(?P<week>{_WEEK_WORDS}))?)"
    + r"|(?:^|(?<=[,;:.(])\s*)(?i:thứ\s+(?P<cap>hai|ba|tư|năm|sáu|bảy|[2-7])"
    + rf"\s+(?P<week2>{_WEEK_WORDS}))"
    + r"|(?:^|(?<=[,;:.(])\s*)(?P<sun2>Chủ\s+nhật)"
    + rf"(?i:\s+(?P<week3>{_WEEK_WORDS}))?)"
    + _NO_DATE_AFTER
)
_WEEKDAY_DIGITS = {"2": 0, "3": 1, "4": 2, "5": 3, "6": 4, "7": 5}
# A year written as a year: "năm 2012", "Năm 2021," (not "Tầm nhìn 2025" or "2021-2025").
_YEAR_WORD = re.compile(rf"\bnăm\s+(?P<y>{_YEAR})\b(?!\s*[-–]\s*\d)", re.IGNORECASE)
# A part of the day, a weekday or "ngày" just before a date: it is a day of an event
# ("sáng 5/8", "thứ Hai (5/8)", "chiều nay (5/8)", "ngày 18/3", "từ 29/11"), "mùng" or
# "mồng" before a day of the first ten ("ngày mùng 2/9").
_CUE = re.compile(
    r"(?:\b(?:rạng sáng|sáng|chiều|tối|trưa|đêm|hôm|ngày|từ|đến|thứ\s+(?:hai|ba|tư|năm|sáu|"
    r"bảy)|chủ nhật)(?:\s+(?:nay|qua|mai))?)\s*[,(]?\s*(?:ngày\s*)?(?:mùng\s*|mồng\s*)?$",
    re.IGNORECASE,
)
# The weekday a date is said to fall on, just before it: "Thứ Năm (4/7)", "sáng thứ Ba,
# 5/8", "Chủ nhật 7/7"; not an ordinal ("Kỳ họp thứ năm, ngày 5/8"), so only at the start
# of a clause or after a part of the day.
_WEEKDAY = re.compile(
    r"(?:^|[,;:.(]\s*|\b(?:sáng|chiều|tối|trưa|đêm)\s+)"
    r"(?:thứ\s+(?P<n>hai|ba|tư|năm|sáu|bảy)|(?P<sun>chủ nhật))\s*[,(]?\s*(?:ngày\s*)?$",
    re.IGNORECASE,
)
_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}
# What a clause says before a date that makes it not the day of the event reported:
# history, a document's date; a plan, a target, a period or another year ("vào năm 2022,
# … đã tổ chức" is history too).
_HISTORY = re.compile(
    r"\b(?:thành lập|thiết lập|ra đời|kể từ|từ năm|trước đây|ban hành|ký ngày|thông qua ngày|"
    r"năm xưa|lịch sử)\b",
    re.IGNORECASE,
)
_PLAN = re.compile(
    r"\b(?:sẽ|dự kiến|sắp|kế hoạch|hướng tới|đến năm|tới năm|sau năm|trước năm|vào năm|"
    r"giai đoạn|lộ trình|mục tiêu|trước ngày|chậm nhất|muộn nhất|hạn chót|thời hạn|hết hạn)\b",
    re.IGNORECASE,
)
# Two dated days in brackets bound a period, an anniversary's ("(8/8/1967 - 8/8/2024)") or
# a term's, and neither is the day of the event reported.
_PERIOD = re.compile(
    rf"\(\s*(?:{_DAY}[/.-]{_MONTH}[/.-])?{_YEAR}\s*[-–]\s*(?:{_DAY}[/.-]{_MONTH}[/.-])?{_YEAR}\s*\)"
)
# A verb of meeting just before a bare date: "khai mạc 8/8", "diễn ra 23/5 tại …".
_MEETING_BEFORE = re.compile(
    r"\b(?:diễn ra|khai mạc|bế mạc|tổ chức|hội đàm|hội kiến|họp|tiếp|ký kết)\s+$", re.IGNORECASE
)
_DOCUMENT_DATE = re.compile(r"(?:\d+/[\w/-]+|\bsố\s+\d+)\s+(?:ngày\s+)?$", re.IGNORECASE)
# "ngày 29/10/2018 của Thủ tướng" (a document's), "ngày 8/8 hằng năm", "ngày 5/8 tới".
_AFTER_NOT_EVENT = re.compile(
    r"^\s*(?:của\b|hằng năm|hàng năm|hiệu lực|tới\b|sắp tới)", re.IGNORECASE
)
_ANNIVERSARY = re.compile(r"\bkỷ niệm\s+(?P<n>\d{1,3})\s+năm\b", re.IGNORECASE)
_ANY_YEAR = re.compile(rf"(?<!\d)(?P<y>{_YEAR})(?!\d)")
# "từ ngày 1/7, …" with no end is since when something holds, not an event's day.
_SINCE = re.compile(r"\b[tT]ừ\s+(?:ngày\s+)?$")
_UNTIL = re.compile(r"\s*(?:[-–]|đến\b|tới\b)")
# A report may be dated a little before the event it announces ("sáng mai" is apart).
_REPORTING_LAG = timedelta(days=7)
# A dated day this close to a year-less one is of the same weeks, so of the same year;
# a month or more away it may be a meeting recalled from any year.
_NEAR = timedelta(days=14)
_CLAUSE_END = re.compile(r"[,;:.!?]\s")


@dataclass(frozen=True)
class DateMention:
    """One written date. ``day`` is None for a month alone ("tháng 3/2015"); ``last_day``
    is the end of a span within the month ("16-18/3"); ``days`` is set for "hôm nay",
    "hôm qua" (0, -1) instead of a day and month."""

    start: int
    end: int
    month: int | None
    day: int | None = None
    year: int | None = None
    last_day: int | None = None
    days: int | None = None
    cued: bool = False
    aside: bool = False
    weekday: int | None = None
    """The weekday the text says the day falls on (Monday 0), as :meth:`date.weekday`."""
    week: int | None = None
    """For a weekday said with no date: 0 for the latest such day up to the publication
    ("Hôm thứ Tư", "Chủ nhật vừa qua"), -1 for that day in the week before ("Thứ Năm
    tuần trước")."""

    @property
    def is_day(self) -> bool:
        """A single day (not a span, not a month alone)."""
        return (self.day is not None and self.last_day is None) or self.relative

    @property
    def relative(self) -> bool:
        """Whether the day is said from the day of writing ("hôm qua", "thứ Tư vừa qua")
        and needs that day to be known."""
        return self.days is not None or self.week is not None

    def counted_from(self, written: date) -> date | None:
        """The day a relative mention means in a report written on ``written``."""
        if self.days is not None:
            return written + timedelta(days=self.days)
        if self.week is None or self.weekday is None:
            return None
        if self.week < 0:
            monday = written - timedelta(days=written.weekday(), weeks=1)
            return monday + timedelta(days=self.weekday)
        return written - timedelta(days=(written.weekday() - self.weekday) % 7)

    @property
    def is_span(self) -> bool:
        return self.last_day is not None

    def on(self, year: int) -> date | None:
        """The first day this mention names, in ``year``; None where it is no date."""
        if self.day is None or self.month is None:
            return None
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None

    def holds(self, day: int, month: int) -> bool:
        """Whether this mention's day or span covers ``day``/``month``."""
        if self.month != month or self.day is None:
            return False
        return self.day <= day <= (self.last_day or self.day)


def _clause(text: str, start: int, end: int) -> str:
    """The clause around a mention: back to the last comma or stop, on to the next."""
    before = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    after = _CLAUSE_END.search(text, end)
    return text[before : after.start() if after else len(text)]


def _aside(text: str, start: int, end: int, span: bool = False) -> bool:
    """Whether what leads up to a date in its clause makes it history, a document's date
    or a plan ("thành lập ngày 8/8/1967", "số 1439/QĐ-TTg ngày …", "dự kiến vào tháng 5"),
    or what follows makes it a document's or a yearly date ("… của Thủ tướng", "hằng năm");
    "từ ngày 1/7" with no end says since when.
    Only the words before count: "Ngày 5/8, … triển khai kế hoạch" is the event's day."""
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    lead_up = text[clause_start:end]
    since = not span and _SINCE.search(text, 0, start) and not _UNTIL.match(text, end)
    return bool(
        since
        or any(p.start() <= start and end <= p.end() for p in _PERIOD.finditer(text))
        or _HISTORY.search(lead_up)
        or _PLAN.search(lead_up)
        or _DOCUMENT_DATE.search(text[max(0, start - 30) : start])
        or _AFTER_NOT_EVENT.match(text[end:])
    )


def find_dates(text: str) -> list[DateMention]:
    """Every date in ``text`` in reading order, each with its kind and context."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(mention: DateMention) -> None:
        taken.append((mention.start, mention.end))
        found.append(mention)

    for m in _WORDS.finditer(text):
        add(_mention(text, m.start(), m.end(), m["d"], m["m"], m["y"], m["first"]))
    for m in _NUMERIC.finditer(text):
        if not free(m.start(), m.end()):
            continue
        cue = _CUE.search(text[max(0, m.start() - 30) : m.start()])
        # "sáng 26.10", "ngày 5-8" (as some papers write 5/8); not "từ 5-8" (a count).
        day_cue = cue is not None and not re.match(r"(?i)từ|đến", cue.group())
        # (a year in words after "5.2" needs a cue too: "tăng 5.2 năm 2024" is a figure)
        year = m.group("y") or (m.group("y2") if m.group("sep") == "/" or day_cue else None)
        if m.group("sep") != "/" and not (year or (day_cue and not m.group("first"))):
            continue
        mention = _mention(
            text, m.start(), m.end(), m.group("d"), m.group("m"), year, m.group("first")
        )
        said = mention.cued or mention.year or mention.is_span
        if mention.month is not None and (
            said or _MEETING_BEFORE.search(text, max(0, m.start() - 20), m.start())
        ):
            add(mention)
    for m in _MONTH_ONLY.finditer(text):
        if free(m.start(), m.end()):
            year = m.group("y") or m.group("y2")
            add(
                DateMention(
                    m.start(),
                    m.end(),
                    int(m.group("m")),
                    year=int(year) if year else None,
                    aside=_aside(text, m.start(), m.end()),
                )
            )
    for m in _RELATIVE.finditer(text):
        # "chiều nay (5/8)": the written date says the day; the word only confirms it.
        if free(m.start(), m.end()) and not re.match(r"\s*[,(]?\s*(?:ngày\s*)?\d", text[m.end() :]):
            add(
                DateMention(
                    m.start(),
                    m.end(),
                    None,
                    days=_RELATIVE_DAYS[(m.group("rel") or m.group("kia")).lower()],
                    cued=True,
                    aside=_aside(text, m.start(), m.end()),
                )
            )
    for m in _WEEKDAY_ALONE.finditer(text):
        if free(m.start(), m.end()):
            add(_weekday_alone(text, m))
    return sorted(found, key=lambda x: x.start)


def _weekday_alone(text: str, m: re.Match[str]) -> DateMention:
    """A weekday said with no date; one to come ("thứ Hai tới", "thứ Sáu tuần sau") is a
    plan, not the day of an event reported."""
    name = (m["n"] or m["cap"] or "").lower()
    weekday = 6 if (m["sun"] or m["sun2"]) else _WEEKDAY_DIGITS.get(name, _WEEKDAYS.get(name))
    week = (m["week"] or m["week2"] or m["week3"] or "").lower().split()
    later = bool(week) and week[-1] in ("tới", "sau")
    earlier = len(week) == 2 and week[0] == "tuần" and week[1] in ("trước", "qua", "rồi")
    return DateMention(
        m.start(),
        m.end(),
        None,
        cued=True,
        aside=later or _aside(text, m.start(), m.end()),
        weekday=weekday,
        week=-1 if earlier else 0,
    )


def _mention(
    text: str,
    start: int,
    end: int,
    day: str,
    month: str,
    year: str | None,
    first: str | None = None,
) -> DateMention:
    d, m = int(day), int(month)
    span_first = int(first) if first is not None else None
    before = text[max(0, start - 30) : start]
    cue = _CUE.search(before)
    if span_first is not None and span_first >= d:
        span_first = None
    try:
        date(int(year) if year else 2000, m, d)
    except ValueError:
        return DateMention(start, end, None)
    said = _WEEKDAY.search(text, max(0, start - 30), start)
    return DateMention(
        start,
        end,
        m,
        day=span_first if span_first is not None else d,
        year=int(year) if year else None,
        last_day=d if span_first is not None else None,
        cued=bool(cue),
        aside=_aside(text, start, end, span=span_first is not None),
        weekday=(6 if said["sun"] else _WEEKDAYS[said["n"].lower()]) if said else None,
    )


def anniversary_year(text: str) -> int | None:
    """The year "kỷ niệm 58 năm … (8/8/1967 - 8/8/2025)" falls in: the later of two years
    the anniversary's count apart, or the one founding year plus the count. A year said
    as "trong năm 2020" is the celebration's own, and a planned anniversary says nothing."""
    m = _ANNIVERSARY.search(text)
    if not m or _PLAN.search(_clause(text, m.start(), m.end())):
        return None
    n = int(m.group("n"))
    years = sorted(
        {
            int(y.group("y"))
            for y in _ANY_YEAR.finditer(text, m.end())
            if not _CELEBRATION.search(text, max(0, y.start() - 12), y.start())
        }
    )
    later = [y for y in years if y - n in years]
    if later:
        return later[0]
    return years[0] + n if len(years) == 1 else None


# The dated ends of an anniversary's period: "(8/8/1967 - 8/8/2026)".
_DATED_PERIOD = re.compile(
    rf"\(\s*(?P<d1>{_DAY})[/.-](?P<m1>{_MONTH})[/.-](?P<y1>{_YEAR})\s*[-–]\s*"
    rf"(?P<d2>{_DAY})[/.-](?P<m2>{_MONTH})[/.-](?P<y2>{_YEAR})\s*\)"
)


def anniversary_day(text: str) -> DateMention | None:
    """The day an anniversary falls on, where its period is dated at both ends ("kỷ niệm
    59 năm Ngày thành lập ASEAN (8/8/1967 - 8/8/2026)"): the period's end, the same day and
    month as its start, the count of years later. A message or an article marking the
    anniversary may give no other day."""
    m = _ANNIVERSARY.search(text)
    if not m or _PLAN.search(_clause(text, m.start(), m.end())):
        return None
    for p in _DATED_PERIOD.finditer(text, m.end()):
        d1, m1, y1, d2, m2, y2 = (int(p.group(k)) for k in ("d1", "m1", "y1", "d2", "m2", "y2"))
        if (d1, m1) == (d2, m2) and y2 - y1 == int(m.group("n")):
            return DateMention(p.start(), p.end(), m2, day=d2, year=y2)
    return None


# "trong năm 2020", "vào năm 2020": the year a thing happens in, not a founding year.
_CELEBRATION = re.compile(r"\b(?:trong|vào|đến|tới|sau)\s+năm\s+$", re.IGNORECASE)


def infer_year(
    day: int,
    month: int,
    texts: Sequence[str],
    *,
    published: date | None = None,
    year: int | None = None,
    named_from: int = 0,
) -> int | None:
    """The year a day-and-month date of the reported event means.

    The publication date, where known, decides: its year, or the year before where the
    date would fall more than a few days after it (news reports what has happened: a
    "28/12" published on 5 January is last December). Otherwise the text's own evidence,
    never history, a document's date, a plan or a period: the year an anniversary falls in
    ("kỷ niệm 58 năm … 1967"); a dated mention of the same day and month, or a span or
    month that holds it ("16-18/3/2015", "tháng 3/2015"); a dated day within two weeks of
    it ("ngày 2/7/2018" for "4/7"); then the one year the prose names most ("năm 2012"),
    leaving out sentences of figures, which report a past year ("Năm 2022, thương mại hai
    chiều đạt 10 tỷ USD"), and the years that name a plan or a law ("Chương trình công
    tác năm 2025", "Luật Đầu tư năm 2020") or open a sentence of plans ("Năm 2026, Việt
    Nam sẽ đảm nhận …"), and sentences before ``texts[named_from]``,
    the event's own: what a lead says before its event is background ("Dự án … được
    khởi công năm 2019. Chiều 5/3, …"). ``year`` is the caller's fallback.
    """
    if published is not None:
        try:
            this_year = date(published.year, month, day)
        except ValueError:  # 29 February
            return published.year
        return published.year - (this_year > published + _REPORTING_LAG)
    for text in texts:
        found = anniversary_year(text)
        if found:
            return found
    mentions = [m for t in texts for m in find_dates(t) if m.year and not m.aside]
    for same in (
        lambda m: m.day == day and m.month == month,
        lambda m: m.holds(day, month),
        lambda m: m.day is None and m.month == month,
    ):
        years = Counter(m.year for m in mentions if same(m))
        if years:
            return _most(years)
    near = Counter(y for m in mentions if (y := _year_near(day, month, m)) is not None)
    if near:
        return _most(near)
    named = Counter(
        int(m.group("y"))
        for t in texts[named_from:]
        if not _FIGURES.search(t)
        for m in _YEAR_WORD.finditer(t)
        if not _aside(t, m.start(), m.end())
        and not _DATED.search(t, max(0, m.start() - 12))
        and not not_the_events_year(t, m.start())
        and not (m.start() == _topic_year_at(t) and _FUTURE.search(t))
    )
    return _most(named) if named else year


# A sentence that opens with its year as its topic ("Năm 2025, …", "Trong năm 2025 …") and
# says what will be done then ("… sẽ đảm nhận …") names a year of plans.
_TOPIC_YEAR = re.compile(rf"^\s*(?:(?:trong|sang|đến|tới)\s+)?(?=năm\s+{_YEAR}\b)", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:sẽ|dự kiến|sắp)\b", re.IGNORECASE)


def _topic_year_at(text: str) -> int:
    """Where a year that opens ``text`` as its topic starts; -1 where none does."""
    m = _TOPIC_YEAR.match(text)
    return m.end() if m else -1


def _year_near(day: int, month: int, mention: DateMention) -> int | None:
    """The year that puts ``day``/``month`` within :data:`_NEAR` of a dated day (the day
    before a conference, the next step of a visit): "ngày 2/7/2018" dates "4/7" in 2018,
    and "ngày 2/1/2024" dates "28/12" in 2023. None where it is further away."""
    dated = mention.on(mention.year) if mention.year else None
    if dated is None:
        return None
    for year in (dated.year, dated.year - 1, dated.year + 1):
        try:
            if abs(date(year, month, day) - dated) <= _NEAR:
                return year
        except ValueError:  # 29 February
            continue
    return None


# Statistics: a number of percent, money or people.
_FIGURES = re.compile(
    r"\d\s*(?:%|phần trăm|tỷ|triệu|nghìn|ngàn|USD|đô la|euro|EUR|lượt)", re.IGNORECASE
)
# "tháng 12 năm 2022": the year of another month's date, already read as a mention.
_DATED = re.compile(r"\b(?:tháng\s+\d{1,2}|\d{1,2}/\d{1,2})\s+năm\s+\d{4}", re.IGNORECASE)


def _most(years: Counter) -> int | None:
    """The most frequent year; None where two tie, since then the text does not say."""
    (top, n), *rest = years.most_common()
    return None if rest and rest[0][1] == n else top


def resolve(mention: DateMention, year: int | None, published: date | None) -> EventDate | None:
    """The day a mention names, ``year`` filling a missing year: a day and month whose
    year nothing gives stays without one ("4/7" alone is 4 July of an unstated year), as
    does one whose weekday the year contradicts; "hôm qua" and "thứ Tư vừa qua" need
    ``published``. None where the mention names no single day."""
    if mention.relative:
        on = mention.counted_from(published) if published else None
        return EventDate.of(on) if on else None
    if mention.day is None or mention.month is None:
        return None
    try:
        found = EventDate(mention.day, mention.month, mention.year or year)
    except ValueError:  # 29/2 in a year that has none: the inferred year is wrong
        return EventDate(mention.day, mention.month)
    day = found.calendar_date
    if mention.year is None and day and mention.weekday not in (None, day.weekday()):
        return EventDate(mention.day, mention.month)  # "Thứ Năm (4/7)" is no Friday
    return found
