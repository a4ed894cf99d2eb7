"""Pages of multilateral-meeting news (the 'forums' genre of issue 13) whose section menu is
a row of labels printed without separators ("Chính trị Kinh tế Xã hội Thế giới …"), over a
section label, the headline and a sapo set above the page's time stamp: the menu is the
site's furniture, so the headline under it is no photo caption. Every page is invented; each
is read from bytes through the public ingest API, as an upload would be."""

from __future__ import annotations

import pytest

from page_rows import LAST, LEAD, MIDDLE, check, page

HEADLINE = "Phó Thủ tướng dự Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương tại Đại Lý"
SAPO = (
    "Phó Thủ tướng Trần Văn Khải đã dự Hội nghị Bộ trưởng Ngoại giao Hợp tác Mekong - Lan"
    " Thương lần thứ 12, phát biểu về hợp tác tài nguyên nước và gặp song phương bên lề."
)

PAGES = [
    page(
        "menu without separators over a section, the headline, a sapo, then the stamp",
        "VietnamPlus",
        "Chính trị Kinh tế Xã hội Thế giới Đời sống Văn hóa Thể thao Công nghệ",
        "Thế giới",
        HEADLINE,
        SAPO,
        "Thứ Hai, 14/09/2026 - 20:15",
        "In bài viết",
        LEAD,
        MIDDLE,
        LAST,
        title=HEADLINE,
        first=SAPO,
        clutter=("Chính trị Kinh tế Xã hội Thế giới Đời sống Văn hóa Thể thao Công nghệ",),
    ),
    page(
        "menu without separators right over the headline and its sapo",
        "BÁO ĐIỆN TỬ",
        "Thời sự Kinh doanh Giải trí Thể thao Pháp luật Sức khỏe Đời sống Giáo dục",
        HEADLINE,
        SAPO,
        "14/09/2026 20:15",
        LEAD,
        MIDDLE,
        LAST,
        title=HEADLINE,
        first=SAPO,
        clutter=("Thời sự Kinh doanh Giải trí Thể thao Pháp luật Sức khỏe Đời sống Giáo dục",),
    ),
    page(
        "a headline of capitalised names under such a menu stays the headline",
        "VietnamPlus",
        "Chính trị Kinh tế Xã hội Thế giới Đời sống Văn hóa Thể thao Công nghệ",
        "Thế giới",
        "Khai mạc Hội nghị Cấp cao Mekong - Lan Thương lần thứ năm tại Vientiane",
        SAPO,
        "Thứ Hai, 14/09/2026 - 20:15",
        LEAD,
        MIDDLE,
        LAST,
        title="Khai mạc Hội nghị Cấp cao Mekong - Lan Thương lần thứ năm tại Vientiane",
        first=SAPO,
    ),
    page(
        "a headline of label-shaped words with a verb among them stays the headline",
        "VietnamPlus",
        "Chính trị Kinh tế Xã hội Thế giới Đời sống Văn hóa Thể thao Công nghệ",
        "Thủ tướng dự Hội nghị Cấp cao Tiểu vùng Mekong Mở rộng",
        SAPO,
        "Thứ Hai, 14/09/2026 - 20:15",
        LEAD,
        MIDDLE,
        LAST,
        title="Thủ tướng dự Hội nghị Cấp cao Tiểu vùng Mekong Mở rộng",
        first=SAPO,
    ),
]


@pytest.mark.parametrize("page", PAGES)
def test_a_menu_without_separators_is_furniture(page):
    check(page)
