"""The status of a named document, from the verbs around its name.

"đã thông qua" adopts, "sẽ ký" proposes, "thực hiện" carries out; a verb is read as a
word ("thông qua hợp tác" is "through"), with its aspect, and not past a word of
reference ("phù hợp với", "trên cơ sở") or another object; a list of documents takes the
status of the verb that introduces it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefgen.extract.document_names import DOCUMENT_WORDS_PATTERN, WEAK_DOCUMENT_WORDS_PATTERN
from briefgen.extract.document_status_cues import (
    AUTHORED_BY,
    CLAUSE_AFTER,
    IN_FORCE,
    LAUNCHED,
    NOT_YET,
    NOTED,
    SET_AS_GOAL,
    STATUS_CUES,
)
from briefgen.extract.document_words import DOCUMENT_WORDS, WEAK_DOCUMENT_WORDS
from briefgen.extract.sign_verb import SIGN
from briefgen.extract.through_word import after_its_object, in_passive, passive_mark
from briefgen.extract.word_patterns import LOWER, NUMBER_WORDS, UPPER
from briefgen.underthesea_models import pos_tagger

# "Quyết định … về việc phê duyệt Đề án …": the verb describes the earlier act, it is not
# what the meeting did with the document.
# Talking about the deed is not a title: "trao đổi về việc triển khai Bản ghi nhớ …"
# discusses carrying the memorandum out.
_DESCRIBED = re.compile(r"về việc\s+\S+\s*\S*$")
# … unless discussed: "trao đổi về việc …", with an adverb or two of how ("trao đổi sâu về
# việc rà soát …", "thảo luận sâu rộng về việc …"): the deed is what is talked over.
# So is a meeting's business with its counterpart ("làm việc với đại diện UNICEF về việc
# triển khai Chương trình …", "hội đàm với Bộ trưởng Lào về việc …"): the deed is its topic.
_DISCUSSED = re.compile(
    r"\b(?:trao đổi|thảo luận|bàn|báo cáo|ý kiến|thông tin)(?:\s+[^\s,.;:]+){0,2}?\s+$"
    # (the counterpart may carry its post in commas: "với ông …, Giám đốc … (FAO), về việc")
    r"|\b(?:làm việc|hội đàm|tham vấn)\s+với(?:\s*,?\s+[^\s,.;:]+){1,24}?\s*,?\s+$"
)


def _described(text: str) -> bool:
    """Whether ``text`` ends in "về việc" and a verb that describes a document's subject
    ("Quyết định về việc phê duyệt …"), not a deed discussed ("trao đổi về việc …")."""
    m = _DESCRIBED.search(text)
    return bool(m) and not _DISCUSSED.search(text, 0, m.start())


def status_verbs(
    text: str, lo: int = 0, hi: int | None = None, *, aspect: bool = True
) -> list[tuple[int, int, str]]:
    """(start, end, status) of each status verb within ``text[lo:hi]``; a signature or
    adoption still to come ("sẽ ký", "tiến tới thông qua") makes the document proposed.
    The verbs are read in the whole ``text``, as the words around one tell what it is
    ("chữ ký" is a signature, not "sign")."""
    hi = len(text) if hi is None else hi
    lo = max(lo, 0)
    return [
        (m.start(), m.end(), _aspect(status, text[: m.start()], m[0]) if aspect else status)
        for status, cue in STATUS_CUES
        for m in cue.finditer(text)
        if lo <= m.start()
        and m.end() <= hi
        and not _described(text[: m.end()])
        and not means_through(text, m.start())
    ]


# "thông qua" adopts what it governs, a document, and is the preposition "through" before
# any other noun ("thông qua hợp tác", "thông qua việc …", "thông qua các kênh ngoại
# giao", "thông qua đó"); followed by no noun ("đã được thông qua tại …", "do Hội nghị
# thông qua."), or passive ("được thông qua tạm thời"), it is the verb. Opening a clause
# ("Thông qua bản ghi nhớ, hai bên …") it is "through" whatever follows.
# A framework in lower case is the means, as any other noun ("thông qua khuôn khổ đối tác
# chiến lược ACCSM", "thông qua các khuôn khổ hợp tác"); a capitalised one may be adopted
# ("thông qua Khuôn khổ Phục hồi Toàn diện ASEAN").
_ADOPTABLE = "|".join(
    re.escape(w.lower())
    for w in (*DOCUMENT_WORDS, *WEAK_DOCUMENT_WORDS, "văn kiện", "văn bản", "dự thảo", "báo cáo")
    if not w.lower().startswith(("khuôn khổ", "khung"))
)
_NUMBER_WORDS = "|".join(NUMBER_WORDS)
_COUNT = (
    rf"(?:các|những|nhiều|một|{_NUMBER_WORDS}|\d+|chính thức"
    r"|khoảng|gần|hơn|trên|tổng cộng)\s+"
)
# words after a verb with no object: where, when, by whom, what else was done, and the
# list of what it acts on ("Các văn kiện được Hội nghị thông qua gồm: …")
_NO_OBJECT = (
    # ("bằng", how: "thông qua bằng đồng thuận Nghị quyết …", adopted by consensus)
    r"(?:tại|vào|năm|ngày|trong|từ|ở|hôm|hồi|lần|bởi|bằng|và|cùng|hoặc|hay|sau|trước|khi"
    r"|gồm|bao gồm|như sau)\b"
)
_THROUGH = re.compile(
    rf"(?<!được )(?i:thông qua)\s+(?:{_COUNT})*+(?=[{LOWER}])(?!(?:{_ADOPTABLE}|{_NO_OBJECT})\b)"
)


def means_through(text: str, at: int) -> bool:
    """Whether the "thông qua" at ``at`` is the preposition "through": before a noun that
    is no document, opening a clause, or before a name after a verb phrase that already
    has its object ("hỗ trợ kỹ thuật cho các nước ASEAN thông qua Chương trình …"); never
    in the passive ("được các Bộ trưởng thông qua chiều nay")."""
    if text[at : at + 9].lower() != "thông qua" or in_passive(text, at):
        return False
    return (
        bool(_THROUGH.match(text, at))
        or not text[:at].strip(" ,")
        or (bool(_NAMED_AFTER.match(text, at + 9)) and after_its_object(text, at))
    )


# a name after "thông qua": capitalised or quoted, maybe counted ("thông qua các Chương trình")
_NAMED_AFTER = re.compile(rf"\s+(?:{_COUNT})*[“\"{UPPER}]")


def by_way_of(sentence: str, at: int) -> tuple[int, int] | None:
    """The span of the "thông qua" meaning "through" that what starts at ``at`` follows
    ("Thông qua chương trình “…”, hội đã trao quà", "thông qua khuôn khổ …"), if any."""
    m = re.search(r"(?i:thông qua)\s+(?:(?:các|những)\s+)?$", sentence[:at])
    return (
        (m.start(), m.start() + len("thông qua"))
        if m and means_through(sentence, m.start())
        else None
    )


def acted_through(sentence: str, at: int) -> bool:
    """Whether the name starting at ``at`` is what a party acts through: right after a
    "thông qua" that follows a verb and its object ("hỗ trợ kỹ thuật cho các nước ASEAN
    thông qua Chương trình …"), so the programme is in operation. Opening a clause ("Thông
    qua Sáng kiến …, Việt Nam đã …") it is only cited."""
    way = by_way_of(sentence, at)
    return bool(way and sentence[at : at + 1].isupper() and after_its_object(sentence, way[0]))


# A deed still to come, with its agent between (a meeting's full name may run to a dozen
# words): "sẽ được các Bộ trưởng thông qua", "trình Hội nghị Cấp cao thông qua", "để các
# Nhà Lãnh đạo thông qua" (another body adopts it later), unless something done comes
# between ("sẽ tăng cường hợp tác và đã ký …").
_LATER_BY = re.compile(
    # ("trình", submit, not "chương trình", "lộ trình", "trình bày" …)
    r"(?:\bsẽ|\bsớm|dự kiến|\bđể|\b(?<!chương )(?<!quá )(?<!lộ )(?<!tiến )(?<!công )"
    r"(?<!hành )trình(?!\s+(?:bày|độ|diễn|chiếu))(?:\s+lên)?)\s+(?:được\s+)?"
    r"(?:(?!đã\b|và\b)[^\s,.;:]+\s+){0,14}$",
    re.IGNORECASE,
)


# A document submitted to a body that adopts it later: the body's full name, its session,
# place and time may stand between ("trình Hội nghị Cấp cao ASEAN - Hàn Quốc lần thứ 28 vào
# tháng 11 năm nay xem xét thông qua"), longer than any agent after "sẽ" or "để".
_SUBMITTED_TO = re.compile(
    r"\b(?<!chương )(?<!quá )(?<!lộ )(?<!tiến )(?<!công )(?<!hành )trình"
    r"(?!\s+(?:bày|độ|diễn|chiếu))(?:\s+lên)?\s+(?:(?!đã\b|và\b)[^\s,.;:]+\s+){0,24}$",
    re.IGNORECASE,
)


def _aspect(status: str, before_verb: str, verb: str = "") -> str:
    if IN_FORCE.fullmatch(verb) and NOT_YET.search(before_verb[-40:]):
        # "Hiệp định … sẽ có hiệu lực từ …", "để văn kiện sớm có hiệu lực": its entry into
        # force is still awaited (docs/annotating.md: proposed)
        return "proposed"
    if status in ("signed", "adopted") and (
        NOT_YET.search(before_verb[-40:])
        or SET_AS_GOAL.search(before_verb[-80:])
        or _LATER_BY.search(before_verb[-100:])
        or _SUBMITTED_TO.search(before_verb[-180:])
    ):
        return "proposed"
    return status


# "phù hợp với luật pháp quốc tế, trong đó có UNCLOS 1982", "trên cơ sở Hiến chương …":
# what a sentence measures by is referenced, whatever was done earlier in the clause.
_REFERENCE = re.compile(
    r"phù hợp với|trên cơ sở|căn cứ|dựa trên|theo quy định|tuân theo", re.IGNORECASE
)
# … right before a name: a text cited as the measure ("trên cơ sở Tầm nhìn Putrajaya 2040",
# "phù hợp với Tầm nhìn …"), not an aim.
_REFERENCE_RIGHT_BEFORE = re.compile(rf"(?:{_REFERENCE.pattern})\s+$", re.IGNORECASE)


# ... or joined by "và" to a document cited so ("trong khuôn khổ Kế hoạch tổng thể … và Tầm
# nhìn …", "phù hợp với Chiến lược … và Tầm nhìn …"): the second text of the same measure.
_BESIDE_CITED = re.compile(
    rf"(?i:{_REFERENCE.pattern}|trong khuôn khổ)\s+(?:{DOCUMENT_WORDS_PATTERN})\b[^,.;:]*?\s+và\s+$"
)


def cited_as_measure(sentence: str, at: int) -> bool:
    """Whether the name at ``at`` is what a sentence measures by ("trên cơ sở …"), alone or
    beside another document cited so."""
    return bool(
        _REFERENCE_RIGHT_BEFORE.search(sentence, 0, at) or _BESIDE_CITED.search(sentence, 0, at)
    )


# "đề xuất đưa một hoạt động vào trong Kế hoạch …", "ký Bản ghi nhớ … theo Hiệp định …":
# a preposition between a verb and the name ties the name to the verb's own object; what
# is proposed, signed or adopted is that object, the document is only referred to. What is
# carried out in a plan carries the plan out ("thực hiện các hoạt động trong Kế hoạch …"),
# and a list introduced "trong đó có …" is the verb's object.
# ("cho" is no preposition in the verbs "cho biết", "cho rằng", "cho thấy", "cho phép")
_TIED_BY = re.compile(
    r"\b(?:vào|trong(?!\s+(?:đó|số))|theo|thuộc|dưới|cho(?!\s+(?:biết|rằng|thấy|phép))|tại)\b"
)


# "Các văn kiện được thông qua tại Hội nghị có …", "… được ký kết gồm …": a clause ending by
# introducing its members names the verb's own object; the tie before it only says where.
_MEMBERS_FOLLOW = re.compile(r"\b(?:có|gồm|bao gồm)\s*:?\s*$")


def _other_object(before: str, verb_start: int, verb_end: int, status: str) -> bool:
    """Whether the verb at ``verb_start``..``verb_end`` acts on something other than the
    name after ``before``: one tied by a word of place or time between them, or the subject
    before a signing or adoption in the passive ("Tuyên bố … được các nhà lãnh đạo thông qua
    nhấn mạnh lại Hiến chương …": the charter is cited); unless the clause goes on to list
    what was done ("… được thông qua gồm …"). A passive opening the sentence, capitalised
    ("Được ký kết từ năm 2019, Thỏa thuận …"), has the name after it for its subject (the
    names before a verb are blanked, so the capital tells it)."""
    if _MEMBERS_FOLLOW.search(before, verb_end):
        return False
    mark = passive_mark(before, verb_start) if status in DEEDS else None
    if mark is not None and before[mark].islower():
        return True
    return status != "implementing" and bool(_TIED_BY.search(before, verb_end))


# "ra Tuyên bố chung … và chứng kiến lễ ký Hiệp định …": after "và" (or "đồng thời") the
# sentence goes on with the next thing done, unless in the passive ("… và được công bố").
_NEXT_DEED = re.compile(r"\s(?:và|đồng thời)\s+(?!(?:(?:đã|cũng|vừa)\s+)*(?:được|do)\b)")


# "Trên cơ sở Tuyên bố chung … (2019), Hội nghị đã thông qua Kế hoạch …": past a comma, a
# verb not in the passive ("…, được thông qua năm 2016", "…, do … ký") is the next clause's,
# acting on its own object.
_NEW_CLAUSE = re.compile(r",(?![^,]*\b(?:được|do)\b)[^,]*$")


# "kỷ niệm 50 năm ký Hiệp ước …": the anniversary of a signing or adoption refers to the
# document; nothing is signed or adopted now.
_ANNIVERSARY = re.compile(
    r"kỷ niệm\s+\d+\s+năm\s+(?:ngày\s+)?(?:ký(?: kết)?|thông qua|ban hành|ra)\s*$",
    re.IGNORECASE,
)
# "Theo Hiệp định …, các phương tiện sẽ …": a document opening the sentence after "Theo" is
# what it goes by; what is done later in it is done under the document, not to it.
_GOES_BY = re.compile(r"\W*(?-i:Theo)\s+")
# ... unless the words right after its name tell what was done to it, in the passive
# ("Theo Tuyên bố chung vừa được các nhà lãnh đạo thông qua, …"): that deed is its status.
_DONE_TO_IT = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:vừa\s+|mới\s+|đã\s+)?được\s")
# "theo đúng tinh thần của Hiến chương …", "tuân thủ tinh thần Hiệp định …": the spirit of a
# text is cited; whatever is done after it is done to something else.
# "tuân thủ tinh thần của …", "tôn trọng/tuân thủ các nguyên tắc (cơ bản) của …": a norm
# respected, cited (docs/annotating.md), unlike strict observance of the text ("tuân thủ
# nghiêm …"), which carries it out.
_SPIRIT = re.compile(
    r"\b(?:tinh thần|(?:các\s+)?nguyên tắc(?:\s+cơ bản)?)(?:\s+của)?\s*$", re.IGNORECASE
)
# "Hội nghị (lần thứ 20) các Bên tham gia Hiệp định …": the instrument names the meeting of
# its parties; what that meeting adopts or signs is another document.
_PARTIES_MEETING = re.compile(
    r"\b(?:Hội nghị|Cuộc họp|Phiên họp|Kỳ họp)(?:\s+[^\s,.;:]+){0,4}?\s+các\s+[Bb]ên"
    r"\s+(?:tham gia|ký kết|thành viên)\s*$"
)
# "… Kế hoạch … mà hai nước đã ký năm ngoái": a relative clause tells the document's past;
# the verb the sentence acts on it with says its status.
_RELATIVE = re.compile(r"\bmà\b")


