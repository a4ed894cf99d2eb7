"""Commitments: what a party pledges, proposes or agrees to, with its actor and kind.

A commitment is a sentence with a cue phrase (cam kết, đề nghị, sẵn sàng, nhất trí, kêu
gọi…); each item of an enumeration and each subjectless sentence continuing a proposal is
its own commitment, with the actor and kind of the sentence that introduced it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from briefgen.extract.commitment_context import (
    BACKGROUND_SOURCE,
    CLAUSE_OPENERS,
    EXPECTING,
    EXPERTS_SAY,
    NOT_COMMITTING,
    PAST_FRAME,
    REAFFIRMED,
    REGARDED_AS,
    SHOWN_COMMITMENT,
    SPEAKER_GOES_ON,
    THING_SUBJECT,
    WELCOME_GOES_ON,
)
from briefgen.extract.commitment_cues import (
    BODIES,
    COUNTRYS_ORGAN,
    DEMANDED_OF,
    DEMANDS,
    DUTY,
    KIND_CUES,
    NO_AMOUNT,
    NOT_NECESSARY,
    PARTY,
    STATE_AFTER_WILL,
    TASKED,
    WILL_ACT,
)
from briefgen.extract.commitment_lists import AGENDA, CONTINUATION, DISCUSSED, ENUMERATION
from briefgen.extract.complete_sentences import is_complete, is_question
from briefgen.extract.compound_words import joins
from briefgen.extract.dates import find_dates
from briefgen.extract.document_status_cues import AUTHORED_BY
from briefgen.extract.document_words import DOCUMENT_WORDS
from briefgen.extract.geography import COUNTRIES
from briefgen.extract.person_verbs import SAYS
from briefgen.extract.will_deeds import undertakes
from briefgen.extract.word_patterns import LOWER, UPPER
from briefgen.records import Bilingual, Commitment
from briefgen.underthesea_models import pos_tagger, pos_tags, word_segmenter

# An item that tells what happened ("Thứ nhất, hai năm qua, thế giới … đã phải …") is no
# pledge, even in a list that follows one.
_PAST = re.compile(r"\bđã\b(?![^.;]*\b(?:sẽ|cần|tiếp tục)\b)")
# A relative clause ("… dự án mà tỉnh đã trình tháng 8"): what it says was done describes
# a thing the item names, not the item's own act.
_RELATIVE = re.compile(r"\bmà\s[^,;.]*")
# A quoted title is short; a longer quote is what someone said ("“Tôi đề nghị …”").
_QUOTED = re.compile(r"[“\"]\s*(?:[^”\"\s]+\s+){0,11}[^”\"\s]*[”\"]")
# A sentence set in the past by its opening ("Năm 2022, Việt Nam đã đề xuất …", "Thời gian
# qua, hai bên đã thống nhất …") tells what was done before, not what is committed now.
_PAST_OPENING = re.compile(
    r"^(?:Vào |Trong )?(?:năm \d{4}|(?:những |các |(?:một|hai|ba|vài|mấy|\d+) )?"
    r"(?:năm|thời gian|tháng|tuần) (?:vừa )?(?:qua|trước)"
    r"|trước đó|trước đây|vừa qua|năm ngoái|hôm qua|cách đây)\b[^,]*,",
    re.IGNORECASE,
)


def _unquoted(sentence: str) -> str:
    """The sentence with quoted names blanked, so "… sẵn sàng cho tương lai" in a quoted
    title is not read as readiness; quoted speech is kept: a long quote, one that opens the
    sentence ("“Chúng tôi sẽ …”, Đại sứ nói.") or follows a colon ("nói: “…”")."""
    return _QUOTED.sub(
        lambda m: (
            m.group()
            if not sentence[: m.start()].strip() or sentence[: m.start()].rstrip().endswith(":")
            else " " * len(m.group())
        ),
        sentence,
    )


_NEW_CLAUSE = re.compile(r"[,;]|\s(?:và|đồng thời|cũng như)\s")
# Aspect and adverbs between a subject and its verb ("đã, đang và sẽ tiếp tục"), and the
# prefix of a verb of saying the verb itself ends ("tái" of "tái khẳng định").
_ASPECT_TAIL = re.compile(r"(?:[\s,]*\b(?:đã|đang|và|sẽ|cũng|vẫn|luôn|còn|chủ yếu|tái)\b)*[\s,]*$")
# "… được các nước ủng hộ": a cue in the passive tells what was done to something.
_PASSIVE = re.compile(r"\b(?:được|bị)(?:\s+[^\s,.;:]+){0,4}\s*$")
_PARENTHESES = re.compile(r"\([^()]*\)")


def _welcomed(plain: str, at: int) -> bool:
    """Whether the cue at ``at`` names what a welcome, thanks or expectation is about
    ("hoan nghênh đề xuất …", "tin tưởng Đại sứ sẽ tiếp tục …"); a cue in a clause of its
    own after it counts ("hoan nghênh …, đồng thời đề nghị …", "… và đề nghị …"), though
    not one that goes on with its object ("…, nhất là …"), nor, after an expectation, one
    with a subject of its own ("hy vọng, với …, Việt Nam sẽ tiếp tục …")."""
    expects = list(EXPECTING.finditer(plain, 0, at))
    expected = plain[expects[-1].end() : at] if expects else ""
    goes_on = SPEAKER_GOES_ON.search(expected)
    if goes_on and goes_on.group().strip() == "," and _NEEDS_SUBJECT.match(plain, at):
        goes_on = None  # "hy vọng rằng, X, nhất là Y, sẽ …": an aside cuts X from its "sẽ"
    if expects and not (goes_on or _CONTRAST.search(expected) or _SAYING.search(expected)):
        return True
    if any(m.start() < at < m.end() for m in REGARDED_AS.finditer(plain)):
        return True  # "Việt Nam luôn coi đoàn kết, ủng hộ Lào là …": a view
    if any(m.end() == at for m in SHOWN_COMMITMENT.finditer(plain)):
        return True  # "… thể hiện cam kết mạnh mẽ của ASEAN": a judgement
    welcomes = list(NOT_COMMITTING.finditer(plain, 0, at))
    if not welcomes:
        return False
    if _THANKED_DEED.search(plain[:at]):
        return True  # "cảm ơn các bộ, ngành đã luôn ủng hộ …": what they are thanked for
    if _thanked_conduct(plain, welcomes[-1], at):
        return True
    # (the cue may itself open with the comma: ", chúng ta cần …")
    between = plain[welcomes[-1].end() : at + 1]
    return not _NEW_CLAUSE.search(WELCOME_GOES_ON.sub(" ", between))


# Support told as the conduct a party is thanked or praised for, however many verbs it
# strings ("cảm ơn Nhật Bản luôn đồng hành, ủng hộ …", "đánh giá cao Lào về sự phối hợp
# chặt chẽ và tích cực ủng hộ …"): until a semicolon, a verb of saying or a word that binds.
_THANKS = re.compile(r"cảm ơn|cám ơn|đánh giá cao|biểu dương", re.IGNORECASE)
_SUPPORT = re.compile(r"(?:ủng hộ|hỗ trợ|đồng hành|giúp đỡ|tạo điều kiện)\b", re.IGNORECASE)
_CONDUCT_TOLD = re.compile(r"\b(?:về|vì|luôn|đã|thời gian qua)\b", re.IGNORECASE)
_OWN_CLAUSE = re.compile(
    rf";|\b(?:đồng thời|sẽ|tiếp tục|cam kết|mong|đề nghị|{SAYS})\b", re.IGNORECASE
)


def _thanked_conduct(plain: str, welcome: re.Match[str], at: int) -> bool:
    """Whether the support cue at ``at`` is the conduct the thanks or praise ``welcome``
    is for (_THANKS, _SUPPORT, _CONDUCT_TOLD), no clause of the speaker's own."""
    between = plain[welcome.end() : at]
    return bool(
        _THANKS.fullmatch(welcome.group())
        and _SUPPORT.match(plain, at)
        and _CONDUCT_TOLD.search(between)
        and not _OWN_CLAUSE.search(between)
    )


# A cue that needs a subject of its own ("sẽ", "tiếp tục", "cần", "phải"): after a hope and
# a bare comma, its subject is the one hoped about, not the speaker.
_NEEDS_SUBJECT = re.compile(r"(?:sẽ|tiếp tục|cần|phải)\b", re.IGNORECASE)


