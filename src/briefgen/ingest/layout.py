"""Give each line of an article its role: title, dateline, body, caption, byline, clutter.

A scraped page reads top to bottom as: site chrome and a date banner, the title, meta
lines ("Ngày đăng: …"), the body with photo captions between its paragraphs, a byline,
and then lists of other articles. The lines are sorted into those zones by position and
shape (the line patterns are in :mod:`briefgen.ingest.captions`, ``bylines``, ``outlets``,
``page_furniture``, ``page_dates`` and ``line_shapes``), so the same rules work on pages
not seen before. Every line keeps its index, so output maps back to the source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path

from briefgen.extract.lexicon import UPPER
from briefgen.ingest.bylines import byline_name, is_name_line
from briefgen.ingest.captions import (
    could_caption,
    depicts,
    is_caption,
    is_image_marker,
    is_marked_caption,
    is_source_line,
    is_unpunctuated_caption,
    named_caption_core,
    run_in_caption,
    shows_people,
)
from briefgen.ingest.line_shapes import (
    TERMINAL,
    is_all_caps,
    is_prose,
    is_salutation,
    is_speaker_label,
    names_only,
    opens_with_time,
    words,
)
from briefgen.ingest.outlets import is_site_name, is_tag_alone, lead_tag, source_tag
from briefgen.ingest.page_dates import find_date, is_meta, is_timestamp
from briefgen.ingest.page_furniture import (
    headline_of,
    is_dated_headline,
    is_related_heading,
    is_section_name,
    is_widget,
    speaks_to_reader,
)
from briefgen.ingest.photo_credits import caption_text, has_credit, is_credit_alone
from briefgen.ingest.phrases import is_noun_phrase
from briefgen.normalize import fold, strip_diacritics, visible
from briefgen.records import Block, Document, Role
from briefgen.segment import split_sentences

TITLE_STYLES = ("title", "heading 1", "heading1")
MAX_TITLE_WORDS = 40
# A headline may end in a name's initial ("… Kishida F.", "… L.P."), an
# honorific or degree ("… Marcos Jr.", "… Dato Hj.", "… TS.") or a company's form ("… Co.,
# Ltd.", "… Sdn. Bhd."): its full stop ends no sentence.
_INITIAL_END = re.compile(
    rf"(?:(?<![\w'’])[{UPPER}]"
    r"|\b(?:Jr|Sr|Dr|Mr|Mrs|Ms|Prof|Hj|Hjh|Pg|Dk|TS|GS|PGS|ThS|BS|KS|NCS|Ltd|Inc|Corp|Co"
    r"|Bros|Bhd|Sdn|Pte|Plc|JSC))\.$"
)


@dataclass(frozen=True)
class _Zones:
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


def classify_lines(
    path: Path, fmt: str, lines: Sequence[str], styles: Sequence[str | None] | None = None
) -> Document:
    """A Document in which every line of ``lines`` has its role and index.

    Args:
        path: the source file, recorded in the Document.
        fmt: the source format ("txt", "docx", "html").
        lines: the text of each line or paragraph, in order.
        styles: optional style name per line (e.g. Word's "Title", "Heading 1"); a
            title style marks the title.

    Returns:
        The Document, with title, publication date, byline and photo captions set.
    """
    raw = [visible(line) for line in lines]  # (every format's text passes here)
    texts = [line.replace("\xa0", " ").strip() for line in raw]
    zones = _zones(texts, styles)
    title = _title_text(texts, zones.title)
    blocks: list[Block] = []
    captions: list[str] = []
    for i, text in enumerate(texts):
        style = styles[i] if styles and i < len(styles) else None
        role = _role(i, text, zones, title)
        sentences: tuple[str, ...] = ()
        if role is Role.BODY:
            tag = lead_tag(text) if i == zones.first_body else source_tag(text)
            body = split_sentences(text[len(tag) :])
            run_in = run_in_caption(body)
            if run_in:
                captions.append(caption_text(run_in))
                body = body[1:]
            sentences = tuple(body)
        elif role is Role.CAPTION:
            captions.append(caption_text(text))
            sentences = tuple(split_sentences(caption_text(text)))
        elif role is not Role.BLANK:
            sentences = tuple(split_sentences(text))
        blocks.append(Block(i, raw[i], role, sentences, style))
    byline = byline_name(texts[zones.byline]) if zones.byline is not None else None
    return Document(
        path,
        fmt,
        tuple(blocks),
        title=title,
        published=_published(texts, zones, title),
        byline=byline,
        caption_texts=tuple(captions),
    )


def _role(i: int, text: str, z: _Zones, title: str | None) -> Role:
    if not text:
        return Role.BLANK
    if z.title and i in z.title:
        return Role.TITLE
    if i == z.byline:
        return Role.BYLINE
    if i >= z.tail or i > z.body_end or (z.title and i < z.title.start):
        return Role.DATELINE if is_meta(text) and i < z.first_body else Role.CLUTTER
    if i in z.boxes or i in z.alt_texts or is_widget(text) or _repeats_title(text, title):
        return Role.CLUTTER
    if i >= z.first_body and (
        speaks_to_reader(text) or is_dated_headline(text) or is_source_line(text)
    ):  # (a dated headline: a link to another article amid the story; "Nguồn: VGP")
        return Role.CLUTTER
    if is_meta(text) or _is_tag_only(text):
        return Role.DATELINE
    if i < z.first_body and is_name_line(text):
        return Role.CLUTTER  # a second credit over the lead ("Đặc phái viên TTXVN"), no caption
    listed = i in z.list_items  # (an item of a list names people as a caption does)
    if not listed and is_caption(text, title=title):
        # a photo credit alone ("Ảnh: TTXVN") captions nothing
        return Role.CAPTION if caption_text(text) else Role.CLUTTER
    if not listed and i in z.beside_photos and i != z.first_body:
        return Role.CAPTION
    if i in z.named_photos:  # (under the last paragraph too: a story ends on a sentence)
        return Role.CAPTION
    if i < z.first_body or text.endswith("|"):
        return Role.CLUTTER
    if not listed and i < z.last_prose and is_unpunctuated_caption(text):
        return Role.CAPTION  # (the last line may be a paragraph the excerpt cut short)
    if _is_button(text):
        return Role.CLUTTER  # a button or a network's name ("Zalo", "Đăng nhập", "Thích")
    return Role.BODY


# A line of the body this short and unpunctuated is the page's: no paragraph, caption or
# subheading is a word or two.
MAX_BUTTON_WORDS = 2


def _is_button(text: str) -> bool:
    """A word or two standing alone amid the story, leading into nothing ("Kính thưa,"
    opens a speech)."""
    return (
        words(text) <= MAX_BUTTON_WORDS
        and not text.endswith((*TERMINAL, ","))
        and not is_salutation(text)
    )


def _zones(texts: list[str], styles: Sequence[str | None] | None) -> _Zones:
    tail = _tail_start(texts)
    title = _title(texts, tail, styles)
    start = title.stop if title else 0
    title_text = _title_text(texts, title)
    items = _list_items(texts, start, tail)
    named = _named_photos(texts, start, tail, items)
    first_body = next(
        (
            i
            for i in range(start, tail)
            if i not in named and _starts_body(texts[i], title_text, following=_next_text(texts, i))
        ),
        tail,
    )
    # (the story's last line, under which only the page's buttons, prompts and footer stand)
    last = max(
        (i for i in range(first_body, tail) if texts[i] and not _is_page(texts[i])), default=None
    )
    byline = None
    if last is not None and last > first_body and byline_name(texts[last]):
        byline = last
    else:  # under the story with headlines after it, or between the headline and the lead
        byline = _closing_byline(texts, first_body, tail) or next(
            (i for i in range(start, first_body) if is_name_line(texts[i])), None
        )
    body_end = (byline - 1) if byline is not None and byline > first_body else tail - 1
    last_prose = max(
        (i for i in range(first_body, body_end + 1) if is_prose(texts[i]) and i not in named),
        default=-1,
    )
    return _Zones(
        title,
        first_body,
        body_end,
        byline,
        tail,
        last_prose,
        _boxes(texts, tail),
        _beside_photos(texts, tail),
        _alt_texts(texts, tail),
        named,
        items,
    )


def _is_page(text: str) -> bool:
    """A line of the page's own, never of the story: a widget, a footer, a prompt."""
    return is_widget(text) or speaks_to_reader(text)


def _alt_texts(texts: list[str], tail: int) -> frozenset[int]:
    """Lines that say again what the line beside them says with its credit: an image's alt
    text above or under its caption ("Quang cảnh hội kiến", "Quang cảnh hội kiến. Ảnh:
    VGP")."""
    lines = [i for i in range(tail) if texts[i]]
    found: set[int] = set()
    for i, j in pairwise(lines):
        credited = has_credit(texts[i]), has_credit(texts[j])
        if credited[0] == credited[1]:
            continue
        said = fold(caption_text(texts[i]).rstrip("."))
        if said and said == fold(caption_text(texts[j]).rstrip(".")):
            found.add(j if credited[0] else i)
    return frozenset(found)


def _closing_byline(texts: list[str], first_body: int, tail: int) -> int | None:
    """The author's name closing the story where a list of other headlines, with no heading
    and no dates, follows it ("Thu Hằng", then "Thủ tướng tiếp Đại sứ Nhật Bản", …)."""
    for i in range(tail - 1, first_body, -1):
        text = texts[i]
        if not text or is_widget(text) or speaks_to_reader(text):
            continue  # (buttons and comment prompts may close the page under it)
        if is_name_line(text):
            return i if any(texts[j] for j in range(i + 1, tail)) else None
        if is_prose(text):
            return None
    return None


def _beside_photos(texts: list[str], tail: int) -> frozenset[int]:
    """Lines that caption a photo by where they stand: the line under an image's file name
    or number (or above it, where it shows a scene and the line under it does not), the
    line above a credit standing alone ("Ảnh: TTXVN"), or under it where the line above
    is the story's or the image's. A credit alone is no caption: the line past it is."""
    lines = [i for i in range(tail) if texts[i]]
    found: set[int] = set()
    for k, i in enumerate(lines):
        if is_image_marker(texts[i]):
            after = [j for j in lines[k + 1 : k + 3] if not is_credit_alone(texts[j])]
            under = after[0] if after else None
            if under is not None and _could_caption(texts[under]):
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


def _named_photos(texts: list[str], start: int, tail: int, items: frozenset[int]) -> frozenset[int]:
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


# An item of a list: after a bullet or a number ("- ", "1. ", "a) "), or ending in ";" or ",".
_ITEM_OPENING = re.compile(r"^(?:[-–+•*]|\d{1,2}[.)]|[a-zđ][.)])\s")


def _list_items(texts: list[str], start: int, tail: int) -> frozenset[int]:
    """The items of the lists in the story: the lines under one ending in ":" or ";" that
    open with a bullet or a number, end in ";" or ",", or name people ("Đoàn Việt Nam
    gồm:", "Bộ trưởng …, Trưởng đoàn.", "Thứ trưởng …, Phó Trưởng đoàn."), and any line
    ending in ";". An item names people as a caption does, and is the story's all the
    same."""
    items: set[int] = set()
    listing = False
    for i in range(start, tail):
        text = texts[i]
        if not text:
            continue
        listing = listing and bool(
            text.endswith((";", ",")) or _ITEM_OPENING.match(text) or shows_people(text)
        )
        if listing or text.endswith(";"):
            items.add(i)
        # (a related-news heading, "Bài viết liên quan:", introduces other articles' links)
        opens = text.endswith((":", ";")) and not is_related_heading(text)
        listing = listing or opens
    return frozenset(items)


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
        bulleted = bulleted or (not items and bool(_ITEM_OPENING.match(text)))
        if is_related_heading(text):  # a second box right under it: two boxes
            return range(start, j) if items and _related_box(texts, j) else None
        if is_widget(text) and not is_image_marker(text):
            continue  # (a button or a follow-us line amid the box: the page's, not an item)
        # a teaser is a headline, or a link whose text starts with the page's slug in
        # lower case ("hoi nghi bo truong … Chủ tịch Quốc hội tiếp …"): no paragraph does
        teaser = not is_prose(text) or text[0].islower()
        # (a photo or its caption: the story again)
        teaser = teaser and not (is_image_marker(text) or is_marked_caption(text))
        teaser = teaser and not (bulleted and not _ITEM_OPENING.match(text))
        if not teaser and not is_dated_headline(text):
            if items and _prose_until_lists(texts, start, j):
                return range(start, j)
            return None
        items += 1
        if items > MAX_BOX_ITEMS:
            return None
    return None


def _prose_until_lists(texts: list[str], box: int, start: int) -> int:
    """How many paragraphs of prose stand from ``start`` to the lists that end the page (a
    related-news heading or a dated headline), or to its end: the box at ``box`` is amid
    the article where the article goes on under it, whatever lists close the page below.
    Where lists do, a date line ("Ngày đăng 09/08/2022") from the box to them makes it
    one of them: a listing gives each headline its date and summary; no paragraph does."""
    count = 0
    for k in range(start, len(texts)):
        text = texts[k]
        if not text:
            continue
        if is_related_heading(text) or is_dated_headline(text):
            return 0 if any(is_meta(t) for t in texts[box:k] if t) else count
        count += is_prose(text) and words(text) >= MIN_BOX_PROSE_WORDS
    return count


def _boxes(texts: list[str], tail: int) -> frozenset[int]:
    """Lines of the related-news boxes inside the article (before ``tail``)."""
    lines: set[int] = set()
    for i in range(tail):
        if texts[i] and is_related_heading(texts[i]):
            lines.update(_related_box(texts, i) or ())
    return frozenset(lines)


def _tail_start(texts: list[str]) -> int:
    """Where the lists of other articles begin: a related-news heading, or a closing run
    of dated headlines; ``len(texts)`` if there is none. A box of related headlines with
    the article going on under it is no end."""
    seen_prose = False
    for i, text in enumerate(texts):
        if not text:
            continue
        if seen_prose and is_related_heading(text) and not _related_box(texts, i):
            return i
        if seen_prose and is_dated_headline(text) and _only_listing_after(texts, i):
            return i
        seen_prose = seen_prose or (is_prose(text) and words(text) >= 8)
    return len(texts)


def _only_listing_after(texts: list[str], start: int) -> bool:
    return all(
        is_dated_headline(t) or is_related_heading(t) or is_meta(t) for t in texts[start:] if t
    )


def _title(texts: list[str], tail: int, styles: Sequence[str | None] | None) -> range | None:
    """The headline's lines: a styled title, else the best-scored headline-like line above
    the first sentence-like one (see :func:`_headline_score`), with the line that carries
    it on where the headline was broken in two."""
    if styles:
        for i, style in enumerate(styles[:tail]):
            if texts[i] and style and style.strip().lower() in TITLE_STYLES:
                return range(i, i + 1)
    end = next(
        (
            i
            for i in range(tail)
            if _starts_body(texts[i], None, title_search=True, following=_next_text(texts, i))
        ),
        tail,
    )
    candidates = [i for i in range(end) if texts[i] and _could_be_headline(texts[i])]
    candidates = candidates[-MAX_HEADLINE_CANDIDATES:]
    furniture = {i: _is_furniture(texts[i]) for i in candidates}
    # (above the first sentence, only the site's furniture: the page's headline is that one)
    on_a_page = bool(candidates) and all(furniture.values())
    if end < tail and _headline_over_lead(texts, end, tail, on_a_page=on_a_page):
        candidates.append(end)
        furniture[end] = _is_furniture(texts[end])
    if not candidates:
        return None
    folded = [fold(t.rstrip(".")) if t else "" for t in texts]
    scores = {i: _headline_score(texts, furniture, folded, i, end) for i in candidates}
    best = max(candidates, key=lambda i: (scores[i], i))  # (later lines win a tie: chrome
    return _broken_headline(texts, best, end)  # comes above the headline)


# The site's name after the headline, as its <title> writes it: "… - Báo Điện tử Chính
# phủ", "… | VOV.VN", "… - baoquocte.vn".
_TITLE_SUFFIX = re.compile(r"\s+[-–|]\s+(?P<site>[^-–|]+)$")
_DOMAIN = re.compile(r"^[\w.-]+\.(?:vn|com|net|org)$", re.IGNORECASE)


def _title_text(texts: list[str], lines: range | None) -> str | None:
    """The headline's words: its lines joined, without the site's name after it."""
    if not lines:
        return None
    text = " ".join(texts[i] for i in lines if texts[i])
    m = _TITLE_SUFFIX.search(text)
    if m and (is_site_name(m["site"]) or _DOMAIN.match(m["site"])):
        return text[: m.start()]
    return text


def _could_be_headline(text: str) -> bool:
    """Lines a headline never is: page chrome, an agency's tag, a byline, names under a
    photo, a salutation, a kicker or a clause ending in ":" or ",", a line led by a tag
    or a speaker's label ("TTXVN - …", "PV: …")."""
    return (
        not _is_chrome(text)
        and not _is_tag_only(text)
        and 1 <= words(text) <= MAX_TITLE_WORDS
        and not is_name_line(text)
        and not names_only(text)
        and not is_salutation(text)
        and not text.endswith((":", ","))
        and not (source_tag(text) and not is_all_caps(text))
        and not is_speaker_label(text)
    )


# A headline stands just above the lead, with at most a few lines of furniture between:
# a longer run of headline-like lines above the first sentence is a listing, and scoring
# every line of it against every other would take minutes on a long document.
MAX_HEADLINE_CANDIDATES = 12

# How much each feature of a line weighs for or against it being the headline.
SECTION_OR_SITE = -4  # "Thời sự", "THẾ GIỚI", "Báo Điện tử Chính phủ"
SUMMARY_UNDER_HEADLINE = -3  # a sapo without its full stop
CAPTION_UNDER_HEADLINE = -2  # a photo's caption set under the headline
CREDITED = -4  # "… Ảnh: TTXVN"
ENDS_AS_SENTENCE = -2  # "Đẩy mạnh hợp tác ASEAN." over a lead saying when
REPEATED = 2  # the page says it again: its <title>, a related-news entry, an alt text
OVER_LEAD = 1  # right over a lead that says when, whose or to whom ("Chiều 5/8, …")
HEADLINE_LENGTH = 1  # a headline has six to thirty words
MIN_HEADLINE_WORDS = 6
MAX_HEADLINE_WORDS = 30


def _is_furniture(text: str) -> bool:
    return is_section_name(text) or is_site_name(text)


def _headline_score(
    texts: list[str], furniture: dict[int, bool], folded: list[str], i: int, end: int
) -> int:
    """How much line ``i`` looks like the headline among the candidates above the first
    sentence (``end``; ``furniture`` says which candidates are a section's or site's name,
    ``folded`` is every line folded): its length, whether it is furniture, a summary or
    caption under a headline above it, whether the page repeats it."""
    text = texts[i]
    n = words(text)
    score = HEADLINE_LENGTH if MIN_HEADLINE_WORDS <= n <= MAX_HEADLINE_WORDS else 0
    if furniture[i]:
        score += SECTION_OR_SITE
    if has_credit(text):
        score += CREDITED
    if i == end:
        score += ENDS_AS_SENTENCE
    headlines_above = [j for j, is_furniture in furniture.items() if j < i and not is_furniture]
    if headlines_above:
        if _is_summary_of(texts, headlines_above[-1], i):
            score += SUMMARY_UNDER_HEADLINE
        elif is_caption(text):
            score += CAPTION_UNDER_HEADLINE
        if _beside_a_photo(texts, i):
            score += CREDITED
    if _repeated(texts, folded, i):
        score += REPEATED
    if i != end and _over_lead(texts, i, end):
        score += OVER_LEAD
    return score


def _beside_a_photo(texts: list[str], i: int) -> bool:
    """Whether line ``i`` stands under an image's file name or over a credit alone ("Ảnh:
    TTXVN"): the photo's caption, under a headline above the photo."""
    above, below = _previous_line(texts, i), _next_line(texts, i)
    return (above is not None and is_image_marker(texts[above])) or (
        below is not None and is_credit_alone(texts[below])
    )


def _over_lead(texts: list[str], i: int, end: int) -> bool:
    """Whether line ``i`` stands right over the lead (a date, a byline or a tag between
    them at most), a lead that opens with its time, an agency's tag or a salutation."""
    if end >= len(texts) or any(
        texts[k]
        and not (_is_chrome(texts[k]) or _is_tag_only(texts[k]))
        and not is_name_line(texts[k])
        for k in range(i + 1, end)
    ):
        return False
    lead = texts[end]
    opening = lead[len(lead_tag(lead)) :]
    return bool(lead_tag(lead)) or opens_with_time(opening) or is_salutation(opening)


LEAD_OVER_HEADLINE = 1.5
# A summary set under the headline without a full stop is a long sentence; a headline
# has more words than a site's name.
MIN_SUMMARY_WORDS = 20
MIN_CLAUSED_SUMMARY_WORDS = 12
CLAUSED_OVER_HEADLINE = 1.25


def _is_summary_of(texts: list[str], headline: int, i: int) -> bool:
    """Whether line ``i`` is the summary a page sets right under the headline without a
    full stop: a line much longer than the headline-like line above it."""
    if any(texts[k] and not _is_chrome(texts[k]) for k in range(headline + 1, i)):
        return False
    size = words(texts[headline])  # (a site's name above the headline is shorter)
    n = words(texts[i])
    if size < MIN_HEADLINE_WORDS:
        return False
    if n >= max(MIN_SUMMARY_WORDS, LEAD_OVER_HEADLINE * size):
        return True
    # (a shorter one is a sentence all the same: its clauses run on after a comma)
    claused = "," in texts[i] and n >= MIN_CLAUSED_SUMMARY_WORDS
    return claused and n >= CLAUSED_OVER_HEADLINE * size


# The site's own <title> repeats the headline with its name after a separator.
_SITE_SUFFIX = re.compile(r"^\s*[-–|:]\s*\S")


_URL = re.compile(r"^(?:https?://|www\.)\S+$")
MIN_SLUG_WORDS = 4


def _repeated(texts: list[str], folded: list[str], i: int) -> bool:
    """Whether another line of the page says line ``i`` again: the same words, the same
    words with the site's name after them ("… - Báo Điện tử Chính phủ"), or the page's
    address spelling them ("…/thu-tuong-hoi-dam-voi-thu-tuong-lao-123.html")."""
    key = folded[i]
    slug = f" {_slug(texts[i])} "
    for j, other in enumerate(texts):
        if j == i or not other:
            continue
        if folded[j] == key:
            return True
        suffixed = folded[j].startswith(key) and _SITE_SUFFIX.match(folded[j][len(key) :])
        if suffixed and not has_credit(other):  # (not an alt text over its caption)
            return True
        long_enough = words(texts[i]) >= MIN_SLUG_WORDS
        if long_enough and _URL.match(other) and slug in f" {_slug(other)} ":
            return True
    return False


# A headline broken over two lines: the first ends on a word that cannot end it, or the
# second goes on in lower case.
_CARRIES_ON = re.compile(
    r"\s(?:và|với|của|tại|cho|về|trong|giữa|từ|đến|là|các|những|để|nhằm|trên|theo|sang"
    r"|tới|cùng|vì|khi|thêm|hướng)$"
)


def _broken_headline(texts: list[str], i: int, end: int) -> range:
    """The lines of the headline whose best-scored line is ``i``: with the line right above
    or below it (above the first sentence, ``end``) where one carries on the other."""
    first = last = i
    above = _previous_line(texts, first)
    if above is not None and _carries_on(texts[above], texts[first]):
        first = above
    below = _next_line(texts, last)
    if below is not None and below < end and _carries_on(texts[last], texts[below]):
        last = below
    return range(first, last + 1)


MAX_HEADLINE_PART_WORDS = 20


def _carries_on(upper: str, lower: str) -> bool:
    if upper.endswith(TERMINAL) or is_section_name(upper):
        return False
    if any(_is_chrome(t) or _is_tag_only(t) or is_salutation(t) for t in (upper, lower)):
        return False
    if is_name_line(lower) or words(lower) > MAX_HEADLINE_PART_WORDS:
        return False
    return bool(_CARRIES_ON.search(upper)) or lower[:1].islower()


def _next_line(texts: list[str], i: int) -> int | None:
    return next((j for j in range(i + 1, len(texts)) if texts[j]), None)


def _previous_line(texts: list[str], i: int) -> int | None:
    return next((j for j in range(i - 1, -1, -1) if texts[j]), None)


def _headline_over_lead(texts: list[str], i: int, tail: int, *, on_a_page: bool) -> bool:
    """Whether line ``i``, punctuated as a sentence, is the headline all the same: short,
    one sentence, saying neither when nor whose, right above a lead that opens with its
    time or an agency's tag ("Đẩy mạnh hợp tác ASEAN – Nhật Bản." over "TGVN. Chiều 5/8 …"),
    or over any paragraph ``on_a_page`` whose site's or section's name stands above it.
    Over a lead with neither, a short sentence is the body's own: excerpts may start with
    the story and no headline."""
    text = texts[i]
    if words(text) > 20 or len(split_sentences(text)) != 1 or text.endswith(":"):
        return False
    if source_tag(text) or opens_with_time(text) or is_salutation(text):
        return False
    lead = next((t for t in texts[i + 1 : tail] if t and not _is_chrome(t)), "")
    opening = lead[len(lead_tag(lead)) :]
    return is_prose(lead) and (on_a_page or bool(lead_tag(lead)) or opens_with_time(opening))


def _repeats_title(text: str, title: str | None) -> bool:
    """The headline again, whole or cut short (image alt text), or as the page's address
    writes it ("hoi nghi bo truong … ra tuyen bo chung"): clutter, not a caption."""
    if title is None:
        return False
    key, title_key = fold(text.rstrip(".")), fold(title)
    if key == title_key or (words(text) >= 4 and title_key.startswith(key)):
        return True
    return _slug(text) == _slug(title)


def _slug(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", strip_diacritics(text).lower()))


def _starts_body(
    text: str, title: str | None, *, title_search: bool = False, following: str = ""
) -> bool:
    """Whether the article's prose starts with this line; ``following`` is the next line
    with text (a kicker "Hội nghị Cấp cao ASEAN lần thứ 42:" introduces no prose)."""
    if not text or _is_chrome(text) or _is_tag_only(text) or is_caption(text, title=title):
        return False
    if text.endswith(":") and not _prose_follows(following):
        return False
    text = text[len(source_tag(text)) :]
    if is_salutation(text):  # a speech starts with whom it addresses
        return True
    if is_name_line(text):  # "Hồng Nhung (TTXVN)" over the lead is its byline
        return False
    if title_search and opens_with_time(text) and "," in text:
        return True  # a summary that says when ("Kể từ ngày 8.8.2021, …"), however it ends
    if title_search:  # a long headline, or one ending in an initial ("… Marcos Jr."), is no prose
        ends = text.endswith(TERMINAL) and not _INITIAL_END.search(text)
        return (ends and not _headline_punctuation(text)) or words(text) > MAX_TITLE_WORDS
    return is_prose(text)


def _headline_punctuation(text: str) -> bool:
    """A headline that ends as a sentence may: a question, an exclamation, a quotation, a
    part number "(Kỳ 1)" or an ellipsis, in one sentence with no time or source opening it
    (a lead says when: "Chiều 12/3, …")."""
    if text.endswith(".") and not text.endswith("..."):
        return False
    if not text.endswith(("?", "!", "”", '"', ")", "…", "...")):
        return False
    return (
        words(text) <= 30
        and len(split_sentences(text)) == 1
        and not source_tag(text)
        and not opens_with_time(text)
    )


def _next_text(texts: list[str], i: int) -> str:
    """The first line with text after line ``i``, or "" (no copy of the lines after it)."""
    j = i + 1
    while j < len(texts) and not texts[j]:
        j += 1
    return texts[j] if j < len(texts) else ""


def _prose_follows(following: str) -> bool:
    return is_prose(following) and not is_caption(following)


def _is_chrome(text: str) -> bool:
    return is_meta(text) or is_widget(text) or is_related_heading(text) or text.endswith("|")


def _is_tag_only(text: str) -> bool:
    tag = source_tag(text + " ")
    return (bool(tag) and not text[len(tag) :].strip()) or is_tag_alone(text)


def _published(texts: list[str], z: _Zones, title: str | None) -> date | None:
    """The publication date from a meta line under the title, a timestamp above it, or a
    related-articles entry that repeats the title. A bare date above the title is the
    site's banner of today's date, not the article's."""
    start = z.title.stop if z.title else 0
    for text in texts[start : z.body_end + 1]:
        if text and is_meta(text) and (found := find_date(text)):
            return found
    for text in texts[:start]:
        if is_timestamp(text) and (found := find_date(text)):
            return found
    if title is not None:
        for text in texts[z.tail :]:
            if is_dated_headline(text) and fold(headline_of(text)) == fold(title):
                return find_date(text)
    return None
