"""What around a commitment cue says it commits no one: a welcome or an expectation, a
thing as the subject, a frame in the past, a sentence citing background sources.
"""

from __future__ import annotations

import re

from briefgen.extract.document_words import DOCUMENT_WORDS
from briefgen.extract.person_verbs import SAYS
from briefgen.extract.word_patterns import LOWER

# Verbs of welcome, thanks and expectation: a cue after them names what is welcomed
# ("hoan nghênh đề xuất …", "cảm ơn sự ủng hộ", "bày tỏ tin tưởng … sẽ tiếp tục"); so does
# what a meeting or statement notes ("ghi nhận sự cần thiết …", "ghi nhận tiến độ đàm phán
# gói Cam kết …"), not what is noted by others ("được … ghi nhận").
NOT_COMMITTING = re.compile(
    r"hoan nghênh|cảm ơn|cám ơn|chúc mừng|bày tỏ tin tưởng|tin tưởng rằng|đánh giá cao"
    r"|bày tỏ vui mừng|vui mừng|hài lòng|(?<!được )ghi nhận",
    re.IGNORECASE,
)

# What a party "coi … là …" (regards as) is its view: a cue inside it names what is
# regarded ("luôn coi đoàn kết, ủng hộ Lào là nhiệm vụ …"), no deed.
REGARDED_AS = re.compile(r"\bcoi\s+[^.;:]{1,80}?\s+là\b")
# What a deed shows of a party is the speaker's judgement ("… thể hiện cam kết mạnh mẽ của
# ASEAN …"), no pledge.
SHOWN_COMMITMENT = re.compile(r"\bthể hiện(?:\s+rõ)?(?:\s+(?:sự|tinh thần))?\s+(?=cam kết\b)")

# Verbs of expectation: what follows is what the speaker expects others to do or to
# happen ("tin tưởng Đại sứ sẽ tiếp tục …", "hy vọng, với sự hỗ trợ của …, Việt Nam sẽ …"),
# across commas, until the speaker goes on ("…, đồng thời đề nghị …"). "tin tưởng và
# mong muốn" asks something of the parties: a call.
EXPECTING = re.compile(
    r"tin tưởng(?! và mong muốn)|tin rằng|hy vọng|hi vọng|kỳ vọng|mong rằng", re.IGNORECASE
)
# What may stand between a break and a cue that the speaker makes in a clause of their own.
SPEAKER_GOES_ON = re.compile(
    rf"(?:[,;]|\s(?:và|đồng thời)\s)(?:\s*\b(?:và|đồng thời|cũng|luôn)\b)*\s*(?:{SAYS}\b)?"
    r"(?:\s*,)?\s*$",
    re.IGNORECASE,
)

# After a welcome or thanks, a comma that goes on with its object ("đánh giá cao …, nhất là
# việc hỗ trợ các nước thực hiện cam kết") opens no clause of its own.
WELCOME_GOES_ON = re.compile(r",\s*(?:nhất là|đặc biệt là|trong đó có|kể cả|bao gồm)\b")

# Head nouns of a subject that is a thing, not a party: what it "sẽ tiếp tục" do is a
# forecast ("quan hệ hai nước sẽ tiếp tục phát triển", "Sự hỗ trợ … sẽ tiếp tục mang lại
# …", "chuyến thăm sẽ tiếp tục thúc đẩy …", "Dự thảo … sẽ tiếp tục được thảo luận"), not a
# pledge.
THING_SUBJECT = re.compile(
    r"^(?:mối |các |những |tình )?(?:quan hệ|hợp tác|sự|việc|chuyến thăm|chuyến công tác"
    r"|cuộc|kết quả|thành quả|chương trình|dự án|tình hữu nghị|hữu nghị|điều này|đây"
    r"|tình hình|khuôn khổ|cơ chế|văn kiện|hiệp định|bản ghi nhớ|gói|khoản|nguồn vốn"
    r"|đóng góp|nỗ lực|tinh thần"
    # a draft or bill, whose course is told ("Dự thảo … sẽ tiếp tục được thảo luận")
    r"|dự thảo|dự luật)\b",
    re.IGNORECASE,
)
# Verbs that open the clause someone says, hopes or believes; its subject follows them.
CLAUSE_OPENERS = re.compile(
    rf"[,;:(]|\b(?:rằng|{SAYS}|tin tưởng|hy vọng|hi vọng|kỳ vọng|mong|chúc mừng"
    r"|hoan nghênh|cảm ơn|đánh giá cao|vui mừng)\b",
    re.IGNORECASE,
)
# A frame in the past anywhere in a sentence ("trong những năm qua", "kể từ khi thiết lập
# quan hệ", "trước đây"): with "đã" before its cue, it tells what was done before.
PAST_FRAME = re.compile(
    r"\b(?:(?:những |các )?(?:năm|thời gian) (?:vừa )?(?:qua|trước)|trước đó|trước đây|năm ngoái"
    r"|kể từ|từ khi|nhiệm kỳ)\b",
    re.IGNORECASE,
)

# A pledge reaffirmed ("tái khẳng định cam kết …", "nhắc lại cam kết của …"): one still
# standing, whose action lies ahead however the sentence dates the reaffirming ("Trước đó,
# các Bộ trưởng đã thông qua …, tái khẳng định cam kết …"), as docs/annotating.md counts a
# pledge told in the past.
REAFFIRMED = re.compile(
    r"\b(?:tái khẳng định|khẳng định lại|nhắc lại)\s+(?:các\s+)?cam kết\b", re.IGNORECASE
)

# A sentence that opens by citing a source other than someone at the event tells the
# background: what experts say, figures, forecasts, a plan or an earlier document ("Theo các
# chuyên gia, ASEAN cần …", "Theo Hiệp định ATIGA, các nước đã cam kết …", "Theo kế hoạch,
# …"). A joint statement is the event's own ("Theo Tuyên bố chung, hai bên nhất trí …"), as
# is what a speaker or the press reports ("Theo Bộ trưởng, …", "Theo phóng viên TTXVN, …").
BACKGROUND_SOURCE = re.compile(
    r"^(?:Theo|Căn cứ(?: vào)?|Dựa trên)\s+(?:(?:các|những|một số|nhiều)\s+)?"
    r"(?:chuyên gia|nhà (?:phân tích|nghiên cứu|kinh tế)|giới (?:phân tích|quan sát|chuyên gia"
    r"|nghiên cứu)|số liệu|thống kê|báo cáo|dự báo|ước tính|khảo sát|nghiên cứu|quy định"
    r"|kế hoạch|lộ trình|dự kiến|(?!Tuyên bố|Thông cáo)(?:"
    + "|".join(re.escape(w) for w in DOCUMENT_WORDS)
    + r"))\b[^,]*,",
    re.IGNORECASE,
)
# Unnamed experts as the subject of a saying verb ("Các chuyên gia cho rằng ASEAN cần …",
# "Tại hội thảo, nhiều nhà kinh tế nhận định …"): the background too, as "Theo các chuyên
# gia, …" is; no one at the event binds anyone.
EXPERTS_SAY = re.compile(
    r"^(?:[^,.;]{0,60},\s*)?(?:(?:các|những|một số|nhiều)\s+)?"
    r"(?:chuyên gia|nhà (?:phân tích|nghiên cứu|kinh tế)|giới (?:phân tích|quan sát|chuyên gia"
    rf"|nghiên cứu))(?:\s+[{LOWER}]+){{0,3}}?\s+(?:cho rằng|nhận định|đánh giá|khuyến nghị"
    r"|dự báo|lưu ý|nhấn mạnh|cho biết)\b",
    re.IGNORECASE,
)
