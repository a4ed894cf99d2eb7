"""Declarations: the formal documents an article names, each with its status.

A document is a name that starts with a document-type word ("Kế hoạch làm việc ACCSM giai
đoạn 2021-2025"); its status comes from the verbs of the clause it is in. This module
reads each sentence, the headline and the captions, and lists each document once: the
grammar of names is document_names, titles document_titles, status document_status, and
which names are one document document_identity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from briefgen.extract.complete_sentences import is_complete
from briefgen.extract.document_identity import (
    JOINT_STATEMENT,
    bare_statement,
    document_key,
    issued_statement,
    retold,
    same_document,
    split_gloss,
)
from briefgen.extract.document_names import (
    ADOPTED_LOWER_DOCUMENT,
    DEED_THEN_LOWER_DOCUMENT,
    DEED_THEN_QUOTE,
    DOCUMENT_NAME,
    GOVERNED_DOCUMENT_NAME,
    KIND_THEN_CODE,
    KIND_THEN_QUOTE,
    LOWER_INSTRUMENT,
    LOWER_NAMED_PLAN,
    LOWER_PERIOD_DOCUMENT,
    NATIONAL_PLAN,
    PERIOD,
    QUOTE_MARK,
    SIGNED_LOWER_DOCUMENT,
    WEAK_DOCUMENT_NAME,
    clean_name,
    end_with_subtitle,
    lower_named_projects,
    shared_heads,
)
from briefgen.extract.document_status import (
    ADOPTING_HEADLINE,
    AMONG_THEM,
    AMONG_THEM_INLINE,
    DEEDS,
    LIST_GAP,
    PAPERS,
    acted_on,
    acted_through,
    after_deed,
    by_way_of,
    carried_out,
    cited_as_measure,
    in_force_after,
    issued_after,
    list_intro_status,
    means_through,
    passive_deed_after,
    status_around,
    status_verbs,
    topic_status,
    under_way,
)
from briefgen.extract.document_status_cues import AIMED_AT
from briefgen.extract.document_tagger import tagged_names
from briefgen.extract.document_titles import (
    CLAUSE_MARKERS,
    KIND_FOR,
    NOT_DOCUMENT,
    PROPER_MARK,
    counted,
    declare_verb,
    governed_title,
    in_body_name,
    in_committee_name,
    kind_speaks,
    named_by_deed,
    names_event,
    strategic_adjective,
    titled_by_topic,
    titled_kind,
    upgraded_version,
    weak_titled,
)
from briefgen.extract.document_words import WEAK_DOCUMENT_WORDS
from briefgen.extract.geo_words import GEO_KEYS, GEO_LENGTHS
from briefgen.extract.known_documents import KnownDocuments, is_type_only
from briefgen.extract.project_lists import listed_projects
from briefgen.extract.role_titles import TITLE_RE
from briefgen.extract.word_patterns import LOWER, UPPER
from briefgen.normalize import fold
from briefgen.records import Bilingual, Declaration

# A lower-case kind as the predicate of "là" ("coi X là bộ quy tắc ứng xử nền tảng …") says
# what something else is; and one followed by a quote in lower case quotes what it should
# be ("để hiệp định “thân thiện hơn với doanh nghiệp”"), not its title.
_PREDICATE = re.compile(r"\blà\s+$")
# A strategy, programme or framework right after "Hội nghị (Cấp cao) …" names the cooperation
# that meets ("Hội nghị Cấp cao Chiến lược hợp tác kinh tế … lần thứ 10"): the meeting's
# name, no document; a treaty there is one (docs/annotating.md: "Hội nghị các Bên tham gia
# Hiệp định …").
_MEETING_OF = re.compile(
    r"\bHội nghị(?:\s+(?:[Cc]ấp cao|Thượng đỉnh|Bộ trưởng))?(?:\s+[Hh]ợp tác)?\s+$"
)
_MECHANISM_KINDS = ("Chiến lược", "Chương trình", "Khuôn khổ", "Sáng kiến", "Tầm nhìn")
_QUOTED_QUALITY = re.compile(rf"^[{LOWER}][^\s“\"]*(?:\s+[{LOWER}][^\s“\"]*)?\s*[“\"]\s*[{LOWER}]")


def _blank(sentence: str, spans: Iterable[tuple[int, int]]) -> str:
    """``sentence`` with the given spans replaced by spaces (offsets kept)."""
    chars = list(sentence)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# A verb of a part's own between a deed and an item after a semicolon: the item is no
# longer what the deed acts on ("… ký Bản ghi nhớ …; Hiệp định … vẫn đang được đàm phán").
_OWN_VERB = re.compile(rf"\b(?:{CLAUSE_MARKERS}|là|nhất trí|thống nhất|đồng ý)\b", re.IGNORECASE)


def _deed_over_semicolons(others: str, left: int) -> str | None:
    """The deed of a list whose items semicolons part ("công bố tài liệu …; Kế hoạch …; Kế
    hoạch … và Tài liệu khung …"), for an item after the first semicolon (its part starts at
    ``left``): the last deed of the part before the first semicolon, where nothing after it
    up to the item says a verb of its own."""
    first = others.find(";")
    if left == 0 or first < 0:
        return None
    deeds = [(b, s) for _, b, s in status_verbs(others[:first]) if s in DEEDS]
    if not deeds:
        return None
    at, status = max(deeds)
    return None if _OWN_VERB.search(others, at, left) else status


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the part of ``sentence`` between the semicolons around ``start:end``."""
    left = sentence.rfind(";", 0, start) + 1
    right = sentence.find(";", end)
    return left, right if right >= 0 else len(sentence)