# "Mặc dù rất hy vọng …, song/nhưng chúng ta cần …": a contrast ends what is hoped, as a
# verb of saying does ("Tin tưởng vào …, Bộ trưởng nhấn mạnh sự cần thiết …").
_CONTRAST = re.compile(r"\b(?:song|nhưng|tuy nhiên|mặc dù vậy)\b")
# A cue right after "đã" (and an adverb) tells what was done, as a welcome or thanks
# names it.
_THANKED_DEED = re.compile(r"\bđã(?:\s+(?:luôn|tích cực|chủ động|nhiệt tình|kịp thời))*\s*$")


# A ministry named by its fields ("Bộ Thông tin, Văn hóa và Du lịch Lào"): its commas
# open no clause.
_FIELDS_NAME = re.compile(
    rf"\b(?:Bộ|Ủy ban|Ban|Sở)\s+[{UPPER}][^\s,.;:]*(?:\s+[^\s,.;:]+){{0,3}}?"
    rf"(?:,\s+[{UPPER}][^\s,.;:]*(?:\s+[^\s,.;:]+){{0,3}}?)+\s+và\s+[{UPPER}]"
)


# The capacity a subject acts in, set apart by commas ("Lào, với tư cách nước chủ nhà
# ALMM-29, sẽ …", "Indonesia, trên cương vị Chủ tịch ASEAN, sẽ …"): no clause of its own.
_CAPACITY_ASIDE = re.compile(
    r",\s*(?:với\s+(?:tư cách|vai trò)|trên\s+cương vị|là)\s[^,;:]{1,60},", re.IGNORECASE
)


# An adverbial of frequency or of the period ahead before a subject ("mỗi năm Đại học … sẽ
# cấp …", "hằng năm hai bên sẽ …", "năm tới Sở sẽ …"): it dates the deed, the subject
# follows it.
_EVERY = re.compile(
    r"^(?:(?:mỗi|hằng|hàng)\s+(?:năm|tháng|quý|tuần)|(?:năm|tháng|quý)\s+(?:tới|sau|nay))"
    r"\s*,?\s*",
    re.IGNORECASE,
)


def _subject(plain: str, at: int) -> str:
    """The words of the cue's own clause before it: its subject, if it has one."""
    head = _PARENTHESES.sub(lambda m: " " * len(m.group()), plain[:at])
    head = _CAPACITY_ASIDE.sub(lambda m: " " * len(m.group()), head)
    head = _ASPECT_TAIL.sub("", _FIELDS_NAME.sub(lambda m: m.group().replace(",", " "), head))
    starts = [m.end() for m in CLAUSE_OPENERS.finditer(head)]
    # ("theo đó", whereby, opening the clause is no part of its subject: "…, theo đó các
    # nước sẽ …", what a document adopted binds its parties to; not "trong đó", the topics
    # discussed, nor "qua đó"/"từ đó", a consequence)
    return _EVERY.sub(
        "",
        re.sub(
            r"^[\s,]*(?:(?:và|theo đó)\b)?|[\s,]*(?:\bvà)?[\s,]*$",
            "",
            head[starts[-1] if starts else 0 :],
        ),
    )


# "… và nhất trí …", "…, đồng thời cam kết …": a verb sharing the sentence's subject.
_SHARED_SUBJECT = re.compile(
    r"(?<!đã)(?<!đang)[\s,]+(?:và|đồng thời)(?:\s+(?:cũng|sẽ|tiếp tục|luôn|cùng))*\s*$"
)
# What a hope or belief expects to happen ("tin tưởng ASEAN sẽ tiếp tục phát triển").
_EXPECTS = re.compile(r"\b(?:tin tưởng|hy vọng|hi vọng|kỳ vọng)\b", re.IGNORECASE)
_OUTCOME = re.compile(r"\s*(?:phát triển|được|lớn mạnh|thành công|đạt)\b", re.IGNORECASE)


def _forecast(plain: str, cue: re.Match) -> bool:
    """Whether the cue's subject is a thing, not a party ("quan hệ hai nước sẽ tiếp tục
    phát triển", "Sự hỗ trợ … đã, đang và sẽ tiếp tục …"), or what a belief expects to
    happen ("tin tưởng ASEAN sẽ tiếp tục phát triển"): a forecast, not a pledge."""
    at = cue.start()
    openers = list(CLAUSE_OPENERS.finditer(plain, 0, at))
    if openers and _EXPECTS.fullmatch(openers[-1].group()) and _OUTCOME.match(plain, cue.end()):
        return True
    if _SHARED_SUBJECT.search(plain[:at]):
        return False
    if THING_SUBJECT.match(_subject(plain, at)):
        return True
    # a subject cut by commas of its own ("Sự hỗ trợ, chung tay của các nước … sẽ …"):
    # the sentence opens with the thing and nobody says anything before the cue
    opening = _PARENTHESES.sub(" ", plain[:at]).replace(",", " ")
    return bool(THING_SUBJECT.match(opening)) and not CLAUSE_OPENERS.search(opening)


# "mong muốn hai bên tiếp tục làm sâu sắc hơn nữa quan hệ …": a wish for the relationship
# itself, not for an action anyone takes (docs/annotating.md: general wishes).
_WISHED_RELATIONS = re.compile(
    r"[^.;]{0,40}?\b(?:làm sâu sắc|vun đắp|nâng tầm|thắt chặt|làm phong phú)\b"
    r"[^.;]{0,25}?\b(?:quan hệ|tình hữu nghị|tình đoàn kết)\b"
    # … or cooperation promoted with no field named, toward a future hoped for ("mong muốn
    # hai bên cùng thúc đẩy mạnh mẽ sự hợp tác, hướng tới tương lai …"), unlike "… hợp tác
    # trong lĩnh vực …"
    r"|[^.;]{0,40}?\b(?:thúc đẩy|tăng cường|đẩy mạnh)\s+(?:mạnh mẽ\s+)?(?:hơn nữa\s+)?"
    r"(?:sự\s+)?hợp tác\s*,?\s+(?:hướng tới|vì)\b",
    re.IGNORECASE,
)


# "đề nghị Đại sứ chuyển lời thăm hỏi tới Tổng thống …": a courtesy asked of a guest, which
# commits no one to act.
_PASSED_GREETINGS = re.compile(r"(?:\s+[^\s,.;:]+){0,4}?\s+(?:chuyển|gửi)\s+lời\b")


# "Hai bên thống nhất Hội nghị … lần thứ 10 sẽ được tổ chức tại …", "Hội nghị nhất trí
# Malaysia sẽ đảm nhận vai trò Chủ tịch …": what is agreed is where the next meeting is held
# or who chairs it, a calendar fact (docs/annotating.md), when a subject of its own (a
# meeting, a country) opens the clause agreed on and its "sẽ" governs a verb of the
# calendar (will_deeds); "nhất trí sẽ sớm ký kết …" agrees on the parties' own deed.
_AGREED_CLAUSE = re.compile(rf"\s+[{UPPER}][^,.;:]{{0,80}}?\s(sẽ)\s")


def _agrees_on_calendar(plain: str, cue: re.Match) -> bool:
    m = _AGREED_CLAUSE.match(plain, cue.end())
    return bool(m) and not undertakes(plain, m.start(1))


# A cue in a relative clause ("nhiều giải pháp mà các doanh nghiệp đề xuất phù hợp với …"):
# what someone proposed describes a thing the sentence names; "mà còn", "mà phải" join
# clauses, no relative one.
_IN_RELATIVE = re.compile(
    r"\bmà\s+(?!(?:còn|cả|phải|cần|nên|lại|vẫn|chỉ|thôi)\b)(?:[^\s,.;:]+\s+){1,5}$"
)


# A cue its clause negates ("không đặt thêm cam kết …", "chưa đưa ra cam kết", "không đồng
# ý"): no one binds itself; "không chỉ/những" (not only) and "không ngừng" (ceaselessly)
# affirm.
_NEGATED = re.compile(
    r"\b(?:không|chưa|chẳng)\b(?!\s+(?:chỉ|những|ngừng|ngại)\b)(?:\s+[^\s,.;:]+){0,3}\s*$",
    re.IGNORECASE,
)
# An action told as under way ("EVN đang phối hợp … nghiên cứu đề xuất …", "đang tiếp tục
# thúc đẩy …"): a report of what is being done, no commitment (docs/annotating.md), unless
# the clause goes on to what will or must be done ("đang rà soát và sẽ đề xuất …").
# Its scope ends where a clause of its own opens: a comma, "và", "đồng thời", "mà", a verb
# of saying ("… biện pháp Lào đang triển khai … và cho biết Lào sẵn sàng …"). "đang phát
# triển" names developing economies ("các nền kinh tế đang phát triển chủ động đề xuất").
_UNDER_WAY = re.compile(
    r"\bđang\b(?!\s+phát triển\b)"
    rf"(?:(?!\b(?:và|đồng thời|mà|sẽ|cần|phải|{SAYS})\b)[^,;:.])*$",
    re.IGNORECASE,
)
_AHEAD = re.compile(r"(?:sẽ|cần|phải)\b", re.IGNORECASE)


