"""Page shapes that real news pages showed the reader getting wrong, each written here as an
invented page: an image's numbered alt text ending in a full stop ("<headline> - Ảnh 2.")
and its file name run into the caption ("…pngQuang cảnh …"), one credited caption
printed twice or two printed on one line, the headline said again with the page's time
stamp, a credited caption or a "Hình ảnh …" caption over the lead, a copyright notice or an
outlet's source address under the story, a closing credit of initials and the agency
copied ("K.L. (Theo Reuters)"), salutations bulleted by dashes, and a speech's cut last
line that names its hearers "chúng ta". Every page and sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.ingest import read_bytes
from page_rows import HEADLINE, LAST, LEAD, MIDDLE, STAMP, check, page

WELCOMES = "Bộ trưởng Giáo dục Campuchia Hang Chuon Naron đón Bộ trưởng Nguyễn Kim Sơn."
SIGN = "Hai Bộ trưởng ký kết các văn kiện hợp tác."
CLASS = "Sinh viên hai nước trong giờ học nghề tại Phnom Penh."
ONLINE = "Phiên họp của hai Bộ được tổ chức dưới hình thức trực tuyến."
FAIR = "Lễ bế mạc Hội chợ Thương mại ASEAN"
PORTRAIT = "Thứ trưởng Lê Văn Tùng, Trưởng đoàn Việt Nam."
OPENING = "Hình ảnh lễ khai mạc Hội nghị Bộ trưởng Giáo dục ASEAN."
CALL = "Bộ trưởng Nguyễn Kim Sơn chào xã giao Thủ tướng Campuchia."
MEETS = "Bộ trưởng Nguyễn Kim Sơn gặp Bộ trưởng Lao động Campuchia."
CREDIT = "Ảnh: Minh Đức - PV TTXVN tại Campuchia"
SPEECH_HEADLINE = (
    "PHÁT BIỂU CỦA THỨ TRƯỞNG NGOẠI GIAO TRẦN VĂN LỘC TẠI LỄ KỶ NIỆM 30 NĂM THÀNH LẬP VĂN"
    " PHÒNG UNICEF TẠI VIỆT NAM"
)
SPEECH = "Trước hết, tôi xin chúc mừng bà Sarah Collins và toàn thể cán bộ UNICEF tại Việt Nam."
THANKS = "Tôi xin chân thành cảm ơn các tổ chức quốc tế đã đồng hành cùng Việt Nam."
CUT_HEARERS = (
    "Tới dự Hội nghị của chúng ta hôm nay có hơn 500 đại biểu đến từ các tổ chức quốc tế,"
    " trong đó đặc biệt là có"
)

PAGES = [
    page(
        "numbered alt texts ending in a full stop over credited captions and a bare credit",
        HEADLINE,
        STAMP,
        LEAD,
        f"{HEADLINE} - Ảnh 1.",
        f"{WELCOMES} Ảnh: TTXVN.",
        f"{HEADLINE} - Ảnh 2.",
        "Ảnh: TTXVN.",
        f"{HEADLINE} - Ảnh 3.",
        f"{SIGN} Ảnh: TTXVN.",
        MIDDLE,
        LAST,
        captions=(WELCOMES, SIGN),
        clutter=(f"{HEADLINE} - Ảnh 1.", f"{HEADLINE} - Ảnh 2.", f"{HEADLINE} - Ảnh 3."),
    ),
    page(
        "a numbered alt text ending in a full stop over an uncredited caption",
        HEADLINE,
        STAMP,
        LEAD,
        f"{HEADLINE} - Ảnh 1.",
        CLASS,
        MIDDLE,
        LAST,
        captions=(CLASS,),
        clutter=(f"{HEADLINE} - Ảnh 1.",),
    ),
    page(
        "an image's file name run into its caption",
        HEADLINE,
        STAMP,
        LEAD,
        f"GDCP2025.png{ONLINE}",
        MIDDLE,
        LAST,
        captions=(ONLINE,),
        clutter=(f"GDCP2025.png{ONLINE}",),
    ),
    page(
        "one credited caption printed twice, the alt text over the caption",
        HEADLINE,
        LEAD,
        f"{FAIR} (Ảnh: TCDL)",
        f"{FAIR} (Ảnh: TCDL)",
        MIDDLE,
        LAST,
        captions=(FAIR,),
        clutter=(f"{FAIR} (Ảnh: TCDL)",),
    ),
    page(
        "two credited captions printed on one line",
        HEADLINE,
        f"{CALL} {CREDIT} {MEETS} {CREDIT}",
        LEAD,
        MIDDLE,
        LAST,
        captions=(CALL, MEETS),
        clutter=(f"{CALL} {CREDIT} {MEETS} {CREDIT}",),
    ),
    page(
        "the headline said again with the page's time stamp",
        HEADLINE,
        f"{HEADLINE} 14/03/2025 10:20",
        LEAD,
        MIDDLE,
        LAST,
        captions=(),
        clutter=(f"{HEADLINE} 14/03/2025 10:20",),
    ),
    page(
        "a portrait's caption credited to an agency between the headline and the lead",
        HEADLINE,
        f"{PORTRAIT} (Nguồn: TTXVN)",
        LEAD,
        MIDDLE,
        LAST,
        captions=(PORTRAIT,),
        clutter=(f"{PORTRAIT} (Nguồn: TTXVN)",),
    ),
    page(
        "a caption opening 'Hình ảnh' between the headline and the lead",
        HEADLINE,
        OPENING,
        LEAD,
        MIDDLE,
        LAST,
        captions=(OPENING,),
    ),
    page(
        "a copyright notice marked '(*)' under the story",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "(*) Không sao chép dưới bất kỳ hình thức nào nếu chưa được Báo Tin Mới đồng ý bằng"
        " văn bản.",
        clutter=(
            "(*) Không sao chép dưới bất kỳ hình thức nào nếu chưa được Báo Tin Mới đồng ý bằng"
            " văn bản.",
        ),
    ),
    page(
        "a notice forbidding copies without leave under the story",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Nghiêm cấm sao chép nội dung khi chưa được sự đồng ý của tòa soạn.",
        clutter=("Nghiêm cấm sao chép nội dung khi chưa được sự đồng ý của tòa soạn.",),
    ),
    page(
        "an outlet's source line with the story's address under it",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "Nguồn Đài Phát thanh và Truyền hình Cà Mau: https://ptcm.vn/hop-tac-giao-duc-41725.htm",
        clutter=(
            "Nguồn Đài Phát thanh và Truyền hình Cà Mau: https://ptcm.vn/hop-tac-giao-duc-41725.htm",
        ),
    ),
    page(
        "a source's address amid the story",
        HEADLINE,
        LEAD,
        "Nguồn: https://baotinmoi.vn/giao-duc/hop-tac-viet-nam-campuchia-8812.html",
        MIDDLE,
        LAST,
        clutter=("Nguồn: https://baotinmoi.vn/giao-duc/hop-tac-viet-nam-campuchia-8812.html",),
    ),
    page(
        "initials and the agency copied, closing the story",
        HEADLINE,
        LEAD,
        MIDDLE,
        LAST,
        "K.L. (Theo Reuters)",
        byline="K.L. (Theo Reuters)",
    ),
    page(
        "salutations bulleted by dashes open a speech",
        SPEECH_HEADLINE,
        "- Thưa bà Sarah Collins, Trưởng Đại diện UNICEF tại Việt Nam,",
        "- Các thành viên Văn phòng UNICEF tại Việt Nam,",
        "- Thưa các Quý vị,",
        SPEECH,
        THANKS,
        title=SPEECH_HEADLINE,
        first="- Thưa bà Sarah Collins, Trưởng Đại diện UNICEF tại Việt Nam,",
        last=THANKS,
    ),
    page(
        "a speech's cut last line naming its hearers 'chúng ta'",
        SPEECH_HEADLINE,
        "Thưa quý vị và các bạn,",
        SPEECH,
        THANKS,
        "Thưa quý vị và các bạn,",
        CUT_HEARERS,
        title=SPEECH_HEADLINE,
        first="Thưa quý vị và các bạn,",
        last=CUT_HEARERS,
        captions=(),
    ),
]


MINISTER = "Bộ trưởng Giáo dục Campuchia Hang Chuon Naron"
REPEATED = "Hai Bộ trưởng ký kết Bản ghi nhớ về hợp tác giáo dục ngày 14-3."
CUT_AGAIN = "Hai bên nhất trí mở rộng trao đổi sinh viên, giảng"

MORE_PAGES = [
    page(
        "a credit labelled 'Nguồn:' after a dash under a numbered alt text",
        HEADLINE,
        LEAD,
        f"{HEADLINE} - ảnh 1",
        f"{MINISTER} - Nguồn: AFP",
        MIDDLE,
        LAST,
        captions=(MINISTER,),
        clutter=(f"{HEADLINE} - ảnh 1", f"{MINISTER} - Nguồn: AFP"),
    ),
    page(
        "the headline cut short after a dash and a digit over a credited caption",
        HEADLINE,
        LEAD,
        f"{HEADLINE} -0",
        f"{SIGN} (Ảnh: Minh Đức/TTXVN)",
        MIDDLE,
        LAST,
        captions=(SIGN,),
        clutter=(f"{HEADLINE} -0",),
    ),
    page(
        "a caption and a cut paragraph said again under the byline",
        HEADLINE,
        LEAD,
        REPEATED,
        MIDDLE,
        LAST,
        "Bảo Ngọc",
        REPEATED,
        CUT_AGAIN,
        byline="Bảo Ngọc",
        clutter=(CUT_AGAIN,),
    ),
    page(
        "a 'Toàn văn' link to a document amid the story",
        HEADLINE,
        LEAD,
        MIDDLE,
        "Toàn văn Tuyên bố chung Việt Nam - Campuchia",
        LAST,
        clutter=("Toàn văn Tuyên bố chung Việt Nam - Campuchia",),
    ),
]


@pytest.mark.parametrize("made", MORE_PAGES)
def test_credits_residue_and_links(made):
    check(made)


@pytest.mark.parametrize("made", PAGES)
def test_photo_marks_and_notices(made):
    check(made)


def test_the_headline_said_again_with_its_stamp_dates_the_article():
    lines = [HEADLINE, f"{HEADLINE} 14/03/2025 10:20", LEAD, MIDDLE, LAST]
    document = read_bytes("\n".join(lines).encode(), "page.txt")
    assert document.published == date(2025, 3, 14)
