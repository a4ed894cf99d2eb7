"""Which line is the headline, on page shapes Vietnamese news sites use: the headline
under a breadcrumb, a date banner, a section's label or the site's name; in capitals;
broken over two lines; over a summary without its full stop; a speech, an interview.
Every page here is invented."""

from __future__ import annotations

from itertools import product

import pytest

from briefgen.extract import sentences_of
from briefgen.ingest.outlets import is_site_name
from briefgen.ingest.page_furniture import is_section_name
from briefgen.records import Role
from page_lines import read

# A headline worded like a photo's caption ("… hội đàm với …"), as many are.
HEADLINE = "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone"
LEAD = (
    "Chiều 5/8, tại Hà Nội, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Lào"
    " Sonexay Siphandone."
)
# A lead that says nothing of when: only its shape tells it from a headline.
PLAIN_LEAD = (
    "Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Lào Sonexay Siphandone nhân chuyến"
    " thăm chính thức Việt Nam của ông."
)
MORE = "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực kinh tế, thương mại và đầu tư."
SITE = "Báo Điện tử Chính phủ"


@pytest.mark.parametrize(
    "above",
    [
        ["Trang chủ > Thời sự > Đối ngoại"],
        ["Trang chủ / Thời sự / Đối ngoại"],
        ["Trang chủ » Thế giới"],
        ["Thứ Hai, 05/08/2024 14:30 (GMT+7)"],
        ["THỜI SỰ"],
        ["Đối ngoại"],
        [SITE],
        ["Cổng thông tin điện tử Bộ Nội vụ", "Tin tức - Sự kiện"],
        [SITE, "Thời sự | Chính trị | Đối ngoại", "Thứ Hai, 05/08/2024 14:30 (GMT+7)"],
    ],
)
@pytest.mark.parametrize("lead", [LEAD, PLAIN_LEAD])
def test_the_headline_under_the_sites_furniture(above, lead):
    document = read(*above, HEADLINE, lead, MORE)
    assert document.title == HEADLINE
    assert sentences_of(document)[0] == lead
    assert all(document.blocks[i].role is not Role.BODY for i in range(len(above)))


@pytest.mark.parametrize(
    "headline",
    [
        "THỦ TƯỚNG PHẠM MINH CHÍNH HỘI ĐÀM VỚI THỦ TƯỚNG LÀO",
        "VIỆT NAM - LÀO TĂNG CƯỜNG HỢP TÁC",
        "Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56",
        "Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN (AMM-56)",
        'Thủ tướng Phạm Minh Chính: "ASEAN cần đoàn kết hơn bao giờ hết"',
        "Thủ tướng: ASEAN cần đoàn kết, tự cường",
        "ASEAN Digital Ministers Meeting thông qua Tuyên bố Đà Nẵng",
        "Vietnam Airlines mở đường bay thẳng tới Viêng Chăn",
    ],
)
def test_headlines_of_every_shape(headline):
    for page in ([headline, PLAIN_LEAD, MORE], ["Thời sự", headline, LEAD, MORE]):
        document = read(*page)
        assert document.title == headline
        assert document.byline is None
        assert sentences_of(document)[0] == page[-2]


@pytest.mark.parametrize(
    "summary",
    [
        # a summary longer than the headline, without its full stop
        "Thủ tướng Phạm Minh Chính khẳng định Việt Nam luôn coi trọng quan hệ đặc biệt với"
        " Lào, đề nghị hai bên đẩy mạnh hợp tác kinh tế",
        # a summary led by the agency's tag
        "TTXVN - Thủ tướng khẳng định Việt Nam luôn coi trọng quan hệ với Lào",
    ],
)
def test_a_summary_without_its_full_stop_is_no_headline(summary):
    document = read(SITE, HEADLINE, summary, LEAD, MORE)
    assert document.title == HEADLINE
    assert document.blocks[2].role is not Role.TITLE


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Thủ tướng Phạm Minh Chính hội đàm với", "Thủ tướng Lào Sonexay Siphandone"),
        ("Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào", "nhân chuyến thăm chính thức"),
    ],
)
def test_a_headline_broken_over_two_lines(first, second):
    document = read(SITE, first, second, LEAD, MORE)
    assert document.title == f"{first} {second}"
    assert [b.role for b in document.blocks[1:3]] == [Role.TITLE, Role.TITLE]
    assert sentences_of(document)[0] == LEAD


