"""Declarations: the formal documents an article names, each with its status.

A document is a name that starts with a document-type word ("Kế hoạch làm việc ACCSM giai
đoạn 2021-2025"); its status comes from the verbs of the clause it is in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from briefgen.extract.complete_sentences import is_complete
from briefgen.extract.known_documents import ACRONYM, KnownDocuments, is_type_only
from briefgen.extract.lexicon import (
    DOCUMENT_WORDS,
    LAUNCHED,
    LOWER,
    LOWER_DOCUMENT_WORDS,
    NOT_YET,
    SIGN,
    STATUS_CUES,
    UPPER,
    WEAK_DOCUMENT_WORDS,
)
from briefgen.normalize import fold
from briefgen.records import Bilingual, Declaration

_DOC_WORDS = "|".join(re.escape(w) for w in DOCUMENT_WORDS)
_WEAK_DOCS = "|".join(re.escape(w) for w in WEAK_DOCUMENT_WORDS)
_LOWER_DOCS = "|".join(re.escape(w) for w in LOWER_DOCUMENT_WORDS)
# "Quyết định số 02/BCĐ ASEAN", "Chỉ thị số 25-CT/TW": an act's name ends with its number
# (and issuer's acronym); a directive, conclusion or law only with "số", as "Kết luận 3 …"
# may be a count.
# (or with a code that can be no count: "Chỉ thị 25-CT/TW", "Kết luận 57-KL/TW")
_NUMBERED = (
    r"(?:(?:Quyết định|Nghị định|Nghị quyết|Thông tư)(?: số)?|(?:Chỉ thị|Kết luận|Luật) số"
    r"|(?:Chỉ thị|Kết luận|Quy định)(?= \d+-[A-ZĐ]+/))"
    r" [\w/.-]*\d[\w/.-]*(?: [A-Z]{2,}\b)?"
)
_NUMBERED_ACT = re.compile(rf"^({_NUMBERED})")
# "và"/"với" end a name unless a capitalised word that starts no other document follows
# ("Tuyên bố Hà Nội về Phúc lợi và Phát triển của Phụ nữ và Trẻ em ASEAN").
_JOINS_NAME = rf"(?!\s(?!{_DOC_WORDS}|{_WEAK_DOCS})[{UPPER}])"
# "và" goes on with the name's topic in lower case too ("Bản ghi nhớ về hợp tác văn hóa và
# thể thao", "Tuyên bố về phòng ngừa và kiểm soát dịch bệnh"), unless what follows is
# another document, or a verb or determiner opening the next thing done ("… và chứng kiến
# lễ ký …", "… và nhất trí …", "… và các văn kiện khác").
_AND_STOP = (
    r"các|những|hai|ba|nhiều|mỗi|một|đồng thời|cũng|nhằm|để|đã|sẽ|được|đang|vừa|mới|còn"
    r"|cùng|với|của|là|có|theo|tại|vào|sau|trước|khi|nhưng|ông|bà|chứng kiến|nhất trí|thống nhất"
    r"|ký|kí|trao(?! đổi)|thông qua|ban hành|công bố|phê duyệt|khẳng định|nhấn mạnh|cam kết"
    r"|đề nghị|đề xuất|kêu gọi|hoan nghênh|đánh giá|bày tỏ|tiếp tục|ghi nhận|đồng ý|thảo luận"
    r"|tham dự|phát biểu|cho biết|chúc mừng|cảm ơn|lưu ý|tiến tới|hướng tới|góp phần|giúp|tạo"
    r"|mở ra|đưa|nêu|gửi|tiếp|gặp|hội đàm|thăm|dự|chủ trì|đồng chủ trì|kết thúc|bắt đầu"
    r"|khai mạc|bế mạc|triển khai|thực hiện|xây dựng|hoàn thiện|hoàn tất|đàm phán|tăng cường"
    r"|thúc đẩy|nâng cao|mở rộng|tận dụng|tuân thủ|rà soát|trình|đạt|coi|xem|nhận|tổ chức"
)
# (in lower case only after a word in lower case: "Hiến chương ASEAN | và luật pháp quốc tế")
_AND_ENDS_NAME = (
    rf"(?:(?=\s(?:{_DOC_WORDS}|{_WEAK_DOCS}|{_LOWER_DOCS}|(?:{_AND_STOP})\b)"
    rf"|\s(?![{UPPER}{LOWER}]))|(?<=[^{LOWER}]\svà)(?=\s[{LOWER}]))"
)
# "… với Bộ Nội vụ Việt Nam": the other party to the document, not part of its name.
_COUNTERPART = r"(?:Bộ|Chính phủ|Ban|Cơ quan|Tổ chức|Ủy ban|Hội đồng|Tổng cục|Cục|Đại sứ quán)\b"
# "trong khuôn khổ …" is "within the framework of", not a document called Khuôn khổ: the
# name is what follows ("trong khuôn khổ Hiệp định RCEP"), unless the glossary knows the
# framework ("theo Khuôn khổ Phục hồi Toàn diện ASEAN").
_WITHIN = r"(?<=trong )|(?<=thuộc )|(?<=theo )|(?<=Trong )|(?<=Theo )"
_HEADS = (
    rf"\b{_NUMBERED}|(?<!các )(?<!Các )(?<!những )(?<!nhiều )(?!(?:{_WITHIN})[Kk]huôn khổ)"
    rf"(?:\b(?:{_DOC_WORDS})|\b(?:{_LOWER_DOCS})(?=\s[\w“\"]))"
)
_NAME_CHAR = r"(?:[^,.;:()&<>“”\"]|(?<=\d)\.(?=\d)|(?<=[Pp]hòng),(?=\s*chống\b))"
_NAME = (
    # a quoted name, right after the document word or a few words on ("Đề án Triển khai “…”")
    r"(?:(?:\s+[^\s“”\",.;:]+){0,3}\s*[“\"][^”\"]+[”\"]"
    # (a version's point is no full stop: "Hiệp định ACFTA 3.0", "công nghiệp 4.0")
    # (nor is the comma of "phòng, chống" (prevention and control), one phrase: "Bản ghi nhớ
    # về hợp tác phòng, chống ma túy")
    rf"|{_NAME_CHAR}*?"
    rf"(?:\([^)]*\){_NAME_CHAR}*?)?)"
    r"(?=(?<=[”\"])\s*[-–]|\s*(?:(?!,\s*chống\b)[,;:&<>“”\"]|\.(?!\d)|…|$|\s(?:đã|được|nhằm|để|(?<!tự\s)do|tại"
    rf"|(?<!đối\s)với(?:{_JOINS_NAME}|(?=\s{_COUNTERPART}))|và{_AND_ENDS_NAME}"
    rf"|(?<!nhà\s)ở{_JOINS_NAME}|là|sẽ|vào"
    # an adverb before the verb of a sentence whose subject is the document ("Đồng thuận 5
    # điểm vẫn là …", "Hiệp định … cũng có hiệu lực")
    r"|vẫn|cũng|luôn|đều|vừa|tiếp tục"
    # "trong" ends a name after an acronym or a year ("Hiệp định RCEP | trong khu vực"),
    # else only before the setting: "trong khuôn khổ …", "trong chuyến thăm", "trong năm
    # 2026", not "… trong lĩnh vực …", "… trong công vụ", "… trong các tình huống khủng
    # hoảng", "… trong việc đạt được …"
    r"|(?<=[A-Z0-9]\s)trong|trong(?=\s(?:khuôn khổ|chuyến|dịp|thời gian|năm|tháng|tuần"
    r"|ngày|nhiệm kỳ|phiên|cuộc|buổi|lễ|[Hh]ội nghị|[Hh]ội đàm|khi|đó|số|hai|ba|[Kk]ỳ họp"
    r"|tương lai|những năm))"
    r"|ngày\s\d"
    # a relative clause, the occasion, the setting: "… mà Việt Nam đề xuất", "… nhân chuyến
    # thăm …", "… bên lề Hội nghị", "… dưới sự chứng kiến của …", "… khi …", "… kể từ …"
    r"|mà|nhân dịp|nhân chuyến|bên lề|dưới sự|(?:sau )?khi|kể từ"
    # the witnesses and the request it is signed at, what it serves as ("… trước sự chứng
    # kiến của …", "… theo đề nghị của …", "… làm cơ sở cho …")
    r"|trước sự|theo (?:đề nghị|lời mời|yêu cầu)|làm (?:cơ sở|nền tảng|tiền đề)"
    # a modal before the verb of a sentence whose subject is the document ("Bộ Quy tắc …
    # cần sớm được hoàn tất", "Hiệp định … dự kiến được ký kết", "… phải được thực thi")
    r"|cần(?! thiết)|phải|dự kiến|dự định|có thể"
    # how it is acted on ("triển khai Kế hoạch … | một cách hiệu quả")
    r"|một cách|về lâu dài"
    # the verb of a sentence whose subject is the document ("Tuyên bố chung … nêu rõ …")
    # ("tạo" but not the word it ends: "đào tạo" training, "sáng tạo" creative)
    # (not "có" of an adjective: "trí tuệ nhân tạo có trách nhiệm", "có sự tham gia")
    r"|nêu|khẳng định|nhấn mạnh|thể hiện|đánh dấu|mở ra|góp phần|gồm|bao gồm"
    # (nor "không có", without: "… Đông Nam Á không có vũ khí hạt nhân")
    r"|(?<!không\s)có(?!\s(?:trách nhiệm|sự tham gia|chất lượng|kiểm soát)\b)"
    # the verb of the ceremony it is signed at ("Lễ ký kết Thỏa thuận … diễn ra sáng 5/12")
    r"|diễn ra"
    # what the document does or when it takes effect ("… cho phép các nước …", "… giúp …",
    # "… chính thức có hiệu lực từ …"), and what comes with it ("… cùng với Hướng dẫn …")
    r"|cho phép|giúp|chính thức(?=\s(?:có|được|đi|bước))|cùng với"
    # a participle telling when it was signed ("Bản ghi nhớ … ký năm 2019")
    rf"|{SIGN}"
    # ("nhân tạo" artificial, "cấu tạo" structure)
    r"|(?<!đào\s)(?<!Đào\s)(?<!sáng\s)(?<!chế\s)(?<!cải\s)(?<!kiến\s)(?<!tái\s)(?<!nhân\s)"
    r"(?<!cấu\s)tạo)\s))"
)
_DOCUMENT = re.compile(_HEADS + _NAME)
# Names under a weak document word are looked for apart, where they can be names: quoted,
# or in the headline (a meeting's deed there: "ASEAN thông qua Hướng dẫn về …"), so that
# one elsewhere does not hide the name after it ("Hướng dẫn thực hiện Hiệp định …").
_WEAK_DOCUMENT = re.compile(rf"\b(?:{_WEAK_DOCS})" + _NAME)
_QUOTE = re.compile(r"[“\"]")
# "chương trình \"Viện trợ đa niên\" (MIP)", "dự án “Tăng cường năng lực …”": a kind of
# document, written in lower case as a common noun, names the quoted name after it.
# (any kind of document a quoted name can follow: "lộ trình “Kết nối số ASEAN 2030”",
# "hướng dẫn “…”", "hiệp định “…”"; not "tuyên bố" or "cam kết", verbs before a quoted
# speech or slogan)
_KIND_THEN_QUOTE = re.compile(
    r"\b(?:[Cc]hương trình|[Dd]ự án|[Đđ]ề án|[Vv]ăn kiện|[Ss]áng kiến|[Kk]ế hoạch|[Cc]hiến lược"
    r"|[Tt]h(?:ỏa|oả) thuận|[Ll]ộ trình|[Kk]huôn khổ|[Hh]ướng dẫn|[Hh]iệp định|[Hh]iệp ước"
    r"|[Cc]ông ước|[Qq]uy chế|(?:[Bb]iên )?[Bb]ản ghi nhớ|[Nn]ghị định thư)"
    rf"\s*[“\"]\s*([{UPPER}][^”\"]*?)\s*[”\"]"
)
# "thông qua “Cam kết Hà Nội về …”": what a meeting signs, adopts or issues under a quoted
# name is a document, whatever word the name starts with.
_DEED_THEN_QUOTE = re.compile(
    rf"(?:thông qua|(?i:{SIGN})(?: kết)?|ban hành|công bố|\bra)"
    rf"\s*[“\"]\s*([{UPPER}][^”\"]*?)\s*[”\"]"
)
# A headline is written in sentence case, so what it says the meeting signs or issues is
# a document whatever the case of its document word ("Việt Nam và Singapore ký thỏa thuận
# hợp tác về kinh tế số"); not after "thông qua", as often "through" as "adopt" there
# ("thúc đẩy hợp tác thông qua chương trình trao đổi thanh niên").
_DEED_THEN_LOWER_DOCUMENT = re.compile(
    rf"(?:(?i:{SIGN})(?: kết)?|ban hành|công bố|\bra)\s+("
    + "|".join(re.escape(w.lower()) for w in (*DOCUMENT_WORDS, *WEAK_DOCUMENT_WORDS))
    + ")"
    + _NAME
)
# In the body too, what the meeting signs is a document whatever its case ("đã ký thỏa
# thuận ngừng bắn toàn quốc", "ký biên bản ghi nhớ về hợp tác lao động"): only the kinds
# of document that are signed, right after the verb (not "ký các thỏa thuận"), and a
# name that says more than its kind (not "ký thỏa thuận hợp tác"). An agreement in lower
# case is as often a kind ("ký hiệp định thương mại tự do với EU") unless it says what
# it is about ("hiệp định về …").
# (an MoU is as often written by its English acronym, "ký MoU về …", and an agreement as
# "Bản thỏa thuận …")
_SIGNED_LOWER_DOCUMENT = re.compile(
    rf"(?i:{SIGN})(?: kết)?\s+((?:(?:[Bb]ản )?th(?:ỏa|oả) thuận|(?:biên )?bản ghi nhớ|ý định thư"
    r"|nghị định thư|MOU|MoU|(?:hiệp định|Bản ghi nhớ|Bản th(?:ỏa|oả) thuận)(?= [^,.;:]*\bvề\b)"
    # a plan or programme signed by two parties is their document when it says what it is
    # about, between whom or for which year ("ký kế hoạch hợp tác năm 2026 giữa hai Bộ")
    r"|(?:kế hoạch|chương trình)(?= [^,.;:]*(?:\b(?:về|giữa)\b|\b(?:19|20)\d\d\b)))" + _NAME + ")"
)
# What the meeting adopts or issues in lower case is a document too where its name says
# what it is about ("ban hành kế hoạch hành động về bình đẳng giới …"), unlike a kind
# ("thông qua kế hoạch hành động") or "thông qua" meaning "through".
_ADOPTED_LOWER_DOCUMENT = re.compile(
    r"(?:thông qua|ban hành|công bố|phê duyệt|\bra)\s+((?:tuyên bố|kế hoạch|chiến lược"
    r"|chương trình|lộ trình|đề án|hướng dẫn)(?= [^,.;:]*\bvề\b)" + _NAME + ")"
)
# A plan, programme, strategy or agreement in lower case is a document when its name gives
# the period it covers ("kế hoạch công tác ALMM giai đoạn 2021-2025", "chiến lược quốc gia
# … đến năm 2030"), as kinds of document are not dated.
_LOWER_PERIOD_DOCUMENT = re.compile(
    r"(?<!các )(?<!những )\b(?:kế hoạch|chương trình|chiến lược|th(?:ỏa|oả) thuận|đề án)" + _NAME
)
# An agreement, memorandum, protocol or treaty in lower case, that says what it is about or
# between whom ("đàm phán thỏa thuận về công nhận lẫn nhau …", "triển khai thỏa thuận hợp
# tác giữa hai Bộ"), is a document where a verb of carrying it out or negotiating it
# governs it, as much as one signed; not plans and programmes, which as often are a body's
# own work ("xây dựng kế hoạch hành động về …").
_LOWER_INSTRUMENT = re.compile(
    r"(?<!các )(?<!những )(?<!nhiều )\b(?:th(?:ỏa|oả) thuận|hiệp định|(?:biên )?bản ghi nhớ"
    rf"|nghị định thư|công ước|hiệp ước)(?=(?:\s+[{LOWER}]+){{0,2}}\s+(?:về|giữa)\s)"
    # (what leaders agreed in talks is an understanding: "thỏa thuận giữa lãnh đạo cấp cao")
    r"(?![^,.;:]*\bgiữa\s+(?:các\s+|hai\s+)?(?:nhà\s+)?lãnh đạo)" + _NAME
)
# A plan, programme or strategy in lower case named by a proper modifier right after its
# kind, then its topic ("thực hiện kế hoạch hành động ASEAN - Nhật Bản về biến đổi khí
# hậu"), where a verb of status governs it: the region or parties and the topic name one
# document, unlike a body's own plan ("kế hoạch hành động của Bộ …") or a mechanism with
# no topic ("chương trình hợp tác Mekong - Lan Thương").
_LOWER_NAMED_PLAN = re.compile(
    rf"(?<!các )(?<!những )\b(?:kế hoạch|chương trình|chiến lược)(?:\s+[{LOWER}]+){{0,3}}"
    rf"\s+(?!của\b)[{UPPER}][^,.;:]*?\svề\s" + _NAME
)
_PERIOD = re.compile(r"giai đoạn \d{4}|đến năm \d{4}|\d{4}\s*[-–]\s*\d{4}")
# "Chương trình do Liên minh châu Âu hỗ trợ này (EU-HSPSP-2)": a programme or project is
# named by the code in brackets after it (capitals with a digit or a hyphen), in its clause.
_KIND_THEN_CODE = re.compile(
    r"\b(?:[Cc]hương trình|[Dd]ự án|[Đđ]ề án|[Kk]ế hoạch|[Ss]áng kiến)"
    r"(?:\s+[^\s,.;:()“”\"]+){0,12}?\s*\(((?=[^)]*[\d-])[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)+)\)"
)
# "các Hiệp định CPTPP và RCEP", "Hiệp định EVFTA, EVIPA và CPTPP", "các Nghị quyết 57 và
# 59": a document word shared by a list of acronyms (or an act's by numbers) names a
# document with each of them. Not the parties to one document: "Hiệp định giữa ASEAN và
# EU", "Bản ghi nhớ VCCI và JETRO về …" (the document word is described only by words in
# lower case that are no preposition: "các hiệp định thương mại tự do EVFTA và CPTPP").
_PREPOSITIONS = r"(?:giữa|với|của|về|cho|tại|trong|ở|từ|đến|bởi|do|theo|là|và)"
# ("tự do", free, is a word: its "do" is not the preposition "by")
_HEAD_WORDS = rf"(?:\s+(?:tự do|(?!{_PREPOSITIONS}\b)[{LOWER}]+)){{0,4}}"
_ACT_WORDS = r"(?:Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Thông tư|Đề án)(?: số)?"
_ACT_NUMBER = r"\d+(?:[-/][\w/-]+)?"


def _list_of(item: str) -> str:
    return rf"{item}(?:\s*,\s*{item})*,?\s+(?:và|cùng)\s+{item}(?![\w+-])(?!\s+(?:về|giữa)\b)"


_SHARED_HEAD = re.compile(
    rf"(?<![\w-])(?:(?P<head>(?:{_DOC_WORDS}|{_LOWER_DOCS}){_HEAD_WORDS})"
    rf"\s+(?P<items>{_list_of(ACRONYM.pattern)})"
    rf"|(?P<act>{_ACT_WORDS})\s+(?P<numbers>{_list_of(_ACT_NUMBER)}))"
)
_ITEM = re.compile(rf"{ACRONYM.pattern}|{_ACT_NUMBER}")


def _shared_heads(
    sentence: str, known: KnownDocuments | None
) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """Each list of documents sharing one document word: where it lies in ``sentence``, and
    each document's span (the first from the shared word on) and name. A list with a name
    the glossary knows as no document ("ASEAN", "APEC") lists the parties to one."""
    found = []
    for m in _SHARED_HEAD.finditer(sentence):
        head, items = ("head", "items") if m.group("head") else ("act", "numbers")
        listed = list(_ITEM.finditer(m.group(items)))
        if known is not None and any(known.names_no_document(i.group()) for i in listed):
            continue
        at = m.start(items)
        documents = [(at + i.start(), at + i.end(), f"{m.group(head)} {i.group()}") for i in listed]
        documents[0] = (m.start(), *documents[0][1:])
        found.append((m.start(), m.end(), documents))
    return found


# A number, a quote, a capitalised word or a bracketed acronym ("Bản ghi nhớ (MOU) về …")
# after the document word make a name of it.
_PROPER = re.compile(r"\d|[“\"]|\s\(?[A-ZĐ]")
_NOT_DOCUMENT = re.compile(
    r"^(?:Kế hoạch|Chiến lược|Khuôn khổ|Tuyên bố)\s+(?:này|đó|trên)\b|\s(?:này|đó)$"
    # a meeting's agenda, unlike the "Chương trình nghị sự 2030" of the United Nations
    r"|^Chương trình nghị sự(?!\s+\d)"
)


# "Quyết định … về việc phê duyệt Đề án …": the verb describes the earlier act, it is not
# what the meeting did with the document.
# Talking about the deed is not a title: "trao đổi về việc triển khai Bản ghi nhớ …"
# discusses carrying the memorandum out.
_DESCRIBED = re.compile(
    r"(?<!trao đổi )(?<!thảo luận )(?<!bàn )(?<!báo cáo )(?<!ý kiến )(?<!thông tin )"
    r"về việc\s+\S+\s*\S*$"
)


def _cues(
    text: str, lo: int = 0, hi: int | None = None, *, aspect: bool = True
) -> list[tuple[int, int, str]]:
    """(start, end, status) of each status verb within ``text[lo:hi]``; a signature or
    adoption still to come ("sẽ ký", "tiến tới thông qua") makes the document proposed.
    The verbs are read in the whole ``text``, as the words around one tell what it is
    ("chữ ký" is a signature, not "sign")."""
    hi = len(text) if hi is None else hi
    lo = max(lo, 0)
    return [
        (m.start(), m.end(), _aspect(status, text[: m.start()]) if aspect else status)
        for status, cue in STATUS_CUES
        for m in cue.finditer(text)
        if lo <= m.start()
        and m.end() <= hi
        and not _DESCRIBED.search(text[: m.end()])
        and not _through(text, m.start())
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
_COUNT = (
    r"(?:các|những|nhiều|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+|chính thức"
    r"|khoảng|gần|hơn|trên|tổng cộng)\s+"
)
# words after a verb with no object: where, when, by whom, and what else was done
_NO_OBJECT = r"(?:tại|vào|năm|ngày|trong|từ|ở|hôm|lần|bởi|và|cùng|hoặc|hay|sau|trước|khi)\b"
_THROUGH = re.compile(
    rf"(?<!được )(?i:thông qua)\s+(?:{_COUNT})*+(?=[{LOWER}])(?!(?:{_ADOPTABLE}|{_NO_OBJECT})\b)"
)


def _through(text: str, at: int) -> bool:
    return bool(_THROUGH.match(text, at)) or (
        text[at : at + 9].lower() == "thông qua" and not text[:at].strip(" ,")
    )


def _by_way_of(sentence: str, at: int) -> tuple[int, int] | None:
    """The span of the "thông qua" meaning "through" that what starts at ``at`` follows
    ("Thông qua chương trình “…”, hội đã trao quà", "thông qua khuôn khổ …"), if any."""
    m = re.search(r"(?i:thông qua)\s+(?:(?:các|những)\s+)?$", sentence[:at])
    return (
        (m.start(), m.start() + len("thông qua")) if m and _through(sentence, m.start()) else None
    )


# A deed still to come, with its agent between: "sẽ được các Bộ trưởng thông qua", "trình
# Hội nghị Cấp cao thông qua", "để các Nhà Lãnh đạo thông qua" (another body adopts it
# later), unless something done comes between ("sẽ tăng cường hợp tác và đã ký …").
_LATER_BY = re.compile(
    # ("trình", submit, not "chương trình", "lộ trình", "trình bày" …)
    r"(?:\bsẽ|\bsớm|dự kiến|\bđể|\b(?<!chương )(?<!quá )(?<!lộ )(?<!tiến )(?<!công )"
    r"(?<!hành )trình(?!\s+(?:bày|độ|diễn|chiếu))(?:\s+lên)?)\s+(?:được\s+)?"
    r"(?:(?!đã\b|và\b)[^\s,.;:]+\s+){0,8}$",
    re.IGNORECASE,
)


def _aspect(status: str, before_verb: str) -> str:
    if status in ("signed", "adopted") and (
        NOT_YET.search(before_verb[-40:]) or _LATER_BY.search(before_verb[-60:])
    ):
        return "proposed"
    return status


# "phù hợp với luật pháp quốc tế, trong đó có UNCLOS 1982", "trên cơ sở Hiến chương …":
# what a sentence measures by is referenced, whatever was done earlier in the clause.
_REFERENCE = re.compile(
    r"phù hợp với|trên cơ sở|căn cứ|dựa trên|theo quy định|tuân theo", re.IGNORECASE
)


# "đề xuất đưa một hoạt động vào trong Kế hoạch …", "ký Bản ghi nhớ … theo Hiệp định …":
# a preposition between a verb and the name ties the name to the verb's own object; what
# is proposed, signed or adopted is that object, the document is only referred to. What is
# carried out in a plan carries the plan out ("thực hiện các hoạt động trong Kế hoạch …"),
# and a list introduced "trong đó có …" is the verb's object.
_TIED_BY = re.compile(r"\b(?:vào|trong(?!\s+(?:đó|số))|theo|thuộc|dưới|cho|tại)\b")


def _other_object(before: str, verb_end: int, status: str) -> bool:
    return status != "implementing" and bool(_TIED_BY.search(before, verb_end))


# "ra Tuyên bố chung … và chứng kiến lễ ký Hiệp định …": after "và" (or "đồng thời") the
# sentence goes on with the next thing done, unless in the passive ("… và được công bố").
_NEXT_DEED = re.compile(r"\s(?:và|đồng thời)\s+(?!(?:(?:đã|cũng|vừa)\s+)*(?:được|do)\b)")


def _status(before: str, after: str, listed_after: str | None = None) -> str:
    """The status the verbs nearest the name give: a passive "đã được thông qua/ký" right
    after it, else the verb just before it ("thực hiện Kế hoạch …"), else that of the
    document it is listed after ("thực hiện Quyết định …, Đề án … và Chương trình …"),
    else any verb earlier in the clause, else any after it. A verb before a word of
    reference ("phù hợp với", "trên cơ sở") is not about the document after it."""
    final = [
        (a, s)
        for a, _, s in _cues(after, 0, 40)
        if s in ("signed", "adopted") and not _NEXT_DEED.search(after, 0, a)
    ]
    if final:
        return min(final)[1]
    launched = LAUNCHED.search(before)
    if launched:
        return "proposed" if NOT_YET.search(before[: launched.start()][-40:]) else "implementing"
    measured = max((m.end() for m in _REFERENCE.finditer(before)), default=0)
    near = [
        (b, s)
        for _, b, s in _cues(before, max(len(before) - 40, measured))
        if not _other_object(before, b, s)
    ]
    if near:
        return max(near)[1]
    if listed_after:
        return listed_after
    near = [(b, s) for _, b, s in _cues(before, measured) if not _other_object(before, b, s)]
    if near:
        return max(near)[1]
    near = [(a, s) for a, _, s in _cues(after, 0, 60)]
    return min(near)[1] if near else "referenced"


# What lies between two documents of one list: a comma or "và", maybe with the first
# one's date or issuer ("Quyết định số 1439/QĐ-TTg ngày 29/10/2018 của Thủ tướng … và").
_LIST_GAP = re.compile(
    r"[”\"]?(?:\s+(?:ngày|của|về việc)\b[^;]*?)?\s*(?:,|và|,\s*và|cùng với)\s*[“\"]?"
    r"|\s+(?:ngày|của)\b[^;]*?\s+"
)


# "Tuyên bố Kuala Lumpur về ASEAN 2045: Tương lai chung của chúng ta": after its year, a
# name may go on past a colon with a capitalised subtitle, to the end of the clause.
# It stops where the sentence goes on with the next thing done ("…: Tương lai chung của
# chúng ta | cùng các văn kiện …").
# what goes on with the sentence: its verb, or where, when, why and on what occasion
_SENTENCE_GOES_ON = r"cùng|nhằm|để|tại|vào|đã|được|sẽ|đang|là|do|mà|khi|nhân|bên lề"
_SUBTITLE = re.compile(
    rf"(?<=\d\d\d\d):\s+[{UPPER}](?:(?!\s(?:{_SENTENCE_GOES_ON}|và(?!\s[{UPPER}]))\s)"
    r"[^,.;:()“”\"])*"
)
# Without a year, a subtitle is a short capitalised phrase that makes no clause of its own
# ("Chiến lược ASEAN về chuyển đổi số: Hướng tới một cộng đồng số bao trùm"), unlike what
# a speaker says of the document ("… Kế hoạch ASEAN: Các nước sẽ …", "…: Thứ nhất, …").
_SHORT_SUBTITLE = re.compile(
    rf":\s+([{UPPER}][^\s,.;:()“”\"]*(?:\s+[^\s,.;:()“”\"]+){{1,9}})(?=[,.;]|$)"
)
_CLAUSE_WORDS = re.compile(
    r"\b(?:đã|sẽ|đang|là|được|cần|phải|có|không|chúng|tôi|này|đó|Thứ|Một|Đây|Đó|Chúng"
    # a subject and its verb: "…: Các nước cam kết …"
    r"|Các|Hai|cam kết|nhất trí|khẳng định|nhấn mạnh|kêu gọi|đề nghị)\b"
)


# A comma inside a name: before the period it covers ("Kế hoạch hành động Hà Nội, giai đoạn
# 2021-2025"), or between the nouns of a list the name's topic is made of, which "và"
# closes ("… về hợp tác văn hóa, thể thao và du lịch", "… về phụ nữ, hòa bình và an ninh
# giai đoạn 2024-2030"). An item is a short phrase in lower case that opens with no word
# of a clause of its own ("…, đồng thời …", "…, khẳng định …", "…, các Bộ trưởng …").
_PERIOD_AFTER_COMMA = re.compile(r",\s*giai đoạn\s+\d{4}(?:\s*[-–]\s*\d{4})?")
_CLAUSE_OPENING_WORDS = (
    r"các|những|hai|ba|nhiều|mỗi|đồng thời|cũng|nhằm|để|trong|đặc biệt|nhất là|bao gồm|gồm"
    r"|góp phần|tạo|giúp|qua đó|từ đó|đây|đó|này|với|cùng|đã|sẽ|được|đang|và|hoặc|khẳng định"
    r"|nhấn mạnh|thể hiện|nêu|hướng|thúc đẩy|tăng cường|nâng cao|mở rộng|có|là|theo|tại"
    r"|vào|sau|trước|khi|nhưng|song|còn|ông|bà|thông qua|chống|ngày|năm|tháng"
)
_LIST_ITEM = rf"(?!(?:{_CLAUSE_OPENING_WORDS})\b)[{LOWER}]+(?:\s+[{LOWER}]+){{0,2}}"
_TOPIC_LIST = re.compile(
    rf",\s+{_LIST_ITEM}(?:,\s+{_LIST_ITEM})*,?\s+và\s+(?=(?!(?:{_CLAUSE_OPENING_WORDS})\b)[{LOWER}])"
)
_NAME_REST = re.compile(_NAME)


def _listed_topics(sentence: str, end: int) -> int:
    """Where a name ends that goes on past a comma of its own (see _TOPIC_LIST)."""
    m = _PERIOD_AFTER_COMMA.match(sentence, end)
    if m:
        return m.end()
    m = _TOPIC_LIST.match(sentence, end)
    if m and sentence[end - 1].isalpha() and sentence[end - 1].islower():
        rest = _NAME_REST.match(sentence, m.end())
        if rest and rest.end() > m.end():
            return rest.end()
    return end


# A quoted subtitle, as the press writes a declaration's motto ("Tuyên bố Hà Nội: “Cùng
# nhau vì một ASEAN bền vững”"): short, and no clause of what someone says.
_QUOTED_SUBTITLE = re.compile(r":\s*[“\"]((?:[^”\"\s]+\s+){0,11}[^”\"\s]+)[”\"]")


def _subtitled(sentence: str, end: int) -> int:
    end = _listed_topics(sentence, end)
    m = _SUBTITLE.match(sentence, end)
    if m:
        return m.end()
    m = _QUOTED_SUBTITLE.match(sentence, end)
    if m and sentence[end - 1].isalnum() and not _CLAUSE_WORDS.search(m.group(1)):
        return m.end()
    m = _SHORT_SUBTITLE.match(sentence, end)
    if m and sentence[end - 1].isalnum() and not _CLAUSE_WORDS.search(m.group(1)):
        return m.end()
    return end


def _blank(sentence: str, spans: Iterable[tuple[int, int]]) -> str:
    """``sentence`` with the given spans replaced by spaces (offsets kept)."""
    chars = list(sentence)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the part of ``sentence`` between the semicolons around ``start:end``."""
    left = sentence.rfind(";", 0, start) + 1
    right = sentence.find(";", end)
    return left, right if right >= 0 else len(sentence)


