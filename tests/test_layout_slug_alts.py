"""Photo layouts real pages showed the reader leaving in the body, written here as invented
pages: an image's alt text set as the page's address in words with its number ("viet nam
va campuchia ky ket van kien hinh 1"), alone on its line over its caption, the last one cut
by the excerpt; and the caption under it a long full sentence closed by its credit
"(Ảnh: …)". Every page and sentence here is invented."""

from __future__ import annotations

import pytest

from page_rows import HEADLINE, LAST, LEAD, MIDDLE, STAMP, check, page

SLUG = "viet nam va campuchia ky ket van kien hop tac giao duc hinh"
WELCOMES = "Bộ trưởng Giáo dục Campuchia Hang Chuon Naron đón Bộ trưởng Nguyễn Kim Sơn."
SIGN = "Hai Bộ trưởng ký kết các văn kiện hợp tác."
GUARD = "Đội danh dự Campuchia chào đón đoàn đại biểu Bộ Giáo dục và Đào tạo Việt Nam."
STAGE = "Hai Bộ trưởng trên bục danh dự. Quân nhạc cử quốc thiều hai nước."
INVITED = (
    "Theo lời mời của Bộ trưởng Giáo dục Campuchia Hang Chuon Naron, Bộ trưởng Nguyễn Kim Sơn"
    " dẫn đầu đoàn đại biểu Bộ Giáo dục và Đào tạo Việt Nam thăm chính thức Campuchia từ"
    " ngày 13 đến 16/3."
)

PAGES = [
    page(
        "slug alt texts with their number over short captions, the last one cut",
        HEADLINE,
        STAMP,
        LEAD,
        f"{SLUG} 1",
        WELCOMES,
        MIDDLE,
        LAST,
        f"{SLUG} 2",
        GUARD,
        f"{SLUG} 3",
        STAGE,
        f"{SLUG} 4",
        SIGN,
        "viet nam va cam",
        captions=(WELCOMES, GUARD, STAGE, SIGN),
        clutter=(f"{SLUG} 1", f"{SLUG} 2", f"{SLUG} 3", f"{SLUG} 4", "viet nam va cam"),
    ),
    page(
        "a slug alt text over a long full-sentence caption closed by its credit",
        HEADLINE,
        STAMP,
        LEAD,
        f"{SLUG} 1",
        f"{INVITED} (Ảnh: Minh Đức)",
        f"{SLUG} 2",
        MIDDLE,
        LAST,
        captions=(INVITED,),
        clutter=(f"{SLUG} 1", f"{INVITED} (Ảnh: Minh Đức)", f"{SLUG} 2"),
    ),
    page(
        "one slug alt text over a caption that only names the people shown",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        f"{SLUG} 1",
        "Bộ trưởng Nguyễn Kim Sơn và Bộ trưởng Hang Chuon Naron",
        LAST,
        captions=("Bộ trưởng Nguyễn Kim Sơn và Bộ trưởng Hang Chuon Naron",),
        clutter=(f"{SLUG} 1",),
    ),
]


@pytest.mark.parametrize("made", PAGES)
def test_slug_alt_texts(made):
    check(made)


POSITIONED = (
    "Bà Trần Thị Lan (phải), Phó Bí thư Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh, mong"
    " Tổng Lãnh sự Nhật Bản tại thành phố Đà Nẵng tiếp tục hỗ trợ tỉnh tổ chức tuần lễ"
    " “Văn hóa Nhật Bản - Quảng Ngãi” và kết nối doanh nghiệp hai bên trong năm tới."
)
OTHER = "Lào luôn coi Việt Nam là người bạn thủy chung hàng đầu"
OTHER_CUT = (
    "Chủ tịch nước khẳng định Lào luôn coi Việt Nam là một trong những người bạn thủy chung"
    " hàng đầu trong khu vực và trên th"
)

MORE_PAGES = [
    page(
        "a long caption pointing at where someone stands in the photo, wishing something",
        HEADLINE,
        LEAD,
        POSITIONED,
        MIDDLE,
        LAST,
        captions=(POSITIONED,),
    ),
    page(
        "the other-news box headed in English under the story's closing credit",
        HEADLINE,
        "",
        LEAD,
        "",
        MIDDLE,
        "",
        LAST,
        "",
        "Minh Đức",
        "",
        "Other news",
        "",
        OTHER,
        OTHER_CUT,
        byline="Minh Đức",
        clutter=("Other news", OTHER, OTHER_CUT),
    ),
]


@pytest.mark.parametrize("made", MORE_PAGES)
def test_positions_and_english_boxes(made):
    check(made)


LINKED = (
    "- Hai nước sẽ mở rộng trao đổi sinh viên",
    "- Bộ trưởng Nguyễn Kim Sơn dự lễ khai giảng tại Phnom Penh",
    "- Trao đổi sinh viên sẽ được bàn tại hội nghị giáo dục khu vực",
    "- Trao đổi sinh viên được bàn tại hội nghị giáo dục khu vực",
)

LIST_PAGES = [
    page(
        "the headline over a dash-bulleted list of related links, two near the same",
        HEADLINE,
        *LINKED,
        LEAD,
        MIDDLE,
        LAST,
        clutter=LINKED,
    ),
]


@pytest.mark.parametrize("made", LIST_PAGES)
def test_related_links_under_the_headline(made):
    check(made)