def _in_brackets(text: str) -> bool:
    """Whether ``text`` leaves a bracket open: a deed in an aside after a name ("Chiến lược
    … (ban hành kèm theo Quyết định …)") tells the document's history, not what the
    sentence does with it."""
    return text.count("(") > text.count(")")


# "… để trình (lên) Hội nghị Cấp cao": put to a higher body, in the same clause
_TO_BE_SUBMITTED = re.compile(r"[^.;]{0,80}?\bđể\s+(?:đệ\s+)?trình\b(?!\s+bày)", re.IGNORECASE)


# "đàm phán Nghị định thư … theo Hiệp định khung … để có thể ký kết …": after the text an
# action is done under, a purpose clause tells what the action aims at for its own object;
# the frame is only cited (docs/annotating.md: referenced).
_PURPOSE = re.compile(r"\s(?:để|nhằm)\b", re.IGNORECASE)


def status_around(before: str, after: str, listed_after: str | None = None) -> str:
    """The status the verbs nearest the name give: a passive or participle right after it
    ("đã được thông qua", "ký năm 2019": what was done with it, now or, where said, earlier,
    as docs/annotating.md has it), else the verb just before it ("thực hiện Kế hoạch …"),
    else that of the document it is listed after ("thực hiện Quyết định …, Đề án … và
    Chương trình …"), else a verb earlier in its clause, else one after it of which it is
    the subject or an object.

    A verb is about the name only within its clause: not before a word of reference
    ("phù hợp với", "trên cơ sở") nor inside what that word cites ("trên cơ sở … và kết quả
    đánh giá giữa kỳ Kế hoạch …"), not before a comma that opens another clause with a verb
    of its own ("đề xuất xây dựng Khuôn khổ …, coi đây là trụ cột của Kế hoạch …"), not in
    a relative clause after it ("mà hai nước đã ký") unless just done ("mà UBND tỉnh vừa phê
    duyệt"), not in the next deed after "và" ("… và nhất trí sẽ trình …"). An anniversary
    of its signing, a meeting of its parties or its spirit cited refers to it; one told as
    in force after it ("… chính thức có hiệu lực từ …") is implementing, as awaited ("để …
    sớm có hiệu lực") proposed."""
    if (
        _ANNIVERSARY.search(before)
        or _PARTIES_MEETING.search(before)
        or _SPIRIT.search(before)
        or (_GOES_BY.fullmatch(before) and not _DONE_TO_IT.match(after))
    ):
        return "referenced"
    # (a passive whose agent is a meeting named in full reaches further: "… được Hội nghị
    # Bộ trưởng ASEAN về phòng chống ma túy thông qua")
    passive = _PASSIVE_DEED_AFTER.match(after)
    framed = bool(_UNDER.search(before))
    final = [
        (a, s)
        for a, _, s in status_verbs(after, 0, max(40, passive.end() if passive else 0))
        if s in ("signed", "adopted")
        and not (framed and _PURPOSE.search(after, 0, a))
        and not _NEXT_DEED.search(after, 0, a)
        and not (_RELATIVE.search(after, 0, a) and not _just_done(after, a))
        and not _NEW_CLAUSE.search(after, 0, a)
        and not _in_brackets(after[:a])
    ]
    if final:
        at, status = min(final)
        if _ASIDE.match(after[:at]):
            if status == "adopted" and carried_out(before):
                # "thảo luận việc triển khai Chiến lược …, được ban hành tại Cấp cao 46": its
                # implementation is the deed now, the aside tells of its earlier adoption
                # (docs/annotating.md); one signed earlier stays signed, as
                # declaration_status_unseen.tsv keeps it, a conflict left to the lead
                return "implementing"
            if status == "signed" and _verb_right_before(before) == "proposed":
                # "thúc đẩy việc phê chuẩn Hiệp định …, được ký năm 2025, để … có hiệu lực":
                # a ratification still pressed for is the deed now, the aside tells of its
                # earlier signing (docs/annotating.md: proposed, its signing told or not);
                # not a text drafted earlier and adopted since ("đã giúp xây dựng Luật …,
                # được Quốc hội thông qua năm 2024")
                return "proposed"
        return status
    if NOTED.search(before) and not CLAUSE_AFTER.match(after):
        return "adopted"
    scope = _clause_scope(before)
    measured = max((m.end() for m in _REFERENCE.finditer(before)), default=0)
    if _carried_out_under(before, max(measured, before.rfind(";") + 1)):
        return "implementing"
    near_status = _verb_right_before(before)
    submitted = _TO_BE_SUBMITTED.match(after)
    if near_status == "adopted" and submitted and not _NEXT_DEED.search(after, 0, submitted.end()):
        # "thông qua dự thảo Tuyên bố … để trình lên Hội nghị Cấp cao": adopted by the
        # meeting only to be put to a higher one, still due to be adopted (proposed)
        return "proposed"
    if near_status:
        return near_status
    launched = LAUNCHED.search(before)
    if launched:
        return "proposed" if NOT_YET.search(before[: launched.start()][-40:]) else "implementing"
    if listed_after:
        return listed_after
    near = [
        (b, s)
        for a, b, s in status_verbs(before, max(scope, measured))
        if not _other_object(before, a, b, s) and not _inside_reference(before, a, measured)
    ]
    if near:
        return max(near)[1]
    if measured and _REFERENCE.search(before):
        # what the sentence measures by; a verb after it is of the next thing ("trên cơ sở
        # Khung … và kết quả đánh giá giữa kỳ Kế hoạch …")
        return "referenced"
    # a verb after the name, of which it is the subject ("Bộ Quy tắc … cần được hoàn tất
    # sớm") or an object ("giới thiệu Bộ hướng dẫn … và dự thảo …, dự kiến trình …"), not
    # the next deed ("… và nhất trí sẽ trình …"), a noun ("… và vai trò của nghị viện
    # trong quá trình phê chuẩn") nor who wrote it ("… do Quốc hội Việt Nam đề xuất")
    near = [
        (a, s)
        for a, _, s in status_verbs(after, 0, 60)
        if not _AT_THE_SAME_TIME.search(after, 0, a)
        and not _NOMINALISED.search(after, 0, a)
        and not AUTHORED_BY.search(after, 0, a)
        and not (framed and _PURPOSE.search(after, 0, a))
        and not any(
            _has_verb(after, m.end(), m.end() + 1) for m in _NEXT_DEED.finditer(after, 0, a)
        )
    ]
    return min(near)[1] if near else "referenced"


