"""Page furniture that is never the article's prose: buttons and widgets, menus and
breadcrumbs, related-article boxes and their dated teasers, contact and footer lines,
section labels, and lines speaking to the site's reader.
"""

from __future__ import annotations

import re

from briefgen.extract.word_patterns import LOWER, UPPER
from briefgen.ingest.line_shapes import (
    TERMINAL,
    is_all_caps,
    words,
)
from briefgen.ingest.page_dates import is_meta
from briefgen.ingest.photo_credits import (
    SHORTCODE,
    has_credit,
)
from briefgen.normalize import fold
from briefgen.underthesea_models import word_segmenter

# Headings of the lists of other articles that follow the article itself.
RELATED_HEADINGS = frozenset(
    fold(h)
    for h in (
        "Tin tức cùng chuyên mục",
        "Tin cùng chuyên mục",
        "Cùng chuyên mục",
        "Bài viết cùng chuyên mục",
        "Bài cùng chuyên mục",
        "Tin cùng chủ đề",
        "Cùng chủ đề",
        "Tin khác",
        "Các tin khác",
        "Tin tức khác",
        "Bài viết khác",
        "Các bài viết khác",
        "Tin liên quan",
        "Tin bài liên quan",
        # news and photos ("Tin, ảnh liên quan", Nhân Dân's box)
        "Tin, ảnh liên quan",
        "Tin ảnh liên quan",
        "Tin, bài liên quan",
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
        "Xem nhiều nhất",
        "Đọc nhiều nhất",
        "Tin đọc nhiều",
        "Tin xem nhiều",
        "Tin mới",
        "Tin mới nhất",
        "Mới nhất",
        "Quan tâm nhất",
        "Được quan tâm nhất",
        # a box of links to other sites ("Liên kết website", then "Bộ Ngoại giao | …")
        "Liên kết website",
        "Website liên kết",
        "Tin mới hơn",
        "Tin cũ hơn",
        "Tin đã đưa",
        "Từ khóa",
        "Tags",
        "Tag",
        "Chủ đề",
        # the box as a site's English edition or template labels it
        "Other news",
        "Related news",
        "Related articles",
        "More news",
        "Latest news",
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
        "Top",
        "Back to top",
        "Thông tin tài khoản",
        # the follow button of a news aggregator, alone on its line
        "Google News",
        "Google Tin tức",
        "Lên đầu trang",
        "Nghe đọc bài",
        "Nghe bài viết",
        "Chú thích ảnh",
        "Theo dõi",
        # a live blog's labels: its state and its summary box
        "Trực tiếp",
        "Đã kết thúc",
        "Tóm tắt",
    )
)
_TRAILING_DATE = re.compile(r"\s*\(\s*\d{1,2}/\d{1,2}/\d{4}\s*\)\s*$")
# Lines that are never prose: an image file name or a link, a contact line ("Liên hệ …",
# "Hotline: …"), a bracketed or arrowed teaser of another article ("[Video] …", ">> …",
# "Video: …"), a copyright notice, a row of share buttons, "Xem tiếp".
_NON_PROSE = re.compile(
    r"^(?:.{0,200}?\.(?:jpe?g|png|gif|webp)(?:\?\S*)?|(?:https?://|www\.)\S+"
    r"|(?:Liên hệ|E-?mail|Hotline|Đường dây nóng|(?:Số )?[Đđ]iện thoại|Fax|Website)\b.*"
    r"|\[[^\]]+\].*|(?:>>|»|>)\s*\S.*|(?:Video|Clip|Infographic|Podcast|Audio)\s*:.*"
    r"|(?:©|Bản quyền\b|Copyright\b).*|Theo dõi (?:\S+ ){0,6}?trên\b.*"
    # a follow button naming the site, every word capitalised ("Theo dõi Nhịp Cầu Đầu Tư")
    r"|(?-i:Theo dõi(?:\s+[A-ZĐ]\S*){1,5})"
    r"|(?:Xem|Đọc) thêm\s*(?:>>|»|›)\s*\S.*"
    # a font-size widget with its buttons ("Kích cỡ chữ  A  A  A", "Cỡ chữ: A- A A+")
    r"|(?:Mặc định\s+)?(?:Kích\s+)?(?:cỡ|thước) chữ[\s:]*(?:A[+-]?\s*)*"
    # a reading player's settings, an advert's label, an app's download prompt
    r"|(?:Giọng đọc|Tốc độ đọc|Nghe bài viết|Nghe audio)\b.*|Nghe (?:đọc )?bài(?: viết)?"
    r"|(?:Bài viết|Nội dung) (?:được )?tài trợ|Advertisement|Tải ứng dụng\b.*"
    r"|(?:(?:Trở|Quay)\s+)?(?:lên|về|lại)\s+đầu\s+trang"
    # a button with its count ("Ý kiến (12)", "Bình luận (0)", "Thích (5)")
    r"|[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*\(\d+\)"
    r"|(?:Xem|Đọc) tiếp\W*|Quảng cáo|(?:(?:Facebook|Twitter|Zalo|Tweet|Chia sẻ|Share|LinkedIn"
    r"|E-?mail|Messenger|Telegram|Pinterest|Print|In)[\s,|]*){2,})$",
    re.IGNORECASE,
)


