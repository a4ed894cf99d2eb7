"""Whether a person named in a sentence takes part in what the sentence reports.

News names more people than took part: leaders whose era, letter or word is recalled
("dưới thời Thủ tướng …", "thư chúc mừng của Tổng thống …", "Chủ tịch … từng nói"), the
one a participant stands in for ("Thay mặt Thủ tướng …, Phó Thủ tướng …"), those greeted
through others ("chuyển lời thăm hỏi của … tới …") and those of another time ("… thăm Việt
Nam vào tháng 9/2023", "Năm 2017, …"). Such a mention is the object of a word of
reference before it, the subject of a verb of elsewhere and earlier after it, or in a
clause dated otherwise than the event. People joined by "và" ("Tổng Bí thư X và Tổng
thống Y đã gửi thư") share the cue of their group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from briefgen.extract.complete_sentences import is_question
from briefgen.extract.dates import find_dates
from briefgen.extract.person_verbs import SAYING_VERBS, SPEAKING_AND_JUDGING
from briefgen.extract.word_patterns import any_of

# The honorific between a cue and the title or name ("thay mặt ông …").
_HONORIFIC = r"(?:\s+(?:ông|bà|ngài|Ông|Bà|Ngài|đồng chí|Đồng chí))?"

# Words before a person that make them what is spoken of, not who takes part.
_REFERENCE_BEFORE = re.compile(
    r"(?:"
    # standing in for them, in their era or their government
    r"\bthay mặt|\bdưới thời|(?<!đồng )\bthời(?: kỳ)?|\bnhiệm kỳ(?: của)?|\bchính quyền"
    r"|\b(?:chính phủ|di sản|tư tưởng|di chúc|chỉ đạo|ủy quyền|ủy nhiệm|lời dạy) của"
    r"|\btheo lời|\bcố"
    # the dead a delegation comes to mourn ("sang Việt Nam viếng Chủ tịch nước …", "dự lễ
    # tang Thủ tướng …", "tưởng niệm Chủ tịch …")
    r"|\b(?:viếng|lễ tang|quốc tang|lễ truy điệu|tưởng niệm)(?: của)?"
    # sent on their behalf ("Đặc phái viên của Tổng thống …")
    r"|\b(?:đặc phái viên|đặc sứ|phái viên|đại diện) của"
    # following a leader's word mid-sentence ("…, theo Tổng Bí thư …, là …"); a sentence
    # opened by "Theo …" reports what a participant said, and one goes with the leader
    # ("đi theo Thủ tướng")
    r"|(?<![Đđ]i )(?<!^)(?-i:\btheo)"
    # a message of theirs read out or passed on, or greetings sent to them (an invitation
    # accepted is the host's: "Nhận lời mời của Thủ tướng …" names who receives the guest)
    r"|(?<![Bb]í )\b(?:thư|thông điệp|điện)(?: chúc mừng| mừng| chia buồn| cảm ơn)? của"
    r"|\blời (?:chào|chúc|thăm hỏi|cảm ơn|cám ơn)[^,.;:()]{0,30}? của"
    # (thanks sent to someone go to the host, who is there: "gửi lời cảm ơn tới Bộ trưởng …")
    r"|\b(?:gửi|chuyển)\s+lời\s(?!c[ảá]m ơn)[^.;:()]{0,80}?\b(?:tới|đến|của)"
    # what leaders agreed or did before, which the meeting carries out, or recalled in it
    r"|\b(?:nhận thức chung|thỏa thuận|kết quả (?:chuyến thăm|các chuyến thăm|cuộc gặp))"
    r"[^,.;:()]{0,40}? (?:giữa|của)"
    # (what follows "nhắc lại," is what the speaker recalls: "nhắc lại, năm 2018 Thống
    # đốc … đã dẫn đoàn thăm tỉnh")
    r"|\bnhắc (?:tới|lại|đến)\b,?[^,.;:()]*?|\blần hội ngộ(?: với)?"
    r"|\bnhân chuyến thăm[^,.;:()]*? của"
    # the predecessor in an office ("người kế nhiệm Đại sứ …")
    r"|\bkế nhiệm(?: của)?"
    # … or named in apposition to the office's word ("chuyển lời thăm hỏi của người tiền
    # nhiệm, Đại sứ …, tới …", "người tiền nhiệm của ông, Đại tướng …, đã …")
    r"|\b(?:tiền|kế) nhiệm(?: của (?:ông|bà|ngài|mình))?\s*,"
    # a visit still to come, being prepared or announced ("chuẩn bị cho chuyến thăm của …")
    r"|\bchuẩn bị (?:cho )?(?:chuyến thăm|chuyến công tác|chuyến đi|cuộc gặp|cuộc hội đàm)"
    r"[^,.;:()]{0,40}? của|\bchuyến thăm (?:sắp tới|dự kiến)[^,.;:()]{0,40}? của"
    rf"){_HONORIFIC}\s*$",
    re.IGNORECASE,
)
# Verbs after a person that report what they did elsewhere or before: "… từng nói",
# "… đã gửi thư chúc mừng", "… khi còn là …".
_REFERENCE_AFTER = re.compile(
    r"^[\s,]*(?:(?:cũng|đã|đều)\s+)*"
    r"(?:từng\b|khi còn\b|lúc sinh thời|gửi\s+(?:thư|thông điệp|điện|lẵng hoa|hoa)\b"
    # those who built a relationship, which the present carries on
    r"|(?:dày công\s+)?vun đắp\b"
    # those who stayed away and sent someone in their place ("… vắng mặt và ủy quyền cho
    # Thứ trưởng …", "… không thể tham dự và cử …")
    r"|vắng mặt\b|không\s+(?:thể\s+)?(?:tham dự|dự(?!\s+kiến)|có mặt)\b|ủy quyền\b)",
    re.IGNORECASE,
)
# What stands between two people of one group: "và" or "cùng", and an honorific. (A comma
# may end the clause a cue governs: "Thay mặt Thủ tướng X, Phó Thủ tướng Y …".)
# (a second possessor may take its own "của": "lời thăm hỏi của X và của Đại tướng Y")
_JOINED = re.compile(r"\s*(?:và|cùng(?: với)?)(?:\s+của)?" + _HONORIFIC + r"\s*", re.IGNORECASE)
# … and a comma between the possessors "của" governs ("chuyển lời thăm hỏi của Tổng Bí thư
# X, Thủ tướng Y và …", "với sự tham dự của Bộ trưởng X, Thứ trưởng Y …"): one noun
# phrase lists them, which no comma ends.
_LISTED = re.compile(r"\s*,\s*")
_OF = re.compile(r"\bcủa\s*$")

# A time other than the event's, which the news dates by its day: a year or month alone
# ("vào tháng 9/2023", "hồi năm 2019"), the past ("năm ngoái", "trước đây", "cách đây").
_OTHER_TIME = (
    r"(?:(?:vào|trong|hồi)\s+)?(?:năm|tháng\s+\d{1,2}(?:/|\s+năm\s+))\s*(?:19|20)\d\d\b"
    r"|năm ngoái|năm trước|trước đây|cách đây|những năm qua"
)
# Adverbials that order what happened within the event the article reports ("Trước đó,
# Thủ tướng đã hội kiến …", "Chiều cùng ngày, …", "Sau đó, …", "Tối qua, …"): the same
# visit or meeting, so who they name takes part, unless a year or another time follows
# ("Trước đó, vào năm 2019, …").
_SAME_EVENT = (
    r"(?:trước đó|sau đó|tiếp đó|ngay sau đó|tiếp theo|cùng ngày|hôm qua|hôm nay"
    r"|(?:sáng|trưa|chiều|tối|đêm)\s+(?:cùng ngày|hôm qua|hôm nay|qua|nay))"
)
_SAME_EVENT_OPENING = re.compile(rf"^\W*{_SAME_EVENT}\s*,?\s*", re.IGNORECASE)
# Clauses of another time or of history: founders, visits exchanged over the years.
_PAST_IN_CLAUSE = re.compile(
    r"\b(?:vào|hồi)\s+(?:năm|tháng\s+\d{1,2}(?:/|\s+năm\s+))\s*(?:19|20)\d\d\b"
    # a month dated by its year even without "vào" ("chuyến thăm … của Chủ tịch Quốc hội …
    # tháng 3/2026"), or set in the past by "hồi" without it ("… hồi tháng 1")
    r"|\btháng\s+\d{1,2}/(?:19|20)\d\d\b|\bhồi\s+tháng\s+\d{1,2}\b(?!/)"
    r"|\b(?:năm ngoái|năm trước|trước đây|trước đó|cách đây|những năm qua|tiền bối"
    r"|trong lịch sử|(?:các|những) chuyến thăm|thăm lẫn nhau"
    # founders of a relationship or a state
    r"|dày công|đặt nền móng|sáng lập|gây dựng|khai sinh|dựng nên)\b",
    re.IGNORECASE,
)
# Sentences opened by another time ("Năm 2017, …", "Trước đây, …", "Trước đó, năm 2019, …").
_OTHER_TIME_OPENING = re.compile(
    rf"^\W*(?:{_SAME_EVENT}\s*,?\s*)?(?:{_OTHER_TIME})[^,]{{0,20}},", re.IGNORECASE
)
_CLAUSE_BOUNDARY = re.compile(r"[,;:.!?]")
_PARENTHESES = re.compile(r"\([^()]*\)")
# Verbs of saying, judging and feeling right after a person: what follows is what they
# say or weigh ("Bộ trưởng … cho biết hai bên đã ký … vào năm 2023", "… hoan nghênh các
# chuyến thăm lẫn nhau"), so another time in it is not when the speaker acts.
_JUDGING_AND_FEELING = (
    *SPEAKING_AND_JUDGING,
    "nhắc tới",
    "nhắc đến",
    "khen ngợi",
    "trân trọng",
    "tự hào",
    "nhận thấy",
    "thông tin",
    "cập nhật",
)
_REPORTING_AFTER = re.compile(
    r"^\s*(?:(?:cũng|đã|đều|vừa|luôn|còn|tiếp tục|một lần nữa)\s+)*"
    + any_of(SAYING_VERBS + _JUDGING_AND_FEELING)
    + r"\b",
    re.IGNORECASE,
)


# The month and year a time cue names ("tháng 9/2023", "năm 2019"), if it names one.
_MONTH_YEAR = re.compile(
    r"(?:tháng\s+(\d{1,2})(?:/|\s+năm\s+)\s*)?((?:19|20)\d\d)\b", re.IGNORECASE
)
# A month of this year, just past, named without its year ("tháng 5 vừa qua").
_RECENT_MONTH = re.compile(r"\btháng\s+(\d{1,2})\s+(?:vừa qua|năm nay|trước)\b", re.IGNORECASE)
# An office held at another time ("Bộ trưởng Ngoại giao Myanmar khi đó …", "… lúc bấy giờ").
_THEN = re.compile(
    r"\b(?:khi đó|khi ấy|lúc đó|lúc ấy|lúc bấy giờ|thời điểm đó|thời điểm ấy|hồi đó|hồi ấy"
    r"|tiền nhiệm)\b",
    re.IGNORECASE,
)
_THEN_AFTER = re.compile(rf"^\s*{_THEN.pattern}", re.IGNORECASE)


def _another_time(cue: str, when: date | None) -> bool:
    """Whether a time cue names a time other than the event's ``when``: a year other than
    its year, or a month other than its month ("Tháng 7/2024, Thủ tướng … thăm …" in an
    article about that visit is the event). A cue with no year ("năm ngoái", "trước
    đây") and any cue where the event's date is unknown are other times."""
    found = _MONTH_YEAR.search(cue)
    recent = _RECENT_MONTH.search(cue)
    if when is not None and recent and not found:
        return int(recent.group(1)) != when.month
    if when is None or not found:
        return True
    month = found.group(1)
    return int(found.group(2)) != when.year or (month is not None and int(month) != when.month)


# What is still to come: "sẽ thăm chính thức Singapore từ ngày 16 đến 18/11", "sắp tới".
_TO_COME = re.compile(r"\b(?:sẽ|sắp tới|dự kiến)\b", re.IGNORECASE)
# A time to come named without a day ("vào cuối tháng này", "trong tuần tới", "thời gian
# tới"): after the event reported, whose day the article gives.
_LATER_WITHOUT_DAY = re.compile(
    r"\b(?:(?:cuối|đầu)\s+(?:tuần|tháng|năm)\s+(?:này|nay|tới|sau)"
    r"|(?:tuần|tháng|năm)(?:\s+\d{1,2})?\s+(?:tới|sau)"
    r"|thời gian tới)\b",
    re.IGNORECASE,
)


# A visit's programme, which tells what its guests will do next ("Theo chương trình, Đoàn
# sẽ làm việc với …"): who they will meet has not met them yet.
# (or the frame of the visit, "Trong khuôn khổ chuyến thăm, Đoàn cũng sẽ tới chào …")
_PROGRAMME_OPENING = re.compile(
    r"^\W*(?:Theo (?:chương trình|kế hoạch|lịch trình|dự kiến)"
    r"|Trong (?:khuôn khổ )?(?:chuyến thăm|chương trình chuyến thăm|chương trình thăm))\b",
    re.IGNORECASE,
)


# What a guest is planned to do, said of them as "Theo dự kiến, …" says it of a programme
# ("Bộ trưởng … dự kiến sẽ chào xã giao Tổng Bí thư …", "… dự kiến hội kiến Thủ tướng …").
_PLANNED = re.compile(
    r"\bdự kiến\s+(?:sẽ\b|(?:chào|hội kiến|hội đàm|gặp|thăm|làm việc|tiếp|dự|tham dự)\b)",
    re.IGNORECASE,
)


def _still_to_come(sentence: str, when: date | None) -> bool:
    """Whether a sentence tells of what will be done on a day after the event's ``when``
    (a visit announced at a briefing), and of no day of the event: its people do not take
    part in the event reported. A day to come that is the event's own ("Từ ngày 5 đến 6/1,
    Thủ tướng sẽ thăm …") is no other time."""
    if when is None or not _TO_COME.search(sentence):
        return False
    later = days = False
    for m in find_dates(sentence):
        if m.day is None or m.month is None:
            continue
        # (the year where both give one, else the day and month within the event's year)
        years = (m.year, when.year) if m.year and when.year else (0, 0)
        first, event = (years[0], m.month, m.day), (years[1], when.month, when.day)
        if first <= event <= (years[0], m.month, m.last_day or m.day):
            return False  # the sentence says the event's own day too: its people are there
        later = later or first > event
        days = True
    return later or (
        not days
        and bool(
            _LATER_WITHOUT_DAY.search(sentence)
            or _PROGRAMME_OPENING.match(sentence)
            or _PLANNED.search(sentence)
        )
    )


@dataclass(frozen=True)
class Mention:
    """A titled person in one sentence: the name, the role, and where the mention starts
    (its title, or its name when the role follows) and ends (its name or its role)."""

    name: str
    role: str
    start: int
    end: int


def spoken_of(sentence: str, mentions: Sequence[Mention], when: date | None = None) -> set[str]:
    """Names of the mentions that a cue, their clause's time or the sentence's history
    makes spoken of rather than taking part, and everyone a sentence announcing a visit
    still to come names. A clause runs between punctuation around the mention, so a
    speaker is not the subject of the past they speak of ("Bộ trưởng … cho biết, trong
    những năm qua, …"). ``when``: the event's date, whose own month or year is no other
    time."""
    opening = _OTHER_TIME_OPENING.search(sentence)
    if opening and _another_time(opening.group(), when):
        return {m.name for m in mentions}
    if is_question(sentence) or _still_to_come(sentence, when):
        return {m.name for m in mentions}
    ordered = sorted(mentions, key=lambda m: m.start)
    groups: list[list[Mention]] = []
    for m in ordered:
        last = groups[-1][-1] if groups else None
        gap = sentence[last.end : m.start] if last is not None else ""
        if last is not None and (
            _JOINED.fullmatch(gap)
            or (_LISTED.fullmatch(gap) and _OF.search(sentence, 0, groups[-1][0].start))
        ):
            groups[-1].append(m)
        else:
            groups.append([m])
    names: set[str] = {
        m.name
        for m in mentions
        if _THEN.search(sentence, m.start, m.end) or _THEN_AFTER.match(sentence[m.end :])
    }
    for group in groups:
        start, end = group[0].start, group[-1].end
        lead = _SAME_EVENT_OPENING.match(sentence)
        opening = max(
            (b.end() for b in _CLAUSE_BOUNDARY.finditer(sentence, 0, start)),
            default=lead.end() if lead else 0,
        )
        if _set_at_another_time(sentence, opening, mentions, when):
            names.update(m.name for m in group)
            continue
        closing = _CLAUSE_BOUNDARY.search(sentence, end)
        clause = sentence[opening : closing.start() if closing else len(sentence)]
        if _REPORTING_AFTER.match(sentence[end:]):
            clause = sentence[opening:end]  # the time is what they speak of
        if (
            _REFERENCE_BEFORE.search(sentence[:start])
            or _REFERENCE_AFTER.match(sentence[end:])
            or _reported_earlier(
                sentence[opening:start], sentence[end : opening + len(clause)], when
            )
            or any(_another_time(p.group(), when) for p in _PAST_IN_CLAUSE.finditer(clause))
            or _dated_deed_after(clause[end - opening :], when)
            or bool(_FORTHCOMING.search(clause, end - opening))
            or _earlier_day_after(clause[end - opening :], sentence, when)
        ):
            names.update(m.name for m in group)
    return names


# How long before the event a day must be to date another occasion: an article may print
# the day before ("hôm qua") or the date of the text its event issued ("Chỉ thị số …
# ngày 13/4"), and its event's day may be read from the publication stamp a day later.
_OTHER_OCCASION = timedelta(days=7)


def _earlier_day_after(after: str, sentence: str, when: date | None) -> bool:
    """Whether the clause after a person dates their deed to a full day, its year printed,
    more than a week before the event's ``when`` ("… làm việc với Chủ tịch UBND … tại Đà
    Nẵng ngày 12-6-2027", told of a visit in October): a visit recalled. A sentence that
    also gives a day from a week before the event on ("từ ngày 5/9/2027 đến ngày
    7/9/2027") spans the event."""
    if when is None or when.month is None or when.day is None:
        return False

    # (the year where the event's is known, else the day and month alone, in a leap year)
    def day(m, last: bool = False) -> date | None:
        year = (m.year or when.year) if when.year else 2000
        try:
            return date(year, m.month, (m.last_day or m.day) if last else m.day)
        except ValueError:
            return None

    event = day(when)
    full = [m for m in find_dates(sentence) if m.day is not None and m.month is not None]
    if event is None or any((day(m, last=True) or event) > event - _OTHER_OCCASION for m in full):
        return False
    return any(m.year for m in find_dates(after) if m.day is not None and m.month is not None)


# What a person's own clause, after them, says is forthcoming ("cảm ơn Chủ tịch … nhận lời
# sang dự Lễ kỷ niệm … sắp tới"): they take part in that, not in the event reported. An
# occasion to come opening the sentence ("Nhân dịp Tết sắp tới, Bộ trưởng … thăm …") is
# before them, and no deed of theirs.
_FORTHCOMING = re.compile(r"\bsắp tới\b", re.IGNORECASE)


# A year long past dating what a person did, printed right after them: bare ("chuyến thăm
# … của Thủ tướng X năm 1978") or in a full date ("được Chủ tịch X ký tại … ngày
# 18/7/1977"); not a span ("1976-2026") nor the date an anniversary commemorates.
_DEED_YEAR = re.compile(
    r"\b(?:năm|ngày\s+\d{1,2}/\d{1,2}/)\s*((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)", re.IGNORECASE
)
_COMMEMORATED = re.compile(r"\bkỷ niệm\b", re.IGNORECASE)


def _dated_deed_after(after: str, when: date | None) -> bool:
    """Whether the clause after a person, within a few words, dates their deed to a year
    before the event's ``when`` (a leader recalled in an anniversary's retrospective):
    brackets, which print the span an anniversary counts, are left out."""
    if when is None:
        return False
    near = _PARENTHESES.sub(" ", after)[:60]
    found = _DEED_YEAR.search(near)
    return (
        bool(found)
        and int(found.group(1)) < when.year
        and not _COMMEMORATED.search(near, 0, found.start())
    )


# A sentence's opening adverbial of place or occasion ("Tại cuộc gặp ở Busan hồi tháng
# 11/2025, …", "Trong chuyến công tác Jakarta hồi tháng 1, …"): what its clause tells
# happened there, then.
_FRAME_OPENING = re.compile(r"^\W*(?:Tại|Trong|Ở|Hồi|Vào|Khi|Lúc|Bên lề)\b", re.IGNORECASE)
_FRAME_TIME = re.compile(rf"\b(?:{_OTHER_TIME})", re.IGNORECASE)


# A verb of saying in a person's clause before them, and the past right after their name:
# "Bà cho biết Ngoại trưởng … đã điện đàm …".
_SAID_BEFORE = re.compile(r"\b" + any_of((*SAYING_VERBS, "thông báo")) + r"\b", re.IGNORECASE)
_DONE_AFTER = re.compile(r"^\s*(?:cũng\s+)?đã\b", re.IGNORECASE)


def _reported_earlier(said: str, after: str, when: date | None) -> bool:
    """Whether a person is named in what a speaker reports they did on a day before the
    event's ``when`` ("Bà cho biết Ngoại trưởng … đã điện đàm … hôm 16/6", told at a
    briefing on 19/6): a contact the interview or briefing recounts, not one it holds.
    ``said`` is the person's clause up to them, ``after`` the rest of it from their name:
    a verb of saying in the one, "đã" right after the name and the earlier day in the
    other. The narrator's own earlier day of a visit ("Trước đó, ngày 3/7, Thủ tướng đã
    hội kiến …") is the visit's, and is no report."""
    if when is None or not _SAID_BEFORE.search(said) or not _DONE_AFTER.match(after):
        return False
    event = (when.year, when.month, when.day)
    return any(
        (m.year or when.year, m.month, m.day) < event
        for m in find_dates(after)
        if m.day is not None and m.month is not None
    )


def _set_at_another_time(
    sentence: str, opening: int, mentions: Sequence[Mention], when: date | None
) -> bool:
    """Whether the clause opening at ``opening`` follows an adverbial of its own that sets
    it at another time ("Ông X cho biết, trong chuyến thăm Seoul tháng 5 vừa qua, Bộ
    trưởng …"): an adverbial that names no one, after the sentence's first clause, or
    that first clause itself where it frames the sentence by a place or occasion ("Tại
    Hội nghị … tổ chức năm 2024 ở …, tôi và Phó Tỉnh trưởng … đã ký …"; a sentence opened
    by the time alone is read by :func:`spoken_of`)."""
    if opening == 0:
        return False
    before = [b.end() for b in _CLAUSE_BOUNDARY.finditer(sentence, 0, opening - 1)]
    if not before and not _FRAME_OPENING.match(sentence):
        return False
    segment_start = before[-1] if before else 0
    if any(segment_start <= m.start < opening for m in mentions):
        return False
    segment = sentence[segment_start : opening - 1]
    cues = [*_PAST_IN_CLAUSE.finditer(segment), *_RECENT_MONTH.finditer(segment)]
    if not before:
        # (a frame dates its meeting by a bare year too: "Hội nghị … tổ chức năm 2024")
        cues += _FRAME_TIME.finditer(segment)
    return any(_another_time(c.group(), when) for c in cues if c.group().lower() != "trước đó")


# Inside a speech, who the speaker welcomes or thanks for coming is there ("Tôi xin cảm ơn
# Bộ trưởng … đã tới dự", "nhiệt liệt chào mừng Ngài …", "sự có mặt của …").
_WELCOMED_BEFORE = re.compile(
    r"\b(?:cảm ơn|cám ơn|chào mừng|chào đón|hoan nghênh|sự (?:có mặt|hiện diện|tham dự) của)"
    rf"(?:\s+sự (?:có mặt|hiện diện|tham dự) của)?{_HONORIFIC}\s*$",
    re.IGNORECASE,
)
_COME_AFTER = re.compile(
    r"^[\s,]*(?:đã\s+)?(?:(?:tới|đến|về)\s+)?(?:dự|tham dự|có mặt|hiện diện|tới dự|đến dự)\b",
    re.IGNORECASE,
)


def welcomed(sentence: str, mentions: Sequence[Mention]) -> set[str]:
    """Names of the mentions a speaker welcomes or thanks for being there: in a speech,
    they take part though the speech speaks of others."""
    return {
        m.name
        for m in mentions
        if (_WELCOMED_BEFORE.search(sentence[: m.start]) or _COME_AFTER.match(sentence[m.end :]))
        and not _REFERENCE_AFTER.match(sentence[m.end :])
    }


# A speech's salutation ("Thưa Quốc vương và Quý vị,", "Kính thưa các vị khách quý"): the
# sentences after it are the speech, and people it names are spoken of.
# It stands alone, ending with a comma or colon; a quoted "Thưa …" inside a report does not
# turn what follows into a speech.
_SALUTATION = re.compile(r"^\W*(?:Kính\s+)?thưa\b[^.;?!]{0,200}[,:!]\W*$", re.IGNORECASE)


# A speech printed in full ends with its closing thanks, a sentence of its own ("Xin trân
# trọng cảm ơn!", "Xin cảm ơn quý vị.", "Tôi xin chân thành cảm ơn!"): what follows is the
# reporter's again (a meeting on the sidelines), unlike thanks for something inside the
# speech ("Tôi xin cảm ơn sự hợp tác của …").
_CLOSING = re.compile(
    r"^\W*(?:(?:Tôi|Chúng tôi)\s+)?(?:[Xx]in\s+)?(?:(?:chân thành|trân trọng)\s+)?(?:cảm|cám)\s+ơn"
    r"(?:\s+(?:[Qq]uý vị|các vị|các bạn|Ngài|ngài|[Qq]uý vị đại biểu)(?:\s+đã lắng nghe)?)?\W*$",
    re.IGNORECASE,
)


def spoken(sentences: Sequence[str]) -> list[bool]:
    """For each sentence, whether it is inside a speech and addresses no one: after a
    salutation the speaker talks about the people they name, and only those addressed
    ("Thưa Ngài …") are there, until the speech's closing thanks (_CLOSING)."""
    inside = False
    marks = []
    for sentence in sentences:
        salutation = bool(_SALUTATION.match(sentence))
        inside = inside or salutation
        marks.append(inside and not salutation)
        if inside and _CLOSING.match(sentence):
            inside = False
    return marks