def _clean_name(text: str) -> str:
    """A document name without trailing dots, an unpaired closing quote or its date."""
    name = text.strip().rstrip("…").rstrip(".").strip()
    if name.endswith(("”", '"')) and sum(name.count(q) for q in '"“”') < 2:
        name = name[:-1].rstrip()
    m = _NUMBERED_ACT.match(name)
    if m:
        return m.group(1)
    m = _RUN_ON.search(name) or _MANNER.search(name)
    return name[: m.start(1)].rstrip() if m else name


# A name ends with its acronym or its years: what follows them starts the rest of the
# sentence ("Bộ Quy tắc ứng xử ở Biển Đông (COC) | thực chất", "Biên bản ghi nhớ hợp tác
# năm 2012 | tăng cường sự hiểu biết …"), unless it goes on with a period, a date, a
# complement or another part of the name.
_RUN_ON = re.compile(
    r"(?:\([A-Z][A-Za-z0-9+&-]{1,12}\)|\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)"
    r"\s+(?!(?:giai đoạn|năm|về|của|giữa|và|với|vì|tầm nhìn|đến|sau|[-–(]|\d))([^\s()]+.*)$"
)


# How the meeting will act on a document, after a name that ends with a capitalised word:
# "sớm đạt được Bộ Quy tắc ứng xử ở Biển Đông | hiệu quả, thực chất".
_MANNER = re.compile(
    rf"[{UPPER}][^\s]*\s+((?:hiệu quả|thực chất|đầy đủ|nghiêm túc|thành công|nhanh chóng"
    r"|một cách)\b.*)$"
)