def _told_as_under_way(plain: str, cue: re.Match) -> bool:
    if _AHEAD.match(cue.group()):
        return False
    head = _PARENTHESES.sub(lambda m: " " * len(m.group()), plain[: cue.start()])
    return bool(_UNDER_WAY.search(head))


def _ready_to_act(plain: str, cue: re.Match) -> bool:
    """Whether "sẵn sàng" at ``cue`` governs a deed ("sẵn sàng hợp tác", "sẵn sàng đồng hành,
    giải đáp …", "sẵn sàng cùng các nước … xây dựng"), not a state: nothing after it in its
    clause ("Việt Nam đã sẵn sàng.") or, by underthesea's tags, "cho" and what it is ready
    for ("nền kinh tế … bền vững và sẵn sàng cho tương lai", "sẵn sàng cho mùa cao điểm"),
    unless a party or body it lets act ("sẵn sàng cho các doanh nghiệp … vay vốn")."""
    nth = plain[: cue.start()].lower().count("sẵn sàng")
    tagged = pos_tags(plain)
    ready = [i for i, (word, _) in enumerate(tagged) if word.lower() == "sẵn sàng"]
    if nth >= len(ready):
        return True  # (the tagger joined it to another word: read as before)
    # (past adverbs, which may be tagged as adjectives: "luôn", "tích cực")
    after = tagged[ready[nth] + 1 :]
    first = next(
        (i for i, (w, t) in enumerate(after) if w.lower() == "cho" or t not in ("R", "A")), None
    )
    if first is None or (after[first][1] == "CH" and after[first][0] in ",.;:!?"):
        return False
    if after[first][0].lower() != "cho":
        return True
    clause = []
    for w, t in after[first + 1 :]:
        if t == "CH" and w in ",.;:!?":
            break
        clause.append((w, t))
    return _lets_act(" ".join(w for w, _ in clause)) and any(t == "V" for _, t in clause)


_BODY = re.compile(BODIES, re.IGNORECASE)


def _lets_act(text: str) -> bool:
    """Whether ``text`` opens with whom "sẵn sàng cho …" lets act: a party or a body."""
    return bool(PARTY.match(text) or _BODY.match(text))


def _commits(plain: str, cue: re.Match, kind: str) -> bool:
    at = cue.start()
    if kind == "readiness" and not _ready_to_act(plain, cue):
        return False
    if kind == "agreement" and _agrees_on_calendar(plain, cue):
        return False
    if _NEGATED.search(plain, 0, at) or _told_as_under_way(plain, cue):
        return False
    if _IN_RELATIVE.search(plain, 0, at):
        return False
    if any("," not in plain[m.end() : at] for m in _DONE_BEFORE.finditer(plain, 0, at)):
        return False  # "(Tại buổi lễ,) sau khi thống nhất …, hai bên đã ký …": done first
    if kind == "proposal" and _MEETING_AIM.search(plain, 0, at):
        return False  # "Hội nghị cũng nhằm thảo luận và đề xuất …": the meeting's purpose
    if _FORUM_DEFINED.search(plain, 0, at):
        return False  # "Hội nghị … là diễn đàn thường niên để … thống nhất …": what it is for
    if cue.group().lower().startswith("mong muốn") and _WISHED_RELATIONS.match(plain, cue.end()):
        return False
    if kind == "proposal" and _PASSED_GREETINGS.match(plain, cue.end()):
        return False
    if kind == "proposal" and AUTHORED_BY.search(plain, 0, at):
        return False
    return not (
        _welcomed(plain, at)
        # only what "sẽ"/"tiếp tục" says may be a thing's: a thing cannot agree or propose
        or (
            cue.group().lower().startswith(("sẽ", "tiếp tục"))
            and (_forecast(plain, cue) or bool(STATE_AFTER_WILL.match(plain, cue.end())))
        )
        or _PASSIVE.search(plain[:at])
    )


# A clause opening on what was done before the main one ("Sau khi thống nhất các nội dung
# …, hai bên đã ký …"): its verb is background, up to the comma.
_DONE_BEFORE = re.compile(r"(?:^\W*|,\s*)(?:Sau khi|Trước khi)\b", re.IGNORECASE)
# A meeting's purpose ("Hội nghị (cũng) nhằm thảo luận và đề xuất …"): what it is for.
_MEETING_AIM = re.compile(
    r"\b(?:Hội nghị|cuộc họp|phiên họp|diễn đàn|hội thảo)\s+(?:cũng\s+)?(?:nhằm|để)"
    r"(?:\s+(?:thảo luận|trao đổi|bàn|xem xét)(?:\s*(?:,|và)\s*)?)*\s*$",
    re.IGNORECASE,
)


# What a forum, a mechanism or an occasion is for ("X là diễn đàn thường niên để các Bộ
# trưởng … trao đổi, thống nhất …", "là dịp để các doanh nghiệp đề xuất …"): a definition,
# within its clause.
_FORUM_DEFINED = re.compile(
    r"\blà\s+(?:một\s+)?(?:diễn đàn|cơ chế|dịp|cơ hội|nơi|kênh)\b[^.;:]*?\b(?:để|nhằm)\b"
    r"[^.;:]*$",
    re.IGNORECASE,
)


# A cue word right after "về" is the noun a document or talk is about ("ký Nghị định thư về
# yêu cầu kiểm dịch …", "Thỏa thuận về cam kết chất lượng …"), not a verb of its own.
_TOPIC_NOUN = re.compile(
    r"(?<=\bvề\s)(?:yêu cầu|cam kết|đề xuất|đề nghị|kêu gọi|sáng kiến)\b", re.IGNORECASE
)


# A donor's decision to give or go on giving ("đã quyết định tiếp tục hỗ trợ …", "quyết
# định tài trợ thêm 5 triệu USD"): a pledge, as "sẽ hỗ trợ" is.
_DECIDED_TO_GIVE = re.compile(
    r"\b(?:đã\s+)?quyết định\s+(?:tiếp tục\s+)?(?:hỗ trợ|tài trợ|viện trợ|cấp|cung cấp|dành"
    r"|mở rộng|tăng)\b"
)
# Support a party's leader affirms it goes on giving ("khẳng định Việt Nam (luôn) tiếp tục
# đồng hành với Cu-ba …"): a pledge, "sẽ" or not; not what it goes on being ("tiếp tục là
# điểm đến hấp dẫn").
_CONTINUED_SUPPORT = re.compile(
    r"\btiếp tục\s+(?:đồng hành|ủng hộ|hỗ trợ|sát cánh|giúp đỡ|tạo điều kiện)\b"
)
_AFFIRMED = re.compile(r"\bkhẳng định(?: lại)?\s+[^,.;:]{0,40}?(?:\s(?:luôn|sẽ|vẫn))*\s*$")
# (not what a message sent to the meeting affirms: "đã gửi thông điệp chúc mừng …, trong đó
# khẳng định WHO tiếp tục đồng hành …", the message's words)
_SENT_MESSAGE = re.compile(r"\bgửi\s+(?:thông điệp|thư|điện)\b")
# A speech's numbered point, whatever its subject ("Thứ nhất, hợp tác Mekong - Lan Thương
# cần tập trung …"): what the speaker proposes, as a party's need is a call.
_NUMBERED_NEED = re.compile(
    r"^(?:Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:Một|Hai|Ba|Bốn|Năm) là),\s"
    # (not what was to be borne: "Thứ nhất, hai năm qua, … đã phải vật lộn với đại dịch")
    r"[^.;:]{0,80}?(?<!đã)\s(?:cần|phải|nên)\b(?!\s+thiết\b)"
    r"(?!\s+(?:đối mặt|đương đầu|gánh chịu|chịu|trải qua|vật lộn)\b)"
)


