"""Page shapes that invented pages of remote and written diplomacy (tests/data/
invented_articles/calls: phone calls, online talks, messages, briefings) showed the reader
getting wrong: a section menu printed without separators whose labels include a proper
name ("Người Việt bốn phương") and an acronym ("ASEAN"), read as the headline over a
headline that names two people; and a related-news box whose lines a site prints behind a
bar ("| TIN LIÊN QUAN", "| <teaser>"), kept in the body. Every page here is invented, none
copied from those articles."""

from __future__ import annotations

import pytest

from page_rows import HEADLINE, LAST, LEAD, MIDDLE, STAMP, Page, check, page

# a headline naming two people reads like a photo's caption
NAMED = "Bộ trưởng Ngoại giao Lê Văn Hòa hội đàm trực tuyến với Ngoại trưởng Peru Lucía Ramos"

PAGES = [
    page(
        "a menu run together with a proper-name label and an acronym, over a named headline",
        "Báo Thế giới & Việt Nam",
        "Thời sự Đối ngoại Kinh tế Người Việt bốn phương ASEAN",
        "Thời sự > Đối ngoại",
        NAMED,
        LEAD,
        "Minh Hà",
        STAMP,
        MIDDLE,
        LAST,
        title=NAMED,
        byline="Minh Hà",
        clutter=("Thời sự Đối ngoại Kinh tế Người Việt bốn phương ASEAN",),
    ),
    page(
        "a menu run together ending in an acronym, over the headline",
        "Chính trị Xã hội Kinh tế Văn hóa Thế giới ASEAN",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        clutter=("Chính trị Xã hội Kinh tế Văn hóa Thế giới ASEAN",),
    ),
    page(
        "a related box printed behind bars between body paragraphs",
        "Thời sự > Đối ngoại",
        HEADLINE,
        STAMP,
        LEAD,
        "| TIN LIÊN QUAN",
        "| Việt Nam và Thụy Điển thúc đẩy hợp tác đổi mới sáng tạo",
        "| Phó Thủ tướng tiếp Đại sứ Thụy Điển",
        MIDDLE,
        LAST,
        clutter=(
            "| TIN LIÊN QUAN",
            "| Việt Nam và Thụy Điển thúc đẩy hợp tác đổi mới sáng tạo",
            "| Phó Thủ tướng tiếp Đại sứ Thụy Điển",
        ),
    ),
]


@pytest.mark.parametrize("page", PAGES)
def test_a_calls_page_reads_as_its_reader_would(page: Page):
    check(page)