# Words a document's name is written with or without ("Quyết định (số) 1439/QĐ-TTg",
# "Kế hoạch làm việc (của) ACCSM (giai đoạn) 2021-2025").
_OPTIONAL_WORDS = frozenset(fold("số giai đoạn năm của").split())


# A meeting's joint statement, whichever word the writer uses for it (the ASEAN Foreign
# Ministers' Joint Communiqué is "Tuyên bố chung" on one site, "Thông cáo chung" on another).
# The press version of either ("Thông cáo báo chí chung", "Tuyên bố báo chí chung") is what
# a state visit issues.
# A joint vision statement ("Tuyên bố Tầm nhìn chung") is one too.
_JOINT = re.compile(
    rf"^(?:{fold('Tuyên bố')}|{fold('Thông cáo')})(?: (?:{fold('báo chí')}|{fold('tầm nhìn')}))?"
    rf" {fold('chung')}(?: |$)"
)
_JOINT_NAME = re.compile(r"^(?:Tuyên bố|Thông cáo)(?: báo chí| [Tt]ầm nhìn)? chung\s*")
# Words that name the meeting itself, as any statement's complement may ("Tuyên bố chung
# của Hội nghị (này)"): they tell no statement from another.
_THIS_MEETING = frozenset(fold("của hội nghị này cuộc họp").split())
# "Tuyên bố chung về X" and "Tuyên bố về X" are one statement.
_JOINT_WORD = re.compile(rf"^({fold('Tuyên bố')}|{fold('Thông cáo')}) {fold('chung')}(?= )")
# What comes before a word that is capitalised only because it opens a sentence or quote.
_OPENING = re.compile(r"(?:^|[.!?:;…“\"(]|[-–]\s)\s*$")


