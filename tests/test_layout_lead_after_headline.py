"""A lead the scrape ran on after the headline said again, and a section's label before it,
on one line ("Thế giới <headline> GDVN - <lead>"): the lead starts at the agency's tag. And
a caption under its image cut mid-word by the excerpt's end: no paragraph. Every page and
sentence here is invented."""

from __future__ import annotations

import pytest

from page_rows import HEADLINE, LAST, LEAD, MIDDLE, STAMP, check, page

PAGES = [
    page(
        "a section's label, the headline again and the tagged lead on one line",
        HEADLINE,
        STAMP,
        f"Giáo dục {HEADLINE} GDVN - {LEAD}",
        MIDDLE,
        LAST,
    ),
    page(
        "the headline again and the tagged lead on one line",
        HEADLINE,
        STAMP,
        f"{HEADLINE} (VOV5) - {LEAD}",
        MIDDLE,
        LAST,
    ),
]


@pytest.mark.parametrize("made", PAGES)
def test_the_lead_starts_after_the_headline_said_again(made):
    check(made)


def test_a_lead_that_names_the_headline_without_a_tag_is_kept_whole():
    lead = f"{HEADLINE} là nội dung chính của chuyến thăm hai ngày tới Phnom Penh."
    check(page("untagged", HEADLINE, STAMP, lead, MIDDLE, LAST, first=lead).values[0])


def test_a_caption_cut_under_its_image_at_the_page_end_is_no_paragraph():
    slug = "bo truong giao duc hoi dam bo truong giao duc campuchia"
    cut = "Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim S"
    check(
        page("cut caption", HEADLINE, STAMP, LEAD, MIDDLE, LAST, slug, cut, clutter=(cut,)).values[
            0
        ]
    )
