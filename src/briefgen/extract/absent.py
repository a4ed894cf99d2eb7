"""Calls of bodies the event never hears from: reported background, not the event's.

An article often recalls what an international body urges ("Liên hợp quốc kêu gọi …",
"Ngân hàng Thế giới khuyến nghị …") to frame the meeting. Such a call belongs to the event
only when the body takes part in it: someone there holds a role in it, or the headline names
it, or the sentence ties it to the event with a verb of saying or the meeting's place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefgen.extract.geography import COUNTRIES
from briefgen.extract.person_verbs import SAYS
from briefgen.normalize import fold
from briefgen.records import Commitment, Participant

# An organisation as a clause's subject: by its head noun, or by an acronym.
_BODY = re.compile(
    r"^(?:Liên hợp quốc|Liên Hợp Quốc|LHQ|Ngân hàng|Tổ chức|Quỹ|Chương trình|Liên minh"
    r"|Cơ quan|Diễn đàn Kinh tế)\b|^[A-Z]{2,}(?:\s+[A-Z]{2,})*$"
)
# The verb of a call or proposal, after its subject.
_CALLING = re.compile(r"\s+(?:(?:đã|cũng|từng|tiếp tục)\s+)*(?:kêu gọi|đề nghị|đề xuất|yêu cầu)\b")
# What ties a sentence to the event: someone speaking there, or the meeting's own place.
_AT_EVENT = re.compile(
    rf"\b(?:{SAYS}|phát biểu|chia sẻ|trao đổi)\b"
    r"|\b[Tt]ại\s+(?:[Hh]ội nghị|[Hh]ội thảo|[Dd]iễn đàn|sự kiện|buổi|lễ|phiên|cuộc)\b"
)
_BRACKETED = re.compile(r"\([^()]*\)")
_COUNTRY_KEYS = frozenset(fold(n) for n in COUNTRIES)


def _caller(sentence: str) -> str:
    """The subject of the sentence's first call or proposal, after any adverbial."""
    verb = _CALLING.search(sentence)
    subject = sentence[: verb.start()].rsplit(",", 1)[-1] if verb else ""
    return " ".join(_BRACKETED.sub(" ", subject).split())  # "Ngân hàng Thế giới (WB)"


def _absent_body(caller: str, present: Iterable[str]) -> bool:
    """Whether the caller is a body that no participant's role nor the headline names."""
    key = fold(caller)
    if not _BODY.match(caller) or key in _COUNTRY_KEYS:
        return False
    return not any(key in fold(text) for text in present if text)


def at_the_event(
    commitments: Sequence[Commitment], participants: Sequence[Participant], headline: str
) -> tuple[Commitment, ...]:
    """The commitments but calls and proposals of absent bodies nothing ties to the event."""
    present = [headline, *(p.role.vi for p in participants)]
    present += [p.org.vi for p in participants if p.org is not None]
    return tuple(
        c
        for c in commitments
        if not (
            c.kind in ("call", "proposal")
            and _absent_body(_caller(c.source_sentence or c.text.vi), present)
            and not _AT_EVENT.search(c.source_sentence or c.text.vi)
        )
    )
