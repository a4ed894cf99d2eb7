"""Where a Vietnamese personal name starts in a run of capitalised syllables.

A Vietnamese name is a family name from a small closed set, then one to three syllables
("Hồ Ngọc Hải", "Nguyễn Thị Phương Thảo", "Tô Lâm"). After a body's generic word the
press writes the body's own name and the person's as one capitalised run ("Tập đoàn Mai
Linh Hồ Ngọc Hải", "Công ty Cổ phần Hoàng Long Nguyễn Văn Nam"), so the name is where a
family name leaves a plausible name to the end of the run. Several family names are also
given names, middle names or a place's first syllable ("Mai", "Hà", "Lâm", "Hoàng",
"Kim"): where two splits are plausible, the one led by an unambiguous family name wins,
then the one whose second syllable is "Văn" or "Thị" (a man's and a woman's middle name,
right after the family name), then the common length of three syllables.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.data.family_names import ALSO_GIVEN_OR_PLACE, FAMILY_NAMES, MOSTLY_MIDDLE
from briefgen.extract.geo_words import GEO_KEYS, GEO_LENGTHS
from briefgen.extract.names import vietnamese_syllable
from briefgen.normalize import fold

# The family names that may open a name in a run of syllables: not "Văn", a middle name
# far more often.
_OPENERS = FAMILY_NAMES - MOSTLY_MIDDLE
# A man's and a woman's middle name, which mark the syllable before them as the family
# name ("Lâm Văn Đức", "Mai Thị Hạnh"); "Văn" is a family name too rare to be one here.
_MIDDLE_MARKERS = frozenset(["Văn", "Thị"])
SHORTEST, LONGEST = 2, 4
# Length of a name, most common first: three syllables, then four, then two.
_LENGTH_RANK = {3: 2, 4: 1, 2: 0}


def _syllable(word: str) -> bool:
    """One capitalised Vietnamese syllable ("Ngọc"; not "Vingroup", "Jae-yong", "FPT")."""
    return word[:1].isupper() and word[1:].islower() and vietnamese_syllable(word)


def _opens_place(words: Sequence[str]) -> bool:
    """Whether the words start with a place's name ("Hà Nội", "Lâm Đồng"), which no name does."""
    return any(fold(" ".join(words[:n])) in GEO_KEYS for n in GEO_LENGTHS if n <= len(words))


def vietnamese_run(words: Sequence[str]) -> bool:
    """Whether every word is one capitalised Vietnamese syllable, as a Vietnamese body's
    and person's names are (a Myanmar or Malay name has "Daw", "Seri", "Haji")."""
    return all(_syllable(w) for w in words)


def _plausible(words: Sequence[str]) -> bool:
    """Whether the words are a Vietnamese name: a family name, then one to three syllables."""
    return (
        SHORTEST <= len(words) <= LONGEST
        and words[0] in _OPENERS
        and vietnamese_run(words)
        and not _opens_place(words)
    )


def name_start(words: Sequence[str], first: int = 0) -> int | None:
    """The index, ``first`` or later, where the likeliest Vietnamese name to the end of
    ``words`` starts; None if no family name there leaves a name of two to four
    syllables."""
    starts = [k for k in range(first, len(words)) if _plausible(words[k:])]
    if not starts:
        return None
    return max(
        starts,
        key=lambda k: (
            words[k] not in ALSO_GIVEN_OR_PLACE,
            words[k + 1] in _MIDDLE_MARKERS,
            _LENGTH_RANK[len(words) - k],
            -k,
        ),
    )