def _kind(sentence: str) -> str | None:
    """The kind of commitment a sentence makes, or None: a cue counts unless it is what a
    welcome or thanks is about, what a thing rather than a party will do, done to
    something in the passive, or the topic a document is about."""
    plain = _TOPIC_NOUN.sub(lambda m: " " * len(m.group()), _unquoted(sentence))
    if _sets_out_deeds(plain):
        return "agreement"
    for kind, cue in KIND_CUES:
        if any(_commits(plain, m, kind) for m in cue.finditer(plain)):
            return kind
    if any(_party_will(plain, m) for m in WILL_ACT.finditer(plain)):
        return "pledge"
    if any(_party_will(plain, m) for m in _DECIDED_TO_GIVE.finditer(plain)):
        return "pledge"  # "Chính phủ Nhật Bản đã quyết định tiếp tục hỗ trợ …"
    if any(
        _AFFIRMED.search(plain, 0, m.start())
        and not _SENT_MESSAGE.search(plain, 0, m.start())
        and _party_will(plain, m)
        for m in _CONTINUED_SUPPORT.finditer(plain)
    ):
        return "pledge"  # "… khẳng định Việt Nam tiếp tục đồng hành với Lào …"
    # any other verb of doing a party says it will ("Hai bên sẽ thành lập …"), not one of
    # the calendar ("sẽ diễn ra", "sẽ có cuộc họp")
    if any(
        _party_will(plain, m)
        and not _MEETING.match(_subject(plain, m.start()))
        and not _dated_to_a_day(plain, m.start())
        and undertakes(plain, m.start())
        for m in _WILL.finditer(plain)
    ):
        return "pledge"
    if any(
        _party_acts(plain, m, "call") and not _done(plain, m) and _directs(plain, m)
        for m in DEMANDS.finditer(plain)
    ):
        return "call"
    if any(_party_acts(plain, m, "call") and _tasks(plain, m) for m in TASKED.finditer(plain)):
        return "call"
    if not _EVENT_OPENING.match(plain) and any(
        _duty_of_party(plain, m) for m in DUTY.finditer(plain)
    ):
        return "call"
    if any(_speaker_demands(plain, m) for m in DEMANDED_OF.finditer(plain)):
        return "call"
    if any(_speaker_needs(plain, m) for m in _NEED.finditer(plain)):
        return "call"  # "Thủ tướng nhấn mạnh trong bối cảnh …, hợp tác … cần …"
    if _NUMBERED_NEED.match(plain):
        return "call"  # "Thứ nhất, hợp tác Mekong - Lan Thương cần …": a speech's point
    if any(_quoted_need(plain, m) for m in _NEED.finditer(plain)):
        return "call"  # "“Philippines và Việt Nam cần …”, Bộ trưởng nói.": the speaker's
    cited = _CITED_NEED.match(plain)
    if cited and PARTY.match(cited.group(1)) and not _compound_end(plain, cited.start(2)):
        return "call"  # "Theo Thứ trưởng, các cơ sở đào tạo cần …": what the speaker asks
    if any(
        _needs_doing(plain, m.start("need"))
        for p in (_SIDE_NEED, _OTHERS_NEED)
        for m in p.finditer(plain)
    ):
        return "call"
    return None


# A text as the subject of a verb of content ("Văn kiện xác định …", "Bản ghi nhớ nêu rõ
# …"): what it sets out the parties will or must do is their agreement, its clause opening
# after the verb (not what the text itself will do: "Văn kiện sẽ tạo nền tảng …").
_SETS_OUT = re.compile(
    r"^(?:Văn kiện|"
    + "|".join(re.escape(w) for w in DOCUMENT_WORDS)
    + r")\b[^,.;]{0,80}?\s(?:xác định|nêu rõ|quy định|ghi rõ)(?:\s+rằng)?[\s,:]+"
)
_PARTY_DUTY = re.compile(r"\b(?:sẽ|cần|phải)\b" + NOT_NECESSARY)


def _set_out_duties(sentence: str) -> Iterator[tuple[str, str, re.Match[str]]]:
    """Each "sẽ/cần/phải" in what a text opening ``sentence`` sets out (_SETS_OUT), in
    order, as (its clause's subject, what the text sets out, the match in it): one reading
    of such a sentence, for whether it binds a party and for whom it binds."""
    opened = _SETS_OUT.match(sentence)
    if not opened:
        return
    rest = sentence[opened.end() :]
    for m in _PARTY_DUTY.finditer(rest):
        yield _subject(rest, m.start()), rest, m


def _sets_out_deeds(plain: str) -> bool:
    """Whether the sentence is a text setting out what a party will or must do."""
    return any(
        _is_party(subject) and _commits(rest, m, "agreement")
        for subject, rest, m in _set_out_duties(plain)
    )


# A need in what a party at the event says, whoever its subject ("Thủ tướng nhấn mạnh trong
# bối cảnh …, hợp tác tiểu vùng cần …", "… cho rằng …, các nước đang phát triển càng cần
# …"): the speaker's call. Not what had to be done ("đã phải"), what is faced ("phải đối
# mặt"), "cần thiết", nor a need for an amount ("cần khoảng 15 tỷ USD", "cần thêm vốn").
_NEED = re.compile(
    rf"(?<!đã )\b(?:cần|phải)\b{NOT_NECESSARY}"
    rf"(?!\s+(?:đối mặt|đương đầu|gánh chịu|chịu|trải qua|vật lộn)\b){NO_AMOUNT}"
)  # (in lower case: "Cần Thơ" is a city)


def _speaker_needs(plain: str, need: re.Match) -> bool:
    """Whether the need at ``need`` is in what a party at the event urges: after a verb of
    emphasis or opinion ("nhấn mạnh", "cho rằng", "nêu rõ"), not one that reports facts
    ("cho biết, ngành du lịch cần nguồn nhân lực …", a need told), and not in a past the
    speaker recounts ("nhấn mạnh trong hai năm qua, đại dịch đã buộc chúng ta phải …"): no
    "đã" between the verb of saying and the need."""
    said = list(_SAYING.finditer(plain, 0, need.start()))
    return (
        bool(said)
        and not said[-1].group().lower().startswith("cho biết")
        and not re.search(r"\bđã\b", plain[said[-1].end() : need.start()])
        and not _compound_end(plain, need.start())
        and _speaker_demands(plain, need)
    )


def _quoted_need(plain: str, need: re.Match) -> bool:
    """Whether the need at ``need`` is in a quote that opens the sentence, said by a party
    named after it ("“Philippines và Việt Nam cần …”, Bộ trưởng nói."): the speaker's call,
    whoever its subject, when it asks a deed ("cần đẩy nhanh …", not "cần khoảng 20 tỷ
    USD")."""
    speaker = _SPEAKER.match(plain)
    return (
        bool(speaker)
        and need.start() < speaker.start(1)
        and _is_party(speaker.group(1))
        and not _compound_end(plain, need.start())
        and _needs_doing(plain, need.start())
        and _commits(plain, need, "call")
    )


# "Về phía doanh nghiệp, cần …": a need with no subject after the side it is put to is
# that side's to meet, a call on it.
_SIDE = re.compile(r"^Về phía\s+([^,]+),")
_SIDE_NEED = re.compile(
    rf"{_SIDE.pattern}\s*(?:(?:thì|cũng)\s+)?(?P<need>cần|phải)\b{NOT_NECESSARY}"
)
# "Doanh nghiệp hai nước cũng cần …", "Các nhà đầu tư … cần …": what those who trade and
# invest must do, which an interview or briefing asks of them as of the parties.
_OTHERS_NEED = re.compile(
    r"(?:^[“\"]?|,\s|[.!?]\s|(?:rằng|là)\s)(?P<who>(?:[Cc]ác\s+|[Nn]hững\s+)?"
    r"(?:[Dd]oanh nghiệp|[Nn]hà đầu tư)"
    r"(?:\s+(?!đã\b)[^\s.;,]+){0,2}?)\s+(?:cũng\s+)?(?P<need>cần|phải)\b" + NOT_NECESSARY
)


def _needs_doing(plain: str, at: int) -> bool:
    """Whether the need word at ``at`` ("cần", "phải") asks a deed: underthesea tags the
    first word after it, past adverbs and adjectives ("cần sớm ký", "cần nhanh chóng hoàn
    thiện …"), as a verb, and that is no amount ("cần thêm vốn", "cần khoảng 2 tỷ USD").
    Not a thing wanted ("Doanh nghiệp cần lao động có tay nghề cao")."""
    word = re.match(r"\S+", plain[at:])
    if not re.match(NO_AMOUNT, plain[at + (word.end() if word else 0) :]):
        return False
    for _, tag in pos_tagger()(plain[at:])[1:5]:  # (tagged with the need, in context)
        if tag not in ("A", "R"):
            return tag == "V"
    return False


