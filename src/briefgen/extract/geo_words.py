"""Country and place names as comparison keys, and how a role or a name ends with one.

A person's first mention ends their role with a country ("Bộ trưởng Ngoại giao Lào"),
and a place is no one's name, so the readers of names and roles look countries, cities,
provinces and territories up here. Keys are folded (:func:`briefgen.normalize.fold`), so
case and the placement of tone marks do not matter.
"""

from __future__ import annotations

from briefgen.extract.geography import NATIONS, PLACES, REGION_COMPOUNDS
from briefgen.extract.names import province_names, territory_names
from briefgen.normalize import fold

# Each country's key, mapped to the country as written (the glossary's and the press's
# forms: the name of the organisation a role ends with).
COUNTRY_KEYS = {fold(c): c for c in NATIONS}
_PLACE_KEYS = frozenset(fold(p) for p in (*PLACES, *REGION_COMPOUNDS))
# Every country and region CLDR names, in Vietnamese and English, the glossary's and the
# press's forms too (territory_names() holds NATIONS, so COUNTRY_KEYS are among these:
# one set of countries for the name-boundary readers), and Viet Nam's provinces.
TERRITORY_KEYS = frozenset(fold(t) for t in (*territory_names(), *province_names()))
# Every country or place a role can end with and no name is.
GEO_KEYS = _PLACE_KEYS | TERRITORY_KEYS
# Their lengths in words, longest first, so the longest match is tried first.
GEO_LENGTHS = sorted({len(k.split()) for k in GEO_KEYS}, reverse=True)


def ends_with_country(role: str) -> bool:
    """Whether a role ends with a country, as a person's first, full mention does."""
    words = role.split()
    return any(
        words[-n][0].isupper() and fold(" ".join(words[-n:])) in GEO_KEYS
        for n in range(1, min(len(words), 4) + 1)
    )
