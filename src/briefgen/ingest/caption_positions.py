"""Find the lines that caption a photo by where they stand: beside an image or its
credit, an alt text repeating its caption, names alone amid the paragraphs.
"""

from __future__ import annotations

import re
from itertools import pairwise

from briefgen.extract.commitment_lists import ENUMERATION
from briefgen.ingest.captions import (
    MAX_CAPTION_WORDS,
    caption_clause,
    could_caption,
    depicts,
    is_caption,
    is_image_marker,
    named_caption_core,
    narrates,
    shows_an_act,
    shows_people,
)
from briefgen.ingest.line_shapes import (
    CUT_WORD,
    STORY_END,
    TERMINAL,
    is_prose,
    is_salutation,
    unmarked,
    words,
)
from briefgen.ingest.list_items import ITEM_OPENING
from briefgen.ingest.outlets import lead_tag
from briefgen.ingest.page_furniture import SLUG_ALONE, is_widget
from briefgen.ingest.photo_credits import caption_text, has_credit, is_credit_alone
from briefgen.ingest.phrases import is_noun_phrase
from briefgen.normalize import fold, strip_diacritics


def alt_texts(texts: list[str], tail: int) -> frozenset[int]:
    """Lines that say again what the line beside them says with its credit: an image's alt
    text above or under its caption ("Quang cảnh hội kiến", "Quang cảnh hội kiến. Ảnh:
    VGP"), or right over the same caption, credited or not; and a photo's label over its caption
    ("Ảnh hội nghị ALMM-29")."""
    lines = [i for i in range(tail) if texts[i]]
    found: set[int] = set()
    for i, j in pairwise(lines):
        credited = has_credit(texts[i]), has_credit(texts[j])
        said = fold(caption_text(texts[i]).rstrip("."))
        same = bool(said) and said == fold(caption_text(texts[j]).rstrip("."))
        if credited[0] != credited[1] and same:
            found.add(j if credited[0] else i)
        elif same and j == i + 1 and (all(credited) or is_caption(texts[j])):
            found.add(i)  # the alt text printed again right over its caption, the same line
        elif _PHOTO_LABEL.match(texts[i]) and (credited[1] or is_caption(texts[j])):
            found.add(i)  # "Ảnh hội nghị ALMM-29" over the caption: the photo's label
    return frozenset(found)


# A photo's label over its caption: "Ảnh …", a few words, no sentence.
_PHOTO_LABEL = re.compile(r"^(?:Ảnh|Hình ảnh|Hình)\s+\S+(?:\s+\S+){0,6}$(?<![.!?:])")


def beside_photos(texts: list[str], tail: int) -> frozenset[int]:
    """Lines that caption a photo by where they stand: the line under an image's file name
    or number (or above it, where it shows a scene and the line under it does not), the
    line above a credit standing alone ("Ảnh: TTXVN"), or under it where the line above
    is the story's or the image's. A credit alone is no caption: the line past it is."""
    lines = [i for i in range(tail) if texts[i]]
    found: set[int] = set()
    for k, i in enumerate(lines):
        if i + 1 < tail and (
            (SLUG_ALONE.match(texts[i]) and _under_slug(texts[i + 1]))
            or _bare_alt_over(texts[i], texts[i + 1])
        ):
            found.add(i + 1)
        elif is_image_marker(texts[i]):
            after = [j for j in lines[k + 1 : k + 3] if not is_credit_alone(texts[j])]
            under = after[0] if after else None
            if under is not None and (_could_caption(texts[under]) or caption_clause(texts[under])):
                found.add(under)
            elif k > 0 and depicts(texts[lines[k - 1]]):
                found.add(lines[k - 1])  # a caption set above its photo
        elif is_credit_alone(texts[i]) and k > 0:
            above, under = lines[k - 1], (lines[k + 1] if k + 1 < len(lines) else None)
            if _could_caption(texts[above]) and not is_image_marker(texts[above]):
                found.add(above)
            elif under is not None and _could_caption(texts[under]):
                found.add(under)  # the credit set before its caption
    return frozenset(found)


# A caption under a slug alt text runs a sentence or two; a paragraph runs on.
MAX_SLUG_CAPTION_SENTENCES = 2


def _bare_alt_over(alt: str, under: str) -> bool:
    """Whether ``alt`` is an image's alt text stripped of its diacritics (the page's headline
    as its address spells it) and the line right under it its caption, which says it again
    with more ("Hoi nghi … tai Hoi An" over "Hội nghị … tại Hội An từ 22-26/11/2022.")."""
    return (
        unmarked(alt)
        and strip_diacritics(under) != under
        and strip_diacritics(under).lower().startswith(alt.lower())
    )


def _under_slug(text: str) -> bool:
    """Whether the line right under an image's alt text set as the page's address in words
    is its caption: a page that prints such alt texts prints each photo's caption on the
    very next line, whatever it shows; a credit closes one of any length ("… thăm chính
    thức Việt Nam từ ngày 13 đến 16/3. (Ảnh: Minh Đức)"), and without one a caption is a
    sentence or two that reports and narrates nothing ("Hai bên nhất trí …" under a photo
    with no caption is the story's paragraph), not cut short, not leading on."""
    if not text or is_widget(text) or STORY_END.search(text) or CUT_WORD.search(text):
        return False
    if has_credit(text):
        return True
    core = caption_text(text)
    sentences = len(re.findall(r"[.!?…](?:\s|$)", core)) or 1
    return (
        words(core) <= MAX_CAPTION_WORDS
        and sentences <= MAX_SLUG_CAPTION_SENTENCES
        and not lead_tag(core)
        and not core.endswith((",", ":", ";"))
        and not narrates(core)
    )


