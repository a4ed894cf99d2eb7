"""Page lines a fifth fresh batch of real pages showed the reader misplacing, written here as
invented pages: a breadcrumb whose separators the scrape lost ("Trang chủ Chính trị - Xã
hội …"), or whose section labels run into the headline it ends on ("Thế giới Thế giới
<headline>"), taken for the title, and a stray word under the headline ("aa") taken for
its second line; a comment box's notices under the story; the caption
under an image's empty placeholder ("![]() |") or under the headline said again as the
photo's alt text, left in the body; a caption in a gallery's table cell ("| … |"), one run
into its alt text numbered without a dash ("<headline> ảnh 1<caption>"), and one printed
twice, read with the page's marks or twice over. Every page and sentence here is invented."""

from __future__ import annotations

import pytest

from page_rows import HEADLINE, LAST, LEAD, MIDDLE, STAMP, check, page

TRAIL = "Trang chủ Chính trị - Xã hội Chào ngày mới"
GLUED = f"Thế giới Thế giới {HEADLINE}"
COMMENTS = (
    "Bình Luận (0)",
    "Bài viết chưa có bình luận nào. Bạn nên dùng tiếng Việt có dấu khi bình luận.",
)
PLACEHOLDER = "![]() |"
PEOPLE = (
    "Quyền Bộ trưởng Nguyễn Kim Sơn và nguyên Tổng thống Cộng hòa Mozambique Armando Emilio"
    " Guebuza."
)
SCENE = "Hai Bộ trưởng trao đổi về kế hoạch trao đổi sinh viên."
CELL = f"| {SCENE[:-1]} (Ảnh: Baogiaoduc) |"
GLUED_ALT = f"{HEADLINE} ảnh 1{SCENE} (Ảnh: TTXVN)"
TWICE = (f"{SCENE} Ảnh:TTXVN", f"{SCENE} Ảnh: TTXVN")

PAGES = [
    page(
        "a breadcrumb with its separators lost, over the stamp, the headline said again",
        HEADLINE,
        TRAIL,
        STAMP,
        "",
        HEADLINE,
        "",
        "aa",
        LEAD,
        MIDDLE,
        LAST,
        clutter=(TRAIL, "aa"),
    ),
    page(
        "section labels run into the headline they end on",
        HEADLINE,
        GLUED,
        "",
        LEAD,
        MIDDLE,
        LAST,
        clutter=(GLUED,),
    ),
    page(
        "a comment box's count and notice under the story",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        "",
        *COMMENTS,
        clutter=COMMENTS,
    ),
    page(
        "the people in a photo named under its empty placeholder",
        HEADLINE,
        STAMP,
        LEAD,
        PLACEHOLDER,
        PEOPLE,
        MIDDLE,
        LAST,
        captions=(PEOPLE,),
        clutter=(PLACEHOLDER,),
    ),
    page(
        "a caption under the headline said again as the photo's alt text",
        HEADLINE,
        STAMP,
        LEAD,
        HEADLINE,
        SCENE,
        MIDDLE,
        LAST,
        captions=(SCENE,),
    ),
]


CAPTIONED = [
    page(
        "a caption in a gallery's table cell, a bar on either side",
        HEADLINE,
        STAMP,
        LEAD,
        PLACEHOLDER,
        CELL,
        MIDDLE,
        LAST,
        captions=(SCENE[:-1],),
        clutter=(PLACEHOLDER,),
    ),
    page(
        "a caption run into its alt text numbered without a dash",
        HEADLINE,
        STAMP,
        LEAD,
        GLUED_ALT,
        MIDDLE,
        LAST,
        captions=(SCENE,),
    ),
    page(
        "a photo's caption printed twice",
        HEADLINE,
        STAMP,
        TWICE[0],
        "",
        TWICE[1],
        "",
        LEAD,
        MIDDLE,
        LAST,
        captions=(SCENE,),
    ),
]


@pytest.mark.parametrize("made", PAGES + CAPTIONED)
def test_trails_comment_boxes_and_photo_lines(made):
    check(made)
