"""Whole pages in the manner of Vietnamese news and ministry sites (Báo Quốc tế, VOV, Nhân
Dân, Chinhphu.vn, Bộ Nội vụ, VietnamPlus), each with one trait the reader met on articles
nobody here had read: a site's name, a breadcrumb or a date over the headline, a headline
with a colon, a question, quotes or an initial at its end, a byline or a speech's
salutation under it, a source tag glued to the lead, a caption led by "Ảnh:", a byline
with a digit, and the page's clutter amid the story. Every page here is invented; each is
read from bytes through the public ingest API, as an upload would be."""

from __future__ import annotations

import pytest

import page_rows
from briefgen.extract import sentences_of
from briefgen.ingest import read_bytes
from briefgen.records import Role
from page_rows import Page, check

LEAD = (
    "Chiều 5/8, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng"
    " Ngoại giao Lào Saleumxay Kommasith."
)
PLAIN_LEAD = (
    "Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng Ngoại giao Lào Saleumxay"
    " Kommasith nhân chuyến thăm chính thức Việt Nam của ông."
)
MIDDLE = "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực kinh tế, thương mại và đầu tư."
LAST = "Hai Bộ trưởng nhất trí phối hợp chặt chẽ tại các diễn đàn khu vực và quốc tế./."
HEADLINE = "Việt Nam và Lào nhất trí tăng cường hợp tác trong các lĩnh vực kinh tế"


def page(trait: str, *lines: str, **expected):
    """A row with this file's headline, lead and last sentence unless it says otherwise,
    and no caption unless it lists some."""
    defaults = {"title": HEADLINE, "first": LEAD, "last": LAST, "captions": ()}
    return page_rows.page(trait, *lines, **(defaults | expected))


