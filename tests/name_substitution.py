"""Metamorphic variants of annotated articles: the same article with its people replaced.

An article whose participants are replaced by other people, of other nations and with
other titles, must yield exactly the replaced participants: the rules are held to the
grammar of names and titles, not to the names they were written against. Every name and
title below is written for this purpose (public figures' names as the press prints them,
and invented ones), in the forms Vietnamese news uses: a Lao name after a long ministry
title, "Dato' Sri" and "bin", initials glued to a surname ("S.Lavrov"), family-given
order ("Tanaka Hiroshi"), Hán-Việt transliteration ("Vương Nghị"), and later short
mentions ("ông Lavrov", "Thủ tướng Anwar").

Used by tests/test_name_robustness.py (a fixed sample) and benchmarks/name_robustness.py
(every tuning article with every pool). Only TUNING articles may be varied.
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from briefgen.evaluate.brief import annotated_body
from briefgen.evaluate.gold import Annotation, read_annotations, read_split
from briefgen.extract import extract_facts
from briefgen.extract.role_titles import TITLE_RE
from briefgen.ingest import read_document
from briefgen.normalize import fold
from briefgen.records import ArticleFacts, Document
from briefgen.segment import split_sentences

SPLIT = Path(__file__).parent / "data" / "gold_split.tsv"


@dataclass(frozen=True)
class Person:
    """A replacement: the full name, the shorter forms a later mention uses ("Lavrov"),
    "ông" or "bà", and the country a role of theirs names (empty for an ASEAN office)."""

    name: str
    short: tuple[str, ...]
    sir: str
    country: str


def _people(country: str, sir: str, *entries: tuple[str, ...]) -> tuple[Person, ...]:
    return tuple(Person(e[0], tuple(e[1:]), sir, country) for e in entries)


POOLS: dict[str, tuple[Person, ...]] = {
    "lao": _people(
        "Lào",
        "ông",
        ("Sonexay Siphandone", "Sonexay"),
        ("Khamphet Sisavath", "Khamphet"),
        ("Saleumxay Kommasith", "Saleumxay"),
        ("Thongsavanh Phomvihane", "Thongsavanh"),
        ("Xỏn-xay Xi-phăn-đon", "Xỏn-xay"),
        ("Xay-xổm-phon Phôm-vi-hản", "Xay-xổm-phon"),
    ),
    "thai": _people(
        "Thái Lan",
        "ông",
        ("Maris Sangiampongsa", "Maris"),
        ("Sihasak Phuangketkeow", "Sihasak"),
        ("Anutin Charnvirakul", "Anutin"),
        ("Chakkraphong Saengmanee", "Chakkraphong"),
        ("Pol. Gen. Damrongsak Kittiprapas", "Damrongsak"),
        ("Thani Thongphakdi", "Thani"),
    ),
    "cambodian": _people(
        "Campuchia",
        "ông",
        ("Samdech Techo Hun Manet", "Hun Manet"),
        ("Sok Chenda Sophea", "Sok Chenda Sophea"),
        ("Prak Sokhonn", "Prak Sokhonn"),
        ("Samdech Hun Sen", "Hun Sen"),
        ("Chea Vandeth", "Chea Vandeth"),
        ("Sun Chanthol", "Sun Chanthol"),
        ("Keo Rimi", "Keo Rimi"),
    ),
    "myanmar": _people(
        "Myanmar",
        "ông",
        ("U Than Swe", "Than Swe"),
        ("U Kyaw Tin", "Kyaw Tin"),
        ("U Min Naung", "Min Naung"),
        ("Daw Khin Ma Ma Myo", "Khin Ma Ma Myo"),
        ("U Ko Ko Hlaing", "Ko Ko Hlaing"),
    ),
    "malaysian": _people(
        "Malaysia",
        "ông",
        ("Dato' Sri Anwar Ibrahim", "Anwar Ibrahim", "Anwar"),
        ("Datuk Seri Mohamad bin Haji Hasan", "Mohamad Hasan"),
        ("Tan Sri Muhyiddin Yassin", "Muhyiddin Yassin"),
        ("Dato' Sri Fadillah binti Yusof", "Fadillah Yusof"),
        ("Zambry Abdul Kadir", "Zambry"),
        ("Tengku Datuk Seri Utama Zafrul Aziz", "Zafrul Aziz"),
    ),
    "bruneian": _people(
        "Brunei",
        "ông",
        ("Dato Dr. Hj Awang Abdul Manaf bin Haji Metussin", "Abdul Manaf"),
        ("Pehin Dato Haji Erywan bin Pehin Haji Mohd Yusof", "Erywan"),
        ("Dato Seri Setia Awang Haji Amin Liew Abdullah", "Amin Liew Abdullah"),
        ("Dayang Hajah Norhayati binti Haji Yassin", "Norhayati"),
        ("Pengiran Dato Paduka Haji Bahrin bin Pengiran Haji Abbas", "Bahrin"),
    ),
    "indonesian": _people(
        "Indonesia",
        "ông",
        ("Sugiono", "Sugiono"),
        ("Airlangga Hartarto", "Airlangga"),
        ("Retno L.P. Marsudi", "Retno"),
        ("Budi Gunadi Sadikin", "Budi"),
        ("Bahlil Lahadalia", "Bahlil"),
    ),
    "filipino": _people(
        "Philippines",
        "ông",
        ("Enrique A. Manalo", "Manalo"),
        ("Maria Theresa P. Lazaro", "Lazaro"),
        ("Gilberto C. Teodoro Jr.", "Teodoro"),
        ("Ma. Cristina Roque", "Roque"),
        ("Ferdinand Marcos Jr.", "Marcos"),
    ),
    "singaporean": _people(
        "Singapore",
        "ông",
        ("Vivian Balakrishnan", "Balakrishnan"),
        ("Gan Kim Yong", "Gan Kim Yong"),
        ("Tan See Leng", "Tan See Leng"),
        ("Masagos Zulkifli", "Masagos"),
        ("Maliki Osman", "Maliki"),
    ),
    "japanese": _people(
        "Nhật Bản",
        "ông",
        ("Tanaka Hiroshi", "Tanaka"),
        ("Iwaya Takeshi", "Iwaya"),
        ("Ito Naoki", "Ito"),
        ("Kamikawa Yoko", "Kamikawa"),
        ("Fukazawa Yoichi", "Fukazawa"),
    ),
    "korean": _people(
        "Hàn Quốc",
        "ông",
        ("Cho Tae-yul", "Cho Tae-yul"),
        ("Park Jin", "Park Jin"),
        ("Yoon Kang-hyun", "Yoon Kang-hyun"),
        ("Choi Young-sam", "Choi Young-sam"),
        ("Kim Hong-kyun", "Kim Hong-kyun"),
        ("Yoon Suk Yeol", "Yoon Suk Yeol"),
    ),
    "chinese": _people(
        "Trung Quốc",
        "ông",
        ("Vương Nghị", "Vương Nghị"),
        ("Lý Cường", "Lý Cường"),
        ("Hà Vĩ", "Hà Vĩ"),
        ("Triệu Lạc Tế", "Triệu Lạc Tế"),
        ("Tôn Vệ Đông", "Tôn Vệ Đông"),
        ("Tập Cận Bình", "Tập Cận Bình"),
        ("Hùng Ba", "Hùng Ba"),
    ),
    "russian": _people(
        "Nga",
        "ông",
        ("Sergey Lavrov", "Lavrov"),
        ("S.Lavrov", "Lavrov"),
        ("Mikhail Mishustin", "Mishustin"),
        ("Andrey Rudenko", "Rudenko"),
        ("V.Putin", "Putin"),
    ),
    "western": _people(
        "Pháp",
        "ông",
        ("E.Macron", "Macron"),
        ("Antony J. Blinken", "Blinken"),
        ("Jean-Noël Barrot", "Barrot"),
        ("Olaf Scholz", "Scholz"),
        ("Ursula von der Leyen", "von der Leyen"),
    ),
    "indian": _people(
        "Ấn Độ",
        "ông",
        ("Subrahmanyam Jaishankar", "Jaishankar"),
        ("S. Jaishankar", "Jaishankar"),
        ("Pabitra Margherita", "Margherita"),
        ("Sandeep Arya", "Arya"),
        ("Narendra Modi", "Modi"),
    ),
    "australian": _people(
        "Australia",
        "bà",
        ("Penny Wong", "Wong"),
        ("Anthony Albanese", "Albanese"),
        ("Andrew Goledzinowski", "Goledzinowski"),
        ("Gillian Bird", "Bird"),
        ("Richard Marles", "Marles"),
    ),
    "vietnamese": _people(
        "Việt Nam",
        "ông",
        ("Bùi Thanh Sơn", "Bùi Thanh Sơn"),
        ("Nguyễn Thị Hồng Nhung", "Nguyễn Thị Hồng Nhung"),
        ("Đỗ Hùng Việt", "Đỗ Hùng Việt"),
        ("Trịnh Minh Mạnh", "Trịnh Minh Mạnh"),
        ("Ngô Lê Văn", "Ngô Lê Văn"),
    ),
}

# Roles of every shape the hidden articles have: long ministry titles with commas, two
# titles joined, ASEAN offices, ambassadors, heads of delegation. {c}: the person's country.
ROLES = (
    "Bộ trưởng Bộ Thông tin, Văn hóa và Du lịch {c}",
    "Bộ trưởng Ngoại giao {c}",
    "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao {c}",
    "Bộ trưởng Bộ Kế hoạch và Đầu tư {c}, Chủ tịch Hội đồng quản trị Quỹ Phát triển {c}",
    "Tổng Thư ký ASEAN",
    "Đại sứ {c} tại Việt Nam",
    "Đại sứ Đặc mệnh toàn quyền {c} tại Việt Nam",
    "Trưởng đoàn {c}",
    "Thứ trưởng Bộ Lao động, Thương binh và Xã hội {c}",
    "Thủ tướng {c}",
    "Bộ trưởng Bộ Nội vụ {c}",
    "Phó Tổng Thư ký ASEAN phụ trách Cộng đồng Văn hóa - Xã hội",
    "Bộ trưởng Giáo dục, Văn hóa, Nghiên cứu và Công nghệ {c}",
    "Quốc vụ khanh Bộ Nội vụ {c}",
    "Thứ trưởng thứ nhất Bộ Ngoại giao {c}",
    "Đại diện Thường trực {c} tại ASEAN",
    "Tổng Bí thư, Chủ tịch nước {c}",
    "Bộ trưởng Lao động {c}, Chủ tịch Hội nghị Bộ trưởng Lao động ASEAN lần thứ 28",
)
# How a first mention sets name and role: role then name, an apposition after the role
# ("…, ông Tanaka Hiroshi,"), the name then its role, an honorific between them.
FRAMES = ("plain", "apposed", "after", "honorific", "ngai", "bracketed", "country_aside")


@dataclass(frozen=True)
class Expected:
    """A participant the varied article must yield: the replacement's name, and its new
    role (or the annotated one, kept where other mentions still give it)."""

    name: str
    role: str
    original: str
    kept_role: str = ""


@dataclass(frozen=True)
class Variant:
    """One annotated article with its participants replaced."""

    article: str
    pool: str
    document: Document
    expected: tuple[Expected, ...]
    originals: dict[str, str]
    """Each original participant's name → its replacement's."""


def tuning_annotations(shared: Path) -> list[Annotation]:
    """The tuning set's annotations: the only ones a variant may be made of."""
    annotations = read_annotations(shared / "gold", shared)
    return read_split(SPLIT).members(annotations, "tuning")