# A teaser's label before another article's headline on the same line ("Đọc tiếp: …"):
# alone, "Đọc tiếp" is a button that may open the rest of this story, so it heads no list.
_TEASER_LABELS = frozenset(fold(h) for h in ("Đọc tiếp", "Xem tiếp"))


_BAR = re.compile(r"^[|│]\s*")


def is_related_heading(text: str) -> bool:
    """ "Tin khác", "Có thể bạn quan tâm", "Xem thêm: …", "(Xem thêm: …)", "Đọc tiếp: …":
    the start of the other-news lists, or a teaser of one other article; a site may set
    the box's lines behind a bar ("| TIN LIÊN QUAN")."""
    text = _BAR.sub("", text)
    if text.startswith(("(", "[")) and text.endswith((")", "]")):
        text = text[1:-1]
    head, colon, rest = text.partition(":")
    if colon and rest.strip() and fold(head.strip()) in _TEASER_LABELS:
        return True
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
# A breadcrumb opens on the site's home, whatever separates its labels, or none where the
# scrape lost them ("Trang chủ Chính trị - Xã hội …": the next label's capital).
_HOME = re.compile(rf"^(?:Trang chủ|Home)\s*(?:[^\w\s]|$|(?-i:(?=[{UPPER}])))", re.IGNORECASE)
_HASHTAGS = re.compile(r"^(?:#\w+[\s,]*){1,}$")
# Hashtags of several words each ("#Indonesia #Đối tác chiến lược #ASEAN"): two or more
# marks, each opening a few words.
_SPACED_HASHTAGS = re.compile(r"^#\w[^#]{0,40}(?:#\w[^#]{0,40}){1,}$")
# A sub-menu whose labels stand apart by runs of spaces, no separator ("Thế giới  Tư liệu
# Phân tích  Người Việt 5 châu"); a headline typed with a double space breaks the pattern
# (a label in lower case, a long piece, punctuation).
_SPACED_LABELS = re.compile(r"\s{2,}")
MIN_SPACED_LABELS = 3
MAX_SPACED_LABEL_WORDS = 4
# The site's footer: who owns and edits it, its licence and address ("Giấy phép số …").
_FOOTER = re.compile(
    r"^(?:Cơ quan chủ quản|Giấy phép(?: số| xuất bản|\s*:)|(?:Phó )?Tổng [Bb]iên tập\s*:"
    r"|Chịu trách nhiệm(?: nội dung| xuất bản)?\s*:|Tòa soạn\s*:|Trụ sở\s*:|Địa chỉ\s*:"
    r"|Ghi rõ nguồn|Không được sao chép)"
)
# An aggregator's notice that the outlets it copies answer for what they wrote, after or
# without a sentence saying where its news comes from.
_DISCLAIMER = re.compile(
    r"(?:^|[.!]\s+)Nội dung (?:bài viết |tin bài |thông tin )?do .{0,60}chịu trách nhiệm\W*$"
)
MAX_DISCLAIMER_WORDS = 40


# A footer may name the site first in a sentence of its own ("Đài Phát thanh và Truyền
# hình tỉnh X. Chịu trách nhiệm nội dung: …", "Tuổi Trẻ Online - Cơ quan chủ quản: …"): a
# short name, then a footer's clause.
_FIRST_SENTENCE = re.compile(r"^(?P<name>[^.|]{3,100}?)(?:[.|]|\s[-–])\s+(?P<rest>\S.*)$")
MAX_SITE_NAME_WORDS = 12


# A copyright notice, perhaps after an editor's mark: "(*) Không sao chép dưới mọi hình
# thức …", "Nghiêm cấm sao chép …", "© Bản quyền thuộc về …", "Copyright …".
_COPYRIGHT = re.compile(
    r"^(?:\(\*\)\s*|\*\s*)?(?:©|Copyright\b|Bản quyền\b"
    r"|(?:Nghiêm cấm|Cấm|Không(?: được)?|Vui lòng không) (?:tự ý )?sao chép)",
    re.IGNORECASE,
)