# "đề nghị sớm nâng cấp cặp cửa khẩu … theo Đề án …", "nhất trí thí điểm … theo Bản ghi nhớ
# …": an action asked for, pledged or agreed under a text carries out its own content, so
# the text is being implemented (docs/annotating.md); not a frame to fit ("theo đúng …",
# "tuân theo …", "theo quy định …", which end elsewhere) nor a goal aimed at ("tiến tới
# công nhận lẫn nhau … theo Hiệp định …"), whose text is referenced.
_UNDER = re.compile(r"(?<!tuân\s)\btheo\s*$", re.IGNORECASE)
_BINDS = re.compile(
    # (a party's own deed, not a need stated for anyone: "doanh nghiệp cần đăng ký … theo
    # Hiệp định …" is how the text applies, referenced)
    r"\b(?:đề nghị|đề xuất|nhất trí|thống nhất|cam kết|sẽ|yêu cầu|kêu gọi)\b",
    re.IGNORECASE,
)
# (nor an action only to be considered or studied, "xem xét ưu đãi theo Nghị quyết …": what
# the text allows is still to be decided)
_GOAL = re.compile(
    r"\b(?:tiến tới|hướng tới|nhằm|mục tiêu|xem xét|nghiên cứu|cân nhắc)\b", re.IGNORECASE
)


