"""Cue phrases of a commitment and its kind (call, proposal, agreement, pledge…), what a
party will do, and the subjects that are parties, which can commit.
"""

from __future__ import annotations

import re

from briefgen.extract.gazetteer import CITIES
from briefgen.extract.geography import NATIONS
from briefgen.extract.person_verbs import SAYS
from briefgen.extract.role_titles import TITLE_RE
from briefgen.extract.word_patterns import LOWER, UPPER

# Who a speech or communiqué says must act ("chúng ta cần …", "đòi hỏi ASEAN phải …",
# "đòi hỏi mỗi quốc gia thành viên phải …", "Cộng đồng ASEAN cần …").
_MEMBERS = (
    # (a grouping with its partners: "ASEAN+3 cần …")
    r"(?:chúng ta|(?:Cộng đồng )?ASEAN(?:\s?\+\s?\d)?|các nước|hai bên|các bên|hai nước"
    r"|các quốc gia"
    r"|khu vực|mỗi (?:quốc gia|nước)|các đối tác|các thành viên"
    # APEC's members are economies ("các nền kinh tế (thành viên) cần …")
    r"|các nền kinh tế"
    # the forces of a defence or security meeting ("các lực lượng chức năng cần …",
    # "hai lực lượng cần …")
    r"|(?:các|hai) lực lượng"
    # the provinces or localities of a border or sister-province meeting ("mong muốn hai
    # tỉnh tiếp tục phối hợp …", "các địa phương cần …")
    r"|(?:các|hai) (?:tỉnh|địa phương)"
    # the legislatures of an inter-parliamentary meeting ("các nghị viện (thành viên) cần …",
    # "hai Quốc hội cần …", "các nghị sĩ phải …")
    r"|(?:các|hai) (?:nghị viện|quốc hội|nghị sĩ|cơ quan lập pháp)"
    # the heads of delegation themselves ("do đó các nhà lãnh đạo cần …", "các Bộ trưởng
    # Quốc phòng cần …")
    r"|các (?:nhà lãnh đạo|Bộ trưởng|Trưởng đoàn))"
)

# A company, government, legislature or other body by its head noun ("tập đoàn", "chính
# quyền địa phương", "Chính phủ Việt Nam", "Thượng viện Campuchia"), whose action a speaker
# may wish for.
BODIES = (
    r"(?:các\s+|những\s+)?(?:tập đoàn|doanh nghiệp|công ty|chính quyền|chính phủ|nhà đầu tư"
    r"|ngân hàng|quỹ|tổ chức|cơ quan|quốc hội|thượng viện|hạ viện|nghị viện)\b"
)

# After a need word: not a need for an amount ("cần thêm vốn", "cần khoảng 2 tỷ USD", "cần
# hơn 300 kỹ sư"), which wants a thing rather than asks a deed.
NO_AMOUNT = r"(?!\s+(?:khoảng|thêm|nhiều|hơn|tới|đến|gần|trên|\d))"
# After a need word: not "cần thiết" (necessary), though a need may govern "thiết lập" or
# "thiết kế" ("hai bên cần thiết lập cơ chế …": a need to establish).
NOT_NECESSARY = r"(?!\s+thiết\b(?!\s+(?:lập|kế)\b))"

