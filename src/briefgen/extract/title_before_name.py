"""The person an official title introduces: the name after the title, the role between.

The words after a title run to the end of the clause ("Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng
cho biết …"); the first run among them that reads as a name is the person, and the words
before it are the role's. A comma goes on inside a ministry named by its fields or to a
second title, and the name may follow the role as an apposition (", ông Tanaka Hiroshi").
"""

from __future__ import annotations

import re

from briefgen.extract.geo_words import GEO_KEYS, GEO_LENGTHS, ends_with_country
from briefgen.extract.name_runs import (
    NAME_RUN,
    NAME_RUN_RE,
    ORG_HEADS,
    SIR,
    name_words,
    role_and_name,
)
from briefgen.extract.name_words import NAME_DO, NAME_WORD
from briefgen.extract.person_verbs import PERSON_VERB_RE
from briefgen.extract.role_titles import TITLE_RE, academic
from briefgen.extract.word_patterns import LOWER, UPPER
from briefgen.normalize import fold

TITLE = re.compile(TITLE_RE)
# An institution's head noun right before a name run: the run is the institution's own
# name ("Đại học Western Plains", "Tập đoàn Sunrise Agri-Foods"), not a person's.
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:Đại học|Trường|Học viện|Tập đoàn|Công ty|Ngân hàng|Quỹ|Tổ chức|Hãng)\s*$"
)
# A verb the person is the subject of, in lower case, ends the role: what comes after it
# is what they do, so a name there is someone else's or a body's ("… nhất trí với đề xuất
# của Aidlink Nordic").
# (not a word of a body's name: "Bộ Lao động và Việc làm Philippines", "Bộ Công nghệ
# thông tin và Truyền thông": the verb goes on in lower case, not with "và")
# … or before the honorific of the person it addresses ("Thủ tướng chúc mừng Ngài …").
_VERB_IN_ROLE = re.compile(rf"\s{PERSON_VERB_RE}(?=\s+(?:(?!và\b)[{LOWER}]|(?:Ngài|Ông|Bà)\s))")
_VERB_NEXT = re.compile(rf"\s*(?:và\s|{PERSON_VERB_RE})")
# Where the words after a title stop: punctuation (not an initial's or a suffix's full
# stop, nor the comma before "Jr."), a dash, or the verb the person is the subject of.
_CLAUSE_END = re.compile(
    r"(?<![\s.][A-Z])(?<!\bJr)(?<!\bDr)(?<!\bHj)(?<!\bMa)"
    # nor an abbreviated rank's before the name ("Pol. Gen. Damrongsak")
    r"(?!(?<=\b[A-Z][a-z])\.\s+[A-Z])(?!(?<=\b[A-Z][a-z]{2})\.\s+[A-Z])"
    r"(?!(?<=\b[A-Z][a-z]{3})\.\s+[A-Z])"
    # nor an abbreviation's: "UBND TP. Hồ Chí Minh", "TS. Nguyễn Văn An"
    r"(?<!\bTP)(?<!\bTp)(?<!\bTS)(?<!\bGS)(?<!\bThS)(?<!\bPGS)\.(?=\s|$)"
    # nor two initials' inside a name ("Meynardo LB. Montealegre")
    r"(?!(?<=\s[A-Z]{2}\.)\s+[A-Z][a-z])"
    r"|,(?!\s*Jr\b)|[;:()“”\"]"
    # a dash ends the role unless a capitalised word goes on ("Vụ Trung Quốc – Đông Bắc Á",
    # "Bộ Lao động - Thương binh và Xã hội") or the body it belongs to ("– thuộc Tổng cục …")
    rf"|\s[-–](?!\s*(?:[{UPPER}]|thuộc\s))"
    # (not the Portuguese "do" inside a name: "Đại sứ Timor-Leste Luís do Rosário Soares")
    rf"|\s(?:đã|được|(?!{NAME_DO})do|là|cho|tại Hội nghị)\s"
)
# Brackets that belong to the role: an acronym or the body a unit belongs to ("Hiệp hội các
# quốc gia Đông Nam Á (ASEAN) Kao Kim Hourn", "Cục Hợp tác quốc tế (Bộ Lao động …) Nguyễn …").
# A meeting's acronym may carry its number or another acronym ("(ALMM 28)", "(SOM ALMM)").
_ROLE_BRACKET = re.compile(
    r"\(\s*(?:[A-Z][A-Za-z0-9&+\-]{1,14}(?:\s+(?:\d{1,4}|[A-Z][A-Z0-9&+\-]{1,14}))*"
    # (or a body's short name: "Trung tâm … (Trung tâm AHA)")
    r"|(?:Bộ|Ban|Vụ|Cục|Sở|Tổng cục|Ủy ban|Viện|Cơ quan|Văn phòng|Trung tâm|Tổ chức|Hiệp hội"
    r"|Học viện|Quỹ|Mạng lưới)\s[^()]{1,80}?)\s*\)"
    # … or to the name: an honorific in brackets ("Dato (Dr.) Hj Mohd Amin")
    r"|\((?:Dr|Rtd|Ret)\.?\)"
)
# "Tổng giám đốc Cơ quan Công vụ Malaysia, ông Wan Ahmad Dahlan": the name after the role.
# … after a dash ("Thủ tướng Lào - ông …"), or alone in brackets ("Bộ trưởng … (Vilayvong
# Bouddakham)").
# A name of one word is addressed too: initials glued to a surname ("…, ông V.Putin,"), or
# a foreign word when the role ends with the country ("…, ông Sugiono,").
_ADDRESSED = re.compile(
    rf"(?:,|\s*[-–])\s*{SIR}\s+(?P<name>{NAME_RUN}|{NAME_WORD}(?![\w'’.-]))"
    rf"|\s*\(\s*(?:{SIR}\s+)?(?P<bracketed>{NAME_RUN})\s*\)"
)
# A country or place in brackets after a governor's or mayor's office, before the name
# ("Thống đốc tỉnh Gauteng (Nam Phi) Thabo Mokoena"): the role's too.
_PLACE_BRACKET = re.compile(r"\(\s*([^()]{2,30}?)\s*\)")
MAX_ROLE_WORDS = 16
_BRACKETS = re.compile(r"\([^()]*\)")
# Lower-case words that go on with a role after its country ("Đại sứ Nhật Bản tại Việt
# Nam", "… Lào kiêm …", "Chủ tịch ASEAN năm 2020"); any other starts what the person does.
_AFTER_COUNTRY = frozenset(
    [
        "tại",
        "ở",
        "bên",
        "cạnh",
        "về",
        "và",
        "kiêm",
        "phụ",
        "thuộc",
        "của",
        "khu",
        "đặc",
        "nhiệm",
        "khóa",
        "khoá",
        "lần",
        "trong",
        "giai",
        "năm",
    ]
)
MAX_COMMA_SPANS = 3
_CAPITALISED = re.compile(rf"\s*[{UPPER}]")