def _carried_out_under(before: str, start: int) -> bool:
    """Whether the name after ``before`` is the text "theo" which an action the sentence
    (from ``start``: past a word of reference or a semicolon) binds someone to is done
    (_UNDER); the whole sentence, as the action is often told past a quoted name with a
    comma of its own ("thí điểm mô hình “Một cửa, một lần dừng” … theo Hiệp định …")."""
    clause = before[start:]
    return bool(_UNDER.search(clause) and _BINDS.search(clause) and not _GOAL.search(clause))


def _verb_right_before(before: str) -> str | None:
    """The status a verb within the last 40 characters of the name's own clause gives it
    ("thực hiện Kế hoạch …"), past any word of reference, deed done at the same time or verb
    acting on another object; None where there is none."""
    scope = _clause_scope(before)
    measured = max((m.end() for m in _REFERENCE.finditer(before)), default=0)
    # "thông qua Kế hoạch …, đồng thời nhấn mạnh Khuôn khổ …": what is done at the same
    # time is another deed; the verb before it acts on its own object
    start = max([scope, measured, *(m.end() for m in _AT_THE_SAME_TIME.finditer(before))])
    near = [
        (b, s)
        for a, b, s in status_verbs(before, max(len(before) - 40, start))
        if not _other_object(before, a, b, s) and not _inside_reference(before, a, measured)
    ]
    return max(near)[1] if near else None


