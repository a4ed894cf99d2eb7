"""Page furniture of invented receptions pages (issue 13), written before the rules were
changed for them: a credit naming the writer and then the photographer ("Tin: Minh Châu -
Ảnh: Đức Anh", as provincial portals close a story) is the story's byline, the writer's
name, and no photo caption."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest import read_document
from briefgen.ingest.bylines import byline_name

STORY = [
    "Phó Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Nhật Bản",
    "Sáng 3-10, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh đã tiếp xã giao Tổng Lãnh sự"
    " Nhật Bản tại Đà Nẵng nhân dịp nhận nhiệm vụ.",
    "Hai bên nhất trí phối hợp tổ chức Tuần lễ văn hóa Nhật Bản tại tỉnh vào tháng 12.",
    "Phó Chủ tịch UBND tỉnh tặng quà lưu niệm Tổng Lãnh sự",
]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Tin: Minh Châu - Ảnh: Đức Anh", "Minh Châu"),
        ("Bài: Lê Thu Hà; ảnh: Quang Vinh", "Lê Thu Hà"),
        ("Bài: Hoàng Yến - Video: Trung Kiên", "Hoàng Yến"),
        ("Tin, ảnh: Thanh Tùng", "Thanh Tùng"),
    ],
)
def test_a_writer_and_photographer_credit_names_the_writer(line, name):
    assert byline_name(line) == name


def test_the_writer_and_photographer_credit_closes_the_story(tmp_path: Path):
    page = tmp_path / "page.txt"
    lines = [
        *STORY,
        "Tin: Minh Châu - Ảnh: Đức Anh",
        "Bản in | Gửi email | Về đầu trang",
        "Các tin khác",
        "Tỉnh đón đoàn doanh nghiệp Hàn Quốc (02/10/2026)",
    ]
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    document = read_document(page)
    assert document.byline == "Minh Châu"
    assert not any("Minh Châu" in caption for caption in document.caption_texts)
