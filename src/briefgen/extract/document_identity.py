"""When two names are one document, so that the list names each document once.

A name written a little longer or shorter, by some of its words, by the glossary entry
it is, or in the headline's own words names a document already found; a meeting's joint
statement is one, whether called "Tuyên bố chung" or "Thông cáo chung", bare or in full.
"""

from __future__ import annotations

import re

from briefgen.extract.document_words import DOCUMENT_WORDS
from briefgen.extract.known_documents import is_type_only
from briefgen.normalize import fold
from briefgen.records import Declaration

# Words a document's name is written with or without ("Quyết định (số) 1439/QĐ-TTg",
# "Kế hoạch làm việc (của) ACCSM (giai đoạn) 2021-2025").
_OPTIONAL_WORDS = frozenset(fold("số giai đoạn năm của").split())


# A meeting's joint statement, whichever word the writer uses for it (the ASEAN Foreign
# Ministers' Joint Communiqué is "Tuyên bố chung" on one site, "Thông cáo chung" on another).
# The press version of either ("Thông cáo báo chí chung", "Tuyên bố báo chí chung") is what
# a state visit issues.
# A joint vision statement ("Tuyên bố Tầm nhìn chung") is one too.
JOINT_STATEMENT = re.compile(
    rf"^(?:{fold('Tuyên bố')}|{fold('Thông cáo')})(?: (?:{fold('báo chí')}|{fold('tầm nhìn')}))?"
    rf" {fold('chung')}(?: |$)"
)
_JOINT_NAME = re.compile(r"^(?:Tuyên bố|Thông cáo)(?: báo chí| [Tt]ầm nhìn)? chung\s*")
# Words that name the meeting itself, as any statement's complement may ("Tuyên bố chung
# của Hội nghị (này)"): they tell no statement from another.
_THIS_MEETING = frozenset(fold("của hội nghị này cuộc họp").split())
# "Tuyên bố chung về X" and "Tuyên bố về X" are one statement.
_JOINT_WORD = re.compile(rf"^({fold('Tuyên bố')}|{fold('Thông cáo')}) {fold('chung')}(?= )")


# "Lộ trình ASEAN hướng tới khu vực không khói mù giai đoạn 2023-2030 (Lộ trình không khói
# mù)": a short name in brackets, opening with the name's own document word, is the gloss the
# article names the document by later, not part of its name.
_GLOSS = re.compile(r"^(?P<name>(?P<kind>\S+\s+\S+)\s.*?\S)\s*\((?P<gloss>(?P=kind)\s[^()]+)\)$")


def split_gloss(name: str) -> tuple[str, str | None]:
    """``name`` without a bracketed short name of its own at its end, and that short name."""
    m = _GLOSS.match(name)
    return (m.group("name"), m.group("gloss")) if m else (name, None)


# ... and what a plan for a community may say or not ("Kế hoạch tổng thể (xây dựng) Cộng
# đồng Văn hóa(-)xã hội ASEAN"): the building of it, the dash between its fields.
_OPTIONAL_RUN = re.compile(rf"(?<!\S)(?:{re.escape(fold('xây dựng'))}|[-–])(?!\S)")


# A project is named with its kind or, in a list of projects, without it ("Dự án Phát triển
# hành lang …", "cho các dự án: Phát triển hành lang …"): one project.
_PROJECT_WORD = fold("dự án") + " "


def document_key(name: str) -> str:
    key = " ".join(w for w in fold(name).split() if w not in _OPTIONAL_WORDS)
    return key.removeprefix(_PROJECT_WORD)


def _plain_run(key: str) -> str:
    """``key`` without the words a plan for a community may leave out (_OPTIONAL_RUN)."""
    return " ".join(_OPTIONAL_RUN.sub(" ", key).split())


