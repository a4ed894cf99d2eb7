"""Headlines of other stories that a scrape ran together into one line amid the story: the
same titled person heads two of them, or one headline's last word is glued to the next
one's first. Either tells a list of links flattened, which no paragraph, caption or
subheading is; a paragraph the excerpt cut short (the page's last line) may still say a
name twice. Every page and sentence here is invented."""

from __future__ import annotations

import pytest

from page_rows import HEADLINE, LAST, LEAD, MIDDLE, STAMP, check, page

SAME_LEADER = (
    "Bộ trưởng Nguyễn Kim Sơn tiếp Đại sứ Nhật Bản tại Việt Nam Hà Nội đề xuất mở rộng"
    " mạng lưới trường nghề, đào tạo lại người lao động Bộ trưởng Bộ Giáo dục và Đào tạo"
    " Nguyễn Kim Sơn làm việc với Đại học Quốc gia Lào"
)
SAME_LEADER_QUOTED = (
    "Chủ tịch nước Lương Cường tiếp đoàn doanh nghiệp Hội đồng Kinh doanh Hoa Kỳ - ASEAN"
    " Chủ tịch nước Lương Cường: Tạo thuận lợi tối đa cho đầu tư công nghệ Mùa hè cho thế hệ"
    " trẻ vươn xa"
)
GLUED_WORDS = (
    "Khai mạc Diễn đàn giáo dục Mekong lần VBộ Giáo dục Lào gửi thư cảm ơn đoàn giáo viên"
    " tình nguyệnTrường nghề Việt Nam nằm trong nhóm dẫn đầu khu vựcQuan hệ giáo dục Việt"
    " Nam - Campuchia là tài sản chung"
)
# a paragraph cut short by the excerpt says the minister's name twice, with no full stop
CUT = (
    "Bộ trưởng Nguyễn Kim Sơn cho biết Việt Nam sẵn sàng tiếp nhận thêm sinh viên"
    " Campuchia, đồng thời Bộ trưởng Nguyễn Kim Sơn đề nghị hai bên sớm ký kế hoạch"
)
# a caption naming the minister twice is a caption, not a list of links
CAPTION = (
    "Bộ trưởng Nguyễn Kim Sơn và Bộ trưởng Hang Chuon Naron tại lễ ký. Bộ trưởng Nguyễn"
    " Kim Sơn phát biểu tại lễ ký (Ảnh: TTXVN)"
)

PAGES = [
    page(
        "the same titled person heads two headlines run together",
        HEADLINE,
        STAMP,
        LEAD,
        SAME_LEADER,
        MIDDLE,
        LAST,
        clutter=(SAME_LEADER,),
    ),
    page(
        "the same person heads two headlines, one quoting him",
        HEADLINE,
        STAMP,
        LEAD,
        "",
        SAME_LEADER_QUOTED,
        "",
        MIDDLE,
        LAST,
        clutter=(SAME_LEADER_QUOTED,),
    ),
    page(
        "headlines glued word to word",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        GLUED_WORDS,
        LAST,
        clutter=(GLUED_WORDS,),
    ),
]


@pytest.mark.parametrize("made", PAGES)
def test_headlines_run_together_are_no_paragraph(made):
    check(made)


KEPT = [
    page(
        "a cut last paragraph naming its speaker twice",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        CUT,
        last=CUT,
    ),
    page(
        "a caption naming the minister twice",
        HEADLINE,
        STAMP,
        LEAD,
        CAPTION,
        MIDDLE,
        LAST,
        captions=(CAPTION.removesuffix(" (Ảnh: TTXVN)"),),
    ),
]


@pytest.mark.parametrize("made", KEPT)
def test_a_name_said_twice_elsewhere_keeps_its_line(made):
    check(made)
