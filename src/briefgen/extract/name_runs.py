"""Where a person's name starts in a run of capitalised words after a title.

The capitalised words after a title often hold the end of the role and the name together
("Thứ trưởng Bộ Nội vụ Lào Khamphet Sisavath", "Chủ tịch Tập đoàn Samsung Lee Jae-yong").
A name is led by a listed surname or is shaped like a foreign name
(:mod:`briefgen.extract.names`); a country, a place or a body's name before it is the
role's.
"""

from __future__ import annotations

import re

from briefgen.data.family_names import FAMILY_NAMES, LEADING
from briefgen.extract.compound_words import joins
from briefgen.extract.family_names import LONGEST, name_start, vietnamese_run
from briefgen.extract.geo_words import COUNTRY_KEYS, GEO_KEYS, GEO_LENGTHS
from briefgen.extract.name_words import (
    GUARDED_PARTICLES,
    NAME_PARTICLE,
    NAME_PARTICLES,
    NAME_WORD,
    minority_opener,
)
from briefgen.extract.names import (
    HONORIFICS,
    foreign_word,
    institution,
    lone_name,
    single_foreign_name,
    territory_names,
    vietnamese_syllable,
)
from briefgen.extract.word_patterns import LOWER, UPPER
from briefgen.normalize import fold


# Up to sixteen name words, particles between them ("bin", "von der"), initials of two
# letters inside ("Meynardo LB. Montealegre"); ", Jr." and "III" stay with the name they end.
def name_words(least: int) -> str:
    word = rf"(?:{NAME_WORD}|[A-Z]{{2}}\.(?=\s+[A-Z]))"
    return (
        rf"{NAME_WORD}(?:\s+(?:{NAME_PARTICLE}\s+)*{word}){{{least},15}}"
        r"(?:,\s*Jr\.?|\s+(?:II|III|IV|V|VI|VII|VIII|IX)\b)?"
    )


