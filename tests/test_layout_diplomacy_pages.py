"""Invented diplomacy pages, each with one trait that invented whole articles showed the
reader getting wrong (issue 13): a section's label of several words over a headline shaped
"Name: quote" with the page's date under it; a share widget naming its networks after the
story and an author's line in capitals with "(Đặc phái viên)" under the headline. Every
page is invented and read from bytes through the public ingest API."""

from __future__ import annotations

import pytest

from briefgen.extract import sentences_of
from briefgen.ingest import read_bytes

LEAD = (
    "(Chinhphu.vn) - Chiều 3/3, tại Trụ sở Chính phủ, Phó Thủ tướng Lê Minh Khoa đã tiếp"
    " Bộ trưởng Ngoại giao Brunei đang thăm làm việc tại Việt Nam."
)
# (the source tag glued to the lead belongs to neither title nor first sentence)
FIRST = LEAD.removeprefix("(Chinhphu.vn) - ")
MIDDLE = "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực năng lượng, nông nghiệp và Halal."
LAST = "Hai bên nhất trí phối hợp chặt chẽ tại các diễn đàn khu vực và quốc tế./."
COLON_HEADLINE = (
    "Phó Thủ tướng Lê Minh Khoa: Sớm ký Kế hoạch hành động Đối tác toàn diện Việt Nam - Brunei"
    " giai đoạn 2026-2030"
)

HEADLINES = [
    pytest.param(
        [
            "BÁO ĐIỆN TỬ CHÍNH PHỦ",
            "Hoạt động của lãnh đạo Đảng, Nhà nước",
            COLON_HEADLINE,
            "03/03/2026 16:20",
        ],
        COLON_HEADLINE,
        id="section label over a colon headline with the date under it",
    ),
    pytest.param(
        ["Tin tức - Sự kiện của các Bộ, ngành Trung ương", COLON_HEADLINE, "Ngày đăng: 03/03/2026"],
        COLON_HEADLINE,
        id="longer section label, publication stamp under the headline",
    ),
    pytest.param(
        ["Thời sự", COLON_HEADLINE, "03/03/2026 16:20"],
        COLON_HEADLINE,
        id="short section over a colon headline",
    ),
]


@pytest.mark.parametrize(("above", "title"), HEADLINES)
def test_the_headline_is_the_line_the_page_dates(above, title):
    document = read_bytes("\n".join([*above, LEAD, MIDDLE, LAST]).encode(), "page.txt")
    assert document.title == title
    assert sentences_of(document)[0] == FIRST


def test_a_share_widget_after_the_story_is_no_byline():
    lines = [
        "Thủ tướng Phan Quốc Bảo gặp lãnh đạo Thái Lan và Campuchia bên lề Hội nghị Cấp cao ASEAN",
        "ĐỨC TRUNG (Đặc phái viên)",
        "NDO - Chiều 27/10, tại Manila, Thủ tướng Phan Quốc Bảo đã gặp Thủ tướng Thái Lan.",
        MIDDLE,
        LAST,
        "Chia sẻ bài viết",
        "Facebook Twitter Email",
        "Tin mới",
        "Khai mạc Hội nghị Cấp cao ASEAN lần thứ 48",
    ]
    document = read_bytes("\n".join(lines).encode(), "page.txt")
    assert document.byline == "ĐỨC TRUNG (Đặc phái viên)"
    assert sentences_of(document)[-1] == LAST


def test_a_subheading_that_opens_with_the_meeting_is_body_not_a_caption():
    """Subheadings of a report on several meetings ("Gặp Thủ tướng Thái Lan") open with
    the meeting and name no one: they are the body's, while the credited line under the
    photo is the caption."""
    lines = [
        "Thủ tướng gặp lãnh đạo Thái Lan và Campuchia bên lề Hội nghị Cấp cao ASEAN lần thứ 48",
        "NDO - Chiều 27/10, tại Manila, Thủ tướng Phan Quốc Bảo đã có các cuộc gặp song phương.",
        "Gặp Thủ tướng Thái Lan",
        "Tại cuộc gặp, hai Thủ tướng nhất trí tăng cường hợp tác thương mại và đầu tư.",
        "Thủ tướng Phan Quốc Bảo và Thủ tướng Thái Lan Pichet Chaiyaporn. Ảnh: TRẦN HẢI",
        "Hai bên nhất trí sớm tổ chức Kỳ họp Nội các chung lần thứ 5.",
        "Hội kiến Quốc vương Campuchia",
        "Thủ tướng Sok Vannarith cam kết tạo điều kiện cho doanh nghiệp Việt Nam.",
        LAST,
    ]
    document = read_bytes("\n".join(lines).encode(), "page.txt")
    assert document.caption_texts == (
        "Thủ tướng Phan Quốc Bảo và Thủ tướng Thái Lan Pichet Chaiyaporn.",
    )
    assert sentences_of(document)[-1] == LAST