@pytest.mark.parametrize("above", ["Hội nghị Cấp cao ASEAN lần thứ 43:", "Thời sự"])
def test_a_kicker_or_a_section_carries_no_headline_on(above):
    document = read(above, HEADLINE, PLAIN_LEAD, MORE)
    assert document.title == HEADLINE
    assert document.blocks[0].role is not Role.TITLE


@pytest.mark.parametrize("headline", ["Đẩy mạnh hợp tác Việt Nam – Lào.", "ASEAN tự cường."])
def test_a_headline_with_a_full_stop_under_the_sites_name(headline):
    document = read(SITE, "Thời sự", headline, LEAD, MORE)
    assert document.title == headline
    assert sentences_of(document)[0] == LEAD


def test_the_page_repeats_its_headline():
    """The page's own <title> ("… - Báo Điện tử Chính phủ") and the headline: the headline
    the page says again wins over other headline-like lines."""
    document = read(
        f"{HEADLINE} - {SITE}",
        "Hợp tác Việt Nam - Lào trong lĩnh vực giáo dục",
        HEADLINE,
        "Thứ Hai, 05/08/2024 14:30",
        PLAIN_LEAD,
        MORE,
    )
    assert document.title == HEADLINE
    assert document.blocks[2].role is Role.TITLE


def test_a_speech_under_the_sites_name():
    headline = "Phát biểu của Thủ tướng Phạm Minh Chính tại Hội nghị Cấp cao ASEAN lần thứ 43"
    document = read(SITE, headline, "Thưa Ngài Chủ tịch,", "Tôi rất vui được tham dự.")
    assert document.title == headline
    assert sentences_of(document)[0] == "Thưa Ngài Chủ tịch,"


@pytest.mark.parametrize("with_summary", [True, False])
def test_an_interview(with_summary):
    headline = "Đại sứ Việt Nam tại Lào: Quan hệ Việt – Lào ngày càng bền chặt"
    summary = "Nhân dịp chuyến thăm, phóng viên TTXVN đã phỏng vấn Đại sứ Nguyễn Bá Hùng."
    question = "PV: Xin Đại sứ cho biết kết quả nổi bật của chuyến thăm?"
    answer = "Đại sứ Nguyễn Bá Hùng: Chuyến thăm đã thành công tốt đẹp."
    page = [headline, summary, question, answer] if with_summary else [headline, question, answer]
    document = read(*page)
    assert document.title == headline
    assert sentences_of(document)[0] == page[1]


@pytest.mark.parametrize(
    ("line", "site"),
    [
        (SITE, True),
        ("Báo điện tử Đảng Cộng sản Việt Nam", True),
        ("Đài Tiếng nói Việt Nam", True),
        ("Báo Nhân Dân ra mắt ấn phẩm mới", False),  # a verb: a headline
        ("Báo chí ASEAN hợp tác chống tin giả", False),
        ("Trang trọng Lễ thượng cờ ASEAN", False),
    ],
)
def test_a_sites_name(line, site):
    assert is_site_name(line) is site


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Thời sự", True),
        ("TIN TỨC ASEAN", True),
        ("Tin tức - Sự kiện", True),
        ("VIỆT NAM - LÀO TĂNG CƯỜNG HỢP TÁC", False),
        ("Việt Nam - Lào đẩy mạnh hợp tác", False),
        ("ASEAN tự cường.", False),
    ],
)
def test_a_sections_name(line, section):
    assert is_section_name(line) is section


def test_the_sites_address_spells_its_headline():
    """A headline-like line above the headline loses to the one the page's address spells."""
    document = read(
        "https://baochinhphu.vn/thu-tuong-pham-minh-chinh-hoi-dam-voi-thu-tuong-lao"
        "-sonexay-siphandone-102240805.htm",
        HEADLINE,
        "Hợp tác Việt Nam - Lào trong lĩnh vực giáo dục và đào tạo",
        PLAIN_LEAD,
        MORE,
    )
    assert document.title == HEADLINE


@pytest.mark.parametrize(
    "masthead",
    [
        "Cơ quan của Trung ương Đảng Cộng sản Việt Nam",
        "Tiếng nói của Đảng, Nhà nước và nhân dân Việt Nam",
    ],
)
def test_a_short_headline_under_the_sites_masthead(masthead):
    headline = "ASEAN bước vào năm mới"
    document = read("Báo Nhân Dân", masthead, headline, LEAD, MORE)
    assert is_site_name(masthead)
    assert document.title == headline


