"""The words a person's name is made of: a name word (foreign names, initials and
honorifics included) and the lower-case particles inside foreign names; Vietnamese family
names are in :mod:`briefgen.data.family_names`.

A person is a surname-led capitalised run next to an official title; these lists say what
such a run may hold, for Vietnamese news prose about official cooperation, not one article.
"""

from __future__ import annotations

import re

from briefgen.extract.word_patterns import LOWER, UPPER

# Letters of other Latin alphabets, which foreign names keep ("Müller", "Núñez", "Gonçalves").
_LATIN = [chr(c) for c in range(0xC0, 0x180) if chr(c).isalpha()]
_LATIN_UPPER = "".join(c for c in _LATIN if c.isupper())
_LATIN_LOWER = "".join(c for c in _LATIN if c.islower())
# A word of a person's name, foreign names included: a capitalised word, hyphenated as
# transliterations are ("Xi-phăn-đon", "Chan-o-cha"), initials joined or not to the surname
# ("R. Bitonio", "E.Macron", "L.P."), a suffix ("Jr.", "(Dr.)") or a Malay or Burmese honorific that
# is written as part of the name ("Dato' Seri", "Dato Dr. Hj …", "U Win Myint").
# A word starts after a space or punctuation, not inside another ("EU" holds no "U"); an
# honorific ends with its point or the word ("Droupadi" holds no "Dr").
NAME_WORD = (
    rf"(?<![\w'’])(?:(?:[A-Z]\.){{1,3}}(?:[A-Z][a-z]+)?|(?:Jr|Dr|Hj|Hjh)(?:\.|(?!\w))|Dato['’]|[UAY](?=\s+[{UPPER}])"
    # an abbreviated rank or honorific before the name ("Pol. Lt. Gen. Somchai", "Prof. …"),
    # not a Vietnamese city's ("Tp. Hồ Chí Minh")
    r"|(?!Tp\.)[A-Z][a-z]{1,3}\.(?=\s+[A-Z])"
    # "Ma." (Maria) before a Filipino given name; "McCarthy", "O'Brien"
    r"|Ma\.(?=\s+[A-Z])|(?:Mc|Mac|O['’]|D['’])[A-Z][a-z]+"
    # a syllable glued by an apostrophe to a consonant, as names of the Central Highlands
    # peoples write a gender word or a cluster ("H'Lan", "K'Rông", "Niê K'Đăm")
    rf"|[{UPPER}]['’][{UPPER}][{LOWER}]+"
    # an honorific in brackets inside a Bruneian name ("Dato (Dr.) Hj …", "(Rtd)")
    r"|\((?:Dr|Rtd|Ret)\.?\)"
    # an Arabic surname after its lower-case article, joined by a hyphen and assimilated
    # before some letters ("al-Sabah", "el-Naggar", "as-Suwaidi", "ad-Din")
    rf"|(?:al|el|ad|ar|as|ash|at|az|an)-[{UPPER}{_LATIN_UPPER}][{LOWER}{_LATIN_LOWER}]+"
    # (an apostrophe inside an Arabic or Polynesian word: "Ri’ayatuddin", "Al-Musta’in")
    rf"|[{UPPER}{_LATIN_UPPER}](?:[{LOWER}{_LATIN_LOWER}]+(?:['’][a-z]+)?"
    rf"(?:-[{LOWER}{UPPER}][{LOWER}{_LATIN_LOWER}]*(?:['’][a-z]+)?)*"
    # a transliteration whose first syllable is one vowel ("Ả-rập", "Ô-man", "I-ran")
    rf"|(?:-[{LOWER}{UPPER}][{LOWER}{_LATIN_LOWER}]*)+))"
)
# Lower-case words inside a foreign name ("Aziz bin Haji Awang", "Ursula von der Leyen",
# "Ana de la Torre", "Juan de los Ríos", "Juan dela Cruz", "Giulia della Rovere"); none
# is a Vietnamese word that stands between two capitalised ones.
NAME_PARTICLES = (
    "bin",
    "binti",
    # ("son of" in Malay royal names: "… Billah Shah ibni Sultan Haji …")
    "ibni",
    "bte",
    "von",
    "van",
    "der",
    "den",
    "ter",
    "ten",
    "de",
    "la",
    "las",
    "los",
    "da",
    "dos",
    "das",
    "del",
    "dela",
    "delos",
    "della",
    "di",
    "du",
)
# The Portuguese "do" ("Luís do Rosário Soares") is also a Vietnamese word ("do", by: "…
# ASEAN do Nga đăng cai", "… do Thứ trưởng … dẫn đầu"), so it joins a name only before a
# word of Latin letters holding two vowel groups, which no Vietnamese syllable has; it is
# kept out of NAME_PARTICLES, whose words name keys drop (a key folds "Đỗ" to "do").
_VOWELS = "aeiouyàáâãäåèéêëìíîïòóôõöùúûü"
GUARDED_PARTICLES = ("do",)
NAME_DO = rf"do(?=\s+[A-Z][a-z{_LATIN_LOWER}]*?[{_VOWELS}]+[^{_VOWELS}\s]+[{_VOWELS}])"
NAME_PARTICLE = "(?:" + "|".join(NAME_PARTICLES) + "|" + NAME_DO + ")"


# Words that open a name of a people of the Central Highlands (Ê Đê, M'nông, K'Ho …) but
# are no family name, which those names end with: the gender word "Y" of men ("Y Khoa
# Niê") and a given name glued by an apostrophe to "H" (women: "H'Lan Êban") or "K"
# ("K'Mák Liêng").
_GLUED_OPENER = re.compile(r"[HK]['’]\w")


def minority_opener(word: str) -> bool:
    """Whether ``word`` opens a name of a people of the Central Highlands ("Y", "H'Lan")."""
    return word == "Y" or bool(_GLUED_OPENER.match(word))
