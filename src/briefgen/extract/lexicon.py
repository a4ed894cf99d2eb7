"""Word lists the rule-based extractors share: titles, surnames, countries, cue verbs.

They describe Vietnamese news prose about official cooperation, not one article, so the
rules generalise: a person is a surname-led capitalised run next to an official title, a
formal document starts with a document-type word, and a commitment has a cue verb.
"""

from __future__ import annotations

import re

# An upper-case letter, Vietnamese included; used to build "Title-case word" patterns.
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
CAP_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{LOWER}{UPPER}][{LOWER}]+)?"
# Letters of other Latin alphabets, which foreign names keep ("Müller", "Núñez", "Gonçalves").
_LATIN = [chr(c) for c in range(0xC0, 0x180) if chr(c).isalpha()]
_LATIN_UPPER = "".join(c for c in _LATIN if c.isupper())
_LATIN_LOWER = "".join(c for c in _LATIN if c.islower())
# A word of a person's name, foreign names included: a capitalised word, hyphenated as
# transliterations are ("Xi-phăn-đon", "Chan-o-cha"), initials joined or not to the surname
# ("R. Bitonio", "E.Macron", "L.P."), a suffix ("Jr.", "(Dr.)") or a Malay or Burmese honorific that
# is written as part of the name ("Dato' Seri", "Dato Dr. Hj …", "U Win Myint").
# A word starts after a space or punctuation, not inside another ("EU" holds no "U").
NAME_WORD = (
    rf"(?<![\w'’])(?:(?:[A-Z]\.){{1,3}}(?:[A-Z][a-z]+)?|(?:Jr|Dr|Hj|Hjh)\.?|Dato['’]|[UAY](?=\s+[{UPPER}])"
    # an abbreviated rank or honorific before the name ("Pol. Lt. Gen. Somchai", "Prof. …"),
    # not a Vietnamese city's ("Tp. Hồ Chí Minh")
    r"|(?!Tp\.)[A-Z][a-z]{1,3}\.(?=\s+[A-Z])"
    # "Ma." (Maria) before a Filipino given name; "McCarthy", "O'Brien"
    r"|Ma\.(?=\s+[A-Z])|(?:Mc|Mac|O['’]|D['’])[A-Z][a-z]+"
    # an honorific in brackets inside a Bruneian name ("Dato (Dr.) Hj …", "(Rtd)")
    r"|\((?:Dr|Rtd|Ret)\.?\)"
    rf"|[{UPPER}{_LATIN_UPPER}][{LOWER}{_LATIN_LOWER}]+"
    rf"(?:-[{LOWER}{UPPER}][{LOWER}{_LATIN_LOWER}]*)*)"
)
# Lower-case words inside a foreign name ("Aziz bin Haji Awang", "Ursula von der Leyen").
NAME_PARTICLES = ("bin", "binti", "bte", "von", "van", "der", "den", "de", "da", "dos", "del")
NAME_PARTICLE = "(?:" + "|".join(NAME_PARTICLES) + ")"

