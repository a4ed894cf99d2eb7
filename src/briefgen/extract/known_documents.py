"""Documents the glossary knows: named by their full names or by their acronyms.

ASEAN and diplomacy articles name the region's treaties and declarations as often by
acronym as in full ("triển khai hiệu quả RCEP", "sớm đạt được COC", "trên cơ sở UNCLOS
1982"), and such a name has no document word for the grammar to start from. The glossary
knows these documents, and its English variants and abbreviation rows give their
acronyms, so an acronym written as one (in capitals) names its document. The glossary
entry is also the document's identity: "Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á" and
a later "TAC" are one document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.extract.document_words import DOCUMENT_WORDS, WEAK_DOCUMENT_WORDS
from briefgen.extract.word_patterns import LOWER, UPPER
from briefgen.normalize import fold

DOCUMENT_CATEGORIES = frozenset({"asean-document", "vn-document", "document"})

# "RCEP", "ACCSM+3", "UNCLOS 1982", "MPAC 2025": capitals (and digits or a joiner after
# the first two), maybe a year; not "MoU", "5PC" or "SEANWFZ Treaty".
ACRONYM = re.compile(r"[A-Z]{2,}[A-Z0-9]*(?:[+-][A-Z0-9]+)*(?: (?:19|20)\d\d)?")
# Words that only say what kind a document is; a name made of them names none ("Kế hoạch
# hành động", "hiệp định thương mại tự do": which one, its parties say).
_TYPE_WORDS = frozenset(
    fold(
        " ".join(DOCUMENT_WORDS)
        + " hành động làm việc tổng thể hợp tác chung khung thương mại tự do"
    ).split()
)
# A name goes on after its document word with a capital or a number
# ("Tuyên bố Bangkok", "Đề án 161"), unlike a kind of document ("Kế hoạch làm việc").
_PROPER_REST = re.compile(rf"\s(?:[{UPPER}]|\d)")


def is_type_only(name: str) -> bool:
    """Whether ``name`` is a kind of document ("Kế hoạch hành động"), not a document."""
    return all(w in _TYPE_WORDS for w in fold(name).split())


def _named(vi: str, *, proper: bool = True) -> bool:
    """Whether a glossary document's Vietnamese form is a name a briefing lists: it starts
    with a capitalised document word and goes on with a capital or number (``proper``),
    unlike a kind of document ("Kế hoạch làm việc", "Khuôn khổ đối tác chiến lược")."""
    return (
        vi.startswith((*DOCUMENT_WORDS, *WEAK_DOCUMENT_WORDS))
        and len(vi.split()) >= 3
        and not is_type_only(vi)
        and (not proper or bool(_PROPER_REST.search(vi)))
    )


@dataclass(frozen=True)
class KnownMention:
    """A glossary document named in a sentence, at ``sentence[start:end]``."""

    start: int
    end: int
    identities: frozenset[str]
    """The folded Vietnamese forms of the document's glossary entries."""
    acronym: bool
    maybe_goal: bool = False
    """A vision named without its acronym: a document only where the meeting adopts or
    carries it out, as it is as often a goal ("hướng tới Tầm nhìn Cộng đồng ASEAN 2045");
    an initiative is a programme, named as one ("ủng hộ Sáng kiến Liên kết ASEAN")."""