def test_a_short_headline_right_over_a_lead_that_says_when():
    """An unknown line of the page above it is as long, but the headline is over the lead."""
    headline = "ASEAN bước vào năm mới"
    document = read("Tin tức và sự kiện trong tuần qua", headline, "Minh Hà", LEAD, MORE)
    assert document.title == headline
    assert document.byline == "Minh Hà"


def test_a_short_summary_whose_clauses_run_on_is_no_headline():
    summary = "Hai bên nhất trí tăng cường hợp tác, phối hợp chặt chẽ tại các diễn đàn khu vực"
    document = read(HEADLINE, summary, LEAD, MORE)
    assert document.title == HEADLINE


def test_a_date_written_in_words_is_the_pages_not_the_headline():
    date_line = "Thứ Hai, ngày 05 tháng 8 năm 2024"
    above = read(date_line, HEADLINE, LEAD, MORE)
    assert above.title == HEADLINE
    assert above.blocks[0].role is Role.DATELINE
    under = read(SITE, HEADLINE, f"Cập nhật: 14:30, {date_line}", LEAD, MORE)
    assert under.title == HEADLINE
    assert under.published is not None and under.published.isoformat() == "2024-08-05"


@pytest.mark.parametrize("suffix", [f" - {SITE}", " | VOV.VN", " - baoquocte.vn"])
def test_the_pages_own_title_without_the_sites_name(suffix):
    document = read(HEADLINE + suffix, PLAIN_LEAD, MORE)
    assert document.title == HEADLINE


@pytest.mark.parametrize("headline", ["Quan hệ ASEAN - EU", "Hợp tác Việt Nam - Lào - Campuchia"])
def test_a_headline_naming_partners_keeps_them(headline):
    document = read(headline, PLAIN_LEAD, MORE)
    assert document.title == headline


def test_a_photo_between_a_short_headline_and_the_lead():
    """The image's alt text says again what its credited caption says: neither is the
    headline, and the caption is listed once."""
    headline = "ASEAN bước vào năm mới"
    caption = "Quang cảnh hội kiến"
    document = read(headline, caption, f"{caption} - Ảnh: VGP", LEAD, MORE)
    assert document.title == headline
    assert document.caption_texts == (caption,)
    assert sentences_of(document)[0] == LEAD


def test_every_shape_of_page_top_together():
    """Each kind of furniture above the headline, each kind of headline, each kind of line
    between it and the lead, each kind of lead: the headline and the first sentence hold
    in every combination."""
    above = [
        [],
        [SITE],
        ["THỜI SỰ"],
        ["Trang chủ > Thời sự > Đối ngoại"],
        ["Báo Quốc tế", "Thời sự | Đối ngoại | Kinh tế"],
        ["Tin tức - Sự kiện"],
    ]
    headlines = [
        HEADLINE,
        "ASEAN bước vào năm mới",
        "Phát biểu của Thủ tướng tại Hội nghị Cấp cao ASEAN lần thứ 43",
        "THỦ TƯỚNG HỘI ĐÀM VỚI THỦ TƯỚNG LÀO",
        "Bộ trưởng Ngoại giao tiếp Đại sứ Nhật Bản Yamada T.",
        "Vì sao ASEAN quan trọng với Việt Nam?",
    ]
    between = [[], ["Thứ Hai, 05/08/2024 14:30 (GMT+7)"], ["Minh Hà", "05/08/2024"], ["(TTXVN)"]]
    leads = [LEAD, "TTXVN - " + PLAIN_LEAD, PLAIN_LEAD]
    wrong = []
    for top, headline, middle, lead in product(above, headlines, between, leads):
        document = read(*top, headline, *middle, lead, MORE)
        first = sentences_of(document)[0]
        if document.title != headline or first != lead.removeprefix("TTXVN - "):
            wrong.append((top, headline, middle, document.title, first))
    assert wrong == []


@pytest.mark.parametrize("above", [[SITE], [SITE, "Thời sự"], ["Đối ngoại"]])
def test_a_headline_with_a_full_stop_over_any_lead_under_the_sites_furniture(above):
    """Under the site's name or a section's, the page has a headline: the short sentence
    over the story is it, though the lead says nothing of when."""
    headline = "Việt Nam và Lào ký kết 10 văn kiện hợp tác."
    document = read(*above, headline, PLAIN_LEAD, MORE)
    assert document.title == headline
    assert sentences_of(document)[0] == PLAIN_LEAD
