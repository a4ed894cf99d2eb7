"""Whether a name the grammar finds is a document's title, not a common noun or a verb.

Vietnamese writes a common noun in lower case mid-sentence, so a capital, a number, a
quote or a topic makes a title of a document word; but "tuyên bố" may be the verb
(declare), "Chiến lược" the adjective of a longer name, a document word part of a body's
name, a counted kind or an event that takes place.
"""

from __future__ import annotations

import re

from briefgen.extract.document_names import COUNT_AFTER_KIND, GOVERNED_NAME_MARK, SELF_NAMED_KIND
from briefgen.extract.document_status import (
    DEEDS,
    acted_on,
    after_deed,
    carried_out,
    cited_as_measure,
    list_intro_status,
    status_verbs,
)
from briefgen.extract.document_status_cues import LAUNCHED
from briefgen.extract.known_documents import is_type_only
from briefgen.extract.sign_verb import SIGN
from briefgen.extract.word_patterns import LOWER, UPPER

# A number, a quote, a capitalised word or a bracketed acronym ("Bản ghi nhớ (MOU) về …")
# after the document word make a name of it.
PROPER_MARK = re.compile(r"\d|[“\"]|\s\(?[A-ZĐ]")
NOT_DOCUMENT = re.compile(
    r"^(?:Kế hoạch|Chiến lược|Khuôn khổ|Tuyên bố)\s+(?:này|đó|trên)\b|\s(?:này|đó)$"
    # a text pointed back to ("Dự án nói trên", "Kế hoạch kể trên"): the one named before
    r"|\s(?:nói|kể|nêu)\s+trên$"
    # a statement in lower case owned by whoever made it ("theo tuyên bố của Bộ …"): a
    # remark, as "sáng kiến của Việt Nam về …" is an idea put forward, not a titled text
    r"|^(?:tuyên bố|sáng kiến)\s+của\s(?![^“\"]*\d)"
    # a kind in lower case described by a superlative ("khuôn khổ hợp tác năng động nhất
    # giữa …", "hiệp định thương mại lớn nhất …"): what a grouping is, not a title
    rf"|^[{LOWER}][^“\"\d]*?(?<!\bthống)(?<!\bhợp)(?<!\bduy)(?<!\bthứ)\snhất\b(?!\s+trí)"
    # ... or by a comparative ("khuôn khổ pháp lý thuận lợi hơn cho …"): what is wanted
    rf"|^[{LOWER}][^“\"\d]*?\shơn\b"
    # the framework of a partnership ("thiết lập khuôn khổ Đối tác chiến lược"): a
    # relationship (docs/annotating.md: relationship upgrades are no documents), unlike a
    # framework titled by its body or parties ("Khuôn khổ đối tác chiến lược ACCSM")
    r"|^(?:[Kk]huôn khổ|[Kk]hung)(?:\s+quan hệ)?\s+[Đđ]ối tác"
    r"(?:\s+(?:hợp tác|[Cc]hiến lược|[Tt]oàn diện|[Tt]ăng cường|[Tt]oàn cầu))*$"
    # the kind named again (a plan or programme "of action" too), then where or when it goes:
    # "trình Kế hoạch (hành động) lên Hội nghị Cấp cao … xem xét", "triển khai Chương trình
    # trong năm tới"
    r"|^(?:Kế hoạch|Chiến lược|Chương trình|Khuôn khổ|Tuyên bố|Đề án|Hiệp định|Bản ghi nhớ"
    r"|Biên bản ghi nhớ)(?:\s+hành động)?\s+(?:ngay\s+)?(?:lên|xuống|tới|sang|vào|tại|trong|ở)\b"
    # a kind whose only qualifier is a period with no dates ("Kế hoạch công tác giai đoạn
    # tiếp theo", "thỏa thuận hợp tác giai đoạn mới"): docs/annotating.md's plan identified by
    # no title or period; one with a topic after ("… giai đoạn mới về …") is named by it
    rf"|^[^\s“\"]+(?:\s+[{LOWER}]+)*?\s+giai đoạn\s+(?:mới|tới|tiếp theo|sắp tới|hiện nay)$"
    # the kind named again as the subject of what it sets or assigns, or with how it is
    # carried out ("Kế hoạch giao Sở …", "Đề án đặt mục tiêu …", "Chiến lược yêu cầu …",
    # "triển khai Đề án theo từng năm học"): a plan's content, no name
    r"|^(?:Kế hoạch|Chiến lược|Chương trình|Đề án|Chỉ thị|Quyết định|Nghị quyết|Hiệp định)"
    r"\s+(?:đặt|đề ra|yêu cầu|xác định|phân công|quy định|theo từng)\b"
    # (assigning a body, not a programme of exchanges: "Chương trình giao lưu …")
    r"|^(?:Kế hoạch|Chiến lược|Chương trình|Đề án|Chỉ thị|Quyết định|Nghị quyết)\s+giao\s+"
    r"(?:cho\s+)?(?:các\s+)?(?:Sở|Bộ|Ban|UBND|Ủy ban|Cục|Tổng cục|Văn phòng|Trung tâm|sở|bộ"
    r"|cơ quan|đơn vị|địa phương)\b"
    # a kind in lower case ranked by an ordinal ("hiệp định thương mại tự do thứ 17 mà …"):
    # which one it is in a count, not its name
    rf"|^[{LOWER}][^“\"]*\sthứ\s+(?:\d+|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)$"
    # (capitalised too where the rest is a description in lower case: "Hiệp định vay vốn
    # thứ nhất", "Hiệp định vay vốn và viện trợ không hoàn lại thứ 2")
    rf"|^\S+(?:\s+[{LOWER}]+)+\s+thứ\s+(?:\d+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)$"
    # a UN body named by its field ("Chương trình Phát triển Liên hợp quốc (UNDP)",
    # "Chương trình Lương thực Thế giới"), unlike a programme of or about something ("…
    # nghị sự 2030 vì sự phát triển bền vững của Liên hợp quốc"), alone or joined to the
    # party it acts with ("… (UNEP) và Bộ …")
    r"|^Chương trình(?:\s+(?!của\b|về\b|vì\b|nghị\b)\S+){1,5}\s+(?:Liên [Hh]ợp [Qq]uốc|Thế giới)"
    r"(?:\s*\([^()]*\))?(?:$|\s+và\s)"
    # ... or with "của" before the UN and its acronym ("Chương trình Phát triển của Liên hợp
    # quốc (UNDP)")
    r"|^Chương trình\s+(?:[A-ZĐ]\S*\s+){1,3}\S+\s+của Liên [Hh]ợp [Qq]uốc\s*\(UN[A-Z]*\)$"
    # a meeting's agenda or an item of it ("Chương trình nghị sự 3: …"), unlike the
    # "Chương trình nghị sự 2030" of the United Nations or one that names the period it
    # covers ("… y tế ASEAN sau năm 2025", "… giai đoạn …")
    r"|^Chương trình nghị sự(?!\s+\d{4}\b)(?![^,.;]*\b(?:sau năm|đến năm|giai đoạn)\s+\d{4})"
    # an investment licence handed to investors ("trao Quyết định chủ trương đầu tư cho 8 dự
    # án"), a kind of administrative act, not a document the article names
    r"|^Quyết định (?:phê duyệt |chấp thuận )?chủ trương đầu tư\b"
    # rules of origin, capitalised as a field of commitments ("áp dụng Quy tắc xuất xứ hàng
    # hóa trong AANZFTA"): a chapter of an agreement, no text of their own
    r"|^Quy tắc xuất xứ\b"
)

