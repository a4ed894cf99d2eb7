"""Which line is the headline, on page shapes the gold articles do not all show: a byline
between headline and lead, a speech's salutation, a headline ending in an initial or a
full stop, a summary under the headline. Every page here is invented."""

from __future__ import annotations

import pytest

from briefgen.extract import sentences_of
from briefgen.ingest.bylines import is_name_line
from briefgen.ingest.line_shapes import is_salutation
from briefgen.records import Role
from page_lines import HEADLINE, LEAD, read

# A lead that says nothing of when: only its length tells it from a headline.
PLAIN_LEAD = (
    "Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng Ngoại giao Lào Saleumxay"
    " Kommasith nhân chuyến thăm chính thức Việt Nam của ông."
)
MORE = "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực kinh tế, thương mại và đầu tư."


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Minh Hà", "Minh Hà"),
        ("Nguyễn Minh Hà - Trần Thu Hằng", "Nguyễn Minh Hà - Trần Thu Hằng"),
        ("Hà Phương, Nguyễn Thị Minh Anh", "Hà Phương, Nguyễn Thị Minh Anh"),
        ("Bài và ảnh: Nguyễn Minh Hà", "Nguyễn Minh Hà"),
        ("Thu Hằng/VOV-Viêng Chăn", "Thu Hằng/VOV-Viêng Chăn"),
        ("Hồng Nhung (TTXVN)", "Hồng Nhung (TTXVN)"),
        ("Đinh Hằng (thực hiện)", "Đinh Hằng (thực hiện)"),
        ("Tác giả: Minh Hà", "Minh Hà"),
        ("Phóng viên TTXVN tại Lào", "Phóng viên TTXVN tại Lào"),
        ("Đặc phái viên TTXVN", "Đặc phái viên TTXVN"),
        ("TS. Nguyễn Văn An", "TS. Nguyễn Văn An"),
        ("TS. Nguyễn Văn An - Học viện Ngoại giao", "TS. Nguyễn Văn An - Học viện Ngoại giao"),
    ],
)
def test_a_byline_above_the_lead_is_no_headline(line, byline):
    document = read("Thế giới", HEADLINE, line, LEAD, MORE)
    assert document.title == HEADLINE
    assert document.byline == byline
    assert document.blocks[2].role is Role.BYLINE
    assert document.caption_texts == ()
    assert [b.index for b in document.body] == [3, 4]


@pytest.mark.parametrize(
    ("line", "name_line"),
    [
        ("Nguyễn Minh Hà - Trần Thu Hằng", True),
        ("Việt Nam - Lào - Campuchia - Thái Lan", False),  # places, a headline's subject
        ("Thủ tướng Phạm Minh Chính - Tổng thống Joko Widodo", False),  # titled people
        ("Hợp tác Việt Nam - Lào", False),
        ("Phóng viên TTXVN tại Lào cho biết, hội nghị đã thành công.", False),
        ("TS. Nguyễn Văn An cho rằng hợp tác ASEAN cần được đẩy mạnh.", False),
    ],
)
def test_a_line_of_names(line, name_line):
    assert is_name_line(line) is name_line


@pytest.mark.parametrize(
    "salutation",
    [
        "Thưa các vị khách quý,",
        "Thưa các vị khách quý",
        "Kính thưa Ngài Chủ tịch Hội nghị, kính thưa các vị Bộ trưởng!",
        "Thưa Quý vị:",
    ],
)
def test_a_salutation_however_punctuated_opens_the_speech(salutation):
    headline = "Phát biểu của Bộ trưởng Lê Minh Hoan tại Hội nghị Bộ trưởng Nông Lâm ASEAN"
    speech = "Tôi rất vui mừng được tham dự Hội nghị hôm nay."
    document = read(headline, salutation, speech)
    assert is_salutation(salutation)
    assert document.title == headline
    assert sentences_of(document)[0] == salutation


def test_sparse_is_no_salutation():
    assert not is_salutation("Thưa thớt người tham dự")


@pytest.mark.parametrize(
    "headline",
    [
        "Thủ tướng điện đàm với Thủ tướng Nhật Bản Kishida F.",
        "Chủ tịch nước hội đàm với Tổng thống L.P.",
        "Thủ tướng tiếp Tổng giám đốc Samsung Electronics Co., Ltd.",
        "Bộ trưởng Nguyễn Mạnh Hùng tiếp Bộ trưởng Đ.",
        "Chủ tịch Quốc hội tiếp Chủ tịch Hội đồng Lập pháp Brunei Pehin Dato Hj.",
        "Thủ tướng tiếp Tổng giám đốc Tập đoàn Petronas Sdn. Bhd.",
    ],
)
def test_a_headline_ending_in_an_initial_or_abbreviation(headline):
    for page in ([headline, PLAIN_LEAD, MORE], ["Thời sự", headline, PLAIN_LEAD, MORE]):
        document = read(*page)
        assert document.title == headline
        assert sentences_of(document)[0] == PLAIN_LEAD


def test_an_excerpt_may_start_with_the_story_and_no_headline():
    """A short first sentence over a longer one is the story's own, not a headline."""
    document = read("Hai bên nhất trí tăng cường hợp tác.", PLAIN_LEAD, MORE)
    assert document.title is None
    assert [b.index for b in document.body] == [0, 1, 2]
    document = read("Hội nghị khai mạc hôm nay.", "Các nước tham dự đầy đủ.")
    assert document.title is None
    assert len(document.body) == 2


def test_a_summary_saying_when_is_no_headline():
    headline = "Việt Nam sẽ treo thường xuyên cờ ASEAN bên cạnh quốc kỳ"
    summary = (
        "Kể từ ngày 8.8.2021, Việt Nam sẽ treo thường xuyên lá cờ ASEAN bên cạnh quốc kỳ,"
        " trước hết là tại trụ sở Bộ Ngoại giao"
    )
    document = read(headline, summary, MORE)
    assert document.title == headline
    assert [b.index for b in document.body] == [1, 2]