# Commitment kinds by cue phrase; the order settles sentences with several cues. A cue
# used as a noun ("các cam kết", "đề xuất của Nhật Bản", "với mong muốn") commits no one.
KIND_CUES = (
    # (not a measure of it: "chỉ số sẵn sàng cho chuyển đổi số")
    ("readiness", re.compile(r"(?<!chỉ số )(?<!mức độ )sẵn sàng", re.IGNORECASE)),
    (
        "call",
        re.compile(
            # (not "hưởng ứng lời kêu gọi của …", someone else's call)
            r"(?<!lời )kêu gọi|(?<!với )mong muốn các|(?<!với )mong muốn,|tin tưởng và mong muốn"
            # an advice that others act ("khuyến cáo công dân … cần …", "khuyến cáo người
            # dân nên …"), not the advice as a noun ("các khuyến cáo của WHO")
            r"|(?<!các )(?<!những )(?<!lời )(?<!theo )khuyến cáo(?!\s+(?:của|này|đó|trên)\b)"
            # an invitation to investors or partners to act ("mời gọi các nhà đầu tư … tham
            # gia …"), not the activity named as a noun ("hội nghị mời gọi đầu tư")
            r"|(?<!lời )mời gọi\s+(?:các\s+|những\s+)?(?:nhà đầu tư|doanh nghiệp|đối tác"
            r"|tập đoàn|công ty|quỹ)\b"
            # a wish for what an envoy or representative does, now or in the time ahead
            # ("mong muốn trong thời gian tới, Đại sứ tiếp tục hỗ trợ …", "mong muốn Tổng
            # Lãnh sự sẽ tiếp tục làm cầu nối …")
            r"|(?<!với )mong muốn"
            r"(?:\s+(?:trong\s+)?(?:thời gian tới|thời gian sắp tới|tương lai),?)?"
            r"\s+(?:ngài\s+|bà\s+|ông\s+)?(?:Phó\s+)?(?:Đại sứ|Tổng Lãnh sự|Lãnh sự|Trưởng đại diện"
            r"|Giám đốc quốc gia|Điều phối viên)\b[^,.;]{0,60}?\s(?:sẽ\s+)?(?:tiếp tục|sớm|quan tâm"
            r"|hỗ trợ|thúc đẩy|làm cầu nối|kết nối|phối hợp)\b"
            # a wish for what the parties do ("mong muốn hai bên tiếp tục …"), also by its
            # noun for a deed soon ("khẳng định mong muốn của hai bên về việc sớm ký kết …")
            rf"|(?<!với )mong muốn {_MEMBERS}\b"
            rf"|(?<!với )mong muốn của {_MEMBERS}\s+(?:về|trong) việc\s+sớm\b"
            # or a company, government or other body does, or does for the speaker
            # ("mong muốn tập đoàn sớm triển khai …", "mong muốn được chính quyền địa
            # phương hỗ trợ …"), not the state wished for it ("mong muốn tập đoàn ngày
            # càng phát triển")
            rf"|(?<!với )mong muốn (?:được\s+)?(?:phía\s+)?{BODIES}"
            rf"(?:\s+(?-i:[{UPPER}])[^\s,.;:]*)*+"
            r"(?!\s+(?:(?:sớm|ngày càng|luôn|mãi|tiếp tục)\s+)*(?:ổn định|phát triển|thịnh vượng"
            r"|vững mạnh|thành công|lớn mạnh|là|trở thành)\b)"
            # or a partner does ("mong muốn (phía) Nhật Bản tiếp tục hỗ trợ …"), not the
            # state wished for it ("mong muốn Myanmar sớm ổn định", "… Lào ngày càng phát
            # triển thịnh vượng"), a general wish
            r"|(?<!với )mong muốn (?:phía )?(?:"
            + "|".join(re.escape(n) for n in NATIONS)
            # (not what it is to be or become: "mong muốn Nigeria tiếp tục là cửa ngõ …", a hope)
            + r")(?!\w)(?!\s+(?:(?:sẽ|tiếp tục|luôn|mãi|vẫn)\s+)*(?:là|trở thành)\b)"
            r"(?!\s+(?:(?:sớm|ngày càng|luôn|mãi)\s+)*(?:ổn định|phát triển|thịnh vượng"
            r"|hòa bình|vững mạnh|thành công|giàu mạnh)\b)"
            # what the members must do: "ASEAN cần tăng cường", "chúng ta cần phải",
            # "đòi hỏi ASEAN phải", "sự cần thiết", "giao nhiệm vụ cho"
            # (the members as the clause's subject, not "công chức ASEAN phải …", and not
            # "đã phải", what they had to do)
            # (after a verb of saying or a conjunction too: "nhấn mạnh các nước thành viên
            # cần …", "nhưng chúng ta cần …")
            # (or opening a quote, or its second sentence, which the quote keeps in one
            # unit: "“Thiên tai … . Chúng ta cần …”, Bộ trưởng nói.")
            rf"|(?:^[“\"]?|,\s|[.!?]\s|(?:rằng|là|{SAYS}|song|nhưng|vì vậy|do đó|vì thế)\s)"
            # (two parties joined: "ASEAN và Trung Quốc cần …")
            rf"{_MEMBERS}(?:\s+và\s+[{UPPER}]\S*(?:\s+[{UPPER}]\S*)?)?(?:\s(?!đã\b)[^\s.;,]+){{0,3}}"
            # (not what they have to face: "các nước đang phải đối mặt với …")
            r"\s(?:cần|phải|buộc phải)\b"
            + NOT_NECESSARY
            + r"(?!\s+(?:đối mặt|đương đầu|gánh chịu|chịu"
            rf"|trải qua|vật lộn)\b){NO_AMOUNT}"
            rf"|đòi hỏi {_MEMBERS}\b[^.;]{{0,30}}\sphải\b|sự cần thiết|giao nhiệm vụ cho"
            # a task given to a body ("giao Sở Ngoại vụ chủ trì …"), not a handover
            # ("bàn giao các thiết bị") nor trade ("giao thương"); one the parties agree on
            # is their agreement ("Hai bên thống nhất giao …")
            # (nor a courtesy call: "chào xã giao Bộ trưởng …")
            r"|(?<!bàn )(?<!chuyển )(?<!trao )(?<!được )(?<!nhất trí )(?<!thống nhất )(?<!xã )"
            r"\bgiao\s+"
            r"(?:cho\s+)?(?:các\s+)?(?-i:Sở|Bộ|Ban|UBND|Ủy ban|Cục|Tổng cục|Văn phòng|Trung tâm"
            # (a body named in capitals too: "giao Nhóm công tác về …", "giao Đơn vị hỗ trợ …")
            r"|Trường|Bệnh viện|[sS]ở|[cC]ơ quan|[đĐ]ơn vị|địa phương|[nN]hóm công tác|Tổ công tác"
            # the senior officials a ministers' meeting tasks ("giao các quan chức cao cấp …")
            r"|quan chức)\b"
            # what the local bodies must do ("Các sở, ngành và địa phương cần …")
            r"|(?:^|,\s|(?:rằng|là)\s)(?:[Cc]ác\s+)?(?:bộ|sở|ban)(?:,|\s+và)\s+ngành\b"
            r"[^.;:]{0,50}?\s(?:cần|phải)\b"
            + NOT_NECESSARY
            # what other bodies, schools or firms must do ("các địa phương cần …", "doanh
            # nghiệp cần chủ động …", "Bộ Khoa học và Công nghệ, Bộ Tài chính cần sớm …"), not
            # what they need ("cần thêm vốn", "cần khoảng 2 tỷ USD") nor what they face
            + r"|(?:^[“\"]?|,\s|[.!?]\s|(?:rằng|là)\s)(?:(?:các|những)\s+)?"
            # (firms and investors are _OTHERS_NEED's, in commitments)
            r"(?:(?:địa phương|tỉnh|trường|hiệp hội)\b"
            r"|(?-i:(?:Bộ|Sở|Cục|Tổng cục|Ủy ban|UBND|Ban)\s+[" + UPPER + r"]))"
            r"[^.;:]{0,60}?\s(?<!đã\s)(?-i:cần|phải)\b"
            rf"(?!\s+(?:có|đối mặt|đương đầu|gánh chịu|chịu|trải qua)\b){NOT_NECESSARY}{NO_AMOUNT}"
            # "đòi hỏi sự chung tay của các nước", "đòi hỏi phải …", unlike the demands of
            # someone ("đáp ứng đòi hỏi của nhân dân")
            r"|(?<!đáp ứng )(?<!những )(?<!các )đòi hỏi (?:sự|phải)\b"
            # said with no subject, the need is everyone's: "nhấn mạnh cần tiếp tục …"
            rf"|{SAYS}(?: rằng| là)?,?\s(?:việc\s)?(?:cần|phải)\b{NOT_NECESSARY}",
            re.IGNORECASE,
        ),
    ),
    (
        "proposal",
        re.compile(
            # (a proposal considered or discussed is a noun: "xem xét đề xuất thành lập …")
            # (nor proposals a meeting adopts: "thông qua đề xuất các dự án mới …")
            r"(?<!các )(?<!những )(?<!nhiều )(?<!xem xét )(?<!thảo luận )(?<!thông qua )"
            r"(?<!phê duyệt )"
            r"(?:đề nghị|đề xuất|kiến nghị)"
            r"(?!\s+(?:của|này|đó|trên)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "agreement",
        re.compile(
            r"(?<!nội dung đã )(?<!đã được )"
            # "nhất trí thông qua Tuyên bố …" adopts a document (a declaration's status);
            # "… có hiệu quả, thống nhất." is an adjective
            # ASEAN's unity ("đoàn kết và thống nhất của ASEAN", "thống nhất trong đa
            # dạng") and the country's reunification ("thống nhất đất nước") are no
            # agreement, nor is a memorandum ("Bản ghi nhớ, …")
            # (nor a view they share: "nhất trí cho rằng/đánh giá …")
            r"(?:nhất trí(?! thông qua)(?!\s+(?:cho rằng|đánh giá|nhận định|ghi nhận|hoan nghênh"
            # ("một thể thống nhất", a unified whole)
            # ("góp phần thống nhất …", contributing to unify, is no agreement either)
            r"|bày tỏ)\b)|(?<!sự )(?<!thể )(?<!đoàn kết và )(?<!đoàn kết, )(?<!đất nước )"
            r"(?<!góp phần )"
            # (capitalised only where a clause opens: "Các Tiểu vương quốc Arab Thống nhất"
            # is a name)
            r"(?:(?-i:thống nhất)|(?:^|(?<=[.,;:] ))(?-i:Thống nhất))"
            r"(?!\s*[.,;])(?!\s+(?:đất nước|trong đa dạng|của)\b)"
            # (nor a view they share, as with "nhất trí": "thống nhất đánh giá, trong những
            # năm qua, …", an assessment)
            r"(?!\s+(?:cho rằng|đánh giá|nhận định)\b)"
            # (a plan or a text they settle is adopted: "thống nhất kế hoạch hoạt động …")
            r"(?!\s+(?:kế hoạch|chương trình|văn kiện|biên bản|bản ghi nhớ|lộ trình)\b)"
            # (nor resolutions or clauses of a text they settle, counted or more of them:
            # "thống nhất 21 nghị quyết", "thống nhất thêm nhiều điều khoản")
            r"(?!\s+(?:thêm\s+)?(?:(?:\d+|một số|nhiều|các)\s+)?(?:nghị quyết|điều khoản)\b)"
            r"(?!\s+thêm\s+(?:(?:\d+|một số|nhiều|các)\s+)?nội dung\b)"
            # (not the consent given, a noun: "được/với sự đồng ý của …")
            r"|(?<!sự )đồng ý"
            r"|chung ý kiến|(?<!bản )ghi nhớ,"
            # a view they share of what must or will be done ("cùng chung nhận thức cần
            # đẩy mạnh …", "cùng chung quan điểm cần …"), not of how things stand ("chung
            # nhận thức về tình hình …")
            r"|chung (?:nhận thức|quan điểm)(?=(?:\s+(?:rằng|là))?,?\s+(?:[^,.;]{0,40}?\s)?"
            r"(?:cần|phải|sẽ|tiếp tục)\b))",
            re.IGNORECASE,
        ),
    ),
    (
        "pledge",
        re.compile(
            # "thực hiện cam kết" carries out a commitment made before
            # ("theo cam kết WTO", what was committed before; "với quyết tâm của hai bên",
            # the resolve a forecast rests on)
            # (nor one a preposition governs: "khoảng cách giữa cam kết và thực tiễn")
            # (nor capital pledged before: "tổng vốn cam kết", "giá trị cam kết")
            # (nor counted, a noun in an assessment: "một số cam kết còn chậm triển khai")
            r"(?<!các )(?<!những )(?<!một số )(?<!nhiều )(?<!mọi )"
            r"(?<!thực hiện )(?<!thực thi )(?<!tuân thủ )(?<!theo )(?<!giữa )"
            r"(?<!vốn )(?<!giá trị )"
            r"cam kết(?! (?:chung|của)\b)|(?<!với )quyết tâm(?! (?:chung )?của)|sẽ tiếp tục"
            # a party's commitment affirmed by its noun ("Tuyên bố khẳng định cam kết của
            # 13 nước trong việc …", "nhắc lại cam kết của các quốc gia …"), unlike the
            # noun welcomed or carried out ("đánh giá cao cam kết của …")
            r"|(?:(?<=khẳng định )|(?<=khẳng định lại )|(?<=nhắc lại ))cam kết(?= của\b)"
            # a party affirming its own effort ("ASEAN khẳng định nỗ lực thực hiện …",
            # "khẳng định cùng nỗ lực phối hợp …"), unlike the effort as a noun assessed
            # ("khẳng định nỗ lực của hai bên đã mang lại …")
            r"|(?:(?<=khẳng định )|(?<=khẳng định lại ))(?:cùng\s+)?nỗ lực"
            r"(?!\s+(?:của|này|đó|chung)\b)"
            # striving for a target ("Tỉnh phấn đấu đến năm 2028 thu hút …"), as "nỗ lực"
            # does; not the spirit or the target as a noun ("tinh thần phấn đấu", "mục tiêu
            # phấn đấu") nor what was strived for ("đã phấn đấu")
            # (not striving "vì" peace and prosperity, an aspiration)
            r"|(?<!sự )(?<!tinh thần )(?<!mục tiêu )(?<!đã )(?<!quá trình )phấn đấu(?!\s+vì\b)"
            # (nor a wish to go on talking: "mong muốn tiếp tục các thảo luận về …")
            r"|tiếp tục thúc đẩy|mong muốn tiếp tục(?!\s+(?:(?:các|những)\s+)?(?:cuộc\s+)?"
            r"(?:thảo luận|trao đổi|đối thoại)\b)"
            r"|sẽ báo cáo|(?<!sự )ủng hộ(?! của)"
            # a donor announcing a package or sum of aid ("công bố gói hỗ trợ 105 triệu AUD
            # cho …"): money bound to a purpose
            r"|công bố (?:gói|khoản|số tiền)\s+(?:hỗ trợ|viện trợ|tài trợ|tín dụng|vốn vay)?"
            r"[^.;]{0,30}?\d[\d.,]*\s*(?:triệu|tỷ|nghìn)"
            # a party's pledge of restraint, as joint statements word it: "không cho phép
            # bất kỳ thế lực nào sử dụng lãnh thổ nước mình để chống phá nước kia"
            r"|không (?:cho phép|để) (?:bất kỳ|bất cứ) [^.;]{0,40}?\bsử dụng lãnh thổ",
            re.IGNORECASE,
        ),
    ),
)

# A copula or change of state after "sẽ (tiếp tục)" says what something will be, not what
# a party will do ("Việt Nam sẽ tiếp tục là điểm đến hấp dẫn", "ASEAN sẽ trở thành …"): a
# forecast, whoever says it. A party's stand towards others is still a pledge ("sẽ tiếp
# tục là đối tác tin cậy", "sẽ luôn là người bạn thủy chung", "thành viên có trách nhiệm").
# A passive after it says what will be done to the subject ("Dự thảo … sẽ tiếp tục được
# các nhóm công tác thảo luận", a document's course; "Việt Nam sẽ được hưởng …"): no party
# binds itself.
STATE_AFTER_WILL = re.compile(
    r"\s*(?:(?:tiếp tục|luôn|mãi mãi|mãi|vẫn|sẽ)\s+)*(?:là|trở thành|trở nên|được|bị)\b"
    r"(?!\s+(?:một\s+)?(?:người bạn|bạn|đối tác|thành viên|cầu nối|chỗ dựa)\b)",
    re.IGNORECASE,
)

# Meetings and ceremonies by their head noun: one a body chairs (see DUTY) or hosts (see
# will_deeds), a calendar fact.
MEETINGS = (
    r"[Hh]ội nghị|[Hh]ội thảo|[Dd]iễn đàn|[Tt]ọa đàm|[Đđ]ối thoại|[Kk]ỳ họp|[Pp]hiên|[Bb]uổi"
    r"|[Ll]ễ|[Cc]uộc|[Hh]ọp|[Ss]ự kiện|[Tt]uần lễ|[Đđ]oàn|[Cc]hương trình"
)

# What a party says it will do ("Bộ Công Thương sẽ phối hợp …", "Việt Nam sẽ tích cực hỗ
# trợ …"): a pledge when "sẽ" governs a verb of acting with or for others, not one of a
# schedule ("sẽ gặp", "sẽ đảm nhận vai trò Chủ tịch", "sẽ diễn ra") or an outcome ("sẽ
# giúp", "sẽ tạo"). Its subject must be a party (see PARTY).
# Roles a party takes over ("sẽ tiếp nhận vai trò đồng Chủ tịch", "sẽ tiếp quản cương vị
# Chủ tịch"): a calendar fact whatever the verb, like "sẽ đảm nhận vai trò Chủ tịch".
TAKEN_ROLES = ("vai trò", "cương vị", "chức vụ", "chức", "nhiệm kỳ", "vị trí")
WILL_ACT = re.compile(
    r"\bsẽ\s+(?:(?:luôn|tích cực|chủ động|cùng|sớm|nghiêm túc|khẩn trương|nỗ lực|hết sức"
    r"|tiếp tục)\s+)*(?:phối hợp|hỗ trợ|đồng hành|thúc đẩy|tăng cường|triển khai"
    # (not a meeting considering a draft it will adopt, "sẽ xem xét, thông qua Tuyên bố …":
    # the adoption is the document's status)
    r"|thực hiện|xem xét(?!,?\s+(?:và\s+)?(?:thông qua|phê duyệt|ký)\b)|nghiên cứu"
    r"|tạo điều kiện|ủng hộ|cử|phái(?!\s+đoàn)|cung cấp|chia sẻ|đóng góp"
    # (time set aside is read by the verb after it: "sẽ dành thời gian gặp gỡ …", a schedule;
    # see will_deeds)
    r"|làm hết sức|dành(?!\s+thời gian\b)|mở rộng|hợp tác|sát cánh|đẩy mạnh|hoàn thành"
    r"|hoàn tất|báo cáo|áp dụng"
    r"|xây dựng|đào tạo|tài trợ|viện trợ|giúp đỡ|bảo đảm|đảm bảo|mở cửa|cùng với|nỗ lực"
    # (taking over a chair is a calendar fact: "sẽ tiếp nhận vai trò đồng Chủ tịch …")
    rf"|cố gắng|khuyến khích|kết nối|tiếp nhận(?!\s+(?:{'|'.join(TAKEN_ROLES)})\b)"
    r"|tháo gỡ"
    # (chairing a meeting is on the programme: "sẽ chủ trì Diễn đàn …", a schedule)
    rf"|chủ trì(?!\s+(?:{MEETINGS})\b)"
    # a government's instruction or a grant ("sẽ chỉ đạo các bộ …", "sẽ cấp học bổng …")
    r"|chỉ đạo|cấp"
    # acting with a partner: "sẽ cùng các nước ASEAN nỗ lực …", "sẽ cùng Lào triển khai …"
    r"|cùng(?!\s+(?:là|với nhau)\b))\b",
    re.IGNORECASE,
)
# What a party demands of others ("Việt Nam yêu cầu các bên …", "Thủ tướng yêu cầu các bộ
# …") or directs them to do ("Thủ tướng đã chỉ đạo các bộ, ngành tiếp tục …"): a call when
# its subject is a party, unlike the noun ("đặt ra yêu cầu cao hơn", "theo yêu cầu của …",
# "dưới sự chỉ đạo của …", "Ban Chỉ đạo", "phát biểu chỉ đạo").
DEMANDS = re.compile(
    r"\b(?:(?i:yêu cầu)|(?<!sự )(?<!theo )(?<!phát biểu )(?<!ý kiến )(?<![Bb]an )chỉ đạo)\b"
    r"(?!\s+(?:của|này|đó|trên)\b)"
)
# A party tasked by another ("Bộ Công Thương được Thủ tướng giao chủ trì …", "được giao
# nhiệm vụ …"), or tasking others ("giao các nhóm công tác xây dựng kế hoạch …"): bound to
# act, as "giao nhiệm vụ cho" binds the party it names; not a task held before ("đã được
# giao", "từng được giao"). Whether "giao" is the verb, not a syllable of another word
# ("giao lưu", "giao thông"), the word segmenter says (see commitments).
TASKED = re.compile(
    r"(?<!đã )(?<!đang )(?<!từng )\bđược(?:\s+[^\s,.;:]+){0,5}?\s+giao\b"
    # (not a role it is given, which is a calendar fact: "được giao làm nước điều phối")
    r"(?!\s+(?:làm|vai trò|đăng cai|chức|cương vị|đảm nhận|đảm nhiệm|giữ)\b)"
    r"|(?<!được )(?<!đã )\bgiao(?=\s+(?:cho\s+)?(?:các|những|hai)\s)",
    re.IGNORECASE,
)
# What circumstances demand of anyone ("…, đòi hỏi lực lượng chấp pháp các nước phải …"), a
# call where a party at the event says it; not what was demanded ("đã đòi hỏi") or the noun
# ("đáp ứng đòi hỏi của …").
DEMANDED_OF = re.compile(
    r"(?<!đáp ứng )(?<!những )(?<!các )(?<!đã )\bđòi hỏi\s+(?!(?:sự|phải)\b)[^.;]{1,60}?"
    r"\sphải\b" + NOT_NECESSARY,
    re.IGNORECASE,
)
_QUANTIFIED = r"(?:[Cc]ác|[Hh]ai|[Bb]a|[Nn]hững|[Mm]ỗi)\s+"
# A subject that is a party, which can commit: a person by title, a pronoun, a country or
# an acronym, a body, or the parties counted ("Hai bên", "các nước thành viên").
PARTY = re.compile(
    rf"^[“\"]?\s*(?:{_QUANTIFIED}(?:bên|nước|quốc gia|nền kinh tế|nhà [Ll]ãnh đạo|[Ll]ãnh đạo"
    rf"|thành viên|đối tác|quan chức|đại biểu|cơ quan|tỉnh|thành phố|địa phương|trường"
    # legislatures and their members counted ("các nghị viện thành viên cần …", "các nghị
    # sĩ Nhật Bản sẽ …")
    r"|nghị viện|nghị sĩ)\b"
    # the two organisations or blocs of a summit between them ("hai tổ chức sẽ …", "hai
    # khối"), not organisations in general ("các tổ chức quốc tế"), and their secretariat,
    # in lower case too ("ban thư ký hai bên sẽ …")
    r"|[Hh]ai (?:tổ chức|khối)\b|[Bb]an [Tt]hư ký\b"
    # the two forces party to an accord ("Theo Bản ghi nhớ, hai lực lượng sẽ …"), not forces
    # in general, whose part in an exercise is its programme
    r"|[Hh]ai lực lượng\b"
    # the leaders of a province, city, ministry or company ("lãnh đạo thành phố Osaka sẽ cử
    # …", "Lãnh đạo UBND tỉnh sẽ …"), who speak for it
    r"|[Ll]ãnh đạo\s+(?:hai\s+)?(?:[Tt]ỉnh|[Tt]hành phố|TP\b|UBND|Bộ|Sở|địa phương|[Tt]ập đoàn"
    r"|[Cc]ông ty)"
    rf"|(?:{_QUANTIFIED})?(?:{TITLE_RE}|Ngoại trưởng"
    r"|(?:Bộ|Ban|Cục|Đoàn|Nhóm|Vụ)\s+[" + UPPER + r"]|Cơ quan|Chính phủ|Ủy ban|Tổng cục"
    # a ministry or office named again by its kind alone, as the subject of what it will do
    # ("Thứ trưởng cho biết, Bộ sẽ phối hợp …")
    # (the whole subject a cue's clause has, or before "sẽ")
    r"|(?:Bộ|Sở|Cục|Vụ)(?=\s+(?:sớm\s+)?sẽ\b|\s*$)"
    r"|Hội nghị|Liên minh|Quốc hội|(?:Tổng )?(?:Lãnh sự|Đại sứ) quán"
    # a legislature or one of its chambers ("Thượng viện Italy sẽ …", "Hạ viện Séc sẽ …")
    r"|Thượng viện|Hạ viện|Nghị viện"
    # a province, city, company or other institution, by its head noun or its name
    # ("tỉnh Gangwon", "Thành phố Cần Thơ", "công ty", "bệnh viện", "Đà Nẵng")
    r"|(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Tt]ập đoàn|[Cc]ông ty|[Tt]rường|[Bb]ệnh viện|[Nn]hà trường"
    r"|UBND|Sở|Tổ chức|[Hh]iệp hội|[Nn]gân hàng|Văn phòng|Trung tâm"
    # an academy, university or institute, and a local government ("Học viện Ngoại giao
    # sẽ …", "Đại học … sẽ cấp …", "chính quyền tỉnh … sẽ tạo điều kiện …"), not aid
    # ("Viện trợ của … sẽ …")
    r"|[Hh]ọc viện|[Đđ]ại học|Viện(?!\s+trợ)|[Cc]hính quyền)(?!\w)|(?:"
    + "|".join(re.escape(n) for n in sorted(CITIES, key=len, reverse=True))
    + r")(?!\w)"
    # (a Party official addressed as "đồng chí", as the Party's press writes)
    r"|[Cc]húng tôi|[Cc]húng ta|[Tt]ôi\b|[Ôô]ng\b|[Bb]à\b|[Đđ]ồng chí\b"
    r"|[Pp]hía\s+["
    + UPPER
    + r"]|[A-Z]{2,}\b|(?:"
    + "|".join(re.escape(n) for n in NATIONS)
    + r")(?!\w)))"
)
# A country's organ or office, named with its country ("Phái đoàn thường trực Việt Nam tại
# ASEAN", "Các lực lượng chức năng của Việt Nam"): a party too, where PARTY knows no head
# word for it.
COUNTRYS_ORGAN = re.compile(
    r"^[“\"]?\s*(?:[Cc]ác\s+)?(?i:phái đoàn|đại sứ quán|(?:tổng )?lãnh sự quán|lực lượng"
    r"|cơ quan|quân đội|cảnh sát biển|nhân dân|đảng|nhà nước)\b[^,;:]{0,40}?\s(?:của\s+)?(?:"
    + "|".join(re.escape(n) for n in NATIONS)
    + r")(?!\w)"
)

# A task a plan, directive or decision gives a body, by its verb of duty ("Bộ Ngoại giao
# chủ trì, phối hợp với …", "Bộ Tư pháp có trách nhiệm hướng dẫn …", "Cục … có nhiệm vụ tổ
# chức …"): a call, where its subject is a party (see commitments). Not a meeting a body
# chairs ("chủ trì Hội nghị", "chủ trì buổi làm việc"), nor a quality ("có trách nhiệm quan
# trọng trong …", "thành viên có trách nhiệm").
DUTY = re.compile(
    rf"(?<!đã )(?<!từng )(?<!đồng )\bchủ trì(?!\s+(?:và\s+)?(?:tổ chức\s+)?(?:{MEETINGS})\b)"
    r"(?=,?\s+(?:phối hợp|xây dựng|rà soát|theo dõi|tham mưu|hướng dẫn|thẩm định|triển khai"
    r"|nghiên cứu|soạn thảo|đôn đốc|tổng hợp|đề xuất|tổ chức|hoàn thiện|thực hiện|kiểm tra"
    r"|giám sát|chuẩn bị|đàm phán|vận động|sửa đổi)\b)"
    # (nor a manner joined to others: "tích cực, chủ động và có trách nhiệm vào …")
    r"|(?<!thành viên )(?<!đối tác )(?<!nước )(?<!đã )(?<!và )(?<!, )"
    r"\b(?:có|chịu) (?:trách nhiệm|nhiệm vụ)"
    rf"(?=\s+[{LOWER}])(?!\s+(?:quan trọng|lớn|to lớn|nặng nề|chung|trong|với|của|hơn|cao"
    r"|nhất|rất|đặc biệt|và|vào)\b)"
    # (nor a portfolio named in capitals, a title, or by its fields: "các quan chức cấp cao
    # chịu trách nhiệm về Phát triển Nông thôn", "… về các lĩnh vực môi trường")
    rf"(?!\s+về\s+(?:[{UPPER}]|(?:các\s+)?lĩnh vực\b))"
)
