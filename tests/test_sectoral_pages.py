"""Page shapes the invented sectoral articles showed and the gold articles do not: a
ministry portal's name in capitals, with the ministry before a dash, over its menu and the
headline. Every page here is invented."""

from __future__ import annotations

import pytest

from briefgen.extract import sentences_of
from briefgen.ingest.outlets import is_site_name
from briefgen.records import Role
from page_lines import LAST, LEAD, MIDDLE, read

HEADLINE = (
    "Hội nghị Bộ trưởng ASEAN về các vấn đề công vụ lần thứ 23 thông qua Tuyên bố Luang Prabang"
)


@pytest.mark.parametrize(
    "site",
    [
        "BỘ NỘI VỤ - CỔNG THÔNG TIN ĐIỆN TỬ",
        "BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ",
        "Bộ Ngoại giao - Cổng thông tin điện tử",
        "BÁO ĐIỆN TỬ CHÍNH PHỦ",
        "CỔNG THÔNG TIN ĐIỆN TỬ BỘ Y TẾ",
    ],
)
def test_a_portal_name_in_capitals_or_after_its_ministry_is_the_site(site):
    assert is_site_name(site)
    page = read(site, "Trang chủ | Giới thiệu | Tin tức - Sự kiện", "", HEADLINE, LEAD, MIDDLE)
    assert page.title == HEADLINE
    assert sentences_of(page)[0] == LEAD


@pytest.mark.parametrize(
    "line",
    [
        "BÁO CHÍ CÁCH MẠNG VIỆT NAM TRONG KỶ NGUYÊN SỐ",
        "Bộ Nội vụ - Hội nghị tổng kết công tác năm 2026",
        "BỘ NỘI VỤ TỔNG KẾT CÔNG TÁC NĂM 2026",
    ],
)
def test_a_headline_in_capitals_is_no_site(line):
    assert not is_site_name(line)


def test_a_dated_listing_cut_by_the_page_end_is_no_box_amid_the_story():
    page = read(
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Ngọc Mai",
        "Tin tức cùng chuyên mục",
        "Bộ Nội vụ tổng kết công tác năm 2026",
        "Ngày đăng 01/12/2026",
        "Chiều 01/12/2026, Bộ trưởng Bộ Nội vụ chủ trì hội nghị tổng kết công tác năm 2026.",
        "Hướng dẫn đánh giá, xếp loại chất lượng công chức năm 2026",
        "Ngày đăng 30/11/2026",
    )
    assert sentences_of(page)[-1] == LAST
    assert [b.text for b in page.blocks if b.role is Role.BYLINE] == ["Ngọc Mai"]


def test_a_box_amid_the_story_stays_one_when_the_page_ends_with_its_date():
    page = read(
        HEADLINE, LEAD, "TIN LIÊN QUAN", "Bộ Nội vụ tổng kết công tác năm 2026", MIDDLE, LAST
    )
    assert sentences_of(page)[-2:] == [MIDDLE, LAST]


CAPTION = "Thứ trưởng Trần Quốc Bảo phát biểu tại Hội nghị"


def test_an_alt_text_printed_again_over_its_caption_is_one_caption():
    page = read(HEADLINE, "", LEAD, "", CAPTION, CAPTION, "", MIDDLE, "", LAST)
    assert page.caption_texts == (CAPTION,)
    assert [b.role for b in page.blocks if b.text == CAPTION] == [Role.CLUTTER, Role.CAPTION]


def test_a_photo_label_over_its_caption_is_no_body():
    label, caption = "Ảnh hội nghị ALMM-29", "Các Trưởng đoàn chụp ảnh chung. Ảnh: Bộ Nội vụ"
    page = read(HEADLINE, "", LEAD, "", label, caption, "", MIDDLE, "", LAST)
    assert page.caption_texts == ("Các Trưởng đoàn chụp ảnh chung.",)
    assert label not in sentences_of(page)


def test_a_caption_after_a_bulleted_list_is_no_item_of_it():
    page = read(
        HEADLINE,
        "",
        LEAD,
        "",
        "Hội nghị đã thông qua các văn kiện quan trọng, gồm:",
        "- Tuyên bố Manila về tăng cường an ninh y tế;",
        "- Kế hoạch hành động ASEAN về y tế số giai đoạn 2026-2030.",
        "",
        "Các Bộ trưởng cũng rà soát tiến độ triển khai các chương trình y tế khu vực.",
        "",
        CAPTION,
        "",
        MIDDLE,
        "",
        LAST,
    )
    assert page.caption_texts == (CAPTION,)