# Official titles that introduce a named person ("Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng").
TITLES = (
    "Ủy viên Bộ Chính trị",
    "Ủy viên Trung ương Đảng",
    "Tổng Bí thư",
    "Chủ tịch nước",
    "Phó Chủ tịch nước",
    "Thủ tướng",
    "Phó Thủ tướng",
    "Bộ trưởng",
    "Thứ trưởng",
    "Tổng cục trưởng",
    "Cục trưởng",
    "Vụ trưởng",
    "Viện trưởng",
    "Chánh Văn phòng",
    "Tổng Thư ký",
    "Tổng giám đốc",
    "Giám đốc",
    "Đại sứ",
    "Chủ tịch",
    "Trưởng ban",
    "Trưởng đoàn",
    "Chủ nhiệm",
    "Thống đốc",
    "Tổng thống",
    "Quốc vương",
    "Bí thư",
    "Tham tán",
    "Công sứ",
    "Đại biện",
    "Tổng Lãnh sự",
    "Lãnh sự",
    "Trưởng Ban",
    "Trưởng phái đoàn",
    "Trưởng đại diện",
    "Đặc phái viên",
    "Điều phối viên",
    "Thượng nghị sĩ",
    "Nghị sĩ",
    "Thị trưởng",
    "Tỉnh trưởng",
    "Hoàng tử",
    "Thái tử",
    "Nữ hoàng",
    "Cố vấn",
    "Người phát ngôn",
    "Chánh án",
    "Hiệu trưởng",
    "Ngoại trưởng",
    "Phó Tổng thống",
    "Quốc vụ khanh",
    "Thủ hiến",
    "Nhà vua",
    "Sultan",
    "Hoàng thân",
    "Công chúa",
    "Tư lệnh",
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Chủ tịch Quốc hội",
    "Trưởng phòng",
    "Trợ lý",
    "Thanh tra",
    "Tổng Thanh tra",
    "Đại diện",
    "Tùy viên",
    "Hoàng hậu",
    "Tổng Tham mưu trưởng",
    "Tổng Kiểm toán",
    "Trưởng Cơ quan đại diện",
    "Trưởng SOM",
    "Cao ủy",
    # deputies named as one word, the press's and the armed forces' ranks and offices
    "Vụ phó",
    "Cục phó",
    "Tổng Biên tập",
    "Tổng Tư lệnh",
    "Chính ủy",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "Đô đốc",
    "Chuẩn Đô đốc",
    # spokespeople, envoys, kings and members of a body
    "Phát ngôn viên",
    "Đặc sứ",
    "Vua",
    "Ủy viên",
    "Trưởng Văn phòng",
    # Thailand's and Cambodia's permanent secretaries ("Phó Thư ký thường trực Bộ Ngoại giao")
    "Thư ký",
    # "hội đàm với người đồng cấp Lào …": the counterpart, a role only where none better
    "Người đồng cấp",
)
COUNTERPART = "Người đồng cấp"
# Titles of governments and diplomats, after which one foreign word can be the whole name
# ("Thứ trưởng Tanaka", "Tổng thống Jokowi"); not those a company, city or province has
# ("Chủ tịch Samsung", "Thị trưởng Vladivostok").
LONE_NAME_TITLES = (
    "Thủ tướng",
    "Tổng thống",
    "Phó Tổng thống",
    "Bộ trưởng",
    "Thứ trưởng",
    "Ngoại trưởng",
    "Đại sứ",
    "Tổng Thư ký",
    "Quốc vụ khanh",
    "Thượng nghị sĩ",
    "Nghị sĩ",
    "Đặc phái viên",
    "Người phát ngôn",
)
# Sites capitalise titles freely ("Phó Trưởng Ban", "Tổng giám đốc"/"Tổng Giám đốc"), so
# only the first letter is matched as listed (either case), the rest ignoring case.
TITLE_RE = (
    # "Chính quyền Tổng thống …" is a government, not an acting president
    # "nguyên/cựu Phó Thủ tướng …": a former holder, who may still take part (a speaker)
    "(?<![Cc]hính )(?:(?:[Nn]guyên|[Cc]ựu) )?(?:(?:Phó|phó|Quyền|quyền) )?(?:"
    + "|".join(
        f"[{t[0]}{t[0].lower()}](?i:{re.escape(t[1:])})"
        for t in sorted(set(TITLES), key=len, reverse=True)
    )
    + r")\b(?!\s+quán)"
)

_SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lưu Cao Chu "
    "Đinh Trịnh Mai Tô Hà Đào Lâm Tạ Triệu Thái Quách Lương Đoàn Vương Tăng Kiều Lại Từ "
    "Khúc Tôn Trương Văn Đàm Hứa Lục Nông Mạc Âu Diệp Đồng Giang Hầu Kim La Lò Mẫn Nghiêm "
    "Phí Phùng Quan Quang Tiêu Ứng Vi Viên Yên Bạch Bế Cấn Chế Chử Cù Cung Doãn Đậu "
    "Điểu Khổng Khuất Khương Lã Lạc Lữ Lù Mã Sầm Thạch Thân Tống Trình Uông "
    "Vòng Thào Sùng Giàng Vàng Danh Kha Ma Nhữ Quản Tiết Cổ Ksor"
)
SURNAMES = frozenset(_SURNAMES.split())

COUNTRIES = (
    "Việt Nam",
    "Lào",
    "Campuchia",
    "Thái Lan",
    "Malaysia",
    "Indonesia",
    "Singapore",
    "Xingapo",
    "Philippines",
    "Philippin",
    "Brunei",
    "Brunây",
    "Myanmar",
    "Mianma",
    "Timor-Leste",
    "Hàn Quốc",
    "Nhật Bản",
    "Trung Quốc",
    "Ấn Độ",
    "Australia",
    "Ôxtrâylia",
    "New Zealand",
    "Hoa Kỳ",
    "Mỹ",
    "Nga",
    "Canada",
    "Anh",
    "Pháp",
    "Đức",
)