PAGES = [
    # -- headlines --------------------------------------------------------------------
    page(
        "byline between headline and lead",
        HEADLINE,
        "Thu Trang/VOV.VN",
        LEAD,
        MIDDLE,
        LAST,
        byline="Thu Trang/VOV.VN",
    ),
    page(
        "byline with a digit between headline and lead",
        HEADLINE,
        "PV VTV24",
        PLAIN_LEAD,
        MIDDLE,
        LAST,
        first=PLAIN_LEAD,
        byline="PV VTV24",
    ),
    page(
        "salutation under the speech's headline",
        "Báo Quốc tế",
        "Phát biểu của Bộ trưởng Ngoại giao tại Hội nghị Bộ trưởng Ngoại giao ASEAN",
        "Kính thưa Ngài Chủ tịch,",
        "Thưa các vị khách quý,",
        "Tôi rất vui mừng được tham dự Hội nghị hôm nay.",
        LAST,
        title="Phát biểu của Bộ trưởng Ngoại giao tại Hội nghị Bộ trưởng Ngoại giao ASEAN",
        first="Kính thưa Ngài Chủ tịch,",
        clutter=("Báo Quốc tế",),
    ),
    page(
        "salutation alone under a short speech title",
        "Toàn văn phát biểu của Thủ tướng",
        "Thưa các vị khách quý,",
        "Tôi rất vui mừng được tham dự Hội nghị hôm nay.",
        LAST,
        title="Toàn văn phát biểu của Thủ tướng",
        first="Thưa các vị khách quý,",
    ),
    page(
        "headline ending in an initial",
        "Chủ tịch nước Lương Cường gặp Tổng thống Pháp E.",
        PLAIN_LEAD,
        MIDDLE,
        LAST,
        title="Chủ tịch nước Lương Cường gặp Tổng thống Pháp E.",
        first=PLAIN_LEAD,
    ),
    page(
        "headline ending in a number",
        "Việt Nam đăng cai Hội nghị Bộ trưởng Kinh tế ASEAN năm 2025",
        PLAIN_LEAD,
        MIDDLE,
        LAST,
        title="Việt Nam đăng cai Hội nghị Bộ trưởng Kinh tế ASEAN năm 2025",
        first=PLAIN_LEAD,
    ),
    page(
        "headline ending in an acronym in brackets",
        "Baoquocte.vn",
        "Bộ trưởng Bùi Thanh Sơn dự Hội nghị Bộ trưởng Ngoại giao ASEAN (AMM-57)",
        LEAD,
        MIDDLE,
        LAST,
        title="Bộ trưởng Bùi Thanh Sơn dự Hội nghị Bộ trưởng Ngoại giao ASEAN (AMM-57)",
    ),
    page(
        "headline with a colon",
        "AMM-57: Việt Nam đề xuất ba ưu tiên hợp tác nội khối",
        LEAD,
        MIDDLE,
        LAST,
        title="AMM-57: Việt Nam đề xuất ba ưu tiên hợp tác nội khối",
    ),
    page(
        "headline asking a question",
        "Thời sự",
        "ASEAN sẽ ứng phó thế nào trước biến đổi khí hậu?",
        PLAIN_LEAD,
        MIDDLE,
        LAST,
        title="ASEAN sẽ ứng phó thế nào trước biến đổi khí hậu?",
        first=PLAIN_LEAD,
    ),
    page(
        "headline quoting a speaker",
        'Thủ tướng: "ASEAN cần đoàn kết, tự cường và phát triển bền vững"',
        LEAD,
        MIDDLE,
        LAST,
        title='Thủ tướng: "ASEAN cần đoàn kết, tự cường và phát triển bền vững"',
    ),
    page(
        "headline repeated in the breadcrumb",
        f"Trang chủ > Thời sự > {HEADLINE}",
        "Thứ Hai, 05/08/2024 14:30",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
    ),
    page(
        "site's name over the headline",
        "VOV.VN",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
    ),
    page(
        "site's name and section over the headline",
        "Báo Quốc tế",
        "Thế giới",
        "Thứ Ba, 06/08/2024 09:15",
        HEADLINE,
        "TGVN. Chiều 5/8, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ"
        " trưởng Ngoại giao Lào Saleumxay Kommasith.",
        MIDDLE,
        LAST,
    ),
    page(
        "headline after the date line",
        "05/08/2024 14:30",
        HEADLINE,
        PLAIN_LEAD,
        MIDDLE,
        LAST,
        first=PLAIN_LEAD,
    ),
    page(
        "headline after the breadcrumb, date under it",
        "Trang chủ > Thời sự",
        HEADLINE,
        "Cập nhật: 14:30, 05/08/2024",
        PLAIN_LEAD,
        MIDDLE,
        LAST,
        first=PLAIN_LEAD,
    ),
    # -- source tags glued to the lead ------------------------------------------------
    page("tag VOV.VN", HEADLINE, f"VOV.VN - {LEAD}", MIDDLE, LAST),
    page("tag (VOV5)", HEADLINE, f"(VOV5) - {LEAD}", MIDDLE, LAST),
    page("tag with a place and a digit", HEADLINE, f"Hà Nội (VOV1) - {LEAD}", MIDDLE, LAST),
    page("tag with a place and date", HEADLINE, f"Hà Nội, 5/8 (TTXVN) - {LEAD}", MIDDLE, LAST),
    page("tag (Chinhphu.vn)", HEADLINE, f"(Chinhphu.vn) - {LEAD}", MIDDLE, LAST),
    page("tag (PLO)- without a space", HEADLINE, f"(PLO)- {LEAD}", MIDDLE, LAST),
    page("tag NDO -", HEADLINE, f"NDO - {PLAIN_LEAD}", MIDDLE, LAST, first=PLAIN_LEAD),
    page("tag of an online edition", HEADLINE, f"QĐND Online - {LEAD}", MIDDLE, LAST),
    page("tag of a channel's reporter", HEADLINE, f"PV VTV24 - {LEAD}", MIDDLE, LAST),
    # -- captions and credits ---------------------------------------------------------
    page(
        "caption led by Ảnh:",
        HEADLINE,
        LEAD,
        "Ảnh: Thủ tướng Phạm Minh Chính phát biểu tại Hội nghị.",
        MIDDLE,
        LAST,
        captions=("Thủ tướng Phạm Minh Chính phát biểu tại Hội nghị.",),
    ),
    page(
        "caption led by Ảnh: showing people meeting",
        HEADLINE,
        LEAD,
        "Ảnh: Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản",
        MIDDLE,
        LAST,
        captions=("Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản",),
    ),
    page(
        "credit alone under the caption",
        HEADLINE,
        LEAD,
        "Quang cảnh hội đàm.",
        "Ảnh: Quang Hòa/VOV",
        MIDDLE,
        LAST,
        captions=("Quang cảnh hội đàm.",),
        clutter=("Ảnh: Quang Hòa/VOV",),
    ),
    page(
        "agency credit alone under the caption",
        HEADLINE,
        LEAD,
        "Hai Bộ trưởng tại buổi hội đàm.",
        "Ảnh: TTXVN",
        MIDDLE,
        LAST,
        captions=("Hai Bộ trưởng tại buổi hội đàm.",),
        clutter=("Ảnh: TTXVN",),
    ),
    page(
        "caption then credit of an embassy",
        HEADLINE,
        LEAD,
        "Đại sứ Nguyễn Bá Hùng trao quà cho cộng đồng người Việt.",
        "Ảnh: Đại sứ quán Việt Nam tại Lào",
        MIDDLE,
        LAST,
        captions=("Đại sứ Nguyễn Bá Hùng trao quà cho cộng đồng người Việt.",),
        clutter=("Ảnh: Đại sứ quán Việt Nam tại Lào",),
    ),
    # -- bylines ----------------------------------------------------------------------
    page("closing byline with a digit", HEADLINE, LEAD, MIDDLE, LAST, "VOV1", byline="VOV1"),
    page(
        "closing byline of a reporter and desk",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "PV VTV24",
        byline="PV VTV24",
    ),
    page(
        "closing byline with agency",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Minh Đức/VOV-Bangkok",
        byline="Minh Đức/VOV-Bangkok",
    ),
    # -- clutter amid and after the story ---------------------------------------------
    page(
        "image file names",
        HEADLINE,
        LEAD,
        "3f9a2c1e7b4d8e6f0a1b2c3d4e5f6a7b.jpg",
        MIDDLE,
        "IMG_2031.JPG",
        LAST,
        clutter=("3f9a2c1e7b4d8e6f0a1b2c3d4e5f6a7b.jpg", "IMG_2031.JPG"),
    ),
    page(
        "contact lines after the story",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Liên hệ quảng cáo: 0912 345 678",
        "Hotline: 0243 123 4567",
        clutter=("Liên hệ quảng cáo: 0912 345 678", "Hotline: 0243 123 4567"),
    ),
    page(
        "teasers in square brackets amid the story",
        HEADLINE,
        LEAD,
        "[Video] Thủ tướng dự lễ khai mạc Hội nghị Cấp cao ASEAN",
        MIDDLE,
        "[Infographic] Quan hệ Việt Nam - Lào qua các con số",
        LAST,
        clutter=(
            "[Video] Thủ tướng dự lễ khai mạc Hội nghị Cấp cao ASEAN",
            "[Infographic] Quan hệ Việt Nam - Lào qua các con số",
        ),
    ),
    page(
        "teaser after Xem thêm amid the story",
        HEADLINE,
        LEAD,
        "Xem thêm: Thủ tướng tiếp Đại sứ Nhật Bản tại Việt Nam",
        MIDDLE,
        LAST,
        clutter=("Xem thêm: Thủ tướng tiếp Đại sứ Nhật Bản tại Việt Nam",),
    ),
    page(
        "related box amid the story",
        HEADLINE,
        LEAD,
        "Tin liên quan",
        "Thủ tướng tiếp Đại sứ Nhật Bản tại Việt Nam",
        "Việt Nam - Lào ký kết 12 văn kiện hợp tác",
        MIDDLE,
        LAST,
        clutter=(
            "Tin liên quan",
            "Thủ tướng tiếp Đại sứ Nhật Bản tại Việt Nam",
            "Việt Nam - Lào ký kết 12 văn kiện hợp tác",
        ),
    ),
    page(
        "share and print buttons",
        HEADLINE,
        "Chia sẻ Facebook Zalo",
        "In bài",
        LEAD,
        MIDDLE,
        LAST,
        "Gửi bài",
        clutter=("Chia sẻ Facebook Zalo", "In bài", "Gửi bài"),
    ),
    page(
        "tag lists after the story",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Từ khóa: ASEAN, Lào, hợp tác, Bùi Thanh Sơn",
        "Tags: ASEAN Lào",
        clutter=("Từ khóa: ASEAN, Lào, hợp tác, Bùi Thanh Sơn", "Tags: ASEAN Lào"),
    ),
    page(
        "comment prompts after the story",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Ý kiến bạn đọc",
        "Bạn nghĩ gì về bài viết này?",
        "Hãy là người đầu tiên bình luận.",
        clutter=(
            "Ý kiến bạn đọc",
            "Bạn nghĩ gì về bài viết này?",
            "Hãy là người đầu tiên bình luận.",
        ),
    ),
    page(
        "comment prompt and byline",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Hồng Nhung",
        "Gửi bình luận của bạn",
        "Bình luận (0)",
        byline="Hồng Nhung",
        clutter=("Gửi bình luận của bạn", "Bình luận (0)"),
    ),
]