@dataclass(frozen=True)
class _Candidates:
    """Where one sentence may name documents, and how each span was found."""

    pattern: tuple[tuple[int, int], ...]
    """Spans the grammar of names finds (document_names)."""
    known: tuple[tuple[int, int], ...]
    """Spans the glossary, a programme's code or a shared document word names."""
    goals: frozenset[tuple[int, int]]
    """Glossary visions that may be goals, not documents ("hướng tới Tầm nhìn …")."""
    governed: frozenset[tuple[int, int]]
    """Kinds that are as often common nouns, named and acted on (document_kinds)."""
    lower_deeds: frozenset[tuple[int, int]]
    """Documents in lower case a verb signs, adopts or carries out."""
    shared_names: dict[tuple[int, int], str]
    """The name of each document of a list sharing one document word."""
    projects: frozenset[tuple[int, int]]
    """Projects a list's lead names as such, printed without the word "dự án"."""


# the mark of a list's item on a line of its own ("- ", "1. ", "a) ")
_ITEM_MARK_PATTERN = r"(?:[-–•+*]|\d{1,2}[.)]|[a-zđ]\))"
_ITEM_MARK = rf"{_ITEM_MARK_PATTERN}\s"


def _weak_named(sentence: str, m: re.Match[str], is_shown: bool) -> bool:
    """Whether a name under a weak document word (a guideline, initiative, vision) is
    where it can be a name: quoted, shown, acted on, listed, or titled."""
    return bool(
        is_shown
        or QUOTE_MARK.search(m.group())
        or after_deed(sentence, m.start())
        # (or drafted, proposed: "đề xuất Sáng kiến ASEAN về …", "xây dựng Tầm nhìn …"; not
        # aimed at: "hướng tới Tầm nhìn chung …" is a goal)
        or (
            carried_out(sentence[: m.start()], ("proposed",))
            and not AIMED_AT.search(sentence, 0, m.start())
        )
        or list_intro_status(sentence, m.start(), loose=True)
        # or the object of a deed told after it ("Quy chế … sẽ được hai tỉnh ký")
        or passive_deed_after(sentence, m.start(), m.end())
        # a vision or guideline carried out, that gives the period it covers ("triển
        # khai hiệu quả Tầm nhìn chung … đến năm 2030"), is a document, not a goal
        or (carried_out(sentence[: m.start()]) and bool(PERIOD.search(m.group())))
        # a guideline, regulation or terms of reference carried out or applied is a text in
        # force, whatever follows its kind ("tiếp tục triển khai Hướng dẫn đẩy nhanh …",
        # "áp dụng Hướng dẫn của ADMM về …"), unlike a vision, which may be a goal
        or (carried_out(sentence[: m.start()]) and titled_kind(m.group()))
        or weak_titled(sentence, m.start(), m.group())
        # cited as the measure of what is done ("trên cơ sở Tầm nhìn Putrajaya 2040")
        or cited_as_measure(sentence, m.start())
    )


# "một hiệp định …": an indefinite article before a kind in lower case (one signed or
# adopted is still a document: "hai bên đã ký một bản ghi nhớ về …")
# a number in a name: its period or year ("kế hoạch hành động cho giai đoạn 2026-2030")
_NUMBER = re.compile(r"\d")
_INDEFINITE = re.compile(r"\bmột\s+$", re.IGNORECASE)
# Any one of a kind, or what a thing is turned into ("đàm phán một Hiệp định Thương mại tự
# do", "nâng cấp … thành Hiệp định Đối tác Kinh tế Toàn diện"): capitalised or not, the
# title names no document unless it says whose or what about.
# (not the compounds "hoàn thành" complete, "tán thành" approve)
_ANY_ONE = re.compile(r"(?:\bmột|(?<!hoàn )(?<!tán )\bthành)\s+$", re.IGNORECASE)
# What makes a title one document's: its parties or place, an acronym, a number, a topic.
_PARTY_MARK = re.compile(r"\d|\s[-–]\s|\b(?:về|giữa|với|của)\b|\b[A-ZĐ]{2,}\b|[(“\"]")
# ... but parties only counted name none ("một Hiệp định Thương mại giữa hai khu vực")
_COUNTED_PARTIES = re.compile(
    r"\s+(?:giữa|với|của)\s+(?:hai|ba|các|2|3)"
    r"\s+(?:khu vực|nước|bên|quốc gia|tỉnh|thành phố|Bộ|bộ)$"
)


def _named_part(name: str) -> str:
    """``name`` without parties only counted ("thỏa thuận hợp tác giữa 2 tỉnh" → "thỏa
    thuận hợp tác"): they name no one, so they make no title."""
    return _COUNTED_PARTIES.sub("", name)


def _names_no_party(name: str) -> bool:
    """Whether ``name`` is a kind however capitalised: no party, place, acronym, number or
    topic ("Hiệp định Đối tác Kinh tế Toàn diện"), or parties only counted ("… giữa hai
    khu vực"), unlike "Hiệp định … Việt Nam - Chile"."""
    name = _named_part(name)
    if _PARTY_MARK.search(name):
        return False
    words = fold(name).split()
    return not any(
        " ".join(words[i : i + n]) in GEO_KEYS
        for n in GEO_LENGTHS
        for i in range(len(words) - n + 1)
    )


def _lower_deeds(sentence: str) -> set[tuple[int, int]]:
    """Documents in lower case named by what is done with them: signed, adopted or issued
    ("ký thỏa thuận …", "ban hành kế hoạch hành động về …"), or an instrument or plan
    carried out, drafted or listed among the papers a verb acts on."""
    found = {m.span(1) for m in SIGNED_LOWER_DOCUMENT.finditer(sentence)} | {
        m.span(1)
        for m in ADOPTED_LOWER_DOCUMENT.finditer(sentence)
        if not means_through(sentence, m.start())
    }
    found |= {
        m.span()
        for pattern_ in (LOWER_INSTRUMENT, LOWER_NAMED_PLAN)
        for m in pattern_.finditer(sentence)
        if carried_out(sentence[: m.start()], ("implementing", "proposed", *DEEDS))
        # or an item of the papers a verb acts on ("Các văn kiện được ký gồm …")
        or list_intro_status(sentence, m.start(), loose=True) is not None
    }
    found |= {
        m.span()
        for m in NATIONAL_PLAN.finditer(sentence)
        if carried_out(sentence[: m.start()], ("implementing", *DEEDS))
    }
    return found | _joined_lower(sentence, found)