# A kind in lower case described by what it is for ("tạo khuôn khổ (pháp lý) cho hợp tác
# lao động") is the common noun, however long, not a document's name.
_KIND_FOR = re.compile(rf"^\S+\s+\S+(?:\s+[{LOWER}]+){{0,2}}\s+cho\b")
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


def _titled_by_topic(sentence: str, start: int, name: str) -> bool:
    """Whether ``name``, capitalised, is a title by its topic: mid-sentence, or opening the
    sentence as its subject, with more of the sentence after it ("Tuyên bố về quyền của
    người khuyết tật nhấn mạnh …"), as no common noun opens a sentence with a topic."""
    before = sentence[:start]
    if not _TOPIC_TITLE.match(name) or is_type_only(name) or _CAPITALISED_BEFORE.search(before):
        return False
    if not _OPENING.search(before):
        return True
    return bool(_PREDICATE_AFTER.match(sentence, start + len(name)))


# A guideline, regulation, manifesto, terms of reference or text capitalised with its topic
# is a title as a strong document word is ("triển khai Hướng dẫn khu vực về quản lý rác
# thải nhựa"); not an initiative or a vision, as often a goal, nor a tour guide
# ("Hướng dẫn viên về lịch sử …").
_WEAK_TITLES = re.compile(
    r"(?:Hướng dẫn(?! viên)|Quy chế|Tuyên ngôn|Điều khoản tham chiếu|Văn kiện)\s"
)