# The kind named again as the subject of what it says or asks ("Nghị quyết yêu cầu Văn
# phòng …", "Nghị quyết kêu gọi các quốc gia …", "Kế hoạch đặt mục tiêu …"): the text just
# named speaks; its words name no other document.
_KIND_SPEAKS = re.compile(
    r"(?:Nghị quyết|Tuyên bố|Kế hoạch|Chiến lược|Chương trình|Khuôn khổ|Hiệp định|Công ước"
    r"|Hiến chương|Thỏa thuận|Bản ghi nhớ|Đề án)\s+(?:yêu cầu|kêu gọi|khẳng định|nhấn mạnh"
    r"|tái khẳng định|nêu rõ|ghi nhận|hoan nghênh|cam kết|đề ra|xác định|thừa nhận"
    r"|đặt (?:ra )?mục tiêu)\b"
)


def kind_speaks(sentence: str, start: int) -> bool:
    """Whether the span at ``start`` is a kind of document as the subject of a verb of
    saying or asking (_KIND_SPEAKS), not a name."""
    return bool(_KIND_SPEAKS.match(sentence, start))


# What comes before a word that is capitalised only because it opens a sentence or quote.
_OPENING = re.compile(r"(?:^|[.!?:;…“\"(]|[-–]\s)\s*$")


