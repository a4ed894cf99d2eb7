"""Named people with their role and organisation, merged across mentions.

A person is a capitalised run of words led by a known surname (or a run of unaccented
capitalised words, for foreign names) written right after an official title
("Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng") or right before one ("ông Phạm Minh Hùng,
Vụ trưởng Vụ Cải cách hành chính").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from briefgen.extract.lexicon import (
    CAP_WORD,
    COUNTERPART,
    LONE_NAME_TITLES,
    LOWER,
    NAME_PARTICLE,
    NAME_PARTICLES,
    NAME_WORD,
    NATIONS,
    PERSON_VERB_RE,
    PLACES,
    SURNAMES,
    TITLE_RE,
    UPPER,
)
from briefgen.extract.names import (
    HONORIFICS,
    foreign_word,
    institution,
    lone_name,
    province_names,
    single_foreign_name,
    territory_names,
    vietnamese_syllable,
)
from briefgen.extract.presence import Mention, spoken, spoken_of, welcomed
from briefgen.normalize import fold
from briefgen.records import Bilingual, Participant


# Up to sixteen name words, particles between them ("bin", "von der"), initials of two
# letters inside ("Meynardo LB. Montealegre"); ", Jr." and "III" stay with the name they end.
def _words(least: int) -> str:
    word = rf"(?:{NAME_WORD}|[A-Z]{{2}}\.(?=\s+[A-Z]))"
    return (
        rf"{NAME_WORD}(?:\s+(?:{NAME_PARTICLE}\s+)*{word}){{{least},15}}"
        r"(?:,\s*Jr\.?|\s+(?:II|III|IV)\b)?"
    )


_RUN = _words(1)
# "ông", "bà" or "ngài": how the prose introduces a person by name.
_SIR = "(?:ông|bà|ngài|Ông|Bà|Ngài)"
_TITLE = re.compile(TITLE_RE)
# Titles after which one foreign word can be the whole name ("Thứ trưởng Tanaka").
_LONE_TITLE = re.compile(
    "(?:(?:Phó|phó|Quyền|quyền) )?(?:"
    + "|".join(f"[{t[0]}{t[0].lower()}](?i:{re.escape(t[1:])})" for t in LONE_NAME_TITLES)
    + r")"
)
# After a title, one word may be the whole name ("Tổng thống E.Macron").
_RUN_RE = re.compile(_words(0))
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
    r"|\s(?:đã|được|do|là|cho|tại Hội nghị)\s"
)
# Brackets that belong to the role: an acronym or the body a unit belongs to ("Hiệp hội các
# quốc gia Đông Nam Á (ASEAN) Kao Kim Hourn", "Cục Hợp tác quốc tế (Bộ Lao động …) Nguyễn …").
# A meeting's acronym may carry its number or another acronym ("(ALMM 28)", "(SOM ALMM)").
_ROLE_BRACKET = re.compile(
    r"\(\s*(?:[A-Z][A-Za-z0-9&+\-]{1,14}(?:\s+(?:\d{1,4}|[A-Z][A-Z0-9&+\-]{1,14}))*"
    r"|(?:Bộ|Ban|Vụ|Cục|Sở|Tổng cục|Ủy ban|Viện|Cơ quan|Văn phòng)\s[^()]{1,80}?)\s*\)"
    # … or to the name: an honorific in brackets ("Dato (Dr.) Hj Mohd Amin")
    r"|\((?:Dr|Rtd|Ret)\.?\)"
)
# "… và bà Trần Thị Bình, Phó Vụ trưởng …": "và" before someone else ends a role.
_NEXT_PERSON = rf"và\s+(?:(?:{_SIR}|đồng chí)\s|{_RUN}(?:,|\s[-–])\s+{TITLE_RE})"
_ROLE_WORDS = rf"{TITLE_RE}(?:\s+[^\s,.;:()“”\"]+){{0,16}}?"
# A ministry named by its fields, listed with commas and "và" ("Bộ Thông tin, Văn hóa và
# Du lịch Lào", "Bộ Lao động, Thương binh và Xã hội"): the comma goes on inside the name.
_FIELD = rf"[{UPPER}][^\s,.;:()“”\"]*\s+[{LOWER}][^\s,.;:()“”\"]*"
_ROLE_FIELDS = (
    rf"(?:(?:,\s+{_FIELD}){{0,4}},\s+{_FIELD}"
    rf"(?:\s+[^\s,.;:()“”\"]+){{0,2}}?\s+và\s+[{UPPER}]"
    r"[^\s,.;:()“”\"]*(?:\s+[^\s,.;:()“”\"]+){0,8}?)?"
)
_ROLE_WORDS = rf"{_ROLE_WORDS}{_ROLE_FIELDS}"
# An unaccented name with a syllable apart in lower case ("Kham phan Philavong, Bộ trưởng").
_ASCII_WORDS = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*"
_SPLIT_RUN = rf"(?<!\w){_ASCII_WORDS}\s+(?!{PERSON_VERB_RE})[a-z]{{2,8}}\s+{_ASCII_WORDS}"
# An organisation after a comma goes on the role ("…, Vụ trưởng Vụ Hợp tác quốc tế, Bộ Nội vụ").
_ORG_WORDS = (
    rf"(?:Bộ|Ban|Cục|Tổng cục|Ủy ban|Viện|Văn phòng|Sở)\s+[{UPPER}][^\s,.;:()“”\"]*"
    r"(?:\s+[^\s,.;:()“”\"]+){0,8}?"
)
# A short aside in brackets between a name and its role: the country, or the name as
# spelt at home ("ông Khamphet Sisavath (Lào), Bộ trưởng …", "Lý Hiển Long (Lee Hsien
# Loong), Thủ tướng Singapore").
_ASIDE = r"(?:\s*\([^()]{1,40}\))?"
# A name of one word: initials glued to the surname ("ông E.Macron, Phó Vụ trưởng …").
_GLUED_INITIALS = r"(?<![\w.])(?:[A-Z]\.){1,3}[A-Z][a-z]+"
_AFTER = re.compile(
    # one title or several ("…, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Nội vụ"), or a second
    # title held with the first ("… kiêm Trưởng SOM")
    rf"(?P<name>{_RUN}|{_SPLIT_RUN}|{_GLUED_INITIALS}){_ASIDE}(?P<sep>,|\s[-–]|\s+kiêm)\s+"
    rf"(?P<role>{_ROLE_WORDS}(?:,\s+(?:{_ROLE_WORDS}|{_ORG_WORDS}))*)"
    # the role stops at punctuation or at the verb after it ("…, Thứ trưởng Bộ Nội vụ làm
    # Trưởng đoàn", "…, Tổng Thư ký ASEAN cảm ơn …"), not at a noun's ("Việc làm"; "Thư
    # ký" is no verb by the grammar of "ký")
    rf"(?=\s*(?:[,.;:(]|$|(?<!Việc)\s{PERSON_VERB_RE}|\s{_NEXT_PERSON}))"
)
# The same with a role longer than the rule above reads, or followed by a verb no list
# holds; it stands only where a country ends the role ("Ông Lee Jong-ho, Bộ trưởng Bộ Khoa
# học và Công nghệ thông tin và Truyền thông Hàn Quốc thông tin về …").
_AFTER_OPEN = re.compile(
    rf"(?P<name>{_RUN}|{_SPLIT_RUN}){_ASIDE}(?P<sep>,|\s[-–])\s+"
    rf"(?P<role>{TITLE_RE}(?:\s+[^\s,.;:()“”\"]+){{1,24}})"
)
# "…, Sugiono, Bộ trưởng Ngoại giao Indonesia và …": a name of one word in a list, with its
# role after it; kept only where the word is shaped like a foreign name and the role ends
# with the country, as a first mention's does.
_LONE_AFTER = re.compile(
    rf"(?:,|\svà|(?<!\w){_SIR})\s+(?P<name>{NAME_WORD}){_ASIDE},\s+(?P<role>{_ROLE_WORDS})"
    rf"(?=\s*(?:[,.;:(]|$|\s{PERSON_VERB_RE}|\svà\s))"
)
_ORG_START = re.compile(
    r"\b(?:Bộ|Ban|Vụ|Cục|Cơ quan|Ủy ban|Văn phòng|Đại sứ quán|Viện|Hội đồng)\s+"
    rf"(?:{CAP_WORD}|[{CAP_WORD[1:].split(']')[0]}]).*$"
)
# "Tổng giám đốc Cơ quan Công vụ Malaysia, ông Wan Ahmad Dahlan": the name after the role.
# … after a dash ("Thủ tướng Lào - ông …"), or alone in brackets ("Bộ trưởng … (Vilayvong
# Bouddakham)").
# A name of one word is addressed too: initials glued to a surname ("…, ông V.Putin,"), or
# a foreign word when the role ends with the country ("…, ông Sugiono,").
_ADDRESSED = re.compile(
    rf"(?:,|\s*[-–])\s*{_SIR}\s+(?P<name>{_RUN}|{NAME_WORD}(?![\w'’.-]))"
    rf"|\s*\(\s*(?:{_SIR}\s+)?(?P<bracketed>{_RUN})\s*\)"
)
# Where a clause's subject starts: the sentence's start, or a comma after an adverbial
# ("Ngày 30/11, …"); not inside one led by a verb ("Tiếp Đại sứ …, Bộ trưởng …").
_CLAUSE_START = re.compile(r"(?:^|[,;:])\s*(?:(?:ông|bà|Ông|Bà|đồng chí|Đồng chí)\s+)?$")
# "ông Kao Kim Hourn (Tổng Thư ký ASEAN)": the role in brackets after the name.
# … or a name of one word an honorific introduces ("ông Putin (Trưởng đoàn Nga)").
_AFTER_SIR = (
    "(?:" + "|".join(f"(?<={w} )" for w in ("ông", "bà", "ngài", "Ông", "Bà", "Ngài")) + ")"
)
_BRACKETED = re.compile(
    rf"(?P<name>{_RUN}|{_GLUED_INITIALS}|{_AFTER_SIR}{NAME_WORD})"
    rf"\s*\(\s*(?P<role>{TITLE_RE}[^()]{{0,120}}?)\s*\)"
)
# "Hai Bộ trưởng Lê Minh Hoan và Dith Tina", "các Bộ trưởng Ngoại giao: X, Y và Z": one title
# in the plural for the names after it.
# The names may each have their country in brackets ("các Bộ trưởng Ngoại giao ASEAN gồm
# X (Lào), Y (Campuchia) và Z (Thái Lan)"), and a list of several needs no "và".
_COUNTRY_ASIDE = r"(?:\s*\([^()]{1,30}\))?"
_SHARED_TITLE = re.compile(
    rf"(?<!\w)(?:[Hh]ai|[Bb]a|[Cc]ác|[Nn]hững)\s+(?P<title>{TITLE_RE}(?:\s+[^\s,.;:()]+){{0,4}}?)"
    r"(?:\s*:|\s+gồm(?: có)?)?\s+"
    rf"(?P<names>{_RUN}{_COUNTRY_ASIDE}(?:(?:\s*,\s*{_RUN}{_COUNTRY_ASIDE})+"
    rf"(?:\s+và\s+{_RUN}{_COUNTRY_ASIDE})?|\s+và\s+{_RUN}{_COUNTRY_ASIDE}))"
)
_ASIDE_AFTER = re.compile(r"\s*\(([^()]{1,30})\)")
# "Đại sứ Nhật Bản ông Yamada Takio", "…, TS. Nguyễn Văn Hùng": the honorific or degree
# before the name is not the role's.
_HONORIFIC_END = re.compile(
    rf",?\s+(?:{_SIR}|(?:GS|PGS|TS|ThS)\.?(?:TS\.?)?|Mrs?\.?|Ms\.?"
    r"|(?:Phó )?[Gg]iáo sư|[Tt]iến sĩ|[Tt]hạc sĩ)$"
    # … nor a military rank after the comma ("…, Trung tướng Tun Tun Naung")
    r"|,\s+(?:(?:Đại|Thượng|Trung|Thiếu|Thống|Chuẩn)\s+)?[Tt]ướng$"
    r"|,\s+(?:Đại|Thượng|Trung|Thiếu)\s+tá$"
)
_COUNTRY_KEYS = {fold(c): c for c in NATIONS}
# First words of organisation names, which a capitalised run ending a role can be
# ("Giám đốc Sở Ngoại Vụ"); a name is not.
_ORG_HEADS = frozenset(
    [
        "Bộ",
        "Ban",
        "Vụ",
        "Cục",
        "Sở",
        "Viện",
        "Ủy",
        "Uỷ",
        "Hội",
        "Tổng",
        "Văn",
        "Trường",
        "Học",
        "Ngân",
        "Quỹ",
        "Liên",
        "Hiệp",
        "Phòng",
        "Đảng",
        "Nhà",
        "Cơ",
        "Đoàn",
        "Quân",
        "Chính",
        "Quốc",
        "Thành",
        "Tỉnh",
        "Huyện",
        "Đại",
        "Trung",
        "Tòa",
        "Công",
        "Cộng",
    ]
)
_PARTICLES = frozenset(NAME_PARTICLES)
_PLACE_KEYS = frozenset(fold(p) for p in PLACES)
_TERRITORY_KEYS = frozenset(fold(t) for t in (*territory_names(), *province_names()))
_GEO_KEYS = _COUNTRY_KEYS.keys() | _PLACE_KEYS | _TERRITORY_KEYS
_GEO_LENGTHS = sorted({len(k.split()) for k in _GEO_KEYS}, reverse=True)
MAX_ROLE_WORDS = 16
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


# Surnames that lead a name and are seldom a middle name (unlike "Văn", "Hoàng", "Lâm").
_LEADING_SURNAMES = frozenset(
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Ngô",
        "Trương",
        "Đinh",
        "Đào",
    ]
)


def _unlisted_name(tail: list[str]) -> bool:
    """A name led by no listed surname, read in Vietnamese ("Hùng Ba", "Tập Cận Bình"):
    two to four single capitalised syllables, not an organisation's or country's words,
    nor a place's before a surname-led name ("Thủ Đức Nguyễn Văn An"; "Châu Văn Lâm" is a
    name, "Văn" being a middle name more often than a surname)."""
    return (
        2 <= len(tail) <= 4
        and tail[0] not in _ORG_HEADS
        and tail[1] not in _LEADING_SURNAMES
        and all(re.fullmatch(f"[{UPPER}][{LOWER}]+", w) and vietnamese_syllable(w) for w in tail)
    )


def _foreign_name(tail: list[str]) -> bool:
    """Every word shaped like a foreign name's ("Khamphet Sisavath", "Xỏn-xay Xi-phăn-đon",
    "Dato Seri Anwar bin Ibrahim"), and not an organisation's head word."""
    return tail[0] not in _ORG_HEADS and all(foreign_word(w) or w in _PARTICLES for w in tail)


