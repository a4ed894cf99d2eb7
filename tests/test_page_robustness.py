"""A real page with scraped clutter put in reads as it did without it (metamorphic tests).

A fixed sample of the trials of benchmarks/page_robustness.py (see
tests/page_perturbations.py) on the TUNING articles of ../shared/gold, and one invented
page per class of clutter the reader once got wrong there."""

from __future__ import annotations

import random

import pytest

from briefgen.ingest.bylines import byline_name
from briefgen.ingest.outlets import lead_tag
from briefgen.records import Role
from conftest import GOLD_SPLIT
from page_lines import HEADLINE, LAST, LEAD, MIDDLE, read
from page_perturbations import KINDS, combined_trials, run_trial, seed_of, tuning_pages


@pytest.fixture(scope="module")
def pages(shared):
    return tuning_pages(shared / "gold", shared, GOLD_SPLIT)


def sample(pages):
    """Each kind at each of its places on two pages (a different two per kind and place),
    and one mix of four kinds on every page: about 90 reads."""
    for k, kind in enumerate(KINDS):
        for p, place in enumerate(kind.places):
            for n in range(2):
                page = pages[(7 * k + 3 * p + 5 * n) % len(pages)]
                seed = seed_of(page.annotation.path, kind.name, place, n)
                yield page, (kind.make(random.Random(seed), place),), seed
    for page, clutters, seed in combined_trials(pages, 1):
        if len(clutters) < len(KINDS):
            yield page, clutters, seed


def test_tuning_pages_read_the_same_with_clutter_put_in(pages):
    assert len(pages) >= 20  # (every tuning article the reader gets right is a page here)
    trials = [t for args in sample(pages) if (t := run_trial(*args)) is not None]
    failed = [f"{t.page.annotation.path} [{t.kinds}]: {t.failures}" for t in trials if t.failures]
    assert len(trials) >= 70
    assert not failed, "\n".join(failed)


def test_every_kind_at_once_on_each_page(pages):
    trials = [run_trial(page, clutters, seed) for page, clutters, seed in combined_trials(pages, 0)]
    failed = [t for t in trials if t is not None and t.failures]
    assert len(failed) <= 2, [f"{t.page.annotation.path}: {t.failures}" for t in failed]


# -- classes the reader got wrong on tuning pages with clutter put in ------------------------

BOX = ("TIN LIÊN QUAN", "Thủ tướng tiếp Đại sứ Nhật Bản", "Khai mạc Tuần lễ Văn hóa ASEAN")
PLAIN_LEAD = "Bộ trưởng Ngoại giao hai nước đã hội đàm tại Hà Nội về hợp tác song phương."
CLOSING_LIST = ("Tin khác", "Hai nước ký Bản ghi nhớ về hợp tác lao động", "ASEAN họp bàn")


def test_a_box_amid_the_story_with_lists_closing_the_page_is_no_end():
    document = read(HEADLINE, LEAD, *BOX, MIDDLE, LAST, *CLOSING_LIST)
    assert [b.index for b in document.body] == [1, 5, 6]
    assert {document.blocks[i].role for i in (2, 3, 4, 7, 8, 9)} == {Role.CLUTTER}


def test_a_box_over_the_storys_last_paragraph_is_no_end():
    document = read(HEADLINE, LEAD, MIDDLE, *BOX, LAST)
    assert [b.index for b in document.body] == [1, 2, 6]


def test_a_listing_with_dates_and_summaries_ends_the_story():
    listing = (
        "Tin cùng chuyên mục",
        "Bộ Tài chính công bố kế hoạch năm 2024",
        "Ngày đăng 09/08/2022",
        "Ngày 8/8, Bộ Tài chính đã công bố kế hoạch công tác năm 2024 với nhiều nội dung mới.",
        "Hà Nội đón đoàn doanh nghiệp Nhật Bản",
        "Ngày đăng 08/08/2022",
        "Sáng 8/8, lãnh đạo thành phố Hà Nội đã tiếp đoàn doanh nghiệp Nhật Bản tại trụ sở.",
        "Tiêu điểm",
        "Khai mạc Tuần lễ Văn hóa ASEAN",
    )
    document = read(HEADLINE, LEAD, LAST, *listing)
    assert [b.index for b in document.body] == [1, 2]


def test_two_boxes_one_under_the_other_amid_the_story():
    document = read(HEADLINE, LEAD, *BOX, "Xem thêm:", "ASEAN họp bàn về kinh tế số", MIDDLE, LAST)
    assert [b.index for b in document.body] == [1, 7, 8]


