"""Page furniture of invented visits pages (issue 13), written before the rules were
changed for them: a line inviting the reader to a section ("* Mời bạn đọc vào chuyên mục …
xem các tin, bài liên quan.") is the page's, however long, so the credit above it closes
the story; an agency's credit in brackets closing the story ("(TTXVN/Vietnam+)") is its
byline."""

from __future__ import annotations

import pytest

from briefgen.ingest.bylines import byline_name
from briefgen.ingest.page_furniture import speaks_to_reader
from briefgen.records import Role
from extracted import read_lines

STORY = [
    "Bộ trưởng Quốc phòng hội đàm với Bộ trưởng Quốc phòng Lào",
    "QĐND - Chiều 9-12, tại Hà Nội, Bộ trưởng Bộ Quốc phòng đã hội đàm với Bộ trưởng Bộ"
    " Quốc phòng Lào nhân dịp ông thăm chính thức Việt Nam.",
    "Hai bên nhất trí tăng cường hợp tác đào tạo, trao đổi đoàn các cấp và hợp tác khắc phục"
    " hậu quả chiến tranh.",
    "Theo chương trình, đoàn sẽ thăm Học viện Quốc phòng vào ngày 10-12.",
]


@pytest.mark.parametrize(
    ("line", "to_reader"),
    [
        ("* Mời bạn đọc vào chuyên mục Quốc phòng an ninh xem các tin, bài liên quan.", True),
        ("Mời quý độc giả đón đọc các bài viết tiếp theo về chuyến thăm, hợp tác hai nước.", True),
        ("Kính mời bạn đọc xem thêm các tin, bài về hội nghị tại đây.", True),
        ("Tạp chí đã gửi tới bạn đọc nhiều bài viết, phóng sự về quan hệ Việt Nam - Lào.", False),
    ],
)
def test_an_invitation_to_the_reader_is_the_pages(line, to_reader):
    assert speaks_to_reader(line) is to_reader


@pytest.mark.parametrize(
    ("line", "name"),
    [("(TTXVN/Vietnam+)", "TTXVN/Vietnam+"), ("(TTXVN)", "TTXVN"), ("(Vietnam+)", "Vietnam+")],
)
def test_an_agency_credit_in_brackets(line, name):
    assert byline_name(line) == name


def test_the_credit_over_an_invitation_to_a_section_closes_the_story(tmp_path):
    invitation = "* Mời bạn đọc vào chuyên mục Quốc phòng an ninh xem các tin, bài liên quan."
    document = read_lines(
        tmp_path,
        [
            *STORY,
            "Tin, ảnh: NGỌC HƯNG",
            invitation,
            "Tin mới",
            "Quân khu 4 tổng kết diễn tập năm 2026",
            "Bình luận",
        ],
    )
    assert document.byline == "NGỌC HƯNG"
    assert document.body[-1].text == STORY[-1]
    assert invitation not in [b.text for b in document.body]


def test_a_bracketed_agency_credit_closes_the_story(tmp_path):
    lines = [
        *STORY,
        "(TTXVN/Vietnam+)",
        "Tin cùng chuyên mục",
        "Chủ tịch nước lên đường thăm Brunei",
        "Brunei - đối tác tin cậy của Việt Nam",
    ]
    document = read_lines(tmp_path, lines)
    assert document.byline == "TTXVN/Vietnam+"
    assert document.body[-1].text == STORY[-1]
    assert all(b.role is not Role.BODY for b in document.blocks[len(STORY) :])