@pytest.mark.parametrize("page", PAGES)
def test_an_unseen_page_reads_as_its_reader_would(page: Page):
    check(page)


def test_there_are_enough_pages():
    assert len(PAGES) >= 25


CAPTION = "Thủ tướng Phạm Minh Chính và Tổng thống Pháp Emmanuel Macron tại lễ đón."
MORE_PAGES = [
    # -- headlines under more of a site's furniture ------------------------------------
    page("domain line over the headline", "Chinhphu.vn", HEADLINE, LEAD, MIDDLE, LAST),
    page(
        "masthead and breadcrumb over the headline",
        "Báo Nhân Dân điện tử",
        "Trang chủ / Thế giới / ASEAN",
        "Thứ Sáu, 09/08/2024, 10:05 (GMT+7)",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
    ),
    page(
        "kicker over the headline",
        "Hội nghị Cấp cao ASEAN lần thứ 44:",
        "Thủ tướng Phạm Minh Chính gặp Tổng thống Pháp E.",
        PLAIN_LEAD,
        MIDDLE,
        LAST,
        title="Thủ tướng Phạm Minh Chính gặp Tổng thống Pháp E.",
        first=PLAIN_LEAD,
    ),
    page(
        "headline in quotation marks",
        "“ASEAN là ngôi nhà chung của chúng ta”",
        PLAIN_LEAD,
        MIDDLE,
        LAST,
        title="“ASEAN là ngôi nhà chung của chúng ta”",
        first=PLAIN_LEAD,
    ),
    page(
        "headline ending in an acronym",
        "Việt Nam thúc đẩy thực thi hiệp định RCEP",
        PLAIN_LEAD,
        MIDDLE,
        LAST,
        title="Việt Nam thúc đẩy thực thi hiệp định RCEP",
        first=PLAIN_LEAD,
    ),
    page(
        "author and time on one line under the headline",
        HEADLINE,
        "Thu Hằng | 05/08/2024 14:30",
        LEAD,
        MIDDLE,
        LAST,
        byline="Thu Hằng",
    ),
    page(
        "speech under the site's name, no headline line between",
        "Chinhphu.vn",
        "Bài phát biểu của Chủ tịch nước tại Hội nghị Cấp cao APEC",
        "Kính thưa Ngài Chủ tịch,",
        "Kính thưa các vị Lãnh đạo,",
        "Tôi rất vui mừng được tham dự Hội nghị hôm nay.",
        LAST,
        title="Bài phát biểu của Chủ tịch nước tại Hội nghị Cấp cao APEC",
        first="Kính thưa Ngài Chủ tịch,",
    ),
    page(
        "tag alone with a place and digit",
        HEADLINE,
        "Hà Nội (VOV1) -",
        LEAD,
        MIDDLE,
        LAST,
        clutter=("Hà Nội (VOV1) -",),
    ),
    page(
        "tag of two agencies",
        HEADLINE,
        f"Viêng Chăn (TTXVN/Vietnam+) - {LEAD}",
        MIDDLE,
        LAST,
    ),
    # -- captions ---------------------------------------------------------------------
    page(
        "caption under an image file",
        HEADLINE,
        LEAD,
        "IMG_2031.JPG",
        CAPTION,
        MIDDLE,
        LAST,
        captions=(CAPTION,),
    ),
    page(
        "credit on the line under the caption, in brackets",
        HEADLINE,
        LEAD,
        CAPTION,
        "(Ảnh: Thống Nhất/TTXVN)",
        MIDDLE,
        LAST,
        captions=(CAPTION,),
    ),
    page(
        "credit on the line above the caption",
        HEADLINE,
        LEAD,
        "Ảnh: Quang Hòa/VOV",
        CAPTION,
        MIDDLE,
        LAST,
        captions=(CAPTION,),
    ),
    page(
        "long caption with its credit",
        HEADLINE,
        LEAD,
        "Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone chứng kiến lễ trao các"
        " văn kiện hợp tác giữa hai nước. Ảnh: VGP/Nhật Bắc",
        MIDDLE,
        LAST,
        captions=(
            "Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone chứng kiến lễ trao"
            " các văn kiện hợp tác giữa hai nước.",
        ),
    ),
    page(
        "caption naming a president by an initial",
        HEADLINE,
        LEAD,
        "Ảnh: Thủ tướng Phạm Minh Chính và Tổng thống Pháp E. Macron",
        MIDDLE,
        LAST,
        captions=("Thủ tướng Phạm Minh Chính và Tổng thống Pháp E. Macron",),
    ),
    page(
        "caption in capitals' credit",
        HEADLINE,
        LEAD,
        "Bộ trưởng Bùi Thanh Sơn phát biểu tại Hội nghị. (Ảnh: TRẦN HẢI)",
        MIDDLE,
        LAST,
        captions=("Bộ trưởng Bùi Thanh Sơn phát biểu tại Hội nghị.",),
    ),
    page(
        "the page's address as alt text run into the caption",
        HEADLINE,
        LEAD,
        "viet nam va lao nhat tri tang cuong hop tac Quang cảnh Hội nghị. (Ảnh: Anh Tuấn/TTXVN)",
        MIDDLE,
        LAST,
        captions=("Quang cảnh Hội nghị.",),
    ),
    page(
        "alt text under its credited caption",
        HEADLINE,
        LEAD,
        "Hai Bộ trưởng tại buổi hội đàm. Ảnh: BNG",
        "Hai Bộ trưởng tại buổi hội đàm.",
        MIDDLE,
        LAST,
        captions=("Hai Bộ trưởng tại buổi hội đàm.",),
    ),
    page(
        "credit after a comma",
        HEADLINE,
        LEAD,
        "Hai Bộ trưởng tại buổi hội đàm, Ảnh: TTXVN",
        MIDDLE,
        LAST,
        captions=("Hai Bộ trưởng tại buổi hội đàm",),
    ),
    # -- bylines ----------------------------------------------------------------------
    page("closing source with a digit", HEADLINE, LEAD, MIDDLE, LAST, "Theo VOV1", byline="VOV1"),
    page(
        "closing reporters with a channel",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Thu Hà - Minh Đức (VOV1)",
        byline="Thu Hà - Minh Đức (VOV1)",
    ),
    # -- clutter ----------------------------------------------------------------------
    page(
        "share row and tag words after the byline",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Minh Anh",
        "Chia sẻ bài viết",
        "Từ khóa",
        "ASEAN",
        "Bùi Thanh Sơn",
        byline="Minh Anh",
        clutter=("Chia sẻ bài viết", "Từ khóa", "ASEAN", "Bùi Thanh Sơn"),
    ),
    page(
        "teaser after a bracketed Xem thêm",
        HEADLINE,
        LEAD,
        "(Xem thêm: Thủ tướng tiếp Đại sứ Nhật Bản tại Việt Nam)",
        MIDDLE,
        LAST,
        clutter=("(Xem thêm: Thủ tướng tiếp Đại sứ Nhật Bản tại Việt Nam)",),
    ),
    page(
        "bulleted related headlines after the story",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Tin liên quan:",
        "- Thủ tướng tiếp Đại sứ Nhật Bản tại Việt Nam",
        "- Việt Nam - Lào ký kết 12 văn kiện hợp tác",
        clutter=(
            "- Thủ tướng tiếp Đại sứ Nhật Bản tại Việt Nam",
            "- Việt Nam - Lào ký kết 12 văn kiện hợp tác",
        ),
    ),
    page(
        "a labelled source alone amid the story",
        HEADLINE,
        LEAD,
        "Nguồn: VGP",
        MIDDLE,
        LAST,
        clutter=("Nguồn: VGP",),
    ),
    page(
        "comment count and contact line",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "0 bình luận",
        "Liên hệ tòa soạn",
        clutter=("0 bình luận", "Liên hệ tòa soạn"),
    ),
]