def _weak_titled(sentence: str, start: int, name: str) -> bool:
    return bool(_WEAK_TITLES.match(name)) and _titled_by_topic(sentence, start, name)


# "Đối thoại Chiến lược", "Diễn đàn Chiến lược", "Đối tác Chiến lược": after a capitalised
# noun, "Chiến lược" is the adjective (strategic) of a longer name, no strategy.
def _strategic(sentence: str, start: int) -> bool:
    # (not after a verb of status: "ASEAN ký Chiến lược …")
    return (
        sentence.startswith("Chiến lược", start)
        and bool(_CAPITALISED_BEFORE.search(sentence, 0, start))
        and not _cues(sentence[:start], start - 12)
    )


def _named_by_deed(sentence: str, start: int, status: str) -> bool:
    """Whether a document word capitalised mid-sentence, where Vietnamese writes common
    nouns in lower case, names the document the meeting signs or adopts ("đã ký Bản ghi nhớ
    hợp tác về lao động", "ra Tuyên bố chung") whatever its complement. A capital alone
    is not enough: it is also how a document is mentioned in passing. In the body, where
    this once added a false document, the deed must stand right before the name and the
    name say more than its kind ("ký Bản ghi nhớ về hợp tác trong lĩnh vực nông nghiệp",
    not "ký Bản ghi nhớ hợp tác"); otherwise the deed says what was done with a document
    named in full elsewhere."""
    return status in _DEEDS and sentence[start].isupper() and not _OPENING.search(sentence[:start])