def _rng(*keys: object) -> random.Random:
    return random.Random(zlib.crc32("|".join(map(str, keys)).encode()))


# Where a later mention may be short: right after a bare title or an honorific that no
# comma sets apart ("Bộ trưởng Lavrov", "ông Lavrov"; not "…, ông Sergey Lavrov,").
_TITLE_BEFORE = re.compile(
    rf"(?:(?:^|[^,\w]\s*)(?<![\w,])(?:{TITLE_RE})|(?<![,\w]\s)(?<!\w)(?:ông|bà|Ông|Bà))\s+$"
)
_WORD_AFTER = re.compile(r"\s+[a-zđàáảãạâăêôơưèéẻẽẹ]", re.IGNORECASE)


def _pattern(form: str) -> re.Pattern:
    return re.compile(rf"(?<![\w.]){re.escape(form)}(?![\w-])")


@dataclass
class _Swap:
    old: str
    new: Person
    old_role: str
    new_role: str | None
    frame: str


def _frame(swap: _Swap, text: str, at: int, end: int, name: str, first: bool):
    """A mention whose annotated role is written right before the name, rewritten with the
    new role: (start, end, replacement); the first in the swap's frame, later ones plain.
    None where the role is not written so."""
    if swap.new_role is None:
        return None
    lead = re.search(
        rf"{re.escape(swap.old_role)}\s+(?:(?:ông|bà|ngài|Ông|Bà|Ngài)\s+)?$",
        text[:at],
        re.IGNORECASE,
    )
    if not lead:
        return None
    role, sir = swap.new_role, swap.new.sir
    frame = swap.frame if first and re.match(r"\s+[a-zđ]", text[end:]) else "plain"
    opens = not text[: lead.start()].strip() or re.search(r"[,.:;]\s*$", text[: lead.start()])
    if frame in ("after", "bracketed", "country_aside") and not opens:
        frame = "apposed"
    if frame == "country_aside" and not swap.new.country:
        frame = "after"
    sir_first = sir.capitalize() if lead.start() == 0 else sir
    written = {
        "plain": f"{role} {name}",
        "apposed": f"{role}, {sir} {name},",
        "after": f"{sir_first} {name}, {role},",
        "bracketed": f"{sir_first} {name} ({role})",
        "country_aside": f"{sir_first} {name} ({swap.new.country}), {role},",
        "honorific": f"{role} {sir} {name}",
        "ngai": f"{role}, Ngài {name},",
    }[frame]
    return lead.start(), end, written


