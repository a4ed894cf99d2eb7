"""More of a scraped page's furniture that invented whole pages (tests/data/
invented_articles/pages2) showed the reader getting wrong: a cookie consent banner over
the headline, a section menu whose last item stands right over a time stamp above the
headline, the byline and stamp set between the sapo and the rest of the story, a footer
naming the outlet and its owner after a dash, and comment counters, "Xem nhiều nhất" and
"back to top" links under the story. Every page here is invented."""

from __future__ import annotations

import pytest

from page_rows import HEADLINE, LAST, LEAD, MIDDLE, STAMP, Page, check, page

SAPO = "VOV.VN - " + LEAD
BANNERS = [
    page(
        "a consent banner ending in its button over the headline",
        "Chấp nhận cookie",
        "Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý",
        "Trang chủ",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        clutter=(
            "Chấp nhận cookie",
            "Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý",
        ),
    ),
    page(
        "a consent sentence over the headline and a tagged lead",
        "Chúng tôi sử dụng cookies để mang lại trải nghiệm tốt nhất cho bạn đọc",
        "Tôi đồng ý",
        HEADLINE,
        SAPO,
        MIDDLE,
        LAST,
        clutter=("Chúng tôi sử dụng cookies để mang lại trải nghiệm tốt nhất cho bạn đọc",),
    ),
    page(
        "a consent banner with a policy link over the site's name",
        "Website sử dụng cookie. Tìm hiểu thêm về chính sách bảo mật",
        "Báo Điện tử Chính phủ",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        clutter=("Website sử dụng cookie. Tìm hiểu thêm về chính sách bảo mật",),
    ),
    page(
        "a consent banner under the story",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Bằng việc tiếp tục truy cập, bạn đồng ý với việc sử dụng cookie",
        clutter=("Bằng việc tiếp tục truy cập, bạn đồng ý với việc sử dụng cookie",),
    ),
    page(
        "a consent banner over a headline shaped like a caption",
        "VOV.VN",
        "Chấp nhận cookie",
        "Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý",
        "Trang chủ",
        "Thế giới > ASEAN",
        "Bộ trưởng Nguyễn Kim Sơn hội đàm với Bộ trưởng Giáo dục Campuchia",
        SAPO,
        MIDDLE,
        LAST,
        title="Bộ trưởng Nguyễn Kim Sơn hội đàm với Bộ trưởng Giáo dục Campuchia",
        clutter=("Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý",),
    ),
]

MENUS = [
    page(
        "a menu item of four words over a stamp above the headline",
        "Thế giới",
        "Tư liệu",
        "Phân tích",
        "Người Việt 5 châu",
        "Thứ sáu, 14/3/2025, 10:20 (GMT+7)",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
    ),
    page(
        "a menu item of five words over a stamp above the headline",
        "Thời sự",
        "Chính trị",
        "Đối ngoại",
        "Hội nhập quốc tế và ASEAN",
        STAMP,
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
    ),
    page(
        "a menu of four-word items over a stamp and the headline",
        "Kinh tế thị trường",
        "Văn hóa xã hội",
        "Người Việt bốn phương",
        "Quốc phòng an ninh",
        "Thứ Sáu, 14/03/2025 - 10:20",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
    ),
    page(
        "a menu item under the site's name over a stamp and a plain lead",
        "VnExpress",
        "Thế giới",
        "Quân sự",
        "Cuộc sống đó đây",
        STAMP,
        HEADLINE,
        "Các nước ASEAN và Campuchia ký kết 8 văn kiện hợp tác giáo dục, mở rộng trao đổi"
        " sinh viên.",
        MIDDLE,
        LAST,
        first="Các nước ASEAN và Campuchia ký kết 8 văn kiện hợp tác giáo dục, mở rộng trao"
        " đổi sinh viên.",
    ),
]