def same_document(
    key: str, found: dict[str, Declaration], known: frozenset[str] = frozenset(), ids=None
) -> str | None:
    """The key of a document already found that ``key`` names again: one written a little
    longer or shorter, the same glossary document (``known``, against each found one's
    ``ids``: "Hiệp ước Thân thiện … (TAC)" and "TAC"), one with its parties written
    otherwise after "giữa", or the meeting's joint statement, however it is written."""
    if known and ids:
        same = next((k for k in found if ids.get(k, frozenset()) & known), None)
        if same is not None:
            return same
    plain = _JOINT_WORD.sub(r"\1", key)
    for k in found:
        other = _JOINT_WORD.sub(r"\1", k)
        if other == plain or (
            (plain.startswith(other + " ") or other.startswith(plain + " "))
            and not _another_law(plain, other)
        ):
            return k
    for k in found:
        if _another_law(key, k):
            continue
        if _short_form(key, k, found[k].name.vi) or _short_form(k, key):
            return k
        if _parties_as_pair(key, k) or _parties_as_pair(k, key):
            return k
    for k in found:
        if _topic_shortened(key, k) or _topic_shortened(k, key):
            return k
    title = _quoted_title(plain)
    for k in found:  # "“Mái trường an toàn”" and "Chương trình “Mái trường an toàn”"
        other = _quoted_title(k)
        if (other is not None and other in (plain, title)) or (title is not None and title == k):
            return k
    stem = _without_parties(plain)
    for k in found:
        other = _JOINT_WORD.sub(r"\1", k)
        if (
            len(stem.split()) >= 3
            and stem == _without_parties(other)
            and stem != plain
            and not _other_period(plain.partition(_BETWEEN)[2], other.partition(_BETWEEN)[2])
        ):
            return k
    run = _plain_run(key)
    for k in found:
        if (run != key or _plain_run(k) != k) and _plain_run(k) == run:
            return k
    if JOINT_STATEMENT.match(key):
        return next((k for k in found if JOINT_STATEMENT.match(k) and _one_statement(key, k)), None)
    return None


_QUOTED_END = re.compile(r"[“\"]([^”\"]+)[”\"]\s*$")


def _quoted_title(key: str) -> str | None:
    """The quoted title a name is, after its kind alone ("chương trình “…”"), if any; not a
    document quoted in another's name ("Đề án Triển khai “Tuyên bố …”")."""
    m = _QUOTED_END.search(key)
    if m is None or (key[: m.start()].strip() and not is_type_only(key[: m.start()])):
        return None
    return m.group(1).strip()


_BETWEEN = f" {fold('giữa')} "
_YEARS = re.compile(r"(?:19|20)\d\d")


# What may follow the parties and tells one memorandum from another: its topic ("về …")
# or its period ("giai đoạn 2026-2028", which a key keeps as its years).
_AFTER_PARTIES = re.compile(rf" {fold('về')} |\b{_YEARS.pattern}\b")


def _without_parties(key: str) -> str:
    """A name without the parties it is between ("Bản ghi nhớ hợp tác … giữa hai Bộ" and
    "… giữa Bộ Nội vụ Việt Nam và Bộ Công vụ Thái Lan" are one memorandum), its topic or
    period after them kept ("Biên bản ghi nhớ giữa … và … về phát triển chuỗi cung ứng
    LNG", "… giữa hai Bộ giai đoạn 2026-2028"); "" where only the kind is left, which tells
    no memorandum of a list from another."""
    stem, between, rest = key.partition(_BETWEEN)
    mark = _AFTER_PARTIES.search(rest) if between else None
    topic = (" " + rest[mark.start() :].strip()) if mark else ""
    return "" if is_type_only(stem) and not topic else stem + topic


# "… Việt Nam - Lào", "… Việt Nam – Campuchia": two parties written as a pair.
_PAIR = re.compile(r"^(?P<one>.+?) [-–] (?P<two>.+)$")


def _parties_as_pair(short: str, full: str) -> bool:
    """Whether ``short`` names ``full`` again with its parties written as a pair after the
    same words ("Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào" for "Hiệp ước Hữu nghị và
    Hợp tác giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa dân chủ nhân dân
    Lào"): each party of the pair among the parties after "giữa", in that order."""
    stem, between, parties = full.partition(_BETWEEN)
    if not between or not short.startswith(stem + " ") or len(stem.split()) < 3:
        return False
    pair = _PAIR.match(short[len(stem) + 1 :])
    if pair is None:
        return False
    one = f" {parties} ".find(f" {pair['one']} ")
    return one >= 0 and f" {pair['two']} " in f" {parties} "[one + len(pair["one"]) + 1 :]


