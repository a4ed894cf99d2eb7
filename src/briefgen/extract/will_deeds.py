"""Whether the verb "sẽ" governs is a deed a party undertakes or a calendar fact.

"Hai bên sẽ thành lập nhóm công tác", "sẽ trao đổi đoàn", "sẽ cấp 50 suất học bổng": what a
party says it will do is a pledge whatever the verb, so the verb is found by its part of
speech (underthesea's tagger, a CRF model in its wheel, Apache-2.0), not from a list of
verbs of acting. A few verbs tell a calendar instead (docs/annotating.md: "sẽ có cuộc họp",
"sẽ đảm nhận vai trò Chủ tịch"): being or holding a role, a session taking place, going,
attending and meeting, speaking at a session, a meeting's agenda ("sẽ thảo luận", "sẽ
trao đổi về"), hosting or leading a delegation, chairing a meeting, adopting or signing a
document (its declaration's status), and the passive. They are a closed set, so they are listed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefgen.extract.commitment_cues import MEETINGS, TAKEN_ROLES
from briefgen.underthesea_models import pos_tags

# Deeds on a document ("sẽ xem xét, thông qua Tuyên bố …"): the document's status.
_DOCUMENT_DEEDS = frozenset({"thông qua", "phê duyệt", "ký", "ký kết"})
# Verbs after "sẽ" that tell what will be or happen, not what a party undertakes.
_CALENDAR_VERBS = frozenset(
    {
        # being, having, holding a role
        *("là", "có", "trở thành", "trở nên", "đảm nhận", "đảm nhiệm", "giữ", "nhận"),
        # a session taking place
        *("diễn ra", "diễn", "kéo dài", "bắt đầu", "kết thúc", "khai mạc", "bế mạc", "họp"),
        *("tổ chức", "kỷ niệm"),
        # going, attending, meeting, speaking there
        *("tham dự", "dự", "thăm", "gặp", "gặp gỡ", "hội đàm", "hội kiến", "tiếp", "đón"),
        *("đón tiếp", "làm việc", "chứng kiến", "phát biểu", "chủ tọa", "có mặt"),
        *("đến", "tới", "sang", "về", "trở về", "rời", "lên đường", "đi"),
        # a meeting's agenda: what it discusses or reviews, who hosts or leads a delegation
        *("thảo luận", "bàn", "bàn thảo", "bàn bạc", "rà soát", "đánh giá", "kiểm điểm"),
        *("tổng kết", "sơ kết", "nghe", "đăng cai", "dẫn đầu", "dẫn", "bầu", "đối thoại"),
        *("điểm lại", "nhìn lại"),
        # a deed on a document, which is the document's status, not a commitment
        *_DOCUMENT_DEEDS,
        *("phê chuẩn", "ban hành", "công bố"),
        # the passive: what is done to the subject
        *("được", "bị"),
    }
)
_STATEMENTS = ("tuyên bố", "thông cáo")
_DISCUSSED_WITH = frozenset({"về", "với", "ý kiến", "quan điểm"})
# A role taken over, whatever the verb ("sẽ tiếp quản cương vị Chủ tịch").
_ROLES = frozenset(TAKEN_ROLES)
# Tags that may stand between "sẽ" and its verb: adverbs ("không", "luôn") and adjectives
# used as adverbs ("tích cực", "sớm").
_BEFORE_VERB = frozenset({"R", "A"})
# A ceremony's manner between "sẽ" and its verb, which the tagger reads as a verb ("sẽ long
# trọng kỷ niệm", "sẽ trọng thể tổ chức"): an adverb here, the verb after it tells the deed.
_CEREMONY_MANNER = frozenset({"long trọng", "trọng thể"})
# Focus before the verb ("sẽ tập trung bàn bạc …", "sẽ chủ yếu thảo luận …"): how much of the
# session goes to it; the verb after tells whether it is the agenda or a deed ("sẽ tập
# trung xây dựng …" undertakes).
_FOCUS = frozenset({"tập trung", "chủ yếu", "chú trọng"})


def undertakes(sentence: str, will_at: int) -> bool:
    """Whether the "sẽ" at ``will_at`` of ``sentence`` governs a verb of doing, not one of
    the calendar: "sẽ thành lập", "sẽ không cho phép" do; "sẽ diễn ra", "sẽ có cuộc họp",
    "sẽ hội đàm", "sẽ được tổ chức" do not."""
    nth = len(sentence[:will_at].lower().split("sẽ")) - 1
    return _undertakes(sentence, nth)


@lru_cache(maxsize=2048)
def _undertakes(sentence: str, nth: int) -> bool:
    """Whether the ``nth`` "sẽ" of ``sentence`` (counting from 0) governs a verb of doing."""
    tagged = pos_tags(sentence)
    wills = [i for i, (word, _) in enumerate(tagged) if word.lower() == "sẽ"]
    if nth >= len(wills):
        return False
    after = tagged[wills[nth] + 1 :]
    # "sẽ thay mặt các nước ra Tuyên bố …": acting on behalf of others says nothing of the
    # deed; the verb after whom it acts for does
    behalf = next((i for i, (word, _) in enumerate(after[:3]) if word.lower() == "thay mặt"), None)
    if behalf is not None:
        verbs = [i for i, (_, tag) in enumerate(after[behalf + 1 : behalf + 7]) if tag == "V"]
        if not verbs:
            return False
        after = after[behalf + 1 + verbs[0] :]
    # "sẽ dành thời gian gặp gỡ …": time set aside says nothing of the deed; the verb after
    # it does (a meeting on the programme; "sẽ dành thời gian nghiên cứu …" undertakes)
    spared = next(
        (
            i
            for i, (word, _) in enumerate(after[:3])
            if word.lower() == "dành" and i + 1 < len(after) and after[i + 1][0] == "thời gian"
        ),
        None,
    )
    if spared is not None:
        after = after[spared + 2 :]
    return _governs_deed(after)


def _governs_deed(after: Sequence[tuple[str, str]]) -> bool:
    """Whether the first verb of ``after`` (the tagged words after "sẽ"), past adverbs, is
    one of doing, not of the calendar."""
    for i, (word, tag) in enumerate(after[:4]):
        if word.lower() in _CEREMONY_MANNER:
            continue
        if word.lower() in _FOCUS and i + 1 < len(after) and after[i + 1][1] == "V":
            continue
        if tag == "V":
            verb = word.lower()
            following = after[i + 1][0].lower() if i + 1 < len(after) else ""
            # (a verb the tagger splits is read whole: "đăng" + "cai APPF-35" is "đăng cai")
            joined = f"{verb} {following}"
            # a programme of activities organised, counted ("sẽ tổ chức thêm 5 lớp tập huấn",
            # "các hoạt động kỷ niệm"), is undertaken; hosting a meeting is the calendar
            if verb in _ORGANISE and _programme(after[i + 1 :]):
                return True
            return (
                not (
                    any(
                        verb == v
                        or verb.endswith(" " + v)
                        # (only a verb of two words can be split: "bàn giao" is no "bàn")
                        or (" " in v and (joined == v or joined.startswith(v + " ")))
                        for v in _CALENDAR_VERBS
                    )
                    # issuing a statement ("ra Tuyên bố", "ra Thông cáo chung"): its status
                    or (verb == "ra" and following.startswith(_STATEMENTS))
                    # "sẽ xem xét, thông qua Tuyên bố …": considering a draft to adopt it
                    or (verb == "xem xét" and _adopts_next(after[i + 1 : i + 4]))
                    # "trao đổi về/với …" discusses, unlike "trao đổi đoàn, kinh nghiệm"
                    or (verb.endswith("trao đổi") and following in _DISCUSSED_WITH)
                    or following in _ROLES
                    # chairing a meeting ("sẽ chủ trì Diễn đàn …", "sẽ đồng chủ trì phiên
                    # họp …"): on the programme, unlike "sẽ chủ trì xây dựng đề án …"
                    # (unless it goes on to a deed: "… và hỗ trợ 12 triệu CAD …")
                    or (_chairs_meeting(verb, after[i + 1 :]) and not _and_deed(after[i + 1 :]))
                    # arranging the time of a visit accepted ("sẽ sắp xếp thời gian sang thăm",
                    # "sẽ thu xếp chuyến thăm"): the calendar
                    or (verb in _ARRANGE and following.startswith(_VISIT_TIME))
                )
                or _works_to(verb, after[i + 1 :])
            )
        if tag not in _BEFORE_VERB:
            return False
    return False


_ORGANISE = frozenset({"tổ chức"})
# What counts an object: a numeral (tag M), a plural word (tag L: "các", "những"), or "thêm"
# ("more") before either.
_COUNTED = frozenset({"M", "L"})
_MORE = frozenset({"thêm", "nhiều", "một số", "hàng loạt", "chuỗi"})
_MEETING_NOUN = re.compile(rf"(?:{MEETINGS})\b")


def _programme(obj: list[tuple[str, str]]) -> bool:
    """Whether what is organised is counted and no meeting: "thêm 5 lớp tập huấn", "các
    hoạt động quảng bá", "6 đợt kết nối", not "hai phiên họp", "Hội nghị tổng kết"."""
    i = 0
    while i < len(obj) and obj[i][0].lower() in _MORE:
        i += 1
    counted = i > 0 and obj[0][0].lower() != "thêm"
    while i < len(obj) and obj[i][1] in _COUNTED:
        i, counted = i + 1, True
    return counted and i < len(obj) and not _MEETING_NOUN.match(obj[i][0])


