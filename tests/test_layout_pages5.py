"""Page shapes that a fourth set of invented pages (tests/data/invented_articles/pages5:
army, police and party-journal sites, national dailies, a provincial paper, a ministry
portal, an embassy page) showed the reader getting wrong: a section's sub-menu of words
parted by double spaces taken as the headline, a "Đọc tiếp:" teaser between paragraphs, a
hashtag line and a list of site links with a consular hotline left in the body, the
teasers under "Quan tâm nhất" / "Mới nhất" taken as captions, a caption naming who signs
what with no credit taken as body, and a photo-credit line ("Tin, ảnh: …") read as the
byline over the reporters' own line. Every page and sentence here is invented."""

from __future__ import annotations

import pytest

from page_rows import HEADLINE, LAST, LEAD, MIDDLE, STAMP, check, page

TEASER = "Thủ tướng hội kiến Quốc vương Campuchia tại Phnom Penh"
TEASER2 = "Hai nước thúc đẩy hợp tác giáo dục nghề nghiệp"

PAGES = [
    page(
        "a sub-menu of words parted by double spaces under the main menu",
        "Tin tức",
        "Thời sự  Góc nhìn  Thế giới  Giáo dục  Sức khỏe",
        "Giáo dục  Tuyển sinh  Du học  Học tiếng Anh",
        "Thứ năm, 12/3/2026, 08:00 (GMT+7)",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        clutter=(
            "Thời sự  Góc nhìn  Thế giới  Giáo dục  Sức khỏe",
            "Giáo dục  Tuyển sinh  Du học  Học tiếng Anh",
        ),
    ),
    page(
        "a 'Đọc tiếp:' teaser between paragraphs",
        HEADLINE,
        STAMP,
        LEAD,
        "Đọc tiếp: " + TEASER,
        MIDDLE,
        LAST,
        clutter=("Đọc tiếp: " + TEASER,),
    ),
    page(
        "a 'Đọc thêm:' teaser between paragraphs",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        "Đọc thêm: " + TEASER2,
        LAST,
        clutter=("Đọc thêm: " + TEASER2,),
    ),
    page(
        "a hashtag line after the body, the byline printed above it",
        HEADLINE,
        "Minh Châu",
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        "#Campuchia #Hợp tác giáo dục #ASEAN",
        "Bình luận (0)",
        byline="Minh Châu",
        clutter=("#Campuchia #Hợp tác giáo dục #ASEAN",),
    ),
    page(
        "a list of site links and a consular hotline under a page with no byline",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        "Liên kết website",
        "Bộ Ngoại giao | Cổng thông tin Chính phủ | Bộ Giáo dục và Đào tạo",
        "Bản quyền thuộc Đại sứ quán Việt Nam tại Lào.",
        "Điện thoại bảo hộ công dân: (+856) 20 5555 1234",
        clutter=(
            "Bộ Ngoại giao | Cổng thông tin Chính phủ | Bộ Giáo dục và Đào tạo",
            "Điện thoại bảo hộ công dân: (+856) 20 5555 1234",
        ),
    ),
    page(
        "teasers under 'Quan tâm nhất' and 'Mới nhất' after a byline printed above",
        HEADLINE,
        "Minh Châu",
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        "Bình luận (0)",
        "Quan tâm nhất",
        "Mới nhất",
        TEASER,
        TEASER2,
        byline="Minh Châu",
        captions=(),
        clutter=(TEASER, TEASER2),
    ),
    page(
        "a caption with no credit naming who signs what between paragraphs",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        "Phó Chủ tịch UBND tỉnh Trần Quốc Nam và Phó Tỉnh trưởng Champasak Somphone Keola ký"
        " biên bản ghi nhớ",
        LAST,
        captions=(
            "Phó Chủ tịch UBND tỉnh Trần Quốc Nam và Phó Tỉnh trưởng Champasak Somphone Keola"
            " ký biên bản ghi nhớ",
        ),
    ),
    page(
        "the reporters' line over a 'Tin, ảnh:' credit line",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        "Hoài Nam - Bảo Ngọc",
        "Tin, ảnh: Hoài Nam",
        "Xem thêm",
        TEASER,
        byline="Hoài Nam - Bảo Ngọc",
        clutter=("Tin, ảnh: Hoài Nam",),
    ),
]


@pytest.mark.parametrize("made", PAGES)
def test_pages5_shapes(made):
    check(made)
