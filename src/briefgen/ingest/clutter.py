"""Recognise the pieces of a scraped news page that are not the article's prose.

Each function looks at one line's text only; :mod:`briefgen.ingest.layout` combines them
with the line's position (before the title, between paragraphs, after the byline). The
patterns are those of Vietnamese news and ministry sites in general, not of one page.
"""

from __future__ import annotations

import re
from datetime import date

from briefgen.extract.lexicon import (
    NATIONS,
    PERSON_VERB_RE,
    PLACES,
    SAYING_VERBS,
    TITLE_RE,
    UPPER,
    any_of,
)
from briefgen.normalize import fold

# The capitals a name may open with: Vietnamese ones and the other Latin ones of foreign
# names ("Élysée", "Øresund"); never a lower-case "đ" or "ý".
_CAPITALS = UPPER + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())

# Headings of the lists of other articles that follow the article itself.
RELATED_HEADINGS = frozenset(
    fold(h)
    for h in (
        "Tin tức cùng chuyên mục",
        "Tin cùng chuyên mục",
        "Cùng chuyên mục",
        "Tin khác",
        "Các tin khác",
        "Tin tức khác",
        "Bài viết khác",
        "Các bài viết khác",
        "Tin liên quan",
        "Tin bài liên quan",
        "Bài liên quan",
        "Bài viết liên quan",
        "Có thể bạn quan tâm",
        "Bạn có thể quan tâm",
        "Nên xem",
        "Tiêu điểm",
        "Tin nổi bật",
        "Đọc thêm",
        "Xem thêm",
        "Đọc nhiều",
        "Xem nhiều",
        "Tin đọc nhiều",
        "Tin xem nhiều",
        "Tin mới",
        "Tin mới nhất",
        "Tin mới hơn",
        "Tin cũ hơn",
        "Tin đã đưa",
        "Từ khóa",
        "Tags",
        "Tag",
        "Chủ đề",
    )
)
# Page widgets: font size, print, share, view counters.
WIDGETS = frozenset(
    fold(w)
    for w in (
        "Mặc định Cỡ chữ",
        "Cỡ chữ",
        "In bài",
        "In trang",
        "Chia sẻ",
        "Gửi bài",
        "Gửi email",
        "Bình luận",
        "Lưu bài",
        "Quay lại",
        "Trở lại",
        "Về đầu trang",
        "Lên đầu trang",
        "Nghe đọc bài",
        "Nghe bài viết",
        "Chú thích ảnh",
    )
)

