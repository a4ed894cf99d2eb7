"""The grammar of document names: where a document's name starts and where it ends.

A name starts with a document-type word ("Kế hoạch làm việc ACCSM giai đoạn 2021-2025"),
in capitals or, after a verb that signs, adopts or carries it out, in lower case; it ends
where the sentence goes on (a verb, a clause, the occasion), past a subtitle or a list of
topics of its own. Whether what is found is a title, and what was done with it, other
modules decide.
"""

from __future__ import annotations

import re

from briefgen.extract.compound_words import joins
from briefgen.extract.document_kinds import (
    CAPACITY_PROJECT_VERBS,
    GOVERNED_DOCUMENT_WORDS,
    SELF_NAMING_WORDS,
    WORKS_OR_DOCUMENT_WORDS,
)
from briefgen.extract.document_words import (
    DOCUMENT_WORDS,
    LOWER_DOCUMENT_WORDS,
    WEAK_DOCUMENT_WORDS,
)
from briefgen.extract.known_documents import ACRONYM, KnownDocuments
from briefgen.extract.sign_verb import SIGN
from briefgen.extract.word_patterns import LOWER, UPPER

DOCUMENT_WORDS_PATTERN = "|".join(re.escape(w) for w in DOCUMENT_WORDS)
WEAK_DOCUMENT_WORDS_PATTERN = "|".join(re.escape(w) for w in WEAK_DOCUMENT_WORDS)
_GOVERNED_WORDS = "|".join(re.escape(w) for w in GOVERNED_DOCUMENT_WORDS)
# A law named by its title ("Luật Đầu tư công", "Bộ luật Hàng hải Việt Nam"; "Luật số …" is
# numbered): a capitalised word follows, so a lawyer ("Luật sư") is none, nor is a school
# of law ("Trường Đại học Luật Hà Nội") or the law of the sea a convention is about ("Công
# ước … về Luật Biển", inside that name).
_LAW = (
    r"(?<!Đại học )(?<!Trường )(?<!Khoa )(?<![Vv]iện )(?<!về )"
    rf"\b(?:Bộ luật|Luật)(?=\s[{UPPER}])"
)
# any word that may start another document's name
_ANY_DOCUMENT_WORD = (
    rf"{DOCUMENT_WORDS_PATTERN}|{WEAK_DOCUMENT_WORDS_PATTERN}|{_GOVERNED_WORDS}|Bộ luật|Luật"
)
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
_JOINS_NAME = rf"(?!\s(?!{_ANY_DOCUMENT_WORD})[{UPPER}])"
# "và" goes on with the name's topic in lower case too ("Bản ghi nhớ về hợp tác văn hóa và
# thể thao", "Tuyên bố về phòng ngừa và kiểm soát dịch bệnh"), unless what follows is
# another document, or a verb or determiner opening the next thing done ("… và chứng kiến
# lễ ký …", "… và nhất trí …", "… và các văn kiện khác").
_AND_STOP = (
    # (not the "vừa" of "nhỏ và vừa", small and medium-sized: "doanh nghiệp nhỏ và vừa")
    r"các|những|hai|ba|nhiều|mỗi|một|đồng thời|cũng|nhằm|để|đã|sẽ|được|đang"
    r"|(?<!nhỏ\svà\s)vừa|mới|còn"
    r"|cùng|với|của|là|có|theo|tại|vào|sau|trước|khi|nhưng|ông|bà|chứng kiến|nhất trí|thống nhất"
    r"|ký|kí|trao(?! đổi)|thông qua|ban hành|công bố|phê duyệt|khẳng định|nhấn mạnh|cam kết"
    r"|đề nghị|đề xuất|kêu gọi|hoan nghênh|đánh giá|bày tỏ|tiếp tục|ghi nhận|đồng ý|thảo luận"
    r"|tham dự|phát biểu|cho biết|chúc mừng|cảm ơn|lưu ý|tiến tới|hướng tới|góp phần|giúp|tạo"
    r"|mở ra|đưa|nêu|gửi|tiếp|gặp|hội đàm|thăm|dự|chủ trì|đồng chủ trì|kết thúc|bắt đầu"
    r"|khai mạc|bế mạc|triển khai|thực hiện|xây dựng|hoàn thiện|hoàn tất|đàm phán|tăng cường"
    r"|thúc đẩy|nâng cao|mở rộng|tận dụng|tuân thủ|rà soát|trình|đạt|coi|xem|nhận|tổ chức"
    # what was achieved or found, a second basis beside the document ("trên cơ sở Khung … và
    # kết quả đánh giá giữa kỳ …")
    r"|kết quả|khởi động|ra mắt|giao"
    # forming the next text ("… và hình thành Kế hoạch hành động … mới")
    r"|hình thành"
    # reporting it to a body, the next deed ("rà soát … Kế hoạch … và báo cáo lên/tại …"),
    # unlike reporting as a topic ("… về giám sát và báo cáo")
    r"|báo cáo(?=\s(?:lên|tại|với|cho|kết quả)\b)"
)
# (the verbs among them, which a topic may join: "về bảo vệ và thúc đẩy …")
_AND_STOP_VERBS = (
    r"(?:thúc đẩy|tăng cường|nâng cao|mở rộng|xây dựng|hoàn thiện|triển khai|thực hiện"
    r"|phát huy|tận dụng|tuân thủ)"
)
# A second document in lower case, its kind then what it is about or between whom a few
# words on ("bản ghi nhớ về hợp tác quốc phòng | và thỏa thuận về miễn thị thực", "… và kế
# hoạch hành động về đào tạo nghề …"): the kinds the rules list in lower case where they
# say their topic (SIGNED_LOWER_DOCUMENT, ADOPTED_LOWER_DOCUMENT, LOWER_INSTRUMENT).
_LOWER_KIND_ABOUT = (
    r"(?:th(?:ỏa|oả) thuận|nghị định thư|công ước|hiệp ước|kế hoạch|chương trình|chiến lược"
    rf"|lộ trình|đề án)(?=(?:\s+[{LOWER}]+){{0,3}}\s+(?:về|giữa)\s)"
)
# (in lower case only after a word in lower case: "Hiến chương ASEAN | và luật pháp quốc tế")
_AND_ENDS_NAME = (
    rf"(?:(?=\s(?:{_ANY_DOCUMENT_WORD}|{_LOWER_DOCS}|{_LOWER_KIND_ABOUT}|(?:{_AND_STOP})\b)"
    rf"|\s(?![{UPPER}{LOWER}]))|(?<=[^{LOWER}]\svà)(?=\s[{LOWER}]))"
)
# "… với Bộ Nội vụ Việt Nam": the other party to the document, not part of its name.
_COUNTERPART = r"(?:Bộ|Chính phủ|Ban|Cơ quan|Tổ chức|Ủy ban|Hội đồng|Tổng cục|Cục|Đại sứ quán)\b"
# "trong khuôn khổ …" is "within the framework of", not a document called Khuôn khổ: the
# name is what follows ("trong khuôn khổ Hiệp định RCEP"), unless the glossary knows the
# framework ("theo Khuôn khổ Phục hồi Toàn diện ASEAN").
_WITHIN = r"(?<=trong )|(?<=thuộc )|(?<=theo )|(?<=Trong )|(?<=Theo )"
# ... though a capitalised Framework dated by its period is a document ("các hoạt động trong
# Khuôn khổ hợp tác ASEAN - GCC giai đoạn 2024-2028"): a setting has no period of its own.
_PERIOD_AHEAD = r"(?![^,.;:()]*?\b(?:giai đoạn\s+)?\d{4}\s*[-–]\s*\d{4})"
_WITHIN_FRAME = rf"(?:{_WITHIN})(?:khuôn khổ|Khuôn khổ{_PERIOD_AHEAD})"
_HEADS = (
    rf"\b{_NUMBERED}|(?<!các )(?<!Các )(?<!những )(?<!nhiều )(?!{_WITHIN_FRAME})"
    rf"(?:\b(?:{DOCUMENT_WORDS_PATTERN})|\b(?:{_LOWER_DOCS})(?=\s[\w“\"])|{_LAW})"
)
_FIELDS_COMMA = rf",(?=\s[{UPPER}][{LOWER}]+(?:\s[{LOWER}]+)?\svà\s[{UPPER}][{LOWER}])"
# ("TP.HCM", "TP. Hồ Chí Minh": the abbreviated "thành phố" is no full stop)
_NAME_CHAR = (
    r"(?:[^,.;:()&<>“”\"]|(?<=\d)\.(?=\d)|(?<=[Pp]hòng),(?=\s*chống\b)"
    r"|(?<=\bT[Pp])\.(?=\s?[A-ZĐ])"
    # (nor the comma of a ministry named by its fields: "Bộ Thương mại, Công nghiệp và Năng
    # lượng Hàn Quốc", one word of each in title case, not a list of acronyms)
    rf"|{_FIELDS_COMMA})"
)
_NAME = (
    # a quoted name, right after the document word or a few words on ("Đề án Triển khai “…”")
    # (not across a word of purpose: "kế hoạch tổng thể nhằm triển khai “…”" is a plan made
    # to carry out the quoted text, which is the document)
    r"(?:(?:\s+(?!(?:nhằm|để)\s)[^\s“”\",.;:]+){0,3}\s*[“\"][^”\"]+[”\"]"
    # (a version's point is no full stop: "Hiệp định ACFTA 3.0", "công nghiệp 4.0")
    # (nor is the comma of "phòng, chống" (prevention and control), one phrase: "Bản ghi nhớ
    # về hợp tác phòng, chống ma túy")
    rf"|{_NAME_CHAR}*?"
    # (two asides at most: a body's parent and a partner's acronym, "… giữa Cục … (Bộ Công
    # Thương) và Cơ quan … (KOTRA)")
    rf"(?:\([^)]*\){_NAME_CHAR}*?){{0,2}})"
    # (the bracketed short name of its parties' meeting is no part of it: "Hiệp định … (COP
    # AADMER) lần thứ 13", unlike an acronym of its own: "Tuyên bố Văn hóa phòng ngừa (COP)")
    # (a passive's "được" ends the name, not the "được" of "quyền được …", the right to …:
    # "Tuyên bố về quyền được giáo dục của trẻ em")
    rf"(?=(?<=[”\"])\s*[-–]|\s*\(COP(?:-?\d+)?\s+[A-Z]|\s*(?:(?!,\s*chống\b)(?!{_FIELDS_COMMA})[,;:&<>“”\"]|(?<!\bT[Pp])\.(?!\d)|…|$|\s(?:đã|(?<!quyền\s)được|nhằm|để|(?<![Tt]ự\s)do|tại"
    # (not the "với" of a verb's phrase: "ứng phó với", "thích ứng với" biến đổi khí hậu,
    # "phân biệt đối xử với" phụ nữ, "gắn với" bảo tồn di sản)
    rf"|(?<!đối\s)(?<!phó\s)(?<!ứng\s)(?<!xử\s)(?<!gắn\s)với(?:{_JOINS_NAME}|(?=\s{_COUNTERPART}))|và{_AND_ENDS_NAME}"
    rf"|(?<!nhà\s)ở{_JOINS_NAME}|là|sẽ|vào"
    # an adverb before the verb of a sentence whose subject is the document ("Đồng thuận 5
    # điểm vẫn là …", "Hiệp định … cũng có hiệu lực")
    # (not the "vừa" of "vừa và nhỏ"/"nhỏ và vừa", small and medium-sized: "doanh nghiệp vừa và
    # nhỏ")
    r"|vẫn|cũng|luôn|đều|(?<!nhỏ\svà\s)vừa(?!\svà\snhỏ)|tiếp tục"
    # ("… đang được triển khai", "… đến nay đã …"; not "các nước đang phát triển")
    r"|(?<!nước\s)đang(?!\s+phát triển)|đến nay"
    # a word of reference opening what it is measured by ("ký Bản ghi nhớ … trên cơ sở
    # Hiệp định …")
    r"|trên cơ sở|phù hợp với|dựa trên|căn cứ"
    # "trong" ends a name after an acronym or a year ("Hiệp định RCEP | trong khu vực"),
    # else only before the setting: "trong khuôn khổ …", "trong chuyến thăm", "trong năm
    # 2026", not "… trong lĩnh vực …", "… trong công vụ", "… trong các tình huống khủng
    # hoảng", "… trong việc đạt được …" (nor "… ASEAN trong lĩnh vực công vụ", the field)
    r"|(?<=[A-Z0-9]\s)trong(?!\s+lĩnh vực)"
    # (whom a handbook or course on it is for: "… Hiệp định EVFTA | dành cho doanh nghiệp")
    r"|(?<=[A-Z0-9]\s)dành cho"
    r"|trong(?=\s(?:khuôn khổ|chuyến|dịp|thời gian|năm|tháng|tuần"
    r"|ngày|nhiệm kỳ|phiên|cuộc|buổi|lễ|[Hh]ội nghị|[Hh]ội đàm|khi|đó|số|hai|ba|[Kk]ỳ họp"
    r"|tương lai|những năm|quý))"
    r"|ngày\s\d"
    # how long it is extended or took, the deadline set for it ("gia hạn Thỏa thuận … | thêm
    # ba năm", "kết thúc đàm phán Hiệp định … | sau ba năm", "hoàn thiện Điều khoản tham
    # chiếu | trước tháng 9"), whom a text ending in an acronym, a number or a bracket is
    # spread to ("phổ biến Luật … (sửa đổi) | cho các hợp tác xã") and the field a
    # programme is widened to ("mở rộng Chương trình … | sang lĩnh vực …")
    r"|thêm(?=\s(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s(?:năm|tháng)\b)"
    r"|sau(?=\s(?:hơn\s|gần\s)?(?:\d+|một|hai|ba|bốn|sáu|bảy|tám|chín|mười)"
    r"\s(?:năm|tháng|tuần|ngày|vòng|phiên)\b)"
    r"|trước(?=\s(?:tháng|ngày|quý|cuối|giữa|đầu)\b)"
    r"|(?<=[A-Z0-9)]\s)cho(?=\s(?:các|những|gần|hơn|khoảng|\d|cộng đồng|doanh nghiệp|người)\b)"
    r"|sang(?=\s(?:các\s)?lĩnh vực\b)"
    # the instrument a rule or mechanism is set by ("Quy tắc xuất xứ … | theo Hiệp định …",
    # "… | theo Phụ lục 2 của Hiệp định"): a frame named apart
    r"|theo(?=\s(?:Hiệp định|Nghị định thư|Hiệp ước|Công ước|Phụ lục|Điều\s\d)\b)"
    # a relative clause, the occasion, the setting: "… mà Việt Nam đề xuất", "… nhân chuyến
    # thăm …", "… bên lề Hội nghị", "… dưới sự chứng kiến của …", "… khi …", "… kể từ …"
    r"|mà|nhân dịp|nhân chuyến|bên lề|dưới sự|(?:sau |ngay )?khi|kể từ"
    # the school year a thing starts in ("… vào chương trình giáo dục … ngay từ năm học …")
    r"|(?:ngay\s)?từ\snăm\shọc"
    # the witnesses and the request it is signed at, what it serves as ("… trước sự chứng
    # kiến của …", "… theo đề nghị của …", "… làm cơ sở cho …")
    r"|trước sự|theo (?:đề nghị|lời mời|yêu cầu)|làm (?:cơ sở|nền tảng|tiền đề)"
    # a modal before the verb of a sentence whose subject is the document ("Bộ Quy tắc …
    # cần sớm được hoàn tất", "Hiệp định … dự kiến được ký kết", "… phải được thực thi")
    r"|cần(?! thiết)|phải|dự kiến|dự định|có thể"
    # how it is acted on ("triển khai Kế hoạch … | một cách hiệu quả")
    r"|một cách|về lâu dài"
    # an adverb or a count of times after a document named again by its kind ("để Hiệp
    # định | sớm có hiệu lực", "rà soát Hiệp định | lần đầu tiên"), not a warning or a
    # finding early ("Kế hoạch … về cảnh báo sớm thiên tai")
    r"|(?<!báo\s)(?<!hiện\s)(?<!thiệp\s)sớm|lần đầu"
    # the verb of a sentence whose subject is the document ("Tuyên bố chung … nêu rõ …")
    # ("tạo" but not the word it ends: "đào tạo" training, "sáng tạo" creative)
    # (not "có" of an adjective: "trí tuệ nhân tạo có trách nhiệm", "có sự tham gia")
    r"|nêu|khẳng định|nhấn mạnh|thể hiện|đánh dấu|mở ra|góp phần|gồm|bao gồm"
    # (what it notes, calls for or voices, an adverb before: "Tuyên bố chung | ghi nhận …",
    # "Tuyên bố chung | đồng thời kêu gọi …")
    r"|ghi nhận|kêu gọi|bày tỏ|tái khẳng định|hoan nghênh|đồng thời"
    # (what it sets out or reflects, how long it runs: "Tuyên bố Manila | xác định các trụ
    # cột …", "Tuyên bố | dài 62 trang, phản ánh …"; not a name's own "xác định nguồn gốc")
    r"|phản ánh|xác định(?=\s(?:các|những|rõ|một|hai|ba|bốn|năm|\d))|dài(?=\s\d)"
    # whom it is sent to ("Thông điệp Vientiane | gửi các nhà lãnh đạo ASEAN")
    r"|gửi"
    # (nor "không có", without: "… Đông Nam Á không có vũ khí hạt nhân")
    r"|(?<!không\s)có(?!\s(?:trách nhiệm|sự tham gia|chất lượng|kiểm soát)\b)"
    # the verb of the ceremony it is signed at ("Lễ ký kết Thỏa thuận … diễn ra sáng 5/12")
    r"|diễn ra"
    # what the document does or when it takes effect ("… cho phép các nước …", "… giúp …",
    # "… chính thức có hiệu lực từ …"), and what comes with it ("… cùng với Hướng dẫn …")
    r"|cho phép|giúp|chính thức(?=\s(?:có|được|đi|bước))|cùng với"
    # ("… về chuyển đổi số cùng Chương trình hợp tác …", a second document with it)
    r"|cùng(?=\s[A-ZĐ])"
    # a participle telling when it was signed ("Bản ghi nhớ … ký năm 2019")
    rf"|{SIGN}"
    # ("nhân tạo" artificial, "cấu tạo" structure)
    r"|(?<!đào\s)(?<!Đào\s)(?<!sáng\s)(?<!chế\s)(?<!cải\s)(?<!kiến\s)(?<!tái\s)(?<!nhân\s)"
    # (nor a topic: "Thỏa thuận về tạo thuận lợi cho …")
    r"(?<!cấu\s)(?<!về\s)tạo)\s))"
)
DOCUMENT_NAME = re.compile(_HEADS + _NAME)
# Names under a weak document word are looked for apart, where they can be names: quoted,
# or in the headline (a meeting's deed there: "ASEAN thông qua Hướng dẫn về …"), so that
# one elsewhere does not hide the name after it ("Hướng dẫn thực hiện Hiệp định …").
WEAK_DOCUMENT_NAME = re.compile(rf"\b(?:{WEAK_DOCUMENT_WORDS_PATTERN})" + _NAME)
QUOTE_MARK = re.compile(r"[“\"]")
# A kind of document that is as often a common noun (document_kinds) starts a name only
# capitalised; whether it is one, document_titles.governed_title decides. Not a bill
# ("Dự án Luật …": the law's own name, _LAW, is the document), nor a master plan that gives
# neither its topic, its period nor a quoted title (planning in general).
_WORKS_WORDS = "|".join(re.escape(w) for w in WORKS_OR_DOCUMENT_WORDS)
_CAPACITY = "|".join(re.escape(w) for w in CAPACITY_PROJECT_VERBS)
GOVERNED_DOCUMENT_NAME = re.compile(
    rf"(?<![\w-])(?P<kind>(?!(?:{_WORKS_WORDS})\b)(?:{_GOVERNED_WORDS})"
    rf"|(?:{_WORKS_WORDS})(?=\s*[“\"]|\s+(?:{_CAPACITY})\s"
    r"|[^,.;:()“”\"]*?\s(?:về|giai đoạn|thời kỳ|(?:19|20)\d\d)\b))"
    r"(?!\s+Luật\b)" + _NAME
)
# What names a document of such a kind by itself, with no verb acting on it: the period it
# covers ("Quy hoạch tỉnh … thời kỳ 2021 - 2030", "Dự án … giai đoạn 2022 - 2026") or, for
# a project, the capacity it builds ("Dự án Nâng cao năng lực …").
_SELF_NAMING = "|".join(re.escape(w) for w in SELF_NAMING_WORDS)
SELF_NAMED_KIND = re.compile(
    rf"(?:{_SELF_NAMING})\s+(?:(?:{_CAPACITY})\s"
    r"|[^,.;:()“”\"]*?\b(?:giai đoạn|thời kỳ)\s+(?:19|20)\d\d)"
)
# What makes a name of such a kind, right after it: a quote, a capital or a number ("Dự án
# “…”", "Điều lệ AIPA", "Bộ nguyên tắc ASEAN về …"; not a count: "Kết luận 3 điểm quan
# trọng"), what it is about or between whom a few words on ("Bộ nguyên tắc về trí tuệ
# nhân tạo …", "Hợp đồng mua bán điện giữa EVN và EDL"), or the acronym of the document
# it serves ("Bộ Nguyên tắc hướng dẫn thực hiện DOC").
GOVERNED_NAME_MARK = re.compile(
    rf"\s*[“\"]|\s+[{UPPER}]|\s+\d[\w/.-]*"
    rf"|(?:\s+[{LOWER}]+){{0,4}}\s+(?:về|giữa)\s"
    rf"|(?:\s+[{LOWER}]+){{1,4}}\s+[A-Z]{{2,}}\b"
)
# a count of what the kind says ("Kết luận 3 điểm quan trọng", "Cam kết 5 nội dung"), no name
COUNT_AFTER_KIND = re.compile(rf"\s+\d+\s+(?!(?:của|về|giữa|năm|giai đoạn)\b)[{LOWER}]")
# "chương trình \"Viện trợ đa niên\" (MIP)", "dự án “Tăng cường năng lực …”": a kind of
# document, written in lower case as a common noun, names the quoted name after it.
# (any kind of document a quoted name can follow: "lộ trình “Kết nối số ASEAN 2030”",
# "hướng dẫn “…”", "hiệp định “…”"; not "tuyên bố" or "cam kết", verbs before a quoted
# speech or slogan)
# ("trong khuôn khổ “Năm Hữu nghị …”" is within the framework of a themed year, as _HEADS
# reads it: the quoted name is a document only where its own document word says so)
KIND_THEN_QUOTE = re.compile(
    r"\b(?:[Cc]hương trình|[Dd]ự án|[Đđ]ề án|[Vv]ăn kiện|[Ss]áng kiến|[Kk]ế hoạch|[Cc]hiến lược"
    rf"|[Tt]h(?:ỏa|oả) thuận|[Ll]ộ trình|(?!(?:{_WITHIN})[Kk]huôn khổ)[Kk]huôn khổ"
    r"|[Hh]ướng dẫn|[Hh]iệp định|[Hh]iệp ước"
    r"|[Cc]ông ước|[Qq]uy chế|(?:[Bb]iên )?[Bb]ản ghi nhớ|[Nn]ghị định thư)"
    rf"\s*[“\"]\s*([{UPPER}][^”\"]*?)\s*[”\"]"
    # (or single quotes, as some pages print a title: "khởi động dự án 'Tăng cường …'")
    rf"|\b(?:[Cc]hương trình|[Dd]ự án|[Đđ]ề án|[Kk]ế hoạch)\s*[‘']\s*([{UPPER}][^’'”\"]*?)\s*[’']"
)
# "thông qua “Cam kết Hà Nội về …”": what a meeting signs, adopts or issues under a quoted
# name is a document, whatever word the name starts with.
DEED_THEN_QUOTE = re.compile(
    rf"(?:thông qua|(?i:{SIGN})(?: kết)?|ban hành|công bố|\bra)"
    rf"\s*[“\"]\s*([{UPPER}][^”\"]*?)\s*[”\"]"
)
# A headline is written in sentence case, so what it says the meeting signs or issues is
# a document whatever the case of its document word ("Việt Nam và Singapore ký thỏa thuận
# hợp tác về kinh tế số"); not after "thông qua", as often "through" as "adopt" there
# ("thúc đẩy hợp tác thông qua chương trình trao đổi thanh niên").
DEED_THEN_LOWER_DOCUMENT = re.compile(
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
SIGNED_LOWER_DOCUMENT = re.compile(
    # (an agreement "hợp tác với" a partner is the kind with whom, not a name: "ký thỏa
    # thuận hợp tác với Hiệp hội …")
    # (nor agreements for a batch of things, "ký thỏa thuận tài trợ (cho) các dự án …": one
    # per project, a kind, as "ký các thỏa thuận")
    rf"(?i:{SIGN})(?: kết)?\s+((?:(?:[Bb]ản )?th(?:ỏa|oả) thuận(?!(?:\s+hợp tác)?\s+với\b)"
    rf"(?!(?:\s+[{LOWER}]+){{0,2}}\s+(?:cho\s+)?(?:các|những)\b)"
    r"|(?:biên )?bản ghi nhớ(?!(?:\s+hợp tác)?\s+với\b)|ý định thư"
    r"|nghị định thư|MOU|MoU|(?:hiệp định|Bản ghi nhớ|Bản th(?:ỏa|oả) thuận)(?= [^,.;:]*\bvề\b)"
    # a plan or programme signed by two parties is their document when it says what it is
    # about, between whom or for which year ("ký kế hoạch hợp tác năm 2026 giữa hai Bộ")
    r"|(?:kế hoạch|chương trình)(?= [^,.;:]*(?:\b(?:về|giữa)\b|\b(?:19|20)\d\d\b)))" + _NAME + ")"
)
# What the meeting adopts or issues in lower case is a document too where its name says
# what it is about ("ban hành kế hoạch hành động về bình đẳng giới …"), unlike a kind
# ("thông qua kế hoạch hành động") or "thông qua" meaning "through".
# (its draft adopted is the document, listed under its title, docs/annotating.md: "thông
# qua dự thảo cuối cùng của kế hoạch chi tiết về …")
ADOPTED_LOWER_DOCUMENT = re.compile(
    r"(?:thông qua|ban hành|công bố|phê duyệt|\bra)\s+"
    r"(?:(?:bản\s+)?dự thảo(?:\s+(?:cuối cùng|hoàn chỉnh|sửa đổi))?(?:\s+của)?\s+)?"
    r"((?:tuyên bố|kế hoạch|chiến lược"
    r"|chương trình|lộ trình|đề án|hướng dẫn)(?= [^,.;:]*\bvề\b)" + _NAME + ")"
)
# A plan, programme, strategy or agreement in lower case is a document when its name gives
# the period it covers ("kế hoạch công tác ALMM giai đoạn 2021-2025", "chiến lược quốc gia
# … đến năm 2030"), as kinds of document are not dated.
LOWER_PERIOD_DOCUMENT = re.compile(
    # (not the adjective of a strategic plan: "các Kế hoạch chiến lược … giai đoạn …")
    r"(?<!các )(?<!những )(?<![Kk]ế hoạch )"
    r"\b(?:kế hoạch|chương trình|chiến lược|th(?:ỏa|oả) thuận|đề án)" + _NAME
)
# An agreement, memorandum, protocol or treaty in lower case, that says what it is about or
# between whom ("đàm phán thỏa thuận về công nhận lẫn nhau …", "triển khai thỏa thuận hợp
# tác giữa hai Bộ"), is a document where a verb of carrying it out or negotiating it
# governs it, as much as one signed; not plans and programmes, which as often are a body's
# own work ("xây dựng kế hoạch hành động về …").
LOWER_INSTRUMENT = re.compile(
    r"(?<!các )(?<!những )(?<!nhiều )\b(?:th(?:ỏa|oả) thuận|hiệp định|(?:biên )?bản ghi nhớ"
    # (parties alone name none: "thực hiện thỏa thuận giữa hai Bộ Quốc phòng …" is no
    # title unless a topic follows them, "hiệp định giữa … về …")
    rf"|nghị định thư|công ước|hiệp ước)(?=(?:\s+[{LOWER}]+){{0,2}}\s+về\s"
    rf"|(?:\s+[{LOWER}]+){{1,2}}\s+giữa\s|\s+giữa\s[^,.;:]*?\svề\s)"
    # (what leaders agreed in talks is an understanding: "thỏa thuận giữa lãnh đạo cấp cao")
    r"(?![^,.;:]*\bgiữa\s+(?:các\s+|hai\s+)?(?:nhà\s+)?lãnh đạo)" + _NAME
)
# A plan, programme or strategy in lower case named by a proper modifier right after its
# kind, then its topic ("thực hiện kế hoạch hành động ASEAN - Nhật Bản về biến đổi khí
# hậu"), where a verb of status governs it: the region or parties and the topic name one
# document, unlike a body's own plan ("kế hoạch hành động của Bộ …") or a mechanism with
# no topic ("chương trình hợp tác Mekong - Lan Thương").
LOWER_NAMED_PLAN = re.compile(
    rf"(?<!các )(?<!những )\b(?:kế hoạch|chương trình|chiến lược)(?:\s+[{LOWER}]+){{0,3}}"
    rf"\s+(?!của\b)[{UPPER}][^,.;:]*?\svề\s" + _NAME
)
# A national strategy or programme in lower case that says its topic ("thực hiện chiến lược
# quốc gia về phòng chống tác hại của thuốc lá", "chương trình mục tiêu quốc gia về giảm
# nghèo"): the one national text on that topic, where a verb carries it out.
NATIONAL_PLAN = re.compile(
    r"(?<!các )(?<!những )\b(?:chiến lược|chương trình(?: mục tiêu)?)\s+quốc gia(?=\s+về\s)" + _NAME
)
PERIOD = re.compile(r"giai đoạn \d{4}|đến năm \d{4}|\d{4}\s*[-–]\s*\d{4}")
# A project in lower case named by what it builds or serves and the place, body or acronym
# that makes it one, at its end ("dự án sân bay Long Thành", "dự án đập SABO", "dự án cửa
# khẩu quốc tế Bình Hiệp", "dự án rừng đất than bùn ASEAN (APFP)"): one project, as "Dự án
# …" written as a title is; not any of a kind ("các dự án", "danh mục dự án", "dự án của
# …", "dự án do … tài trợ", "dự án vốn vay ODA"), nor one said to be Viet Nam's, nor one
# still studied or discussed ("cùng nghiên cứu dự án kết nối lưới điện …"), nor an estate a
# company invests in ("đầu tư dự án Khu công nghiệp …"), which no cooperation adopts.
_PROPER_WORD = rf"[{UPPER}][^\W\d_]*(?:[/-][^\W\d_]+)*"
_PROJECT_ENDS = r"(?:trong|với|đã|được|và|tại|ở|từ|do|là|sẽ|của|đang|nhằm|để|cho|theo|thuộc)"
_NOT_ONE_PROJECT = (
    r"(?<![Cc]ác )(?<!những )(?<!nhiều )(?<!số )(?<!\d )(?<!danh mục )(?<!đầu tư )"
    r"(?<!nghiên cứu )(?<!thảo luận )(?<!bàn về )(?<!xem xét )"
)
LOWER_NAMED_PROJECT = re.compile(
    _NOT_ONE_PROJECT + r"(?<![\w-])dự án"
    r"(?!\s+(?:của|do|là|này|đó|vốn|đầu tư|hợp tác|ODA|FDI|trọng điểm|lớn|mới)\b)"
    r"(?!\s+Khu (?:công nghiệp|đô thị|dân cư|nghỉ dưỡng|kinh tế)\b)"
    # (not past the frame of another: "dự án trong khuôn khổ dự án EU – MUTRAP")
    rf"(?:\s+(?!{_PROJECT_ENDS}\b|dự án\b|khuôn khổ\b)[^\s,.;:()“”\"]+"
    r"|\s+trong(?! khuôn khổ)){0,8}"
    rf"\s+{_PROPER_WORD}(?:\s+{_PROPER_WORD})*(?:\s+\([A-Z][\w-]*\))?(?<!Việt Nam)"
    rf"(?=\s*(?:[,.;:)]|$)|\s+{_PROJECT_ENDS}\b)"
)


def lower_named_projects(sentence: str) -> list[tuple[int, int]]:
    """The spans of projects in lower case named by what they build or serve: some word of
    the name says it in lower case ("đập", "Rau an toàn"); one named by capitals only ("dự
    án EU – MUTRAP") is a code or another's acronym, read as such."""
    return [
        m.span()
        for m in LOWER_NAMED_PROJECT.finditer(sentence)
        if any(word[:1].islower() for word in m.group().split()[2:])
    ]


# "Chương trình do Liên minh châu Âu hỗ trợ này (EU-HSPSP-2)": a programme or project is
# named by the code in brackets after it (capitals with a digit or a hyphen), in its clause.
# (not past a body named between, whose acronym the code is: "các dự án … trình lên Ủy ban
# Văn hóa Thông tin ASEAN (ASEAN-COCI)")
KIND_THEN_CODE = re.compile(
    r"\b(?:[Cc]hương trình|[Dd]ự án|[Đđ]ề án|[Kk]ế hoạch|[Ss]áng kiến)"
    r"(?:\s+(?!(?:Ủy|Uỷ|Bộ|Ban|Cục|Tổng cục|Viện|Quỹ|Hội đồng|Tổ chức|Cơ quan)\b)"
    r"[^\s,.;:()“”\"]+){0,12}?\s*\(((?=[^)]*[\d-])[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)+)\)"
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
    rf"(?<![\w-])(?:(?P<head>(?:{DOCUMENT_WORDS_PATTERN}|{_LOWER_DOCS}){_HEAD_WORDS})"
    rf"\s+(?P<items>{_list_of(ACRONYM.pattern)})"
    rf"|(?P<act>{_ACT_WORDS})\s+(?P<numbers>{_list_of(_ACT_NUMBER)}))"
)
_ITEM = re.compile(rf"{ACRONYM.pattern}|{_ACT_NUMBER}")
# "4 Tuyên bố EAS về “Chống khủng bố”, “Vũ khí hoá học” và “Hợp tác giảm nghèo”": one
# document word and its topic's "về" shared by a list of quoted topics names one document
# per topic, without the quotation marks (docs/annotating.md: names as printed, unquoted).
_QUOTED = r"[“\"][^”\"]{2,80}[”\"]"
_SHARED_ABOUT = re.compile(
    rf"(?<![\w-])(?P<head>(?:{DOCUMENT_WORDS_PATTERN})(?:\s+[^\s,.;:()“”\"]+){{0,3}}?\s+về)"
    rf"\s+(?P<items>{_QUOTED}(?:\s*,\s*{_QUOTED})*,?\s+(?:và|cùng)\s+{_QUOTED})"
)
_QUOTED_ITEM = re.compile(r"[“\"]([^”\"]+)[”\"]")


def shared_heads(
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
    for m in _SHARED_ABOUT.finditer(sentence):
        at = m.start("items")
        documents = [
            (at + i.start(1), at + i.end(1), f"{m.group('head')} {i.group(1).strip()}")
            for i in _QUOTED_ITEM.finditer(m.group("items"))
        ]
        documents[0] = (m.start(), *documents[0][1:])
        found.append((m.start(), m.end(), documents))
    return found


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
# A list's lead before the colon ("… cho 3 dự án gồm: Dự án …; Dự án …"): what follows
# is its items, no subtitle.
_LIST_LEAD_END = re.compile(r"\b(?:gồm|bao gồm|sau|sau đây|như sau|cụ thể)\s*$")
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


# A topic that joins two verbs right after "về" ("Tuyên bố … về bảo vệ và thúc đẩy quyền
# của …", "… về tăng cường và mở rộng hợp tác …"): the "và" goes on with the name, though
# the verb after it could open the next thing done, when the one word between "về" and
# "và" (as the segmenter reads it) is the first of the two verbs. After a longer topic the
# verb is the next deed ("Bản ghi nhớ về hợp tác lao động | và thúc đẩy trao đổi đoàn").
_ONE_WORD_TOPIC = re.compile(rf"\svề\s+([{LOWER}]+(?:\s[{LOWER}]+)?)$")
_AND_VERB = re.compile(rf"\s+và\s+(?={_AND_STOP_VERBS}\b)")


def _joined_verbs(sentence: str, end: int) -> int:
    """Where a name ends whose topic joins two verbs with "và" (see _ONE_WORD_TOPIC)."""
    topic = _ONE_WORD_TOPIC.search(sentence, 0, end)
    verb = _AND_VERB.match(sentence, end)
    if not topic or not verb:
        return end
    syllables = topic.group(1).split()
    if len(syllables) == 2 and not joins(sentence[: topic.start(1)] + syllables[0], syllables[1]):
        return end
    rest = _NAME_REST.match(sentence, verb.end())
    return rest.end() if rest and rest.end() > verb.end() else end


# "Quy hoạch tỉnh … thời kỳ 2021 - 2030, tầm nhìn đến năm 2050": the vision a plan's
# period runs to is part of its title.
_VISION_TAIL = re.compile(r"(?<=\d\d\d\d),?\s+tầm nhìn (?:đến )?(?:năm )?(?:19|20)\d\d\b")


# A syllable that ends a name as a modal or verb ("cần", "phải", "có", "tạo") may instead
# close a word the name's last syllable opens ("hỗ trợ hậu | cần" is "hậu cần", logistics):
# where the segmenter reads the two as one word, the name goes on past it.
_STOP_SYLLABLE = re.compile(r"\s(cần|phải|có|tạo)(?=\s)")


def _past_compound(sentence: str, end: int) -> int:
    """Where a name ends that a stop syllable of a compound word only seemed to end."""
    m = _STOP_SYLLABLE.match(sentence, end)
    if not m or not sentence[end - 1].isalpha() or not joins(sentence[:end], m.group(1)):
        return end
    rest = _NAME_REST.match(sentence, m.end())
    return rest.end() if rest else m.end()


# "Công ước ASEAN về phòng, chống mua bán người, đặc biệt là phụ nữ và trẻ em (ACTIP)": an
# aside that narrows the topic runs on to the name's own acronym in brackets.
_ASIDE_TO_ACRONYM = re.compile(
    r",\s+(?:đặc biệt là|nhất là)\s+[^,.;:()“”\"]{1,40}?\s*\([A-Z][A-Za-z0-9+&-]{1,12}\)"
)


# An agenda's numbered item is a label over what the item takes up ("Chương trình nghị sự 3:
# Kế hoạch làm việc …"), which is no subtitle of it.
_AGENDA_ITEM = re.compile(r"\bnghị sự\s+\d{1,2}\s*$")


def end_with_subtitle(sentence: str, end: int) -> int:
    if _AGENDA_ITEM.search(sentence, 0, end) or _LIST_LEAD_END.search(sentence, 0, end):
        return end
    end = _past_compound(sentence, end)
    aside = _ASIDE_TO_ACRONYM.match(sentence, end)
    if aside:
        return aside.end()
    end = _joined_verbs(sentence, end)
    end = _listed_topics(sentence, end)
    vision = _VISION_TAIL.match(sentence, end)
    if vision:
        end = vision.end()
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


def clean_name(text: str) -> str:
    """A document name without trailing dots or the question mark of the sentence it ends
    ("… việc thực hiện Tuyên bố … của người lao động di cư?"), an unpaired closing quote or
    its date."""
    name = text.strip().rstrip("…?!").rstrip(".").strip()
    if name.endswith(("”", '"')) and sum(name.count(q) for q in '"“”') < 2:
        name = name[:-1].rstrip()
    m = _NUMBERED_ACT.match(name)
    if m:
        return m.group(1)
    m = _RUN_ON.search(name) or _MANNER.search(name) or _ADVERBIAL_AFTER_KIND.search(name)
    name = name[: m.start(1)].rstrip() if m else name
    # "Tuyên bố ASEAN về tăng cường An sinh xã hội (2013)": the year it was issued, in
    # brackets, is no part of its name
    return _BRACKETED_YEAR.sub("", name)


_BRACKETED_YEAR = re.compile(r"\s*\((?:19|20)\d\d\)$")


# A name ends with its acronym or its years: what follows them starts the rest of the
# sentence ("Bộ Quy tắc ứng xử ở Biển Đông (COC) | thực chất", "Biên bản ghi nhớ hợp tác
# năm 2012 | tăng cường sự hiểu biết …"), unless it goes on with a period, a date, a
# complement or another part of the name.
_RUN_ON = re.compile(
    r"(?:\([A-Z][A-Za-z0-9+&-]{1,12}\)|\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)"
    r"\s+(?!(?:giai đoạn|năm|về|của|giữa|và|với|vì|tầm nhìn|đến|sau|[-–(]|\d))([^\s()]+.*)$"
)


# A kind named again without its name, then how, when or where it is acted on ("góp ý dự
# thảo Khung | qua thư điện tử", "hoàn thiện dự thảo Tuyên bố | trước tháng 3"): no name
# goes on from its kind with such a preposition.
_ADVERBIAL_AFTER_KIND = re.compile(
    rf"^[{UPPER}]\S*(?:\s+[{LOWER}]\S*)?\s+((?:qua|trước|trong|vào|lên|tới|bằng|tại|cho|từ)\s.*)$"
)


# How the meeting will act on a document, after a name that ends with a capitalised word:
# "sớm đạt được Bộ Quy tắc ứng xử ở Biển Đông | hiệu quả, thực chất".
_MANNER = re.compile(
    rf"[{UPPER}][^\s]*\s+((?:hiệu quả|thực chất|đầy đủ|nghiêm túc|thành công|nhanh chóng"
    r"|một cách)\b.*)$"
)