# Countries and unions a role may end with before the name ("Ngoại trưởng Nga Sergei
# Lavrov"); wider than COUNTRIES, which the other extractors read as places.
NATIONS = (
    *COUNTRIES,
    "Vương quốc Anh",
    "Brunei Darussalam",
    "Liên bang Nga",
    "Hoa Kỳ",
    "Triều Tiên",
    "Mông Cổ",
    "Đài Loan",
    "Hồng Kông",
    "Ma Cao",
    "Bangladesh",
    "Pakistan",
    "Sri Lanka",
    "Nepal",
    "Bhutan",
    "Kazakhstan",
    "Uzbekistan",
    "Iran",
    "Iraq",
    "Israel",
    "Palestine",
    "Thổ Nhĩ Kỳ",
    "Ả Rập Xê-út",
    "Saudi Arabia",
    "UAE",
    "Qatar",
    "Kuwait",
    "Ai Cập",
    "Nam Phi",
    "Nigeria",
    "Kenya",
    "Ý",
    "Italy",
    "Italia",
    "Tây Ban Nha",
    "Bồ Đào Nha",
    "Hà Lan",
    "Bỉ",
    "Thụy Sĩ",
    "Thụy Điển",
    "Na Uy",
    "Đan Mạch",
    "Phần Lan",
    "Ba Lan",
    "Séc",
    "Slovakia",
    "Hungary",
    "Áo",
    "Ireland",
    "Hy Lạp",
    "Romania",
    "Bulgaria",
    "Serbia",
    "Ukraine",
    "Belarus",
    "Cuba",
    "Mexico",
    "Brazil",
    "Argentina",
    "Chile",
    "Peru",
    "Colombia",
    "Venezuela",
    "Liên minh châu Âu",
    "EU",
    "ASEAN",
    "Liên hợp quốc",
)

# "ký" (kí) signs only as a word of its own: Vietnamese writes a word as its syllables, and
# "ký" is also a syllable of the words it forms with the syllable before it ("đăng ký"
# register, "chữ ký" signature, "thư ký" secretary) or after it ("ký hiệu" symbol, "ký
# túc xá" dormitory); "ký kết", "ký tên" and "lễ ký" are signing. (underthesea's word
# segmenter splits these the same way, but importing it loads transformers and torch, 4 s.)
_KY_FIRST = ("đăng", "chữ", "thư", "nhật", "hồi", "bút", "tốc", "truyện", "du")
_KY_SECOND = (
    "hiệu",
    "tự",
    "ức",
    "túc",
    "sự",
    "giả",
    "quỹ",
    "gửi",
    "sinh",
    "họa",
    "hoạ",
    "thác",
    "danh",
    "âm",
    "cược",
    "lục",
)
# (in either case: "Tổng Thư ký" is a secretary too)
SIGN = (
    r"(?i:\b"
    + "".join(rf"(?<!\b{w} )" for w in _KY_FIRST)
    + r"k[ýí]\b"
    + "".join(rf"(?! {w}\b)" for w in _KY_SECOND)
    + ")"
)