def _other_period(name: str, other: str) -> bool:
    """Whether two names both give years and none in common: plans of one body or pair of
    parties for two periods ("… 2021-2025" reviewed, "… giai đoạn 2026-2030" signed) are
    two documents."""
    years = [set(_YEARS.findall(n)) for n in (name, other)]
    return all(years) and not years[0] & years[1]


_LAW = re.compile(rf"^(?:{fold('bộ')} )?{fold('luật')} ")


def _another_law(key: str, other: str) -> bool:
    """Whether one law's title extends another's by words of its own ("Luật Đầu tư công"
    after "Luật Đầu tư", "Luật Giáo dục đại học" after "Luật Giáo dục"): a law is named by
    its exact title, and a narrower field makes another law, unlike a year or "(sửa đổi)"."""
    short, full = sorted((key, other), key=len)
    if not (_LAW.match(short) and full.startswith(short + " ")):
        return False
    tail = full[len(short) + 1 :]
    return not (tail[:1].isdigit() or tail.startswith("("))


def _short_form(short: str, full: str, full_name: str = "") -> bool:
    """Whether ``short`` names ``full`` again by some of its words, its kind and period
    kept ("Kế hoạch hành động 2026-2030" for "Kế hoạch hành động ASEAN về an ninh mạng giai
    đoạn 2026-2030", or "Kế hoạch công tác 2026-2030" for "Kế hoạch công tác ACW giai đoạn
    2026-2030": the body's acronym, in capitals in ``full_name``, left out); not a document
    of another body or period ("… ACCSM+3 …")."""
    a, b = short.split(), full.split()
    if len(a) < 3 or len(a) >= len(b) or a[:2] != b[:2]:
        return False
    # the words of ``full`` with a run in the middle left out: its body or topic, of two
    # words or more, not a joined "+3"
    head = next(i for i, (x, y) in enumerate(zip([*a, None], b, strict=False)) if x != y)
    dropped = b[head : head + len(b) - len(a)]
    acronym = len(dropped) == 1 and any(
        w.isupper() and len(w) > 1 and fold(w) == dropped[0] for w in full_name.split()
    )
    # (a folded word may carry a combining mark, which str.isalpha refuses: "triên̉")
    return (
        a[head:] == b[head + len(dropped) :]
        and (sum(w[:1].isalpha() for w in dropped) >= 2 or acronym)
        and dropped[0][:1].isalpha()
    )


# What a later mention drops of a topic: the deed that opens it and the region it covers
# ("Tuyên bố về hệ sinh thái xe điện" for "Tuyên bố về thúc đẩy hệ sinh thái xe điện khu
# vực"); any other word left out may make another document.
_TOPIC_DEED = frozenset(
    fold(w) for w in ("thúc đẩy", "tăng cường", "đẩy mạnh", "nâng cao", "bảo đảm", "xây dựng")
)
_TOPIC_SCOPE = frozenset(fold(w) for w in ("khu vực", "ASEAN", "toàn cầu"))
_ABOUT = f" {fold('về')} "


def _topic_shortened(short: str, full: str) -> bool:
    """Whether ``short`` names ``full`` again with its topic's opening deed or its region
    left out, its kind the same, three words of topic or more kept."""
    kind, about, topic = short.partition(_ABOUT)
    full_kind, full_about, full_topic = full.partition(_ABOUT)
    if not (about and full_about) or kind != full_kind or short == full:
        return False
    kept = topic.split()
    if len(kept) < 3:
        return False
    for deed in _TOPIC_DEED:
        if full_topic.startswith(deed + " "):
            full_topic = full_topic[len(deed) + 1 :]
            break
    for scope in _TOPIC_SCOPE:
        if full_topic.endswith(" " + scope):
            full_topic = full_topic[: -len(scope) - 1]
            break
    return full_topic == topic


