"""Page furniture of invented trade pages (issue 13), written before the rules were changed
for them: a related-news heading that names photos too ("Tin, ảnh liên quan") ends the
story as "Tin liên quan" does; its teasers are no paragraphs."""

from __future__ import annotations

from extracted import read_lines

STORY = [
    "Việt Nam và Peru thúc đẩy đàm phán Hiệp định thương mại tự do",
    "Ngày 14/10, tại Lima, Thứ trưởng Bộ Công Thương và Thứ trưởng Ngoại thương Peru đã đồng"
    " chủ trì phiên đàm phán thứ ba về Hiệp định thương mại tự do giữa hai nước.",
    "Hai bên thống nhất đẩy nhanh thảo luận về các chương mở cửa thị trường hàng hóa và quy"
    " tắc xuất xứ.",
    "Phiên đàm phán thứ tư dự kiến diễn ra tại Hà Nội vào đầu năm 2027.",
]


def test_a_heading_of_related_news_and_photos_ends_the_story(tmp_path):
    document = read_lines(
        tmp_path,
        [
            *STORY,
            "Tin, ảnh liên quan",
            "Xuất khẩu cá tra sang Nam Mỹ tăng trưởng mạnh",
            "Doanh nghiệp Việt tìm hiểu thị trường Peru",
            "Chia sẻ",
        ],
    )
    texts = [block.text for block in document.body]
    assert texts[-1] == STORY[-1]
    assert "Doanh nghiệp Việt tìm hiểu thị trường Peru" not in texts