@pytest.mark.parametrize("page", MORE_PAGES)
def test_more_unseen_pages(page: Page):
    check(page)


AUTHORS = [
    "Đại sứ Nguyễn Hải Bằng, Trưởng Phái đoàn đại diện thường trực Việt Nam tại ASEAN",
    "ThS. Nguyễn Văn An, Viện Nghiên cứu Đông Nam Á",
    "Hồng Nhung - Phóng viên TTXVN tại Lào",
    "Minh Hà/Báo Quốc tế",
    "Trần Văn Minh - Phóng viên VOV1",
]


@pytest.mark.parametrize("author", AUTHORS)
@pytest.mark.parametrize("lead", [LEAD, PLAIN_LEAD])
def test_an_author_with_a_post_above_the_lead_is_the_byline(author, lead):
    document = read_bytes("\n".join([HEADLINE, author, lead, MIDDLE, LAST]).encode(), "page.txt")
    assert document.title == HEADLINE
    assert document.byline == author
    assert sentences_of(document)[0] == lead


@pytest.mark.parametrize("author", AUTHORS)
def test_an_author_with_a_post_closes_the_story(author):
    document = read_bytes("\n".join([HEADLINE, LEAD, MIDDLE, LAST, author]).encode(), "page.txt")
    assert document.byline == author
    assert sentences_of(document)[-1] == LAST


