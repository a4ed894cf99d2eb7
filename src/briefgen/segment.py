"""Split blocks into sentences, the unit the translator sees.

Vietnamese news prose is full of full stops that do not end sentences: thousands
("1.313"), dates ("05/8/2022"), document numbers ("1.313/QĐ-TTg"), abbreviations
("TP.HCM", "TS.", "v.v."), and the "./." with which articles end.
"""

from __future__ import annotations

import re

from briefgen.models import Document, Role, Segment

# A boundary is sentence-final punctuation (with closing quotes/brackets) followed by
# whitespace and then something that can start a sentence.
_BOUNDARY = re.compile(r"""(?<=[.!?…])["'”’»)\]]*\s+(?=["'“‘«(\[]?[\w\d])""", re.UNICODE)
_ABBREVIATIONS = frozenset(
    [
        "tp",
        "tp.hcm",
        "ts",
        "ths",
        "pgs",
        "gs",
        "bs",
        "ks",
        "ls",
        "ng",
        "nxb",
        "v.v",
        "vv",
        "st",
        "tr",
        "số",
        "sđd",
        "ông",
        "bà",
        "mr",
        "mrs",
        "ms",
        "dr",
        "no",
    ]
)


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, in order, whitespace-trimmed; ``[]`` for blank text."""
    text = text.strip()
    if not text:
        return []
    sentences: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        candidate = text[start : m.start()].strip()
        if _is_false_boundary(candidate, text[m.end() :]):
            continue
        sentences.append(candidate)
        start = m.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


def _is_false_boundary(before: str, after: str) -> bool:
    last_word = before.rsplit(None, 1)[-1].lower().rstrip(".") if before else ""
    if last_word in _ABBREVIATIONS:
        return True
    # A lower-case continuation is not a new sentence ("…TP. hồ Chí Minh").
    return bool(after) and after[0].islower()


def segment_document(document: Document, *, roles: tuple[Role, ...] | None = None) -> list[Segment]:
    """Sentence segments of a document's blocks, restricted to ``roles`` when given."""
    segments: list[Segment] = []
    for block in document.blocks:
        if block.role is Role.BLANK or (roles is not None and block.role not in roles):
            continue
        sentences = block.sentences or tuple(split_sentences(block.text))
        segments.extend(Segment(block.index, i, s) for i, s in enumerate(sentences))
    return segments
