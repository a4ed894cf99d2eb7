"""Named people with their role and organisation, merged across mentions.

A person is a capitalised run of words led by a known surname (or a run of unaccented
capitalised words, for foreign names) written right after an official title
("Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng") or right before one ("ông Phạm Minh Hùng,
Vụ trưởng Vụ Cải cách hành chính").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefgen.extract.lexicon import CAP_WORD, COUNTRIES, PLACES, SURNAMES, TITLE_RE
from briefgen.normalize import fold
from briefgen.records import Bilingual, Participant

_RUN = rf"{CAP_WORD}(?:\s+{CAP_WORD}){{1,5}}"
_TITLE = re.compile(TITLE_RE)
_RUN_RE = re.compile(_RUN)
_CLAUSE_END = re.compile(r"[,.;:()“”\"–]|\s-\s|\s(?:đã|được|do|là|cho|tại Hội nghị)\s")
_AFTER = re.compile(
    rf"(?P<name>{_RUN}),\s+(?P<role>{TITLE_RE}(?:\s+[^\s,.;:()“”\"]+){{0,12}}?)"
    r"(?=\s*(?:[,.;:(]|$|\s(?:cho biết|nhấn mạnh|khẳng định|phát biểu|đề nghị|cũng|đã)\b))"
)
_ORG_START = re.compile(
    r"\b(?:Bộ|Ban|Vụ|Cục|Cơ quan|Ủy ban|Văn phòng|Đại sứ quán|Viện|Hội đồng)\s+"
    rf"(?:{CAP_WORD}|[{CAP_WORD[1:].split(']')[0]}]).*$"
)
# "Tổng giám đốc Cơ quan Công vụ Malaysia, ông Wan Ahmad Dahlan": the name after the role.
_ADDRESSED = re.compile(rf",\s*(?:ông|bà|ngài|Ông|Bà|Ngài)\s+(?P<name>{_RUN})")
_COUNTRY_KEYS = {fold(c): c for c in COUNTRIES}


def _person(run: str) -> tuple[str, str] | None:
    """Split a capitalised run into (words before the name, the name), or None."""
    words = run.split()
    skip = 0
    for country in sorted(_COUNTRY_KEYS, key=len, reverse=True):
        n = len(country.split())
        if fold(" ".join(words[:n])) == country:
            skip = n
            break
    for i, word in enumerate(words):
        if i < skip:
            continue
        tail = words[i:]
        if len(tail) < 2:
            return None
        if word in SURNAMES or all(w.isascii() for w in tail):
            name = " ".join(tail)
            if fold(name) in {fold(p) for p in PLACES} or fold(name) in _COUNTRY_KEYS:
                return None
            return " ".join(words[:i]), name
    return None


def _org(role: str) -> str | None:
    """The organisation or country a role names ("Thứ trưởng Bộ Nội vụ" → "Bộ Nội vụ")."""
    m = _ORG_START.search(role)
    if m:
        return m.group().strip()
    for key, country in _COUNTRY_KEYS.items():
        if fold(role).endswith(" " + key):
            return role[-len(country) :]
    return None


def find_people(sentence: str) -> list[tuple[str, str]]:
    """(name, role) for every titled person named in one sentence, in text order."""
    nearest: dict[int, tuple[str, str]] = {}
    for m in _TITLE.finditer(sentence):
        end = _CLAUSE_END.search(sentence, m.end())
        window = sentence[m.end() : end.start() if end else len(sentence)]
        stop = end.start() if end else len(sentence)
        addressed = _ADDRESSED.match(sentence, stop)
        if addressed and not _RUN_RE.search(window.replace(" ", " ")):
            window = window + " " + addressed.group("name")
        for run in _RUN_RE.finditer(window):
            split = _person(run.group())
            if split and len(window[: run.start()].split()) <= 10:
                extra, name = split
                role = f"{m.group()}{window[: run.start()]} {extra}".strip()
                nearest[m.end() + run.start() + len(extra)] = (name, " ".join(role.split()))
                break
    found = [(at, name, role) for at, (name, role) in nearest.items()]
    for m in _AFTER.finditer(sentence):
        split = _person(m.group("name"))
        if split and not any(name == split[1] for _, name, _ in found):
            found.append((m.start("name"), split[1], m.group("role").strip()))
    return [(name, role) for _, name, role in sorted(found)]


def extract_participants(sentences: Iterable[str]) -> tuple[Participant, ...]:
    """Each person once, with the fullest role any mention gives them.

    Later mentions often drop the organisation ("Bộ trưởng Phạm Thị Thanh Trà"), so the
    longest role wins, and its organisation with it.
    """
    people: dict[str, Participant] = {}
    for sentence in sentences:
        for name, role in find_people(sentence):
            role = role[0].upper() + role[1:]
            key = fold(name)
            old = people.get(key)
            if old is None or len(role) > len(old.role.vi):
                org = _org(role)
                people[key] = Participant(
                    Bilingual(name),
                    Bilingual(role),
                    Bilingual(org) if org else None,
                    old.source_sentence if old else sentence,
                )
    return tuple(people.values())
