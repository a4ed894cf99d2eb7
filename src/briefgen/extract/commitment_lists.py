"""Lists of pledges: the leads that introduce one (an agenda, not topics discussed), and
how its items and the sentences continuing it open.
"""

from __future__ import annotations

import re

# Verbs that report what a meeting talked about: a list they introduce ("các đại biểu đã
# thảo luận các nội dung sau:") gives topics, not pledges.
DISCUSSED = re.compile(
    r"\b(?:thảo luận|trao đổi|bàn(?: bạc| thảo)?(?= về| các| những)|đề cập|điểm lại|nghe"
    r" (?:báo cáo|trình bày)|tập trung vào)\b",
    re.IGNORECASE,
)

# What a lead with no cue must name for its list to hold pledges: an agenda ("5 ưu tiên
# lớn:", "các nhiệm vụ trọng tâm sau:"), not the attendees, the documents adopted or the
# results reached.
AGENDA = re.compile(
    r"\b(?:ưu tiên|định hướng|nhiệm vụ|giải pháp|mục tiêu|biện pháp|trọng tâm|phương hướng"
    r"|sáng kiến|hành động|hướng đi|đột phá)\b",
    re.IGNORECASE,
)

# "Một là, …", "(ii) …", "Thứ nhất, …": items of an enumerated list.
ENUMERATION = re.compile(
    r"^(?:(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là\b|Thứ (?:nhất|hai|ba|tư|năm|sáu)\b"
    r"|\((?:[ivx]+|\d+|[a-z])\)|[a-z]\)\s|\d+[.)]\s|[-–•+]\s)"
)

# Sentences that open with an imperative verb continue a proposal or a list of pledges.
CONTINUATION = re.compile(
    r"^(?:(?:Cùng với đó|Đồng thời|Bên cạnh đó|Ngoài ra),\s*)?"
    r"(?:Tiếp tục|Đẩy mạnh|Tăng cường|Đổi mới|Nâng cao|Thúc đẩy|Xây dựng|Thực hiện|Sử dụng|"
    r"Cải cách|Hoàn thiện|Phát huy|Mở rộng|Phát triển|sử dụng|cải cách|nâng cao)\b"
)