# A kind in lower case described by what it is for ("tạo khuôn khổ (pháp lý) cho hợp tác
# lao động") is the common noun, however long, not a document's name.
KIND_FOR = re.compile(rf"^\S+\s+\S+(?:\s+[{LOWER}]+){{0,2}}\s+cho\b")
# A document word capitalised mid-sentence, then what the document is about or between whom
# ("phù hợp với Tuyên bố về quyền của người lao động di cư", "Trên cơ sở Hiệp định về hợp
# tác quốc phòng giữa hai nước"): Vietnamese writes a common noun there in lower case, so
# the capital and the topic make it a title, whatever the verb. Not where the capital opens
# the sentence, nor a programme (as often an event: "Chương trình về nguồn"), nor a word
# of a longer capitalised name ("Diễn đàn Chiến lược về …", "Đối thoại Chiến lược về …").
_TOPIC_TITLE = re.compile(
    rf"^(?!Chương trình\s(?!hành động))[{UPPER}]\S*(?:\s+[{LOWER}]+){{0,3}}?\s+(?:về|giữa)"
    rf"(?:\s+\S+){{2,}}"
)
# a capitalised word, and maybe one more syllable, before: "Diễn đàn | Chiến lược", "Viện |
# Chiến lược"
_CAPITALISED_BEFORE = re.compile(rf"(?<![.!?:;…“\"(]\s)(?<!^)\b[{UPPER}]\S*(?:\s+[{LOWER}]+)?\s+$")


# the sentence goes on with a word in lower case after the name: its predicate
_PREDICATE_AFTER = re.compile(rf"\s+[{LOWER}]")


def titled_by_topic(sentence: str, start: int, name: str) -> bool:
    """Whether ``name``, capitalised, is a title by its topic: mid-sentence, or opening the
    sentence as its subject, with more of the sentence after it ("Tuyên bố về quyền của
    người khuyết tật nhấn mạnh …"), as no common noun opens a sentence with a topic."""
    before = sentence[:start]
    if not _TOPIC_TITLE.match(name) or is_type_only(name) or _CAPITALISED_BEFORE.search(before):
        return False
    if not _ITEM_OPENING.search(before):
        return True
    return bool(_PREDICATE_AFTER.match(sentence, start + len(name)))


# What opens a sentence or a list's item, as _OPENING but a semicolon: items run on in one
# sentence ("… có Nghị quyết …; Thỏa thuận về …") go on in lower case unless a name.
_ITEM_OPENING = re.compile(r"(?:^|[.!?:…“\"(]|[-–]\s)\s*$")


# A guideline, regulation, manifesto, terms of reference or text capitalised with its topic
# is a title as a strong document word is ("triển khai Hướng dẫn khu vực về quản lý rác
# thải nhựa"); not an initiative or a vision, as often a goal, nor a tour guide
# ("Hướng dẫn viên về lịch sử …").
_WEAK_TITLES = re.compile(
    r"(?:Hướng dẫn(?! viên)|Quy chế|Tuyên ngôn|Điều khoản tham chiếu|Văn kiện)\s"
)


def weak_titled(sentence: str, start: int, name: str) -> bool:
    return titled_kind(name) and titled_by_topic(sentence, start, name)


def titled_kind(name: str) -> bool:
    """Whether ``name`` opens with a weak document word that is a title when acted on (a
    guideline, regulation, manifesto, terms of reference or text), not a goal."""
    return bool(_WEAK_TITLES.match(name))


# a proper name, then the topic: "Cam kết | Bali về", "Bộ nguyên tắc | ASEAN về"
_PROPER_THEN_TOPIC = re.compile(rf"(?:\s+[{UPPER}][^\s,.;:()“”\"]*)+\s+về\s")


# Words that mark a verb of a clause's own (aspect, passive, modality): after a name, it
# opens its own clause ("… và Khung pháp lý … vẫn được …").
CLAUSE_MARKERS = "vẫn|sẽ|được|đã|đang|cũng|cần|phải"
_OWN_CLAUSE = re.compile(rf"\s+(?:{CLAUSE_MARKERS})\b")
_TOPIC_THEN_ACRONYM = re.compile(rf"(?:\s+[{LOWER}]+){{1,6}}\s+[A-Z]{{2,}}\b")


