"""Pages of speeches, statements and briefings in the manner of Vietnamese sites (Báo Quốc
tế, the Foreign Ministry's and the Home Affairs Ministry's portals), each with one trait the
reader missed on invented whole articles of that genre: a kicker over a long headline, a
briefing's headline ending in its date, a reading player's button between the headline and
the lead. Every page is invented and read from bytes through the public ingest API."""

from __future__ import annotations

import pytest

from briefgen.extract import sentences_of
from briefgen.ingest import read_bytes

LEAD = (
    "Chiều 8/10, tại thủ đô Manila, Thủ tướng Trần Minh Khoa đã dự và phát biểu tại Phiên"
    " toàn thể Hội nghị Cấp cao ASEAN lần thứ 49."
)
MIDDLE = "Thủ tướng đề nghị các nước tăng cường đoàn kết và vai trò trung tâm của ASEAN."
LAST = "Xin trân trọng cảm ơn các Quý vị./."

# A kicker ending in ":" over a headline of twenty words or more, which is no prose for
# having as many words as a paragraph: the headline has no full stop.
LONG_HEADLINE = (
    "Toàn văn phát biểu của Thủ tướng Trần Minh Khoa tại Phiên toàn thể Hội nghị Cấp cao"
    " ASEAN lần thứ 49 ở thủ đô Manila"
)
KICKER_PAGES = [
    ["Hội nghị Cấp cao ASEAN lần thứ 49:", LONG_HEADLINE, LEAD, MIDDLE, LAST],
    [
        "Trang chủ | Thời sự | Chính trị",
        "Hội nghị Cấp cao ASEAN lần thứ 49:",
        LONG_HEADLINE,
        "Thứ Năm, 08/10/2026 | 16:42",
        f"TGVN. {LEAD}",
        MIDDLE,
        LAST,
    ],
    [
        "Đại hội đồng Liên hợp quốc khóa 81:",
        "Chủ tịch nước Lương Văn Hòa kêu gọi các nước phát triển thực hiện đầy đủ cam kết về"
        " tài chính khí hậu và hỗ trợ các nước đang phát triển",
        LEAD,
        MIDDLE,
        LAST,
    ],
]


@pytest.mark.parametrize("lines", KICKER_PAGES, ids=range(len(KICKER_PAGES)))
def test_a_kicker_over_a_long_headline_is_neither_title_nor_body(lines):
    document = read_bytes("\n".join(lines).encode(), "page.txt")
    kicker = next(i for i, line in enumerate(lines) if line.endswith(":"))
    assert document.title == lines[kicker + 1]
    assert sentences_of(document)[0] == LEAD
    assert lines[kicker] not in sentences_of(document)


# A press briefing's or a regular meeting's headline ends in its date; the date line under
# it is the page's.
DATED_HEADLINES = [
    "Họp báo thường kỳ của Bộ Ngoại giao ngày 12/11/2026",
    "Phát biểu của Người Phát ngôn Bộ Ngoại giao ngày 5/8/2026",
    "Thông cáo báo chí về kết quả Hội nghị ACCSM 23 ngày 16/4/2026",
]
BRIEFING_LEAD = (
    "Chiều 12/11/2026, tại trụ sở Bộ Ngoại giao, Người Phát ngôn Đoàn Khánh Linh chủ trì"
    " cuộc họp báo thường kỳ."
)


@pytest.mark.parametrize("headline", DATED_HEADLINES)
@pytest.mark.parametrize("furniture", [True, False])
def test_a_headline_ending_in_its_date_is_the_title(headline, furniture):
    above = (
        ["BỘ NGOẠI GIAO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Trang chủ > Tin tức > Họp báo"]
        if furniture
        else []
    )
    lines = [*above, headline, "Ngày đăng: 12/11/2026", BRIEFING_LEAD, MIDDLE, LAST]
    document = read_bytes("\n".join(lines).encode(), "page.txt")
    assert document.title == headline
    assert sentences_of(document)[0] == BRIEFING_LEAD


@pytest.mark.parametrize("banner", ["Hà Nội, Ngày 11/08/2026", "Thứ Năm, 12/11/2026"])
def test_a_date_banner_stays_out_of_title_and_body(banner):
    headline = "Việt Nam đề nghị ASEAN tăng cường đoàn kết trước những thách thức mới"
    document = read_bytes("\n".join([banner, headline, LEAD, MIDDLE, LAST]).encode(), "p.txt")
    assert document.title == headline
    assert banner not in sentences_of(document)