_CHAIR = frozenset({"chủ trì", "đồng chủ trì", "chủ tọa"})


def _chairs_meeting(verb: str, obj: list[tuple[str, str]]) -> bool:
    """Whether the verb chairs a meeting: "chủ trì" ("đồng" tagged apart before it) and a
    meeting noun as its object."""
    if verb == "đồng" and obj and obj[0][0].lower() in _CHAIR:
        verb, obj = "đồng " + obj[0][0].lower(), obj[1:]
    return verb in _CHAIR and bool(obj) and bool(_MEETING_NOUN.match(obj[0][0]))


def _and_deed(rest: list[tuple[str, str]]) -> bool:
    """Whether the clause goes on, after "và", to a verb of doing under the same "sẽ"."""
    for j, (word, tag) in enumerate(rest):
        if tag == "CH" and word in ",.;:!?":
            return False
        if word.lower() == "và" and _governs_deed(rest[j + 1 :]):
            return True
    return False


_ARRANGE = frozenset({"sắp xếp", "thu xếp"})
_VISIT_TIME = ("thời gian", "thời điểm", "chuyến", "lịch", "thăm", "sang")
# What a working session is held for ("sẽ làm việc với JICA để đẩy nhanh giải ngân"): a
# result the party undertakes to reach, unlike a session on the calendar ("sẽ làm việc với
# đoàn doanh nghiệp tại trụ sở Bộ") or one held to talk ("… để trao đổi về …").
_PURPOSE = frozenset({"để", "nhằm"})
_TALK = ("thảo luận", "trao đổi", "bàn", "nghe", "tìm hiểu")
MAX_WORKS_WITH_WORDS = 12


def _works_to(verb: str, after: list[tuple[str, str]]) -> bool:
    """Whether "sẽ làm việc với …" goes on to a purpose of doing ("để đẩy nhanh …")."""
    if verb != "làm việc" or not after or after[0][0].lower() != "với":
        return False
    for i, (word, _) in enumerate(after[:MAX_WORKS_WITH_WORDS]):
        if word in (",", ".", ";"):
            return False
        if word.lower() in _PURPOSE:
            nxt = after[i + 1][0].lower() if i + 1 < len(after) else ""
            return bool(nxt) and not nxt.startswith(_TALK)
    return False


def _adopts_next(tagged: list[tuple[str, str]]) -> bool:
    """Whether the next verb, past a comma or "và", is a deed on a document."""
    words = [w.lower() for w, _ in tagged if w not in (",", "và")]
    return bool(words) and words[0] in _DOCUMENT_DEEDS