def any_of(words: tuple[str, ...]) -> str:
    """A regex group matching any of ``words`` as written, the longest first, so that no
    word is cut short by a shorter one it starts with ("nêu rõ" before "nêu")."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


# Verbs of saying: what follows is what the speaker says or holds ("Bộ trưởng cho biết hai
# bên …"). The one list every wider list of what a speaker does is built on.
SAYING_VERBS = ("cho biết", "cho rằng", "nhấn mạnh", "khẳng định", "nêu rõ", "lưu ý", "chỉ rõ")
SAYS = any_of(SAYING_VERBS)

# What a speaker does in words: says, judges, feels, proposes ("… bày tỏ", "… hoan nghênh",
# "… đề nghị"). Both where a named person's role stops (PERSON_VERBS) and what makes a
# clause reported speech (extract/presence.py) are built on it.
SPEAKING_AND_JUDGING = (
    "tái khẳng định",
    "đánh giá",
    "hoan nghênh",
    "nhắc lại",
    "nhớ lại",
    "điểm lại",
    "bày tỏ",
    "chia sẻ",
    "nêu",
    "nói",
    "thông báo",
    "trình bày",
    "giới thiệu",
    "báo cáo",
    "ghi nhận",
    "cảm ơn",
    "cám ơn",
    "chúc mừng",
    "đề nghị",
    "đề xuất",
    "kêu gọi",
    "nhận định",
    "nhận xét",
    "phát biểu",
    "tin tưởng",
    "mong muốn",
    "vui mừng",
    "ca ngợi",
    "biểu dương",
    "đề cập",
    "giải thích",
    "phân tích",
    "tổng kết",
    "kết luận",
    "tuyên bố",
    "hy vọng",
    "đồng tình",
)

# Verbs a person who was just named and titled goes on to do ("…, Thứ trưởng Bộ Nội vụ
# làm Trưởng đoàn", "… Kao Kim Hourn phát biểu"): where the role, or the name, stops.
PERSON_VERBS = (
    *SAYING_VERBS,
    *SPEAKING_AND_JUDGING,
    "kiến nghị",
    "cũng",
    "đã",
    "đang",
    "sẽ",
    "vừa",
    "mới",
    "luôn",
    "làm",
    "dẫn đầu",
    "dẫn",
    "chủ trì",
    "đồng chủ trì",
    "tham dự",
    "dự",
    "tiếp",
    "hội đàm",
    "hội kiến",
    "gặp",
    "trao",
    "tới",
    "đến",
    "sang",
    "thăm",
    "chào mừng",
    "khai mạc",
    "bế mạc",
    "nhất trí",
    "đồng ý",
    "cam kết",
    "gửi",
    "chuyển",
    "điện đàm",
    "trả lời",
    "yêu cầu",
    "chỉ đạo",
    "thay mặt",
    "được",
    "là",
    "có",
    "với",
    "cùng",
    "nhận",
    "đón",
    "chứng kiến",
    "chủ tọa",
    "điều hành",
    "ủng hộ",
    "khuyến nghị",
    "tặng",
    "thảo luận",
    "tham gia",
    "lý giải",
    "gợi ý",
    "phát động",
    "khánh thành",
    "tiếp thu",
    "nêu bật",
    "khuyến khích",
    "thúc giục",
    "đáp từ",
    "tham quan",
)
# One of them as a whole word; the longest first.
# ("ký", sign, by the grammar above: not the "ký" of "Thư ký" or "đăng ký")
PERSON_VERB_RE = rf"\b(?:{any_of(PERSON_VERBS)}|{SIGN})\b"

# Place names that look like personal names (surname-led, capitalised).
PLACES = frozenset(
    [
        "Hà Nội",
        "Hà Tĩnh",
        "Hà Nam",
        "Hà Giang",
        "Hồ Chí Minh",
        "Cao Bằng",
        "Lâm Đồng",
        "Thái Bình",
        "Thái Bình Dương",
        "Thái Nguyên",
        "Lào Cai",
        "Quảng Ninh",
        "Phú Quốc",
        "Sơn La",
        "Ninh Bình",
        "Ninh Thuận",
        "Châu Âu",
        "Châu Á",
        "Châu Phi",
        "Châu Mỹ",
        "Châu Đại Dương",
        "Thái Lan",
        # capitals and cities where the region's meetings are held, which a role may end
        # with before a foreign name ("Đại sứ Nhật Bản tại Jakarta Kanasugi Kenji")
        "Jakarta",
        "Kuala Lumpur",
        "Phnom Penh",
        "Viêng Chăn",
        "Vientiane",
        "Luang Prabang",
        "Bangkok",
        "Băng Cốc",
        "Manila",
        "Bandar Seri Begawan",
        "Nay Pyi Taw",
        "Naypyidaw",
        "Yangon",
        "Dili",
        "Bali",
        "Siem Reap",
        "Labuan Bajo",
        "Tokyo",
        "Osaka",
        "Seoul",
        "Busan",
        "Bắc Kinh",
        "Beijing",
        "Thượng Hải",
        "New Delhi",
        "Canberra",
        "Sydney",
        "Washington",
        "New York",
        "Moskva",
        "Paris",
        "London",
        "Berlin",
        "Brussels",
        "Geneva",
    ]
)

# Words that start the name of a formal document (declaration, plan, MoU, decision…).
DOCUMENT_WORDS = (
    "Thông cáo báo chí chung",
    "Tuyên bố báo chí chung",
    "Tuyên bố chung",
    "Tuyên bố",
    "Khuôn khổ",
    "Khung chính sách",
    "Kế hoạch",
    "Chiến lược",
    "Hiệp định",
    "Biên bản ghi nhớ",
    "Bản ghi nhớ",
    # the minutes a joint commission signs ("ký Biên bản Kỳ họp lần thứ 10 …")
    "Biên bản",
    "Quyết định số",
    "Quyết định",
    "Nghị quyết",
    "Nghị định",
    "Đề án",
    "Chương trình hành động",
    # a letter of intent, either way round; "Ý định" (intention) opens a name only with
    # "thư", and "Thư" (letter) only with "ý định", not "Thư ký" (secretary)
    "Ý định thư",
    "Thư ý định",
    "Thỏa thuận",
    "Thoả thuận",
    "Hiến chương",
    "Lộ trình",
    "Công ước",
    "Hiệp ước",
    "Nghị định thư",
    "Thông cáo chung",
    "Bộ Quy tắc",
    "Bộ quy tắc",
    "Quy tắc",
    "Đồng thuận",
    "Chương trình",
    # a platform ("Cương lĩnh hành động Bắc Kinh", the Beijing Platform for Action)
    "Cương lĩnh",
)

# Document words that are also common nouns or verbs ("hướng dẫn" guide, "sáng kiến"
# initiative, "tầm nhìn" vision, "văn kiện" papers): they start a name only where it is
# quoted ("Văn kiện “Tầm nhìn ASEAN 2045”") or a headline says the meeting signs or adopts
# it ("ASEAN thông qua Hướng dẫn khu vực về …"); elsewhere they only end the name before
# them ("Kế hoạch … và Hướng dẫn …").
WEAK_DOCUMENT_WORDS = (
    "Điều khoản tham chiếu",
    "Hướng dẫn",
    "Văn kiện",
    "Quy chế",
    "Sáng kiến",
    "Tầm nhìn",
    "Tuyên ngôn",
)
# Document words as written in lower case mid-sentence, which still start a name when it
# goes on with a capitalised word, a number or a quote ("kế hoạch tổng thể Cộng đồng …",
# "bộ quy tắc ứng xử ở Biển Đông").
LOWER_DOCUMENT_WORDS = (
    "biên bản ghi nhớ",
    "bản ghi nhớ",
    "hiệp định",
    "tuyên bố chung",
    "tuyên bố",
    "khuôn khổ",
    "bộ quy tắc",
    # the region's blueprints and strategic plans; not "kế hoạch hành động/làm việc/công
    # tác", which as often are a ministry's own plans, not documents a meeting reports
    "kế hoạch tổng thể",
    "kế hoạch chiến lược",
    # the consensus and charter, not the verb "đồng thuận" (agree)
    "đồng thuận ASEAN",
    "đồng thuận 5 điểm",
    "hiến chương ASEAN",
    "ý định thư",
)

# Statuses, by the verbs around a document's name; first match wins.
STATUS_CUES = (
    # "(hai Bộ trưởng) trao (đổi) (các) Bản ghi nhớ …": the signed copies change hands at
    # the ceremony; only right before the document, as "trao đổi về …" is discussing it
    (
        "signed",
        re.compile(
            rf"{SIGN}|trao(?: đổi)?(?:\s+(?:các|hai|ba|bản))?\s*$",
            re.IGNORECASE,
        ),
    ),
    (
        "adopted",
        # "Hội nghị … (đã đưa) ra (một/bản) Tuyên bố chung": the meeting issued it.
        re.compile(
            r"thông qua|ban hành|phê duyệt|phê chuẩn|chính thức được|công bố"
            r"|\bra(?:\s+(?:một|bản|các|hai|ba))?\s*$"
            # "hai Bộ trưởng thống nhất Kế hoạch hành động …": agreed on, right before it
            # (not "nhất trí", whose object is as often a clause: "nhất trí Đồng thuận 5
            # điểm vẫn là cơ sở …")
            r"|thống nhất\s*$",
            re.IGNORECASE,
        ),
    ),
    (
        "proposed",
        # "(sớm) đạt được Bộ Quy tắc …": a document still to be reached
        re.compile(
            # ("hoàn thiện", finishing a draft: "sớm hoàn thiện Chiến lược …")
            r"đề xuất|dự thảo|đề nghị xây dựng|xây dựng|soạn thảo|đàm phán|hoàn tất|hoàn thiện"
            r"|đạt được\s*$"
            # submitted to a later meeting for adoption ("sẽ được trình lên Hội nghị …"),
            # not presented ("trình bày") nor a programme ("chương trình")
            r"|(?:được|sẽ) trình(?! bày)\b|\btrình lên\b",
            re.IGNORECASE,
        ),
    ),
    (
        "implementing",
        re.compile(
            r"thực hiện|triển khai|rà soát|đánh giá giữa kỳ|lồng ghép|thực thi|hiện thực hóa"
            # a plan or roadmap completed was carried out ("hoàn thành Lộ trình …",
            # "hoàn thành 95% các dòng hành động của Kế hoạch tổng thể …")
            # ("quán triệt", to instil a Party resolution and act on it)
            r"|cụ thể hóa|tuân thủ|hoàn thành|quán triệt",
            re.IGNORECASE,
        ),
    ),
)
# "khởi động chương trình “…”": launching a programme starts carrying it out; only right
# before the name, as what else is launched in its clause says nothing of it.
LAUNCHED = re.compile(
    r"khởi động(?:\s+(?:chương trình|dự án|đề án|kế hoạch|sáng kiến))?\s*[“\"]?\s*$",
    re.IGNORECASE,
)
# Aspect markers of what is yet to happen: "sẽ ký", "tiến tới ký kết", "sớm thông qua" make
# a document signed or adopted in future only, so it is still proposed.
NOT_YET = re.compile(
    r"(?:\bsẽ|\bsớm|tiến tới|hướng tới|chuẩn bị|dự kiến|dự định|nhằm|để|chưa|"
    r"thúc đẩy|nỗ lực|mong muốn|hy vọng|trước khi|cần)"
    r"(?:\s+(?:được|cùng|chính thức|nhanh chóng|hoàn tất|việc|lễ|đàm phán,?"
    r"|kết thúc đàm phán,?))*\s*$",
    re.IGNORECASE,
)

# Who a speech or communiqué says must act ("chúng ta cần …", "đòi hỏi ASEAN phải …",
# "đòi hỏi mỗi quốc gia thành viên phải …", "Cộng đồng ASEAN cần …").
_MEMBERS = (
    r"(?:chúng ta|(?:Cộng đồng )?ASEAN|các nước|hai bên|các bên|hai nước|các quốc gia"
    r"|khu vực|mỗi (?:quốc gia|nước)|các đối tác|các thành viên)"
)

# Commitment kinds by cue phrase; the order settles sentences with several cues. A cue
# used as a noun ("các cam kết", "đề xuất của Nhật Bản", "với mong muốn") commits no one.
KIND_CUES = (
    # (not a measure of it: "chỉ số sẵn sàng cho chuyển đổi số")
    ("readiness", re.compile(r"(?<!chỉ số )(?<!mức độ )sẵn sàng", re.IGNORECASE)),
    (
        "call",
        re.compile(
            # (not "hưởng ứng lời kêu gọi của …", someone else's call)
            r"(?<!lời )kêu gọi|(?<!với )mong muốn các|(?<!với )mong muốn,|tin tưởng và mong muốn"
            # a wish for what the parties do ("mong muốn hai bên tiếp tục …")
            rf"|(?<!với )mong muốn {_MEMBERS}\b"
            # or a partner does ("mong muốn (phía) Nhật Bản tiếp tục hỗ trợ …")
            r"|(?<!với )mong muốn (?:phía )?(?:"
            + "|".join(re.escape(n) for n in NATIONS)
            + r")(?!\w)"
            # what the members must do: "ASEAN cần tăng cường", "chúng ta cần phải",
            # "đòi hỏi ASEAN phải", "sự cần thiết", "giao nhiệm vụ cho"
            # (the members as the clause's subject, not "công chức ASEAN phải …", and not
            # "đã phải", what they had to do)
            # (after a verb of saying or a conjunction too: "nhấn mạnh các nước thành viên
            # cần …", "nhưng chúng ta cần …")
            rf"|(?:^|,\s|(?:rằng|là|{SAYS}|song|nhưng|vì vậy|do đó|vì thế)\s)"
            rf"{_MEMBERS}(?:\s(?!đã\b)[^\s.;,]+){{0,2}}"
            # (not what they have to face: "các nước đang phải đối mặt với …")
            r"\s(?:cần|phải|buộc phải)\b(?! thiết)(?!\s+(?:đối mặt|đương đầu|gánh chịu|chịu"
            r"|trải qua|vật lộn)\b)"
            rf"|đòi hỏi {_MEMBERS}\b[^.;]{{0,30}}\sphải\b|sự cần thiết|giao nhiệm vụ cho"
            # "đòi hỏi sự chung tay của các nước", "đòi hỏi phải …", unlike the demands of
            # someone ("đáp ứng đòi hỏi của nhân dân")
            r"|(?<!đáp ứng )(?<!những )(?<!các )đòi hỏi (?:sự|phải)\b"
            # said with no subject, the need is everyone's: "nhấn mạnh cần tiếp tục …"
            rf"|{SAYS}(?: rằng| là)?,?\s(?:việc\s)?(?:cần|phải)\b(?! thiết)",
            re.IGNORECASE,
        ),
    ),
    (
        "proposal",
        re.compile(
            r"(?<!các )(?<!những )(?<!nhiều )(?:đề nghị|đề xuất|kiến nghị)"
            r"(?!\s+(?:của|này|đó|trên)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "agreement",
        re.compile(
            r"(?<!nội dung đã )(?<!đã được )"
            # "nhất trí thông qua Tuyên bố …" adopts a document (a declaration's status);
            # "… có hiệu quả, thống nhất." is an adjective
            # ASEAN's unity ("đoàn kết và thống nhất của ASEAN", "thống nhất trong đa
            # dạng") and the country's reunification ("thống nhất đất nước") are no
            # agreement, nor is a memorandum ("Bản ghi nhớ, …")
            # (nor a view they share: "nhất trí cho rằng/đánh giá …")
            r"(?:nhất trí(?! thông qua)(?!\s+(?:cho rằng|đánh giá|nhận định|ghi nhận|hoan nghênh"
            r"|bày tỏ)\b)|(?<!sự )(?<!đoàn kết và )(?<!đoàn kết, )(?<!đất nước )"
            r"thống nhất(?!\s*[.,;])(?!\s+(?:đất nước|trong đa dạng|của)\b)|đồng ý"
            r"|chung ý kiến|(?<!bản )ghi nhớ,)",
            re.IGNORECASE,
        ),
    ),
    (
        "pledge",
        re.compile(
            # "thực hiện cam kết" carries out a commitment made before
            # ("theo cam kết WTO", what was committed before; "với quyết tâm của hai bên",
            # the resolve a forecast rests on)
            r"(?<!các )(?<!những )(?<!thực hiện )(?<!thực thi )(?<!tuân thủ )(?<!theo )"
            r"cam kết(?! (?:chung|của)\b)|(?<!với )quyết tâm(?! của)|sẽ tiếp tục"
            r"|tiếp tục thúc đẩy|mong muốn tiếp tục|sẽ báo cáo|(?<!sự )ủng hộ(?! của)",
            re.IGNORECASE,
        ),
    ),
)

# A copula or change of state after "sẽ (tiếp tục)" says what something will be, not what
# a party will do ("Việt Nam sẽ tiếp tục là điểm đến hấp dẫn", "ASEAN sẽ trở thành …"): a
# forecast, whoever says it. A party's stand towards others is still a pledge ("sẽ tiếp
# tục là đối tác tin cậy", "sẽ luôn là người bạn thủy chung", "thành viên có trách nhiệm").
STATE_AFTER_WILL = re.compile(
    r"\s*(?:(?:tiếp tục|luôn|mãi mãi|mãi|vẫn|sẽ)\s+)*(?:là|trở thành|trở nên)\b"
    r"(?!\s+(?:một\s+)?(?:người bạn|bạn|đối tác|thành viên|cầu nối|chỗ dựa)\b)",
    re.IGNORECASE,
)

# What a party says it will do ("Bộ Công Thương sẽ phối hợp …", "Việt Nam sẽ tích cực hỗ
# trợ …"): a pledge when "sẽ" governs a verb of acting with or for others, not one of a
# schedule ("sẽ gặp", "sẽ đảm nhận vai trò Chủ tịch", "sẽ diễn ra") or an outcome ("sẽ
# giúp", "sẽ tạo"). Its subject must be a party (see PARTY).
WILL_ACT = re.compile(
    r"\bsẽ\s+(?:(?:luôn|tích cực|chủ động|cùng|sớm|nghiêm túc|khẩn trương|nỗ lực|hết sức"
    r"|tiếp tục)\s+)*(?:phối hợp|hỗ trợ|chủ trì|đồng hành|thúc đẩy|tăng cường|triển khai"
    r"|thực hiện|xem xét|nghiên cứu|tạo điều kiện|ủng hộ|cử|cung cấp|chia sẻ|đóng góp"
    r"|làm hết sức|dành|mở rộng|hợp tác|sát cánh|đẩy mạnh|hoàn thành|hoàn tất|báo cáo"
    r"|xây dựng|đào tạo|tài trợ|viện trợ|giúp đỡ|bảo đảm|đảm bảo|mở cửa|cùng với|nỗ lực"
    r"|cố gắng)\b",
    re.IGNORECASE,
)
_QUANTIFIED = r"(?:[Cc]ác|[Hh]ai|[Bb]a|[Nn]hững|[Mm]ỗi)\s+"
# A subject that is a party, which can commit: a person by title, a pronoun, a country or
# an acronym, a body, or the parties counted ("Hai bên", "các nước thành viên").
PARTY = re.compile(
    rf"^[“\"]?\s*(?:{_QUANTIFIED}(?:bên|nước|quốc gia|nhà [Ll]ãnh đạo|[Ll]ãnh đạo|thành viên"
    rf"|đối tác|quan chức|đại biểu|cơ quan)\b|(?:{_QUANTIFIED})?(?:{TITLE_RE}|Ngoại trưởng"
    r"|(?:Bộ|Ban|Cục|Đoàn|Nhóm|Vụ)\s+[" + UPPER + r"]|Cơ quan|Chính phủ|Ủy ban|Tổng cục"
    r"|Hội nghị|Liên minh|Quốc hội|[Cc]húng tôi|[Cc]húng ta|[Tt]ôi\b|[Ôô]ng\b|[Bb]à\b"
    r"|[Pp]hía\s+["
    + UPPER
    + r"]|[A-Z]{2,}\b|(?:"
    + "|".join(re.escape(n) for n in NATIONS)
    + r")(?!\w)))"
)

# Verbs of welcome, thanks and expectation: a cue after them names what is welcomed
# ("hoan nghênh đề xuất …", "cảm ơn sự ủng hộ", "bày tỏ tin tưởng … sẽ tiếp tục").
NOT_COMMITTING = re.compile(
    r"hoan nghênh|cảm ơn|cám ơn|chúc mừng|bày tỏ tin tưởng|tin tưởng rằng|đánh giá cao"
    r"|bày tỏ vui mừng|vui mừng",
    re.IGNORECASE,
)

# Verbs of expectation: what follows is what the speaker expects others to do or to
# happen ("tin tưởng Đại sứ sẽ tiếp tục …", "hy vọng, với sự hỗ trợ của …, Việt Nam sẽ …"),
# across commas, until the speaker goes on ("…, đồng thời đề nghị …"). "tin tưởng và
# mong muốn" asks something of the parties: a call.
EXPECTING = re.compile(
    r"tin tưởng(?! và mong muốn)|hy vọng|hi vọng|kỳ vọng|mong rằng", re.IGNORECASE
)
# What may stand between a break and a cue that the speaker makes in a clause of their own.
SPEAKER_GOES_ON = re.compile(
    rf"(?:[,;]|\s(?:và|đồng thời)\s)(?:\s*\b(?:và|đồng thời|cũng|luôn)\b)*\s*(?:{SAYS}\b)?"
    r"(?:\s*,)?\s*$",
    re.IGNORECASE,
)

# After a welcome or thanks, a comma that goes on with its object ("đánh giá cao …, nhất là
# việc hỗ trợ các nước thực hiện cam kết") opens no clause of its own.
WELCOME_GOES_ON = re.compile(r",\s*(?:nhất là|đặc biệt là|trong đó có|kể cả|bao gồm)\b")

# Head nouns of a subject that is a thing, not a party: what it "sẽ tiếp tục" do is a
# forecast ("quan hệ hai nước sẽ tiếp tục phát triển", "Sự hỗ trợ … sẽ tiếp tục mang lại
# …", "chuyến thăm sẽ tiếp tục thúc đẩy …"), not a pledge.
THING_SUBJECT = re.compile(
    r"^(?:mối |các |những |tình )?(?:quan hệ|hợp tác|sự|việc|chuyến thăm|chuyến công tác"
    r"|cuộc|kết quả|thành quả|chương trình|dự án|tình hữu nghị|hữu nghị|điều này|đây"
    r"|tình hình|khuôn khổ|cơ chế|văn kiện|hiệp định|bản ghi nhớ|gói|khoản|nguồn vốn"
    r"|đóng góp|nỗ lực|tinh thần)\b",
    re.IGNORECASE,
)
# Verbs that open the clause someone says, hopes or believes; its subject follows them.
CLAUSE_OPENERS = re.compile(
    rf"[,;:(]|\b(?:rằng|{SAYS}|tin tưởng|hy vọng|hi vọng|kỳ vọng|mong|chúc mừng"
    r"|hoan nghênh|cảm ơn|đánh giá cao|vui mừng)\b",
    re.IGNORECASE,
)
# A frame in the past anywhere in a sentence ("trong những năm qua", "kể từ khi thiết lập
# quan hệ", "trước đây"): with "đã" before its cue, it tells what was done before.
PAST_FRAME = re.compile(
    r"\b(?:(?:những |các )?(?:năm|thời gian) (?:qua|trước)|trước đó|trước đây|năm ngoái"
    r"|kể từ|từ khi|nhiệm kỳ)\b",
    re.IGNORECASE,
)

# Verbs that report what a meeting talked about: a list they introduce ("các đại biểu đã
# thảo luận các nội dung sau:") gives topics, not pledges.
DISCUSSED = re.compile(
    r"\b(?:thảo luận|trao đổi|bàn(?: bạc| thảo)?(?= về| các| những)|đề cập|điểm lại|nghe"
    r" (?:báo cáo|trình bày)|tập trung vào)\b",
    re.IGNORECASE,
)

# A sentence that opens by citing a source other than someone at the event tells the
# background: what experts say, figures, forecasts, a plan or an earlier document ("Theo các
# chuyên gia, ASEAN cần …", "Theo Hiệp định ATIGA, các nước đã cam kết …", "Theo kế hoạch,
# …"). A joint statement is the event's own ("Theo Tuyên bố chung, hai bên nhất trí …"), as
# is what a speaker or the press reports ("Theo Bộ trưởng, …", "Theo phóng viên TTXVN, …").
BACKGROUND_SOURCE = re.compile(
    r"^(?:Theo|Căn cứ(?: vào)?|Dựa trên)\s+(?:(?:các|những|một số|nhiều)\s+)?"
    r"(?:chuyên gia|nhà (?:phân tích|nghiên cứu|kinh tế)|giới (?:phân tích|quan sát|chuyên gia"
    r"|nghiên cứu)|số liệu|thống kê|báo cáo|dự báo|ước tính|khảo sát|nghiên cứu|quy định"
    r"|kế hoạch|lộ trình|dự kiến|(?!Tuyên bố|Thông cáo)(?:"
    + "|".join(re.escape(w) for w in DOCUMENT_WORDS)
    + r"))\b[^,]*,",
    re.IGNORECASE,
)

# What a lead with no cue must name for its list to hold pledges: an agenda ("5 ưu tiên
# lớn:", "các nhiệm vụ trọng tâm sau:"), not the attendees, the documents adopted or the
# results reached.
AGENDA = re.compile(
    r"\b(?:ưu tiên|định hướng|nhiệm vụ|giải pháp|mục tiêu|biện pháp|trọng tâm|phương hướng"
    r"|sáng kiến|hành động|hướng đi|đột phá)\b",
    re.IGNORECASE,
)

# "Một là, …", "(ii) …", "Thứ nhất, …": items of an enumerated list.
ENUMERATION = re.compile(
    r"^(?:(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là\b|Thứ (?:nhất|hai|ba|tư|năm|sáu)\b"
    r"|\((?:[ivx]+|\d+|[a-z])\)|[a-z]\)\s|\d+[.)]\s|[-–•+]\s)"
)

# Sentences that open with an imperative verb continue a proposal or a list of pledges.
CONTINUATION = re.compile(
    r"^(?:(?:Cùng với đó|Đồng thời|Bên cạnh đó|Ngoài ra),\s*)?"
    r"(?:Tiếp tục|Đẩy mạnh|Tăng cường|Đổi mới|Nâng cao|Thúc đẩy|Xây dựng|Thực hiện|Sử dụng|"
    r"Cải cách|Hoàn thiện|Phát huy|Mở rộng|Phát triển|sử dụng|cải cách|nâng cao)\b"
)
