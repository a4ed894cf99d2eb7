"""A grammar of the place after "tại": where an event was held, as the prose writes it.

Vietnamese capitalises the first syllable of each word of a proper name, so a name runs
over lower-case syllables ("Phủ Chủ tịch", "Phủ Tổng thống Myanmar", "Trung tâm Hội nghị
Quốc gia"). A place may start with a common noun ("thủ đô Vientiane", "trụ sở Bộ",
"tòa nhà Chính phủ ở Seoul") and end with its country ("Bali, Indonesia"). "tại" also
says where a person or an office is based ("Đại sứ Việt Nam tại Hàn Quốc", "phóng viên
TTXVN tại Lào", "Ban Thư ký ASEAN tại Indonesia"): a name just before "tại" makes what
follows part of that name, not the event's place, unless it names a meeting or the place
is a building.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.data.family_names import FAMILY_NAMES
from briefgen.extract.compound_words import joins
from briefgen.extract.document_words import DOCUMENT_WORDS
from briefgen.extract.gazetteer import KNOWN_PLACES
from briefgen.extract.geography import COUNTRIES, NATIONS, PLACES
from briefgen.extract.role_titles import TITLE_RE
from briefgen.extract.word_patterns import LOWER, UPPER

# Common nouns a place may start with: a city or region, or a building (a venue).
REGION_HEADS = (
    "thủ đô",
    "thủ phủ",
    "thành phố",
    "TP.",
    "TP",
    "tỉnh",
    "bang",
    "quận",
    "huyện",
    "thị xã",
    # the commune, ward or township below a province, where works across a border are
    # built and border provinces meet ("tại xã Vĩnh Xương, tỉnh An Giang")
    "thị trấn",
    "xã",
    "phường",
    "đặc khu",
    "đảo",
    "vùng",
)
VENUE_HEADS = (
    "trụ sở",
    "tòa nhà",
    "toà nhà",
    "nhà khách",
    "khách sạn",
    "trung tâm",
    "hội trường",
    "cung",
    "dinh",
    "phòng",
    "sân bay",
    "khu",
)
# Words that begin a meeting's or a document's name: "tại Hội nghị" says at which meeting.
EVENT_WORDS = (
    "Hội nghị",
    "Hội thảo",
    "Hội đàm",
    "Hội kiến",
    "Hội chợ",
    "Đại hội",
    "Diễn đàn",
    "Lễ",
    "Cuộc",
    "Phiên",
    "Kỳ họp",
    "Khóa họp",
    "Tọa đàm",
    "Buổi",
    "Sự kiện",
    "Triển lãm",
    "Cấp cao",
    "Tuần",
)
# Lower-case words that end a name: they join it to the rest of the sentence.
_FUNCTION_WORDS = """và với của cùng do cho để trong là có đã sẽ được khi từ đến tới vào nhằm
trước sau theo về nhân dịp giữa gặp tiếp ngày sáng chiều tối trưa hôm nay qua thì mà nhưng hay
hoặc như nơi lúc này đó ở tại bởi vì nên còn cũng đang vừa rằng là"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())
_HEAD = re.compile(
    r"(?P<head>"
    + "|".join(
        f"[{h[0]}{h[0].upper()}]{re.escape(h[1:])}"
        for h in sorted((*REGION_HEADS, *VENUE_HEADS), key=len, reverse=True)
    )
    + r")(?:\s+|(?<=\.))(?=["
    + UPPER
    + r"])"
)
_TOKEN = re.compile(r"[^\s,;:.!?()\"“”]+|[,;:.!?()\"“”]")
_CAPITAL = re.compile(rf"[{UPPER}]")
# Initials with their stops, part of a name ("D.C.", "U.S."); not a word's last letter.
_INITIALS = re.compile(rf"(?:[{UPPER}]\.){{2,}}")
# "tại", or "ở" just after a verb of meeting ("diễn ra ở Hà Nội"; "ở" alone is too common).
MEETING_VERBS = (
    "diễn ra",
    "tổ chức",
    "khai mạc",
    "bế mạc",
    "họp",
    "hội đàm",
    "hội kiến",
    "gặp",
    "gặp gỡ",
    "tiếp",
    "ký kết",
    "có mặt",
)
_AT = re.compile(r"(?<!\w)(?:[tT]ại|ở|(?<=đã )(?:đến|tới)|(?<=vừa )(?:đến|tới))\s+")
# "ở" is too common to say where alone ("tình hình ở Biển Đông"): it places an event after
# a verb of meeting ("diễn ra ở Hà Nội"), a date or a part of the day ("khai mạc sáng 4.4
# ở thủ đô Viêng Chăn", "chiều nay ở Hà Nội"), also across the comma that closes it
# ("Chiều 15-7, ở Hà Nội, …"); never at the start of a sentence ("Ở Việt Nam, tỷ lệ …")
# nor after any comma ("Theo Bộ trưởng, ở Việt Nam, …").
_O_AFTER = re.compile(
    r"(?:\b(?:" + "|".join(map(re.escape, MEETING_VERBS)) + r")\s+"
    r"|(?:\b(?:nay|qua|mai)|\d\)?)\s*,?\s+)$"
)
# (and a text or a part of one that "tại" points into: "chủ trương tại Kết luận số …",
# "quy định tại Chỉ thị …", "nêu tại Điều 12 Luật …", "tại Thông tư số …")
_TEXT_PARTS = (
    *("Kết luận", "Chỉ thị", "Thông tư", "Luật", "Bộ luật", "Điều", "Khoản"),
    *("Phụ lục", "Chương"),
)
_EVENT_START = re.compile(
    r"(?:"
    + "|".join(map(re.escape, (*EVENT_WORDS, *DOCUMENT_WORDS)))
    + r")\b|(?:"
    + "|".join(map(re.escape, _TEXT_PARTS))
    + r")\s+(?:số\s+)?[\dIVXLA-ZĐ]"
)
_TITLE_START = re.compile(TITLE_RE)
_TITLE_ANYWHERE = re.compile(r"\b" + TITLE_RE)
# Unions and organisations are no place a city is in.
_NOT_COUNTRIES = frozenset({"Liên minh châu Âu", "EU", "ASEAN", "Liên hợp quốc"})
_COUNTRY_NAMES = "|".join(
    map(re.escape, sorted({*COUNTRIES, *NATIONS} - _NOT_COUNTRIES, key=len, reverse=True))
)
# A country as its state is styled ("Vương quốc Campuchia", "nước CHDCND Lào", "Cộng hòa
# Dân chủ Nhân dân Lào", "Brunei Darussalam"), or as transliterated, a capitalised word of
# hyphened syllables ("In-đô-nê-xi-a", "Cam-pu-chia").
_STATE_FORM = (
    r"(?:nước\s+)?(?:(?:(?:Cộng hòa|Cộng hoà)(?:\s+(?:Dân chủ Nhân dân|Xã hội chủ nghĩa|"
    r"Liên bang|Nhân dân|Hồi giáo|Dân chủ))?|Vương quốc|Liên bang|Nhà nước|CHDCND|CHND|CHXHCN|"
    r"CHLB)\s+)?"
)
_COUNTRY_NAME = (
    rf"{_STATE_FORM}(?:(?:{_COUNTRY_NAMES})(?:\s+Darussalam)?\b"
    rf"|[{UPPER}]\w*(?:-\w+)+)"
)
# Words that count or quantify what follows "và" ("Việt Nam và các nước ASEAN"): the
# country after a comma then begins a subject that goes on.
_COUNTED = r"(?:các|những|mọi|mỗi|một|nhiều|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|toàn|cả|người)\b"
# What a place ends with: its country ("Bali, Indonesia", "Viêng Chăn (Lào)"), unless the
# country begins the clause's subject ("tại Hà Nội, Việt Nam và Lào ký …", "…, Việt Nam
# và các nước …"); "và" then a verb goes on with the predicate ("tại Bangkok, Thái Lan
# và thông qua …").
_COUNTRY = re.compile(
    rf",\s*{_COUNTRY_NAME}(?=\s*(?:[,.;:!?)]|$)|\s+(?:vào|ngày|từ|trong|sáng|chiều|tối|trưa|"
    rf"đêm|hôm|đến|tới|nhân|theo|dưới|với sự|có sự|diễn ra|được|khai mạc|bế mạc)\b"
    rf"|\s+và\s+(?!{_COUNTED})[{LOWER}])"
    rf"|\s*\({_COUNTRY_NAME}\)"
    # "thủ đô Manama của Bahrain": the country after "của", before a clause break
    rf"|\s+của\s+{_COUNTRY_NAME}(?=\s*(?:[,.;:!?)]|$))"
)
# A bracketed acronym right after a name ("… (PICC)").
_VENUE_ACRONYM = re.compile(r"\s*\([A-Z][A-Z0-9&]{1,9}\)")
# Buildings named with a capital ("Phủ Chủ tịch", "Nhà Quốc hội", "Trung tâm Hội nghị …").
BUILDING_WORDS = (
    "Phủ",
    "Nhà",
    "Cung",
    "Dinh",
    "Điện",
    "Trụ sở",
    "Tòa nhà",
    "Toà nhà",
    "Trung tâm",
    "Khách sạn",
    "Hội trường",
    "Bảo tàng",
    "Học viện",
    "Đại học",
    "Văn phòng",
)
_BUILDING = re.compile(r"(?:" + "|".join(map(re.escape, BUILDING_WORDS)) + r")\s")
# The building a hall or a room is in, after a comma: a building by its physical head only,
# since "Văn phòng Chính phủ" or "Học viện …" after a comma is more often the subject.
_OUTER_BUILDING = re.compile(
    r",\s*(?=(?:Nhà|Tòa nhà|Toà nhà|Trụ sở|Khách sạn|Cung|Dinh)\s[" + UPPER + r"])"
)
_KNOWN_PLACES = "|".join(map(re.escape, sorted({*KNOWN_PLACES, *COUNTRIES}, key=len, reverse=True)))
_CITY = re.compile(
    rf",\s*(?:{_KNOWN_PLACES})\b(?!\s+[{UPPER}])|\s*\((?:{_KNOWN_PLACES})(?:,\s*[^()]+)?\)"
)
_KNOWN_START = re.compile(rf"(?:{_KNOWN_PLACES}|{_COUNTRY_NAMES})\b")
# Or the region around it: "thành phố Hạ Long, tỉnh Quảng Ninh".
_REGION = re.compile(
    r",\s*(?:" + "|".join(map(re.escape, REGION_HEADS)) + r")\s+(?=[" + UPPER + r"])"
)
# Who is somewhere rather than meets there: "phóng viên … tại", "người Việt Nam tại".
_BASED = re.compile(
    r"\b(?:[pP]hóng viên|[đĐ]ặc phái viên|thường trú|kiều bào|người Việt|Việt kiều|"
    r"cộng đồng|doanh nghiệp|du học sinh|lưu học sinh|nhiệm kỳ|sinh sống|học tập|định cư|"
    r"cư trú)\b[^,;.]*$"
)
# A post or an office said by its common noun just before "tại" ("Đại sứ tại Việt Nam",
# "văn phòng đại diện tại", "có trụ sở tại Jakarta"): based there. A building after it is
# where the event was ("tiếp Đại sứ tại Phủ Chủ tịch"), which the caller decides first.
_POST_BEFORE = re.compile(
    r"\b(?:[đĐ]ại sứ(?: quán)?|[lL]ãnh sự(?: quán)?|[vV]ăn phòng(?: đại diện)?|[cC]hi nhánh|"
    r"[đĐ]ại diện|(?:có|đặt|đóng) trụ sở|[nN]hiệm kỳ(?: công tác)?)$"
)
# What frames an event rather than names it: a visit, a trip, a programme, also as said of
# a visitor ("Đại sứ …, đang thăm và làm việc tại Việt Nam").
_FRAME = re.compile(
    r"\b(?:chuyến|khuôn khổ|chương trình công tác|nhân dịp|đang (?:có )?(?:thăm|công tác))\b",
    re.IGNORECASE,
)
# The posts and firms a name before "tại" says are based there, not met there.
# Capitalised, as a named one is ("Tập đoàn Samsung tại"): "các tập đoàn lớn tại thành phố
# New York" are met there.
_POST = re.compile(
    r"\b(?:Đại sứ|Lãnh sự|Tổng Lãnh sự|Phái đoàn|Văn phòng|Cơ quan|Đại diện|Trưởng đại diện|"
    r"Ban Thư ký|Tập đoàn|Công ty|Ngân hàng|Chi nhánh|Hội người|Thông tấn|TTXVN)"
)
# A named meeting is capitalised ("Hội nghị Cấp cao ASEAN tại …", "ACCSM lần thứ 21 tại").
# Its name runs up to "tại" without naming who attends ("Hội nghị có Ban Thư ký ASEAN
# tại"); "và", "với" are often inside the name ("Hội nghị Bộ trưởng Văn hóa và Nghệ thuật").
_NAMED_MEETING = re.compile(
    r"(?:" + "|".join(map(re.escape, EVENT_WORDS)) + r"|lần thứ|\d)"
    r"(?:(?!\b(?:có|gồm|tham dự)\b)[^,;.])*$"
)
_ACRONYM = re.compile(rf"[{UPPER}][{UPPER}0-9+&-]+")


