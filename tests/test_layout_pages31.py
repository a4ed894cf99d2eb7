"""Page shapes the invented genre sets (anniv, delegations, mekong, parliament, people,
plans) showed the reader getting wrong: a page that prints its photos' captions on lines
of their own, credited, yet a sentence of the story read as a caption (one opening a
paragraph, "… chủ trì Hội nghị. Tham dự có …", or one standing alone, "… , Trưởng Ban Chỉ
đạo, chủ trì Hội nghị."); and a list of other headlines under a lone "Đọc tiếp" button
left in the body. Every page and sentence here is invented."""

from __future__ import annotations

import pytest

from page_rows import HEADLINE, LAST, LEAD, MIDDLE, STAMP, check, page

CREDITED = "Các đại biểu dự Hội nghị chụp ảnh lưu niệm. Ảnh: Minh Khôi"
SHOWN = "Các đại biểu dự Hội nghị chụp ảnh lưu niệm."
CHAIRS = "Phó Thủ tướng Trần Minh Đức chủ trì phiên họp."
ATTEND = "Tham dự có đại diện lãnh đạo các bộ, ngành và 12 tỉnh, thành phố phía Nam."
SESSION = "Lễ khai mạc do Chủ tịch Hội đồng Lê Văn Tâm chủ trì."
PASSED = "Các đại biểu đã thông qua chương trình nghị sự và quy chế làm việc của Hội nghị."
STANDS = "Thứ trưởng Bộ Tài chính Ngô Thị Lan, Trưởng Ban Chỉ đạo, chủ trì Hội nghị."
CO_CHAIRS = (
    "Đồng chủ trì Diễn đàn có Thứ trưởng Bộ Công Thương Hồ Quang Vinh và Giám đốc quốc gia"
    " UNDP Petra Lindahl."
)
TEASER = "Hải Phòng đề xuất mở tuyến vận tải thủy nội địa với Quảng Tây"
TEASER2 = "Khánh thành cầu hữu nghị qua sông biên giới tại Đồng Tháp"

PAGES = [
    page(
        "a chair's sentence opening a paragraph, the page's photo credited on its own line",
        HEADLINE,
        STAMP,
        LEAD,
        f"{CHAIRS} {ATTEND}",
        CREDITED,
        MIDDLE,
        LAST,
        captions=(SHOWN,),
    ),
    page(
        "a session's chair opening a paragraph that narrates, the photo credited below",
        HEADLINE,
        STAMP,
        LEAD,
        f"{SESSION} {PASSED}",
        MIDDLE,
        CREDITED,
        LAST,
        captions=(SHOWN,),
    ),
    page(
        "a chair named in a sentence of its own over the page's credited caption",
        HEADLINE,
        STAMP,
        LEAD,
        STANDS,
        CREDITED,
        MIDDLE,
        LAST,
        captions=(SHOWN,),
    ),
    page(
        "co-chairs named in a sentence of their own, the caption credited further down",
        HEADLINE,
        STAMP,
        LEAD,
        CO_CHAIRS,
        MIDDLE,
        CREDITED,
        LAST,
        captions=(SHOWN,),
    ),
    page(
        "headlines under a lone 'Đọc tiếp' button, share widgets after them",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        "Đọc tiếp",
        TEASER,
        TEASER2,
        "Chia sẻ",
        "Bình luận (0)",
        clutter=("Đọc tiếp", TEASER, TEASER2),
    ),
    page(
        "headlines under a lone 'Xem tiếp' button closing the page",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        "Xem tiếp",
        TEASER2,
        TEASER,
        clutter=(TEASER2, TEASER),
    ),
]


@pytest.mark.parametrize("row", PAGES)
def test_pages31(row):
    check(row)


# What must stay as it is: a caption with no credit, where the page credits none of its
# photos or where it shows a moment (a scene, a speaker: anniv 02, pages 01), and a lone
# "Đọc tiếp" that opens the rest of the story.
KEPT = [
    page(
        "an uncredited caption on a page that credits no photo",
        HEADLINE,
        STAMP,
        LEAD,
        "Thứ trưởng Ngô Thị Lan phát biểu tại Hội nghị.",
        MIDDLE,
        LAST,
        captions=("Thứ trưởng Ngô Thị Lan phát biểu tại Hội nghị.",),
    ),
    page(
        "an unpunctuated caption with no credit beside a credited one",
        HEADLINE,
        STAMP,
        LEAD,
        "Quang cảnh Hội nghị",
        MIDDLE,
        CREDITED,
        LAST,
        captions=("Quang cảnh Hội nghị", SHOWN),
    ),
    page(
        "an uncredited scene with its full stop under a paragraph, a credited caption below",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        "Quang cảnh buổi hội đàm.",
        CREDITED,
        LAST,
        captions=("Quang cảnh buổi hội đàm.", SHOWN),
    ),
    page(
        "an uncredited speaker's caption under a paragraph on a page that credits a photo",
        HEADLINE,
        STAMP,
        LEAD,
        "Đại sứ Trần Quốc Nam phát biểu tại lễ kỷ niệm.",
        MIDDLE,
        CREDITED,
        LAST,
        captions=("Đại sứ Trần Quốc Nam phát biểu tại lễ kỷ niệm.", SHOWN),
    ),
    page(
        "a lone 'Đọc tiếp' with the story's paragraphs under it",
        HEADLINE,
        STAMP,
        LEAD,
        "Đọc tiếp",
        MIDDLE,
        LAST,
        clutter=("Đọc tiếp",),
    ),
]


@pytest.mark.parametrize("row", KEPT)
def test_pages31_kept(row):
    check(row)
