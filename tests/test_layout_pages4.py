"""Page shapes that a third set of invented pages (tests/data/invented_articles/pages4:
provincial and ministry portals, a bilingual site, a news aggregator, an e-magazine, a live
blog's final state) showed the reader getting wrong: an English headline under the
Vietnamese one, a follow button with no site named, a live blog's labels and clock times,
an office credited as the author, a reporter over an aggregator's source line, an
interview's "(thực hiện)" credit between the deck and the stamp, a pull quote, more
headings of other-news lists, and a saved page whose sapo and author stand beside the
paragraphs' container. Every page and sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract import sentences_of
from briefgen.ingest import read_bytes, read_document
from page_rows import HEADLINE, LAST, LEAD, MIDDLE, STAMP, Page, check, page

ENGLISH = "Viet Nam and Cambodia sign eight education cooperation documents"
DECK = (
    "Nhân chuyến thăm Campuchia, Bộ trưởng Nguyễn Kim Sơn đã trao đổi với phóng viên về"
    " kết quả hợp tác giáo dục giữa hai nước."
)
QUESTION = "Thưa Bộ trưởng, ông đánh giá thế nào về kết quả chuyến thăm lần này?"

HEADLINES = [
    page(
        "an English headline under the Vietnamese one on a bilingual site",
        "EN | VI",
        "Trang chủ / Giáo dục",
        HEADLINE,
        ENGLISH,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        clutter=(ENGLISH,),
    ),
    page(
        "an English headline and the author with its stamp under the Vietnamese one",
        "Home | Politics | Education",
        HEADLINE,
        ENGLISH,
        "Thu Trang | 10:20 14/03/2025",
        LEAD,
        MIDDLE,
        LAST,
        byline="Thu Trang",
        clutter=(ENGLISH,),
    ),
    page(
        "a follow button naming no site under the stamp, a byline over the stamp",
        "Thế giới > Hồ sơ",
        HEADLINE,
        "Minh Hà",
        STAMP,
        "Theo dõi trên Google News",
        LEAD,
        MIDDLE,
        LAST,
        byline="Minh Hà",
        clutter=("Theo dõi trên Google News",),
    ),
    page(
        "a live blog's labels, its reporters' team and its entries' clock times",
        "TRỰC TIẾP",
        HEADLINE,
        "ĐÃ KẾT THÚC",
        "Nhóm PV",
        "Cập nhật lần cuối: 10:20 - 14/03/2025",
        "Theo dõi trên Google News",
        "TÓM TẮT",
        LEAD,
        "10:20",
        MIDDLE,
        "09:05",
        LAST,
        "TIN LIÊN QUAN",
        "Hai nước ký thỏa thuận hợp tác đào tạo nghề",
        byline="Nhóm PV",
        clutter=("TRỰC TIẾP", "ĐÃ KẾT THÚC", "TÓM TẮT", "Theo dõi trên Google News", "10:20"),
    ),
]

CREDITS = [
    page(
        "a provincial office credited as the author, other news under it",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        "Sở Ngoại vụ tỉnh",
        "Các tin khác",
        "Tỉnh đón đoàn công tác của Lào (10/03/2025)",
        byline="Sở Ngoại vụ tỉnh",
    ),
    page(
        "a ministry's department credited as the author at the page's end",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        "Vụ Hợp tác quốc tế",
        byline="Vụ Hợp tác quốc tế",
    ),
    page(
        "an information centre credited as the author over share buttons",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        "Trung tâm Thông tin và Truyền thông",
        "Chia sẻ",
        "Tin liên quan",
        "Bộ trưởng tiếp Đại sứ Lào",
        byline="Trung tâm Thông tin và Truyền thông",
    ),
    page(
        "a reporter over an aggregator's source line, link and notice",
        HEADLINE,
        "Báo Thế giới và Việt Nam",
        "2 giờ trước",
        "Theo dõi",
        LEAD,
        MIDDLE,
        LAST,
        "Minh Hà",
        "Nguồn: Báo Thế giới và Việt Nam",
        "Xem nguồn",
        "Trang tổng hợp tin tức từ các báo điện tử chính thống. Nội dung do các cơ quan báo"
        " chí chịu trách nhiệm.",
        "Tin cùng chủ đề",
        "Hai nước ký thỏa thuận hợp tác đào tạo nghề",
        "Báo Tin tức - 2 ngày trước",
        byline="Minh Hà",
        clutter=(
            "Nguồn: Báo Thế giới và Việt Nam",
            "Tin cùng chủ đề",
            "Hai nước ký thỏa thuận hợp tác đào tạo nghề",
            "Báo Tin tức - 2 ngày trước",
        ),
    ),
    page(
        "an interview's credit between its deck and its stamp",
        "Góc nhìn",
        HEADLINE,
        DECK,
        "Minh Hà - Thu Trang (thực hiện)",
        STAMP,
        QUESTION,
        MIDDLE,
        LAST,
        first=DECK,
        byline="Minh Hà - Thu Trang (thực hiện)",
    ),
]

AMID_AND_UNDER = [
    page(
        "a teaser ending on an acronym in brackets under 'Tin khác', tags after it",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        "Tin khác",
        "Bộ Giáo dục tiếp đoàn công tác của UNESCO",
        "Khai mạc Hội nghị các quan chức giáo dục cao cấp ASEAN (SOM-ED)",
        "Tags: ASEAN, giáo dục, Campuchia",
        clutter=("Khai mạc Hội nghị các quan chức giáo dục cao cấp ASEAN (SOM-ED)",),
    ),
    page(
        "a pull quote saying again a clause of the story",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        '"Hai bên nhất trí mở rộng trao đổi sinh viên, giảng viên"',
        LAST,
        clutter=('"Hai bên nhất trí mở rộng trao đổi sinh viên, giảng viên"',),
    ),
    page(
        "a pull quote in curly quotes saying a sentence again",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        "“Hai bên nhất trí mở rộng trao đổi sinh viên, giảng viên và hợp tác đào tạo nghề”",
        LAST,
        clutter=(
            "“Hai bên nhất trí mở rộng trao đổi sinh viên, giảng viên và hợp tác đào tạo nghề”",
        ),
    ),
    page(
        "a magazine's list of same-section articles under its share button",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        "Chia sẻ bài viết",
        "Bài viết cùng chuyên mục",
        "Việt Nam - Lào: 60 năm đồng hành",
        'Đại sứ Lào: "Hai nước là anh em một nhà"',
        clutter=("Việt Nam - Lào: 60 năm đồng hành", 'Đại sứ Lào: "Hai nước là anh em một nhà"'),
    ),
    page(
        "an aggregator's topic list headed 'Tin cùng chủ đề'",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        "Tin cùng chủ đề",
        "Hai nước đẩy mạnh hợp tác đào tạo nghề",
        "Báo Nhân Dân - 3 ngày trước",
        "Lào cử sinh viên sang học tập tại Việt Nam",
        clutter=("Hai nước đẩy mạnh hợp tác đào tạo nghề", "Báo Nhân Dân - 3 ngày trước"),
    ),
]


@pytest.mark.parametrize("page", HEADLINES + CREDITS + AMID_AND_UNDER)
def test_a_page_reads_as_its_reader_would(page: Page):
    check(page)


SAVED_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Tin tức</title></head><body>
<div class="top"><a href="/">Trang chủ</a></div>
<div class="detail">
<h1 class="detail__title">{headline}</h1>
<div class="detail__time">Thứ Sáu, 14-03-2025, 10:20</div>
<div class="detail__sapo">{lead}</div>
<div class="detail__author">{author}</div>
<div class="detail__content">
<p>{middle}</p>
<p>Hai nước sẽ trao đổi đoàn cán bộ quản lý giáo dục trong năm nay.</p>
<p>{last}</p>
</div>
</div>
<div class="footer"><p>Tòa soạn: số 1 phố Hàng Bài, Hà Nội</p></div>
</body></html>"""