_DATE = re.compile(
    r"\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b"
    r"|\b(?P<year>(?:19|20)\d\d)-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"  # ISO: 2018-11-30
    # in words, as a date banner writes it: "ngày 05 tháng 8 năm 2024"
    r"|\b(?P<wday>\d{1,2})\s+tháng\s+(?P<wmonth>\d{1,2})\s+năm\s+(?P<wyear>(?:19|20)\d\d)\b"
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_META_WORDS = re.compile(r"ngày đăng|cập nhật|đăng lúc|lượt xem|lượt đọc|\bGMT\b", re.IGNORECASE)
_TRAILING_DATE = re.compile(r"\s*\(\s*\d{1,2}/\d{1,2}/\d{4}\s*\)\s*$")
# A photo credit ends a caption: in brackets ("(Ảnh: TTXVN)", "(Nguồn: Bộ Ngoại giao)"),
# or labelled after a full stop, a dash or a capitalised label ("- Ảnh: VGP/Nhật Bắc",
# ". Ảnh VGP/Nhật Bắc", " Ảnh tư liệu", ". Nguồn: TTXVN"). The label is a whole word, so
# "hình ảnh - tư liệu" credits nothing.
_CREDIT_START = r"(?:^|\s*[-–]\s*|(?<=[.!?…”\"])\s*|\s+(?=(?-i:Ảnh|ẢNH|Photo|PHOTO)\b))"
_CREDIT = re.compile(
    r"(?:\s*(?:[-–]\s*)?[(\[]\s*(?:(?:Ảnh|Nguồn ảnh|Photo)\b|Nguồn\s*:)[^()\[\]]*[)\]]\.?"
    rf"|{_CREDIT_START}(?:(?:Ảnh|Nguồn ảnh|Photo)\s*[:-].*"
    r"|Ảnh (?:minh (?:họa|hoạ)|tư liệu|chụp màn hình)(?:\s*:\s*[^.()]{1,40})?\.?"
    r"|Ảnh do [^.()]{2,60} cung cấp\.?"
    r"|(?-i:Ảnh)\s+(?=(?-i:[A-ZĐ]))\S+(?:\s\S+){0,5}))\s*$",
    re.IGNORECASE,
)
# A source after the last sentence ("Quang cảnh phiên họp. Nguồn: TTXVN") credits a photo
# only under a caption-shaped sentence; under narration it is the story's source.
_SOURCE_CREDIT = re.compile(r"(?<=[.!?…])\s*Nguồn\s*:\s*[^.()]{1,40}$")
# "Ảnh: Hai Bộ trưởng tại lễ ký kết": the label before a caption, not a credit after it;
# "(Ảnh: TTXVN) Quang cảnh …", "Ảnh: TTXVN - Quang cảnh …": a credit before its caption.
_LABEL = re.compile(r"^(?:Ảnh|Photo)\s*:\s*", re.IGNORECASE)
_LEADING_CREDIT = re.compile(
    r"^(?:\(\s*(?:Ảnh|Nguồn ảnh|Photo|Nguồn)\s*:\s*([^()]{1,40})\)"
    r"|(?:Ảnh|Photo)\s*:\s*([^-–]{1,40}?)\s+[-–])\s*(?=\S)",
    re.IGNORECASE,
)
MIN_LABELLED_CAPTION_WORDS = 5
_SUPPLIED = re.compile(r"\bcung cấp\.?$")
# What a person pictured does, in lower case as a verb is written: a caption's clause.
# ("với", "là", "có", "được" and the aspect words join names and organisations as well.)
_ACTS = re.compile(
    "(?-i:"
    + PERSON_VERB_RE.replace(r"\b(?:", r"\b(?!(?:với|là|có|được|cùng|đã|đang|sẽ|mới)\b)(?:")
    + ")"
)
MAX_CREDIT_WORDS = 10
# Words a credit may hold besides names: "Ảnh tư liệu", "Ảnh: Internet", "Bài và ảnh".
_CREDIT_WORDS = frozenset({"tư", "liệu", "minh", "họa", "hoạ", "internet", "và", "nguồn", "st"})
# A caption is a line or two; a paragraph ending in "(Nguồn: …)" cites its source.
MAX_CAPTION_WORDS = 40
# Markup a page's export left in the text: WordPress "[caption id=…]" shortcodes.
_SHORTCODE = re.compile(r"\[/?caption\b[^\]]*\]")
# An image's alt text run into its caption ("<title> - ảnh 1  <caption>").
_ALT_PREFIX = re.compile(r"^.*?\s[-–]\s*ảnh\s+\d+\s+")
# An image's alt text that is the page's address in words, run into its caption ("hoi nghi
# bo truong … ra tuyen bo chung Quang cảnh Hội nghị."): four or more words without a
# diacritic or a capital, which Vietnamese prose hardly ever strings together.
_SLUG_PREFIX = re.compile(rf"^(?:[a-z0-9]+\s+){{4,}}(?=[{UPPER}])")
# Lines that are never prose: an image file name or a link, a contact line ("Liên hệ …",
# "Hotline: …"), a bracketed or arrowed teaser of another article ("[Video] …", ">> …",
# "Video: …"), a copyright notice, a row of share buttons, "Xem tiếp".
_NON_PROSE = re.compile(
    r"^(?:.{0,200}?\.(?:jpe?g|png|gif|webp)(?:\?\S*)?|(?:https?://|www\.)\S+"
    r"|(?:Liên hệ|E-?mail|Hotline|Đường dây nóng|Điện thoại|Fax|Website)\b.*"
    r"|\[[^\]]+\].*|(?:>>|»|>)\s*\S.*|(?:Video|Clip|Infographic|Podcast|Audio)\s*:.*"
    r"|(?:©|Bản quyền\b|Copyright\b).*|Theo dõi (?:\S+ ){1,6}?trên\b.*"
    r"|(?:Xem|Đọc) thêm\s*(?:>>|»|›)\s*\S.*"
    # a reading player's settings, an advert's label, an app's download prompt
    r"|(?:Giọng đọc|Tốc độ đọc|Nghe bài viết|Nghe audio)\b.*"
    r"|(?:Bài viết|Nội dung) (?:được )?tài trợ|Advertisement|Tải ứng dụng\b.*"
    r"|(?:Xem|Đọc) tiếp\W*|Quảng cáo|(?:(?:Facebook|Twitter|Zalo|Tweet|Chia sẻ|Share|LinkedIn)"
    r"[\s,|]*){2,})$",
    re.IGNORECASE,
)
# A news lead opening with its time ("Sáng 3/9, …", "Ngày 30/11, …", "Hôm 22/11, …",
# "Kể từ ngày 8.8.2021, …", "Từ ngày 29 đến 30/11, …", "Sau khi …, …").
_TIMED_OPENING = re.compile(
    r"^(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Đêm|Hôm)(?: nay| qua)?\s*(?:ngày\s*)?\(?\d{1,2}[/.]\d{1,2}"
    r"|(?:Kể từ|Từ|Vào|Trong)\s+(?:(?:các|hai|ba)\s+)?(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\b"
    r"[^,.;]{0,20}?\d{1,2}[/.-]\d{1,2}"
    r"|Sau khi\b)"
)
_PHOTO_CUES = re.compile(
    r"(?<!văn )(?<!bài )phát biểu|chụp ảnh|lưu niệm|quang cảnh|toàn cảnh|trình bày|"
    r"thảo luận|chủ trì|"
    r"với các đại biểu|bắt tay|trao tặng|trao quà|cắt băng|hội đàm|hội kiến|"
    r"tại (?:hội nghị|cuộc họp|buổi lễ|lễ|buổi làm việc|buổi tiếp|phiên họp|hội thảo)|"
    r"(?<!tham )\bdự (?:hội nghị|lễ|hội thảo|diễn đàn|phiên|cuộc)",
    re.IGNORECASE,
)
# What was said or agreed, which no photo shows ("… nhất trí phối hợp …", "… cam kết …"):
# a verb of saying, "rằng" (that …), or what was asked, agreed, pledged or welcomed.
_ASKED_OR_AGREED = ("rằng", "đề nghị", "bày tỏ", "nhất trí", "cam kết", "kêu gọi", "hoan nghênh")
_REPORTING = re.compile(rf"\b{any_of(SAYING_VERBS + _ASKED_OR_AGREED)}\b", re.IGNORECASE)
# "./.", "/.": the mark that ends a Vietnamese news story; no caption carries it.
_STORY_END = re.compile(r"/\.\s*$")
# Where or when an action took place, opening a sentence before its comma ("Tại hội nghị,
# …", "Bên lề hội nghị, …"): a story's, never a caption's, and a lead's after its tag.
_ADVERBIALS = (
    "Tại",
    "Trong",
    "Sau",
    "Trước",
    "Nhân",
    "Theo",
    "Về",
    "Với",
    "Bên lề",
    "Dịp",
    "Tiếp theo",
)
# (not a lead's other openings: a caption may open with whom one stands in for or where
# one stands, "Thay mặt …, Thứ trưởng … trao …", "Từ trái sang, …"; only a phase: "Mở đầu")
_NARRATING_ADVERBIALS = (*_ADVERBIALS, "Mở đầu", "Kết thúc")
# A caption shows a moment, in the present; the story narrates. Narration marks its tense
# or aspect ("đã", "sẽ", "cũng", "vừa"), links to what came before ("Tuy nhiên", "Theo
# đó"), opens with where or when the action took place, then a comma ("Tại hội nghị, …",
# "Sau hội đàm, …"), or lists who attended ("Dự hội nghị có …").
_NARRATION = re.compile(
    r"(?<!\w)(?:đã|đang|sẽ|vừa|từng|cũng|đều|chưa|mới đây)(?!\w)"
    r"|^(?:Tuy nhiên|Bên cạnh đó|Đồng thời|Ngoài ra|Theo đó|Trước đó|Sau đó|Cùng ngày|Dịp này"
    r"|Nhân dịp|Qua đó|Do đó|Vì vậy|Như vậy)\b"
    rf"|^{any_of(_NARRATING_ADVERBIALS)}\s[^,]{{2,40}},"
    r"|^(?:Cùng |Tham )?(?:dự|Dự|tham dự)\b[^,.]*\scó\s",
)
# How a person is introduced by an honorific: "Ông Pierre Amilhat", "Đồng chí …", "Đ/c …".
_HONORIFIC = r"(?:Ông|Bà|Ngài|Đồng chí|Đ/c)"
_PERSON_INTRO = re.compile(rf"^{_HONORIFIC}\s+(?:[{_CAPITALS}][\w]*\s*){{2,5}}(?:,|\s[-–])")
_UP = UPPER  # capitals, Vietnamese ones included
# An agency as its tag writes it: capitals ("TTXVN", "QĐND", "TG&VN"), a domain
# ("Baoquocte.vn"), or a brand with a second capital or a plus ("VietnamPlus", "Vietnam+").
_AGENCY = (
    rf"(?:[{_UP}][{_UP}0-9.&/]{{1,11}}|[A-Z][\w-]*\.(?:vn|com|net)|[A-Z][a-z]+(?:[A-Z]\w*|\+)"
    rf"(?:/[\w+]+)?)"
)
_SOURCE_TAG = re.compile(
    # "HÀ NỘI, 5/8 (TTXVN) - ", "Viêng Chăn (TTXVN) - ", "Hà Nội, ngày 5/8 (TTXVN) - ",
    # "Tin tức (TTXVN) - ", "(VOV5) - "
    rf"^(?:(?:(?:[{_UP}][{_UP} ]*,\s*[\d/]+\s*"
    rf"|[{_UP}]\w*(?:\s[{_UP}]\w*){{0,3}}(?:,\s*(?:ngày\s*)?\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?)?\s"
    rf"|[{_UP}]\w*(?:\s\w+)?\s(?=\([{_UP}]{{2,}}))?"
    # "QĐND Online - ", "PV VTV24 - ": the site's online edition, its reporter
    rf"\([^()]{{2,30}}\)\s*|(?:(?:PV|Phóng viên)\s)?{_AGENCY}(?:\sOnline)?\s"
    # a dateline in capitals: "HÀ NỘI - ", "VIÊNG CHĂN, 5/8 - "
    rf"|[{_UP}]{{2,}}(?:\s[{_UP}]{{2,}}){{1,3}}(?:,\s*[\d/]+)?\s)[-–—]\s*"
    # "(CLO) Nhận lời mời …", "TGVN. Chiều 5/8 …", "Baoquocte.vn. Chiều 5/8 …", "VOV.VN:
    # Sáng 5/8 …": an agency's tag, or a site's address with a full stop or a colon.
    rf"|\([A-ZĐ][A-Z0-9]{{1,9}}\)\s+(?=[{_UP}])"
    rf"|[A-ZĐ]{{2,8}}\.\s+(?=[{_UP}])|[A-Z][\w-]*\.(?i:vn|com|net)[.:]\s+(?=[{_UP}]))"
)
# Titles and capitalised names joined by "và" or commas: "Thủ tướng Nguyễn Tấn Dũng và Thủ
# tướng Tony Abbott" names who is pictured; it is no headline and no sentence.
_TITLE = re.compile(TITLE_RE)
_NAMES_ONLY = re.compile(
    rf"^[{_CAPITALS}][^\W\d_]*(?:(?:\s+|\s*,\s*|\s+và\s+)[{_CAPITALS}][^\W\d_.]*\.?)+$"
)
# Acronyms and academic titles ("TS. Nguyễn Văn A") that open sentences, not source tags.
_NOT_TAGS = frozenset({"ASEAN", "APEC", "ACCSM", "EU", "WTO", "TS", "GS", "PGS", "BS", "KS", "TP"})
_BYLINE_LABEL = re.compile(
    r"^\(?\s*(?:Theo\s+(?!dõi\b)"
    r"|(?:Nguồn|Thực hiện|Tác giả|Bài(?: và|,)? ảnh|Tin(?: và|,)? ảnh|Bài)\s*:\s*)"
    r"([^,;:]+?)\)?$"
)
# Capitalised names, possibly several joined by "-", "/" or ",": "Minh Anh - Thu Hà".
_CAP = rf"[{_CAPITALS}][^\W\d_]*"
# Also with the reporter's agency or desk after it: "PV/VOV-Viêng Chăn", "Thu Hà (Theo VOV)".
# The agency after a separator may hold a digit or a dot: "Thu Trang/VOV.VN", "Hà/VOV1".
_NAME = re.compile(
    rf"^{_CAP}(?:(?:\s+|\s*[-–/,]\s*){_CAP})+(?:\s*[-–/]\s*{_AGENCY})?"
    rf"(?:\s*\([^()]{{2,40}}\))?$"
    rf"|^{_CAP}(?:\s+{_CAP})*\s*\([^()]{{2,40}}\)$"
)
TERMINAL = (".", "!", "?", "…", ":", ";", '"', "”", "»", ")")
# The story's own reporters named by their post ("Phóng viên TTXVN tại Lào", "Đặc phái
# viên TTXVN", "Nhóm PV"), and an author with a degree, perhaps where they work ("TS.
# Nguyễn Văn An - Học viện Ngoại giao").
_REPORTERS = re.compile(r"^(?:Nhóm )?(?:[Pp]hóng viên|PV|Đặc phái viên|Thông tín viên)\b")
MAX_REPORTER_WORDS = 8
_DEGREE = re.compile(
    rf"^(?:(?:GS|PGS|TS|ThS|NCS|BS|KS|Ths)\.\s*)+{_CAP}(?:\s+{_CAP}){{1,4}}"
    r"(?:\s*[-–]\s*[^.!?;:,]{2,60}|\s*\([^()]{2,60}\))?$"
)
MAX_AUTHOR_WORDS = 16


def opens_with_time(text: str) -> bool:
    """A news lead opening with its time ("Sáng 3/9, …", "Ngày 30/11, …")."""
    return bool(_TIMED_OPENING.match(text))


def words(text: str) -> int:
    return len(text.split())


def is_related_heading(text: str) -> bool:
    """ "Tin khác", "Có thể bạn quan tâm", "Xem thêm: …", "(Xem thêm: …)": the start of the
    other-news lists."""
    if text.startswith(("(", "[")) and text.endswith((")", "]")):
        text = text[1:-1]
    head, colon, _ = text.partition(":")
    return fold(head.strip()) in RELATED_HEADINGS and (not colon or words(head) <= 5)


def is_dated_headline(text: str) -> bool:
    """A related-article link with its date: "Giới thiệu chung về … (05/07/2022)"."""
    return bool(_TRAILING_DATE.search(text)) or bool(re.match(r"^Tin mới\s+\d", text))


def headline_of(text: str) -> str:
    return _TRAILING_DATE.sub("", text).strip()


# Words that speak to the site's reader, not of the story: a short unpunctuated line in
# the body that holds one ("Bấm vào đây để xem", "Tải ứng dụng …", "Ý kiến bạn đọc",
# "Lượt xem: 1.234") is the page's, where a subheading ("Nền công vụ lấy người dân làm
# trung tâm") holds none.
_TO_THE_READER = re.compile(
    r"\b(?:xem(?! xét)|bấm|nhấn vào|click|tải ứng dụng|tải về|đăng ký nhận|bình luận|bạn đọc"
    r"|độc giả|bài viết|ứng dụng|lượt (?:xem|đọc|thích)|trang chủ|theo dõi chúng tôi"
    r"|google news|video|clip|tin ảnh|bản in|quảng cáo|sao chép|copy|đăng nhập|cỡ chữ|font"
    r"|nghe audio|nghe đọc|bạn bè|lưu tin|share|print|liên kết website|gửi ý kiến"
    r"|ý kiến (?:của )?bạn)\b",
    re.IGNORECASE,
)
# A separator ("* * *", "---"), the site's address, a photo's number ("Ảnh 1"), a
# series' "(Còn nữa)", "Hết", a player's clock ("00:00 / 04:35") or the weather ("Hà Nội
# 28°C").
_MARKER = re.compile(
    r"^(?:[\W_]+|[\w.-]+\.(?:vn|com|net|org|info)|Ảnh \d+|\(?(?:Còn nữa|Còn tiếp|Kỳ sau|Hết)\)?"
    r"|\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?|[^\d!?]{0,30}(?:-?\d{1,2}\s*[-–/]\s*)?"
    r"-?\d{1,2}\s*°\s*[CF]?"
    r"(?:\s*[-–/]\s*-?\d{1,2}\s*°\s*[CF]?)?)$",
    re.IGNORECASE,
)
READER_LINE_WORDS = 10
# A menu or breadcrumb: a few short labels between separators ("Trang chủ > Thời sự",
# "Thời sự | Chính trị | Đối ngoại"); a row of hashtags ("#ASEAN #Lào").
_MENU_SEPARATOR = re.compile(r"\s+[|>»›/]\s+")
MAX_MENU_ITEM_WORDS = 5
# A breadcrumb opens on the site's home, whatever separates its labels.
_HOME = re.compile(r"^(?:Trang chủ|Home)\s*(?:[^\w\s]|$)", re.IGNORECASE)
_HASHTAGS = re.compile(r"^(?:#\w+[\s,]*){1,}$")
# The site's footer: who owns and edits it, its licence and address ("Giấy phép số …").
_FOOTER = re.compile(
    r"^(?:Cơ quan chủ quản|Giấy phép(?: số| xuất bản|\s*:)|(?:Phó )?Tổng [Bb]iên tập\s*:"
    r"|Chịu trách nhiệm(?: nội dung| xuất bản)?\s*:|Tòa soạn\s*:|Trụ sở\s*:|Địa chỉ\s*:"
    r"|Ghi rõ nguồn|Không được sao chép)"
)


def is_menu(text: str) -> bool:
    """A row of navigation labels: breadcrumbs, section menus, hashtags."""
    if _HASHTAGS.match(text) or _HOME.match(text):
        return True
    items = _MENU_SEPARATOR.split(text)
    return (
        len(items) >= 2
        and all(
            item and words(item) <= MAX_MENU_ITEM_WORDS and not item.endswith(TERMINAL)
            for item in items
        )
        and not has_credit(text)
    )


def is_widget(text: str) -> bool:
    """Page furniture: a button or label, an image's file name or alt text, a contact line,
    a shortcode, a bracketed teaser of another article, a separator, the site's address, a
    menu or a footer line."""
    return fold(text.rstrip(": ")) in WIDGETS or bool(
        _NON_PROSE.match(text)
        or _SHORTCODE.fullmatch(text)
        or _MARKER.match(text)
        or _FOOTER.match(text)
        or _ALT_ALONE.match(text)
        or is_menu(text)
    )


# Words only the page, not the story, says to its reader in a sentence: its comments, its
# readers, "this article" ("Hãy là người đầu tiên bình luận.", "Bạn nghĩ gì về bài viết này?").
_PAGE_TO_READER = re.compile(
    r"\b(?:bình luận|bạn đọc|độc giả|bài viết này|ý kiến của bạn)\b", re.IGNORECASE
)


def speaks_to_reader(text: str) -> bool:
    """A short line of the page addressed to its reader ("Mời quý độc giả xem thêm:",
    "Gửi bình luận của bạn", "Bạn nghĩ gì về bài viết này?")."""
    if words(text) > READER_LINE_WORDS:
        return False
    if not text.endswith((".", "!", "?", "…", "”")) and _TO_THE_READER.search(text):
        return True
    return bool(_PAGE_TO_READER.search(text)) and "," not in text


def names_only(text: str) -> bool:
    """Whether a line is nothing but titled names, as under a photo of people."""
    if not _TITLE.search(text) or words(text) > 20 or is_all_caps(text):
        return False  # (in capitals, names look like any other word)
    return bool(_NAMES_ONLY.match(_TITLE.sub("Title", text)))


def is_meta(text: str) -> bool:
    """A short line carrying a date, time or counter rather than prose ("Ngày đăng: …")."""
    if words(text) > 12:
        return False
    return bool(_DATE.search(text) or (_TIME.search(text) and _META_WORDS.search(text)))


def is_timestamp(text: str) -> bool:
    """A meta line that dates the article itself: with a time or a label ("Cập nhật"), not
    a bare "Hà Nội, Ngày 11/08/2022" banner showing today's date."""
    return is_meta(text) and bool(_TIME.search(text) or _META_WORDS.search(text))


def find_date(text: str) -> date | None:
    """The first day/month/year date in ``text``, or None."""
    for m in _DATE.finditer(text):
        if m.group("year"):
            day, month, year = (int(m.group(k)) for k in ("day", "month", "year"))
        elif m.group("wyear"):
            day, month, year = (int(m.group(k)) for k in ("wday", "wmonth", "wyear"))
        else:
            day, month, year = (int(g) for g in m.groups()[:3])
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


MAX_OUTLET_WORDS = 4
# An agency's tag on a line of its own, the lead under it: "(TTXVN)", "TGVN.", "(VOV5) -",
# "TTXVN:", "laodong.vn -"; or an outlet's name of a few words with its dash ("Tuổi Trẻ
# Online -").
_TAG_ALONE = re.compile(
    rf"^(?:(?:\([{_UP}][^():]{{1,29}}\)|{_AGENCY}|[a-z][\w-]*\.(?:vn|com|net))\s*[-–—.:]?"
    rf"|[{_UP}]\S*(?:\s\S+){{0,{MAX_OUTLET_WORDS - 1}}}\s+[-–—])$"
)


def is_tag_alone(text: str) -> bool:
    """A source tag with nothing after it: neither headline nor sentence."""
    m = _TAG_ALONE.match(text.strip())
    return bool(m) and text.strip().strip("().-–— ") not in _NOT_TAGS


def source_tag(text: str) -> str:
    """The leading "NDO - " / "(VOV5) - " / "HÀ NỘI, 5/8 (TTXVN) - " tag, or ""."""
    m = _SOURCE_TAG.match(text)
    if not m or m.group().split()[0].strip("().") in _NOT_TAGS:
        return ""
    return m.group()


# An outlet's tag before the lead, in any of the shapes sites give it: a word or a few in
# any case ("Dân trí - ", "Vietnamplus - ", "Tuổi Trẻ Online - "), a domain ("laodong.vn -
# "), or a tag with a colon ("TTXVN: ", "VOV.VN: ", "Vietnam+: "), then the lead's first
# capital or digit.
_OUTLET_TAG = re.compile(
    rf"^(?P<outlet>\([^()]{{2,30}}\)"
    rf"|[{_UP}a-z][\w.+&/]*(?:\s[\w.+&/]+){{0,{MAX_OUTLET_WORDS - 1}}})"
    rf"\s*[-–—:]\s+(?=[{_UP}\d])"
)
# How a lead opens, which the rest of a sentence after "X - " does not ("Việt Nam - Lào
# nhất trí …", "ASEAN - Hàn Quốc …", "Mekong - Lan Thương là …"): with when ("Chiều 5/8,
# …"), with who by their title ("Bộ trưởng …", "Ông Pierre Amilhat …"), with an adverbial
# clause and its comma ("Tại Hà Nội, …", "Nhận lời mời của …, …"), or saying when within
# its first words ("Bộ Nội vụ ngày 15/7 đã …").
_PERSON_OPENING = re.compile(rf"^(?:{_HONORIFIC}\s+[{_UP}]|{TITLE_RE})")
# (besides where and when, a lead opens with whose invitation, on whose behalf, to what end
# or at whose speech it reports)
_LEAD_ADVERBIALS = (
    *_ADVERBIALS,
    "Nhận lời",
    "Từ",
    "Vào",
    "Phát biểu",
    "Thay mặt",
    "Trên",
    "Thực hiện",
    "Nhằm",
    "Hưởng ứng",
    "Tiếp tục",
    "Cùng ngày",
    "Hôm nay",
    "Sáng nay",
    "Chiều nay",
    "Tối nay",
)
_ADVERBIAL_OPENING = re.compile(rf"^{any_of(_LEAD_ADVERBIALS)}\b[^.;:!?]{{0,120}}?,")
_DATED_OPENING = re.compile(
    r"^(?:\S+\s+){0,10}?(?:ngày|sáng|chiều|tối|trưa|hôm)\s+(?:nay\s+|qua\s+)?\(?\d{1,2}[/.]\d{1,2}"
)
_TITLED_START = re.compile(TITLE_RE)


def lead_tag(text: str) -> str:
    """The source tag leading the lead ("Dân trí - ", "(NLĐO) - ", "TTXVN: ", "Hà Nội - "
    before "Sáng 5/8, …"), or "": any :func:`source_tag`, or a short outlet's name before a
    dash or a colon where what follows opens as a lead does. Neither title nor sentence."""
    if tag := source_tag(text):
        return tag
    m = _OUTLET_TAG.match(text)
    if not m or is_speaker_label(text):  # ("Hỏi: …", "PV: …" in an interview)
        return ""
    outlet, rest = m["outlet"].strip("() "), text[m.end() :]
    if outlet in _NOT_TAGS or outlet in NATIONS or _TITLED_START.match(outlet):
        return ""  # ("Bộ trưởng - Chủ nhiệm …" is one person's two posts)
    if opens_with_time(rest) or _DATED_OPENING.match(rest) or _ADVERBIAL_OPENING.match(rest):
        return m.group()
    # before a title, capitalised words are a name and its post ("Nguyễn Văn An - Giám đốc
    # Sở …", "Kao Kim Hourn - Tổng thư ký …"), not an outlet
    named = len(outlet.split()) > 1 and all(w[:1].isupper() for w in outlet.split())
    return m.group() if _PERSON_OPENING.match(rest) and not named else ""


# A speech's opening address, however it ends: "Thưa các vị khách quý,", "Kính thưa Quốc
# vương!", "Thưa Quý vị" ("thưa thớt", sparse, is another word).
# "Kính gửi …", "Xin chào …", in capitals as well; "Quý vị đại biểu,", "Các vị khách quý!".
_SALUTATION = re.compile(
    r"^(?i:(?:kính\s+)?thưa|kính\s+gửi|xin\s+chào)(?:\s+(?!(?i:thớt)\b)\S|\s*[,:!]$)"
    r"|^(?i:quý vị|các vị|các quý vị|các bạn|các đồng chí)\b[^.?]{0,60}[,!]$"
)
MAX_SALUTATION_WORDS = 30


def is_salutation(text: str) -> bool:
    """A speech's opening address: "Thưa các vị khách quý,", "Kính thưa Quốc vương,"."""
    return bool(_SALUTATION.match(text)) and words(text) <= MAX_SALUTATION_WORDS


def is_prose(text: str) -> bool:
    """Looks like a paragraph of the article: punctuated like a sentence, or long."""
    return text.endswith(TERMINAL) or words(text) >= 20


def caption_text(text: str) -> str:
    """A caption as a reader sees it: without the photo credit or the page's " |"."""
    text = _SHORTCODE.sub("", text.strip()).removesuffix("|").strip()
    text = _without_label(_SLUG_PREFIX.sub("", text))
    text = _ALT_PREFIX.sub("", text).strip()
    core = _SOURCE_CREDIT.sub("", _CREDIT.sub("", text)).strip()
    # (a credit after a comma takes it along: "… hội đàm, Ảnh: TTXVN")
    return core.rstrip(",;").rstrip() if core != text else core


def has_credit(text: str) -> bool:
    text = _SHORTCODE.sub("", text.strip()).removesuffix("|").strip()
    return bool(_CREDIT.search(text)) or _without_label(text) != text


def _without_label(text: str) -> str:
    """The caption after a credit set before it ("(Ảnh: TTXVN) Quang cảnh …") or after the
    label "Ảnh:" where what follows shows a scene or people, not who took the photo
    ("Ảnh: Quang cảnh hội đàm", but "Ảnh: Bộ Ngoại giao", "Ảnh: Nguyễn Hồng")."""
    m = _LEADING_CREDIT.match(text)
    rest = text[m.end() :] if m else ""
    if m and is_credit_name(m[1] or m[2]) and re.search(r"\w", rest) and not is_credit_name(rest):
        return rest  # (not "Ảnh: Thống Nhất - TTXVN", a credit alone)
    m = _LABEL.match(text)
    if not m:
        return text
    rest = text[m.end() :]
    if _PHOTO_CUES.search(rest) or _SCENE_OPENING.match(rest):
        return rest  # (a scene, "Ảnh: Quang cảnh hội đàm", is nobody's name)
    if is_credit_name(rest.rstrip(".")) or _SUPPLIED.search(rest):
        return text  # (who supplied it: "Ảnh: Đại sứ quán … cung cấp")
    return rest if _PICTURED.search(rest) or words(rest) >= MIN_LABELLED_CAPTION_WORDS else text


def is_credit_name(text: str) -> bool:
    """Who took or gave a photo: names and agencies ("TTXVN", "VGP/Nhật Bắc", "Thống Nhất
    – TTXVN", "Bộ Ngoại giao", "Đại sứ quán Việt Nam tại Lào"), a site's name, or "tư
    liệu", "Internet". A credit is a short name; a caption is a clause: a titled person
    ("Thủ tướng Phạm Minh Chính …") or a verb ("… tiếp Đại sứ …") makes it one."""
    parts = [w for w in re.split(r"[\s/]+", text.strip()) if w and w not in "-–&,"]
    if not parts or is_site_name(text):
        return bool(parts)
    if _TITLE.search(text) or _ACTS.search(text) or _PHOTO_CUES.search(text):
        return False
    if all(
        w[:1].isupper() or w.lower() in _CREDIT_WORDS or (before[:1].isupper() and w[:1].isalpha())
        for before, w in zip(["", *parts], parts, strict=False)
    ):
        return True
    # an organisation's name: capitalised mostly, its kind in lower case ("sứ quán")
    capitals = sum(w[:1].isupper() for w in parts)
    return (
        parts[0][:1].isupper()
        and len(parts) <= MAX_CREDIT_WORDS
        and 2 * capitals >= len(parts)
        and not text.rstrip().endswith(("?", "!"))
    )


def is_caption(text: str, *, title: str | None = None) -> bool:
    """A photo caption: a photo credit, or one short sentence describing a scene or person.

    Captions name who is pictured doing what ("… phát biểu tại Hội nghị", "Quang cảnh
    Hội nghị", "Ông X, Vụ trưởng …"); body sentences of that length report what was said
    ("… cho biết …") or open with an adverbial ("Phát biểu tại hội nghị, …").
    """
    text = text.strip()
    if _BYLINE_LABEL.match(text) or _STORY_END.search(text):  # ("Bài và ảnh: Minh Hà"
        return False  # credits the whole article)
    if is_salutation(text):  # "Thưa Ngài Chủ tịch" addresses, it shows no one
        return False
    if has_credit(text) and words(caption_text(text)) <= MAX_CAPTION_WORDS:
        return True
    if _ALT_PREFIX.match(text) and 0 < words(caption_text(text)) <= MAX_CAPTION_WORDS:
        return True  # the image's alt text and number run into its caption
    if lead_tag(text):  # an agency's tag leads the story, never a photo
        return False
    core = caption_text(text)
    if not core or words(core) > 30 or core.rstrip(".").count(". ") or _REPORTING.search(core):
        return False
    if _NARRATION.search(core):
        return False
    if _SOURCE_CREDIT.search(text) and (_PICTURED.search(core) or _PHOTO_CUES.search(core)):
        return True
    if title and fold(core.rstrip(".")) == fold(title):
        return True
    if names_only(core):
        return True
    if _TIMED_OPENING.match(core):
        return False
    if _PERSON_INTRO.match(core) and not core.endswith("."):
        return True
    if _POSITION_IN_PHOTO.search(core):  # "(thứ 3 từ trái sang)", "(giữa)"
        return True
    if words(core) <= 15 and _PICTURED.search(core) and _SCENE.search(core):
        return True  # "Hai Bộ trưởng ký kết Bản ghi nhớ.", "Bộ trưởng … tiếp Đại sứ Lào."
    head = core.split(",", 1)[0]
    opens_with_clause = "," in core and words(head) <= 5 and bool(_PHOTO_CUES.match(head))
    return bool(_PHOTO_CUES.search(core)) and not opens_with_clause


def is_marked_caption(text: str) -> bool:
    """A caption by a mark no headline carries: a photo credit, the page's " |" after it,
    a person introduced by name and post ("Ông Phan Văn An, Vụ trưởng …"), or where
    someone stands in the photo ("(thứ 3 từ trái sang)")."""
    text = text.strip()
    core = caption_text(text)
    return bool(core) and (
        has_credit(text)
        or text.endswith("|")
        or bool(_PERSON_INTRO.match(core) or _POSITION_IN_PHOTO.search(core))
    )


# A caption starts with whom the photo shows: a titled person ("Bộ trưởng Lào", "Hai Thủ
# tướng"), delegates or leaders; or with where it was taken ("Tại cuộc họp báo").
_PICTURED = re.compile(
    rf"^(?:(?:Hai|Các|Ông|Bà)\s+)?(?:{TITLE_RE}|(?i:đại biểu|nhà lãnh đạo|lãnh đạo|đoàn)\b)"
    rf"|^{_HONORIFIC}\s+[{_UP}]"
    r"|^Tại\s(?!\S+\s*$)"
)


# Where someone stands in the photo: "(thứ 3 từ trái sang)", "(giữa)", "(bên phải)".
_POSITION_IN_PHOTO = re.compile(r"\((?:[^()]*\btừ\s+)?(?:bên\s+)?(?:trái|phải|giữa)\b[^()]*\)")
# What people are pictured doing when they meet: signing, receiving, handing over, taking
# part ("Các đại biểu tham dự Hội nghị.").
_SCENE = re.compile(
    r"\s(?:ký(?: kết)?|tiếp|hội kiến|gặp|đón|trao|tặng|thăm|tham quan|duyệt|(?:tham )?dự)\s"
    r"(?!tục\b)"
)


# An image on the page: its file name, its number ("Ảnh 1"), the "Chú thích ảnh" label or a
# caption shortcode opening.
_IMAGE_FILE = re.compile(r"^.{0,200}?\.(?:jpe?g|png|gif|webp)(?:\?\S*)?$", re.IGNORECASE)
# An image's alt text alone, numbered by the page: "<headline> - ảnh 1".
_ALT_ALONE = re.compile(r"^.*\S\s*(?:[-–]\s*)?ảnh\s+\d+$", re.IGNORECASE)


def is_image_marker(text: str) -> bool:
    """A line that stands for a photo: the caption is the line under it."""
    return bool(
        _IMAGE_FILE.match(text)
        or _ALT_ALONE.match(text)
        or re.match(r"^Ảnh \d+$", text)
        or fold(text) == fold("Chú thích ảnh")
        or (_SHORTCODE.fullmatch(text) and not text.startswith("[/"))
    )


def is_source_line(text: str) -> bool:
    """A labelled source or credit on a line of its own ("Nguồn: VGP", "Theo TTXVN"):
    amid the story it credits a photo or a quotation, and is none of the story's prose."""
    m = _BYLINE_LABEL.match(text.strip())
    return bool(m) and words(m.group(1)) <= 8 and is_credit_name(m.group(1))


def is_credit_alone(text: str) -> bool:
    """A photo credit on a line of its own ("Ảnh: TTXVN"): the caption is the line above."""
    return has_credit(text) and not caption_text(text)


def could_caption(text: str) -> bool:
    """Whether a line beside a photo reads as its caption: one short sentence that shows a
    person or a scene, or a short unpunctuated line, and reports nothing said and
    narrates nothing ("Lễ ký kết Bản ghi nhớ hợp tác", "Phiên họp toàn thể"). A paragraph
    under a photo with no caption ("Hai bên nhất trí …") stays prose."""
    text = text.strip()
    if is_caption(text):
        return True
    if not text or lead_tag(text) or is_salutation(text) or is_name_line(text):
        return False
    if _STORY_END.search(text) or _CUT_WORD.search(text):  # (an excerpt's paragraph cut
        return False  # short: "Những cột m", "… Bộ Quản lý nhân sự H")
    core = caption_text(text)
    if not core or words(core) > MAX_CAPTION_WORDS or core.rstrip(".").count(". "):
        return False
    if _REPORTING.search(core) or _NARRATION.search(core) or _TIMED_OPENING.match(core):
        return False
    if core.endswith((",", ":", ";")):
        return False
    return not is_prose(core) or depicts(core)


def depicts(text: str) -> bool:
    """A short line that shows people or a scene and narrates nothing: "Các đại biểu tại
    phiên họp", "Đồng chí … tiếp Đại sứ …", "Quang cảnh lễ ký"."""
    core = caption_text(text.strip())
    if not core or words(core) > MAX_CAPTION_WORDS or core.rstrip(".").count(". "):
        return False
    if _REPORTING.search(core) or _NARRATION.search(core) or _TIMED_OPENING.match(core):
        return False
    if _STORY_END.search(core) or _DEFINES.search(core):
        return False
    return bool(
        _PICTURED.search(core)
        or _SCENE_OPENING.match(core)
        or _PHOTO_CUES.search(core)
        or names_only(core)
    )


# "X là Y": a sentence saying what something is ("Lễ thượng cờ ASEAN là thông lệ …"); a
# photo shows a scene and defines nothing.
_DEFINES = re.compile(r"\slà\s")


# A scene named by its event ("Lễ ký kết …", "Phiên họp toàn thể …", "Buổi tiếp …"): beside
# a photo it captions it; alone between paragraphs it may as well be a subheading.
_SCENE_OPENING = re.compile(
    r"^(?:Lễ|Buổi lễ|Phiên|Buổi|Cuộc)\s+(?:ký|đón|trao|khai mạc|bế mạc|thượng cờ|chào cờ|"
    r"hội đàm|hội kiến|gặp|tiếp|họp|làm việc|công bố|ra mắt|kỷ niệm|toàn thể|thảo luận|"
    r"đối thoại|tọa đàm|hội thảo)\b"
)


def is_unpunctuated_caption(text: str) -> bool:
    """A caption without its full stop, among the paragraphs ("Bộ trưởng … và Bộ trưởng
    Lào ký Biên bản ghi nhớ", "Tại cuộc họp báo"): a line that is not punctuated as prose,
    reports nothing said and shows people or a place. A subheading ("Kết quả hội đàm")
    names neither."""
    text = text.strip()
    if is_prose(text) or text.endswith((",", ":")) or words(text) > 25 or is_salutation(text):
        return False  # (a salutation "Thưa Quốc vương và Quý vị," is the speech's)
    shows = _PICTURED.search(text)  # (a ceremony's name alone may be a subheading)
    return bool(shows) and not _REPORTING.search(text) and not _NARRATION.search(text)


MAX_NAMED_CAPTION_WORDS = 20
_QUOTED_OR_ASKED = re.compile(r"[:;?!\"“”]")


def named_caption_core(text: str) -> str:
    """The words of a line shaped like a caption that only names what a photo shows, or "":
    one short sentence with its full stop that reports, narrates and dates nothing, quotes
    no one and leads no story ("Đoàn đại biểu Bộ Nội vụ Việt Nam."). Whether it has no verb
    is the tagger's to say (:func:`briefgen.ingest.phrases.is_noun_phrase`)."""
    core = caption_text(text.strip())
    if not core.endswith(".") or core.endswith("..") or core.rstrip(".").count(". "):
        return ""
    if words(core) > MAX_NAMED_CAPTION_WORDS or _QUOTED_OR_ASKED.search(core):
        return ""
    if lead_tag(core) or is_salutation(core) or _STORY_END.search(core) or is_meta(core):
        return ""
    if _REPORTING.search(core) or _NARRATION.search(core) or _TIMED_OPENING.match(core):
        return ""
    return core


def shows_people(text: str) -> bool:
    """Whether a line opens with whom a photo shows: a titled person, delegates, leaders, a
    delegation ("Phó Thủ tướng …", "Các đại biểu …", "Đoàn đại biểu …")."""
    return bool(_PICTURED.search(text.strip()))


def run_in_caption(sentences: list[str]) -> str:
    """A caption that lost its line break and leads a paragraph ("X với các đại biểu. …")."""
    if len(sentences) < 2:
        return ""
    first = sentences[0]
    if words(first) <= 15 and "," not in first and is_caption(first):
        return first
    return ""


# Several reporters' names: "Nguyễn Minh Hà - Trần Thu Hằng", "Hà Phương, Minh Anh".
_NAME_PARTS = re.compile(r"\s*[-–/,]\s*")
MAX_NAME_LINE_WORDS = 12


def is_name_line(text: str) -> bool:
    """A line that is only the author's or agency's name, which a page may put between its
    headline and its lead: a labelled credit ("Bài và ảnh: Minh Hà"), a short name, or
    several names none of which is a title or a place ("Nguyễn Minh Hà - Trần Thu")."""
    text = text.strip()
    if not byline_name(text) or _AGENCY_ALONE.match(text) or _INITIALS.match(text):
        return False  # (an acronym above the lead is the agency's tag)
    if _BYLINE_LABEL.match(text) or words(text) <= 4:
        return True
    if _DEGREE.match(text) or _REPORTERS.match(text) or author_with_post(text):
        return True
    if is_all_caps(text):  # a headline in capitals ("VIỆT NAM - LÀO TĂNG CƯỜNG HỢP TÁC")
        return False
    if words(text) > MAX_NAME_LINE_WORDS or _TITLE.search(text):
        return False
    parts = [p for p in _NAME_PARTS.split(re.sub(r"\([^()]*\)", "", text)) if p]
    return all(words(p) <= 4 and p not in NATIONS and p not in PLACES for p in parts)


# A closing credit in initials or an agency's acronym alone: "T.H", "N.H.", "TTXVN", "PV".
_INITIALS = re.compile(r"^(?:[A-ZĐ]\.){1,3}[A-ZĐ]?\.?$")
_AGENCY_ALONE = re.compile(r"^[A-ZĐ]{2,6}\d{0,2}$")  # (a channel's number: "VOV1")


# An author's name and post or outlet, after a comma, a dash, a slash or in brackets.
_POST_SEPARATOR = re.compile(r"\s*,\s+|\s+[-–]\s+|\s*/\s*|\s+(?=\()")
_LABEL_PREFIX = re.compile(
    r"^(?:Theo\s+(?!dõi\b)|(?:Thực hiện|Tác giả|Bài(?: và|,)? ảnh|Tin(?: và|,)? ảnh|Bài)\s*:\s*)"
)
_DEGREES = re.compile(r"^(?:(?:GS|PGS|TS|ThS|Ths|NCS|BS|KS)\.?\s*)+(?=[A-ZĐ])")
MAX_POST_WORDS = 14
_CUT_WORD = re.compile(r"\s[A-Za-z]$")  # (not "Á", "Ý": Asia, Italy)


def author_with_post(text: str) -> bool:
    """An author's line naming who wrote and where they work or what they are, no verb:
    "Hồng Nhung - Phóng viên TTXVN tại Lào", "Minh Hà/Báo Quốc tế", "ThS. Nguyễn Văn An,
    Viện Nghiên cứu Đông Nam Á", "Đại sứ Nguyễn Hải Bằng, Trưởng Phái đoàn … tại ASEAN".
    A name is two to five capitalised words (after a degree or a title), not a place; a
    post is an organisation's or a reporter's, capitalised mostly."""
    text = _LABEL_PREFIX.sub("", text.strip())
    if text.endswith((".", "!", "?", ":", ";", ",")) or words(text) > MAX_AUTHOR_WORDS:
        return False
    if _ACTS.search(text) or _DATE.search(text) or names_only(text) or is_all_caps(text):
        return False
    if _CUT_WORD.search(text):  # an excerpt cut mid-word: "Lee Jeongmin, Bộ Quản lý … H"
        return False
    m = _POST_SEPARATOR.search(text)
    if not m:
        return False
    name, post = text[: m.start()], text[m.end() :].strip("() ")
    name = re.sub(rf"^{TITLE_RE}\s+", "", _DEGREES.sub("", name))
    parts = name.split()
    if not 2 <= len(parts) <= 5 or name in NATIONS or name in PLACES:
        return False
    if not all(re.fullmatch(_CAP, p) for p in parts) or not post or words(post) > MAX_POST_WORDS:
        return False
    if _REPORTERS.match(post) or re.fullmatch(_AGENCY, post):
        return True
    if m := re.match(rf"{TITLE_RE}\s*", post):  # a post ("Trưởng Phái đoàn … tại ASEAN"),
        held = post[m.end() :].split()  # not a second titled person ("Tổng thống Joko Widodo")
        return not held or not all(re.fullmatch(_CAP, w) for w in held)
    post_words = post.split()
    capitals = sum(w[:1].isupper() for w in post_words)
    return post[:1].isupper() and 2 * capitals >= len(post_words)


def byline_name(text: str) -> str:
    """The author or agency of a closing credit line, or "" if the line is not one (a row
    of networks' names, "Facebook Zalo Twitter", is the page's buttons)."""
    text = text.strip()
    if is_widget(text):
        return ""
    m = _BYLINE_LABEL.match(text)
    if m and words(m.group(1)) <= 8 and not m.group(1).endswith("."):
        return m.group(1).strip()
    if author_with_post(text):
        return _LABEL_PREFIX.sub("", text)
    if _NAME.match(text) and words(text) <= 10:
        return text
    if _DEGREE.match(text) and words(text) <= MAX_AUTHOR_WORDS:
        return text
    if _REPORTERS.match(text) and words(text) <= MAX_REPORTER_WORDS and not is_prose(text):
        return text
    if _INITIALS.match(text) or (_AGENCY_ALONE.match(text) and text not in _NOT_TAGS):
        return text
    return ""


def is_all_caps(text: str) -> bool:
    """A line set in capitals: a section's label, a headline, a dateline."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# Labels of a page's sections: a menu entry or the article's category above its headline.
MAX_SECTION_WORDS = 3
MAX_CAPS_SECTION_WORDS = 4


MAX_SECTION_PART_WORDS = 2
_SECTION_JOIN = re.compile(r"\s+[-–&]\s+")


def is_section_name(text: str) -> bool:
    """A section's or category's label ("Thời sự", "Đối ngoại", "THẾ GIỚI", "TIN TỨC
    ASEAN", "Tin tức - Sự kiện"): too short for a headline, a few words in capitals, or
    two-word labels joined by a dash; never punctuated as a sentence."""
    if text.endswith(TERMINAL):
        return False
    n = words(text)
    parts = _SECTION_JOIN.split(text)
    return (
        n <= MAX_SECTION_WORDS
        or (is_all_caps(text) and n <= MAX_CAPS_SECTION_WORDS)
        or (len(parts) > 1 and all(words(p) <= MAX_SECTION_PART_WORDS for p in parts))
    )


# A news site's or portal's name: the outlet's kind, then its name in capitals ("Báo Điện
# tử Chính phủ", "Cổng thông tin điện tử Bộ Nội vụ", "Đài Tiếng nói Việt Nam").
_OUTLET = re.compile(
    r"^(?:Báo(?! chí| cáo)|Tạp chí|Cổng (?i:thông tin|TTĐT)|Trang (?i:thông tin|tin)"
    r"|Đài (?:Tiếng nói|Truyền hình|Phát thanh)|Thông tấn xã)\s"
)
_SITE_WORDS = frozenset({"điện", "tử", "thông", "tin", "và", "của", "online", "nói", "hình"})
MAX_SITE_NAME_WORDS = 10
# A masthead's line under the site's name: "Cơ quan của Trung ương Đảng …", "Tiếng nói
# của Đảng, Nhà nước và nhân dân Việt Nam".
_MASTHEAD = re.compile(r"^(?:Cơ quan (?:của|ngôn luận|chủ quản)|Tiếng nói của)\s")
MAX_MASTHEAD_WORDS = 24


def is_site_name(text: str) -> bool:
    """A news site's name over its pages: an outlet and its proper name, no verb; or its
    masthead's line."""
    if _MASTHEAD.match(text) and words(text) <= MAX_MASTHEAD_WORDS:
        return not text.endswith((".", "!", "?"))
    if not _OUTLET.match(text) or words(text) > MAX_SITE_NAME_WORDS:
        return False
    # Each word is capitalised, a proper name's second syllable ("Chính phủ"), or one of
    # a site's common words; a verb ("Báo Nhân Dân ra mắt …") breaks the run.
    rest = text.split()[1:]
    return all(
        w[:1].isupper() or w.lower() in _SITE_WORDS or w in "-–|" or before[:1].isupper()
        for before, w in zip([text.split()[0], *rest], rest, strict=False)
    )


# An interview's speaker, before the question or the answer: "PV: …", "Phóng viên: …".
_SPEAKER = re.compile(r"^(?:PV|Phóng viên|Hỏi|Đáp|Trả lời|Câu hỏi)\s*:\s*\S")


def is_speaker_label(text: str) -> bool:
    """A question or answer of an interview, led by who speaks."""
    return bool(_SPEAKER.match(text))