def without_predicate(role: str) -> str:
    """A role read up to punctuation, without what its holder does after the country
    that ends it ("Thứ trưởng Bộ Nội vụ Lào gợi mở …" → "Thứ trưởng Bộ Nội vụ Lào"):
    a name's country is a role's last word, so a verb no list holds still ends it. A
    country that starts a body's name is a word of it ("Vụ Pháp chế"), and one in lower
    case is no country ("pháp luật")."""
    words = list(re.finditer(r"\S+", role))
    for i in range(2, len(words)):
        n = next(
            (
                n
                for n in GEO_LENGTHS
                if n < i
                and words[i - n].group()[0].isupper()
                and fold(" ".join(w.group() for w in words[i - n : i])) in GEO_KEYS
            ),
            0,
        )
        after = words[i].group()
        if (
            n
            and words[i - n - 1].group() not in ORG_HEADS
            and after.islower()
            and after.isalpha()
            and after not in _AFTER_COUNTRY
        ):
            return role[: words[i - 1].end()]
    return role


# A title inside a meeting's or body's name, or one that names a building or an office, is
# no one's ("Chủ tịch Hội nghị Bộ trưởng Kinh tế ASEAN …", "Văn phòng Chủ tịch nước").
IN_NAME = re.compile(
    r"\b(?:Phủ|Dinh|Văn phòng|Trụ sở|Hội nghị|Hội đồng|Diễn đàn|Ủy ban|Liên minh|Nhóm|Hội"
    # ("Ban Thư ký ASEAN", the secretariat; "Ban Giám đốc", a board)
    r"|Hiệp hội|Ban)\s+$"
)
# The kinds of place a name follows in lower case ("thủ đô Buenos Aires", "tỉnh Ibaraki").
_PLACE_KINDS = "tỉnh|bang|tiểu bang|thành phố|quận|huyện|thị xã|thị trấn|vùng|thủ đô"
# A preposition of place before capitalised words, with the kind of place or not: a place
# follows ("tại Phnom Penh, …", "ở thủ đô Buenos Aires").
_PLACE_BEFORE = re.compile(
    rf"(?:^|\s)(?:[tT]ại|[tT]ừ|[ởỞ]|đến|tới|thăm)(?:\s+(?:{_PLACE_KINDS}|đảo))?\s+$"
)