def _one_statement(key: str, other: str) -> bool:
    """Whether two joint statements are one: either is bare ("ra Tuyên bố chung"), or their
    complements share most words ("Thông cáo chung của Hội nghị AMM lần thứ 58", "Tuyên bố
    chung của Hội nghị AMM …"); not a statement of an earlier visit and this meeting's, nor
    two editions of a joint vision that run to different years ("… đến năm 2030", "… đến
    năm 2040")."""
    a, b = (set(JOINT_STATEMENT.sub("", k).split()) - _THIS_MEETING for k in (key, other))
    if _other_period(key, other):
        return False
    return not a or not b or len(a & b) >= 0.6 * min(len(a), len(b))


def _parties_only(name: str) -> bool:
    """Whether a joint statement's name says only whose it is ("Tuyên bố chung Việt Nam -
    Indonesia"), as the press names the statement of the visit it reports."""
    words = _JOINT_NAME.sub("", name).split()
    return bool(words) and all(w[0].isupper() or w in ("-", "–") for w in words)


def bare_statement(name: str) -> bool:
    """Whether ``name`` is a joint statement named by its kind alone ("Thông cáo chung")."""
    return bool(JOINT_STATEMENT.match(fold(name))) and not _JOINT_NAME.sub("", name).strip()


def issued_statement(name: str, status: str, found: dict[str, Declaration]) -> str | None:
    """The key of the joint statement the meeting issued that a joint statement named only
    by its parties is ("ra Tuyên bố chung về việc nâng cấp quan hệ …", then "theo Tuyên bố
    chung Việt Nam - Indonesia, …"), in either order; one acted on otherwise ("thực hiện
    Tuyên bố chung Việt Nam - Hàn Quốc") may be an earlier visit's."""
    for key, d in found.items():
        if not JOINT_STATEMENT.match(key):
            continue
        pair = {status, d.status}
        if pair == {"adopted", "referenced"} and _parties_only(
            name if status == "referenced" else d.name.vi
        ):
            return key
    return None


# Document words, longest first, folded as keys are ("nghị định thư" before "nghị định").
_KINDS = tuple(sorted({fold(w) for w in DOCUMENT_WORDS}, key=len, reverse=True))


def _kind_of(key: str) -> str | None:
    """The document word a key opens with, if any."""
    return next((w for w in _KINDS if key.startswith(w + " ")), None)


def retold(key: str, found: dict[str, Declaration]) -> str:
    """The key of the body's document a headline names in its own words ("ký Bản ghi nhớ
    hợp tác lao động" for "Bản ghi nhớ về hợp tác trong lĩnh vực lao động"): the same
    document word and most of the shorter name's words, or the only one of its kind,
    signed or adopted ("Nghị định thư mở cửa …" for "Nghị định thư về yêu cầu kiểm dịch
    …"); else ``key`` itself. Only the
    headline is read so loosely: in the body, two such names are two documents ("Kế hoạch
    làm việc ACCSM …" and "Kế hoạch làm việc ACCSM+3 …")."""
    words = key.split()
    best, most = key, 0
    for k in found:
        other = k.split()
        shared = len(set(words) & set(other))
        if (
            words[:2] == other[:2]
            and shared >= 0.6 * min(len(words), len(other))
            and shared > most
            and not _other_period(key, k)
        ):
            best, most = k, shared
    if best == key and len(words) >= 4:
        # a headline telling what the document does ("ký Nghị định thư mở cửa thị trường
        # cho quả bưởi"): the one document of its kind the body reports signed or adopted,
        # not one it only cites ("Hiệp định về Quy chế quản lý biên giới" under a headline
        # on another agreement signed)
        kind = _kind_of(key)
        same_kind = [k for k in found if kind and _kind_of(k) == kind and not _other_period(key, k)]
        if len(same_kind) == 1 and found[same_kind[0]].status in ("signed", "adopted"):
            return same_kind[0]
    return best
