"""One person under several forms of their name, across one article's mentions.

Later mentions shorten a name ("Thủ tướng Kishida", "ông Lavrov"), drop its honorifics or
middle names ("Mohamad Hasan" for "Datuk Seri Mohamad bin Haji Hasan"), turn it round
("Fumio Kishida") or spell it in another script ("Lý Hiển Long (Lee Hsien Loong)"). These
rules say which forms are one person, so the participant list names each once, and which
shorter forms stand for whom.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

from briefgen.extract.geo_words import TERRITORY_KEYS
from briefgen.extract.name_runs import NAME_RUN, NAME_RUN_RE, role_and_name
from briefgen.extract.name_words import NAME_PARTICLES
from briefgen.extract.names import HONORIFICS, single_foreign_name, vietnamese_syllable
from briefgen.extract.presence import Mention
from briefgen.extract.role_titles import TITLE_RE
from briefgen.extract.word_patterns import UPPER
from briefgen.normalize import fold
from briefgen.records import Participant


def name_key(name: str) -> str:
    """The name as mentions vary it: folded, hyphens as spaces, initials apart from the
    surname they are glued to, no "Jr." nor a stop alone ("Lee Sang-min" and "Lee Sang
    Min", "Marcos Jr." and "Marcos", "S.Lavrov" and "S. Lavrov")."""
    spaced = re.sub(r"\.(?=\w)", ". ", fold(name))
    words = spaced.replace("-", " ").replace(",", " ").split()
    return " ".join(w for w in words if w.rstrip(".") not in ("jr", ""))


_NOT_NAME = "().'’"
_HONORIFIC_KEYS = frozenset(fold(h).strip(_NOT_NAME) for h in [*HONORIFICS, *NAME_PARTICLES])


def _core(words: list[str]) -> list[str]:
    """A name's words without its honorifics, particles and punctuation ("Dato' Sri
    Fadillah binti Yusof" → "Fadillah Yusof"), and without the words of a Bruneian "Pehin"
    title up to the "Dato" after it ("Pehin Datu Singamanteri Dato …"): what a later,
    shorter mention keeps."""
    plain = [w for w in (w.strip(_NOT_NAME) for w in words) if w]
    if "pehin" in plain and "dato" in plain[plain.index("pehin") :]:
        start = plain.index("pehin")
        plain = plain[:start] + plain[plain.index("dato", start) :]
    return [w for w in plain if w not in _HONORIFIC_KEYS]


def _honorific_short(longer: list[str], shorter: list[str]) -> bool:
    """Whether ``shorter`` is ``longer`` as the press shortens a name with honorifics:
    without them, and perhaps without the father's name after "bin"
    ("Mohamad Hasan" for "Datuk Seri Mohamad bin Haji Hasan", "Abdul Manaf" for "Dato
    Dr. Hj Awang Abdul Manaf bin Haji Metussin"), or one word of it with some honorifics
    kept ("Dato Dr. Hj Zulkarnain")."""
    core, short = _core(longer), _core(shorter)
    if len(core) == len(longer) or len(short) > len(core) or not short:
        return False
    if len(short) == 1:
        # one word of the name with honorifics kept ("Dato Dr. Hj Zulkarnain" for "Dato
        # Dr. Hj Awang Zulkarnain bin Hj Othman")
        return len(short) < len(shorter) and short[0] in core
    shorter = short
    return core[: len(shorter)] == shorter or core == shorter or _without_middle(core, shorter)


def same_person(
    key: str, people: dict[str, Participant], role: str = "", apart: Iterable[str] = ()
) -> str:
    """The key of a person already found under a longer or shorter form of the name
    ("Win Myint" and "U Win Myint"), in the other order ("Kishida Fumio" and "Fumio
    Kishida") or by one word of it ("Thủ tướng Kishida", "Ngoại trưởng Lavrov"), else
    ``key`` itself. A form cut to an initial or to the first words ("S.Volkov", "Lawrence
    Tan") is the same person only where one ``role`` holds the other's words, as a later
    mention's shorter title does ("Thượng tướng" of "Thượng tướng, Thứ trưởng …"), and
    not in the sentence that named the other (``apart``: keys found there; a list names
    each person once)."""
    words = key.split()
    apart = set(apart)
    return next(
        (
            k
            for k in people
            if k not in apart
            and _one_role(role, people[k].role.vi)
            and (
                _initialled(k.split(), words)
                or _initialled(words, k.split())
                or _first_words(k.split(), words)
                or _first_words(words, k.split())
                or _spelt_otherwise(people[k].name.vi.split(), words)
            )
        ),
        _same_person(key, words, people),
    )


# How alike two spellings of one foreign word must be ("Sergey"/"Sergei", "Martin"/"Matin").
_SAME_SPELLING = 0.8


def _spelt_otherwise(name: list[str], key: list[str]) -> bool:
    """Whether a name (as written) and another's key differ in one foreign word only, spelt
    otherwise by a letter or two: a second transliteration or a typo ("Sergey Lavrov",
    "Sergei Lavrov"), the one person where one role holds the other's. A Vietnamese
    syllable is no such word: "Hưng" and "Hưởng" are two people's names."""
    if len(name) != len(key) or len(key) < 2:
        return False
    differ = [(w, k) for w, k in zip(name, key, strict=True) if fold(w) != k]
    if len(differ) != 1:
        return False
    word, other = differ[0]
    plain = fold(word)
    return (
        not vietnamese_syllable(word)
        and min(len(plain), len(other)) >= 4
        and plain[0] == other[0]
        and _spelt_alike(plain, other)
    )


def _spelt_alike(word: str, other: str) -> bool:
    """Whether two folded words are one spelt otherwise by a letter or two."""
    return SequenceMatcher(None, word, other).ratio() >= _SAME_SPELLING


def fuller_name(old: str, old_role: str, new: str, new_role: str) -> str:
    """The form of one person's name to print of two: the longer, unless it is the other
    with one word before it that a scrape or a typo ran in from a role ("Chủ tịch Thượng
    viện Ban Lan Stanislaw …" beside "… Ba Lan Stanislaw …", "Tổng thống Phillipines
    Ferdinand …" beside "Tổng thống … Philippines Ferdinand …"): a word of the other
    mention's role, spelt alike. A first name the other form drops ("Joko Widodo",
    "Widodo") or an honorific ("U Win Myint") is no word of a role."""
    if len(old) == len(new):
        return old
    longer, (shorter, role) = (
        (old, (new, new_role)) if len(old) > len(new) else (new, (old, old_role))
    )
    stray, *rest = _without_stops(name_key(longer).split())
    if rest != _without_stops(name_key(shorter).split()):
        return longer
    return shorter if any(_spelt_alike(stray, word) for word in _role_words(role)) else longer


def _role_words(role: str) -> list[str]:
    return fold(role).replace(",", " ").split()


def _one_role(a: str, b: str) -> bool:
    """Whether one role's words all stand in the other ("Tổng thống", "Tổng thống Chile")."""
    wa, wb = set(_role_words(a)), set(_role_words(b))
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _same_person(key: str, words: list[str], people: dict[str, Participant]) -> str:
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


def _initialled(longer: list[str], shorter: list[str]) -> bool:
    """Whether ``shorter`` is ``longer`` with the first name cut to its initial and the
    middle names dropped ("S.Volkov" for "Sergei N. Volkov", "G.Fuentes" for "Gabriel
    Fuentes Ortega": a surname kept, the mother's after it may go)."""
    longer, shorter = _without_stops(longer), _without_stops(shorter)
    if len(shorter) < 2 or not longer or _is_initial(longer[0]):
        return False
    initial, rest = shorter[0], [w for w in shorter[1:] if not _is_initial(w)]
    if not (_is_initial(initial) and rest):
        return False
    later = iter(longer[1:])
    return longer[0].startswith(initial[0]) and all(w in later for w in rest)


def _without_stops(words: list[str]) -> list[str]:
    """A name key's words without the full stops of its initials ("s . volkov")."""
    return [w.rstrip(".") for w in words if w.strip(".")]


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def _first_words(longer: list[str], shorter: list[str]) -> bool:
    """Whether ``shorter`` (two words or more) is how a later mention shortens a foreign
    name of three or more to its first words ("Lawrence Tan" for "Lawrence Tan Wei Ming",
    "Vivian Lim" for "Vivian Lim Boon Keng")."""
    return (
        2 <= len(shorter) < len(longer) and len(longer) >= 3 and longer[: len(shorter)] == shorter
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


def full_name(word: str, texts: Iterable[str]) -> str | None:
    """The longest name of two words or more in ``texts`` that holds ``word``: the whole
    name a lone one stands for ("Ông Kishida Fumio" for "Thủ tướng Kishida")."""
    names = (
        split[1]
        for text in texts
        for run in NAME_RUN_RE.finditer(text)
        if word in run.group().split()
        and (split := role_and_name(run.group(), ends_clause=True))
        and word in split[1].split()
        and " " in split[1]
    )
    return max(names, key=lambda n: len(n.split()), default=None)


def bracketed_aliases(sentence: str, found: Iterable[Mention]) -> dict[str, str]:
    """Keys of names written in brackets right after a person's name, each mapped to that
    name: the same person in another spelling ("Thủ tướng Lý Hiển Long (Lee Hsien Loong)",
    "Tổng thống Xi Jinping (Tập Cận Bình)")."""
    aliases = {}
    for m in found:
        for b in re.finditer(rf"{re.escape(m.name)}\s*\(\s*(?P<alias>{NAME_RUN})\s*\)", sentence):
            split = role_and_name(b.group("alias"), ends_clause=True)
            if split and not split[0] and split[1] != m.name:
                aliases[name_key(split[1])] = m.name
    return aliases


# Where a role ends with one of these, the office is not one foreign country's.
_NOT_FOREIGN = frozenset(fold(n) for n in ("Việt Nam", "ASEAN", "EU", "Liên hợp quốc"))


def _foreign_office(role: str) -> bool:
    """Whether a role ends with a foreign country ("Thủ tướng Singapore"): an office one
    person holds at a time, unlike a Vietnamese or an ASEAN one an article may name
    with a predecessor."""
    words = fold(role).split()
    return any(
        " ".join(words[-n:]) in TERRITORY_KEYS and " ".join(words[-n:]) not in _NOT_FOREIGN
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


def merge_transliterations(people: Iterable[Participant]) -> tuple[Participant, ...]:
    """The participants with each one named twice, in two scripts for one office, kept
    once under the name mentioned first."""
    kept: list[Participant] = []
    for p in people:
        if not any(_same_office(k, p) for k in kept):
            kept.append(p)
    return tuple(kept)


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