class KnownDocuments:
    """The glossary's named documents and their acronyms, ready to find in sentences."""

    def __init__(self, glossary) -> None:
        self._glossary = glossary
        # each acronym and the documents it names ("UNCLOS 1982": the convention, of 1982)
        self._acronyms: dict[str, frozenset[str]] = {}
        by_english: dict[str, str] = {}
        own: list[str] = []
        for entry in glossary:
            if entry.category not in DOCUMENT_CATEGORIES:
                continue
            if ACRONYM.fullmatch(entry.vi):  # "UNCLOS 1982" is an entry of its own
                own.append(entry.vi)
            elif _named(entry.vi, proper=False):
                by_english[entry.en] = fold(entry.vi)
                for variant in entry.variants:
                    if ACRONYM.fullmatch(variant):
                        self._add(variant, fold(entry.vi))
        # abbreviation rows spell out in their note what they abbreviate
        for entry in glossary:
            if entry.category == "abbreviation" and entry.note in by_english:
                self._add(entry.vi, by_english[entry.note])
        for vi in own:
            self._add(vi, fold(vi))
        for acronym in list(self._acronyms):
            bare = acronym.split()[0]
            if bare != acronym and bare in self._acronyms:
                self._add(acronym, *self._acronyms[bare])
        self._acronym_re = (
            re.compile(
                r"(?<![\w+-])(?:"
                + "|".join(re.escape(a) for a in sorted(self._acronyms, key=len, reverse=True))
                + r")(?![\w+-])"
            )
            if self._acronyms
            else None
        )

    def _add(self, acronym: str, *identities: str) -> None:
        self._acronyms[acronym] = self._acronyms.get(acronym, frozenset()) | set(identities)

    def mentions(self, sentence: str) -> list[KnownMention]:
        """The glossary's named documents in ``sentence``, full names and acronyms."""
        found = []
        for m in self._glossary.find(sentence):
            end = _acronym_after(sentence, m.end)
            # the document word may be in lower case ("công ước Liên hợp quốc về Luật Biển")
            surface = m.surface[:1].upper() + m.surface[1:]
            if (
                m.entry.category in DOCUMENT_CATEGORIES
                # (or a source variant of a named one, its document word another rendering:
                # "Quan điểm ASEAN về Ấn Độ Dương - Thái Bình Dương" for the AOIP)
                and (_named(surface) or (surface != m.entry.vi and _named(m.entry.vi)))
                and not _KINDS.search(sentence, 0, m.start)
            ):
                # a vision is as often a goal ("hướng tới Tầm nhìn Cộng đồng ASEAN 2045")
                # as a document; with its acronym it is the document ("… (AOIP)")
                goal = end == m.end and surface.startswith(_VISION)
                found.append(KnownMention(m.start, end, frozenset({fold(m.entry.vi)}), False, goal))
        if self._acronym_re is not None:
            found += [
                KnownMention(m.start(), m.end(), self._acronyms[m.group()], True)
                for m in self._acronym_re.finditer(sentence)
                if not _inside_name(sentence, m.start())
            ]
        return sorted(found, key=lambda k: k.start)

    def names_no_document(self, acronym: str) -> bool:
        """Whether the glossary knows ``acronym`` as something other than a document (a
        body, a country: "ASEAN", "APEC"), so a list of it is the parties to a document."""
        return acronym not in self._acronyms and any(
            m.start == 0 and m.end == len(acronym) for m in self._glossary.find(acronym)
        )

    def identities(self, name: str) -> frozenset[str]:
        """The glossary documents a found ``name`` is: the one it starts with, and the one
        its bracketed acronym stands for ("… Đông Nam Á (TAC)")."""
        ids = {
            fold(m.entry.vi)
            for m in self._glossary.find(name)
            if m.start == 0
            and m.entry.category in DOCUMENT_CATEGORIES
            and _acronym_after(name, m.end) == len(name)
        }
        for a in re.findall(r"\(([^()]+)\)", name):
            ids |= self._acronyms.get(a, frozenset())
        # "RCEP", "Hiệp định RCEP", "hiệp định thương mại tự do RCEP": the acronym alone or
        # after the kind of document, described in lower case
        head, _, last = name.rpartition(" ")
        if last in self._acronyms and (not head or is_type_only(head) or _described(head)):
            # (of the acronym's own kind: "Tuyên bố chung về việc kết thúc đàm phán RCEP",
            # "Kế hoạch hành động thực thi CPTPP" are other documents named after it)
            ids |= {i for i in self._acronyms[last] if not head or _of_kind(head, i)}
        ids |= self._acronyms.get(name, frozenset())  # "UNCLOS 1982"
        return frozenset(ids)


def _of_kind(head: str, document: str) -> bool:
    """Whether the document word ``head`` opens with is that of the glossary ``document``
    (folded): "hiệp định thương mại tự do" of "Hiệp định Đối tác …", not "Tuyên bố chung
    về …"."""
    word = next((w for w in DOCUMENT_WORDS if head.lower().startswith(w.lower())), None)
    return word is None or document.startswith(fold(word))


def _described(head: str) -> bool:
    """Whether ``head`` is a document word described by words in lower case ("hiệp định
    thương mại tự do"), a kind of document, not a name."""
    word = next((w for w in DOCUMENT_WORDS if head.lower().startswith(w.lower())), None)
    return word is not None and head[len(word) :].islower()


# "Hội nghị Bộ trưởng Kinh tế RCEP", "Ủy ban Hỗn hợp RCEP": an acronym that ends a longer
# capitalised name names a meeting or body, not the document. Vietnamese capitalises the
# first syllable of each word of a name, so the name is two or more capitalised words of
# one or two syllables; one alone may be a subject and its verb ("Brazil ký TAC").
_NAME_BEFORE = re.compile(rf"(?:[{UPPER}]\w*(?:\s+[{LOWER}]\w*)?\s+){{2,}}$")


# "COP AADMER", "COP-20 AATHP": the conference of the parties to a treaty, named by it.
_PARTIES_MEETING = re.compile(r"\bCOP(?:[-\s]?\d+)?\s+$")


def _inside_name(sentence: str, at: int) -> bool:
    if _PARTIES_MEETING.search(sentence, 0, at):
        return True
    m = _NAME_BEFORE.search(sentence, 0, at)
    if not m:
        return False
    # capitals that open the sentence or a clause are no name ("Hai Bộ trưởng ký TAC")
    head = sentence[: m.start()].rstrip()
    return bool(head) and not head.endswith((".", ":", ";", ",", "“", '"', "(", "-", "–"))


_VISION = "Tầm nhìn"
# "các Tuyên bố ASEAN trong lĩnh vực công vụ": kinds of document, not the one named so.
_KINDS = re.compile(r"(?:các|những|nhiều)\s+$", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*\([A-Z][A-Za-z0-9+&-]{1,12}\)")


def _acronym_after(sentence: str, end: int) -> int:
    """Where a name ends that its bracketed acronym follows ("… Thái Bình Dương (AOIP)")."""
    m = _BRACKETED.match(sentence, end)
    return m.end() if m else end
