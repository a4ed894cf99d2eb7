"""Lines inviting the reader to the site's other pages, however long and punctuated
("* Mời bạn đọc vào chuyên mục Quốc phòng xem các tin, bài liên quan."), are the page's,
not the story's; a sentence of the story that names readers is not (invented lines)."""

from __future__ import annotations

import pytest

from briefgen.ingest.page_furniture import speaks_to_reader


@pytest.mark.parametrize(
    ("line", "to_reader"),
    [
        ("* Mời bạn đọc vào chuyên mục Quốc phòng xem các tin, bài liên quan.", True),
        (
            "Mời quý độc giả đón đọc các bài viết, hình ảnh về Hội nghị tại chuyên trang ASEAN.",
            True,
        ),
        ("Mời các bạn theo dõi tin, bài tiếp theo trên chuyên mục Thế giới.", True),
        ("Bộ trưởng mời các nước tham dự Diễn đàn kinh tế xanh vào tháng 10, tại Hà Nội.", False),
        ("Thủ tướng mời Tổng thống thăm Việt Nam, Tổng thống vui vẻ nhận lời.", False),
    ],
)
def test_an_invitation_to_the_sites_pages_is_the_pages(line, to_reader):
    assert speaks_to_reader(line) is to_reader