# what joins two documents of one list: a comma, "và", "cùng"
_JOINED = re.compile(r"\s*(?:,\s*)?(?:(?:và|cùng(?: với)?)\s+)?")


def _joined_lower(sentence: str, found: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Instruments and plans in lower case that say their topic, joined by a comma or "và"
    to a document a deed names ("ký kết bản ghi nhớ về hợp tác quốc phòng và thỏa thuận về
    miễn thị thực"): the verb acts on the list, so on each of them."""
    ends = {end for _, end in found}
    joined: set[tuple[int, int]] = set()
    for m in sorted(
        (m for p in (LOWER_INSTRUMENT, LOWER_NAMED_PLAN) for m in p.finditer(sentence)),
        key=lambda m: m.start(),
    ):
        if any(end < m.start() and _JOINED.fullmatch(sentence, end, m.start()) for end in ends):
            joined.add(m.span())
            ends.add(m.end())
    return joined - found


def _not_here(sentence: str, start: int, end: int) -> bool:
    """Whether a span is no document here: part of a body's name, a count of a kind, an
    event that takes place, the adjective "Chiến lược", the verb "tuyên bố", or a kind
    that speaks ("Nghị quyết yêu cầu …")."""
    return (
        in_body_name(sentence, start)
        or kind_speaks(sentence, start)
        or counted(sentence, start)
        or names_event(sentence, start, end)
        or strategic_adjective(sentence, start)
        or declare_verb(sentence, start, end)
    )


def _touch(sentence: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two spans overlap or only blanks and commas part them."""
    (a, b), (x, y) = one, other
    if a < y and x < b:
        return True
    gap = sentence[b:x] if b <= x else sentence[y:a]
    return not gap.strip(" ,")


def _candidates(
    sentence: str, is_shown: bool, glossary_documents: KnownDocuments | None
) -> _Candidates:
    """Every span of ``sentence`` that may name a document, by each way of finding one."""
    pattern = [
        (m.start(), end_with_subtitle(sentence, m.end())) for m in DOCUMENT_NAME.finditer(sentence)
    ]
    pattern += [
        (m.start(), end_with_subtitle(sentence, m.end()))
        for m in WEAK_DOCUMENT_NAME.finditer(sentence)
        if _weak_named(sentence, m, is_shown)
    ]
    if is_shown:
        pattern += [
            (m.start(1), m.end())
            for m in DEED_THEN_LOWER_DOCUMENT.finditer(sentence)
            if not _COOPERATION_PAPERS.match(sentence, m.start(1))
        ]
    # a kind of document that is as often a common noun, named and acted on
    governed = {
        (m.start(), end_with_subtitle(sentence, m.end()))
        for m in GOVERNED_DOCUMENT_NAME.finditer(sentence)
        if governed_title(sentence, m.start(), m.end("kind"), clean_name(m.group()))
    }
    pattern += list(governed)
    lower_deeds = _lower_deeds(sentence)
    # a name opening its clause, capitalised only as the sentence's first word, that a deed
    # in the passive after it signs or adopts ("Chương trình hành động … dự kiến được ký …")
    lower_deeds |= {
        (m.start(), end_with_subtitle(sentence, m.end()))
        for names in (DOCUMENT_NAME, WEAK_DOCUMENT_NAME)
        for m in names.finditer(sentence)
        if passive_deed_after(sentence, m.start(), m.end())
        or in_force_after(sentence, m.start(), m.end())
    }
    pattern += list(lower_deeds)
    pattern += [
        m.span(1 if m.group(1) is not None else 2)
        for m in KIND_THEN_QUOTE.finditer(sentence)
        if not by_way_of(sentence, m.start())
    ]
    pattern += [
        m.span(1)
        for m in DEED_THEN_QUOTE.finditer(sentence)
        if not means_through(sentence, m.start())
    ]
    pattern += [
        (m.start(), end_with_subtitle(sentence, m.end()))
        for m in LOWER_PERIOD_DOCUMENT.finditer(sentence)
        if PERIOD.search(m.group())
    ]
    pattern += _listed_papers(sentence)
    pattern = [(a, _without_meetings_number(sentence, a, b)) for a, b in pattern]
    pattern = [(a, b) for a, b in pattern if not _not_here(sentence, a, b)]
    mentions = glossary_documents.mentions(sentence) if glossary_documents else []
    known = [
        (m.start, m.end)
        for m in mentions
        if not in_body_name(sentence, m.start)
        and not (m.acronym and in_committee_name(sentence, m.start))
        and not (m.acronym and upgraded_version(sentence, m.end))
    ]
    goals = {(m.start, m.end) for m in mentions if m.maybe_goal}
    # a code names its programme as surely as the glossary names a document
    # (named in full where a capitalised title runs from the kind to it: "Dự án Hệ thống
    # thông tin … ASEAN (ICT-DM)", unlike "Chương trình do EU hỗ trợ này (EU-HSPSP-2)")
    known += [
        (m.start(), m.end()) if _TITLED_KIND.match(m.group()) else m.span(1)
        for m in KIND_THEN_CODE.finditer(sentence)
    ]
    # … and so does the place, body or acronym a project in lower case ends on ("dự án sân
    # bay Long Thành", "dự án đập SABO")
    known += lower_named_projects(sentence)
    # … and the lead of a list of projects its items ("cho các dự án: A, B, C")
    projects = listed_projects(sentence)
    known += projects
    # a list sharing one document word is its documents, whatever else was read there
    shared = shared_heads(sentence, glossary_documents)
    shared_names = {(a, b): name for _, _, documents in shared for a, b, name in documents}
    pattern, known = (
        [(a, b) for a, b in read if not any(x <= a < y for x, y, _ in shared)]
        for read in (pattern, known)
    )
    known += list(shared_names)
    # names the learned tagger reads where the grammar read none: shapes no rule foresaw;
    # not one touching a name the grammar read, a piece of a name it cut otherwise
    # ("Hướng dẫn thực hiện | Hiệp định …", the guidelines the rules leave to the agreement)
    read = [*pattern, *known]
    pattern += [
        span for span in tagged_names(sentence) if not any(_touch(sentence, span, r) for r in read)
    ]
    return _Candidates(
        tuple(pattern),
        tuple(known),
        frozenset(goals),
        frozenset(governed),
        frozenset(lower_deeds),
        shared_names,
        frozenset(projects),
    )


# "Hội nghị cũng thông qua các văn kiện: - Kế hoạch …; - Khái niệm về …; - Điều khoản tham
# chiếu …": a lead that calls what follows papers and ends with a colon makes each marked
# item after it a document, whatever word it opens with (a concept paper, terms of
# reference); the item runs to its semicolon or full stop.
_PAPERS_LEAD = re.compile(r"\b(?:các|những|\d+)\s+(?:văn kiện|văn bản|tài liệu)\b[^:;.]{0,30}:")
_PAPER_ITEM = re.compile(rf"(?<=[:;]\s){_ITEM_MARK_PATTERN}\s*([{UPPER}][^;]*?)\s*(?=[;]|\.?$)")


# "ký văn kiện hợp tác với …": papers of cooperation, signed and not named
_COOPERATION_PAPERS = re.compile(r"văn (?:kiện|bản) hợp tác\b")


def _listed_papers(sentence: str) -> list[tuple[int, int]]:
    """The spans of the marked items of a list of papers (_PAPERS_LEAD) in ``sentence``."""
    lead = _PAPERS_LEAD.search(sentence)
    if lead is None:
        return []
    return [m.span(1) for m in _PAPER_ITEM.finditer(sentence, lead.end() - 1)]


# "Hội nghị Quan chức cao cấp ASEAN - Trung Quốc về thực hiện Tuyên bố về ứng xử … lần thứ
# 23 (SOM-DOC 23)": a document named inside a meeting's name, after what the meeting is
# about, leaves the meeting's number (and the acronym after it) to the meeting.
_MEETING_ABOUT = re.compile(
    r"\b(?:Hội nghị|Cuộc họp|Phiên họp|Hội thảo|Nhóm công tác|Diễn đàn|Đối thoại)\b"
    r"[^,.;:]{0,80}?\svề(?:\s+(?:việc|thực hiện|triển khai))*\s+$"
    # the Conference of the Parties to a convention or agreement ("Hội nghị các Bên tham gia
    # Công ước lần thứ 30"): the number is the meeting's
    r"|\bHội nghị các [Bb]ên(?:\s+tham gia)?\s+$"
    # ... and the committee that carries it out ("Ủy ban Thực hiện Hiệp định … lần thứ 11")
    r"|\b(?:Ủy|Uỷ) ban [Tt]hực hiện\s+$"
)
_MEETINGS_NUMBER = re.compile(r"\s+lần thứ\s+(?:\d+|[IVXL]+)\b")


def _without_meetings_number(sentence: str, start: int, end: int) -> int:
    """Where a name ends that a meeting's name holds (_MEETING_ABOUT)."""
    if not _MEETING_ABOUT.search(sentence, 0, start):
        return end
    number = _MEETINGS_NUMBER.search(sentence, start, end)
    return number.start() if number else end


def _longest(candidates: _Candidates) -> list[tuple[int, int, bool]]:
    """Each span no other contains, and whether a known name: of two overlapping names the
    longer wins ("… hợp tác năm 2012" over "… hợp tác")."""
    every = candidates.pattern + candidates.known
    return sorted(
        {
            (start, end, (start, end) in candidates.known)
            for start, end in every
            if not any((a <= start and end < b) or (a < start and end <= b) for a, b in every)
        }
    )


# A kind of document and a word pointing back ("Kế hoạch hành động mới", "Bản ghi nhớ
# này", "Hiệp định nói trên"): the document of that kind the article has named.
# (or the one in force, "Kế hoạch công tác hiện hành", which the text does not name)
_THIS_ONE = re.compile(r"(?P<kind>.+?)\s+(?:mới|này|nói trên|trên|đó|hiện hành|hiện tại)$")


# How much a status says of what was done with a document: a deed more than drafting or
# carrying it out, either more than a mention.
_STRENGTH = {"referenced": 0, "implementing": 1, "proposed": 1, "signed": 2, "adopted": 2}


class _Found:
    """The documents listed so far, each under its key, with the glossary documents each
    one is (its identity)."""

    def __init__(self) -> None:
        self.by_key: dict[str, Declaration] = {}
        self.ids: dict[str, frozenset[str]] = {}
        self.glosses: dict[str, str] = {}
        """The key of the document each bracketed short name glosses (split_gloss)."""

    def upgrade(self, name: str, status: str, identity: frozenset[str]) -> None:
        """Give the document ``name`` names again ``status``, if it was only mentioned so
        far: named first in passing ("Tuyên bố chung … nêu rõ"), then what was done with
        it ("Hội nghị đã ra Tuyên bố chung"), the deed is its status."""
        key = document_key(name)
        same = self.glosses.get(key) or same_document(key, self.by_key, identity, self.ids)
        if same is not None and self.by_key[same].status == "referenced" and status in DEEDS:
            self.by_key[same] = replace(self.by_key[same], status=status)

    def alias(self, name: str, glossed: str) -> bool:
        """Take ``name`` as the short name of the document ``glossed`` names, where that is
        listed ("Tuyên bố … về kinh tế tuần hoàn, còn gọi là Tuyên bố Cebu")."""
        key = document_key(glossed)
        same = self.glosses.get(key) or same_document(key, self.by_key)
        if same is not None:
            self.glosses.setdefault(document_key(name), same)
        return same is not None

    def strengthen(self, key: str, status: str) -> None:
        """Give the document found under ``key`` the ``status`` a later mention acts on it
        with, where that says more: named in passing ("Theo Chiến lược …"), then carried
        out ("triển khai hiệu quả Chiến lược …"); drafted ("dự thảo Hiệp định …"), then
        signed ("đã ký Hiệp định …")."""
        if _STRENGTH[status] > _STRENGTH[self.by_key[key].status]:
            self.by_key[key] = replace(self.by_key[key], status=status)

    def record(
        self,
        name: str,
        status: str,
        sentence: str,
        identity: frozenset[str],
        *,
        is_shown: bool,
        acted: bool,
    ) -> None:
        """List the document ``name`` with ``status``, or, where it is one listed already,
        give that one its full name and, where a verb ``acted`` on this mention, the
        stronger status."""
        name, gloss = split_gloss(name)
        key = document_key(name)
        this = _THIS_ONE.match(name)
        if this and is_type_only(this.group("kind")):
            # "Kế hoạch hành động mới": the plan of that kind just listed, if any
            kind = document_key(this.group("kind"))
            same = next((k for k in reversed(self.by_key) if k.startswith(kind)), None)
            if same is not None and acted:
                self.strengthen(same, status)
            return
        if is_shown:
            key = retold(key, self.by_key)
        same = self.glosses.get(key) or same_document(key, self.by_key, identity, self.ids)
        if gloss is not None:
            self.glosses.setdefault(document_key(gloss), same or key)
        if same is None and JOINT_STATEMENT.match(key):
            same = issued_statement(name, status, self.by_key)
            if same is not None and status == "adopted":
                self.by_key[same] = replace(self.by_key[same], status=status)
        if same is None:
            self.by_key[key] = Declaration(Bilingual(name), status, sentence)
            self.ids[key] = identity
            return
        if bare_statement(self.by_key[same].name.vi) and not bare_statement(name):
            # "ra Thông cáo chung", then "Tuyên bố chung của Hội nghị … lần thứ 58": the
            # statement is listed by its full name
            self.by_key[same] = replace(self.by_key[same], name=Bilingual(name))
        if acted:
            # the strongest mention gives the status, where a verb acts on the name
            # ("thông qua Tuyên bố …", "triển khai Kế hoạch …"), not a passive after it
            # ("Tuyên bố … (đã được thông qua năm 2020)")
            self.strengthen(same, status)

    def declarations(self) -> tuple[Declaration, ...]:
        """The documents listed, in order of first mention, less a kind named alone
        that a longer name listed is."""
        # "bản ghi nhớ" after "Biên bản ghi nhớ hợp tác năm 2012" is that memorandum again.
        return tuple(
            d
            for key, d in self.by_key.items()
            if not (is_type_only(d.name.vi) and any(key in k and key != k for k in self.by_key))
        )


# A kind capitalised mid-sentence, where Vietnamese writes a common noun in lower case, then
# a topic of eight syllables or more, is a title ("… và Chiến lược quản lý khu vực đất than
# bùn"); not the sentence's first word ("Chương trình giao lưu hữu nghị, …"), nor words that
# run on into the clause or describe ("cấp vốn cho Chương trình và sẵn sàng mở rộng …",
# "Tuyên bố như nghiên cứu …", "Nghị định thư bổ sung các chương mới …").
_FOR_COUNTED = re.compile(r"\bcho\s+(?:các|những|\d+|hai|ba|bốn|năm)\s")
_MID_SENTENCE = re.compile(r"[\w,)]\s+$")
_CLAUSE_WORD = re.compile(r"\b(?:và|sẽ|đã|được|là|này|đó|cũng|đang|như|các|những|mới)\b")
MIN_TITLE_SYLLABLES = 8


def _long_title_mid_sentence(sentence: str, start: int, name: str, named: str) -> bool:
    return (
        name[0].isupper()
        and bool(_MID_SENTENCE.search(sentence, 0, start))
        and len(named.split()) >= MIN_TITLE_SYLLABLES
        and not _CLAUSE_WORD.search(named)
        and not is_type_only(name)
        and not KIND_FOR.match(name)
    )


def _proper(sentence: str, start: int, name: str, is_known: bool, governed: bool) -> bool:
    """Whether ``name`` at ``start`` is written as a title: known to the glossary, with a
    number, quote, capital or acronym, quoted, long, titled by its topic, or a
    kind that is as often a common noun, named and acted on."""
    if not is_known and name[0].islower() and KIND_FOR.match(name) and not _NUMBER.search(name):
        # "tạo khuôn khổ ổn định cho nguồn cung gạo của Việt Nam sang Philippines": a kind
        # described by what it is for, the capitals those of whom it serves
        return False
    if not is_known and name[0].islower() and _FOR_COUNTED.search(name):
        return False  # "hiệp định vốn vay cho 3 dự án": one for a batch of things, a kind
    named = _named_part(name)
    return bool(
        is_known
        or PROPER_MARK.search(named)
        or sentence[:start].rstrip().endswith(("“", '"', "‘", "'"))
        or (
            name[0].islower()
            and len(named.split()) >= 6
            and not is_type_only(name)
            and not KIND_FOR.match(name)
        )
        or _long_title_mid_sentence(sentence, start, name, named)
        or titled_by_topic(sentence, start, name)
        or governed
    )


def _mention_status(
    sentence: str,
    name: str,
    before: str,
    after: str,
    others: str,
    start: int,
    listed_after: str | None,
    is_shown: bool,
) -> tuple[str, str | None, bool]:
    """The status of one mention, that of the verb introducing its list, if any, and
    whether it is a joint statement a headline reports issued: from the verbs around the
    name in its clause (``before``, ``after``, with other names blanked), the list it is
    an item of (semicolons parting its items too), and a headline's adoption."""
    status = status_around(before, after, listed_after)
    if status == "referenced" and issued_after(name, after):
        status = "adopted"  # "Tuyên bố chung … đã được đưa ra …": issued
    if status == "referenced":
        status = topic_status(before, after) or status
    if status == "referenced" and acted_through(sentence, start):
        status = "implementing"  # "hỗ trợ … thông qua Chương trình …": in operation
    introduced = list_intro_status(others, start)
    if introduced and (
        status == "referenced"
        # texts adopted or signed before, their carrying out reviewed now ("rà soát việc
        # thực hiện các văn kiện được thông qua năm …, bao gồm …"): the review is the deed
        or (introduced == "implementing" and status in DEEDS)
        # an item the list's lead says was adopted or signed, which took the status of the
        # text named inside the item before it ("… Nghị quyết về hài hòa hóa pháp luật để
        # thực hiện Hiệp định … (DEFA) và Nghị quyết về …"): the lead's deed
        or (introduced in DEEDS and status == listed_after == "implementing")
    ):
        status = introduced
    if is_shown and status == "referenced" and ADOPTING_HEADLINE.match(sentence):
        status = "adopted"
    if status == "signed" and _ISSUED_KIND.match(name):
        status = "adopted"  # "trao Quyết định số …": a decision handed over is issued
    if is_shown and status == "referenced" and JOINT_STATEMENT.match(fold(name)):
        # a headline naming a joint statement ("Toàn văn Tuyên bố chung Việt Nam - Trung
        # Quốc", "Thông cáo chung Hội nghị … lần thứ 58") reports its issue
        return "adopted", introduced, True
    if status == "referenced":
        status = _deed_over_semicolons(others, _clause(sentence, start, start)[0]) or status
    return status, introduced, False


_PROJECT = re.compile(r"[Dd]ự án\b")


# Texts one authority issues, not instruments between parties: signed or handed over
# ("Thủ tướng ký Quyết định …", "trao Quyết định chủ trương đầu tư …"), they are issued.
_ISSUED_KIND = re.compile(r"(?:Quyết định|Nghị quyết|Nghị định(?! thư)|Thông tư|Chỉ thị)\b")


# An official title right before a document word makes it part of a post or a ministry
# ("Giám đốc Chương trình của Ban Thư ký APEC", "Điều phối viên Chương trình của UNDP").
_POST_BEFORE = re.compile(rf"(?<!\w){TITLE_RE}\s+$")


_SEMICOLON = re.compile(r";\s*")


def _names_run_on(sentence: str, spans: list[tuple[int, int, bool]]) -> bool:
    """Whether every part after a semicolon is a name, so that one verb introduces them
    all ("… được thông qua có A; B; C"); items that are clauses with verbs of their own,
    before the name ("… như xây dựng …; thực hiện Kế hoạch …; Khuôn khổ …") or after it
    ("…; Hiệp định về dẫn độ vẫn đang được đàm phán"), pass on no status."""
    ends = {a: b for a, b, _ in spans}
    parts = [m.end() for m in _SEMICOLON.finditer(sentence) if m.end() < len(sentence)]
    for a in parts:
        if a not in ends:
            return False
        part_end = sentence.find(";", ends[a])
        if status_verbs(sentence, ends[a], part_end if part_end >= 0 else len(sentence)):
            return False
    return True


def _read_mention(
    sentence: str,
    span: tuple[int, int, bool],
    spans: list[tuple[int, int, bool]],
    candidates: _Candidates,
    previous: tuple[int, str] | None,
    is_shown: bool,
    glossary_documents: KnownDocuments | None,
    found: _Found,
) -> tuple[int, str] | None:
    """Read the name at ``span`` of ``sentence``: list it in ``found`` if it is a document,
    or raise the status of one listed. Returns its end and status where it is a name (the
    next item of a list takes that status), else None."""
    start, end, is_known = span
    name = clean_name(candidates.shared_names.get((start, end), sentence[start:end]))
    words = name.split()
    if (len(words) < 3 and not is_known) or NOT_DOCUMENT.search(name):
        return None
    if _POST_BEFORE.search(sentence, 0, start):
        return None  # "Giám đốc Chương trình của …", "Bộ trưởng Kế hoạch và Đầu tư": a post
    cut = not is_shown and not is_complete(sentence)
    if cut and not sentence[end:].strip():
        return None  # cut mid-word by a scraped excerpt ("… Tuyên bố tầm nhìn chun")
    identity = glossary_documents.identities(name) if glossary_documents else frozenset()
    left, right = _clause(sentence, start, end)
    glossed = [a for a, b, _ in spans if previous and b == previous[0]]
    if (
        glossed
        and _ALSO_CALLED.fullmatch(sentence, previous[0], start)
        and found.alias(name, clean_name(sentence[glossed[0] : previous[0]]))
    ):
        return previous
    if glossed and _glosses(
        sentence[glossed[0] : previous[0]], sentence[previous[0] : start], name
    ):
        return previous
    gap = sentence[previous[0] : start] if previous else ""
    listed = LIST_GAP.fullmatch(gap) and (";" not in gap or _names_run_on(sentence, spans))
    # The verbs in another document's name ("Kế hoạch xây dựng Cộng đồng …") say nothing of
    # what was done with this one.
    others = _blank(
        sentence,
        [(a, b) for a, b, _ in spans if (a, b) != (start, end)]
        + [way for way in [by_way_of(sentence, start)] if way],
    )
    before = others[left:start]
    status, introduced, reports_issue = _mention_status(
        sentence,
        name,
        before,
        others[end:right],
        others,
        start,
        previous[1] if listed else None,
        is_shown,
    )
    if status in ("referenced", "signed") and (
        (start, end) in candidates.projects or _PROJECT.match(name)
    ):
        # a project named is one under way ("thành công của dự án …"), one a signed loan
        # funds too ("ký hiệp định vay … cho các dự án: …"): what is signed is the loan
        status = "implementing"
    if name[0].islower() and status not in DEEDS and _INDEFINITE.search(sentence, 0, start):
        return None  # "đàm phán một hiệp định thương mại tự do …": any one, none named
    if not is_known and _ANY_ONE.search(sentence, 0, start) and _names_no_party(name):
        return None  # "nâng cấp … thành Hiệp định Đối tác Kinh tế Toàn diện": a kind, titled
    if name[0].islower() and not is_known and _PREDICATE.search(sentence, 0, start):
        return None  # "coi Hiến chương ASEAN là bộ quy tắc ứng xử …": what a thing is
    if name.startswith(_MECHANISM_KINDS) and _MEETING_OF.search(sentence, 0, start):
        return None  # "Hội nghị Cấp cao Chiến lược hợp tác kinh tế …": the meeting's name
    if _QUOTED_QUALITY.match(name):
        return None  # "để hiệp định “thân thiện hơn …”": a quality quoted, not a title
    if reports_issue:
        found.upgrade(name, status, identity)
    proper = _proper(sentence, start, name, is_known, (start, end) in candidates.governed)
    if name.startswith(WEAK_DOCUMENT_WORDS) and not (
        is_known
        or QUOTE_MARK.search(name)
        # a name the sentence quotes ("thông qua “Hướng dẫn ASEAN về …”")
        or QUOTE_MARK.search(sentence, max(0, start - 1), start)
        or weak_titled(sentence, start, name)
        or cited_as_measure(sentence, start)
    ):
        proper = False  # "Sáng kiến của Việt Nam", "Tầm nhìn Cộng đồng ASEAN …"
    if (start, end) in candidates.goals and not (
        status in DEEDS
        or (status == "implementing" and under_way(before))
        # a vision being drafted ("cho việc xây dựng Tầm nhìn …"): the text to come
        or (status == "proposed" and _DRAFTED.search(before))
        or cited_as_measure(sentence, start)
    ):
        return None  # "hướng tới Tầm nhìn …", unlike "thông qua/triển khai Tầm nhìn …"
    # a document the meeting signs, adopts, drafts or carries out, right before its name
    # ("sẽ ký kết Hiệp định về …", "tiếp tục thực hiện Thỏa thuận về …", "đàm phán Hiệp
    # định về …")
    planned = acted_on(before, planned=True) or carried_out(before, ("implementing", "proposed"))
    # (an item joined to a document signed, adopted, or to be signed or negotiated: "đàm
    # phán Hiệp định tương trợ tư pháp về hình sự và Hiệp định chuyển giao …", however far
    # the verb stands once the first name is blanked)
    listed_deed = bool(listed) and previous[1] in (*DEEDS, "proposed")
    deed = named_by_deed(sentence, start, "signed" if planned or listed_deed else status)
    # a meeting's joint statement is what it issues, named or not, in whichever case ("ra
    # Tuyên bố chung", "thông qua tuyên bố chung", "thông qua Thông cáo báo chí chung về kết
    # quả chuyến thăm"); written with a capital, it is that statement even in passing
    # ("Tuyên bố chung nêu rõ …")
    joint = JOINT_STATEMENT.match(fold(name)) and (status in DEEDS or name[0].isupper())
    # (a kind with parties only counted is named by no title: "ký thỏa thuận hợp tác giữa 2
    # tỉnh")
    titled = len(words) >= 4 and not is_type_only(_named_part(name))
    by_deed = (deed and (is_shown or (titled and (planned or listed_deed)))) or (
        ((start, end) in candidates.lower_deeds or introduced is not None) and titled
    )
    if not (proper or joint or by_deed):
        if deed:  # "Hội nghị đã ra Tuyên bố chung" after its full name
            found.upgrade(name, status, identity)
        return None
    if is_type_only(name) and status not in DEEDS and not joint:
        return (end, status)  # "các Khuôn khổ, Kế hoạch hành động": kinds, no name
    acted = acted_on(before) or carried_out(before, ("implementing", "proposed"))
    found.record(name, status, sentence, identity, is_shown=is_shown, acted=acted)
    return (end, status)


# drafting still to come, right before the name: "(định hướng) cho việc xây dựng Tầm nhìn
# …", "đẩy nhanh việc soạn thảo …"; not a part taken in it ("đã góp phần vào việc xây dựng
# Tầm nhìn …", a vision since adopted), nor a vision the parties are building towards
# ("Các nước đang xây dựng Tầm nhìn …", a goal: test_extract)
_DRAFTED = re.compile(
    r"\b(?:cho|để|nhằm|sẽ|đẩy nhanh|khẩn trương|bắt đầu|tiến hành)\s+(?:việc\s+)?"
    r"(?:xây dựng|soạn thảo|dự thảo)\s*$",
    re.IGNORECASE,
)


# "…, còn gọi là Tuyên bố Cebu", "(gọi tắt là Thỏa thuận …)": the short name the article
# goes on to call the document just named by
_ALSO_CALLED = re.compile(
    r"[\s,(]*(?:(?:hay|và)\s+)?(?:còn|thường|sau đây|được)?\s*gọi(?:\s+tắt)?\s+là\s*[“\"]?"
)


def _glosses(named: str, gap: str, name: str) -> bool:
    """Whether ``name``, after the document ``named`` and a comma, describes it in
    apposition: in lower case and of its kind ("Hiệp định … (DEFA), hiệp định số đầu tiên
    …"), the same document again (docs/annotating.md: "under a gloss, is one entry"),
    unlike a list's next item, of another kind ("Hiệp định …, bản ghi nhớ …")."""
    kind = named.split()[:2]
    return (
        name[:1].islower()
        and gap.strip() == ","
        and len(kind) == 2
        and [w.lower() for w in name.split()[:2]] == [w.lower() for w in kind]
    )


# a capitalised kind, then a capitalised word: the title the code abbreviates
_TITLED_KIND = re.compile(r"(?:Chương trình|Dự án|Đề án|Kế hoạch|Sáng kiến)\s+[A-ZĐ]")


# "Hội nghị đã thông qua các văn kiện, gồm:" then "- Tuyên bố …;" "- Kế hoạch …;" on lines of
# their own: the items of a list the lead line introduces, one per paragraph.

_LIST_MARK = re.compile(rf"^\s*{_ITEM_MARK}")
# (an item of such a list already joined to its lead: "…, gồm: - Tuyên bố …;")
_JOINED_ITEM = re.compile(rf":\s+{_ITEM_MARK}")


def _lists_joined(sentences: Iterable[str]) -> dict[str, list[str]]:
    """The sentences, each list of items on lines of their own read as one sentence with
    the line ending with a colon that introduces them, as a list within a sentence is;
    each with the lines it is made of."""
    joined: list[list[str]] = []
    for sentence in sentences:
        if joined and (_item_of(joined[-1], sentence) or _among_them(joined[-1], sentence)):
            joined[-1].append(sentence.strip())
        else:
            joined.append([sentence])
    return {" ".join(lines): lines for lines in joined}


_AMONG_THEM = re.compile(rf"{AMONG_THEM}:\s*$|{AMONG_THEM_INLINE}(?=[{UPPER}])")


def _among_them(lines: list[str], sentence: str) -> bool:
    """Whether ``sentence`` opens a list of some of the papers the one sentence before it
    names, on lines of its own after a colon or run on after the lead ("Trong đó có A;
    B."), so that its items take the status of the verb there."""
    return (
        len(lines) == 1
        and bool(_AMONG_THEM.match(sentence.strip()))
        and bool(PAPERS.search(lines[0]))
    )


def _item_of(lines: list[str], sentence: str) -> bool:
    """Whether ``sentence`` is the next item of the list ``lines`` open: one with a mark
    ("- Tuyên bố …;"), or, with no mark, an item ending with a semicolon or the one after
    such an item ("Bản ghi nhớ …;" "Kế hoạch …;" "Thỏa thuận … ." under "…, trong đó có:")."""
    if not _introduces_list(" ".join(lines)) and not lines[0].rstrip().endswith(":"):
        return False
    if _LIST_MARK.match(sentence):
        return True
    return not _LIST_MARK.match(lines[-1]) and (
        sentence.rstrip().endswith(";") or (len(lines) > 1 and lines[-1].rstrip().endswith(";"))
    )


def _cited_by_line(declaration: Declaration, lists: dict[str, list[str]]) -> Declaration:
    """``declaration`` citing the line of a list that names it, not the joined list, so that
    the briefing finds the paragraph it comes from."""
    lines = lists.get(declaration.source_sentence, [])
    if len(lines) < 2:
        return declaration
    head = " ".join(declaration.name.vi.split()[:3])
    line = next((x for x in lines if head in x), lines[0])
    return replace(declaration, source_sentence=line)


def _introduces_list(text: str) -> bool:
    """Whether ``text`` ends with a colon, or with an item of the list one introduced."""
    return text.rstrip().endswith(":") or bool(_JOINED_ITEM.search(text))


# An instrument named again by its kind alone, capitalised mid-sentence as the one named
# before, with no name after it ("rà soát tình hình thực thi Hiệp định và …").
_BARE_KIND = re.compile(
    rf"(?<=\s)(Hiệp định|Hiệp ước|Công ước|Nghị định thư)(?=\s*[,.;]|\s*$|\s+[{LOWER}])"
)


def _read_bare_kinds(sentence: str, spans: list[tuple[int, int, bool]], found: _Found) -> None:
    """Carry out the document of that kind last listed, where a bare kind pointing back to
    it is carried out or reviewed and it was only cited so far (an agreement named in a
    meeting's name, then "rà soát tình hình thực thi Hiệp định"); a deed told earlier
    keeps its status."""
    for m in _BARE_KIND.finditer(sentence):
        if any(a <= m.start() < b and b > m.end() for a, b, _ in spans):
            continue  # the kind word of a longer name
        left, right = _clause(sentence, m.start(), m.end())
        if status_around(sentence[left : m.start()], sentence[m.end() : right]) != "implementing":
            continue
        same = [k for k, d in found.by_key.items() if d.name.vi.startswith(m[1])]
        if len(same) == 1 and found.by_key[same[0]].status == "referenced":
            found.strengthen(same[0], "implementing")


def extract_declarations(
    sentences: Iterable[str],
    glossary=None,
    *,
    headline: str | None = None,
    captions: Sequence[str] = (),
) -> tuple[Declaration, ...]:
    """Each named document once, in order of first mention, with the status of its
    strongest mention.

    Names come from the document-word pattern, and from the glossary's named documents
    (which also catches names the pattern cuts short). A document the ``headline`` or the
    photo ``captions`` alone name ("Hội nghị … ra Tuyên bố chung") is listed after those of
    the body.
    """
    if headline and headline.isupper():
        # a headline in capitals is read in sentence case, as its words are written
        headline = headline[:1] + headline[1:].lower()
    found = _Found()
    glossary_documents = KnownDocuments(glossary) if glossary is not None else None
    # The headline and the photo captions show what the meeting did in a few words, often
    # naming a document the body does not ("Hai Bộ trưởng ký Bản ghi nhớ về …" under the
    # photo of the ceremony): both are read alike, after the body.
    shown = [*([headline] if headline else []), *(c for c in captions if c.strip())]
    lists = _lists_joined(sentences)
    read = [(s, False) for s in lists] + [(s, True) for s in shown]
    for sentence, is_shown in read:
        candidates = _candidates(sentence, is_shown, glossary_documents)
        spans = _longest(candidates)
        previous: tuple[int, str] | None = None  # end and status of the last name here
        for span in spans:
            previous = (
                _read_mention(
                    sentence, span, spans, candidates, previous, is_shown, glossary_documents, found
                )
                or previous
            )
        if not is_shown:
            _read_bare_kinds(sentence, spans, found)
    return tuple(_cited_by_line(d, lists) for d in found.declarations())
