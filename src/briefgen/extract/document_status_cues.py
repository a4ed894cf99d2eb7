"""The verbs around a document's name that tell its status (signed, adopted, proposed,
being implemented), a launch, and the aspect markers of what is yet to happen.
"""

from __future__ import annotations

import re

from briefgen.extract.sign_verb import SIGN

# In force, as a verb ("đã có hiệu lực", "chính thức có hiệu lực"), not the noun ("hiệu lực
# của Hiệp định", "nâng cao hiệu lực").
IN_FORCE = re.compile(r"(?:chính thức\s+)?có hiệu lực", re.IGNORECASE)

# "(đồng thời) ghi nhận Tuyên bố của các Nhà lãnh đạo …": a statement the meeting notes,
# right before its name, is issued there, as "thông qua và ghi nhận" lists it; not where
# what is noted is a clause about it ("ghi nhận Kế hoạch … đã được triển khai tích cực").
NOTED = re.compile(r"\bghi nhận(?:\s+(?:các|bản|hai|ba))?\s*$", re.IGNORECASE)
# A predicate right after a name (past an acronym in brackets): the name opens a clause.
CLAUSE_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:đã|đang|được|vẫn|là|sẽ|tiếp tục|cũng|góp phần|mang lại|tạo)\b"
)

# Statuses, by the verbs around a document's name; first match wins.
STATUS_CUES = (
    # "(hai Bộ trưởng) trao (đổi) (các) Bản ghi nhớ …": the signed copies change hands at
    # the ceremony; only right before the document, as "trao đổi về …" is discussing it
    (
        "signed",
        re.compile(
            rf"{SIGN}|trao(?: đổi)?(?:\s+(?:các|hai|ba|bản))?\s*$",
            re.IGNORECASE,
        ),
    ),
    (
        "adopted",
        # "Hội nghị … (đã đưa) ra (một/bản) Tuyên bố chung": the meeting issued it.
        re.compile(
            # ("ra mắt", unveiling a toolkit or guideline, issues it)
            r"thông qua|ban hành|phê duyệt|phê chuẩn|chính thức được|công bố|ra mắt"
            r"|\bra(?:\s+(?:một|bản|các|hai|ba))?\s*$"
            # "hai Bộ trưởng thống nhất Kế hoạch hành động …": agreed on, right before it
            # (not "nhất trí", whose object is as often a clause: "nhất trí Đồng thuận 5
            # điểm vẫn là cơ sở …")
            r"|thống nhất\s*$"
            # announced, right before it: the papers a summit issued ("đã thông báo 3 văn
            # kiện gồm …", past their count)
            r"|thông báo\s*$",
            re.IGNORECASE,
        ),
    ),
    (
        "proposed",
        # "(sớm) đạt được Bộ Quy tắc …": a document still to be reached
        re.compile(
            # ("hoàn thiện", finishing a draft: "sớm hoàn thiện Chiến lược …")
            # (not a review completed: "hoàn tất (việc) rà soát Hiệp định …" is its review)
            # (a draft adopted or approved is the text adopted: "thông qua dự thảo cuối cùng
            # của kế hoạch …", docs/annotating.md gives a draft the status the text gives it)
            r"đề xuất|(?<!thông qua )(?<!thông qua bản )(?<!phê duyệt )(?<!ban hành )dự thảo"
            r"|đề nghị xây dựng|xây dựng|soạn thảo|đàm phán"
            r"|hoàn tất(?!\s+(?:việc\s+)?(?:rà soát|đánh giá))|hoàn thiện"
            r"|đạt được\s*$"
            # talks opened on it, right before it ("khởi động thảo luận về Khuôn khổ …"): a
            # text still to be negotiated
            r"|(?:khởi động|bắt đầu|mở)\s+(?:các\s+)?(?:cuộc\s+|vòng\s+)?(?:thảo luận|tham vấn)"
            r"(?:\s+về)?\s*$"
            # being prepared, right before it ("đồng thời chuẩn bị Tuyên bố kỷ niệm …")
            r"|chuẩn bị\s*$"
            # aimed at, right before it ("ASEAN hướng tới Tuyên bố Hà Nội về …"): a text still
            # to be adopted (a vision aimed at is a goal, see declarations)
            r"|hướng tới\s*$"
            # submitted to a later meeting for adoption ("sẽ được trình lên Hội nghị …"),
            # not presented ("trình bày") nor a programme ("chương trình")
            r"|(?:được|sẽ) trình(?! bày)\b|\btrình lên\b",
            re.IGNORECASE,
        ),
    ),
    (
        "implementing",
        re.compile(
            # ("cập nhật", updating a procedure or plan in force)
            r"thực hiện|triển khai|rà soát|đánh giá giữa kỳ|lồng ghép|thực thi|hiện thực hóa"
            r"|cập nhật"
            # the entry into force of a text, a noun right before it ("hoan nghênh hiệu lực
            # của Hiệp định …", "ghi nhận việc có hiệu lực của …"): in force
            r"|hiệu lực của\s*$"
            # ("áp dụng", applying a guideline or code in force: "áp dụng rộng rãi Bộ Quy
            # tắc …")
            r"|áp dụng"
            # making use of an agreement in force ("tận dụng hiệu quả các cam kết trong Hiệp
            # định …", docs/annotating.md), reaping its benefits ("khai thác hiệu quả Hiệp
            # định …")
            r"|tận dụng|khai thác"
            # a plan or roadmap completed was carried out ("hoàn thành Lộ trình …",
            # "hoàn thành 95% các dòng hành động của Kế hoạch tổng thể …")
            # ("quán triệt", to instil a Party resolution and act on it)
            r"|cụ thể hóa|tuân thủ|hoàn thành|quán triệt"
            # cooperation carried on within a programme or plan, right before it ("tăng
            # cường hợp tác trong Chương trình …"), unlike a frame cited ("hợp tác trong
            # khuôn khổ …", docs/annotating.md: referenced), which never stands right before
            r"|hợp tác\s+trong\s*$"
            # its final or interim review ("Hội nghị tổng kết Kế hoạch …", "sơ kết Chương
            # trình …"): its implementation reviewed
            r"|tổng kết|sơ kết"
            # the commitments under it reaffirmed ("nhắc lại cam kết của các nước theo Công
            # ước …", "tái khẳng định cam kết trong Hiệp định …"): what it binds them to
            r"|(?:tái khẳng định|nhắc lại)\s+(?:các\s+)?cam kết(?:\s+của\s+[^,.;]{1,60}?)?"
            r"\s+(?:theo|trong)\s*$"
            # enforcing a law in force ("tăng cường thi hành Luật Thủy sản")
            r"|thi hành"
            # the progress of a project or plan under way sped up or pressed ("đẩy nhanh
            # tiến độ Dự án …", "đôn đốc tiến độ thực hiện Kế hoạch …")
            r"|(?:đẩy nhanh|đẩy mạnh|đôn đốc|bảo đảm)\s+tiến độ(?:\s+của)?\s*$"
            # in force ("Nghị định thư … đã có hiệu lực", "chính thức có hiệu lực"), after
            # the name it is the subject of (a force still ahead: _aspect makes it proposed)
            rf"|{IN_FORCE.pattern}"
            # a programme a partner funds is carried out ("tiếp tục tài trợ Chương trình …",
            # "tài trợ thêm 5 triệu NZD cho Chương trình …"), right before it: funding approved
            # for a list the project is in is its approval ("được phê duyệt tài trợ, trong
            # đó có Dự án …")
            # (or its next phase: "tài trợ cho giai đoạn 3 Dự án …"); not funding only
            # considered ("xem xét tài trợ Dự án …": proposed)
            r"|(?<!nhà )(?<!xem xét )tài trợ(?:\s+(?:thêm\s+)?(?:[\d.,]+\s+(?:\S+\s+){1,3})?cho)?"
            r"(?:\s+giai đoạn\s+\S+(?:\s+của)?)?\s*$"
            # what a project built or bought is handed over ("lễ bàn giao trang thiết bị
            # thuộc Dự án …")
            r"|bàn giao"
            # making the most of one in force ("phát huy vai trò của Thỏa thuận …", "phát
            # huy hiệu quả Hiệp định …"), not of its spirit ("phát huy tinh thần của …")
            r"|phát huy(?:\s+(?:tốt|tối đa|hơn nữa))?\s+(?:vai trò|hiệu quả)(?:\s+của)?\s*$"
            # an existing text renewed, upgraded, widened or kept up ("gia hạn Bản ghi nhớ
            # …", "nâng cấp Hiệp định …", "mở rộng (phạm vi) Chương trình …", "sẽ duy trì
            # Chương trình học bổng …"), or spread to those who must apply it ("tuyên
            # truyền, phổ biến Luật …"): docs/annotating.md has it carried out; only right
            # before the name, as these verbs take other objects (an upgrade under
            # negotiation, "đàm phán nâng cấp Hiệp định …", is the new text still proposed,
            # as declaration_sentences.tsv has it; a renewal signed, "ký gia hạn", its signing)
            r"|(?:(?<!ký )(?<!kết )gia hạn|(?<!đàm phán )nâng cấp"
            r"|mở rộng(?:\s+phạm vi(?:\s+của)?)?|phổ biến|duy trì)\s*$",
            re.IGNORECASE,
        ),
    ),
)
# "khởi động chương trình “…”": launching a programme starts carrying it out; only right
# before the name, as what else is launched in its clause says nothing of it.
LAUNCHED = re.compile(
    r"khởi động(?:\s+(?:chương trình|dự án|đề án|kế hoạch|sáng kiến))?\s*[“\"‘']?\s*$",
    re.IGNORECASE,
)
# Aspect markers of what is yet to happen: "sẽ ký", "tiến tới ký kết", "sớm thông qua" make
# a document signed or adopted in future only, so it is still proposed; so does a deed
# hastened or pressed for ("đẩy nhanh việc phê chuẩn", "khẩn trương ký kết", "xúc tiến ký"),
# or negated ("chưa ký", "không thể thông qua"), which was due and is not done.
NOT_YET = re.compile(
    r"(?:\bsẽ|\bsớm|tiến tới|hướng tới|chuẩn bị|dự kiến|dự định|nhằm|để|chưa|"
    r"thúc đẩy|nỗ lực|mong muốn|hy vọng|trước khi|cần|đẩy nhanh|khẩn trương|xúc tiến"
    # a priority or target set for it ("ưu tiên ký kết Hiệp định …", "đặt mục tiêu ký …")
    r"|ưu tiên|mục tiêu"
    # only ready for it ("Trung Quốc sẵn sàng ký Nghị định thư …"): a partner's readiness
    # is no deed done
    r"|sẵn sàng"
    # studied or under consideration ("nghiên cứu khả năng phê chuẩn …", "đang xem xét
    # phê chuẩn …", "nghiên cứu việc ký kết …"): still to be decided
    r"|nghiên cứu|khả năng|\bxem xét"
    # negated: "không thể thông qua", "không ký" (not "không chỉ", not only)
    r"|\bkhông(?!\s+chỉ))"
    r"(?:\s+(?:được|cùng|chính thức|nhanh chóng|hoàn tất|việc|tiến độ|lễ|thể"
    r"|(?:kết thúc )?đàm phán(?:,| và)?"
    # a first deed ahead joined to the next ("sẽ thông qua và ký Tuyên bố …", "sẽ ký và ban
    # hành Quy chế …"): both are still to come
    r"|(?:thông qua|ban hành|ký(?: kết)?|kí(?: kết)?)(?:,|\s+và)"
    # what a meeting will do with a draft before adopting it ("sẽ xem xét, thông qua",
    # "sẽ thảo luận và thông qua"): the adoption is still to come
    r"|(?:xem xét|thảo luận|cho ý kiến)(?:,|\s+và)?))*\s*$",
    re.IGNORECASE,
)


# A deed set as the goal or priority, its content after the copula ("Một trong những mục
# tiêu ưu tiên là ký kết Nghị định thư …", "Mục tiêu hàng đầu của hai bên năm nay là ký
# …"): the signing or adoption is still to come, proposed.
SET_AS_GOAL = re.compile(
    r"\b(?:mục tiêu|ưu tiên)(?:\s+[^\s,.;:]+){0,8}?\s+là\s+(?:việc\s+)?$", re.IGNORECASE
)


# Aimed at, right before a name ("ASEAN hướng tới Tuyên bố Hà Nội về …"): a document still to
# be adopted, though a vision or initiative aimed at is a goal.
AIMED_AT = re.compile(r"hướng tới\s*$", re.IGNORECASE)


# "… Nghị quyết về … do Đoàn Việt Nam đề xuất": the author of a thing named, after it (not
# "do đó/vậy", therefore): where the thing came from, neither a proposal made now nor the
# status of the document it follows. Searched in the text up to the verb, which may
# start right after the name.
AUTHORED_BY = re.compile(r"(?:(?<=[^\s,.;:])\s+|^\s*)do\s+(?!đó\b|vậy\b)(?:[^\s,.;:]+\s+){1,6}$")
