"""Captions a sixth fresh batch of real pages showed the reader leaving in the body,
written here as invented pages: one in a photo's table cell with no credit ("… |"), however
it narrates; one credited at length, naming everyone pictured and what they hold; one
saying the lead again nearly at the lead's length; and lines with no closing mark between
two paragraphs that show a scene or run to a paragraph's length. Subheadings and a
numbered point stay the story's. Every page and sentence here is invented."""

from __future__ import annotations

import pytest

from page_rows import HEADLINE, LAST, LEAD, MIDDLE, STAMP, check, page

CELL = (
    "Bộ trưởng Nguyễn Kim Sơn chào mừng Bộ trưởng Hang Chuon Naron dẫn đầu đoàn đại biểu Bộ"
    " Giáo dục Campuchia thăm và làm việc tại Việt Nam."
)
LONG_CREDITED = (
    "Bộ trưởng Nguyễn Kim Sơn và Bộ trưởng Hang Chuon Naron trao Thỏa thuận hợp tác trong"
    " lĩnh vực Giáo dục nghề nghiệp, Đào tạo giáo viên và Phát triển Học liệu số năm 2025 và"
    " kế hoạch hợp tác tiếp theo giữa hai bộ."
)
CREDIT = " Ảnh: Minh Đức – Phóng viên TTXVN tại Campuchia."
# the lead said again in a caption nearly as long as the lead
RESTATED = (
    "Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn chào mừng Bộ trưởng Giáo dục Campuchia"
    " Hang Chuon Naron."
)
SCENE = "Cuộc họp diễn ra theo hình thức trực tuyến"
# (an occasion's name alone may head a part: tests/test_layout_captions.py)
SCENES = (SCENE, "Buổi tiếp diễn ra trong không khí thân mật")
LONG_UNSTOPPED = (
    "Trong chuyến công tác tại Campuchia vào tháng 5/2024, Bộ trưởng Nguyễn Kim Sơn đã tiếp"
    " ông Hang Chuon Naron, Bộ trưởng Giáo dục, Thanh niên và Thể thao Campuchia"
)
SUBHEADING = "Ba trụ cột hợp tác"
POINT = (
    "Thứ hai, hỗ trợ học sinh dễ bị tổn thương, gồm 2 dự án là xây dựng trường bán trú tại"
    " tỉnh Kampot và cấp học bổng cho học sinh vùng biên giới hai nước"
)

PAGES = [
    page(
        "a caption in a table cell with no credit, though it narrates",
        HEADLINE,
        STAMP,
        LEAD,
        f"{CELL} |",
        MIDDLE,
        LAST,
        captions=(CELL,),
    ),
    page(
        "a caption credited at length",
        HEADLINE,
        STAMP,
        LEAD,
        "",
        LONG_CREDITED + CREDIT,
        "",
        MIDDLE,
        LAST,
        captions=(LONG_CREDITED,),
    ),
    page(
        "a caption saying the lead again nearly at its length",
        HEADLINE,
        STAMP,
        LEAD,
        RESTATED,
        MIDDLE,
        LAST,
        captions=(RESTATED,),
    ),
    *(
        page(
            f"an unstopped line telling how a scene went between paragraphs: {scene}",
            HEADLINE,
            STAMP,
            LEAD,
            MIDDLE,
            scene,
            LAST,
            captions=(scene,),
        )
        for scene in SCENES
    ),
    page(
        "an unstopped caption of a paragraph's length between paragraphs",
        HEADLINE,
        STAMP,
        LEAD,
        LONG_UNSTOPPED,
        MIDDLE,
        LAST,
        captions=(LONG_UNSTOPPED,),
    ),
    page(
        "a subheading and a numbered point without a full stop stay the story's",
        HEADLINE,
        STAMP,
        LEAD,
        SUBHEADING,
        MIDDLE,
        POINT,
        LAST,
        captions=(),
    ),
]


@pytest.mark.parametrize("made", PAGES)
def test_captions_without_a_mark_or_a_stop(made):
    check(made)