# "Sáng 12/5, Bộ Ngoại giao chủ trì, phối hợp với … tổ chức …": a sentence opening with the
# day or time of the event reports it; a plan's tasks carry deadlines, not such openings.
_EVENT_OPENING = re.compile(
    r"^(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Đêm)\s+(?:nay|qua|mai|\d)|Hôm (?:nay|qua))[^,]{0,30},"
)


def _duty_of_party(plain: str, duty: re.Match) -> bool:
    """Whether the verb of duty is a party's: its clause's subject is one, or, where a
    comma opens the clause ("Sở … là cơ quan đầu mối, chủ trì …"), the sentence's head."""
    if AUTHORED_BY.search(plain, 0, duty.start()) or _MEETING.match(_subject(plain, duty.start())):
        return False  # "… do Việt Nam đồng chủ trì xây dựng", "Hội nghị có nhiệm vụ …"
    if _party_acts(plain, duty, "call"):
        return True
    head = _subject(plain, plain.find(",")) if 0 < plain.find(",") < duty.start() else ""
    return bool(head and PARTY.match(head)) and _commits(plain, duty, "call")


# "Theo Thứ trưởng, các trường đại học trong khu vực cần …": a need in a clause the sentence
# cites a speaker for is the speaker's call, whoever must act (not what was needed, "đã
# phải").
_WILL = re.compile(r"\bsẽ\b", re.IGNORECASE)
# A meeting as the subject: what it "sẽ" do is its agenda ("Hội nghị sẽ …"), no pledge.
_MEETING = re.compile(
    r"[“\"]?\s*(?:Hội nghị|Hội thảo|Diễn đàn|Kỳ họp|Phiên họp|Cuộc họp|Đối thoại|Đại hội)\b"
)
_CITED_NEED = re.compile(rf"^Theo\s+([^,]+),[^.;]*?(?<!đã)\s(cần|phải)\b{NOT_NECESSARY}")


def _compound_end(plain: str, at: int) -> bool:
    """Whether the modal-looking syllable at ``at`` closes a word the syllable before it
    opens ("hậu cần", logistics): the word segmenter reads the two as one."""
    head = plain[:at].rstrip()
    word = re.match(r"\w+", plain[at:])
    return bool(head and word) and head[-1].isalpha() and joins(head, word.group())


# "đã chỉ đạo …" with nothing still to come after it
_DONE = re.compile(r"\bđã(?:\s+(?:kịp thời|nhanh chóng|trực tiếp))?\s*$")
_STILL_TO_COME = re.compile(r"\b(?:tiếp tục|sẽ|cần)\b")


def _directs(plain: str, directive: re.Match) -> bool:
    """Whether "chỉ đạo" is the verb of the party before it ("Thủ tướng Phạm Minh Chính
    đã chỉ đạo …"), not a noun's modifier ("Thủ tướng đã ký văn bản chỉ đạo …"): its
    clause's subject is all a party's name. "yêu cầu" is read as before."""
    if directive.group().lower() != "chỉ đạo":
        return True
    subject = _subject(plain, directive.start())
    return len(_party_phrase(subject)) >= len(subject.strip(' “"'))


def _done(plain: str, directive: re.Match) -> bool:
    """Whether a directive was given and carried out ("Ngay sau khi …, Bộ Ngoại giao đã chỉ
    đạo Đại sứ quán liên hệ …"), a deed told, unlike one that goes on ("đã chỉ đạo các bộ,
    ngành tiếp tục …")."""
    return bool(_DONE.search(plain, 0, directive.start())) and not _STILL_TO_COME.search(
        plain, directive.end()
    )


def _dated_to_a_day(plain: str, will_at: int) -> bool:
    """Whether what the "sẽ" at ``will_at`` says is dated to a day ("Chiều mai, Thủ tướng
    sẽ …", "… sẽ khai trương vào ngày 20/5"): a programme, not a pledge, which is dated to
    a year or a period at most. A day before a verb of saying is the day it was said
    ("Ngày 5/3, Bộ trưởng khẳng định Việt Nam sẽ …")."""
    return any(
        m.is_day
        and not m.aside
        and (m.start > will_at or not _SAYING.search(plain, m.end, will_at))
        for m in find_dates(plain)
    )


def _tasks(plain: str, tasked: re.Match) -> bool:
    """Whether the "giao" a "được … giao" ends is the verb "assign", not a syllable of
    another word ("được giao lưu", "được giao thông"): the word segmenter, reading it with
    the words after it, leaves it alone."""
    before = plain[: tasked.start()].split()[-2:]
    words = _words(" ".join([*before, tasked.group(), *plain[tasked.end() :].split()[:3]]))
    return "giao" in words  # (not "bàn giao", "chuyển giao", "giao lưu")


@lru_cache(maxsize=1024)
def _words(phrase: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in word_segmenter()(phrase))


def _speaker_demands(plain: str, demand: re.Match) -> bool:
    """Whether what circumstances demand ("…, đòi hỏi X phải …") is said by a party at
    the event: the subject of a verb of saying before it ("Bộ trưởng nhấn mạnh …"), or the
    speaker the sentence cites ("Theo Bộ trưởng, …"), not a report's finding."""
    said = list(_SAYING.finditer(plain, 0, demand.start()))
    cited = _CITED.match(plain)
    speaker = _subject(plain, said[-1].start()) if said else (cited.group(1) if cited else "")
    party = PARTY.match(speaker) or COUNTRYS_ORGAN.match(speaker)
    return bool(party) and _commits(plain, demand, "call")


# "bản thân" (oneself), with or without a pronoun, or a personal pronoun alone, after a
# verb of saying: the subject is the speaker ("… khẳng định bản thân ông sẽ …", "… cho biết
# bà sẽ …")
_PRONOUNS = r"(?:ông|bà|tôi|mình|ngài|anh|chị)"
_ONESELF = rf"(?i:bản thân)(?:\s+{_PRONOUNS})?"
_REFLEXIVE = re.compile(rf"{_ONESELF}\s*$")
_SPEAKER_HIMSELF = re.compile(rf"(?:{_ONESELF}|{_PRONOUNS})\s*$")


def _party_will(plain: str, cue: re.Match) -> bool:
    """Whether what "sẽ" says will be done is a party's pledge: its clause's subject (the
    speaker's, where a verb of saying opens it with none) is a party ("Bộ Công Thương sẽ
    phối hợp …", "Phái đoàn thường trực Việt Nam … sẽ phối hợp …"), not a thing ("Dự án sẽ
    hỗ trợ …"), and it is no welcome, expectation or passive."""
    return _party_acts(plain, cue, "pledge")


def _party_acts(plain: str, cue: re.Match, kind: str) -> bool:
    """Whether the cue's clause has a party as its subject (see :func:`_party_will`) and
    commits."""
    subject = _subject(plain, cue.start())
    if _REFLEXIVE.match(subject):
        subject = ""  # "… khẳng định bản thân ông sẽ nỗ lực …": the speaker himself
    said = list(_SAYING.finditer(plain, 0, cue.start()))
    if not subject and said:  # "Bộ trưởng khẳng định sẽ hỗ trợ …": the speaker's pledge
        subject = _subject(plain, said[-1].start())
    opened = list(CLAUSE_OPENERS.finditer(plain, 0, cue.start()))
    if (
        opened
        and _SHARED_SUBJECT.search(plain[: cue.start()])
        and not (_SAYING.fullmatch(opened[-1].group()) and _is_party(subject))
    ):
        # "Thứ trưởng … đánh giá cao hiệu quả … và yêu cầu …": the verb shares the subject
        # of the clause the assessment opened, not its object; a clause a verb of saying
        # opens with a party of its own keeps it ("…, khẳng định Thượng viện Italy coi
        # trọng … và sẽ thúc đẩy …")
        subject = _shared(plain, opened) or subject
    return _is_party(subject) and _commits(plain, cue, kind)


