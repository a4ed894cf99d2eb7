"""Photo captions: whether a line is one, alone or beside a photo.

Each function looks at one line's text only; :mod:`briefgen.ingest.layout` combines them
with the line's position (under an image, above a credit, amid the paragraphs). The
patterns are those of Vietnamese news and ministry sites in general, not of one page.
"""

from __future__ import annotations

import re

from briefgen.extract.compound_words import joins
from briefgen.extract.word_patterns import any_of
from briefgen.ingest.bylines import (
    BYLINE_LABEL,
    is_name_line,
)
from briefgen.ingest.line_shapes import (
    CAPITALS,
    CUT_WORD,
    HONORIFIC,
    NARRATION,
    PERSON_TITLE,
    REPORTING,
    STORY_END,
    TERMINAL,
    TIMED_OPENING,
    is_prose,
    is_salutation,
    names_only,
    words,
)
from briefgen.ingest.outlets import lead_tag
from briefgen.ingest.page_dates import is_meta
from briefgen.ingest.page_furniture import ALT_ALONE, SLUG_ALONE
from briefgen.ingest.photo_credits import (
    ALT_PREFIX,
    PHOTO_CUES,
    PICTURED,
    SCENE_OPENING,
    SHORTCODE,
    SOURCE_CREDIT,
    caption_text,
    has_credit,
    has_photo_credit,
    is_credit_name,
)
from briefgen.ingest.phrases import OCCASIONS, is_noun_phrase
from briefgen.normalize import fold

# A caption is a line or two; a paragraph ending in "(Nguồn: …)" cites its source.
MAX_CAPTION_WORDS = 40
_PERSON_INTRO = re.compile(rf"^{HONORIFIC}\s+(?:[{CAPITALS}][\w]*\s*){{2,5}}(?:,|\s[-–])")


def is_caption(text: str, *, title: str | None = None) -> bool:
    """A photo caption: a photo credit, or one short sentence describing a scene or person.

    Captions name who is pictured doing what ("… phát biểu tại Hội nghị", "Quang cảnh
    Hội nghị", "Ông X, Vụ trưởng …"); body sentences of that length report what was said
    ("… cho biết …") or open with an adverbial ("Phát biểu tại hội nghị, …").
    """
    text = text.strip()
    if BYLINE_LABEL.match(text) or STORY_END.search(text):  # ("Bài và ảnh: Minh Hà"
        return False  # credits the whole article)
    if is_salutation(text):  # "Thưa Ngài Chủ tịch" addresses, it shows no one
        return False
    if has_credit(text) and _credited_length(text):
        return True
    if ALT_PREFIX.match(text) and 0 < words(caption_text(text)) <= MAX_CAPTION_WORDS:
        return True  # the image's alt text and number run into its caption
    if lead_tag(text):  # an agency's tag leads the story, never a photo
        return False
    core = caption_text(text)
    if _points_into_photo(core):
        return True
    if not core or words(core) > 30 or core.rstrip(".").count(". ") or REPORTING.search(core):
        return False
    if NARRATION.search(core) or FIRST_PERSON.search(core):
        return False
    if SOURCE_CREDIT.search(text) and (PICTURED.search(core) or PHOTO_CUES.search(core)):
        return True
    if title and fold(core.rstrip(".")) == fold(title):
        return True
    if _heads_a_part(core) and not SCENE_OPENING.match(core):
        return False
    if names_only(core):
        return True
    if TIMED_OPENING.match(core):
        return False
    if _PERSON_INTRO.match(core) and not core.endswith("."):
        return True
    if words(core) <= 15 and PICTURED.search(core) and _SCENE.search(core):
        return True  # "Hai Bộ trưởng ký kết Bản ghi nhớ.", "Bộ trưởng … tiếp Đại sứ Lào."
    head = core.split(",", 1)[0]
    opens_with_clause = "," in core and words(head) <= 5 and bool(PHOTO_CUES.match(head))
    return bool(PHOTO_CUES.search(core)) and not opens_with_clause