# A lower-case administrative unit before capitalised words: a place's name follows
# ("Thống đốc tỉnh Ibaraki Oigawa Kazuhiko", "Chủ tịch Ủy ban châu Âu Ursula von der Leyen");
# or a body's generic word or kind, and its own name follows ("Chủ tịch Tập đoàn Samsung
# Lee Jae-yong", "Giám đốc Công ty Cổ phần Hoàng Long Nguyễn Văn Nam").
_BODY_KINDS = (
    "tập đoàn|công ty|hãng|ngân hàng|hiệp hội|liên đoàn|liên hiệp|viện|trung tâm|nhà máy"
    "|câu lạc bộ|cổ phần|trách nhiệm hữu hạn|một thành viên|đại học|cao đẳng|học viện"
    "|trung học phổ thông|trung học cơ sở|tiểu học|tạp chí"
)
# A province's or a city's party committee is named after it as the unit is ("Bí thư Tỉnh
# ủy Cam Túc", "Bí thư Thành ủy Hải Phòng Lê Văn Thành"), or left unnamed ("Bí thư Tỉnh ủy
# Nguyễn Văn Sơn").
_COMMITTEE = r"(?:Tỉnh|Thành) (?:ủy|uỷ)"
# (a legislature's chamber is no institute: "Chủ tịch Thượng viện Men Sam", "Hạ viện")
_UNIT_BEFORE = re.compile(
    rf"(?:^|\s)(?:{_PLACE_KINDS}|xã|phường|châu|TNHH|{_COMMITTEE}|"
    + "|".join(
        ("(?<!Thượng )(?<!Hạ )(?<!Nghị )" if k == "viện" else "") + f"[{k[0].upper()}{k[0]}]{k[1:]}"
        for k in _BODY_KINDS.split("|")
    )
    + r")\s+$"
)


# A province or a city, which a local office names without its name ("Chủ tịch UBND tỉnh
# Nguyễn Văn Sơn"); a ward or a street may bear a hero's name ("phường Trần Hưng Đạo").
_PROVINCE_OR_CITY_BEFORE = re.compile(rf"(?:^|\s)(?:tỉnh|thành phố|{_COMMITTEE})\s+$")


def placed(before: str) -> bool:
    """Whether the words before a name end with a preposition of place ("tại", "ở")."""
    return bool(_PLACE_BEFORE.search(" ".join(before.split()) + " "))


