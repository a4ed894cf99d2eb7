"""Whether capitalised words are shaped like a person's name, foreign names included.

Vietnamese prose writes foreign names as printed abroad ("Khamphet Sisavath", "Retno L.P.
Marsudi"), transliterated with hyphens ("Xỏn-xay Xi-phăn-đon", "Pu-tin") or led by an
honorific ("Dato Seri", "Samdech Techo", "U"). A Vietnamese word is one syllable that
follows the language's phonotactics, so a capitalised word that does not (or that
is hyphenated, or unaccented) is a foreign name's, not an organisation's.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import cache

import pycountry
from babel import Locale

from briefgen.extract.geography import NATIONS
from briefgen.extract.word_patterns import LOWER, UPPER

# Honorifics written as part of a name ("Dato Dr. Hj Erywan", "Samdech Techo Hun Manet").
HONORIFICS = frozenset(
    [
        "Dato",
        "Dato'",
        "Dato’",
        "Datuk",
        "Datin",
        "Seri",
        "Sri",
        "Setia",
        "Paduka",
        "Pehin",
        "Orang",
        "Kaya",
        "Tan",
        "Toh",
        "Puan",
        "Tun",
        "Haji",
        "Hj",
        "Hj.",
        "Hjh",
        "Hajah",
        "Dr",
        "Dr.",
        "Pengiran",
        # Malay royal honorifics and a rank of "Datuk Seri" ("Tengku Datuk Seri Utama …")
        "Tengku",
        "Tunku",
        "Utama",
        "Awang",
        "Dayang",
        "Samdech",
        "Techo",
        "Akka",
        "Moha",
        "Sena",
        "Padei",
        "U",
        "Daw",
        "Jr",
        "Jr.",
        "(Dr.)",
        "(Rtd)",
    ]
)
_ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
# The vowels a Vietnamese syllable may hold, alone or in the clusters the language has
# ("oai", "ươi", "uyê"); "Boué" and "Léa" hold vowels but no such cluster.
_NUCLEI = [
    "a",
    "ă",
    "â",
    "e",
    "ê",
    "i",
    "o",
    "ô",
    "ơ",
    "u",
    "ư",
    "y",
    "ai",
    "ao",
    "au",
    "ay",
    "âu",
    "ây",
    "eo",
    "êu",
    "ia",
    "iê",
    "iu",
    "oa",
    "oă",
    "oe",
    "oi",
    "ôi",
    "ơi",
    "oo",
    "ua",
    "uâ",
    "uê",
    "ui",
    "uô",
    "uơ",
    "uy",
    "ưa",
    "ưi",
    "ươ",
    "ưu",
    "yê",
    "iêu",
    "yêu",
    "oai",
    "oay",
    "oao",
    "oeo",
    "uây",
    "uôi",
    "ươi",
    "ươu",
    "uya",
    "uyê",
    "uyu",
]
_NUCLEUS = "(?:" + "|".join(sorted(_NUCLEI, key=len, reverse=True)) + ")"
_CODA = "(?:ng|nh|ch|[cmnpt])?"
_SYLLABLE = re.compile(f"{_ONSET}{_NUCLEUS}{_CODA}")
# A syllable written without its marks ("Nguyen", "truong") keeps any vowel cluster.
_UNMARKED_SYLLABLE = re.compile(f"{_ONSET}[aeiouy]{{1,3}}{_CODA}")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}(?:[A-Z][a-z]+)?")


def _toneless(word: str) -> str:
    """The word in lower case without tone marks, keeping ă â ê ô ơ ư đ."""
    kept = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn
    decomposed = unicodedata.normalize("NFD", word.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c) or c in kept)
    return unicodedata.normalize("NFC", plain)


def vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` could be one Vietnamese syllable ("Nguyễn", "Khương"; not "Sisavath")."""
    plain = _toneless(word)
    return bool((_UNMARKED_SYLLABLE if word.isascii() else _SYLLABLE).fullmatch(plain))


def foreign_word(word: str) -> bool:
    """A word only a foreign name has: unaccented, hyphenated, an initial or an honorific,
    or no Vietnamese syllable."""
    return (
        word.isascii()
        or "-" in word
        or word in HONORIFICS
        or bool(_INITIALS.fullmatch(word))
        or not vietnamese_syllable(word)
    )


def single_foreign_name(word: str) -> bool:
    """A one-word name: initials joined to a surname ("E.Macron", "V.Putin"). A lone
    capitalised word is too often a country spelt otherwise ("Myanamar") or a compound
    ("Hàn-Việt") to be taken for a name."""
    return bool(_INITIALS.fullmatch(word)) and "." in word[:-1] and word[-1] != "."