NAME_RUN = name_words(1)
# "ông", "bà" or "ngài": how the prose introduces a person by name.
SIR = "(?:ông|bà|ngài|Ông|Bà|Ngài)"
# After a title, one word may be the whole name ("Tổng thống E.Macron").
NAME_RUN_RE = re.compile(name_words(0))
# First words of organisation names, which a capitalised run ending a role can be
# ("Giám đốc Sở Ngoại Vụ"); a name is not.
ORG_HEADS = frozenset(
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
_PARTICLES = frozenset([*NAME_PARTICLES, *GUARDED_PARTICLES])


# A month's name in capitals ("Cách mạng Tháng Tám", "Tháng Giêng") is a date, no name.
_MONTH = "Tháng"


def _unlisted_name(tail: list[str]) -> bool:
    """A name led by no listed surname, read in Vietnamese ("Hùng Ba", "Tập Cận Bình"):
    two to four single capitalised syllables, not an organisation's or country's words,
    nor a month's name,
    nor a place's before a surname-led name ("Thủ Đức Nguyễn Văn An"; "Châu Văn Lâm" is a
    name, "Văn" being a middle name more often than a surname), nor a body's last word before
    a full name that a listed family name opens ("Cục Quản lý Dược Hồ Thị Ngân")."""
    return (
        2 <= len(tail) <= 4
        and tail[0] not in ORG_HEADS
        and tail[0] != _MONTH
        and tail[1] not in LEADING
        and not (len(tail) == 4 and tail[1] in FAMILY_NAMES)
        and all(re.fullmatch(f"[{UPPER}][{LOWER}]+", w) and vietnamese_syllable(w) for w in tail)
    )


def _foreign_name(tail: list[str]) -> bool:
    """Every word shaped like a foreign name's ("Khamphet Sisavath", "Xỏn-xay Xi-phăn-đon",
    "Dato Seri Anwar bin Ibrahim"), and not an organisation's head word."""
    return tail[0] not in ORG_HEADS and all(foreign_word(w) or w in _PARTICLES for w in tail)


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
# Courtesy titles before a name, which are no part of it, as "ông", "bà" and "ngài" are not:
# English ("Mr. Fukazawa Yoichi", "H.E. Kong Sophal") and Indonesian ("Bapak …", "Ibu …").
COURTESY = frozenset(["Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "H.E.", "H.E", "Bapak", "Ibu"])
# One-word countries only as the glossary and the press write them ("Lào", "Israel"), not
# all CLDR's ("Jordan", "Chad" are first names too); countries of more words from the one
# list that holds both (territory_names() includes the glossary's).
_NATION_WORDS = frozenset(k for k in COUNTRY_KEYS if " " not in k)
_MANY_WORD_GEO = frozenset(fold(t) for t in territory_names() if " " in t)


def _without_country_after(words: list[str]) -> list[str]:
    """A run's words without the country or place after the name, which opens what
    follows ("Tổng thống Indonesia Prabowo Subianto Indonesia ủng hộ …"): no name ends
    with one, except a single Vietnamese syllable that is a given name too ("Anh", "Nga"),
    and a Vietnamese place only after a foreign name ("Nguyễn Thái Bình" is a name)."""
    for n in GEO_LENGTHS:
        if len(words) - n < 2:
            continue
        key, rest = fold(" ".join(words[-n:])), words[:-n]
        country = key in _MANY_WORD_GEO or (
            key in _NATION_WORDS and not vietnamese_syllable(words[-1])
        )
        if country or (key in GEO_KEYS and _foreign_name(rest)):
            return rest
    return words


# A body's generic word of one syllable, which opens a run of capitalised words before
# the body's own name ("Quỹ Temasek Lim Boon Heng", "Viện Pasteur …").
_BODY_WORDS = frozenset(["Quỹ", "Viện", "Trường", "Hội", "Hãng"])


def _opens_person(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` opens a person's name: a listed family name, or a word that opens
    a name of a people of the Central Highlands ("Y Khoa Niê", "H'Lan Êban") before no
    family name that leads one ("Trưởng khoa Y Nguyễn Văn An": the faculty's, then a name)."""
    return words[k] in FAMILY_NAMES or (
        minority_opener(words[k]) and (k + 1 == len(words) or words[k + 1] not in LEADING)
    )


def _geo_length(words: list[str], start: int) -> int:
    """How many words from ``start`` name a country or place; 0 if none does."""
    return next((n for n in GEO_LENGTHS if fold(" ".join(words[start : start + n])) in GEO_KEYS), 0)


def _given_name(words: list[str], j: int, n: int) -> bool:
    """Whether the place of ``n`` words at ``j``, right after the country that ends a
    role, is a foreign given name instead ("Đại sứ Hoa Kỳ Israel Navarro Cruz", "Bộ
    trưởng Australia Jordan …"): one word written as a name is (a capital, then lower
    case: no acronym, "EU", no Vietnamese syllable, "Lào") before another name's word;
    a role ends with one country, not two in a row."""
    word = words[j]
    return (
        n == 1
        and word[1:].islower()
        and not vietnamese_syllable(word)
        and j + 1 < len(words)
        and foreign_word(words[j + 1])
    )


def role_and_name(
    run: str,
    *,
    ends_clause: bool = False,
    after_unit: bool = False,
    lone: bool = False,
    place_elided: bool = False,
    honored: bool = False,
) -> tuple[str, str] | None:
    """Split a capitalised run into (words before the name, the name), or None.

    A name is led by a listed surname or is foreign in shape (see
    :mod:`briefgen.extract.names`); with ``ends_clause`` (the run is the last thing before
    the verb) a title's words followed by any capitalised syllables name a person too. One
    word is a name only with initials joined to it ("E.Macron"), or with ``lone`` (the run
    ends the clause after a government's or diplomat's title) when it is shaped like a
    foreign name ("Tanaka"). ``after_unit``: the run follows an administrative unit or a
    company ("tỉnh", "tập đoàn"), so its first word names the place or the company, and
    a Vietnamese name is found where a family name leaves one to the end of the run
    (:mod:`briefgen.extract.family_names`), as it is in a run longer than any name.
    ``place_elided``: the unit is a province or a city, which the local press leaves
    unnamed ("Chủ tịch UBND tỉnh Nguyễn Văn Sơn"), and which no person's name opens, so a
    run opened by a family name and no place is a name from its first word.
    ``honored``: the run follows "ông", "bà" or "ngài", which introduce a name and never
    a role, so a country or a city opening it is a given name ("ông Israel Navarro", "bà
    Jordan Whitfield", "ngài Chad Blackwood") where a name's word follows.
    """
    words = _without_country_after(run.split())
    # "Quỹ Temasek Lim Boon Heng": a body's word opening the run is followed by its name
    lead = 1 if words and words[0] in _BODY_WORDS else 0
    after_unit = after_unit or bool(lead)
    # a country or place ends the role ("… Lào Khamphet", "… TP. Hồ Chí Minh Phan Văn Mãi")
    place_end = next(
        (n for n in GEO_LENGTHS if n <= len(words) and fold(" ".join(words[:n])) in GEO_KEYS),
        0,
    )
    if honored and place_end < len(words):
        place_end = 0  # "ông Kenya Mwangi": no role stands between "ông" and the name
    # … or comes inside the run, after a body's name ("… Samsung Việt Nam Choi Joo-ho"),
    # when no surname before it starts a name; a place's first syllable is no surname
    # ("… Lotte Hà Nội Việt Nam Kim Jung-ho": "Hà" opens "Hà Nội", not a name)
    opens_name = bool(words) and _opens_person(words, 0) and not _geo_length(words, 0)
    named_from_start = place_elided and opens_name  # "tỉnh Nguyễn Văn Sơn"
    # "tỉnh Y Khoa Niê": a name of the Central Highlands, whose words may all be syllables
    minority = named_from_start and words[0] not in FAMILY_NAMES
    skip = place_end or (
        lead + 1 if after_unit and len(words) >= lead + 3 and not named_from_start else 0
    )
    j = len(words) if opens_name or honored else max(skip, 1)
    while j < len(words) - 2:
        if n := _geo_length(words, j):
            if place_end and j == place_end and _given_name(words, j, n):
                break  # "Đại sứ Hoa Kỳ Israel Navarro Cruz": no role names two countries
            if len(words) - (j + n) >= 2:
                skip = place_end = j + n
            j += n
        elif _opens_person(words, j):
            break
        else:
            j += 1
    # "Tập đoàn Mai Linh Hồ Ngọc Hải", "Công ty Cổ phần Hoàng Long Nguyễn Văn Nam": the body's
    # own name, then a Vietnamese name where a family name leaves one; so too in a run of
    # Vietnamese syllables longer than a name ("Bộ Công Thương Phan Thị Thắng"), not in a
    # foreign name ("Daw Khin Ma Ma Myo"). Without a family name, Vietnamese syllables after
    # a body's or a place's word are its own name, unless a place ends that name.
    if (after_unit and not minority) or (
        len(words) - skip > LONGEST and vietnamese_run(words[skip:])
    ):
        k = name_start(words, max(skip, lead + 1 if after_unit and not named_from_start else 0))
        if k is not None:
            return " ".join(words[:k]), " ".join(words[k:])
        if after_unit and not place_end and vietnamese_run(words):
            return None  # "Công ty Mai Linh", "huyện Mai Sơn": the body's or place's name only
    # a country right before one foreign word, the last before the verb, ends a role as a
    # first mention's does ("Thứ trưởng Bộ Lao động, Thương binh và Xã hội Indonesia
    # Sugiono khẳng định", "Trưởng đoàn Indonesia Sugiono")
    lone = lone or (
        ends_clause
        and any(
            fold(" ".join(words[skip - n : skip])) in GEO_KEYS for n in GEO_LENGTHS if n <= skip
        )
    )
    for i, word in enumerate(words):
        if i < skip or word in _PARTICLES or word in COURTESY or word.islower():
            continue
        if i == 0 and word in _OPENERS:
            continue  # "Theo Reuters, Bộ trưởng …": a source, not a name
        tail = words[i:]
        if len(tail) > 1 and tail[1].islower() and joins(word.lower(), tail[1]):
            continue  # "Chính trị - An ninh Nurul …": "An ninh" is a word, no surname's
        if len(tail) < 2:
            if not (single_foreign_name(word) or (lone and i == skip and lone_name(word))):
                return None
        elif not (
            _opens_person(words, i)
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
        if fold(name) in GEO_KEYS:
            return None
        # (a courtesy title before the name is neither role nor name)
        return " ".join(w for w in words[:i] if w not in COURTESY), name
    return None