def test_the_masthead_over_the_headline():
    lines = [
        "Báo Nhân Dân",
        "Cơ quan của Trung ương Đảng Cộng sản Việt Nam, tiếng nói của Đảng, Nhà nước và Nhân"
        " dân Việt Nam",
        HEADLINE,
        LEAD,
        MIDDLE,
    ]
    document = read_bytes("\n".join(lines).encode(), "page.txt")
    assert document.title == HEADLINE
    assert sentences_of(document)[0] == LEAD


@pytest.mark.parametrize(
    "button",
    [
        "Zalo",
        "Đăng nhập",
        "Chia sẻ:",
        "Thích",
        "Font size",
        "Sao chép liên kết",
        "Gửi cho bạn bè",
        "Hãy chia sẻ bài viết này.",
    ],
)
@pytest.mark.parametrize("where", [3, 4])
def test_a_pages_button_amid_or_after_the_story(button, where):
    lines = [HEADLINE, LEAD, MIDDLE, LAST]
    lines.insert(where, button)
    document = read_bytes("\n".join(lines).encode(), "page.txt")
    sentences = sentences_of(document)
    assert document.blocks[where].role is Role.CLUTTER
    assert sentences[0] == LEAD
    assert sentences[-1] == LAST


def test_a_tag_list_labelled_by_topic_after_the_story():
    lines = [HEADLINE, LEAD, MIDDLE, LAST, "Chủ đề: ASEAN 2025"]
    document = read_bytes("\n".join(lines).encode(), "page.txt")
    assert document.blocks[4].role is not Role.BODY