# English words of institutions, programmes and events, which ASEAN articles print as in
# English ("ASEAN Smart Cities Network", "Mekong Institute"): a run holding one is no person.
INSTITUTION_WORDS = frozenset(
    [
        "Academy",
        "Action",
        "Agency",
        "Agreement",
        "Alliance",
        "Asia",
        "Asian",
        "Association",
        "Authority",
        "Award",
        "Bank",
        "Board",
        "Bureau",
        "Business",
        "Center",
        "Centre",
        "Charter",
        "Cities",
        "City",
        "Civil",
        "Commission",
        "Committee",
        "Community",
        "Company",
        "Conference",
        "Connectivity",
        "Corporation",
        "Council",
        "Declaration",
        "Department",
        "Development",
        "Dialogue",
        "Digital",
        "Economic",
        "Economy",
        "Energy",
        "Forum",
        "Foundation",
        "Framework",
        "Fund",
        "Global",
        "Group",
        "Health",
        "Initiative",
        "Institute",
        "International",
        "Investment",
        "Labour",
        "Labor",
        "Limited",
        "Meeting",
        "Ministry",
        "Mission",
        "National",
        "Nations",
        "Network",
        "Office",
        "Organisation",
        "Organization",
        "Pacific",
        "Partnership",
        "Plan",
        "Policy",
        "Programme",
        "Program",
        "Project",
        "Public",
        "Regional",
        "Research",
        "Secretariat",
        "Service",
        "Services",
        "Smart",
        "Society",
        "Strategy",
        "Summit",
        "Trade",
        "Union",
        "United",
        "University",
        "Vision",
        "Week",
        "World",
        "Youth",
        # companies'
        "Airlines",
        "Airways",
        "Capital",
        "Chemical",
        "Co",
        "Corp",
        "Electronics",
        "Engineering",
        "Holdings",
        "Inc",
        "Industries",
        "Insurance",
        "JSC",
        "Logistics",
        "Ltd",
        "Motor",
        "Motors",
        "Securities",
        "Solutions",
        "Steel",
        "Systems",
        "Technologies",
        "Technology",
        "Telecom",
    ]
)


def institution(words: list[str]) -> bool:
    """Whether capitalised words name an institution or event in English, not a person."""
    return any(w.rstrip(".,") in INSTITUTION_WORDS for w in words)


@cache
def territory_names() -> frozenset[str]:
    """Every country and region as CLDR (through Babel) names it in Vietnamese and in
    English ("Mozambique", "Ukraina", "Bờ Biển Ngà"): the word lists name the region's
    countries, an article may name any, and a country is neither a person nor their name.
    A name with another in brackets ("Myanmar (Miến Điện)") counts as both."""
    names = (
        part.strip()
        for language in ("vi", "en")
        for code, name in Locale(language).territories.items()
        if not code.startswith("X") or code == "XK"  # pseudo-locales, not territories
        for part in name.replace(")", "").split("(")
    )
    return frozenset(n for n in names if n) | frozenset(NATIONS)


@cache
def province_names() -> frozenset[str]:
    """Vietnam's provinces and cities as ISO 3166-2 (through pycountry) names them ("Bình
    Định", "Thừa Thiên Huế"), with and without "-": a role ending with one ("Chủ tịch UBND
    tỉnh Bình Định Phạm Anh Tuấn") is followed by the name, not part of it."""
    names = {s.name for s in pycountry.subdivisions.get(country_code="VN")}
    return frozenset(
        {*names, *(" ".join(n.replace("-", " ").split()) for n in names), "Huế", "Thừa Thiên Huế"}
    )


# How alike a word and a country's name may be before the word is taken for the country
# misspelt ("Myanamar", "Malaisia") rather than a name.
_MISSPELT_COUNTRY = 0.85


@cache
def _one_word_countries() -> tuple[str, ...]:
    return tuple(n for n in territory_names() if " " not in n)


def _country_misspelt(word: str) -> bool:
    """Whether one word is a one-word country's name with a letter or two wrong."""
    return bool(
        difflib.get_close_matches(word, _one_word_countries(), n=1, cutoff=_MISSPELT_COUNTRY)
    )


def lone_name(word: str) -> bool:
    """One capitalised word that can be a foreign name by itself after a title
    ("Thứ trưởng Tanaka", "Tổng thống Jokowi", "Tổng thống Pu-tin"): not a Vietnamese
    syllable, hyphenated only as a transliteration is (in lower case after the first
    syllable, not "Hàn-Việt"), not an acronym, a country, an institution's word or an
    honorific, nor a country misspelt."""
    return (
        (
            (bool(re.fullmatch(r"[A-Z][a-z]{2,}", word)) and not vietnamese_syllable(word))
            or bool(re.fullmatch(rf"[{UPPER}][{LOWER}]*(?:-[{LOWER}]+)+", word))
        )
        and word not in HONORIFICS
        and word not in INSTITUTION_WORDS
        and word not in territory_names()
        and not _country_misspelt(word)
    )
