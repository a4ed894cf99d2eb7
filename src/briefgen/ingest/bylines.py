"""Bylines: the lines naming who wrote a story ("Minh Hà - Thu Trang", "Bài và ảnh: Minh
Hà", "Hồng Nhung - Phóng viên TTXVN tại Lào", "TS. Nguyễn Văn An", "T.H").
"""

from __future__ import annotations

import re

from briefgen.extract.geography import NATIONS, PLACES
from briefgen.extract.person_mentions import mentions
from briefgen.extract.role_titles import TITLE_RE
from briefgen.extract.word_patterns import LOWER, UPPER
from briefgen.ingest.line_shapes import (
    ACTS,
    CAPITALISED_WORD,
    CUT_WORD,
    PERSON_TITLE,
    is_all_caps,
    is_prose,
    names_only,
    words,
)
from briefgen.ingest.outlets import (
    AGENCY,
    NOT_TAGS,
    is_site_name,
    is_tag_only,
)
from briefgen.ingest.page_dates import DATE, is_meta
from briefgen.ingest.page_furniture import is_widget

BYLINE_LABEL = re.compile(
    r"^\(?\s*(?:Theo\s+(?!dõi\b)"
    r"|(?:Nguồn|Thực hiện|Tác giả|Bài(?: và|,)? ảnh|Tin(?: và|,)? ảnh|Bài|Tin)\s*:\s*)"
    r"([^,;:]+?)"
    # the photographer or cameraman credited after the writer ("Tin: Minh Châu - Ảnh: Đức
    # Anh", "Bài: Lê Hà; ảnh: Quang Vinh"): the writer is the byline
    r"(?:\s*[-–|;,]\s*(?:[ẢảAa]nh|Video|Đồ họa)\s*:\s*[^,;:]+?)?\)?$"
)
# Names, also with the reporter's agency or desk after it: "PV/VOV-Viêng Chăn", "Thu Hà
# (Theo VOV)".
# The agency after a separator may hold a digit or a dot: "Thu Trang/VOV.VN", "Hà/VOV1".
_NAME = re.compile(
    rf"^{CAPITALISED_WORD}(?:(?:\s+|\s*[-–/,]\s*){CAPITALISED_WORD})+(?:\s*[-–/]\s*{AGENCY})?"
    rf"(?:\s*\([^()]{{2,40}}\))?$"
    rf"|^{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD})*\s*\([^()]{{2,40}}\)$"
)
# The story's own reporters named by their post ("Phóng viên TTXVN tại Lào", "Đặc phái
# viên TTXVN", "Nhóm PV"), and an author with a degree, perhaps where they work ("TS.
# Nguyễn Văn An - Học viện Ngoại giao").
_REPORTERS = re.compile(r"^(?:Nhóm )?(?:[Pp]hóng viên|PV|Đặc phái viên|Thông tín viên)\b")
MAX_REPORTER_WORDS = 8
# The reporters credited by their post alone, perhaps with a collaborator: "PV", "PV.",
# "Nhóm PV", "Phóng viên", "PV - CTV", "Nhóm phóng viên": a credit, not the agency's tag.
_REPORTERS_ALONE = re.compile(
    r"^(?:Nhóm )?(?:PV|[Pp]hóng viên|CTV)(?:\s*[-–/,]\s*(?:PV|[Pp]hóng viên|CTV))*\.?$"
)
_DEGREE = re.compile(
    rf"^(?:(?:GS|PGS|TS|ThS|NCS|BS|KS|Ths)\.\s*)+{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD}){{1,4}}"
    r"(?:\s*[-–]\s*[^.!?;:,]{2,60}|\s*\([^()]{2,60}\))?$"
)
MAX_AUTHOR_WORDS = 16


# Several reporters' names: "Nguyễn Minh Hà - Trần Thu Hằng", "Hà Phương, Minh Anh".
_NAME_PARTS = re.compile(r"\s*[-–/,]\s*")
MAX_NAME_LINE_WORDS = 12


def one_titled_person(text: str) -> bool:
    """Whether a line is one person by post and name and nothing else ("Đại sứ Nguyễn Hải
    Yến", "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà"): an author's credit or a portrait's
    caption, never a headline."""
    text = text.strip()
    found = mentions(text)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(text)


