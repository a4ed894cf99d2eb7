"""Page furniture real pages showed the reader leaving in the body, written here as invented
pages: an image's alt text stripped of its diacritics, capitals kept, numbered as the page
numbers its photos ("Viet Nam va Campuchia ky ket 8 van kien - Anh 1"); and under the
story's byline, the page's "Top" button and its comment form's notice, wrapped over two
lines ("Bạn không thể gửi bình luận liên tục. Xin hãy đợi" / "60 giây nữa."). Every page
and sentence here is invented."""

from __future__ import annotations

import pytest

from briefgen.ingest import read_bytes
from briefgen.records import Role
from page_rows import HEADLINE, LAST, LEAD, MIDDLE, STAMP, check, page

# a whole story, under which each row sets the page's furniture
STORY = (HEADLINE, STAMP, LEAD, MIDDLE, LAST)
BARE_ALT = "Viet Nam va Campuchia ky ket 8 van kien hop tac giao duc - Anh 1"
SIGN = "Hai Bộ trưởng ký kết các văn kiện hợp tác."
NOTICE = ("Bạn không thể gửi bình luận liên tục. Xin hãy đợi", "60 giây nữa.")
TEASERS = (
    "Việt Nam là thành viên tích cực của Tổ chức Giáo dục Đông Nam Á",
    "Sinh viên Campuchia đầu tiên nhận học bổng tiến sĩ của Việt Nam",
)
SUBHEADING = "Mở rộng hợp tác đào tạo nghề"
ITEMS = (
    "Hai bên ký kết các văn kiện sau:",
    "Bản ghi nhớ về đào tạo nghề",
    "Kế hoạch trao đổi sinh viên giai đoạn 2025 - 2027",
)
# the headline stripped of its diacritics as the photo's alt text, and under it the caption
# that says it again with the dates
TITLE_ALT = "Viet Nam va Campuchia ky ket 8 van kien hop tac trong linh vuc giao duc"
DATED_CAPTION = (
    "Việt Nam và Campuchia ký kết 8 văn kiện hợp tác trong lĩnh vực giáo dục tại Phnom Penh"
    " ngày 14/3/2025."
)
# a byline in capitals closing the story, then another story's paragraphs with no heading
OTHER_STORY = (
    "Do chưa đạt được đồng thuận, các nước thành viên Liên minh châu Âu tiếp tục thảo luận"
    " gói biện pháp thứ sáu.",
    "Theo hãng tin Reuters, ngày 11-5, Ngoại trưởng Hungary tuyên bố nước này sẽ không ủng hộ"
    " đề xuất nếu không có ngoại lệ.",
)
# a photo on top, its caption credited to the source the news agency distributed it from
TOP_CAPTION = (
    "Ngày 14/3, tại Phnom Penh, Bộ trưởng Nguyễn Kim Sơn hội đàm với Bộ trưởng Hang Chuon Naron."
)
# under the story, the page's follow and promotion lines and its comment box's labels
FOLLOW = ("Cập nhật tin kinh tế, đầu tư mới nhất tại Fanpage.", "Theo dõi Báo Kinh Tế Số")
STARS = (
    "Trở thành người đầu tiên tặng sao cho bài viết 0 0 0",
    "Thông tin tài khoản",
    "Được quan tâm nhất Mới nhất Tặng sao cho thành viên",
)
# an uncredited caption between two paragraphs that says again, in fewer words, what the
# paragraph beside it tells (no act shown: a scene, a date)
RESTATED = "Bộ Giáo dục hai nước ký kết hợp tác ngày 14-3."
TOLD = (
    "Ngày 14-3, tại Phnom Penh, Bộ Giáo dục hai nước ký kết hợp tác về đào tạo nghề và trao"
    " đổi sinh viên giai đoạn 2025 - 2030."
)
CUT = "Dự kiến hai bên sẽ ký kết thêm một số văn kiện về đào tạo nghề và trao đổi..."

