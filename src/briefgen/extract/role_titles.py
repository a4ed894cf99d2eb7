"""Official titles that introduce a named person ("Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng"),
and the pattern that finds one however a site capitalises it.
"""

from __future__ import annotations

import re

# Academic titles, the whole role of a scholar named with no post ("Giáo sư Kamal Reza cho
# rằng …", "GS.TS Lee Min-ho chia sẻ …"); docs/annotating.md puts them in the role, after a
# post too ("Thứ trưởng Bộ Y tế PGS.TS", "Giám đốc Học viện …, TS."), where they go on the
# post's role, not open another, and before a post after the name ("PGS.TS, Hiệu trưởng
# …"). The abbreviations as the press prints them, a degree in medicine joined ("TS.BS").
ACADEMIC_TITLES = (
    *("Giáo sư", "Phó Giáo sư", "Tiến sĩ", "Thạc sĩ"),
    *("GS", "PGS", "TS", "ThS", "GS.TS", "GS.TSKH", "PGS.TS", "TS.BS", "ThS.BS", "PGS.TS.BS"),
)
_ACADEMIC = frozenset(t for a in ACADEMIC_TITLES for t in (a, a[0].lower() + a[1:]))


def academic(title: str) -> bool:
    """Whether a title is an academic one alone, with or without the abbreviation's full
    stop ("TS." as "TS")."""
    return title.rstrip(".") in _ACADEMIC


# Official titles that introduce a named person ("Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng").
TITLES = (
    "Ủy viên Bộ Chính trị",
    "Ủy viên Trung ương Đảng",
    "Tổng Bí thư",
    "Chủ tịch nước",
    "Phó Chủ tịch nước",
    "Thủ tướng",
    "Phó Thủ tướng",
    "Bộ trưởng",
    "Thứ trưởng",
    "Tổng cục trưởng",
    "Cục trưởng",
    "Vụ trưởng",
    # a director-general abroad ("Tổng Vụ trưởng Tổng vụ ASEAN, Bộ Ngoại giao Campuchia")
    "Tổng Vụ trưởng",
    "Viện trưởng",
    "Chánh Văn phòng",
    "Tổng Thư ký",
    "Tổng giám đốc",
    "Giám đốc",
    "Đại sứ",
    "Chủ tịch",
    "Trưởng ban",
    "Trưởng đoàn",
    "Chủ nhiệm",
    "Thống đốc",
    "Tổng thống",
    "Quốc vương",
    "Bí thư",
    "Tham tán",
    "Công sứ",
    "Đại biện",
    "Tổng Lãnh sự",
    "Lãnh sự",
    "Trưởng Ban",
    "Trưởng phái đoàn",
    "Trưởng đại diện",
    "Đặc phái viên",
    "Điều phối viên",
    "Thượng nghị sĩ",
    # a member of a lower house ("Hạ nghị sĩ Australia …", "…, hạ nghị sĩ Chile, …")
    "Hạ nghị sĩ",
    "Nghị sĩ",
    "Thị trưởng",
    "Tỉnh trưởng",
    "Hoàng tử",
    "Thái tử",
    # the crown prince, "Hoàng" no name's first word here
    "Hoàng Thái tử",
    "Nữ hoàng",
    "Cố vấn",
    "Người phát ngôn",
    "Chánh án",
    "Hiệu trưởng",
    "Ngoại trưởng",
    "Phó Tổng thống",
    "Quốc vụ khanh",
    "Thủ hiến",
    "Nhà vua",
    "Sultan",
    "Hoàng thân",
    "Công chúa",
    "Tư lệnh",
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Chủ tịch Quốc hội",
    "Trưởng phòng",
    "Trợ lý",
    "Thanh tra",
    "Tổng Thanh tra",
    "Đại diện",
    "Tùy viên",
    "Hoàng hậu",
    "Tổng Tham mưu trưởng",
    "Tham mưu trưởng",
    "Tổng Kiểm toán",
    "Trưởng Cơ quan đại diện",
    "Trưởng SOM",
    "Cao ủy",
    # deputies named as one word, the press's and the armed forces' ranks and offices
    "Vụ phó",
    "Cục phó",
    "Tổng Biên tập",
    "Tổng Tư lệnh",
    "Chính ủy",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "Đô đốc",
    "Chuẩn Đô đốc",
    # spokespeople (a deputy is "Phó phát ngôn", with no "Người"), envoys, kings and
    # members of a body
    "Phát ngôn viên",
    "Phó phát ngôn",
    "Đặc sứ",
    "Vua",
    "Ủy viên",
    "Trưởng Văn phòng",
    # Thailand's and Cambodia's permanent secretaries ("Phó Thư ký thường trực Bộ Ngoại giao")
    "Thư ký",
    # "hội đàm với người đồng cấp Lào …": the counterpart, a role only where none better
    "Người đồng cấp",
    # a leader's spouse, who takes part in a state visit ("… và Phu nhân Nguyễn Thị Mai")
    "Phu nhân",
    "Phu quân",
    *ACADEMIC_TITLES,
    # a ministry's officer below its heads, often set in lower case after the name ("bà …,
    # chuyên viên chính Vụ Hợp tác quốc tế, Bộ Nội vụ"; "chuyên viên cao cấp")
    "Chuyên viên",
)
COUNTERPART = "Người đồng cấp"
# Titles of governments and diplomats, after which one foreign word can be the whole name
# ("Thứ trưởng Tanaka", "Tổng thống Jokowi"); not those a company, city or province has
# ("Chủ tịch Samsung", "Thị trưởng Vladivostok").
LONE_NAME_TITLES = (
    "Thủ tướng",
    "Tổng thống",
    "Phó Tổng thống",
    "Bộ trưởng",
    "Thứ trưởng",
    "Ngoại trưởng",
    "Đại sứ",
    "Tổng Thư ký",
    "Quốc vụ khanh",
    "Thượng nghị sĩ",
    "Hạ nghị sĩ",
    "Nghị sĩ",
    "Đặc phái viên",
    "Người phát ngôn",
)


def _as_printed(title: str) -> str:
    """A title's pattern. Sites capitalise titles freely ("Phó Trưởng Ban", "Tổng giám
    đốc"/"Tổng Giám đốc"), so only the first letter is matched as listed (either case), the
    rest ignoring case; an abbreviation ("TS", "PGS.TS", "ThS") only as printed and as a
    word of its own, not the end of another ("Straits", "hints")."""
    if " " not in title and sum(c.isupper() for c in title) > 1:
        return rf"(?<![\w.]){re.escape(title)}"
    return f"[{title[0]}{title[0].lower()}](?i:{re.escape(title[1:])})"


TITLE_RE = (
    # "Chính quyền Tổng thống …" is a government, not an acting president
    # "nguyên/cựu Phó Thủ tướng …": a former holder, who may still take part (a speaker)
    "(?<![Cc]hính )(?:(?:[Nn]guyên|[Cc]ựu) )?(?:(?:Phó|phó|Quyền|quyền) )?(?:"
    + "|".join(_as_printed(t) for t in sorted(set(TITLES), key=len, reverse=True))
    + r")\b(?!\s+quán)"
)