@pytest.mark.parametrize("author", ["THU TRANG", "Vụ Hợp tác quốc tế"])
def test_a_saved_page_keeps_the_sapo_and_author_beside_its_paragraphs(tmp_path: Path, author: str):
    path = tmp_path / "bai.html"
    text = SAVED_PAGE.format(headline=HEADLINE, lead=LEAD, author=author, middle=MIDDLE, last=LAST)
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    sentences = sentences_of(document)
    assert document.title == HEADLINE
    assert sentences[0] == LEAD
    assert sentences[-1] == LAST
    assert document.byline == author
    assert str(document.published) == "2025-03-14"


HEADS = [
    "Thứ trưởng Bộ Giáo dục và Đào tạo Hoàng Minh Sơn dẫn đầu đoàn Việt Nam dự Hội nghị.",
    "Bộ trưởng Nguyễn Kim Sơn dẫn đầu Đoàn đại biểu Việt Nam tham dự Hội nghị và các hoạt động"
    " bên lề.",
    "Đại sứ Trần Văn Hùng dẫn đầu phái đoàn Việt Nam dự phiên họp.",
]


@pytest.mark.parametrize("head", HEADS)
def test_who_heads_the_delegation_is_the_story_not_a_caption(head: str):
    """A sentence naming who leads the delegation tells of the whole visit, not of a
    moment a photo shows, however short it stands between paragraphs."""
    lines = [HEADLINE, STAMP, LEAD, head, MIDDLE, LAST]
    document = read_bytes("\n".join(lines).encode(), "page.txt")
    assert document.caption_texts == ()
    assert head in sentences_of(document)


CHAIRED = [
    "Hội nghị do Bộ trưởng Giáo dục Campuchia Hang Chuon Naron chủ trì.",
    "Phiên họp do Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng và Đại sứ Lào đồng chủ trì.",
]


@pytest.mark.parametrize("chaired", CHAIRED)
def test_who_chairs_the_meeting_in_the_passive_is_the_story(chaired: str):
    """'Hội nghị do … chủ trì.' tells who chaired the whole meeting, as the story does; a
    caption shows the chair at work ("Bộ trưởng … chủ trì Hội nghị")."""
    lines = [HEADLINE, STAMP, LEAD, chaired, MIDDLE, LAST]
    document = read_bytes("\n".join(lines).encode(), "page.txt")
    assert document.caption_texts == ()
    assert chaired in sentences_of(document)


def test_the_chair_at_work_is_still_a_caption():
    shown = "Bộ trưởng Giáo dục Campuchia Hang Chuon Naron chủ trì Hội nghị"
    lines = [HEADLINE, STAMP, LEAD, shown, MIDDLE, LAST]
    document = read_bytes("\n".join(lines).encode(), "page.txt")
    assert document.caption_texts == (shown,)
