"""Find the lists of other articles: related-news boxes amid the story, and the lists
that end the page under it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from briefgen.extract.role_titles import TITLE_RE
from briefgen.ingest.captions import (
    is_caption,
    is_image_marker,
    is_marked_caption,
    is_unpunctuated_caption,
)
from briefgen.ingest.line_shapes import (
    CAPITALISED_WORD,
    STORY_END,
    TERMINAL,
    is_asked_headline,
    is_prose,
    is_salutation,
    words,
)
from briefgen.ingest.list_items import ITEM_OPENING
from briefgen.ingest.page_dates import is_meta
from briefgen.ingest.page_furniture import is_dated_headline, is_related_heading, is_widget

# An inline box of related articles holds a few headlines; the article's prose goes on
# under it, in a paragraph at least (a box may stand over the story's last one).
MAX_BOX_ITEMS = 6
MIN_BOX_PROSE_WORDS = 8  # (a paragraph, not a headline that ends on a quotation mark)


def _related_box(texts: list[str], start: int) -> range | None:
    """The lines of a related-news box that interrupts the article at ``start`` ("TIN LIÊN
    QUAN" and a few headlines, then the article again), or None where the heading starts
    the lists that end the page. A heading with its one teaser on the line ("Xem thêm: …")
    interrupts the article if a paragraph follows it."""
    inline = bool(texts[start].partition(":")[2].strip())
    items = int(inline)
    bulleted = False  # (items that open with a bullet: the first line without one ends them)
    for j in range(start + 1, len(texts)):
        text = texts[j]
        if not text:
            continue
        bulleted = bulleted or (not items and bool(ITEM_OPENING.match(text)))
        if is_related_heading(text):  # a second box right under it: two boxes
            return range(start, j) if items and _related_box(texts, j) else None
        if is_widget(text) and not is_image_marker(text):
            continue  # (a button or a follow-us line amid the box: the page's, not an item)
        # a teaser is a headline, or a link whose text starts with the page's slug in
        # lower case ("hoi nghi bo truong … Chủ tịch Quốc hội tiếp …"): no paragraph does
        teaser = not is_prose(text) or text[0].islower() or _ends_as_headline(text)
        # (a photo or its caption: the story again)
        teaser = teaser and not (is_image_marker(text) or is_marked_caption(text))
        teaser = teaser and not (bulleted and not ITEM_OPENING.match(text))
        if not teaser and not is_dated_headline(text):
            if items and _prose_until_lists(texts, start, j):
                return range(start, j)
            return None
        items += 1
        if items > MAX_BOX_ITEMS:
            return None
    return None


# A headline ending on a quotation ('Đại sứ Lào: "Hai nước là anh em"') or on an acronym
# in brackets ('Khai mạc Hội nghị … (SOMHD)'): the closing mark right after a word; a
# paragraph ends its sentence too ('… anh em."', '… anh em”.', '… (SOMHD).').
_QUOTED_HEADLINE_END = re.compile(r"[\w)][\"”»)]$")
MAX_QUOTED_HEADLINE_WORDS = 20


def quoted_headline(text: str) -> bool:
    """A short line ending on a quotation or a bracket with no full stop after it."""
    return bool(_QUOTED_HEADLINE_END.search(text)) and words(text) < MAX_QUOTED_HEADLINE_WORDS


def _ends_as_headline(text: str) -> bool:
    """A teaser's headline told by how it ends, though it reads as prose: asked ("Doanh
    nghiệp được lợi gì?") or quoted."""
    return is_asked_headline(text) or quoted_headline(text)


def _prose_until_lists(texts: list[str], box: int, start: int) -> int:
    """How many paragraphs of prose stand from ``start`` to the lists that end the page (a
    related-news heading or a dated headline), or to its end: the box at ``box`` is amid
    the article where the article goes on under it, whatever lists close the page below.
    Where lists do, date lines ("Ngày đăng 09/08/2022") make it one of them (see
    :func:`_dated_listing`): a listing gives each headline its date and summary."""
    count = 0
    for k in range(start, len(texts)):
        text = texts[k]
        if not text:
            continue
        if is_related_heading(text) or is_dated_headline(text):
            return 0 if _dated_listing(texts, box, start, k, count, 1) else count
        count += (
            is_prose(text)
            and words(text) >= MIN_BOX_PROSE_WORDS
            and not is_widget(text)
            and not _ends_as_headline(text)
        )
    # a listing the page's end cuts: its headlines dated one by one, as no paragraph is
    return 0 if _dated_listing(texts, box, start, len(texts), count, MIN_LISTING_DATES) else count


def _dated_listing(
    texts: list[str], box: int, start: int, end: int, paragraphs: int, min_dates: int
) -> bool:
    """Whether the box at ``box``, its first paragraph-like line at ``start``, is a listing
    of dated headlines with their summaries: ``min_dates`` date lines or more up to ``end``,
    one of them under that first paragraph (the next headline's). Dated teasers in a box
    with the story's paragraphs under them and no date after are a box amid the story."""
    dates_in_box = sum(is_meta(t) for t in texts[box:start] if t)
    dates_after = sum(is_meta(t) for t in texts[start:end] if t)
    if dates_in_box + dates_after < min_dates:
        return False
    return dates_after > 0 or paragraphs < MIN_PARAGRAPHS_UNDER_DATED_BOX


# Under a box of dated teasers the story goes on in two paragraphs at least; a listing's
# last headline has one summary.
MIN_PARAGRAPHS_UNDER_DATED_BOX = 2
MIN_LISTING_DATES = 2


def related_boxes(texts: list[str], tail: int) -> frozenset[int]:
    """Lines of the related-news boxes inside the article (before ``tail``)."""
    lines: set[int] = set()
    for i in range(tail):
        if texts[i] and is_related_heading(texts[i]):
            lines.update(_related_box(texts, i) or ())
    return frozenset(lines)


def related_lists_start(texts: list[str]) -> int:
    """Where the lists of other articles begin: a related-news heading, or a closing run
    of dated headlines; ``len(texts)`` if there is none. A box of related headlines with
    the article going on under it is no end."""
    seen_prose = ended = False
    for i, text in enumerate(texts):
        if not text:
            continue
        # (under the story's closing mark "./." no box interrupts it: a line the excerpt
        # cut under the heading is a teaser, not the article again)
        if seen_prose and is_related_heading(text) and (ended or not _related_box(texts, i)):
            return i
        if seen_prose and is_dated_headline(text) and _only_listing_after(texts, i):
            return i
        if seen_prose and is_widget(text) and _headlines_only_after(texts, i):
            return i
        seen_prose = seen_prose or (is_prose(text) and words(text) >= 8)
        ended = ended or bool(STORY_END.search(text))
    return len(texts)


# Under a button, two headlines or more with nothing but the page's widgets after them.
MIN_BUTTON_HEADLINES = 2
MIN_HEADLINE_WORDS = 4


def _headlines_only_after(texts: list[str], start: int) -> bool:
    """Whether the lines under a button ("Đọc tiếp", "Xem tiếp") are only other articles'
    headlines, two at least, and the page's widgets: a list of teasers, each a headline
    with no full stop. A button that opens the rest of the story has its paragraphs, a
    caption or a byline under it, and no list of headlines alone."""
    headlines = 0
    for text in texts[start + 1 :]:
        if not text or is_widget(text):
            continue
        if (
            is_prose(text)
            or words(text) < MIN_HEADLINE_WORDS
            or is_image_marker(text)
            or is_marked_caption(text)
        ):
            return False
        headlines += 1
    return headlines >= MIN_BUTTON_HEADLINES


def _only_listing_after(texts: list[str], start: int) -> bool:
    return all(
        is_dated_headline(t) or is_related_heading(t) or is_meta(t) for t in texts[start:] if t
    )


# Headlines of other articles set amid the story with no heading over them: two or more,
# one under the other. A subheading stands alone over its paragraph, a list's items under
# the line that opens it, a caption shows people or a place.
MIN_TEASERS = 2
MAX_TEASER_WORDS = 25


def unheaded_teasers(
    texts: list[str], first_body: int, last_prose: int, items: frozenset[int]
) -> frozenset[int]:
    """The lines of each run of two or more headline-shaped lines (no closing mark, a few
    words to a headline's length) between the story's first and last paragraph, unless
    the line over the run opens a list (":", ";")."""
    found: set[int] = set()
    run: list[int] = []
    above = texts[first_body] if first_body < len(texts) else ""
    for i in range(first_body + 1, last_prose + 1):
        text = texts[i]
        if not text:
            continue
        if i < last_prose and i not in items and runs_headlines_together(text):
            found.add(i)
            continue
        if i < last_prose and _teaser_shaped(text) and i not in items:
            run.append(i)
            continue
        if len(run) >= MIN_TEASERS and not above.endswith((":", ";")):
            found.update(run)
        run = []
        above = text
    return frozenset(found)


# A run of two or more capitalised words: a name ("Phạm Minh Chính", "Tô Lâm").
_CAPITALISED_RUN = re.compile(rf"(?<![\w-]){CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD})+")
_TITLED = re.compile(rf"(?:{TITLE_RE})\s+$")
MIN_GLUED_WORDS = 2


def runs_headlines_together(text: str) -> bool:
    """Headlines of other stories a scrape ran into one line, with no closing mark: the
    same titled person heads two of them ("Thủ tướng Phạm Minh Chính tiếp … Thủ tướng
    Chính phủ Phạm Minh Chính hội đàm …"), or words are glued where one headline ends and
    the next begins. No paragraph, caption or subheading says a titled name twice with no
    full stop (a paragraph the excerpt cut short is the page's last line)."""
    if text.endswith((*TERMINAL, ",")):
        return False
    runs = [(m.group(), m.start()) for m in _CAPITALISED_RUN.finditer(text)]
    names = [run for run, start in runs if _TITLED.search(text[:start])]
    said = [run for run, _ in runs]
    run_together = any(said.count(name) > 1 for name in names) or (
        sum(map(_glued, text.split())) >= MIN_GLUED_WORDS
    )
    # (the caption checks last: every line of the story passes here)
    return run_together and not (is_caption(text) or is_image_marker(text))


def _glued(word: str) -> bool:
    """One headline's last word glued to the next one's first ("KhảiChuẩn")."""
    return any(a.islower() and b.isupper() for a, b in pairwise(word))


def _teaser_shaped(text: str) -> bool:
    return (
        not text.endswith((*TERMINAL, ","))
        and MIN_HEADLINE_WORDS <= words(text) <= MAX_TEASER_WORDS
        and not is_salutation(text)
        and not is_image_marker(text)
        and not is_caption(text)
        and not is_unpunctuated_caption(text)
    )