def is_footer(text: str) -> bool:
    """A line of the site's footer: who owns and edits it, its licence, address and
    copyright notice, alone or after the site's name."""
    if _FOOTER.match(text):
        return True
    if words(text) <= MAX_DISCLAIMER_WORDS and _COPYRIGHT.match(text):
        return True
    if words(text) <= MAX_DISCLAIMER_WORDS and _DISCLAIMER.search(text):
        return True
    m = _FIRST_SENTENCE.match(text)
    return bool(m) and words(m["name"]) <= MAX_SITE_NAME_WORDS and bool(_FOOTER.match(m["rest"]))


# A section menu printed without separators: labels of a capitalised syllable and one or
# two in lower case ("Chính trị Kinh tế Xã hội Thế giới Đời sống …"), at most one label of
# a single syllable ("Xe"), each lower-case syllable part of a label's word. A headline
# breaks the pattern: names of single capitalised syllables ("Phạm Minh"), an acronym, a
# number or punctuation, or a word of its own in lower case after a label, a verb or a
# preposition ("Thủ tướng | dự | Hội nghị Cấp | cao …"), as underthesea's word segmenter
# reads it (loaded only for a line of that shape).
_LABEL = re.compile(rf"^[{UPPER}][{LOWER}]*$")
_LOWER_SYLLABLE = re.compile(rf"^[{LOWER}]+$")
# One section may be an acronym ("… Thế giới ASEAN"); more than one reads as a headline's.
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
MIN_RUN_LABELS = 5
MAX_LABEL_TAIL = 2


def _labels_run_together(text: str) -> bool:
    """Whether ``text`` is a menu's labels run together with no separator (_LABEL)."""
    labels: list[int] = []  # each label's count of syllables in lower case after its first
    acronyms = 0
    for token in text.split():
        if _ACRONYM.match(token) and labels:
            acronyms += 1  # a section named by an acronym ("ASEAN"), after the first label
        elif _LABEL.match(token) and not token.isupper():
            labels.append(0)
        elif _LOWER_SYLLABLE.match(token) and labels and labels[-1] < MAX_LABEL_TAIL:
            labels[-1] += 1
        else:
            return False
    if len(labels) < MIN_RUN_LABELS or sum(n == 0 for n in labels) > 1 or acronyms > 1:
        return False
    return not any(_LOWER_SYLLABLE.match(word) for word in word_segmenter()(text))


def _labels_spaced_apart(text: str) -> bool:
    """Whether ``text`` is a menu's labels parted by runs of spaces (_SPACED_LABELS)."""
    labels = _SPACED_LABELS.split(text.strip())
    return len(labels) >= MIN_SPACED_LABELS and all(
        label[:1].isupper()
        and words(label) <= MAX_SPACED_LABEL_WORDS
        and not re.search(r"[^\w\s-]", label)
        for label in labels
    )


def is_menu(text: str) -> bool:
    """A row of navigation labels: breadcrumbs, section menus, hashtags."""
    if _HASHTAGS.match(text) or _HOME.match(text) or _labels_run_together(text):
        return True
    if _SPACED_HASHTAGS.match(text) or _labels_spaced_apart(text):
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


def breadcrumb_leaf(text: str) -> str | None:
    """The last label of a breadcrumb whose labels before it are a menu's ("Trang chủ ›
    Đối ngoại › <the headline>"): sites end the trail with the article's own headline."""
    *trail, leaf = _MENU_SEPARATOR.split(text)
    if not trail or not all(item and words(item) <= MAX_MENU_ITEM_WORDS for item in trail):
        return None
    return leaf


# A consent banner: the site's cookies, and what the reader agrees to or may read of them.
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
_CONSENT = re.compile(
    r"\b(?:đồng ý|chấp nhận|trải nghiệm|chính sách|tìm hiểu thêm|truy cập|accept|agree)\b",
    re.IGNORECASE,
)
MAX_BANNER_WORDS = 40


def is_consent_banner(text: str) -> bool:
    """A cookie banner's line ("Trang web sử dụng cookie để … Đồng ý", "Chấp nhận cookie")."""
    return (
        words(text) <= MAX_BANNER_WORDS
        and bool(_COOKIES.search(text))
        and bool(_CONSENT.search(text))
    )


def is_widget(text: str) -> bool:
    """Page furniture: a button or label, an image's file name or alt text, a contact line,
    a shortcode, a bracketed teaser of another article, a separator, the site's address, a
    menu, a footer line, a consent banner or a line ending in a link."""
    return fold(text.rstrip(": ")) in WIDGETS or bool(
        is_consent_banner(text)
        or _NON_PROSE.match(text)
        or SHORTCODE.fullmatch(text)
        or _MARKER.match(text)
        or is_footer(text)
        or ALT_ALONE.match(text)
        or SLUG_ALONE.match(text)
        or is_menu(text)
        or (_LINK_LINE.match(text) and words(text) <= MAX_LINK_LINE_WORDS)
    )


