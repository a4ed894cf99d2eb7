"""Shapes of a line that the page-clutter recognisers share.

Whether a line is punctuated as prose, set in capitals, only names, a speech's address, an
interview's speaker, a lead opening with its time; and the patterns of narration and
reporting that tell a story's sentence from a caption or a page's label.
"""

from __future__ import annotations

import re

from briefgen.extract.person_verbs import PERSON_VERB_RE, SAYING_VERBS
from briefgen.extract.role_titles import TITLE_RE
from briefgen.extract.word_patterns import UPPER, any_of
from briefgen.normalize import strip_diacritics

# The capitals a name may open with: Vietnamese ones and the other Latin ones of foreign
# names ("Élysée", "Øresund"); never a lower-case "đ" or "ý".
CAPITALS = UPPER + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
# What a person pictured does, in lower case as a verb is written: a caption's clause.
# ("với", "là", "có", "được" and the aspect words join names and organisations as well.)
ACTS = re.compile(
    "(?-i:"
    + PERSON_VERB_RE.replace(r"\b(?:", r"\b(?!(?:với|là|có|được|cùng|đã|đang|sẽ|mới)\b)(?:")
    + ")"
)
# A news lead opening with its time ("Sáng 3/9, …", "Ngày 30/11, …", "Hôm 22/11, …",
# "Kể từ ngày 8.8.2021, …", "Từ ngày 29 đến 30/11, …", "Sau khi …, …"), also as a day
# said from the day of writing, then a comma ("Tối qua, …", "Sáng thứ Sáu, …", "Thứ Năm
# tuần trước, …").
TIMED_OPENING = re.compile(
    r"^(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Đêm|Hôm)(?: nay| qua)?\s*(?:ngày\s*)?\(?\d{1,2}[/.]\d{1,2}"
    r"|(?:Kể từ|Từ|Vào|Trong)\s+(?:(?:các|hai|ba)\s+)?(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\b"
    r"[^,.;]{0,20}?\d{1,2}[/.-]\d{1,2}"
    r"|(?:Rạng sáng|Sáng|Chiều|Tối|Trưa|Đêm|Hôm) (?:nay|qua|kia),"
    r"|(?:Sáng|Chiều|Tối|Trưa|Đêm|Hôm|Vào) thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])"
    r"(?: tuần (?:này|trước|qua)| vừa qua)?,"
    r"|Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7]) (?:tuần (?:này|trước|qua)|vừa qua),"
    r"|Sau khi\b)"
)
# What was said or agreed, which no photo shows ("… nhất trí phối hợp …", "… cam kết …"):
# a verb of saying, "rằng" (that …), or what was asked, agreed, pledged or welcomed.
_ASKED_OR_AGREED = ("rằng", "đề nghị", "bày tỏ", "nhất trí", "cam kết", "kêu gọi", "hoan nghênh")
REPORTING = re.compile(rf"\b{any_of(SAYING_VERBS + _ASKED_OR_AGREED)}\b", re.IGNORECASE)
# "./.", "/.": the mark that ends a Vietnamese news story; no caption carries it.
STORY_END = re.compile(r"/\.\s*$")
# Where or when an action took place, opening a sentence before its comma ("Tại hội nghị,
# …", "Bên lề hội nghị, …"): a story's, never a caption's, and a lead's after its tag.
ADVERBIALS = (
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
_NARRATING_ADVERBIALS = (*ADVERBIALS, "Mở đầu", "Kết thúc")
# A caption shows a moment, in the present; the story narrates. Narration marks its tense
# or aspect ("đã", "sẽ", "cũng", "vừa"), links to what came before ("Tuy nhiên", "Theo
# đó"), opens with where or when the action took place, then a comma ("Tại hội nghị, …",
# "Sau hội đàm, …"), or lists who attended ("Dự hội nghị có …").
NARRATION = re.compile(
    r"(?<!\w)(?:đã|đang|sẽ|vừa|từng|cũng|đều|chưa|mới đây)(?!\w)"
    r"|^(?:Tuy nhiên|Bên cạnh đó|Đồng thời|Ngoài ra|Theo đó|Trước đó|Sau đó|Cùng ngày|Dịp này"
    r"|Nhân dịp|Qua đó|Do đó|Vì vậy|Như vậy)\b"
    rf"|^{any_of(_NARRATING_ADVERBIALS)}\s[^,]{{2,40}},"
    r"|^(?:Cùng |Tham )?(?:dự|Dự|tham dự)\b[^,.]*\scó\s"
    # who heads the delegation tells of the whole visit, not of a moment a photo shows
    r"|\bdẫn đầu (?:[Đđ]oàn|phái đoàn)\b"
    # … and who chaired the meeting, the meeting its subject ("Hội nghị do … chủ trì.")
    r"|^(?:Hội nghị|Hội thảo|Diễn đàn|Cuộc họp|Phiên họp|Phiên thảo luận|Cuộc hội đàm"
    r"|Buổi làm việc|Đối thoại)\b[^,.]{0,60}?\sdo\s.*\b(?:đồng )?chủ trì\b",
)
# How a person is introduced by an honorific: "Ông Pierre Amilhat", "Đồng chí …", "Đ/c …".
HONORIFIC = r"(?:Ông|Bà|Ngài|Đồng chí|Đ/c)"
# Titles and capitalised names joined by "và" or commas: "Thủ tướng Nguyễn Tấn Dũng và Thủ
# tướng Tony Abbott" names who is pictured; it is no headline and no sentence.
PERSON_TITLE = re.compile(TITLE_RE)
_NAMES_ONLY = re.compile(
    rf"^[{CAPITALS}][^\W\d_]*(?:(?:\s+|\s*,\s*|\s+và\s+)[{CAPITALS}][^\W\d_.]*\.?)+$"
)
# A capitalised word of a name; bylines join names by "-", "/" or ",": "Minh Anh - Thu Hà".
CAPITALISED_WORD = rf"[{CAPITALS}][^\W\d_]*"
TERMINAL = (".", "!", "?", "…", ":", ";", '"', "”", "»", ")")


def opens_with_time(text: str) -> bool:
    """A news lead opening with its time ("Sáng 3/9, …", "Ngày 30/11, …")."""
    return bool(TIMED_OPENING.match(text))


def words(text: str) -> int:
    return len(text.split())


def names_only(text: str) -> bool:
    """Whether a line is nothing but titled names, as under a photo of people."""
    if not PERSON_TITLE.search(text) or words(text) > 20 or is_all_caps(text):
        return False  # (in capitals, names look like any other word)
    # (a state named after the title keeps its lower-case word: "Tổng thống Cộng hòa X")
    return bool(_NAMES_ONLY.match(_REPUBLIC.sub("Republic", PERSON_TITLE.sub("Title", text))))


_REPUBLIC = re.compile(r"\bCộng h(?:òa|oà)\b")


# A speech's opening address, however it ends: "Thưa các vị khách quý,", "Kính thưa Quốc
# vương!", "Thưa Quý vị" ("thưa thớt", sparse, is another word).
# "Kính gửi …", "Xin chào …", in capitals as well; "Quý vị đại biểu,", "Các vị khách quý!".
# A list of them may bullet each with a dash ("- Thưa ông …,", "- Thưa các Quý vị,").
_SALUTATION = re.compile(
    r"^(?:[-–•]\s*)?(?:(?i:(?:kính\s+)?thưa|kính\s+gửi|xin\s+chào)"
    r"(?:\s+(?!(?i:thớt)\b)\S|\s*[,:!]$)"
    r"|(?i:quý vị|các vị|các quý vị|các bạn|các đồng chí)\b[^.?]{0,60}[,!]$)"
)
MAX_SALUTATION_WORDS = 30


def is_salutation(text: str) -> bool:
    """A speech's opening address: "Thưa các vị khách quý,", "Kính thưa Quốc vương,"."""
    return bool(_SALUTATION.match(text)) and words(text) <= MAX_SALUTATION_WORDS


def is_prose(text: str) -> bool:
    """Looks like a paragraph of the article: punctuated like a sentence, or long."""
    return text.endswith(TERMINAL) or words(text) >= 20


# A headline asked as a question ("Doanh nghiệp cần làm gì để tận dụng RCEP?"): one short
# sentence that ends on its question mark, as teasers under a related-news heading are.
MAX_ASKED_HEADLINE_WORDS = 20
_INNER_SENTENCE_END = re.compile(r"[.!?…]\s")


def is_asked_headline(text: str) -> bool:
    """A teaser's headline put as a question, not a paragraph: short, one sentence."""
    return (
        text.endswith("?")
        and words(text) < MAX_ASKED_HEADLINE_WORDS
        and not _INNER_SENTENCE_END.search(text)
    )


CUT_WORD = re.compile(r"\s[A-Za-z]$")  # (not "Á", "Ý": Asia, Italy)


def is_all_caps(text: str) -> bool:
    """A line set in capitals: a section's label, a headline, a dateline."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# An interview's speaker, before the question or the answer: "PV: …", "Phóng viên: …".
_SPEAKER = re.compile(r"^(?:PV|Phóng viên|Hỏi|Đáp|Trả lời|Câu hỏi)\s*:\s*\S")


def is_speaker_label(text: str) -> bool:
    """A question or answer of an interview, led by who speaks."""
    return bool(_SPEAKER.match(text))


MIN_UNMARKED_WORDS = 4


def unmarked(text: str) -> bool:
    """A line of several words with none of Vietnamese's marked letters: the headline as a
    bilingual site translates it ("ASEAN Labour Ministers adopt …"), a menu in English, or
    an image's alt text that spells the headline without its diacritics ("Hoi nghi …")."""
    return words(text) >= MIN_UNMARKED_WORDS and strip_diacritics(text) == text