BETWEEN = [
    page(
        "byline and stamp between the tagged sapo and the story",
        HEADLINE,
        SAPO,
        "Thứ Sáu, 18:45, 14/03/2025",
        "Thu Hằng/VOV-Phnom Penh",
        MIDDLE,
        LAST,
        byline="Thu Hằng/VOV-Phnom Penh",
    ),
    page(
        "byline over the stamp under a sapo",
        HEADLINE,
        "TGVN. Hai nước ký kết 8 văn kiện hợp tác trong lĩnh vực giáo dục.",
        "Việt Anh",
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        first="Hai nước ký kết 8 văn kiện hợp tác trong lĩnh vực giáo dục.",
        byline="Việt Anh",
    ),
    page(
        "two reporters under the stamp after the sapo",
        HEADLINE,
        SAPO,
        STAMP,
        "Minh Hà - Thu Trang",
        MIDDLE,
        LAST,
        byline="Minh Hà - Thu Trang",
    ),
    page(
        "a reporter in capitals over the stamp after the sapo",
        HEADLINE,
        "NDO - Hai nước ký kết 8 văn kiện hợp tác trong lĩnh vực giáo dục.",
        "THU HƯƠNG",
        "Thứ Sáu, 14/03/2025 10:20 (GMT+7)",
        LEAD,
        MIDDLE,
        LAST,
        first="Hai nước ký kết 8 văn kiện hợp tác trong lĩnh vực giáo dục.",
        byline="THU HƯƠNG",
    ),
]

FOOTERS = [
    page(
        "the outlet and its owner after a dash",
        HEADLINE,
        "PV",
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        "Bạn cần đăng nhập để bình luận",
        "Tuổi Trẻ Online - Cơ quan chủ quản: Thành Đoàn TP.HCM",
        byline="PV",
        clutter=("Tuổi Trẻ Online - Cơ quan chủ quản: Thành Đoàn TP.HCM",),
    ),
    page(
        "the outlet and its licence after a dash",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Minh Anh",
        "Báo Điện tử Dân Việt - Giấy phép số 123/GP-BTTTT",
        byline="Minh Anh",
        clutter=("Báo Điện tử Dân Việt - Giấy phép số 123/GP-BTTTT",),
    ),
    page(
        "comment counters, most-read list and a back-to-top link under the byline",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Hoài Thu (theo Reuters, Bernama)",
        "Chia sẻ",
        "Ý kiến (12)",
        "Thích",
        "Xem nhiều nhất",
        "Giá vàng hôm nay tăng mạnh",
        "Trở lên đầu trang",
        byline="Hoài Thu (theo Reuters, Bernama)",
        clutter=("Ý kiến (12)", "Giá vàng hôm nay tăng mạnh", "Trở lên đầu trang"),
    ),
    page(
        "a comment counter and a most-read list with no byline",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Bình luận (0)",
        "Đọc nhiều nhất",
        "Giá xăng dầu hôm nay giảm nhẹ",
        "Quay lên đầu trang",
        clutter=("Bình luận (0)", "Giá xăng dầu hôm nay giảm nhẹ", "Quay lên đầu trang"),
    ),
]


# A name the page's menu shows above the headline, said again under the story, is the
# site's own (a product, a section), not the story's author.
REPEATED_CHROME = [
    page(
        "a product's name from the menu closing the story, PV over the stamp",
        "Tuổi Trẻ Online",
        "Tuổi Trẻ Sao",
        "Thời sự",
        HEADLINE,
        "PV",
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        "Xem tiếp",
        "Tuổi Trẻ Sao",
        "Bạn cần đăng nhập để bình luận",
        byline="PV",
        clutter=("Tuổi Trẻ Sao",),
    ),
    page(
        "a section's name from the menu under the story, the author over the lead",
        "Thời sự",
        "Đời sống Xanh",
        HEADLINE,
        "Minh Hà",
        LEAD,
        MIDDLE,
        LAST,
        "Đời sống Xanh",
        byline="Minh Hà",
        clutter=("Đời sống Xanh",),
    ),
    page(
        "a channel's name from the menu under the author",
        "VOV.VN",
        "VOV Live",
        "Podcast",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Thu Trang",
        "VOV Live",
        byline="Thu Trang",
        clutter=("VOV Live",),
    ),
    page(
        "a magazine's name from the menu closing a story with no author",
        "Nhân Dân điện tử",
        "Nhân Dân Cuối tuần",
        "Thế giới",
        HEADLINE,
        STAMP,
        LEAD,
        MIDDLE,
        LAST,
        "Nhân Dân Cuối tuần",
        clutter=("Nhân Dân Cuối tuần",),
    ),
]


@pytest.mark.parametrize("page", BANNERS + MENUS + BETWEEN + FOOTERS + REPEATED_CHROME)
def test_a_page_reads_as_its_reader_would(page: Page):
    check(page)


@pytest.mark.parametrize("rows", [BANNERS, MENUS, BETWEEN, FOOTERS, REPEATED_CHROME])
def test_each_shape_has_enough_pages(rows):
    assert len(rows) >= 4
