"""Photo credits and the marks a page leaves around a caption.

"(Ảnh: TTXVN)", "- Ảnh: VGP/Nhật Bắc", a shortcode, an alt text run in: :func:`caption_text`
gives the caption as a reader sees it, :func:`has_credit` says whether a credit is there.
Telling a credit from a caption after "Ảnh:" needs what a photo shows, so those cues
(:data:`PICTURED`, :data:`SCENE_OPENING`, :data:`PHOTO_CUES`) live here too.
"""

from __future__ import annotations

import re

from briefgen.extract.role_titles import TITLE_RE
from briefgen.extract.word_patterns import UPPER
from briefgen.ingest.line_shapes import (
    ACTS,
    HONORIFIC,
    PERSON_TITLE,
    words,
)
from briefgen.ingest.outlets import is_site_name

# A photo credit ends a caption: in brackets ("(Ảnh: TTXVN)", "(Nguồn: Bộ Ngoại giao)"),
# or labelled after a full stop, a dash or a capitalised label ("- Ảnh: VGP/Nhật Bắc",
# ". Ảnh VGP/Nhật Bắc", " Ảnh tư liệu", ". Nguồn: TTXVN", ". Nguồn X - TTXVN phát"). The
# label is a whole word, so "hình ảnh - tư liệu" credits nothing.
_CREDIT_START = r"(?:^|\s*[-–]\s*|(?<=[.!?…”\"])\s*|\s+(?=(?-i:Ảnh|ẢNH|Photo|PHOTO)\b))"
_CREDIT = re.compile(
    r"(?:\s*(?:[-–]\s*)?[(\[]\s*(?:(?:Ảnh|Nguồn ảnh|Photo)\b|Nguồn\s*:)[^()\[\]]*[)\]]\.?"
    rf"|{_CREDIT_START}(?:(?:Ảnh|Nguồn ảnh|Photo)\s*[:-].*"
    r"|Ảnh (?:minh (?:họa|hoạ)|tư liệu|chụp màn hình)(?:\s*:\s*[^.()]{1,40})?\.?"
    r"|Ảnh do [^.()]{2,60} cung cấp\.?"
    # a photo the news agency distributes from a source ("Nguồn Senat.cz - TTXVN phát"),
    # cut or not after its verb
    r"|Nguồn\s*:?\s*\S[^()]{0,40}?\s*[-–/]\s*(?-i:TTXVN|VNA)\s+phát\S*"
    r"|(?-i:Ảnh)\s+(?=(?-i:[A-ZĐ]))\S+(?:\s\S+){0,5}))\s*$",
    re.IGNORECASE,
)
# A source after the last sentence ("Quang cảnh phiên họp. Nguồn: TTXVN") credits a photo
# only under a caption-shaped sentence; under narration it is the story's source.
# "… Motegi - Nguồn: AFP": after a dash as well.
SOURCE_CREDIT = re.compile(r"(?:(?<=[.!?…])\s*|\s+[-–]\s+)Nguồn\s*:\s*[^.()]{1,40}$")
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
MAX_CREDIT_WORDS = 10
# Words a credit may hold besides names: "Ảnh tư liệu", "Ảnh: Internet", "Bài và ảnh".
_CREDIT_WORDS = frozenset({"tư", "liệu", "minh", "họa", "hoạ", "internet", "và", "nguồn", "st"})
# Markup a page's export left in the text: WordPress "[caption id=…]" shortcodes.
SHORTCODE = re.compile(r"\[/?caption\b[^\]]*\]")
# An image's alt text run into its caption ("<title> - ảnh 1  <caption>"), or its file name
# run into it with no space ("hop-bao.jpgQuang cảnh …").
ALT_PREFIX = re.compile(
    rf"^.*?\s[-–]\s*ảnh\s+\d+\.?\s+|^[\w.-]+\.(?i:jpe?g|png|gif|webp)\s*(?=[{UPPER}])"
    # (numbered without a dash, run into the caption: "<headline> ảnh 1Các trưởng đoàn …")
    rf"|^.*?\s(?i:ảnh)\s+\d{{1,2}}(?=[{UPPER}])"
)
# An image's alt text that is the page's address in words, run into its caption ("hoi nghi
# bo truong … ra tuyen bo chung Quang cảnh Hội nghị."): four or more words without a
# diacritic or a capital, which Vietnamese prose hardly ever strings together.
_SLUG_PREFIX = re.compile(rf"^(?:[a-z0-9]+\s+){{4,}}(?=[{UPPER}])")
PHOTO_CUES = re.compile(
    r"(?<!văn )(?<!bài )phát biểu(?! của\b)|chụp ảnh|lưu niệm|quang cảnh|toàn cảnh|trình bày|"
    r"thảo luận|chủ trì|"
    r"với các đại biểu|bắt tay|trao tặng|trao quà|cắt băng|hội đàm|hội kiến|"
    r"tại (?:hội nghị|cuộc họp|buổi lễ|lễ|buổi làm việc|buổi tiếp|phiên họp|hội thảo)|"
    r"(?<!tham )\bdự (?:hội nghị|lễ|hội thảo|diễn đàn|phiên|cuộc)|"
    # "Hình ảnh lễ khai mạc …": the picture of an event, said as such
    r"^(?:một số )?hình ảnh (?:(?:tại|về|từ) )?(?:buổi |lễ |phiên |cuộc |hội nghị|hội thảo"
    r"|diễn đàn|khai mạc|bế mạc|đoàn)",
    re.IGNORECASE,
)