@dataclass(frozen=True)
class PlaceMention:
    """A place after "tại", as written; ``at`` is where "tại" stands."""

    at: int
    start: int
    end: int
    text: str
    framed: bool = False
    """The place frames a visit or a programme the event is part of ("Trong khuôn khổ
    chuyến thăm tại Lào, …", "Tiếp tục chương trình công tác tại Hoa Kỳ, …"): the event
    itself is more likely at another place of its sentence."""


def _is_name(token: str) -> bool:
    return bool(_CAPITAL.match(token))


def _name_end(text: str, start: int) -> int:
    """Where the proper name starting at ``start`` ends: over capitalised words, initials
    ("Washington D.C.") and the lower-case syllables inside its words, not over the words
    that follow it."""
    tokens = list(_TOKEN.finditer(text, start))
    end, i = start, 0
    while i < len(tokens) and _is_name(tokens[i].group()):
        end = tokens[i].end()
        if initials := _INITIALS.match(text, tokens[i].start()):
            end = initials.end()
            while i < len(tokens) and tokens[i].start() < end:
                i += 1
            continue
        # Lower-case syllables of the word just begun: followed by another capitalised
        # word ("Phủ Tổng thống Myanmar") or, one syllable, by the end ("Phủ Chủ tịch,").
        j = i + 1
        while j < len(tokens) and j - i <= 2 and tokens[j].group().islower():
            if tokens[j].group() in FUNCTION_WORDS:
                break
            j += 1
        lower = j - i - 1
        if lower and j < len(tokens) and _is_name(tokens[j].group()):
            end, i = tokens[j - 1].end(), j
            continue
        ended = (
            j >= len(tokens)
            or not tokens[j].group()[0].isalnum()
            or (
                tokens[j].group() == "ở" and j + 1 < len(tokens) and _is_name(tokens[j + 1].group())
            )
        )
        if lower == 1 and ended:
            end = tokens[j - 1].end()
        elif lower == 0:
            i += 1
            continue
        elif joins(text[start : tokens[i].end()], tokens[i + 1].group()):
            # "trụ sở Bộ Ngoại giao để …": the syllable ends the name's word, which the
            # segmenter knows ("Viêng Chăn bàn về …" begins the predicate), with each
            # syllable after it that the same word goes on with ("Liên hợp quốc").
            end = tokens[i + 1].end()
            k = i + 2
            while k < j and joins(text[start:end], tokens[k].group()):
                end, k = tokens[k].end(), k + 1
        break
    return end


