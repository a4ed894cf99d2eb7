"""family_names.tsv is the one list of Vietnamese family names: extraction and glossary
protection both read it, so a typo in a tag or a name listed twice would silently change
what they find."""

from __future__ import annotations

from briefgen.data.family_names import (
    ALSO_GIVEN_OR_PLACE,
    COMMON,
    FAMILY_NAMES,
    LEADING,
    MOSTLY_MIDDLE,
    ROWS,
)
from briefgen.glossary.protect import protected


def test_each_name_is_listed_once_with_known_words_only():
    assert len({row.name for row in ROWS}) == len(ROWS)
    assert set().union(*(row.also for row in ROWS)) <= {"given", "place", "middle"}
    assert set().union(*(row.tags for row in ROWS)) <= {"leads", "common"}


def test_a_name_that_leads_a_new_name_is_seldom_anything_else():
    assert LEADING <= FAMILY_NAMES
    assert not LEADING & (ALSO_GIVEN_OR_PLACE | MOSTLY_MIDDLE)


def test_protection_keeps_a_name_led_by_a_common_family_name_only():
    """A capitalised run led by a common family name is a name to keep as written; one led
    by a rarer family name, as often an ordinary word ("Cao", "Mai"), is left alone."""
    assert "Trương" in COMMON and "Cao" not in COMMON
    kept = [(r.source, r.target) for r in protected("Hôm nay Trương Văn Hải và Cao Văn Bằng")]
    assert kept == [("Trương Văn Hải", "Truong Van Hai")]