def _credited_length(text: str) -> bool:
    """Whether a credited line is as long as a caption runs: a few sentences, or under a
    photo's credit one long sentence naming everyone pictured and what they hold ("Bộ
    trưởng … và Bộ trưởng … trao Thỏa thuận hợp tác trong lĩnh vực … và kế hoạch … giữa
    hai bộ. Ảnh: …"); a paragraph citing its source runs as long ("… (Nguồn: …)")."""
    core = caption_text(text)
    n = words(core)
    return n <= MAX_CAPTION_WORDS or (
        n <= MAX_POSITIONED_CAPTION_WORDS
        and not core.rstrip(".").count(". ")
        and has_photo_credit(text)
    )


def _points_into_photo(core: str) -> bool:
    """Where someone stands in the photo ("Bà … (phải), Phó Chủ tịch …, mong …", "(thứ 3 từ
    trái sang)"): only a caption points at the picture, whatever it goes on to report, up
    to one long sentence; a speaker's "tôi" is the story's."""
    return (
        bool(_POSITION_IN_PHOTO.search(core))
        and words(core) <= MAX_POSITIONED_CAPTION_WORDS
        and not core.rstrip(".").count(". ")
        and not FIRST_PERSON.search(core)
    )


# A caption that points into its photo may name and quote at length, in one sentence.
MAX_POSITIONED_CAPTION_WORDS = 60


# A speaker or writer naming themselves or their hearers ("tôi", "chúng tôi", "chúng ta"):
# a speech's or a story's sentence; a caption tells of those pictured in the third person.
FIRST_PERSON = re.compile(r"(?<!\w)(?:chúng tôi|chúng ta|tôi)(?!\w)", re.IGNORECASE)


# Who presides over or leads the whole event ("… chủ trì Hội nghị.", "Đồng chủ trì Hội
# thảo có …", "Đoàn … do … dẫn đầu."): a role the story states; a photo shows a moment.
_PRESIDES = re.compile(r"(?<!\w)(?:chủ trì|dẫn đầu)(?!\w)")


def names_who_presides(text: str) -> bool:
    """Whether a line tells who chairs or leads: the story's statement, which a page that
    marks its photos prints as a caption only with that mark."""
    return bool(_PRESIDES.search(caption_text(text)))


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


# Where someone stands in the photo: "(thứ 3 từ trái sang)", "(giữa)", "(bên phải)".
_POSITION_IN_PHOTO = re.compile(r"\((?:[^()]*\btừ\s+)?(?:bên\s+)?(?:trái|phải|giữa)\b[^()]*\)")
# What people are pictured doing when they meet: signing, receiving, handing over, taking
# part ("Các đại biểu tham dự Hội nghị.").
_MEETING_ACTS = (
    "ký",
    "ký kết",
    "tiếp",
    "hội kiến",
    "gặp",
    "đón",
    "trao",
    "tặng",
    "thăm",
    "tham quan",
    "duyệt",
    "dự",
    "tham dự",
)
_SCENE = re.compile(rf"\s{any_of(_MEETING_ACTS)}\s(?!tục\b)")
# What a photo shows people doing, at a meeting or any other event: the acts above, and
# talking, speaking, posing, performing, pressing a button, planting, laying flowers (not
# chairing: who chairs is the story's statement, :func:`names_who_presides`).
PICTURED_ACTS = (
    *_MEETING_ACTS,
    "hội đàm",
    "gặp gỡ",
    "đón tiếp",
    "trao tặng",
    "bắt tay",
    "chụp",
    "chụp ảnh",
    "phát biểu",
    "trình bày",
    "thảo luận",
    "trò chuyện",
    "thăm hỏi",
    "chúc mừng",
    "chứng kiến",
    "biểu diễn",
    "nhấn",
    "bấm",
    "cắt băng",
    "trồng",
    "dâng hương",
    "dâng hoa",
    "đặt vòng hoa",
    "khảo sát",
    "kiểm tra",
)