def _shared(plain: str, opened: list[re.Match]) -> str:
    """The subject a verb after "và" shares: that of the nearest clause before it with a
    party as its subject, back across the commas of an object's list ("Chính phủ … luôn
    dành ưu tiên cho việc củng cố, phát triển …, đoàn kết … và sẽ phối hợp …"), not past
    the verb of saying that opened it; else the last clause's subject."""
    last = _subject(plain, opened[-1].start())
    for opener in reversed(opened):
        subject = _subject(plain, opener.start())
        if _is_party(subject):
            return subject
        if opener.group() not in (",", ";"):
            break
    return last


def _is_party(subject: str) -> bool:
    """Whether a clause's subject is a party: by its head word, a country's organ or a name."""
    return bool(
        PARTY.match(subject) or COUNTRYS_ORGAN.match(subject) or _PROPER_NAME.match(subject)
    )


# A subject that is a name alone, every word capitalised ("Petra Logistics", "Sunrise
# Agri-Foods"): a company or body the rules hold no head word for.
_PROPER_NAME = re.compile(rf"^[{UPPER}][^\s,.;:]*(?:\s+[{UPPER}][^\s,.;:]*){{0,4}}$")
# "Theo thỏa thuận, …", "Theo biên bản ghi nhớ vừa ký, …": what the accord at hand binds
# the parties to, not background a third source gives. So is a plan or instrument cited by
# its kind alone, capitalised as the document just named ("Theo Kế hoạch hành động, hai
# bên sẽ …", "Theo Nghị định thư, …"), unlike "theo kế hoạch" (as scheduled) or a text
# named in full ("Theo Hiệp định ATIGA, …"). A plan, decision or directive a report is about
# is cited so too ("Theo Quyết định, đến năm 2030, …", "Theo Đề án, các trường sẽ …"): its
# targets and tasks are its own, the news.
_ACCORD_AT_HAND = re.compile(
    r"^(?i:Theo)\s+(?:(?i:thỏa thuận|bản ghi nhớ|biên bản ghi nhớ|văn bản)"
    # the minutes the sides just signed, by their kind ("Theo Biên bản, …", "Theo biên bản
    # hội đàm, …", "Theo Biên bản Kỳ họp, …"): what they bind the sides to
    r"|(?i:biên bản)(?:\s+(?i:hội đàm|hội nghị|kỳ họp|làm việc|cuộc họp))?"
    r"|(?:Kế hoạch|Chương trình|Nghị định thư|Hiệp định|Ý định thư|Quy chế|Quyết định"
    r"|Đề án|Chỉ thị|Nghị quyết|Chiến lược|Nghị định|Thông tư)"
    r"(?:\s+(?:hợp tác|hành động|khung))?)"
    # (signed, said so or not: "Theo biên bản ký kết, …", "Theo Bản ghi nhớ đã ký, …")
    r"(?:\s+(?:(?:vừa|mới|được|đã)(?:\s+được)?\s+)?ký(?:\s+kết)?)?"
    # the text just named, by a demonstrative ("Theo thỏa thuận này, …", "Theo bản ghi nhớ
    # nói trên, …")
    r"(?:\s+(?:này|nói trên|trên))?\s*,"
)


# "theo chương trình" is as often a visit's agenda ("Theo chương trình, Bộ trưởng sẽ khảo sát
# …", the calendar) as the programme a report is about; what it assigns as a task ("Theo
# chương trình, Sở Công Thương được giao …", a call) is the programme's.
_PROGRAMME_AT_HAND = re.compile(r"^Theo chương trình,")


def _background(sentence: str, kind: str | None) -> bool:
    """Whether the sentence opens by citing a source other than the event or the text at
    hand (see BACKGROUND_SOURCE), which commits no one."""
    if not BACKGROUND_SOURCE.match(sentence) or _ACCORD_AT_HAND.match(sentence):
        return False
    return not (kind == "call" and _PROGRAMME_AT_HAND.match(sentence))


def _in_the_past(sentence: str, event_year: int | None) -> bool:
    """Whether a sentence tells what was done before the event: "đã" with nothing still to
    come, set in the past by its opening ("Thời gian qua, …", "Kể từ khi …, …", "Tại cuộc
    gặp năm 2018, …" before the event's year, unless the year dates a text the opening cites)
    or by a frame in the cue's own clause ("… đã
    đề xuất nhiều sáng kiến trong những năm qua"). Results from the past that a commitment
    builds on ("đánh giá cao kết quả đạt được thời gian qua và nhất trí …") date nothing,
    nor does anything date a pledge reaffirmed ("Trước đó, … tái khẳng định cam kết …")."""
    if not _PAST.search(sentence) or REAFFIRMED.search(sentence):
        return False
    if _PAST_OPENING.match(sentence):
        return True
    cue_at = _cue_position(sentence)
    opening = sentence[: sentence.find(",")] if 0 < sentence.find(",") < cue_at else ""
    if PAST_FRAME.search(opening) and not _RESULTS.search(opening):
        return True
    years = [int(y) for y in _YEAR.findall(opening)]
    if event_year and years and max(years) < event_year and not _CITES_A_TEXT.match(opening):
        return True
    before = _CLAUSE_BREAK.split(sentence[:cue_at])[-1]
    clause = before + _CLAUSE_BREAK.split(sentence[cue_at:])[0]
    dated = [int(y) for y in _WHEN_YEAR.findall(clause)]
    return bool(re.search(r"\bđã\b", before)) and (
        (bool(PAST_FRAME.search(clause)) and not _RESULTS.search(clause))
        # "Hai nước đã thống nhất nâng cấp quan hệ … vào tháng 9/2023" before the event
        or bool(event_year and dated and max(dated) < event_year)
    )


_YEAR = re.compile(r"\bnăm ((?:19|20)\d\d)\b")
# An opening that cites the text a deed rests on ("Căn cứ Thủ tục gia nhập được thông qua
# năm 2024, …", "Trên cơ sở Bản ghi nhớ ký năm 2022, …"): its year dates the text, not the
# sentence's deed.
_CITES_A_TEXT = re.compile(r"(?:Căn cứ|Trên cơ sở|Dựa trên|Phù hợp với)\b", re.IGNORECASE)
# When something was done: "vào (tháng 9/)2023", "hồi năm 2019", "tháng 9/2023" (not a
# period a plan covers, "giai đoạn 2021-2025").
_WHEN_YEAR = re.compile(
    r"(?:\b(?:vào|hồi|trong)\s+(?:năm\s+)?|\btháng\s+\d{1,2}/|\bngày\s+\d{1,2}/\d{1,2}/)"
    r"((?:19|20)\d\d)\b(?!\s*[-–])"
)
_RESULTS = re.compile(r"\b(?:kết quả|thành quả|thành tựu|đạt được)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;]|\s(?:và|đồng thời)\s")


_ACTOR = re.compile(
    r"(?:(?:[Cc]ác nước|[Hh]ai bên|Hội nghị|[Hh]ai nước|[Cc]ác bên|Những người đứng đầu \w+)"
    # leaders by title where no name is at hand: "Các Bộ trưởng", "Hai Thủ tướng",
    # "Phó Thủ tướng" (right before the verb, not "Bộ trưởng Bộ …" opening a name)
    r"|(?:(?:[Cc]ác|[Hh]ai) (?:Bộ trưởng|Thủ tướng|nhà lãnh đạo|Lãnh đạo|Trưởng đoàn)"
    r"|(?:Phó )?Thủ tướng|Bộ trưởng|Thứ trưởng|Đại sứ|Tổng thống|Chủ tịch nước)"
    # (what precedes the cue is searched, so the title ends it, or a verb of saying does)
    r"(?=(?:\s+(?:cũng|đã|tiếp tục|tái khẳng định|khẳng định|nhấn mạnh|bày tỏ))*\s*$)"
    r"|(?:Bộ|Ban|Cơ quan)\s+[^\s,.;:]+(?:\s+[^\s,.;:]+){0,5}?(?=\s+(?:với|tiếp tục|sẽ|cam kết|"
    r"đề nghị|sẵn sàng|nhất trí|luôn|có thể)\b)|" + "|".join(map(re.escape, COUNTRIES)) + r")"
)


