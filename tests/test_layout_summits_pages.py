"""Page shapes the invented 'summits' articles (tests/data/invented_articles/summits) showed
the reader getting wrong, written before the rule was changed for them: a ministry portal's
breadcrumb of long labels ("Tin tức - Sự kiện > Tin hoạt động của Lãnh đạo Bộ") over the
page's stamp, with the headline under the stamp. The breadcrumb is never the headline, so
the stamp dates the line under it. Every page here is invented."""

from __future__ import annotations

import pytest

from page_rows import HEADLINE, LAST, LEAD, MIDDLE, Page, check, page

PAGES = [
    page(
        "a breadcrumb of long labels over the stamp, the headline under it",
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        "Trang chủ | Giới thiệu | Tin tức | Văn bản",
        "Tin tức - Sự kiện > Hoạt động của Lãnh đạo Bộ",
        "Cập nhật: 14/03/2025 10:20",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        clutter=("Tin tức - Sự kiện > Hoạt động của Lãnh đạo Bộ", "Cập nhật: 14/03/2025 10:20"),
    ),
    page(
        "a breadcrumb with chevrons over a bare stamp, the headline under it",
        "Cổng thông tin điện tử",
        "Hợp tác quốc tế » Tin hoạt động hợp tác với các nước ASEAN",
        "14/03/2025 10:20",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        clutter=("Hợp tác quốc tế » Tin hoạt động hợp tác với các nước ASEAN",),
    ),
]


@pytest.mark.parametrize("made", PAGES)
def test_the_headline_under_the_stamp_is_read_past_a_breadcrumb_over_it(made: Page) -> None:
    check(made)