# A line that points to a page: its label or the source's name, then the address ("Nguồn
# Đài PT-TH tỉnh: https://…", "Xem bài gốc tại: https://…"); the story's prose gives none.
_LINK_LINE = re.compile(r"^.*?:?\s*\(?https?://\S+\)?\.?$")
MAX_LINK_LINE_WORDS = 16


# Words only the page, not the story, says to its reader in a sentence: its comments, its
# readers, "this article" ("Hãy là người đầu tiên bình luận.", "Bạn nghĩ gì về bài viết này?").
_PAGE_TO_READER = re.compile(
    r"\b(?:bình luận|bạn đọc|độc giả|bài viết này|ý kiến của bạn)\b", re.IGNORECASE
)
# What only the page's comment form or its promotion tells its reader, at a sentence's
# length ("Bạn không thể gửi bình luận liên tục. Xin hãy đợi", "… tặng sao cho bài viết",
# "… tại Fanpage."): the story reports comments, never sends them.
# (and its empty state: "Bài viết chưa có bình luận nào. Bạn nên dùng tiếng Việt có dấu …")
_COMMENT_FORM = re.compile(
    r"\b(?:gửi|viết|đăng) (?:bình luận|ý kiến)\b|\btặng sao\b|\bFanpage\b"
    r"|\bchưa có (?:bình luận|ý kiến)\b|\btiếng Việt có dấu\b",
    re.IGNORECASE,
)


# The page inviting its reader to its other pages, at any length ("* Mời bạn đọc vào
# chuyên mục Quốc phòng xem các tin, bài liên quan.", "Mời quý độc giả đón đọc …").
_INVITES_READER = re.compile(
    r"^\W*(?:Kính mời|Xin mời|Mời)\s+(?:quý\s+)?(?:bạn đọc|độc giả|các bạn|quý vị)\b"
    r".*\b(?:xem|đón đọc|theo dõi)\b",
    re.IGNORECASE,
)


# A link to a document's full text set amid the story ("Toàn văn Tuyên bố chung …", "Xem
# toàn văn Hiệp định …"): a headline's shape, no sentence; an editor's note introducing the
# text ("… trân trọng giới thiệu toàn văn …:") opens otherwise.
_FULL_TEXT_LINK = re.compile(r"^(?:(?:Xem|Đọc)\s+)?(?i:toàn văn)\s+\S[^.!?:;…]*$")
MAX_LINK_WORDS = 20


def links_to_full_text(text: str) -> bool:
    """Whether a line amid the story is a link to a document's full text, not the story's."""
    return words(text) <= MAX_LINK_WORDS and bool(_FULL_TEXT_LINK.match(text))


def speaks_to_reader(text: str) -> bool:
    """A short line of the page addressed to its reader ("Mời quý độc giả xem thêm:",
    "Gửi bình luận của bạn", "Bạn nghĩ gì về bài viết này?"), or one of any length inviting
    them to the site's other pages."""
    if _INVITES_READER.match(text):
        return True
    if _COMMENT_FORM.search(text) and words(text) <= 2 * READER_LINE_WORDS:
        return True
    if words(text) > READER_LINE_WORDS:
        return False
    if not text.endswith((".", "!", "?", "…", "”")) and _TO_THE_READER.search(text):
        return True
    return bool(_PAGE_TO_READER.search(text)) and "," not in text


# An image's alt text alone, numbered by the page: "<headline> - ảnh 1", "<headline> - Ảnh
# 2." (a full stop after the number closes no sentence).
ALT_ALONE = re.compile(
    r"^.*\S\s*(?:[-–]\s*)?ảnh\s+\d+\.?$"
    # ... or stripped of its diacritics with the rest ("Viet Nam va Lao ky ket - Anh 1")
    r"|^[\x00-\x7f]*\S\s+[-–]\s*anh\s+\d+\.?$",
    re.IGNORECASE,
)
# An image's alt text alone as the page's address in words, often numbered ("hai bo truong
# ky ket ban ghi nho hinh 1"), or cut by the excerpt ("hai bo tr"): three or more words with
# no diacritic, capital or punctuation, which Vietnamese prose never strings into a line.
SLUG_ALONE = re.compile(r"^[a-z]+(?:\s+[a-z0-9]+){2,}$")


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


def is_chrome(text: str) -> bool:
    """A line of the page around the story: a date, a widget, a related-news heading."""
    return is_meta(text) or is_widget(text) or is_related_heading(text) or text.endswith("|")