# What may follow a party's head word as part of its name: capitalised words, each with
# at most one syllable in lower case after it ("Các Bộ trưởng Lao động ASEAN", "Bộ Lao
# động - Thương binh và Xã hội", "Thủ tướng … và Thủ tướng Thái Lan …"), or the members a
# count names ("các nước thành viên").
_PARTY_TAIL = re.compile(
    rf"(?:\s+(?:[{UPPER}0-9][^\s,.;:“”\"]*"
    rf"(?:\s+[{LOWER}]+(?=\s+(?:(?:và|[-–])\s+)?[{UPPER}]|[\s,.;:]*$))?"
    rf"|[-–](?=\s+[{UPPER}])|và(?=\s+[{UPPER}])|thứ hai|thành viên|đối tác))*"
)
# Between a quote opening the sentence and its speaker: "“…”, Đại sứ Hàn Quốc … nói."
_SPEAKER = re.compile(
    r"^[“\"][^”\"]*[”\"]\s*,?\s*(.+?)\s+(?:nói|khẳng định|nhấn mạnh|cho biết|phát biểu"
    r"|chia sẻ|nêu rõ|tuyên bố)\b"
)
_SAYING = re.compile(rf"\b(?:{SAYS})(?:\s+rằng)?[\s,:]*")
# "Theo Bộ trưởng, …": the speaker a sentence cites.
_CITED = re.compile(r"^Theo\s+([^,]+),")
# What may stand between a clause break and the members a call names ("…, chúng ta cần",
# "đòi hỏi ASEAN phải", "nhấn mạnh rằng các nước cần").
_BEFORE_MEMBERS = re.compile(r"[\s,]*(?:\S+\s+){0,3}?(?=(?:[Cc]ác|[Hh]ai|[Mm]ỗi|chúng|ASEAN)\b)")


def _party_phrase(text: str) -> str:
    """The party ``text`` opens with, in full ("Các Bộ trưởng Lao động ASEAN"), or ""."""
    m = PARTY.match(text)
    if not m:
        return ""
    end = m.end()
    if end < len(text) and not text[end].isspace():  # "Bộ C|ông Thương": read the word whole
        end = text.rfind(" ", 0, end)
    end = _PARTY_TAIL.match(text, end).end()
    return text[:end].strip(' “"')


def _named(text: str, people: Sequence[str]) -> str:
    """The last person of ``people`` named in ``text``, or ""."""
    spots = [(text.rfind(name), name) for name in people if name in text]
    return max(spots)[1] if spots else ""


def _actor(sentence: str, cue_at: int, people: Sequence[str]) -> str:
    """Who commits: the speaker of a quote that opens the sentence; else the subject of the
    cue's clause, a person or a party ("Bộ Lao động - Thương binh và Xã hội cam kết …",
    "Các Bộ trưởng ghi nhận … và nhất trí …"); else the nearest person, body or country
    named before the cue phrase; else the speaker a sentence cites ("Theo Bộ trưởng, …"),
    or the members a call names ("…, các nước ASEAN cần …"). A numbered paragraph's mark
    ("4. Phía Ba Lan sẽ …") stands before its subject, not in it."""
    mark = _ITEM_MARK.match(sentence)
    if mark and 0 < mark.end() <= cue_at:
        return _actor(sentence[mark.end() :], cue_at - mark.end(), people)
    bound = next((subject for subject, _, _ in _set_out_duties(sentence)), "")
    if _party_phrase(bound):  # "Văn kiện xác định hai Ủy ban sẽ …": who it binds
        return _party_phrase(bound)
    speaker = _SPEAKER.match(sentence)
    if speaker and cue_at < speaker.start(1):
        # (a speaker named by a bare title or pronoun, "…”, Bộ trưởng nói.", as printed)
        found = _named(speaker.group(1), people) or _party_phrase(speaker.group(1))
        return found or speaker.group(1).strip()
    others = _OTHERS_NEED.match(sentence, cue_at)
    if others:
        return others.group("who")  # "Doanh nghiệp hai nước cũng cần …": who must act
    side = _SIDE_NEED.match(sentence)
    if side and cue_at <= side.start("need"):
        return side.group(1).strip()  # "Về phía doanh nghiệp, cần …": the side asked
    at = cue_at
    shared = bool(_SHARED_SUBJECT.search(sentence[:cue_at]))
    # what circumstances demand ("tình hình …, đòi hỏi X phải …") is the speaker's call, as
    # is a need of a subject that is no party ("… nhấn mạnh …, hợp tác tiểu vùng cần …")
    demanded = bool(DEMANDED_OF.match(sentence, cue_at) or _NEED.match(sentence, cue_at))
    for _ in range(3):
        subject = _subject(sentence, at)
        if _SPEAKER_HIMSELF.match(subject) and _SAYING.search(sentence, 0, at):
            subject = ""  # the speaker's own pledge: the speaker acts
        found = _named(subject, people) or _party_phrase(subject)
        found = found or (subject if _PROPER_NAME.match(subject) else "")
        if found:
            return found
        # "Ông Benedicto nhấn mạnh rằng …": a clause a verb of saying opens, with no
        # subject of its own, is the speaker's, as is a verb that shares the speaker's
        # subject ("A và B đã nhấn mạnh sự phát triển … và nhất trí …")
        said = list(_SAYING.finditer(sentence, 0, at))
        if (subject and not shared and not demanded) or not said:
            break
        at = said[-1].start()
    # a text that says it ("Tuyên bố chung … khẳng định mong muốn của hai bên …") speaks for
    # those who adopted it, before any name inside its title
    found = _text_subject(sentence[:cue_at]) or _nearest(sentence[:cue_at], people)
    if found:
        return found
    cited = _CITED.match(sentence)
    if cited and cue_at > cited.end():
        found = _named(cited.group(1), people) or _party_phrase(cited.group(1))
    members = _BEFORE_MEMBERS.match(sentence, cue_at)
    # (a cue read from the clause's opening: "Bộ Khoa học và Công nghệ, Bộ Tài chính cần …")
    opening = _party_phrase(sentence[cue_at:].lstrip(" ,"))
    # (whose a commitment affirmed by its noun is: "khẳng định cam kết của ADMM …")
    owner = _OWNER.match(sentence, cue_at)
    return (
        found
        or (_party_phrase(sentence[members.end() :]) if members else "")
        or opening
        or (_party_phrase(sentence[owner.end() :]) if owner else "")
    )


_OWNER = re.compile(r"cam kết\s+của\s+", re.IGNORECASE)
_TEXT_SUBJECT = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in DOCUMENT_WORDS) + r")\b[^,.;]*?(?=\s+(?:cũng\s+)?"
    rf"(?:tái khẳng định|{SAYS})\b)"
)


def _text_subject(sentence: str) -> str:
    """The text a sentence opens with as the subject of a verb of saying ("Tuyên bố chung
    khẳng định …"), which speaks for the parties that adopted it; or ""."""
    m = _TEXT_SUBJECT.match(sentence)
    return m.group() if m else ""


def _nearest(head: str, people: Sequence[str]) -> str:
    """The person, body or country named last in ``head``."""
    best, best_at = "", -1
    for name in people:
        at = head.rfind(name)
        if at > best_at:
            best, best_at = name, at
    for m in _ACTOR.finditer(head):
        if m.start() > best_at:
            best, best_at = m.group().strip(), m.start()
    return best


def _cue_position(sentence: str) -> int:
    plain = _unquoted(sentence)
    cues = [cue for _, cue in KIND_CUES] + [WILL_ACT, DEMANDS, TASKED, DEMANDED_OF, DUTY]
    cues += [_SIDE_NEED, _OTHERS_NEED]
    positions = [m.start() for cue in cues if (m := cue.search(plain))]
    if not positions:  # a speaker's call by a need of its own ("… nhấn mạnh …, X cần …")
        positions = [m.start() for m in _NEED.finditer(plain)][:1]
    if not positions:  # a pledge by "sẽ" and a verb of doing of its own
        positions = [m.start() for m in _WILL.finditer(plain)][:1]
    return min(positions) if positions else len(sentence)


def _lists_pledges(lead: str, event_year: int | None) -> bool:
    """Whether a lead with no cue ("Việt Nam xác định 5 ưu tiên lớn:") introduces what a
    party will do: it names an agenda, and not as the topics a meeting discussed ("… đã
    thảo luận các giải pháp sau:"), what was welcomed or thanked for, or what was done
    before. Attendees, documents adopted and results listed are no pledges."""
    return bool(AGENDA.search(lead)) and not (
        DISCUSSED.search(lead) or NOT_COMMITTING.search(lead) or _in_the_past(lead, event_year)
    )


