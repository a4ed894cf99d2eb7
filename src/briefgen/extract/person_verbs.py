"""Verbs a person does: saying, judging and feeling, and what a person just named and
titled goes on to do, where their role or their name stops.
"""

from __future__ import annotations

from briefgen.extract.sign_verb import SIGN_IN_PROSE
from briefgen.extract.word_patterns import any_of

# Verbs of saying: what follows is what the speaker says or holds ("Bộ trưởng cho biết hai
# bên …"). The one list every wider list of what a speaker does is built on.
SAYING_VERBS = ("cho biết", "cho rằng", "nhấn mạnh", "khẳng định", "nêu rõ", "lưu ý", "chỉ rõ")
SAYS = any_of(SAYING_VERBS)

# What a speaker does in words: says, judges, feels, proposes ("… bày tỏ", "… hoan nghênh",
# "… đề nghị"). Both where a named person's role stops (PERSON_VERBS) and what makes a
# clause reported speech (extract/presence.py) are built on it.
SPEAKING_AND_JUDGING = (
    "tái khẳng định",
    "đánh giá",
    "hoan nghênh",
    "nhắc lại",
    "nhớ lại",
    "điểm lại",
    "bày tỏ",
    "chia sẻ",
    "nêu",
    "nói",
    "thông báo",
    "trình bày",
    "giới thiệu",
    "báo cáo",
    "ghi nhận",
    "cảm ơn",
    "cám ơn",
    "chúc mừng",
    "đề nghị",
    "đề xuất",
    "kêu gọi",
    "nhận định",
    "nhận xét",
    "phát biểu",
    "tin tưởng",
    "mong muốn",
    "vui mừng",
    "ca ngợi",
    "biểu dương",
    "đề cập",
    "giải thích",
    "phân tích",
    "tổng kết",
    "kết luận",
    "tuyên bố",
    "hy vọng",
    "đồng tình",
)

# Verbs a person who was just named and titled goes on to do ("…, Thứ trưởng Bộ Nội vụ
# làm Trưởng đoàn", "… Kao Kim Hourn phát biểu"): where the role, or the name, stops.
PERSON_VERBS = (
    *SAYING_VERBS,
    *SPEAKING_AND_JUDGING,
    "kiến nghị",
    "cũng",
    "đã",
    "đang",
    "sẽ",
    "vừa",
    "mới",
    "luôn",
    "làm",
    "dẫn đầu",
    "dẫn",
    "chủ trì",
    "đồng chủ trì",
    "tham dự",
    "dự",
    "tiếp",
    "hội đàm",
    "hội kiến",
    "gặp",
    "trao",
    "tới",
    "đến",
    "sang",
    "thăm",
    "chào mừng",
    "khai mạc",
    "bế mạc",
    "nhất trí",
    "đồng ý",
    "cam kết",
    "gửi",
    "chuyển",
    "điện đàm",
    "trả lời",
    "yêu cầu",
    "chỉ đạo",
    "thay mặt",
    "được",
    "là",
    "có",
    "với",
    "cùng",
    "nhận",
    "đón",
    "chứng kiến",
    "chủ tọa",
    "điều hành",
    "ủng hộ",
    "khuyến nghị",
    "tặng",
    "thảo luận",
    "tham gia",
    "lý giải",
    "gợi ý",
    "phát động",
    "khánh thành",
    "tiếp thu",
    "nêu bật",
    "khuyến khích",
    "thúc giục",
    "đáp từ",
    "tham quan",
)
# One of them as a whole word; the longest first.
# ("ký", sign, by the grammar of SIGN: not the "ký" of "Thư ký" or "đăng ký", nor a name's
# last syllable "Ký")
PERSON_VERB_RE = rf"\b(?:{any_of(PERSON_VERBS)}|{SIGN_IN_PROSE})\b"
