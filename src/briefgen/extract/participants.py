"""The participant list: each person who took part, once, with the fullest name and role.

Titled people are read sentence by sentence (:mod:`briefgen.extract.person_mentions`),
joined across the forms of one name (:mod:`briefgen.extract.name_variants`) and kept where
a mention reports them taking part (:mod:`briefgen.extract.presence`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from briefgen.extract.complete_sentences import is_complete
from briefgen.extract.geo_words import COUNTRY_KEYS, ends_with_country
from briefgen.extract.name_variants import (
    bracketed_aliases,
    full_name,
    fuller_name,
    merge_transliterations,
    name_key,
    same_person,
)
from briefgen.extract.names import lone_name
from briefgen.extract.person_mentions import mentions
from briefgen.extract.presence import spoken, spoken_of, welcomed
from briefgen.extract.role_titles import COUNTERPART
from briefgen.extract.word_patterns import CAP_WORD
from briefgen.normalize import fold
from briefgen.records import Bilingual, Participant

_ORG_START = re.compile(
    r"\b(?:Bộ|Ban|Vụ|Cục|Cơ quan|Ủy ban|Văn phòng|Đại sứ quán|Viện|Hội đồng)\s+"
    rf"(?:{CAP_WORD}|[{CAP_WORD[1:].split(']')[0]}]).*$"
)


def _org(role: str) -> str | None:
    """The organisation or country a role names ("Thứ trưởng Bộ Nội vụ" → "Bộ Nội vụ")."""
    m = _ORG_START.search(role)
    if m:
        return m.group().strip()
    for key, country in COUNTRY_KEYS.items():
        if fold(role).endswith(" " + key):
            return role[-len(country) :]
    return None


def _rank(role: str) -> tuple[bool, int]:
    """How well a role says who someone is: a title before a mere counterpart ("người đồng
    cấp Lào"), then the longer."""
    return (not fold(role).startswith(fold(COUNTERPART)), len(role))


def extract_participants(
    sentences: Iterable[str], captions: Iterable[str] = (), when: date | None = None
) -> tuple[Participant, ...]:
    """Each person who takes part once, with the fullest name and role any mention gives.

    Later mentions often drop the organisation ("Bộ trưởng Phạm Thị Thanh Trà") or an
    honorific ("Tổng thống Win Myint"), so the longest role and name win (not a name with
    a word a typo ran in from a role: name_variants.fuller_name). A person takes part when
    one mention reports them doing so (see :mod:`briefgen.extract.presence`), and is cited
    to the first such sentence. ``captions`` (photo captions, the headline)
    are read after the body and never as part of a speech. A name of one word after a
    title ("Thủ tướng Kishida") stands for the whole name the article gives elsewhere, and
    for no one where it gives none (a leader named so only is spoken of), unless the role
    before it names their country, as one's first mention does ("Bộ trưởng Ngoại giao
    Indonesia Sugiono": a name of one word). ``when`` (the event's date, or the day the
    article was published) keeps a mention dated to its own month or year taking part.
    A body whose last sentence is cut (an excerpt stops mid-sentence) is read without it:
    what the cut sentence says of the people it names is unknown, and its last name may
    be cut too.
    """
    people: dict[str, Participant] = {}
    present: dict[str, str] = {}  # people named taking part, and where first
    sentences = list(sentences)
    if sentences and not is_complete(sentences[-1]):
        sentences.pop()
    captions = list(captions)
    marks = [*spoken(sentences), *(False for _ in captions)]
    read = [(sentence, mentions(sentence)) for sentence in [*sentences, *captions]]
    aliases = {
        k: v for sentence, found in read for k, v in bracketed_aliases(sentence, found).items()
    }
    for (sentence, found), speech in zip(read, marks, strict=True):
        absent = spoken_of(sentence, found, when)
        there = welcomed(sentence, found) if speech else set()
        named_here: set[str] = set()
        for mention in found:
            name, role = mention.name, mention.role[0].upper() + mention.role[1:]
            name = aliases.get(name_key(name), name)
            key = same_person(name_key(name), people, role, apart=named_here)
            named_here.add(key)
            old = people.get(key)
            if old is not None:
                name = fuller_name(old.name.vi, old.role.vi, name, role)
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
            whole[key] = full_name(p.name.vi, [*sentences, *captions]) or (
                p.name.vi if ends_with_country(p.role.vi) else None
            )
    return merge_transliterations(
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
        key = name_key(p.name.vi)
        old = kept.get(key)
        if old is None:
            kept[key] = p
        elif _rank(p.role.vi) > _rank(old.role.vi):
            kept[key] = replace(old, role=p.role, org=p.org)
    return list(kept.values())