def _cut_person(text: str, head_end: int) -> str:
    """A person's name can follow the place with no comma ("tại Hà Nội Nguyễn Văn A"):
    cut where a surname starts a second name, unless it is in a known place, opening it
    ("Hà Nội") or not ("Bình Dương", "Kiên Giang"), or ends the place: a name has a given
    name after its surname ("thành phố Đông Hà")."""
    words = text.split()
    first = len(text[:head_end].split())
    in_place: set[int] = set()
    for i in range(len(words)):
        for n in (1, 2, 3):
            if " ".join(words[i : i + n]) in KNOWN_PLACES:
                in_place.update(range(i, i + n))
    for i, word in enumerate(words[:-1]):  # (a surname ending the place begins no name:
        if i > first and word in FAMILY_NAMES and i not in in_place:  # "Đông Hà", "Vĩnh Yên")
            return " ".join(words[:i])
    return text


# The level a venue belongs to, ending its name before a comma or stop (with the rest of
# "Ủy ban nhân dân"/"Hội đồng nhân dân" where the name ran to its capital only).
_OWN_LEVEL = re.compile(
    r"(?:\s+(?:ban|đồng) nhân dân)?\s+(?:tỉnh|thành phố|huyện|quận|thị xã)(?=\s*[,;.])"
)