def extract_commitments(
    sentences: Sequence[str], people: Sequence[str] = (), event_year: int | None = None
) -> tuple[Commitment, ...]:
    """Commitments in text order; list items and continuations inherit actor and kind.

    ``event_year``, the event's own year, dates what was done before it."""
    found: list[Commitment] = []
    lead: tuple[str, str] | None = None  # (actor, kind) of an introducing sentence
    introduced = False  # whether the lead ends in ":", introducing a list
    previous_was_commitment = False
    for i, sentence in enumerate(sentences):
        if is_question(sentence):  # a question asks; it commits no one
            lead, previous_was_commitment = None, False
            continue
        # (the items a proposal announced are its points, whoever they name: "đề xuất ba
        # nhóm giải pháp." then "Thứ nhất, hai bên …")
        inherits = introduced or not _own_subject(sentence)
        if ENUMERATION.match(sentence) and lead and inherits:
            if not _PAST.search(_RELATIVE.sub("", sentence)):
                found.append(Commitment(Bilingual(lead[0]), Bilingual(sentence), lead[1], sentence))
                continue
            if introduced:  # a past item ends no list: the items after it still follow
                continue
        if not is_complete(sentence):
            continue
        kind = _kind(sentence)
        if (
            _in_the_past(sentence, event_year)
            or _background(sentence, kind)
            or EXPERTS_SAY.match(sentence)
        ):
            kind = None
        if kind is None and previous_was_commitment and lead and CONTINUATION.match(sentence):
            found.append(Commitment(Bilingual(lead[0]), Bilingual(sentence), lead[1], sentence))
            continue
        previous_was_commitment = False
        if kind is None and lead and not introduced and ENUMERATION.match(sentence):
            continue  # an item with its own subject that commits nothing: the list goes on
        if sentence.rstrip().endswith(":"):
            # "Phó Thủ tướng đề nghị:" then "Tăng cường …" sentences: each is a proposal
            lead = (_actor(sentence, _cue_position(sentence), people), kind or "pledge")
            introduced = True
            previous_was_commitment = kind is not None
            if kind is None and not _lists_pledges(sentence, event_year):
                lead = None
            continue
        announced = _announced_agenda(sentence, event_year) if kind is None else None
        if announced and ENUMERATION.match(next(iter(sentences[i + 1 :]), "")):
            # "Thủ tướng đưa ra ba đề xuất." then "Một là, …": each item is the speaker's
            lead, introduced = (_actor(sentence, announced[0], people), announced[1]), True
            continue
        lead, introduced = None, False
        if kind is None:
            continue
        actor = _actor(sentence, _cue_position(sentence), people)
        if not actor and _NUMBERED_NEED.match(sentence):
            actor = _last_named(sentences[:i], people)  # the speaker whose point it is
        lead, previous_was_commitment = (actor, kind), True
        if _announces(sentence) and ENUMERATION.match(next(iter(sentences[i + 1 :]), "")):
            # "… tập trung vào ba ưu tiên." then "Thứ nhất, …": the items commit, each the
            # speaker's, whatever it opens with ("Một là, Liên hợp quốc cần …")
            introduced = True
            continue
        if _ANNOUNCES_BELOW.search(sentence):
            continue  # "… các nhiệm vụ trọng tâm sau đây.": the tasks below commit
        found.append(Commitment(Bilingual(actor), Bilingual(sentence), kind, sentence))
    return tuple(found)


def _last_named(sentences: Sequence[str], people: Sequence[str]) -> str:
    """The person named last before a speech's numbered point: its speaker."""
    return next((found for s in reversed(sentences) if (found := _named(s, people))), "")


_ITEM_MARK = re.compile(rf"^(?:{ENUMERATION.pattern[1:]})[\s,]*")


def _own_subject(item: str) -> bool:
    """Whether an enumerated item opens with a party of its own ("5. Các Bộ trưởng hoan
    nghênh …", "Thứ hai, chúng ta phải …"): a statement's numbered paragraph, which says
    for itself whether it commits, not an item of the commitment before it."""
    rest = _FRAMED.sub("", _ITEM_MARK.sub("", item, count=1), count=1)
    return bool(PARTY.match(rest) or COUNTRYS_ORGAN.match(rest))


# A paragraph may open on its topic before its subject ("5. Về các vấn đề quốc tế, hai bên
# …", "Liên quan đến …, phía Ba Lan …"): the subject after the comma is its own.
_FRAMED = re.compile(
    r"^(?:Về|Liên quan (?:đến|tới)|Đối với|Trong lĩnh vực|Trên lĩnh vực)\s[^,;.]{1,80},\s*"
)


# A sentence that ends by counting the points it announces ("đề nghị các nước tập trung vào
# ba ưu tiên.", "đề xuất hai nhóm giải pháp."), when the items follow, only announces them.
_ANNOUNCES = re.compile(
    r"\b(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|một số)\s+(?:nhóm\s+|điểm\s+)?"
    r"(?:ưu tiên|định hướng|nhiệm vụ|giải pháp|mục tiêu|biện pháp|trọng tâm|nội dung|điểm"
    r"|vấn đề|đề xuất|kiến nghị|lĩnh vực|đột phá|trụ cột)"
    # (of what: "bốn định hướng hợp tác", "ba giải pháp chiến lược")
    r"(?:\s+(?:hợp tác|phát triển|chiến lược|hành động))?"
    r"(?:\s+(?:sau|sau đây|như sau|chính|lớn|quan trọng|trọng tâm|chủ yếu|cụ thể|then chốt"
    r"|ưu tiên))*"
    # and the field and period they are for ("… ba định hướng lớn cho giai đoạn tới.", "…
    # một số biện pháp cụ thể trong hợp tác song phương thời gian tới.")
    r"(?:\s+(?:cho|trong)\s+(?:quan hệ|hợp tác)(?:\s+(?:song phương|hai nước|giữa hai nước))?)?"
    r"(?:\s+(?:cho|trong)?\s*(?:giai đoạn|thời gian|năm|nhiệm kỳ)\s+(?:tới|sắp tới|mới))?"
    # and what they are for ("… ba nội dung nhằm nâng cao hiệu quả hợp tác.")
    r"(?:\s+(?:để|nhằm)\s[^.;:!?]*)?"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)


# Counted points that are what the speaker puts forward (proposals) or will do (pledges),
# not topics ("ba nội dung", "hai vấn đề", "năm lĩnh vực").
_PROPOSED_POINTS = re.compile(
    r"\b(?:đề xuất|kiến nghị|định hướng|giải pháp|biện pháp|sáng kiến)\b", re.IGNORECASE
)
_PLEDGED_POINTS = re.compile(r"\b(?:ưu tiên|nhiệm vụ|mục tiêu|trọng tâm|đột phá)\b", re.IGNORECASE)


def _announced_agenda(sentence: str, event_year: int | None) -> tuple[int, str] | None:
    """Where a sentence with no cue announces the points of an agenda it counts, and their
    kind ("Thủ tướng đưa ra ba đề xuất.", "…, đồng thời nêu ba định hướng lớn cho giai
    đoạn tới."): not topics discussed, what a welcome is about, or what was done before."""
    m = _ANNOUNCES.search(sentence)
    if m is None or not _announces(sentence):
        return None
    points = sentence[m.start() :]
    kind = (
        "proposal"
        if _PROPOSED_POINTS.search(points)
        else "pledge"
        if _PLEDGED_POINTS.search(points)
        else None
    )
    if (
        kind is None
        or DISCUSSED.search(sentence)
        or _welcomed(sentence, m.start())
        or _in_the_past(sentence, event_year)
    ):
        return None
    return m.start(), kind


# A sentence that ends by pointing at what follows it ("… tập trung thực hiện các nhiệm vụ,
# giải pháp trọng tâm sau đây.", "… như sau."): it only announces points to come
# (docs/annotating.md), whatever the lines below look like.
_ANNOUNCES_BELOW = re.compile(r"\b(?:sau đây|như sau)\s*[.!]?\s*$", re.IGNORECASE)


def _announces(sentence: str) -> bool:
    """Whether a sentence ends by counting the points that follow it, not by a name that
    holds a count ("… thực hiện đầy đủ Đồng thuận 5 điểm."): of the two words before the
    count, the last is not capitalised, nor the first unless it ends an item mark or a lead
    ("1.", ":")."""
    m = _ANNOUNCES.search(sentence)
    if m is None:
        return False
    before = sentence[: m.start()].split()[-2:]
    if len(before) < 2:
        return True
    first, last = before
    return not last[:1].isupper() and (not first[:1].isupper() or first.endswith((".", ":")))
