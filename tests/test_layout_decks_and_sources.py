"""Three page shapes a reader meets on news sites: a short deck (sapo) line under the
headline with the time stamp below it, a reporter credited only as "PV" (or "Nhóm PV",
"Phóng viên"), and a source or agency line closing the story ("(TTXVN/Vietnam+)", "Theo
TTXVN", "Nguồn: Báo Chính phủ"). The deck is body, never the title; the credit and the
source are the byline, never a body sentence. Every page here is invented; each is read from
bytes through the public ingest API, as an upload would be."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from briefgen.extract import sentences_of
from briefgen.ingest import read_bytes
from briefgen.records import Role

HEADLINE = "Việt Nam và Campuchia ký kết 8 văn kiện hợp tác trong lĩnh vực giáo dục"
LEAD = (
    "Sáng 14/3, tại Phnom Penh, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn đã hội đàm"
    " với Bộ trưởng Giáo dục Campuchia Hang Chuon Naron."
)
MIDDLE = "Hai bên nhất trí mở rộng trao đổi sinh viên, giảng viên và hợp tác đào tạo nghề."
LAST = "Hai Bộ trưởng nhất trí giao các cơ quan chức năng sớm xây dựng kế hoạch triển khai./."


@dataclass(frozen=True)
class Page:
    """An invented page and what the reader should make of it."""

    trait: str
    lines: tuple[str, ...]
    title: str = HEADLINE
    first: str = LEAD
    last: str = LAST
    byline: str | None = None
    clutter: tuple[str, ...] = field(default=())


def page(trait: str, *lines: str, xfail: bool = False, **expected):
    made = Page(trait, lines, **expected)
    marks = [pytest.mark.xfail(reason="not read so yet", strict=True)] if xfail else []
    return pytest.param(made, id=trait, marks=marks)


STAMP = "14/03/2025 10:20"
DECK = "Mở rộng trao đổi sinh viên, giảng viên và hợp tác đào tạo nghề."

DECKS = [
    page(
        "a one-sentence deck between headline and stamp",
        HEADLINE,
        DECK,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        first=DECK,
    ),
    page(
        "a deck with no full stop above a weekday stamp",
        HEADLINE,
        "Hai nước thúc đẩy hợp tác đào tạo nghề và trao đổi sinh viên",
        "Thứ Sáu, 14/03/2025 - 10:20",
        LEAD,
        MIDDLE,
        LAST,
        first="Hai nước thúc đẩy hợp tác đào tạo nghề và trao đổi sinh viên",
    ),
    page(
        "a deck under a masthead, breadcrumb and headline",
        "Báo Điện tử Chính phủ",
        "Trang chủ > Thời sự > Đối ngoại",
        HEADLINE,
        "Bộ trưởng Nguyễn Kim Sơn hội đàm với người đồng cấp Campuchia.",
        "14/03/2025 10:20 (GMT+7)",
        LEAD,
        MIDDLE,
        LAST,
        first="Bộ trưởng Nguyễn Kim Sơn hội đàm với người đồng cấp Campuchia.",
        clutter=("Báo Điện tử Chính phủ", "Trang chủ > Thời sự > Đối ngoại"),
    ),
    page(
        "a deck quoting the minister, then author and stamp",
        "Hợp tác giáo dục Việt Nam - Campuchia: Mở ra giai đoạn mới",
        'Bộ trưởng Nguyễn Kim Sơn: "Giáo dục là cầu nối bền vững giữa hai dân tộc"',
        "Thu Hà | 14/03/2025 10:20",
        LEAD,
        MIDDLE,
        LAST,
        title="Hợp tác giáo dục Việt Nam - Campuchia: Mở ra giai đoạn mới",
        first='Bộ trưởng Nguyễn Kim Sơn: "Giáo dục là cầu nối bền vững giữa hai dân tộc"',
    ),
    page(
        "a short deck above an updated stamp",
        "Thời sự",
        HEADLINE,
        "Tám văn kiện được ký kết.",
        "Cập nhật: 14/03/2025 10:20",
        LEAD,
        MIDDLE,
        LAST,
        first="Tám văn kiện được ký kết.",
    ),
    page(
        "a deck of two sentences above a date alone",
        HEADLINE,
        "Hai bên ký 8 văn kiện. Trao đổi sinh viên sẽ tăng gấp đôi.",
        "14/3/2025",
        LEAD,
        MIDDLE,
        LAST,
        first="Hai bên ký 8 văn kiện.",
    ),
    page(
        "a deck as long as the headline above a stamp with its zone",
        "Bộ trưởng Nguyễn Kim Sơn thăm chính thức Vương quốc Campuchia",
        "Việt Nam và Campuchia ký kết 8 văn kiện hợp tác trong lĩnh vực giáo dục",
        "Thứ Sáu, 14/03/2025, 10:20 (GMT+7)",
        LEAD,
        MIDDLE,
        LAST,
        title="Bộ trưởng Nguyễn Kim Sơn thăm chính thức Vương quốc Campuchia",
        first="Việt Nam và Campuchia ký kết 8 văn kiện hợp tác trong lĩnh vực giáo dục",
    ),
]

REPORTERS = [
    page(
        "PV alone between headline and stamp",
        HEADLINE,
        "PV",
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        byline="PV",
    ),
    page(
        "PV with a collaborator between headline and stamp",
        HEADLINE,
        "PV - CTV",
        "Thứ Sáu, 14/03/2025 10:20",
        LEAD,
        MIDDLE,
        LAST,
        byline="PV - CTV",
    ),
    page(
        "a team of reporters between headline and stamp",
        "Quốc tế",
        HEADLINE,
        "Nhóm PV",
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        byline="Nhóm PV",
    ),
    page(
        "the word reporter alone between headline and stamp",
        HEADLINE,
        "Phóng viên",
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        byline="Phóng viên",
    ),
    page("PV closing the story", HEADLINE, LEAD, MIDDLE, LAST, "PV", byline="PV"),
    page(
        "a team of reporters closing the story before other news",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        "Nhóm PV",
        "Tin khác",
        "Khai mạc Hội chợ việc làm ASEAN 2025",
        byline="Nhóm PV",
        clutter=("Tin khác", "Khai mạc Hội chợ việc làm ASEAN 2025"),
    ),
    page(
        "PV with a collaborator closing the story",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "PV - CTV",
        byline="PV - CTV",
    ),
    page(
        "the word reporter closing the story",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Phóng viên",
        "Chia sẻ",
        byline="Phóng viên",
        clutter=("Chia sẻ",),
    ),
    page(
        "a team of reporters spelled out, no stamp",
        HEADLINE,
        "Nhóm phóng viên",
        LEAD,
        MIDDLE,
        LAST,
        byline="Nhóm phóng viên",
    ),
    page(
        "PV with a full stop closing the story",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "PV.",
        "Bình luận",
        byline="PV.",
        clutter=("Bình luận",),
    ),
    page(
        "PV alone above the lead, no stamp",
        "Thời sự",
        HEADLINE,
        "PV",
        LEAD,
        MIDDLE,
        LAST,
        byline="PV",
    ),
]

SOURCES = [
    page(
        "two agencies in brackets",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "(TTXVN/Vietnam+)",
        byline="TTXVN/Vietnam+",
    ),
    page("according to an agency", HEADLINE, LEAD, MIDDLE, LAST, "Theo TTXVN", byline="TTXVN"),
    page(
        "according to a radio, in brackets",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "(Theo VOV)",
        byline="VOV",
    ),
    page(
        "a labelled source naming a paper",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Nguồn: Báo Chính phủ",
        byline="Báo Chính phủ",
    ),
    page(
        "an author with her agency",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Minh Anh (TTXVN)",
        byline="Minh Anh (TTXVN)",
    ),
    page(
        "a bracketed source before related news",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "(Theo Báo Quốc tế)",
        "Tin liên quan",
        "Việt Nam - Lào ký kết 12 văn kiện hợp tác",
        byline="Báo Quốc tế",
        clutter=("Tin liên quan", "Việt Nam - Lào ký kết 12 văn kiện hợp tác"),
    ),
    page(
        "a labelled source in brackets before a share row",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "(Nguồn: TTXVN)",
        "Chia sẻ Facebook Zalo",
        byline="TTXVN",
        clutter=("Chia sẻ Facebook Zalo",),
    ),
    page(
        "according to a paper of two words",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Theo Nhân Dân",
        byline="Nhân Dân",
    ),
    page(
        "a labelled source naming a ministry portal",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Nguồn: Cổng Thông tin điện tử Bộ Giáo dục và Đào tạo",
        byline="Cổng Thông tin điện tử Bộ Giáo dục và Đào tạo",
    ),
    page(
        "one agency in brackets, then the tags",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "(Vietnam+)",
        "Từ khóa",
        "ASEAN",
        byline="Vietnam+",
        clutter=("Từ khóa",),
    ),
    page(
        "two agencies the other way round, in brackets",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "(VOV/TTXVN)",
        byline="VOV/TTXVN",
    ),
    page(
        "a labelled source in brackets naming a paper",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "(Nguồn: Báo Chính phủ)",
        byline="Báo Chính phủ",
    ),
    page(
        "a labelled source naming a domain",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Nguồn: Chinhphu.vn",
        byline="Chinhphu.vn",
    ),
]


@pytest.mark.parametrize("page", DECKS + REPORTERS + SOURCES)
def test_a_page_reads_as_its_reader_would(page: Page):
    document = read_bytes("\n".join(page.lines).encode(), "page.txt")
    sentences = sentences_of(document)
    assert document.title == page.title
    assert sentences[0] == page.first
    assert sentences[-1] == page.last
    assert document.byline == page.byline
    kept = {b.text.strip() for b in document.blocks if b.role in (Role.BODY, Role.TITLE)}
    kept |= set(sentences)
    assert not kept & ({*page.clutter} | ({page.byline} - {None}))
    assert not any(line in kept for line in page.lines if line in page.clutter)


@pytest.mark.parametrize("rows", [DECKS, REPORTERS, SOURCES])
def test_each_shape_has_enough_pages(rows):
    assert len(rows) >= 6
