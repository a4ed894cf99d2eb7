"""Page furniture that is neither title, body, caption nor byline, wherever a page puts it:
menus and breadcrumbs, tag rows, footers, source tags on a line of their own, and lists
of other articles after the byline. Every page here is invented."""

from __future__ import annotations

import pytest

from briefgen.extract import sentences_of
from briefgen.ingest.outlets import is_tag_alone, source_tag
from briefgen.ingest.page_furniture import is_menu, is_widget
from briefgen.records import Role
from page_lines import HEADLINE, LAST, LEAD, MIDDLE, read


@pytest.mark.parametrize(
    "line",
    [
        "Trang chủ > Thời sự > Đối ngoại",
        "Thời sự | Chính trị | Đối ngoại",
        "Trang chủ » Tình hình Đại sứ quán",
        "#ASEAN #Lào #HợpTác",
        "Cơ quan chủ quản: Bộ Ngoại giao",
        "Giấy phép số 123/GP-BTTTT",
        "Tổng biên tập: Nguyễn Văn An",
        "Địa chỉ: 19 Lê Thánh Tông, Hà Nội",
        "a1b2c3d4e5f60718.jpg",
        "Liên hệ tòa soạn: 024 1234 5678",
        "[Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản]",
        "1.234 lượt xem",
    ],
)
def test_furniture_amid_the_story_leaves_the_body(line):
    document = read(HEADLINE, LEAD, MIDDLE, line, LAST)
    assert [b.index for b in document.body] == [1, 2, 4]
    assert document.blocks[3].role is not Role.BODY
    assert document.caption_texts == ()


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("Trang chủ > Thời sự", True),
        ("Quang cảnh Hội nghị | Ảnh: TTXVN", False),  # a caption and its credit
        ("Việt Nam - Lào: Hợp tác toàn diện", False),
        ("Hai bên nhất trí hợp tác. | Thủ tướng phát biểu.", False),
    ],
)
def test_a_menu_is_short_labels_between_separators(line, menu):
    assert is_menu(line) is menu


@pytest.mark.parametrize("tag", ["(TTXVN)", "TGVN.", "(VOV5) -", "VOV.VN -", "(Chinhphu.vn)"])
def test_a_source_tag_on_a_line_of_its_own(tag):
    assert is_tag_alone(tag)
    document = read(HEADLINE, tag, LEAD, MIDDLE)
    assert document.title == HEADLINE
    assert document.blocks[1].role is not Role.BODY
    assert sentences_of(document)[0] == LEAD


@pytest.mark.parametrize("line", ["ASEAN", "(giữa)", "Hà Nội"])
def test_no_source_tag(line):
    assert not is_tag_alone(line)


def test_headlines_of_other_articles_after_the_byline_with_no_heading():
    document = read(
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Thu Hằng",
        "Thủ tướng tiếp Đại sứ Nhật Bản",
        "Bộ trưởng Ngoại giao dự Hội nghị Bộ trưởng Ngoại giao ASEAN",
    )
    assert document.byline == "Thu Hằng"
    assert [b.index for b in document.body] == [1, 2, 3]
    assert document.caption_texts == ()
    assert {document.blocks[i].role for i in (5, 6)} == {Role.CLUTTER}


def test_a_footer_after_the_byline():
    document = read(
        HEADLINE,
        LEAD,
        LAST,
        "Minh Hà",
        "Tag: ASEAN",
        "Chia sẻ",
        "Tổng biên tập: Nguyễn Văn An",
        "© Bản quyền thuộc Báo Quốc tế",
    )
    assert document.byline == "Minh Hà"
    assert [b.index for b in document.body] == [1, 2]


def test_the_widget_patterns_leave_prose_alone():
    assert not is_widget("Địa chỉ liên lạc của các đoàn được gửi tới Ban tổ chức.")
    assert not is_widget("Tổng biên tập báo Nhân Dân dự hội nghị.")


@pytest.mark.parametrize(
    ("lead", "tag"),
    [
        ("Hà Nội, ngày 5/8 (TTXVN) - Chiều 5/8, hội nghị khai mạc.", "Hà Nội, ngày 5/8 (TTXVN) - "),
        ("Jakarta, 5/8 (TTXVN) - Chiều 5/8, hội nghị khai mạc.", "Jakarta, 5/8 (TTXVN) - "),
        ("Tin tức (TTXVN) - Chiều 5/8, hội nghị khai mạc.", "Tin tức (TTXVN) - "),
        ("Hội nghị ASEAN (AMM) - nơi các nước trao đổi.", ""),
    ],
)
def test_a_dated_source_tag_glued_to_the_lead_is_neither_title_nor_sentence(lead, tag):
    assert source_tag(lead) == tag
    document = read(HEADLINE, lead, MIDDLE)
    assert document.title == HEADLINE
    assert sentences_of(document)[0] == lead[len(tag) :]


@pytest.mark.parametrize(
    "image",
    [
        f"{HEADLINE} - ảnh 1",  # the image's alt text, numbered by the page
        f"{HEADLINE}.jpg",  # a file name with spaces
        "z4567890123_abcdef0123456789.JPG",
    ],
)
def test_an_image_line_is_clutter_and_the_line_under_it_its_caption(image):
    caption = "Lễ đón chính thức tại Phủ Tổng thống"
    document = read(HEADLINE, LEAD, image, caption, MIDDLE)
    assert document.blocks[2].role is Role.CLUTTER
    assert document.caption_texts == (caption,)
    assert [b.index for b in document.body] == [1, 4]


def test_a_teaser_on_the_line_of_its_heading_does_not_end_the_story():
    document = read(HEADLINE, LEAD, "Xem thêm: Thủ tướng tiếp Đại sứ Lào", MIDDLE)
    assert document.blocks[2].role is Role.CLUTTER
    assert [b.index for b in document.body] == [1, 3]


def test_a_related_heading_with_teasers_under_it_ends_the_story():
    document = read(HEADLINE, LEAD, MIDDLE, "Xem thêm:", "Thủ tướng tiếp Đại sứ Lào")
    assert [b.index for b in document.body] == [1, 2]


@pytest.mark.parametrize("credit", ["TTXVN", "PV", "T.H", "N.H."])
def test_initials_or_an_acronym_closing_the_story_are_its_byline(credit):
    document = read(HEADLINE, LEAD, LAST, credit)
    assert document.byline == credit
    assert [b.index for b in document.body] == [1, 2]
    above = read(HEADLINE, credit, LEAD, LAST)  # above the lead, an agency's tag
    # (but "PV" is no agency: the reporter, credited by post alone, wherever it stands)
    assert above.byline == ("PV" if credit == "PV" else None)
    assert above.title == HEADLINE
    assert [b.index for b in above.body] == [2, 3]
