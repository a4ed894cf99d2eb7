"""Sentence splitting on Vietnamese news prose, and which text each segment carries."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.layout import classify_lines
from briefgen.records import Role
from briefgen.segment import segment_document, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chiều nay 05/8/2022, Bộ Nội vụ họp. Các đại biểu dự.",
            ["Chiều nay 05/8/2022, Bộ Nội vụ họp.", "Các đại biểu dự."],
            id="date",
        ),
        pytest.param(
            "Theo Quyết định số 1.313/QĐ-TTg ngày 29/10/2018. Đề án được duyệt.",
            ["Theo Quyết định số 1.313/QĐ-TTg ngày 29/10/2018.", "Đề án được duyệt."],
            id="document-number",
        ),
        pytest.param(
            "Tỷ lệ năm 2021 là 56,6%. Hơn 130.000 người dự.",
            ["Tỷ lệ năm 2021 là 56,6%.", "Hơn 130.000 người dự."],
            id="decimal-and-thousands",
        ),
        pytest.param(
            "Đoàn đến TP.HCM và TP. Hồ Chí Minh. Sau đó về Hà Nội.",
            ["Đoàn đến TP.HCM và TP. Hồ Chí Minh.", "Sau đó về Hà Nội."],
            id="TP.HCM",
        ),
        pytest.param(
            "Có TS. Nguyễn Văn An và PGS.TS. Lê Thị Bình. Hai ông bà phát biểu.",
            ["Có TS. Nguyễn Văn An và PGS.TS. Lê Thị Bình.", "Hai ông bà phát biểu."],
            id="academic-titles",
        ),
        pytest.param(
            "Bà Retno L.P. Marsudi và bà Ma. Theresa Lazaro dự. Hai bà phát biểu.",
            ["Bà Retno L.P. Marsudi và bà Ma. Theresa Lazaro dự.", "Hai bà phát biểu."],
            id="initials-in-foreign-names",
        ),
        pytest.param(
            "Ông Ferdinand Marcos Jr. (Philippines), Tổng thống, dự. Hai bên hội đàm.",
            ["Ông Ferdinand Marcos Jr. (Philippines), Tổng thống, dự.", "Hai bên hội đàm."],
            id="aside-after-suffix",
        ),
        pytest.param(
            "Gồm giáo dục, y tế v.v. và văn hóa. Hết.",
            ["Gồm giáo dục, y tế v.v. và văn hóa.", "Hết."],
            id="v.v.-mid-sentence",
        ),
        pytest.param(
            "Gồm giáo dục, y tế, v.v. Các nước đồng ý.",
            ["Gồm giáo dục, y tế, v.v.", "Các nước đồng ý."],
            id="v.v.-ending-sentence",
        ),
        pytest.param(
            "Hội nghị ASEAN+3 khai mạc. ASEAN+3 gồm 13 nước.",
            ["Hội nghị ASEAN+3 khai mạc.", "ASEAN+3 gồm 13 nước."],
            id="ASEAN+3",
        ),
        pytest.param(
            "Các nước cam kết: Một là, tăng cường hợp tác. Hai là, mở rộng quan hệ.",
            ["Các nước cam kết: Một là, tăng cường hợp tác.", "Hai là, mở rộng quan hệ."],
            id="enumeration",
        ),
        pytest.param(
            "1. Tăng cường năng lực. 2. Mở rộng hợp tác.",
            ["1. Tăng cường năng lực.", "2. Mở rộng hợp tác."],
            id="numbered-items",
        ),
        pytest.param(
            "Bà nói: “Chúng tôi sẵn sàng. Chúng tôi cam kết.” Sau đó bà rời đi.",
            ["Bà nói: “Chúng tôi sẵn sàng. Chúng tôi cam kết.”", "Sau đó bà rời đi."],
            id="curly-quote",
        ),
        pytest.param(
            'Ông nói: "Rất tốt." Hội nghị bế mạc.',
            ['Ông nói: "Rất tốt."', "Hội nghị bế mạc."],
            id="straight-quote",
        ),
        pytest.param(
            "Chủ đề là “Gắn kết và Chủ động thích ứng”. Việt Nam đề xuất.",
            ["Chủ đề là “Gắn kết và Chủ động thích ứng”.", "Việt Nam đề xuất."],
            id="quote-then-stop",
        ),
        pytest.param(
            "Lĩnh vực khoa học chưa nhiều... Phụ nữ chiếm 60%. Chia sẻ… với 3 nội dung.",
            ["Lĩnh vực khoa học chưa nhiều...", "Phụ nữ chiếm 60%.", "Chia sẻ… với 3 nội dung."],
            id="ellipsis",
        ),
        pytest.param(
            "Hợp tác góp phần vào thành tựu chung./.",
            ["Hợp tác góp phần vào thành tựu chung./."],
            id="article-end",
        ),
        pytest.param(
            "Câu thứ nhất. Câu cuối cùng của bài./.",
            ["Câu thứ nhất.", "Câu cuối cùng của bài./."],
            id="article-end-after-sentence",
        ),
        pytest.param(
            "17 tỉnh khu vực miền Nam.Phát biểu khai mạc, ông Tuấn cho biết.",
            ["17 tỉnh khu vực miền Nam.", "Phát biểu khai mạc, ông Tuấn cho biết."],
            id="missing-space",
        ),
        pytest.param(
            "Xem thêm tại Chinhphu.vn và baochinhphu.vn. Hết.",
            ["Xem thêm tại Chinhphu.vn và baochinhphu.vn.", "Hết."],
            id="domain-name",
        ),
        pytest.param(
            "Nghiên cứu do Việt Nam điều phối.223.jpg Hội nghị bế mạc chiều cùng ngày.",
            ["Nghiên cứu do Việt Nam điều phối.", "Hội nghị bế mạc chiều cùng ngày."],
            id="image-file-glued-to-the-stop",
        ),
        pytest.param(
            "Ảnh hop-bao.jpg minh họa buổi họp báo.",
            ["Ảnh hop-bao.jpg minh họa buổi họp báo."],
            id="file-name-mid-sentence",
        ),
        pytest.param("Quang cảnh Hội nghị", ["Quang cảnh Hội nghị"], id="no-punctuation"),
        pytest.param("   ", [], id="blank"),
    ],
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_article_segments_skip_source_tag_and_captions():
    lines = [
        "Hội nghị bàn tròn cấp Bộ trưởng ASEAN – Hàn Quốc",
        "",
        "NDO - Sáng 5/8, tại Hà Nội, Hội nghị khai mạc. Các nước tham dự đầy đủ.",
        "Quang cảnh Hội nghị",
        "Hội nghị thông qua Tuyên bố chung về hợp tác công vụ trong khu vực.",
    ]
    document = classify_lines(Path("a.txt"), "txt", lines)
    article = segment_document(document, roles=(Role.TITLE, Role.BODY))
    assert [s.text for s in article][1] == "Sáng 5/8, tại Hà Nội, Hội nghị khai mạc."
    assert "Quang cảnh Hội nghị" not in [s.text for s in article]
    everything = segment_document(document)
    assert everything[1].text.startswith("NDO - Sáng 5/8")
    assert {s.block for s in everything} == {0, 2, 3, 4}