# An image on the page: its file name, its number ("Ảnh 1"), the "Chú thích ảnh" label or a
# caption shortcode opening.
_IMAGE_FILE = re.compile(r"^.{0,200}?\.(?:jpe?g|png|gif|webp)(?:\?\S*)?$", re.IGNORECASE)


def is_image_marker(text: str) -> bool:
    """A line that stands for a photo: the caption is the line under it."""
    return bool(
        _IMAGE_FILE.match(text)
        or ALT_ALONE.match(text)
        or SLUG_ALONE.match(text)
        or re.match(r"^Ảnh \d+$", text)
        or fold(text) == fold("Chú thích ảnh")
        or (SHORTCODE.fullmatch(text) and not text.startswith("[/"))
    )


def is_source_line(text: str) -> bool:
    """A labelled source or credit on a line of its own ("Nguồn: VGP", "Theo TTXVN"):
    amid the story it credits a photo or a quotation, and is none of the story's prose."""
    m = BYLINE_LABEL.match(text.strip())
    return bool(m) and words(m.group(1)) <= 8 and is_credit_name(m.group(1))


def narrates(core: str) -> bool:
    """Whether a line reports what was said, narrates in a tense or opens on when: the
    story's sentence, never a photo's caption."""
    return bool(REPORTING.search(core) or NARRATION.search(core) or TIMED_OPENING.match(core))


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
    if STORY_END.search(text) or CUT_WORD.search(text):  # (an excerpt's paragraph cut
        return False  # short: "Những cột m", "… Bộ Quản lý nhân sự H")
    core = caption_text(text)
    if not core or words(core) > MAX_CAPTION_WORDS or core.rstrip(".").count(". "):
        return False
    if narrates(core):
        return False
    if FIRST_PERSON.search(core) or core.endswith((",", ":", ";")):
        return False
    return not is_prose(core) or depicts(core)


# A caption under an image is a clause of a few words; a paragraph the page set under a
# photo with no caption runs longer or joins its clauses by commas.
MAX_SHORT_CLAUSE_WORDS = 12


def caption_clause(text: str) -> bool:
    """Whether a line is one short clause with its full stop that reports, narrates and
    dates nothing ("Nông dân thu hoạch chè ở Thái Nguyên."): under an image's file name or
    numbered alt text, what the photo shows, whatever its subject; amid paragraphs with no
    image over it, it may as well be the story's."""
    core = caption_text(text.strip())
    if not core.endswith(".") or core.endswith("..") or re.search(r"[,;:!?\"“”]", core):
        return False
    if words(core) > MAX_SHORT_CLAUSE_WORDS or core.rstrip(".").count(". "):
        return False
    if lead_tag(core) or is_salutation(core) or STORY_END.search(core) or is_meta(core):
        return False
    return not narrates(core)


def depicts(text: str) -> bool:
    """A short line that shows people or a scene and narrates nothing: "Các đại biểu tại
    phiên họp", "Đồng chí … tiếp Đại sứ …", "Quang cảnh lễ ký"."""
    core = caption_text(text.strip())
    if not core or words(core) > MAX_CAPTION_WORDS or core.rstrip(".").count(". "):
        return False
    if narrates(core):
        return False
    if STORY_END.search(core) or _DEFINES.search(core):
        return False
    if _heads_a_part(core) and not SCENE_OPENING.match(core):
        return False
    return bool(
        PICTURED.search(core)
        or SCENE_OPENING.match(core)
        or PHOTO_CUES.search(core)
        or names_only(core)
    )


# Words that may stand before a title in a line naming people ("Hai Thủ tướng …").
_BEFORE_TITLE = frozenset(("Hai", "Các", "Ông", "Bà", "Ngài", "Đồng chí"))


