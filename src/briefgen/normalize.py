"""Vietnamese text normalisation for comparison, never for display.

Vietnamese is written with the tone mark in two placements ("hoà"/"hòa", "thuỷ"/"thủy"),
with i/y spellings that vary ("quí"/"quý", "kĩ"/"kỹ"), in composed or decomposed Unicode,
and with free spacing around hyphens. Glossary matching and deduplication compare *keys*
built here; the text the user sees is only ever NFC-normalised.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
# A "token" is a syllable (letters, digits and combining marks, so decomposed text
# tokenizes like composed text), or a single punctuation character; whitespace never is.
_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+|[^\w\s\u0300-\u036f]", re.UNICODE)
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-"})


def nfc(text: str) -> str:
    """The form every stage stores: composed Unicode, as Vietnamese is usually typed."""
    return unicodedata.normalize("NFC", text)


# Characters a page shows as nothing, which editors and CMSs leave inside words: zero-width
# space, non-joiner and joiner, word joiner, a byte-order mark inside the text, the soft
# hyphen. Left in, "Hà\u200bNội" is no "Hà Nội" to a glossary, a title or a name.
_INVISIBLE = str.maketrans(dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad")))


def visible(text: str) -> str:
    """``text`` in NFC without the characters that show as nothing (see ``_INVISIBLE``):
    the one form every reader and writer sees a source's text in, so a writer finds the
    reader's sentences."""
    return nfc(text).translate(_INVISIBLE)


@functools.lru_cache(maxsize=1 << 16)  # a text repeats few distinct syllables
def fold_syllable(syllable: str) -> str:
    """A comparison key for one syllable: case-, tone-placement- and i/y-insensitive.

    The tone mark is taken off whichever vowel carries it and appended at the end, so both
    placements give the same key; a syllable-final ``y`` after a consonant compares as
    ``i`` ("quý" = "quí", "kỹ" = "kĩ", "lý" = "lí").
    """
    decomposed = unicodedata.normalize("NFD", syllable.lower().translate(_DASHES))
    tones = "".join(ch for ch in decomposed if ch in TONE_MARKS)
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS))
    if len(base) >= 2 and base.endswith("y") and base[-2] not in "aăâeêioôơuư":
        base = base[:-1] + "i"
    elif base.startswith("qu") and base.endswith("y") and len(base) == 3:
        base = "qui"
    return base + tones


@dataclass(frozen=True, slots=True)
class Token:
    key: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Syllables and punctuation of ``text`` with their keys and character offsets."""
    return list(iter_tokens(text))


def iter_tokens(text: str) -> Iterator[Token]:
    for m in _TOKEN.finditer(text):
        yield Token(fold_syllable(m.group()), m.start(), m.end())


def token_keys(text: str) -> tuple[list[str], list[int], list[int]]:
    """The keys, start and end offsets of ``text``'s tokens as three lists: what
    :func:`tokenize` gives, without building a Token per syllable (for hot loops)."""
    found = list(_TOKEN.finditer(text))
    return (
        [fold_syllable(m.group()) for m in found],
        [m.start() for m in found],
        [m.end() for m in found],
    )


def fold(text: str) -> str:
    """A comparison key for a whole phrase: its token keys joined by single spaces."""
    return " ".join(t.key for t in iter_tokens(text))


_VI_LETTERS = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE
)


def strip_diacritics(text: str) -> str:
    """ASCII-fold Vietnamese as English-language media write names ("Vũ Chiến Thắng" →
    "Vu Chien Thang"); đ/Đ become d/D, which Unicode decomposition does not do."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    )


_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưy]{1,3}(?:ng|nh|ch|[cmnpt])?$"
)


def is_vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` is spelled like one Vietnamese syllable: an onset, one to three
    vowels carrying at most one tone mark, and a permitted final consonant."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(ch in TONE_MARKS for ch in decomposed) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS))
    return bool(_SYLLABLE.match(base))


def vietnamese_score(text: str) -> float:
    """Share of words that are Vietnamese syllables written with a Vietnamese diacritic.

    A count of accented words alone would pass French or Spanish text, and legacy
    encodings decoded with the wrong table, whose accented "words" are not syllables.
    """
    found = re.findall(r"[^\W\d_]+", text)
    if not found:
        return 0.0
    return sum(1 for w in found if _VI_LETTERS.search(w) and is_vietnamese_syllable(w)) / len(found)