def place_after(text: str, at: int) -> PlaceMention | None:
    """The place that the "tại" at ``at`` introduces, or None where it is no place."""
    m = _AT.match(text, at)
    if not m or (m.group()[0] == "ở" and not _O_AFTER.search(text, 0, at)):
        return None
    start = m.end()
    head = _HEAD.match(text, start)
    # "đã đến Thủ đô Vientiane, bắt đầu …": an arrival places the visit only at a city,
    # not "đã đến lúc", "đã tới Hội nghị".
    if m.group().split()[0] in ("đến", "tới") and not (head or _known_place(text, start)):
        return None
    name_start = head.end() if head else start
    rest = text[name_start:]
    named_thing = _EVENT_START.match(rest) or _TITLE_START.match(rest)
    if not _is_name(rest[:1]) or (named_thing and not head):
        return None
    end = _name_end(text, name_start)
    if end <= name_start:
        return None
    # "tòa nhà Chính phủ ở Seoul", "Trung tâm Hội nghị JCC ở thủ đô Jakarta": a building,
    # then its city.
    city = re.match(r"\s+ở\s+", text[end:])
    if city:
        city_start = end + city.end()
        city_head = _HEAD.match(text, city_start)
        city_name = city_head.end() if city_head else city_start
        if _is_name(text[city_name : city_name + 1]):
            end = _name_end(text, city_name)
    # "Trung tâm Hội nghị tỉnh", "Trụ sở UBND thành phố", "Hội trường Ủy ban nhân dân
    # tỉnh": a venue of the province's or city's own body, its level in lower case last.
    if (head or _BUILDING.match(text, name_start)) and (level := _OWN_LEVEL.match(text, end)):
        end = level.end()
    # "Trung tâm Hội nghị Quốc tế Philippines (PICC), thủ đô Manila": a venue's own acronym
    # in brackets is part of its name, and the city may follow it.
    if (head or _BUILDING.match(text, name_start)) and (acronym := _VENUE_ACRONYM.match(text, end)):
        end = acronym.end()
    # "Trung tâm Hội nghị Quốc gia, Hà Nội": a building, then the city it is in.
    if head or _BUILDING.match(text, name_start):
        # "Hội trường Diên Hồng, Nhà Quốc hội": a hall, then the building it is in.
        while (outer := _OUTER_BUILDING.match(text, end)) and _name_end(text, outer.end()) > (
            outer.end()
        ):
            end = _name_end(text, outer.end())
        # "Trung tâm Hội nghị Quốc gia, Mỹ Đình, Hà Nội": each known place it is in.
        while city := _CITY.match(text, end):
            end = city.end()
    # "Khách sạn Meruorah, thành phố Labuan Bajo, tỉnh Đông Nusa Tenggara, Indonesia".
    while region := _REGION.match(text, end):
        end = _name_end(text, region.end())
    # "đồng thời tại Hà Nội và Viêng Chăn": a meeting held in two cities.
    region_head = bool(head) and head.group("head").lower() not in VENUE_HEADS
    if region_head or text[name_start:end] in _CITIES:
        end = _second_city(text, end)
    head_word = head.group("head").lower() if head else ""
    venue = head_word in VENUE_HEADS or bool(_BUILDING.match(text, name_start))
    in_a_city = bool(head) or text[name_start:end] in _CITIES
    if not venue and _based_there(text, at, region=in_a_city):
        return None
    place = _cut_person(text[start:end], name_start - start)
    # "Phnom Penh, Vương quốc Campuchia": the country, whose words may look like a name's,
    # is added once the place itself is cut.
    country = _COUNTRY.match(text, end)
    if country and len(place) == end - start:
        place = text[start : country.end()]
    clause = re.split(r"[,;:.]\s", text[:at])[-1]
    return PlaceMention(at, start, start + len(place), place, bool(_FRAME.search(clause)))