def _substitute(text: str, swaps: Sequence[_Swap], state: dict[str, int]) -> str:
    """Every mention of every swapped person replaced; a later mention after a title or
    "ông" by a short form every other time. ``state`` counts mentions across texts."""
    edits: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for swap in sorted(swaps, key=lambda s: -len(s.old)):
        for m in _pattern(swap.old).finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            n = state.get(swap.old, 0)
            state[swap.old] = n + 1
            name = swap.new.name
            if n % 2 and _TITLE_BEFORE.search(text[: m.start()]):
                name = swap.new.short[(n // 2) % len(swap.new.short)]
            first = f"{swap.old}#framed" not in state
            edit = _frame(swap, text, m.start(), m.end(), name, first)
            if edit:
                state[f"{swap.old}#framed"] = 1
            edit = edit or (m.start(), m.end(), name)
            edits.append(edit)
            taken.append((edit[0], edit[1]))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _short_forms(annotation: Annotation, body: str) -> dict[str, str]:
    """Forms of an annotated name shorter than the whole that the text uses: several of
    its words anywhere ("Win Myint" for "U Win Myint"), one after a title ("Tổng thống
    Abbott"); each mapped to its full name. A form two people share is left alone."""
    forms: dict[str, str] = {}
    names = [p.name for p in annotation.participants]
    for full in names:
        words = full.replace(",", "").split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                part = " ".join(words[i:j])
                if part == full.replace(",", "") or len(part) < 3 or not part[0].isupper():
                    continue
                if any(part in other for other in names if other != full):
                    continue
                for m in _pattern(part).finditer(body):
                    alone = not re.match(r"\s+[A-ZĐ]", body[m.end() :]) and not re.search(
                        r"[A-ZĐ]\w*\s+$", body[: m.start()]
                    )
                    if alone and (j - i > 1 or _TITLE_BEFORE.search(body[: m.start()])):
                        forms.setdefault(part, full)
    return forms


def make_variant(annotation: Annotation, pool: str, seed: int = 0) -> Variant:
    """The annotated article with each participant replaced by a person of ``pool``, the
    role too where the annotated one is written before the name."""
    document = annotated_body(read_document(annotation.article), annotation)
    rng = _rng(annotation.path, pool, seed)
    body = "\n".join(b.text for b in document.body)
    # nobody the article already names: a replacement must be a new person
    people = [p for p in POOLS[pool] if not any(f in body for f in (p.name, *p.short))]
    rng.shuffle(people)
    swaps: list[_Swap] = []
    expected: list[Expected] = []
    for k, p in enumerate(annotation.participants):
        person = people[k % len(people)]
        if k >= len(people):
            person = replace(person, name=f"{person.name} {k}")  # never: pools hold 4+
        role = None
        if re.search(rf"{re.escape(p.role)}\s+(?:(?:ông|bà|ngài)\s+)?{re.escape(p.name)}", body):
            role = rng.choice(ROLES).format(c=person.country)
        swaps.append(_Swap(p.name, person, p.role, role, rng.choice(FRAMES)))
        expected.append(Expected(person.name, role or p.role, p.name, p.role))
    by_old = {s.old: s for s in swaps}
    texts = "\n".join([body, *document.caption_texts, document.title or ""])
    for part, full in _short_forms(annotation, texts).items():
        person = by_old[full].new
        swaps.append(_Swap(part, replace(person, name=person.short[0]), "", None, "plain"))
    state: dict[str, int] = {}
    blocks = []
    for block in document.blocks:
        sentences = block.sentences or (block.text,)
        new = [_substitute(s, swaps, state) for s in sentences]
        text = _substitute(block.text, swaps, {}) if block.sentences else new[0]
        resplit = tuple(t for s in new for t in split_sentences(s))
        blocks.append(replace(block, text=text, sentences=resplit))
    document = replace(
        document,
        blocks=tuple(blocks),
        title=_substitute(document.title, swaps, {}) if document.title else None,
        caption_texts=tuple(
            _substitute(c, swaps, {s.old: 1 for s in swaps}) for c in document.caption_texts
        ),
    )
    return Variant(
        annotation.path,
        pool,
        document,
        tuple(expected),
        {s.old: s.new.name for s in swaps[: len(expected)]},
    )


ROLE_OVERLAP = 0.5


def _overlap(a: str, b: str) -> float:
    ta, tb = set(fold(a).split()), set(fold(b).split())
    return len(ta & tb) / min(len(ta), len(tb)) if ta and tb else 0.0


@dataclass(frozen=True)
class Outcome:
    """What extraction made of one variant."""

    variant: Variant
    facts: ArticleFacts
    missed: tuple[Expected, ...]
    extra: tuple[str, ...]
    """Found participants that are none of the expected (name | role)."""
    roles_exact: int
    """Expected participants found with the role word for word."""


def _same(e: Expected, name: str, role: str) -> bool:
    return fold(e.name) == fold(name) and any(
        _overlap(r, role) >= ROLE_OVERLAP for r in (e.role, e.kept_role) if r
    )


def check(variant: Variant, original: Iterable[str] = ()) -> Outcome:
    """Extract the variant's facts and compare its participants with the replaced ones.
    ``original``: names the unvaried article yields that are no annotated participant
    (a rule's false hit there), which are not counted again here."""
    facts = extract_facts(variant.document)
    found = [(p.name.vi, p.role.vi) for p in facts.participants]
    missed = tuple(e for e in variant.expected if not any(_same(e, n, r) for n, r in found))
    skip = {fold(n) for n in original}
    extra = tuple(
        f"{n} | {r}"
        for n, r in found
        if not any(_same(e, n, r) for e in variant.expected) and fold(n) not in skip
    )
    exact = sum(
        any(fold(e.name) == fold(n) and fold(e.role) == fold(r) for n, r in found)
        for e in variant.expected
    )
    return Outcome(variant, facts, missed, extra, exact)