def test_a_short_sentence_naming_the_article_stays():
    lines = [HEADLINE, LEAD, "Mở đầu bài viết.", MIDDLE, LAST]
    document = read_bytes("\n".join(lines).encode(), "page.txt")
    assert document.blocks[2].role is Role.BODY


def test_a_two_word_salutation_amid_a_speech_stays():
    lines = [HEADLINE, "Kính thưa,", "Tôi rất vui mừng được tham dự Hội nghị hôm nay.", LAST]
    document = read_bytes("\n".join(lines).encode(), "page.txt")
    assert sentences_of(document)[0] == "Kính thưa,"


@pytest.mark.parametrize(
    "salutation",
    [
        "KÍNH THƯA NGÀI CHỦ TỊCH,",
        "Kính gửi Quý vị đại biểu,",
        "Các vị khách quý,",
        "Thưa Ngài Chủ tịch",
        "Xin chào các bạn!",
    ],
)
@pytest.mark.parametrize("above", [[], ["Chinhphu.vn"], ["05/08/2024 14:30"]])
def test_a_speech_opens_with_its_salutation_however_written(salutation, above):
    headline = "Phát biểu của Thủ tướng Phạm Minh Chính tại Hội nghị Cấp cao ASEAN lần thứ 43"
    lines = [*above, headline, salutation, "Tôi rất vui mừng được tham dự Hội nghị hôm nay.", LAST]
    document = read_bytes("\n".join(lines).encode(), "page.txt")
    assert document.title == headline
    assert sentences_of(document)[0] == salutation
    assert document.caption_texts == ()


