"""Regex building blocks the rule-based readers share: Vietnamese letters, a capitalised
word, the numbers written as words, and a group matching any of a list of words.
"""

from __future__ import annotations

import re

# An upper-case letter, Vietnamese included; used to build "Title-case word" patterns.
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
CAP_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{LOWER}{UPPER}][{LOWER}]+)?"
# The numbers from two to ten as words, in order ("hai văn kiện", "ba dự án").
NUMBER_WORDS = ("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")


def any_of(words: tuple[str, ...]) -> str:
    """A regex group matching any of ``words`` as written, the longest first, so that no
    word is cut short by a shorter one it starts with ("nêu rõ" before "nêu")."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