def test_a_photo_under_a_box_ends_it_and_its_caption_is_a_caption():
    caption = "Quang cảnh phiên họp"
    document = read(HEADLINE, LEAD, *BOX, "9f86d081884c7d65.jpg", caption, MIDDLE, LAST)
    assert document.caption_texts == (caption,)
    assert [b.index for b in document.body] == [1, 7, 8]


@pytest.mark.parametrize("row", ["Facebook Zalo Twitter", "Chia sẻ Facebook Zalo"])
def test_a_row_of_share_buttons_is_no_byline(row):
    assert byline_name(row) == ""
    assert read(HEADLINE, row, LEAD, MIDDLE, LAST).byline is None
    assert read(HEADLINE, LEAD, MIDDLE, LAST, row).byline is None


@pytest.mark.parametrize("tag", ["Baoquocte.vn. ", "Vietnamplus.vn. "])
def test_a_sites_address_with_a_full_stop_glued_to_the_lead(tag):
    assert lead_tag(tag + LEAD) == tag
    document = read(HEADLINE, tag + LEAD, MIDDLE, LAST)
    assert document.body[0].sentences[0] == LEAD


def test_a_sentence_saying_what_something_is_under_a_photo_stays_prose():
    said = (
        "Lễ thượng cờ ASEAN là nghi thức được các nước thành viên cử hành vào ngày 8/8 hằng"
        " năm để kỷ niệm ngày thành lập Hiệp hội."
    )
    document = read(HEADLINE, LEAD, "a1b2c3d4e5f60718.jpg", said, LAST)
    assert document.caption_texts == ()
    assert [b.index for b in document.body] == [1, 3, 4]


@pytest.mark.parametrize("cut", ["Những cột m", "Lee Jeongmin, Bộ Quản lý nhân sự H"])
def test_an_excerpts_paragraph_cut_mid_word_under_a_photo_is_no_caption(cut):
    document = read(HEADLINE, LEAD, MIDDLE, "a1b2c3d4e5f60718.png", cut)
    assert document.caption_texts == ()
    assert document.blocks[4].role is Role.BODY


@pytest.mark.parametrize("prompt", ["Gửi ý kiến", "Ý kiến của bạn"])
def test_a_prompt_for_the_readers_opinion_under_the_story_is_clutter(prompt):
    document = read(HEADLINE, LEAD, LAST, prompt)
    assert [b.index for b in document.body] == [1, 2]
    assert document.blocks[3].role is Role.CLUTTER


def test_a_teaser_after_an_arrowed_xem_them_is_clutter_not_a_caption():
    teaser = "Xem thêm >> Thủ tướng tiếp Đại sứ Nhật Bản chào từ biệt"
    document = read(HEADLINE, LEAD, teaser, MIDDLE, LAST)
    assert [b.index for b in document.body] == [1, 3, 4]
    assert document.caption_texts == ()


def test_a_follow_us_line_under_the_headline_is_no_headline():
    document = read(HEADLINE, "Theo dõi Báo Quốc tế trên Google News", LEAD, MIDDLE, LAST)
    assert document.title == HEADLINE
    assert [b.index for b in document.body] == [2, 3, 4]


def test_an_outlets_name_before_a_long_adverbial_opening_is_a_tag():
    lead = (
        "Trong khuôn khổ Hội nghị Bộ trưởng Lao động ASEAN lần thứ 27 (ALMM-27) diễn ra từ"
        " ngày 18-25/10, các Bộ trưởng đã thông qua Tuyên bố chung."
    )
    assert lead_tag("Vietnamplus - " + lead) == "Vietnamplus - "
    document = read(HEADLINE, "Vietnamplus - " + lead, LAST)
    assert document.body[0].sentences[0] == lead


def test_a_sites_address_with_a_colon_glued_to_any_lead():
    lead = "Bộ Ngoại giao vừa công bố kết quả chuyến thăm của Thủ tướng tới Lào."
    document = read(HEADLINE, "VOV.VN: " + lead, MIDDLE, LAST)
    assert document.body[0].sentences[0] == lead


@pytest.mark.parametrize(
    "photo",
    [
        ("9f86d081884c7d65.jpg", "Lễ ký kết Bản ghi nhớ hợp tác"),
        ("Lễ ký kết Bản ghi nhớ hợp tác", "Ảnh: TTXVN"),
    ],
)
def test_a_photos_caption_under_the_headline_is_no_headline(photo):
    document = read(HEADLINE, *photo, PLAIN_LEAD, MIDDLE, LAST)
    assert document.title == HEADLINE
    assert document.caption_texts == ("Lễ ký kết Bản ghi nhớ hợp tác",)


