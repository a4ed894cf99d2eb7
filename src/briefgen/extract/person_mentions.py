"""Every person one sentence names with an official title, and the role it gives them.

A person is a capitalised run of words led by a known surname (or a run of unaccented
capitalised words, for foreign names) written right after an official title
("Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng") or right before one ("ông Phạm Minh Hùng,
Vụ trưởng Vụ Cải cách hành chính"), with the role in brackets ("ông Kao Kim Hourn (Tổng
Thư ký ASEAN)"), or in a list after one title in the plural ("Hai Bộ trưởng X và Y").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from briefgen.extract.geo_words import GEO_KEYS, GEO_LENGTHS, ends_with_country
from briefgen.extract.name_runs import NAME_RUN, SIR, role_and_name
from briefgen.extract.name_words import NAME_WORD
from briefgen.extract.names import lone_name
from briefgen.extract.person_verbs import PERSON_VERB_RE
from briefgen.extract.presence import Mention
from briefgen.extract.role_titles import COUNTERPART, LONE_NAME_TITLES, TITLE_RE, academic
from briefgen.extract.title_before_name import (
    IN_NAME,
    TITLE,
    named_after_title,
    placed,
    without_predicate,
)
from briefgen.extract.word_patterns import LOWER, UPPER
from briefgen.normalize import fold
from briefgen.underthesea_models import word_segmenter

# Titles after which one foreign word can be the whole name ("Thứ trưởng Tanaka").
_LONE_TITLE = re.compile(
    "(?:(?:Phó|phó|Quyền|quyền) )?(?:"
    + "|".join(f"[{t[0]}{t[0].lower()}](?i:{re.escape(t[1:])})" for t in LONE_NAME_TITLES)
    + r")"
)
# "… và bà Trần Thị Bình, Phó Vụ trưởng …", "… và Thượng tướng Sergei N. Volkov": "và"
# before someone else ends a role.
_NEXT_PERSON = (
    rf"và\s+(?:(?:{SIR}|đồng chí)\s|{NAME_RUN}(?:,|\s[-–])\s+{TITLE_RE}|{TITLE_RE}\s+[{UPPER}])"
)
# (a dash joining a region's capitalised parts is no word: "khu vực châu Á - Thái Bình
# Dương"; one before a verb ends the role: "Bà X – Trưởng Đại diện UNDP – phát biểu")
# An organisation's acronym in brackets goes on the role, as printed ("…, Phó Chủ tịch Ngân
# hàng Phát triển châu Á (ADB)", "Trưởng Đại diện Quỹ Dân số Liên hợp quốc (UNFPA) tại Việt
# Nam"); a country or other aside in brackets ends it.
_ACRONYM = r"\([A-Z][A-Z0-9&-]{1,9}\)"
_ROLE_WORDS = (
    rf"{TITLE_RE}(?:(?:\s+[-–](?=\s+[{UPPER}]))?\s+[^\s,.;:()“”\"]+|\s*{_ACRONYM}){{0,20}}?"
)
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
    # title held with the first ("… kiêm Trưởng SOM"), after the name or the first title
    # (each title as long as a role may be: "Thứ trưởng Thường trực Bộ Ngoại giao kiêm Chủ
    # nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài")
    rf"(?P<name>{NAME_RUN}|{_SPLIT_RUN}|{_GLUED_INITIALS}){_ASIDE}(?P<sep>,|\s[-–]|\s+kiêm)\s+"
    rf"(?P<role>{_ROLE_WORDS}(?:,\s+(?:{_ROLE_WORDS}|{_ORG_WORDS})|\s+kiêm\s+{_ROLE_WORDS})*)"
    # the role stops at punctuation or at the verb after it ("…, Thứ trưởng Bộ Nội vụ làm
    # Trưởng đoàn", "…, Tổng Thư ký ASEAN cảm ơn …"), not at a noun's ("Việc làm"; "Thư
    # ký" is no verb by the grammar of "ký")
    rf"(?=\s*(?:[,.;:]|(?!{_ACRONYM})\(|$|(?<!Việc)\s{PERSON_VERB_RE}|\s{_NEXT_PERSON}))"
)
# The same with a role longer than the rule above reads, or followed by a verb no list
# holds; it stands only where a country ends the role ("Ông Lee Jong-ho, Bộ trưởng Bộ Khoa
# học và Công nghệ thông tin và Truyền thông Hàn Quốc thông tin về …").
_AFTER_OPEN = re.compile(
    rf"(?P<name>{NAME_RUN}|{_SPLIT_RUN}){_ASIDE}(?P<sep>,|\s[-–])\s+"
    rf"(?P<role>{TITLE_RE}(?:\s+[^\s,.;:()“”\"]+){{1,24}})"
)
# "…, Sugiono, Bộ trưởng Ngoại giao Indonesia và …": a name of one word in a list, with its
# role after it; kept only where the word is shaped like a foreign name and the role ends
# with the country, as a first mention's does.
_LONE_AFTER = re.compile(
    rf"(?:,|\svà|(?<!\w){SIR})\s+(?P<name>{NAME_WORD}){_ASIDE},\s+(?P<role>{_ROLE_WORDS})"
    rf"(?=\s*(?:[,.;:(]|$|\s{PERSON_VERB_RE}|\svà\s))"
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
    rf"(?P<name>{NAME_RUN}|{_GLUED_INITIALS}|{_AFTER_SIR}{NAME_WORD})"
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
    rf"(?P<names>{NAME_RUN}{_COUNTRY_ASIDE}(?:(?:\s*,\s*{NAME_RUN}{_COUNTRY_ASIDE})+"
    rf"(?:\s+và\s+{NAME_RUN}{_COUNTRY_ASIDE})?|\s+và\s+{NAME_RUN}{_COUNTRY_ASIDE}))"
)
_ASIDE_AFTER = re.compile(r"\s*\(([^()]{1,30})\)")
# "Đại sứ Nhật Bản ông Yamada Takio": the honorific before the name is not the role's; an
# academic title or a rank printed there is, in printed order (docs/annotating.md: "Thứ
# trưởng Bộ Y tế PGS.TS", "Bộ trưởng Bộ Quốc phòng Việt Nam, Đại tướng").
_HONORIFIC_END = re.compile(rf",?\s+(?:{SIR}|Mrs?\.?|Ms\.?)$")
# "ông", "bà", "ngài" or "đồng chí" (comrade, as party news calls Vietnamese and foreign
# communists alike: "đồng chí Thẩm Hải Long, Phó Trưởng Ban …") right before a name.
_HONORED = re.compile(rf"(?<!\w)(?:{SIR}|[Đđ]ồng chí)\s+$")


def _person_named(sentence: str, m: re.Match, role: str) -> tuple[str, str] | None:
    """The person in a name set before its role; one an honorific introduces ("Ông Châu
    Văn Lâm, Thứ trưởng …") may be led by a surname no list holds, or be one foreign word
    where the role ends with the country ("ông Putin (Trưởng đoàn Nga)")."""
    run = m.group("name")
    words = run.split()
    if words[0] in ("Ông", "Bà", "Ngài") and len(words) > 1:
        return role_and_name(
            " ".join(words[1:]), ends_clause=True, lone=ends_with_country(role), honored=True
        )
    honored = bool(_HONORED.search(sentence, 0, m.start("name")))
    return role_and_name(
        run, ends_clause=honored, lone=honored and ends_with_country(role), honored=honored
    )


def _to_body_name(role: str) -> str:
    """A role read past its end, cut after its last capitalised word and the lower-case
    syllable that completes it ("Vụ trưởng Vụ Pháp chế bổ sung …" → "… Vụ Pháp chế"): a
    body's name ends on a capitalised word of two syllables more often than not."""
    words = list(re.finditer(r"\S+", role))
    last = max((i for i, w in enumerate(words) if w.group()[0].isupper()), default=0)
    if last + 1 < len(words) and words[last + 1].group().isalpha():
        last += 1
    return role[: words[last].end()]


# A title that names a building or an office, not its holder ("tại Phủ Chủ tịch",
# "Chủ nhiệm Văn phòng Chủ tịch nước …").
_SEAT = re.compile(r"\b(?:Phủ|Dinh|Văn phòng|Trụ sở|Ban)\s+$")
# A verb opening the clause right before a title: the title is its object ("Tiếp Đại sứ, …").
_VERB_LED = re.compile(rf"(?:^|[,;:])\s*{PERSON_VERB_RE}\s+$", re.IGNORECASE)
# A title held "as" a capacity opens an adverbial, and the comma after it closes it ("Với vai
# trò Chủ tịch ACCSM 21, Bộ trưởng …"): the title after the comma is the subject's own.
_CAPACITY_LED = re.compile(
    r"(?:(?:với|trong)\s+(?:vai trò|tư cách)|trên\s+cương vị)(?:\s+là)?\s+$", re.IGNORECASE
)
# A title after "ông X," is X's role, so what follows it is the role's body, not a name
# ("ông Park Hak-kyu, Phó Chủ tịch Samsung Electronics").
_APPOSED_BEFORE = re.compile(rf"(?<!\w){SIR}\s+{NAME_RUN},\s*$")
# … unless that apposition is the object of the verb opening its clause ("Tiếp Đại sứ Nhật
# Bản, ông Tanaka Hiroshi, Bộ trưởng Bùi Thanh Sơn …"): the title after it is the subject's.
_OBJECT_BEFORE = re.compile(rf"(?:^|[,;:])\s*{PERSON_VERB_RE}\s+[^,;:]+,\s*$", re.IGNORECASE)
# A title in the plural names no one by itself ("các Bộ trưởng Lao động ASEAN, …").
_PLURAL = re.compile(r"(?<!\w)(?:các|những|Các|Những)\s+$")
# A name addressed after a role ("…, ông Tanaka Hiroshi"): the role is that person's.
_NEXT_ADDRESSED = re.compile(rf"\s*,\s*{SIR}\s+{NAME_WORD}")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _inside_country(sentence: str, title: re.Match) -> bool:
    """Whether a title's first word ends a country's name with the word before it
    ("Trung Quốc Vương Nghị" holds no "Quốc vương", king)."""
    before = _WORD_BEFORE.search(sentence, 0, title.start())
    first = title.group().split()[0]
    return bool(before) and fold(f"{before.group(1)} {first}") in GEO_KEYS


@dataclass
class _Found:
    """The people one sentence names, as the steps of :func:`mentions` find them: where
    each name starts and the fullest role given so far, and the span of the mention."""

    nearest: dict[str, tuple[int, str]] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    def inside_name(self, at: int) -> bool:
        """Whether ``at`` falls inside a name found, after its first letter."""
        return any(start < at < start + len(n) for n, (start, _) in self.nearest.items())


def mentions(sentence: str) -> list[Mention]:
    """Every titled person named in one sentence, once, in text order, with the fullest
    role the sentence gives them and where their mention starts and ends."""
    found = _Found()
    _names_after_titles(sentence, found)
    _names_before_roles(sentence, found)
    _lone_names_before_roles(sentence, found)
    _names_sharing_a_title(sentence, found)
    people = sorted((at, name, role) for name, (at, role) in found.nearest.items())
    return [
        Mention(
            name,
            _counterpart_role(role, [r for a, _, r in people if a < at]),
            *found.spans[name],
        )
        for at, name, role in people
    ]


def _names_after_titles(sentence: str, found: _Found) -> None:
    """People named after their title ("Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng"), or after a
    role they are addressed by (", ông Tanaka Hiroshi")."""
    nearest, spans = found.nearest, found.spans
    for m in TITLE.finditer(sentence):
        if any(r.search(sentence, 0, m.start()) for r in (_SEAT, _PLURAL, IN_NAME)):
            continue  # "Hội nghị Bộ trưởng …": a meeting's name, no one's title
        if _inside_country(sentence, m):
            continue  # "Trung Quốc Vương Nghị": a country and a name, not "Quốc vương"
        if any(at <= m.start() < at + len(n) for n, (at, _) in nearest.items()):
            continue  # a title inside a name found ("Quốc vương Brunei Sultan Haji …")
        apposed = _APPOSED_BEFORE.search(sentence, 0, m.start())
        if apposed and not _OBJECT_BEFORE.search(sentence, 0, apposed.start()):
            continue
        after = named_after_title(
            sentence,
            m.end(),
            lone=bool(_LONE_TITLE.fullmatch(m.group())),
            object_of_verb=any(
                r.search(sentence, 0, m.start()) for r in (_VERB_LED, _CAPACITY_LED)
            ),
        )
        if after is None:
            continue
        words, name = after
        at = sentence.find(name, m.end())
        if _runs_into_word(sentence, at, name):
            continue  # "Bộ trưởng Nông Lâm nghiệp ASEAN": a sector's noun, no one's name
        # "Bộ trưởng Bộ Nội vụ Lào - Kham phan Philavong": the dash is not the role's
        role = " ".join(f"{m.group()}{words}".split())
        if not academic(m.group()):  # ("Phó Giáo sư" alone is the whole role)
            role = _HONORIFIC_END.sub("", role).rstrip(" ,-–")
        if name not in nearest or len(role) > len(nearest[name][1]):
            nearest[name] = (at, role)
        start = min(m.start(), spans.get(name, (m.start(), 0))[0])
        spans[name] = (start, max(at + len(name), spans.get(name, (0, 0))[1]))


# A name's last syllable followed by a syllable in lower case: the two may be one word.
_LOWER_NEXT = re.compile(rf"\s+[{LOWER}]")


def _runs_into_word(sentence: str, at: int, name: str) -> bool:
    """Whether the capitalised run ``name`` (at ``at``) and the syllable in lower case after
    it are one word, as underthesea's word segmenter reads them in lower case ("nông lâm
    nghiệp": agriculture and forestry, in a meeting's name): a compound noun set in
    capitals, not a person. A name is no word with what follows ("lê hoài trung tiếp": a
    name and a verb)."""
    end = at + len(name)
    if at < 0 or len(name.split()) != 2 or not _LOWER_NEXT.match(sentence, end):
        return False  # (a sector's name in capitals is two syllables: "Nông Lâm", "Công Thương")
    following = sentence[end:].split()[0]
    segment = word_segmenter()
    # (the segmenter may run a whole name into the verb after it, "nguyễn văn bình cảm":
    # the name's last syllable with the next must be a word of itself too)
    # ("Đoàn Ngoại giao": the segmenter splits the run itself and keeps its last syllable
    # with the next, "đoàn | ngoại giao", the diplomatic corps, no Mr Đoàn Ngoại)
    # with the words after it as printed, "Đoàn | Ngoại giao | và")
    last = name.split()[-1]
    context = " ".join(sentence[end:].split()[:3])
    return len(segment(f"{last} {following}".lower())) == 1 and (
        len(segment(f"{name} {following}".lower())) == 1
        or f"{last} {following}" in segment(f"{name} {context}")
    )


def _role_before(sentence: str, m: re.Match) -> str | None:
    """The role a name set before it is given ("ông X, Vụ trưởng …"), without what its
    holder does; None where no country says where a role read openly ends and no
    honorific introduces the name."""
    role = without_predicate(m.group("role").strip())
    if m.re is _AFTER_OPEN and role == m.group("role").strip():
        # no country says where the role ends: only a name an honorific introduces
        # keeps it, up to the body's name ("ông X, Vụ trưởng Vụ Pháp chế bổ sung …")
        honored = m.group("name").split()[0] in ("Ông", "Bà", "Ngài")
        if not (honored or _HONORED.search(sentence, 0, m.start("name"))):
            return None
        role = _to_body_name(role)
    return role.rstrip(" -–")


def _names_before_roles(sentence: str, found: _Found) -> None:
    """People named before their role ("ông Phạm Minh Hùng, Vụ trưởng …", "ông Kao Kim
    Hourn (Tổng Thư ký ASEAN)"), and a second title after a name a first one introduced."""
    nearest, spans = found.nearest, found.spans
    starts = [at for at, _ in nearest.values()]
    after = [*_apposed(sentence, starts), *_BRACKETED.finditer(sentence)]
    for m in [*after, *_AFTER_OPEN.finditer(sentence)]:
        role = _role_before(sentence, m)
        if role is None:
            continue
        split = _person_named(sentence, m, role)
        if split and placed(f"{sentence[: m.start('name')]} {split[0]}"):
            continue  # "tại Kuala Lumpur, Bộ trưởng …": a place, not a person
        if any(m.start("role") <= at < m.end("role") for at, _ in nearest.values()):
            continue  # the role names someone else ("…, Bộ trưởng Bùi Thanh Sơn đã …")
        if found.inside_name(m.start("name")):
            continue  # the end of a name found ("… Gilberto C. Teodoro Jr., đại sứ, …")
        if not split:
            continue
        name = split[1]
        if name in nearest and _represents(m, name, role, found):
            # "Đại diện WHO, bà X, Giám đốc …": the post after the name says who X is;
            # the "đại diện" before it only which party X speaks for
            nearest[name] = (nearest[name][0], role)
            spans[name] = (spans[name][0], m.start("role") + len(role))
            continue
        if m.re is _AFTER_OPEN and name in nearest:
            continue
        if name not in nearest:
            nearest[name] = (m.start("name"), role)
            spans[name] = (m.start("name"), m.start("role") + len(role))
        elif _ranked_office(m, name, role, found):
            # "Dự có Thiếu tướng Hoàng Đức Mạnh, Cục trưởng Cục Cứu hộ - Cứu nạn, …",
            # "PGS.TS Lê Văn Thành, Hiệu trưởng Trường …": the office after a name a bare
            # rank or academic title introduced says who the officer is, post after
            # post ("Đại tướng X, Ủy viên Bộ Chính trị, Bộ trưởng …") up to the comma that
            # sets an organisation apart (docs/annotating.md), wherever the clause starts
            office = _posts(role)
            nearest[name] = (nearest[name][0], f"{nearest[name][1]}, {office}")
            spans[name] = (spans[name][0], m.start("role") + len(office))
        elif _second_title(sentence, m, name, role, found):
            # a second title after the name a first one introduced, the clause's subject
            # ("Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng, Trưởng đoàn Việt Nam, …")
            sep = " kiêm " if "kiêm" in (m.groupdict().get("sep") or "") else ", "
            nearest[name] = (nearest[name][0], f"{nearest[name][1]}{sep}{role}")
            spans[name] = (spans[name][0], m.end())


def _apposed(sentence: str, starts: list[int]) -> Iterator[re.Match]:
    """Each name with its role after it, in text order; where a match's role holds a
    name a title introduced, the search goes on from that name, not past it ("tại Hà Nội,
    Đại tướng Trần Văn Phong, Ủy viên Bộ Chính trị, …": the place read as a name took the
    general's posts, which are his)."""
    at = 0
    while m := _AFTER.search(sentence, at):
        yield m
        inside = [s for s in starts if m.start("role") <= s < m.end("role")]
        at = min(inside) if inside else m.end()


# A military or police rank ("Thượng tướng", "Đại tá", "Đô đốc") says how senior an
# officer is, not what office they hold: the titles in an apposition after the name are
# that person's, even where the clause's verb has them as its object ("… đã tiếp Thượng
# tướng Sergei N. Volkov, Thứ trưởng Bộ Quốc phòng Nga, …").
_RANK = re.compile(
    r"(?:(?:Đại|Thượng|Trung|Thiếu|Chuẩn)\s+)?[Tt]ướng|(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|úy)"
    r"|(?:Phó |Chuẩn )?Đô đốc"
)


def _posts(role: str) -> str:
    """The posts a role lists with commas, up to the first part that is no title: an
    organisation set apart ("Cục trưởng Cục Đối ngoại, Bộ Quốc phòng")."""
    first, *rest = role.split(",")
    posts = [first.rstrip()]
    for part in rest:
        if not TITLE.match(part.strip()):
            break
        posts.append(part.rstrip())
    return ",".join(posts)


# A representative named by the party they speak for ("Đại diện WHO", "đại diện Nhật Bản"),
# not by a post ("Trưởng Đại diện UNDP", "Đại diện Thường trực Lào tại ASEAN" are posts).
_REPRESENTATIVE = re.compile(r"[Đđ]ại diện\b(?!\s+[Tt]hường trực)")


def _represents(m: re.Match, name: str, role: str, found: _Found) -> bool:
    """Whether ``role``, right after a name that only "đại diện X" introduced, is the post
    of that representative."""
    return (
        found.spans[name][1] == m.end("name")
        and bool(_REPRESENTATIVE.match(found.nearest[name][1]))
        and not _REPRESENTATIVE.match(role)
    )


def _ranked_office(m: re.Match, name: str, role: str, found: _Found) -> bool:
    """Whether ``role``, right after a name that only a rank or an academic title
    introduced, is that officer's or scholar's office."""
    before = found.nearest[name][1]
    return (
        found.spans[name][1] == m.end("name")
        and (bool(_RANK.fullmatch(before)) or academic(before))
        and not _RANK.fullmatch(role)
        and not academic(role)
    )


def _second_title(sentence: str, m: re.Match, name: str, role: str, found: _Found) -> bool:
    """Whether a role after a name is a second title of the person a first one introduced:
    the name ends where the role's match starts, the role is new and more than a bare
    title (the subject of what follows), and the clause is the subject's, not led by a
    verb ("Tiếp Đại sứ Nhật Bản, ông Tanaka Hiroshi, Bộ trưởng …") unless the first
    title is a rank alone. A title in lower case names a kind of guest, not a post."""
    return (
        found.spans[name][1] == m.end("name")
        and role[:1].isupper()  # "…, đại sứ, đại biện các nước": a list of others
        and role not in found.nearest[name][1]
        and not TITLE.fullmatch(role)
        and (
            bool(_CLAUSE_START.search(sentence, 0, found.spans[name][0]))
            or bool(_RANK.fullmatch(found.nearest[name][1]))
        )
        and not _NEXT_ADDRESSED.match(sentence, m.end("role"))
    )


def _lone_names_before_roles(sentence: str, found: _Found) -> None:
    """ "…, Sugiono, Bộ trưởng Ngoại giao Indonesia và …": a name of one word before a role
    that ends with the country, as a first mention's does."""
    nearest, spans = found.nearest, found.spans
    for m in _LONE_AFTER.finditer(sentence):
        name, role = m.group("name"), m.group("role")
        taken = any(m.start("name") <= at < m.end("role") for at, _ in nearest.values())
        if lone_name(name) and ends_with_country(role) and name not in nearest and not taken:
            nearest[name] = (m.start("name"), role)
            spans[name] = (m.start("name"), m.end("role"))


def _names_sharing_a_title(sentence: str, found: _Found) -> None:
    """ "Hai Bộ trưởng X và Y", "các Bộ trưởng Ngoại giao ASEAN gồm X (Lào), Y (Campuchia)
    và Z": each name after one title in the plural, with their country where given."""
    nearest, spans = found.nearest, found.spans
    for m in _SHARED_TITLE.finditer(sentence):
        names = m.group("names")
        for run in re.finditer(NAME_RUN, names):
            if names[: run.start()].rstrip().endswith("("):
                continue  # the country in brackets after a name
            split = role_and_name(run.group(), ends_clause=True)
            if split and not split[0] and split[1] not in nearest:
                at = m.start("names") + run.start()
                aside = _ASIDE_AFTER.match(names, run.end())
                country = aside and aside.group(1).strip()
                role = m.group("title")
                if country and fold(country) in GEO_KEYS:
                    role = _in_country(role, country)
                nearest[split[1]] = (at, role)
                spans[split[1]] = (at, at + len(run.group()))


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
        (n for n in GEO_LENGTHS if n < len(words) and fold(" ".join(words[-n:])) in GEO_KEYS),
        0,
    )
    return " ".join([*words[: len(words) - n], country])


def find_people(sentence: str) -> list[tuple[str, str]]:
    """(name, role) for every titled person named in one sentence, in text order."""
    return [(m.name, m.role) for m in mentions(sentence)]
