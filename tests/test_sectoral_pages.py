"""Page shapes the invented sectoral articles showed and the gold articles do not: a
ministry portal's name in capitals, with the ministry before a dash, over its menu and the
headline. Every page here is invented."""

from __future__ import annotations

import pytest

from briefgen.extract import sentences_of
from briefgen.ingest.outlets import is_site_name
from page_lines import LEAD, MIDDLE, read

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