# -- outlets' tags before the lead, however a site writes its name ---------------------
OUTLET_TAGS = [
    "Dân trí - ",
    "Dân trí – ",
    "(Dân trí) - ",
    "Vietnamplus - ",
    "(VietnamPlus) - ",
    "TTXVN: ",
    "VOV.VN: ",
    "Vietnam+: ",
    "(NLĐO) - ",
    "(Baonghean.vn) - ",
    "laodong.vn - ",
    "PLO - ",
    "(ĐCSVN) - ",
    "BNEWS - ",
    "Tuổi Trẻ Online - ",
    "Báo Quốc tế - ",
    "Hà Nội - ",  # a dateline in title case, as "HÀ NỘI - " in capitals
]
TAGGED_LEADS = [
    LEAD,
    "Tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng Ngoại giao Lào.",
    "Bộ Ngoại giao ngày 5/8 đã tổ chức hội đàm với Bộ Ngoại giao Lào tại Hà Nội.",
]


@pytest.mark.parametrize("lead", TAGGED_LEADS)
@pytest.mark.parametrize("tag", OUTLET_TAGS)
def test_an_outlets_tag_before_the_lead_is_neither_title_nor_sentence(tag, lead):
    for lines in ([HEADLINE, f"{tag}{lead}", MIDDLE, LAST], [HEADLINE, tag, lead, MIDDLE, LAST]):
        document = read_bytes("\n".join(lines).encode(), "page.txt")
        assert document.title == HEADLINE
        assert sentences_of(document) == [lead, MIDDLE, LAST]
        assert document.caption_texts == ()


@pytest.mark.parametrize("tag", ["Bộ trưởng Ngoại giao Lào - ", "Kao Kim Hourn - "])
def test_a_tag_before_a_lead_led_by_a_title_is_one_word_or_not_all_capitalised(tag):
    """Capitalised words before a dash and a title are a name or a post and the next post
    ("Kao Kim Hourn - Tổng thư ký ASEAN …"), not an outlet ("Vietnamplus - Bộ trưởng …")."""
    lead = "Tổng thư ký ASEAN cho biết các nước thành viên nhất trí đẩy mạnh hợp tác."
    document = read_bytes("\n".join([HEADLINE, f"{tag}{lead}", MIDDLE, LAST]).encode(), "p.txt")
    assert sentences_of(document)[0] == f"{tag}{lead}"
    document = read_bytes("\n".join([HEADLINE, f"Vietnamplus - {lead}", LAST]).encode(), "p.txt")
    assert sentences_of(document)[0] == lead


@pytest.mark.parametrize(
    "lead",
    [
        "Việt Nam - Lào nhất trí tăng cường hợp tác trong các lĩnh vực kinh tế, thương mại.",
        "ASEAN - Hàn Quốc là đối tác chiến lược quan trọng của nhau trong khu vực.",
        "Mekong - Lan Thương là cơ chế hợp tác quan trọng giữa sáu nước.",
        "Hà Nội - Viêng Chăn là hai thủ đô có quan hệ gắn bó lâu đời.",
        "Bộ trưởng - Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn đã dự hội nghị.",
        "Nguyễn Văn An - Giám đốc Sở Ngoại vụ cho biết hội nghị đã thành công tốt đẹp.",
    ],
)
def test_a_lead_opening_with_a_pair_or_a_post_keeps_its_start(lead):
    document = read_bytes("\n".join([HEADLINE, lead, MIDDLE, LAST]).encode(), "page.txt")
    assert document.title == HEADLINE
    assert sentences_of(document)[0] == lead


def test_a_speakers_label_in_an_interview_stays_with_the_question():
    question = "Hỏi: Tại Hà Nội, ông đã trao đổi những nội dung gì với phía Lào?"
    document = read_bytes("\n".join([HEADLINE, question, MIDDLE, LAST]).encode(), "page.txt")
    assert sentences_of(document)[0] == question
