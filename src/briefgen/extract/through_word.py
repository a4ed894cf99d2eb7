"""Whether "thông qua" before a name means "through", by the clause it ends.

"thông qua" is the verb "adopt" and the preposition "through", and underthesea tags both V.
Which one a sentence means shows in what stands before it in its clause: the verb has a
subject there and nothing else ("Hội nghị thông qua …", "Các nhà lãnh đạo ASEAN đã thông
qua …", "nhất trí thông qua …"); the preposition follows a verb phrase that already has its
object ("hỗ trợ kỹ thuật cho các nước ASEAN thông qua Chương trình …", "sẽ đào tạo 200 cán
bộ mỗi năm thông qua Chương trình …"), where what is named is the means. The tagger
(underthesea, a CRF model in its wheel, Apache-2.0) finds that verb.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefgen.underthesea_models import pos_tagger

# Where the clause of "thông qua" begins: a stop, or a word after which a new subject or
# verb comes ("xem xét và thông qua", "để các Nhà Lãnh đạo thông qua", "trình Hội nghị Cấp
# cao thông qua", "hoan nghênh việc Hội nghị thông qua").
_CLAUSE_START = re.compile(
    r"[,;:(“”\"]|\b(?:và|hoặc|để|nhằm|rằng|là|khi|việc|trình(?:\s+lên)?|đề nghị|kêu gọi"
    r"|mời|đồng ý|cho phép)\s",
    re.IGNORECASE,
)
# Tags of a word that ties to "thông qua" as its aspect or manner ("đã thông qua", "chính
# thức thông qua").
_BOUND = frozenset({"R", "A"})
# Tags that are no verb's object.
_VERBAL = frozenset({"V", "R", "A"})
# Prepositions, which the tagger may read as verbs out of context ("về" in "Hội nghị Bộ
# trưởng ASEAN về phòng chống ma túy"): a verb after one is in a name or a topic.
_PREPOSITIONS = frozenset({"về", "của", "cho", "với", "tại", "trong", "vì"})


def after_its_object(sentence: str, at: int) -> bool:
    """Whether the "thông qua" at ``at`` follows a verb and its object in its own clause, so
    that it means "through"."""
    starts = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, at)]
    clause = sentence[starts[-1] if starts else 0 : at].strip()
    return bool(clause) and _has_predicate(clause)


@lru_cache(maxsize=1024)
def _has_predicate(clause: str) -> bool:
    """Whether ``clause`` holds a verb with its object after it and does not end in the
    aspect or manner of the verb that follows ("đã", "chính thức"). A verb in a name
    ("Hội nghị Bộ trưởng … về phòng chống ma túy") follows a preposition or is
    capitalised, and is no predicate; one right before "thông qua" with no object between
    makes a series ("nhất trí thông qua")."""
    tagged = pos_tagger()(clause)
    if not tagged or tagged[-1][1] in _BOUND:
        return False
    verbs = [
        i
        for i, (word, tag) in enumerate(tagged)
        if tag == "V"
        and word[:1].islower()
        and word.lower() not in _PREPOSITIONS
        and not (i and (tagged[i - 1][1] == "E" or tagged[i - 1][0].lower() in _PREPOSITIONS))
    ]
    return bool(verbs) and any(tag not in _VERBAL for _, tag in tagged[verbs[0] + 1 :])


# The mark of a passive ("được", "do": by) and what stands between it and its verb, within
# the clause.
_PASSIVE_MARK = re.compile(r"\b(?:được|(?<!tự )do)\s+", re.IGNORECASE)
_AGENT_WORDS = re.compile(r"(?:[^\s,.;:()“”\"]+\s+){0,12}")


def in_passive(sentence: str, at: int) -> bool:
    """Whether the verb at ``at`` is in the passive: right after "được"/"do", or after them
    and its agent ("đã được các Bộ trưởng thông qua sáng 12/3", "do Hội đồng thông qua chiều
    qua"). So "thông qua" there is the verb whatever follows. The agent is a noun phrase: a
    verb among its words ("được Chính phủ hỗ trợ thông qua …") is the verb of the passive,
    and "thông qua" its means. A verb in a body's name ("Hội nghị Bộ trưởng … về phòng chống
    ma túy") follows a preposition, and is none."""
    return passive_mark(sentence, at) is not None


def passive_mark(sentence: str, at: int) -> int | None:
    """Where the "được"/"do" of the passive whose verb is at ``at`` starts (in_passive), or
    None where the verb is active."""
    marks = list(_PASSIVE_MARK.finditer(sentence, max(0, at - 120), at))
    if not marks or not _AGENT_WORDS.fullmatch(sentence, marks[-1].end(), at):
        return None
    agent = sentence[marks[-1].end() : at].strip()
    return marks[-1].start() if not agent or _noun_phrase(agent) else None


@lru_cache(maxsize=1024)
def _noun_phrase(words: str) -> bool:
    """Whether ``words`` hold a noun and no verb outside a name's prepositional part."""
    tagged = pos_tagger()(words)
    after_preposition = False
    nouns = False
    for word, tag in tagged:
        if tag == "E" or word.lower() in _PREPOSITIONS:
            after_preposition = True
        elif tag == "V" and not after_preposition:
            return False
        nouns = nouns or tag in ("N", "Np")
    return nouns
