"""Who published a story, as a page writes it: an agency's tag before the lead ("NDO - ",
"(VOV5) - ", "HÀ NỘI, 5/8 (TTXVN) - "), a tag on a line of its own, a news site's name.
"""

from __future__ import annotations

import re

from briefgen.extract.geography import NATIONS
from briefgen.extract.role_titles import TITLE_RE
from briefgen.extract.word_patterns import UPPER, any_of
from briefgen.ingest.line_shapes import (
    ADVERBIALS,
    HONORIFIC,
    is_all_caps,
    is_speaker_label,
    opens_with_time,
    words,
)

# An agency as its tag writes it: capitals ("TTXVN", "QĐND", "TG&VN"), a domain
# ("Baoquocte.vn"), or a brand with a second capital or a plus ("VietnamPlus", "Vietnam+").
AGENCY = (
    rf"(?:[{UPPER}][{UPPER}0-9.&/]{{1,11}}|[A-Z][\w-]*\.(?:vn|com|net)|[A-Z][a-z]+(?:[A-Z]\w*|\+)"
    rf"(?:/[\w+]+)?)"
)
_SOURCE_TAG = re.compile(
    # "HÀ NỘI, 5/8 (TTXVN) - ", "Viêng Chăn (TTXVN) - ", "Hà Nội, ngày 5/8 (TTXVN) - ",
    # "Tin tức (TTXVN) - ", "(VOV5) - "
    rf"^(?:(?:(?:[{UPPER}][{UPPER} ]*,\s*[\d/]+\s*"
    rf"|[{UPPER}]\w*(?:\s[{UPPER}]\w*){{0,3}}"
    rf"(?:,\s*(?:ngày\s*)?\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?)?\s"
    rf"|[{UPPER}]\w*(?:\s\w+)?\s(?=\([{UPPER}]{{2,}}))?"
    # "QĐND Online - ", "PV VTV24 - ": the site's online edition, its reporter
    rf"\([^()]{{2,30}}\)\s*|(?:(?:PV|Phóng viên)\s)?{AGENCY}(?:\sOnline)?\s"
    # a dateline in capitals: "HÀ NỘI - ", "VIÊNG CHĂN, 5/8 - "
    rf"|[{UPPER}]{{2,}}(?:\s[{UPPER}]{{2,}}){{1,3}}(?:,\s*[\d/]+)?\s)[-–—]\s*"
    # "(CLO) Nhận lời mời …", "TGVN. Chiều 5/8 …", "Baoquocte.vn. Chiều 5/8 …", "VOV.VN:
    # Sáng 5/8 …": an agency's tag, or a site's address with a full stop or a colon.
    rf"|\([A-ZĐ][A-Z0-9]{{1,9}}\)\s+(?=[{UPPER}])"
    rf"|[A-ZĐ]{{2,8}}\.\s+(?=[{UPPER}])|[A-Z][\w-]*\.(?i:vn|com|net)[.:]\s+(?=[{UPPER}]))"
)
# Acronyms and academic titles ("TS. Nguyễn Văn A") that open sentences, not source tags.
NOT_TAGS = frozenset({"ASEAN", "APEC", "ACCSM", "EU", "WTO", "TS", "GS", "PGS", "BS", "KS", "TP"})


MAX_OUTLET_WORDS = 4
# An agency's tag on a line of its own, the lead under it: "(TTXVN)", "TGVN.", "(VOV5) -",
# "TTXVN:", "laodong.vn -"; or an outlet's name of a few words with its dash ("Tuổi Trẻ
# Online -").
_TAG_ALONE = re.compile(
    rf"^(?:(?:\([{UPPER}][^():]{{1,29}}\)|{AGENCY}|[a-z][\w-]*\.(?:vn|com|net))\s*[-–—.:]?"
    rf"|[{UPPER}]\S*(?:\s\S+){{0,{MAX_OUTLET_WORDS - 1}}}\s+[-–—])$"
)


def is_tag_alone(text: str) -> bool:
    """A source tag with nothing after it: neither headline nor sentence."""
    m = _TAG_ALONE.match(text.strip())
    return bool(m) and text.strip().strip("().-–— ") not in NOT_TAGS


def source_tag(text: str) -> str:
    """The leading "NDO - " / "(VOV5) - " / "HÀ NỘI, 5/8 (TTXVN) - " tag, or ""."""
    m = _SOURCE_TAG.match(text)
    if not m or m.group().split()[0].strip("().") in NOT_TAGS:
        return ""
    return m.group()