def _key(name: str) -> str:
    return " ".join(w for w in fold(name).split() if w not in _OPTIONAL_WORDS)


def _same_document(
    key: str, found: dict[str, Declaration], known: frozenset[str] = frozenset(), ids=None
) -> str | None:
    """The key of a document already found that ``key`` names again: one written a little
    longer or shorter, the same glossary document (``known``, against each found one's
    ``ids``: "Hiệp ước Thân thiện … (TAC)" and "TAC"), or the meeting's joint statement,
    however it is written."""
    if known and ids:
        same = next((k for k in found if ids.get(k, frozenset()) & known), None)
        if same is not None:
            return same
    plain = _JOINT_WORD.sub(r"\1", key)
    for k in found:
        other = _JOINT_WORD.sub(r"\1", k)
        if plain.startswith(other + " ") or other.startswith(plain + " ") or other == plain:
            return k
    for k in found:
        if _short_form(key, k) or _short_form(k, key):
            return k
    if _JOINT.match(key):
        return next((k for k in found if _JOINT.match(k) and _one_statement(key, k)), None)
    return None


def _short_form(short: str, full: str) -> bool:
    """Whether ``short`` names ``full`` again by some of its words, its kind and period
    kept ("Kế hoạch hành động 2026-2030" for "Kế hoạch hành động ASEAN về an ninh mạng giai
    đoạn 2026-2030"); not a document of another body or period ("… ACCSM+3 …")."""
    a, b = short.split(), full.split()
    if len(a) < 3 or len(a) >= len(b) or a[:2] != b[:2]:
        return False
    # the words of ``full`` with a run in the middle left out: its body or topic, of two
    # words or more, not a joined "+3"
    head = next(i for i, (x, y) in enumerate(zip([*a, None], b, strict=False)) if x != y)
    dropped = b[head : head + len(b) - len(a)]
    return (
        a[head:] == b[head + len(dropped) :]
        and sum(w.isalpha() for w in dropped) >= 2
        and dropped[0].isalpha()
    )


def _one_statement(key: str, other: str) -> bool:
    """Whether two joint statements are one: either is bare ("ra Tuyên bố chung"), or their
    complements share most words ("Thông cáo chung của Hội nghị AMM lần thứ 58", "Tuyên bố
    chung của Hội nghị AMM …"); not a statement of an earlier visit and this meeting's."""
    a, b = (set(_JOINT.sub("", k).split()) - _THIS_MEETING for k in (key, other))
    return not a or not b or len(a & b) >= 0.6 * min(len(a), len(b))


def _parties_only(name: str) -> bool:
    """Whether a joint statement's name says only whose it is ("Tuyên bố chung Việt Nam -
    Indonesia"), as the press names the statement of the visit it reports."""
    words = _JOINT_NAME.sub("", name).split()
    return bool(words) and all(w[0].isupper() or w in ("-", "–") for w in words)


def _bare_statement(name: str) -> bool:
    """Whether ``name`` is a joint statement named by its kind alone ("Thông cáo chung")."""
    return bool(_JOINT.match(fold(name))) and not _JOINT_NAME.sub("", name).strip()


def _issued_statement(name: str, status: str, found: dict[str, Declaration]) -> str | None:
    """The key of the joint statement the meeting issued that a joint statement named only
    by its parties is ("ra Tuyên bố chung về việc nâng cấp quan hệ …", then "theo Tuyên bố
    chung Việt Nam - Indonesia, …"), in either order; one acted on otherwise ("thực hiện
    Tuyên bố chung Việt Nam - Hàn Quốc") may be an earlier visit's."""
    for key, d in found.items():
        if not _JOINT.match(key):
            continue
        pair = {status, d.status}
        if pair == {"adopted", "referenced"} and _parties_only(
            name if status == "referenced" else d.name.vi
        ):
            return key
    return None


def _retold(key: str, found: dict[str, Declaration]) -> str:
    """The key of the body's document a headline names in its own words ("ký Bản ghi nhớ
    hợp tác lao động" for "Bản ghi nhớ về hợp tác trong lĩnh vực lao động"): the same
    document word and most of the shorter name's words; else ``key`` itself. Only the
    headline is read so loosely: in the body, two such names are two documents ("Kế hoạch
    làm việc ACCSM …" and "Kế hoạch làm việc ACCSM+3 …")."""
    words = key.split()
    for k in found:
        other = k.split()
        shared = len(set(words) & set(other))
        if words[:2] == other[:2] and shared >= 0.6 * min(len(words), len(other)):
            return k
    return key


_DEEDS = ("signed", "adopted")


def _acted_on(before: str, *, planned: bool = False) -> bool:
    """Whether a sign or adopt verb stands just before a name: what the meeting did with
    the document, unlike a passive after it, which may tell of an earlier year. With
    ``planned``, also a deed still to come ("sẽ sớm ký kết Hiệp định về …"): it names the
    document as surely, which stays proposed."""
    cues = _cues(before, len(before) - 40, aspect=not planned)
    return any(status in _DEEDS for _, _, status in cues)


def _under_way(before: str) -> bool:
    """Whether the last verb of carrying out before a name tells of what is being done,
    not of an aim ("hướng tới hiện thực hóa Tầm nhìn …", "để thực hiện …")."""
    cues = [(a, s) for a, _, s in _cues(before) if s == "implementing"]
    return bool(cues) and not NOT_YET.search(before[: max(cues)[0]][-40:])


def _carried_out(before: str, statuses: tuple[str, ...] = ("implementing",)) -> bool:
    """Whether a verb of carrying out ("thực hiện", "triển khai"), or of another of
    ``statuses`` ("xây dựng", "đàm phán": proposed), stands right before a name, with at
    most an adverb between ("thực hiện hiệu quả Thỏa thuận …")."""
    return any(
        status in statuses and before[end:].strip(" ").count(" ") < 2
        for _, end, status in _cues(before, len(before) - 30)
    )


