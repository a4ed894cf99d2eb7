"""Invented pages as rows of lines with what the reader should make of them, read from
bytes through the public ingest API as an upload would be (tests/test_layout_decks_and_sources.py,
tests/test_layout_scraped_furniture.py, tests/test_layout_unseen_pages.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from briefgen.extract import sentences_of
from briefgen.ingest import read_bytes
from briefgen.records import Role

HEADLINE = "Việt Nam và Campuchia ký kết 8 văn kiện hợp tác trong lĩnh vực giáo dục"
LEAD = (
    "Sáng 14/3, tại Phnom Penh, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn đã hội đàm"
    " với Bộ trưởng Giáo dục Campuchia Hang Chuon Naron."
)
MIDDLE = "Hai bên nhất trí mở rộng trao đổi sinh viên, giảng viên và hợp tác đào tạo nghề."
LAST = "Hai Bộ trưởng nhất trí giao các cơ quan chức năng sớm xây dựng kế hoạch triển khai./."
STAMP = "14/03/2025 10:20"


@dataclass(frozen=True)
class Page:
    """An invented page and what the reader should make of it."""

    trait: str
    lines: tuple[str, ...]
    title: str | None = HEADLINE
    first: str = LEAD
    last: str = LAST
    byline: str | None = None
    # None: the row says nothing of captions
    captions: tuple[str, ...] | None = None
    # lines that must be neither title nor body (nor a caption, where the row lists them)
    clutter: tuple[str, ...] = field(default=())


def page(trait: str, *lines: str, xfail: bool | str = False, **expected):
    """A row of a parametrized test; ``xfail`` marks one the reader does not read so yet
    (a string says why it is left so)."""
    made = Page(trait, lines, **expected)
    why = xfail if isinstance(xfail, str) else "not read so yet"
    marks = [pytest.mark.xfail(reason=why, strict=True)] if xfail else []
    return pytest.param(made, id=trait, marks=marks)


def check(page: Page) -> None:
    """Assert the page reads as its row says: title, first and last sentence, byline,
    captions where listed, and no clutter line (nor the byline) left in title or body, nor
    taken as a caption where the row lists captions."""
    document = read_bytes("\n".join(page.lines).encode(), "page.txt")
    sentences = sentences_of(document)
    assert document.title == page.title
    assert sentences[0] == page.first
    assert sentences[-1] == page.last
    assert document.byline == page.byline
    kept = {b.text.strip() for b in document.blocks if b.role in (Role.BODY, Role.TITLE)}
    kept |= set(sentences)
    if page.captions is not None:
        assert document.caption_texts == page.captions
        kept |= set(document.caption_texts)
    assert not kept & ({*page.clutter} | ({page.byline} - {None}))