def test_a_second_credit_over_the_lead_is_no_caption():
    document = read(HEADLINE, "Đặc phái viên TTXVN", LEAD, MIDDLE, LAST, "Mạnh Quân")
    assert document.caption_texts == ()
    assert document.byline == "Mạnh Quân"
    assert [b.index for b in document.body] == [2, 3, 4]


@pytest.mark.parametrize("credit", ["Minh Anh", "PV", "T.H"])
@pytest.mark.parametrize(
    "page_lines",
    [
        ("Ý kiến của bạn", "© Bản quyền thuộc về Báo Thế giới và Việt Nam"),
        ("Chia sẻ", "In bài", "Về đầu trang"),
    ],
)
def test_a_closing_credit_over_the_pages_buttons_and_footer_is_the_byline(credit, page_lines):
    document = read(HEADLINE, LEAD, MIDDLE, LAST, credit, *page_lines)
    assert document.byline == credit
    assert [b.index for b in document.body] == [1, 2, 3]


@pytest.mark.parametrize(
    "caption",
    [
        "Ông Dương Hải Hưng, Phó Vụ trưởng Vụ ASEAN, Bộ Ngoại giao",
        "Thứ trưởng Vũ Chiến Thắng phát biểu khai mạc Cuộc họp. |",
        "Quang cảnh phiên họp. Ảnh: TTXVN",
    ],
)
def test_a_marked_caption_under_a_box_ends_it(caption):
    document = read(HEADLINE, LEAD, *BOX, caption, MIDDLE, LAST)
    assert len(document.caption_texts) == 1
    assert [b.index for b in document.body] == [1, 6, 7]


@pytest.mark.parametrize(
    "chrome",
    [
        ("Nghe bài viết", "00:00 / 04:35"),
        ("Giọng đọc: Nữ miền Bắc",),
        ("Tốc độ đọc: 1x", "0:00"),
        ("Tải ứng dụng Báo Quốc tế trên điện thoại",),
        ("Bài viết được tài trợ",),
        ("Hà Nội 28°C",),
        ("TP.HCM 27 - 33 °C",),
    ],
)
def test_a_players_advert_or_weather_lines_are_neither_headline_nor_body(chrome):
    for lines in (
        (*chrome, HEADLINE, LEAD, MIDDLE, LAST),
        (HEADLINE, *chrome, LEAD, MIDDLE, LAST),
        (HEADLINE, LEAD, *chrome, MIDDLE, LAST),
    ):
        document = read(*lines)
        assert document.title == HEADLINE
        assert [b.text for b in document.body] == [LEAD, MIDDLE, LAST]
        assert document.caption_texts == ()


def test_a_temperature_in_a_sentence_stays_prose():
    said = "Nhiệt độ trung bình toàn cầu có thể tăng thêm 2°C vào năm 2050."
    assert [b.text for b in read(HEADLINE, LEAD, said, LAST).body] == [LEAD, said, LAST]


def test_a_bulleted_box_ends_at_the_first_line_without_a_bullet():
    caption = "Thủ tướng hội kiến Tổng thống Myanmar - ảnh 1  Lễ đón chính thức tại Phủ Tổng thống."
    opening = "Tại cuộc hội kiến, hai bên nhất trí tăng cường hợp tác trên mọi lĩnh vực."
    box = (
        "Bài viết liên quan:",
        "- Thủ tướng tiếp Đại sứ Nhật Bản",
        "- ASEAN họp bàn về kinh tế số",
    )
    document = read(HEADLINE, LEAD, *box, opening, caption, LAST)
    assert [b.index for b in document.body] == [1, 5, 7]
    assert document.caption_texts == ("Lễ đón chính thức tại Phủ Tổng thống.",)


def test_a_button_amid_a_box_right_over_another_box():
    box = ("Tin liên quan:", "- Thủ tướng tiếp Đại sứ Nhật Bản", "Theo dõi Báo Quốc tế trên")
    more = ("Hai nước ký Bản ghi nhớ về hợp tác lao động", "ASEAN họp bàn về kinh tế số")
    document = read(HEADLINE, LEAD, *box, *BOX, *more, MIDDLE, LAST)
    assert [b.index for b in document.body] == [1, 10, 11]
