"""Give each line of an article its role: title, dateline, body, caption, byline, clutter.

A scraped page reads top to bottom as: site chrome and a date banner, the title, meta
lines ("Ngày đăng: …"), the body with photo captions between its paragraphs, a byline,
and then lists of other articles. :mod:`briefgen.ingest.story_zones` sorts the lines into
those zones by position and shape (``headline``, ``body_start``, ``related_lists``,
``caption_positions``, ``list_items``; the line patterns are in ``captions``, ``bylines``,
``outlets``, ``page_furniture``, ``page_dates`` and ``line_shapes``), so the same rules work
on pages not seen before; this module gives each line its role within its zone. Every line
keeps its index, so output maps back to the source.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from briefgen.ingest.bylines import byline_name, is_name_line, stamped_author
from briefgen.ingest.captions import (
    in_photo_cell,
    is_caption,
    is_image_marker,
    is_marked_caption,
    is_source_line,
    is_unpunctuated_caption,
    names_who_presides,
    run_in_caption,
    shows_people,
)
from briefgen.ingest.headline import (
    headline_text,
    repeats_title,
    stamp_after_title,
    title_before_lead,
)
from briefgen.ingest.line_shapes import (
    CUT_WORD,
    TERMINAL,
    is_prose,
    is_salutation,
    names_only,
    words,
)
from briefgen.ingest.outlets import is_tag_only, lead_tag, source_tag
from briefgen.ingest.page_dates import find_date, is_meta, is_timestamp
from briefgen.ingest.page_furniture import (
    headline_of,
    is_dated_headline,
    is_widget,
    links_to_full_text,
    speaks_to_reader,
)
from briefgen.ingest.photo_credits import caption_text, captions_of
from briefgen.ingest.story_zones import Zones, find_zones
from briefgen.normalize import fold, visible
from briefgen.records import Block, Document, Role
from briefgen.segment import split_sentences


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
    zones = find_zones(texts, styles)
    title = headline_text(texts, zones.title)
    blocks: list[Block] = []
    captions: list[str] = []
    above = ""  # (the last line with text over line i)
    for i, text in enumerate(texts):
        style = styles[i] if styles and i < len(styles) else None
        role = _role(i, text, zones, title, above)
        above = text or above
        sentences: tuple[str, ...] = ()
        if role is Role.BODY:
            # (a lead run on after its headline said again: "Chính trị <headline> ĐNO - …")
            lead = title_before_lead(text, title) if i == zones.first_body else 0
            tag = lead_tag(text[lead:]) if i == zones.first_body else source_tag(text)
            body = split_sentences(text[lead + len(tag) :])
            # (a page that sets its photos apart lost no caption's line break)
            run_in = "" if zones.marks_photos else run_in_caption(body)
            if run_in:
                captions.append(caption_text(run_in))
                body = body[1:]
            sentences = tuple(body)
        elif role is Role.CAPTION:
            shown = captions_of(text)
            # (a photo printed twice says its caption once)
            captions.extend(c for c in shown if c not in captions)
            sentences = tuple(s for caption in shown for s in split_sentences(caption))
        elif role is not Role.BLANK:
            sentences = tuple(split_sentences(text))
        blocks.append(Block(i, raw[i], role, sentences, style))
    # (an author by post and name has no name of a byline's shape: the line is the credit)
    # (or the name beside the page's stamp: "Thu Hà | 14/03/2025 10:20")
    byline = (
        (
            stamped_author(texts[zones.byline])
            or byline_name(texts[zones.byline])
            or texts[zones.byline].strip()
        )
        if zones.byline is not None
        else None
    )
    return Document(
        path,
        fmt,
        tuple(blocks),
        title=title,
        published=_published(texts, zones, title),
        byline=byline,
        caption_texts=tuple(captions),
    )


def _role(i: int, text: str, z: Zones, title: str | None, above: str = "") -> Role:
    if not text:
        return Role.BLANK
    if z.title and i in z.title:
        return Role.TITLE
    if i == z.byline:
        return Role.BYLINE
    if i == z.deck:
        return Role.BODY  # (the story's summary, though it may read as a caption)
    if i >= z.tail or i > z.body_end or (z.title and i < z.title.start):
        return Role.DATELINE if is_meta(text) and i < z.first_body else Role.CLUTTER
    if i in z.boxes or i in z.alt_texts or i in z.forms or i in z.chrome_again or is_widget(text):
        return Role.CLUTTER
    if i in z.pull_quotes or i in z.teasers:
        return Role.CLUTTER
    if repeats_title(text, title):
        return Role.CLUTTER
    if i >= z.first_body and (
        speaks_to_reader(text)
        or is_dated_headline(text)
        or is_source_line(text)
        or (i > z.first_body and links_to_full_text(text))
    ):  # (a dated headline: a link to another article amid the story; "Nguồn: VGP";
        return Role.CLUTTER  # "Toàn văn Tuyên bố chung …", a link to the document)
    if is_meta(text) or is_tag_only(text):
        return Role.DATELINE
    if i < z.first_body and is_name_line(text):
        return Role.CLUTTER  # a second credit over the lead ("Đặc phái viên TTXVN"), no caption
    listed = i in z.list_items  # (an item of a list names people as a caption does)
    if not listed and is_caption(text, title=title) and not _unmarked_sentence(i, text, z, above):
        # a photo credit alone ("Ảnh: TTXVN") captions nothing
        return Role.CAPTION if caption_text(text) else Role.CLUTTER
    if not listed and i in z.beside_photos and i != z.first_body:
        return Role.CAPTION
    if i in z.named_photos:  # (under the last paragraph too: a story ends on a sentence)
        return Role.CAPTION
    if not listed and i in z.acts_shown and i != z.first_body:
        return Role.CAPTION
    if not listed and i > z.first_body and in_photo_cell(text):
        return Role.CAPTION
    if i < z.first_body or text.endswith("|"):
        return Role.CLUTTER
    if not listed and i < z.last_prose and is_unpunctuated_caption(text):
        return Role.CAPTION  # (the last line may be a paragraph the excerpt cut short)
    if _is_button(text):
        return Role.CLUTTER  # a button or a network's name ("Zalo", "Đăng nhập", "Thích")
    if is_image_marker(above) and _cut_caption(text):
        return Role.CLUTTER  # a caption under its image the excerpt cut ("… Trương H")
    return Role.BODY


# A caption under its image, cut mid-word by the excerpt's end, is a few words; a paragraph
# the excerpt cut there runs longer.
MAX_CUT_CAPTION_WORDS = 12


def _cut_caption(text: str) -> bool:
    """A few words cut mid-word that open on whom a photo shows ("Phó Thủ tướng Thường
    trực Trương H"); a paragraph's opening cut so ("Những cột m") is the story's."""
    return (
        bool(CUT_WORD.search(text)) and words(text) <= MAX_CUT_CAPTION_WORDS and shows_people(text)
    )


def _unmarked_sentence(i: int, text: str, z: Zones, above: str) -> bool:
    """A sentence with its full stop telling who chairs or leads ("Thứ trưởng …, Trưởng
    Ban Chỉ đạo, chủ trì Hội nghị.") right under a paragraph of the story, on a page that
    sets its photos apart by a credit or an image's marker, with no such mark and not
    beside a photo: the story's sentence. A moment shown uncredited ("Quang cảnh buổi hội
    đàm.", "Đại sứ … phát biểu tại lễ kỷ niệm."), a line under an image's alt text or
    another caption, one that only names people, or one without a full stop is left a
    caption."""
    core = caption_text(text)
    return (
        z.marks_photos
        and names_who_presides(core)
        and i not in z.beside_photos
        and is_prose(above)
        and not is_caption(above)
        and core.endswith(".")
        and not is_marked_caption(text)
        and not names_only(core.rstrip("."))
    )


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


def _published(texts: list[str], z: Zones, title: str | None) -> date | None:
    """The publication date from a meta line under the title (not a teaser's in a box) or
    the headline said again with its stamp, a timestamp above the title, or a
    related-articles entry that repeats the title. A bare date above the title is the
    site's banner of today's date, not the article's."""
    start = z.title.stop if z.title else 0
    for i in range(start, z.body_end + 1):  # (a teaser's date in a box is another article's)
        text = texts[i]
        if i in z.boxes or not (is_meta(text) or stamp_after_title(text, title)):
            continue
        if found := find_date(text):
            return found
    for text in texts[:start]:
        if is_timestamp(text) and (found := find_date(text)):
            return found
    if title is not None:
        for text in texts[z.tail :]:
            if is_dated_headline(text) and fold(headline_of(text)) == fold(title):
                return find_date(text)
    return None