_NEXT_PERSON_BEFORE = re.compile(rf"\svà\s+(?:(?:{SIR}|đồng chí)\s+)?$")
# Where a second title of the same person starts: "…, Chủ tịch …", "… kiêm Bộ trưởng …".
_NEXT_TITLE = re.compile(r"(?:^|,|\skiêm)\s*$")


# A Lao name printed with a syllable apart and in lower case ("Kham phan Philavong"): a
# short unaccented word between unaccented capitalised ones.
_SPLIT_SYLLABLE = re.compile(rf"\s+([a-z]{{2,8}})\s+({name_words(0)})")


def _with_split_syllable(window: str, run: re.Match) -> str | None:
    """The run joined to the rest of a name split by a lower-case syllable, when the
    joined name is the last thing before the verb; None if the run goes on otherwise."""
    m = _SPLIT_SYLLABLE.match(window, run.end())
    if not (m and run.group().split()[-1].isascii() and m.group(2).split()[0].isascii()):
        return None
    rest = window[m.end() :].strip()
    if _VERB_NEXT.match(m.group(1) + " ") or (rest and not _VERB_NEXT.match(rest)):
        return None  # "Hun Sen trao Huy chương …": a verb, not a syllable
    return window[run.start() : m.end()]


# A word that, with the lower-case word after it, starts a title or a meeting's name: the
# text goes on past the name without a comma ("Thứ trưởng Vũ Chiến Thắng Trưởng đoàn …").
_NEXT_NOUN = re.compile(rf"{TITLE_RE}|(?:Hội nghị|Hội thảo|Hội đàm|Diễn đàn|Lễ)\b")


def _without_next_noun(window: str, run: re.Match) -> str:
    """The run without a last word that starts the noun after the name."""
    words = run.group().split()
    last = run.start() + run.group().rindex(words[-1])
    if len(words) >= 3 and _NEXT_NOUN.match(window, last):
        return " ".join(words[:-1])
    return run.group()


# Where the person is, after the name ("… Trung Quốc Tập Cận Bình tại hội nghị").
_PLACE_NEXT = re.compile(r"(?:tại|ở)\s")


def _led_by_country(run: str) -> bool:
    """Whether a capitalised run starts with a country, which ends the role before it."""
    words = run.split()
    return any(fold(" ".join(words[:n])) in GEO_KEYS for n in GEO_LENGTHS if n < len(words))


_COMPASS = frozenset(fold(w) for w in ("Đông", "Tây", "Nam", "Bắc"))


def _region(name: str) -> bool:
    """Whether a would-be name is a region, as a department joined by dashes names them
    ("Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương"): a place, or a compass point and one."""
    words = fold(name).split()
    return " ".join(words) in GEO_KEYS or (
        len(words) > 1 and words[0] in _COMPASS and " ".join(words[1:]) in GEO_KEYS
    )


