"""Page shapes the invented pages of many kinds of site showed (police and TV stations,
portals, papers with reading players, polls and comment forms): the headline dated by
the page's stamp or ending its breadcrumb, a box of dated teasers amid the story, a
footer line that names the station first, a comment form and a poll under the story.
Every page here is invented."""

from __future__ import annotations

import pytest

from briefgen.extract import sentences_of
from briefgen.records import Role
from page_lines import HEADLINE, LAST, LEAD, MIDDLE, read

# A widget's line over the lead that is shaped like a short headline.
PLAYER = ["Nghe bài viết", "0:00 / 2:41", "Giọng nam miền Nam"]
VIDEO = ["Xem video", "Bỏ qua quảng cáo sau 3 giây"]


@pytest.mark.parametrize("stamp", ["10:05 12/03/2026", "Thứ Năm, 12/03/2026 - 10:05"])
@pytest.mark.parametrize("widget", [PLAYER, VIDEO])
def test_the_line_the_page_dates_is_the_headline_not_a_widget_over_the_lead(stamp, widget):
    page = read("Báo Tin tức địa phương", "Thời sự", "Đối ngoại", HEADLINE, stamp, *widget, LEAD)
    assert page.title == HEADLINE
    assert sentences_of(page)[0] == LEAD


def test_a_breadcrumb_ending_in_the_headline_repeats_it():
    page = read(
        "Trang chủ › Đối ngoại › " + HEADLINE,
        HEADLINE,
        "Tốc độ đọc",
        "Giọng nữ miền Trung",
        LEAD,
        MIDDLE,
    )
    assert page.title == HEADLINE


def test_a_box_of_dated_teasers_amid_the_story_is_no_end_of_it():
    page = read(
        HEADLINE,
        LEAD,
        "Tin liên quan",
        "Việt Nam và Lào ký kết kế hoạch hợp tác năm 2026",
        "02/03/2026",
        "Bộ trưởng Ngoại giao tiếp Đại sứ Campuchia",
        "28/02/2026",
        MIDDLE,
        LAST,
        "Hà Phương (theo TTXVN)",
        "Tags:",
        "ASEAN",
    )
    assert sentences_of(page)[-2:] == [MIDDLE, LAST]
    assert page.byline == "Hà Phương (theo TTXVN)"
    assert page.published is None  # (a teaser's date is another article's)


def test_a_dated_listing_with_summaries_still_ends_the_story():
    page = read(
        HEADLINE,
        LEAD,
        LAST,
        "Tin liên quan",
        "Việt Nam và Lào ký kết kế hoạch hợp tác năm 2026",
        "02/03/2026",
        "Chiều 2/3, tại Hà Nội, hai Bộ trưởng đã ký kế hoạch hợp tác giữa hai Bộ năm 2026.",
        "Bộ trưởng Ngoại giao tiếp Đại sứ Campuchia",
        "28/02/2026",
        "Sáng 28/2, Bộ trưởng Ngoại giao đã tiếp Đại sứ Campuchia đến chào từ biệt.",
    )
    assert sentences_of(page)[-1] == LAST


@pytest.mark.parametrize(
    "footer",
    [
        "Đài Phát thanh và Truyền hình tỉnh Nam Sơn. Chịu trách nhiệm nội dung: Giám đốc Đài.",
        "Báo Nam Sơn điện tử. Giấy phép số 12/GP-BTTTT. Tổng biên tập: Trần Văn Bình.",
    ],
)
def test_a_footer_line_that_names_the_site_first_is_no_paragraph(footer):
    page = read(
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Tin liên quan",
        "Nam Sơn đón đoàn doanh nghiệp Lào",
        "Khai mạc tuần văn hóa ASEAN tại Nam Sơn",
        footer,
    )
    assert sentences_of(page)[-1] == LAST
    assert [b.role for b in page.blocks if b.text == footer] == [Role.CLUTTER]


def test_a_comment_form_under_the_byline_is_the_page():
    form = ["Bình luận (0)", "Họ và tên", "Email", "Nội dung bình luận", "Gửi bình luận"]
    page = read(HEADLINE, LEAD, MIDDLE, LAST, "PV", *form, "Tin liên quan", "Tin khác về ASEAN")
    assert page.byline == "PV"
    assert sentences_of(page)[-1] == LAST
    assert all(b.role is not Role.BODY for b in page.blocks if b.text in form)


def test_a_poll_under_the_story_is_the_page():
    poll = [
        "Theo bạn, đâu là ưu tiên hợp tác lớn nhất của ASEAN năm tới?",
        "Kinh tế số",
        "Chuyển đổi xanh",
        "Kết nối hạ tầng",
    ]
    page = read(
        HEADLINE, "Ngọc Lan", LEAD, MIDDLE, LAST, "Bình chọn", *poll, "Biểu quyết", "Xem kết quả"
    )
    assert sentences_of(page)[-1] == LAST
    assert all(b.role is not Role.BODY for b in page.blocks if b.text in poll)


def test_a_question_in_the_story_with_a_short_list_under_it_stays_the_story():
    question = "Vì sao hợp tác số lại được ưu tiên?"
    page = read(HEADLINE, LEAD, question, MIDDLE, LAST)
    assert sentences_of(page)[1:] == [question, MIDDLE, LAST]


def test_a_headline_under_the_page_stamp_is_dated_too_where_a_player_stands_under_it():
    page = read(
        "Đối ngoại",
        "Thứ Năm, 12/03/2026 10:05 (GMT+7)",
        HEADLINE,
        "Nghe bài viết",
        "Giọng nữ miền Bắc",
        LEAD,
        MIDDLE,
    )
    assert page.title == HEADLINE


def test_a_poll_with_answers_of_a_word_is_the_page():
    question = "Bạn có hài lòng với kết quả hội nghị?"
    page = read(
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Ý kiến của bạn",
        question,
        "Có",
        "Không",
        "Gửi",
        "Tin liên quan",
        "Nam Sơn đón đoàn doanh nghiệp Lào",
    )
    assert sentences_of(page)[-1] == LAST


@pytest.mark.parametrize("heading", ["Latest news", "Related news", "Read more", "Most read"])
def test_an_english_heading_of_other_news_ends_the_story(heading):
    page = read(
        "Home",
        "Politics",
        "International",
        HEADLINE,
        "12/03/2026 10:05",
        LEAD,
        MIDDLE,
        LAST,
        "MINH ANH (tổng hợp)",
        heading,
        "Nam Sơn đón đoàn doanh nghiệp Lào",
    )
    assert sentences_of(page)[-1] == LAST
    assert page.byline == "MINH ANH (tổng hợp)"