def governed_title(sentence: str, start: int, kind_end: int, name: str) -> bool:
    """Whether a kind of document that is as often a common noun (document_kinds), at
    ``sentence[start:kind_end]`` and found named ``name``, is a document: what a verb of
    status acts on. A verb right before it that signs, adopts or issues, drafts or
    proposes, carries out or launches it names a document of five words or more whatever
    follows the kind ("ký Hợp đồng mua bán khí hóa lỏng giữa …", "đề xuất xây dựng Bộ
    nguyên tắc ứng xử trên không gian mạng"), as Vietnamese writes a common noun in lower
    case mid-sentence; a shorter one, or an item of a list of papers a verb acts on ("trao
    3 văn kiện: …"), with a mark of a name after the kind (GOVERNED_NAME_MARK: "Điều lệ
    AIPA", "Kết luận về …"). A capital alone is no title: "Thông điệp của Tổng Thư ký"
    is a speech; cited as the measure of what is done ("dựa trên Khung … ASEAN") with such
    a mark, it is one too. Cited with no verb, it is a title where a proper name follows the kind
    and then what it is about ("tái khẳng định Cam kết Bali về …", "Thông điệp Hà Nội
    về …"), as a declaration is named ("Tuyên bố Bangkok về …")."""
    if COUNT_AFTER_KIND.match(sentence, kind_end):
        return False
    if _PROPER_THEN_TOPIC.match(sentence, kind_end) or SELF_NAMED_KIND.match(sentence, start):
        return True
    before = sentence[:start]
    right_before = (
        acted_on(before, planned=True)
        or carried_out(before, ("implementing", "proposed"))
        or bool(LAUNCHED.search(before))
    )
    # (so does a list of papers a verb acts on, for each item of five words or more: "Trong
    # đó có Bản ghi nhớ …; Hợp đồng tín dụng giữa … và …")
    listed = list_intro_status(sentence, start, loose=True) is not None
    # (or listed after a document the verb acts on, however that one's name ends: "thông
    # qua Kế hoạch … giai đoạn 2026-2030 và Khung đầu tư khu vực 2028")
    # (not the subject of a clause of its own after "và": "… và Khung pháp lý … vẫn được")
    end = sentence.find(name, start)
    deed = after_deed(sentence, start) and not (
        end >= 0 and _OWN_CLAUSE.match(sentence, end + len(name))
    )
    if (right_before or listed or deed) and len(name.split()) >= 5:
        return True
    # cited as the measure, its topic ending on a body's acronym ("dựa trên Khung hợp tác
    # dữ liệu số ASEAN"), unlike "phù hợp với khung pháp lý hiện hành"
    if cited_as_measure(sentence, start) and _TOPIC_THEN_ACRONYM.match(sentence, kind_end):
        return True
    return bool(GOVERNED_NAME_MARK.match(sentence, kind_end)) and (right_before or deed or listed)


# a partnership, however its kind is spelled out before "Chiến lược" ("quan hệ Đối tác hợp
# tác Chiến lược Toàn diện", "Đối tác toàn diện Chiến lược"): a relationship
# (docs/annotating.md: relationship upgrades are no documents)
_PARTNERSHIP_BEFORE = re.compile(r"\b[Đđ]ối tác(?:\s+(?:hợp tác|toàn diện|[Tt]oàn diện))*\s+$")


# "Đối thoại Chiến lược", "Diễn đàn Chiến lược", "Đối tác Chiến lược": after a capitalised
# noun, "Chiến lược" is the adjective (strategic) of a longer name, no strategy.
def strategic_adjective(sentence: str, start: int) -> bool:
    # (not after a verb of status: "ASEAN ký Chiến lược …")
    if not sentence.startswith("Chiến lược", start):
        return False
    if _PARTNERSHIP_BEFORE.search(sentence, 0, start):
        return True
    return bool(_CAPITALISED_BEFORE.search(sentence, 0, start)) and not status_verbs(
        sentence[:start], start - 12
    )


def named_by_deed(sentence: str, start: int, status: str) -> bool:
    """Whether a document word capitalised mid-sentence, where Vietnamese writes common
    nouns in lower case, names the document the meeting signs or adopts ("đã ký Bản ghi nhớ
    hợp tác về lao động", "ra Tuyên bố chung") whatever its complement. A capital alone
    is not enough: it is also how a document is mentioned in passing. In the body, where
    this once added a false document, the deed must stand right before the name and the
    name say more than its kind ("ký Bản ghi nhớ về hợp tác trong lĩnh vực nông nghiệp",
    not "ký Bản ghi nhớ hợp tác"); otherwise the deed says what was done with a document
    named in full elsewhere."""
    return status in DEEDS and sentence[start].isupper() and not _OPENING.search(sentence[:start])


