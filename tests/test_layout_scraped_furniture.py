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
        xfail=True,
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
        xfail=True,
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
        xfail=True,
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
        xfail=True,
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
        xfail=True,
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
        xfail=True,
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
        xfail=True,
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
        xfail=True,
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
        xfail=True,
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
        xfail=True,
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
        xfail=True,
    ),
]


@pytest.mark.parametrize("page", BANNERS + MENUS + BETWEEN + FOOTERS)
def test_a_page_reads_as_its_reader_would(page: Page):
    check(page)


@pytest.mark.parametrize("rows", [BANNERS, MENUS, BETWEEN, FOOTERS])
def test_each_shape_has_enough_pages(rows):
    assert len(rows) >= 4
