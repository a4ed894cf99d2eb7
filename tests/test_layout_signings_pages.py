"""Page shapes that invented pages of signing ceremonies (tests/data/invented_articles/
signings) showed the reader getting wrong: a news site's name joining its words with "&"
over the menu ("Báo Thế giới & Việt Nam"), read as the headline; and a font-size widget
whose label carries its buttons ("Kích cỡ chữ  A  A  A") under the time stamp, read as
the headline. Every page and sentence here is invented, none copied from those articles."""

from __future__ import annotations

import pytest

from page_rows import HEADLINE, LAST, LEAD, MIDDLE, STAMP, Page, check, page

# a headline with a comma and two verbs reads like a sentence, so the site's name above it
# competes with it
CLAUSED = "Bộ trưởng Nguyễn Kim Sơn hội đàm với người đồng cấp Campuchia, ký 8 văn kiện hợp tác"

PAGES = [
    page(
        "a site's name joined by '&' over a menu and a claused headline",
        "Báo Kinh tế & Đô thị",
        "Thời sự | Kinh tế | Quốc tế | Xã hội",
        "Thời sự › Quốc tế",
        CLAUSED,
        LEAD,
        "Minh Hà",
        STAMP,
        MIDDLE,
        LAST,
        title=CLAUSED,
        byline="Minh Hà",
        clutter=("Báo Kinh tế & Đô thị",),
    ),
    page(
        "a magazine's name joined by '&' over a breadcrumb and the headline",
        "Tạp chí Môi trường & Phát triển",
        "Trang chủ » Hợp tác quốc tế",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        clutter=("Tạp chí Môi trường & Phát triển",),
    ),
    page(
        "a font-size widget with its buttons under the stamp, over the headline",
        "Đối ngoại",
        STAMP,
        "Kích cỡ chữ  A  A  A",
        "In bài viết",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        clutter=("Kích cỡ chữ  A  A  A",),
    ),
    page(
        "a font-size widget with smaller and larger buttons over the headline",
        "Thời sự > Đối ngoại",
        STAMP,
        "Kích thước chữ: A- A A+",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        clutter=("Kích thước chữ: A- A A+",),
    ),
]


@pytest.mark.parametrize("page", PAGES)
def test_a_signing_page_reads_as_its_reader_would(page: Page):
    check(page)