# "và" then a city or a province: the second place of a meeting held in two.
_AND_CITY = re.compile(
    r"\s+và\s+(?:"
    + "|".join(f"[{h[0]}{h[0].upper()}]{re.escape(h[1:])}" for h in REGION_HEADS)
    + r")?\s*(?=["
    + UPPER
    + r"])"
)
_CITIES = frozenset(KNOWN_PLACES) - frozenset(NATIONS)


def _second_city(text: str, end: int) -> int:
    """Where a place that is a city or a province ends when it goes on with "và" and a
    second one ("tại Hà Nội và Thành phố Hồ Chí Minh"): after the second, where that is a
    city the gazetteer knows or is named with its head and only a clause break or a
    lower-case word follows it; else ``end``. A country after "và" begins a subject
    ("tại Hà Nội và Lào ký …"), as does a venue or a person."""
    m = _AND_CITY.match(text, end)
    if not m:
        return end
    second_end = _name_end(text, m.end())
    headed = m.group().strip() != "và"
    known = text[m.end() : second_end] in _CITIES
    follows = text[second_end : second_end + 2]
    closes = not follows.strip() or follows[0] in ",.;:!?)" or follows[1:2].islower()
    return second_end if (headed or known) and closes else end


def _known_place(text: str, start: int) -> bool:
    """Whether a place or a country :mod:`briefgen.extract.geography` knows starts at ``start``."""
    return bool(_KNOWN_START.match(text, start))