def is_name_line(text: str) -> bool:
    """A line that is only the author's or agency's name, which a page may put between its
    headline and its lead: a labelled credit ("Bài và ảnh: Minh Hà"), a short name, or
    several names none of which is a title or a place ("Nguyễn Minh Hà - Trần Thu")."""
    text = text.strip()
    if _REPORTERS_ALONE.match(text):
        return True
    if (
        not byline_name(text)
        or _AGENCY_ALONE.match(text)
        or _INITIALS.match(text)
        or _BRACKETED_AGENCY.match(text)
    ):
        return False  # (an acronym above the lead is the agency's tag)
    if is_tag_only(text):
        return False  # ("(TTXVN)" over the lead tags it; under the story it credits it)
    if BYLINE_LABEL.match(text) or words(text) <= 4:
        return True
    if _DEGREE.match(text) or _REPORTERS.match(text) or author_with_post(text):
        return True
    if is_all_caps(text):  # a headline in capitals ("VIỆT NAM - LÀO TĂNG CƯỜNG HỢP TÁC")
        return False
    if words(text) > MAX_NAME_LINE_WORDS or PERSON_TITLE.search(text):
        return False
    parts = [p for p in _NAME_PARTS.split(re.sub(r"\([^()]*\)", "", text)) if p]
    return all(words(p) <= 4 and p not in NATIONS and p not in PLACES for p in parts)


# An agency's credit in brackets closing a story: "(TTXVN/Vietnam+)", "(TTXVN)".
_BRACKETED_AGENCY = re.compile(rf"^\(\s*({AGENCY}(?:\s*/\s*{AGENCY})*)\s*\)$")
# A closing credit in initials or an agency's acronym alone: "T.H", "N.H.", "TTXVN", "PV".
_INITIALS = re.compile(r"^(?:[A-ZĐ]\.){1,3}[A-ZĐ]?\.?$")
# A reporter signing with an initial and a given name ("H.NHUNG", "H. Nhung", "N.T.Hà").
_INITIAL_AND_NAME = re.compile(rf"^(?:[A-ZĐ]\.\s?){{1,2}}[{UPPER}][{UPPER}{LOWER}]+$")
# … and the agency or paper the story was taken from after them: "T.H. (Theo AFP)".
_INITIALS_AND_SOURCE = re.compile(r"^(?:[A-ZĐ]\.){1,3}[A-ZĐ]?\.?\s*\(Theo\s+[^()]{2,40}\)$")
_AGENCY_ALONE = re.compile(r"^[A-ZĐ]{2,6}\d{0,2}$")  # (a channel's number: "VOV1")


# An author's name and post or outlet, after a comma, a dash, a slash or in brackets.
_POST_SEPARATOR = re.compile(r"\s*,\s+|\s+[-–]\s+|\s*/\s*|\s+(?=\()")
_LABEL_PREFIX = re.compile(
    r"^(?:Theo\s+(?!dõi\b)|(?:Thực hiện|Tác giả|Bài(?: và|,)? ảnh|Tin(?: và|,)? ảnh|Bài)\s*:\s*)"
)
_DEGREES = re.compile(r"^(?:(?:GS|PGS|TS|ThS|Ths|NCS|BS|KS)\.?\s*)+(?=[A-ZĐ])")
_BRACKETED_CREDIT = re.compile(r"\s*\(\s*(?:Ảnh|Nguồn)\s*:[^()]*\)$", re.IGNORECASE)
MAX_POST_WORDS = 14


def author_with_post(text: str) -> bool:
    """An author's line naming who wrote and where they work or what they are, no verb:
    "Hồng Nhung - Phóng viên TTXVN tại Lào", "Minh Hà/Báo Quốc tế", "ThS. Nguyễn Văn An,
    Viện Nghiên cứu Đông Nam Á", "Đại sứ Nguyễn Hải Bằng, Trưởng Phái đoàn … tại ASEAN".
    A name is two to five capitalised words (after a degree or a title), not a place; a
    post is an organisation's or a reporter's, capitalised mostly."""
    text = _LABEL_PREFIX.sub("", text.strip())
    # (a sentence's full stop before a bracketed credit ends a caption: "Đại sứ …, Trưởng
    # đoàn Việt Nam. (Nguồn: TTXVN)"; an author's line carries none)
    if _BRACKETED_CREDIT.sub("", text).endswith((".", "!", "?", ":", ";", ",")):
        return False
    if words(text) > MAX_AUTHOR_WORDS:
        return False
    if ACTS.search(text) or DATE.search(text) or names_only(text) or is_all_caps(text):
        return False
    if CUT_WORD.search(text):  # an excerpt cut mid-word: "Lee Jeongmin, Bộ Quản lý … H"
        return False
    m = _POST_SEPARATOR.search(text)
    if not m:
        return False
    name, post = text[: m.start()], text[m.end() :].strip("() ")
    name = re.sub(rf"^{TITLE_RE}\s+", "", _DEGREES.sub("", name))
    parts = name.split()
    if not 2 <= len(parts) <= 5 or name in NATIONS or name in PLACES:
        return False
    if (
        not all(re.fullmatch(CAPITALISED_WORD, p) for p in parts)
        or not post
        or words(post) > MAX_POST_WORDS
    ):
        return False
    if _REPORTERS.match(post) or re.fullmatch(AGENCY, post):
        return True
    if m := re.match(rf"{TITLE_RE}\s*", post):  # a post ("Trưởng Phái đoàn … tại ASEAN"),
        held = post[m.end() :].split()  # not a second titled person ("Tổng thống Joko Widodo")
        return not held or not all(re.fullmatch(CAPITALISED_WORD, w) for w in held)
    post_words = post.split()
    capitals = sum(w[:1].isupper() for w in post_words)
    return post[:1].isupper() and 2 * capitals >= len(post_words)