def caption_text(text: str) -> str:
    """A caption as a reader sees it: without the photo credit or the page's " |"."""
    text = _without_markup(text)
    text = _without_label(_SLUG_PREFIX.sub("", text))
    text = ALT_PREFIX.sub("", text).strip()
    core = SOURCE_CREDIT.sub("", _CREDIT.sub("", text)).strip()
    # (a credit after a comma takes it along: "… hội đàm, Ảnh: TTXVN")
    return core.rstrip(",;").rstrip() if core != text else core


# The label of a credit after a caption's full stop: "… hội đàm. Ảnh: …".
_CREDIT_LABEL = re.compile(r"(?<=[.!?…])\s+(?:Ảnh|Nguồn ảnh|Photo)\s*:", re.IGNORECASE)


def captions_of(text: str) -> list[str]:
    """The captions of a line as a reader sees them: one, or several where photos' captions
    were printed on one line, each closed by the same credit ("Quang cảnh hội đàm. Ảnh:
    Minh Đức - PV TTXVN Hai Bộ trưởng ký kết. Ảnh: Minh Đức - PV TTXVN")."""
    # (the bar a gallery's table cell opens with goes too: "| Đoàn … chụp ảnh lưu niệm |")
    text = text.strip().removeprefix("|")
    labels = list(_CREDIT_LABEL.finditer(text))
    credit = text[labels[-1].start() :].strip() if len(labels) > 1 else ""
    if not credit or text.count(credit) != len(labels) or not text.rstrip().endswith(credit):
        return [caption_text(text)]
    return [caption_text(part) for part in text.split(credit) if part.strip()]


def has_credit(text: str) -> bool:
    text = _without_markup(text)
    return bool(_CREDIT.search(text)) or _without_label(text) != text


def _without_markup(text: str) -> str:
    """A line without a caption's shortcode and a table cell's closing bar."""
    return SHORTCODE.sub("", text.strip()).removesuffix("|").strip()


_PHOTO_LABEL = re.compile(r"\b(?:Ảnh|Photo)\b", re.IGNORECASE)


def has_photo_credit(text: str) -> bool:
    """A credit that names a photo ("Ảnh: …", "(Photo: …)"), not a source that a paragraph
    may cite as well ("(Nguồn: Tổng cục Thống kê)")."""
    credit = _CREDIT.search(_without_markup(text))
    return bool(credit and _PHOTO_LABEL.search(credit.group()))


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
    if PHOTO_CUES.search(rest) or SCENE_OPENING.match(rest):
        return rest  # (a scene, "Ảnh: Quang cảnh hội đàm", is nobody's name)
    if is_credit_name(rest.rstrip(".")) or _SUPPLIED.search(rest):
        return text  # (who supplied it: "Ảnh: Đại sứ quán … cung cấp")
    return rest if PICTURED.search(rest) or words(rest) >= MIN_LABELLED_CAPTION_WORDS else text


def is_credit_name(text: str) -> bool:
    """Who took or gave a photo: names and agencies ("TTXVN", "VGP/Nhật Bắc", "Thống Nhất
    – TTXVN", "Bộ Ngoại giao", "Đại sứ quán Việt Nam tại Lào"), a site's name, or "tư
    liệu", "Internet". A credit is a short name; a caption is a clause: a titled person
    ("Thủ tướng Phạm Minh Chính …") or a verb ("… tiếp Đại sứ …") makes it one."""
    parts = [w for w in re.split(r"[\s/]+", text.strip()) if w and w not in "-–&,"]
    if not parts or is_site_name(text):
        return bool(parts)
    if PERSON_TITLE.search(text) or ACTS.search(text) or PHOTO_CUES.search(text):
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


# A caption starts with whom the photo shows: a titled person ("Bộ trưởng Lào", "Hai Thủ
# tướng"), delegates or leaders; or with where it was taken ("Tại cuộc họp báo").
PICTURED = re.compile(
    rf"^(?:(?:Hai|Các|Ông|Bà)\s+)?(?:{TITLE_RE}|(?i:đại biểu|nhà lãnh đạo|lãnh đạo|đoàn)\b)"
    rf"|^{HONORIFIC}\s+[{UPPER}]"
    r"|^Tại\s(?!\S+\s*$)"
)


def is_credit_alone(text: str) -> bool:
    """A photo credit on a line of its own ("Ảnh: TTXVN"): the caption is the line above."""
    return has_credit(text) and not caption_text(text)


# A scene named by its event ("Lễ ký kết …", "Phiên họp toàn thể …", "Buổi tiếp …"): beside
# a photo it captions it; alone between paragraphs it may as well be a subheading.
SCENE_OPENING = re.compile(
    r"^(?:Lễ|Buổi lễ|Phiên|Buổi|Cuộc)\s+(?:ký|đón|trao|khai mạc|bế mạc|thượng cờ|chào cờ|"
    r"hội đàm|hội kiến|gặp|tiếp|họp|làm việc|công bố|ra mắt|kỷ niệm|toàn thể|thảo luận|"
    r"đối thoại|tọa đàm|hội thảo)\b"
)