# An aside after a name, set off by a comma, in the passive: "…, được thông qua năm 2024".
_ASIDE = re.compile(r"\s*,\s*(?:(?:đã|cũng|từng)\s+)*(?:được|do)\b")


# "…, vừa được các nước thông qua", "mà UBND tỉnh vừa phê duyệt": a deed just done, with at
# most its agent between "vừa" and the verb.
_JUST = re.compile(r"\bvừa\s+(?:(?:mới|được|chính thức)\s+)*(?:[^\s,.;:]+\s+){0,6}$", re.IGNORECASE)


def _just_done(after: str, at: int) -> bool:
    """Whether the deed at ``after[at:]`` is marked as just done ("vừa")."""
    return bool(_JUST.search(after[:at][-60:]))


# A verb of the nominal phrase a word of reference governs ("trên cơ sở Khung … và kết quả
# đánh giá giữa kỳ Kế hoạch …"): after a noun that makes the deed a thing.
_NOMINALISED = re.compile(
    r"\b(?:kết quả|việc|quá trình|tiến độ|tiến trình|công tác|tình hình)\s+$", re.IGNORECASE
)


def _inside_reference(before: str, at: int, measured: int) -> bool:
    """Whether the verb at ``before[at:]`` is a noun inside what a word of reference before
    it, in the same clause, cites ("phù hợp với kết quả rà soát …"), not a deed of its own."""
    return (
        measured > 0
        and at >= measured
        and "," not in before[measured:at]
        and bool(_NOMINALISED.search(before, 0, at))
    )


# What may follow a comma and still belong to the phrase before it: nothing (the next item
# of a list), a word that introduces the items or names what was meant ("…, trong đó có …",
# "…, gồm …", "…, như …", "…, đó là …"), or a preposition that goes on with the phrase
# ("…, tại Quyết định số …").
_PHRASE_GOES_ON = re.compile(
    r"\s*(?:(?:(?:trong đó|trong số đó)(?:\s+(?:có|là|nổi bật là|đáng chú ý là))?|gồm|bao gồm"
    r"|như|cụ thể là|nhất là|đặc biệt là|kể cả|cùng|và|(?:đó |chính )?là)?\s*[“\"]?\s*$"
    r"|(?:tại|theo|của|trong|thuộc|về|với|cho|kèm theo)\b)",
    re.IGNORECASE,
)
# A setting before the first comma ("Phát biểu tại lễ ký kết, …", "Tại Hội nghị, …"): the
# scene of what follows, not a clause of its own.
_SETTING = re.compile(
    r"\s*(?:phát biểu|tại|trong|sau|nhân|bên lề|dịp|khi|cũng tại|trước đó)\b[^,]*$",
    re.IGNORECASE,
)


def _clause_scope(before: str) -> int:
    """Where the clause of the name that ends ``before`` starts: after the last comma that
    opens another clause, one followed by a verb of its own ("…, kế tục …", "…, coi đây là
    trụ cột của …"); not a comma between the items of a list, before a word that introduces
    them or a preposition, between adverbs of manner ("thực hiện đầy đủ, hiệu quả …"), or
    after the setting the sentence opens with ("Phát biểu tại lễ ký kết, …")."""
    end = len(before)
    commas = [m.start() for m in re.finditer(",", before)]
    for comma in reversed(commas):
        if comma == commas[0] and _SETTING.match(before, 0, comma):
            return 0
        if not _PHRASE_GOES_ON.match(before, comma + 1, end) and _has_verb(before, comma + 1, end):
            return comma + 1
        end = comma
    return 0