def _heads_a_part(text: str) -> bool:
    """Whether a line of capitalised words opens with a word or two set right before a
    title, with no comma: the meeting a subheading names ("Gặp Thủ tướng Thái Lan",
    "Hội kiến Quốc vương Campuchia"), not people under a photo, whose names follow
    their titles or stand apart from them by a comma."""
    title = PERSON_TITLE.search(text)
    lead = text[: title.start()].strip() if title else ""
    return bool(lead) and "," not in lead and words(lead) <= 2 and lead not in _BEFORE_TITLE


# "X là Y": a sentence saying what something is ("Lễ thượng cờ ASEAN là thông lệ …"); a
# photo shows a scene and defines nothing.
_DEFINES = re.compile(r"\slà\s")


def is_unpunctuated_caption(text: str) -> bool:
    """A caption without its full stop, among the paragraphs ("Bộ trưởng … và Bộ trưởng
    Lào ký Biên bản ghi nhớ", "Tại cuộc họp báo"): a line that is not punctuated as prose,
    reports nothing said and shows people or a place. A subheading ("Kết quả hội đàm")
    names neither."""
    text = text.strip()
    # (a caption naming two people with their full posts runs to 20 words and more, which
    # is_prose takes for a paragraph: only the full stop tells one here)
    if text.endswith(TERMINAL) or text.endswith((",", ":")) or words(text) > 25:
        return False
    if is_salutation(text):  # (a salutation "Thưa Quốc vương và Quý vị," is the speech's)
        return False
    shows = PICTURED.search(text)  # (a ceremony's name alone may be a subheading)
    return bool(shows) and not REPORTING.search(text) and not NARRATION.search(text)


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
    if lead_tag(core) or is_salutation(core) or STORY_END.search(core) or is_meta(core):
        return ""
    if narrates(core):
        return ""
    return core


# A photo's caption in a table cell is a sentence; a paragraph set in one runs longer.
MAX_CELL_CAPTION_WORDS = 30


def in_photo_cell(text: str) -> bool:
    """Whether a line closed by a table cell's bar ("… |") shows people or a scene in one
    sentence: the caption of the photo in the cell, credited or not, however it narrates
    ("Đại tướng … chào mừng Đại tướng … dẫn đầu đoàn … thăm Việt Nam. |"). An image's
    empty placeholder opening the line ("![]() …") shows nothing."""
    text = text.strip()
    if not text.endswith("|") or text.startswith("!["):
        return False
    core = caption_text(text)
    return (
        0 < words(core) <= MAX_CELL_CAPTION_WORDS
        and not core.rstrip(".").count(". ")
        and (shows_people(core) or depicts(core))
    )


def shows_people(text: str) -> bool:
    """Whether a line opens with whom a photo shows: a titled person, delegates, leaders, a
    delegation ("Phó Thủ tướng …", "Các đại biểu …", "Đoàn đại biểu …")."""
    return bool(PICTURED.search(text.strip()))


def run_in_caption(sentences: list[str]) -> str:
    """A caption that lost its line break and leads a paragraph ("X với các đại biểu. …")."""
    if len(sentences) < 2:
        return ""
    first = sentences[0]
    if words(first) <= 15 and "," not in first and is_caption(first):
        return "" if _referred_back(first, sentences[1]) else first
    return ""


def _referred_back(first: str, second: str) -> bool:
    """Whether ``second`` names a titled person of ``first`` again by the bare title ("Bộ
    trưởng … chủ trì Hội nghị. Phát biểu khai mạc, Bộ trưởng nhấn mạnh …"): it goes on
    with the same story; a photo's caption and the paragraph under it are two texts."""
    for m in PERSON_TITLE.finditer(first):
        bare = re.compile(rf"(?<!\w){re.escape(m.group().strip())}\s+(?![{CAPITALS}])\w")
        if bare.search(second):
            return True
    return False


