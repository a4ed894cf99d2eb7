"""Tell a noun phrase from a clause, with underthesea's part-of-speech tagger.

A photo's caption may name only who or what it shows ("Đoàn đại biểu Bộ Nội vụ Việt
Nam.", "Phó Thủ tướng … và Bộ trưởng Môi trường Nhật Bản."), full stop and all; a sentence
of the story says what someone did or what something is, with a verb or an adjective as
its predicate. Vietnamese marks neither by a word's form, so a tagger trained on it (a CRF
model in underthesea's wheel, Apache-2.0) decides. underthesea takes seconds to import,
so it is loaded on the first line that needs it, and the reader asks it only about the few
lines shaped like a caption.
"""

from __future__ import annotations

from functools import lru_cache

from briefgen.underthesea_models import pos_tagger

# A predicate: a verb, an adverb or a pronoun ("rất", "đã", "này", "đây"), a particle, an
# interjection, or a word the tagger does not know ("ngày càng").
_CLAUSE_TAGS = frozenset({"V", "Vb", "Vy", "R", "P", "T", "I", "X"})
_ADJECTIVE = "A"
# What may follow an adjective that modifies a noun ("Đoàn đại biểu cấp cao Việt Nam"); an
# adjective that ends the phrase or takes a preposition ("hài lòng về …") is a predicate.
_AFTER_MODIFIER = frozenset({"N", "Np", "Nc", "Nu", "Ny", "Nb", "M", "L", "A", "C", "CC"})
# Nouns of an occasion that make a noun of the verb after them ("phiên khai mạc", the
# opening session; "lễ ký kết", the signing ceremony; "buổi tiếp", the reception), which
# the tagger still calls a verb.
OCCASIONS = frozenset({"phiên", "lễ", "buổi", "cuộc", "tiệc"})


@lru_cache(maxsize=4096)
def is_noun_phrase(text: str) -> bool:
    """Whether ``text`` (one short sentence) is a noun phrase, names and their posts
    joined by "và", commas or prepositions, with no predicate. Words inside a capitalised
    name ("Vụ Hợp tác quốc tế") are the name's, whatever the tagger calls them, and a verb
    after a noun of an occasion ("tại phiên khai mạc") is that occasion's; the first word
    is lowered, as the tagger reads a capitalised word as a name."""
    tag = pos_tagger()
    text = text.strip()
    if not text:
        return False
    tagged = tag(text[0].lower() + text[1:])
    for k, (word, kind) in enumerate(tagged):
        in_name = k > 0 and (word[:1].isupper() or tagged[k - 1][0][:1].isupper())
        occasion = k > 0 and kind.startswith("V") and tagged[k - 1][0] in OCCASIONS
        if kind in _CLAUSE_TAGS and not (k > 0 and word[:1].isupper()) and not occasion:
            return False
        if kind == _ADJECTIVE and not in_name:
            after = tagged[k + 1][1] if k + 1 < len(tagged) else None
            if after not in _AFTER_MODIFIER:
                return False
    return True