# "Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)", "Ban Chỉ đạo Chương trình …", "Ủy ban Điều
# phối Hiệp định …", "Bộ Kế hoạch và Đầu tư" (a ministry): a document word right after a
# body's head noun is part of that body's name, not a document the article reports
# (unlike "Nhóm công tác về Tuyên bố …", a body working on the document); so is it after a
# province's department or a ministry's ("Sở Kế hoạch và Đầu tư", "Vụ Kế hoạch - Tài chính").
_BODY_BEFORE = re.compile(
    # (a subcommittee named by its function: "Tiểu ban Kế hoạch và Điều phối …")
    r"(?:Tổ chức|Ban (?:[Cc]hỉ đạo|Thư ký|Quản lý|Điều phối)|Ủy ban(?: Điều phối| Hỗn hợp)?"
    r"|Tiểu ban|Hội đồng|Văn phòng|Quỹ|Trung tâm|Cơ quan|\bBộ|\bSở|\bVụ|\bCục|\bPhòng)\s+$"
)


# "tuyên bố" in lower case is as often the verb (declare: "Bộ trưởng tuyên bố khai mạc
# Hội nghị", "Thủ tướng tuyên bố Việt Nam sẵn sàng …") as the noun; it is a statement
# where a word that takes a noun stands before it: a deed ("ra tuyên bố", "thông qua
# tuyên bố"), carrying out, a preposition ("về tuyên bố", "của tuyên bố") or a determiner
# ("bản tuyên bố", "một tuyên bố").
_TAKES_A_NOUN = re.compile(
    rf"(?:\bra|đưa ra|thông qua|ban hành|công bố|(?i:{SIGN})(?: kết)?|thực hiện|triển khai"
    r"|về|của|theo|trong|với|tại|từ|bản|một|các|những|hai|ba|lại|nêu)\s+$",
    re.IGNORECASE,
)


def declare_verb(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]``, in lower case, is the verb "tuyên bố", not a
    statement."""
    name = sentence[start:end]
    if _DECLARES.match(name):  # "Tuyên bố khai mạc Hội nghị, Bộ trưởng …"
        return True
    return (
        name.startswith("tuyên bố")
        and not name.startswith("tuyên bố chung")
        and not _TAKES_A_NOUN.search(sentence, 0, start)
    )


# what only the verb goes on with: opening or closing a meeting, a clause
_DECLARES = re.compile(r"[Tt]uyên bố (?:khai mạc|bế mạc|rằng|là|sẽ|chính thức (?:khai|bế))")


def in_body_name(sentence: str, start: int) -> bool:
    return bool(_BODY_BEFORE.search(sentence, 0, start))


# "Ủy ban hỗn hợp AANZFTA", as the press writes an agreement's joint committee: the
# acronym after it names the body (a name written out there, "Ủy ban hỗn hợp Hiệp định
# Đối tác Kinh tế Toàn diện Khu vực (RCEP)", still names the agreement).
_JOINT_COMMITTEE_BEFORE = re.compile(r"Ủy ban [Hh]ỗn hợp\s+$")


def in_committee_name(sentence: str, start: int) -> bool:
    return bool(_JOINT_COMMITTEE_BEFORE.search(sentence, 0, start))


# "ACFTA 3.0", "AJCEP nâng cấp", "ATIGA sửa đổi": an agreement's acronym followed by its
# version or upgrade names the upgraded text (the article names it in full, its short name
# in brackets), not the original agreement the acronym stands for.
_UPGRADED_AFTER = re.compile(r"\s+(?:\d+\.\d+|nâng cấp|sửa đổi)\b")


def upgraded_version(sentence: str, end: int) -> bool:
    return bool(_UPGRADED_AFTER.match(sentence, end))


# "17 hiệp định thương mại tự do thế hệ mới", "ba Tuyên bố": a number of documents of a
# kind, not one named (a year before a name is no count: "… năm 2020 Kế hoạch …").
_COUNTED = re.compile(r"(?:(?<![\d/.,-])\d{1,3}|\b(?:hai|ba|bốn|sáu|bảy|tám|chín|mười))\s+$")


def counted(sentence: str, start: int) -> bool:
    return bool(_COUNTED.search(sentence, 0, start))


# "Chương trình giao lưu văn hóa ASEAN - Nhật Bản diễn ra tối 5/12": a name that opens its
# clause and takes place is an event, not a document (unlike the document of the ceremony
# that takes place: "Lễ ký kết Thỏa thuận … diễn ra sáng 5/12").
_TAKES_PLACE = re.compile(r"\s*(?:đã\s+|sẽ\s+)?(?:diễn ra|được tổ chức|khai mạc|bế mạc)\b")
_CLAUSE_START = re.compile(r"(?:^|[,;:.]\s*)$")


def names_event(sentence: str, start: int, end: int) -> bool:
    return bool(_TAKES_PLACE.match(sentence, end)) and bool(
        _CLAUSE_START.search(sentence, 0, start)
    )
