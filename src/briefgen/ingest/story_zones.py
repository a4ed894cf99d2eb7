"""Sort a page's lines into zones: above the headline, the headline, the story between
its first line and its byline, and the lists of other articles under it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.ingest.body_start import next_text, starts_body
from briefgen.ingest.bylines import (
    byline_name,
    credits_photos,
    is_name_line,
    names_a_source,
    office_credit,
    one_titled_person,
    stamped_author,
)
from briefgen.ingest.caption_positions import (
    acts_shown,
    alt_texts,
    beside_photos,
    named_photos,
    restated_beside,
)
from briefgen.ingest.captions import is_image_marker, is_marked_caption
from briefgen.ingest.headline import deck_under, find_headline, headline_text
from briefgen.ingest.line_shapes import TERMINAL, is_all_caps, is_prose, words
from briefgen.ingest.list_items import list_items
from briefgen.ingest.page_dates import is_meta, is_timestamp
from briefgen.ingest.page_forms import form_lines
from briefgen.ingest.page_furniture import is_chrome, is_widget, speaks_to_reader
from briefgen.ingest.photo_credits import is_credit_alone
from briefgen.ingest.related_lists import related_boxes, related_lists_start, unheaded_teasers
from briefgen.normalize import fold


@dataclass(frozen=True)
class Zones:
    """Where each zone of a page lies, by line index; ``tail`` starts the lists of other
    articles, and the frozensets hold lines the story's zone holds that are not its prose."""

    title: range | None
    first_body: int
    body_end: int
    byline: int | None
    tail: int
    last_prose: int
    boxes: frozenset[int]
    beside_photos: frozenset[int]
    alt_texts: frozenset[int]
    named_photos: frozenset[int]
    list_items: frozenset[int]
    forms: frozenset[int]
    deck: int | None = None  # the summary between the headline and its time stamp
    # lines amid or under the story that say again a line of the chrome over the headline
    chrome_again: frozenset[int] = frozenset()
    # a magazine's pull quotes: words of the story said again in quotation marks
    pull_quotes: frozenset[int] = frozenset()
    # whether the page sets its photos' captions apart: a credit, an image's marker, an
    # alt text said again over its caption
    marks_photos: bool = False
    # captions alone between two paragraphs that show people doing something, uncredited
    acts_shown: frozenset[int] = frozenset()
    # headlines of other articles amid the story, two or more with no heading over them
    teasers: frozenset[int] = frozenset()


def find_zones(texts: list[str], styles: Sequence[str | None] | None) -> Zones:
    """The zones of a page's stripped lines; ``styles`` may mark the title."""
    tail = related_lists_start(texts)
    title = find_headline(texts, tail, styles)
    start = title.stop if title else 0
    title_text = headline_text(texts, title)
    items = list_items(texts, start, tail)
    named = named_photos(texts, start, tail, items)
    deck = deck_under(texts, title)
    first_body = (
        deck
        if deck is not None
        else next(
            (
                i
                for i in range(start, tail)
                if i not in named
                and starts_body(texts[i], title_text, following=next_text(texts, i))
            ),
            tail,
        )
    )
    forms = form_lines(texts, first_body, tail)  # (a poll, a comment form's labels)
    # (the story's last line, under which only the page's buttons, prompts, forms and
    # footer stand)
    last = max(
        (
            i
            for i in range(first_body, tail)
            if texts[i] and not _is_page(texts[i]) and not _wraps_page(texts, i) and i not in forms
        ),
        default=None,
    )
    byline = under_sapo = _styled_byline(texts, styles, start, tail)
    if byline is not None and not any(is_prose(texts[j]) for j in range(byline + 1, tail)):
        under_sapo = None  # (it closes the story)
    # (a line the page's chrome above the headline says too is the site's: "Tuổi Trẻ Sao")
    chrome = frozenset(texts[: title.start]) - {""} if title else frozenset()
    if byline is None and last is not None and last > first_body and texts[last] not in chrome:
        byline = last if byline_name(texts[last]) or office_credit(texts[last]) else None
        if byline is not None and (names_a_source(texts[last]) or credits_photos(texts[last])):
            # the reporter over the source the news came from, or an aggregator copied, or
            # the reporters over the credit for the news and photos ("Tin, ảnh: …")
            byline = _author_over(texts, last, first_body) or byline
    if byline is None:  # under the story with headlines after it, or between headline and lead
        byline = _closing_byline(texts, first_body, tail, chrome) or _capitals_byline(
            texts, first_body, tail
        )
    if byline is None:
        byline = next(
            (
                i
                for i in range(start, first_body)
                if is_name_line(texts[i])
                or _author_over_stamp(texts, i)
                or _author_with_stamp(texts[i], chrome)
            ),
            None,
        )
        if byline is None:
            byline = under_sapo = _byline_by_stamp_under_sapo(texts, first_body, tail, chrome)
    ends_story = byline is not None and byline > first_body and byline != under_sapo
    body_end = (byline - 1) if ends_story else tail - 1
    chrome_again = frozenset(
        i for i in range(first_body + 1, tail) if texts[i] in chrome and not is_prose(texts[i])
    )
    last_prose = max(
        (i for i in range(first_body, body_end + 1) if is_prose(texts[i]) and i not in named),
        default=-1,
    )
    alt = alt_texts(texts, tail)
    return Zones(
        title,
        first_body,
        body_end,
        byline,
        tail,
        last_prose,
        related_boxes(texts, tail),
        beside_photos(texts, tail),
        alt,
        named,
        items,
        forms,
        deck,
        chrome_again,
        _pull_quotes(texts, first_body, tail),
        bool(alt) or marks_photos(texts, first_body, tail),
        acts_shown(texts, first_body, tail, items)
        | restated_beside(texts, first_body, tail, items),
        unheaded_teasers(texts, first_body, last_prose, items),
    )


