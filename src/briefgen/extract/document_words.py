"""Words that start the name of a formal document (declaration, plan, MoU, decision…),
as a title, as a common noun that starts a name only in some places, and in lower case.
"""

from __future__ import annotations

# Words that start the name of a formal document (declaration, plan, MoU, decision…).
DOCUMENT_WORDS = (
    "Thông cáo báo chí chung",
    "Tuyên bố báo chí chung",
    "Tuyên bố chung",
    "Tuyên bố",
    "Khuôn khổ",
    "Khung chính sách",
    # an action or strategic framework ("Khung hành động khu vực ASEAN về …"), not "khung"
    # alone, as often a frame or a legal or skills framework in general ("khung pháp lý")
    "Khung hành động",
    "Khung chiến lược",
    "Kế hoạch",
    "Chiến lược",
    "Hiệp định",
    "Biên bản ghi nhớ",
    "Bản ghi nhớ",
    # the minutes a joint commission signs ("ký Biên bản Kỳ họp lần thứ 10 …")
    "Biên bản",
    "Quyết định số",
    "Quyết định",
    "Nghị quyết",
    "Nghị định",
    "Đề án",
    "Chương trình hành động",
    # a letter of intent, either way round; "Ý định" (intention) opens a name only with
    # "thư", and "Thư" (letter) only with "ý định", not "Thư ký" (secretary)
    "Ý định thư",
    "Thư ý định",
    # an agreement printed with its classifier ("ký trực tuyến Bản thỏa thuận về …")
    "Bản thỏa thuận",
    "Bản thoả thuận",
    "Thỏa thuận",
    "Thoả thuận",
    "Hiến chương",
    "Lộ trình",
    "Công ước",
    "Hiệp ước",
    "Nghị định thư",
    "Thông cáo chung",
    "Bộ Quy tắc",
    "Bộ quy tắc",
    "Quy tắc",
    "Đồng thuận",
    "Chương trình",
    # a platform ("Cương lĩnh hành động Bắc Kinh", the Beijing Platform for Action)
    "Cương lĩnh",
    # a diplomatic note ("Công hàm trao đổi giữa Chính phủ Nhật Bản và …"), the instrument
    # an aid grant rests on
    "Công hàm",
    # a concept paper a ministers' meeting adopts ("Tài liệu khái niệm về thành lập …"), and
    # a white paper ("Sách trắng Quốc phòng Việt Nam năm 2019")
    "Tài liệu khái niệm",
    # ... and a framework document ("Tài liệu khung ASEAN về bình đẳng giới trong …")
    "Tài liệu khung",
    "Sách trắng",
)

# Document words that are also common nouns or verbs ("hướng dẫn" guide, "sáng kiến"
# initiative, "tầm nhìn" vision, "văn kiện" papers): they start a name only where it is
# quoted ("Văn kiện “Tầm nhìn ASEAN 2045”") or a headline says the meeting signs or adopts
# it ("ASEAN thông qua Hướng dẫn khu vực về …"); elsewhere they only end the name before
# them ("Kế hoạch … và Hướng dẫn …").
WEAK_DOCUMENT_WORDS = (
    "Điều khoản tham chiếu",
    "Hướng dẫn",
    "Văn kiện",
    "Quy chế",
    "Sáng kiến",
    "Tầm nhìn",
    "Tuyên ngôn",
)
# Document words as written in lower case mid-sentence, which still start a name when it
# goes on with a capitalised word, a number or a quote ("kế hoạch tổng thể Cộng đồng …",
# "bộ quy tắc ứng xử ở Biển Đông").
LOWER_DOCUMENT_WORDS = (
    "biên bản ghi nhớ",
    "bản ghi nhớ",
    "hiệp định",
    "tuyên bố chung",
    "tuyên bố",
    "khuôn khổ",
    "bộ quy tắc",
    # the region's blueprints and strategic plans; not "kế hoạch hành động/làm việc/công
    # tác", which as often are a ministry's own plans, not documents a meeting reports
    "kế hoạch tổng thể",
    "kế hoạch chiến lược",
    # the consensus and charter, not the verb "đồng thuận" (agree)
    "đồng thuận ASEAN",
    "đồng thuận 5 điểm",
    "hiến chương ASEAN",
    "ý định thư",
)