def _based_there(text: str, at: int, *, region: bool = False) -> bool:
    """Whether "tại" says where someone or an office is based rather than where the event
    was: after a name ("Đại sứ Việt Nam tại", "TTXVN tại", "Ban Thư ký ASEAN tại",
    "Tập đoàn Samsung tại") unless it is a meeting's ("Hội nghị Cấp cao ASEAN tại") or a
    person's ("đón Thủ tướng Phạm Minh Chính tại Cung điện Merdeka"). Before a city or
    province named with its head ("tại Thủ đô Phnom Penh", ``region``) only a post abroad
    is based there ("Đại sứ quán Việt Nam tại thủ đô …"); a ministry or a committee
    ("làm việc với Bộ Công vụ Campuchia tại Thủ đô Phnom Penh") is met there. So too
    before a city the gazetteer knows ("tiếp Bộ trưởng … Indonesia tại Jakarta"): an
    envoy is posted to a country, and a city after a name is where they met."""
    before = text[:at].rstrip()
    if before.endswith((",", ";", ":")):  # "Sáng thứ Sáu, tại Hà Nội, …" opens a clause
        return False
    if _BASED.search(before) or _POST_BEFORE.search(before):
        return True
    words = [w.strip('()[]"“”') for w in before.split()[-6:]]
    clause = re.split(r"[,;:.]\s", before)[-1]
    if region:
        return bool(_POST.search(" ".join(words))) and not _NAMED_MEETING.search(clause)
    if not words or not _is_name(words[-1]):
        return False
    if _NAMED_MEETING.search(clause):
        return False
    return not _person_before(clause, words)


def _person_before(clause: str, words: list[str]) -> bool:
    """Whether the clause ends with a person's name: surname-led ("Phạm Minh Chính"), or
    capitalised words after a title that do not end with a country or an acronym
    ("Đại sứ Nhật Bản Yamada Takio", not "Đại sứ Việt Nam")."""
    if any(" ".join(words[-n:]) in NATIONS for n in range(1, len(words) + 1)):
        return False
    if _ACRONYM.fullmatch(words[-1]):
        return False
    for n in range(2, min(4, len(words)) + 1):
        tail = words[-n:]
        if tail[0] in FAMILY_NAMES and all(_is_name(w) for w in tail):
            return " ".join(tail[:2]) not in PLACES
    titles = list(_TITLE_ANYWHERE.finditer(clause))
    if not titles:
        return False
    after = clause[titles[-1].end() :].split()
    return bool(after) and all(_is_name(w.strip("()")) for w in after)


def find_places(text: str) -> list[PlaceMention]:
    """Every place an event could be held at in ``text``, in reading order."""
    return [p for m in _AT.finditer(text) if (p := place_after(text, m.start()))]