# An outlet's tag before the lead, in any of the shapes sites give it: a word or a few in
# any case ("Dân trí - ", "Vietnamplus - ", "Tuổi Trẻ Online - "), a domain ("laodong.vn -
# "), or a tag with a colon ("TTXVN: ", "VOV.VN: ", "Vietnam+: "), then the lead's first
# capital or digit.
_OUTLET_TAG = re.compile(
    rf"^(?P<outlet>\([^()]{{2,30}}\)"
    rf"|[{UPPER}a-z][\w.+&/]*(?:\s[\w.+&/]+){{0,{MAX_OUTLET_WORDS - 1}}})"
    rf"\s*[-–—:]\s+(?=[{UPPER}\d])"
)
# How a lead opens, which the rest of a sentence after "X - " does not ("Việt Nam - Lào
# nhất trí …", "ASEAN - Hàn Quốc …", "Mekong - Lan Thương là …"): with when ("Chiều 5/8,
# …"), with who by their title ("Bộ trưởng …", "Ông Pierre Amilhat …"), with an adverbial
# clause and its comma ("Tại Hà Nội, …", "Nhận lời mời của …, …"), or saying when within
# its first words ("Bộ Nội vụ ngày 15/7 đã …").
_PERSON_OPENING = re.compile(rf"^(?:{HONORIFIC}\s+[{UPPER}]|{TITLE_RE})")
# (besides where and when, a lead opens with whose invitation, on whose behalf, to what end
# or at whose speech it reports)
_LEAD_ADVERBIALS = (
    *ADVERBIALS,
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
    if outlet in NOT_TAGS or outlet in NATIONS or _TITLED_START.match(outlet):
        return ""  # ("Bộ trưởng - Chủ nhiệm …" is one person's two posts)
    if opens_with_time(rest) or _DATED_OPENING.match(rest) or _ADVERBIAL_OPENING.match(rest):
        return m.group()
    # before a title, capitalised words are a name and its post ("Nguyễn Văn An - Giám đốc
    # Sở …", "Kao Kim Hourn - Tổng thư ký …"), not an outlet
    named = len(outlet.split()) > 1 and all(w[:1].isupper() for w in outlet.split())
    return m.group() if _PERSON_OPENING.match(rest) and not named else ""


# A news site's or portal's name: the outlet's kind, then its name in capitals ("Báo Điện
# tử Chính phủ", "Cổng thông tin điện tử Bộ Nội vụ", "Đài Tiếng nói Việt Nam").
_OUTLET = re.compile(
    r"^(?:Báo(?! (?i:chí|cáo)\b)|Tạp chí|Cổng (?i:thông tin|TTĐT)|Trang (?i:thông tin|tin)"
    r"|Đài (?:Tiếng nói|Truyền hình|Phát thanh)|Thông tấn xã)\s"
)
_SITE_WORDS = frozenset({"điện", "tử", "thông", "tin", "và", "của", "online", "nói", "hình"})
_JOINING = frozenset({"-", "–", "|", "&"})
MAX_SITE_NAME_WORDS = 10
# A masthead's line under the site's name: "Cơ quan của Trung ương Đảng …", "Tiếng nói
# của Đảng, Nhà nước và nhân dân Việt Nam".
_MASTHEAD = re.compile(r"^(?:Cơ quan (?:của|ngôn luận|chủ quản)|Tiếng nói của)\s")
MAX_MASTHEAD_WORDS = 24


def is_site_name(text: str) -> bool:
    """A news site's name over its pages: an outlet and its proper name, no verb; or its
    masthead's line. Written in capitals, it is read with each word capitalised; a portal's
    name may follow its owner's after a dash ("BỘ NỘI VỤ - CỔNG THÔNG TIN ĐIỆN TỬ")."""
    if is_all_caps(text):
        text = " ".join(w[:1] + w[1:].lower() for w in text.split())
    owner, dash, portal = text.partition(" - ")
    if dash and _OWNER.fullmatch(owner) and _is_outlet_name(portal):
        return True
    return _is_outlet_name(text)


# The body whose portal it is: a ministry, an agency, a province ("Bộ Nội vụ", "Tỉnh …").
_OWNER = re.compile(r"(?:Bộ|Ủy ban|Tổng cục|Cục|Sở|Tỉnh|Thành phố|Ban)(?:\s+\S+){1,6}")


def _is_outlet_name(text: str) -> bool:
    if _MASTHEAD.match(text) and words(text) <= MAX_MASTHEAD_WORDS:
        return not text.endswith((".", "!", "?"))
    if not _OUTLET.match(text) or words(text) > MAX_SITE_NAME_WORDS:
        return False
    # Each word is capitalised, a proper name's second syllable ("Chính phủ"), one of a
    # site's common words or a mark joining its words ("Báo Thế giới & Việt Nam"); a verb
    # ("Báo Nhân Dân ra mắt …") breaks the run.
    rest = text.split()[1:]
    return all(
        w[:1].isupper() or w.lower() in _SITE_WORDS or w in _JOINING or before[:1].isupper()
        for before, w in zip([text.split()[0], *rest], rest, strict=False)
    )


def is_tag_only(text: str) -> bool:
    """A line that is an agency's tag and nothing else: a leading tag with no words after
    it ("TTXVN -"), or one standing alone (:func:`is_tag_alone`)."""
    tag = source_tag(text + " ")
    return (bool(tag) and not text[len(tag) :].strip()) or is_tag_alone(text)