PAGES = [
    page(
        "an alt text without diacritics, numbered, over the photo's caption",
        HEADLINE,
        STAMP,
        LEAD,
        BARE_ALT,
        SIGN,
        MIDDLE,
        LAST,
        captions=(SIGN,),
        clutter=(BARE_ALT,),
    ),
    page(
        "an alt text without diacritics, numbered, alone between paragraphs",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        BARE_ALT.replace("Anh 1", "Anh 2"),
        LAST,
        clutter=(BARE_ALT.replace("Anh 1", "Anh 2"),),
    ),
    page(
        "the headline without diacritics as an alt text over the caption that says it again",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        TITLE_ALT,
        DATED_CAPTION,
        LAST,
        captions=(DATED_CAPTION,),
        clutter=(TITLE_ALT,),
    ),
    page(
        "the follow button of a news aggregator alone between the headline and the lead",
        HEADLINE,
        "",
        "Google News",
        "",
        LEAD,
        MIDDLE,
        LAST,
        clutter=("Google News",),
    ),
    page(
        "a byline in capitals closing the story, another story's paragraphs under it",
        *STORY,
        "MINH HÀ",
        *OTHER_STORY,
        byline="MINH HÀ",
        clutter=OTHER_STORY,
    ),
    page(
        'a caption under the headline credited "Nguồn … - TTXVN phát", the lead under it',
        HEADLINE,
        f"{TOP_CAPTION} Nguồn moeys.gov.kh - TTXVN phát",
        "",
        LEAD,
        MIDDLE,
        LAST,
        captions=(TOP_CAPTION,),
    ),
    page(
        "the page's follow and promotion lines under the story",
        *STORY,
        *FOLLOW,
        clutter=FOLLOW,
    ),
    page(
        "a comment box's star prompt and labels under the byline",
        *STORY,
        "",
        "H.NHUNG",
        *STARS,
        byline="H.NHUNG",
        clutter=STARS,
    ),
    page(
        "an uncredited caption that says again what the paragraph above it tells",
        *STORY[:3],
        TOLD,
        RESTATED,
        MIDDLE,
        LAST,
        captions=(RESTATED,),
    ),
    page(
        "the byline, the page's Top button and its comment notice wrapped over two lines",
        *STORY,
        "",
        "Minh Hà",
        "",
        "Top",
        "",
        *NOTICE,
        byline="Minh Hà",
        clutter=("Top", *NOTICE),
    ),
    page(
        "a story cut by the excerpt, then the byline, Top and the comment notice",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        CUT,
        "",
        "Minh Hà",
        "",
        "Top",
        "",
        *NOTICE,
        last=CUT,
        byline="Minh Hà",
        clutter=("Top", *NOTICE),
    ),
    page(
        "two headlines of other articles amid the story, one under the other",
        HEADLINE,
        STAMP,
        LEAD,
        *TEASERS,
        MIDDLE,
        LAST,
        clutter=TEASERS,
    ),
    page(
        "two headlines of other articles between blank lines under the lead",
        HEADLINE,
        STAMP,
        LEAD,
        "",
        TEASERS[0],
        "",
        TEASERS[1],
        "",
        MIDDLE,
        LAST,
        clutter=TEASERS,
    ),
]

# What stays the story's: a subheading over its paragraph, a list under its colon.
KEPT = [
    page("a subheading over its paragraph", HEADLINE, STAMP, LEAD, SUBHEADING, MIDDLE, LAST),
    page("a list of documents under its colon", HEADLINE, STAMP, LEAD, *ITEMS, MIDDLE, LAST),
]


@pytest.mark.parametrize("made", KEPT)
def test_the_story_keeps_its_subheadings_and_lists(made):
    check(made)
    document = read_bytes("\n".join(made.lines).encode(), "page.txt")
    body = {b.text for b in document.blocks if b.role is Role.BODY}
    assert set(made.lines[3:-2]) <= body


@pytest.mark.parametrize("made", PAGES)
def test_page_tail_widgets(made):
    check(made)