def _name_in(window: str, *, lone: bool = False) -> tuple[str, str] | None:
    """(role words before the name, the name) of the first person named in ``window``;
    None past another title ("Tổng Bí thư, Chủ tịch nước X và Tổng Bí thư Y": Y is the
    second title's), except one that opens a comma's segment (a second role). ``lone``:
    the title is one after which a single foreign word ending the clause is a name."""
    for run in NAME_RUN_RE.finditer(window):
        title = TITLE.match(window, run.start())
        if title and title.end() > run.end():
            continue  # "Phó Tổng Thư ký": a second title, not a name ending before "ký"
        rest = window[run.end() :].strip()
        ends_clause = (
            not rest
            or bool(_VERB_NEXT.match(rest))
            or bool(_PLACE_NEXT.match(rest) and _led_by_country(run.group()))
        )
        split = role_and_name(
            _without_next_noun(window, run),
            ends_clause=ends_clause,
            after_unit=bool(_UNIT_BEFORE.search(window, 0, run.start())),
            lone=lone and ends_clause,
            place_elided=bool(_PROVINCE_OR_CITY_BEFORE.search(window, 0, run.start())),
        )
        joined = None if split else _with_split_syllable(window, run)
        if joined:
            split = role_and_name(joined, ends_clause=True)
        before = window[: run.start()]
        if any(
            not _NEXT_TITLE.search(before[: t.start()])
            and not IN_NAME.search(before[: t.start()])
            and not academic(t.group())  # "Thứ trưởng Bộ Y tế PGS.TS …": the post's
            for t in TITLE.finditer(before)
        ):
            return None
        if split and _NEXT_PERSON_BEFORE.search(f"{before} {split[0]}"):
            return None  # "Vụ trưởng Vụ Pháp chế và Trần Thị Bình, …": someone else
        if split and (placed(f"{before} {split[0]}") or _region(split[1])):
            continue  # "Đại sứ Việt Nam tại Kuala Lumpur …": a place, not a person
        if split and _INSTITUTION_BEFORE.search(f"{before} {split[0]}"):
            continue  # "Phó Hiệu trưởng Đại học Western Plains": the university's name
        # each title of a role held with another may be long ("Bộ trưởng Bộ …, Chủ tịch
        # Hội đồng quản trị Quỹ … Lào X"): the words are counted after the last comma
        # (a bracketed acronym or short name adds no words: "… (Trung tâm AHA)")
        # (nor does a dash joining a region's parts: "châu Á - Thái Bình Dương")
        counted = _BRACKETS.sub(" ", before.rsplit(",", 1)[-1])
        if split and sum(w not in "-–" for w in counted.split()) <= MAX_ROLE_WORDS:
            extra, name = split
            return f"{window[: run.start()]} {extra}", name
    return None


def named_after_title(
    sentence: str, title_end: int, *, lone: bool = False, object_of_verb: bool = False
) -> tuple[str, str] | None:
    """(role words after the title, name) of the person a title introduces.

    The words run to the end of the clause; a comma before a capitalised word goes on
    inside an organisation's name ("Bộ Thông tin, Văn hóa và Du lịch Lào …") or to a
    second title ("Bộ trưởng Bộ Ngoại giao, Chủ tịch …"), and a name may follow the role
    as an apposition (", ông Tanaka Hiroshi"). A title that is the object of a verb
    opening the clause ("Tiếp Đại sứ, Thứ trưởng …") goes on to no second title: the one
    after the comma is the subject's.
    """
    stop = title_end
    inside = [m.span() for m in _ROLE_BRACKET.finditer(sentence, title_end)]
    inside += [
        m.span()
        for m in _PLACE_BRACKET.finditer(sentence, title_end)
        if fold(m.group(1)) in GEO_KEYS
    ]
    for segment in range(MAX_COMMA_SPANS):
        end = _CLAUSE_END.search(sentence, stop)
        while end and (span := next((s for s in inside if s[0] <= end.start() < s[1]), None)):
            end = _CLAUSE_END.search(sentence, span[1])
        stop = end.start() if end else len(sentence)
        window = sentence[title_end:stop]
        verb = _VERB_IN_ROLE.search(window)
        # ("Phó Chủ tịch UBND tỉnh nhất trí với đề xuất của Aidlink Nordic": no name
        # after the verb; one addressed after the clause still is: "…, ông Lee nói")
        found = _name_in(window[: verb.start()] if verb else window, lone=lone and segment == 0)
        if found:
            return found
        addressed = _ADDRESSED.match(sentence, stop)
        name = addressed and role_and_name(
            addressed.group("name") or addressed.group("bracketed"),
            ends_clause=True,
            lone=ends_with_country(window),
            honored=bool(addressed.group("name")),  # ", ông Israel Navarro": all name
        )
        if name:
            return without_predicate(f"{window} {name[0]}"), name[1]
        if object_of_verb or not (
            end and end.group() == "," and _CAPITALISED.match(sentence, end.end())
        ):
            return None
        stop = end.end()
    return None