def marks_photos(texts: list[str], first_body: int, tail: int) -> bool:
    """Whether the story's zone sets a photo apart by a mark no sentence of the story
    carries: a credit ("Ảnh: TTXVN"), an image's file name or number, where someone stands
    in it. A page does so for each of its photos, so there a sentence without such a mark
    is the story's, however like a caption it reads."""
    return any(
        is_marked_caption(t) or is_credit_alone(t) or is_image_marker(t)
        for t in texts[first_body:tail]
        if t
    )


# A line that is one quotation alone, perhaps with a full stop after it.
_QUOTED_LINE = re.compile(r"^[\"“«](?P<inner>[^\"“”«»]+)[\"”»]\.?$")
MIN_PULL_QUOTE_WORDS = 5


def _pull_quotes(texts: list[str], first_body: int, tail: int) -> frozenset[int]:
    """The lines of the story that only quote, in quotation marks, words another of its
    lines says: a magazine's pull quote, set large between paragraphs, never the story's
    own sentence (a quotation the story gives once stays)."""
    story = {j: fold(texts[j]) for j in range(first_body, tail) if texts[j]}
    quotes = set()
    for i in story:
        m = _QUOTED_LINE.match(texts[i])
        if m is None or words(m["inner"]) < MIN_PULL_QUOTE_WORDS:
            continue
        inner = fold(m["inner"].strip().rstrip(".!?…").strip())
        if any(j != i and inner in line for j, line in story.items()):
            quotes.add(i)
    return frozenset(quotes)


BYLINE_STYLE = "Byline"
"""The style a reader gives a line its source marks as the author's (an HTML block whose
class says so)."""
MAX_STYLED_BYLINE_WORDS = 12


def _styled_byline(
    texts: list[str], styles: Sequence[str | None] | None, start: int, tail: int
) -> int | None:
    """The line under the headline that the source marks as the author's, where it is a
    credit's length: the byline, wherever it stands (over the paragraphs, under the
    sapo, under the story)."""
    if not styles:
        return None
    return next(
        (
            i
            for i in range(start, min(tail, len(styles)))
            if styles[i] == BYLINE_STYLE and texts[i] and words(texts[i]) <= MAX_STYLED_BYLINE_WORDS
        ),
        None,
    )


def _is_page(text: str) -> bool:
    """A line of the page's own, never of the story: a widget, a footer, a prompt."""
    return is_widget(text) or speaks_to_reader(text)


def _wraps_page(texts: list[str], i: int) -> bool:
    """Whether line ``i`` is the rest of a page's line wrapped over two ("Bạn không thể gửi
    bình luận liên tục. Xin hãy đợi" / "60 giây nữa."): right under it, unclosed, and going
    on in lower case or with a number."""
    above = texts[i - 1] if i else ""
    return (
        bool(above)
        and _is_page(above)
        and not above.endswith(TERMINAL)
        and (texts[i][:1].islower() or texts[i][:1].isdigit())
    )