def _could_caption(text: str) -> bool:
    """Beside a photo, a line that reads as a caption, or one that only names something
    ("Trụ sở Ban Thư ký ASEAN tại Jakarta.")."""
    if is_widget(text):
        return False
    core = named_caption_core(text)
    return could_caption(text) or (bool(core) and is_noun_phrase(core))


# A page shows a photo or a few between paragraphs; more lines than this that only name
# people are a list of them (and the tagger is asked about no more lines than this).
MAX_NAMED_PHOTOS = 30


def named_photos(texts: list[str], start: int, tail: int, items: frozenset[int]) -> frozenset[int]:
    """Captions that only name whom a photo shows, full stop and all, standing alone among
    the paragraphs ("Đoàn đại biểu Bộ Nội vụ Việt Nam.", "Phó Thủ tướng … và Bộ trưởng Môi
    trường Nhật Bản."): no sentence of a story is a noun phrase alone. The ``items`` of a
    list name people too, and more than :data:`MAX_NAMED_PHOTOS` such lines are a list."""
    found = [
        i
        for i in range(start, tail)
        if texts[i] and i not in items and shows_people(texts[i])
        if named_caption_core(texts[i]) and not is_caption(texts[i])
    ]  # (the tagger is asked only about lines no rule of shape has made a caption)
    if len(found) > MAX_NAMED_PHOTOS:
        return frozenset()
    return frozenset(i for i in found if is_noun_phrase(named_caption_core(texts[i])))


def acts_shown(
    texts: list[str], first_body: int, tail: int, items: frozenset[int]
) -> frozenset[int]:
    """Captions that show people doing something (:func:`~briefgen.ingest.captions.
    shows_an_act`), standing alone between two paragraphs of the story with no credit or
    image beside them ("Hai bên ký Biên bản ghi nhớ hợp tác"): a subheading heads the
    paragraphs under it and names a topic; this one shows a moment and leads into nothing.
    So does a line there with no closing mark that shows a scene ("Cuộc họp diễn ra theo
    hình thức trực tuyến") or runs to a paragraph's length (a caption naming people and
    posts, "Trong chuyến công tác …, Thủ tướng … đã tiếp ông …, Tổng giám đốc …"), which
    no paragraph leaves unstopped, unless it opens a numbered point ("Thứ hai, …").
    The ``items`` of a list are left to it."""
    lines = [i for i in range(first_body, tail) if texts[i]]
    return frozenset(
        i
        for above, i, below in zip(lines, lines[1:], lines[2:], strict=False)
        if i not in items
        and is_prose(texts[above])
        and is_prose(texts[below])
        and not is_caption(texts[i])
        and (shows_an_act(texts[i]) or _unstopped_caption(texts[i]))
    )


# How a scene went, said of the occasion ("Cuộc họp diễn ra theo hình thức trực tuyến",
# "Buổi tiếp diễn ra trong không khí thân mật"): a photo's; an occasion's name alone
# ("Phiên họp toàn thể của Hội nghị") may head the paragraphs under it.
_SCENE_WENT = re.compile(
    r"^(?:Lễ|Buổi(?: lễ)?|Cuộc|Phiên|Hội nghị|Hội thảo|Diễn đàn)\s[^,.;:]{0,60}?\bdiễn ra\b"
)
MAX_SCENE_WORDS = 16


def _unstopped_caption(text: str) -> bool:
    if text.endswith((*TERMINAL, ",")) or ENUMERATION.match(text) or is_salutation(text):
        return False
    if _SCENE_WENT.match(text) and words(text) <= MAX_SCENE_WORDS:
        return True
    # (a paragraph the excerpt cut short, with the page's furniture under it, runs longer,
    # into a second sentence, or stops mid-word)
    return (
        is_prose(text)
        and words(text) <= MAX_CAPTION_WORDS
        and not text.count(". ")
        and not CUT_WORD.search(text)
    )


# A caption that says again, in fewer words, what the paragraph beside it tells ("Bộ Y tế và
# UNFPA ký kết hợp tác ngày 15-11." beside "Ngày 15-11, tại Hà Nội, Bộ Y tế và UNFPA ký
# kết …"): a story never tells one thing twice in a row, a page's photo restates it.
MIN_RESTATED_WORDS = 5
MAX_RESTATED_WORDS = 25
RESTATED_SHARE = 0.75
LONGER_BY = 1.3


def restated_beside(
    texts: list[str], first_body: int, tail: int, items: frozenset[int]
) -> frozenset[int]:
    """Short sentences alone on their line after the lead, not list items, most of whose
    word pairs a longer paragraph right above or under them says too."""
    lines = [i for i in range(first_body, tail) if texts[i]]
    found: set[int] = set()
    for k, i in enumerate(lines[1:], start=1):
        n = words(texts[i])
        # (a subheading or a section's heading, unpunctuated, may say in short what the
        # paragraphs beside it tell: only a sentence counts)
        if i in items or not texts[i].endswith(".") or ITEM_OPENING.match(texts[i]):
            continue
        if not MIN_RESTATED_WORDS <= n <= MAX_RESTATED_WORDS:
            continue
        beside = lines[k - 1 : k] + lines[k + 1 : k + 2]
        if any(
            is_prose(texts[j]) and words(texts[j]) >= LONGER_BY * n and _said_in(texts[i], texts[j])
            for j in beside
        ):
            found.add(i)
    return frozenset(found)


def _pairs(text: str) -> set[tuple[str, str]]:
    tokens = re.findall(r"\w+", fold(text))
    return set(pairwise(tokens))


def _said_in(short: str, long: str) -> bool:
    said = _pairs(short)
    return bool(said) and len(said & _pairs(long)) >= RESTATED_SHARE * len(said)
