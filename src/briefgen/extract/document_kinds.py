"""Kinds of formal document that name one only when a deed governs them.

ASEAN and diplomacy articles report more kinds of document than declarations, plans and
agreements: a meeting adopts a "Bộ nguyên tắc ASEAN về …" (set of principles), a "Lời kêu
gọi hành động …" (call to action) or the "Điều lệ …" (statutes) of an association; two
ministers sign a "Hợp đồng … giữa EVN và EDL" or a "Bản cam kết về …"; a donor launches a
"Dự án …". Each word is as often a common noun ("các dự án hợp tác", "phát biểu kết
luận", "thông điệp mạnh mẽ", "nguyên tắc đồng thuận"), so it names a document only
capitalised, with a name after it, and acted on by a verb of status (see
document_titles.governed_title).
"""

from __future__ import annotations

# Longest first, so that the fuller word is the head ("Lời kêu gọi hành động" before
# "Lời kêu gọi", "Bản cam kết" before "Cam kết").
GOVERNED_DOCUMENT_WORDS = (
    "Lời kêu gọi hành động",
    "Lời kêu gọi",
    "Bộ nguyên tắc",
    "Bộ Nguyên tắc",
    "Bộ tiêu chí",
    "Bộ Tiêu chí",
    # a named set of standards or indicators ("Bộ tiêu chuẩn ASEAN về thực hành nông nghiệp
    # tốt", "Bộ chỉ số ASEAN về y tế dự phòng"), as often "a set of technical standards"
    "Bộ tiêu chuẩn",
    "Bộ Tiêu chuẩn",
    "Bộ chỉ số",
    "Bộ Chỉ số",
    # a toolkit, a set of guidelines or procedures, recommendations a meeting or forum
    # launches, adopts or updates ("ra mắt Bộ công cụ lồng ghép giới …", "thông qua Khuyến
    # nghị Hà Nội về …"); as often common nouns or verbs ("bộ công cụ trực tuyến", "khuyến
    # nghị các nước …")
    "Bộ công cụ",
    "Bộ Công cụ",
    "Bộ hướng dẫn",
    "Bộ Hướng dẫn",
    "Bộ quy trình",
    "Bộ Quy trình",
    "Khuyến nghị",
    "Bản cam kết",
    "Cam kết",
    "Thông điệp",
    "Dự án",
    # a province's or sector's master plan ("Quy hoạch tỉnh … thời kỳ 2021 - 2030"), as
    # often planning in general ("Quy hoạch đô thị cần …")
    "Quy hoạch",
    "Hợp đồng",
    "Điều lệ",
    # a Party or government conclusion without its number ("Kết luận số …" is numbered)
    "Kết luận",
    # a framework named by a proper name ("Khung Hội nhập ASEAN về an ninh lương thực"),
    # as often "the frame" or a legal framework in general ("Khung pháp lý …")
    "Khung",
)

# A master plan is as often planning in general as a document: it is one only where its
# name says what it is about or the period it covers, or quotes its title ("Quy hoạch tỉnh
# … thời kỳ 2021-2030"). A project, whatever it builds ("Dự án Khu kinh tế …", "Dự án
# đường dây 500 kV …"), is a named project (docs/annotating.md) wherever a verb of status
# acts on it or a list names it, as any kind here is (document_titles.governed_title).
WORKS_OR_DOCUMENT_WORDS = ("Quy hoạch",)
# Kinds whose name alone, with no verb acting on it, makes a document where it gives the
# period it covers or, for a project, the capacity it builds (document_names.SELF_NAMED_KIND).
SELF_NAMING_WORDS = ("Dự án", "Quy hoạch")
# A project named by the capacity it builds or the support it gives ("Dự án Nâng cao năng
# lực …", "Dự án Tăng cường …", "Dự án Hỗ trợ …") is a donor's programme, not works built;
# so is one named by what it develops or builds, its verb capitalised as a title's ("Dự án
# Phát triển hành lang đường thủy …", "Dự án Xây dựng năng lực thống kê ASEAN").
CAPACITY_PROJECT_VERBS = (
    "Nâng cao",
    "Tăng cường",
    "Hỗ trợ",
    "Cải thiện",
    "Phát triển",
    "Xây dựng",
)