# Honorifics that open a Malay, Bruneian, Cambodian or Burmese name ("Tan Sri", "Dato",
# "Samdech", "Daw"); a word before one that is no honorific or particle is the role's.
_NAME_OPENERS = frozenset(["Dato", "Dato'", "Dato’", "Datuk", "Datin", "Tun", "Samdech", "Daw"])


def _opens_name(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` opens a name after the one word of a body's name ("Petronas");
    after more, they are a Bruneian chain of honorifics ("Pehin Orang Kaya … Dato …")."""
    before = words[k - 1]
    opener = words[k] in _NAME_OPENERS or words[k : k + 2] == ["Tan", "Sri"]
    return (
        opener
        and k == 1
        and before not in HONORIFICS
        and before not in _PARTICLES
        and len(words) - k >= 2
    )


# Vietnamese words written without marks that open a sentence, capitalised there, which
# the shape of a foreign name would otherwise take in ("Theo Reuters, …", "Sau Bangkok").
_OPENERS = frozenset(["Theo", "Sau", "Trong", "Khi"])
# English courtesy titles before a name, which are no part of it ("Mr. Fukazawa Yoichi").
_COURTESY = frozenset(["Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms"])
_NATION_WORDS = frozenset(k for k in _COUNTRY_KEYS if " " not in k)
_MANY_WORD_GEO = frozenset(fold(t) for t in territory_names() if " " in t) | (
    _COUNTRY_KEYS.keys() - _NATION_WORDS
)


def _without_country_after(words: list[str]) -> list[str]:
    """A run's words without the country or place after the name, which opens what
    follows ("Tổng thống Indonesia Prabowo Subianto Indonesia ủng hộ …"): no name ends
    with one, except a single Vietnamese syllable that is a given name too ("Anh", "Nga"),
    and a Vietnamese place only after a foreign name ("Nguyễn Thái Bình" is a name)."""
    for n in _GEO_LENGTHS:
        if len(words) - n < 2:
            continue
        key, rest = fold(" ".join(words[-n:])), words[:-n]
        country = key in _MANY_WORD_GEO or (
            key in _NATION_WORDS and not vietnamese_syllable(words[-1])
        )
        if country or (key in _GEO_KEYS and _foreign_name(rest)):
            return rest
    return words


def _geo_length(words: list[str], start: int) -> int:
    """How many words from ``start`` name a country or place; 0 if none does."""
    return next(
        (n for n in _GEO_LENGTHS if fold(" ".join(words[start : start + n])) in _GEO_KEYS), 0
    )


def _person(
    run: str, *, ends_clause: bool = False, after_unit: bool = False, lone: bool = False
) -> tuple[str, str] | None:
    """Split a capitalised run into (words before the name, the name), or None.

    A name is led by a listed surname or is foreign in shape (see
    :mod:`briefgen.extract.names`); with ``ends_clause`` (the run is the last thing before
    the verb) a title's words followed by any capitalised syllables name a person too. One
    word is a name only with initials joined to it ("E.Macron"), or with ``lone`` (the run
    ends the clause after a government's or diplomat's title) when it is shaped like a
    foreign name ("Tanaka"). ``after_unit``: the run follows an administrative unit or a
    company ("tỉnh", "tập đoàn"), so its first word names the place or the company.
    """
    words = _without_country_after(run.split())
    # a country or place ends the role ("… Lào Khamphet", "… TP. Hồ Chí Minh Phan Văn Mãi")
    skip = next(
        (n for n in _GEO_LENGTHS if n <= len(words) and fold(" ".join(words[:n])) in _GEO_KEYS),
        1 if after_unit and len(words) >= 3 else 0,
    )
    # … or comes inside the run, after a body's name ("… Samsung Việt Nam Choi Joo-ho"),
    # when no surname before it starts a name; a place's first syllable is no surname
    # ("… Lotte Hà Nội Việt Nam Kim Jung-ho": "Hà" opens "Hà Nội", not a name)
    opens_name = bool(words) and words[0] in SURNAMES and not _geo_length(words, 0)
    j = len(words) if opens_name else max(skip, 1)
    while j < len(words) - 2:
        if n := _geo_length(words, j):
            skip = j + n if len(words) - (j + n) >= 2 else skip
            j += n
        elif words[j] in SURNAMES:
            break
        else:
            j += 1
    # a country right before one foreign word, the last before the verb, ends a role as a
    # first mention's does ("Thứ trưởng Bộ Lao động, Thương binh và Xã hội Indonesia
    # Sugiono khẳng định", "Trưởng đoàn Indonesia Sugiono")
    lone = lone or (
        ends_clause
        and any(
            fold(" ".join(words[skip - n : skip])) in _GEO_KEYS for n in _GEO_LENGTHS if n <= skip
        )
    )
    for i, word in enumerate(words):
        if i < skip or word in _PARTICLES or word in _COURTESY or word.islower():
            continue
        if i == 0 and word in _OPENERS:
            continue  # "Theo Reuters, Bộ trưởng …": a source, not a name
        tail = words[i:]
        if len(tail) < 2:
            if not (single_foreign_name(word) or (lone and i == skip and lone_name(word))):
                return None
        elif not (
            word in SURNAMES
            or _foreign_name(tail)
            or (ends_clause and i == skip and _unlisted_name(tail))
        ):
            continue
        if institution(tail):
            continue  # "Mekong Institute Suriyan …": the name comes after the body's
        # "Petronas Tan Sri Tengku …": an honorific that opens a name opens it here
        i += next((k for k in range(1, len(tail)) if _opens_name(tail, k)), 0)
        tail = words[i:]
        name = " ".join(tail)
        if fold(name) in _GEO_KEYS:
            return None
        return " ".join(words[:i]), name
    return None


def _without_predicate(role: str) -> str:
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
                for n in _GEO_LENGTHS
                if n < i
                and words[i - n].group()[0].isupper()
                and fold(" ".join(w.group() for w in words[i - n : i])) in _GEO_KEYS
            ),
            0,
        )
        after = words[i].group()
        if (
            n
            and words[i - n - 1].group() not in _ORG_HEADS
            and after.islower()
            and after.isalpha()
            and after not in _AFTER_COUNTRY
        ):
            return role[: words[i - 1].end()]
    return role


# "ông", "bà" or "ngài" right before a name.
_HONORED = re.compile(rf"(?<!\w){_SIR}\s+$")


def _person_named(sentence: str, m: re.Match, role: str) -> tuple[str, str] | None:
    """The person in a name set before its role; one an honorific introduces ("Ông Châu
    Văn Lâm, Thứ trưởng …") may be led by a surname no list holds, or be one foreign word
    where the role ends with the country ("ông Putin (Trưởng đoàn Nga)")."""
    run = m.group("name")
    words = run.split()
    if words[0] in ("Ông", "Bà", "Ngài") and len(words) > 1:
        return _person(" ".join(words[1:]), ends_clause=True, lone=_introduced(role))
    honored = bool(_HONORED.search(sentence, 0, m.start("name")))
    return _person(run, ends_clause=honored, lone=honored and _introduced(role))


def _to_body_name(role: str) -> str:
    """A role read past its end, cut after its last capitalised word and the lower-case
    syllable that completes it ("Vụ trưởng Vụ Pháp chế bổ sung …" → "… Vụ Pháp chế"): a
    body's name ends on a capitalised word of two syllables more often than not."""
    words = list(re.finditer(r"\S+", role))
    last = max((i for i, w in enumerate(words) if w.group()[0].isupper()), default=0)
    if last + 1 < len(words) and words[last + 1].group().isalpha():
        last += 1
    return role[: words[last].end()]


def _org(role: str) -> str | None:
    """The organisation or country a role names ("Thứ trưởng Bộ Nội vụ" → "Bộ Nội vụ")."""
    m = _ORG_START.search(role)
    if m:
        return m.group().strip()
    for key, country in _COUNTRY_KEYS.items():
        if fold(role).endswith(" " + key):
            return role[-len(country) :]
    return None


# A title that names a building or an office, not its holder ("tại Phủ Chủ tịch",
# "Chủ nhiệm Văn phòng Chủ tịch nước …").
_SEAT = re.compile(r"\b(?:Phủ|Dinh|Văn phòng|Trụ sở|Ban)\s+$")
# … or inside a meeting's or body's name ("Chủ tịch Hội nghị Bộ trưởng Kinh tế ASEAN …").
_IN_NAME = re.compile(
    r"\b(?:Phủ|Dinh|Văn phòng|Trụ sở|Hội nghị|Hội đồng|Diễn đàn|Ủy ban|Liên minh|Nhóm|Hội"
    r"|Hiệp hội)\s+$"
)
# A verb opening the clause right before a title: the title is its object ("Tiếp Đại sứ, …").
_VERB_LED = re.compile(rf"(?:^|[,;:])\s*{PERSON_VERB_RE}\s+$", re.IGNORECASE)
# A title held "as" a capacity opens an adverbial, and the comma after it closes it ("Với vai
# trò Chủ tịch ACCSM 21, Bộ trưởng …"): the title after the comma is the subject's own.
_CAPACITY_LED = re.compile(
    r"(?:(?:với|trong)\s+(?:vai trò|tư cách)|trên\s+cương vị)(?:\s+là)?\s+$", re.IGNORECASE
)
# A title after "ông X," is X's role, so what follows it is the role's body, not a name
# ("ông Park Hak-kyu, Phó Chủ tịch Samsung Electronics").
_APPOSED_BEFORE = re.compile(rf"(?<!\w){_SIR}\s+{_RUN},\s*$")
# … unless that apposition is the object of the verb opening its clause ("Tiếp Đại sứ Nhật
# Bản, ông Tanaka Hiroshi, Bộ trưởng Bùi Thanh Sơn …"): the title after it is the subject's.
_OBJECT_BEFORE = re.compile(rf"(?:^|[,;:])\s*{PERSON_VERB_RE}\s+[^,;:]+,\s*$", re.IGNORECASE)
# A title in the plural names no one by itself ("các Bộ trưởng Lao động ASEAN, …").
_PLURAL = re.compile(r"(?<!\w)(?:các|những|Các|Những)\s+$")
# A preposition of place before capitalised words: a place follows ("tại Phnom Penh, …").
_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:[tT]ại|[tT]ừ|[ởỞ]|đến|tới|thăm)\s+$")


# A lower-case administrative unit before capitalised words: a place's name follows
# ("Thống đốc tỉnh Ibaraki Oigawa Kazuhiko", "Chủ tịch Ủy ban châu Âu Ursula von der Leyen");
# or a company's, in a word ("Chủ tịch Tập đoàn Samsung Lee Jae-yong").
_UNIT_BEFORE = re.compile(
    r"(?:^|\s)(?:tỉnh|bang|tiểu bang|thành phố|quận|huyện|vùng|thủ đô|châu"
    r"|[Tt]ập đoàn|[Cc]ông ty|[Hh]ãng)\s+$"
)


def _placed(before: str) -> bool:
    """Whether the words before a name end with a preposition of place ("tại", "ở")."""
    return bool(_PLACE_BEFORE.search(" ".join(before.split()) + " "))


_NEXT_PERSON_BEFORE = re.compile(rf"\svà\s+(?:(?:{_SIR}|đồng chí)\s+)?$")
# Where a second title of the same person starts: "…, Chủ tịch …", "… kiêm Bộ trưởng …".
_NEXT_TITLE = re.compile(r"(?:^|,|\skiêm)\s*$")


# A Lao name printed with a syllable apart and in lower case ("Kham phan Philavong"): a
# short unaccented word between unaccented capitalised ones.
_SPLIT_SYLLABLE = re.compile(rf"\s+([a-z]{{2,8}})\s+({_words(0)})")


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
    return any(fold(" ".join(words[:n])) in _GEO_KEYS for n in _GEO_LENGTHS if n < len(words))


def _name_in(window: str, *, lone: bool = False) -> tuple[str, str] | None:
    """(role words before the name, the name) of the first person named in ``window``;
    None past another title ("Tổng Bí thư, Chủ tịch nước X và Tổng Bí thư Y": Y is the
    second title's), except one that opens a comma's segment (a second role). ``lone``:
    the title is one after which a single foreign word ending the clause is a name."""
    for run in _RUN_RE.finditer(window):
        title = _TITLE.match(window, run.start())
        if title and title.end() > run.end():
            continue  # "Phó Tổng Thư ký": a second title, not a name ending before "ký"
        rest = window[run.end() :].strip()
        ends_clause = (
            not rest
            or bool(_VERB_NEXT.match(rest))
            or bool(_PLACE_NEXT.match(rest) and _led_by_country(run.group()))
        )
        split = _person(
            _without_next_noun(window, run),
            ends_clause=ends_clause,
            after_unit=bool(_UNIT_BEFORE.search(window, 0, run.start())),
            lone=lone and ends_clause,
        )
        joined = None if split else _with_split_syllable(window, run)
        if joined:
            split = _person(joined, ends_clause=True)
        before = window[: run.start()]
        if any(
            not _NEXT_TITLE.search(before[: t.start()]) and not _IN_NAME.search(before[: t.start()])
            for t in _TITLE.finditer(before)
        ):
            return None
        if split and _NEXT_PERSON_BEFORE.search(f"{before} {split[0]}"):
            return None  # "Vụ trưởng Vụ Pháp chế và Trần Thị Bình, …": someone else
        if split and _placed(f"{before} {split[0]}"):
            continue  # "Đại sứ Việt Nam tại Kuala Lumpur …": a place, not a person
        # each title of a role held with another may be long ("Bộ trưởng Bộ …, Chủ tịch
        # Hội đồng quản trị Quỹ … Lào X"): the words are counted after the last comma
        if split and len(before.rsplit(",", 1)[-1].split()) <= MAX_ROLE_WORDS:
            extra, name = split
            return f"{window[: run.start()]} {extra}", name
    return None


def _named_after_title(
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
    for segment in range(MAX_COMMA_SPANS):
        end = _CLAUSE_END.search(sentence, stop)
        while end and (span := next((s for s in inside if s[0] <= end.start() < s[1]), None)):
            end = _CLAUSE_END.search(sentence, span[1])
        stop = end.start() if end else len(sentence)
        window = sentence[title_end:stop]
        found = _name_in(window, lone=lone and segment == 0)
        if found:
            return found
        addressed = _ADDRESSED.match(sentence, stop)
        name = addressed and _person(
            addressed.group("name") or addressed.group("bracketed"),
            ends_clause=True,
            lone=_introduced(window),
        )
        if name:
            return _without_predicate(f"{window} {name[0]}"), name[1]
        if object_of_verb or not (
            end and end.group() == "," and _CAPITALISED.match(sentence, end.end())
        ):
            return None
        stop = end.end()
    return None


# A name addressed after a role ("…, ông Tanaka Hiroshi"): the role is that person's.
_NEXT_ADDRESSED = re.compile(rf"\s*,\s*{_SIR}\s+{NAME_WORD}")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _inside_country(sentence: str, title: re.Match) -> bool:
    """Whether a title's first word ends a country's name with the word before it
    ("Trung Quốc Vương Nghị" holds no "Quốc vương", king)."""
    before = _WORD_BEFORE.search(sentence, 0, title.start())
    first = title.group().split()[0]
    return bool(before) and fold(f"{before.group(1)} {first}") in _GEO_KEYS


def mentions(sentence: str) -> list[Mention]:
    """Every titled person named in one sentence, once, in text order, with the fullest
    role the sentence gives them and where their mention starts and ends."""
    nearest: dict[str, tuple[int, str]] = {}
    spans: dict[str, tuple[int, int]] = {}
    for m in _TITLE.finditer(sentence):
        if any(r.search(sentence, 0, m.start()) for r in (_SEAT, _PLURAL, _IN_NAME)):
            continue  # "Hội nghị Bộ trưởng …": a meeting's name, no one's title
        if _inside_country(sentence, m):
            continue  # "Trung Quốc Vương Nghị": a country and a name, not "Quốc vương"
        if any(at <= m.start() < at + len(n) for n, (at, _) in nearest.items()):
            continue  # a title inside a name found ("Quốc vương Brunei Sultan Haji …")
        apposed = _APPOSED_BEFORE.search(sentence, 0, m.start())
        if apposed and not _OBJECT_BEFORE.search(sentence, 0, apposed.start()):
            continue
        found = _named_after_title(
            sentence,
            m.end(),
            lone=bool(_LONE_TITLE.fullmatch(m.group())),
            object_of_verb=any(
                r.search(sentence, 0, m.start()) for r in (_VERB_LED, _CAPACITY_LED)
            ),
        )
        if found is None:
            continue
        words, name = found
        # "Bộ trưởng Bộ Nội vụ Lào - Kham phan Philavong": the dash is not the role's
        role = _HONORIFIC_END.sub("", " ".join(f"{m.group()}{words}".split())).rstrip(" ,-–")
        at = sentence.find(name, m.end())
        if name not in nearest or len(role) > len(nearest[name][1]):
            nearest[name] = (at, role)
        start = min(m.start(), spans.get(name, (m.start(), 0))[0])
        spans[name] = (start, max(at + len(name), spans.get(name, (0, 0))[1]))
    after = [*_AFTER.finditer(sentence), *_BRACKETED.finditer(sentence)]
    for m in [*after, *_AFTER_OPEN.finditer(sentence)]:
        role = _without_predicate(m.group("role").strip())
        if m.re is _AFTER_OPEN and role == m.group("role").strip():
            # no country says where the role ends: only a name an honorific introduces
            # keeps it, up to the body's name ("ông X, Vụ trưởng Vụ Pháp chế bổ sung …")
            honored = m.group("name").split()[0] in ("Ông", "Bà", "Ngài")
            if not (honored or _HONORED.search(sentence, 0, m.start("name"))):
                continue
            role = _to_body_name(role)
        role = role.rstrip(" -–")
        split = _person_named(sentence, m, role)
        if split and _placed(f"{sentence[: m.start('name')]} {split[0]}"):
            continue  # "tại Kuala Lumpur, Bộ trưởng …": a place, not a person
        if any(m.start("role") <= at < m.end("role") for at, _ in nearest.values()):
            continue  # the role names someone else ("…, Bộ trưởng Bùi Thanh Sơn đã …")
        if any(at < m.start("name") < at + len(n) for n, (at, _) in nearest.items()):
            continue  # the end of a name found ("… Gilberto C. Teodoro Jr., đại sứ, …")
        if not split:
            continue
        name = split[1]
        if m.re is _AFTER_OPEN and name in nearest:
            continue
        if name not in nearest:
            nearest[name] = (m.start("name"), role)
            spans[name] = (m.start("name"), m.start("role") + len(role))
        elif (
            spans[name][1] == m.end("name")
            and role not in nearest[name][1]
            and not _TITLE.fullmatch(role)
            and _CLAUSE_START.search(sentence, 0, spans[name][0])
            and not _NEXT_ADDRESSED.match(sentence, m.end("role"))
        ):
            # a second title after the name a first one introduced, the clause's subject
            # ("Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng, Trưởng đoàn Việt Nam, …"); not in a
            # clause led by a verb ("Tiếp Đại sứ Nhật Bản, ông Tanaka Hiroshi, Bộ trưởng
            # …"), nor a bare title, the subject of what follows
            sep = " kiêm " if "kiêm" in (m.groupdict().get("sep") or "") else ", "
            nearest[name] = (nearest[name][0], f"{nearest[name][1]}{sep}{role}")
            spans[name] = (spans[name][0], m.end())
    for m in _LONE_AFTER.finditer(sentence):
        name, role = m.group("name"), m.group("role")
        taken = any(m.start("name") <= at < m.end("role") for at, _ in nearest.values())
        if lone_name(name) and _introduced(role) and name not in nearest and not taken:
            nearest[name] = (m.start("name"), role)
            spans[name] = (m.start("name"), m.end("role"))
    for m in _SHARED_TITLE.finditer(sentence):
        names = m.group("names")
        for run in re.finditer(_RUN, names):
            if names[: run.start()].rstrip().endswith("("):
                continue  # the country in brackets after a name
            split = _person(run.group(), ends_clause=True)
            if split and not split[0] and split[1] not in nearest:
                at = m.start("names") + run.start()
                aside = _ASIDE_AFTER.match(names, run.end())
                country = aside and aside.group(1).strip()
                role = m.group("title")
                if country and fold(country) in _GEO_KEYS:
                    role = _in_country(role, country)
                nearest[split[1]] = (at, role)
                spans[split[1]] = (at, at + len(run.group()))
    people = sorted((at, name, role) for name, (at, role) in nearest.items())
    return [
        Mention(name, _counterpart_role(role, [r for a, _, r in people if a < at]), *spans[name])
        for at, name, role in people
    ]


def _counterpart_role(role: str, before: list[str]) -> str:
    """A counterpart's office: the title of the person named before them in the sentence,
    with the counterpart's country ("Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với người
    đồng cấp Lào …" → "Bộ trưởng Ngoại giao Lào"); the role as written if there is none."""
    if not fold(role).startswith(fold(COUNTERPART)):
        return role
    country = role[len(COUNTERPART) :].strip()
    host = next((r for r in reversed(before) if not fold(r).startswith(fold(COUNTERPART))), None)
    if host is None or not country:
        return role
    return _in_country(host, country)


def _in_country(role: str, country: str) -> str:
    """The role held in another country: its own country, if it ends with one, replaced
    ("Bộ trưởng Ngoại giao ASEAN", "Lào" → "Bộ trưởng Ngoại giao Lào")."""
    words = role.split()
    n = next(
        (n for n in _GEO_LENGTHS if n < len(words) and fold(" ".join(words[-n:])) in _GEO_KEYS),
        0,
    )
    return " ".join([*words[: len(words) - n], country])


def find_people(sentence: str) -> list[tuple[str, str]]:
    """(name, role) for every titled person named in one sentence, in text order."""
    return [(m.name, m.role) for m in mentions(sentence)]


def _name_key(name: str) -> str:
    """The name as mentions vary it: folded, hyphens as spaces, initials apart from the
    surname they are glued to, no "Jr." ("Lee Sang-min" and "Lee Sang Min", "Marcos Jr."
    and "Marcos", "S.Lavrov" and "S. Lavrov")."""
    spaced = re.sub(r"\.(?=\w)", ". ", fold(name))
    words = spaced.replace("-", " ").replace(",", " ").split()
    return " ".join(w for w in words if w.rstrip(".") != "jr")


_NOT_NAME = "().'’"
_HONORIFIC_KEYS = frozenset(fold(h).strip(_NOT_NAME) for h in [*HONORIFICS, *_PARTICLES])


def _core(words: list[str]) -> list[str]:
    """A name's words without its honorifics, particles and punctuation ("Dato' Sri
    Fadillah binti Yusof" → "Fadillah Yusof"): what a later, shorter mention keeps."""
    return [w for w in (w.strip(_NOT_NAME) for w in words) if w and w not in _HONORIFIC_KEYS]


def _honorific_short(longer: list[str], shorter: list[str]) -> bool:
    """Whether ``shorter`` (two words or more) is ``longer`` as the press shortens a name
    with honorifics: without them, and perhaps without the father's name after "bin"
    ("Mohamad Hasan" for "Datuk Seri Mohamad bin Haji Hasan", "Abdul Manaf" for "Dato
    Dr. Hj Awang Abdul Manaf bin Haji Metussin")."""
    core, shorter = _core(longer), _core(shorter)
    if len(shorter) < 2 or len(core) == len(longer) or len(shorter) > len(core):
        return False
    return core[: len(shorter)] == shorter or core == shorter or _without_middle(core, shorter)


def _same_person(key: str, people: dict[str, Participant]) -> str:
    """The key of a person already found under a longer or shorter form of the name
    ("Win Myint" and "U Win Myint"), in the other order ("Kishida Fumio" and "Fumio
    Kishida") or by one word of it ("Thủ tướng Kishida", "Ngoại trưởng Lavrov"), else
    ``key`` itself."""
    words = key.split()
    return next(
        (
            k
            for k in people
            if k.endswith(" " + key)
            or key.endswith(" " + k)
            or sorted(k.split()) == sorted(words)
            or (len(words) == 1 and key in k.split())
            or (" " not in k and k in words)
            or _without_middle(k.split(), words)
            or _without_middle(words, k.split())
            or _honorific_short(k.split(), words)
            or _honorific_short(words, k.split())
        ),
        key,
    )


def _without_middle(longer: list[str], shorter: list[str]) -> bool:
    """Whether ``shorter`` is ``longer`` without some middle names or initials, the first
    and last kept ("Ferdinand Marcos" for "Ferdinand Romualdez Marcos", "Retno Marsudi"
    for "Retno L.P. Marsudi")."""
    if not (2 <= len(shorter) < len(longer)) or shorter[0] != longer[0]:
        return False
    if shorter[-1] != longer[-1]:
        return False
    rest = iter(longer)
    return all(w in rest for w in shorter)


def _introduced(role: str) -> bool:
    """Whether a role ends with a country, as a person's first, full mention does."""
    words = role.split()
    return any(
        words[-n][0].isupper() and fold(" ".join(words[-n:])) in _GEO_KEYS
        for n in range(1, min(len(words), 4) + 1)
    )


def _rank(role: str) -> tuple[bool, int]:
    """How well a role says who someone is: a title before a mere counterpart ("người đồng
    cấp Lào"), then the longer."""
    return (not fold(role).startswith(fold(COUNTERPART)), len(role))


def _full_name(word: str, texts: Iterable[str]) -> str | None:
    """The longest name of two words or more in ``texts`` that holds ``word``: the whole
    name a lone one stands for ("Ông Kishida Fumio" for "Thủ tướng Kishida")."""
    names = (
        split[1]
        for text in texts
        for run in _RUN_RE.finditer(text)
        if word in run.group().split()
        and (split := _person(run.group(), ends_clause=True))
        and word in split[1].split()
        and " " in split[1]
    )
    return max(names, key=lambda n: len(n.split()), default=None)


def _aliases(sentence: str, found: Iterable[Mention]) -> dict[str, str]:
    """Keys of names written in brackets right after a person's name, each mapped to that
    name: the same person in another spelling ("Thủ tướng Lý Hiển Long (Lee Hsien Loong)",
    "Tổng thống Xi Jinping (Tập Cận Bình)")."""
    aliases = {}
    for m in found:
        for b in re.finditer(rf"{re.escape(m.name)}\s*\(\s*(?P<alias>{_RUN})\s*\)", sentence):
            split = _person(b.group("alias"), ends_clause=True)
            if split and not split[0] and split[1] != m.name:
                aliases[_name_key(split[1])] = m.name
    return aliases


# Where a role ends with one of these, the office is not one foreign country's.
_NOT_FOREIGN = frozenset(fold(n) for n in ("Việt Nam", "ASEAN", "EU", "Liên hợp quốc"))


def _foreign_office(role: str) -> bool:
    """Whether a role ends with a foreign country ("Thủ tướng Singapore"): an office one
    person holds at a time, unlike a Vietnamese or an ASEAN one an article may name
    with a predecessor."""
    words = fold(role).split()
    return any(
        " ".join(words[-n:]) in _COUNTRY_KEYS.keys() | _TERRITORY_KEYS
        and " ".join(words[-n:]) not in _NOT_FOREIGN
        for n in range(1, min(len(words), 4) + 1)
    )


def _script(name: str) -> str | None:
    """ "vi" for a name read in Vietnamese syllables with their marks ("Tập Cận Bình",
    "Xổn-xay Xi-phăn-đon"), "native" for one spelt in plain Latin letters ("Xi Jinping"),
    else None."""
    syllables = name.replace("-", " ").split()  # "Xổn-xay Xi-phăn-đon" too
    if all(vietnamese_syllable(w) for w in syllables) and not name.isascii():
        return "vi"
    return "native" if name.isascii() else None


_DEPUTY = re.compile(r"(?:Thứ trưởng|Phó|Trợ lý|Ủy viên|Thành viên)\b", re.IGNORECASE)


def _same_office(a: Participant, b: Participant) -> bool:
    """Two names for one person: the same foreign office, word for word, held by a name
    in Vietnamese transliteration and one in the native spelling ("Thủ tướng Singapore
    Lý Hiển Long" and "Thủ tướng Singapore Lee Hsien Loong"). A deputy's office is held
    by several at once ("Thứ trưởng …", "Phó Thủ tướng …"), so it says nothing."""
    return (
        fold(a.role.vi) == fold(b.role.vi)
        and _foreign_office(a.role.vi)
        and not _DEPUTY.match(a.role.vi)
        and {_script(a.name.vi), _script(b.name.vi)} == {"vi", "native"}
    )


def _merge_transliterations(people: Iterable[Participant]) -> tuple[Participant, ...]:
    """The participants with each one named twice, in two scripts for one office, kept
    once under the name mentioned first."""
    kept: list[Participant] = []
    for p in people:
        if not any(_same_office(k, p) for k in kept):
            kept.append(p)
    return tuple(kept)


def extract_participants(
    sentences: Iterable[str], captions: Iterable[str] = (), when: date | None = None
) -> tuple[Participant, ...]:
    """Each person who takes part once, with the fullest name and role any mention gives.

    Later mentions often drop the organisation ("Bộ trưởng Phạm Thị Thanh Trà") or an
    honorific ("Tổng thống Win Myint"), so the longest role and name win. A person takes
    part when one mention reports them doing so (see :mod:`briefgen.extract.presence`),
    and is cited to the first such sentence. ``captions`` (photo captions, the headline)
    are read after the body and never as part of a speech. A name of one word after a
    title ("Thủ tướng Kishida") stands for the whole name the article gives elsewhere, and
    for no one where it gives none (a leader named so only is spoken of), unless the role
    before it names their country, as one's first mention does ("Bộ trưởng Ngoại giao
    Indonesia Sugiono": a name of one word). ``when`` (the event's date, or the day the
    article was published) keeps a mention dated to its own month or year taking part.
    """
    people: dict[str, Participant] = {}
    present: dict[str, str] = {}  # people named taking part, and where first
    sentences = list(sentences)
    captions = list(captions)
    marks = [*spoken(sentences), *(False for _ in captions)]
    read = [(sentence, mentions(sentence)) for sentence in [*sentences, *captions]]
    aliases = {k: v for sentence, found in read for k, v in _aliases(sentence, found).items()}
    for (sentence, found), speech in zip(read, marks, strict=True):
        absent = spoken_of(sentence, found, when)
        there = welcomed(sentence, found) if speech else set()
        for mention in found:
            name, role = mention.name, mention.role[0].upper() + mention.role[1:]
            name = aliases.get(_name_key(name), name)
            key = _same_person(_name_key(name), people)
            old = people.get(key)
            if old is not None and len(old.name.vi) >= len(name):
                name = old.name.vi
            if old is None or _rank(role) > _rank(old.role.vi) or name != old.name.vi:
                if old is not None and _rank(role) <= _rank(old.role.vi):
                    role = old.role.vi
                org = _org(role)
                people[key] = Participant(
                    Bilingual(name),
                    Bilingual(role),
                    Bilingual(org) if org else None,
                    old.source_sentence if old else sentence,
                )
            if mention.name in there or not (speech or mention.name in absent):
                present.setdefault(key, sentence)
    whole = {}
    for key, p in people.items():
        if key in present and " " not in p.name.vi and lone_name(p.name.vi):
            whole[key] = _full_name(p.name.vi, [*sentences, *captions]) or (
                p.name.vi if _introduced(p.role.vi) else None
            )
    return _merge_transliterations(
        _once_by_name(
            replace(p, name=Bilingual(whole.get(key) or p.name.vi), source_sentence=present[key])
            for key, p in people.items()
            if key in present and (key not in whole or whole[key])
        )
    )


def _once_by_name(people: Iterable[Participant]) -> list[Participant]:
    """Each name once: a lone word that stands for a whole name given elsewhere ("Thủ
    tướng Xỏn-xay" for "Xỏn-xay Xi-phăn-đon") joins that person, with the better role."""
    kept: dict[str, Participant] = {}
    for p in people:
        key = _name_key(p.name.vi)
        old = kept.get(key)
        if old is None:
            kept[key] = p
        elif _rank(p.role.vi) > _rank(old.role.vi):
            kept[key] = replace(old, role=p.role, org=p.org)
    return list(kept.values())


# Where a shorter form of a name stands in the text: after a title and the rest of its role
# ("Tổng Thư ký ASEAN Xỏn-xay"), or after an honorific.
_SHORT_BEFORE = rf"(?:{TITLE_RE}(?:\s+[^\s.;:()]+){{0,16}}?|(?<!\w)(?:ông|bà|ngài|Ông|Bà|Ngài))\s+"


def short_forms(participants: Iterable[Participant], texts: Iterable[str]) -> dict[str, str]:
    """Shorter forms of the participants' names that the texts use after a title or an
    honorific ("Ngoại trưởng Lavrov", "ông Anwar Ibrahim", "Thủ tướng Xỏn-xay"), each
    mapped to the full name: who "ông Lavrov đề nghị …" is. A form two people could
    share is left out."""
    candidates: dict[str, set[str]] = {}
    names = {p.name.vi for p in participants}
    for name in names:
        words = [w for w in name.replace(",", " ").split() if w.rstrip(".") != "Jr"]
        # the name without the father's ("Abdul Manaf" of "… Abdul Manaf bin Haji …")
        own = words[: next((i for i, w in enumerate(words) if w in ("bin", "binti")), None)]
        forms: set[str] = set()
        for part in (words, own):
            core = [w for w in part if fold(w).strip(_NOT_NAME) not in _HONORIFIC_KEYS]
            core = [w.rsplit(".", 1)[-1] if single_foreign_name(w) else w for w in core]
            forms |= {" ".join(core), *core[:1], *core[-1:]} if core else set()
        for form in forms - names:
            if len(form) >= 3:
                candidates.setdefault(form, set()).add(name)
    text = "\n".join(texts)
    return {
        form: next(iter(owners))
        for form, owners in candidates.items()
        if len(owners) == 1
        and re.search(rf"{_SHORT_BEFORE}{re.escape(form)}(?![\w-])(?!\s+[{UPPER}])", text)
    }