# An office credited as the story's author where a portal names no reporter: "Văn phòng
# UBND tỉnh", "Vụ Hợp tác quốc tế", "Sở Ngoại vụ tỉnh", "Trung tâm Thông tin và Truyền
# thông". An outlet ("Báo …", "Đài …") closing the story is its source line, not an author.
_OFFICE = re.compile(
    r"^(?:Văn phòng|Vụ|Cục|Tổng cục|Ban|Sở|Phòng|Trung tâm|Viện|Ủy ban|UBND"
    r"|Cổng (?:TTĐT|Thông tin điện tử))\s+\S"
)
MAX_OFFICE_WORDS = 10


def office_credit(text: str) -> bool:
    """Whether a line closing the story is an office named as its author: a unit's name
    alone, unpunctuated, with no verb or date (a subheading or a sentence says more)."""
    text = text.strip()
    return (
        bool(_OFFICE.match(text))
        and words(text) <= MAX_OFFICE_WORDS
        and not text.endswith((".", "!", "?", "…", ":", ";", ","))
        and not ACTS.search(text)
        and not DATE.search(text)
    )


MAX_CREDIT_WORDS = 8
# "Nguồn:" names only a source, which may be a portal's long name ("Nguồn: Cổng Thông tin
# điện tử Bộ Giáo dục và Đào tạo"); "Theo …" may open a sentence, so it names a short one.
MAX_SOURCE_WORDS = 14
_SOURCE_LABEL = re.compile(r"^\(?\s*Nguồn\s*:")


def names_a_source(text: str) -> bool:
    """Whether a line is labelled as the news's source ("Nguồn: Sở Văn hóa và Thể thao")."""
    return bool(_SOURCE_LABEL.match(text.strip()))


# A credit for the news and photos ("Tin, ảnh: Hoài Nam", "Bài và ảnh: …", "Ảnh: …") under
# the reporters' own line: who supplied them, where the line over it says who wrote.
_NEWS_AND_PHOTO_CREDIT = re.compile(r"^\(?\s*(?:(?:Tin|Bài)\s*(?:,|và)\s*)?[ẢảAa]nh\s*:")


def credits_photos(text: str) -> bool:
    """Whether a line is labelled as the credit for the photos, with or without the news
    ("Tin, ảnh: Hoài Nam")."""
    return bool(_NEWS_AND_PHOTO_CREDIT.match(text.strip()))


def _most_credit_words(text: str) -> int:
    return MAX_SOURCE_WORDS if _SOURCE_LABEL.match(text) else MAX_CREDIT_WORDS


def byline_name(text: str) -> str:
    """The author or agency of a closing credit line, or "" if the line is not one (a row
    of networks' names, "Facebook Zalo Twitter", is the page's buttons)."""
    text = text.strip()
    if is_widget(text):
        return ""
    if _REPORTERS_ALONE.match(text):
        return text
    m = BYLINE_LABEL.match(text)
    if m and words(m.group(1)) <= _most_credit_words(text) and not m.group(1).endswith("."):
        return m.group(1).strip()
    if author_with_post(text):
        return _LABEL_PREFIX.sub("", text)
    if _NAME.match(text) and words(text) <= 10:
        return text
    if _DEGREE.match(text) and words(text) <= MAX_AUTHOR_WORDS:
        return text
    if _REPORTERS.match(text) and words(text) <= MAX_REPORTER_WORDS and not is_prose(text):
        return text
    if _INITIALS.match(text) or _INITIAL_AND_NAME.match(text):
        return text
    if _AGENCY_ALONE.match(text) and text not in NOT_TAGS:
        return text
    if _INITIALS_AND_SOURCE.match(text):
        return text  # (the author's initials, kept with the source, as printed)
    if (m := _BRACKETED_AGENCY.match(text)) and m.group(1) not in NOT_TAGS:
        return m.group(1)
    return ""


def stamped_author(text: str) -> str:
    """The author's name of a line that sets it beside the page's stamp, a bar between
    ("Thu Hà | 14/03/2025 10:20", "10:20 14/03/2025 | Thu Hà"), or "": the byline is the
    author line, the stamp dates the page (docs/annotating.md). A news site's name there
    ("Báo Thế giới và Việt Nam | …") is the outlet's source line; a masthead said again
    ("Lao Động | …" under "Lao Động") the page's zones tell."""
    parts = [p.strip() for p in text.strip().split("|")]
    if len(parts) != 2 or not all(parts):
        return ""
    for name, stamp in (parts, parts[::-1]):
        if is_meta(stamp) and not DATE.search(name) and is_name_line(name):
            return "" if is_site_name(name) else byline_name(name) or name
    return ""