MAX_ACT_WORDS = 25
# A verb of :data:`PICTURED_ACTS` as written, a whole syllable or two, in lower case.
_ACT = re.compile(rf"(?<!\S){any_of(PICTURED_ACTS)}(?!\S)")
# Marks of more than one clause, a quotation or a question: no caption of one act has them.
_CLAUSE_MARKS = re.compile(r"[,;:?!\"“”…]")
# A relative clause closing the line on its object ("trao văn bản đã ký", the signed text;
# "các văn kiện vừa được ký kết"): it tells of the object, no tense of the act shown.
_RELATIVE_END = re.compile(r"(?<=\w)\s+(?:đã|vừa)\s+(?:được\s+)?\w+(?:\s\w+)?$")
# A count or quantifier before a subject's head noun ("Hai …", "Các …").
_COUNTED = re.compile(r"^(?:(?:[Cc]ác|[Nn]hững|[Hh]ai|[Bb]a|[Mm]ọi|[Nn]hiều)\s+)?")
# Places as the head noun, which a story's subheading makes act ("Hai nước ký kết …"); a
# photo shows people ("Hai bên", "Đại biểu hai nước").
_PLACE_HEADS = re.compile(r"^(?:nước|quốc gia|tỉnh|thành phố|địa phương|nền kinh tế)(?!\w)")


def shows_an_act(text: str) -> bool:
    """Whether a line is one bare clause showing people do what a camera sees: a noun
    phrase of people, then a verb of :data:`PICTURED_ACTS` in the present ("Hai bên ký
    Biên bản ghi nhớ hợp tác", "Nghệ nhân biểu diễn Nhã nhạc chào mừng Hội nghị"). With a
    full stop only people named by their posts ("Thứ trưởng … và Thứ trưởng … nhấn nút
    …."): a short sentence of the story's may say what a group did. The story narrates
    ("đã", "sẽ"), reports, opens on where or when; a subheading starts on its verb ("Thúc
    đẩy …"), or makes a country, a body or a place act ("ASEAN đón …", "Hai nước ký …")."""
    core = caption_text(text.strip())
    clause = core.removesuffix(".")
    if not clause or words(clause) > MAX_ACT_WORDS or _CLAUSE_MARKS.search(clause):
        return False
    if clause.count(". ") or is_salutation(core) or lead_tag(core) or REPORTING.search(clause):
        return False
    if names_who_presides(clause):  # (who chairs or leads: the story's statement)
        return False
    act = _first_act(clause)
    if act is None:
        return False
    subject = clause[: act.start()].strip()
    said = clause[: act.end()] + _RELATIVE_END.sub("", clause[act.end() :])
    if not subject or NARRATION.search(said) or TIMED_OPENING.match(clause):
        return False
    if subject.split()[-1].lower() in OCCASIONS:  # ("Lễ ký kết …", "Buổi tiếp …": the verb
        return False  # names the occasion, which alone may head a part of the story)
    if PICTURED.match(subject):
        return is_noun_phrase(subject)
    if core.endswith(".") or not _people_in_common_words(subject):
        return False
    return is_noun_phrase(subject)


def _first_act(clause: str) -> re.Match[str] | None:
    """The first verb of :data:`PICTURED_ACTS` that underthesea's segmenter reads as a word
    of its own, not the start of another ("tiếp tục", "trao đổi", "nhấn mạnh", "dự án")."""
    for m in _ACT.finditer(clause):
        following = clause[m.end() :].split()[:1]
        if not following or f"{m[0]} {following[0]}" in PICTURED_ACTS:
            return m
        if not joins(m[0], following[0]):
            return m
    return None


def _people_in_common_words(subject: str) -> bool:
    """Whether a subject names people by common words ("Hai bên", "Nghệ nhân", "Các em
    học sinh"): no name or acronym, which would be a country's or a body's ("ASEAN",
    "Việt Nam"), and no counted places ("Hai nước")."""
    first, *rest = subject.split()
    if first.isupper() or any(w[:1].isupper() for w in rest):
        return False
    return not _PLACE_HEADS.match(subject[_COUNTED.match(subject).end() :])