# "thông qua 3 văn kiện gồm: Tuyên bố …; Kế hoạch …; Hướng dẫn …": the documents a verb
# acts on, listed after a colon, each with that verb's status; capitalised there only as a
# list's items are, they are named by the verb.
_LIST_INTRO = re.compile(
    rf"(?:(?:văn kiện|văn bản|tài liệu)\b[^:;.]{{0,30}}|thông qua|ban hành|(?i:{SIGN})(?: kết)?)"
    r"\s*:\s*$"
)
# what stands between the colon and an item, once the items before it are blanked
_LIST_ITEM_GAP = re.compile(r"[\s;,•+*-]*(?:(?:và|cùng với)\s+)?(?:\(?\d+\)|\d+\.|[a-z]\))?\s*")


# A headline that opens with "Thông qua" and a document, making no clause of its own
# ("Thông qua Tuyên bố Hà Nội về chuyển đổi số"), reports its adoption, unlike "Thông qua
# hợp tác, hai nước …".
_ADOPTING = re.compile(rf"(?i:thông qua)\s+(?:{_DOC_WORDS}|{_WEAK_DOCS})[^,;:]*$")


# "chứng kiến lễ trao các văn kiện hợp tác, gồm Bản ghi nhớ …, Hiệp định … và Kế hoạch
# …": the papers a verb acts on, then what they are, without a colon.
_PAPERS_THEN_ITEMS = re.compile(
    r"(?:văn kiện|văn bản|thỏa thuận|thoả thuận)\b[^:;.]{0,30}?,?\s*"
    r"\b(?:gồm|bao gồm|trong đó có|cụ thể là|là)\s*"
)


def _introduced(text: str, at: int, *, loose: bool = False) -> str | None:
    """The status of the verb introducing the list of documents that what starts at ``at``
    is an item of, if any. ``text`` has the other documents blanked, unless ``loose``."""
    colon = text.rfind(":", 0, at)
    if colon >= 0 and (loose or _LIST_ITEM_GAP.fullmatch(text, colon + 1, at)):
        head = text[: colon + 1]
        if _LIST_INTRO.search(head):
            cues = _cues(head, len(head) - 80)
            return max(cues)[2] if cues else None
    papers = [m for m in _PAPERS_THEN_ITEMS.finditer(text, max(0, at - 400), at)]
    if papers and (loose or _LIST_ITEM_GAP.fullmatch(text, papers[-1].end(), at)):
        # the verb acts on the papers, right before them ("trao các văn kiện")
        head = text[: papers[-1].start()]
        cues = _cues(head, len(head) - 40)
        return max(cues)[2] if cues else None
    return None


def _after_deed(sentence: str, at: int) -> bool:
    """Whether what starts at ``at`` is what a sign or adopt verb acts on: right after it,
    or listed after a document it acts on ("ký Bản ghi nhớ … và Ý định thư …")."""
    before = sentence[:at]
    if _acted_on(before, planned=True):
        return True
    listed = re.search(r"(?:,|\svà|\scùng với)\s*$", before)
    return bool(listed) and any(s in _DEEDS for _, _, s in _cues(before, aspect=False))


def _upgrade(
    found: dict[str, Declaration], key: str, status: str, known=frozenset(), ids=None
) -> None:
    """Give the document ``key`` names again ``status``, if it was only mentioned so far:
    named first in passing ("Tuyên bố chung … nêu rõ"), then what was done with it ("Hội
    nghị đã ra Tuyên bố chung"), the deed is its status."""
    same = _same_document(key, found, known, ids)
    if same is not None and found[same].status == "referenced" and status in _DEEDS:
        found[same] = replace(found[same], status=status)