def _has_verb(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a verb as the tagger reads ``text`` whole (a word's tag
    depends on its neighbours: "kế tục" alone is no verb): written in lower case and not
    after a preposition, as a verb in a name or topic is."""
    tagged = _tagged(text)
    return any(
        tag == "V" and lo <= at < hi and word[:1].islower() and not (i and tagged[i - 1][2] == "E")
        for i, (at, word, tag) in enumerate(tagged)
    )


_BLANKED = re.compile(r" {3,}")


@lru_cache(maxsize=512)
def _tagged(text: str) -> tuple[tuple[int, str, str], ...]:
    """Each word of ``text`` with where it starts and its part of speech. A name blanked
    out, and the one ``text`` ends before, are read as a name ("VB"), so that the verb
    before one is tagged with its object after it."""
    text = _BLANKED.sub(lambda m: " VB" + " " * (len(m.group()) - 3), text) + " VB"
    found, at = [], 0
    for word, tag in pos_tagger()(text):
        start = text.find(word, at)
        if start < 0:
            continue
        found.append((start, word, tag))
        at = start + len(word)
    return tuple(found)


_AT_THE_SAME_TIME = re.compile(r"\bđồng thời\b", re.IGNORECASE)


# What lies between two documents of one list: a comma or "và", maybe with the first
# one's date or issuer ("Quyết định số 1439/QĐ-TTg ngày 29/10/2018 của Thủ tướng … và").
LIST_GAP = re.compile(
    # (items run on with semicolons: "… có Nghị quyết …; Nghị quyết …; Nghị quyết …", the
    # first maybe with who drafted it: "… do Đoàn Việt Nam đề xuất;")
    r"[”\"]?(?:\s+(?:ngày|của|về việc|do)\b[^;]*?)?\s*(?:,|;|và|,\s*và|cùng với|cùng)\s*[“\"]?"
    r"|\s+(?:ngày|của)\b[^;]*?\s+"
)


DEEDS = ("signed", "adopted")


def acted_on(before: str, *, planned: bool = False) -> bool:
    """Whether a sign or adopt verb stands just before a name: what the meeting did with
    the document, unlike a passive after it, which may tell of an earlier year. With
    ``planned``, also a deed still to come ("sẽ sớm ký kết Hiệp định về …"): it names the
    document as surely, which stays proposed."""
    cues = status_verbs(before, len(before) - 40, aspect=not planned)
    return any(status in DEEDS for _, _, status in cues)


def under_way(before: str) -> bool:
    """Whether the last verb of carrying out before a name tells of what is being done,
    not of an aim ("hướng tới hiện thực hóa Tầm nhìn …", "để thực hiện …")."""
    cues = [(a, s) for a, _, s in status_verbs(before) if s == "implementing"]
    if not cues:
        return False
    verb_at = max(cues)[0]
    # (pushing forward what is carried out, "thúc đẩy (việc) triển khai …", tells of it
    # under way, as for any document; "thúc đẩy" alone before a name is still an aim)
    lead_in = _PUSHED.sub("", before[:verb_at])
    return not (NOT_YET.search(lead_in[-40:]) or _CONTRIBUTES.search(before[:verb_at]))


_PUSHED = re.compile(r"\bthúc đẩy(?:\s+việc)?\s*$", re.IGNORECASE)


# "…, góp phần hiện thực hóa Tầm nhìn …": what the deed contributes to is its aim.
_CONTRIBUTES = re.compile(
    r"góp phần(?:\s+(?:quan trọng|tích cực|thiết thực|đáng kể|to lớn))?(?:\s+vào)?(?:\s+việc)?\s*$",
    re.IGNORECASE,
)


def carried_out(before: str, statuses: tuple[str, ...] = ("implementing",)) -> bool:
    """Whether a verb of carrying out ("thực hiện", "triển khai"), or of another of
    ``statuses`` ("xây dựng", "đàm phán": proposed), stands right before a name, with at
    most an adverb between ("thực hiện hiệu quả Thỏa thuận …")."""
    return any(
        status in statuses and before[end:].strip(" ").count(" ") < 2
        for _, end, status in status_verbs(before, len(before) - 30)
    )


# "thông qua 3 văn kiện gồm: Tuyên bố …; Kế hoạch …; Hướng dẫn …": the documents a verb
# acts on, listed after a colon, each with that verb's status; capitalised there only as a
# list's items are, they are named by the verb.
_LIST_INTRO = re.compile(
    rf"(?:(?:văn kiện|văn bản|tài liệu)\b[^:;.]{{0,30}}"
    rf"|(?:thông qua|ban hành|(?i:{SIGN})(?: kết)?)(?:\s+(?:bao gồm|gồm|như sau))?)"
    r"\s*:\s*$"
)
# what stands between the colon and an item, once the items before it are blanked: the
# marks of the items before it too ("a) …; b) …")
# (one mark or word at a time, never a run inside the repeat, which backtracks without end
# over a long gap that is no list)
_LIST_ITEM_GAP = re.compile(r"(?:[\s;,•+*-]|và\b|cùng với\b|\(?\d+\)|\d+\.|[a-z]\))*")


# A headline that opens with "Thông qua" and a document, making no clause of its own
# ("Thông qua Tuyên bố Hà Nội về chuyển đổi số"), reports its adoption, unlike "Thông qua
# hợp tác, hai nước …".
ADOPTING_HEADLINE = re.compile(
    rf"(?i:thông qua)\s+(?:{DOCUMENT_WORDS_PATTERN}|{WEAK_DOCUMENT_WORDS_PATTERN})[^,;:]*$"
)


# "chứng kiến lễ trao các văn kiện hợp tác, gồm Bản ghi nhớ …, Hiệp định … và Kế hoạch
# …": the papers a verb acts on, then what they are, without a colon.
# resolutions a meeting adopts, counted ("24 Nghị quyết", "các nghị quyết"), not one named
# by its number ("Nghị quyết số 12/2026/NQ-HĐND")
COUNTED_RESOLUTIONS = r"(?:\d+|các|những)\s+[Nn]ghị quyết\b(?!\s+số\b)"
_PAPERS_THEN_ITEMS = re.compile(
    # (projects too, approved or funded, then the named ones: "ba dự án được phê duyệt,
    # trong đó có Dự án …")
    # (what describes the papers may take a clause: "những văn bản được ký tại Hội nghị lần
    # trước, gồm …")
    r"(?:văn kiện|văn bản|thỏa thuận|thoả thuận|dự án)\b[^:;.]{0,60}?,?\s*"
    r"\b(?:gồm|bao gồm|trong đó có|cụ thể là|là)\s*"
    # resolutions counted, with the fields they cover, then some picked out, in the same
    # sentence or the next ("thông qua 12 nghị quyết về …, trong đó có Nghị quyết …",
    # "… 24 Nghị quyết trên các lĩnh vực … . Trong số đó có Nghị quyết …")
    rf"|{COUNTED_RESOLUTIONS}[^:;.]{{0,150}}?(?:,\s*|[.!?]\s+)"
    r"(?:[Tt]rong (?:số )?đó(?:,)? (?:có|là)|gồm|bao gồm)\s*"
)


def list_intro_status(text: str, at: int, *, loose: bool = False) -> str | None:
    """The status of the verb introducing the list of documents that what starts at ``at``
    is an item of, if any. ``text`` has the other documents blanked, unless ``loose``."""
    colon = text.rfind(":", 0, at)
    if colon >= 0 and (loose or _LIST_ITEM_GAP.fullmatch(text, colon + 1, at)):
        head = text[: colon + 1]
        intro = _LIST_INTRO.search(head)
        if intro:
            cues = status_verbs(head, len(head) - 80)
            if cues:
                return max(cues)[2]
            papers = PAPERS.search(head, intro.start())
            status = _papers_status(text, papers.start(), papers.end()) if papers else None
            among = _AMONG_THEM.search(head)
            if status is None and among:
                # "… đã thông qua 40 văn kiện. Trong đó, nổi bật là các văn kiện sau:"
                earlier = list(PAPERS.finditer(head, 0, among.start()))
                if earlier:
                    status = _papers_status(text, earlier[-1].start(), earlier[-1].end())
            # papers listed with no deed ("nhấn mạnh các văn kiện sau:") are still papers
            return status or ("referenced" if papers else None)
        among = _AMONG_THEM.search(head)
        earlier = list(PAPERS.finditer(head, 0, among.start())) if among else []
        if earlier:
            # "12 bản ghi nhớ đã được ký kết. Trong đó nổi bật có: …": a lead naming no
            # papers picks out some of those the sentence before it signs
            return _papers_status(text, earlier[-1].start(), among.start())
    papers = [m for m in _PAPERS_THEN_ITEMS.finditer(text, max(0, at - 400), at)]
    if (
        papers
        and (
            loose
            or _LIST_ITEM_GAP.fullmatch(text, papers[-1].end(), at)
            # (or the papers are counted, and the items between are theirs however they read,
            # "3 văn kiện gồm Tầm nhìn …, thành lập Mạng lưới …, và Tuyên bố …", to the end)
            or (
                _COUNT_BEFORE.search(text, 0, papers[-1].start())
                and _ITEM_AFTER_COMMA.search(text, 0, at)
                and not _SENTENCE_END.search(text, papers[-1].end(), at)
                and ";" not in text[papers[-1].end() : at]
            )
        )
    ):
        return _papers_status(text, papers[-1].start(), papers[-1].end())
    leads = list(_AMONG_THEM_INLINE.finditer(text, 0, at))
    if leads and (
        loose
        or _LIST_ITEM_GAP.fullmatch(text, leads[-1].end(), at)
        # (or it opens a part after a semicolon: each such part is an item, however the
        # name before it ends, "… Bắc Ninh giữa UBND tỉnh … và Tập đoàn …; Hợp đồng …")
        or (
            _AFTER_SEMICOLON.search(text, 0, at)
            and not _SENTENCE_END.search(text, leads[-1].end(), at)
        )
    ):
        # "… đã trao 14 văn kiện. Trong đó có A; B; C.": the items, run on with no colon,
        # are some of the papers the sentence before names, with the status its verb gives
        earlier = list(PAPERS.finditer(text, 0, leads[-1].start()))
        if earlier:
            return _papers_status(text, earlier[-1].start(), earlier[-1].end())
    return None


_COUNT_BEFORE = re.compile(rf"\b(?:\d+|{_NUMBER_WORDS})\s+$")
_ITEM_AFTER_COMMA = re.compile(r"(?:,|,?\s+và)\s+$")


PAPERS = re.compile(
    rf"văn kiện|văn bản|tài liệu|thỏa thuận|thoả thuận|bản ghi nhớ|{COUNTED_RESOLUTIONS}"
)
# a list's lead that picks out some of the papers the sentence before it names ("Các nhà
# lãnh đạo đã thông qua 40 văn kiện. Trong đó, nổi bật là các văn kiện sau:")
AMONG_THEM = r"(?:Trong (?:số )?(?:đó|này)|Cụ thể)\b[^.!?]*"
_AMONG_THEM = re.compile(rf"(?<=[.!?]\s){AMONG_THEM}$")
# such a lead with its items run on after it, no colon between ("Trong đó có Bản ghi nhớ
# …; Hợp đồng …", "Trong số đó, nổi bật là Hiệp định …")
AMONG_THEM_INLINE = (
    r"(?:Trong (?:số )?(?:đó|này)|Cụ thể)\s*,?\s*(?:(?:nổi bật|đáng chú ý)\s+)?"
    r"(?:(?:là|có|gồm|bao gồm)\s+)+"
)
_AMONG_THEM_INLINE = re.compile(rf"(?<=[.!?]\s){AMONG_THEM_INLINE}")
_AFTER_SEMICOLON = re.compile(r";\s*$")
_SENTENCE_END = re.compile(r"[.!?]\s")
# a count or determiner between a verb and the papers it acts on ("trao 3 văn kiện")
_COUNTED_PAPERS = re.compile(rf"\s(?:{_COUNT})+$")


def _papers_status(text: str, start: int, end: int) -> str | None:
    """The status of the verb that acts on the papers at ``text[start:end]``: right before
    them, past their count ("trao các văn kiện", "trao 3 văn kiện", "ký 5 văn kiện"), or
    in the passive after them ("Các văn kiện được ký gồm …")."""
    head = text[:start]
    counted = _COUNTED_PAPERS.search(head)
    if counted:
        head = head[: counted.start()] + " "
    cues = status_verbs(head, len(head) - 40) or status_verbs(text[:end], start)
    return max(cues)[2] if cues else None


# "… sẽ được hai tỉnh ký", "… dự kiến được ký kết", "… đã được thông qua": a deed told in
# the passive right after a name, which then opens its clause as the deed's object; set
# off as an aside too ("Nghị quyết về …, được các đại biểu thông qua tối 5/6, kêu gọi …"),
# its agent a body or meeting named in full ("được Hội nghị Bộ trưởng ASEAN về … thông
# qua"): a capitalised agent runs to the deed, no comma between.
# "Tuyên bố chung … đã được đưa ra trong cuộc họp báo": a statement that "được đưa ra" right
# after its name was issued (docs/annotating.md: adopted); "đưa ra" also puts a matter
# forward ("được đưa ra thảo luận"), so only a statement, and not before what is done next.
_STATEMENT = re.compile(r"(?:Tuyên bố|Thông cáo)\b")
_ISSUED_AFTER = re.compile(
    r"\s*,?\s*(?:(?:đã|vừa|mới|cũng|chính thức)\s+)*được\s+(?:[^\s,.;:]+\s+){0,6}?đưa ra\b"
    r"(?!\s+(?:thảo luận|xem xét|bàn|lấy ý kiến|trao đổi|để)\b)"
)


def issued_after(name: str, after: str) -> bool:
    """Whether the statement ``name`` is issued by the passive "được … đưa ra" after it."""
    return bool(_STATEMENT.match(name) and _ISSUED_AFTER.match(after))


_PASSIVE_DEED_AFTER = re.compile(
    r"\s*,?\s*(?:(?:sẽ|dự kiến|đã|vừa|mới|cũng|sắp|chính thức)\s+)*được\s+"
    rf"(?:(?:hai|các|ba|bốn)\s+[^\s,.;]+(?:\s+[{LOWER}][^\s,.;]*)?\s+"
    rf"|[{UPPER}][^\s,.;]*(?:\s+[^\s,.;]+){{0,11}}?\s+)?"
    rf"(?:(?i:{SIGN})(?: kết)?|thông qua|ban hành|trao)\b"
    # (not the subject of "là", which describes the text named after it: "Văn kiện quan
    # trọng nhất được Hội nghị thông qua là Tuyên bố …")
    r"(?!\s+(?:là|gồm|bao gồm)\b)"
)


# What stands before a name that opens its clause: nothing, or a comma or stop.
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:.!?])\s*$")


def passive_deed_after(sentence: str, start: int, end: int) -> bool:
    """Whether the name at ``sentence[start:end]`` opens its clause as the object of a deed
    told in the passive right after it ("Quy chế phối hợp … sẽ được hai tỉnh ký …"); not a
    name a verb before it acts on ("thực hiện Tầm nhìn … được thông qua năm 2023")."""
    return bool(
        _CLAUSE_OPENS.search(sentence, 0, start) and _PASSIVE_DEED_AFTER.match(sentence, end)
    )


# "… chính thức có hiệu lực từ năm 2024": told in force right after a name.
_IN_FORCE_AFTER = re.compile(
    rf"\s*(?:(?:đã|vừa|mới|cũng|sẽ|chưa)\s+)*{IN_FORCE.pattern}", re.IGNORECASE
)
# Whom or what an instrument binds, in its name ("… giữa hai nước", "… về …").
_BINDS_WHOM = re.compile(r"\s(?:giữa|về)\s")


def in_force_after(sentence: str, start: int, end: int) -> bool:
    """Whether the name at ``sentence[start:end]``, capitalised only as its clause's first
    word, is an instrument told in force right after it and says between whom or about
    what ("Hiệp định phân định … giữa hai nước chính thức có hiệu lực từ …"): one text,
    though its topic is in lower case, unlike a kind ("Hiệp định thương mại tự do …")."""
    return bool(
        _CLAUSE_OPENS.search(sentence, 0, start)
        and _IN_FORCE_AFTER.match(sentence, end)
        and _BINDS_WHOM.search(sentence, start, end)
    )


def after_deed(sentence: str, at: int) -> bool:
    """Whether what starts at ``at`` is what a sign or adopt verb acts on: right after it,
    or listed after a document it acts on ("ký Bản ghi nhớ … và Ý định thư …")."""
    before = sentence[:at]
    if acted_on(before, planned=True):
        return True
    listed = re.search(r"(?:,|\svà|\scùng với|\scùng)\s*$", before)
    return bool(listed) and any(s in DEEDS for _, _, s in status_verbs(before, aspect=False))


# "Đối với Hiệp định … (AITIGA), các Bộ trưởng … thống nhất hoàn tất rà soát": a text put
# first as the topic, then a comma; the clause after is about it, though it is no object
# there.
_TOPIC_FIRST = re.compile(r"\W*(?:Đối với|Riêng với|Riêng đối với)\s+$")
_TOPIC_COMMA = re.compile(r"\s*(?:\([^)]*\)\s*)?,")


def topic_status(before: str, after: str) -> str | None:
    """The status the first verb of the clause after a topic put first gives ("Đối với
    Hiệp định …, các Bộ trưởng … rà soát …": implementing), or None where the name is not
    such a topic or that clause has no verb of status."""
    comma = _TOPIC_COMMA.match(after)
    if not (_TOPIC_FIRST.fullmatch(before) and comma):
        return None
    verbs = status_verbs(after, comma.end())
    return min(verbs)[2] if verbs else None