# A reading player's button in any of its wordings, between the page's widgets and the lead.
PLAYER_BUTTONS = ["Nghe đọc bài viết", "Nghe đọc bài", "Nghe bài viết", "Nghe bài"]


@pytest.mark.parametrize("button", PLAYER_BUTTONS)
def test_a_reading_players_button_is_no_headline(button):
    headline = "Phát biểu bế mạc của Thứ trưởng Phan Quốc Bảo tại Hội nghị ACCSM 23"
    lines = [
        "Trang chủ > Tin tức - Sự kiện > Hoạt động của Lãnh đạo Bộ",
        headline,
        "Ngày đăng: 16/04/2026 | Lượt xem: 1.254",
        "Cỡ chữ: A A A | In bài | Gửi email",
        button,
        LEAD,
        MIDDLE,
        LAST,
    ]
    document = read_bytes("\n".join(lines).encode(), "page.txt")
    assert document.title == headline
    assert sentences_of(document)[0] == LEAD
    assert button not in sentences_of(document)


# A portal's name set in capitals over a speech's headline, which opens on the noun
# "Phát biểu" (a speech), as no caption of someone speaking does.
SPEECH_HEADLINES = [
    "Phát biểu bế mạc của Thứ trưởng Phan Quốc Bảo tại Hội nghị ACCSM 23",
    "Phát biểu của Bộ trưởng Ngoại giao tại Hội nghị Bộ trưởng Ngoại giao ASEAN",
    "Phát biểu khai mạc của Chủ tịch nước tại Diễn đàn Tương lai ASEAN",
]
CAPITAL_MASTHEADS = [
    "CỔNG THÔNG TIN ĐIỆN TỬ BỘ NỘI VỤ",
    "BÁO ĐIỆN TỬ CHÍNH PHỦ",
    "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ",
]


@pytest.mark.parametrize("headline", SPEECH_HEADLINES)
@pytest.mark.parametrize("masthead", CAPITAL_MASTHEADS)
def test_a_speechs_headline_under_a_portals_name_in_capitals(masthead, headline):
    lines = [masthead, "Trang chủ > Tin tức - Sự kiện", headline, "Ngày đăng: 16/04/2026", LEAD]
    document = read_bytes("\n".join([*lines, MIDDLE, LAST]).encode(), "page.txt")
    assert document.title == headline
    assert document.caption_texts == ()
    assert sentences_of(document)[0] == LEAD


# An op-ed's author, by post and name only, between the headline and the page's time stamp:
# the byline, not a photo's caption (a caption stands with its photo, under the stamp).
AUTHORS_BY_POST = [
    "Đại sứ Nguyễn Hải Yến",
    "Thứ trưởng Ngoại giao Lê Thị Thu Hằng",
    "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà",
]
OP_ED_HEADLINE = "Việt Nam và ASEAN: Ba mươi mốt năm đồng hành, chung tay kiến tạo tương lai"


@pytest.mark.parametrize("author", AUTHORS_BY_POST)
@pytest.mark.parametrize("stamp", ["Thứ Ba, 28/07/2026 | 07:00", "28/07/2026 07:00 GMT+7"])
def test_an_authors_post_and_name_over_the_time_stamp_is_the_byline(author, stamp):
    lines = [OP_ED_HEADLINE, author, stamp, f"TGVN. {LEAD}", MIDDLE, LAST]
    document = read_bytes("\n".join(lines).encode(), "page.txt")
    assert document.title == OP_ED_HEADLINE
    assert document.byline == author
    assert document.caption_texts == ()
    assert sentences_of(document)[0] == LEAD


def test_a_titled_name_under_the_time_stamp_stays_a_caption():
    caption = "Thủ tướng Trần Minh Khoa và Tổng thống Philippines Ramon Dela Cruz"
    lines = [OP_ED_HEADLINE, "Thứ Năm, 08/10/2026 | 16:42", caption, LEAD, MIDDLE, LAST]
    document = read_bytes("\n".join(lines).encode(), "page.txt")
    assert document.byline is None
    assert document.caption_texts == (caption,)