# "Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)", "Ban Chỉ đạo Chương trình …", "Ủy ban Điều
# phối Hiệp định …": a document word right after a body's head noun is part of that body's
# name, not a document the article reports (unlike "Nhóm công tác về Tuyên bố …", a
# body working on the document).
_BODY_BEFORE = re.compile(
    r"(?:Tổ chức|Ban (?:[Cc]hỉ đạo|Thư ký|Quản lý|Điều phối)|Ủy ban(?: Điều phối| Hỗn hợp)?"
    r"|Hội đồng|Văn phòng|Quỹ|Trung tâm|Cơ quan)\s+$"
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


def _declared(sentence: str, start: int, end: int) -> bool:
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


def _in_body_name(sentence: str, start: int) -> bool:
    return bool(_BODY_BEFORE.search(sentence, 0, start))


# "17 hiệp định thương mại tự do thế hệ mới", "ba Tuyên bố": a number of documents of a
# kind, not one named (a year before a name is no count: "… năm 2020 Kế hoạch …").
_COUNTED = re.compile(r"(?:(?<![\d/.,-])\d{1,3}|\b(?:hai|ba|bốn|sáu|bảy|tám|chín|mười))\s+$")


def _counted(sentence: str, start: int) -> bool:
    return bool(_COUNTED.search(sentence, 0, start))


# "Chương trình giao lưu văn hóa ASEAN - Nhật Bản diễn ra tối 5/12": a name that opens its
# clause and takes place is an event, not a document (unlike the document of the ceremony
# that takes place: "Lễ ký kết Thỏa thuận … diễn ra sáng 5/12").
_TAKES_PLACE = re.compile(r"\s*(?:đã\s+|sẽ\s+)?(?:diễn ra|được tổ chức|khai mạc|bế mạc)\b")
_CLAUSE_START = re.compile(r"(?:^|[,;:.]\s*)$")


def _event(sentence: str, start: int, end: int) -> bool:
    return bool(_TAKES_PLACE.match(sentence, end)) and bool(
        _CLAUSE_START.search(sentence, 0, start)
    )


def extract_declarations(
    sentences: Iterable[str],
    glossary=None,
    *,
    headline: str | None = None,
    captions: Sequence[str] = (),
) -> tuple[Declaration, ...]:
    """Each named document once, in order of first mention, with the status of that mention.

    Names come from the document-word pattern, and from the glossary's named documents
    (which also catches names the pattern cuts short). A document the ``headline`` or the
    photo ``captions`` alone name ("Hội nghị … ra Tuyên bố chung") is listed after those of
    the body.
    """
    if headline and headline.isupper():
        # a headline in capitals is read in sentence case, as its words are written
        headline = headline[:1] + headline[1:].lower()
    found: dict[str, Declaration] = {}
    ids: dict[str, frozenset[str]] = {}  # the glossary documents each found one is
    glossary_documents = KnownDocuments(glossary) if glossary is not None else None
    # The headline and the photo captions show what the meeting did in a few words, often
    # naming a document the body does not ("Hai Bộ trưởng ký Bản ghi nhớ về …" under the
    # photo of the ceremony): both are read alike, after the body.
    shown = [*([headline] if headline else []), *(c for c in captions if c.strip())]
    read = [(s, False) for s in sentences] + [(s, True) for s in shown]
    for sentence, is_shown in read:
        previous: tuple[int, str] | None = None  # end and status of the last name here
        pattern = [(m.start(), _subtitled(sentence, m.end())) for m in _DOCUMENT.finditer(sentence)]
        pattern += [
            (m.start(), _subtitled(sentence, m.end()))
            for m in _WEAK_DOCUMENT.finditer(sentence)
            if is_shown
            or _QUOTE.search(m.group())
            or _after_deed(sentence, m.start())
            or _introduced(sentence, m.start(), loose=True)
            # a vision or guideline carried out, that gives the period it covers ("triển
            # khai hiệu quả Tầm nhìn chung … đến năm 2030"), is a document, not a goal
            or (_carried_out(sentence[: m.start()]) and bool(_PERIOD.search(m.group())))
            or _weak_titled(sentence, m.start(), m.group())
        ]
        if is_shown:
            pattern += [(m.start(1), m.end()) for m in _DEED_THEN_LOWER_DOCUMENT.finditer(sentence)]
        signed_lower = {m.span(1) for m in _SIGNED_LOWER_DOCUMENT.finditer(sentence)} | {
            m.span(1)
            for m in _ADOPTED_LOWER_DOCUMENT.finditer(sentence)
            if not _through(sentence, m.start())
        }
        signed_lower |= {
            m.span()
            for pattern_ in (_LOWER_INSTRUMENT, _LOWER_NAMED_PLAN)
            for m in pattern_.finditer(sentence)
            if _carried_out(sentence[: m.start()], ("implementing", "proposed", *_DEEDS))
        }
        pattern += list(signed_lower)
        pattern += [
            m.span(1)
            for m in _KIND_THEN_QUOTE.finditer(sentence)
            if not _by_way_of(sentence, m.start())
        ]
        pattern += [
            m.span(1)
            for m in _DEED_THEN_QUOTE.finditer(sentence)
            if not _through(sentence, m.start())
        ]
        pattern += [
            (m.start(), _subtitled(sentence, m.end()))
            for m in _LOWER_PERIOD_DOCUMENT.finditer(sentence)
            if _PERIOD.search(m.group())
        ]
        pattern = [
            (a, b)
            for a, b in pattern
            if not (
                _in_body_name(sentence, a)
                or _counted(sentence, a)
                or _event(sentence, a, b)
                or _strategic(sentence, a)
                or _declared(sentence, a, b)
            )
        ]
        mentions = glossary_documents.mentions(sentence) if glossary_documents else []
        known = [(m.start, m.end) for m in mentions if not _in_body_name(sentence, m.start)]
        goals = {(m.start, m.end) for m in mentions if m.maybe_goal}
        # a code names its programme as surely as the glossary names a document
        known += [m.span(1) for m in _KIND_THEN_CODE.finditer(sentence)]
        # a list sharing one document word is its documents, whatever else was read there
        shared = _shared_heads(sentence, glossary_documents)
        shared_names = {(a, b): name for _, _, documents in shared for a, b, name in documents}
        pattern, known = (
            [(a, b) for a, b in read if not any(x <= a < y for x, y, _ in shared)]
            for read in (pattern, known)
        )
        known += list(shared_names)
        # Of two overlapping names the longer wins ("… hợp tác năm 2012" over "… hợp tác").
        spans = [
            (start, end, (start, end) in known)
            for start, end in pattern + known
            if not any(
                (a <= start and end < b) or (a < start and end <= b) for a, b in pattern + known
            )
        ]
        for start, end, is_known in sorted(set(spans)):
            name = _clean_name(shared_names.get((start, end), sentence[start:end]))
            words = name.split()
            quoted = sentence[:start].rstrip().endswith(("“", '"'))
            proper = (
                is_known
                or _PROPER.search(name)
                or quoted
                or (
                    name[0].islower()
                    and len(words) >= 6
                    and not is_type_only(name)
                    and not _KIND_FOR.match(name)
                )
                or _titled_by_topic(sentence, start, name)
            )
            if (len(words) < 3 and not is_known) or _NOT_DOCUMENT.search(name):
                continue
            cut = not is_shown and not is_complete(sentence)
            if cut and not sentence[end:].strip():
                continue  # cut mid-word by a scraped excerpt ("… Tuyên bố tầm nhìn chun")
            identity = glossary_documents.identities(name) if glossary_documents else frozenset()
            left, right = _clause(sentence, start, end)
            listed = previous and _LIST_GAP.fullmatch(sentence[previous[0] : start])
            # The verbs in another document's name ("Kế hoạch xây dựng Cộng đồng …") say
            # nothing of what was done with this one.
            others = _blank(
                sentence,
                [(a, b) for a, b, _ in spans if (a, b) != (start, end)]
                + [span for span in [_by_way_of(sentence, start)] if span],
            )
            status = _status(others[left:start], others[end:right], previous[1] if listed else None)
            introduced = _introduced(others, start)
            if introduced and status == "referenced":
                status = introduced
            if is_shown and status == "referenced" and _ADOPTING.match(sentence):
                status = "adopted"
            if is_shown and status == "referenced" and _JOINT.match(fold(name)):
                # a headline naming a joint statement ("Toàn văn Tuyên bố chung Việt Nam -
                # Trung Quốc", "Thông cáo chung Hội nghị … lần thứ 58") reports its issue
                status = "adopted"
                _upgrade(found, _key(name), status, identity, ids)
            if name.startswith(WEAK_DOCUMENT_WORDS) and not (
                is_known or _QUOTE.search(name) or _weak_titled(sentence, start, name)
            ):
                proper = False  # "Sáng kiến của Việt Nam", "Tầm nhìn Cộng đồng ASEAN …"
            if (start, end) in goals and not (
                status in _DEEDS or (status == "implementing" and _under_way(others[left:start]))
            ):
                continue  # "hướng tới Tầm nhìn …", unlike "thông qua/triển khai Tầm nhìn …"
            # a document the meeting signs, adopts, drafts or carries out, right before its
            # name ("sẽ ký kết Hiệp định về …", "tiếp tục thực hiện Thỏa thuận về …", "đàm
            # phán Hiệp định về …")
            planned = _acted_on(others[left:start], planned=True) or _carried_out(
                others[left:start], ("implementing", "proposed")
            )
            listed_deed = bool(listed) and previous[1] in _DEEDS
            deed = _named_by_deed(sentence, start, "signed" if planned else status)
            # a meeting's joint statement is what it issues, named or not, in whichever case
            # ("ra Tuyên bố chung", "thông qua tuyên bố chung", "thông qua Thông cáo báo chí
            # chung về kết quả chuyến thăm"); written with a capital, it is that statement
            # even in passing ("Tuyên bố chung nêu rõ …")
            joint = _JOINT.match(fold(name)) and (status in _DEEDS or name[0].isupper())
            by_deed = (
                deed
                and (
                    is_shown
                    or (len(words) >= 4 and not is_type_only(name) and (planned or listed_deed))
                )
            ) or (
                ((start, end) in signed_lower or introduced is not None)
                and len(words) >= 4
                and not is_type_only(name)
            )
            if not (proper or joint or by_deed):
                if deed:  # "Hội nghị đã ra Tuyên bố chung" after its full name
                    _upgrade(found, _key(name), status, identity, ids)
                continue
            previous = (end, status)
            if is_type_only(name) and status not in _DEEDS and not joint:
                continue  # "các Khuôn khổ, Kế hoạch hành động": kinds of document, no name
            key = _key(name)
            if is_shown:
                key = _retold(key, found)
            same = _same_document(key, found, identity, ids)
            if same is None and _JOINT.match(key):
                same = _issued_statement(name, status, found)
                if same is not None and status == "adopted":
                    found[same] = replace(found[same], status=status)
            if same is None:
                found[key] = Declaration(Bilingual(name), status, sentence)
                ids[key] = identity
            else:
                if _bare_statement(found[same].name.vi) and not _bare_statement(name):
                    # "ra Thông cáo chung", then "Tuyên bố chung của Hội nghị … lần thứ 58":
                    # the statement is listed by its full name
                    found[same] = replace(found[same], name=Bilingual(name))
                if _acted_on(others[left:start]):
                    # "thông qua Tuyên bố …", not "Tuyên bố … (đã được thông qua năm 2020)"
                    _upgrade(found, key, status, identity, ids)
    # "bản ghi nhớ" after "Biên bản ghi nhớ hợp tác năm 2012" is that memorandum again.
    return tuple(
        d
        for key, d in found.items()
        if not (is_type_only(d.name.vi) and any(key in k and key != k for k in found))
    )