def _author_over_stamp(texts: list[str], i: int) -> bool:
    """Whether line ``i`` is one person by post and name alone ("Đại sứ Nguyễn Hải Yến")
    right over the page's time stamp: an op-ed's author, where a photo's caption would
    stand with its photo under the stamp."""
    text = texts[i]
    return bool(text) and one_titled_person(text) and is_timestamp(next_text(texts, i))


def _byline_by_stamp_under_sapo(
    texts: list[str], first_body: int, tail: int, chrome: frozenset[str]
) -> int | None:
    """The author's name set with the page's time stamp right under the story's first
    paragraph, its sapo, before the rest of the story ("VOV.VN - …", "Thứ Ba, 18:45,
    18/11/2025", "Thu Hằng/VOV"), or on the stamp's line ("Thu Hà | 14/03/2025 10:20"):
    the byline, where a page puts it over the lead."""
    lines = [i for i in range(first_body + 1, tail) if texts[i]][:MAX_HEAD_LINES]
    for k, i in enumerate(lines):
        if is_prose(texts[i]) and not is_name_line(texts[i]):
            return None  # (a credit may end in a bracket: "Minh Hà - Thu Trang (thực hiện)")
        beside = [lines[j] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
        if is_name_line(texts[i]) and any(is_timestamp(texts[j]) for j in beside):
            return i
        if _author_with_stamp(texts[i], chrome):
            return i
    return None


def _author_with_stamp(text: str, chrome: frozenset[str]) -> bool:
    """Whether a line sets the author's name beside the page's stamp
    (:func:`~briefgen.ingest.bylines.stamped_author`), a name that is not the page's
    masthead said again, in any case or with the outlet's kind before it (``chrome``, the
    lines over the headline: under "Lao Động" or "BÁO LAO ĐỘNG", "Lao Động | 02/09/2026 -
    07:00" is the outlet's source line)."""
    name = fold(stamped_author(text))
    return bool(name) and not any(
        line == name or line.endswith(f" {name}") for line in map(fold, chrome)
    )


# The lines between the sapo and the rest of the story: a stamp, a byline, a button or two.
MAX_HEAD_LINES = 4


def _author_over(texts: list[str], source: int, first_body: int) -> int | None:
    """The author's name right over a closing source line ("Hoài Thu", then "Nguồn: Sở Văn
    hóa và Thể thao"): the source says where the news came from, the name who wrote it."""
    above = next((i for i in range(source - 1, first_body, -1) if texts[i]), None)
    if (
        above is not None
        and is_name_line(texts[above])
        and not names_a_source(texts[above])
        and not credits_photos(texts[above])
    ):
        return above
    return None


MIN_SAID_AGAIN_CHARS = 20


def _said_above(texts: list[str], i: int, first_body: int) -> bool:
    """Whether line ``i`` prints again a line of the story above it, whole or cut short
    where the excerpt stops: the page's copy, not the story going on."""
    text = texts[i]
    return len(text) >= MIN_SAID_AGAIN_CHARS and any(
        texts[j].startswith(text) for j in range(first_body, i) if texts[j]
    )


def _capitals_byline(texts: list[str], first_body: int, tail: int) -> int | None:
    """An author's name in capitals under a paragraph of the story ("PHƯƠNG LINH"), with
    other stories' paragraphs after it and no heading: the story ends there, as no
    paragraph, caption or subheading of it is a name in capitals alone."""
    above = texts[first_body] if first_body < tail else ""
    for i in range(first_body + 1, tail):
        text = texts[i]
        if not text:
            continue
        if (
            is_all_caps(text)
            and is_name_line(text)
            and not is_chrome(text)
            and is_prose(above)
            and is_prose(next_text(texts, i))
            and not is_meta(next_text(texts, i))  # (not a reporter over the page's stamp)
        ):
            return i
        above = text
    return None


def _closing_byline(
    texts: list[str], first_body: int, tail: int, chrome: frozenset[str]
) -> int | None:
    """The author's name closing the story where a list of other headlines, with no heading
    and no dates, follows it ("Thu Hằng", then "Thủ tướng tiếp Đại sứ Nhật Bản", …); not a
    line of the page's ``chrome`` (the lines above the headline) said again."""
    for i in range(tail - 1, first_body, -1):
        text = texts[i]
        if not text or is_widget(text) or speaks_to_reader(text) or text in chrome:
            continue  # (buttons and comment prompts may close the page under it)
        if _said_above(texts, i, first_body):
            continue  # (a page may print a caption or a paragraph of the story again under it)
        if is_name_line(text) or office_credit(text):
            return i if any(texts[j] for j in range(i + 1, tail)) else None
        if is_prose(text):
            return None
    return None
